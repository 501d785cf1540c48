package rules

import "github.com/vmlint/vmlint/lint"

// StatementEmpty reports a heading or label that names a vision or mission
// with nothing under it.
var StatementEmpty = &lint.Rule{
	Name: "statement-empty",
	Doc: `report a vision or mission heading or label with nothing under it

An empty "## Vision" section tells the reader the team has not decided, or
forgot; either way the document should not pretend to have one.`,
	Good:     "## Mission\n\nWe repair hearing aids for pensioners by post.",
	Bad:      "## Mission\n\n## Values",
	Hint:     "write the statement, or remove the heading or label until there is one",
	Severity: lint.Error,
	Applies:  lint.AppliesBoth,
	Run: func(p *lint.Pass) {
		for _, s := range p.Doc.Statements {
			if s.Empty {
				p.Reportf(s, s.Span, "%s %q has no statement under it", s.Form, s.Label)
			}
		}
	},
}
