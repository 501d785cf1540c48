package lint

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// UnusedSuppression is the engine's own rule: it reports suppression
// comments that suppress nothing, or that name a rule that does not exist.
var UnusedSuppression = &Rule{
	Name: "unused-suppression",
	Doc: `report suppression comments that suppress nothing

A suppression that no longer matches a finding hides nothing today but will
hide the next real problem on that line; remove it once the text is fixed.`,
	Good:     "<!-- vmlint-disable-next-line buzzwords -- the brand name contains one -->\nWe make Synergy Paints for hobby painters.",
	Bad:      "<!-- vmlint-disable-next-line buzzwords -->\nWe make paints for hobby painters.",
	Hint:     "remove the comment, or name the rule it should suppress",
	Severity: Info,
	Applies:  AppliesDocument,
	Run:      func(*Pass) {}, // the engine reports these after the other rules
}

// suppression is one parsed suppression comment.
type suppression struct {
	comment *Comment
	scope   string   // "next-line", "range", "file"
	rules   []string // empty: every rule
	from    int      // first suppressed line
	to      int      // last suppressed line (inclusive); 0 for the end of the file
	used    bool
}

// directivePrefix starts every suppression comment's text.
const directivePrefix = "vmlint-"

// directive reads a suppression comment's text: "vmlint-" and a directive
// name, then, after a blank, its arguments on the same line ("rule-a,
// rule-b -- why"). Blanks around them do not count.
func directive(text string) (name, args string, ok bool) {
	const blanks = "\t\n\f\r "
	rest, found := strings.CutPrefix(strings.Trim(text, blanks), directivePrefix)
	if !found {
		return "", "", false
	}
	end := strings.IndexAny(rest, blanks)
	if end < 0 {
		end = len(rest)
	}
	name, args = rest[:end], strings.Trim(rest[end:], blanks)
	switch name {
	case "disable-next-line", "disable-file", "disable", "enable":
		return name, args, !strings.Contains(args, "\n")
	}
	return "", "", false
}

