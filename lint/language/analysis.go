package language

import (
	"strings"
	"unicode/utf8"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// Word is one word of the input: its byte offsets in the text, and its
// normalised form (lower case, plain apostrophes and hyphens) when the
// caller has it; Analyze lower-cases the word itself when Norm is empty.
type Word struct {
	Start, End int
	Norm       string
}

// Sentence is one sentence of the analysis: its tokens, noun phrases and
// clauses.
type Sentence struct {
	// First and End delimit its tokens in Analysis.Tokens.
	First, End int
	// Phrases are its noun phrases in order.
	Phrases []Phrase
	// Clauses are its verbs with their roles, in order.
	Clauses []Clause
}

// Analysis is what the language layer makes of one statement.
type Analysis struct {
	// Text is the statement's text.
	Text string
	// Tokens are its words, in order: one per input word, except that a
	// pronoun's contraction is two ("we're": "we" and "'re").
	Tokens []Token
	// Sentences are its sentences.
	Sentences []Sentence
	// Components are what it contains, with how sure the analysis is.
	// Their parts count input words, not tokens.
	Components Components

	words int // input words
	// wordToken[w] is the first token of input word w, and its last entry
	// len(Tokens); tokenWord[t] is the input word of token t. Both are nil
	// while every word is one token.
	wordToken, tokenWord []int
}

// Words returns the number of input words.
func (a *Analysis) Words() int { return a.words }

// Analyze tags, chunks and parses a statement given as its text and its
// words grouped in sentences, then finds its components. The word lists
// are the lexicons in force (benefit words, means markers, the generic
// audience nouns…); the grammar words are the package's own.
func Analyze(text string, sentences [][]Word, lex *lexicon.Lexicons) *Analysis {
	n := 0
	for _, s := range sentences {
		n += len(s)
	}
	a := &Analysis{Text: text, Tokens: make([]Token, 0, n), Sentences: make([]Sentence, 0, len(sentences))}
	for _, words := range sentences {
		for len(words) > maxSentence {
			// A "sentence" this long is no prose a reader parses (a long
			// line with no stops); parse it in windows so the work stays
			// linear in its length.
			a.addSentence(text, words[:maxSentence])
			words = words[maxSentence:]
		}
		a.addSentence(text, words)
	}
	for si := range a.Sentences {
		s := &a.Sentences[si]
		toks := a.Tokens[s.First:s.End]
		tag(toks)
		s.Phrases = chunk(a.Tokens, s.First, s.End)
		inPhrase := make([]bool, s.End-s.First)
		for _, p := range s.Phrases {
			for k := p.First; k < p.End; k++ {
				inPhrase[k-s.First] = true
			}
		}
		s.Clauses = verbGroups(a.Tokens, s.First, s.End, inPhrase)
		roles(s, a.Tokens, si == 0)
	}
	f := finder{a: a, lex: lex, lists: listsOf(lex)}
	f.run()
	a.partsToWords()
	return a
}

// partsToWords turns the components' token indexes into input words'.
func (a *Analysis) partsToWords() {
	if a.tokenWord == nil {
		return
	}
	for k := range a.Components.parts {
		for i := range a.Components.parts[k] {
			p := &a.Components.parts[k][i]
			p.First, p.End = a.tokenWord[p.First], a.tokenWord[p.End-1]+1
		}
	}
}

// tokensOf returns the tokens of input words [first, end).
func (a *Analysis) tokensOf(first, end int) (int, int) {
	if a.wordToken == nil {
		return first, end
	}
	return a.wordToken[first], a.wordToken[end]
}

// maxSentence is the most tokens the parse takes as one sentence.
const maxSentence = 128

// addSentence appends a sentence's tokens.
func (a *Analysis) addSentence(text string, words []Word) {
	first := len(a.Tokens)
	for k, w := range words {
		if k+1 < len(words) && enumerator(text, words, k) {
			// "Our purpose: 1) sell wholefoods; 2) pay fair wages": the
			// marker numbers an item and is no word of it; the punctuation
			// around it stays between the words on either side.
			a.splitWords()
			if len(a.Tokens) > first {
				a.Tokens[len(a.Tokens)-1].gap |= readGap(text[w.End:words[k+1].Start])
			}
			a.words++
			a.wordToken = append(a.wordToken[:a.words], len(a.Tokens))
			continue
		}
		norm := w.Norm
		if norm == "" {
			norm = normalize(text[w.Start:w.End])
		}
		t := Token{Text: text[w.Start:w.End], Norm: norm, Start: w.Start, End: w.End}
		if k+1 < len(words) {
			t.gap = readGap(text[w.End:words[k+1].Start])
			if suspendedHyphen(text[w.End:words[k+1].Start]) {
				t.Form |= Suspended
			}
		}
		if base, clitic, ok := contraction(t); ok {
			a.splitWords()
			a.Tokens = append(a.Tokens, base, clitic)
			a.tokenWord = append(a.tokenWord, a.words, a.words)
		} else {
			a.Tokens = append(a.Tokens, t)
			if a.tokenWord != nil {
				a.tokenWord = append(a.tokenWord, a.words)
			}
		}
		a.words++
		if a.wordToken != nil {
			a.wordToken = append(a.wordToken[:a.words], len(a.Tokens))
		}
	}
	a.Sentences = append(a.Sentences, Sentence{First: first, End: len(a.Tokens)})
}

// enumerator reports whether word k marks an item of a list written
// inside a sentence: a number of one or two digits, a single letter or a
// small roman numeral, with ")" straight after it ("1)", "(b)", "iii)"),
// opening the sentence or after a colon, a semicolon or a comma.
func enumerator(text string, words []Word, k int) bool {
	w := words[k]
	if w.End >= len(text) || text[w.End] != ')' || w.End-w.Start > 4 {
		return false
	}
	if k > 0 && !strings.ContainsAny(text[words[k-1].End:w.Start], ":;,") {
		return false
	}
	mark := text[w.Start:w.End]
	switch {
	case len(mark) == 1 && (mark[0] >= 'a' && mark[0] <= 'z' || mark[0] >= 'A' && mark[0] <= 'Z'):
		return true
	case strings.Trim(mark, "0123456789") == "" && len(mark) <= 2:
		return true
	}
	return strings.Trim(mark, "ivx") == ""
}

// splitWords starts the maps between tokens and input words, before the
// first word that is two tokens.
func (a *Analysis) splitWords() {
	if a.tokenWord != nil {
		return
	}
	a.tokenWord = make([]int, len(a.Tokens), cap(a.Tokens)+4)
	a.wordToken = make([]int, len(a.Tokens)+1, cap(a.Tokens)+5)
	for i := range a.Tokens {
		a.tokenWord[i], a.wordToken[i] = i, i
	}
	a.wordToken[len(a.Tokens)] = len(a.Tokens)
}

// contraction splits a pronoun and the auxiliary it contracts ("we're",
// "they'll", "it's", "I'm") into two tokens, as words.txt lists the
// auxiliaries ("'re" is a form of "be"). A noun's "'s" is its possessive
// and stays.
func contraction(t Token) (base, clitic Token, ok bool) {
	i := strings.LastIndexByte(t.Norm, '\'')
	if i <= 0 {
		return t, t, false
	}
	pronoun, aux := t.Norm[:i], t.Norm[i:]
	switch aux {
	case "'re", "'ve", "'ll", "'m", "'d":
		ok = is(pronoun, clSubjectPronoun) || pronoun == "that" || pronoun == "there" || pronoun == "who"
	case "'s":
		switch pronoun {
		case "it", "that", "there", "here", "what", "who", "he", "she", "where":
			ok = true
		}
	}
	if !ok {
		return t, t, false
	}
	cut := len(t.Text) - len(aux) // the apostrophe may be a typographic one, longer in bytes
	if j := strings.LastIndexAny(t.Text, "'’"); j > 0 {
		cut = j
	}
	base = Token{Text: t.Text[:cut], Norm: pronoun, Start: t.Start, End: t.Start + cut}
	clitic = Token{Text: t.Text[cut:], Norm: aux, Start: t.Start + cut, End: t.End, gap: t.gap}
	return base, clitic, true
}

// normalize lower-cases a word and makes typographic apostrophes and
// hyphens plain.
func normalize(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 || w[i] >= 'A' && w[i] <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	return normReplacer.Replace(strings.ToLower(w))
}

var normReplacer = strings.NewReplacer("’", "'", "‘", "'", "‐", "-", "‑", "-")

// suspendedHyphen reports whether the text between two words is a hyphen
// and a space ("wind- and water-tight"): the first word's compound is
// finished by the last part of the next.
func suspendedHyphen(between string) bool {
	r, size := utf8.DecodeRuneInString(between)
	if r != '-' && r != '‐' && r != '‑' {
		return false
	}
	rest := between[size:]
	return strings.HasPrefix(rest, " ") && strings.TrimSpace(rest) == ""
}
