package detect

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/vmlint/vmlint/lint/tokenize"
)

// leadInWords is the most words a lead-in sentence has.
const leadInWords = 16

// leadIns proposes the statements lead-in sentences introduce: a paragraph
// that ends with a sentence naming the kind and a colon or "as follows"
// ("We sum up our mission as:", "Here is our vision:", "Our vision is:",
// "We state our mission as follows."), followed by the statement as a
// list, a quote or a paragraph.
func (d *detector) leadIns() {
	for _, n := range d.cuedBlocks {
		if _, ok := n.(*ast.Paragraph); !ok {
			continue
		}
		top := topOf(n)
		if d.explained[top] || d.underFeatures(d.indexOf(top)) {
			continue
		}
		text := d.text(n)
		next := n.NextSibling()
		if !introduces(text) && !d.followingEnds(text) || next == nil || !d.fits(next) {
			continue
		}
		start, kind, ok := d.leadInSentence(text)
		if !ok {
			start, kind, ok = d.cuedLeadIn(n)
		}
		if !ok || meansToFollow(text[start:]) {
			continue // (not "Our mission is to … , by:", a sentence that states it, with its means listed after: see sentences)
		}
		blocks, s := []ast.Node{next}, 0
		if endsWithCopula(text) {
			blocks, s = []ast.Node{n, next}, start // "Our vision is:" starts the statement
		}
		p := pick{blocks: blocks, start: s, end: len(d.blocksText(blocks))}
		if d.otherSense(kind, p) {
			continue
		}
		if _, norms := d.tokens(text[start:]); kind == Vision && d.technicalVision(norms) {
			continue // "The vision pipeline has three stages:": the lead-in speaks of image technology
		}
		d.propose(Claim{Kind: kind, Form: FormLeadIn, Blocks: blocks, Start: p.start, End: p.end}, n, start)
	}
}

// cuedLeadIn returns where the last sentence of paragraph n starts, and
// its kind, when the sentence states the kind as the sentence reading
// does ("Over the next three years our mission is to help independent
// pharmacies in the UK and Ireland:") and ends the paragraph with a
// colon: however long, it leads in to the block after it.
func (d *detector) cuedLeadIn(n ast.Node) (int, Kind, bool) {
	for _, c := range d.cueSentences(n) {
		if c.explicit && !c.afterColon && d.endsLeadIn(n, c) {
			return c.start, c.kind, true
		}
	}
	return 0, "", false
}

// followingEnds reports whether a paragraph's text ends with a sentence,
// closed by a full stop, that names a kind as "the following" one
// ("Resolution: that the group adopts the following mission
// statement."): it points to the block after it as a colon would.
func (d *detector) followingEnds(text string) bool {
	if !strings.HasSuffix(text, ".") || !strings.Contains(text, "following") {
		return false // most paragraphs: no sentences to read
	}
	words := tokenize.Words(text)
	sentences := tokenize.Sentences(text, words, d.lex)
	if len(sentences) == 0 {
		return false
	}
	sentence := text[sentences[len(sentences)-1][0].Start:]
	words, norms := d.tokens(sentence)
	if _, ok := d.followingKind(norms); !ok {
		return false
	}
	for x, w := range norms {
		if w == "following" {
			// Not "… proposes the following vision for adoption at this
			// meeting: by 2035 …": the statement after the colon, in the
			// same sentence.
			return !strings.Contains(sentence[words[x].Start:], ":")
		}
	}
	return false
}

// introduces reports whether a paragraph's text ends as a lead-in does:
// with a colon, or "as follows".
func introduces(text string) bool {
	if strings.HasSuffix(text, ":") {
		return true
	}
	t := strings.TrimRight(text, ". ")
	return len(t) >= len(asFollows) && lowerASCIIEqual(t[len(t)-len(asFollows):], asFollows)
}

const asFollows = "as follows" // no "i" or "k": see lowerASCIIEqual

