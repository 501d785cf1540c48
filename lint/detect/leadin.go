package detect

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/vmlint/vmlint/lint/tokenize"
)

// addBlock claims the statement that block n states: its text (less a
// label that names the kind), and for a one-sentence lead-in that ends in a
// colon, the list that follows it ("A map of the river that is:" and its
// items).
func (d *detector) addBlock(kind Kind, form Form, label string, n ast.Node) {
	nodes := []ast.Node{n}
	text := d.text(n)
	if _, ok := n.(*ast.Paragraph); ok && strings.HasSuffix(text, ":") {
		if list, ok := n.NextSibling().(*ast.List); ok && d.sentenceCount(text) == 1 {
			nodes = append(nodes, list)
			text = d.doc.Text(nodes...)
		}
	}
	start, end := 0, len(text)
	if k, after, ok := d.label(text); ok && k == kind {
		start, end = trim(text, after, len(text))
	}
	for _, m := range nodes {
		d.markUsed(m)
	}
	d.claim(kind, form, label, nodes, start, end, nil)
}

// sentenceCount returns the number of sentences of text.
func (d *detector) sentenceCount(text string) int {
	return len(tokenize.Sentences(text, tokenize.Words(text), d.lex))
}
