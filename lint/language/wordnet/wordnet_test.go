package wordnet

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint/language/wordnet/internal/wngen"
)

// TestTablesMatchWordNet regenerates the tables from the installed
// database and fails if the checked-in ones have drifted from it.
func TestTablesMatchWordNet(t *testing.T) {
	if _, err := os.Stat(filepath.Join(wngen.DefaultDir, "index.noun")); err != nil {
		if os.Getenv("VMLINT_REQUIRE_TOOLS") != "" {
			t.Fatalf("WordNet is not installed at %s (Debian: apt-get install wordnet-base)", wngen.DefaultDir)
		}
		t.Skipf("skipped: WordNet is not installed at %s (Debian: apt-get install wordnet-base)", wngen.DefaultDir)
	}
	want, err := wngen.Generate(wngen.DefaultDir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("tables.go has drifted from WordNet at %s: run go generate ./lint/language/wordnet", wngen.DefaultDir)
	}
}

func TestCapitalisedSensesDropped(t *testing.T) {
	for _, tc := range []struct {
		lemma, without, with string
	}{
		{"town", "p", "lG"}, // not Ithiel Town; the townspeople stay
		{"mass", "m", "q"},  // not the Mass
		{"ai", "", "G"},     // "AI" is written in capitals in text too
	} {
		e, ok := Lookup(tc.lemma)
		if !ok {
			t.Fatalf("Lookup(%q): not found", tc.lemma)
		}
		senses := e.Senses(Noun)
		missing := strings.IndexFunc(tc.with, func(r rune) bool { return !strings.ContainsRune(senses, r) }) >= 0
		if tc.without != "" && strings.ContainsAny(senses, tc.without) || missing {
			t.Errorf("%s: noun senses %q, want none of %q and all of %q", tc.lemma, senses, tc.without, tc.with)
		}
	}
}

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		lemma string
		pos   POS
		first Class
	}{
		{"farmer", Noun, NounPerson},
		{"sheepdog", Noun, NounAnimal},
		{"council", Noun, NounSocialGroup},
		{"ecosystem", Noun, NounGroup},
		{"boat", Noun, NounArtifact},
		{"lend", Verb, VerbPossession},
		{"build", Verb, VerbCreation},
		{"rural", Adjective, AdjectiveHead},
		{"medical", Adjective, AdjectivePertainym},
		// An adjective WordNet marks as used only after a verb ("afloat(p)").
		{"afloat", Adjective, AdjectivePredicative},
		{"asleep", Adjective, AdjectivePredicative},
		// A verb and its particle, as WordNet lists them.
		{"set up", Verb, VerbSocial},
		// A top concept takes the class of what lies below it ("animal",
		// "person"), where most of it shares one; "entity" does not.
		{"animal", Noun, NounAnimal},
		{"person", Noun, NounPerson},
		{"entity", Noun, NounTops},
		// A sense WordNet writes with a capital ("Moor", a person) is not
		// the lower-case word's.
		{"moor", Noun, NounObject},
		// A hyphenated word is found without its hyphen too, where that
		// spelling is no other word.
		{"offline", Adjective, AdjectiveHead},
		{"recover", Verb, VerbPossession},
	} {
		e, ok := Lookup(tc.lemma)
		if !ok {
			t.Errorf("Lookup(%q): not found", tc.lemma)
			continue
		}
		if got := e.First(tc.pos); got != tc.first {
			t.Errorf("%s as %c: first class %c, want %c (senses %q)", tc.lemma, tc.pos, got, tc.first, e.Senses(tc.pos))
		}
	}
	if e, _ := Lookup("pharmacy"); !e.Any(Noun, NounEstablishment) {
		t.Errorf("pharmacy has no place-of-business sense: %q", e.Senses(Noun))
	}
	if e, _ := Lookup("work"); e.Freq(Verb) == 0 || e.Freq(Noun) == 0 {
		t.Errorf("work: frequencies %d (noun), %d (verb), want both", e.Freq(Noun), e.Freq(Verb))
	}
	// How many senses, from the first, the tagged texts saw: "page" only
	// as a page of a book; "fan" as a machine and as both kinds of
	// enthusiast; a verb's count is its number of senses.
	for _, tc := range []struct {
		lemma  string
		pos    POS
		tagged int
	}{{"page", Noun, 1}, {"fan", Noun, 3}, {"lend", Verb, len(mustLookup(t, "lend").Senses(Verb))}} {
		e := mustLookup(t, tc.lemma)
		if got := e.Tagged(tc.pos); got != tc.tagged {
			t.Errorf("%s as %c: %d senses tagged, want %d (senses %q)", tc.lemma, tc.pos, got, tc.tagged, e.Senses(tc.pos))
		}
		if e.Freq(tc.pos) == 0 {
			t.Errorf("%s as %c: no frequency", tc.lemma, tc.pos)
		}
	}
	// Only particles that do not place: "live in" keeps its place.
	if _, ok := Lookup("live in"); ok {
		t.Error(`Lookup("live in") found a phrasal verb`)
	}
	for _, w := range []string{"", "zzzz", "\t", "a\tb", strings.Repeat("z", 100)} {
		if _, ok := Lookup(w); ok {
			t.Errorf("Lookup(%q) found something", w)
		}
	}
}

