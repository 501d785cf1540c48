package rules

import "github.com/vmlint/vmlint/lint"

// VisionBeneficiary reports a vision that names no one who benefits.
var VisionBeneficiary = &lint.Rule{
	Name: "vision-beneficiary",
	Doc: `report a vision that names no one who benefits

A vision should say whose world changes. Broad groups ("people",
"everyone") are fine in a vision; naming nobody is not.`,
	Good:     "Every small-town reader can borrow any book ever printed.",
	Bad:      "Excellence, innovation and growth for the next decade.",
	Hint:     `say whose world changes ("every …", "people who …")`,
	Severity: lint.Warning,
	Applies:  lint.AppliesVision,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			if len(s.Analysis.Components.Audience) == 0 {
				p.Reportf(s, s.Span, "vision names no one who benefits")
			}
		}
	},
}
