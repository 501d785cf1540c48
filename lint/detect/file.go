package detect

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/vmlint/vmlint/lint/lexicon"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// KindOfFile returns the kind a file's name declares, in any case, accents
// ignored: "VISION.md", "mission.md", "product-vision.md", "Our_Mission.md",
// "mission-statement.md", "misión.md". The names are the file-vision and
// file-mission lists, after any of the heading-prefix words.
func KindOfFile(path string, lex *lexicon.Lexicons) (Kind, bool) {
	v := vocabularyFor(lex)
	if !v.cues.ContainsString(filepath.Base(path)) {
		return "", false // every name of a kind holds a cue word
	}
	words := fileWords(path)
	for i := 0; i < len(words) && i <= 2; i++ {
		switch len(words) - i {
		case v.fileVision.Match(words, i):
			return Vision, true
		case v.fileMission.Match(words, i):
			return Mission, true
		}
		if !v.prefixes.Has(words[i]) {
			break
		}
	}
	return "", false
}

// fileWords returns the words of a file's name, less its extension, lower
// case and folded: "Product_Vision.md" gives "product", "vision".
func fileWords(path string) []string {
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	words := strings.FieldsFunc(base, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	for i, w := range words {
		words[i] = fold(tokenize.Normalize(w))
	}
	return words
}

// changelog reports whether the document is a changelog, which holds no
// statement however it names things ("- Vision: image input in chat"): a
// file named so (CHANGELOG.md, RELEASES.md), or by a name ordinary pages
// share (history, news) in capitals.
func (d *detector) changelog() bool {
	words := fileWords(d.doc.Path)
	if len(words) == 0 {
		return false
	}
	if d.vocab.changelogName.Match(words, 0) == len(words) {
		return true
	}
	// "HISTORY.md", "NEWS"; not a site's history.md, "A short history of
	// Saltmarsh Lido" (release notes under version headings are read
	// apart: see versionsFrom)
	return d.vocab.changelogPageName.Match(words, 0) == len(words) && capitalsOnly(filepath.Base(d.doc.Path))
}

// capitalsOnly reports whether a file's name, less its extension, has
// letters and none in lower case ("HISTORY.md", "NEWS").
func capitalsOnly(base string) bool {
	name := strings.TrimSuffix(base, filepath.Ext(base))
	return strings.ToUpper(name) == name && strings.ToLower(name) != name
}

// versionsFrom returns the body offset of the first of two or more
// headings that open with a version or a date ("## [1.4.0] - 2024-05-02",
// "### v0.5 — Stock take"), or -1: what stands under them is a release's
// notes or plans, which hold no statement however they name things; what
// stands before them (a roadmap's "## North star") may.
func (d *detector) versionsFrom() int {
	first, versions := -1, 0
	for _, n := range d.top {
		if _, ok := n.(*ast.Heading); ok && isVersion(d.text(n)) {
			if versions == 0 {
				first = startOf(n)
			}
			versions++
		}
	}
	if versions < 2 {
		return -1
	}
	return first
}

// isVersion reports whether a heading opens with a version number or a
// date: "1.4.0", "[v2.0]", "Version 3.1", "2024-05-02"; not a section
// number ("1. Scope", "1.2 Budget").
func isVersion(text string) bool {
	t := strings.TrimLeft(text, "[ ")
	marked := t != text // "[1.4.0]"
	for _, prefix := range []string{"version ", "release ", "v"} {
		if len(t) >= len(prefix) && strings.EqualFold(t[:len(prefix)], prefix) {
			t, marked = t[len(prefix):], true
			break
		}
	}
	if t == "" || t[0] < '0' || t[0] > '9' {
		return false // most headings: no number first
	}
	token, rest, _ := strings.Cut(t, " ")
	token = strings.TrimRight(token, "]):")
	groups, sep := strings.Split(token, "."), "."
	if len(groups) < 2 {
		groups, sep = strings.Split(token, "-"), "-"
	}
	if len(groups) < 2 || sep == "-" && len(groups[0]) != 4 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest); sep == "." && len(groups) == 2 && !marked && unicode.IsLetter(r) {
		return false // "1.1 Organisational mission": a section number before its title
	}
	for _, g := range groups {
		if g == "" || strings.Trim(g, "0123456789") != "" {
			return false
		}
	}
	return true
}

