package detect

import (
	"bytes"
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/vmlint/vmlint/lint/admonition"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// labelReach is how far into a line a label may end, in bytes.
const labelReach = 160

// quotedNameWords is the most words after a label, in quotation marks
// with the label, that make a name ("\"Mission: onboarding\"", an epic's)
// rather than a statement.
const quotedNameWords = 4

// labelAloneWords is the most words a label alone on its line has ("Our
// Product Vision Statement"), and labelAloneReach its most bytes.
const (
	labelAloneWords = 6
	labelAloneReach = 80
)

// labels proposes the statements labels mark, in paragraphs and list
// items: the text after a label ("Vision: …", "**Our mission** — …",
// "Example Vision: …"), one statement per labelled line when a paragraph
// holds several ("**Vision:** …" then "**Mission:** …"); and, for a label
// with nothing after it on its line ("**Mission:**", "**Our Vision**",
// "💡 Purpose"), the text on the lines below or the first fitting block
// after it. The same walk hands tables to the table finder (table.go), and
// notes, in document order, the paragraphs that hold a cue word, for the
// lead-in and sentence passes.
func (d *detector) labels() {
	_ = ast.Walk(d.doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch a := n.(type) {
		case *ast.Paragraph, *ast.TextBlock, *ast.HTMLBlock: // an HTML block by the text it shows
		case *east.Table:
			d.tableOf(n)
			return ast.WalkSkipChildren, nil
		case *ast.Heading, *ast.CodeBlock, *ast.FencedCodeBlock:
			return ast.WalkSkipChildren, nil
		case *admonition.Node:
			if top := topOf(n); !d.underFeatures(d.indexOf(top)) && !d.explained[top] {
				d.admonitionLabel(a)
			}
			return ast.WalkContinue, nil
		default:
			return ast.WalkContinue, nil
		}
		if !d.mayName(n) {
			return ast.WalkSkipChildren, nil
		}
		d.cuedBlocks = append(d.cuedBlocks, n)
		top := topOf(n)
		if !d.underFeatures(d.indexOf(top)) && !d.explained[top] {
			if h, ok := n.(*ast.HTMLBlock); ok && d.namedByAttribute(h) {
				return ast.WalkSkipChildren, nil
			}
		}
		if !d.underFeatures(d.indexOf(top)) {
			d.labelLines(n, d.explained[top])
		}
		return ast.WalkSkipChildren, nil
	})
}

// namedByAttribute proposes the text an HTML block shows when its first
// element names a kind in the label a screen reader announces or the
// title a pointer shows (`<aside aria-label="Our mission">`, `<section
// title="Vision">`): a label, as a heading is. It reports whether it did.
func (d *detector) namedByAttribute(n *ast.HTMLBlock) bool {
	lines := n.Lines()
	if lines.Len() == 0 {
		return false
	}
	value := labelAttribute(d.doc.Body[lines.At(0).Start:lines.At(lines.Len()-1).Stop])
	if value == "" {
		return false
	}
	kind, ok := d.labelAlone(value)
	if !ok || !d.fits(n) {
		return false
	}
	text := d.text(n)
	start, stop := trim(text, 0, len(text))
	p := pick{blocks: []ast.Node{n}, start: start, end: stop}
	if start == stop || !d.readsAsStatement(text[start:stop]) || d.otherSense(kind, p) {
		return false
	}
	d.propose(Claim{Kind: kind, Form: FormLabel, Label: value, Blocks: p.blocks, Start: start, End: stop}, n, 0)
	return true
}

// labelAttribute returns the value of the aria-label or title attribute
// of the element an HTML block opens with ("<aside class="banner"
// aria-label="Our mission">", its attributes on one line or several), or
// "" when it has neither.
func labelAttribute(line []byte) string {
	line = bytes.TrimLeft(line, " \t")
	if len(line) < 2 || line[0] != '<' || !isASCIILetter(line[1]) {
		return ""
	}
	if end := bytes.IndexByte(line, '>'); end > 0 {
		line = line[:end]
	}
	for _, name := range [...]string{"aria-label=", "title="} {
		for from := 0; ; {
			k := indexFold(line[from:], name)
			if k < 0 {
				break
			}
			k += from
			from = k + len(name)
			if !isHTMLSpace(line[k-1]) || from >= len(line) || line[from] != '"' && line[from] != '\'' {
				continue // "data-title=", or a value with no quotes
			}
			if v, _, ok := bytes.Cut(line[from+1:], line[from:from+1]); ok {
				return html.UnescapeString(string(v))
			}
		}
	}
	return ""
}

// isHTMLSpace reports whether b is white space between HTML attributes.
func isHTMLSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'
}

// itemsLabelled returns how many items of the list that holds paragraph
// n open with the same label (compared in lower case): a label that
// opens several items names a topic they share, not a statement.
func (d *detector) itemsLabelled(n ast.Node, label string) int {
	item := n.Parent()
	if item == nil || item.Parent() == nil {
		return 0
	}
	label = strings.ToLower(label)
	count := 0
	for it := item.Parent().FirstChild(); it != nil; it = it.NextSibling() {
		if first := it.FirstChild(); first != nil && mayHold(first) && strings.HasPrefix(strings.ToLower(d.text(first)), label) {
			count++
		}
	}
	return count
}

// lineLabel is a label found at the start of a line of a paragraph.
type lineLabel struct {
	kind        Kind
	line, after int    // where its line and the text after it start
	label       string // the label as written
	separated   bool   // it ends with a colon or a dash
}

// weak reports whether the label names a mission only by a weak word
// ("Purpose:"; see the kind-weak list).
func (l lineLabel) weak(d *detector) bool {
	_, norms := d.tokens(l.label)
	return d.weakName(norms)
}

// saysWe reports whether a label speaks of the organisation as "we" ("Why
// we exist", "Why we're here"): a weak name, but not a part's.
func (l lineLabel) saysWe(d *detector) bool {
	_, norms := d.tokens(l.label)
	return slices.Contains(norms, "we") || slices.Contains(norms, "we're")
}

// weAfter reports whether the text after a label opens with "we" ("-
// **Purpose:** we give self-employed clients …"): the organisation
// speaks of its own purpose, as a part's purpose does not; nor does a
// document's ("we use this page to record …").
func (d *detector) weAfter(text string, after int) bool {
	_, norms := d.tokens(text[after:])
	if len(norms) < 2 || norms[0] != "we" {
		return false
	}
	for k := 1; k < len(norms); k++ {
		if (norms[k] == "this" || norms[k] == "these") && d.aboutDocument(norms[k:]) {
			return false
		}
	}
	return true
}

