package lint

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/vmlint/vmlint/lint/lexicon"
)

func TestHTMLTag(t *testing.T) {
	for _, tc := range []struct {
		in      string
		n       int
		name    string
		closing bool
	}{
		{`<p align="center">text`, 18, "p", false},
		{`</P>`, 4, "p", true},
		{`<img alt="a > b" src=x>rest`, 23, "img", false},
		{`<!-- want x --> after`, 15, "", false},
		{`<!-- never closed`, 17, "", false},
		{`<!DOCTYPE html>`, 15, "", false},
		{`< b`, 0, "", false},
		{`<3 and more`, 0, "", false},
		{`<a href="unclosed`, -1, "", false},
		{`<a href="unclosed> text`, 18, "a", false},
		{`<div class="x"`, -1, "", false},
		{`<!never closed`, -1, "", false},
		{`<my-widget data-x='1'>`, 22, "my-widget", false},
	} {
		n, name, closing := htmlTag([]byte(tc.in))
		if n != tc.n || name != tc.name || closing != tc.closing {
			t.Errorf("htmlTag(%q) = %d, %q, %v; want %d, %q, %v", tc.in, n, name, closing, tc.n, tc.name, tc.closing)
		}
	}
}

// TestHTMLBlockProse checks the text an HTML block shows, and that each
// word maps back to its bytes in the source.
func TestHTMLBlockProse(t *testing.T) {
	body := []byte("<div>\n  <h2>Our mission</h2>\n  <p>We lend\n  boats &amp; oars.</p>\n  <script>var vision = 1;</script>\n  <!-- a note -->\n</div>\n")
	p := &parseState{doc: &Document{Source: body, lines: newLineIndex(body)}, body: body, lex: lexicon.Default()}
	root := markdownParser().Parse(text.NewReader(body))
	block, ok := root.FirstChild().(*ast.HTMLBlock)
	if !ok {
		t.Fatalf("first block is %T, want an HTML block", root.FirstChild())
	}
	pr := p.blockProse(block)
	if want := "Our mission\nWe lend boats & oars."; pr.Text != want {
		t.Fatalf("prose %q, want %q", pr.Text, want)
	}
	for _, word := range []string{"mission", "boats", "oars"} {
		at := strings.Index(pr.Text, word)
		if src := pr.SourceStart(at); string(body[src:src+len(word)]) != word {
			t.Errorf("%q maps to source %q", word, body[src:src+len(word)])
		}
	}
}
