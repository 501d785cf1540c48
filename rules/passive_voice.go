package rules

import (
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// PassiveVoice notes passive constructions that hide who acts.
var PassiveVoice = &lint.Rule{
	Name: "passive-voice",
	Doc: `note passive voice

"Wetlands are restored" hides who restores them. A statement is about what
the team does: put the team (or the people served) first, with an active
verb.`,
	Good:     "We restore wetlands along the Severn.",
	Bad:      "Wetlands are restored by our programmes.",
	Hint:     "say who does it: put the actor first",
	Severity: lint.Info,
	Applies:  lint.AppliesBoth,
	Lexicons: []string{"be-form", "irregular-participle"},
	Run: func(p *lint.Pass) {
		be, irregular := p.Lexicon("be-form"), p.Lexicon("irregular-participle")
		for _, s := range p.Statements() {
			norms := s.Norms()
			for i := 0; i < len(norms); i++ {
				n := be.Match(norms, i)
				if n == 0 {
					continue
				}
				j := i + n
				if j < len(norms) && strings.HasSuffix(norms[j], "ly") {
					j++ // "is widely used"
				}
				if j < len(norms) && (isParticiple(norms[j]) || irregular.Has(norms[j])) {
					m := s.MatchOf(i, j+1)
					p.Reportf(s, m.Span, "%q is passive", m.Text)
					i = j
				}
			}
		}
	},
}

// isParticiple reports whether w looks like a regular past participle.
func isParticiple(w string) bool {
	if len(w) < 5 {
		return false
	}
	switch w {
	case "need", "seed", "feed", "speed", "indeed", "red", "bed", "hundred", "united", "limited", "based", "related":
		return false
	}
	return strings.HasSuffix(w, "ed")
}