// labelLines proposes the statements the labels of paragraph n mark. A
// label in a list item that names a mission only by a weak word ("-
// **Purpose:** …") counts only where the text says what it states. Where
// the section explains how to write statements (examples only), only
// labels that say they give an example count ("Example vision: …").
func (d *detector) labelLines(n ast.Node, examplesOnly bool) {
	text := d.text(n)
	if kind, label, ok := d.attribution(text); ok {
		if !examplesOnly {
			d.attributed(n, kind, label)
		}
		return
	}
	starts := []int{0}
	if d.doc.LineStarts != nil && n.Lines().Len() > 1 {
		if s := d.doc.LineStarts(n); len(s) > 0 {
			starts = s
		}
	}
	if len(starts) > 1 {
		last := starts[len(starts)-1]
		if kind, label, ok := d.attribution(text[last:]); ok {
			if !examplesOnly {
				d.attributedAbove(n, kind, label, last)
			}
			return
		}
	}
	var found []lineLabel
	if startsWithLink(n) {
		starts = starts[1:] // "[Mission](mission.md): why we exist" is an entry of a contents list
	}
	inList := n.Parent() != nil && n.Parent().Kind() == ast.KindListItem
	for li, ls := range starts {
		end := len(text)
		if li+1 < len(starts) {
			end = starts[li+1]
		}
		line := text[ls:end]
		title, ok := admonitionTitle(line)
		if !ok {
			title, ok = shortcodeTitle(line)
		}
		if !ok && li == 0 && len(starts) > 2 && closesCallout(strings.TrimSpace(text[starts[len(starts)-1]:])) {
			if name := shortcodeName(line); name != "" {
				if _, named := d.labelAlone(name); named {
					title, ok = name, true // "{{< mission >}}" … "{{< /mission >}}": a shortcode named for the kind labels what it wraps
				}
			}
		}
		if !ok && li == 0 && len(starts) > 2 && confluenceMacro(strings.TrimSpace(line), strings.TrimSpace(text[starts[len(starts)-1]:])) {
			title, ok = macroTitle(line)
		}
		if ok && li == 0 {
			// ":::info Our mission": a callout whose title names a kind
			// labels the text inside it.
			if kind, ok := d.labelAlone(title); ok && !examplesOnly {
				found = append(found, lineLabel{kind: kind, line: ls, after: ls + len(line), label: strings.TrimSpace(title)})
			}
			continue
		}
		if !examplesOnly && (li == 0 && d.boldFirstLine(n) || strings.TrimSpace(text[:ls]) == "" && htmlQuestion(n, text) || li == 0 && definedQuestion(line, text, starts)) {
			// "**A3. What is your organisation's mission? (50 words
			// max)**" over its answer: a bold line that stands for a
			// heading, a form's or an FAQ's question, read as the heading
			// would be; a question alone in HTML ("<summary>What is
			// Dotwise's mission?</summary>", a collapsible answer's); and a
			// question as a definition list's term ("What is your
			// mission?" then ": To make …")
			if info := d.classifyHeading(strings.TrimSpace(line), false); info.class == headingNames && len(info.kinds) == 1 {
				found = append(found, lineLabel{kind: info.kinds[0], line: ls, after: ls + len(line), label: strings.TrimSpace(line)})
				continue
			}
			if kind, label, ok := d.labelWithAside(strings.Trim(strings.TrimSpace(line), "*_")); ok && li == 0 && len(starts) > 1 {
				found = append(found, lineLabel{kind: kind, line: ls, after: ls + len(line), label: label}) // "**Our mission, as agreed by trustees:**" over the words it names
				continue
			}
		}
		if kind, after, ok := d.runIn(n, text, ls); ok && (li == 0 || li == 1 && alertMarker(text[:ls])) && !examplesOnly {
			// "**Our mission.** We …", also on the line after an alert's
			// marker ("> [!NOTE]" then "> **Why Aldermoss exists.** We …")
			found = append(found, lineLabel{kind: kind, line: ls, after: after, label: strings.TrimSuffix(text[ls:after], "."), separated: true})
			continue
		}
		if li == 0 && d.titleInStrong(n) {
			continue // "**Vision: The Encore** · 14–16 August": a show's or a book's title, the kind's word and a subtitle in one bold span
		}
		if kind, after, ok := d.label(line); ok && !(li > 0 && len(found) == 0 && !endsSentence(text[:ls]) && !alertMarker(text[starts[li-1]:ls]) && !propertyLine(text[starts[li-1]:ls]) && !d.metadataLine(text[starts[li-1]:ls])) &&
			!(li == 0 && fieldName(line) && (inList || n.FirstChild() != nil && n.FirstChild().Kind() == ast.KindEmphasis)) {
			// (not a field's name in lower case, in bold or in a list:
			// "1. **mission**: the organisation's mission")
			// (not a line that goes on a sentence: "… the first *Mission:
			// Impossible* (1996)" is a film's name at a line's start)
			if !examplesOnly || isExample(line) {
				found = append(found, lineLabel{kind: kind, line: ls, after: ls + after, label: labelOf(line, after), separated: true})
			}
			continue
		}
		if examplesOnly || li > 0 && len(found) == 0 && !endsSentence(text[:ls]) && !(li == 1 && alertMarker(text[:ls])) {
			continue // a line in the middle of a sentence; not the line after an alert's marker ("> [!NOTE]" then "> **Our vision**")
		}
		alone := shortcodeText(line) // "{{< section-title >}}Our vision{{< /section-title >}}": the label the shortcode shows
		if kind, ok := d.labelAlone(alone); ok {
			found = append(found, lineLabel{kind: kind, line: ls, after: ls + len(line), label: strings.TrimSpace(withoutFootnoteMarker(alone))})
		} else if kind, label, ok := d.labelWithAside(line); ok && li == 0 && li+1 == len(starts) && opensWithStrong(n) {
			// "**Mission**, in three commitments:" over a list: a bold
			// name as a pseudo-heading; "The project vision, in one line:"
			// is a lead-in sentence
			found = append(found, lineLabel{kind: kind, line: ls, after: ls + len(line), label: label})
		}
	}
	if !examplesOnly && (len(found) > 0 || laterLabelCue(text)) {
		found = d.sentenceLabels(text, found)
	}
	for j, l := range found {
		if inList && l.weak(d) && !l.saysWe(d) && !d.weAfter(text, l.after) && !d.explicitly(l.kind, pick{blocks: []ast.Node{n}, start: l.after, end: len(text)}) && !d.listNamesKinds(n) {
			continue // "- **Purpose:** stores the sessions" describes a part, not the organisation; "- **Why we exist**" and "- **Purpose:** we give …" speak of it
		}
		if inList && l.line == 0 && d.itemsLabelled(n, l.label) > 1 {
			continue // "5. Vision 2040: results of the survey", "6. Vision 2040: options for the quay": a topic an agenda's items share
		}
		end := len(text)
		if j+1 < len(found) {
			end = found[j+1].line
		}
		if last := starts[len(starts)-1]; last > l.after && last < end && (closesCallout(text[last:end]) || confluenceMacro(strings.TrimSpace(text[:starts[1]]), strings.TrimSpace(text[last:end]))) {
			end = last // the callout's closing ":::", "{{< /callout >}}", "{% endhint %}" or "{panel}"
		}
		if property, field := propertyLine(text[l.line:]), l.line > 0 && d.metadataLine(text[:l.line]); property || field {
			for _, ls := range starts {
				if ls > l.after && ls < end && (property && propertyLine(text[ls:]) || field && d.metadataLine(text[ls:end])) {
					end = ls // "vision:: …" then "tags:: …": an outliner's next property ends the value; "Mission: …" then "Tags: …", a page's next field
					break
				}
			}
		}
		start, stop := trim(text, l.after, end)
		if !l.separated && opensDefinition(text[start:stop]) {
			if d.glossaryPage() {
				continue // "Purpose of administration" then ": The objective set by law …" among a glossary's many terms: a term defined, not a statement
			}
			start, stop = trim(text, start+1, stop) // "Mission" then ":   To teach …": a definition list's term and its definition
		}
		if j+1 == len(found) && stop == len(text) && introduces(text[start:stop]) && n.NextSibling() != nil && d.fits(n.NextSibling()) {
			// "**A new mission statement.** At the AGM, members voted to
			// adopt a new mission statement:" then the statement, quoted:
			// the text after the label leads in to the block below
			d.labelBelow(n, l)
			continue
		}
		if strings.Trim(text[start:stop], " *_\"'“”") != "" {
			p := pick{blocks: []ast.Node{n}, start: start, end: stop}
			if d.readsAsStatement(text[start:stop]) && !d.imageCaption(n) && !d.otherSense(l.kind, p) && !(l.kind == Vision && d.eyesightPage() && !d.labelOwned(l.label) && !d.explicitly(Vision, p)) &&
				!(d.namedThing(l.kind, p) && !d.labelOwned(l.label)) {
				// (nor "- **Vision**: start slower than in rehearsal" in a
				// set list that plays a piece called Vision)
				// (not "1. **Vision:** your child reads letters on a chart"
				// on a page that speaks of eyes and glasses)
				// (nor "*Vision: the same lesson card …*", an image's caption)
				d.propose(Claim{Kind: l.kind, Form: FormLabel, Label: l.label, Blocks: p.blocks, Start: start, End: stop}, n, l.line)
			}
			continue
		}
		if j+1 < len(found) {
			continue // another label follows on the next line
		}
		d.labelBelow(n, l)
	}
}

