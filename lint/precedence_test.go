package lint_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// wordsRule reports every occurrence of the given words, one finding each.
func wordsRule(name string, words ...string) *lint.Rule {
	r := rule(func(p *lint.Pass) {
		for _, s := range p.Statements() {
			norms := s.Norms()
			for i := range norms {
				for _, w := range words {
					ws := strings.Fields(w)
					if i+len(ws) <= len(norms) && strings.Join(norms[i:i+len(ws)], " ") == w {
						m := s.MatchOf(i, i+len(ws))
						p.Reportf(s, m.Span, "%q", m.Text)
					}
				}
			}
		}
	})
	r.Name = name
	return r
}

func findingList(fs []lint.Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%d:%d %s %s", f.Span.Start.Line, f.Span.Start.Column, f.Rule, f.Message))
	}
	return strings.Join(out, "\n")
}

func TestDedupe(t *testing.T) {
	specific := wordsRule("a-specific", "strive to")
	specific.Supersedes = []string{"b-general"}
	general := wordsRule("b-general", "strive", "help")
	linter := lint.NewLinter([]*lint.Rule{specific, general})
	src := "# Mission\n\nWe strive to help towns, and strive for more.\n"
	doc, _ := lint.Parse("x.md", []byte(src))

	got := findingList(linter.Lint(doc, linter.DefaultSettings()))
	want := "3:4 a-specific \"strive to\"\n3:14 b-general \"help\"\n3:30 b-general \"strive\""
	if got != want {
		t.Errorf("findings:\n%s\nwant (the \"strive\" inside \"strive to\" dropped, the other kept):\n%s", got, want)
	}
	settings := linter.DefaultSettings()
	delete(settings.Rules, "a-specific")
	got = findingList(linter.Lint(doc, settings))
	if !strings.Contains(got, "3:4 b-general \"strive\"") {
		t.Errorf("with the specific rule off, the general finding must stay:\n%s", got)
	}

	// Precedence comes before suppression comments: suppressing the kept
	// finding silences the fault; a comment aimed at the dropped one
	// suppresses nothing.
	doc, _ = lint.Parse("x.md", []byte("# Mission\n\n<!-- vmlint-disable-next-line a-specific -->\nWe strive to help towns.\n"))
	if got := findingList(linter.Lint(doc, linter.DefaultSettings())); got != "4:14 b-general \"help\"" {
		t.Errorf("suppressing the kept finding:\n%s", got)
	}
	doc, _ = lint.Parse("x.md", []byte("# Mission\n\n<!-- vmlint-disable-next-line b-general -->\nWe strive to.\n"))
	got = findingList(linter.Lint(doc, linter.DefaultSettings()))
	if !strings.Contains(got, "4:4 a-specific") || !strings.Contains(got, "unused-suppression") {
		t.Errorf("a comment aimed at the dropped finding:\n%s", got)
	}
}

func TestValidateSupersedes(t *testing.T) {
	a, b := wordsRule("a-rule", "x"), wordsRule("b-rule", "y")
	for _, tt := range []struct {
		name       string
		aSup, bSup []string
		want       string
	}{
		{"itself", []string{"a-rule"}, nil, "a-rule: supersedes itself"},
		{"unknown", []string{"c-rule"}, nil, `a-rule: supersedes "c-rule", which is not in the list`},
		{"cycle", []string{"b-rule"}, []string{"a-rule"}, "make a cycle"},
	} {
		a.Supersedes, b.Supersedes = tt.aSup, tt.bSup
		if err := lint.Validate([]*lint.Rule{a, b}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Validate = %v, want %q", tt.name, err, tt.want)
		}
	}
	a.Supersedes, b.Supersedes = []string{"b-rule"}, nil
	if err := lint.Validate([]*lint.Rule{a, b}); err != nil {
		t.Errorf("a valid precedence: %v", err)
	}
}