// leadInSentence finds, in a paragraph's text that ends with a colon, a
// last sentence that introduces a statement: short, asking nothing, and
// naming an owned kind ("our mission", "Acme's vision", "notre mission").
// It returns where the sentence starts and the kind.
func (d *detector) leadInSentence(text string) (int, Kind, bool) {
	words := tokenize.Words(text)
	sentences := tokenize.Sentences(text, words, d.lex)
	if len(sentences) == 0 {
		return 0, "", false
	}
	last := sentences[len(sentences)-1]
	pointed := false
	if len(sentences) > 1 && len(last) <= hereItIsWords && strings.EqualFold(text[last[0].Start:last[0].End], "here") {
		last, pointed = sentences[len(sentences)-2], true // "… the final wording of the vision statement the trustees agreed. Here it is:": the sentence before names it
	}
	start := last[0].Start
	// A longer sentence leads in only when it ends with the kind: "Our
	// chair put it this way at last year's AGM, and the committee has
	// adopted it as our vision:"; or when "Here it is:" after it points.
	long := len(last)-noteAtEnd(text, last) > leadInWords && !pointed
	sentence := text[start:]
	words, norms := d.tokens(sentence)
	if kind, ok := d.followingAs(norms); ok {
		return start, kind, true // "That the members adopt the following as the co-operative's mission statement, to be printed …:"
	}
	if kind, ok := d.followingKind(norms); ok {
		return start, kind, true // "After a long discussion the board agreed the following new vision, to be tested …:"
	}
	if n := len(norms); n >= 3 && n <= leadInWords && norms[n-1] == "to" && (norms[n-2] == "exist" || norms[n-2] == "exists") {
		return start, Mission, true // "We exist to:", "The Trust exists to:", then what for: why the organisation exists
	}
	for i, w := range norms {
		if isWhWord(w) || d.vocab.explains.Has(w) {
			return 0, "", false // "Here is how our mission shapes our work:"
		}
		if long && i < len(norms)-kindAtEndWords && len(norms)-asideAfter(sentence, words, norms, i) > leadInWords {
			continue
		}
		if i == 0 {
			continue
		}
		o := i - 1
		if o > 0 && d.vocab.prefixes.Has(norms[o]) && norms[o] != "the" && !d.vocab.owners.Has(norms[o]) {
			o-- // "the project vision", "our product mission"
		}
		owner := norms[o]
		following := owner == "following" && o > 0 && norms[o-1] == "the" && d.kindEndsSentence(norms, i) // "that the Trust adopts the following vision:"
		// "members agreed a vision for the Society's second century:", "the
		// board adopted a new mission:", "… adopted this vision for the
		// ranger service:": a kind with an article or "this", taken by a
		// body as its own
		adopted := d.vocab.adopting.Has(owner) && (norms[o+1] == "a" || norms[o+1] == "an") ||
			(owner == "a" || owner == "an" || owner == "this" || owner == "the") && o > 0 && d.vocab.adopting.Has(norms[o-1])
		// "The library's digital team works to one mission statement:": a
		// statement of the kind, counted as one, that ends the sentence
		named := (owner == "a" || owner == "an" || owner == "one") && i+2 == len(norms) && norms[i+1] == "statement"
		if owner != "the" && !d.vocab.owners.Has(owner) && !possessive(sentence, words, norms, o) && !following && !adopted && !named {
			continue
		}
		if w == "why" || w == "dream" || d.mentionBefore(norms, o+1) {
			continue // not "In pursuit of its purpose the Trust may:", what serves a statement made elsewhere
		}
		if owner == "the" && d.vocab.weak.Has(w) && !d.organisationOwns(sentence, words, norms, i) {
			continue // not "to talk about the purpose of a thing (what it is used for):", a thing's
		}
		if n := d.vocab.visions.Match(norms, i); n > 0 && !inName(sentence, words, i, n) && !kindIsVerbObject(norms, o, i+n) && !givenBefore(norms, i+n) {
			return start, Vision, true
		}
		if n := d.vocab.missions.Match(norms, i); n > 0 && !inName(sentence, words, i, n) && !kindIsVerbObject(norms, o, i+n) && !givenBefore(norms, i+n) {
			return start, Mission, true
		}
	}
	return 0, "", false
}