// TestLookupEveryLine checks the binary search against every line of the
// tables: each key is found, with its own line.
func TestLookupEveryLine(t *testing.T) {
	for _, tc := range []*lines{&lemmaLines, &exceptionLines} {
		table := tc.text
		prev := ""
		for _, line := range strings.Split(strings.TrimSuffix(table, "\n"), "\n") {
			key, rest, ok := strings.Cut(line, "\t")
			if !ok || key <= prev {
				t.Fatalf("line %q is out of order or has no tab", line)
			}
			prev = key
			if got, ok := find(tc, key); !ok || got != rest {
				t.Fatalf("find(%q) = %q, %v; want %q", key, got, ok, rest)
			}
			if _, ok := find(tc, key+"\x01"); ok {
				t.Fatalf("find(%q) found a key that is not there", key+"\x01")
			}
		}
	}
}

func TestBase(t *testing.T) {
	for _, tc := range []struct {
		word string
		pos  POS
		want string
	}{
		{"children", Noun, "child"},
		{"clubs", Noun, "club"},
		{"buses", Noun, "bus"},
		{"churches", Noun, "church"},
		{"families", Noun, "family"},
		{"makers", Noun, "maker"},
		{"fishermen", Noun, "fisherman"},
		{"schoolchildren", Noun, "schoolchild"},
		{"lending", Verb, "lend"},
		{"makes", Verb, "make"},
		{"studies", Verb, "study"},
		{"shipped", Verb, "ship"},
		{"running", Verb, "run"},
		{"went", Verb, "go"},
		{"closed", Verb, "close"},
		{"safer", Adjective, "safe"},
		{"bigger", Adjective, "big"},
		{"better", Adjective, "good"},
		{"news", Noun, "news"},
	} {
		e, ok := Base(tc.word, tc.pos)
		if !ok || e.Lemma != tc.want {
			t.Errorf("Base(%q, %c) = %q, %v; want %q", tc.word, tc.pos, e.Lemma, ok, tc.want)
		}
	}
	if _, ok := Base("blorfs", Noun); ok {
		t.Error("Base(blorfs) found a lemma")
	}
	// The exception list maps "owner" and "customer" to themselves as
	// adjectives: no comparative of "own" or "custom", as in WordNet's morphy.
	for _, w := range []string{"owner", "customer", "backer"} {
		if e, ok := Base(w, Adjective); ok {
			t.Errorf("Base(%q, adjective) = %q; want none", w, e.Lemma)
		}
	}
	if !Irregular("went", Verb) || Irregular("walked", Verb) {
		t.Error("Irregular: went is, walked is not")
	}
}

func BenchmarkBase(b *testing.B) {
	words := []string{"farmers", "lending", "the", "village", "schools", "quietly", "children", "reach"}
	for b.Loop() {
		for _, w := range words {
			Base(w, Noun)
			Base(w, Verb)
		}
	}
}

