package rules

import (
	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/language"
)

// MissionValue reports a mission that promises no benefit.
var MissionValue = &lint.Rule{
	Name: "mission-value",
	Doc: `report a mission that states no benefit for anyone

People do not want things, they want what the things do for them. A
mission that only names an activity ("we sell meal kits") leaves out why
anyone should care: say what gets better for the people it serves.

What counts as a value: a clause of result or purpose ("so that
shepherds reach a vet", "so no apprentice signs alone"), what the
organisation helps someone do ("help farmers sell", "enable hobbyists
to build"), makes of them or gives them ("make every gardener proud",
"give teachers the time to …", "for every school to stay open"), a good
given to someone ("lend boats to rowing clubs"), an outcome word
("healthier", "access to"), and a benefit verb where someone stands to
benefit (not "Enabling open maps"). The rule warns only when the
analysis understood the mission and found none; when it is unsure, it
says nothing.`,
	Good:     "We deliver meal kits so parents spend 30 minutes less a day on dinner.",
	Bad:      "We sell meal kits.",
	Hint:     `say what gets better for the people it serves ("so they …")`,
	Severity: lint.Warning,
	Applies:  lint.AppliesMission,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			if s.Analysis.Components.Presence(language.Value) == language.Absent {
				p.Reportf(s, s.Span, "mission states no benefit for anyone")
			}
		}
	},
}
