package language

import "github.com/vmlint/vmlint/lint/internal/hashtable"

//go:generate go test -run TestWordTablesMatchWordsTxt -update .

// class is one closed class of words.txt, as a bit.
type class uint64

// The sections of words.txt.
const (
	clDistributive class = 1 << iota
	clDeterminer
	clPossessive
	clSelf
	clPronoun
	clEveryone
	clPreposition
	clConjunction
	clSubordinator
	clRelative
	clModal
	clFutureModal
	clBe
	clHave
	clDo
	clNegation
	clFutureAdverb
	clNumber
	clResult
	clVagueModifier
	clDitransitive
	clCausative
	clPictureHead
	clTopicNoun
	clSelfHead
	clLinking
	clInstrumental
	clStatementWord
	clCopula
	clGiving
	clPluralNoun
	clRemoval
	clLocative
	clNotServed
	clSubjectPronoun
	clObjectPronoun
	clGerundPreposition
	clVerbParticle
	clPossessionNoun
	clDesire
	clReceiving
	clProvisioning
	clPicturing
	clBareInfinitive
	clMannerNoun
	clMadeThing
	clInfluenceNoun
	clServedRole
	clAddressee
	clSharing
	clParticipleComplement
	clPresentTime
	clLightVerb
	clPriceNoun
	clPositionVerb
	clClauseVerb
	clUndertaking
	clAnaphoricOne
	clAdverbPhrase
	clProtecting
	clConcessive
	clRunningParticiple
	clSupplying
	clGerundObject
)

// grammarClasses are the classes of function words; the others in
// words.txt are content words with a grammatical role.
const grammarClasses = clDistributive | clDeterminer | clPossessive | clPronoun | clEveryone | clPreposition |
	clConjunction | clSubordinator | clRelative | clModal | clBe | clHave | clDo | clNegation | clNumber | clVerbParticle

// Each section of words.txt is one class; the generator's test names
// them (sectionClass in words_tables_test.go), so the binary holds no
// table of section names.

// words.txt is not read when vmlint starts: words_tables.go, generated
// from it, holds each single word with its classes (wordsList, wordsClasses,
// and wordsSlots, a hash table over them: see package hashtable), the
// entries of several words (wordsPhrases), and for each single word the
// classes of the entries that open with it (wordsOpens).

// wordPhrase is an entry of several words in a class of words.txt.
type wordPhrase struct {
	class class
	words []string
}

// classesOf returns the classes of words.txt a single word (lower case) is
// in.
func classesOf(norm string) class { return wordClasses(norm).closed }

// wordClassSet is what words.txt says of a single word: the classes it is
// in, and the classes of the entries of several words that open with it.
type wordClassSet struct{ closed, opens class }

// wordClasses returns what words.txt says of a single word (lower case),
// with one look-up.
func wordClasses(norm string) wordClassSet {
	if i := hashtable.Index(wordsList[:], wordsSlots[:], norm); i >= 0 {
		return wordClassSet{wordsClasses[i], wordsOpens[i]}
	}
	return wordClassSet{}
}

// is reports whether the word (lower case) is in one of the classes.
func is(norm string, c class) bool { return classesOf(norm)&c != 0 }

// phraseAt returns the length in tokens of the longest phrase of class c
// (single words included) that starts at token i, or 0.
func phraseAt(toks []Token, i int, c class) int {
	if i >= len(toks) {
		return 0
	}
	best := 0
	if toks[i].closed&c != 0 {
		best = 1
	}
	if toks[i].opens&c == 0 { // no entry of class c opens with this word
		return best
	}
	for _, wp := range wordsPhrases {
		p := wp.words
		if wp.class != c || len(p) <= best || i+len(p) > len(toks) {
			continue
		}
		ok := true
		for k, w := range p {
			if toks[i+k].Norm != w {
				ok = false
				break
			}
		}
		if ok {
			best = len(p)
		}
	}
	return best
}
