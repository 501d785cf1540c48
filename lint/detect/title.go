package detect

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/vmlint/vmlint/lint/language/wordnet"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// title proposes a heading that is itself a statement ("## Our vision is
// to make …", "## Mission: we fit solar panels on school roofs"): the
// heading's text from where the statement starts.
func (d *detector) title(h ast.Node, info headingInfo) {
	text := d.text(h)
	start, end := trim(text, info.body, len(text))
	p := pick{blocks: []ast.Node{h}, start: start, end: end}
	if d.otherSense(info.kinds[0], p) || d.namesWording(text[start:end]) {
		return
	}
	d.propose(Claim{Kind: info.kinds[0], Form: FormTitle, Blocks: p.blocks, Start: start, End: end, At: h}, h, 0)
}

// namesWording reports whether what follows a kind in a heading names a
// version of its text ("Mission statement – final wording from the AGM",
// "Vision: revised text"): a word a heading puts before a kind, then a
// noun for a text; the heading is about the wording, which is elsewhere.
func (d *detector) namesWording(body string) bool {
	_, norms := d.tokens(body)
	if len(norms) > 2 {
		if _, ok := wordnet.Base(norms[2], wordnet.Noun); ok {
			return false // "a debate club in every school": the noun after it is the head, the text noun only says which
		}
	}
	return len(norms) > 1 && d.vocab.prefixes.Has(norms[0]) && !d.vocab.owners.Has(norms[0]) && textNoun(norms[1])
}

// pointedTitles proposes a heading that the paragraph right after it says
// is the statement ("# A city where anyone can check the facts for
// themselves" over "That headline is our vision, and …", "That is our
// vision, and …", "That is the vision behind Atlaspin", "That is
// Inkwire's mission"): "that" or "this", perhaps a word for a heading, a
// copula and a kind owned ("our", or a name in the possessive), or "the"
// kind and its owner's name after it.
func (d *detector) pointedTitles() {
	for _, n := range d.cuedBlocks {
		h, ok := n.PreviousSibling().(*ast.Heading)
		if _, para := n.(*ast.Paragraph); para && !ok {
			d.pointedBlock(n)
			continue
		}
		if !ok {
			continue
		}
		text := d.text(n)
		if len(text) < 5 || !strings.EqualFold(text[:5], "that ") && !strings.EqualFold(text[:5], "this ") {
			continue // read the words only of a paragraph that may point back
		}
		words, norms := d.tokens(text)
		k := 1 // "That [headline] is our vision": the word for a heading may go unsaid
		if len(norms) > 1 && headingWord(norms[1]) {
			k++
		}
		if len(norms) < k+3 || norms[0] != "that" && norms[0] != "this" || norms[k] != "is" && norms[k] != "was" ||
			!(d.vocab.owners.Has(norms[k+1]) && !isPersonalOwner(norms[k+1]) || norms[k+1] == "the" && ownerNamedAfter(text, words, norms, k+3) ||
				possessive(text, words, norms, k+1) && capitalised(text, words[k+1])) {
			continue
		}
		kinds, ok := d.kindPhrase(text, words[k+2:k+3], norms[k+2:k+3], false)
		if !ok || len(kinds) != 1 || k == 1 && !d.longHeading(h) {
			continue // not "## Vision" over "That is our vision in a line: …", a heading that names
		}
		d.propose(Claim{Kind: kinds[0], Form: FormTitle, Blocks: []ast.Node{h}, Start: 0, End: len(d.text(h)), At: h}, h, 0)
	}
}

// pointedBlock proposes the block before paragraph n when n opens by
// saying that it is the statement, and goes on past the kind with no colon
// ("That is our vision, agreed with patients, families and staff in
// 2022."): "that" or "this", perhaps a word for a line of text ("That
// line is our mission."), a copula and a kind the organisation owns
// ("our", or its name in the possessive: "That is Larkhollow's vision").
// With a colon after the kind, the statement follows it instead.
func (d *detector) pointedBlock(n ast.Node) {
	prev := n.PreviousSibling()
	if prev == nil || n.Parent() != prev.Parent() {
		return
	}
	if _, ok := prev.(*ast.Heading); ok {
		return
	}
	text := d.text(n)
	if len(text) < 5 || !strings.EqualFold(text[:5], "that ") && !strings.EqualFold(text[:5], "this ") {
		return // read the words only of a paragraph that may point back
	}
	words, norms := d.tokens(text)
	v := 1 // the copula, after "that" and perhaps a word for a line of text ("That line is our mission.")
	if len(norms) > 2 && (headingWord(norms[1]) || textNoun(norms[1])) {
		v++
	}
	if len(norms) < v+3 || norms[v] != "is" && norms[v] != "was" {
		return
	}
	k := v + 2 // the kind's word, after its owner
	if !d.vocab.owners.Has(norms[v+1]) || isPersonalOwner(norms[v+1]) {
		for k = v + 1; k < len(norms) && k < v+1+ownerNameWords && capitalised(text, words[k]) && !possessive(text, words, norms, k); k++ {
		}
		if k >= len(norms)-1 || !capitalised(text, words[k]) || !possessive(text, words, norms, k) {
			return // not "That is Larkhollow's vision", a name in the possessive
		}
		k++
	}
	kinds, ok := d.kindPhrase(text, words[k:k+1], norms[k:k+1], false)
	if !ok || len(kinds) != 1 {
		return
	}
	if gap := gapAfterWord(text, words, k); !strings.ContainsAny(gap, ".,") || strings.Contains(gap, ":") {
		return // "That is our vision: …", "That is our vision for …": what follows says it
	}
	if !d.fits(prev) {
		return
	}
	d.propose(Claim{Kind: kinds[0], Form: FormLabel, Blocks: []ast.Node{prev}, Start: 0, End: len(d.text(prev))}, prev, 0)
}

