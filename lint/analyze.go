package lint

import (
	"strings"

	"github.com/vmlint/vmlint/lint/lexicon"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// analyze splits a statement into sentences and words and computes its
// counts, readability and components, once, for every rule to read.
func (p *parseState) analyze(s *Statement) {
	text := s.Prose.Text
	words := tokenize.Words(text)
	slab := make([]Word, len(words)) // one allocation for every word
	k := 0
	for _, sentence := range tokenize.Sentences(text, words, p.lex) {
		first, last := sentence[0], sentence[len(sentence)-1]
		end := tokenize.SentenceEnd(text, last.End)
		sn := &Sentence{Text: text[first.Start:end], Span: p.proseRange(s.Prose, first.Start, end), Words: make([]*Word, 0, len(sentence))}
		for _, w := range sentence {
			raw := text[w.Start:w.End]
			norm := tokenize.Normalize(raw)
			slab[k] = Word{
				Text: raw, Norm: norm, Span: p.proseRange(s.Prose, w.Start, w.End),
				Syllables: syllables(norm), start: w.Start, end: w.End,
			}
			sn.Words = append(sn.Words, &slab[k])
			k++
		}
		s.Sentences = append(s.Sentences, sn)
	}
	s.words = make([]*Word, 0, len(words))
	s.norms = make([]string, 0, len(words))
	s.masks = make([]uint64, 0, len(words))
	s.lex = p.lex
	for _, sn := range s.Sentences {
		for _, w := range sn.Words {
			s.words = append(s.words, w)
			s.norms = append(s.norms, w.Norm)
			s.masks = append(s.masks, p.lex.Mask(w.Norm))
		}
	}
	a := &s.Analysis
	a.Sentences = len(s.Sentences)
	for _, sn := range s.Sentences {
		a.Words += len(sn.Words)
		for _, w := range sn.Words {
			a.Syllables += w.Syllables
		}
	}
	if a.Words > 0 && a.Sentences > 0 {
		wps := float64(a.Words) / float64(a.Sentences)
		spw := float64(a.Syllables) / float64(a.Words)
		a.FleschReadingEase = round1(206.835 - 1.015*wps - 84.6*spw)
		a.FleschKincaidGrade = round1(0.39*wps + 11.8*spw - 15.59)
	}
	c := &componentFinder{s: s, p: p, lex: p.lex}
	c.run()
}

// plural returns the regular plural of a singular noun ("reader" →
// "readers", "family" → "families").
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "s"):
		return w
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func round1(f float64) float64 {
	if f < 0 {
		return -round1(-f)
	}
	return float64(int64(f*10+0.5)) / 10
}

// proseRange is the file span of prose bytes [start, end).
func (p *parseState) proseRange(pr *Prose, start, end int) Span {
	if p.cursor.li.src == nil {
		p.cursor.li = p.doc.lines
	}
	s := p.cursor.at(pr.SourceStart(start))
	return Span{Start: s, End: p.cursor.at(pr.SourceEnd(end))}
}

// componentFinder finds the components of one statement with the lexicons
// and a few phrase patterns over its normalised words.
type componentFinder struct {
	s     *Statement
	p     *parseState
	lex   *lexicon.Lexicons
	words []*Word
	norms []string
	masks []uint64
	first []bool // first[i]: word i starts a sentence
}

func (c *componentFinder) run() {
	c.words, c.norms, c.masks = c.s.words, c.s.norms, c.s.masks
	c.first = make([]bool, len(c.words))
	k := 0
	for _, sn := range c.s.Sentences {
		c.first[k] = true
		k += len(sn.Words)
	}
	comp := &c.s.Analysis.Components
	comp.Audience = c.audience()
	comp.Value = c.value()
	comp.Strategy = c.strategy()
	comp.Future = c.future()
	comp.Differentiation = c.matches("differentiation", c.differs)
	comp.Purpose = c.matches("purpose", nil)
}

