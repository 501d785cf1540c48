package rules_test

import (
	"fmt"
	"strings"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/rules"
)

// NoCompanyName is a rule a team adds in its own build of vmlint: a vision
// should be about the people it serves, not about the company.
var NoCompanyName = &lint.Rule{
	Name:     "no-company-name",
	Doc:      "report a vision that names the company\n\nA vision is about the people served.",
	Good:     "Every reader will find the book they need.",
	Bad:      "Acme will be every reader's bookshop.",
	Severity: lint.Warning,
	Applies:  lint.AppliesVision,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			for i, w := range s.Words() {
				if strings.TrimSuffix(w.Norm, "'s") == "acme" {
					m := s.MatchOf(i, i+1)
					p.Reportf(s, m.Span, "vision names the company %q; say what changes for people", m.Text)
				}
			}
		}
	},
}

// A program can build its own vmlint: the built-in rules plus its own.
func Example() {
	linter := lint.NewLinter(append(append([]*lint.Rule(nil), rules.All...), NoCompanyName))
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
	// VISION.md:3:48: warning: vision names the company "Acme's"; say what changes for people [no-company-name]
}
