package rules

import "github.com/vmlint/vmlint/lint"

// MissionValue reports a mission that promises no benefit.
var MissionValue = &lint.Rule{
	Name: "mission-value",
	Doc: `report a mission that states no benefit for anyone

People do not want things, they want what the things do for them. A
mission that only names an activity ("we sell meal kits") leaves out why
anyone should care: say what gets better for the people it serves.`,
	Good:     "We deliver meal kits so parents spend 30 minutes less a day on dinner.",
	Bad:      "We sell meal kits.",
	Hint:     `say what gets better for the people it serves ("so they …")`,
	Severity: lint.Warning,
	Applies:  lint.AppliesMission,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			if len(s.Analysis.Components.Value) == 0 {
				p.Reportf(s, s.Span, "mission states no benefit for anyone")
			}
		}
	},
}
