package rules

import (
	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/language"
)

// VisionFuture reports a vision that pictures no future.
var VisionFuture = &lint.Rule{
	Name: "vision-future",
	Doc: `report a vision that describes no future state

A vision is a picture of the world once you have succeeded. Without future
wording ("will", "a world where", "by 2030", "no longer") it reads as a
description of what the team does today, which is a mission.

What counts as a future state: "will", "shall", "one day", "by 2031", "no
longer", "envision"; a picture with "where" ("a commons where boatbuilders
swap designs"); becoming something; a present-tense picture of others
counted one by one ("every lighthouse keeper has a relief crew", "no
commuter waits in the rain"); a picture without a verb ("quiet streets
around every village school"). Not "the future" as a topic ("shaping the
future of home audio"). The rule warns only when every sentence of the
vision describes the organisation's own activity; when it is unsure, it
says nothing.`,
	Good:     "A world where no patient waits more than a day to see a doctor.",
	Bad:      "We sell scheduling software to clinics.",
	Hint:     `say what the world looks like when you succeed ("… will …", "a world where …")`,
	Severity: lint.Warning,
	Applies:  lint.AppliesVision,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			if s.Analysis.Components.Presence(language.Future) == language.Absent {
				p.Reportf(s, s.Span, "vision describes no future state")
			}
		}
	},
}
