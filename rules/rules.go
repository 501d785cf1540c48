package rules

import "github.com/vmlint/vmlint/lint"

// All is every built-in rule, sorted by name. vmlint runs these; a program
// that builds its own vmlint can append rules of its own.
var All = []*lint.Rule{
	Buzzwords,
	Hedging,
	MissionAudience,
	MissionDifferentiation,
	MissionLength,
	MissionPurpose,
	MissionStrategy,
	MissionValue,
	PassiveVoice,
	Readability,
	SentenceLength,
	StatementEmpty,
	StatementMissing,
	TemplatePlaceholder,
	lint.UnusedSuppression,
	VisionAmbition,
	VisionBeneficiary,
	VisionFuture,
	VisionImagery,
	VisionLength,
	VisionMissionAligned,
	VisionMissionDistinct,
	VisionRankingGoal,
	VisionSolutionAgnostic,
	WeakVerbs,
	WeaselWords,
	WordyPhrases,
}