// attribution reports whether a paragraph is an attribution that names a
// kind, a dash and the words a heading would be ("— Mission statement
// agreed by the Quietnight team, June 2023", "— the Ladleworks vision"),
// and returns the kind and the words.
func (d *detector) attribution(text string) (Kind, string, bool) {
	line, _, _ := strings.Cut(text, "\n")
	rest, ok := "", false
	for _, dash := range []string{"—", "–", "―", "--"} {
		if rest, ok = strings.CutPrefix(line, dash); ok {
			break
		}
	}
	rest = strings.TrimSpace(rest)
	if !ok || rest == "" {
		return "", "", false
	}
	words, norms := d.tokens(rest)
	for n := min(len(norms), attributionKindWords); n > 0; n-- {
		if kinds, ok := d.kindPhrase(rest, words[:n], norms[:n], false); ok && len(kinds) == 1 && (n == len(norms) || attributionGoesOn(rest, words, norms, n)) {
			return kinds[0], rest, true // "Mission statement", "Our vision", then who agreed it and when
		}
	}
	if len(norms) >= 3 && norms[0] == "the" {
		// "— the Ladleworks vision": the organisation's name before the kind
		k := 1
		for k < len(norms)-1 && k <= ownerNameWords && capitalised(rest, words[k]) {
			k++
		}
		if k > 1 && k < len(norms) && !capitalised(rest, words[k]) { // not "— the Harbour Mission", a name
			if kinds, ok := d.kindPhrase(rest, words[k:k+1], norms[k:k+1], false); ok && len(kinds) == 1 && (k+1 == len(norms) || attributionGoesOn(rest, words, norms, k+1)) {
				return kinds[0], rest, true
			}
		}
	}
	return "", "", false
}

// attributionGoesOn reports whether the words from n after an
// attribution's kind phrase tell who gave it or when, after a comma or in
// lower case ("adopted by the trustees", ", May 2024"), rather than going
// on a name ("Vision Quest review") or a sentence ("… is to …").
func attributionGoesOn(text string, words []tokenize.Range, norms []string, n int) bool {
	if norms[n] == "is" || norms[n] == "was" {
		return false
	}
	if strings.Contains(text[words[n-1].End:words[n].Start], ",") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[words[n].Start:])
	return unicode.IsLower(r)
}

// attributionKindWords is the most words an attribution's opening phrase
// that names the kind has ("Our mission statement").
const attributionKindWords = 3

// attributed proposes the paragraph before an attribution that names a
// kind as a statement of that kind ("> "We assess adults who snore …"" then
// "> — Mission statement agreed by the team"): the words it attributes.
func (d *detector) attributed(n ast.Node, kind Kind, label string) {
	prev, ok := n.PreviousSibling().(*ast.Paragraph)
	if !ok || !d.fits(prev) {
		return
	}
	d.proposeAttributed(prev, kind, label, len(d.text(prev)))
}

// attributedAbove proposes the lines of paragraph n before its last line,
// an attribution that names a kind, as a statement of that kind ("> "Good
// bread, fair wages, owned by the town."" and on the next line of the
// same quotation "> — our mission, as agreed by members"): the words it
// attributes, which end at byte last of the paragraph's text.
func (d *detector) attributedAbove(n ast.Node, kind Kind, label string, last int) {
	if mayHold(n) && !d.claims.taken(n) {
		d.proposeAttributed(n, kind, label, last)
	}
}

// proposeAttributed proposes the text of block n up to byte end, the
// words an attribution gives a kind, as a statement of that kind when it
// reads as one.
func (d *detector) proposeAttributed(n ast.Node, kind Kind, label string, end int) {
	text := d.text(n)
	start, stop := trim(text, 0, end)
	p := pick{blocks: []ast.Node{n}, start: start, end: stop}
	if start < stop && d.readsAsStatement(text[start:stop]) && !d.otherSense(kind, p) {
		d.propose(Claim{Kind: kind, Form: FormLabel, Label: label, Blocks: p.blocks, Start: start, End: stop}, n, 0)
	}
}

// definedQuestion reports whether the first line of a paragraph is a
// question and its second line opens as a definition list's definition
// does (": To make …"): the question is the term, the answer its
// definition, as in an FAQ written as a definition list.
func definedQuestion(line, text string, starts []int) bool {
	return len(starts) >= 2 && isQuestion(line) && opensDefinition(text[starts[1]:])
}

// isQuestion reports whether a line ends with a question mark.
func isQuestion(line string) bool { return strings.HasSuffix(strings.TrimSpace(line), "?") }

