package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/vmlint/vmlint/lint/lexicon"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// headingClass is what a heading (or a front matter title) says about the
// section under it.
type headingClass int

const (
	headingOther     headingClass = iota // says nothing about statements
	headingNames                         // names one or more kinds: "## Vision", "## Vision & Mission"
	headingStatement                     // is itself a statement: "## Our vision is to …"
	headingExplains                      // asks or explains: "What is a vision?", "How to write a mission"
)

// headingInfo classifies one heading.
type headingInfo struct {
	class headingClass
	kinds []Kind
	// body is where the statement starts in the heading's text, for
	// headingStatement ("Vision: a world where …" starts after the label).
	body int
}

// classifyHeading classifies a heading's text. lenient allows one free word
// before the kind ("Backstage Vision"), as document titles have.
func classifyHeading(text string, lenient bool, lex *lexicon.Lexicons) headingInfo {
	words, norms := tokens(text)
	// Drop leading numbering: "1.", "2.3", "IV.".
	for len(norms) > 0 && (tokenize.IsNumber(norms[0]) || isRoman(norms[0]) && len(norms) > 1) {
		words, norms = words[1:], norms[1:]
	}
	if len(norms) == 0 {
		return headingInfo{}
	}
	if strings.Contains(text, "?") {
		return headingInfo{class: headingExplains}
	}
	if kind, _, ok := statementCue(text, words, norms); ok {
		return headingInfo{class: headingStatement, kinds: []Kind{kind}, body: words[0].Start}
	}
	// "Vision: a world where …" is a statement; "Mission: Acme" names the kind.
	if sep, after := labelSeparator(text, words); sep > 0 {
		if kinds, ok := matchKindPhrase(norms[:sep], lenient, lex); ok {
			if len(words)-sep >= 4 && len(kinds) == 1 && !titleCase(text, words[sep:]) {
				return headingInfo{class: headingStatement, kinds: kinds, body: after}
			}
			return headingInfo{class: headingNames, kinds: kinds}
		}
	}
	if kinds, ok := matchKindPhrase(norms, lenient, lex); ok {
		return headingInfo{class: headingNames, kinds: kinds}
	}
	if lex.Get("heading-explains").Match(norms, 0) > 0 {
		return headingInfo{class: headingExplains}
	}
	return headingInfo{}
}

// titleCase reports whether every word starts with a capital letter or a
// digit, as a name does ("Super Simple Software Factory") and a sentence
// does not.
func titleCase(text string, words []tokenize.Range) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(text[w.Start:])
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// matchKindPhrase reports whether every word names a kind, a prefix
// ("product", "our"), a possessive ("Acme's"), a companion ("values",
// "and") or "statement", with at least one kind; it returns the kinds.
func matchKindPhrase(norms []string, lenient bool, lex *lexicon.Lexicons) ([]Kind, bool) {
	if len(norms) == 1 && norms[0] == "why" {
		return []Kind{Mission}, true
	}
	visions, missions := lex.Get("heading-vision"), lex.Get("heading-mission")
	prefix, companion, notVision := lex.Get("heading-prefix"), lex.Get("heading-companion"), lex.Get("heading-not-vision")
	var kinds []Kind
	add := func(k Kind) {
		for _, have := range kinds {
			if have == k {
				return
			}
		}
		kinds = append(kinds, k)
	}
	free := lenient
	for i := 0; i < len(norms); {
		if n := visions.Match(norms, i); n > 0 && !(norms[i] == "why" && len(norms) > 1) {
			if i > 0 && notVision.Has(norms[i-1]) {
				return nil, false
			}
			add(Vision)
			i += n
			continue
		}
		if n := missions.Match(norms, i); n > 0 && !(norms[i] == "why" && n == 1) {
			add(Mission)
			i += n
			continue
		}
		if n := prefix.Match(norms, i); n > 0 {
			i += n
			continue
		}
		if n := companion.Match(norms, i); n > 0 && i > 0 {
			i += n
			continue
		}
		if strings.HasSuffix(norms[i], "'s") || strings.HasSuffix(norms[i], "s'") {
			i++
			continue
		}
		if free && i == 0 && len(norms) > 1 && !notVision.Has(norms[0]) {
			free = false
			i++
			continue
		}
		return nil, false
	}
	return kinds, len(kinds) > 0
}

func isRoman(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	return strings.Trim(s, "ivx") == "" && s != "i"
}

