package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/vmlint/vmlint/lint/language/wordnet"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// cue is a sentence's statement cue: the kind it states and the index of
// the first word after the cue. An explicit cue names the kind ("Our
// mission is to …"); an implicit one only reads as one ("We envision …",
// "Imagine a world where …", "We exist to …").
type cue struct {
	kind     Kind
	from     int
	explicit bool
	// article marks a cue whose kind word has an article, not an owner
	// ("the mission to bring …", "on a mission to …"): a space or game
	// mission reads the same ("the mission to land on the comet").
	article bool
	// past marks a cue in the past tense ("Kittiwake's mission was to
	// …"): a mission carried out and done reads the same as one held.
	past bool
	// afterColon marks a statement that starts after a colon, past a
	// lead-in of the writer's own ("we wrote our mission on the back of a
	// grant form: to …"): the claim leaves the lead-in out.
	afterColon bool
}

// cueSentence is a sentence of a block that carries a statement cue:
// bytes [start, end) of the block's text.
type cueSentence struct {
	cue
	start, end int
	after      []string // the sentence's normalised words after the cue
}

// sentences proposes the sentences that say what they state ("Our mission
// is to …", "We envision …", "Notre mission est de …"), outside sections
// that explain how to write statements or list features. It looks only at
// the blocks the labels pass found a cue word in. The claims set drops a
// sentence that repeats a statement found before it, and an implicit one
// where the document states its kind otherwise.
func (d *detector) sentences() {
	for _, n := range d.cuedBlocks {
		top := topOf(n)
		if d.explained[top] || d.underFeatures(d.indexOf(top)) {
			continue
		}
		for _, c := range d.cueSentences(n) {
			if len(c.after) == 0 || pointsBack(c.after) {
				continue // nothing after the cue, or only what was stated before it ("… exists to make that picture real")
			}
			if d.endsLeadIn(n, c) {
				if list, ok := n.NextSibling().(*ast.List); ok && len(c.after) >= minStatementWords && meansToFollow(d.text(n)[c.start:c.end]) {
					// "Our mission is to make sure no one … goes hungry, by:"
					// and a list: the sentence states it, and the list
					// after its last preposition goes on with it
					blocks := []ast.Node{n, list}
					d.proposeSentence(Claim{Kind: c.kind, Form: FormSentence, Blocks: blocks, Start: c.start, End: len(d.blocksText(blocks))}, !c.explicit, c.after)
				}
				continue // "Our mission is simple:" introduces what follows
			}
			if c.article || c.past {
				if _, norms := d.tokens(d.text(n)[c.start:c.end]); twoWordsOf(norms, d.vocab.missionOperation) || d.operationBefore(d.indexOf(top)) {
					continue // "the mission to place a lander in lunar orbit", "Kittiwake's mission was to …", in a page about a spacecraft
				}
				if d.noteAside(n) {
					continue // "**Note:** The board asked for the mission to stay under sixty words.": a note on the page, speaking of its mission
				}
				if d.kindNamedOnPage(c.kind) {
					continue // "Captain Brass … sets out on a mission to marry off his nieces", on a page about a work called "The Mission of Captain Brass": the story's
				}
			}
			d.proposeSentence(Claim{Kind: c.kind, Form: FormSentence, Blocks: []ast.Node{n}, Start: c.start, End: c.end}, !c.explicit, c.after)
		}
	}
}

// pointsBack reports whether the few words after a cue take their object
// from what came before: "this", "that", "these", "those" or "it" within
// the first three of at most pointerWords ("to make that picture real",
// "to make it happen"). Such a sentence states nothing on its own.
func pointsBack(after []string) bool {
	if len(after) > pointerWords {
		return false
	}
	for i, w := range after {
		if i >= 3 {
			break
		}
		switch w {
		case "this", "that", "these", "those", "it":
			return true
		}
	}
	return false
}

// pointerWords is the most words after a cue that pointsBack reads.
const pointerWords = 5

// meansToFollow reports whether a sentence that ends with a colon ends on
// a preposition that says how ("…, by:", "through:", "with:"): its object
// is what follows the colon.
func meansToFollow(sentence string) bool {
	body := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(sentence), ":"))
	last := body[strings.LastIndexAny(body, " \t\n")+1:]
	switch strings.ToLower(last) {
	case "by", "through", "with", "via":
		return true
	}
	return false
}

// minStatementWords is the fewest words after a cue that state something
// before a colon ("to make sure no one goes hungry, by:").
const minStatementWords = 4

// endsLeadIn reports whether the cue sentence ends its paragraph with a
// colon and a block follows: a lead-in, whose statement is that block.
func (d *detector) endsLeadIn(n ast.Node, c cueSentence) bool {
	text := d.text(n)
	return c.end == len(text) && strings.HasSuffix(text, ":") && n.NextSibling() != nil
}

