package rules

import (
	"fmt"
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// quoteAll quotes each match's text and joins them with commas.
func quoteAll(ms []lint.Match) string {
	q := make([]string, len(ms))
	for i, m := range ms {
		q[i] = fmt.Sprintf("%q", m.Text)
	}
	return strings.Join(q, ", ")
}

// contentWords returns the statement's words that carry content (not
// stop words), reduced to a crude stem so "families" meets "family".
func contentWords(s *lint.Statement, stop interface{ Has(string) bool }) map[string]bool {
	out := map[string]bool{}
	for _, n := range s.Norms() {
		if stop.Has(n) || len(n) < 3 {
			continue
		}
		out[stem(n)] = true
	}
	return out
}

// stem strips common English plural and verb endings.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	for _, suf := range []string{"ies", "ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			if suf == "ies" {
				return w[:len(w)-3] + "y"
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// reportWords reports every match of the named word list in the statements
// the rule applies to, with a message made from the matched text.
func reportWords(p *lint.Pass, list, format string) {
	reportWordsExcept(p, list, format, nil)
}

// reportWordsExcept is reportWords less the matches skip reports (all of
// them when skip is nil).
func reportWordsExcept(p *lint.Pass, list, format string, skip func(*lint.Statement, lint.Match) bool) {
	set := p.Lexicon(list)
	for _, s := range p.Statements() {
		for _, m := range s.Find(set) {
			if skip == nil || !skip(s, m) {
				p.Reportf(s, m.Span, format, m.Text)
			}
		}
	}
}
