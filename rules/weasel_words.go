package rules

import "github.com/vmlint/vmlint/lint"

// WeaselWords notes unverifiable superlatives and vague quantities.
var WeaselWords = &lint.Rule{
	Name: "weasel-words",
	Doc: `note weasel words

"The best", "highly", "numerous" and "truly exceptional" are claims without
proof. A number or a comparison the reader can check is stronger.`,
	Good:     "Same-day repair for nine in ten phones.",
	Bad:      "The best, most trusted, truly exceptional repair service.",
	Hint:     "back the claim with a fact, or drop it",
	Severity: lint.Info,
	Applies:  lint.AppliesBoth,
	Lexicons: []string{"weasel-words"},
	Run: func(p *lint.Pass) {
		reportWords(p, "weasel-words", "%q is a weasel word")
	},
}
