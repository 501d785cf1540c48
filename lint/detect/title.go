package detect

import "github.com/yuin/goldmark/ast"

// title claims a heading that is itself a statement ("## Our vision is to
// make …", "## Mission: we fit solar panels on school roofs"): the text
// from where the statement starts.
func (d *detector) title(h ast.Node, info headingInfo) {
	text := d.text(h)
	start, end := trim(text, info.body, len(text))
	d.claim(info.kinds[0], FormTitle, "", []ast.Node{h}, start, end, h)
	d.used[h] = true
}
