package detect

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/vmlint/vmlint/lint/language/wordnet"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// fitsReach is how much of a block's opening text fits looks at, in
// bytes, and metaReach how much of it a metadata label may take.
const (
	fitsReach = 400
	metaReach = 80
)

// fits reports whether a block can hold a statement: prose no claim has
// taken that is not navigation (only links), metadata lines ("Owner: Ana"
// on each line), a checklist ("- [ ] offline maps") or a directive or notice ("{{% notice %}}", ":::note",
// "[!NOTE]", an MDX import), and that reads as a statement.
func (d *detector) fits(n ast.Node) bool {
	if !mayHold(n) || d.claims.taken(n) {
		return false
	}
	like, ok := d.statementLike[n]
	if !ok {
		text := d.text(n)
		if start, end, wrapped := d.calloutInner(n); wrapped {
			text = text[start:end] // "{{< callout >}}\nWe run …\n{{< /callout >}}": the text the callout shows
		}
		like = !selfClosingTag(text) && !d.imageCaption(n) && !d.emphasisedInstruction(n) && !d.navigation(n) && !d.metadataLines(n) && !d.metadataTable(n) && !recordTable(n) && !checklist(n) && !d.quotedTerms(n) && d.readsAsStatement(text) && !d.documentGoesOn(n) && !d.cardTeaser(n, text)
		put(&d.statementLike, n, like)
	}
	return like
}

// imageCaption reports whether a paragraph is the caption of an image just
// above it: all of it in emphasis, straight after a paragraph that holds
// only an image, and opening with a figure's number ("*Figure 1. Button,
// default theme (left) and …*") or with the words the image's own text
// opens with ("![Vision: the same lesson card …]" over "*Vision: the same
// lesson card in …*"). (An emphasised line under a banner without either
// may be a tagline or the statement itself.)
func (d *detector) imageCaption(n ast.Node) bool {
	if !wholeInEmphasis(n) {
		return false
	}
	prev, ok := n.PreviousSibling().(*ast.Paragraph)
	if !ok || prev.FirstChild() == nil {
		return false
	}
	var alt string
	for c := prev.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Image:
			alt = d.altText(c)
		case *ast.Link:
			if _, ok := c.FirstChild().(*ast.Image); !ok || c.FirstChild() != c.LastChild() {
				return false // a linked image counts as one
			}
			alt = d.altText(c.FirstChild())
		default:
			return false
		}
	}
	text := d.text(n)
	return numberedFigure(text) || sameOpening(alt, text, captionOpeningWords)
}

