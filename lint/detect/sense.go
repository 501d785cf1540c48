package detect

import (
	"bytes"
	"iter"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/vmlint/vmlint/lint/language/wordnet"
	"github.com/vmlint/vmlint/lint/lexicon"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// senseReach is how much of a statement's text the sense checks read, in bytes.
const senseReach = 400

// pickedHead returns the text picked, up to senseReach bytes: what the
// sense checks read.
func (d *detector) pickedHead(p pick) string {
	text := d.blocksText(p.blocks)[p.start:p.end]
	if len(text) > senseReach {
		text = text[:senseReach]
	}
	return text
}

// otherSense reports whether the text picked as a statement of kind uses
// the kind word in another sense, unless a sentence in it says plainly that
// it states the kind ("Our mission is to …"): "vision" beside words of
// image technology ("Vision is supported through the camera plugin") or
// vision that is eyesight (two or more words of the eye and its care:
// "their eyesight isn't normal … an eye test"), or a mission that is an
// operation (two or more words of launches, orbits and sorties: "The
// mission places a lander in lunar orbit").
func (d *detector) otherSense(kind Kind, p pick) bool { return d.otherSenseOf(kind, p, true) }

// otherSenseOf is otherSense, with eyesight another sense of "vision" only
// when eyes is set: not under a heading that says the vision is the
// writer's ("## Our vision" over "A valley where no adult goes without
// glasses because of cost", an optician's).
func (d *detector) otherSenseOf(kind Kind, p pick, eyes bool) bool {
	if len(p.blocks) > 0 && d.namesCode(kind, p.blocks[0]) {
		return true // "The `Mission` card shows a single quest objective": a component's docs
	}
	text := d.pickedHead(p)
	words, norms := d.tokens(text)
	if d.kindAsName(kind, text, words, norms) {
		return true // "… lift, and Vision tells you what your coach would have told you": a product named Vision
	}
	if kind == Mission && d.missionGameSection(p) {
		return true // "Your mission, should you choose to accept it, is to find all five goats": a game's task
	}
	other := d.seriesTitled(Mission) || d.seriesTitled(Vision) // "# Mission 3: The Drowned Observatory" over "## The Oracle's vision": a game's, a flight's
	switch kind {
	case Vision:
		other = other || d.technicalVision(norms) || eyes && twoWordsOf(norms, d.vocab.visionEyesight)
	case Mission:
		other = other || twoWordsOf(norms, d.vocab.missionOperation)
	}
	if !other {
		return false
	}
	c, ok := d.statementCue(text, words, norms)
	return !ok || !c.explicit || c.kind != kind
}

// kindAsName reports whether text writes the kind's word as a name: with a
// capital inside a sentence, after a word in lower case that is not an
// owner or an article, and before a word in lower case ("… and Vision
// tells you …", "so Mission logs every …"): a product or a team called so,
// whose page states no vision or mission.
func (d *detector) kindAsName(kind Kind, text string, words []tokenize.Range, norms []string) bool {
	for i := 1; i+1 < len(norms); i++ {
		if i == 1 && norms[1] == string(kind) && capitalised(text, words[0]) && capitalised(text, words[1]) && !d.ownerOrArticle(norms[0]) && !strings.HasSuffix(norms[0], "'s") &&
			text[words[0].End:words[1].Start] == " " && text[words[1].End:words[2].Start] == " " && !capitalised(text, words[2]) && thirdPersonVerb(norms[2]) {
			return true // "Furrowline Vision uses boom-mounted cameras …": a product's two-word name, the subject of its verb
		}
		if norms[i] != string(kind) || !capitalised(text, words[i]) || capitalised(text, words[i-1]) || capitalised(text, words[i+1]) {
			continue
		}
		if d.ownerOrArticle(norms[i-1]) {
			continue // "our Vision is …": the kind, capitalised for weight
		}
		if (norms[i-1] == "and" || norms[i-1] == "or") && i >= 2 && capitalised(text, words[i-2]) {
			continue // "the Vision and Mission sections": joined to a word capitalised as it is, under the same article
		}
		if gap := text[words[i-1].End:words[i].Start]; strings.TrimSpace(gap) != "" && strings.TrimSpace(gap) != "," {
			continue // "…. Vision:" after a stop or a colon opens a sentence or a label
		}
		if gap := text[words[i].End:words[i+1].Start]; strings.TrimSpace(gap) != "" {
			continue
		}
		return true
	}
	return false
}

// thirdPersonVerb reports whether w is a verb's "-s" form ("uses",
// "runs", "is"), as WordNet knows the verb.
func thirdPersonVerb(w string) bool {
	if !strings.HasSuffix(w, "s") {
		return false
	}
	if _, ok := wordnet.Base(w, wordnet.Verb); !ok {
		return false
	}
	e, ok := wordnet.Lookup(w)
	return !ok || !e.Has(wordnet.Verb) // not "focus", a verb's base form
}

// ownerOrArticle reports whether a word before a capitalised kind's word
// says whose it is or sets it as a noun ("our", "the", "a"): the kind
// capitalised for weight, not a name.
func (d *detector) ownerOrArticle(w string) bool {
	return d.vocab.owners.Has(w) || w == "the" || w == "a" || w == "an"
}

// kindInTitle reports whether a block writes the kind's word, capitalised
// inside a sentence, as the start of a title with a colon that names
// something: after a word in lower case (not an owner, an article or a
// possessive), before a colon, a capitalised word WordNet knows and then a
// word in lower case ("This officially licensed Mission: Impossible
// costume"); not a label, which opens its block or sentence ("Mission: We
// lend …").
func (d *detector) kindInTitle(kind Kind, text string) bool {
	words, norms := d.tokens(text)
	for i := 1; i+2 < len(norms); i++ {
		if norms[i] != string(kind) || !capitalised(text, words[i]) || capitalised(text, words[i-1]) || !capitalised(text, words[i+1]) || capitalised(text, words[i+2]) {
			continue
		}
		if d.ownerOrArticle(norms[i-1]) || strings.HasSuffix(norms[i-1], "'s") {
			continue
		}
		if text[words[i-1].End:words[i].Start] != " " || text[words[i].End:words[i+1].Start] != ": " || text[words[i+1].End:words[i+2].Start] != " " {
			continue
		}
		if e, ok := wordnet.Lookup(norms[i+1]); ok && (e.Has(wordnet.Adjective) || e.Has(wordnet.Noun)) && len(norms[i+1]) > 1 {
			return true
		}
	}
	return false
}

// titleNamedInText reports whether the page's title opens with the kind's
// word and a colon ("Mission: Impossible Secret Agent Costume") and a block
// within pageReach writes that title as a name inside a sentence
// (kindInTitle: "This officially licensed Mission: Impossible costume"):
// the title names a thing, not the page's statement.
func (d *detector) titleNamedInText(kind Kind, title string) bool {
	words, norms := d.tokens(title)
	if len(norms) < 2 || norms[0] != string(kind) || title[words[0].End:words[1].Start] != ": " {
		return false
	}
	reach := 0
	for _, n := range d.top {
		text := d.text(n)
		if d.kindInTitle(kind, text) {
			return true
		}
		if reach += len(text); reach > pageReach {
			break
		}
	}
	return false
}

// missionGameSection reports whether the picked text, or the blocks after
// it up to the next heading (within pageReach bytes), use a set phrase that
// makes a mission a game's or a task's ("Your mission, should you choose to
// accept it, is to find all five goats"); a section of its own on the same
// page ("## Our mission" over a statement) is not touched by it.
func (d *detector) missionGameSection(p pick) bool {
	if len(p.blocks) == 0 || !d.mayPlayMission() {
		return false
	}
	reach := 0
	for n := p.blocks[0]; n != nil && reach < pageReach; n = n.NextSibling() {
		if _, heading := n.(*ast.Heading); heading && n != p.blocks[0] {
			break
		}
		text := d.text(n)
		reach += len(text)
		if !strings.Contains(text, "accept") && !strings.Contains(text, "Accept") && !strings.Contains(text, "ACCEPT") {
			continue // the set phrases all hold it: no need to split the text into words
		}
		_, norms := d.tokens(text)
		for i := range norms {
			if d.vocab.missionGame.Match(norms, i) > 0 {
				return true
			}
		}
	}
	return false
}

// mayPlayMission reports whether the page's body holds "accept it" (any
// case, any space between), without which no set phrase of the
// mission-game list can stand there: one byte search a page, read once,
// spares reading sections that cannot match.
func (d *detector) mayPlayMission() bool {
	if d.gameWord == 0 {
		d.gameWord = -1
		if acceptIt(d.doc.Body) {
			d.gameWord = 1
		}
	}
	return d.gameWord > 0
}

// acceptIt reports whether "accept", in any case, followed by white space
// and "it", stands in body.
func acceptIt(body []byte) bool {
	for i := 1; i < len(body); {
		k := bytes.Index(body[i:], []byte("ccept")) // a vector search; "CCEPT" in capitals is checked below
		if k < 0 {
			return upperAcceptIt(body)
		}
		k += i
		i = k + 1
		if body[k-1]|0x20 != 'a' {
			continue
		}
		m := k + len("ccept")
		for m < len(body) && (body[m] == ' ' || body[m] == '\t' || body[m] == '\n' || body[m] == '\r') {
			m++
		}
		if m > k+len("ccept") && m+2 <= len(body) && body[m]|0x20 == 'i' && body[m+1]|0x20 == 't' {
			return true
		}
	}
	return upperAcceptIt(body)
}

// upperAcceptIt reports whether "ACCEPT IT" in capitals stands in body.
func upperAcceptIt(body []byte) bool { return bytes.Contains(body, []byte("ACCEPT IT")) }

// kindNamedOnPage reports whether the page, in its first pageReach
// bytes, writes the kind's word as a name somewhere (kindAsName: "… we
// stop after Vision and go straight to …", a piece in a set list), once
// per page and kind.
func (d *detector) kindNamedOnPage(kind Kind) bool {
	if v, ok := d.named[kind]; ok {
		return v
	}
	v := d.writesKindAsName(kind)
	if d.named == nil {
		d.named = map[Kind]bool{}
	}
	d.named[kind] = v
	return v
}

// namedThing reports whether the page writes the kind's word as a name
// and the text picked does not say plainly that it states the kind: a
// label, heading, title or file name of that kind on it most likely names
// the thing called so.
func (d *detector) namedThing(kind Kind, p pick) bool {
	return d.kindNamedOnPage(kind) && !d.explicitly(kind, p)
}

// writesKindAsName is kindNamedOnPage, uncached. Only the words around
// each capitalised kind's word need reading: most pages hold it in their
// headings alone. Each block is read on its own: "# Our vision" then
// "Vision statement goes here" is no sentence that runs "our vision
// Vision statement"; and a page whose raw bytes hold no such shape is
// answered before any block's text is built.
func (d *detector) writesKindAsName(kind Kind) bool {
	word := strings.ToUpper(string(kind[:1])) + string(kind[1:])
	if workTitleIn(d.doc.Body, word) {
		return true
	}
	if !nameShapedIn(d.doc.Body, word) {
		return false
	}
	for k, read := 0, 0; k < len(d.top) && read < pageReach; k++ {
		text := d.text(d.top[k])
		read += len(text) + 1
		for at := 0; ; {
			i := strings.Index(text[at:], word)
			if i < 0 {
				break
			}
			i += at
			window := text[max(0, i-nameWindow):min(len(text), i+len(word)+nameWindow)]
			words, norms := d.tokens(window)
			if d.kindAsName(kind, window, words, norms) {
				return true
			}
			at = i + len(word)
		}
	}
	return false
}

// nameShapedIn reports whether body holds word, capitalised, with a
// letter in lower case (or a comma) before it and one after it, past
// spaces, line breaks and emphasis or link marks ("… named Vision after
// …", "we stop after *Vision* and"): the shape kindAsName looks for,
// found in the raw bytes before any text is built. It may find shapes
// kindAsName then rejects; it misses none it accepts.
func nameShapedIn(body []byte, word string) bool {
	w := []byte(word)
	mark := func(b byte) bool {
		return b == ' ' || b == '\n' || b == '*' || b == '_' || b == '[' || b == ']' || b == '(' || b == ')' || b == '`'
	}
	lower := func(b byte) bool { return b >= 'a' && b <= 'z' }
	for i := range indexesOf(body, w) {
		at := i + len(w)
		b := i - 1
		for b >= 0 && b >= i-4 && mark(body[b]) {
			b--
		}
		a := at
		for a < len(body) && a < at+4 && mark(body[a]) {
			a++
		}
		if b < i-1 && b >= 0 && (lower(body[b]) || body[b] == ',') && a > at && a < len(body) && lower(body[a]) {
			return true
		}
	}
	return false
}

// indexesOf yields where w stands in body, each occurrence in turn, by
// bytes.Index (a vector search) from just past the one before.
func indexesOf(body, w []byte) iter.Seq[int] {
	return func(yield func(int) bool) {
		for at := 0; ; {
			i := bytes.Index(body[at:], w)
			if i < 0 {
				return
			}
			i += at
			at = i + len(w)
			if !yield(i) {
				return
			}
		}
	}
}

// workTitleIn reports whether body holds the capitalised kind's word in
// a work's title set in italics, as books, plays and operettas are named
// ("*The Mission of Captain Brass* is a comic operetta …"): an emphasis
// mark, perhaps an article, the word, then only title words ("of",
// "the", capitalised ones) to the closing mark on the same line.
func workTitleIn(body []byte, word string) bool {
	w := []byte(word)
	for i := range indexesOf(body, w) {
		at := i + len(w)
		open := i
		for _, article := range []string{"The ", "A ", "An "} {
			if open >= len(article) && string(body[open-len(article):open]) == article {
				open -= len(article)
				break
			}
		}
		if open == 0 || body[open-1] != '*' && body[open-1] != '_' {
			continue
		}
		if titleRunCloses(body[at:], body[open-1]) {
			return true
		}
	}
	return false
}

// titleRunCloses reports whether rest, after a kind's word, runs through
// title words to the emphasis mark that closes the title, on its line,
// with at least one word between ("of Captain Brass*"): not "*Mission*",
// which kindAsName reads.
func titleRunCloses(rest []byte, mark byte) bool {
	words := 0
	for len(rest) > 0 {
		switch rest[0] {
		case mark:
			return words >= 2
		case ' ':
			rest = rest[1:]
			continue
		case '\n':
			return false
		}
		end := bytes.IndexAny(rest, " \n*_")
		if end < 0 {
			return false
		}
		w := string(rest[:end])
		if w != "of" && w != "the" && w != "and" && !(w[0] >= 'A' && w[0] <= 'Z') {
			return false
		}
		words++
		rest = rest[end:]
	}
	return false
}

// nameWindow is how many bytes on either side of a kind's capitalised
// word kindNamedOnPage reads.
const nameWindow = 40

// seriesTitled reports whether the page's title (its front matter title,
// or a level-1 heading first) names one of a numbered series of the kind
// ("Act 2, Mission 4 — Harbor Heist", "Mission 3: Cold Start"): the page
// is about that one, a game's, a flight's or a sprint's, and a statement
// of either kind on it is that one's or a character's, unless it says
// plainly that it states the organisation's.
func (d *detector) seriesTitled(kind Kind) bool {
	if !d.seriesRead {
		d.series, d.seriesRead = d.titleSeries(), true
	}
	return d.series == kind
}

// titleSeries returns the kind the page's title numbers one of, or "".
func (d *detector) titleSeries() Kind {
	title := d.pageTitle()
	words, norms := d.tokens(title)
	for i := 0; i+1 < len(norms); i++ {
		if !tokenize.IsNumber(norms[i+1]) || len(norms[i+1]) > 3 {
			continue
		}
		if kinds, ok := d.kindPhrase(title, words[i:i+1], norms[i:i+1], false); ok && len(kinds) == 1 {
			return kinds[0]
		}
	}
	return ""
}

// sectionReach is how much of a heading's section eyesightSection reads,
// in bytes.
const sectionReach = 1200

// eyesightSection reports whether the section under a vision heading
// (top-level blocks i+1 to end), or the page before it, speaks of
// eyesight, though the text picked does not: two or more words of the eye and its care in its first
// sectionReach bytes ("# Children's vision" over "Good vision matters for
// reading …", then "… an eye test … NHS sight tests …"), or the page's
// title names them ("Judges' eyesight check"); unless the
// heading says the vision is the writer's ("## Our vision") or the text
// picked says plainly that it states a vision.
func (d *detector) eyesightSection(i, end int, p pick) bool {
	if i >= 0 && d.namesWriter(i) {
		return false // "## Our vision": the writer's own, though an optician's pictures eyes and glasses
	}
	if _, norms := d.tokens(d.topText(i+1, end, sectionReach)); !twoWordsOf(norms, d.vocab.visionEyesight) {
		// Or the page before the heading: "## Children's vision" on a
		// page that opens "Looking after your eyes is about more than a
		// new pair of glasses".
		if i < 0 {
			return false
		}
		if _, before := d.tokens(d.topText(i-1, -1, sectionReach)); !twoWordsOf(before, d.vocab.visionEyesight) && !d.eyesightTitle() {
			return false
		}
	}
	picked := d.blocksText(p.blocks)[p.start:p.end]
	words, norms := d.tokens(picked)
	c, ok := d.statementCue(picked, words, norms)
	return !ok || !c.explicit || c.kind != Vision
}

// eyesightTitle reports whether the page's title (its front matter
// title, or its first heading at level 1) names the eye or its care:
// "Judges' eyesight check", "Eye tests for children".
func (d *detector) eyesightTitle() bool {
	_, norms := d.tokens(d.pageTitle())
	for _, norm := range norms {
		if d.vocab.visionEyesight.Has(strings.TrimSuffix(norm, "'s")) {
			return true
		}
	}
	return false
}

// operationSection reports whether, under a mission heading at top[i]
// that names no owner ("## The mission", not "## Our mission"), the text
// picked tells of a mission carried out ("Operation Kestrel was a sabotage
// mission …"), or the text before the heading speaks of an operation
// (operationBefore: a satellite launched, a lander in orbit) and the text
// picked does not say plainly, in the present, that it states a mission:
// "## The mission" over "Kittiwake's mission was to measure the height of
// the sea …" on a page about a satellite.
func (d *detector) operationSection(i int, p pick) bool {
	if d.namesOwner(i) {
		return false
	}
	picked := d.blocksText(p.blocks)[p.start:p.end]
	words, norms := d.tokens(picked)
	if d.missionNarrated(norms) {
		return true
	}
	if !d.operationBefore(i) && !d.ordersDocument() {
		return false
	}
	c, ok := d.statementCue(picked, words, norms)
	return !ok || !c.explicit || c.kind != Mission || c.past
}

// ordersDocument reports whether two or more of the document's headings
// are, numbers aside, the paragraphs of a military order ("## 1.
// Situation", "## 3. Execution", "## 5. Command and signals"): its
// "Mission" is the task the order gives.
func (d *detector) ordersDocument() bool {
	if !d.ordersRead {
		d.orders, d.ordersRead = d.ordersHeadings(), true
	}
	return d.orders
}

// ordersHeadings is ordersDocument, read.
func (d *detector) ordersHeadings() bool {
	n := 0
	for _, b := range d.top {
		h, ok := b.(*ast.Heading)
		if !ok {
			continue
		}
		norms := d.headingNorms(h)
		for len(norms) > 0 && tokenize.IsNumber(norms[0]) {
			norms = norms[1:]
		}
		if len(norms) > 0 && d.vocab.ordersSection.Match(norms, 0) == len(norms) {
			n++
		}
	}
	return n >= 2
}

// narratedReach is how many words into the text picked missionNarrated
// looks for "was a … mission".
const narratedReach = 12

// missionNarrated reports whether the text says near its start that
// something was a mission, in the past and with an article ("Operation
// Kestrel was a sabotage mission planned by …", "Apollo 8 was the first
// crewed mission to …"): a mission carried out, told as history, which
// no organisation's statement of its own mission is.
func (d *detector) missionNarrated(norms []string) bool {
	for i := 0; i+2 < len(norms) && i < narratedReach; i++ {
		if norms[i] != "was" && norms[i] != "were" || norms[i+1] != "a" && norms[i+1] != "an" && norms[i+1] != "the" {
			continue
		}
		for j := i + 2; j < len(norms) && j <= i+5; j++ {
			if d.vocab.missions.Match(norms, j) > 0 {
				return true
			}
		}
	}
	return false
}

// namesOwner reports whether the heading at top[i] says, with a
// possessive word, whose statement it heads: "## Our mission", "## Notre
// vision" (a possessive name may be a satellite's or the children's).
func (d *detector) namesOwner(i int) bool {
	for _, w := range d.headingNorms(d.top[i]) {
		if d.vocab.owners.Has(w) {
			return true
		}
	}
	return false
}

// namesWriter reports whether the heading at top[i] says, with a
// possessive word, that the statement it heads is the writing
// organisation's: "## Our vision", not "## My vision" or "## Their
// vision", which may speak of a person's eyes.
func (d *detector) namesWriter(i int) bool {
	for _, w := range d.headingNorms(d.top[i]) {
		if d.vocab.owners.Has(w) && !isPersonalOwner(w) {
			return true
		}
	}
	return false
}

// namesCode reports whether a block's source writes the kind's word as
// code: in a code span ("`Mission`") or as a JSX element ("<Mission />"),
// the name of a component or a type, not a statement.
func (d *detector) namesCode(kind Kind, n ast.Node) bool {
	start, end := startOf(n), endOf(n)
	if start < 0 || end <= start {
		return false
	}
	return writesAsCode(d.doc.Body[max(0, start-1):min(len(d.doc.Body), end+1)], string(kind))
}

// writesAsCode reports whether src writes word (lower case), in any case,
// as a code span ("`Mission`") or a JSX element ("<Mission />",
// "<Mission>"), as in strings.ToLower(src); without the lower-case copy
// but where src holds one of the two letters that lower-case to ASCII
// (see lowerASCIIEqual).
func writesAsCode(src []byte, word string) bool {
	if bytes.Contains(src, dottedCapitalI) || bytes.Contains(src, kelvinSign) {
		l := strings.ToLower(string(src))
		return strings.Contains(l, "`"+word+"`") || strings.Contains(l, "<"+word+" ") || strings.Contains(l, "<"+word+"/") || strings.Contains(l, "<"+word+">")
	}
	for i := 0; i+1+len(word) < len(src); i++ {
		c := src[i]
		if c != '`' && c != '<' || !lowerASCIIEqual(src[i+1:i+1+len(word)], word) {
			continue
		}
		switch after := src[i+1+len(word)]; {
		case c == '`' && after == '`', c == '<' && (after == ' ' || after == '/' || after == '>'):
			return true
		}
	}
	return false
}

// codeNamesKind reports whether the page writes the kind's word as part
// of a name in code: in a code span, after a dot or between two words
// joined by "-" or "_" (`color.vision`, `--quire-color-vision-bg`,
// `player_mission_id`). The page documents a token, a theme or a field
// called so, and a section the bare word heads is about that thing. A
// file's name (`VISION.md`, `vision-v2.md`) or a channel's
// (`#product-vision`) does not count. It reads the page once a kind.
func (d *detector) codeNamesKind(kind Kind) bool {
	if v, ok := d.codeNamed[kind]; ok {
		return v
	}
	v := writesKindInCode(d.doc.Body, string(kind))
	if d.codeNamed == nil {
		d.codeNamed = map[Kind]bool{}
	}
	d.codeNamed[kind] = v
	return v
}

// writesKindInCode reports whether body writes word (lower case) in a code
// span as a property or a middle part of a name (see codeNamesKind). It
// looks only between backticks on one line, which few lines hold.
func writesKindInCode(body []byte, word string) bool {
	for from := 0; from < len(body); {
		open := bytes.IndexByte(body[from:], '`')
		if open < 0 {
			return false
		}
		open += from + 1
		end := open
		for end < len(body) && body[end] != '`' && body[end] != '\n' {
			end++
		}
		if end >= len(body) || body[end] != '`' {
			from = end
			continue
		}
		if codeNamePart(body[open:end], word) {
			return true
		}
		from = end + 1
	}
	return false
}

// codeNamePart reports whether a code span's text holds word, in any case,
// after a dot ("color.vision") or between "-" or "_" and another
// ("--quire-color-vision-bg"); not as the last part of a channel's name
// ("#product-vision") nor the first of a file's ("vision-v2.md").
func codeNamePart(code []byte, word string) bool {
	for from := 0; from < len(code); {
		k := indexFold(code[from:], word)
		if k < 0 {
			return false
		}
		i, end := from+k, from+k+len(word)
		before, after := byte(' '), byte(' ')
		if i > 0 {
			before = code[i-1]
		}
		if end < len(code) {
			after = code[end]
		}
		if before == '.' && !isWordByte(after) && after != '.' || (before == '-' || before == '_') && (after == '-' || after == '_') {
			return true
		}
		from = end
	}
	return false
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// eyesightPage reports whether the page speaks of eyesight: two words of
// the eye and its care in its first pageReach bytes (an eye clinic's page,
// a school's vision screening page), read once.
func (d *detector) eyesightPage() bool {
	if !d.eyesightRead {
		_, norms := d.tokens(d.topText(0, len(d.top), pageReach))
		d.eyesight, d.eyesightRead = twoWordsOf(norms, d.vocab.visionEyesight), true
	}
	return d.eyesight
}

// pageReach is how much of a page eyesightPage reads.
const pageReach = 8000

// labelOwned reports whether a label says whose statement it is ("Our
// vision (pun intended):"), as a page about eyes may still state its own.
func (d *detector) labelOwned(label string) bool {
	_, norms := d.tokens(label)
	for _, w := range norms {
		if d.vocab.owners.Has(w) || strings.HasSuffix(w, "'s") {
			return true
		}
	}
	return false
}

// technicalVision reports whether "vision" stands among the words next to
// a word that makes it the ability to see images: "computer vision" (or
// "computer-vision"),
// "vision models", "Vision is supported …". Not what someone or something
// has, after "with" or "without" ("readers with low vision", "robots with
// machine vision"), or before people it describes ("low-vision readers"):
// an attribute the text mentions, not its topic.
func (d *detector) technicalVision(norms []string) bool {
	for i, w := range norms {
		if before, ok := strings.CutSuffix(w, "-vision"); ok && d.vocab.notVision.Has(before) && !describesPeople(norms, i) {
			return true // "computer-vision models", written as one word
		}
		if w != "vision" {
			continue
		}
		if i > 0 && d.vocab.notVision.Has(norms[i-1]) && !(i >= 2 && (norms[i-2] == "with" || norms[i-2] == "without")) && !describesPeople(norms, i) {
			return true
		}
		j := i + 1
		for j < len(norms) && isAuxiliary(norms[j]) {
			j++
		}
		if j < len(norms) && d.vocab.visionFeature.Has(norms[j]) {
			return true
		}
	}
	return false
}

// describesPeople reports whether the word after norms[i] names people,
// whom the words up to it describe.
func describesPeople(norms []string, i int) bool {
	return i+1 < len(norms) && namesPeople(norms[i+1])
}

// namesPeople reports whether a noun names people in its likeliest sense,
// as WordNet files it: "users", "readers", "families".
func namesPeople(w string) bool {
	e, ok := wordnet.Base(w, wordnet.Noun)
	if !ok {
		return false
	}
	c := wordnet.Class(e.First(wordnet.Noun))
	return c == wordnet.NounPerson || c == wordnet.NounSocialGroup
}

// twoWordsOf reports whether two or more different words of set stand
// among the words: of an operation (a launch, an orbit, a sortie), or of
// the eye and its care.
func twoWordsOf(norms []string, set *lexicon.Set) bool {
	first := ""
	for _, norm := range norms {
		norm = strings.TrimSuffix(norm, "'s") // "the spacecraft's battery"
		parts := []string{norm}
		if strings.Contains(norm, "-") && !set.Has(norm) {
			parts = strings.Split(norm, "-") // "on-orbit", "post-launch": each part
		}
		for _, w := range parts {
			if set.Has(w) {
				if first != "" && w != first {
					return true
				}
				first = w
			}
		}
	}
	return false
}

// isAuxiliary reports whether w is an auxiliary or adverb that may stand
// between a subject and what is said of it ("Vision is now supported").
// The language layer (lint/language) could read the clause instead.
func isAuxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "can", "will", "now", "also", "has", "have", "fully", "not":
		return true
	}
	return false
}
