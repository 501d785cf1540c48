package wordnet

import "strings"

// Base returns the entry of the base form of word (lower case) as the
// part of speech, as WordNet's morphy finds it: an irregular form from the
// exception lists ("children" → "child", "went" → "go"), the word itself
// when it is a lemma, or the word less a regular ending ("clubs" → "club",
// "lending" → "lend", "safer" → "safe"), including a doubled final
// consonant ("shipped" → "ship"), which morphy leaves to its lists.
func Base(word string, pos POS) (Entry, bool) {
	exceptions, _ := find(&exceptionLines, word)
	return baseOf(Lookup, word, exceptions, pos)
}

// detached returns the entry of word less one of morphy's endings for the
// part of speech ("clubs" → "club"), or false.
func detached(look func(string) (Entry, bool), word string, pos POS) (Entry, bool) {
	for _, r := range detachments[pos] {
		stem, ok := strings.CutSuffix(word, r.suffix)
		if !ok || stem == "" {
			continue
		}
		if e, ok := lookupAs(look, stem, r.ending, pos); ok {
			return e, true
		}
		if r.undouble && len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && isConsonant(stem[len(stem)-1]) {
			if e, ok := lookupAs(look, stem[:len(stem)-1], "", pos); ok {
				return e, true
			}
		}
	}
	return Entry{}, false
}

// Forms is what the tables hold for one written word, read with one look-up
// of the word, one of the exception lists and one of each stem its
// endings leave, however many parts of speech ask for it.
type Forms struct {
	entry       Entry
	found       bool
	phraseAfter bool
	bases       [3]Entry // by readPOS
	hasBase     [3]bool
}

// readPOS are the parts of speech Read finds base forms for.
var readPOS = [3]POS{Noun, Verb, Adjective}

// Read looks a word up (lower case) for all the questions Lookup, Base (for
// nouns, verbs and adjectives) and StartsPhrase answer one at a time.
func Read(word string) Forms {
	var f Forms
	if word == "" {
		return f
	}
	at, found := search(&lemmaLines, word)
	next := at
	if found {
		line := lemmaTable[at:]
		nl := strings.IndexByte(line, '\n')
		if nl < 0 {
			nl = len(line)
		}
		f.entry, f.found = Entry{Lemma: word, senses: line[strings.IndexByte(line[:nl], '\t')+1 : nl]}, true
		next = at + nl + 1
	}
	f.phraseAfter = opensPhraseAt(next, word)
	// Stems tried for one part of speech are often tried for another
	// ("growers": "grower" as a noun, then as a verb): each is looked up once.
	type looked struct {
		key   string
		entry Entry
		ok    bool
	}
	var memo [8]looked
	n := 0
	look := func(w string) (Entry, bool) {
		if w == word {
			return f.entry, f.found
		}
		for _, m := range memo[:n] {
			if m.key == w {
				return m.entry, m.ok
			}
		}
		e, ok := Lookup(w)
		if n < len(memo) {
			memo[n] = looked{w, e, ok}
			n++
		}
		return e, ok
	}
	exceptions, _ := find(&exceptionLines, word)
	for i, pos := range readPOS {
		f.bases[i], f.hasBase[i] = baseOf(look, word, exceptions, pos)
	}
	return f
}

// baseOf is Base with the word's exception-list line already read and the
// look-ups made through look.
//
// A word the exception list names for the part of speech is settled by
// it, as in WordNet's own morphy: the rules of detachment are not tried,
// so "owner", which the list maps to itself as an adjective, is no
// comparative of "own".
func baseOf(look func(string) (Entry, bool), word, exceptions string, pos POS) (Entry, bool) {
	listed := false
	for line := exceptions; line != ""; {
		var field string
		field, line, _ = strings.Cut(line, " ")
		if len(field) > 2 && field[0] == byte(pos) && field[1] == ':' {
			listed = true
			for bases := field[2:]; bases != ""; {
				var b string
				b, bases, _ = strings.Cut(bases, ",")
				if e, ok := look(b); ok && e.Has(pos) {
					return e, true
				}
			}
		}
	}
	if e, ok := look(word); ok && e.Has(pos) {
		return e, true
	}
	if listed {
		return Entry{}, false
	}
	return detached(look, word, pos)
}

// Lookup returns the word's own entry, as Lookup does.
func (f Forms) Lookup() (Entry, bool) { return f.entry, f.found }

// StartsPhrase reports what StartsPhrase reports for the word.
func (f Forms) StartsPhrase() bool { return f.phraseAfter }

// Base returns the entry of the word's base form as a noun, a verb or an
// adjective, as Base does; false for another part of speech.
func (f Forms) Base(pos POS) (Entry, bool) {
	for i, p := range readPOS {
		if p == pos {
			return f.bases[i], f.hasBase[i]
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

func lookupAs(look func(string) (Entry, bool), stem, ending string, pos POS) (Entry, bool) {
	w := stem
	if ending != "" {
		w = stem + ending
	}
	if e, ok := look(w); ok && e.Has(pos) {
		return e, true
	}
	return Entry{}, false
}

// exceptionBases returns the base forms the exception list gives word as
// the part of speech, separated by commas.
func exceptionBases(word string, pos POS) (string, bool) {
	line, ok := find(&exceptionLines, word)
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