// ownerNamedAfter reports whether the words from k name whose the kind
// before them is: "behind", "of" or "for" and a capitalised name ("That
// is the vision behind Atlaspin", "… the mission of Tidewell").
func ownerNamedAfter(text string, words []tokenize.Range, norms []string, k int) bool {
	if k+1 >= len(norms) || norms[k] != "behind" && norms[k] != "of" && norms[k] != "for" {
		return false
	}
	return capitalised(text, words[k+1])
}

// futureTitles proposes a heading that the paragraph right after it calls
// the state the organisation works for ("# Every thatched roof in the
// county kept in repair" over "That is the future we are working
// towards."): a vision, though no kind word names it, so the paragraph is
// looked for among all the top-level blocks, not the cued ones.
func (d *detector) futureTitles() {
	for k := 1; k < len(d.top); k++ {
		h, ok := d.top[k-1].(*ast.Heading)
		if _, para := d.top[k].(*ast.Paragraph); !ok || !para {
			continue
		}
		text := d.text(d.top[k])
		if len(text) >= 4 && strings.EqualFold(text[:4], "our ") {
			// "# Every plot a seed bank, every plot-holder a keeper" over
			// "*Our vision, as voted at the first swap, March 2019*": a
			// caption that names the heading's kind
			if kind, ok := d.captionNamesKind(text); ok && d.statesHeading(h) {
				d.propose(Claim{Kind: kind, Form: FormTitle, Blocks: []ast.Node{h}, Start: 0, End: len(d.text(h)), At: h}, h, 0)
			}
			continue
		}
		if len(text) < 5 || !strings.EqualFold(text[:5], "that ") && !strings.EqualFold(text[:5], "this ") {
			continue // read the words only of a paragraph that may point back
		}
		if d.pointsToFuture(h, text) {
			d.propose(Claim{Kind: Vision, Form: FormTitle, Blocks: []ast.Node{h}, Start: 0, End: len(d.text(h)), At: h}, h, 0)
		}
	}
}

// pointsToFuture reports whether a paragraph's first sentence says the
// heading h before it is the state the organisation works for ("That is
// the future we are working towards.", "This is the world we want to
// see.", "That is what we are working towards."): "that" or "this",
// perhaps a word for a heading, "is" and the future worked for, or "what"
// it works for, and nothing else. The heading must read as a
// statement of some length, not a name.
func (d *detector) pointsToFuture(h ast.Node, text string) bool {
	if end := strings.IndexAny(text, ".!?;:"); end >= 0 {
		text = text[:end]
	}
	_, norms := d.tokens(text)
	if len(norms) < 5 || norms[0] != "that" && norms[0] != "this" {
		return false
	}
	k := 1
	if headingWord(norms[k]) {
		k++
	}
	if norms[k] != "is" && norms[k] != "was" || !d.futureWorkedFor(norms[k+1:]) && !(k+1 < len(norms) && norms[k+1] == "what" && d.weWorkFor(norms, k+2)) {
		return false // it says neither "the future we are working towards" nor "what we are working towards"
	}
	return d.longHeading(h)
}

// captionNamesKind returns the kind a caption names as its own before a
// comma and a note of when or how it was made ("Our vision, as voted at
// the first Gorsebrook swap, March 2019"): short, one sentence, and
// nothing stated after a colon.
func (d *detector) captionNamesKind(text string) (Kind, bool) {
	if len(text) > captionReach || strings.ContainsAny(text, ":;.!?") {
		return "", false
	}
	words, norms := d.tokens(text)
	comma := commaAfter(text, words)
	if comma == 0 {
		return "", false
	}
	kinds, ok := d.kindPhrase(text, words[:comma], norms[:comma], false)
	if !ok || len(kinds) != 1 {
		return "", false
	}
	return kinds[0], true
}

// captionReach is the most bytes of a caption under a title.
const captionReach = 120

// statesHeading reports whether heading h reads as a statement of some
// length, not a name.
func (d *detector) statesHeading(h ast.Node) bool {
	return d.longHeading(h) && d.readsAsStatement(d.text(h))
}

// longHeading reports whether heading h has the words of a statement
// (pointedFutureWords or more), not a name's few.
func (d *detector) longHeading(h ast.Node) bool {
	words, _ := d.tokens(d.text(h))
	return len(words) >= pointedFutureWords
}

// pointedFutureWords is the fewest words a heading has that a paragraph
// after it may call the future worked for.
const pointedFutureWords = 5

// headingWord reports whether w names a heading ("headline", "title").
func headingWord(w string) bool {
	switch w {
	case "headline", "heading", "title", "line", "sentence":
		return true
	}
	return false
}
