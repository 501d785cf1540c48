package rules

import "github.com/vmlint/vmlint/lint"

// TemplatePlaceholder reports template residue left in a statement.
var TemplatePlaceholder = &lint.Rule{
	Name: "template-placeholder",
	Doc: `report template text left in a statement

Statement templates ("For [target customer] who needs [need] …") are a fine
start, but a slot, a TODO, lorem ipsum, a number left to fill ("By 20XX")
or a worksheet's blank ("Our mission is to ________") in a published
statement means it was never finished.`,
	Good:     "For night-shift nurses who need sleep, Dimly is a sleep mask that blocks all light.",
	Bad:      "For [target customer] who needs [need], <product> is a [category].",
	Hint:     "replace the placeholder with your own words",
	Severity: lint.Error,
	Applies:  lint.AppliesBoth,
	Run: func(p *lint.Pass) {
		for _, s := range p.Doc.Statements {
			for _, span := range s.Placeholders {
				text := string(p.Doc.Source[span.Start.Offset:span.End.Offset])
				p.Reportf(s, span, "%s contains template text %q", s.Kind, text)
			}
		}
	},
}