// cueSentences returns the sentences of a paragraph that carry a statement
// cue, in order; none for other blocks or a paragraph without a cue word.
// An HTML block counts by the text it shows.
func (d *detector) cueSentences(n ast.Node) []cueSentence {
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock, *ast.HTMLBlock:
	default:
		return nil
	}
	if !d.mayName(n) {
		return nil
	}
	if out, ok := d.cueSents[n]; ok {
		return out
	}
	text, base := d.text(n), 0
	if start, end, wrapped := d.calloutInner(n); wrapped {
		text, base = text[start:end], start // "{{< lead >}}\nThe Guild exists to …\n{{< /lead >}}": the sentences the callout shows
	}
	var out []cueSentence
	var before []string // the words of the sentence before, when it held a cue word
	for _, sentence := range tokenize.Sentences(text, tokenize.Words(text), d.lex) {
		start, end := sentence[0].Start, tokenize.SentenceEnd(text, sentence[len(sentence)-1].End)
		s := text[start:end]
		prev := before
		before = nil
		if prev != nil && hereItIs(s) {
			// "… we finally agreed a mission statement, after three drafts.
			// Here it is: we plant and tend small gardens on …": the
			// sentence before names what this one gives, after its colon
			if kind := d.kindNamedIn(prev); kind != "" {
				if sw, sn := d.tokens(s); len(sw) > 3 {
					out = append(out, cueSentence{cue: cue{kind: kind, from: 3, explicit: true, afterColon: true}, start: base + start + sw[3].Start, end: base + end, after: sn[3:]})
				}
			}
			continue
		}
		if !cueIn(d.vocab.cues, s) {
			continue // most sentences of a block hold no cue word
		}
		sw, sn := d.tokens(s)
		before = sn
		if c, ok := d.statementCue(s, sw, sn); ok && !slotAfter(s, sw, sn, c) {
			from := start
			if c.afterColon && c.from < len(sw) {
				from += sw[c.from].Start
			}
			out = append(out, cueSentence{cue: c, start: base + from, end: base + end, after: sn[min(c.from, len(sn)):]})
		}
	}
	put(&d.cueSents, n, out)
	return out
}

// noteAside reports whether a block is a note: its text opens, past the
// fence of a container (":::", "::: {.note}"), with a notice's word and
// a colon ("Note:", "Tip:", "Warning:"), or the container is a notice's
// (":::note").
func (d *detector) noteAside(n ast.Node) bool {
	text := d.text(n)
	if len(text) > metaReach {
		text = text[:metaReach]
	}
	fenced := strings.HasPrefix(strings.TrimSpace(text), ":::")
	words, norms := d.tokens(text)
	label := func(i int) bool { return d.vocab.noticeBlock.Has(norms[i]) || d.vocab.metaLabel.Match(norms, i) > 0 }
	if fenced && len(norms) > 0 && label(0) {
		return true // ":::note", "::: {.note}"
	}
	first := 0 // the word the note's text opens with, past a container's name
	if fenced {
		first = 1
	}
	for i := 0; i <= first && i+1 < len(words); i++ {
		if label(i) && strings.Contains(text[words[i].End:words[i+1].Start], ":") {
			return true // "Note: …"
		}
	}
	return false
}

// namedSo reports whether norms[k] ends a verb of naming ("called",
// "known as"): what follows is a name given to something, not a
// statement.
func namedSo(norms []string, k int) bool {
	if k < 0 || k >= len(norms) {
		return false
	}
	switch norms[k] {
	case "called", "named", "termed", "dubbed":
		return true
	case "as":
		return k > 0 && norms[k-1] == "known"
	}
	return false
}

// gerund reports whether w is a verb's "-ing" form ("rescuing"), as a
// statement after a colon may open ("our mission: rescuing otters …").
func gerund(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ing") {
		return false
	}
	_, ok := wordnet.Base(w, wordnet.Verb)
	return ok
}

// hereItIs reports whether a sentence opens "Here it is:" and goes on
// after the colon.
func hereItIs(s string) bool {
	const opening = "here it is:"
	return len(s) > len(opening)+1 && strings.EqualFold(s[:len(opening)], opening)
}

// kindNamedIn returns the one kind a sentence's words name ("we finally
// agreed a mission statement"), or "" when they name none or both, and
// which one follows is not said.
func (d *detector) kindNamedIn(norms []string) Kind {
	switch vision, mission := d.kindsNamed(norms); {
	case vision && !mission:
		return Vision
	case mission && !vision:
		return Mission
	}
	return ""
}

// wordingVerbAt returns the index of a verb that gives a text's words
// ("reads", "says"), with a colon after it, at word i or past an aside
// set off by commas that starts there ("…, adopted in 2011, reads:"); 0
// when there is none.
func wordingVerbAt(norms []string, gapAfter func(int) string, i int) int {
	k := i
	if i > 0 && strings.Contains(gapAfter(i-1), ",") {
		if k = asideEnd(norms, gapAfter, i) + 1; k == 0 {
			return 0 // a comma with no aside closed after it
		}
	}
	if k >= len(norms)-1 || !strings.Contains(gapAfter(k), ":") {
		return 0
	}
	switch norms[k] {
	case "reads", "read", "says", "said", "states":
		return k
	}
	return 0
}

// asideEnd returns the last word of an aside that starts at word from
// and closes with a comma within asideWords words ("really," in "Our
// mission, really, is …"), or -1.
func asideEnd(norms []string, gapAfter func(int) string, from int) int {
	for k := from; k < from+asideWords && k < len(norms); k++ {
		if strings.Contains(gapAfter(k), ",") {
			return k
		}
	}
	return -1
}

// ownsPurposes reports whether "purposes" at i is "the purposes of" an
// organisation and then "are" ("The purposes of the CIO are to …"), the
// way a constitution states what the organisation is for.
func ownsPurposes(norms []string, i int) bool {
	if i == 0 || norms[i-1] != "the" || i+1 >= len(norms) || norms[i+1] != "of" {
		return false
	}
	for k := i + 2; k < i+2+ownerNameWords && k+1 < len(norms); k++ {
		if norms[k] == "are" {
			return norms[k+1] == "to"
		}
	}
	return false
}

// asideToCopula returns the last word of an aside between a kind and its
// copula: one that opens with a comma right after the kind, or after one
// word of it ("mission then, and now, is"), and closes with a comma
// right before "is", "was" or "has been" ("mission, since that first
// week, has been …") within asideWords words; or -1.
func asideToCopula(norms []string, gapAfter func(int) string, from int) int {
	if from >= len(norms) || !strings.Contains(gapAfter(from-1), ",") && !strings.Contains(gapAfter(from), ",") {
		return -1
	}
	for k := from; k < from+asideWords && k+1 < len(norms); k++ {
		if strings.Contains(gapAfter(k), ",") && (norms[k+1] == "is" || norms[k+1] == "was" || perfectCopulaEnd(norms, k+1) > k+1) {
			return k
		}
	}
	return -1
}

