package lint

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// holds reports whether parsing finds anything a rule could report on:
// a statement, a declaration or a suppression comment.
func holds(doc *Document) bool {
	return len(doc.Statements) > 0 || len(doc.Declares) > 0 || len(suppressions(doc)) > 0
}

// TestPrefilterDecides checks the prefilter's decision on texts where it
// must pass a file (parsing finds something), where it may pass over one
// (parsing finds nothing), and where it errs towards parsing by design.
func TestPrefilterDecides(t *testing.T) {
	for _, c := range []struct {
		path, text string
		cued       bool
		exact      bool // parsing finds something exactly when the prefilter passes the file
	}{
		{"a.md", "# Vision\n\nEvery town will read.\n", true, true},
		{"a.md", "# VISION\n\nEvery town will read.\n", true, true},
		{"a.md", "Our mission is to help bakers sell bread.\n", true, true},
		{"a.md", "**Mission:** help bakers sell bread.\n", true, true},
		{"a.md", "We envision towns where everyone reads.\n", true, true},
		{"a.md", "# Tool\n\nThis tool copies files. It has no cue at all.\n", false, true},
		{"a.md", "", false, true},
		{"VISION.md", "Every town will read.\n", true, true},
		{"docs/product-mission.md", "We help bakers.\n", true, true},
		{"a.md", "---\nvisionStatement: Every town will read.\n---\n", true, true},
		{"a.md", "---\nvision_statement: Every town will read.\n---\n", true, true},
		{"a.md", "<!-- vmlint-disable buzzwords -->\nWe leverage data.\n", true, true},
		// "exist" and "exists" announce a statement only before "to" or "so".
		{"a.md", "Acme exists to help bakers sell bread.\n", true, true},
		{"a.md", "We exist to help bakers.\n", true, true},
		{"a.md", "Acme exists so that bakers sell their bread.\n", true, true},
		{"a.md", "We exist so that no baker throws bread away.\n", true, true},
		{"a.md", "If the file exists, the copy fails.\n", false, true},
		{"a.md", "If the file exists, `Copy-Item` overwrites it.\n", false, true},
		{"a.md", "The key must exist.\n\n```powershell\nGet-Item\n```\n", false, true},
		{"a.md", "Acme exists `quietly` to help bakers.\n", true, true},
		{"a.md", "Acme exists <b></b> to help bakers.\n", true, false},
		// Plurals are no cues of their own: detection's lists name the ones that count
		// ("purposes", before "of", as in "The purposes of the CIO are to …", is one; "dreams" is not).
		{"a.md", "It serves several dreams and reasons.\n", false, true},
		{"a.md", "The purposes of the Trust are to keep the Reedham ferry running.\n", true, true},
		{"a.md", "It serves several purposes and reasons.\n", false, true},
		{"a.md", "For the purposes *of* this page, a trust is a charity.\n", true, false}, // read through the emphasis
		{"a.md", "## Visions\n\nEvery town will read.\n", true, false},                    // a plural counts after an owner: parsing finds none here
		// "why" names a mission only where detection reads text whatever it holds.
		{"a.md", "## Why\n\nBecause bakers deserve better bread.\n", true, false}, // a README's "## Why" announces no mission: parsing finds none here
		{"a.md", "# Our mission\n\n## Why\n\nBecause bakers deserve better bread.\n", true, true},
		{"a.md", "---\ntitle: Why\n---\n\nBecause bakers deserve better bread.\n", true, true},
		{"a.md", "This is why the copy fails.\n", false, true},
		{"a.md", "This is why the file exists.\n", true, false}, // a block detection reads: the prefilter does not tell more
		// Markup that joins letters, where detection reads them.
		{"a.md", "## Vi*sion*\n\nEvery town will read.\n", true, true},
		{"a.md", "## Vi`x`sion\n\nEvery town will read.\n", true, true},
		{"a.md", "## [Vi](x)sion\n\nEvery town will read.\n", true, true},
		{"a.md", "## Vi&#115;ion\n\nEvery town will read.\n", true, true},
		{"a.md", "## &#86;ision\n\nEvery town will read.\n", true, true},
		{"a.md", "Vi\nsion\n===\n\nEvery town will read.\n", false, true},
		{"a.md", "Vi*sion*\n===\n\nEvery town will read.\n", true, true},
		{"a.md", "Run `Set-Location -c`n` to move.\n", false, true},
		{"a.md", "---\ntitle: \"Vi\\u0073ion\"\n---\n\nEvery town will read.\n", true, true},
		{"a.md", "---\ntitle: \"Vi\\\n  sion\"\n---\n\nEvery town will read.\n", true, true},
		// A file too deeply nested to read, with nothing to read in it, is
		// passed over: the limits guard only a parse.
		{"a.md", strings.Repeat("> ", MaxNesting+1) + "Deep text.\n", false, true},
		// With something to read, it is parsed and refused.
		{"a.md", strings.Repeat("> ", MaxNesting+1) + "Our vision: every town will read.\n", true, false},
		// Words are read through invisible characters, as detection reads them.
		{"a.md", "## Vi\u200bsion\n\nEvery town will read.\n", true, true},
		{"a.md", "## Visi\u00f3n\n\nCada pueblo leer\u00e1.\n", true, true},
		{"a.md", "## Nuestra misi\u00f3n\n\nAyudamos a los panaderos.\n", true, true},
	} {
		got := MayHold(c.path, []byte(c.text), lexicon.Default())
		if got != c.cued {
			t.Errorf("MayHold(%q, %q) = %v, want %v", c.path, c.text, got, c.cued)
		}
		doc, _ := ParseWith(c.path, []byte(c.text), lexicon.Default())
		if h := holds(doc); c.exact && h != c.cued {
			t.Errorf("%q: parsing finds something: %v; the case says %v", c.text, h, c.cued)
		}
	}
}

