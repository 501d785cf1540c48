package rules

import "github.com/vmlint/vmlint/lint"

var (
	maxGrade = lint.NewOption("max-grade", 12.0, "highest Flesch–Kincaid grade allowed").WithStrict(10.0)
	minWords = lint.NewOption("min-words", 12, "fewest words a statement needs to be judged")
)

// Readability reports a statement that needs a graduate's reading level.
var Readability = &lint.Rule{
	Name: "readability",
	Doc: `report a statement hard to read

Most published missions need a university reading level (a median
Flesch–Kincaid grade near 14). A statement everyone on the team should
repeat reads better at grade 12 or below. The formulas are unstable on very
short texts, so statements under 12 words are left alone.`,
	Good:     "We teach kids to code with games they already love.",
	Bad:      "Our organization facilitates the operationalization of multidisciplinary capabilities.",
	Hint:     "use shorter words and shorter sentences",
	Severity: lint.Info,
	Applies:  lint.AppliesBoth,
	English:  true,
	Options:  []lint.Option{maxGrade, minWords},
	Run: func(p *lint.Pass) {
		limit, least := maxGrade.Get(p), minWords.Get(p)
		for _, s := range p.Statements() {
			a := s.Analysis
			if a.Words >= least && a.FleschKincaidGrade > limit {
				p.Reportf(s, s.Span, "%s reads at grade %.1f (Flesch–Kincaid), above %.0f", s.Kind, a.FleschKincaidGrade, limit)
			}
		}
	},
}