// asideWords is the most words an aside set off by commas may have
// between a kind's "is" and what it is ("is, quite simply, to …"), or
// between the kind and its "is" ("mission, agreed by the board in our
// 2024 business plan, is …").
const asideWords = 12

// visionOpens reports whether the words at k open a vision as it stands
// after a colon: a noun and the clause that pictures it ("a valley
// where"), a count of all of a kind ("every shellfish hatchery …", not
// "all"), or the year it is for ("by 2034 …").
func visionOpens(norms []string, k int) bool {
	if k >= len(norms) {
		return false
	}
	switch w := norms[k]; {
	case w == "a" || w == "an":
		return pictureOpens(norms, k+1)
	case countsEveryone(w):
		return w != "all"
	case w == "by":
		return k+1 < len(norms) && len(norms[k+1]) == 4 && tokenize.IsNumber(norms[k+1])
	}
	return false
}

// pictureOpens reports whether the words at i are a noun and a clause
// that pictures it: "future in which", "world where", "day when".
func pictureOpens(norms []string, i int) bool {
	k := i + 1 // the noun, then the clause's opener right after it
	return k < len(norms) && (norms[k] == "where" || norms[k] == "when" || norms[k] == "in" && k+1 < len(norms) && norms[k+1] == "which")
}

// pictureModifiers is the most words that may describe the noun of a
// picture before it ("a seamless, world-class seed-sharing culture in
// which …").
const pictureModifiers = 4

// pictureAfterModifiers reports whether a noun and the clause that
// pictures it (see pictureOpens) start at i or after a few words that
// describe the noun, with no punctuation but commas, no conjunction and
// no verb "be" between.
func pictureAfterModifiers(norms []string, gapAfter func(int) string, i int) bool {
	for k := i; k < len(norms) && k <= i+pictureModifiers; k++ {
		switch norms[k] {
		case "and", "or", "but", "is", "are", "was", "were":
			return false // "the mission is a slogan and when it is a decision": no noun of a picture
		}
		if pictureOpens(norms, k) {
			return true
		}
		if strings.ContainsAny(gapAfter(k), ".;:!?()") {
			return false
		}
	}
	return false
}

// pointedKind returns where the statement starts when the sentence opens
// with "that", "this" or "here" (after "So", "And" or "Now"), then "is"
// (with at most an aside set off by commas between) and an owned kind,
// whose colon follows within a few words, past a gloss set off by a comma
// or a phrase of its scope; or 0. "That, in the end, is our vision: …",
// "So here is the committee's vision, agreed last month: …", "Here is our
// vision for the next fifty years: …". A person's own ("my vision")
// counts only when "our" stands before the colon ("my vision for our next
// fifty years"); "That was our mission: …" tells a story.
func pointedKind(norms []string, gapAfter func(int) string, i int, owned bool, owner string) int {
	if !owned || owner == "the" {
		return 0
	}
	start := 0
	if len(norms) > 0 && (norms[0] == "so" || norms[0] == "and" || norms[0] == "now") {
		start = 1
	}
	if start >= i {
		return 0
	}
	switch norms[start] {
	case "that", "this", "here":
	default:
		return 0
	}
	is := start + 1
	if norms[is] != "is" && strings.Contains(gapAfter(start), ",") {
		if k := asideEnd(norms, gapAfter, start+1); k > start && k+1 < i {
			is = k + 1 // "That, in the end, is …"
		}
	}
	if norms[is] != "is" || i-is-1 < 1 || i-is-1 > ownerNameWords {
		return 0
	}
	ours := !isPersonalOwner(owner)
	for m := i; m < i+pointedReach && m+1 < len(norms); m++ {
		ours = ours || norms[m] == "our"
		if g := gapAfter(m); strings.Contains(g, ":") {
			if !ours {
				return 0
			}
			return m + 1
		} else if strings.ContainsAny(g, ".;!?") {
			return 0
		}
	}
	return 0
}

// pointedReach is how many words after the kind the colon of "Here is our
// vision …:" may stand.
const pointedReach = 7

// barePlural reports whether w looks like a plural noun ("mountains",
// "towns", "communities"): a word ending in "s", not "ss" ("less").
func barePlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// pluralPictured reports whether the words at i are a plural with no
// article, after at most a few words that describe it, and then the
// clause that pictures it ("mountains where …", "school kitchens that
// …", "carers who …"), with no punctuation between.
func pluralPictured(norms []string, gapAfter func(int) string, i int) bool {
	for k := i; k < len(norms) && k <= i+pictureModifiers; k++ {
		switch norms[k] {
		case "a", "an", "the", "and", "or", "but", "is", "are", "was", "were", "to":
			return false // "… is that it's too long", "… is to …": no bare plural pictured
		}
		if barePlural(norms[k]) && (pictureOpens(norms, k) || k+1 < len(norms) && (norms[k+1] == "that" || norms[k+1] == "who")) {
			return !strings.ContainsAny(gapAfter(k), ".,;:!?()")
		}
		if strings.ContainsAny(gapAfter(k), ".,;:!?()") {
			return false
		}
	}
	return false
}

// countsEveryone reports whether w opens a phrase that counts all of a
// kind ("every", "each", "no", "all") or stands for everyone.
func countsEveryone(w string) bool {
	switch w {
	case "every", "each", "no", "all", "everyone", "everybody", "anyone", "nobody", "no-one":
		return true
	}
	return false
}

// picturedClause reports whether a clause that pictures its noun follows
// within a few words of i ("we picture [a Fenbury where] every child …"):
// "picture" also captions a photo ("we picture the crew at the gala").
func picturedClause(norms []string, i int) bool {
	for k := i; k < len(norms) && k < i+pictureReach; k++ {
		switch norms[k] {
		case "where", "when", "which", "who", "whose":
			return true
		}
	}
	return false
}