// opensDefinition reports whether text opens as a definition list's
// definition does, a colon and a space (": To make …").
func opensDefinition(text string) bool {
	return len(text) > 1 && text[0] == ':' && isSpaceByte(text[1])
}

// listNamesKinds reports whether an item of the list paragraph n is in
// opens with a label that names a kind by a strong word ("**Vision:**
// …"): "- **Purpose:** …" beside it is the organisation's too. The answer
// is worked out once a list, so a list of many such items stays linear.
func (d *detector) listNamesKinds(n ast.Node) bool {
	item := n.Parent()
	if item == nil || item.Parent() == nil {
		return false
	}
	list := item.Parent()
	if v, ok := d.strongLists[list]; ok {
		return v
	}
	strong := false
	for sib := list.FirstChild(); sib != nil && !strong; sib = sib.NextSibling() {
		p := sib.FirstChild()
		switch p.(type) {
		case *ast.Paragraph, *ast.TextBlock:
		default:
			continue
		}
		text := d.text(p)
		if kind, after, ok := d.label(text); ok && kind != "" {
			_, norms := d.tokens(labelOf(text, after))
			strong = !d.weakName(norms)
		}
	}
	put(&d.strongLists, list, strong)
	return strong
}

// listLabelsOther reports whether the list that opens the text picked has
// an item labelled with a kind other than kind ("- Mission: …" under "##
// Our north star"): the heading names the list, and its labels what each
// item states.
func (d *detector) listLabelsOther(kind Kind, p pick) bool {
	if len(p.blocks) == 0 {
		return false
	}
	list, ok := p.blocks[0].(*ast.List)
	if !ok {
		return false
	}
	for item := list.FirstChild(); item != nil; item = item.NextSibling() {
		para := item.FirstChild()
		switch para.(type) {
		case *ast.Paragraph, *ast.TextBlock:
		default:
			continue
		}
		if k, _, ok := d.label(d.text(para)); ok && k != "" && k != kind {
			return true
		}
	}
	return false
}

// alertMarker reports whether a line is a GitHub alert's marker ("[!NOTE]")
// or a template tag that opens a callout ('{% hint style="info" %}', as
// GitBook writes it), after which a line starts afresh.
func alertMarker(line string) bool {
	line = strings.TrimSpace(line)
	return strings.HasPrefix(line, "[!") && strings.HasSuffix(line, "]") || strings.HasPrefix(line, "{%") && strings.HasSuffix(line, "%}")
}

// shortcodeTitle returns the title of a Hugo shortcode that opens a
// callout on its line, and whether it is one: '{{< callout icon="compass"
// title="Our mission" >}}' → "Our mission" (also "heading=", and "{{% …
// %}}").
func shortcodeTitle(line string) (string, bool) {
	line = strings.TrimSpace(line)
	inner, ok := strings.CutPrefix(line, "{{<")
	if ok {
		inner, ok = strings.CutSuffix(inner, ">}}")
	} else if inner, ok = strings.CutPrefix(line, "{{%"); ok {
		inner, ok = strings.CutSuffix(inner, "%}}")
	}
	if !ok || strings.HasPrefix(strings.TrimSpace(inner), "/") {
		return "", false
	}
	for _, attr := range []string{` title="`, ` heading="`} {
		if _, rest, found := strings.Cut(inner, attr); found {
			if title, _, closed := strings.Cut(rest, `"`); closed {
				return title, true
			}
		}
	}
	return "", false
}

// shortcodeName returns the name of the Hugo shortcode that a line opens
// and nothing else, its hyphens and underscores read as spaces and its
// first letter in capitals ("{{< mission >}}" → "Mission", "{{%
// our-vision %}}" → "Our vision"), or "".
func shortcodeName(line string) string {
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "{{<") && !strings.HasPrefix(line, "{{%") || !strings.HasSuffix(line, ">}}") && !strings.HasSuffix(line, "%}}") {
		return ""
	}
	fields := strings.Fields(line[3 : len(line)-3])
	if len(fields) != 1 || strings.HasPrefix(fields[0], "/") {
		return ""
	}
	name := strings.NewReplacer("-", " ", "_", " ").Replace(fields[0])
	return strings.ToUpper(name[:1]) + name[1:] // written as a label would be
}

// shortcodeText returns the text a line wraps in a Hugo shortcode's
// opening and closing tags ('{{< section-title id="vision" >}}Our
// vision{{< /section-title >}}' → "Our vision"), or the line itself.
func shortcodeText(line string) string {
	t := strings.TrimSpace(line)
	for _, delims := range [][2]string{{"{{<", ">}}"}, {"{{%", "%}}"}} {
		open, shut := delims[0], delims[1]
		if !strings.HasPrefix(t, open) || !strings.HasSuffix(t, shut) {
			continue
		}
		tagEnd := strings.Index(t, shut)
		closing := strings.LastIndex(t, open)
		if tagEnd < 0 || closing <= tagEnd || !strings.HasPrefix(strings.TrimSpace(t[closing+len(open):]), "/") {
			return line
		}
		name := strings.Fields(t[len(open):tagEnd])
		closeName := strings.Fields(strings.TrimPrefix(strings.TrimSpace(t[closing+len(open):len(t)-len(shut)]), "/"))
		if len(name) == 0 || len(closeName) != 1 || name[0] != closeName[0] {
			return line
		}
		return t[tagEnd+len(shut) : closing]
	}
	return line
}

// macroTitle returns the title of a Confluence wiki macro's opening line,
// as an export leaves it, and whether it has one:
// "{panel:title=Our Vision|borderStyle=solid}" → "Our Vision".
func macroTitle(line string) (string, bool) {
	line = strings.TrimSpace(line)
	_, params, ok := strings.Cut(strings.TrimSuffix(line, "}"), ":")
	if !ok {
		return "", false
	}
	for param := range strings.SplitSeq(params, "|") {
		if title, ok := strings.CutPrefix(param, "title="); ok {
			return strings.TrimSpace(title), true
		}
	}
	return "", false
}

// closesCallout reports whether a line closes a callout: ":::", a Hugo
// shortcode's closing tag ("{{< /callout >}}"), or a template's end tag
// ("{% endhint %}").
func closesCallout(line string) bool {
	line = strings.TrimSpace(line)
	return line == ":::" || (strings.HasPrefix(line, "{{< /") && strings.HasSuffix(line, ">}}")) || (strings.HasPrefix(line, "{{% /") && strings.HasSuffix(line, "%}}")) ||
		strings.HasPrefix(line, "{% end") && strings.HasSuffix(line, "%}") // GitBook's "{% endhint %}"
}