// headedAfter reports whether a heading that names the kind stands after
// body offset start.
func (d *detector) headedAfter(kind Kind, start int) bool {
	for _, dec := range d.declarations {
		if dec.By == "heading" && dec.Kind == kind && startOf(dec.Heading) > start {
			return true
		}
	}
	return false
}

// opensFileOfOther reports whether the sentence claim p is in the first
// top-level block of a file named after another kind ("Glowbottle exists
// so that anyone … will one day be able to build …" opening VISION.md):
// the file's name says what its opening states; a cue that only reads as
// the other kind does not outweigh it.
func (d *detector) opensFileOfOther(p proposal) bool {
	kind, ok := KindOfFile(d.doc.Path, d.lex)
	if !ok || kind == p.Kind || len(p.Blocks) == 0 {
		return false
	}
	for _, n := range d.top {
		if _, ok := n.(*ast.Heading); ok {
			continue
		}
		if h, ok := n.(*ast.HTMLBlock); ok && h.HTMLBlockType == ast.HTMLBlockType2 {
			continue // "<!-- Agreed at the 2023 meet-up … -->": a comment shows nothing
		}
		return topOf(p.Blocks[0]) == n
	}
	return false
}

// fileStatement handles a file named after a kind whose statement has no
// heading or label of its own: when no statement of the kind was found
// otherwise, the opening text states it, unless the page's title names
// another topic ("# Roadmap" in vision.md).
func (d *detector) fileStatement() {
	kind, ok := KindOfFile(d.doc.Path, d.lex)
	if !ok {
		return
	}
	d.declare(kind, "file name", nil)
	if d.claims.has(kind) || d.titledOtherwise() {
		return
	}
	if p, ok := d.opening(kind); ok && !d.explained[topOf(p.blocks[0])] && !d.captionOpens(p) && !d.namedThing(kind, p) && !d.headedAfter(kind, p.start) {
		// not under "# Writing a mission statement", a guide's title, nor
		// a caption of what the page holds ("What we want to have done by
		// the end of the season."), nor on a page about a thing called so
		// (blends/vision.md: "We named Vision after …"), nor before a
		// section the page heads with the kind, where it puts its
		// statement (a template's "> Replace everything in curly braces …"
		// before "## Vision" and its blank)
		d.propose(Claim{Kind: kind, Form: FormFile, Blocks: p.blocks, Start: p.start, End: p.end}, nil, 0)
	}
}

// pageTitle returns the page's title: its front matter title, or a
// level-1 heading first; "" when it has neither.
func (d *detector) pageTitle() string {
	if title, ok := d.doc.Fields["title"]; ok {
		return title
	}
	for _, n := range d.top {
		if h, isHeading := n.(*ast.Heading); isHeading {
			if h.Level == 1 {
				return d.text(n)
			}
			break
		}
		if d.htmlTitle(n) {
			return d.text(n) // a README's centred '<h1 align="center">gridhush</h1>'
		}
	}
	return ""
}

// htmlTitle reports whether block n is HTML that opens with a level-1
// heading's tag: a page title written in HTML.
func (d *detector) htmlTitle(n ast.Node) bool {
	if _, ok := n.(*ast.HTMLBlock); !ok || n.Lines().Len() == 0 {
		return false
	}
	first := n.Lines().At(0)
	line := bytes.TrimSpace(first.Value(d.doc.Body))
	return len(line) > 3 && bytes.EqualFold(line[:3], []byte("<h1")) && (line[3] == '>' || line[3] == ' ')
}

// titledOtherwise reports whether the page's title (its front matter title,
// or a level-1 heading first) names a topic that is not a statement and no kind
// ("Roadmap", "Goals for 2025").
func (d *detector) titledOtherwise() bool {
	_, norms := d.tokens(d.pageTitle())
	if d.namesKind(norms) {
		return false
	}
	for i := range norms {
		if d.vocab.otherTopic.Match(norms, i) > 0 {
			return true
		}
	}
	return false
}

