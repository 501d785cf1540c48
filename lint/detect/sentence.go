package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vmlint/vmlint/lint/tokenize"
	"github.com/yuin/goldmark/ast"
)

// sentences finds sentences that say what they state ("Our mission is to
// …") in blocks no other form has taken, outside sections that explain how
// to write statements, and skips repeats of a statement already found. It
// looks only at the blocks the labels pass found a cue word in.
func (d *detector) sentences() {
	for _, n := range d.cuedBlocks {
		if d.used[n] || d.explained[topOf(n)] {
			continue
		}
		text := d.text(n)
		words := tokenize.Words(text)
		for _, sentence := range tokenize.Sentences(text, words, d.lex) {
			start, end := sentence[0].Start, tokenize.SentenceEnd(text, sentence[len(sentence)-1].End)
			s := text[start:end]
			if !cueIn(d.vocab.cues, s) {
				continue // most sentences of a block hold no cue word
			}
			sw, sn := tokens(s)
			kind, from, ok := statementCue(s, sw, sn)
			if !ok || from >= len(sn) || d.repeats(sn[from:]) {
				continue
			}
			d.used[n] = true
			d.claim(kind, FormSentence, "", []ast.Node{n}, start, end, nil)
		}
	}
}

// repeats reports whether the words (at least four) already stand in a
// statement found before, or hold all of one.
func (d *detector) repeats(norms []string) bool {
	for ; d.indexed < len(d.result.Claims); d.indexed++ {
		_, words := tokens(d.claimText(d.result.Claims[d.indexed]))
		d.known.add(words)
	}
	return d.known.repeats(norms)
}

// statementCue finds a sentence that says what it states: "Our mission is
// to …", "Acme's vision is a world …", "It is Acme's mission to …", "the
// mission to bring …", "We envision …", "We exist to …". It returns the kind
// and the index of the first word after the cue.
func statementCue(text string, words []tokenize.Range, norms []string) (Kind, int, bool) {
	at := func(i int) string {
		if i >= 0 && i < len(norms) {
			return norms[i]
		}
		return ""
	}
	gapAfter := func(i int) string {
		if i+1 < len(words) {
			return text[words[i].End:words[i+1].Start]
		}
		if i < len(words) {
			return text[words[i].End:]
		}
		return ""
	}
	lowerAt := func(i int) bool {
		if i >= len(words) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(text[words[i].Start:])
		return unicode.IsLower(r)
	}
	for i := range norms {
		var kind Kind
		switch {
		case norms[i] == "vision" || norms[i] == "dream" && at(i-1) == "our":
			kind = Vision
		case norms[i] == "mission" || norms[i] == "purpose":
			kind = Mission
		}
		if kind != "" {
			j := i + 1
			if at(j) == "statement" {
				j++
			}
			if at(j) == "of" { // "The vision of Acme is to …"
				for k := j + 1; k < j+6 && k < len(norms); k++ {
					if norms[k] == "is" {
						j = k
						break
					}
				}
			}
			owner := at(i - 1)
			if owner == "core" || owner == "primary" || owner == "main" || owner == "overall" || owner == "long-term" || owner == "product" || owner == "stated" || owner == "ultimate" {
				owner = at(i - 2)
			}
			owned := owner == "our" || owner == "the" || owner == "its" || owner == "their" || owner == "my" || owner == "his" || owner == "her" || strings.HasSuffix(owner, "'s") || strings.HasSuffix(owner, "s'")
			// "Our mission is to …", "Acme's vision is a world where …"
			if owned && (at(j) == "is" || at(j) == "was") {
				next := at(j + 1)
				colon := strings.Contains(gapAfter(j), ":")
				switch {
				case colon, next == "to", next == "simple" || next == "clear" || next == "twofold":
					return kind, j + 1, true
				case kind == Vision && (next == "a" || next == "an" || next == "of" || next == "that" || next == "for" || next == "where" || next == "one" || next == "simple" || next == "to"):
					return kind, j + 1, true
				}
			}
			// "It is Acme's mission to …", "the mission to bring …", "with the mission to build …"
			if at(j) == "to" && lowerAt(j+1) && (owned || owner == "a" || owner == "with") && at(j+1) != "the" && at(j+1) != "a" && at(j+1) != "be" {
				if kind == Mission || owner != "a" {
					return kind, j, true
				}
			}
			continue
		}
		switch {
		case norms[i] == "we" && (at(i+1) == "envision" || at(i+1) == "imagine" || at(i+1) == "dream" && at(i+2) == "of"):
			return Vision, i + 2, true
		case i == 0 && norms[i] == "imagine" && (at(i+1) == "a" || at(i+1) == "the") && (at(i+2) == "world" || at(i+2) == "future" || at(i+2) == "day"):
			return Vision, i, true
		case norms[i] == "we" && at(i+1) == "exist" && at(i+2) == "to":
			return Mission, i + 3, true
		case norms[i] == "exists" && at(i+1) == "to" && i > 0 && i <= 3 && !lowerAt(i-1) && !lowerAt(0) && !isCommonSubject(norms[0]):
			return Mission, i + 2, true
		}
	}
	return "", 0, false
}

// isCommonSubject reports whether w is a sentence-initial word that is not
// a name ("This flag exists to …").
func isCommonSubject(w string) bool {
	switch w {
	case "this", "that", "it", "the", "there", "these", "those", "each", "every", "a", "an":
		return true
	}
	return false
}