// altText returns the text an image shows when it cannot be seen: its
// description's words ("![Vision: the tide table …](…)").
func (d *detector) altText(image ast.Node) string {
	var b strings.Builder
	_ = ast.Walk(image, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering {
			b.Write(t.Segment.Value(d.doc.Body))
			b.WriteByte(' ')
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// captionOpeningWords is how many words a caption and its image's text
// share at their start when the caption repeats it.
const captionOpeningWords = 4

// sameOpening reports whether two texts open with the same n words, by
// letters and digits alone, case aside.
func sameOpening(a, b string, n int) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	wa, wb := split(a), split(b)
	if len(wa) < n || len(wb) < n {
		return false
	}
	for i := range n {
		if wa[i] != wb[i] {
			return false
		}
	}
	return true
}

// numberedFigure reports whether a caption opens with a figure's label
// and number ("Figure 1.", "Fig. 3:", "Image 2 –").
func numberedFigure(text string) bool {
	label, rest, ok := strings.Cut(strings.TrimSpace(text), " ")
	switch strings.ToLower(strings.TrimSuffix(label, ".")) {
	case "figure", "fig", "image", "photo", "screenshot", "plate", "illustration":
	default:
		return false
	}
	return ok && rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// selfClosingTag reports whether a block's text is one self-closing tag
// written out, as a component of a docs site is in a Markdown page that
// the site reads as MDX ("<ColourSwatch tokens={["vision-surface"]} />"):
// markup, with no prose of its own.
func selfClosingTag(text string) bool {
	text = strings.TrimSpace(text)
	return len(text) > 3 && text[0] == '<' && (text[1] >= 'A' && text[1] <= 'Z' || text[1] >= 'a' && text[1] <= 'z') &&
		strings.HasSuffix(text, "/>") && strings.IndexByte(text[1:], '<') < 0
}

// calloutInner returns the part of a paragraph's text between a
// callout's opening and closing lines when the paragraph holds both ("{{<
// callout type="info" >}}", the text, "{{< /callout >}}", with no blank
// line between), and whether it does.
func (d *detector) calloutInner(n ast.Node) (int, int, bool) {
	if _, ok := n.(*ast.Paragraph); !ok {
		return 0, 0, false
	}
	starts := d.doc.LineStarts(n)
	if len(starts) < 3 {
		return 0, 0, false
	}
	text := d.text(n)
	last := starts[len(starts)-1]
	opening, closing := strings.TrimSpace(text[:starts[1]]), strings.TrimSpace(text[last:])
	if !(opensCallout(opening) && closesCallout(closing) || confluenceMacro(opening, closing)) {
		return 0, 0, false
	}
	if d.vocab.noticeBlock.Has(blockName(opening)) {
		return 0, 0, false // "{{% notice info %}}", "{note}": a notice, an aside of the page, states nothing
	}
	return starts[1], last, true
}

// blockName returns the name of the shortcode or macro a line opens
// ("callout" of '{{< callout type="info" >}}', "panel" of
// "{panel:title=Vision}"), in lower case.
func blockName(line string) string {
	line = strings.TrimLeft(line, "{<%: ")
	end := strings.IndexFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '_' })
	if end < 0 {
		end = len(line)
	}
	return strings.ToLower(line[:end])
}

// confluenceMacro reports whether two lines open and close a Confluence
// wiki macro around text, as an export leaves them: "{panel:title=Vision|…}"
// or "{info}", then "{panel}" or "{info}", the macro's own name.
func confluenceMacro(opening, closing string) bool {
	if len(closing) < 3 || closing[0] != '{' || closing[len(closing)-1] != '}' || len(opening) < len(closing) || opening[len(opening)-1] != '}' {
		return false
	}
	name := closing[1 : len(closing)-1]
	for _, r := range name {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return opening == closing || strings.HasPrefix(opening, "{"+name+":")
}

// opensCallout reports whether a line opens a shortcode or template block
// that closesCallout ends ("{{< callout type="info" >}}", "{{% notice %}}",
// "{% hint style="info" %}").
func opensCallout(line string) bool {
	line = strings.TrimSpace(line)
	return strings.HasPrefix(line, "{{<") && strings.HasSuffix(line, ">}}") && !strings.HasPrefix(line, "{{< /") ||
		strings.HasPrefix(line, "{{%") && strings.HasSuffix(line, "%}}") && !strings.HasPrefix(line, "{{% /") ||
		strings.HasPrefix(line, "{% ") && strings.HasSuffix(line, "%}") && !strings.HasPrefix(line, "{% end")
}

// checklist reports whether a list's first item opens with a task box
// ("- [ ] plugin system"): a plan, not a statement.
func checklist(n ast.Node) bool {
	list, ok := n.(*ast.List)
	if !ok || list.FirstChild() == nil {
		return false
	}
	first := list.FirstChild().FirstChild()
	if first == nil {
		return false
	}
	_, ok = first.FirstChild().(*east.TaskCheckBox)
	return ok
}

// quotedTerms reports whether a block is a list whose every item is one
// phrase in double quotes, after any mark ("✅ "Nexora's platform"", "❌
// "chatbot""): a style guide's words to use or avoid, no statement. An
// item that quotes a phrase and goes on ("- "neighbour", not "client"") is
// prose.
func (d *detector) quotedTerms(n ast.Node) bool {
	list, ok := n.(*ast.List)
	if !ok || list.FirstChild() == nil {
		return false
	}
	for item := list.FirstChild(); item != nil; item = item.NextSibling() {
		text := strings.TrimLeftFunc(d.text(item), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !doubleQuote(r) })
		text = strings.TrimRightFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '.' || r == ',' || r == ';' })
		open, size := utf8.DecodeRuneInString(text)
		closing, closingSize := utf8.DecodeLastRuneInString(text)
		if !doubleQuote(open) || !doubleQuote(closing) || len(text) <= size+closingSize || strings.ContainsFunc(text[size:len(text)-closingSize], doubleQuote) {
			return false
		}
	}
	return true
}

// doubleQuote reports whether r is a double quotation mark, straight or
// curly.
func doubleQuote(r rune) bool { return r == '"' || r == '“' || r == '”' }

// crossReferenceWords is the most words of a block that only points to
// another answer ("See A1.", "See section 2 above").
const crossReferenceWords = 4

// statusNoteIn reports whether a note on where a statement's drafting
// stands opens the words ("Working group still drafting", "The committee
// is still working on the wording …"); not a picture that opens as a
// vision does and holds the words ("A world where nobody waits on hold").
func (d *detector) statusNoteIn(norms []string) bool {
	if visionOpens(norms, 0) {
		return false
	}
	for i := 0; i < len(norms) && i < placeholderNoteWords; i++ {
		if d.vocab.statusNote.Match(norms, i) > 0 {
			return true
		}
	}
	return false
}

