package lint

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLinkWorkBoundHolds checks that the quick bound tooManyLinks trusts is
// never under what linkWork counts, on texts made of the syntax it counts:
// brackets, destinations with titles, definitions and emphasis runs, in
// random orders and amounts.
func TestLinkWorkBoundHolds(t *testing.T) {
	pieces := []string{"[", "]", "](", "](a \"t\")", "](<a b> 't')", "[x]: /u \"t\"\n", "*", "**", "_", "__", "~~", " a ", "\n", "\n\n", "> ", "| a | b |\n|---|---|\n", "- ", "# h\n", "\\]"}
	// The shapes that cost most for their syntax: a bracket pair around a
	// long text, titles read to the end of one paragraph, emphasis runs
	// that may each close.
	bodies := []string{
		"[" + strings.Repeat("a", 5000) + "]",
		strings.Repeat("[a](b \"t\") ", 500),
		strings.Repeat("*a_ ", 2000),
		strings.Repeat("[x]: /u \"t\"\n", 300),
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.IntN(400); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		bodies = append(bodies, b.String())
	}
	for _, body := range bodies {
		if _, work := linkWork([]byte(body), math.MaxInt); work > linkWorkBound([]byte(body)) {
			t.Fatalf("linkWork counts %d, over the bound %d, for %.80q", work, linkWorkBound([]byte(body)), body)
		}
	}
}
