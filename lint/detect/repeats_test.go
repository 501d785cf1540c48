package detect

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// naiveRepeats is phraseIndex.repeats the slow and obvious way: the words
// joined with spaces, looked for in each known statement's words and each
// known statement's words looked for in them.
func naiveRepeats(known [][]string, words []string) bool {
	if len(words) < minPhrase {
		return false
	}
	phrase := " " + strings.Join(words, " ") + " "
	for _, k := range known {
		if len(k) < minPhrase {
			continue
		}
		s := " " + strings.Join(k, " ") + " "
		if strings.Contains(s, phrase) || strings.Contains(phrase, s) {
			return true
		}
	}
	return false
}

// TestPhraseIndexAgreesWithNaive asks random questions between random
// additions, over few distinct words so that runs repeat a lot (the hard
// case for the automata), and compares every answer with the naive one.
func TestPhraseIndexAgreesWithNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vocabulary := []string{"we", "help", "farmers", "sell", "grain"}
	randomWords := func(n int, vocab int) []string {
		w := make([]string, n)
		for i := range w {
			w[i] = vocabulary[r.IntN(vocab)]
		}
		return w
	}
	for round := range 300 {
		vocab := 2 + round%4
		var x phraseIndex
		var known [][]string
		for range 30 {
			if r.IntN(3) == 0 {
				k := randomWords(r.IntN(12), vocab)
				x.add(k)
				known = append(known, k)
				continue
			}
			words := randomWords(r.IntN(12), vocab)
			if len(words) > 0 && r.IntN(4) == 0 {
				words[r.IntN(len(words))] = "mills" // a word no statement has
			}
			if got, want := x.repeats(words), naiveRepeats(known, words); got != want {
				t.Fatalf("round %d: repeats(%q) = %v, naive %v; known %q", round, words, got, want, known)
			}
		}
	}
}

func TestPhraseIndex(t *testing.T) {
	var x phraseIndex
	x.add(strings.Fields("we help farmers sell grain to mills"))
	x.add(strings.Fields("too short"))
	for _, tt := range []struct {
		words string
		want  bool
	}{
		{"help farmers sell grain", true},                                // inside
		{"we help farmers sell grain to mills", true},                    // the same
		{"our aim we help farmers sell grain to mills every day", true},  // holds all
		{"help farmers sell rice", false},                                // differs
		{"farmers sell", false},                                          // too short
		{"this is too short to count", false},                            // a short statement is not known
		{"mills to grain sell farmers help we", false},                   // order counts
		{"we help farmers sell grain to mills to farmers sell", true},    // holds all, then more
		{"grain to mills and then we help farmers sell grain to", false}, // neither
	} {
		if got := x.repeats(strings.Fields(tt.words)); got != tt.want {
			t.Errorf("repeats(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}