// admonitionTitle returns the title of a callout's opening line, and
// whether the line is one: Docusaurus's ":::info Our mission" → "Our
// mission" (VitePress's "::: tip Our vision" too), MkDocs's '!!! quote
// "Our mission"' (or '???' and '???+', which fold) → "Our mission", and
// Obsidian's "[!quote] Vision" → "Vision" (a GitHub alert's "[!NOTE]"
// has no title).
func admonitionTitle(line string) (string, bool) {
	line = strings.TrimSpace(line)
	if rest, ok := strings.CutPrefix(line, "[!"); ok {
		// Obsidian's callout, a GitHub alert with a title after its
		// marker: "[!quote] Vision", "[!note]- Our mission"
		typ, title, closed := strings.Cut(rest, "]")
		if !closed || typ == "" || strings.ContainsAny(typ, " \t") {
			return "", false
		}
		return strings.TrimSpace(strings.TrimLeft(title, "+-")), true
	}
	rest, docusaurus := strings.CutPrefix(line, ":::")
	if !docusaurus {
		var ok bool
		if rest, ok = strings.CutPrefix(line, "!!!"); !ok {
			if rest, ok = strings.CutPrefix(line, "???"); !ok {
				return "", false
			}
			rest = strings.TrimPrefix(rest, "+")
		}
	}
	rest = strings.TrimLeft(rest, " ") // VitePress's custom container: "::: tip Our vision"
	i := 0
	for i < len(rest) && (rest[i] >= 'a' && rest[i] <= 'z' || rest[i] >= 'A' && rest[i] <= 'Z') {
		i++ // the callout's type: note, tip, info, …
	}
	if i == 0 {
		return "", false
	}
	title := strings.TrimSpace(rest[i:])
	if !docusaurus && title != "" {
		quoted, ok := strings.CutPrefix(title, `"`)
		if !ok {
			return "", false
		}
		if title, ok = strings.CutSuffix(quoted, `"`); !ok {
			return "", false
		}
	}
	return title, true
}

// admonitionLabel proposes the statement of an MkDocs admonition whose
// title names a kind ('!!! quote "Our mission"'): the first fitting blocks
// of its body, or, when it has no body, those after it.
func (d *detector) admonitionLabel(n *admonition.Node) {
	kind, ok := d.labelAlone(n.Title)
	if !ok {
		return
	}
	l := lineLabel{kind: kind, label: strings.TrimSpace(n.Title)}
	if n.FirstChild() == nil {
		d.labelBelow(n, l)
		return
	}
	var blocks []ast.Node
	for c := n.FirstChild(); c != nil && len(blocks) < candidates; c = c.NextSibling() {
		if _, label := d.labelAlone(d.text(c)); label {
			continue // "**Why Nightjar Line exists**" in a box titled by its kind: a label of its own, over the statement
		}
		if d.fits(c) {
			blocks = append(blocks, c)
		}
	}
	if p, ok := d.preferCue(kind, blocks); ok && !d.otherSense(kind, p) {
		d.propose(Claim{Kind: kind, Form: FormLabel, Label: l.label, Blocks: p.blocks, Start: p.start, End: p.end}, n, 0)
	}
}

// glossaryPage reports whether the page is a glossary: at least
// glossaryTerms of its blocks are a definition list's entries, a term on
// a line of its own and its definition after ": " on the next
// ("**Moratorium**" then ": A breathing space during which …"). A term
// there that names a kind is defined, not declared; an about page's few
// entries ("Mission", "Vision", "Values") are not so many, and an FAQ's
// questions ("What is your mission?" then ": To make …") are no terms.
func (d *detector) glossaryPage() bool {
	if d.glossary != 0 {
		return d.glossary > 0
	}
	terms := 0
	for _, n := range d.top {
		if _, ok := n.(*ast.Paragraph); !ok || d.doc.LineStarts == nil || n.Lines().Len() < 2 {
			continue
		}
		text, starts := d.text(n), d.doc.LineStarts(n)
		if len(starts) > 1 && opensDefinition(text[starts[1]:]) && !isQuestion(text[:starts[1]]) {
			terms++ // a term, not a question: an FAQ written as a definition list is no glossary
		}
	}
	d.glossary = -1
	if terms >= glossaryTerms {
		d.glossary = 1
	}
	return d.glossary > 0
}

// glossaryTerms is how many definition list entries make a page a
// glossary.
const glossaryTerms = 5

// labelBelow proposes the statement of a label that ends its paragraph:
// the first fitting block after it, up to the next heading or label. A
// label with a separator and nothing after it is an empty statement.
func (d *detector) labelBelow(n ast.Node, l lineLabel) {
	if h, ok := n.NextSibling().(*ast.Heading); ok && !l.separated && (d.statedHeading(h) || d.headlineStatement(h)) {
		// "<Eyebrow>Our vision</Eyebrow>" over "# Every independent bike
		// shop runs on software as good as the bikes it sells.": a page's
		// overline names the kind its heading states.
		d.propose(Claim{Kind: l.kind, Form: FormLabel, Label: l.label, Blocks: []ast.Node{h}, Start: 0, End: len(d.text(h))}, n, l.line)
		return
	}
	var blocks []ast.Node
	for next := n.NextSibling(); next != nil && len(blocks) < candidates; next = next.NextSibling() {
		if _, ok := next.(*ast.Heading); ok || d.startsWithLabel(next) {
			break
		}
		if _, ok := next.(*ast.ThematicBreak); ok {
			break
		}
		if d.topicLeadIn(next) {
			if _, ok := next.NextSibling().(*ast.List); ok {
				next = next.NextSibling() // the list the lead-in introduces goes with it
			}
			continue
		}
		if d.fits(next) {
			blocks = append(blocks, next)
		}
	}
	// "- **Mission:**" ending a list item, the statement in the next item.
	if len(blocks) == 0 && l.separated && n.NextSibling() == nil && n.Parent() != nil && n.Parent().Kind() == ast.KindListItem {
		if next := n.Parent().NextSibling(); next != nil && d.fits(next) {
			blocks = append(blocks, next)
		}
	}
	if p, ok := d.preferCue(l.kind, blocks); ok {
		if !d.otherSense(l.kind, p) {
			d.propose(Claim{Kind: l.kind, Form: FormLabel, Label: l.label, Blocks: p.blocks, Start: p.start, End: p.end}, n, l.line)
		}
		return
	}
	if l.separated {
		d.propose(Claim{Kind: l.kind, Form: FormLabel, Label: l.label, At: n}, n, l.line)
	}
}

// startsWithLabel reports whether block n (a paragraph) opens with a label.
func (d *detector) startsWithLabel(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok || !d.mayName(n) {
		return false
	}
	text := d.text(n)
	if _, _, ok := d.label(text); ok {
		return true
	}
	line, _, _ := strings.Cut(text, "\n")
	_, ok := d.labelAlone(line)
	return ok && len(line) == len(text)
}