// headingSections handles every top-level heading: one that is a statement
// becomes one; one that names a single kind gives the first fitting block of
// its section, unless the section holds headings of its own that name kinds
// (then it is only a container, as "## Vision & Mission" is).
func (d *detector) headingSections() {
	d.explained = map[ast.Node]bool{}
	infos := make([]headingInfo, len(d.top))
	cues := d.vocab.cues
	for i, n := range d.top {
		if h, ok := n.(*ast.Heading); ok {
			text := d.text(h)
			if cueIn(cues, text) || mayExplain(text, cues) {
				infos[i] = classifyHeading(text, h.Level == 1, d.lex)
			}
		}
	}
	for i, n := range d.top {
		if _, ok := n.(*ast.Heading); !ok {
			continue
		}
		info := infos[i]
		end := d.sectionEnd(i)
		switch info.class {
		case headingExplains:
			for k := i + 1; k < end; k++ {
				d.explained[d.top[k]] = true
			}
		case headingStatement:
			d.title(n, info)
		case headingNames:
			for _, k := range info.kinds {
				d.declare(k, "heading", n)
			}
			if len(info.kinds) != 1 || d.isContainer(infos, i, end) {
				continue
			}
			kind := info.kinds[0]
			blocks := d.sectionBlocks(infos, i, end)
			if len(blocks) == 0 {
				if d.sectionIsBare(i, end) {
					d.claim(kind, FormHeading, d.text(n), nil, 0, 0, n)
				}
				continue
			}
			d.addBlock(kind, FormHeading, d.text(n), d.preferCue(kind, blocks))
		}
	}
}

// mayExplain reports, by its first word, whether a heading could ask or
// explain ("How to …", "What is …", "Examples"): whether it has a question
// mark or starts with the first word of a heading-explains entry.
func mayExplain(text string, c *CueSet) bool {
	if strings.Contains(text, "?") {
		return true
	}
	i := 0
	for i < len(text) && !isASCIILetter(text[i]) {
		if text[i] >= utf8.RuneSelf {
			return true // let the full look decide
		}
		i++
	}
	j := i
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	return c.explains[strings.ToLower(text[i:j])]
}

// sectionEnd returns the index of the first top-level block after the
// heading at i that is a heading of the same or a higher level.
func (d *detector) sectionEnd(i int) int {
	level := d.top[i].(*ast.Heading).Level
	for k := i + 1; k < len(d.top); k++ {
		if h, ok := d.top[k].(*ast.Heading); ok && h.Level <= level {
			return k
		}
	}
	return len(d.top)
}

// sectionIsBare reports whether the section (i, end) holds no text at all,
// not even text that is not a statement.
func (d *detector) sectionIsBare(i, end int) bool {
	for k := i + 1; k < end; k++ {
		if _, ok := d.top[k].(*ast.Heading); ok {
			continue
		}
		if strings.TrimSpace(d.text(d.top[k])) != "" {
			return false
		}
	}
	return true
}

// isContainer reports whether the heading at i only groups headings that
// name kinds ("# Vision and mission" over "## Vision" and "## Mission"): its
// section holds such a heading and no fitting block before its first
// sub-heading.
func (d *detector) isContainer(infos []headingInfo, i, end int) bool {
	nested := false
	for k := i + 1; k < end; k++ {
		if infos[k].class == headingNames || infos[k].class == headingStatement {
			nested = true
			break
		}
	}
	if !nested {
		return false
	}
	for k := i + 1; k < end; k++ {
		if _, ok := d.top[k].(*ast.Heading); ok {
			break
		}
		if d.fits(d.top[k]) {
			return false
		}
	}
	return true
}

// candidates is how many fitting blocks of a section detection looks at.
const candidates = 4

// sectionBlocks lists the first blocks of the section (i, end) that can
// hold a statement, skipping sub-sections whose headings ask or explain.
func (d *detector) sectionBlocks(infos []headingInfo, i, end int) []ast.Node {
	var blocks []ast.Node
	for k := i + 1; k < end && len(blocks) < candidates; k++ {
		n := d.top[k]
		if _, ok := n.(*ast.Heading); ok {
			if infos[k].class == headingExplains {
				k = d.sectionEnd(k) - 1
			}
			continue
		}
		if d.fits(n) {
			blocks = append(blocks, n)
		}
	}
	return blocks
}

// preferCue returns, among the first blocks of a section, the first that
// says what it states ("Our mission is to …", "We aim to …"), or else the
// first block: a section often opens with a premise before the statement.
func (d *detector) preferCue(kind Kind, blocks []ast.Node) ast.Node {
	for k, n := range blocks {
		if k >= candidates {
			break
		}
		if _, ok := n.(*ast.Paragraph); !ok {
			continue
		}
		if !d.mayName(n) && !d.mayAim(n) {
			continue // no cue word: no cue
		}
		text := d.text(n)
		words, norms := tokens(text)
		if cue, _, ok := statementCue(text, words, norms); ok && cue == kind {
			return n
		}
		if k > 0 && aimCue(norms) {
			return n
		}
	}
	return blocks[0]
}

// mayAim reports whether a paragraph's raw text holds "aim" at all.
func (d *detector) mayAim(n ast.Node) bool {
	lines := n.Lines()
	if lines.Len() == 0 {
		return false
	}
	return containsFold(d.doc.Body[lines.At(0).Start:lines.At(lines.Len()-1).Stop], "aim")
}

// containsFold reports whether s holds the lower-case ASCII word w in any case.
func containsFold(s []byte, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// aimCue reports whether the words hold "we aim to" or "aims to".
func aimCue(norms []string) bool {
	for i := 0; i+1 < len(norms); i++ {
		if (norms[i] == "aim" && i > 0 && norms[i-1] == "we" || norms[i] == "aims") && norms[i+1] == "to" {
			return true
		}
	}
	return false
}
