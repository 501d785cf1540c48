package lint

import (
	"fmt"
	"sort"
)

// Dedupe is the processor step between the rules and the suppression
// comments, as golangci-lint's processors dedupe issues: one fault, one
// finding. A rule's Supersedes names rules that report some of the same
// words for the same fault, less specifically; when a finding of such a
// rule lies within the words of one of the rule's own findings, it is
// dropped. "To be the world's leading provider" is a ranking goal
// (vision-ranking-goal), not also a buzzword and a weasel word; "strive to"
// is a hedge, not also a weak verb.
//
// It runs before suppression comments, so a comment that suppresses the
// finding kept also silences the fault, and a comment aimed at a dropped
// finding suppresses nothing. Only findings actually reported count: with
// the more specific rule off, the other rule's finding stays.
//
// It drops in place: the findings it keeps are moved to the front of
// findings, which it returns shortened.
func (l *Linter) Dedupe(findings []Finding) []Finding {
	if len(l.supersededBy) == 0 || len(findings) < 2 {
		return findings
	}
	var reaches map[string]*reach // by superseding rule, built on first need
	// Until the first finding is dropped, kept is findings[:i] as it was,
	// so reachOf sees every finding.
	kept := findings[:0]
	for _, f := range findings {
		dropped := false
		for _, winner := range l.supersededBy[f.Rule] {
			if reaches == nil {
				reaches = reachOf(findings)
			}
			if r := reaches[winner]; r != nil && r.covers(f.Span) {
				dropped = true
				break
			}
		}
		if !dropped {
			kept = append(kept, f)
		}
	}
	return kept
}

// reach holds one rule's findings' spans by start, with the furthest end
// reached by any span that starts at or before each: a span lies within
// one of them when the furthest end before its start reaches its end.
type reach struct {
	starts, furthest []int
}

func reachOf(findings []Finding) map[string]*reach {
	spans := map[string][]Span{}
	for _, f := range findings {
		spans[f.Rule] = append(spans[f.Rule], f.Span)
	}
	out := make(map[string]*reach, len(spans))
	for rule, ss := range spans {
		sort.Slice(ss, func(i, j int) bool { return ss[i].Start.Offset < ss[j].Start.Offset })
		r := &reach{starts: make([]int, len(ss)), furthest: make([]int, len(ss))}
		for i, s := range ss {
			r.starts[i] = s.Start.Offset
			r.furthest[i] = s.End.Offset
			if i > 0 {
				r.furthest[i] = max(r.furthest[i], r.furthest[i-1])
			}
		}
		out[rule] = r
	}
	return out
}

// covers reports whether s lies within one of the spans.
func (r *reach) covers(s Span) bool {
	i := sort.SearchInts(r.starts, s.Start.Offset+1) - 1 // the last span starting at or before s
	return i >= 0 && r.furthest[i] >= s.End.Offset
}

// validSupersedes checks that the rules a rule supersedes are in the list,
// are not the rule itself, and make no cycle (two rules dropping each
// other's findings would drop both).
func validSupersedes(rules []*Rule) []string {
	byName := map[string]*Rule{}
	for _, r := range rules {
		byName[r.Name] = r
	}
	var problems []string
	for _, r := range rules {
		for _, name := range r.Supersedes {
			switch {
			case name == r.Name:
				problems = append(problems, fmt.Sprintf("%s: supersedes itself", r.Name))
			case byName[name] == nil:
				problems = append(problems, fmt.Sprintf("%s: supersedes %q, which is not in the list", r.Name, name))
			}
		}
	}
	// A cycle: a rule reached again while following Supersedes from it.
	state := map[string]int{} // 1 on the path, 2 done
	var visit func(r *Rule) bool
	visit = func(r *Rule) bool {
		switch state[r.Name] {
		case 1:
			return true
		case 2:
			return false
		}
		state[r.Name] = 1
		for _, name := range r.Supersedes {
			if next := byName[name]; next != nil && next != r && visit(next) {
				return true
			}
		}
		state[r.Name] = 2
		return false
	}
	for _, r := range rules {
		if visit(r) {
			problems = append(problems, fmt.Sprintf("%s: its Supersedes make a cycle", r.Name))
			break
		}
	}
	return problems
}