// sentenceLabels adds to the labels found at the starts of a paragraph's
// lines those that open a later sentence of a labelled text ("Vision: … .
// Mission: … ."), in order.
func (d *detector) sentenceLabels(text string, found []lineLabel) []lineLabel {
	out := found[:0:0]
	next := 0 // the next label found at a line start
	for _, sentence := range tokenize.Sentences(text, tokenize.Words(text), d.lex) {
		s := sentence[0].Start
		for next < len(found) && found[next].line <= s {
			out = append(out, found[next])
			next++
		}
		if len(out) > 0 && (out[len(out)-1].line == s || s < out[len(out)-1].after) {
			continue
		}
		lim := len(text) // a label in a sentence ends before the next line's label
		if next < len(found) {
			lim = found[next].line
		}
		from := openingMarksBefore(text, s) // a quotation mark before the sentence's first word is the label's: "\"Mission: onboarding\" is …"
		if kind, after, ok := d.label(text[from:lim]); ok {
			l := lineLabel{kind: kind, line: s, after: from + after, label: labelOf(text[s:lim], from+after-s), separated: true}
			if len(out) == 0 && l.weak(d) {
				continue // "Offer two months free. Purpose: pull cash forward …": a weak word mid-paragraph labels a step, not the organisation
			}
			out = append(out, l)
		}
	}
	return append(out, found[next:]...)
}

// openingMarksBefore returns where the quotation marks and emphasis
// markers right before byte s of text begin, or s when none stand there.
func openingMarksBefore(text string, s int) int {
	for s > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:s])
		if r != '"' && r != '“' && r != '*' && r != '_' {
			break
		}
		s -= n
	}
	return s
}

// runIn recognises a run-in heading that opens a paragraph: a kind's name
// in bold, ended by a full stop inside the bold ("**Vision.** By 2028, …"),
// as a strategy's list names each part. The name opens the line that
// starts at byte ls of text, the paragraph's. It returns the kind and
// where the text after the name starts in text.
func (d *detector) runIn(n ast.Node, text string, ls int) (Kind, int, bool) {
	first := n.FirstChild()
	if ls > 0 {
		// on a later line: the first bold span after the line breaks
		// and the text before it
		for first != nil && first.Kind() != ast.KindEmphasis {
			first = first.NextSibling()
		}
	}
	e, ok := first.(*ast.Emphasis)
	if !ok || e.Level != 2 {
		return "", 0, false
	}
	var b strings.Builder
	for c := e.FirstChild(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			return "", 0, false // a link or code in the name: no run-in heading
		}
		b.Write(t.Segment.Value(d.doc.Body))
	}
	name := b.String()
	if !strings.HasSuffix(name, ".") || !strings.HasPrefix(text[ls:], name) {
		return "", 0, false
	}
	kind, ok := d.labelAlone(strings.TrimSuffix(name, "."))
	return kind, ls + len(name), ok
}

// startsWithLink reports whether a paragraph's text opens with a link.
func startsWithLink(n ast.Node) bool {
	c := n.FirstChild()
	for c != nil && c.Kind() == ast.KindEmphasis {
		c = c.FirstChild()
	}
	if t, ok := c.(*ast.Text); ok && t.Segment.Len() == 0 {
		c = c.NextSibling()
	}
	return c != nil && (c.Kind() == ast.KindLink || c.Kind() == ast.KindAutoLink)
}

// isExample reports whether a label says it gives an example ("Example
// vision:", "Sample mission:") or a draft put to the readers ("Proposed
// mission:", "Draft vision:"), which a section that explains or asks may
// hold as a guide holds its examples.
func isExample(line string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(strings.ToLower(line), " *_"), " ")
	return exampleWord(first)
}

// exampleWord reports whether a label's first word says it gives an
// example or a draft ("example", "sample", "proposed", "draft"), a word
// the label's kind follows.
func exampleWord(w string) bool {
	switch w {
	case "example", "sample", "proposed", "draft":
		return true
	}
	return false
}

// endsSentence reports whether text ends a sentence.
func endsSentence(text string) bool {
	t := strings.TrimRight(text, " \t*_\"'”’)")
	return t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:")
}

// label recognises a label at the start of text ("Vision:", "Our mission —",
// "Example Vision:") and returns its kind and where the text after it
// starts. A bare kind word in lower case ("mission: …") is a field's name,
// not a label.
func (d *detector) label(text string) (Kind, int, bool) {
	if len(text) > labelReach {
		text = text[:labelReach] // a label ends within its first words
	}
	if !hasSeparator(text) {
		return "", 0, false // no separator: the common case, without tokenising
	}
	words, norms := d.tokens(text)
	sep, after := labelSeparator(text, words)
	if sep == 0 || quotedName(text, after) {
		return "", 0, false
	}
	k := 0
	for k < sep-1 && tokenize.IsNumber(strings.TrimSuffix(norms[k], ".")) {
		k++ // "3.2 Proposed mission statement:": a section's number
	}
	switch {
	case exampleWord(norms[k]):
		k++
	case norms[k] == "and" && k+1 < sep && d.vocab.owners.Has(norms[k+1]):
		k++ // "And our vision: …", the next of two
	}
	if sep-k == 1 && (norms[k] == "why" || k == 0 && !capitalised(text, words[k]) && (len(words)-sep < propertyStatementWords || !strings.HasPrefix(text[words[k].End:], ":"))) {
		// "Why:" names a mission only as a heading; a word in lower case
		// only right before its colon and a statement's words, as a note's
		// or an outliner's label does ("vision: everyone deserves to look
		// good", "vision:: A world where …"); not a value ("mission:
		// critical"), nor a field's name in bold ("**mission**: the
		// organisation's mission")
		return "", 0, false
	}
	end := sep
	for m := k; m < sep-1; m++ {
		if g := gapAfterWord(text, words, m); strings.Contains(g, "(") || strings.Contains(g, "[^") {
			end = m + 1 // "Vision (FY26):", "Mission[^1]:": the label's words end at the bracket
			break
		}
	}
	if m := d.asideBeforeSeparator(text, words, norms, k, end); m > 0 && len(words) > sep {
		end = m // "Its mission, in one line: …": a short aside between the label and its colon; alone on its line, a lead-in ("The project vision, in one line:")
	}
	kinds, ok := d.labelKinds(text, words[k:end], norms[k:end], false)
	if !ok || len(kinds) != 1 {
		return "", 0, false
	}
	return kinds[0], after, true
}

// asideBeforeSeparator returns where a label's words end when a comma
// sets a short aside off between them and the separator at word sep
// ("Its mission[, in one line]:", "Our vision[, simply put]:"), or 0. The
// aside is at most labelAsideWords words and names no kind or companion
// ("Our vision, values and plan:" lists topics).
func (d *detector) asideBeforeSeparator(text string, words []tokenize.Range, norms []string, k, sep int) int {
	for m := k; m < sep-1; m++ {
		if !strings.Contains(gapAfterWord(text, words, m), ",") {
			continue
		}
		if sep-(m+1) > labelAsideWords {
			return 0
		}
		for j := m + 1; j < sep; j++ {
			if d.vocab.companions.Match(norms, j) > 0 || d.vocab.visions.Match(norms, j) > 0 || d.vocab.missions.Match(norms, j) > 0 || strings.Contains(gapAfterWord(text, words, j), ",") && j+1 < sep {
				return 0
			}
		}
		return m + 1
	}
	return 0
}