// pictureReach is how many words picturedClause reads.
const pictureReach = 6

// statementCue finds a sentence that says what it states: "Our mission is
// to …", "Acme's vision is a world …", "It is Acme's mission to …", "the
// mission to bring …", "Our mission is for every school to …", "We
// envision …", "We picture a town where …", "We exist to …", and the
// openings of other languages in the statement-cue lists ("Notre mission
// est de …").
func (d *detector) statementCue(text string, words []tokenize.Range, norms []string) (cue, bool) {
	at := func(i int) string {
		if i >= 0 && i < len(norms) {
			return norms[i]
		}
		return ""
	}
	gapAfter := func(i int) string { return gapAfterWord(text, words, i) }
	lowerAt := func(i int) bool {
		if i >= len(words) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(text[words[i].Start:])
		return unicode.IsLower(r)
	}
	for i := range norms {
		if n := d.vocab.cueMission.Match(norms, i); n > 0 {
			return cue{kind: Mission, from: i + n, explicit: true}, true
		}
		if n := d.vocab.cueVision.Match(norms, i); n > 0 {
			return cue{kind: Vision, from: i + n, explicit: true}, true
		}
		var kind Kind
		switch {
		case norms[i] == "vision" || norms[i] == "dream" && at(i-1) == "our":
			kind = Vision
		case norms[i] == "mission" || norms[i] == "purpose" || norms[i] == "purposes" && ownsPurposes(norms, i):
			kind = Mission // "The purposes of the CIO are to …": a charity's constitution states its mission so
		}
		if kind != "" {
			j := i + 1
			if at(j) == "statement" {
				j++
			}
			if givenBefore(norms, j) {
				continue // "In practice, the mission above means that we: …": the statement given before, explained
			}
			if strings.Contains(gapAfter(j-1), ",") && at(j) == "which" && (at(j+1) == "is" || at(j+1) == "was") {
				// "It supports the league's mission, which is to …": what
				// the kind is, in a relative clause set off by a comma
				j++
			} else if k := asideToCopula(norms, gapAfter, j); k >= 0 {
				// "Our mission, really, is to …", "The Trust's mission,
				// agreed by the board in 2024, is to …", "Our mission
				// then, and now, is to …": past an aside set off by commas
				// between the kind and its copula
				j = k + 1
			}
			// "The vision of Acme is to …", "Our mission at the Southmere
			// Crisis Team is to …", "Our mission as a charity is to …",
			// "Our vision for digital is simple: …" (a vision's scope; not
			// "the vision for this sprint", nor a mission "for this sprint",
			// which is a goal).
			if at(j) == "of" && isPersonalOwner(at(i-1)) && at(i-1) != "its" && at(i-1) != "their" {
				continue // "his vision of Jupiter is …": a person's picture of something, not a statement
			}
			if at(j) == "of" || at(j) == "at" || at(j) == "as" || at(j) == "here" && at(j+1) == "at" || at(j) == "for" && kind == Vision && at(i-1) != "the" ||
				at(j) == "for" && kind == Mission && isYear(at(j+1)) || // "Our mission for 2025–2030 is to …": the years of a plan's mission

				at(j) == "that" && at(i-1) == "the" { // "The vision that came out of the summer workshops is shorter: …"
				for k := j + 1; k < j+ownerNameWords && k < len(norms); k++ {
					if norms[k] == "is" || norms[k] == "are" && norms[i] == "purposes" || (norms[k] == "shall" || norms[k] == "will") && at(k+1) == "be" {
						j = k // "The purpose of the Society shall be to …", a rule's words
						break
					}
				}
			}
			owner, ownerAt := at(i-1), i-1
			if isKindModifier(owner) {
				owner, ownerAt = at(i-2), i-2
			}
			owned := owner == "the" || d.vocab.owners.Has(owner) || i > 0 && owner == norms[i-1] && possessive(text, words, norms, i-1) || strings.HasSuffix(owner, "'s")
			if (owner == "the" || owner == "a") && at(i+1) == "that" && holdsView(at(i-2)) && i+2 < len(norms) {
				// "The parties share the vision that by 2028 every resident
				// …": a view held in common, and what it is
				return cue{kind: kind, from: i + 2, explicit: true}, true
			}
			if owner == "the" && (at(i-2) == "has" || at(i-2) == "have" || at(i-2) == "had") {
				continue // "He has the vision to pick out a runner": a person's gift, not a statement
			}
			if d.vocab.weak.Has(norms[i]) && !d.organisationOwns(text, words, norms, i) && !(owner == "the" && (at(i+1) == "we" || at(i+1) == "our")) {
				continue // "The purpose of hash values is to …", "The cmdlet's purpose is to …"
			}
			if k := wordingVerbAt(norms, gapAfter, i+1); owned && k > 0 {
				// "The current mission, adopted in 2011, reads: \"To
				// provide …\"", "Our vision says: …": its words, after the
				// colon
				return cue{kind: kind, from: k + 1, explicit: true, afterColon: true, article: owner == "the", past: at(k) == "read" || at(k) == "said"}, true
			}
			// "Our mission is to …", "Acme's vision is a world where …";
			// "our mission stayed the same: to …", a copula that keeps it;
			// "our vision has always been a simple one: …"
			if k := perfectCopulaEnd(norms, j); k > j {
				j = k
			}
			// "that the network's mission shall be: …": the kind as
			// adopted, in the modal of a resolution or a plan
			willBe := (at(j) == "will" || at(j) == "shall") && at(j+1) == "be"
			if willBe {
				j++
			}
			// "proposed that the merged guild's mission be to …": the
			// kind as proposed, in the subjunctive
			copula := at(j) == "is" || at(j) == "was" || at(j) == "been" || willBe || remainsVerb(at(j)) || at(j) == "be" || norms[i] == "purposes" && at(j) == "are"
			if remainsVerb(at(j)) {
				switch {
				case at(j+1) == "the" && at(j+2) == "same":
					j += 2
				case at(j+1) == "unchanged":
					j++
				}
			}
			if owned && copula && isPersonalOwner(owner) && at(j) == "was" {
				continue // "When we switched to Cobalt, my mission was to …", "Their vision was a building that …": someone's own story
			}
			if k := pointedKind(norms, gapAfter, i, owned, owner); k > 0 {
				// "That, in the end, is our vision: a living trade …", "So
				// here is the committee's vision, agreed last month: …": the
				// kind as what the sentence's demonstrative is, then the
				// statement after the colon
				return cue{kind: kind, from: k, explicit: true, afterColon: true}, true
			}
			if owned && copula {
				colon := strings.Contains(gapAfter(j), ":")
				if !colon && strings.Contains(gapAfter(j), ",") {
					// "Our mission is, quite simply, to …": past an aside
					// set off by commas.
					if k := asideEnd(norms, gapAfter, j+1); k >= 0 {
						j = k
					}
				}
				if !colon && at(j+2) == "to" && stillAdverb(at(j+1)) {
					j++ // "Our mission is still to …", "… is simply to …"
				}
				next := at(j + 1)
				switch {
				case colon, next == "to", next == "for", next == "simple" || next == "clear" || next == "twofold":
					return cue{kind: kind, from: j + 1, explicit: true, article: owner == "the", past: at(j) == "was"}, true
				case kind == Mission && (at(j) == "is" || at(j) == "was") && gerund(next) && opensNounPhrase(at(j+2)):
					// "Our mission is keeping the Vale's railway alive by
					// …": the work, as a gerund with its object; not "Our
					// mission is changing", the mission itself, nor "is
					// gaining momentum"
					return cue{kind: kind, from: j + 1, explicit: true, article: owner == "the", past: at(j) == "was"}, true
				case at(j) == "is" && lowerAt(j+1) && strings.Contains(gapAfter(j+1), ":") && j+2 < len(norms):
					// "… is shorter: a valley that runs on its own clean
					// energy": a word of what it is like, then what it is
					return cue{kind: kind, from: j + 2, explicit: true, article: owner == "the"}, true
				case (next == "a" || next == "an") && describedAsOne(norms, gapAfter, j+1) > 0:
					if m := describedAsOne(norms, gapAfter, j+1); strings.Contains(gapAfter(m), ":") && m+1 < len(norms) {
						return cue{kind: kind, from: m + 1, explicit: true, article: owner == "the", past: at(j) == "was", afterColon: true}, true // "Our vision is an ambitious one: a fen where …"
					}
					continue // "Marlow's vision of the fens at dusk is a lonely one, but …": what the vision is like, not what it is
				case kind == Vision && (next == "a" || next == "an" || next == "of" || next == "that" || next == "where" || next == "one" || next == "the" && owner != "the"):
					return cue{kind: kind, from: j + 1, explicit: true, article: owner == "the", past: at(j) == "was"}, true
				case kind == Vision && pluralPictured(norms, gapAfter, j+1):
					// "Our vision is mountains where nobody has to …",
					// "… is school kitchens that cook what children will
					// eat": a plural with no article, and the clause that
					// pictures it
					return cue{kind: kind, from: j + 1, explicit: true, article: owner == "the", past: at(j) == "was"}, true
				case (next == "a" || next == "an") && kind == Mission && pictureAfterModifiers(norms, gapAfter, j+2):
					// "our mission is a future in which no small nonprofit
					// …", "… is a seamless, seed-sharing culture in which
					// …": a mission put as the state it works for
					return cue{kind: kind, from: j + 1, explicit: true, article: owner == "the", past: at(j) == "was"}, true
				case next == "that" && countsEveryone(at(j+2)):
					// "Our purpose is that every tenant feels safe": the state
					// it works for, as a vision's is; not "… is that it's too
					// long"
					return cue{kind: kind, from: j + 1, explicit: true, article: owner == "the", past: at(j) == "was"}, true
				}
			}
			// "Our purpose has not changed since 1972: to pay every member
			// …": a kind said to be as it was, then a colon and what it is.
			if owned {
				if k := unchangedEnd(norms, j); k > 0 {
					for m := k - 1; m < k+unchangedReach && m+1 < len(norms); m++ {
						if strings.Contains(gapAfter(m), ":") {
							return cue{kind: kind, from: m + 1, explicit: true, article: owner == "the"}, true
						}
						if strings.ContainsAny(gapAfter(m), ".;!?") {
							break
						}
					}
				}
			}
			// "we wrote our mission on the back of a grant form: to make
			// payroll …": the organisation's kind, a few words on where
			// or how it stands, then a colon and its infinitive.
			// "We still hold to the vision we set out when the trust was
			// founded: a valley where …": "the" kind that "we" set out is
			// ours as well.
			// "the project vision we set out", "the purpose our founders
			// wrote into the rules …: to …"
			theKind := owner == "the" || at(i-2) == "the" && d.vocab.prefixes.Has(at(i-1)) && !d.vocab.owners.Has(at(i-1))
			ours := owned && owner != "the" && !isPersonalOwner(owner) || theKind && (at(i+1) == "we" || at(i+1) == "our" || at(i+1) == "that" && at(i+2) == "we")
			if ours {
				for m := i; m < i+unchangedReach && m+2 < len(norms); m++ {
					if g := gapAfter(m); strings.Contains(g, ":") {
						if at(m+1) == "to" && !opensNounPhrase(at(m+2)) || gerund(at(m+1)) || kind == Vision && visionOpens(norms, m+1) {
							return cue{kind: kind, from: m + 1, explicit: true, afterColon: true}, true
						}
						break
					} else if strings.ContainsAny(g, ".;!?") {
						break
					}
				}
			}
			// "We share one mission: to keep every bike …", "We have a
			// vision: …": a kind counted, then a colon and what it is; not
			// "Every collection is called a mission: one shop, …", a term.
			if (owner == "one" || owner == "a") && j == i+1 && strings.Contains(gapAfter(i), ":") && i+1 < len(norms) && !namedSo(norms, i-2) {
				return cue{kind: kind, from: i + 1, explicit: true}, true
			}
			// "RESOLVED that the Larder adopt the following mission
			// statement with immediate effect: \"We provide …\"": the
			// statement quoted after the colon that ends the lead-in
			if at(i-1) == "following" && !(barePlural(at(j)) && !strings.ContainsAny(gapAfter(j-1), ":,")) { // not "the following vision documents: …", a compound's plural
				for m := j - 1; m < j+unchangedReach && m+1 < len(norms); m++ {
					if g := gapAfter(m); strings.Contains(g, ":") {
						// (or a mission's infinitive after the colon: "the
						// trustees adopted the following mission in 2021: to
						// make sure …")
						if strings.ContainsAny(g, "\"“") {
							return cue{kind: kind, from: m + 1, explicit: true}, true
						}
						if kind == Mission && at(m+1) == "to" || kind == Vision && visionOpens(norms, m+1) {
							// "… proposes the following vision for adoption
							// at this AGM: by 2034 every member …"
							return cue{kind: kind, from: m + 1, explicit: true, afterColon: true}, true
						}
						break
					} else if strings.ContainsAny(g, ".;!?") {
						break
					}
				}
			}
			// "we wrote our mission as \"put a clean car within five
			// minutes' walk of every home\"": what it is, quoted after "as"
			if owned && owner != "the" && !isPersonalOwner(owner) && at(j) == "as" && strings.ContainsAny(gapAfter(j), "\"“") {
				return cue{kind: kind, from: j + 1, explicit: true}, true
			}
			// "… a small step towards our vision of a city where no renter
			// dreads opening the post": the picture it is, after "of"
			if kind == Vision && owned && owner != "the" && !isPersonalOwner(owner) && at(j) == "of" && (at(j+1) == "a" || at(j+1) == "an") && pictureOpens(norms, j+2) {
				return cue{kind: kind, from: j + 1, explicit: true}, true
			}
			// "It is Acme's mission to …", "the mission to bring …", "with the
			// mission to build …"; not "in line with our mission to …", a
			// mention in passing of a mission stated elsewhere
			if at(j) == "to" && lowerAt(j+1) && (owned || owner == "a" || owner == "with") && at(j+1) != "be" && !opensNounPhrase(at(j+1)) && !d.mentionBefore(norms, i) && !namedSubjectAt(text, words, norms, i) &&
				!d.vocab.objectInfinitive.Has(at(ownerAt-1)) { // not "I don't want the vision to promise …", "we use our vision to decide …": the vision talked about, the infinitive its own

				if kind == Mission || owner != "a" {
					return cue{kind: kind, from: j, explicit: true, article: owner == "the" || owner == "a" || owner == "with"}, true
				}
			}
			continue
		}
		switch {
		case norms[i] == "we" && (at(i+1) == "envision" || at(i+1) == "envisage" || at(i+1) == "imagine" || at(i+1) == "dream" && at(i+2) == "of" ||
			at(i+1) == "picture" && picturedClause(norms, i+2)):
			return cue{kind: Vision, from: i + 2}, true
		case i == 0 && norms[i] == "imagine" && (at(i+1) == "a" || at(i+1) == "the") && (at(i+2) == "world" || at(i+2) == "future" || at(i+2) == "day"):
			return cue{kind: Vision, from: i}, true
		case norms[i] == "we" && at(i+1) == "have" && at(i+2) == "a" && at(i+3) == "dream":
			// "We have a dream, too: that in twenty years every farm …",
			// "We have a dream that …": what it is, after "that" or a colon
			k := i + 4
			if at(k) == "too" {
				k++
			}
			if at(k) == "that" {
				return cue{kind: Vision, from: k + 1}, true
			}
			if k < len(words) && strings.Contains(gapAfter(k-1), ":") {
				return cue{kind: Vision, from: k, afterColon: true}, true
			}
		case norms[i] == "we" && at(i+1) == "exist" && at(i+2) == "to":
			return cue{kind: Mission, from: i + 3}, true
		case norms[i] == "we" && at(i+1) == "exist" && at(i+2) == "so" && at(i+3) == "that":
			return cue{kind: Mission, from: i + 2}, true // "We exist so that …"
		case norms[i] == "exists" && (at(i+1) == "to" || at(i+1) == "so" && at(i+2) == "that") && i > 0 && i <= ownerNameWords && !lowerAt(i-1) && !lowerAt(0) &&
			(!isCommonSubject(norms[0]) || norms[0] == "the" && i > 1 && !lowerAt(1)) && nameUpTo(text, words, norms, i) &&
			d.vocab.metaOpening.Match([]string{"this", norms[i-1]}, 0) != 2: // not "The Style Guide exists to …", a document's name
			// "Harbour Tools exists to …", "The Society exists to …" (a name
			// after "the"), "The Centre for Coastal Resilience exists to …",
			// "Stillwater exists so that …"; not "This flag exists to …".
			from := i + 2
			if at(i+1) == "so" {
				from = i + 1
			}
			return cue{kind: Mission, from: from}, true
		case norms[i] == "exists" && i == 1 && lowerAt(0) && (at(i+1) == "to" || at(i+1) == "so" && at(i+2) == "that") && d.titleIs(norms[0]):
			// "hallbook exists to help volunteer committees …" under "#
			// hallbook": a project named in lower case, as its page's
			// title names it
			from := i + 2
			if at(i+1) == "so" {
				from = i + 1
			}
			return cue{kind: Mission, from: from}, true
		case norms[i] == "exists" && i == 2 && norms[0] == "the" && lowerAt(1) && (at(i+1) == "to" || at(i+1) == "so" && at(i+2) == "that") && d.titleNames(norms[1]):
			// "The museum exists to keep Lowfield's trams running" on a
			// page titled "Welcome to the Lowfield Tramway Museum": the
			// organisation the title names, by its kind of body
			from := i + 2
			if at(i+1) == "so" {
				from = i + 1
			}
			return cue{kind: Mission, from: from}, true
		case norms[i] == "exists" && i >= 3 && i <= ownerNameWords && norms[0] == "the" && lowerAt(i-1) && (at(i+1) == "to" || at(i+1) == "so" && at(i+2) == "that") &&
			nameUpTo(text, words, norms, i-1) && d.titleHolds(norms[1]):
			// "The Kittiwake project exists to let volunteers …" on a page
			// titled "Kittiwake Governance": the body the title's name
			// stands for, named with its kind
			from := i + 2
			if at(i+1) == "so" {
				from = i + 1
			}
			return cue{kind: Mission, from: from}, true
		}
	}
	return cue{}, false
}

