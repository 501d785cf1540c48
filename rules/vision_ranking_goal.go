package rules

import (
	"strings"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/language"
	"github.com/vmlint/vmlint/lint/lexicon"
)

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
			report := func(first, end int) {
				m := s.MatchOf(first, end)
				p.Reportf(s, m.Span, "%q is a ranking goal, not a vision", m.Text)
			}
			found := false
			for i, w := range norms {
				if w != "be" && w != "become" && w != "becoming" && w != "being" {
					continue
				}
				if end := rankingAfter(ranking, norms, i+1, s.Language()); end > 0 {
					report(i, end)
					found = true
					break
				}
			}
			// A vision that is only a ranked noun phrase: "The top-rated
			// test runner for Rust developers", "Yorkshire's best-loved
			// lido by 2030".
			a := s.Language()
			start := 0
			for k, sn := range s.Sentences {
				if !found && a != nil && k < len(a.Sentences) && !hasMainClause(&a.Sentences[k]) {
					at := start
					if n := nameBeforeColon(s, a, start, start+len(sn.Words)); n > 0 {
						at = n // "Tyneside Thunder: Europe's number one wheelchair rugby club …": the name, then the ranked phrase
					} else if n := ownLabelBeforeColon(s, a, start, start+len(sn.Words)); n > 0 {
						at = n // "Our ambition: the number one tool library for …": the label, then the ranked phrase
					}
					if at < len(norms) && (norms[at] == "the" || norms[at] == "a" || norms[at] == "an" || strings.HasSuffix(norms[at], "'s")) {
						if end := rankingAfter(ranking, norms, at, a); end > 0 {
							report(at, end)
							found = true
						}
					}
				}
				start += len(sn.Words)
			}
		}
	},
}

// nameBeforeColon returns the index of the word after a colon that
// follows a name of at most maxNameWords words opening the sentence
// whose words run from first to end ("Tyneside Thunder: …"), or 0.
func nameBeforeColon(s *lint.Statement, a *language.Analysis, first, end int) int {
	if len(a.Tokens) != len(s.Words()) {
		return 0 // a contraction made two tokens of one word: the indices part
	}
	for k := first; k < end-1 && k < first+maxNameWords && k < len(a.Tokens); k++ {
		if a.Tokens[k].Tag != language.ProperNoun {
			return 0
		}
		if strings.Contains(s.MatchOf(k, k+2).Text, ":") {
			return k + 1
		}
	}
	return 0
}

// ownLabelBeforeColon returns the index of the word after a colon that
// follows "our" and a word for a statement of aims, opening the sentence
// whose words run from first to end ("Our ambition: …", "Our aim: …"), or
// 0; not "Our promise: the best-fitting hand-cycle for every rider", what
// the organisation offers.
func ownLabelBeforeColon(s *lint.Statement, a *language.Analysis, first, end int) int {
	if len(a.Tokens) != len(s.Words()) || first+2 >= end || first+1 >= len(a.Tokens) {
		return 0
	}
	if a.Tokens[first].Norm != "our" || !a.Tokens[first+1].NamesStatement() || !strings.Contains(s.MatchOf(first+1, first+3).Text, ":") {
		return 0
	}
	return first + 2
}

// maxNameWords is the most words of a name before a colon that
// nameBeforeColon reads.
const maxNameWords = 4

// maxRankModifiers is how many describing words may stand between "be a"
// and a ranking word.
const maxRankModifiers = 4

// hasMainClause reports whether a sentence has a finite verb that no
// subordinator opens: without one it is a noun phrase, which participles
// may describe ("The best-known brewery in the Peak, stocked in every
// pub").
func hasMainClause(s *language.Sentence) bool {
	for _, c := range s.Clauses {
		if c.Kind == language.Finite && c.Opener == "" {
			return true
		}
	}
	return false
}

// rankingAfter returns the end of a ranking word that follows j after at
// most a few articles, possessives and words of ranking ("the world's
// leading", "ranked among the top"), and, where the analysis a reads them,
// words that describe the ranking noun ("a truly innovative, customer-centric
// leader"), or 0.
func rankingAfter(ranking lexicon.View, norms []string, j int, a *language.Analysis) int {
	i := j
	for j < len(norms) && j <= i+4 {
		switch {
		case norms[j] == "the" || norms[j] == "a" || norms[j] == "an" || norms[j] == "one" || norms[j] == "of" ||
			norms[j] == "ranked" || norms[j] == "rated" || norms[j] == "among" || norms[j] == "amongst":
			j++
			continue
		case len(norms[j]) > 2 && norms[j][len(norms[j])-2:] == "'s":
			j++
			continue
		}
		break
	}
	for k := j; k < len(norms) && k <= j+maxRankModifiers; k++ {
		if n := ranking.Match(norms, k); n > 0 {
			return k + n
		}
		if a == nil || !a.Describes(k) {
			break
		}
	}
	if j < len(norms) {
		// A compound that opens with a ranking word: "best-known",
		// "best-in-class", "most-visited".
		if first, _, ok := strings.Cut(norms[j], "-"); ok && ranking.Match([]string{first}, 0) == 1 {
			return j + 1
		}
	}
	return 0
}
