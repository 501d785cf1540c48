package rules

import "github.com/vmlint/vmlint/lint"

// Buzzwords reports jargon that says nothing a reader can check.
var Buzzwords = &lint.Rule{
	Name: "buzzwords",
	Doc: `report buzzwords

Words like "leverage", "synergy", "world-class" and "seamless" are in a
third of real statements and say nothing a reader can check or picture.
The list is the "buzzwords" lexicon; add or remove words in .vmlint.yml.`,
	Good:     "We cut invoice processing from five days to one.",
	Bad:      "Leveraging cutting-edge synergies to deliver world-class solutions.",
	Hint:     "say what you actually do, in plain words",
	Severity: lint.Warning,
	Applies:  lint.AppliesBoth,
	Lexicons: []string{"buzzwords"},
	// "leverage" is jargon before it is a weak verb; "world-leading" is
	// jargon before it is an unproved claim.
	Supersedes: []string{"weak-verbs", "weasel-words"},
	Run:        func(p *lint.Pass) { reportWords(p, "buzzwords", "%q is a buzzword") },
}