// templateSlot reports whether paragraph n (or a quote of one paragraph)
// is nothing but a template's slot, after a label of a kind if it opens
// with one: a variable in double braces ("{{MISSION_STATEMENT}}", "**Vision
// statement:** {{ VISION_STATEMENT }}") or a note in square brackets that
// is no statement ("[Insert your vision here]").
func (d *detector) templateSlot(n ast.Node) bool {
	if q, ok := n.(*ast.Blockquote); ok && q.FirstChild() != nil && q.FirstChild() == q.LastChild() {
		n = q.FirstChild()
	}
	if _, ok := n.(*ast.Paragraph); !ok {
		return false
	}
	t := strings.TrimSpace(d.text(n))
	if _, after, ok := d.label(t); ok {
		t = strings.TrimSpace(t[after:])
		if templateReference(t) {
			return true // "**Mission statement:** {% include mission.md %}"
		}
	}
	switch {
	case strings.HasPrefix(t, "{{") && strings.HasSuffix(t, "}}"):
		return !strings.Contains(t[2:len(t)-2], "}}")
	case strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]"):
		return !strings.Contains(t[1:len(t)-1], "]") && !d.fits(n)
	}
	return false
}

// statusNote reports whether block n opens with a note on where a
// statement's drafting stands.
func (d *detector) statusNote(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok {
		return false
	}
	text := d.text(n)
	if len(text) > metaReach {
		text = text[:metaReach]
	}
	_, norms := d.tokens(text)
	return d.statusNoteIn(norms)
}

