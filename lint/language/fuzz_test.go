package language

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// FuzzAnalyze runs the language layer on arbitrary statements, as
// detection hands it sentences: every grammar rule indexes tokens around
// the one it reads, and none may read outside its sentence or panic. The
// parts it reports must lie within the input words (a contraction is two
// tokens, a list's marker none), and the hedges it judges must not panic. FuzzParse reaches the layer only through a statement
// detection accepts; this target feeds it directly.
func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := analyze(text)
		for k := Component(0); k < componentCount; k++ {
			for _, p := range a.Components.Parts(k) {
				if p.First < 0 || p.End > a.Words() || p.First >= p.End {
					t.Fatalf("%v part [%d, %d) outside the %d words of %q", k, p.First, p.End, a.Words(), text)
				}
			}
		}
		for i := range a.Words() {
			a.Weakens(i, i+1)
		}
	})
}

// fuzzSeeds returns the statements of the component fixtures, and a few
// shapes that open or close a sentence abruptly.
func fuzzSeeds(tb testing.TB) []string {
	tb.Helper()
	seeds := []string{"", "and", "so that", "where nothing", "We keep, and", "Every", "the … of", "to"}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "language", "*", "*.md"))
	statement := regexp.MustCompile(`(?m)^([A-Z][^\n]*?)\s*<!-- want`)
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		for _, m := range statement.FindAllStringSubmatch(string(data), -1) {
			seeds = append(seeds, m[1])
		}
	}
	if len(seeds) < 50 {
		tb.Fatalf("only %d seeds: the fixtures moved?", len(seeds))
	}
	return seeds
}
