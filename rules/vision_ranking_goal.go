package rules

import "github.com/vmlint/vmlint/lint"

// VisionRankingGoal reports a vision that is a ranking goal.
var VisionRankingGoal = &lint.Rule{
	Name: "vision-ranking-goal",
	Doc: `report a vision that is a ranking goal ("to be the leading …")

"To be the leading provider" is a goal for the company, not a picture of a
better world for anyone else. It inspires nobody outside the boardroom and
says nothing about what changes.`,
	Good:     "Every warehouse worker goes home uninjured.",
	Bad:      "To be the leading provider of logistics solutions in North America.",
	Hint:     "describe the change you make for people instead of your rank",
	Severity: lint.Warning,
	Applies:  lint.AppliesVision,
	Lexicons: []string{"ranking"},
	// "To be the world's leading …" is one fault: a ranking goal, not
	// also a buzzword and a weasel word.
	Supersedes: []string{"buzzwords", "weasel-words"},
	Run: func(p *lint.Pass) {
		ranking := p.Lexicon("ranking")
		for _, s := range p.Statements() {
			norms := s.Norms()
			for i, w := range norms {
				if w != "be" && w != "become" && w != "being" {
					continue
				}
				j := i + 1
				for j < len(norms) && j <= i+4 {
					switch {
					case norms[j] == "the" || norms[j] == "a" || norms[j] == "an" || norms[j] == "one" || norms[j] == "of":
						j++
						continue
					case len(norms[j]) > 2 && norms[j][len(norms[j])-2:] == "'s":
						j++
						continue
					}
					break
				}
				if n := ranking.Match(norms, j); n > 0 {
					m := s.MatchOf(i, j+n)
					p.Reportf(s, m.Span, "%q is a ranking goal, not a vision", m.Text)
					break
				}
			}
		}
	},
}
