package lint_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// checkSpans asserts the invariants every span in a document keeps: inside
// the file, start before end, line and column agreeing with the offset, and
// words and statements in order.
func checkSpans(t *testing.T, doc *lint.Document) {
	t.Helper()
	n := len(doc.Source)
	check := func(what string, s lint.Span) {
		t.Helper()
		if s.Start.Offset < 0 || s.End.Offset > n || s.Start.Offset > s.End.Offset {
			t.Fatalf("%s: span %+v outside the file (%d bytes) or reversed", what, s, n)
		}
		for _, p := range []lint.Pos{s.Start, s.End} {
			if doc.Position(p.Offset) != p {
				t.Fatalf("%s: position %+v disagrees with its offset (%+v)", what, p, doc.Position(p.Offset))
			}
		}
	}
	last := -1
	for _, st := range doc.Statements {
		check("statement", st.Span)
		if st.Span.Start.Offset < last {
			t.Fatalf("statements out of order at %+v", st.Span.Start)
		}
		last = st.Span.Start.Offset
		prev := st.Span.Start.Offset
		for _, sn := range st.Sentences {
			check("sentence", sn.Span)
			for _, w := range sn.Words {
				check("word "+w.Text, w.Span)
				if w.Span.Start.Offset < prev {
					t.Fatalf("word %q out of order", w.Text)
				}
				prev = w.Span.Start.Offset
				if w.Span.Start.Offset < st.Span.Start.Offset || w.Span.End.Offset > st.Span.End.Offset {
					t.Fatalf("word %q %+v outside its statement %+v", w.Text, w.Span, st.Span)
				}
			}
		}
	}
}

// wordAt finds the first word with the given text in the document's statements.
func wordAt(t *testing.T, doc *lint.Document, text string) *lint.Word {
	t.Helper()
	for _, st := range doc.Statements {
		for _, w := range st.Words() {
			if w.Text == text {
				return w
			}
		}
	}
	t.Fatalf("no word %q in %s", text, doc.Path)
	return nil
}

func TestWordPositions(t *testing.T) {
	tests := []struct {
		name       string
		src        string
		word       string
		line, col  int
		byteOffset int
	}{
		{"plain", "# Vision\n\nEvery baker thrives.\n", "baker", 3, 7, 16},
		{"CRLF", "# Vision\r\n\r\nEvery baker\r\nthrives.\r\n", "thrives", 4, 1, 25},
		{"front matter lines count", "---\ntitle: x\n---\n\n# Vision\n\nEvery baker thrives.\n", "baker", 7, 7, 34},
		{"CRLF front matter", "---\r\ntitle: x\r\n---\r\n\r\n# Mission\r\n\r\nWe feed every baker.\r\n", "baker", 7, 15, 49},
		{"BOM", "\ufeff# Vision\n\nEvery baker thrives.\n", "Every", 3, 1, 13},
		{"BOM before front matter", "\ufeff---\ntitle: x\n---\n# Vision\n\nEvery baker thrives.\n", "baker", 6, 7, 36},
		{"tab before text", "# Vision\n\n- \tEvery baker thrives.\n", "baker", 3, 10, 19},
		{"multi-byte before", "# Vision\n\nÉvery café baker thrives.\n", "baker", 3, 12, 23},
		{"zero-width space before", "# Vision\n\nEvery\u200b baker thrives.\n", "baker", 3, 8, 19},
		{"no final newline", "# Vision\n\nEvery baker thrives.", "thrives", 3, 13, 22},
		{"emphasis", "# Vision\n\nEvery *baker* thrives.\n", "baker", 3, 8, 17},
		{"link text", "# Vision\n\nEvery [baker](https://x.example) thrives.\n", "baker", 3, 8, 17},
		{"escaped character", "# Vision\n\nEvery \\*baker thrives.\n", "baker", 3, 9, 18},
		{"entity", "# Vision\n\nBread &amp; baker thrives.\n", "baker", 3, 13, 22},
		{"blockquote", "# Vision\n\n> Every baker thrives.\n", "baker", 3, 9, 18},
		{"setext heading", "Vision\n======\n\nEvery baker thrives.\n", "baker", 4, 7, 21},
		{"lone CR", "# Vision\r\rEvery baker thrives.\r", "baker", 3, 7, 16},
		{"front matter field", "---\nvision: Every baker thrives.\n---\n", "baker", 2, 15, 18},
		{"quoted front matter field", "---\nvision: \"Every baker thrives.\"\n---\n", "baker", 2, 16, 19},
		{"folded front matter field", "---\nmission: >\n  We feed\n  every baker.\n---\n", "baker", 4, 9, 33},
		{"TOML front matter field", "+++\nvision = \"Every baker thrives.\"\n+++\n", "baker", 2, 17, 20},
		{"TOML 1.0 dotted keys beside the field", "+++\nextra.description = \"\"\"\nA site.\n\"\"\"\nvision = \"Every baker thrives.\"\n+++\n", "baker", 5, 17, 56},
		{"JSON front matter field", ";;;\n{\"vision\": \"Every baker thrives.\"}\n;;;\n", "baker", 2, 19, 22},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := lint.Parse("x.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, doc)
			w := wordAt(t, doc, tt.word)
			got := w.Span.Start
			if got.Line != tt.line || got.Column != tt.col || got.Offset != tt.byteOffset {
				t.Errorf("%q starts at %d:%d (offset %d), want %d:%d (offset %d)", tt.word, got.Line, got.Column, got.Offset, tt.line, tt.col, tt.byteOffset)
			}
			if src := string(doc.Source[w.Span.Start.Offset:w.Span.End.Offset]); src != tt.word {
				t.Errorf("the span of %q covers %q", tt.word, src)
			}
		})
	}
}