// labelKinds returns the kinds a label's words name: a kind phrase, or
// one with a year or a release after it ("Our vision for 2030", "Vision
// for 2.0"); not "Our mission for Hillcrest members", whose people the
// statement after it needs.
func (d *detector) labelKinds(text string, words []tokenize.Range, norms []string, title bool) ([]Kind, bool) {
	if kinds, ok := d.kindPhrase(text, words, norms, title); ok {
		return kinds, true
	}
	for i := 1; i+1 < len(norms) && i <= 4; i++ {
		if d.vocab.tails.Has(norms[i]) {
			if tokenize.IsNumber(norms[i+1]) && i+2 == len(norms) {
				return d.kindPhrase(text, words[:i], norms[:i], title)
			}
			break
		}
	}
	return nil, false
}

// quotedName reports whether a label and its words are a name in
// quotation marks that the text goes on to talk about: "\"Mission:
// onboarding\" stays open for one more sprint", an epic's name. A quoted
// label whose statement runs to the closing mark is still a label, and so
// is one quoted whole with a note after it: a name is a few words.
func quotedName(text string, after int) bool {
	if opening := strings.TrimLeft(text, " *_"); !strings.HasPrefix(opening, "\"") && !strings.HasPrefix(opening, "“") {
		return false
	}
	q := strings.IndexAny(text[after:], "\"”")
	if q < 0 || len(strings.Fields(text[after:after+q])) > quotedNameWords {
		return false // "\"Mission: to help every small charity …\" (agreed 2024)": a statement quoted
	}
	rest := strings.TrimLeft(text[after+q:], "\"”")
	return strings.IndexFunc(rest, unicode.IsLetter) >= 0
}

// labelAsideWords is the most words of an aside between a label and its
// separator.
const labelAsideWords = 4

// fieldName reports whether a line opens with a kind word in lower case
// and a single colon ("mission: …"), as a field's name does, not an
// outliner's property ("vision:: …").
func fieldName(line string) bool {
	line = strings.TrimLeft(line, " *_`")
	word, rest, ok := strings.Cut(line, ":")
	return ok && word != "" && unicode.IsLower([]rune(word)[0]) && !strings.HasPrefix(rest, ":")
}

// metadataLine reports whether a line opens with a metadata field's name
// and a colon ("Status: Active", "Last edited: 11 May"), as a page's
// properties do at its top: each such line is a field of its own, so a
// kind's label on the next line starts its own field.
func (d *detector) metadataLine(line string) bool {
	words, norms := d.tokens(line)
	k := d.vocab.metaLabel.Match(norms, 0)
	return k > 0 && k < len(words) && strings.Contains(line[words[k-1].End:words[k].Start], ":")
}

// propertyLine reports whether text opens with an outliner's page
// property, a name of letters, digits and hyphens and a double colon
// ("tags:: …", "vision:: …"): each such line is a field of its own.
func propertyLine(text string) bool {
	name, _, ok := strings.Cut(strings.TrimLeft(text, " \t-"), "::")
	if !ok || name == "" || len(name) > maxPropertyName {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' {
			return false
		}
	}
	return true
}

// maxPropertyName is the longest name of an outliner's page property.
const maxPropertyName = 40

// propertyStatementWords is the fewest words after a label in lower case
// (a note's, or an outliner's page property) for it to be a statement:
// most properties hold a tag, a link or a flag ("mission:: [[Apollo 11]]",
// "vision:: true").
const propertyStatementWords = 5

// labelAlone recognises a line that is only a label with no separator: a
// name of one kind ("Vision", "**Our Mission**", "💡 Purpose", "#Product
// Vision"), capitalised, with no sentence punctuation.
func (d *detector) labelAlone(line string) (Kind, bool) {
	line = withoutSectionNumber(strings.TrimSpace(withoutFootnoteMarker(line)))
	if first, other, ok := strings.Cut(line, " / "); ok {
		if _, norms := d.tokens(other); !d.namesKind(norms) {
			line = strings.TrimSpace(first) // "Our mission / Our story": the label, then what else the section holds
		} else if k, ok := d.labelAlone(first); ok && !strings.Contains(other, " / ") {
			if k2, ok := d.labelAlone(other); ok && k2 == k {
				return k, true // "Our mission / Ein cenhadaeth": the label, then its translation; not "Vision / Mission"
			}
		}
	}
	if k := strings.IndexByte(line, '('); k > 0 && strings.HasSuffix(line, ")") {
		line = strings.TrimSpace(line[:k]) // "Vision (draft — for discussion at the March review)": a gloss, as a heading's
	}
	if line == "" || len(line) > labelAloneReach || strings.ContainsAny(line, ".!?,;") {
		return "", false
	}
	words, norms := d.tokens(line)
	if len(words) == 0 || len(words) > labelAloneWords || !capitalised(line, words[0]) {
		return "", false
	}
	for k := 0; k+1 < len(words); k++ {
		if gap := line[words[k].End:words[k+1].Start]; strings.TrimSpace(gap) != "" && !isQuoteOrEmphasis(gap) {
			return "", false
		}
	}
	kinds, ok := d.kindPhrase(line, words, norms, false)
	for i := 1; !ok && i < len(norms) && i <= 4; i++ {
		if d.vocab.tails.Has(norms[i]) {
			if kinds, ok = d.kindPhrase(line, words[:i], norms[:i], false); ok && d.aboutDocument(norms[i+1:]) {
				ok = false // "Purpose of this document"
			}
			break // "Our vision for 2030", as a heading's tail
		}
	}
	if !ok && existenceClause(norms) {
		return Mission, true // "**Why Nightjar Line exists**": the heading "Why we exist", as a bold line
	}
	if !ok || len(kinds) != 1 || len(norms) == 1 && norms[0] == "why" {
		return "", false
	}
	return kinds[0], true
}

// labelWithAside reports whether a line is a kind's name, a
// comma and a few words that lead in to what follows, ending in a colon
// ("**Mission**, in three commitments:"), and returns the kind and the
// name.
func (d *detector) labelWithAside(line string) (Kind, string, bool) {
	line = strings.TrimSpace(line)
	name, aside, ok := strings.Cut(line, ",")
	if !ok || !strings.HasSuffix(aside, ":") {
		return "", "", false
	}
	if words, _ := d.tokens(aside); len(words) == 0 || len(words) > asideWords {
		return "", "", false
	}
	kind, ok := d.labelAlone(name)
	return kind, strings.Trim(name, " *_"), ok
}

