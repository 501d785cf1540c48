package wordnet

import (
	"strconv"
	"strings"

	"github.com/vmlint/vmlint/lint/language/wordnet/internal/bucket"
)

// POS is a WordNet part of speech.
type POS byte

// The parts of speech WordNet holds, by the letters its files use.
const (
	Noun      POS = 'n'
	Verb      POS = 'v'
	Adjective POS = 'a'
	Adverb    POS = 'r'
)

// Class is the semantic class of one sense: WordNet's lexicographer file
// (its "supersense"), one letter a class. Noun, verb and adjective classes
// are separate sets that share letters.
type Class byte

// Noun classes.
const (
	NounTops          Class = 'T'
	NounAct           Class = 'a' // acts, actions, services ("repair", "care")
	NounAnimal        Class = 'A'
	NounArtifact      Class = 'r' // things people make ("boat", "map")
	NounAttribute     Class = 't'
	NounBody          Class = 'b'
	NounCognition     Class = 'c'
	NounCommunication Class = 'm' // messages, texts, software
	NounEvent         Class = 'e'
	NounFeeling       Class = 'f'
	NounFood          Class = 'F'
	NounGroup         Class = 'g' // groups of things ("fleet", "ecosystem")
	// NounSocialGroup is a group of people: an organisation, a family, a
	// team, a people ("council", "club", "crew"). WordNet files it with
	// other groups; the tables set it apart because it can be served.
	NounSocialGroup Class = 'G'
	NounLocation    Class = 'l'
	NounMotive      Class = 'M'
	NounObject      Class = 'o' // natural objects
	NounPerson      Class = 'p'
	NounPhenomenon  Class = 'h'
	NounPlant       Class = 'P'
	NounPossession  Class = 's' // money, goods, loans
	NounProcess     Class = 'R'
	NounQuantity    Class = 'q'
	NounRelation    Class = 'L'
	NounShape       Class = 'S'
	NounState       Class = 'x'
	NounSubstance   Class = 'u'
	NounTime        Class = 'i'
	// NounEstablishment is an artifact that is a place of business or
	// work ("shop", "clinic", "farm"): WordNet files it with artifacts; the
	// tables set it apart because such a place stands for its people.
	NounEstablishment Class = 'E'
)

// Verb classes.
const (
	VerbBody          Class = 'b'
	VerbChange        Class = 'h'
	VerbCognition     Class = 'c'
	VerbCommunication Class = 'm'
	VerbCompetition   Class = 'k'
	VerbConsumption   Class = 'u'
	VerbContact       Class = 't'
	VerbCreation      Class = 'r'
	VerbEmotion       Class = 'e'
	VerbMotion        Class = 'o'
	VerbPerception    Class = 'p'
	VerbPossession    Class = 's'
	VerbSocial        Class = 'l'
	VerbStative       Class = 'x'
	VerbWeather       Class = 'w'
)

// Adjective classes.
const (
	AdjectiveHead        Class = 'a' // a head adjective ("good", "fast")
	AdjectiveSatellite   Class = 's' // a satellite of a head ("speedy")
	AdjectivePertainym   Class = 'p' // relating to a noun ("rural", "medical")
	AdjectiveParticipial Class = 'l' // from a verb's participle ("used")
	AdjectivePredicative Class = 'd' // only after a verb or its noun, never before a noun ("afloat", "asleep")
	AdverbAll            Class = 'r'
)

// Entry is what WordNet knows of one lemma.
type Entry struct {
	// Lemma is the word's base form, as WordNet writes it (lower case).
	Lemma  string
	senses string // the table line after the tab
}

// Lookup returns the entry of a lemma (lower case, base form): a single
// word, a verb and its particle separated by a space ("look after",
// "set up"), or a two-word noun whose likeliest sense is of another class
// than its last word's ("hearing aid", "armed forces"); false when the
// tables do not hold it.
func Lookup(lemma string) (Entry, bool) {
	line, ok := find(&lemmaLines, lemma)
	if !ok {
		return Entry{}, false
	}
	return Entry{Lemma: lemma, senses: line}, true
}

// Has reports whether the lemma has senses as the part of speech.
func (e Entry) Has(pos POS) bool {
	_, ok := e.part(pos)
	return ok
}

// Freq returns how often the lemma occurs as the part of speech in
// WordNet's sense-tagged texts (0 when rare or absent).
func (e Entry) Freq(pos POS) int {
	p, ok := e.part(pos)
	if !ok {
		return 0
	}
	n, _, _ := strings.Cut(p[1:strings.IndexByte(p, ':')], "/")
	f, _ := strconv.Atoi(n)
	return f
}

// Tagged returns how many of the lemma's senses as the part of speech,
// from the first, WordNet's sense-tagged texts hold: the senses after
// them were never seen there ("page" was seen only as a page of a book,
// not as a page boy). For a part of speech other than nouns, and for a
// noun seen in all its senses or in none, it is the number of senses.
func (e Entry) Tagged(pos POS) int {
	p, ok := e.part(pos)
	if !ok {
		return 0
	}
	colon := strings.IndexByte(p, ':')
	if _, k, ok := strings.Cut(p[1:colon], "/"); ok {
		n, _ := strconv.Atoi(k)
		return n
	}
	return len(p) - colon - 1
}