func (c *componentFinder) at(i int) string {
	if i >= 0 && i < len(c.norms) {
		return c.norms[i]
	}
	return ""
}

// component returns the component of words [i, j).
func (c *componentFinder) component(i, j int, specific bool) Component {
	pr := c.s.Prose
	start, end := c.words[i].start, c.words[j-1].end
	return Component{Text: pr.Text[start:end], Span: c.p.proseRange(pr, start, end), Specific: specific}
}

// matches returns a component for every match of the named list, keeping
// those that accept (when accept is not nil) approves.
func (c *componentFinder) matches(list string, accept func(i, n int) bool) []Component {
	set := c.lex.Get(list)
	var out []Component
	for i := 0; i < len(c.norms); i++ {
		n := set.MatchMasked(c.norms, c.masks, i)
		if n == 0 || accept != nil && !accept(i, n) {
			continue
		}
		out = append(out, c.component(i, i+n, false))
		i += n - 1
	}
	return out
}

// audience finds who the statement serves. A word from the specific list
// ("pharmacists", "small businesses") is specific; one from the generic
// list ("people", "customers") is generic unless a qualifier makes it
// definite: a word before it ("young people", "independent retailers") or a
// phrase after it ("users of the Zcash protocol", but not "people of all ages"
// or "customers around the world").
func (c *componentFinder) audience() []Component {
	specific, generic := c.lex.Get("audience-specific"), c.lex.Get("audience-generic")
	qualifier, notAfter := c.lex.Get("audience-qualifier"), c.lex.Get("audience-not-after")
	var out []Component
	for i := 0; i < len(c.norms); i++ {
		start := i
		for start > 0 && !c.first[start] && qualifier.Has(c.norms[start-1]) {
			start--
		}
		if n := specific.MatchMasked(c.norms, c.masks, i); n > 0 || c.everyOne(i) && specific.Has(plural(c.norms[i])) {
			n = max(n, 1)
			out = append(out, c.component(start, i+n, true))
			i += n - 1
			continue
		}
		n := generic.MatchMasked(c.norms, c.masks, i)
		if n == 0 {
			if end := c.servedGroup(i); end > i {
				out = append(out, c.component(start, end, true))
				i = end - 1
			}
			continue
		}
		end := i + n
		word := c.norms[end-1]
		switch {
		case notAfter.Has(c.at(end)) || notAfter.Has(c.at(i-1)):
			i = end - 1
			continue // "the world's leading …", "into the world"
		case word == "all" && !(c.at(i-1) == "for" || c.at(i-1) == "to" || c.at(i-1) == "serve" || c.at(i-1) == "help" || c.at(i-1) == "helping"):
			continue
		case word == "life" && c.at(i-1) == "of":
			continue // "quality of life" is a value, not an audience
		}
		definite := start < i
		// A phrase after it can make it definite: "users of the Zcash
		// protocol", "people who code"; not "people of all ages".
		if q := c.at(end); (q == "of" || q == "who" || q == "that") && end < len(c.first) && !c.first[end] {
			next, after := c.at(end+1), c.at(end+2)
			vague := next == "" || next == "all" || next == "every" || next == "the" && after == "world"
			if !vague {
				definite = true
				end = c.phraseEnd(end, 3)
			}
		}
		out = append(out, c.component(start, end, definite))
		i = end - 1
	}
	return out
}

// servedGroup recognises a group the lists do not know by where it stands:
// a plural noun phrase right after "help", "enable", "empower" or "serve"
// ("help independent weavers sell …"). It returns the end of the phrase,
// or i when there is none.
func (c *componentFinder) servedGroup(i int) int {
	switch c.at(i - 1) {
	case "help", "helps", "helping", "enable", "enables", "enabling", "empower", "empowers", "empowering", "serve", "serves", "serving":
	default:
		return i
	}
	stop := c.lex.Get("stopword")
	for end := i; end < len(c.norms) && end < i+3 && (end == i || !c.first[end]); end++ {
		w := c.norms[end]
		if stop.Has(w) || strings.HasSuffix(w, "ing") || strings.Contains(c.gapBefore(end), ",") && end > i {
			return i
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") {
			return end + 1
		}
	}
	return i
}

