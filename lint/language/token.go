package language

import (
	"strings"

	"github.com/vmlint/vmlint/lint/language/wordnet"
)

// Tag is a token's part of speech in its sentence.
type Tag uint8

// The parts of speech the tagger gives.
const (
	// Other is punctuation-like residue and symbols.
	Other Tag = iota
	// Noun is a common noun ("farmer", "boats").
	Noun
	// ProperNoun is a name ("Harbour Tools", "Mali").
	ProperNoun
	// Pronoun is a personal or indefinite pronoun ("we", "them", "everyone").
	Pronoun
	// Verb is a verb, auxiliaries included ("lend", "is", "has").
	Verb
	// Modal is a modal auxiliary ("will", "can").
	Modal
	// Adjective is an adjective ("quiet", "rural").
	Adjective
	// Adverb is an adverb ("quickly", "never").
	Adverb
	// Determiner is an article, quantifier or possessive ("the", "every", "our").
	Determiner
	// Preposition is a preposition ("for", "through").
	Preposition
	// Conjunction joins like with like ("and", "or").
	Conjunction
	// Subordinator opens a clause ("because", "so", "where", "who", "that").
	Subordinator
	// Particle is the "to" of an infinitive, or "not".
	Particle
	// Number is a numeral ("2030", "three").
	Number
)

var tagNames = [...]string{"X", "NOUN", "PROPN", "PRON", "VERB", "MODAL", "ADJ", "ADV", "DET", "PREP", "CONJ", "SCONJ", "PART", "NUM"}

// String returns the tag's short name ("NOUN").
func (t Tag) String() string {
	if int(t) < len(tagNames) {
		return tagNames[t]
	}
	return "?"
}

// Form is a token's inflection, as bits.
type Form uint8

// The inflections the tagger tells apart.
const (
	// Plural marks a plural noun ("boats").
	Plural Form = 1 << iota
	// Possessive marks a noun with "'s" or "s'" ("the world's").
	Possessive
	// ThirdPerson marks a verb's present-tense "-s" form ("lends").
	ThirdPerson
	// Past marks a past-tense or past-participle form ("lent", "closed").
	Past
	// Ing marks an "-ing" form ("lending").
	Ing
	// Capitalised marks a token written with a capital letter.
	Capitalised
	// Suspended marks a word whose hyphen stands for the last part of the
	// compound after "and" or "or" ("full-" in "full- and part-time").
	Suspended
)

// Token is one word of a sentence with what the tagger knows of it.
type Token struct {
	// Text is the word as written.
	Text string
	// Norm is the word in lower case with typographic apostrophes made
	// plain.
	Norm string
	// Lemma is the word's base form for its tag ("boat" for "boats",
	// "lend" for "lending"), without a possessive ending.
	Lemma string
	// Tag is its part of speech in this sentence.
	Tag Tag
	// Form is its inflection.
	Form Form
	// Start and End are its byte offsets in the analysed text.
	Start, End int

	gap    gap           // the punctuation between this token and the next
	entry  wordnet.Entry // WordNet's entry for Lemma, when it has one
	known  bool          // WordNet or the closed classes know the word
	closed class         // its closed classes (words.txt)
	opens  class         // the classes of the entries of several words that open with it (wordsOpens)
	cands  *candidates   // what it could be, before context decides (shared, read only)
}

// Is reports whether the token has all the bits of f.
func (t *Token) Is(f Form) bool { return t.Form&f == f }

// Known reports whether WordNet or the closed word classes know the word.
func (t *Token) Known() bool { return t.known }

// NamesStatement reports whether the word names a statement of aims
// ("mission", "vision", "ambition", "goal"): never someone served.
func (t *Token) NamesStatement() bool { return t.closed&clStatementWord != 0 }

// Senses returns the semantic class letters of the token's senses as its
// tag's part of speech (see package wordnet), most frequent first.
func (t *Token) Senses() string {
	switch t.Tag {
	case Noun:
		return t.entry.Senses(wordnet.Noun)
	case Verb:
		return t.entry.Senses(wordnet.Verb)
	case Adjective:
		return t.entry.Senses(wordnet.Adjective)
	}
	return ""
}

// candidates is how likely each open class is for a word out of context,
// from WordNet's frequencies (0 when the word cannot be one).
type candidates struct {
	noun, verb, adj, adv float64
	nounLemma, verbLemma string
	nounEntry, verbEntry wordnet.Entry
	adjEntry             wordnet.Entry
	plural               bool // the noun reading is plural
	verbForm             Form // the verb reading's inflection
	// startsPhrase and verbStartsPhrase say whether WordNet holds an entry
	// of several words that opens with the word ("hearing aid") or with
	// its verb reading's lemma ("look after"): pairs that cannot be there
	// are not looked up.
	startsPhrase, verbStartsPhrase bool
	// baseToo says that a verb reading in the past ("lay", "found", "saw")
	// is also a verb's base form of its own ("to lay track").
	baseToo bool
	// byGerund says that a joined word read as a modifier ends in a
	// verb's "-ing" ("bulk-buying"), which after "by" may be the means
	// (verbLemma and verbEntry then hold the joined verb).
	byGerund bool
}

// gap is the punctuation between a token and the next, as bits.
type gap uint8

const (
	gapComma gap = 1 << iota
	gapColon     // a colon, or a dash that sets off what follows
	gapSemicolon
	gapParen
	gapQuote
	gapAnd        // "&" between words: a conjunction
	gapPossessive // an apostrophe right after the word: "patients' lives"
	gapDash       // a dash, with gapColon: one of a pair sets off an aside ("visitors – young and old – see …")
)

// gapClause marks punctuation that ends a clause.
const gapClause = gapColon | gapSemicolon

// readGap classifies the text between two words.
func readGap(text string) gap {
	var g gap
	if strings.HasPrefix(text, "'") || strings.HasPrefix(text, "’") {
		g |= gapPossessive
	}
	if strings.Contains(text, " - ") || strings.Contains(text, "--") {
		g |= gapColon | gapDash // a dash typed as hyphens: "Inkwell - your corner print shop"
	}
	for _, r := range text {
		switch r {
		case ',':
			g |= gapComma
		case ':':
			g |= gapColon
		case '—', '–':
			g |= gapColon | gapDash
		case ';':
			g |= gapSemicolon
		case '(', ')', '[', ']':
			g |= gapParen
		case '"', '“', '”':
			g |= gapQuote
		case '&', '+':
			g |= gapAnd
		}
	}
	return g
}
