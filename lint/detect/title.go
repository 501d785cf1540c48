package detect

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

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

// pointedTitles proposes a heading that the paragraph right after it says
// is the statement ("# A city where anyone can check the facts for
// themselves" over "That headline is our vision, and …"): "that" or
// "this", a word for a heading, a copula and an owned kind.
func (d *detector) pointedTitles() {
	for _, n := range d.cuedBlocks {
		h, ok := n.PreviousSibling().(*ast.Heading)
		if _, para := n.(*ast.Paragraph); !ok || !para {
			continue
		}
		text := d.text(n)
		if len(text) < 5 || !strings.EqualFold(text[:5], "that ") && !strings.EqualFold(text[:5], "this ") {
			continue // read the words only of a paragraph that may point back
		}
		words, norms := d.tokens(text)
		if len(norms) < 5 || norms[0] != "that" && norms[0] != "this" || !headingWord(norms[1]) || norms[2] != "is" && norms[2] != "was" ||
			!d.vocab.owners.Has(norms[3]) || isPersonalOwner(norms[3]) {
			continue
		}
		kinds, ok := d.kindPhrase(text, words[4:5], norms[4:5], false)
		if !ok || len(kinds) != 1 {
			continue
		}
		d.propose(Claim{Kind: kinds[0], Form: FormTitle, Blocks: []ast.Node{h}, Start: 0, End: len(d.text(h)), At: h}, h, 0)
	}
}

// headingWord reports whether w names a heading ("headline", "title").
func headingWord(w string) bool {
	switch w {
	case "headline", "heading", "title", "line", "sentence":
		return true
	}
	return false
}
