package rules

import "github.com/vmlint/vmlint/lint"

// WeakVerbs notes verbs that say little about what is done.
var WeakVerbs = &lint.Rule{
	Name: "weak-verbs",
	Doc: `note weak verbs

"Provide", "support", "facilitate" and "committed to" are in a third of
real statements and hide the action: what exactly is provided, and how?
A verb that names the action ("repair", "teach", "deliver") says more.`,
	Good:     "We repair hearing aids by post.",
	Bad:      "We provide support to people with hearing aids.",
	Hint:     `use a verb that names the action, e.g. "build", "teach", "repair"`,
	Severity: lint.Info,
	Applies:  lint.AppliesBoth,
	Lexicons: []string{"weak-verbs"},
	Run: func(p *lint.Pass) {
		reportWords(p, "weak-verbs", "%q is a weak verb")
	},
}
