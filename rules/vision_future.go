package rules

import "github.com/vmlint/vmlint/lint"

// VisionFuture reports a vision that pictures no future.
var VisionFuture = &lint.Rule{
	Name: "vision-future",
	Doc: `report a vision that describes no future state

A vision is a picture of the world once you have succeeded. Without future
wording ("will", "a world where", "by 2030", "no longer") it reads as a
description of what the team does today, which is a mission.`,
	Good:     "A world where no patient waits more than a day to see a doctor.",
	Bad:      "We sell scheduling software to clinics.",
	Hint:     `say what the world looks like when you succeed ("… will …", "a world where …")`,
	Severity: lint.Warning,
	Applies:  lint.AppliesVision,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			if len(s.Analysis.Components.Future) == 0 {
				p.Reportf(s, s.Span, "vision describes no future state")
			}
		}
	},
}
