package rules

import "github.com/vmlint/vmlint/lint"

var (
	visionSentenceMax  = lint.NewOption("vision-max", 25, "most words in a sentence of a vision").WithStrict(20)
	missionSentenceMax = lint.NewOption("mission-max", 30, "most words in a sentence of a mission").WithStrict(25)
)

// SentenceLength reports sentences too long to read in one breath.
var SentenceLength = &lint.Rule{
	Name: "sentence-length",
	Doc: `report a sentence too long to read in one breath

Readability guidance puts comfortable sentences at 15 to 20 words. A
statement sentence over 25 words (vision) or 30 (mission) usually strings
several ideas together with commas and "and".`,
	Good:     "We repair bikes at train stations. Commuters pick them up on the way home.",
	Bad:      "We repair bikes, scooters and prams at train stations and bus depots for commuters, students and parents, and we also sell parts and run courses for anyone who wants to learn.",
	Hint:     "split it where a new idea starts",
	Severity: lint.Warning,
	Applies:  lint.AppliesBoth,
	Options:  []lint.Option{visionSentenceMax, missionSentenceMax},
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			limit := missionSentenceMax.Get(p)
			if s.Kind == lint.Vision {
				limit = visionSentenceMax.Get(p)
			}
			for _, sn := range s.Sentences {
				if n := len(sn.Words); n > limit {
					p.Reportf(s, sn.Span, "sentence has %d words, more than %d", n, limit)
				}
			}
		}
	},
}