// slotsAlmostAll reports whether text is template slots ("{{ … }}") and
// at most slotJoinWords words between them ("{{ Organisation name }}
// envisions {{ describe the future … }}."): a sentence still to be
// written.
func slotsAlmostAll(text string) bool {
	rest, slots := text, 0
	for {
		i := strings.Index(rest, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(rest[i:], "}}")
		if j < 0 {
			return false
		}
		rest, slots = rest[:i]+" "+rest[i+j+2:], slots+1
	}
	return slots >= 2 && len(strings.Fields(strings.Trim(rest, " .:;,!"))) <= slotJoinWords
}

// slotJoinWords is the most words between a template's slots in a
// sentence slotsAlmostAll takes for one still to be written.
const slotJoinWords = 3

// templateReference reports whether the first line of text is a
// template's expression or tag and nothing else ("{{ page.vision }}", "{%
// include mission.md %}"): a statement given elsewhere, which a site
// renders there; not "{{product_name}} envisions …", a template's
// sentence with a slot to fill.
func templateReference(text string) bool {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = strings.TrimSpace(line)
	return strings.HasPrefix(line, "{{") && strings.HasSuffix(line, "}}") || strings.HasPrefix(line, "{%") && strings.HasSuffix(line, "%}")
}

// slotAfterCue reports whether all that follows a statement cue in text,
// past an infinitive's "to", is one template expression ("Our mission is
// to {{ mission_statement }}."): a template of the page, whose statement is
// filled in elsewhere.
func (d *detector) slotAfterCue(text string, words []tokenize.Range, norms []string) bool {
	c, ok := d.statementCue(text, words, norms)
	return ok && slotAfter(text, words, norms, c)
}

// slotAfter reports whether all that follows cue c in text, past an
// infinitive's "to", is template expressions, joined by no more than the
// small words between a template's slots ("Our mission is to {{ what you
// do }} for {{ who you do it for }} by {{ how you do it }}.").
func slotAfter(text string, words []tokenize.Range, norms []string, c cue) bool {
	if !c.explicit || c.from < 1 || c.from >= len(words) || !strings.Contains(text, "{{") && !strings.Contains(text, "{%") {
		return false
	}
	rest := text[words[c.from-1].End:]
	if norms[c.from] == "to" {
		rest = text[words[c.from].End:]
	}
	slots := 0
	for {
		rest = strings.TrimLeft(rest, " \n")
		if strings.Trim(rest, ".!\n ") == "" {
			return slots > 0
		}
		opened := false
		for _, delims := range [...][2]string{{"{{", "}}"}, {"{%", "%}"}} {
			if inner, ok := strings.CutPrefix(rest, delims[0]); ok {
				_, after, closed := strings.Cut(inner, delims[1])
				if !closed {
					return true // a sentence may end inside the expression, at its last word
				}
				rest, opened, slots = after, true, slots+1
				break
			}
		}
		if opened {
			continue
		}
		word, after, _ := strings.Cut(rest, " ")
		if slots == 0 || !slotJoiner(strings.ToLower(strings.Trim(word, ",;"))) {
			return false
		}
		rest = after
	}
}

// slotJoiner reports whether a word may stand between a template's slots
// ("{{ what you do }} for {{ who }} by {{ how }}").
func slotJoiner(w string) bool {
	switch w {
	case "for", "by", "and", "to", "of", "in", "with", "so", "that", "through", "the", "a", "an":
		return true
	}
	return false
}

// readsAsStatement reports whether text could state a vision or mission:
// not empty, not a directive, not only questions ("Where are we going?"),
// not metadata ("Status: draft"), not about the document ("This page …",
// "Here we describe …", "See also …"), not an instruction to whoever fills
// in a template ("Describe the problem your product solves."), not a note
// that the statement will come ("Vision will follow"), and not talk about a
// statement ("Our mission guides us").
func (d *detector) readsAsStatement(text string) bool {
	if strings.TrimSpace(text) == "" || isDirective(text) || d.questions(text) || templateReference(text) {
		return false
	}
	// Metadata shows in the first words; talk about a statement in the
	// opening, and only where a kind is named at all.
	head := text
	if len(head) > metaReach {
		head = head[:metaReach]
	}
	words, norms := d.tokens(head)
	if len(norms) == 0 {
		return false
	}
	if (strings.Contains(head, "{{") || strings.Contains(head, "{%")) && (d.slotAfterCue(head, words, norms) || slotsAlmostAll(text)) {
		return false // "Our mission is to {{ mission_statement }}.", "{{ Organisation name }} envisions {{ describe the future … }}.": the whole statement is the template's to fill in
	}
	if d.vocab.metaOpening.Match(norms, 0) > 0 || d.templateInstruction(text, norms) || d.definesTerm(norms) || d.describesItself(norms) || d.byline(norms) {
		return false
	}
	if len(head) == len(text) && len(norms) <= maxDottedWords && !strings.Contains(text, "\n") && strings.Contains(text, " · ") {
		return false // "_Fenwick Archers · agreed 12 September_": a page's fields, set apart by middle dots, under its title
	}
	if len(head) == len(text) && len(norms) <= 2 && d.vocab.companions.Match(norms, 0) == len(norms) {
		return false // "Values" after a "Mission" tab's button: another topic's name, not a statement
	}
	if len(norms) > 1 && norms[0] == "your" && words[0].Start == 0 && (d.vocab.missions.Match(norms, 1) > 0 || d.vocab.visions.Match(norms, 1) > 0) {
		return false // "Your mission, should you choose to accept it: …": the reader's, a role's or a game's; not "[Your vision statement]", a template's slot
	}
	if k := d.vocab.metaLabel.Match(norms, 0); k > 0 && k < len(words) {
		if gap := head[words[k-1].End:words[k].Start]; strings.Contains(gap, ":") || strings.Contains(gap, ".") || strings.Contains(gap, " - ") || strings.Contains(gap, " – ") || strings.Contains(gap, " — ") {
			return false // "Status: draft", "**Draft.** Copy this page when you start …", "**Template** - copy this page …": a label of metadata, then what it notes
		}
	}
	if len(head) == len(text) && len(norms) <= placeholderNoteWords {
		if d.vocab.noteOpening.Match(norms, 0) > 0 {
			return false // "not discussed", "none yet"
		}
		if norms[0] == "see" && len(norms) <= crossReferenceWords {
			return false // "See A1.", "See above.": a form's answer that points to another
		}
		if n, _ := tokenize.TrimCurrency(norms[0]); len(norms) <= 2 && tokenize.IsNumber(n) {
			return false // "9 pts", "£40", "$40", "12:30": a score, a price or a time, what a list of results or prices gives
		}
		if len(norms) <= salutationWords && d.vocab.salutation.Match(norms, 0) > 0 {
			return false // "Hi all 👋", "Dear members,"
		}
		for i := range norms {
			if d.vocab.placeholderNote.Match(norms, i) > 0 {
				return false
			}
		}
	}
	if d.statusNoteIn(norms) {
		return false // "Working group still drafting; nothing to bring to this meeting."
	}
	if len(text) > fitsReach {
		text = text[:fitsReach]
	}
	if !cueIn(d.vocab.cues, text) {
		return true
	}
	words, norms = d.tokens(text)
	return !d.talksAbout(text, words, norms)
}

// describesItself reports whether text opens with "this", a short name of
// the document and a verb of describing a text ("This runbook describes
// how to …", "This Service Level Agreement ("SLA") sets out …"): a
// paragraph about the document, whatever the document is called; not
// "This charity sets out to …", an aim.
func (d *detector) describesItself(norms []string) bool {
	if len(norms) > 0 && clauseNumber(norms[0]) {
		norms = norms[1:] // "1.1 This policy sets out …"
	}
	if len(norms) < 4 || norms[0] != "this" {
		return false
	}
	for k := 2; k <= describedNameWords+1 && k < len(norms); k++ {
		if n := d.vocab.metaVerb.Match(norms, k); n > 0 {
			return k+n >= len(norms) || norms[k+n] != "to"
		}
	}
	return false
}

// clauseNumber reports whether a word numbers a clause of a formal
// document ("1.1", "2.3.4", "4."): digits and dots only, with a dot.
func clauseNumber(w string) bool { return strings.Contains(w, ".") && tokenize.IsNumber(w) }

// cardTeaser reports whether a block opens with a word of asking but asks
// nothing ("What we are here to do and who for.", "Where the board wants
// Fenmoor to be by 2030.") and the block after it holds only a link: a
// card's line about the page it links to, not the statement.
func (d *detector) cardTeaser(n ast.Node, text string) bool {
	next := n.NextSibling()
	if next == nil || !isWhWord(firstWord(text)) || strings.ContainsAny(text, "?？") || !mayHold(next) {
		return false
	}
	return d.navigation(next)
}

// firstWord returns the first word of text in lower case, past any
// emphasis or quotes, without reading the rest.
func firstWord(text string) string {
	text = strings.TrimLeft(text, " *_\"'“‘")
	end := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(text)
	}
	return strings.ToLower(text[:end])
}

