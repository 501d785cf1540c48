package rules

import "github.com/vmlint/vmlint/lint"

// Hedging reports words that weaken the statement's commitment.
var Hedging = &lint.Rule{
	Name: "hedging",
	Doc: `report hedges that weaken the commitment

A statement is a commitment. "May", "strive to", "where possible" and "we
believe" tell the reader the team is not sure it means it. In a mission,
"will" is a commitment, not a hedge.`,
	Good:     "We train 500 nurses a year.",
	Bad:      "We strive to possibly help some clinics where possible.",
	Hint:     "commit: say what you do or will do",
	Severity: lint.Warning,
	Applies:  lint.AppliesBoth,
	Lexicons: []string{"hedge"},
	// "strive to" and "aim to" hedge; that their verb is weak is the same fault.
	Supersedes: []string{"weak-verbs"},
	Run:        func(p *lint.Pass) { reportWords(p, "hedge", "%q hedges") },
}
