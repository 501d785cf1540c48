package rules

import (
	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/language"
)

// MissionAudience reports a mission that names no target audience.
var MissionAudience = &lint.Rule{
	Name: "mission-audience",
	Doc: `report a mission that names no target audience, or only a generic one

A mission is for someone. "For everyone" is the most common positioning
mistake: a mission that names a definite group ("independent pharmacists",
"first-time founders") tells the team whom to build for and whom to say no
to. Naming nobody is a warning; naming only "people", "users" or
"businesses" is a softer note.

Who counts: a person, group, organisation, animal or place of business
(by WordNet's classes of the noun, so "night-shift cleaners" and "any
dairy farmer" count though no list names them) where the mission serves
them: after "for" or "to", as the object of the organisation's verb
("we train nurses"), counted one by one ("every canoeist"), as an owner
("patients' lives"), as the subject of what they will do ("so that
farmers can …"). Not the organisation itself ("our team"), the actor of
someone else's verb ("where craft meets business"), a place or a ranking
("the world's leading …"). A group is generic when its noun stands for
people at large ("people", "users", "businesses") and nothing narrows it
("young people", "users of the protocol"). The rule warns only when the
mission names no one who could be served at all; when it names someone
in a role the analysis cannot read, it says nothing.`,
	Good:     "We help independent pharmacists in rural towns order stock in minutes.",
	Bad:      "We deliver innovative solutions for businesses.",
	Hint:     `say whom it serves, as a definite group ("for …", "we help …")`,
	Severity: lint.Warning,
	Applies:  lint.AppliesMission,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			c := s.Analysis.Components
			switch c.AudienceLevel() {
			case lint.NoAudience:
				if c.Presence(language.Audience) != language.Absent {
					continue // someone is named, in a role the analysis cannot read
				}
				p.Reportf(s, s.Span, "mission names no target audience")
			case lint.GenericAudience:
				a := c.Audience[0]
				p.ReportSeverityf(lint.Info, s, a.Span, "mission's audience %q is generic", a.Text)
			}
		}
	},
}
