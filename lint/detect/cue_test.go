package detect

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// TestCueScanAgreesWithWords checks the allocation-free cue scan against
// the plain reading of its contract: some ASCII-letter word of the text,
// lower-cased, is a cue word or a cue word with a plural "s".
func TestCueScanAgreesWithWords(t *testing.T) {
	c := Cues(lexicon.Default())
	reference := func(text string) bool {
		for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !isASCIILetter(byte(r)) || r > 0x7f }) {
			if c.words[w] || c.words[strings.TrimSuffix(w, "s")] {
				return true
			}
		}
		return false
	}
	texts := []string{
		"", "a", "Our VISION:", "missions", "Visionss", "revision", "visionary", "provision of envisioned",
		"dreamy", "Dream.", "x-Purpose-y", "pur pose", "the North Star", "exist", "existence", "im", "imagine!",
	}
	for w := range c.words {
		texts = append(texts, w, strings.ToUpper(w), w+"s", "pre"+w, w[:len(w)-1], "("+w+")")
	}
	examples, _ := filepath.Glob("../testdata/examples/*.md")
	for _, p := range examples {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(src), "\n")...)
	}
	for _, text := range texts {
		if got, want := cueIn(c, text), reference(text); got != want {
			t.Errorf("cueIn(%q) = %v, want %v", text, got, want)
		}
		if got, want := cueIn(c, []byte(text)), reference(text); got != want {
			t.Errorf("cueIn([]byte(%q)) = %v, want %v", text, got, want)
		}
	}
}

// BenchmarkCueScan scans the paragraphs of the labelled corpus when
// VMLINT_CORPUS names it, else of the documents in testdata, as detection's
// first pass does.
func BenchmarkCueScan(b *testing.B) {
	c := Cues(lexicon.Default())
	glob := "../testdata/*/*.md"
	if dir := os.Getenv("VMLINT_CORPUS"); dir != "" {
		glob = filepath.Join(dir, "docs", "*.md")
	}
	files, _ := filepath.Glob(glob)
	var paras [][]byte
	n := 0
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, para := range strings.Split(string(src), "\n\n") {
			paras = append(paras, []byte(para))
			n += len(para)
		}
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, p := range paras {
			cueIn(c, p)
		}
	}
}
