package detect

import "github.com/yuin/goldmark/ast"

// title proposes a heading that is itself a statement ("## Our vision is
// to make …", "## Mission: we fit solar panels on school roofs"): the
// heading's text from where the statement starts.
func (d *detector) title(h ast.Node, info headingInfo) {
	text := d.text(h)
	start, end := trim(text, info.body, len(text))
	p := pick{blocks: []ast.Node{h}, start: start, end: end}
	if d.otherSense(info.kinds[0], p) {
		return
	}
	d.propose(Claim{Kind: info.kinds[0], Form: FormTitle, Blocks: p.blocks, Start: start, End: end, At: h}, h, 0)
}