// titleHolds reports whether the page's title holds w as a capitalised
// word ("Kittiwake Governance" for "kittiwake").
func (d *detector) titleHolds(w string) bool {
	title := d.pageTitle()
	words, norms := d.tokens(title)
	for k := range norms {
		if norms[k] == w && capitalised(title, words[k]) {
			return true
		}
	}
	return false
}

// titleIs reports whether the page's title is the one word w ("#
// hallbook").
func (d *detector) titleIs(w string) bool {
	_, norms := d.tokens(d.pageTitle())
	return len(norms) == 1 && norms[0] == w
}

// titleNames reports whether the page's title names an organisation, in
// two or more capitalised words, whose last one is w ("Lowfield Tramway
// Museum" for "museum").
func (d *detector) titleNames(w string) bool {
	title := d.pageTitle()
	words, norms := d.tokens(title)
	for k := 1; k < len(norms); k++ {
		if norms[k] == w && capitalised(title, words[k]) && capitalised(title, words[k-1]) && (k+1 == len(norms) || !capitalised(title, words[k+1])) {
			return true
		}
	}
	return false
}

// titleNamesKind reports whether the page's title names something by a
// capitalised name and then w, the kind of body it is ("CellVoice project
// governance", "Lowfield Tramway Museum"): "the project's" in its text is
// that body's.
func (d *detector) titleNamesKind(w string) bool {
	title := d.pageTitle()
	words, norms := d.tokens(title)
	for k := 1; k < len(norms); k++ {
		if norms[k] == w && capitalised(title, words[k-1]) {
			return true
		}
	}
	return false
}

