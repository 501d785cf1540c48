package rules_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/linttest"
	"github.com/vmlint/vmlint/rules"
)

// companyNames is the rule's option: a typed handle that carries its
// default and doc, which .vmlint.yml sets and vmlint explain shows.
var companyNames = lint.NewOption("names", []string{"acme"}, "the company's names, lower case")

// NoCompanyName is a rule a team adds in its own build of vmlint: a vision
// should be about the people it serves, not about the company.
var NoCompanyName = &lint.Rule{
	Name:     "no-company-name",
	Doc:      "report a vision that names the company\n\nA vision is about the people served.",
	Good:     "Every reader will find the book they need.",
	Bad:      "Acme will be every reader's bookshop.",
	Hint:     "say what changes for the people you serve",
	Severity: lint.Warning,
	Applies:  lint.AppliesVision,
	Options:  []lint.Option{companyNames},
	Run: func(p *lint.Pass) {
		names := companyNames.Get(p)
		for _, s := range p.Statements() {
			for i, w := range s.Words() {
				if slices.Contains(names, strings.TrimSuffix(w.Norm, "'s")) {
					m := s.MatchOf(i, i+1)
					p.Reportf(s, m.Span, "vision names the company %q", m.Text)
				}
			}
		}
	},
}

// A program can build its own vmlint: the built-in rules plus its own.
func Example() {
	all := append(append([]*lint.Rule(nil), rules.All...), NoCompanyName)
	if err := lint.Validate([]*lint.Rule{NoCompanyName}); err != nil {
		panic(err)
	}
	linter := lint.NewLinter(all)
	settings := linter.DefaultSettings()
	src := "# Vision\n\nEvery reader in the county will find a book in Acme's shops.\n"
	doc, err := lint.Parse("VISION.md", []byte(src))
	if err != nil {
		panic(err)
	}
	for _, f := range linter.Lint(doc, settings) {
		fmt.Printf("%s:%d:%d: %s: %s [%s]\n", f.Path, f.Span.Start.Line, f.Span.Start.Column, f.Severity, f.Message, f.Rule)
	}
	// Output:
	// VISION.md:3:48: warning: vision names the company "Acme's" [no-company-name]
}

// The rule's tests: fixtures with the expected findings beside the text
// (see lint/linttest).
func TestNoCompanyName(t *testing.T) {
	linttest.Run(t, "testdata/no-company-name", NoCompanyName)
}