// Senses returns the class of each sense of the lemma as the part of
// speech, most frequent first, as a string of Class letters.
func (e Entry) Senses(pos POS) string {
	p, ok := e.part(pos)
	if !ok {
		return ""
	}
	return p[strings.IndexByte(p, ':')+1:]
}

// First returns the class of the lemma's most frequent sense as the part
// of speech, or 0.
func (e Entry) First(pos POS) Class {
	if s := e.Senses(pos); s != "" {
		return Class(s[0])
	}
	return 0
}

// Any reports whether some sense of the lemma as the part of speech is of
// one of the classes.
func (e Entry) Any(pos POS, classes ...Class) bool {
	s := e.Senses(pos)
	for i := 0; i < len(s); i++ {
		for _, c := range classes {
			if Class(s[i]) == c {
				return true
			}
		}
	}
	return false
}

// Share returns the fraction of the lemma's senses as the part of speech
// that are of one of the classes, weighting the first sense double (it is
// the most frequent).
func (e Entry) Share(pos POS, classes ...Class) float64 {
	s := e.Senses(pos)
	if s == "" {
		return 0
	}
	total, hit := 0, 0
	for i := 0; i < len(s); i++ {
		w := 1
		if i == 0 {
			w = 2
		}
		total += w
		for _, c := range classes {
			if Class(s[i]) == c {
				hit += w
				break
			}
		}
	}
	return float64(hit) / float64(total)
}

// objectField is the letter of the table's field that gives a verb's
// share of uses with a direct object ("o5").
const objectField POS = 'o'

// ObjectShare returns the per cent of the lemma's uses as a verb in
// WordNet's sense-tagged texts whose sense takes a direct object, by its
// sentence frames ("make": 100, "run": 20, "care": 5, "come": 1: one
// cares for someone, about something), and false when the texts never
// tagged it as a verb.
func (e Entry) ObjectShare() (int, bool) {
	p, ok := e.part(objectField)
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(p[1:])
	return n, err == nil
}

// part returns the table's field for pos ("n12:rp"), if the lemma has one.
func (e Entry) part(pos POS) (string, bool) {
	s := e.senses
	for s != "" {
		field, rest, _ := strings.Cut(s, " ")
		if field[0] == byte(pos) {
			return field, true
		}
		s = rest
	}
	return "", false
}

// lines is a generated table: sorted lines of a key, a tab and what the
// tables hold for the key, with the index of where each bucket of keys
// starts (see package bucket).
type lines struct {
	text  string
	index []uint32
	depth int
}

var (
	lemmaLines     = lines{lemmaTable, lemmaIndex[:], lemmaIndexDepth}
	exceptionLines = lines{exceptionTable, exceptionIndex[:], exceptionIndexDepth}
)

// find returns the text after the tab of the line of t whose key (the
// text before the tab) is key.
func find(t *lines, key string) (string, bool) {
	at, ok := search(t, key)
	if !ok {
		return "", false
	}
	line := t.text[at:]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	return line[strings.IndexByte(line, '\t')+1:], true
}

// search returns the offset of the line of t whose key is key, and true;
// or, when there is none, the offset where such a line would stand (the
// first line with a greater key, or the table's end) and false. It
// searches, by bisection, only the lines of key's bucket.
func search(t *lines, key string) (int, bool) {
	if key == "" {
		return 0, false
	}
	k := bucket.Of(key, t.depth)
	lo, hi := int(t.index[k]), int(t.index[k+1])
	table := t.text
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(table[lo:mid], '\n') + 1 + lo
		end := strings.IndexByte(table[start:], '\n')
		if end < 0 {
			end = len(table)
		} else {
			end += start
		}
		line := table[start:end]
		tab := strings.IndexByte(line, '\t')
		if tab < 0 {
			return lo, false // not a table line: the tables are generated without any
		}
		switch c := strings.Compare(line[:tab], key); {
		case c == 0:
			return start, true
		case c < 0:
			lo = end + 1
		default:
			hi = start
		}
	}
	return lo, false
}

// StartsPhrase reports whether the tables hold an entry of several words
// whose first word is first ("hearing" of "hearing aid", "look" of "look
// after"), so that a caller can skip looking up pairs that cannot be
// there.
func StartsPhrase(first string) bool {
	if first == "" {
		return false
	}
	at, found := search(&lemmaLines, first)
	if found {
		at += strings.IndexByte(lemmaTable[at:], '\n') + 1
	}
	return opensPhraseAt(at, first)
}

// opensPhraseAt reports whether the line of the lemma table at offset at
// is an entry of several words that opens with first: such entries sort
// right after first's own line, or where it would stand ("hearing", then
// "hearing aid").
func opensPhraseAt(at int, first string) bool {
	rest := lemmaTable[min(at, len(lemmaTable)):]
	return len(rest) > len(first) && rest[len(first)] == ' ' && rest[:len(first)] == first
}
