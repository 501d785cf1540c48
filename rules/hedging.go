package rules

import (
	"slices"
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// Hedging reports words that weaken the statement's commitment.
var Hedging = &lint.Rule{
	Name: "hedging",
	Doc: `report hedges that weaken the commitment

A statement is a commitment. "May", "strive to", "where possible" and "we
believe" tell the reader the team is not sure it means it. In a mission,
"will" is a commitment, not a hedge.

What counts: a hedge that weakens the organisation's own words, or the
picture a vision paints ("every keeper might …"). Not reported: a verb of
trying or wanting in someone else's clause ("farmers who want to trade"),
a modal in a clause of purpose or one that describes a noun ("so that
every child may learn", "anything they might need"), a noun ("our plan
to"), a contrast ("rather than"), a word that grades a noun phrase
("largely rural communities") and a verb's manner ("pay growers fairly").`,
	Good:     "We train 500 nurses a year.",
	Bad:      "We strive to possibly help some clinics where possible.",
	Hint:     "commit: say what you do or will do",
	Severity: lint.Warning,
	Applies:  lint.AppliesBoth,
	Lexicons: []string{"hedge"},
	// "strive to" and "aim to" hedge; that their verb is weak is the same fault.
	Supersedes: []string{"weak-verbs"},
	Run:        runHedging,
}

func runHedging(p *lint.Pass) {
	set := p.Lexicon("hedge")
	for _, s := range p.Statements() {
		a := s.Language()
		for _, m := range s.Find(set) {
			if a != nil && a.Words() == len(s.Words()) && !a.Weakens(m.First, m.End) {
				continue
			}
			if span, ok := removableHedge(p.Doc, s, m); ok {
				p.ReportReplacef(s, span, "", "%q hedges", m.Text)
				continue
			}
			p.Reportf(s, m.Span, "%q hedges", m.Text)
		}
	}
}

// Hedges whose removal leaves the sentence whole: a verb that takes a
// bare infinitive after it ("we try to help" is "we help"), or an adverb
// between two words ("we will possibly help").
var (
	removableVerbHedges = []string{
		"try to", "attempt to", "aim to", "strive to", "seek to", "endeavor to", "endeavour to",
		"hope to", "intend to", "plan to", "want to", "wish to",
	}
	removableAdverbs = []string{"possibly", "potentially", "perhaps", "hopefully", "arguably"}
	// Words after which a verb hedge is a verb (not "our plan to"), and
	// whose verb stays right once the hedge goes.
	beforeVerbHedge = []string{
		"we", "i", "you", "they", "who", "we'll", "i'll", "you'll", "they'll",
		"to", "will", "shall", "can", "must", "should", "also", "always",
	}
	subjects = []string{"we", "i", "you", "they", "who"}
)

// removableHedge reports whether removing the hedge m leaves a sentence
// that reads right, and returns the span to remove: the hedge and the one
// blank after it. The hedge must stand between two words of its sentence
// with a single space on each side and no markup in it; a verb hedge must
// follow a subject, "to" or a modal, and not leave "we be".
func removableHedge(doc *lint.Document, s *lint.Statement, m lint.Match) (lint.Span, bool) {
	norms, words := s.Norms(), s.Words()
	hedge := strings.Join(norms[m.First:m.End], " ")
	verb := slices.Contains(removableVerbHedges, hedge)
	if !verb && !slices.Contains(removableAdverbs, hedge) || m.First == 0 || m.End >= len(words) {
		return lint.Span{}, false
	}
	prev, next := words[m.First-1], words[m.End]
	src := doc.Source
	if string(src[prev.Span.End.Offset:m.Span.Start.Offset]) != " " || string(src[m.Span.End.Offset:next.Span.Start.Offset]) != " " ||
		!plainSource(doc, m) {
		return lint.Span{}, false
	}
	if verb {
		before := norms[m.First-1]
		if !slices.Contains(beforeVerbHedge, before) || slices.Contains(subjects, before) && norms[m.End] == "be" {
			return lint.Span{}, false
		}
	}
	return doc.Span(m.Span.Start.Offset, next.Span.Start.Offset), true
}
