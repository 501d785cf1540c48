package lint

import (
	"fmt"
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

// directive reads a suppression comment's text: "vmlint-" and a directive
// name, then, after a blank, its arguments on the same line ("rule-a,
// rule-b -- why"). Blanks around them do not count.
func directive(text string) (name, args string, ok bool) {
	const blanks = "\t\n\f\r "
	rest, found := strings.CutPrefix(strings.Trim(text, blanks), "vmlint-")
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
	var list, open []*suppression
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
			open = append(open, s)
		case "enable":
			for _, s := range open {
				if s.to == 0 && (len(names) == 0 || sameRules(s.rules, names)) {
					s.to = line
				}
			}
		}
	}
	return list
}

func sameRules(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (s *suppression) covers(f Finding) bool {
	line := f.Span.Start.Line
	if line < s.from || s.to != 0 && line > s.to {
		return false
	}
	if len(s.rules) == 0 {
		return true
	}
	for _, r := range s.rules {
		if r == f.Rule {
			return true
		}
	}
	return false
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
	kept := findings[:0]
	for _, f := range findings {
		suppressed := false
		for _, sup := range list {
			if sup.covers(f) {
				sup.used = true
				suppressed = true
			}
		}
		if !suppressed {
			kept = append(kept, f)
		}
	}
	setting, enabled := s.Rules[UnusedSuppression.Name]
	if !enabled {
		return kept
	}
	for _, sup := range list {
		if silenced(list, sup) {
			continue
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
			msg = fmt.Sprintf("suppression names unknown rule %s; see vmlint rules", strings.Join(unknown, ", "))
		case !sup.used && len(sup.rules) == 0:
			msg = "suppression of every rule suppresses nothing; remove it"
		case !sup.used:
			msg = fmt.Sprintf("suppression of %q suppresses nothing; remove it", strings.Join(sup.rules, ", "))
		default:
			continue
		}
		kept = append(kept, Finding{
			Path: doc.Path, Rule: UnusedSuppression.Name, Severity: setting.Severity,
			Span: sup.comment.Span, Message: msg, Hint: UnusedSuppression.Hint, Text: "<!--" + sup.comment.Text + "-->",
		})
	}
	return kept
}

// silenced reports whether a disable-file comment turns off
// unused-suppression (or every rule) for the file, sup itself aside.
func silenced(list []*suppression, sup *suppression) bool {
	for _, other := range list {
		if other == sup || other.scope != "file" {
			continue
		}
		if len(other.rules) == 0 {
			return true
		}
		for _, r := range other.rules {
			if r == UnusedSuppression.Name {
				return true
			}
		}
	}
	return false
}
