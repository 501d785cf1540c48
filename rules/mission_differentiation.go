package rules

import (
	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/language"
)

// MissionDifferentiation notes a mission that does not say what sets it apart.
var MissionDifferentiation = &lint.Rule{
	Name: "mission-differentiation",
	Doc: `note a mission that does not say what sets it apart

A unique value proposition says why someone should choose you over the
alternative ("unlike spreadsheets …", "the only …", "in half the time").
Most real missions leave it out, so this is a note, not a warning.

What counts: a contrast ("unlike …", "instead of …", "rather than …",
"the only …"), a comparison ("faster than …", not "more than ten"), or a
measure against the usual ("in half the time").`,
	Good:     "We reconcile small-shop accounts automatically, unlike spreadsheets that wait for the weekend.",
	Bad:      "We help small shops with their accounts.",
	Hint:     `say what you do that the alternatives do not ("unlike …", "the only …")`,
	Severity: lint.Info,
	Applies:  lint.AppliesMission,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			if s.Analysis.Components.Presence(language.Differentiation) == language.Absent {
				p.Reportf(s, s.Span, "mission does not say what sets it apart")
			}
		}
	},
}
