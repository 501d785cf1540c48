package language

import (
	"strings"

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
	// Tokens are its words, in order, one per input word.
	Tokens []Token
	// Sentences are its sentences.
	Sentences []Sentence
	// Components are what it contains, with how sure the analysis is.
	Components Components
}

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
	f := finder{a: a, lex: lex}
	f.run()
	return a
}

// maxSentence is the most tokens the parse takes as one sentence.
const maxSentence = 128

// addSentence appends a sentence's tokens.
func (a *Analysis) addSentence(text string, words []Word) {
	first := len(a.Tokens)
	for k, w := range words {
		norm := w.Norm
		if norm == "" {
			norm = normalize(text[w.Start:w.End])
		}
		t := Token{Text: text[w.Start:w.End], Norm: norm, Start: w.Start, End: w.End}
		if k+1 < len(words) {
			t.gap = readGap(text[w.End:words[k+1].Start])
		}
		a.Tokens = append(a.Tokens, t)
	}
	a.Sentences = append(a.Sentences, Sentence{First: first, End: len(a.Tokens)})
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