// givenBefore reports whether the word after a kind's name points back to
// where the statement was given ("the mission above", "the vision
// earlier"): what follows explains it, and is not the statement.
func givenBefore(norms []string, end int) bool {
	return end < len(norms) && (norms[end] == "above" || norms[end] == "earlier")
}

// kindIsVerbObject reports whether the kind's phrase, from its owner at word
// o to word end, is the object of a verb before it, and the sentence goes
// on after it: an "-ing" verb that a verb after it takes as its subject
// ("In practice, living our mission means:"), or an infinitive of purpose
// that opens the sentence before its main clause ("To carry out its
// purpose the Co-operative may:"). What follows is what carrying the
// statement out involves, not the statement. "Introducing our new
// vision:" and "To sum up our vision:", with nothing after the kind,
// still lead in.
func kindIsVerbObject(norms []string, o, end int) bool {
	if o == 0 || end >= len(norms) {
		return false
	}
	if norms[0] == "to" && o <= infinitiveVerbWords && end+2 <= len(norms) {
		return true
	}
	g := norms[o-1]
	return len(g) > len("ing")+2 && strings.HasSuffix(g, "ing") && !strings.HasSuffix(g, "thing")
}

// infinitiveVerbWords is how far into a sentence an owner may stand after
// an opening "to" for kindIsVerbObject: "to", a verb and its particle ("To
// carry out its purpose").
const infinitiveVerbWords = 3