// TestCompounds checks that the tables hold a two-word noun only where it
// is of another class than its last word.
func TestCompounds(t *testing.T) {
	for _, tc := range []struct {
		lemma string
		first Class // 0: not held
	}{
		{"hearing aid", NounArtifact}, // "aid" is first an act
		{"armed forces", NounSocialGroup},
		{"smoke alarm", NounArtifact}, // "alarm" is first a feeling
		{"fire engine", 0},            // an engine, as "engine" is
		{"life jacket", 0},
		{"organ grinder", NounPerson}, // WordNet writes "organ-grinder"; "grinder" is first a tooth
		{"check in", 0},               // "check-in": "in" is a preposition
	} {
		e, ok := Lookup(tc.lemma)
		if got := e.First(Noun); ok != (tc.first != 0) || got != tc.first {
			t.Errorf("Lookup(%q): held %v, first noun class %q; want %q", tc.lemma, ok, got, tc.first)
		}
	}
}

func TestStartsPhrase(t *testing.T) {
	for w, want := range map[string]bool{
		"hearing": true,  // "hearing aid"
		"look":    true,  // "look after"
		"armed":   true,  // "armed forces"
		"zebu":    false, // no entry of several words opens with it
		"":        false,
	} {
		if got := StartsPhrase(w); got != want {
			t.Errorf("StartsPhrase(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestReadAgrees checks that one Read answers as Lookup, Base and
// StartsPhrase do, each with its own look-ups.
func TestReadAgrees(t *testing.T) {
	words := []string{"children", "went", "better", "clubs", "lending", "safer", "shipped", "hearing", "look", "boats",
		"zebu", "schoolchildren", "data", "axes", "leaves", "armed", "meeting", "saw", "best", "geese", "", "qqqq", "care"}
	for _, w := range words {
		f := Read(w)
		e, ok := Lookup(w)
		if fe, fok := f.Lookup(); fok != ok || fe.Lemma != e.Lemma || fe.senses != e.senses {
			t.Errorf("Read(%q).Lookup() = %v, %v; Lookup = %v, %v", w, fe, fok, e, ok)
		}
		if f.StartsPhrase() != StartsPhrase(w) {
			t.Errorf("Read(%q).StartsPhrase() = %v, StartsPhrase = %v", w, f.StartsPhrase(), StartsPhrase(w))
		}
		for _, pos := range readPOS {
			fe, fok := f.Base(pos)
			be, bok := Base(w, pos)
			if fok != bok || fe.Lemma != be.Lemma {
				t.Errorf("Read(%q).Base(%c) = %q, %v; Base = %q, %v", w, pos, fe.Lemma, fok, be.Lemma, bok)
			}
		}
	}
}

func mustLookup(t *testing.T, lemma string) Entry {
	t.Helper()
	e, ok := Lookup(lemma)
	if !ok {
		t.Fatalf("Lookup(%q): not found", lemma)
	}
	return e
}

// TestObjectShare checks the share of a verb's tagged uses whose sense
// takes a direct object, from WordNet's sentence frames.
func TestObjectShare(t *testing.T) {
	for _, tc := range []struct {
		lemma    string
		min, max int
		known    bool
	}{
		{"make", 95, 100, true}, // "make a plan"
		{"give", 95, 100, true},
		{"run", 10, 40, true},   // "run a ferry" among "run for the bus"
		{"care", 1, 10, true},   // "care for", "care about": hardly ever an object
		{"come", 0, 5, true},    // "come home"
		{"laugh", 0, 0, true},   // "laugh at"
		{"mentor", 0, 0, false}, // never tagged
	} {
		n, ok := mustLookup(t, tc.lemma).ObjectShare()
		if ok != tc.known || ok && (n < tc.min || n > tc.max) {
			t.Errorf("%s: ObjectShare() = %d, %v; want %d to %d, %v", tc.lemma, n, ok, tc.min, tc.max, tc.known)
		}
	}
	if e := mustLookup(t, "area"); e.Has(objectField) {
		t.Error(`"area" has an object share, though it is no verb`)
	}
}