// tellsItsAdoption reports whether block n opens with "this", a noun for a
// text and its adoption ("This charter was agreed by the Saturday and
// Wednesday sorting crews.", "This plan has been approved by …"): a note
// on how the page came to be, not its statement.
func (d *detector) tellsItsAdoption(n ast.Node) bool {
	text := d.text(n)
	if len(text) > metaReach {
		text = text[:metaReach] // the note shows in its first words
	}
	_, norms := d.tokens(text)
	if len(norms) < 4 || norms[0] != "this" || !textNoun(norms[1]) {
		return false
	}
	k := 2
	if norms[k] == "has" && norms[k+1] == "been" {
		k++
	} else if norms[k] != "was" && norms[k] != "is" {
		return false
	}
	return k+1 < len(norms) && d.vocab.adopting.Has(norms[k+1])
}

// endsOnThePage reports whether paragraph n, of two sentences or more,
// ends with one about the page itself ("… This page sets out the
// long-term picture the maintainers are working towards."): a note that
// leads to what follows.
func (d *detector) endsOnThePage(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok {
		return false
	}
	text := strings.TrimSpace(d.text(n))
	if d.sentenceCount(text) < 2 {
		return false
	}
	k := strings.LastIndex(strings.TrimRight(text, ".!"), ". ")
	if k < 0 {
		return false
	}
	_, norms := d.tokens(text[k+2:])
	return d.aboutDocument(norms)
}

// documentGoesOn reports whether block n opens with "It" right after a
// block that describes the document ("This standard sets out …" then "It
// exists so that surveys … can be compared"): the document still, not
// the organisation.
func (d *detector) documentGoesOn(n ast.Node) bool {
	prev := n.PreviousSibling()
	if prev == nil || !mayHold(prev) {
		return false
	}
	_, norms := d.tokens(d.text(n))
	if len(norms) > 0 && clauseNumber(norms[0]) {
		norms = norms[1:] // "1.2 It should be read alongside …"
	}
	if len(norms) == 0 || norms[0] != "it" {
		return false
	}
	_, before := d.tokens(d.text(prev))
	return d.describesItself(before)
}

// maxDottedWords is the most words a line of a page's fields set apart by
// middle dots has ("Fenwick Archers · agreed 12 September · v2").
const maxDottedWords = 12

// describedNameWords is the most words a document's name has after "this"
// in a paragraph that describes it ("this service level agreement sla").
const describedNameWords = 5

// byline reports whether the opening words hold a page's byline ("Created
// by Ann Lee, last modified by Raj Patel on …").
func (d *detector) byline(norms []string) bool {
	for i := range norms {
		if d.vocab.byline.Match(norms, i) > 0 {
			return true
		}
	}
	return false
}

// definesTerm reports whether text opens as a glossary's definition of a
// term does: "a" or "an", at most two words, and a noun for a statement
// followed by what it says ("A short statement of what an organisation
// does", "A description of the future …").
func (d *detector) definesTerm(norms []string) bool {
	if len(norms) < 3 || norms[0] != "a" && norms[0] != "an" {
		return false
	}
	for k := 1; k <= 3 && k+1 < len(norms); k++ {
		if d.vocab.definitionHead.Has(norms[k]) {
			switch norms[k+1] {
			case "of", "that", "which", "describing", "explaining", "saying":
				return true
			}
			return false
		}
	}
	return false
}

// templateInstruction reports whether text tells whoever fills in a
// template what to write: it opens with an instruction ("Describe", "Use
// this document to", "Fill in") and speaks to the reader ("your product",
// "you") or of the document ("this section") in the instruction itself,
// before a comma or the sentence's end ("Write one sentence: what you
// do" goes on past its colon) and within instructionReach words;
// not "Keep every family's passwords safe, and make security something you
// never think about", where "you" is whoever is served.
func (d *detector) templateInstruction(text string, norms []string) bool {
	if d.vocab.templateInstruction.Match(norms, 0) == 0 {
		return false
	}
	if len(text) > fitsReach {
		text = text[:fitsReach]
	}
	words, all := d.tokens(text)
	for i, w := range all {
		if i > instructionReach || i > 0 && strings.ContainsAny(text[words[i-1].End:words[i].Start], ",.;!?") {
			break
		}
		if w == "you" || w == "your" || w == "this" && i+1 < len(all) && d.vocab.metaOpening.Match(all, i) > 0 {
			return true
		}
	}
	return false
}

