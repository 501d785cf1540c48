package lint

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// naiveSuppress is suppression the slow and obvious way, every finding
// against every comment, as the specification the indexed one must meet:
// it returns the findings kept and, for each comment, whether it is used.
func naiveSuppress(doc *Document, findings []Finding) (kept []Finding, used []bool) {
	type sup struct {
		rules    []string
		from, to int // to 0: the end of the file
		scope    string
	}
	var list []*sup
	var open []*sup
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
			list = append(list, &sup{names, line + 1, line + 1, "next-line"})
		case "disable-file":
			list = append(list, &sup{names, 1, 0, "file"})
		case "disable":
			s := &sup{names, c.Span.Start.Line, 0, "range"}
			list, open = append(list, s), append(open, s)
		case "enable":
			for _, s := range open {
				if s.to == 0 && (len(names) == 0 || strings.Join(s.rules, ",") == strings.Join(names, ",")) {
					s.to = line
				}
			}
		}
	}
	used = make([]bool, len(list))
	for _, f := range findings {
		suppressed := false
		for i, s := range list {
			line := f.Span.Start.Line
			if line < s.from || s.to != 0 && line > s.to {
				continue
			}
			for _, r := range s.rules {
				if r == f.Rule {
					suppressed, used[i] = true, true
				}
			}
			if len(s.rules) == 0 {
				suppressed, used[i] = true, true
			}
		}
		if !suppressed {
			kept = append(kept, f)
		}
	}
	return kept, used
}

// TestSuppressAgreesWithNaive builds random comments and findings over a
// few lines and rules, and compares what the indexed suppression keeps and
// marks used with the naive answer.
func TestSuppressAgreesWithNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	ruleNames := []string{"a", "b", "c"}
	randomRules := func() string {
		var names []string
		for range r.IntN(3) {
			names = append(names, ruleNames[r.IntN(len(ruleNames))])
		}
		return strings.Join(names, ",")
	}
	for round := range 2000 {
		doc := &Document{Path: "x.md"}
		for range r.IntN(8) {
			line := 1 + r.IntN(12)
			directive := []string{"disable-next-line", "disable-file", "disable", "enable"}[r.IntN(4)]
			doc.Comments = append(doc.Comments, &Comment{
				Text: fmt.Sprintf(" vmlint-%s %s ", directive, randomRules()),
				Span: Span{Start: Pos{Line: line}, End: Pos{Line: line + r.IntN(2)}},
			})
		}
		// Comments come in document order.
		for i := 1; i < len(doc.Comments); i++ {
			for j := i; j > 0 && doc.Comments[j].Span.Start.Line < doc.Comments[j-1].Span.Start.Line; j-- {
				doc.Comments[j], doc.Comments[j-1] = doc.Comments[j-1], doc.Comments[j]
			}
		}
		var findings []Finding
		for range r.IntN(10) {
			findings = append(findings, Finding{Rule: ruleNames[r.IntN(len(ruleNames))], Span: Span{Start: Pos{Line: 1 + r.IntN(14)}}})
		}
		wantKept, wantUsed := naiveSuppress(doc, findings)
		list := suppressions(doc)
		markUsed(list, findings)
		cover := newCoverage(list)
		var kept []Finding
		for _, f := range findings {
			if !cover.covers(f) {
				kept = append(kept, f)
			}
		}
		used := make([]bool, len(list))
		for i, s := range list {
			used[i] = s.used
		}
		if !reflect.DeepEqual(kept, wantKept) || !reflect.DeepEqual(used, wantUsed) {
			var comments []string
			for _, c := range doc.Comments {
				comments = append(comments, fmt.Sprintf("%d-%d:%s", c.Span.Start.Line, c.Span.End.Line, c.Text))
			}
			t.Fatalf("round %d: comments %q, findings %v:\nkept %v, used %v\nnaive kept %v, used %v", round, comments, findings, kept, used, wantKept, wantUsed)
		}
	}
}
