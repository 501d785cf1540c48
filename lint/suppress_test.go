package lint_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// wordRule reports every occurrence of one word, for suppression tests.
func wordRule(name, word string) *lint.Rule {
	return &lint.Rule{
		Name: name, Doc: "report " + word, Good: "x", Bad: word, Severity: lint.Warning, Applies: lint.AppliesBoth,
		Run: func(p *lint.Pass) {
			for _, s := range p.Statements() {
				for i, n := range s.Norms() {
					if n == word {
						m := s.MatchOf(i, i+1)
						p.Reportf(s, m.Span, "found %q", m.Text)
					}
				}
			}
		},
	}
}

func lintLines(t *testing.T, src string) []string {
	t.Helper()
	linter := lint.NewLinter([]*lint.Rule{wordRule("no-apples", "apples"), wordRule("no-pears", "pears")})
	doc, err := lint.Parse("x.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range linter.Lint(doc, linter.DefaultSettings()) {
		out = append(out, strings.Join([]string{itoa(f.Span.Start.Line), f.Rule, f.Message}, " "))
	}
	return out
}

func itoa(n int) string { return fmt.Sprintf("%02d", n) }

func TestSuppressions(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"none", "# Mission\n\nWe sell apples and pears.\n", []string{
			`03 no-apples found "apples"`, `03 no-pears found "pears"`}},
		{"next line, one rule", "# Mission\n\n<!-- vmlint-disable-next-line no-apples -- brand name -->\nWe sell apples and pears.\n", []string{
			`04 no-pears found "pears"`}},
		{"next line, all rules", "# Mission\n\n<!-- vmlint-disable-next-line -->\nWe sell apples and pears.\n", nil},
		{"two rules", "# Mission\n\n<!-- vmlint-disable-next-line no-apples,no-pears -->\nWe sell apples and pears.\n", nil},
		{"range", "# Vision\n\n<!-- vmlint-disable no-pears -->\n\nEvery town has pears.\n\n<!-- vmlint-enable no-pears -->\n\n## Mission\n\nWe sell pears.\n", []string{
			`11 no-pears found "pears"`}},
		{"file", "<!-- vmlint-disable-file no-apples -->\n# Mission\n\nWe sell apples.\n\n## Vision\n\nApples for all.\n", nil},
		{"unused", "# Mission\n\n<!-- vmlint-disable-next-line no-pears -->\nWe sell apples.\n", []string{
			`03 unused-suppression suppression of "no-pears" suppresses nothing`, `04 no-apples found "apples"`}},
		{"unknown rule", "# Mission\n\n<!-- vmlint-disable-next-line no-plums -->\nWe sell plums.\n", []string{
			`03 unused-suppression suppression names unknown rule "no-plums" (vmlint rules lists them)`}},
		{"inline at the end of the line above", "# Mission\n\nWe grow trees. <!-- vmlint-disable-next-line no-apples -->\nWe sell apples.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lintLines(t, tt.src)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestSuppressionCommentsDoNotChangeTheModel checks a comment changes no
// statement, sentence or word.
func TestSuppressionCommentsDoNotChangeTheModel(t *testing.T) {
	plain := "# Mission\n\nWe sell apples to grocers.\n"
	with := "# Mission\n\n<!-- vmlint-disable-next-line no-apples -->\nWe sell apples to grocers. <!-- vmlint-disable-line -->\n"
	a, _ := lint.Parse("x.md", []byte(plain))
	b, _ := lint.Parse("x.md", []byte(with))
	if len(a.Statements) != 1 || len(b.Statements) != 1 || a.Statements[0].Text() != b.Statements[0].Text() ||
		len(a.Statements[0].Words()) != len(b.Statements[0].Words()) {
		t.Errorf("the comment changed the model: %q vs %q", a.Statements[0].Text(), b.Statements[0].Text())
	}
}