// wholeInEmphasis reports whether block n is a paragraph whose one child
// is an emphasis ("*Figure 1. …*", "_Describe the harbour …_").
func wholeInEmphasis(n ast.Node) bool {
	p, ok := n.(*ast.Paragraph)
	if !ok || p.FirstChild() == nil || p.FirstChild() != p.LastChild() {
		return false
	}
	_, ok = p.FirstChild().(*ast.Emphasis)
	return ok
}

// emphasisedInstruction reports whether a paragraph, all of it in
// emphasis, opens with an instruction to say something ("_Describe the
// harbour once it has done its job._", "*Explain what skippers put up
// with today.*"): the guidance a template sets in italics where the text
// will go. The instruction is one of the template-instruction list whose
// first sense WordNet files under communication, so an italic mission
// that opens with a verb of doing ("_Give every skipper …_") still reads
// as a statement.
func (d *detector) emphasisedInstruction(n ast.Node) bool {
	if !wholeInEmphasis(n) {
		return false
	}
	_, norms := d.tokens(d.text(n))
	if len(norms) < 2 || d.vocab.templateInstruction.Match(norms, 0) != 1 {
		return false
	}
	e, ok := wordnet.Lookup(norms[0])
	return ok && wordnet.Class(e.First(wordnet.Verb)) == wordnet.VerbCommunication
}

// instructionReach is how many words into an instruction to whoever fills
// in a template it names them or the document.
const instructionReach = 8

// metadataLines reports whether every line of a paragraph of two lines or
// more is a short label and its value ("Created: 2024-03-01", "Owner: Ana"),
// none of them a kind.
func (d *detector) metadataLines(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok || d.doc.LineStarts == nil || n.Lines().Len() < 2 {
		return false
	}
	text := d.text(n)
	if strings.Count(text, ":") < n.Lines().Len() {
		return false // a line without a colon
	}
	starts := d.doc.LineStarts(n)
	for i, s := range starts {
		end := len(text)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		line := text[s:end]
		words, _ := d.tokens(line)
		sep, _ := labelSeparator(line, words)
		if sep == 0 || sep > 3 || !strings.Contains(line[words[sep-1].End:], ":") {
			return false
		}
		if _, _, ok := d.label(line); ok {
			return false
		}
	}
	return true
}

// metadataCellWords is the most words in every cell of a table that holds
// facts about a page or team ("| Lead | Ama Owusu |"), not a statement.
const metadataCellWords = 6

// metadataTable reports whether a table only lists short facts: every
// cell a few words at most ("| Team | Developer Platform |", "| Last
// updated | 2024-11-04 |"). A table that holds a statement has a cell
// with a sentence in it.
func (d *detector) metadataTable(n ast.Node) bool {
	if _, ok := n.(*east.Table); !ok {
		return false
	}
	cells := 0
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			if len(tokenize.Words(d.text(cell))) > metadataCellWords {
				return false
			}
			cells++
		}
	}
	return cells > 0
}

// recordTable reports whether a table lists records: recordColumns
// columns or more and as many rows of them ("| ID | Title | Status |
// Points |", a row per ticket). A table that holds a statement gives it a
// cell, beside its kind's name or under it ("| Vision | Mission | Values
// |" over one row), not a row among many alike.
func recordTable(n ast.Node) bool {
	if _, ok := n.(*east.Table); !ok {
		return false
	}
	rows, columns := 0, 0
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		if _, header := row.(*east.TableHeader); header {
			continue
		}
		rows++
		columns = max(columns, row.ChildCount())
	}
	return rows >= recordColumns && columns >= recordColumns
}

// recordColumns is how many columns, and rows under the header, make a
// table a list of records.
const recordColumns = 3

// salutationWords is the most words a greeting has ("Dear members of the
// society,").
const salutationWords = 5

// placeholderNoteWords is the most words a note that stands in for a
// statement has ("The vision will follow soon.", "Not discussed this
// week, see the next meeting.").
const placeholderNoteWords = 8

// questions reports whether every sentence of text asks ("Where do we
// want to get to?", "Why does this company exist? What problem do we
// solve?"), but for a guide to the answer's length after them ("… in
// three years? One or two sentences."): questions introduce a statement,
// they are not one.
func (d *detector) questions(text string) bool {
	if t := strings.TrimRight(text, " *_\"'”’」"); !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "？") {
		tail := t[max(0, len(t)-lengthGuideBytes):] // a length guide is short: read no further back
		q := max(strings.LastIndexByte(tail, '?'), strings.LastIndex(tail, "？"))
		if q < 0 || !d.namesTextUnit(tail[q:]) {
			return false // the last sentence neither asks nor guides an answer's length
		}
	}
	words := tokenize.Words(text)
	sentences := tokenize.Sentences(text, words, d.lex)
	if len(sentences) == 0 {
		return false
	}
	for i, s := range sentences {
		end := tokenize.SentenceEnd(text, s[len(s)-1].End)
		t := strings.TrimRight(text[s[0].Start:end], " *_\"'”’」")
		if !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "？") && (i == 0 || !d.lengthGuide(text, s)) {
			return false
		}
	}
	return true
}

