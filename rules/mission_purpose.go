package rules

import (
	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/language"
)

// MissionPurpose notes a mission that gives no reason why.
var MissionPurpose = &lint.Rule{
	Name: "mission-purpose",
	Doc: `note a mission that gives no reason why

Purpose ("so that commuters never miss work", "in order to …") turns an
activity into a reason to care. Most real missions leave it out, so this
is a note, not a warning.

What counts: a why-clause ("so that …", "in order to …", "because …",
"to help …" after the activity). A mission whose value already says why
("so no apprentice signs alone") is not noted.`,
	Good:     "We fix bikes fast so that commuters never miss work.",
	Bad:      "Bike repair shop in Leeds.",
	Hint:     `say why it matters ("so that …", "because …")`,
	Severity: lint.Info,
	Applies:  lint.AppliesMission,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			if s.Analysis.Components.Presence(language.Purpose) == language.Absent {
				p.Reportf(s, s.Span, "mission gives no reason why")
			}
		}
	},
}
