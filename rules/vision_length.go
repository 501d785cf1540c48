package rules

import "github.com/vmlint/vmlint/lint"

// VisionLength reports a vision too long to remember.
var VisionLength = &lint.Rule{
	Name: "vision-length",
	Doc: `report a vision too long to remember

A vision works when people can repeat it from memory. Research on vision
statements favours brevity; practitioners aim for one or two sentences and
well under 35 words. Longer visions drift into features and plans, which
belong in the mission and the roadmap.`,
	Good:     "Every rural clinic will see its patients' test results on the same day.",
	Bad:      "A 70-word paragraph that lists features, values, markets and a five-year plan.",
	Hint:     "keep the future state; move features and plans to the mission",
	Severity: lint.Warning,
	Applies:  lint.AppliesVision,
	Options:  []lint.Option{visionMax, visionMaxError},
	Run:      func(p *lint.Pass) { reportLength(p, "vision", visionMax, visionMaxError) },
}

var (
	visionMax      = lint.NewOption("max", 35, "words above which the vision gets a warning").WithStrict(25)
	visionMaxError = lint.NewOption("max-error", 60, "words above which the vision gets an error").WithStrict(35)
)

// reportLength reports statements longer than the max and max-error options.
func reportLength(p *lint.Pass, kind string, warnAt, errorAt *lint.OptionOf[int]) {
	limit, hard := warnAt.Get(p), errorAt.Get(p)
	for _, s := range p.Statements() {
		n := s.Analysis.Words
		switch {
		case n > hard:
			p.ReportSeverityf(lint.Error, s, s.Span, "%s has %d words, more than %d", kind, n, hard)
		case n > limit:
			p.Reportf(s, s.Span, "%s has %d words, more than %d", kind, n, limit)
		}
	}
}