// opening returns the statement of kind a page title or file name points
// at: the first fitting block before the page's sections start (headings
// below the title), or in a summary section ("## Overview", "## In a
// nutshell"). A subtitle ("Tools for a Fairer Harbour") is not one, nor
// a block that uses the kind's word in another sense.
func (d *detector) opening(kind Kind) (pick, bool) {
	p, ok := d.openingBlock(kind)
	if !ok || d.otherSense(kind, p) {
		return pick{}, false
	}
	return p, true
}

// openingBlock returns the block opening() would pick, whatever sense it
// uses the kind's word in.
func (d *detector) openingBlock(kind Kind) (pick, bool) {
	_, titled := d.doc.Fields["title"]
	headings := 0
	for k := 0; k < len(d.top); k++ {
		n := d.top[k]
		if h, ok := n.(*ast.Heading); ok {
			headings++
			if (h.Level == 1 || titled && headings == 1) && d.sentenceHeading(h) {
				// "# Every patient … has a care team that knows their name";
				// or, on a page whose title is in its front matter, its
				// first heading at any level ("title: Our vision" over "##
				// A public sauna afloat in every harbour town …")
				text := d.text(h)
				return pick{blocks: []ast.Node{h}, start: 0, end: len(text)}, true
			}
			if h.Level == 1 || d.opens(k, true) {
				continue
			}
			return pick{}, false
		}
		if d.topicLeadIn(n) {
			if _, ok := n.NextSibling().(*ast.List); ok {
				k++
			}
			continue
		}
		if d.statusNote(n) {
			return pick{}, false // "The committee is still working on the wording …": the statement is still to come
		}
		if !d.fits(n) || d.tagline(n) {
			continue
		}
		if d.templateSlot(n) {
			return pick{}, false // "> **Vision statement:** {{ VISION_STATEMENT }}": a template's slot, still to be filled
		}
		if d.tellsItsAdoption(n) {
			return pick{}, false // "This charter was agreed by the sorting crews.": the page's note on itself; its statement, if any, is elsewhere
		}
		if d.endsOnThePage(n) && n.NextSibling() != nil && d.fits(n.NextSibling()) {
			continue // "Otter Spotter is an app for … This page sets out the long-term picture …": what the product is, then the page's note on itself; the picture follows
		}
		if _, ok := n.(*east.Table); ok {
			return pick{}, false // "| Item | Agreement |" over "| Mission | Sort, wash and pack …|": a table's rows say what each cell states; the whole table states nothing
		}
		return d.blockPick(n, d.cueSentences(n), kind), true
	}
	return pick{}, false
}

// sentenceHeadingWords is the fewest words of a page heading that is a
// sentence rather than a title.
const sentenceHeadingWords = 8

// stoppedHeadingWords is the fewest words of a page heading that ends
// with a full stop for it to be a sentence rather than a title.
const stoppedHeadingWords = 4

// sentenceHeading reports whether a heading is written as a sentence, not
// a title: long, or shorter with a full stop, in sentence case (few of
// its longer words capitalised after the first), and ending as no title
// or question does. Under a front matter title that names the kind, such
// a page heading is the statement.
func (d *detector) sentenceHeading(h *ast.Heading) bool {
	text := strings.TrimSpace(d.text(h))
	if text == "" || strings.HasSuffix(text, ":") || strings.HasSuffix(text, "?") {
		return false
	}
	words := tokenize.Words(text)
	if len(words) < sentenceHeadingWords && !(len(words) >= stoppedHeadingWords && strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "..") && d.readsAsStatement(text)) {
		return false // a shorter one only with a full stop, as no title ends: "# Make every ballot make sense."
	}
	long, capital := 0, 0
	for _, w := range words[1:] {
		word := text[w.Start:w.End]
		if len(word) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
			capital++
		}
	}
	return capital*3 <= long
}