// lengthGuide reports whether a sentence only tells how long the answer
// should be ("One or two sentences.", "50 words max."): numbers and the
// words that count, around a unit of text. After a template's questions
// it is part of the prompt, not a statement.
func (d *detector) lengthGuide(text string, sentence []tokenize.Range) bool {
	if len(sentence) > lengthGuideWords {
		return false
	}
	unit := false
	for _, w := range sentence {
		norm := tokenize.Normalize(text[w.Start:w.End])
		switch {
		case d.vocab.textUnit.Has(norm):
			unit = true
		case !tokenize.IsNumber(norm) && !d.vocab.lengthCount.Has(norm):
			return false
		}
	}
	return unit
}

// namesTextUnit reports whether text holds a unit of text ("sentences",
// "words"), as a guide to an answer's length does.
func (d *detector) namesTextUnit(text string) bool {
	for _, w := range tokenize.Words(text) {
		if d.vocab.textUnit.Has(tokenize.Normalize(text[w.Start:w.End])) {
			return true
		}
	}
	return false
}

// lengthGuideWords is the most words of a guide to an answer's length,
// and lengthGuideBytes its most bytes, with the space before it.
const (
	lengthGuideWords = 6
	lengthGuideBytes = 60
)

// isDirective reports whether a block's text is markup of a site generator
// rather than prose: a Hugo or Liquid tag ("{{% notice %}}", "{% include
// %}"), a template expression standing alone ("{{ partial "nav" . }}"), a
// Docusaurus admonition (":::note"), a GitHub alert ("[!NOTE]"), or an MDX
// import or export. A template variable that opens a sentence is prose
// with a placeholder in it ("{{product_name}} envisions a future …").
func isDirective(text string) bool {
	switch {
	case strings.HasPrefix(text, "{{<"), strings.HasPrefix(text, "{{%"), strings.HasPrefix(text, "{%"), strings.HasPrefix(text, ":::"), strings.HasPrefix(text, "[!"):
		return true
	case strings.HasPrefix(text, "{{"):
		end := strings.Index(text, "}}")
		rest := ""
		if end >= 0 {
			rest = strings.TrimSpace(text[end+2:])
		}
		return end < 0 || rest == "" || strings.HasPrefix(rest, "{{") || strings.HasPrefix(rest, "{%")
	case strings.HasPrefix(text, "import "):
		return strings.Contains(text, " from ")
	case strings.HasPrefix(text, "export "):
		return strings.ContainsAny(text, "={(")
	}
	return false
}

// navigation reports whether a block holds only links (or images) with
// separators between them: a menu, a table of contents, or a breadcrumb,
// which may end with the current page's name ("Home › About › Mission").
func (d *detector) navigation(n ast.Node) bool {
	if text := d.text(n); !strings.Contains(text, "\n") && strings.Count(text, "›")+strings.Count(text, "»") >= breadcrumbSeparators {
		return true // "Workspace: Guild of Wessex Upholsterers › Committee › Governance": a breadcrumb in plain text
	}
	links, words := 0, 0
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Link, *ast.AutoLink, *ast.Image:
			links++
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			words += len(tokenize.Words(string(c.Segment.Value(d.doc.Body))))
		case *ast.String, *ast.CodeSpan:
			words += navigationWords + 1
		}
		if words > navigationWords {
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return links > 0 && (words == 0 || links >= 2 && words <= navigationWords)
}

// breadcrumbSeparators is how many "›" or "»" make a line of plain text a
// breadcrumb: a path of at least three places.
const breadcrumbSeparators = 2

// navigationWords is how many words of plain text a breadcrumb holds
// beside its links: the current page's name.
const navigationWords = 3

// talksAbout reports whether text talks about a statement rather than
// stating one: it names one ("our vision", "the mission") without a cue
// that states it ("our vision is to …") or a label ("Vision: …").
func (d *detector) talksAbout(text string, words []tokenize.Range, norms []string) bool {
	for i := 1; i < len(norms); i++ {
		switch norms[i] {
		case "vision", "mission", "purpose":
		default:
			continue
		}
		switch owner := norms[i-1]; owner {
		case "our", "the", "this", "its", "their", "that":
		default:
			if !strings.HasSuffix(owner, "'s") {
				continue
			}
		}
		if _, ok := d.statementCue(text, words, norms); ok {
			return false
		}
		if sep, _ := labelSeparator(text, words); sep > 0 && sep <= 3 {
			return false
		}
		if i == 1 && i+1 < len(words) && strings.TrimSpace(text[words[i].End:words[i+1].Start]) == "?" {
			return false // "Our mission? Simple: to share …": the question the rest answers
		}
		return true
	}
	return false
}