// nameUpTo reports whether the words before i are one name: capitalised
// words, with the joining words of names between them ("The Centre for
// Coastal Resilience").
func nameUpTo(text string, words []tokenize.Range, norms []string, i int) bool {
	for k := 1; k < i; k++ {
		switch norms[k] {
		case "for", "of", "and", "&", "the", "de", "on":
			if k+1 == i {
				return false
			}
			continue
		}
		if !capitalised(text, words[k]) {
			return false
		}
	}
	return true
}

// namedSubjectAt reports whether the kind word at i heads the noun phrase
// that opens the sentence after a name's possessive ("Ashcombe Town's
// mission to avoid relegation took a big step forward"): the subject of a
// report about the mission, where a statement says "… mission is to".
func namedSubjectAt(text string, words []tokenize.Range, norms []string, i int) bool {
	if i == 0 || i > ownerNameWords || !possessive(text, words, norms, i-1) {
		return false
	}
	for k := 0; k < i; k++ {
		if !capitalised(text, words[k]) && norms[k] != "the" {
			return false // "It is Acme's mission to …": a statement
		}
	}
	return true
}

// mentionBefore reports whether words that refer to a statement in
// passing ("in line with", "as part of", "supports") end just before the
// owner of the kind word at i ("… in line with our mission to …").
func (d *detector) mentionBefore(norms []string, i int) bool {
	end := i - 1 // the owner
	if end < 1 {
		return false
	}
	for start := max(0, end-3); start < end; start++ {
		if d.vocab.mention.Match(norms, start) == end-start {
			return true
		}
	}
	return false
}

