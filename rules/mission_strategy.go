package rules

import "github.com/vmlint/vmlint/lint"

// MissionStrategy reports a mission that says nothing about how.
var MissionStrategy = &lint.Rule{
	Name: "mission-strategy",
	Doc: `report a mission that says nothing about how

A mission is the actionable half: the specific actions and strategies that
fulfil the vision. Aims alone ("to empower", "to transform") are not
actions; name what the team does ("we build …", "by partnering with …").`,
	Good:     "We will cut wait times by partnering with 200 clinics and publishing open wait-time data.",
	Bad:      "Our mission is to empower every person to achieve more.",
	Hint:     `name what you do ("by building …", "we train …")`,
	Severity: lint.Warning,
	Applies:  lint.AppliesMission,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			if len(s.Analysis.Components.Strategy) == 0 {
				p.Reportf(s, s.Span, "mission says nothing about how")
			}
		}
	},
}