// topicLeadIn reports whether a paragraph is a label or lead-in for a topic
// other than a statement ("Key benefits:", "Our goals for this year are:"):
// one sentence that ends in a colon, names no kind, and is short or names
// another topic.
func (d *detector) topicLeadIn(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok || !d.mayEndWithColon(n) {
		return false
	}
	text := d.text(n)
	if !strings.HasSuffix(text, ":") || len(text) > fitsReach {
		return false
	}
	words, norms := d.tokens(text)
	if d.namesKind(norms) || d.sentenceCount(text) != 1 {
		return false
	}
	if len(norms) <= 3 {
		return true
	}
	if namedExists(text, words, norms) {
		return false // "The Tamar Family History Society exists:", then what for: the society's name holds the topic word
	}
	for i := range norms {
		if d.vocab.otherTopic.Match(norms, i) > 0 {
			return true
		}
	}
	return false
}

// namedExists reports whether a lead-in is a name and "exists" ("The Tamar
// Family History Society exists:"), as a mission says what it exists for:
// the words of the name are the organisation's, not the topic of what
// follows.
func namedExists(text string, words []tokenize.Range, norms []string) bool {
	i := len(norms) - 1
	if i < 1 || i > ownerNameWords || norms[i] != "exists" || len(words) != len(norms) {
		return false
	}
	return capitalised(text, words[0]) && capitalised(text, words[i-1]) && nameUpTo(text, words, norms, i)
}

// introducesQuote reports whether a paragraph ends with a colon before a
// quotation or a paragraph, and says nothing of what it states itself:
// it introduces the text that follows ("After discussion the group agreed
// the following wording:" before the quoted wording). A lead-in to a list
// stays with its list ("Our work has three parts: - …").
func (d *detector) introducesQuote(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok || !d.mayEndWithColon(n) || !strings.HasSuffix(d.text(n), ":") {
		return false
	}
	switch n.NextSibling().(type) {
	case *ast.Blockquote, *ast.Paragraph:
	default:
		return false
	}
	return len(d.cueSentences(n)) == 0
}

// mayEndWithColon reports, by a look at its raw last line, whether a
// paragraph's text could end with a colon (markup such as "**" may follow
// it in the source).
func (d *detector) mayEndWithColon(n ast.Node) bool {
	lines := n.Lines()
	if lines.Len() == 0 {
		return false
	}
	last := lines.At(lines.Len() - 1)
	return bytes.IndexByte(d.doc.Body[last.Start:last.Stop], ':') >= 0
}

// namesKind reports whether a kind word stands among the words.
func (d *detector) namesKind(norms []string) bool {
	vision, mission := d.kindsNamed(norms)
	return vision || mission
}

// kindsNamed reports which kinds the words name, by a kind word among
// them ("why" alone names a mission only as a heading does).
func (d *detector) kindsNamed(norms []string) (vision, mission bool) {
	for i, w := range norms {
		if w == "why" {
			continue
		}
		vision = vision || d.vocab.visions.Match(norms, i) > 0
		mission = mission || d.vocab.missions.Match(norms, i) > 0
	}
	return vision, mission
}

// tagline reports whether a block is a subtitle rather than a statement:
// one short line with no sentence punctuation, every longer word
// capitalised ("Tools for a Fairer Harbour"). Under a heading that names
// the kind such a line may be the statement; where only a page title or
// file name points at the opening text, it is the page's subtitle.
func (d *detector) tagline(n ast.Node) bool {
	text := d.text(n)
	if strings.ContainsAny(text, ".!?\n") {
		return false
	}
	words := tokenize.Words(text)
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	long, lower := 0, 0
	for _, w := range words {
		if w.End-w.Start <= 3 {
			continue // "a", "for", "the" stay in lower case in titles
		}
		long++
		if r, _ := utf8.DecodeRuneInString(text[w.Start:]); unicode.IsLower(r) {
			lower++
		}
	}
	return long > 0 && lower*10 <= long*3
}

// sentenceCount returns the number of sentences of text.
func (d *detector) sentenceCount(text string) int {
	return len(tokenize.Sentences(text, tokenize.Words(text), d.lex))
}

// mayName reports, by a quick look at the block's raw text, whether it
// could hold a label or a statement cue: whether one of the cue words
// appears in it. Most paragraphs of a large docs tree hold none, and are
// passed over without building their text.
func (d *detector) mayName(n ast.Node) bool {
	if cued, seen := d.cued[n]; seen {
		return cued
	}
	lines := n.Lines()
	if lines == nil || lines.Len() == 0 {
		return false
	}
	start, end := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	cued := cueIn(d.vocab.cues, d.doc.Body[start:end])
	put(&d.cued, n, cued)
	return cued
}
