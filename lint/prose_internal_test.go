package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// TestTextAtAgreesWithSourceStart checks textAt, which detection's line
// starts rest on, against its definition, byte by byte: the first prose
// byte whose source starts at the offset or after it.
func TestTextAtAgreesWithSourceStart(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/*/*.md")
	srcs := [][]byte{[]byte("**Vision:** Every *farm*\nsells &amp; grows.\n**Mission:** We `help`\n[farmers](x) sell.\n")}
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	for _, src := range srcs {
		body := normalizeLineEnds(src)
		p := &parseState{doc: &Document{Source: body, lines: newLineIndex(body)}, body: body, lex: lexicon.Default()}
		root := markdownParser().Parse(text.NewReader(body))
		_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if _, ok := n.(*ast.Paragraph); !entering || !ok {
				return ast.WalkContinue, nil
			}
			pr := p.blockProse(n)
			lines := n.Lines()
			for off := lines.At(0).Start; off <= lines.At(lines.Len()-1).Stop; off++ {
				want := 0
				for want < len(pr.Text) && pr.SourceStart(want) < off {
					want++
				}
				if got := pr.textAt(off); got != want {
					t.Fatalf("textAt(%d) = %d, want %d in %q", off, got, want, pr.Text)
				}
			}
			return ast.WalkSkipChildren, nil
		})
	}
}