// organisationOwns reports whether the weak kind word at i ("purpose") is an
// organisation's: "our purpose", "Acme's purpose", "the purpose of Acme"
// (a name after "of"), not a thing's ("the purpose of this article", "the
// cmdlet's primary purpose", "its purpose").
func (d *detector) organisationOwns(text string, words []tokenize.Range, norms []string, i int) bool {
	o := i - 1
	for o >= 0 && isKindModifier(norms[o]) {
		o--
	}
	if o >= 0 {
		switch w := norms[o]; {
		case d.vocab.owners.Has(w):
			return !isPersonalOwner(w)
		case possessive(text, words, norms, o):
			return capitalised(text, words[o]) || o > 0 && norms[o-1] == "the" && (namesOrganisation(norms[o]) || d.titleNamesKind(strings.TrimSuffix(strings.TrimSuffix(norms[o], "'s"), "'")))
		}
	}
	if i+1 < len(norms) && norms[i+1] == "of" {
		k := i + 2
		if k < len(norms) && norms[k] == "the" {
			k++
		}
		return k < len(words) && capitalised(text, words[k]) && !isCommonSubject(norms[k])
	}
	return false
}

// namesOrganisation reports whether a noun in the possessive ("the
// co-operative's", "the charity's") names an organisation or a group of
// people in its likeliest sense, as WordNet files it; not "the cmdlet's",
// "the function's".
func namesOrganisation(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	e, ok := wordnet.Lookup(w)
	if !ok {
		e, ok = wordnet.Lookup(strings.ReplaceAll(w, "-", "")) // "co-operative"
	}
	return ok && wordnet.Class(e.First(wordnet.Noun)) == wordnet.NounSocialGroup
}

