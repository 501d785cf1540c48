package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// headingClass is what a heading (or a front matter title) says about the
// section under it.
type headingClass int

const (
	headingOther     headingClass = iota // says nothing about statements
	headingNames                         // names one or more kinds: "## Vision", "## Vision & Mission"
	headingStatement                     // is itself a statement: "## Our vision is to …"
	headingExplains                      // asks or explains: "What is a vision?", "How to write a mission"
)

// headingInfo classifies one heading.
type headingInfo struct {
	class headingClass
	kinds []Kind
	// body is where the statement starts in the heading's prose, for
	// headingStatement ("Vision: a world where …" starts after the label).
	body int
}

// proseTokens returns the words of text with their normalised forms.
func proseTokens(text string) ([]textRange, []string) {
	words := splitWords(text)
	norms := make([]string, len(words))
	for i, w := range words {
		norms[i] = normalize(text[w.start:w.end])
	}
	return words, norms
}

// classifyHeading classifies a heading's text. lenient allows one free word
// before the kind ("Backstage Vision"), as document titles have.
func classifyHeading(text string, lenient bool, lex *lexicon.Lexicons) headingInfo {
	words, norms := proseTokens(text)
	// Drop leading numbering: "1.", "2.3", "IV.".
	for len(norms) > 0 && (isNumber(norms[0]) || isRoman(norms[0]) && len(norms) > 1) {
		words, norms = words[1:], norms[1:]
	}
	if len(norms) == 0 {
		return headingInfo{}
	}
	if strings.Contains(text, "?") {
		return headingInfo{class: headingExplains}
	}
	if kind, _, ok := statementCue(text, words, norms); ok {
		return headingInfo{class: headingStatement, kinds: []Kind{kind}, body: words[0].start}
	}
	// "Vision: a world where …" is a statement; "Mission: Acme" names the kind.
	if sep, after := labelSeparator(text, words); sep > 0 {
		if kinds, ok := matchKindPhrase(norms[:sep], lenient, lex); ok {
			if len(words)-sep >= 4 && len(kinds) == 1 && !titleCase(text, words[sep:]) {
				return headingInfo{class: headingStatement, kinds: kinds, body: after}
			}
			return headingInfo{class: headingNames, kinds: kinds}
		}
	}
	if kinds, ok := matchKindPhrase(norms, lenient, lex); ok {
		return headingInfo{class: headingNames, kinds: kinds}
	}
	if lex.Get("heading-explains").Match(norms, 0) > 0 {
		return headingInfo{class: headingExplains}
	}
	return headingInfo{}
}

// titleCase reports whether every word starts with a capital letter or a
// digit, as a name does ("Super Simple Software Factory") and a sentence
// does not.
func titleCase(text string, words []textRange) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(text[w.start:])
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// labelSeparator finds a label's end among the first words of text: a colon,
// or a dash with space around it ("Vision — …", "Mission - …"). It returns
// the number of words before it and the byte offset where the text after it
// starts, or 0 when there is none.
func labelSeparator(text string, words []textRange) (int, int) {
	for k := 0; k < len(words) && k < 6; k++ {
		end := len(text)
		if k+1 < len(words) {
			end = words[k+1].start
		}
		gap := text[words[k].end:end]
		if i := strings.IndexAny(gap, ":—–"); i >= 0 || strings.Contains(gap, " - ") || strings.Contains(gap, " -- ") {
			if strings.ContainsAny(gap, ".!?") {
				return 0, 0
			}
			return k + 1, end
		}
		if strings.TrimSpace(gap) != "" && !isQuoteOrEmphasis(gap) {
			return 0, 0 // other punctuation: not a label
		}
	}
	return 0, 0
}

func isQuoteOrEmphasis(s string) bool {
	return strings.Trim(s, " \t*_\"'“”‘’&,") == ""
}

// matchKindPhrase reports whether every word names a kind, a prefix
// ("product", "our"), a possessive ("Acme's"), a companion ("values",
// "and") or "statement", with at least one kind; it returns the kinds.
func matchKindPhrase(norms []string, lenient bool, lex *lexicon.Lexicons) ([]Kind, bool) {
	if len(norms) == 1 && norms[0] == "why" {
		return []Kind{Mission}, true
	}
	visions, missions := lex.Get("heading-vision"), lex.Get("heading-mission")
	prefix, companion, notVision := lex.Get("heading-prefix"), lex.Get("heading-companion"), lex.Get("heading-not-vision")
	var kinds []Kind
	add := func(k Kind) {
		for _, have := range kinds {
			if have == k {
				return
			}
		}
		kinds = append(kinds, k)
	}
	free := lenient
	for i := 0; i < len(norms); {
		if n := visions.Match(norms, i); n > 0 && !(norms[i] == "why" && len(norms) > 1) {
			if i > 0 && notVision.Has(norms[i-1]) {
				return nil, false
			}
			add(Vision)
			i += n
			continue
		}
		if n := missions.Match(norms, i); n > 0 && !(norms[i] == "why" && n == 1) {
			add(Mission)
			i += n
			continue
		}
		if n := prefix.Match(norms, i); n > 0 {
			i += n
			continue
		}
		if n := companion.Match(norms, i); n > 0 && i > 0 {
			i += n
			continue
		}
		if strings.HasSuffix(norms[i], "'s") || strings.HasSuffix(norms[i], "s'") {
			i++
			continue
		}
		if free && i == 0 && len(norms) > 1 && !notVision.Has(norms[0]) {
			free = false
			i++
			continue
		}
		return nil, false
	}
	return kinds, len(kinds) > 0
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' {
			return false
		}
	}
	return true
}

func isRoman(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	return strings.Trim(s, "ivx") == "" && s != "i"
}

// statementCue finds a sentence that says what it states: "Our mission is
// to …", "Acme's vision is a world …", "It is Acme's mission to …", "the
// mission to bring …", "We envision …", "We exist to …". It returns the kind
// and the index of the first word after the cue.
func statementCue(text string, words []textRange, norms []string) (Kind, int, bool) {
	at := func(i int) string {
		if i >= 0 && i < len(norms) {
			return norms[i]
		}
		return ""
	}
	gapAfter := func(i int) string {
		if i+1 < len(words) {
			return text[words[i].end:words[i+1].start]
		}
		if i < len(words) {
			return text[words[i].end:]
		}
		return ""
	}
	lowerAt := func(i int) bool {
		if i >= len(words) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(text[words[i].start:])
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
