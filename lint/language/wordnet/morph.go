package wordnet

import "strings"

// Base returns the entry of the base form of word (lower case) as the
// part of speech, as WordNet's morphy finds it: an irregular form from the
// exception lists ("children" → "child", "went" → "go"), the word itself
// when it is a lemma, or the word less a regular ending ("clubs" → "club",
// "lending" → "lend", "safer" → "safe"), including a doubled final
// consonant ("shipped" → "ship"), which morphy leaves to its lists.
func Base(word string, pos POS) (Entry, bool) {
	if bases, ok := exceptionBases(word, pos); ok {
		for bases != "" {
			var b string
			b, bases, _ = strings.Cut(bases, ",")
			if e, ok := Lookup(b); ok && e.Has(pos) {
				return e, true
			}
		}
	}
	if e, ok := Lookup(word); ok && e.Has(pos) {
		return e, true
	}
	for _, r := range detachments[pos] {
		stem, ok := strings.CutSuffix(word, r.suffix)
		if !ok || stem == "" {
			continue
		}
		if e, ok := lookupAs(stem, r.ending, pos); ok {
			return e, true
		}
		if r.undouble && len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && isConsonant(stem[len(stem)-1]) {
			if e, ok := lookupAs(stem[:len(stem)-1], "", pos); ok {
				return e, true
			}
		}
	}
	return Entry{}, false
}

// Irregular reports whether word is an irregular inflected form of some
// lemma as the part of speech ("children", "went", "better").
func Irregular(word string, pos POS) bool {
	_, ok := exceptionBases(word, pos)
	return ok
}

func lookupAs(stem, ending string, pos POS) (Entry, bool) {
	w := stem
	if ending != "" {
		w = stem + ending
	}
	if e, ok := Lookup(w); ok && e.Has(pos) {
		return e, true
	}
	return Entry{}, false
}

// exceptionBases returns the base forms the exception list gives word as
// the part of speech, separated by commas.
func exceptionBases(word string, pos POS) (string, bool) {
	line, ok := find(exceptionTable, &exceptionIndex, word)
	if !ok {
		return "", false
	}
	for line != "" {
		var field string
		field, line, _ = strings.Cut(line, " ")
		if len(field) > 2 && field[0] == byte(pos) && field[1] == ':' {
			return field[2:], true
		}
	}
	return "", false
}

func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c))
}

// detachment is one of morphy's rules: a suffix to remove and an ending to
// put in its place.
type detachment struct {
	suffix, ending string
	undouble       bool // also try the stem less a doubled consonant
}

// detachments are morphy's rules of detachment by part of speech, in its
// order, and for nouns one more: the irregular plural of "child" at the end
// of a compound, as morphy's "men" is ("schoolchildren"; WordNet lists
// "children" itself among its exceptions).
var detachments = map[POS][]detachment{
	Noun: {{"s", "", false}, {"ses", "s", false}, {"xes", "x", false}, {"zes", "z", false}, {"ches", "ch", false},
		{"shes", "sh", false}, {"men", "man", false}, {"ies", "y", false}, {"children", "child", false}},
	Verb: {{"s", "", false}, {"ies", "y", false}, {"es", "e", false}, {"es", "", false}, {"ed", "e", false},
		{"ed", "", true}, {"ing", "e", false}, {"ing", "", true}},
	Adjective: {{"er", "", true}, {"est", "", true}, {"er", "e", false}, {"est", "e", false}},
}