// everyOne reports whether the word at i is a singular noun counted one by
// one: "every reader", "each small-town reader", "no family".
func (c *componentFinder) everyOne(i int) bool {
	for k := i - 1; k >= i-2 && k >= 0; k-- {
		switch c.norms[k] {
		case "every", "each", "any", "no":
			return true
		}
	}
	return false
}

// value finds a benefit or outcome: a benefit verb ("save", "enable",
// "live") or an outcome word ("healthier", "access to", "for the benefit of").
func (c *componentFinder) value() []Component {
	verbs, outcomes := c.lex.Get("benefit-verb"), c.lex.Get("benefit-outcome")
	var out []Component
	for i := 0; i < len(c.norms); i++ {
		n := max(verbs.MatchMasked(c.norms, c.masks, i), outcomes.MatchMasked(c.norms, c.masks, i))
		if n == 0 {
			continue
		}
		out = append(out, c.component(i, i+n, false))
		i += n - 1
	}
	return out
}

// strategy finds the means or the concrete activity: a means clause ("by
// partnering", "through open research", "using …"), a concrete verb in verb
// position with a concrete object ("build open tools", not "create a better
// future"), or an abstract verb made concrete by an activity noun
// ("accelerate the development of …").
func (c *componentFinder) strategy() []Component {
	means, actions := c.lex.Get("means-marker"), c.lex.Get("action-verb")
	nouns, abstract, abstractObj := c.lex.Get("action-noun"), c.lex.Get("abstract-verb"), c.lex.Get("abstract-object")
	var out []Component
	for i := 0; i < len(c.norms); i++ {
		end := 0
		switch n := actions.MatchMasked(c.norms, c.masks, i); {
		case means.MatchMasked(c.norms, c.masks, i) > 0 && c.meansClause(i, means.MatchMasked(c.norms, c.masks, i)):
			end = c.phraseEnd(i+means.MatchMasked(c.norms, c.masks, i), 5)
		case n > 0 && c.verbPosition(i) && !c.othersAction(i) && !c.objectIs(abstractObj, i+n, 3):
			end = c.phraseEnd(i+n, 4)
		case nouns.MatchMasked(c.norms, c.masks, i) > 0 && (c.first[i] || abstract.MatchMasked(c.norms, c.masks, c.skipArticle(i-1, -1)) > 0):
			end = c.phraseEnd(i+1, 3)
		default:
			continue
		}
		out = append(out, c.component(i, end, false))
		i = end - 1 // a means clause holds its verb: report it once
	}
	return out
}

// meansClause reports whether the means marker at i with n words opens a
// means clause: "by" needs a gerund or an activity noun after it ("by
// design", not "by 2030"), and "through the power of" is no means.
func (c *componentFinder) meansClause(i, n int) bool {
	next := c.at(i + n)
	switch c.norms[i] {
	case "by":
		return n > 1 || strings.HasSuffix(next, "ing") || c.lex.Get("action-noun").Has(next) || next == "design"
	case "through":
		return next != "" && !(c.at(i+2) == "power" || next == "time" || next == "the" && c.at(i+2) == "years")
	}
	return next != ""
}