// opensWithStrong reports whether a paragraph opens with strong emphasis
// ("**Mission**, …").
func opensWithStrong(n ast.Node) bool {
	e, ok := n.FirstChild().(*ast.Emphasis)
	return ok && e.Level == 2
}

// titleInStrong reports whether paragraph n opens with a bold span that
// holds a label's separator and, after it, only words that start with a
// capital ("**Vision: The Encore**", "**Mission: Impossible**"): a title
// with its subtitle, not a kind's label and the text it labels.
func (d *detector) titleInStrong(n ast.Node) bool {
	if !opensWithStrong(n) {
		return false
	}
	var b strings.Builder
	_ = ast.Walk(n.FirstChild(), func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.Write(t.Segment.Value(d.doc.Body))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		}
		return ast.WalkContinue, nil
	})
	strong := b.String()
	words, _ := d.tokens(strong)
	sep, after := labelSeparator(strong, words)
	if sep == 0 || after >= len(strong) || sep >= len(words) {
		return false
	}
	for _, w := range words[sep:] {
		if !capitalised(strong, w) {
			return false
		}
	}
	return true
}

// htmlQuestion reports whether n is an HTML block whose text is one
// question ("<summary>Do you have a long-term vision?</summary>").
func htmlQuestion(n ast.Node, text string) bool {
	_, ok := n.(*ast.HTMLBlock)
	t := strings.TrimSpace(text)
	return ok && !strings.Contains(t, "\n") && strings.HasSuffix(t, "?")
}

// boldFirstLine reports whether the first line of paragraph n is bold
// from end to end, as a pseudo-heading is.
func (d *detector) boldFirstLine(n ast.Node) bool {
	if !opensWithStrong(n) {
		return false
	}
	first := n.Lines().At(0)
	line := bytes.TrimSpace(first.Value(d.doc.Body)) // the source, no copy: run for every paragraph with a cue word
	return len(line) > 4 && (bytes.HasPrefix(line, []byte("**")) && bytes.HasSuffix(line, []byte("**")) || bytes.HasPrefix(line, []byte("__")) && bytes.HasSuffix(line, []byte("__")))
}

// withoutSectionNumber returns line without a section number at its start
// ("**2.2 Our vision for 2030**" → "**Our vision for 2030**"), emphasis
// before it kept.
func withoutSectionNumber(line string) string {
	i := 0
	for i < len(line) && (line[i] == '*' || line[i] == '_') {
		i++
	}
	j := i
	for j < len(line) && (line[j] >= '0' && line[j] <= '9' || line[j] == '.' && j > i) {
		j++
	}
	if j == i || j >= len(line) || line[j] != ' ' {
		return line
	}
	return line[:i] + strings.TrimLeft(line[j:], " ")
}

// hasSeparator reports whether text holds a colon or a dash that could end
// a label (cheaper than strings.ContainsAny with the dashes).
func hasSeparator(text string) bool {
	return strings.IndexByte(text, ':') >= 0 || strings.Contains(text, " -") || strings.Contains(text, "—") || strings.Contains(text, "–")
}

// labelOf returns the label that ends where the text after it starts, less
// its separator and surrounding quotes ("Example Vision" from
// "Example Vision: \"…").
func labelOf(text string, after int) string {
	return strings.TrimRight(withoutFootnoteMarker(strings.TrimRight(text[:after], " \t\n:—–-")), " \t\n:—–-\"'“‘*_")
}

// withoutFootnoteMarker returns a label's line less the footnote marker
// that ends its name ("Vision[^1]", "**Mission**[^wording]: …").
func withoutFootnoteMarker(line string) string {
	i := strings.Index(line, "[^")
	if i < 0 {
		return line
	}
	j := strings.IndexByte(line[i:], ']')
	if j < 0 || strings.ContainsAny(line[i:i+j], " \t\n") {
		return line
	}
	return line[:i] + line[i+j+1:]
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
		if strings.Trim(gap, " *_") == "[^" && strings.HasPrefix(gapAfterWord(text, words, k+1), "]") {
			// "**Mission**[^1]: …": a footnote's marker after the label's
			// words; the separator follows it.
			k++
			end = len(text)
			if k+1 < len(words) {
				end = words[k+1].Start
			}
			gap = strings.Replace(text[words[k].End:end], "]", "", 1)
		}
		if strings.Trim(gap, " *_") == "(" {
			// "Vision (FY26): …", "Mission (from the 2022 plan): …": a
			// qualifier in brackets after the label's words, as long as
			// an aside; the separator follows it.
			m := k + 1
			for m < len(words) && m <= k+asideWords && !strings.Contains(gapAfterWord(text, words, m), ")") {
				m++
			}
			if m >= len(words) || m > k+asideWords {
				return 0, 0
			}
			k = m
			end = len(text)
			if k+1 < len(words) {
				end = words[k+1].Start
			}
			gap = strings.Replace(text[words[k].End:end], ")", "", 1)
		}
		if i := strings.IndexAny(gap, ":—–"); i >= 0 || strings.Contains(gap, " - ") || strings.Contains(gap, " -- ") {
			if strings.ContainsAny(gap, ".!?") {
				return 0, 0
			}
			if b := strings.LastIndexByte(gap, '['); b > max(i, 0) {
				return k + 1, words[k].End + b // "Vision: [In N years, WHO will …]": the bracket is the statement's, a placeholder's
			}
			if b := max(strings.LastIndex(gap, "{{"), strings.LastIndex(gap, "{%")); b > max(i, 0) {
				return k + 1, words[k].End + b // "Vision statement: {{ VISION_STATEMENT }}": the braces are the slot's
			}
			return k + 1, end
		}
		if strings.TrimSpace(gap) != "" && !isQuoteOrEmphasis(gap) && strings.Trim(gap, " *_") != "/" {
			return 0, 0 // other punctuation: not a label; but "Start / end:" joins its words with a slash
		}
	}
	return 0, 0
}

// gapAfterWord is the text between word k and the next, or the end; ""
// past the last word.
func gapAfterWord(text string, words []tokenize.Range, k int) string {
	switch {
	case k+1 < len(words):
		return text[words[k].End:words[k+1].Start]
	case k < len(words):
		return text[words[k].End:]
	}
	return ""
}

// isQuoteOrEmphasis reports whether s holds only space, quotation marks,
// emphasis marks or invisible format characters.
func isQuoteOrEmphasis(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool {
		return strings.ContainsRune(" \t*_\"'“”‘’&,", r) || unicode.Is(unicode.Cf, r)
	}) == ""
}

// laterLabelCue reports whether a paragraph with no label at a line's
// start may still hold one after its first sentence ("We rewrote the About
// page. New mission: …"): a colon stands after a full stop.
func laterLabelCue(text string) bool {
	stop := strings.IndexAny(text, ".!?")
	return stop > 0 && strings.IndexByte(text[stop:], ':') > 0
}
