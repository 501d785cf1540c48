package rules

import "github.com/vmlint/vmlint/lint"

// MissionAudience reports a mission that names no target audience.
var MissionAudience = &lint.Rule{
	Name: "mission-audience",
	Doc: `report a mission that names no target audience, or only a generic one

A mission is for someone. "For everyone" is the most common positioning
mistake: a mission that names a definite group ("independent pharmacists",
"first-time founders") tells the team whom to build for and whom to say no
to. Naming nobody is a warning; naming only "people", "users" or
"businesses" is a softer note.`,
	Good:     "We help independent pharmacists in rural towns order stock in minutes.",
	Bad:      "We deliver innovative solutions for businesses.",
	Hint:     `say whom it serves, as a definite group ("for …", "we help …")`,
	Severity: lint.Warning,
	Applies:  lint.AppliesMission,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			c := s.Analysis.Components
			switch c.AudienceLevel() {
			case "none":
				p.Reportf(s, s.Span, "mission names no target audience")
			case "generic":
				a := c.Audience[0]
				p.ReportSeverityf(lint.Info, s, a.Span, "mission's audience %q is generic", a.Text)
			}
		}
	},
}