// verbPosition reports whether word i reads as a verb: at a sentence start,
// after "to", "we", "will", "and" or "by", or as an "-s" or "-ing" form not
// after an article or preposition ("providing", but not "in teaching").
func (c *componentFinder) verbPosition(i int) bool {
	if c.first[i] {
		return true
	}
	switch c.at(i - 1) {
	case "to", "we", "will", "and", "or", "by", "also", "shall", "can", "who", "that", "which", "must":
		return true
	case "the", "a", "an", "in", "of", "for", "its", "our", "their", "his", "her", "with", "at", "on", "from", "into", "as", "this", "these", "your":
		return false
	}
	w := c.norms[i]
	if strings.HasSuffix(w, "ing") {
		// A gerund after a comma ("…, offering …") acts; after a noun
		// ("fitness tracking app") it describes.
		return strings.Contains(c.gapBefore(i), ",")
	}
	return strings.HasSuffix(w, "s")
}

// gapBefore returns the prose between word i-1 and word i.
func (c *componentFinder) gapBefore(i int) string {
	if i <= 0 || i >= len(c.words) {
		return ""
	}
	return c.s.Prose.Text[c.words[i-1].end:c.words[i].start]
}

// othersAction reports whether the verb at i is someone else's ("customers
// want to invest in …"): "to" after "want", "need", "able" and the like.
func (c *componentFinder) othersAction(i int) bool {
	if c.at(i-1) != "to" {
		return false
	}
	switch c.at(i - 2) {
	case "want", "wants", "need", "needs", "able", "love", "like", "choose", "free", "them":
		return true
	}
	return false
}

// objectIs reports whether one of the words [i, i+n) belongs to set.
func (c *componentFinder) objectIs(set *lexicon.Set, i, n int) bool {
	for k := i; k < i+n && k < len(c.norms); k++ {
		if k > i && c.first[k] {
			break
		}
		if set.MatchMasked(c.norms, c.masks, k) > 0 {
			return true
		}
	}
	return false
}

// skipArticle steps from i in direction dir over "the", "a" and "an".
func (c *componentFinder) skipArticle(i, dir int) int {
	for c.at(i) == "the" || c.at(i) == "a" || c.at(i) == "an" {
		i += dir
	}
	return i
}

// phraseEnd returns the end of a phrase that starts at i and runs up to n
// words, stopping at a sentence start.
func (c *componentFinder) phraseEnd(i, n int) int {
	end := i
	for end < len(c.norms) && end < i+n && !c.first[end] {
		end++
	}
	return max(end, min(i, len(c.norms)))
}

// future finds future-state wording: the future list ("will", "a world
// where", "envision"), "be" or "being" before a state ("to be the …",
// "being the …", but not "be productive"), and a target year ("by 2030").
func (c *componentFinder) future() []Component {
	set, states := c.lex.Get("future"), c.lex.Get("state-article")
	var out []Component
	for i := 0; i < len(c.norms); i++ {
		w := c.norms[i]
		switch {
		case w == "be" || w == "being":
			if next := c.at(i + 1); states.Has(next) || strings.HasSuffix(next, "'s") {
				out = append(out, c.component(i, min(i+2, len(c.norms)), false))
			}
			continue
		case (w == "by" || w == "until" || w == "in") && isYear(c.at(i+1)):
			out = append(out, c.component(i, i+2, false))
			i++
			continue
		}
		if n := set.MatchMasked(c.norms, c.masks, i); n > 0 {
			out = append(out, c.component(i, i+n, false))
			i += n - 1
		}
	}
	return out
}

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "20") || strings.HasPrefix(w, "21")) && tokenize.IsNumber(w)
}

// differs accepts a differentiation cue; "than" only after a comparative
// ("faster than", "more than").
func (c *componentFinder) differs(i, n int) bool {
	if c.norms[i] != "than" || n > 1 {
		return true
	}
	prev := c.at(i - 1)
	if (prev == "more" || prev == "less" || prev == "fewer") && isQuantity(c.at(i+1)) {
		return false // "more than ten minutes" counts, it does not compare
	}
	return strings.HasSuffix(prev, "er") || prev == "more" || prev == "less" || prev == "fewer"
}

// isQuantity reports whether w is a number, in digits or in words.
func isQuantity(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "half",
		"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen":
		return true
	}
	return tokenize.IsNumber(w)
}
