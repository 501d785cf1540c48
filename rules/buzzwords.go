package rules

import (
	"strings"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/language"
)

// Buzzwords reports jargon that says nothing a reader can check.
var Buzzwords = &lint.Rule{
	Name: "buzzwords",
	Doc: `report buzzwords

Words like "leverage", "synergy", "world-class" and "seamless" are in a
third of real statements and say nothing a reader can check or picture.
The list is the "buzzwords" lexicon; add or remove words in .vmlint.yml.
A listed phrase that ends on the noun naming the people a statement serves,
or that "of" and those people follow, is read literally ("pass to the next
generation", "the next generation of farmers"), not as jargon; so is a
noun repeated around "to", written open with no noun after it ("test a
refund end to end", against "end-to-end solutions"), and so is a phrase
written open that a determiner and a word of order count in a series
("welcome from the first class", against "first-class service").`,
	Good:     "We cut invoice processing from five days to one.",
	Bad:      "Leveraging cutting-edge synergies to deliver world-class solutions.",
	Hint:     "say what you actually do, in plain words",
	Severity: lint.Warning,
	Applies:  lint.AppliesBoth,
	Lexicons: []string{"buzzwords"},
	// "leverage" is jargon before it is a weak verb; "world-leading" is
	// jargon before it is an unproved claim.
	Supersedes: []string{"weak-verbs", "weasel-words"},
	Run: func(p *lint.Pass) {
		reportWordsExcept(p, "buzzwords", "%q is a buzzword", func(s *lint.Statement, m lint.Match) bool {
			return namesAudience(s, m) || literalAdverb(s, m) || inName(s, m) || countedInSeries(s, m)
		})
	},
}

// countedInSeries reports whether a listed phrase written open (no
// hyphen) ends a noun phrase that its determiner and a word of order
// count ("from the first class"): a lesson, not "first-class".
func countedInSeries(s *lint.Statement, m lint.Match) bool {
	a := s.Language()
	return a != nil && !strings.Contains(m.Text, "-") && a.Words() == len(s.Words()) && a.CountsInSeries(m.First, m.End)
}

// literalAdverb reports whether a match is a noun repeated around "to",
// written open and modifying no noun: "test a refund end to end", "deliver
// door to door" say how, literally; "end-to-end solutions" is the jargon.
func literalAdverb(s *lint.Statement, m lint.Match) bool {
	norms := s.Norms()
	if m.End-m.First != 3 || norms[m.First] != norms[m.End-1] || norms[m.First+1] != "to" || strings.Contains(m.Text, "-") {
		return false
	}
	a := s.Language()
	return a != nil && a.Words() == len(s.Words()) && !a.ModifiesNoun(m.First, m.End)
}

// inName reports whether every word of a match is part of a name, as the
// language analysis tags it ("the Guild's World-Class Yarn certificate"):
// the words are the name's, not the writer's claim.
func inName(s *lint.Statement, m lint.Match) bool {
	a := s.Language()
	if a == nil || a.Words() != len(s.Words()) || len(a.Tokens) != len(s.Words()) {
		return false
	}
	for i := m.First; i < m.End; i++ {
		if a.Tokens[i].Tag != language.ProperNoun {
			return false
		}
	}
	return m.End < len(a.Tokens) && a.Tokens[m.End].Tag == language.ProperNoun || m.First > 0 && a.Tokens[m.First-1].Tag == language.ProperNoun
}

// namesAudience reports whether a match ends where a part of the
// statement's audience ends, on the noun that names whom it serves: "the
// next generation" of farmers is people, while "a next generation hive"
// is a claim about a thing.
func namesAudience(s *lint.Statement, m lint.Match) bool {
	// Or it is followed by "of" and the audience: "the next generation of
	// Tallow babies".
	after := -1
	if words, norms := s.Words(), s.Norms(); m.End+1 < len(words) && norms[m.End] == "of" {
		after = words[m.End+1].Span.Start.Offset
	}
	for _, a := range s.Analysis.Components.Audience {
		if a.Span.End.Offset == m.Span.End.Offset && a.Span.Start.Offset <= m.Span.Start.Offset {
			return true
		}
		if after >= 0 && a.Span.Start.Offset == after {
			return true
		}
	}
	return false
}