func TestProseRemovesMarkup(t *testing.T) {
	src := "# Mission\n\nWe *teach* `code` kids [to read](https://x.example \"t\") <b>books</b>" +
		" ![logo](l.png) ~~never~~ every\nday &amp; night.\n"
	doc, err := lint.Parse("x.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Statements) != 1 {
		t.Fatalf("got %d statements, want 1", len(doc.Statements))
	}
	got := doc.Statements[0].Text()
	want := "We teach  kids to read books   every day & night."
	if got != want {
		t.Errorf("prose = %q, want %q", got, want)
	}
	for _, w := range doc.Statements[0].Words() {
		if strings.Contains(w.Text, "https") || w.Text == "code" || w.Text == "never" || w.Text == "logo" {
			t.Errorf("word %q should have been left out of the prose", w.Text)
		}
	}
	amp := doc.Statements[0].Prose
	i := strings.Index(amp.Text, "&")
	if s, e := amp.SourceStart(i), amp.SourceEnd(i+1); string(doc.Source[s:e]) != "&amp;" {
		t.Errorf("the prose's %q maps to %q, want the whole entity", "&", doc.Source[s:e])
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "We bake bread. We sell it.", []string{"We bake bread.", "We sell it."}},
		{"abbreviations", "We serve bakers, e.g. in towns, i.e. everywhere. We grow.", []string{"We serve bakers, e.g. in towns, i.e. everywhere.", "We grow."}},
		{"etc. mid-sentence", "Bread, rolls, etc. are baked daily.", []string{"Bread, rolls, etc. are baked daily."}},
		{"company suffix", "Acme Inc. bakes bread for Dr. Lee in the U.S. every day.", []string{"Acme Inc. bakes bread for Dr. Lee in the U.S. every day."}},
		{"decimals and versions", "Version 2.0 cuts waste by 3.5 percent. It ships soon.", []string{"Version 2.0 cuts waste by 3.5 percent.", "It ships soon."}},
		{"URL", "Read https://acme.example/a.b?c=d. Then bake.", []string{"Read https://acme.example/a.b?c=d.", "Then bake."}},
		{"ellipsis", "We bake... and we sell. Always… Then more.", []string{"We bake... and we sell.", "Always…", "Then more."}},
		{"no final period", "We bake bread for every town", []string{"We bake bread for every town"}},
		{"question and exclamation", "Why bake? Because bread matters!", []string{"Why bake?", "Because bread matters!"}},
		// A transcript's note in brackets between two sentences stands apart.
		{"note in brackets", "We bake bread for every town. [applause] Someone asked about cake.", []string{"We bake bread for every town.", "applause]", "Someone asked about cake."}},
		{"slot in brackets", "We bake bread for [target customer] in every town.", []string{"We bake bread for [target customer] in every town."}},
		{"abbreviation before a bracket", "We serve bakers, e.g. [a list] in towns.", []string{"We serve bakers, e.g. [a list] in towns."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := lint.Parse("x.md", []byte("# Mission\n\n"+tt.text+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Statements) != 1 {
				t.Fatalf("got %d statements", len(doc.Statements))
			}
			var got []string
			for _, s := range doc.Statements[0].Sentences {
				got = append(got, s.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("sentences = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadability(t *testing.T) {
	doc, err := lint.Parse("x.md", []byte("# Vision\n\nThe cat sat on the mat. The dog ran to the park.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := doc.Statements[0].Analysis
	if a.Words != 12 || a.Sentences != 2 || a.Syllables != 12 {
		t.Fatalf("counts = %d words, %d sentences, %d syllables; want 12, 2, 12", a.Words, a.Sentences, a.Syllables)
	}
	// 206.835 - 1.015*6 - 84.6*1 = 116.145; 0.39*6 + 11.8 - 15.59 = -1.45
	if math.Abs(a.FleschReadingEase-116.145) > 0.051 || math.Abs(a.FleschKincaidGrade+1.45) > 0.051 {
		t.Errorf("readability = %.1f, %.1f; want 116.1, -1.5 within rounding", a.FleschReadingEase, a.FleschKincaidGrade)
	}
}

func TestFrontMatterErrors(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		line, col int
		msg       string
	}{
		{"bad YAML", "---\ntitle: x\nvision: a: b\n---\n\n# Mission\n\nWe feed bakers.\n", 3, 1, "invalid YAML"},
		{"YAML list", "---\n- a\n- b\n---\n\n# Mission\n\nWe feed bakers.\n", 2, 1, "expected a mapping"},
		{"bad TOML", "+++\ntitle = \n+++\n\n# Mission\n\nWe feed bakers.\n", 2, 9, "invalid TOML"},
		{"bad TOML column after multi-byte text", "+++\ntitle = \"Café\" extra\n+++\n\n# Mission\n\nWe feed bakers.\n", 2, 16, "invalid TOML"},
		{"duplicate TOML key", "+++\ntitle = \"a\"\ntitle = \"b\"\n+++\n\n# Mission\n\nWe feed bakers.\n", 3, 1, "invalid TOML"},
		{"bad JSON", ";;;\n{\"title\": x}\n;;;\n\n# Mission\n\nWe feed bakers.\n", 2, 11, "invalid JSON"},
		{"JSON with text after the object", ";;;\n{\"title\": \"x\"} more\n;;;\n\n# Mission\n\nWe feed bakers.\n", 2, 16, "text after the object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := lint.Parse("bad.md", []byte(tt.src))
			var le *lint.FileError
			if !errors.As(err, &le) {
				t.Fatalf("error = %v, want a *lint.FileError", err)
			}
			if le.Pos.Line != tt.line || le.Pos.Column != tt.col || !strings.Contains(le.Msg, tt.msg) {
				t.Errorf("error = %v, want %d:%d and %q", le, tt.line, tt.col, tt.msg)
			}
			if len(doc.Statements) != 1 || doc.Statements[0].Kind != lint.Mission {
				t.Errorf("the body was not parsed after the front matter error: %d statements", len(doc.Statements))
			}
		})
	}
}

// TestRegressions holds inputs that once crashed the engine.
func TestRegressions(t *testing.T) {
	for _, src := range []string{
		"# Mission\n\nThe development of tools.\n", // an activity noun after a leading article
		"# Mission\n\nA the an development.\n",
	} {
		doc, err := lint.Parse("x.md", []byte(src))
		if err != nil {
			t.Errorf("%q: %v", src, err)
		}
		checkSpans(t, doc)
	}
}

func TestBinaryFile(t *testing.T) {
	_, err := lint.Parse("b.md", []byte("# Vision\n\x00\x01"))
	if err == nil || !strings.Contains(err.Error(), "b.md:2:1: binary file") {
		t.Errorf("error = %v, want a binary file error at 2:1", err)
	}
}

func TestSpansStayInsideOddFiles(t *testing.T) {
	for _, src := range []string{
		"", "\ufeff", "\r\n\r\n", "# Vision", "# Vision\n", "---\n---\n", "---\nvision:\n---\n",
		"# Vision\n\n\xff\xfe invalid UTF-8 bytes.\n", "Vision:", "**Mission:**\n\n> We help.\n",
		strings.Repeat("> ", 200) + "Our mission is to help.\n",
	} {
		doc, _ := lint.Parse("x.md", []byte(src))
		checkSpans(t, doc)
	}
}