// noteAtEnd returns how many of a lead-in sentence's words stand in a
// note in brackets just before its colon ("… the mission statement that
// was voted through (23 for, 2 against, 1 abstention):"): a lead-in is as
// long as its sentence without it.
func noteAtEnd(text string, sentence []tokenize.Range) int {
	t := strings.TrimRight(text, ": ")
	if !strings.HasSuffix(t, ")") {
		return 0
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 {
		return 0
	}
	n := 0
	for _, w := range sentence {
		if w.Start > open {
			n++
		}
	}
	return n
}

// asideAfter returns how many words an aside set off by commas right after
// word i has ("as printed on the back of every programme" in "Our
// mission, as printed on the back of every programme, is the test …:"),
// or 0: a lead-in is as long as its sentence without it.
func asideAfter(text string, words []tokenize.Range, norms []string, i int) int {
	gapAfter := func(k int) string { return gapAfterWord(text, words, k) }
	if !strings.Contains(gapAfter(i), ",") {
		return 0
	}
	if k := asideEnd(norms, gapAfter, i+1); k > i {
		return k - i
	}
	return 0
}

// followingAs returns the kind a resolution adopts "the following as"
// ("adopt the following as the co-operative's mission statement"),
// whatever follows it in the sentence.
func (d *detector) followingAs(norms []string) (Kind, bool) {
	for i := 1; i+2 < len(norms); i++ {
		if norms[i-1] != "the" || norms[i] != "following" || norms[i+1] != "as" {
			continue
		}
		for k := i + 2; k < len(norms) && k <= i+2+followingAsWords; k++ {
			if d.vocab.visions.Match(norms, k) > 0 {
				return Vision, true
			}
			if d.vocab.missions.Match(norms, k) > 0 {
				return Mission, true
			}
		}
	}
	return "", false
}

// followingAsWords is the most words of an owner between "the following
// as" and the kind ("the co-operative's", "our new").
const followingAsWords = 3

// hereItIsWords is the most words of a lead-in that points at what
// follows and leaves its name to the sentence before ("Here it is:",
// "Here is the wording:").
const hereItIsWords = 5

// kindEndsSentence reports whether the kind's words at i end the words,
// or only a phrase of when, where or for what follows them, as in a
// lead-in that names what follows ("the following vision:", "the
// following mission statement:", "the following revised mission at
// their meeting on 4 March:"); not "the following vision documents:".
func (d *detector) kindEndsSentence(norms []string, i int) bool {
	n := max(d.vocab.visions.Match(norms, i), d.vocab.missions.Match(norms, i))
	if n == 0 {
		return false
	}
	if i+n == len(norms) {
		return true
	}
	switch norms[i+n] {
	case "at", "on", "in", "for", "by", "from":
		return true
	case "to":
		return i+n+1 < len(norms) && !opensNounPhrase(norms[i+n+1]) // "the following vision, to be tested …", "… to guide every decision in this plan": what it is for, an infinitive
	}
	return false
}

// followingKind returns the kind a sentence of any length names as "the
// following" one, perhaps with a prefix ("the following new vision"),
// where the kind ends the sentence or a short tail follows it ("at their
// meeting", ", to be tested …"): "the following" points to the block
// after it.
func (d *detector) followingKind(norms []string) (Kind, bool) {
	for x := 0; x+2 < len(norms); x++ {
		if norms[x] != "the" || norms[x+1] != "following" {
			continue
		}
		i := x + 2
		if i+1 < len(norms) && d.vocab.prefixes.Has(norms[i]) && !d.vocab.owners.Has(norms[i]) {
			i++ // "the following new vision"
		}
		if !d.kindEndsSentence(norms, i) {
			continue
		}
		if d.vocab.visions.Match(norms, i) > 0 {
			return Vision, true
		}
		return Mission, true
	}
	return "", false
}

// kindAtEndWords is how near the colon the kind must stand in a lead-in
// longer than leadInWords: its last words.
const kindAtEndWords = 2

// inName reports whether the kind words at i (n of them) open a name
// written in capitals within a sentence in lower case: "The Vision Zero
// programme has five parts:", "the Mission Control team"; not "Our Vision
// Statement:", where nothing in lower case follows.
func inName(text string, words []tokenize.Range, i, n int) bool {
	j := i + n
	if j+1 >= len(words) || !capitalised(text, words[i]) || !capitalised(text, words[j]) {
		return false
	}
	r := text[words[j+1].Start]
	return r >= 'a' && r <= 'z'
}

// endsWithCopula reports whether a lead-in ends "… is:" or "… are:", or
// "… exist to:", so that the list after it finishes its sentence.
func endsWithCopula(text string) bool {
	t := strings.TrimRight(strings.TrimSuffix(text, ":"), " ")
	l := strings.ToLower(t)
	if strings.HasSuffix(l, "here it is") || strings.HasSuffix(l, "here they are") {
		return false // "Here it is:" points at the statement and is no part of it
	}
	for _, w := range []string{" is", " are", " est", " es", " ist", " è", " é", " exist to", " exists to"} {
		if strings.HasSuffix(l, w) {
			return true
		}
	}
	return false
}

// leadIn reports whether paragraph n is a lead-in, one sentence ending in a
// colon, for the list or quote after it, and returns the statement's
// blocks: the lead-in with its list when it starts the statement ("A map of
// the river that is:", "Our vision is:"), the list or quote alone when the
// lead-in only introduces it ("We sum up our mission as:").
func (d *detector) leadIn(n ast.Node) ([]ast.Node, bool) {
	if _, ok := n.(*ast.Paragraph); !ok {
		return nil, false
	}
	text := d.text(n)
	if !strings.HasSuffix(text, ":") {
		return nil, false
	}
	next := n.NextSibling()
	switch next.(type) {
	case *ast.List, *ast.Blockquote:
	default:
		return nil, false
	}
	if _, _, ok := d.leadInSentence(text); ok && !endsWithCopula(text) {
		return []ast.Node{next}, true
	}
	if d.sentenceCount(text) != 1 {
		return nil, false
	}
	return []ast.Node{n, next}, true
}
