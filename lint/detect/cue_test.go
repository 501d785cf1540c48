package detect

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/vmlint/vmlint/lint/lexicon"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// TestCueScanAgreesWithWords checks the allocation-free cue scan against
// the plain reading of its contract: with invisible format characters
// dropped, lower-cased and folded, some word of the text (a run of letters)
// is a cue word or a cue word with a plural "s".
func TestCueScanAgreesWithWords(t *testing.T) {
	c := Cues(lexicon.Default())
	reference := func(text string) bool {
		text = strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Cf, r) {
				return -1
			}
			return r
		}, text)
		for _, w := range strings.FieldsFunc(fold(strings.ToLower(text)), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if c.words[w] || c.words[strings.TrimSuffix(w, "s")] {
				return true
			}
		}
		return false
	}
	texts := []string{
		"", "a", "Our VISION:", "missions", "Visionss", "revision", "visionary", "provision of envisioned",
		"dreamy", "Dream.", "x-Purpose-y", "pur pose", "the North Star", "exist", "existence", "im", "imagine!",
		"Misión", "MISSÃO", "nuestra visión", "visiónes", "Vi\u200bsion", "mis\u00adsion", "\u200fVision",
		"vision\u200b", "e\u0301", "mision\u0301", "straße mission", "Ｖｉｓｉｏｎ", "日本語のvision", "vision—mission",
		"visión’s", "Leitbild", "LEITBILD-Seite", "visionStatement", "vision_statement", "ﬁ vision", "ñvision",
	}
	for w := range c.words {
		texts = append(texts, w, strings.ToUpper(w), w+"s", "pre"+w, w[:len(w)-1], "("+w+")", w+"é", "é"+w)
	}
	examples, _ := filepath.Glob("../../testdata/*/*.md")
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

// TestEveryKindNameHoldsACue checks the cue set's contract: every name of
// a kind and every sentence cue of the lexicons holds a cue word, so text
// without one holds no statement. The exceptions are headings that start
// like one that asks ("Why", "Why we're here"), which the heading finder
// classifies too, and which head a mission only under a heading that names
// one or beside a sentence that states one, both of which hold a cue word.
func TestEveryKindNameHoldsACue(t *testing.T) {
	v := vocabularyFor(lexicon.Default())
	for _, set := range []*lexicon.Set{v.visions, v.missions, v.cueVision, v.cueMission} {
		for _, e := range set.Entries() {
			if !v.cues.ContainsString(e) && !mayExplain(e, v.cues) {
				t.Errorf("%s entry %q holds no cue word", set.Name, e)
			}
		}
	}
	for _, kind := range Kinds {
		for _, field := range fieldNames(kind) {
			if !v.cues.ContainsString(field + ": x") {
				t.Errorf("front matter field %q holds no cue word", field)
			}
		}
	}
}

// TestCueScanAllocatesNothing checks that the scan, which a prefilter may
// run over every byte of a docs tree, allocates nothing, accented and
// invisible characters included.
func TestCueScanAllocatesNothing(t *testing.T) {
	c := Cues(lexicon.Default())
	text := []byte("Nuestra misión: café, crème brûlée, Vi\u200bsion, 日本語, straße, the revision of a provision.")
	if n := testing.AllocsPerRun(100, func() { c.Contains(text) }); n != 0 {
		t.Errorf("the cue scan allocates %v times a run", n)
	}
}

// BenchmarkCueScan scans the paragraphs of the labelled corpus when
// VMLINT_CORPUS names it, else of the documents in testdata, as detection's
// first pass does.
func BenchmarkCueScan(b *testing.B) {
	c := Cues(lexicon.Default())
	glob := "../../testdata/*/*.md"
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

// TestFoldPhraseFastPath checks foldPhrase, which gives plain entries back
// at once, against folding every word, over every entry of the built-in
// lists and entries a configuration might hold.
func TestFoldPhraseFastPath(t *testing.T) {
	slow := func(e string) string {
		words := strings.Fields(e)
		for i, w := range words {
			words[i] = fold(tokenize.Normalize(w))
		}
		return strings.Join(words, " ")
	}
	lex := lexicon.Default()
	entries := []string{"north star", "North Star", "misión", "two  spaces", " lead", "trail ", "tab\there", "d’être", "a-b c'd", "", "x\x01y", "soft\u00adhyphen"}
	plain := 0
	for _, name := range lex.Names() {
		entries = append(entries, lex.Get(name).Entries()...)
	}
	for _, e := range entries {
		if got, want := foldPhrase(e), slow(e); got != want {
			t.Errorf("foldPhrase(%q) = %q, want %q", e, got, want)
		}
		if plainPhrase(e) {
			plain++
		}
	}
	if plain < len(entries)/2 {
		t.Errorf("only %d of %d entries take the fast path", plain, len(entries))
	}
}