// describedAsOne returns where "one" stands when the article at k opens
// "a lonely one", "an ambitious one": a word or two that say what the
// thing named is like, then "one" that stands for it, and the phrase
// ends; or -1.
func describedAsOne(norms []string, gapAfter func(int) string, k int) int {
	for m := k + 2; m <= k+3 && m < len(norms); m++ {
		if norms[m] == "one" {
			if m+1 == len(norms) || strings.ContainsAny(gapAfter(m), ",.;:!?—–") {
				return m
			}
			return -1
		}
	}
	return -1
}

// opensNounPhrase reports whether a word after "to" makes it a preposition,
// not an infinitive's: a determiner, a possessive or a number ("keep the
// vision to one or two sentences", "the mission to the comet").
func opensNounPhrase(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "his", "her", "my",
		"every", "each", "all", "some", "any", "no", "one", "two", "three", "four", "five", "ten":
		return true
	}
	return tokenize.IsNumber(w)
}

// isKindModifier reports whether w may stand between an owner and a kind
// word ("our core mission", "the primary purpose").
func isKindModifier(w string) bool {
	switch w {
	case "core", "primary", "main", "overall", "long-term", "product", "stated", "ultimate", "true", "real", "charitable", "founding",
		"big", "simple", "single", "clear", "bold", // "a small service with a big mission: bringing books …"
		"current", "present", "existing", "original", "previous", "revised", "proposed", "agreed", "adopted": // "The current mission reads: …": which version
		return true
	}
	// "Our 2030 vision is …": the year it looks to; "our longer-term
	// vision", "our ten-year mission": how far it looks
	return isYear(w) || strings.HasSuffix(w, "-term") || strings.HasSuffix(w, "-year") && w != "-year"
}

// stillAdverb reports whether w is an adverb that may stand between a
// kind's "is" and its "to" ("is still to", "is simply to", "is now to").
func stillAdverb(w string) bool {
	switch w {
	case "still", "simply", "always", "also", "now", "therefore", "again":
		return true
	}
	return false
}

// isYear reports whether w is a year of four digits from 1900 to 2199.
func isYear(w string) bool {
	if len(w) != 4 || w[0] < '1' || w[0] > '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[:2] == "19" || w[:2] == "20" || w[:2] == "21"
}

// holdsView reports whether w is a verb of holding a view in common
// ("share", "hold") in the present.
func holdsView(w string) bool {
	switch w {
	case "share", "shares", "hold", "holds":
		return true
	}
	return false
}

// isPersonalOwner reports whether an owner word speaks of a person or a
// thing, not of the organisation writing ("its purpose", "my purpose").
func isPersonalOwner(w string) bool {
	switch w {
	case "my", "its", "his", "her", "their":
		return true
	}
	return false
}

// ownerNameWords is how far "of" (or "at", "as") may stand from "is" in
// "The mission of the Harbour Tools Cooperative is …", in words.
const ownerNameWords = 9

// isCommonSubject reports whether w is a sentence-initial word that is not
// a name ("This flag exists to …").
func isCommonSubject(w string) bool {
	switch w {
	case "this", "that", "it", "the", "there", "these", "those", "each", "every", "a", "an":
		return true
	}
	return false
}

// operationReach is how much text before a sentence operationBefore reads,
// in bytes.
const operationReach = 1200

// operationBefore reports whether the text of the top-level blocks before
// top[i], up to operationReach bytes back, holds two or more words of an
// operation: "the mission" in a page about a satellite ("a 3U CubeSat …
// from low Earth orbit", then "The primary goal of the mission is to …")
// is that operation, not the organisation's.
func (d *detector) operationBefore(i int) bool {
	_, norms := d.tokens(d.topText(i-1, -1, operationReach))
	return twoWordsOf(norms, d.vocab.missionOperation)
}

// topText returns the text of the top-level blocks from index from
// towards stop (excluded; back when stop is below from), joined by
// spaces and cut at reach bytes.
func (d *detector) topText(from, stop, reach int) string {
	step := 1
	if stop < from {
		step = -1
	}
	var b strings.Builder
	for k := from; k != stop && k >= 0 && k < len(d.top) && b.Len() < reach; k += step {
		b.WriteString(d.text(d.top[k]))
		b.WriteByte(' ')
	}
	text := b.String()
	if len(text) > reach {
		text = text[:reach]
	}
	return text
}

// perfectCopulaEnd returns the index of "been" in "has been", "has
// always been", "have long been" at j, or j.
func perfectCopulaEnd(norms []string, j int) int {
	if j+1 >= len(norms) || norms[j] != "has" && norms[j] != "have" {
		return j
	}
	switch {
	case norms[j+1] == "been":
		return j + 1
	case (norms[j+1] == "always" || norms[j+1] == "long") && j+2 < len(norms) && norms[j+2] == "been":
		return j + 2
	}
	return j
}

// unchangedReach is how many words may stand between "has not changed" and
// the colon before the statement ("since the unions set it up in 1972").
const unchangedReach = 12

// unchangedEnd returns the index after "has not changed" ("have not",
// "has never", "hasn't") or a verb of remaining ("remains") at j, or 0.
func unchangedEnd(norms []string, j int) int {
	at := func(i int) string {
		if i < len(norms) {
			return norms[i]
		}
		return ""
	}
	switch {
	case (at(j) == "has" || at(j) == "have") && (at(j+1) == "not" || at(j+1) == "never") && at(j+2) == "changed":
		return j + 3
	case (at(j) == "hasn't" || at(j) == "haven't") && at(j+1) == "changed":
		return j + 2
	case remainsVerb(at(j)):
		return j + 1 // "remains what it was at the seed round"
	}
	return 0
}

// remainsVerb reports whether w is a copula that says a thing stays as it
// is ("remains", "stayed"), which may stand where "is" does.
func remainsVerb(w string) bool {
	switch w {
	case "remains", "remained", "stays", "stayed":
		return true
	}
	return false
}
