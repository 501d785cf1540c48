package rules

import "github.com/vmlint/vmlint/lint"

// MissionLength reports a mission too long to act on.
var MissionLength = &lint.Rule{
	Name: "mission-length",
	Doc: `report a mission too long to act on

A mission may be more detailed than a vision, but it still has to fit in
a reader's head: the median real mission has under 30 words, and past 60 it
usually lists everything the organisation does. A mission past the
35 words it should aim for, in more than three sentences, has turned into
a list of activities too; a slogan of short sentences has not.`,
	Good:     "We help first-time founders file taxes in an afternoon by turning receipts into a finished return.",
	Bad:      "A 200-word mission that lists every programme, value and stakeholder.",
	Hint:     "keep who, what and how; move the rest to the handbook",
	Severity: lint.Warning,
	Applies:  lint.AppliesMission,
	Options:  []lint.Option{missionMax, missionMaxError, missionMaxSentences},
	Run: func(p *lint.Pass) {
		reportLength(p, "mission", missionMax, missionMaxError)
		limit, most := missionMaxSentences.Get(p), missionMax.Get(p)
		for _, s := range p.Statements() {
			if n, words := s.Analysis.Sentences, s.Analysis.Words; n > limit && words > missionTarget && words <= most {
				p.Reportf(s, s.Span, "mission has %d sentences, more than %d, in %d words", n, limit, words)
			}
		}
	},
}

var (
	missionMax      = lint.NewOption("max", 60, "words above which the mission gets a warning").WithStrict(35)
	missionMaxError = lint.NewOption("max-error", 150, "words above which the mission gets an error").WithStrict(60)
	// The research catalogue's mission-concise: a warning above three
	// sentences, for a mission longer than its target.
	missionMaxSentences = lint.NewOption("max-sentences", 3, "sentences above which a mission of more than 35 words gets a warning").WithStrict(2)
)

// missionTarget is the research catalogue's target length for a mission:
// below it, a run of short sentences is a slogan, not a list.
const missionTarget = 35
