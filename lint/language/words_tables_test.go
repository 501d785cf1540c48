package language

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint/internal/generated"
	"github.com/vmlint/vmlint/lint/internal/hashtable"
)

var update = flag.Bool("update", false, "rewrite words_tables.go from words.txt")

// sectionClass maps the sections of words.txt to their classes: a section
// the map lacks fails the generator, so a new class cannot go unlisted.
var sectionClass = map[string]class{
	"distributive": clDistributive, "determiner": clDeterminer, "possessive": clPossessive, "self": clSelf,
	"pronoun": clPronoun, "everyone": clEveryone, "preposition": clPreposition, "conjunction": clConjunction,
	"subordinator": clSubordinator, "relative": clRelative, "modal": clModal, "future-modal": clFutureModal,
	"be": clBe, "have": clHave, "do": clDo, "negation": clNegation, "future-adverb": clFutureAdverb,
	"number": clNumber, "result": clResult, "vague-modifier": clVagueModifier, "ditransitive": clDitransitive,
	"causative": clCausative, "picture-head": clPictureHead, "topic-noun": clTopicNoun,
	"self-head": clSelfHead, "linking": clLinking, "instrumental": clInstrumental, "statement-word": clStatementWord, "copula": clCopula, "giving": clGiving, "plural-noun": clPluralNoun, "removal": clRemoval, "locative": clLocative, "not-served": clNotServed,
	"subject-pronoun": clSubjectPronoun, "object-pronoun": clObjectPronoun, "gerund-preposition": clGerundPreposition,
	"verb-particle": clVerbParticle, "possession-noun": clPossessionNoun, "desire": clDesire,
	"receiving": clReceiving, "provisioning": clProvisioning, "picturing": clPicturing, "bare-infinitive": clBareInfinitive, "manner-noun": clMannerNoun, "made-thing": clMadeThing, "influence-noun": clInfluenceNoun, "served-role": clServedRole, "addressee": clAddressee, "sharing": clSharing, "supplying": clSupplying, "participle-complement": clParticipleComplement, "present-time": clPresentTime, "light-verb": clLightVerb, "price-noun": clPriceNoun, "position-verb": clPositionVerb, "clause-verb": clClauseVerb, "undertaking": clUndertaking, "anaphoric-one": clAnaphoricOne, "adverb-phrase": clAdverbPhrase, "protecting": clProtecting, "concessive": clConcessive, "running-participle": clRunningParticiple, "gerund-object": clGerundObject,
}

// readWordsTxt reads words.txt as it is in the source tree: the classes
// of each single word, and each class's entries of several words, in the
// file's order.
func readWordsTxt(tb testing.TB) (map[string]class, []wordPhrase) {
	tb.Helper()
	src, err := os.ReadFile("words.txt")
	if err != nil {
		tb.Fatal(err)
	}
	single := map[string]class{}
	var phrases []wordPhrase
	var current class
	for n, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			c, ok := sectionClass[strings.Trim(line, "[]")]
			if !ok {
				tb.Fatalf("words.txt:%d: unknown section %s", n+1, line)
			}
			current = c
		case current == 0:
			tb.Fatalf("words.txt:%d: a word before any section", n+1)
		case strings.Contains(line, " "):
			phrases = append(phrases, wordPhrase{current, strings.Fields(line)})
		default:
			single[line] |= current
		}
	}
	return single, phrases
}

// TestWordTablesMatchWordsTxt regenerates words_tables.go from words.txt
// and fails when the checked-in file differs: a change to the word classes
// must come with its tables (go generate ./lint/language writes them).
func TestWordTablesMatchWordsTxt(t *testing.T) {
	single, phrases := readWordsTxt(t)
	generated.Check(t, "words_tables.go", generateWordTables(t, single, phrases), *update, "go generate ./lint/language")
}

// TestWordTablesAnswerAsWordsTxt checks every word and phrase of words.txt
// through the functions that read the tables.
func TestWordTablesAnswerAsWordsTxt(t *testing.T) {
	single, phrases := readWordsTxt(t)
	for w, c := range single {
		if got := classesOf(w); got != c {
			t.Errorf("classesOf(%q) = %b, want %b", w, got, c)
		}
	}
	if got := classesOf("no-such-word"); got != 0 {
		t.Errorf("classesOf of an unknown word = %b, want 0", got)
	}
	for _, p := range phrases {
		if got := wordClasses(p.words[0]).opens; got&p.class == 0 {
			t.Errorf("wordClasses(%q).opens = %b, lacks %b", p.words[0], got, p.class)
		}
		toks := make([]Token, len(p.words)+1)
		for i, w := range p.words {
			toks[i+1] = Token{Text: w, Norm: w}
			lexical(&toks[i+1])
		}
		if got := phraseAt(toks, 1, p.class); got != len(p.words) {
			t.Errorf("phraseAt(%q, class %b) = %d, want %d", p.words, p.class, got, len(p.words))
		}
	}
}

// generateWordTables writes words_tables.go.
func generateWordTables(tb testing.TB, single map[string]class, phrases []wordPhrase) []byte {
	tb.Helper()
	// A word that opens an entry of several words is listed too, if need
	// be with no class, so that one look-up gives both (see wordsOpens).
	opens := map[string]class{}
	for _, p := range phrases {
		opens[p.words[0]] |= p.class
	}
	words := make([]string, 0, len(single))
	for w := range single {
		words = append(words, w)
	}
	for w := range opens {
		if _, ok := single[w]; !ok {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	var b bytes.Buffer
	b.WriteString("// Code generated from words.txt by TestWordTablesMatchWordsTxt; DO NOT EDIT.\n")
	b.WriteString("// Regenerate with: go generate ./lint/language\n\npackage language\n\n")
	b.WriteString("// wordsList are the single words of words.txt and the first words of its\n// entries of several words, sorted.\nvar wordsList = [...]string{\n")
	for _, w := range words {
		fmt.Fprintf(&b, "%q,\n", w)
	}
	b.WriteString("}\n\n// wordsClasses are the classes of each of wordsList.\nvar wordsClasses = [...]class{\n")
	for _, w := range words {
		fmt.Fprintf(&b, "%#x, // %s\n", uint64(single[w]), w)
	}
	b.WriteString("}\n\n// wordsOpens are, for each of wordsList, the classes of the entries of\n// several words that open with it.\nvar wordsOpens = [len(wordsList)]class{\n")
	for i, w := range words {
		if opens[w] != 0 {
			fmt.Fprintf(&b, "%d: %#x, // %s\n", i, uint64(opens[w]), w)
		}
	}
	b.WriteString("}\n\n// wordsSlots is a hash table over wordsList: index+1, or 0.\n")
	b.WriteString(hashtable.Source("wordsSlots", hashtable.Slots(words)))
	b.WriteString("\n// wordsPhrases are the entries of several words, in the order of words.txt.\nvar wordsPhrases = [...]wordPhrase{\n")
	for _, p := range phrases {
		quoted := make([]string, len(p.words))
		for i, w := range p.words {
			quoted[i] = fmt.Sprintf("%q", w)
		}
		fmt.Fprintf(&b, "{%#x, []string{%s}},\n", uint64(p.class), strings.Join(quoted, ", "))
	}
	b.WriteString("}\n")
	out, err := format.Source(b.Bytes())
	if err != nil {
		tb.Fatal(err)
	}
	return out
}
