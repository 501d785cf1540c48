package rules

import "github.com/vmlint/vmlint/lint"

// MissionLength reports a mission too long to act on.
var MissionLength = &lint.Rule{
	Name: "mission-length",
	Doc: `report a mission too long to act on

A mission may be more detailed than a vision, but it still has to fit in
a reader's head: the median real mission has under 30 words, and past 60 it
usually lists everything the organisation does.`,
	Good:     "We help first-time founders file taxes in an afternoon by turning receipts into a finished return.",
	Bad:      "A 200-word mission that lists every programme, value and stakeholder.",
	Hint:     "keep who, what and how; move the rest to the handbook",
	Severity: lint.Warning,
	Applies:  lint.AppliesMission,
	Options:  []lint.Option{missionMax, missionMaxError},
	Run:      func(p *lint.Pass) { reportLength(p, "mission", missionMax, missionMaxError) },
}

var (
	missionMax      = lint.NewOption("max", 60, "words above which the mission gets a warning").WithStrict(35)
	missionMaxError = lint.NewOption("max-error", 150, "words above which the mission gets an error").WithStrict(60)
)
