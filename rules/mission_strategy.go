package rules

import (
	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/language"
)

// MissionStrategy reports a mission that says nothing about how.
var MissionStrategy = &lint.Rule{
	Name: "mission-strategy",
	Doc: `report a mission that says nothing about how

A mission is the actionable half: the specific actions and strategies that
fulfil the vision. Aims alone ("to empower", "to transform") are not
actions; name what the team does ("we build …", "by partnering with …").

What counts as a strategy: a means ("by lending …", "through evening
classes", "using drones to …", "working with …", "with volunteer
drivers"), and the organisation's own concrete activity: a verb that is
not abstract whose object is a made thing, a service or someone it works
on ("lend boats", "repair each hull", "train nurses", "provide members
with goods"). Not: an abstract verb ("empower", "inspire", "transform"),
an activity with an abstract object ("provide access"), or a verb that
belongs to the people served ("enable hobbyists to build drones"). The
rule warns only when the analysis understood the mission and found
none; when it is unsure, it says nothing.`,
	Good:     "We will cut wait times by partnering with 200 clinics and publishing open wait-time data.",
	Bad:      "Our mission is to empower every person to achieve more.",
	Hint:     `name what you do ("by building …", "we train …")`,
	Severity: lint.Warning,
	Applies:  lint.AppliesMission,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			if s.Analysis.Components.Presence(language.Strategy) == language.Absent {
				p.Reportf(s, s.Span, "mission says nothing about how")
			}
		}
	},
}
