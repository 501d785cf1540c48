package detect

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/vmlint/vmlint/lint/tokenize"
)

// labelReach is how far into a block's text a label may end, in bytes.
const labelReach = 160

// labels finds paragraphs and list items that start with a label; the
// statement follows the label, or is the next block when nothing does.
func (d *detector) labels(root ast.Node) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.(type) {
		case *ast.Paragraph, *ast.TextBlock:
		case *ast.Heading, *ast.HTMLBlock, *ast.CodeBlock, *ast.FencedCodeBlock:
			return ast.WalkSkipChildren, nil
		default:
			return ast.WalkContinue, nil
		}
		if d.used[n] || !d.mayName(n) {
			return ast.WalkSkipChildren, nil
		}
		text := d.text(n)
		kind, after, ok := d.label(text)
		if !ok {
			return ast.WalkSkipChildren, nil
		}
		labelText := labelOf(text, after)
		start, end := trim(text, after, len(text))
		d.used[n] = true
		if strings.Trim(text[start:end], " *_\"'“”") != "" {
			d.claim(kind, FormLabel, labelText, []ast.Node{n}, start, end, nil)
			return ast.WalkSkipChildren, nil
		}
		next := n.NextSibling()
		if next == nil && n.Parent() != nil && n.Parent().Kind() == ast.KindListItem {
			next = n.Parent().NextSibling()
		}
		if next != nil && d.fits(next) {
			d.addBlock(kind, FormLabel, labelText, next)
			return ast.WalkSkipChildren, nil
		}
		d.claim(kind, FormLabel, labelText, nil, 0, 0, n)
		return ast.WalkSkipChildren, nil
	})
}

// label recognises a label at the start of text ("Vision:", "Our mission —",
// "Example Vision:") and returns its kind and where the text after it starts.
func (d *detector) label(text string) (Kind, int, bool) {
	if len(text) > labelReach {
		text = text[:labelReach] // a label ends within its first words
	}
	if !strings.ContainsAny(text, ":—–") && !strings.Contains(text, " -") {
		return "", 0, false // no separator: the common case, without tokenising
	}
	words, norms := tokens(text)
	sep, after := labelSeparator(text, words)
	if sep == 0 {
		return "", 0, false
	}
	k := 0
	if norms[0] == "example" || norms[0] == "sample" || norms[0] == "proposed" || norms[0] == "draft" {
		k = 1
	}
	if sep-k == 1 && norms[k] == "why" {
		return "", 0, false // "Why:" names a mission only as a heading
	}
	kinds, ok := matchKindPhrase(norms[k:sep], false, d.lex)
	if !ok || len(kinds) != 1 {
		return "", 0, false
	}
	return kinds[0], after, true
}

// labelOf returns the label that ends where the text after it starts, less
// its separator and surrounding quotes ("Example Vision" from
// "Example Vision: \"…").
func labelOf(text string, after int) string {
	return strings.TrimRight(text[:after], " \t\n:—–-\"'“‘*_")
}

// labelSeparator finds a label's end among the first words of text: a colon,
// or a dash with space around it ("Vision — …", "Mission - …"). It returns
// the number of words before it and the byte offset where the text after it
// starts, or 0 when there is none.
func labelSeparator(text string, words []tokenize.Range) (int, int) {
	for k := 0; k < len(words) && k < 6; k++ {
		end := len(text)
		if k+1 < len(words) {
			end = words[k+1].Start
		}
		gap := text[words[k].End:end]
		if i := strings.IndexAny(gap, ":—–"); i >= 0 || strings.Contains(gap, " - ") || strings.Contains(gap, " -- ") {
			if strings.ContainsAny(gap, ".!?") {
				return 0, 0
			}
			return k + 1, end
		}
		if strings.TrimSpace(gap) != "" && !isQuoteOrEmphasis(gap) {
			return 0, 0 // other punctuation: not a label
		}
	}
	return 0, 0
}

func isQuoteOrEmphasis(s string) bool {
	return strings.Trim(s, " \t*_\"'“”‘’&,") == ""
}