// suppressions parses the document's suppression comments in order.
func suppressions(doc *Document) []*suppression {
	var list []*suppression
	open := map[string][]*suppression{} // open ranges, by their rule list
	for _, c := range doc.Comments {
		name, args, ok := directive(c.Text)
		if !ok {
			continue
		}
		args, _, _ = strings.Cut(args, "--")
		names := strings.FieldsFunc(args, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
		line := c.Span.End.Line
		switch name {
		case "disable-next-line":
			list = append(list, &suppression{comment: c, scope: "next-line", rules: names, from: line + 1, to: line + 1})
		case "disable-file":
			list = append(list, &suppression{comment: c, scope: "file", rules: names, from: 1})
		case "disable":
			s := &suppression{comment: c, scope: "range", rules: names, from: c.Span.Start.Line}
			list = append(list, s)
			key := strings.Join(names, "\x00")
			open[key] = append(open[key], s)
		case "enable":
			// Close the open ranges with the same rule list, or all of
			// them; each range closes once, so this stays linear.
			closing := open
			if len(names) == 0 {
				open = map[string][]*suppression{}
			} else {
				key := strings.Join(names, "\x00")
				closing = map[string][]*suppression{key: open[key]}
				delete(open, key)
			}
			for _, ranges := range closing {
				for _, s := range ranges {
					s.to = line
				}
			}
		}
	}
	return list
}

// last is the last line a suppression covers.
func (s *suppression) last() int {
	if s.to == 0 {
		return math.MaxInt
	}
	return s.to
}

// lineRanges is a union of ranges of lines: sorted, disjoint [first, last] pairs.
type lineRanges [][2]int

func unionOf(ranges [][2]int) lineRanges {
	sort.Slice(ranges, func(i, j int) bool { return ranges[i][0] < ranges[j][0] })
	var u lineRanges
	for _, r := range ranges {
		if n := len(u); n > 0 && r[0] <= u[n-1][1] {
			u[n-1][1] = max(u[n-1][1], r[1])
			continue
		}
		u = append(u, r)
	}
	return u
}

func (u lineRanges) has(line int) bool {
	k := sort.Search(len(u), func(k int) bool { return u[k][0] > line }) - 1
	return k >= 0 && line <= u[k][1]
}

// coverage is the lines every suppression together covers, for all rules
// and for each rule named, so that a finding's look-up does not depend on
// how many suppressions there are.
type coverage struct {
	all    lineRanges
	byRule map[string]lineRanges
}

func newCoverage(list []*suppression) coverage {
	var all [][2]int
	byRule := map[string][][2]int{}
	for _, s := range list {
		r := [2]int{s.from, s.last()}
		if len(s.rules) == 0 {
			all = append(all, r)
		}
		for _, name := range s.rules {
			byRule[name] = append(byRule[name], r)
		}
	}
	c := coverage{all: unionOf(all), byRule: map[string]lineRanges{}}
	for name, ranges := range byRule {
		c.byRule[name] = unionOf(ranges)
	}
	return c
}

func (c coverage) covers(f Finding) bool {
	line := f.Span.Start.Line
	return c.all.has(line) || c.byRule[f.Rule].has(line)
}

// markUsed marks each suppression that covers one of the findings.
func markUsed(list []*suppression, findings []Finding) {
	var all []int
	byRule := map[string][]int{}
	for _, f := range findings {
		all = append(all, f.Span.Start.Line)
		byRule[f.Rule] = append(byRule[f.Rule], f.Span.Start.Line)
	}
	sort.Ints(all)
	for _, lines := range byRule {
		sort.Ints(lines)
	}
	anyIn := func(lines []int, first, last int) bool {
		k := sort.SearchInts(lines, first)
		return k < len(lines) && lines[k] <= last
	}
	for _, s := range list {
		if len(s.rules) == 0 {
			s.used = anyIn(all, s.from, s.last())
		}
		for _, name := range s.rules {
			s.used = s.used || anyIn(byRule[name], s.from, s.last())
		}
	}
}

// suppress drops the findings that suppression comments cover and adds an
// unused-suppression finding for each comment that covers none (when that
// rule is enabled). Findings of unused-suppression itself are never
// suppressed by range comments, only by disable-file.
func (l *Linter) suppress(doc *Document, s *Settings, findings []Finding) []Finding {
	list := suppressions(doc)
	if len(list) == 0 {
		return findings
	}
	markUsed(list, findings)
	cover := newCoverage(list)
	kept := findings[:0]
	for _, f := range findings {
		if !cover.covers(f) {
			kept = append(kept, f)
		}
	}
	setting, enabled := s.Rules[UnusedSuppression.Name]
	if !enabled {
		return kept
	}
	silencers := 0 // disable-file comments that turn unused-suppression off
	for _, sup := range list {
		if silences(sup) {
			silencers++
		}
	}
	for _, sup := range list {
		others := silencers
		if silences(sup) {
			others--
		}
		if others > 0 {
			continue // another comment turns unused-suppression off
		}
		var unknown []string
		for _, r := range sup.rules {
			if l.byName[r] == nil {
				unknown = append(unknown, fmt.Sprintf("%q", r))
			}
		}
		msg := ""
		switch {
		case len(unknown) > 0:
			msg = fmt.Sprintf("suppression names unknown rule %s (vmlint rules lists them)", strings.Join(unknown, ", "))
		case !sup.used && len(sup.rules) == 0:
			msg = "suppression of every rule suppresses nothing"
		case !sup.used:
			msg = fmt.Sprintf("suppression of %q suppresses nothing", strings.Join(sup.rules, ", "))
		default:
			continue
		}
		kept = append(kept, Finding{
			Path: doc.Path, Rule: UnusedSuppression.Name, Severity: setting.Severity,
			Span: sup.comment.Span, Message: msg, Hint: UnusedSuppression.Hint, Text: string(doc.Source[sup.comment.Span.Start.Offset:sup.comment.Span.End.Offset]),
		})
	}
	return kept
}

// silences reports whether sup is a disable-file comment that turns off
// unused-suppression (or every rule) for the file.
func silences(sup *suppression) bool {
	if sup.scope != "file" {
		return false
	}
	if len(sup.rules) == 0 {
		return true
	}
	for _, r := range sup.rules {
		if r == UnusedSuppression.Name {
			return true
		}
	}
	return false
}