// TestPrefilterFollowsTheConfiguration checks that heading words a
// configuration adds are cues, and that removing one stops it being one.
func TestPrefilterFollowsTheConfiguration(t *testing.T) {
	lex := lexicon.Default().Clone()
	lex.Get("heading-vision").Add("aspiration")
	text := []byte("## Aspiration\n\nEvery town will read.\n")
	if MayHold("a.md", text, lexicon.Default()) {
		t.Error("the built-in lists have no \"aspiration\"")
	}
	if !MayHold("a.md", text, lex) {
		t.Error("a heading word the configuration adds is no cue")
	}
	doc, _ := ParseWith("a.md", text, lex)
	if len(doc.Statements) != 1 {
		t.Errorf("parsing with the added word finds %d statements", len(doc.Statements))
	}
}

func TestPrefilterAllocatesNothing(t *testing.T) {
	text := []byte(strings.Repeat("If the file exists, `Copy-Item` overwrites it.\n\nThat is why. Café &amp; d&eacute;j&agrave; vu.\n\n", 200))
	if MayHold("a.md", text, lexicon.Default()) {
		t.Fatal("the text has no cue")
	}
	if n := testing.AllocsPerRun(20, func() { MayHold("a.md", text, lexicon.Default()) }); n != 0 {
		t.Errorf("%v allocations per scan", n)
	}
}

// BenchmarkPrefilter scans the documents of the labelled corpus when
// VMLINT_CORPUS names it, else those in testdata, as the prefilter stage
// does (most of them have a cue, so most scans stop early; the docs tree's
// files mostly run to the end).
func BenchmarkPrefilter(b *testing.B) {
	lex := lexicon.Default()
	glob := "../testdata/*/*.md"
	if dir := os.Getenv("VMLINT_CORPUS"); dir != "" {
		glob = filepath.Join(dir, "docs", "*.md")
	}
	files, _ := filepath.Glob(glob)
	var texts [][]byte
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		// The words that announce statements taken out, each scan reads the
		// whole text, as it does for a file without a cue.
		for _, w := range []string{"vision", "Vision", "mission", "Mission", "purpose", "Purpose"} {
			src = []byte(strings.ReplaceAll(string(src), w, "venture"))
		}
		texts = append(texts, src)
		n += len(src)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, t := range texts {
			MayHold("a.md", t, lex)
		}
	}
}

// TestLimitsAllocateNothing checks that the limits ParseWith keeps on
// nesting, link syntax and emphasis read a body without allocating.
func TestLimitsAllocateNothing(t *testing.T) {
	src := []byte(strings.Repeat("See [the guide](https://example.com \"Guide\") and [x](<y z>) *twice*.\n[r]: https://e.com\n\n> > - nested\n\n", 100))
	if n := testing.AllocsPerRun(10, func() { tooDeep(src); tooManyLinks(src) }); n != 0 {
		t.Errorf("%v allocations", n)
	}
}

// TestUnreadFilesAreNotRefused checks the prefilter's one difference in
// errors besides the front matter's syntax: a file it passes over is not
// checked against the limits that guard a parse, and the same file with a
// statement in it is.
func TestUnreadFilesAreNotRefused(t *testing.T) {
	deep := strings.Repeat("> ", MaxNesting+1)
	if MayHold("a.md", []byte(deep+"Deep text.\n"), lexicon.Default()) {
		t.Error("a deep file with nothing to read is parsed")
	}
	_, err := ParseWith("a.md", []byte(deep+"Our vision: every town will read.\n"), lexicon.Default())
	var fe *FileError
	if !errors.As(err, &fe) || !fe.Limit {
		t.Errorf("a deep file with a statement: %v, want a refusal marked Limit", err)
	}
}
