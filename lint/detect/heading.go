package detect

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/vmlint/vmlint/lint/admonition"
	"github.com/vmlint/vmlint/lint/language/wordnet"
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
	// weak marks a heading that names a mission only by a weak word
	// ("Purpose", "Charter"); see the kind-weak list. why marks a name
	// without a cue word ("## Why", "## Why we're here"), which heads a
	// mission only where the page is about one: a README's "## Why" says
	// why to use the project.
	weak, why bool
	// pictured marks a heading that says only where the organisation is
	// heading ("## Where we're heading"), which heads a vision only where
	// the text under it pictures the future ("a canal where …"); a plan's
	// next steps stand under it as often.
	pictured bool
}

// withoutShortcodes drops the words of the emoji shortcodes that open or
// close a heading ("## :telescope: Vision", "## Mission :dart:"): GitHub,
// GitLab, MkDocs and Confluence show a picture there, not a word.
func withoutShortcodes(text string, words []tokenize.Range, norms []string) ([]tokenize.Range, []string) {
	for len(words) > 0 {
		if end, ok := shortcodeAt(text, words[0].Start-1); ok {
			k := 0
			for k < len(words) && words[k].End <= end {
				k++
			}
			words, norms = words[k:], norms[k:]
			continue
		}
		break
	}
	for len(words) > 0 {
		last := words[len(words)-1]
		if start := strings.LastIndexByte(text[:last.Start], ':'); start >= 0 {
			if end, ok := shortcodeAt(text, start); ok && end >= last.End && strings.TrimSpace(text[end:]) == "" {
				k := len(words)
				for k > 0 && words[k-1].Start > start {
					k--
				}
				words, norms = words[:k], norms[:k]
				continue
			}
		}
		break
	}
	return words, norms
}

// shortcodeAt reports whether an emoji shortcode (":dart:",
// ":bar_chart:", ":+1:") starts at byte i of text, standing alone between
// spaces or the text's ends, and where it ends.
func shortcodeAt(text string, i int) (int, bool) {
	if i < 0 || i >= len(text) || text[i] != ':' || i > 0 && text[i-1] != ' ' {
		return 0, false
	}
	j := i + 1
	for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= '0' && text[j] <= '9' || text[j] == '_' || text[j] == '+' || text[j] == '-') {
		j++
	}
	if j == i+1 || j >= len(text) || text[j] != ':' || j+1 < len(text) && text[j+1] != ' ' {
		return 0, false
	}
	return j + 1, true
}

// classifyHeading classifies a heading's text. A title (a level-1 heading
// or a front matter title) may name the kind after a name ("Harbour Tools
// Mission").
func (d *detector) classifyHeading(text string, title bool) headingInfo {
	words, norms := d.tokens(text)
	words, norms = withoutShortcodes(text, words, norms)
	// Drop leading numbering: "1.", "2.3", "IV.", "B1.".
	numbered := false
	for len(norms) > 0 && (tokenize.IsNumber(norms[0]) || (isRoman(norms[0]) || outlineNumber(norms[0]) || subQuestionNumber(text, words[0], norms[0])) && len(norms) > 1) {
		words, norms = words[1:], norms[1:]
		numbered = true
	}
	if len(norms) == 0 {
		return headingInfo{}
	}
	if len(norms) >= 2 && tokenize.IsNumber(norms[1]) && len(norms[1]) <= 3 && !strings.ContainsAny(text[words[0].End:words[1].Start], "([") || // not "Vision (30 words)", a form's limit
		len(norms) >= 3 && capitalised(text, words[1]) && tokenize.IsNumber(norms[2]) && len(norms[2]) <= 3 {
		if _, ok := d.kindPhrase(text, words[:1], norms[:1], title); ok {
			return headingInfo{} // "Mission 1 — Cold Start", "Mission: Improbable 2": one of a numbered series, a game's, a film's or a flight's
		}
	}
	// "Slide 3 — Vision", "Part II: Our mission": a numbered part of a
	// deck or a document, then the heading's own name.
	if len(norms) >= 3 && (tokenize.IsNumber(norms[1]) || isRoman(norms[1])) && strings.ContainsAny(text[words[1].End:words[2].Start], "—–-:.") {
		words, norms = words[2:], norms[2:]
		if _, ok := d.kindPhrase(text, words, norms, title); ok && inQuotes(text, words[0].Start, words[len(words)-1].End) {
			return headingInfo{} // 'Track 4: "Vision"': a numbered thing's name, quoted
		}
	}
	if existenceClause(norms) && !strings.ContainsAny(text, "?？") {
		// "Why this show exists", "Why Gorsebrook exists": "Why we exist"
		// with the organisation named
		return headingInfo{class: headingNames, kinds: []Kind{Mission}, weak: true, why: !cueIn(d.vocab.cues, text)}
	}
	if d.futureWorkedFor(norms) {
		return headingInfo{class: headingNames, kinds: []Kind{Vision}, weak: true}
	}
	if d.headingToward(norms) {
		return headingInfo{class: headingNames, kinds: []Kind{Vision}, weak: true, pictured: true}
	}
	if kinds, ok := d.instructedKind(text, words, norms); ok && numbered {
		// "Q3. Describe your long-term vision. (50 words)": a form's
		// numbered instruction, answered below, as its questions are
		return headingInfo{class: headingNames, kinds: kinds}
	}
	if q := strings.IndexAny(text, "?？"); q >= 0 {
		// "What is your organisation's vision? (max 50 words)": a form's
		// note on the answer after the question is not part of it
		if p := strings.IndexAny(text, "(["); p > q {
			k := len(words)
			for k > 0 && words[k-1].Start > p {
				k--
			}
			words, norms = words[:k], norms[:k]
		}
		k := 0
		if len(norms) > 1 && norms[0] == "and" {
			k = 1 // "And the mission?": an FAQ's next question
		}
		if len(norms) > 0 && (d.vocab.owners.Has(norms[k]) || norms[k] == "the" && k > 0) && strings.HasSuffix(strings.TrimSpace(text), "?") { // not "?(A": nothing left but a note
			if kinds, ok := d.kindPhrase(text, words[k:], norms[k:], title); ok && len(kinds) == 1 {
				return headingInfo{class: headingNames, kinds: kinds} // "Our dream?", "And the mission?": the kind named as a question the text below answers
			}
		}
		if existenceQuestion(norms) {
			// "Why does Gorsebrook exist?": the question "Why we exist"
			// answers, named as that heading is.
			return headingInfo{class: headingNames, kinds: []Kind{Mission}, weak: true, why: !cueIn(d.vocab.cues, text)}
		}
		if kinds, ok := d.haveKindQuestion(text, words, norms); ok {
			return headingInfo{class: headingNames, kinds: kinds} // "Do you have a long-term vision?": an FAQ's, answered below
		}
		if kinds, ok := d.askedKind(text, words, norms); ok {
			// "What is Corrigan Energy's purpose?": an FAQ answered below;
			// "What is your organisation's mission?": a form's, answered
			return headingInfo{class: headingNames, kinds: kinds}
		}
		if formQuestion(norms) {
			return headingInfo{} // "What long-term change are you working towards?": a form's question, answered below
		}
		if !cueIn(d.vocab.cues, text) {
			return headingInfo{} // "What is Ferrow?": a question about something else, not about statements
		}
		return headingInfo{class: headingExplains}
	}
	// A gloss in brackets, or a site's name after a bar, is not part of the
	// name: "Vision (the town we envision for our riders)", "Mission | Acme".
	n := len(norms)
	if p := strings.IndexAny(text, "([|"); p > 0 {
		for n > 0 && words[n-1].Start > p {
			n--
		}
	}
	if cue, ok := d.statementCue(text, words[:n], norms[:n]); ok {
		from := cue.from
		if from < n && norms[from] == "of" {
			from++
		}
		if from >= n {
			return headingInfo{class: headingNames, kinds: []Kind{cue.kind}} // "What we dream of", "What we envision": the cue and nothing it states
		}
		return headingInfo{class: headingStatement, kinds: []Kind{cue.kind}, body: words[0].Start}
	}
	// "Writing a mission statement", "Creating your vision": a guide's
	// heading, whatever the name it could also be read as ("Backstage
	// Vision"); an article or "your" after the explaining word says so.
	if n := d.vocab.explains.Match(norms, 0); n > 0 && n < len(norms) && (norms[n] == "a" || norms[n] == "an" || norms[n] == "your") && d.namesKind(norms[n:]) {
		return headingInfo{class: headingExplains}
	}
	// "Vision: a world where …" is a statement; "Mission: Acme" and
	// "Vision — where we are going" name the kind.
	if sep, after := labelSeparator(text, words[:n]); sep > 0 {
		if kinds, ok := d.labelKinds(text, words[:sep], norms[:sep], title); ok {
			rest := words[sep:n]
			if len(rest) > 0 && sep >= 2 && (nameCase(text, rest, norms[sep:n]) || namesGroup(text, rest, norms[sep:n])) && d.weakName(norms[:sep]) {
				return headingInfo{} // "Team charter: Make Do and Mend Bangor", "Team charter: Crimp Club route-setting crew": a weak kind's word with a word before it names the document, then its title or whose it is, however long
			}
			if len(rest) >= 4 && len(kinds) == 1 && (!titleCase(text, rest) || len(rest) >= titleStatementWords) && !isWhWord(norms[sep]) && !d.wantedGloss(norms[sep:n]) {
				return headingInfo{class: headingStatement, kinds: kinds, body: after}
			}
			if len(rest) > 0 && titleCase(text, rest) && d.weakName(norms[:sep]) {
				return headingInfo{} // "Project Charter: Little Stages Touring Programme": a weak kind's word that names the document, then its title
			}
			return headingInfo{class: headingNames, kinds: kinds}
		}
		// "Looking ahead: our vision": a short lead, then the kind named.
		if sep <= leadWords && sep < n {
			if kinds, ok := d.kindPhrase(text, words[sep:n], norms[sep:n], title); ok {
				if inQuotes(text, words[sep].Start, words[n-1].End) {
					return headingInfo{} // 'Scenario card 7: "Mission"', 'Track 4: "Vision"': a thing's name, quoted
				}
				return headingInfo{class: headingNames, kinds: kinds, weak: d.weakName(norms[sep:n])}
			}
		}
	}
	if kinds, ok := d.kindPhrase(text, words[:n], norms[:n], title); ok {
		if n > 1 && inQuotes(text, words[n-1].Start, words[n-1].End) && !inQuotes(text, words[0].Start, words[n-1].End) {
			return headingInfo{} // 'Testwick 4.0 "Vision"': a release's or a thing's name, quoted after what it names
		}
		return headingInfo{class: headingNames, kinds: kinds, weak: d.weakName(norms[:n]), why: !cueIn(d.vocab.cues, text)}
	}
	if kinds, ok := d.ownedKindGloss(text, words, norms, n, title); ok {
		return headingInfo{class: headingNames, kinds: kinds}
	}
	// A short gloss after a comma that says when or how briefly: "Our
	// mission, still", "Our vision, in one sentence"; not "Vision, mission
	// and values" nor "Purpose, principles and practice", a list, nor "The
	// mission, restated", what was done to it, which the text below tells.
	if i := commaAfter(text, words[:n]); i > 0 && i <= 4 && n-i <= commaGlossWords {
		rest := norms[i:n]
		if kinds, ok := d.kindPhrase(text, words[:i], norms[:i], title); ok && len(kinds) == 1 && !d.namesKind(rest) && !slices.Contains(rest, "and") && !slices.Contains(rest, "or") &&
			!strings.Contains(text[words[i].Start:], "&") && !slices.ContainsFunc(rest, func(w string) bool { return strings.HasSuffix(w, "ed") }) {
			return headingInfo{class: headingNames, kinds: kinds, weak: d.weakName(norms[:i])}
		}
	}
	// A tail after the kind: "Mission of the Harbour Tools Cooperative",
	// "Our vision for the plugin system"; not "Purpose of this document".
	for i := 1; i < n && i <= 4; i++ {
		if !d.vocab.tails.Has(norms[i]) {
			continue
		}
		if kinds, ok := d.kindPhrase(text, words[:i], norms[:i], title); ok && !d.aboutDocument(norms[i+1:n]) && !d.vocab.notOwner.Has(norms[n-1]) && !eachOccasion(norms[i+1:n]) {
			weak := d.weakName(norms[:i])
			if weak && !anyCapitalised(text, words[i+1:n]) {
				break // "Purpose of processing": a thing's or an act's purpose; an organisation has a name ("Purpose of Hollins Trust")
			}
			return headingInfo{class: headingNames, kinds: kinds, weak: weak}
		}
		break
	}
	if d.vocab.explains.Match(norms, 0) > 0 && d.vocab.news.Match(norms, 0) != len(norms) {
		if unmarkedQuestion(norms) && !cueIn(d.vocab.cues, text) {
			// "Why it matters", "What is changing": a question put
			// without its mark, about something other than statements,
			// as "What is Ferrow?" is
			return headingInfo{}
		}
		return headingInfo{class: headingExplains}
	}
	return headingInfo{}
}

// mayNameFuture reports whether a heading holds a word that may open the
// name of the state the organisation works for (see futureWorkedFor): a
// heading is read for it though it holds no cue word.
func (d *detector) mayNameFuture(h ast.Node) bool {
	lines := h.Lines()
	if lines.Len() == 0 {
		return false
	}
	src := d.doc.Body[lines.At(0).Start:lines.At(lines.Len()-1).Stop]
	for _, e := range d.vocab.futureHeadWords {
		if containsFold(src, e) {
			return true
		}
	}
	return containsFold(src, "where we") || containsFold(src, "looking ahead") // "Where we want to be", "Where we're heading", "Looking ahead"
}

// inQuotes reports whether text[start:end] stands in quotation marks,
// as a name does ('Scenario card 7: "Mission"').
func inQuotes(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " *_")
	after := strings.TrimLeft(text[end:], " *_")
	open, _ := utf8.DecodeLastRuneInString(before)
	shut, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune(`"“'‘«`, open) && strings.ContainsRune(`"”'’»`, shut)
}

// leadWords is the most words a lead before a separator and a kind's name
// may have ("Looking ahead: our vision").
const leadWords = 3

// futureWorkedFor reports whether a heading names the state the
// organisation works for, as a vision does: "The future we're working
// toward", "The world we want", "The future that we are building", "What
// we're building toward", "What we're rowing toward", "Where we want to
// be". Not "The world we live in", which describes, nor "What we're
// building", a product; "Where we're going" may head a plan's next steps
// as well (see headingToward).
func (d *detector) futureWorkedFor(norms []string) bool {
	if len(norms) > 2 && norms[0] == "what" {
		return (d.weWorkFor(norms, 1) || weMoveToward(norms, 1)) && aimedAt(norms[len(norms)-1])
	}
	if len(norms) > 3 && norms[0] == "where" {
		// "Where we want to be": the state the work is for, as a place to
		// reach; on a page that names a kind elsewhere, as a strategy
		// does, so that the prefilter need not pass every heading with
		// "where" in it
		return d.weWorkFor(norms, 1) && norms[len(norms)-1] == "be" && d.pageCued()
	}
	i := 0
	if i < len(norms) && norms[i] == "the" {
		i++
	}
	if i >= len(norms) || !d.vocab.futureHeads.Has(norms[i]) {
		return false
	}
	i++
	if i < len(norms) && norms[i] == "that" {
		i++
	}
	return d.weWorkFor(norms, i)
}

// headingToward reports whether a heading says where the organisation is
// heading, and nothing else: "Where we're heading", "Where we are
// headed", "Where we're going", "Looking ahead"; on a page that names a
// kind elsewhere, as futureWorkedFor's "Where we want to be" is.
func (d *detector) headingToward(norms []string) bool {
	if len(norms) == 2 && norms[0] == "looking" && norms[1] == "ahead" {
		return d.pageCued() // "Looking ahead", likewise
	}
	if len(norms) < 3 || norms[0] != "where" {
		return false
	}
	i := 1
	switch {
	case norms[i] == "we're":
		i++
	case norms[i] == "we" && i+1 < len(norms) && norms[i+1] == "are":
		i += 2
	default:
		return false
	}
	if i+1 != len(norms) {
		return false
	}
	switch norms[i] {
	case "heading", "headed", "going":
		return d.pageCued()
	}
	return false
}

// picturesFuture reports whether the text picked pictures a future: "a"
// or "an", at most a few words that describe it, then a noun and the
// clause that pictures it ("a canal where a week afloat is …", "We want a
// North where your postcode no longer decides …"), how things stand for
// everyone or for people counted one by one ("No baby in the Weald goes
// without …"), or what the organisation wants for everyone by a year
// (yearWantedForEveryone).
func (d *detector) picturesFuture(p pick) bool {
	text := d.pickedHead(p)
	words, norms := d.tokens(text)
	gapAfter := func(i int) string { return gapAfterWord(text, words, i) }
	from := timeOpeningEnd(norms, gapAfter)
	for k, w := range norms {
		if (w == "a" || w == "an" || w == "the" && from > 0) && pictureAfterModifiers(norms, gapAfter, k+1) {
			return true // after a time, "the" too: "By 2030 Eastcote is the club where girls …"
		}
	}
	if len(norms) > 3 && (countsEveryoneAt(norms, 0) || countsPeopleAt(norms, 0)) {
		return true // "No baby in the Weald goes without …", "Every club has …": how things stand for everyone, with no time named
	}
	return d.yearWantedForEveryone(norms, from)
}

// timeOpeningEnd returns where the words after an opening time start:
// "By 2030", "In 2028", or "By the end of" and a few words closed by a
// comma ("By the end of this plan, …"); 0 when the words open otherwise.
func timeOpeningEnd(norms []string, gapAfter func(int) string) int {
	if len(norms) < 4 || norms[0] != "by" && norms[0] != "in" {
		return 0
	}
	if isYear(norms[1]) {
		return 2
	}
	if norms[0] != "by" || norms[1] != "the" || norms[2] != "end" || norms[3] != "of" {
		return 0
	}
	for k := 4; k < len(norms) && k <= 4+leadWords; k++ {
		if strings.Contains(gapAfter(k), ",") {
			return k + 1
		}
	}
	return 0
}

// yearWantedForEveryone reports whether the words open with a time
// (timeOpeningEnd, which returned at) and then say how things stand for
// everyone or no one then: at once, with a pronoun or a determiner that
// counts people ("In 2028, nobody in the valley misses …", "By 2030,
// every girl and boy in Northvale will have …", "By the end of this plan,
// no child in Eastfield will …"), or after "we" and a verb of working for
// ("By 2030 we want no one injured in our area to wait …"): the state the
// organisation wants by then, for all of them. Not "By 2027 every
// release will be signed", a plan's step.
func (d *detector) yearWantedForEveryone(norms []string, at int) bool {
	if at == 0 || at >= len(norms) {
		return false
	}
	if countsEveryoneAt(norms, at) || countsPeopleAt(norms, at) {
		return true
	}
	if norms[0] != "by" {
		return false
	}
	from := d.workForEnd(norms, at)
	if from == 0 {
		return false
	}
	for i := from; i < len(norms) && i < from+pictureReach; i++ {
		if countsEveryone(norms[i]) && norms[i] != "all" {
			return true
		}
	}
	return false
}

// countsPeopleAt reports whether norms[i] is "every", "each" or "no" and
// a noun WordNet knows first as a person or a body of people follows,
// perhaps after one word that describes it ("every girl and boy", "no
// young carer", "no grassroots club", "every secondary school"): people
// counted one by one, or the bodies they belong to; not "every minibus".
func countsPeopleAt(norms []string, i int) bool {
	switch norms[i] {
	case "every", "each", "no":
	default:
		return false
	}
	for k := i + 1; k < len(norms) && k <= i+2; k++ {
		if e, ok := wordnet.Base(norms[k], wordnet.Noun); ok && (e.First(wordnet.Noun) == wordnet.NounPerson || e.First(wordnet.Noun) == wordnet.NounSocialGroup) {
			return true
		}
	}
	return false
}

// countsEveryoneAt reports whether a pronoun that counts people stands at
// norms[i]: "nobody", "no one" (or "no-one"), "everyone", "everybody", "anyone".
func countsEveryoneAt(norms []string, i int) bool {
	switch norms[i] {
	case "nobody", "no-one", "everyone", "everybody", "anyone":
		return true
	case "no":
		return i+1 < len(norms) && norms[i+1] == "one"
	}
	return false
}

// labelsOwnKinds reports whether the first block picked is a list whose
// items open with labels that name a kind by a strong word ("- **Vision**
// – every resident …"), or a table whose rows do ("| Vision | Every
// resident … |"): the labels say what each item states, and a weak
// heading over them ("## Charter") names only the document.
func (d *detector) labelsOwnKinds(p pick) bool {
	if len(p.blocks) == 0 {
		return false
	}
	if t, ok := p.blocks[0].(*east.Table); ok {
		return d.labelsKinds(t)
	}
	list, ok := p.blocks[0].(*ast.List)
	if !ok || list.FirstChild() == nil || list.FirstChild().FirstChild() == nil {
		return false
	}
	return d.listNamesKinds(list.FirstChild().FirstChild())
}

// pageCued reports whether the page holds a cue word in its body or its
// front matter, read once: the words the prefilter looks for, so a form
// taken only on such a page changes nothing the prefilter decides.
func (d *detector) pageCued() bool {
	if d.pageCue == 0 {
		d.pageCue = -1
		if d.vocab.cues.Contains(d.doc.Body) {
			d.pageCue = 1
		}
		for key, value := range d.doc.Fields {
			if d.pageCue < 0 && (d.vocab.cues.ContainsString(key) || d.vocab.cues.ContainsString(value)) {
				d.pageCue = 1
			}
		}
	}
	return d.pageCue > 0
}

// weMoveToward reports whether the words from i read "we" (or "we're"),
// perhaps "are", then one "-ing" verb and "toward" or "towards" to the end
// ("we're rowing toward", "we are climbing towards"): any way of going
// that the organisation says it heads for a state by.
func weMoveToward(norms []string, i int) bool {
	if i >= len(norms) || norms[i] != "we" && norms[i] != "we're" {
		return false
	}
	i++
	if i < len(norms) && norms[i] == "are" {
		i++
	}
	return i+2 == len(norms) && strings.HasSuffix(norms[i], "ing") && aimedAt(norms[i+1])
}

// aimedAt reports whether the last word of a verb of working for says
// what the work aims at ("working toward", "building towards"), so that
// "what" before it names a state worked for, not a thing made ("What we're
// building"). The prefilter looks for these words in headings (see
// whatAimedAt).
func aimedAt(last string) bool {
	return last == "toward" || last == "towards"
}

// weWorkFor reports whether the words from i to the end read "we" (or
// "we're"), perhaps "are" or "will", and a verb of working for ("we want",
// "we're building", "we will work towards"): what a vision's name says
// the organisation works for.
func (d *detector) weWorkFor(norms []string, i int) bool {
	end := d.workForEnd(norms, i)
	return end > 0 && end == len(norms)
}

// workForEnd returns where the words after the organisation's verb of
// working for start, when the words from k read "we" (or "we're"),
// perhaps "are" or "will", and a verb of working for ("we want to see
// …", "we are building …"); or 0.
func (d *detector) workForEnd(norms []string, k int) int {
	if k >= len(norms) || norms[k] != "we" && norms[k] != "we're" {
		return 0
	}
	i := k + 1
	if i < len(norms) && (norms[i] == "are" || norms[i] == "will") {
		i++
	}
	n := d.vocab.futureVerbs.Match(norms, i)
	if n == 0 {
		return 0
	}
	return i + n
}

// worksForFrom reports whether the words from i are a verb of working for
// a state, after its subject, and nothing after ("are working toward",
// "want to see").
func (d *detector) worksForFrom(norms []string, i int) bool {
	if i < len(norms) && (norms[i] == "are" || norms[i] == "will") {
		i++
	}
	n := d.vocab.futureVerbs.Match(norms, i)
	return n > 0 && i+n == len(norms)
}

// wantedGloss reports whether the words after a kind's name and a colon
// gloss it as what the organisation works for ("Our vision: the long-term
// change we want", "Mission: the difference we want to make"): "the", a
// noun and at most two words before it, "we" and a verb of working for,
// and nothing after.
func (d *detector) wantedGloss(norms []string) bool {
	if len(norms) < 3 || norms[0] != "the" {
		return false
	}
	for i := 2; i <= 4 && i < len(norms); i++ {
		switch norms[i] {
		case "we", "we're":
			return d.weWorkFor(norms, i)
		case "you", "you're":
			return d.worksForFrom(norms, i+1) // "Vision: the change you want to see", a guide's gloss for its reader
		}
	}
	return false
}

// askedKind returns the kind a question asks for by name, with whose it
// is ("What is Corrigan Energy's purpose?", "What is the company's
// long-term vision?"): the answer below states it.
func (d *detector) askedKind(text string, words []tokenize.Range, norms []string) ([]Kind, bool) {
	if len(norms) > 0 && norms[0] != "what" && norms[0] != "what's" { // (not "what's" read again as "what is", two words in one range)
		if i := commaAfter(text, words); i > 0 && i <= askedLeadWords && i < len(norms) && (norms[i] == "what" || norms[i] == "what's") {
			// "In one sentence, what is your mission?": how to answer,
			// then the question
			return d.askedKind(text, words[i:], norms[i:])
		}
	}
	if len(norms) >= 3 && norms[0] == "what's" {
		// "What's your mission?": "what is", contracted; the rest reads
		// as it does after "what is"
		return d.askedKind(text, append([]tokenize.Range{words[0], words[0]}, words[1:]...), append([]string{"what", "is"}, norms[1:]...))
	}
	if len(norms) < 4 || norms[0] != "what" || norms[1] != "is" && norms[1] != "are" && norms[1] != "was" {
		return nil, false
	}
	from := 2
	if norms[2] == "your" {
		// "What is your mission?" in an FAQ: the reader asks the
		// organisation, which answers below
		from = 3
	} else if p := ownerEnd(text, words, norms, 4); p > 0 {
		// "What is Tenpenny Time Bank's mission?", "What is the time
		// bank's mission?": a longer owner, then the kind
		from = p + 1
	} else if !possessive(text, words, norms, 2) && !possessive(text, words, norms, 3) && !d.vocab.owners.Has(norms[2]) && !(norms[2] == "the" && possessive(text, words, norms, 3)) {
		return nil, false
	}
	end := len(norms)
	if _, ok := d.kindPhrase(text, words[from:end], norms[from:end], true); !ok {
		// "What is your vision for the next five years?": the kind asked
		// for, then what it is for
		end = from + 1
		for end < len(norms) && !d.vocab.tails.Has(norms[end]) {
			end++
		}
	}
	kinds, ok := d.kindPhrase(text, words[from:end], norms[from:end], true)
	return kinds, ok && len(kinds) == 1
}

// ownerEnd returns the first word from the word at from to askedOwnerWords
// after "what is" that is in the possessive ("Bank's"), when no word
// before it ends a sentence or a clause; or 0.
func ownerEnd(text string, words []tokenize.Range, norms []string, from int) int {
	for k := from; k < 2+askedOwnerWords && k+1 < len(norms); k++ {
		if possessive(text, words, norms, k) {
			return k
		}
		if strings.ContainsAny(gapAfterWord(text, words, k), ",.;:?!") {
			return 0
		}
	}
	return 0
}

// askedOwnerWords is the most words of an owner a question names before
// the kind ("What is Tenpenny Time Bank's mission?").
const askedOwnerWords = 5

// askedLeadWords is the most words of a lead before a question's comma
// ("In one sentence, what is your mission?").
const askedLeadWords = 4

// instructedKind returns the kind an instruction asks the reader to give,
// by name and as theirs ("Describe your long-term vision", "State your
// mission"): an instruction's verb, then "your" and the kind, up to a full
// stop or a bracket.
func (d *detector) instructedKind(text string, words []tokenize.Range, norms []string) ([]Kind, bool) {
	if len(norms) < 3 || d.vocab.templateInstruction.Match(norms, 0) != 1 || norms[1] != "your" {
		return nil, false
	}
	end := len(norms)
	for k := 2; k < len(norms); k++ {
		if strings.ContainsAny(gapAfterWord(text, words, k), ".([") {
			end = k + 1
			break
		}
	}
	kinds, ok := d.kindPhrase(text, words[2:end], norms[2:end], true)
	return kinds, ok && len(kinds) == 1
}

// haveKindQuestion returns the kind a question asks whether someone has,
// or whether there is ("Do you have a long-term vision?", "Does Skytally
// have a mission statement?", "Is there a long-term vision?"): the answer
// below states it.
func (d *detector) haveKindQuestion(text string, words []tokenize.Range, norms []string) ([]Kind, bool) {
	if len(norms) < 4 {
		return nil, false
	}
	k := 0 // where the kind's phrase starts
	switch {
	case norms[0] == "is" && norms[1] == "there":
		k = 2 // "Is there a long-term vision?"
	case norms[0] == "do" || norms[0] == "does":
		for i := 2; i+1 < len(norms) && i <= 1+ownerNameWords; i++ {
			if norms[i] == "have" {
				k = i + 1
				break
			}
		}
	}
	if k == 0 {
		return nil, false
	}
	if norms[k] == "a" || norms[k] == "an" {
		k++
	}
	if k >= len(norms) {
		return nil, false
	}
	kinds, ok := d.kindPhrase(text, words[k:], norms[k:], false)
	return kinds, ok && len(kinds) == 1
}

// existenceQuestion reports whether a question asks why someone exists
// ("Why does Gorsebrook exist?", "Why do we exist?"): the question form
// of the heading "Why we exist".
func existenceQuestion(norms []string) bool {
	n := len(norms)
	return n >= 4 && norms[0] == "why" && (norms[1] == "do" || norms[1] == "does") && (norms[n-1] == "exist" || norms[n-1] == "exists")
}

// asksWhyNamedExists reports whether a heading asks why the organisation
// exists, by its name or as "we" ("Why does Threeball exist?", "Why do we
// exist?"), not a thing ("Why does the waiting list exist?").
func (d *detector) asksWhyNamedExists(h ast.Node) bool {
	text := d.text(h)
	words, norms := d.tokens(text)
	if !existenceQuestion(norms) {
		return false
	}
	return norms[2] == "we" || capitalised(text, words[2]) && !isFunctionWord(norms[2])
}

// existenceClause reports whether a heading says why someone exists, in a
// clause that names them ("Why this show exists", "Why Gorsebrook
// exists"), as "Why we exist" does.
func existenceClause(norms []string) bool {
	n := len(norms)
	return n >= 3 && n <= existenceClauseWords && norms[0] == "why" && (norms[n-1] == "exist" || norms[n-1] == "exists") && norms[1] != "do" && norms[1] != "does"
}

// existenceClauseWords is the most words such a heading has.
const existenceClauseWords = 6

// formQuestion reports whether a question asks the reader about their own
// work, as an application form does ("What change are you working
// towards?", "What is your mission?"): the text under it answers. Not a
// question of how or why ("How do you write a vision?"), which explains.
func formQuestion(norms []string) bool {
	if len(norms) == 0 || norms[0] == "how" || norms[0] == "why" {
		return false
	}
	for _, w := range norms {
		if w == "you" || w == "your" {
			return true
		}
	}
	return false
}

// unmarkedQuestion reports whether a heading asks a question without
// its mark ("Why it matters", "What is changing"), not one that instructs
// ("How to help", "When to apply"), whose section is never a statement.
func unmarkedQuestion(norms []string) bool {
	return len(norms) > 1 && isWhWord(norms[0]) && norms[0] != "how" && norms[1] != "to"
}

// isWhWord reports whether w opens a clause that glosses a name ("Vision —
// where we are going"). The language layer (lint/language) could tell a
// clause from a statement in general.
func isWhWord(w string) bool {
	switch w {
	case "where", "why", "what", "how", "who", "when", "which":
		return true
	}
	return false
}

// aboutDocument reports whether words name the document itself ("this
// document", "this page") or another text ("this memorandum").
func (d *detector) aboutDocument(norms []string) bool {
	if len(norms) > 1 && (norms[0] == "this" || norms[0] == "these") && textNoun(norms[1]) {
		return true // "this memorandum", "these minutes": a text, which has a purpose but no mission
	}
	if len(norms) > 1 && norms[0] == "these" {
		// "these docs", "these pages": the plural of "this doc", "this page"
		return d.vocab.metaOpening.Match([]string{"this", strings.TrimSuffix(norms[1], "s")}, 0) == 2
	}
	return len(norms) > 0 && d.vocab.metaOpening.Match(norms, 0) > 0
}

// eachOccasion reports whether words count out occasions one by one
// ("each trip", "every shift", "each day"): a mission given for each is a
// task, as a crew's is; not "every child", whom a vision may be for.
func eachOccasion(norms []string) bool {
	if len(norms) != 2 || norms[0] != "each" && norms[0] != "every" && norms[0] != "per" {
		return false
	}
	e, ok := wordnet.Base(norms[1], wordnet.Noun)
	if !ok {
		return false
	}
	switch wordnet.Class(e.First(wordnet.Noun)) {
	case wordnet.NounAct, wordnet.NounEvent, wordnet.NounTime:
		return true
	}
	return false
}

// textNoun reports whether a noun names a text in its likeliest sense, as
// WordNet files it (a communication: "memorandum", "report", "agreement",
// "minutes").
func textNoun(w string) bool {
	e, ok := wordnet.Base(w, wordnet.Noun)
	return ok && wordnet.Class(e.First(wordnet.Noun)) == wordnet.NounCommunication
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

// namesGroup reports whether words are a name in capitals and a few
// nouns after it that end on a group or on people ("Crimp Club
// route-setting crew", "Harbour Trust volunteers", "Dyspraxia at Work
// network"): whose
// a document is. Inside the name, the short words a name joins its parts
// with stay in lower case.
func namesGroup(text string, words []tokenize.Range, norms []string) bool {
	k := 0
	for k < len(words) {
		if !upperAt(text, words[k]) && !(k > 0 && nameGlue(norms[k]) && k+1 < len(words) && upperAt(text, words[k+1])) {
			break
		}
		k++
	}
	if k == 0 || k == len(words) || len(words)-k > 3 {
		return false
	}
	for _, w := range norms[k:] {
		if _, ok := wordnet.Base(w[strings.LastIndexByte(w, '-')+1:], wordnet.Noun); !ok {
			return false
		}
	}
	e, ok := wordnet.Base(norms[len(norms)-1], wordnet.Noun)
	c := wordnet.Class(e.First(wordnet.Noun))
	return ok && (c == wordnet.NounSocialGroup || c == wordnet.NounGroup || c == wordnet.NounPerson)
}

// nameCase reports whether words are written as a name is: each
// capitalised but the short words a name joins its parts with ("Make Do
// and Mend Bangor", "Friends of the Earth").
func nameCase(text string, words []tokenize.Range, norms []string) bool {
	for i, w := range words {
		if i > 0 && nameGlue(norms[i]) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[w.Start:]); unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// nameGlue reports whether a word is one a name joins its parts with in
// lower case ("and", "of", "the").
func nameGlue(norm string) bool {
	switch norm {
	case "and", "of", "the", "for", "on", "in", "at":
		return true
	}
	return false
}

// upperAt reports whether the word starts with a capital letter.
func upperAt(text string, w tokenize.Range) bool {
	r, _ := utf8.DecodeRuneInString(text[w.Start:])
	return unicode.IsUpper(r)
}

// bareWhy is a heading that names a mission on its own ("## Why"), whatever
// the heading lists hold.
const bareWhy = "why"

// kindPhrase reports whether the words are a name of kinds: each a kind
// ("vision", "misión", "north star"), a prefix ("product", "our",
// "nuestra"), a possessive ("Acme's"), or after the first kind a companion
// ("values", "and"); it returns the kinds. A title may start with a name:
// one word, or up to titleNameWords capitalised ones ("Backstage Vision",
// "Harbour Tools Mission"). A plural kind ("missions") counts only after an owner
// ("our missions").
func (d *detector) kindPhrase(text string, words []tokenize.Range, norms []string, title bool) ([]Kind, bool) {
	v := d.vocab
	if len(norms) == 1 && norms[0] == bareWhy {
		return []Kind{Mission}, true
	}
	var kinds []Kind
	add := func(k Kind) {
		for _, have := range kinds {
			if have == k {
				return
			}
		}
		kinds = append(kinds, k)
	}
	owned := false
	free := 0 // words of a name before the kind, in a title
	for i := 0; i < len(norms); {
		w := norms[i]
		if n := v.visions.Match(norms, i); n > 0 && !(w == "why" && len(norms) > 1) {
			if i > 0 && v.notVision.Has(norms[i-1]) || n == 1 && isPlural(w) && !owned {
				return nil, false
			}
			add(Vision)
			i += n
			continue
		}
		if n := v.missions.Match(norms, i); n > 0 && !(w == "why" && n == 1) {
			if n == 1 && isPlural(w) && !owned {
				return nil, false
			}
			add(Mission)
			i += n
			continue
		}
		if v.owners.Has(w) {
			owned = true
			i++
			// "Our design vision", "Our environmental vision": one word
			// that says which of the owner's visions, before the kind
			if i+1 < len(norms) && len(kinds) == 0 && !v.notVision.Has(norms[i]) && !v.owners.Has(norms[i]) &&
				(v.visions.Match(norms, i+1) > 0 || v.missions.Match(norms, i+1) > 0) && v.visions.Match(norms, i) == 0 && v.missions.Match(norms, i) == 0 {
				i++
			}
			continue
		}
		if n := v.prefixes.Match(norms, i); n > 0 {
			if len(kinds) > 0 && i+n == len(norms) && d.kindEndsAt(norms, i) {
				return nil, false // "Mission team": the last word, right after the kind, is what the kind describes
			}
			i += n
			continue
		}
		if n := v.companions.Match(norms, i); n > 0 && i > 0 {
			if len(kinds) > 0 && v.otherTopic.Match(norms, i) > 0 && strings.TrimSpace(text[words[i-1].End:words[i].Start]) == "" &&
				(v.visions.Has(norms[i-1]) || v.missions.Has(norms[i-1])) {
				return nil, false // "Mission objectives": the objectives of a mission, not a mission and its objectives
			}
			i += n
			continue
		}
		if len(kinds) > 0 && (tokenize.IsNumber(w) || strings.HasPrefix(w, "v") && tokenize.IsNumber(w[1:])) {
			i++ // "Vision 2030", "Mission v2"
			continue
		}
		if len(kinds) == 0 && len(w) == 4 && tokenize.IsNumber(w) && i+1 < len(norms) {
			i++ // "Our 2030 vision": the year it looks to
			continue
		}
		if possessive(text, words, norms, i) {
			if v.notOwner.Has(strings.TrimSuffix(strings.TrimSuffix(norms[i], "'s"), "s")) || v.notOwner.Has(strings.TrimSuffix(norms[i], "'s")) {
				return nil, false // "The role's mission": a job's, not the organisation's
			}
			owned = true
			i++
			continue
		}
		if i == 0 && len(norms) == 3 && !v.notVision.Has(w) && !strings.HasSuffix(w, "ing") &&
			v.prefixes.Match(norms, 1) == 1 && !v.owners.Has(norms[1]) && !opensNounPhrase(norms[1]) &&
			(v.visions.Match(norms, 2) == 1 || v.missions.Match(norms, 2) == 1) {
			// "Digital team mission", "Mobile product vision": one word
			// that says which team's or product's, as after an owner; not
			// "Writing a vision", "Changing the vision"
			i++
			continue
		}
		if title && len(kinds) == 0 && strings.ContainsAny(w, "0123456789") && strings.ContainsFunc(w, unicode.IsLetter) {
			return nil, false // "HAB-7 mission", "STS-135 mission": a designation names a flight's or a product's, not the organisation's
		}
		if title && len(kinds) == 0 && i == free && i+1 < len(norms) && !v.notVision.Has(w) && (free == 0 || free < titleNameWords && capitalised(text, words[i]) && capitalised(text, words[0])) {
			free++
			i++
			continue
		}
		return nil, false
	}
	return kinds, len(kinds) > 0
}

// kindEndsAt reports whether a kind's name ends just before word i.
func (d *detector) kindEndsAt(norms []string, i int) bool {
	for start := max(0, i-3); start < i; start++ {
		if d.vocab.visions.Match(norms, start) == i-start || d.vocab.missions.Match(norms, start) == i-start {
			return true
		}
	}
	return false
}

// titleStatementWords is the fewest words after a label in a heading, in
// Title Case, that make a statement rather than a name ("Our Mission:
// Every Young Reader In Hull Gets A Library Card"): names are shorter.
const titleStatementWords = 8

// titleNameWords is the most words of a name a title may start with.
const titleNameWords = 5

// weakName reports whether words name a kind only by weak words (see the
// kind-weak list), with no owner ("Purpose", "Charter"; not "Our purpose",
// not "Mission and purpose").
func (d *detector) weakName(norms []string) bool {
	weak := false
	for i := 0; i < len(norms); i++ {
		w := norms[i]
		if d.vocab.owners.Has(w) || strings.HasSuffix(w, "'s") {
			return false
		}
		n := max(d.vocab.visions.Match(norms, i), d.vocab.missions.Match(norms, i))
		if n == 0 {
			continue
		}
		if d.vocab.weak.Match(norms, i) < n {
			return false
		}
		weak = true
		i += n - 1
	}
	return weak
}

// weakStands reports whether a weak heading deep in a page (level 3 or
// more, "### Purpose") heads a statement: one of its enclosing headings
// names a kind or what stands beside one ("## Mission and values",
// "## Strategy"), or the text says plainly what it states.
func (d *detector) weakStands(i int, kind Kind, p pick) bool {
	d.outline()
	if d.asksWhyNamedExists(d.top[i]) {
		return true // "### Why does Threeball exist?" in a page of questions: the organisation, by its name
	}
	for k := d.parents[i]; k >= 0; k = d.parents[k] {
		if d.infos[k].class == headingNames {
			return true
		}
		norms := d.headingNorms(d.top[k])
		for len(norms) > 0 && tokenize.IsNumber(norms[0]) {
			norms = norms[1:]
		}
		if len(norms) > 0 && norms[0] == "about" && !d.aboutDocument(norms[1:]) {
			return true // "## About Open Shelf" over "### Why we exist": the organisation speaks of itself
		}
		for j := range norms {
			if d.vocab.companions.Match(norms, j) > 0 && !isFunctionWord(norms[j]) {
				return true
			}
		}
	}
	return d.explicitly(kind, p)
}

// explicitly reports whether the text picked says plainly that it states
// kind ("Our purpose is to …").
func (d *detector) explicitly(kind Kind, p pick) bool {
	text := d.pickedHead(p)
	words, norms := d.tokens(text)
	c, ok := d.statementCue(text, words, norms)
	return ok && c.explicit && c.kind == kind
}

// isFunctionWord reports whether a companion word is only a connective
// ("and", "how", "what"), which says nothing of a heading's topic.
func isFunctionWord(w string) bool {
	switch w {
	case "and", "how", "what", "we", "et", "y", "e", "ed", "und", "en":
		return true
	}
	return false
}

// possessive reports whether word i is a possessive: "Acme's", or a plural
// whose apostrophe follows it ("members' charter").
func possessive(text string, words []tokenize.Range, norms []string, i int) bool {
	if strings.HasSuffix(norms[i], "'s") {
		return true
	}
	rest := text[words[i].End:]
	return strings.HasSuffix(norms[i], "s") && (strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’"))
}

// isPlural reports whether a kind word is plural ("missions", "visiones").
func isPlural(w string) bool { return strings.HasSuffix(w, "s") }

// capitalised reports whether a word starts with a capital letter or a digit.
func capitalised(text string, w tokenize.Range) bool {
	r, _ := utf8.DecodeRuneInString(text[w.Start:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// anyCapitalised reports whether one of the words starts with a capital
// letter or a digit.
func anyCapitalised(text string, words []tokenize.Range) bool {
	for _, w := range words {
		if capitalised(text, w) {
			return true
		}
	}
	return false
}

// outlineNumber reports whether s numbers a section of an outline with
// a letter and digits ("b1", "a12"), as forms number their questions.
func outlineNumber(s string) bool {
	return len(s) >= 2 && len(s) <= 3 && s[0] >= 'a' && s[0] <= 'z' && tokenize.IsNumber(s[1:])
}

// ownedKindGloss returns the kind that a heading's closing gloss in
// brackets names with its owner ("Long-term change (our vision)", "Why
// we're here (our mission)"): the section holds the organisation's
// statement, whatever the words before the brackets call it. The gloss
// must be only the owned kind, words from n on, and close the heading.
func (d *detector) ownedKindGloss(text string, words []tokenize.Range, norms []string, n int, title bool) ([]Kind, bool) {
	if n == 0 || n+1 >= len(norms) || !d.vocab.owners.Has(norms[n]) || isPersonalOwner(norms[n]) {
		return nil, false
	}
	open := strings.LastIndexByte(text[:words[n].Start], '(')
	if open < words[n-1].End || strings.TrimSpace(text[words[len(words)-1].End:]) != ")" {
		return nil, false
	}
	kinds, ok := d.kindPhrase(text, words[n:], norms[n:], title)
	return kinds, ok && len(kinds) == 1
}

// subQuestionNumber reports whether a heading's first word numbers a part
// of a question, as forms do ("1a. What is your organisation's vision?",
// "2b) …"): digits, one letter, then a full stop or a bracket. Without
// the stop, "5G" is a name.
func subQuestionNumber(text string, w tokenize.Range, norm string) bool {
	n := len(norm)
	if n < 2 || n > 4 || norm[n-1] < 'a' || norm[n-1] > 'z' || !tokenize.IsNumber(norm[:n-1]) {
		return false
	}
	return w.End < len(text) && (text[w.End] == '.' || text[w.End] == ')')
}

func isRoman(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	return strings.Trim(s, "ivx") == "" && s != "i"
}

// headings handles every top-level heading: one that is a statement is
// claimed as one (title.go); one that names a single kind gives the
// statement of its section, unless a heading inside it names the kind too
// or it only groups headings that name kinds ("## Vision & Mission").
func (d *detector) headings() {
	d.infos = make([]headingInfo, len(d.top))
	cues := d.vocab.cues
	naming := 0 // the headings that may propose a claim
	for i, n := range d.top {
		if h, ok := n.(*ast.Heading); ok {
			text := d.text(h)
			if cueIn(cues, text) || mayExplain(text, cues) || d.mayNameFuture(h) {
				d.infos[i] = d.classifyHeading(text, h.Level == 1)
				if c := d.infos[i].class; c == headingNames || c == headingStatement {
					naming++
				}
			}
		}
	}
	// Room for a claim and a declaration from each, at once: a file may
	// hold hundreds of thousands of such headings, and doubling keeps the
	// old arrays too.
	d.claims.proposed = slices.Grow(d.claims.proposed, naming)
	d.declarations = slices.Grow(d.declarations, naming)
	for i, n := range d.top {
		info := d.infos[i]
		if info.class == headingOther {
			continue
		}
		end := d.sectionEnd(i)
		switch info.class {
		case headingExplains:
			for k := i + 1; k < end; k++ {
				if d.infos[k].class == headingNames {
					// "## Describing who we are" over "### Our mission, word
					// for word": a section that names a kind gives it, as its
					// heading's claim does
					k = d.sectionEnd(k) - 1
					continue
				}
				put(&d.explained, d.top[k], true)
			}
		case headingStatement:
			if !d.underFeatures(i) {
				d.title(n, info)
			}
		case headingNames:
			if d.underFeatures(i) {
				continue // "### Vision" under "## Features" is a feature
			}
			declared := len(d.declarations)
			for _, k := range info.kinds {
				d.declare(k, "heading", n)
			}
			if len(info.kinds) == 2 && !d.defers(i, end, info.kinds[0]) && !d.defers(i, end, info.kinds[1]) {
				d.pairedSection(n, i, end, info.kinds)
				continue
			}
			if len(info.kinds) != 1 || d.defers(i, end, info.kinds[0]) {
				continue
			}
			kind := info.kinds[0]
			own := end
			if d.level(i) == 1 && d.fieldStates(kind) {
				own = d.firstSubheading(i, end) // "# Company vision" over a page whose front matter holds the vision: the title names the field's statement, and the sub-sections are the page's other topics
			}
			pick, ok := d.preferCue(kind, d.sectionBlocks(kind, i, own))
			if !ok {
				if h := d.sentenceHeadingAfter(i); h != nil && d.sectionIsBare(i, end) {
					// "###### PRODUCT VISION" over "# Every independent vet
					// practice in Britain runs its whole day on Tidewell.":
					// a slide's overline names the kind the heading after it
					// states.
					d.propose(Claim{Kind: kind, Form: FormHeading, Label: d.text(n), Blocks: []ast.Node{h}, Start: 0, End: len(d.text(h))}, n, 0)
				} else if h := d.statementSubheading(i, end); h != nil {
					// "## Our vision" with "### To be the best regional
					// airport in the UK" as all its section holds: the
					// sub-heading states it.
					d.propose(Claim{Kind: kind, Form: FormHeading, Label: d.text(n), Blocks: []ast.Node{h}, Start: 0, End: len(d.text(h))}, n, 0)
				} else if d.sectionIsBare(i, end) {
					d.propose(Claim{Kind: kind, Form: FormHeading, Label: d.text(n), At: n}, n, 0)
				} else {
					d.declarations[len(d.declarations)-1].Unsure = true
				}
				continue
			}
			if d.otherSenseOf(kind, pick, !(kind == Vision && d.namesWriter(i))) || kind == Vision && (d.eyesightSection(i, end, pick) || d.abilityCategory(i)) || kind == Mission && d.operationSection(i, pick) ||
				d.namedThing(kind, pick) && !d.namesWriter(i) || // "# Vision" over a tea blend that "We named Vision after the view …"
				d.codeNamesKind(kind) && !d.namesWriter(i) && !d.explicitly(kind, pick) || // "## Vision" on a page of design tokens with `color.vision`
				info.weak && (d.level(i) > 2 || info.why) && !d.weakStands(i, kind, pick) || info.weak && (d.pageSubjectOpens(pick) || d.thingsPurposeOpens(i, end) || d.labelsOwnKinds(pick) || d.documentOpens(pick)) ||
				d.labelsOwnKinds(pick) && d.listLabelsOther(kind, pick) { // "## Our north star" over "- Vision: …", "- Mission: …": the labels say what each item states
				// The heading names the word in another sense ("## Vision"
				// over a camera feature, "### Purpose" of an endpoint, a
				// README's "## Why"): it announces no statement.
				d.declarations = d.declarations[:declared]
				continue
			}
			if info.pictured && (!d.picturesFuture(pick) || i+1 >= len(d.top) || len(pick.blocks) == 0 || pick.blocks[0] != d.top[i+1]) {
				// "## Where we're heading" over "Next year we'll add offline
				// maps": the plan's next steps, no picture of the future;
				// and only the text right under the heading (a lead-in's
				// quotation after it is the lead-in's)
				d.declarations = d.declarations[:declared]
				continue
			}
			if d.captionOpens(pick) {
				// "# Vision 2025" over "What we want to have done on Swan by
				// the end of the 2025 season." and a list of goals: a
				// caption of what follows, which may hold the statement
				d.declarations[len(d.declarations)-1].Unsure = true
				continue
			}
			if info.weak && kind == Mission && d.opensWithPicture(pick) {
				// "## Purpose" over "A future in which people with motor
				// neurone disease write emails … at a speed that lets them
				// join a conversation": a weak word says only why the
				// organisation exists; the text pictures the future it
				// works for, a vision
				kind = Vision
				d.declarations[len(d.declarations)-1].Kind = Vision
			}
			d.propose(Claim{Kind: kind, Form: FormHeading, Label: d.text(n), Blocks: pick.blocks, Start: pick.start, End: pick.end}, n, 0)
		}
	}
}

// opensWithPicture reports whether the text picked opens with "a" or
// "an", at most a few words that describe it, then a noun and the clause
// that pictures it ("A future in which …", "A valley where …"), perhaps
// after "we" and a verb of working for ("We want a valley where …").
func (d *detector) opensWithPicture(p pick) bool {
	text := d.pickedHead(p)
	if len(text) < 2 || text[0] != 'A' && text[0] != 'a' && text[0] != 'W' && text[0] != 'w' {
		return false // most statements open otherwise: read no words
	}
	words, norms := d.tokens(text)
	gapAfter := func(i int) string { return gapAfterWord(text, words, i) }
	k := max(d.workForEnd(norms, 0), 0) // "We want a valley where …": the picture the organisation works for
	return len(norms) > k+2 && (norms[k] == "a" || norms[k] == "an") && pictureAfterModifiers(norms, gapAfter, k+1)
}

// fieldStates reports whether a front matter field already states kind.
func (d *detector) fieldStates(kind Kind) bool {
	for _, p := range d.claims.proposed {
		if p.Form == FormFrontMatter && p.Kind == kind {
			return true
		}
	}
	return false
}

// firstSubheading returns the index of the first heading after i in its
// section, or end.
func (d *detector) firstSubheading(i, end int) int {
	for k := i + 1; k < end; k++ {
		if _, ok := d.top[k].(*ast.Heading); ok {
			return k
		}
	}
	return end
}

// pairedSection handles a heading that names both kinds ("## Vision and
// mission") over exactly two blocks that fit, one of which opens by
// stating its own kind ("GavelPair's mission is to …"): the other block
// states the other kind, under the heading. Any other layout is left to
// what its sentences say.
func (d *detector) pairedSection(n ast.Node, i, end int, kinds []Kind) {
	for _, kind := range kinds {
		blocks := d.sectionBlocks(kind, i, end)
		if len(blocks) != 2 {
			return
		}
		stated, plain := -1, -1
		for k, b := range blocks {
			switch cues := d.cueSentences(b); {
			case opensWithOther(cues, kind):
				stated = k
			case len(cues) == 0:
				plain = k
			}
		}
		if stated < 0 || plain < 0 {
			continue
		}
		p := d.blockPick(blocks[plain], nil, kind)
		if d.otherSenseOf(kind, p, true) || kind == Vision && d.eyesightSection(i, end, p) || kind == Mission && d.operationSection(i, p) {
			return
		}
		d.propose(Claim{Kind: kind, Form: FormHeading, Label: d.text(n), Blocks: p.blocks, Start: p.start, End: p.end}, n, 0)
		return
	}
}

// mayExplain reports, by its first word, whether a heading could ask or
// explain ("How to …", "What is …", "Examples"): whether it has a question
// mark or starts with the first word of a heading-explains entry.
func mayExplain(text string, c *CueSet) bool {
	if strings.ContainsAny(text, "?？") {
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

// level returns the level of the top-level block at i: its heading level,
// or 7 for a block that is not a heading.
func (d *detector) level(i int) int {
	if h, ok := d.top[i].(*ast.Heading); ok {
		return h.Level
	}
	return 7
}

// abilityCategory reports whether the heading at i is the kind's word
// alone among sibling headings (the same level, under the same heading)
// of which one is a word WordNet knows only as an adjective relating to a
// noun ("## Vision", "## Motor", "## Cognitive" on an accessibility page):
// sight, one category of a classification, not a statement.
func (d *detector) abilityCategory(i int) bool {
	if h, ok := d.top[i].(*ast.Heading); !ok || len(d.headingNorms(h)) != 1 {
		return false
	}
	if d.categoryGroups == nil {
		// Once a page: the groups of sibling headings, by parent and
		// level, that hold such an adjective.
		d.outline()
		d.categoryGroups = map[[2]int]bool{}
		for k := range d.top {
			h, ok := d.top[k].(*ast.Heading)
			if !ok {
				continue
			}
			if norms := d.headingNorms(h); len(norms) == 1 {
				if e, ok := wordnet.Lookup(norms[0]); ok && !e.Has(wordnet.Noun) && !e.Has(wordnet.Verb) && e.First(wordnet.Adjective) == wordnet.AdjectivePertainym {
					d.categoryGroups[[2]int{d.parents[k], h.Level}] = true
				}
			}
		}
	}
	return d.categoryGroups[[2]int{d.parents[i], d.level(i)}]
}

// sectionEnd returns the index of the first top-level block after the
// heading at i that is a heading of the same or a higher level.
func (d *detector) sectionEnd(i int) int {
	d.outline()
	return d.ends[i]
}

// underFeatures reports whether the top-level block at i stands in a
// section whose heading lists features or parts ("## Features",
// "## Supported models"): a kind word there names a feature.
func (d *detector) underFeatures(i int) bool {
	d.outline()
	for k := d.parents[i]; k >= 0; k = d.parents[k] {
		if d.isFeatureHeading(d.top[k].(*ast.Heading)) {
			return true
		}
	}
	return false
}

// outline works out, once, the sections of the top-level blocks: for each
// the heading of the section it stands in (-1 for none), and for each
// heading where its section ends.
func (d *detector) outline() {
	if d.parents != nil {
		return
	}
	d.parents, d.ends = make([]int, len(d.top)), make([]int, len(d.top))
	var open []int // headings whose sections are open, outermost first
	for i := range d.top {
		level := d.level(i)
		for len(open) > 0 && d.level(open[len(open)-1]) >= level {
			d.ends[open[len(open)-1]] = i
			open = open[:len(open)-1]
		}
		d.parents[i] = -1
		if len(open) > 0 {
			d.parents[i] = open[len(open)-1]
		}
		if level < 7 {
			open = append(open, i)
		}
	}
	for _, k := range open {
		d.ends[k] = len(d.top)
	}
}

// headingNorms returns the normalised words of a heading, once.
func (d *detector) headingNorms(h ast.Node) []string {
	if norms, ok := d.norms[h]; ok {
		return norms
	}
	_, norms := d.tokens(d.text(h))
	put(&d.norms, h, norms)
	return norms
}

// isFeatureHeading reports whether a heading names a list of features or
// parts, once per heading.
func (d *detector) isFeatureHeading(h *ast.Heading) bool {
	if v, ok := d.featured[h]; ok {
		return v
	}
	norms := d.headingNorms(h)
	for len(norms) > 0 && tokenize.IsNumber(norms[0]) {
		norms = norms[1:]
	}
	v := len(norms) > 0 && d.vocab.featureSection.Match(norms, 0) == len(norms)
	put(&d.featured, ast.Node(h), v)
	return v
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
	return !d.elementIn(i, end)
}

// elementIn reports whether an MDX element starts after the heading at
// top[i] and before top[end] (or the body's end): what the section holds
// there, vmlint cannot read ("<MissionCard text=\"We build …\" />").
func (d *detector) elementIn(i, end int) bool {
	if len(d.doc.Elements) == 0 {
		return false
	}
	from, to := endOf(d.top[i]), len(d.doc.Body)
	if end < len(d.top) {
		if s := startOf(d.top[end]); s >= 0 {
			to = s
		}
	}
	k, _ := slices.BinarySearch(d.doc.Elements, from)
	return from >= 0 && k < len(d.doc.Elements) && d.doc.Elements[k] < to
}

// thingsPurposeOpens reports whether the section under a weak kind's
// heading at top[i] opens by naming, with the kind's word, the purpose of
// a thing, not of an organisation ("## Purpose" over "The purpose of this
// Code of Conduct is to …"): the section is about that thing.
func (d *detector) thingsPurposeOpens(i, end int) bool {
	if i+1 >= end || i+1 >= len(d.top) {
		return false
	}
	text := d.text(d.top[i+1])
	words, norms := d.tokens(text)
	for k := 0; k < len(norms) && k <= 1; k++ {
		if d.vocab.weak.Has(norms[k]) && k+1 < len(norms) && norms[k+1] == "of" {
			return !d.organisationOwns(text, words, norms, k)
		}
	}
	return false
}

// pageSubjectOpens reports whether the text picked opens with the plural
// of what the page is titled ("Banners tell customers …" on a page titled
// "Banner"), or names one of them within its first words ("Use a banner
// when …"): under "## Purpose", the purpose of the kind of thing the page
// documents, not of an organisation, whose name is no plural and takes no
// "a" ("Harbourline helps …" on a page titled "Harbourline" stays).
func (d *detector) pageSubjectOpens(p pick) bool {
	_, title := d.tokens(d.pageTitle())
	if len(title) == 0 || len(title) > 3 {
		return false
	}
	_, norms := d.tokens(d.blocksText(p.blocks)[p.start:p.end])
	if startsWithPlural(norms, title) {
		return true
	}
	for k := 0; k < len(norms) && k < subjectReach; k++ {
		if (norms[k] == "a" || norms[k] == "an") && len(norms) > k+len(title) && slices.Equal(norms[k+1:k+1+len(title)], title) {
			return true
		}
	}
	return false
}

// documentOpens reports whether a sentence of the text picked opens with
// "this" and a weak kind word ("This charter is agreed by the volunteer
// committee each year …", "The tutor team is the heart of Readwell. This
// charter sets out …"): the text speaks of the document the heading
// names, and states nothing.
func (d *detector) documentOpens(p pick) bool {
	text := d.pickedHead(p)
	if !strings.Contains(text, "This ") && !strings.Contains(text, "this ") {
		return false // most sections have no such sentence: read no words
	}
	words, norms := d.tokens(text)
	for k := 0; k+2 < len(norms); k++ {
		if norms[k] == "this" && (k == 0 || strings.ContainsAny(gapAfterWord(text, words, k-1), ".!?")) && d.vocab.weak.Match(norms, k+1) > 0 {
			return true
		}
	}
	return false
}

// captionOpens reports whether the text picked is one sentence that is
// only a clause of "what" someone wants or does, with no main verb of its
// own ("What we want to have done on Swan by the end of the season."): a
// caption of the section, not a statement, which says what something is
// ("What we want is a valley where …").
func (d *detector) captionOpens(p pick) bool {
	text := d.blocksText(p.blocks)[p.start:p.end]
	if len(text) > senseReach || len(text) < 5 || !strings.EqualFold(text[:5], "what ") {
		return false // most sections open otherwise: read no words
	}
	words, norms := d.tokens(text)
	if len(norms) < 4 {
		return false
	}
	for k := 1; k < len(norms); k++ {
		if isCopula(norms[k]) || k < len(words)-1 && strings.ContainsAny(gapAfterWord(text, words, k), ".!?;:") {
			return false // "What we want is …", or a second sentence
		}
	}
	return true
}

// isCopula reports whether w is a form of "be" that joins a subject to
// what it is.
func isCopula(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be":
		return true
	}
	return false
}

// subjectReach is how many words into a section's text an article before
// the page's subject may stand ("Use a banner", "Show a toast").
const subjectReach = 2

// startsWithPlural reports whether norms open with words, the last made
// plural ("Banners", "Status badges").
func startsWithPlural(norms, words []string) bool {
	if len(norms) < len(words) {
		return false
	}
	last := len(words) - 1
	for k, w := range words[:last] {
		if norms[k] != w {
			return false
		}
	}
	return norms[last] == words[last]+"s" || norms[last] == words[last]+"es"
}

// sentenceHeadingAfter returns the heading right after top[i] when it
// states something on its own (statedHeading: "# Every independent vet
// practice in Britain runs its whole day on Tidewell."), or nil.
func (d *detector) sentenceHeadingAfter(i int) ast.Node {
	if i+1 >= len(d.top) {
		return nil
	}
	if h, ok := d.top[i+1].(*ast.Heading); ok && d.statedHeading(h) {
		return h
	}
	return nil
}

// statedHeading reports whether a heading states something on its own: a
// sentence rather than a title (sentenceHeading), with its full stop,
// which a long heading that names a topic ("## Roadmap for the next two
// quarters of the year") lacks.
func (d *detector) statedHeading(h *ast.Heading) bool {
	return d.sentenceHeading(h) && strings.HasSuffix(strings.TrimSpace(d.text(h)), ".")
}

// headlineStatement reports whether a page's title reads as a statement
// of some length, with or without a full stop ("# Nothing in the Glens
// goes to landfill that a neighbour could have mended"): under a label
// that names its kind, the page's headline states it; a section's heading
// without a full stop ("## Roadmap for the next two quarters") names what
// follows.
func (d *detector) headlineStatement(h *ast.Heading) bool {
	if h.Level != 1 {
		return false
	}
	text := d.text(h)
	words, _ := d.tokens(text)
	return len(words) >= statementSubheadingWords && d.sentenceHeading(h) && d.readsAsStatement(text)
}

// statementSubheading returns the one sub-heading that is all the section
// (i, end) holds, when it reads as a statement and not as a topic's name
// (five words or more: "To be the best regional airport in the UK"), or
// nil.
func (d *detector) statementSubheading(i, end int) ast.Node {
	if end != i+2 {
		return nil
	}
	h, ok := d.top[i+1].(*ast.Heading)
	if !ok || h.Level <= d.level(i) {
		return nil
	}
	text := d.text(h)
	words, _ := d.tokens(text)
	if len(words) < statementSubheadingWords || !d.readsAsStatement(text) {
		return nil
	}
	return h
}

// statementSubheadingWords is the fewest words a sub-heading that states
// its section's kind has.
const statementSubheadingWords = 5

// defers reports whether the heading at i leaves its statement to a table
// or to headings inside its section: a table that labels statements, or one
// of them names its kind (a page titled "# Our
// mission" with "## Mission statement"), or they name kinds and no fitting
// block stands before the first of them ("# Vision and mission" over
// "## Vision"). A heading that names a mission only by a weak word leaves
// it to a paragraph labelled so in its section ("## Charter" over a
// paragraph of history and "**Mission:** To keep …", a table's row
// "| Mission | We run … |", or a list item "- **Mission**" in a
// sub-section) or a sub-section ("# Why we exist" over "##
// What we do" and "**Mission:** We run …"), or before it.
func (d *detector) defers(i, end int, kind Kind) bool {
	if d.infos[i].weak && (d.labelledInSection(i, end, kind) || d.labelledBefore(i, kind)) {
		return true
	}
	// A table that labels its own statements ("| **Purpose** | We give …
	// |"), before any block that fits, states them for the heading; under
	// a heading that names the kind only weakly ("## Charter"), wherever it
	// stands, as a paragraph labelled so does. Most sections hold no table,
	// so blocks are weighed only when one does.
	for k := i + 1; k < end; k++ {
		if _, ok := d.top[k].(*ast.Heading); ok {
			break
		}
		if t, ok := d.top[k].(*east.Table); ok && d.labelsKinds(t) && (d.infos[i].weak || !d.fitsBefore(i+1, k)) {
			return true
		}
	}
	nested := false
	for k := i + 1; k < end; k++ {
		info := d.infos[k]
		if info.class != headingNames && info.class != headingStatement {
			continue
		}
		if len(info.kinds) == 1 && info.kinds[0] == kind || d.infos[i].weak && slices.Contains(info.kinds, kind) {
			return true // and "# Member charter" over "## 2. Vision and mission": the weak word names the document
		}
		nested = true
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

// labelledInSection reports whether a top-level paragraph in the section
// of the heading at i, which ends at end, opens with a label of kind: in
// a sub-section, or in the section itself after another block that fits
// (the heading would take that block; when the labelled paragraph comes
// first, the heading takes it and the two agree).
func (d *detector) labelledInSection(i, end int, kind Kind) bool {
	sub := false
	for k := i + 1; k < end; k++ {
		if _, ok := d.top[k].(*ast.Heading); ok {
			sub = true
		}
		if (d.labelledParagraph(d.top[k], kind) || d.tableLabels(d.top[k], kind) || sub && d.listLabels(d.top[k], kind)) && (sub || d.fitsBefore(i+1, k)) {
			return true
		}
	}
	return false
}

// labelledParagraph reports whether block n is a paragraph that opens
// with a label of kind ("**Mission:** We run …").
func (d *detector) labelledParagraph(n ast.Node, kind Kind) bool {
	if _, ok := n.(*ast.Paragraph); !ok || !d.mayName(n) {
		return false
	}
	labelled, _, ok := d.label(d.text(n))
	return ok && labelled == kind
}

// listLabels reports whether block n is a list an item of which opens
// with a label of kind, alone on its line or before what it labels ("-
// **Mission**" over a nested list, "- **Mission:** Keep …").
func (d *detector) listLabels(n ast.Node, kind Kind) bool {
	list, ok := n.(*ast.List)
	if !ok {
		return false
	}
	for item := list.FirstChild(); item != nil; item = item.NextSibling() {
		p := item.FirstChild()
		if p == nil {
			continue
		}
		text := d.text(p)
		if k, _, ok := d.label(text); ok && k == kind {
			return true
		}
		line, _, _ := strings.Cut(text, "\n")
		if k, ok := d.labelAlone(line); ok && k == kind {
			return true
		}
	}
	return false
}

// tableLabels reports whether block n is a table whose header says its
// second column holds statements ("| Item | What we agreed |") and a row
// of which names kind in its first cell ("| Mission | We run a
// twice-weekly food bank … |"); not "| | Horizon | Question it answers
// |", a table about the kinds.
func (d *detector) tableLabels(n ast.Node, kind Kind) bool {
	t, ok := n.(*east.Table)
	if !ok || t.FirstChild() == nil || t.FirstChild().FirstChild() == nil {
		return false
	}
	second := t.FirstChild().FirstChild().NextSibling()
	if second == nil || second.NextSibling() != nil || !d.statementsColumn(second) {
		return false
	}
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		if first := r.FirstChild(); first != nil && first.NextSibling() != nil && d.cellKind(first) == kind {
			return true
		}
	}
	return false
}

// labelledBefore reports whether a top-level paragraph before the heading
// at i opens with a label of kind ("**Mission:** Give small clinics …"
// under the page's title, then "## Why this exists" over the story of how
// the project began): the page has stated it already.
func (d *detector) labelledBefore(i int, kind Kind) bool {
	for k := 0; k < i; k++ {
		if d.labelledParagraph(d.top[k], kind) {
			return true
		}
	}
	return false
}

// fitsBefore reports whether a top-level block in [from, to) fits a
// statement.
func (d *detector) fitsBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if d.fits(d.top[k]) {
			return true
		}
	}
	return false
}

// candidates is how many fitting blocks of a section detection looks at.
const candidates = 4

// sectionBlocks lists the first blocks of the section (i, end) that can
// hold the statement of kind. It passes over sub-sections whose headings
// ask or explain, name kinds of their own, list features or name another
// topic ("## Roadmap"), and over lead-ins for other topics ("Key
// benefits:") with their lists. After the first block that fits it lists
// only blocks preferCue may prefer (with a cue word or "aim"), looking at
// no more than candidates blocks.
func (d *detector) sectionBlocks(kind Kind, i, end int) []ast.Node {
	var blocks []ast.Node
	looked := 0
	for k := i + 1; k < end && looked < candidates; k++ {
		n := d.top[k]
		if _, ok := n.(*ast.Heading); ok {
			if len(blocks) > 0 && !d.opens(k, true) {
				break // "## Mission", its paragraph, then "### Junior section": the sub-section is its own topic's
			}
			if !d.opens(k, false) {
				k = d.sectionEnd(k) - 1
			}
			continue
		}
		if d.topicLeadIn(n) {
			if _, ok := n.NextSibling().(*ast.List); ok {
				k++ // the list the lead-in introduces goes with it
			}
			continue
		}
		if len(blocks) == 0 && d.calloutNames(n, kind) {
			return nil // "## What we're building toward" over ":::tip Our vision": the callout labels the statement itself, and the paragraph after it is another
		}
		if len(blocks) == 0 && d.statusNote(n) {
			return nil // "The committee is still working on the wording of a proper vision statement": the section's statement is still to come
		}
		if len(blocks) == 0 && d.templateSlot(n) {
			return nil // "{{MISSION_STATEMENT}}", "[Insert your vision here]": the slot is the statement, still to be filled; the note after it is no statement
		}
		if len(blocks) == 0 && (d.introducesQuote(n) || d.leadsInTo(n, kind)) {
			continue // "After discussion the group agreed the following wording:", "They adopted the following vision.", then the wording
		}
		if len(blocks) == 0 && d.epigraph(n) {
			continue // "> "Let your light shine" (Matthew 5:16)": a motto quoted with its source, before the statement
		}
		if len(blocks) > 0 {
			if !mayHold(n) {
				continue
			}
			looked++
			if d.leadsInTo(n, kind) && k+1 < end {
				blocks = append(blocks, d.top[k+1]) // "4.2 The board adopted the following mission statement:", then the statement
				k++
				continue
			}
			if !d.mayName(n) && !d.mayAim(n) && !opensWithOther(d.cueSentences(blocks[0]), kind) {
				continue // preferCue would not prefer it
			}
		}
		if d.fits(n) || d.saysKind(n, kind) {
			blocks = append(blocks, n)
			looked = max(looked, 1)
		}
	}
	return blocks
}

// calloutNames reports whether block n is a callout whose title names
// kind (":::tip Our vision", '!!! note "Our mission"'): the labels pass
// takes the statement inside it.
func (d *detector) calloutNames(n ast.Node, kind Kind) bool {
	title, ok := "", false
	if a, isBox := n.(*admonition.Node); isBox {
		title, ok = a.Title, true
	} else if _, para := n.(*ast.Paragraph); para {
		line := d.text(n)
		if d.doc.LineStarts != nil {
			if starts := d.doc.LineStarts(n); len(starts) > 1 {
				line = line[:starts[1]] // its first source line: soft breaks read as spaces
			}
		}
		title, ok = admonitionTitle(line)
	}
	if !ok {
		return false
	}
	k, ok := d.labelAlone(title)
	return ok && k == kind
}

// saysKind reports whether a paragraph that does not read as a statement
// as a whole has a sentence that says plainly it states kind
// ("**Resolved:** that the club's mission shall be: “…”"): preferCue
// takes that sentence.
func (d *detector) saysKind(n ast.Node, kind Kind) bool {
	if _, ok := n.(*ast.Paragraph); !ok || !mayHold(n) || d.claims.taken(n) {
		return false
	}
	for _, c := range d.cueSentences(n) {
		if c.kind == kind && c.explicit && len(c.after) > 0 && !d.endsLeadIn(n, c) {
			return true
		}
	}
	return false
}

// epigraph reports whether a block is a short quotation with its source:
// quotation marks around it, then a source in brackets or after a dash
// ("“Let your light shine” (Matthew 5:16)").
func (d *detector) epigraph(n ast.Node) bool {
	text := strings.TrimSpace(d.text(n))
	open, size := utf8.DecodeRuneInString(text)
	var closing rune
	switch open {
	case '"':
		closing = '"'
	case '“':
		closing = '”'
	case '‘':
		closing = '’'
	default:
		return false
	}
	end := strings.LastIndex(text, string(closing))
	if end <= size {
		return false
	}
	rest := strings.TrimSpace(text[end+len(string(closing)):])
	if !strings.HasPrefix(rest, "(") && !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "-") {
		return false
	}
	words, _ := d.tokens(text)
	return len(words) <= epigraphWords
}

// epigraphWords is the most words an epigraph has.
const epigraphWords = 25

// mayHold reports whether n is a kind of block that can hold a statement.
func mayHold(n ast.Node) bool {
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock, *ast.Blockquote, *ast.List, *east.Table, *ast.HTMLBlock, *admonition.Node:
		return true // an HTML block by the text it shows: "<p align="center">Our mission is …</p>"
	}
	return false
}

// opens reports whether the statement of a section may stand in the
// sub-section under the heading at k: not one that asks or explains, names
// kinds, lists features, names another topic or says what the document is
// for ("Purpose of this paper"); with summaryOnly, only a summary ("##
// Overview", "## In a nutshell").
func (d *detector) opens(k int, summaryOnly bool) bool {
	switch d.infos[k].class {
	case headingExplains, headingNames, headingStatement:
		return false
	}
	h := d.top[k].(*ast.Heading)
	if d.isFeatureHeading(h) {
		return false
	}
	norms := d.headingNorms(h)
	for len(norms) > 0 && tokenize.IsNumber(norms[0]) {
		norms = norms[1:]
	}
	if len(norms) == 0 {
		return !summaryOnly
	}
	if d.vocab.summary.Match(norms, 0) == len(norms) {
		return true
	}
	if of := slices.Index(norms, "of"); of > 0 && d.aboutDocument(norms[of+1:]) {
		return false // "### 1. Purpose of this paper": what the paper is for, not the statement
	}
	if len(norms) > 1 && (norms[0] == "our" || norms[0] == "the") {
		norms = norms[1:] // "## Our pillars", "## The roadmap"
	}
	return !summaryOnly && d.vocab.otherTopic.Match(norms, 0) == 0
}

// commaAfter returns the index of the first word after a comma between
// two of words, or 0.
func commaAfter(text string, words []tokenize.Range) int {
	for i := 1; i < len(words); i++ {
		if strings.Contains(text[words[i-1].End:words[i].Start], ",") {
			return i
		}
	}
	return 0
}

// commaGlossWords is the most words of a gloss after a kind's name and a
// comma in a heading ("Our mission, in one sentence").
const commaGlossWords = 3

// pick is the statement chosen in a section: bytes [start, end) of the
// text of blocks.
type pick struct {
	blocks     []ast.Node
	start, end int
}

// preferCue chooses, among the first blocks of a section, the one that
// states kind: the first that says so ("Our mission is to …"), or after a
// premise one that says "we aim to …", or else the first block that does
// not open with a statement of the other kind. A block that goes on to
// state the other kind ("… Our vision is …") gives only its text before.
func (d *detector) preferCue(kind Kind, blocks []ast.Node) (pick, bool) {
	first := -1
	for k, n := range blocks {
		if k >= candidates {
			break
		}
		cues := d.cueSentences(n)
		for _, c := range cues {
			if c.kind == kind && !(c.article && first >= 0) {
				// (not "The board asked for the mission to stay under sixty
				// words." after the paragraph that states it: "the mission
				// to …" after a block that fits speaks of that one)
				return d.blockPick(n, cues, kind), true
			}
		}
		if prev := n.PreviousSibling(); k > 0 && prev != nil && d.leadsInTo(prev, kind) {
			return d.blockPick(n, cues, kind), true // the block a lead-in of the section introduces
		}
		if _, ok := n.(*ast.Paragraph); ok && k > 0 && d.mayAim(n) {
			if _, norms := d.tokens(d.text(n)); aimCue(norms) {
				return d.blockPick(n, cues, kind), true
			}
		}
		if next := n.NextSibling(); k > 0 && next != nil && d.labelsAlone(n, kind) && d.fits(next) {
			// "Hi all 👋 … Proposed vision statement:" then the quote: the
			// label in the section marks the statement
			return d.blockPick(next, d.cueSentences(next), kind), true
		}
		if first < 0 && !opensWithOther(cues, kind) {
			first = k
		}
	}
	if first < 0 {
		return pick{}, false
	}
	n := blocks[first]
	return d.blockPick(n, d.cueSentences(n), kind), true
}

// leadsInTo reports whether block n is a paragraph whose last sentence
// leads in to a statement of kind in the block after it ("The board
// adopted the following mission statement:", "Resolution: that the
// group adopts the following mission statement.").
func (d *detector) leadsInTo(n ast.Node, kind Kind) bool {
	if _, ok := n.(*ast.Paragraph); !ok || n.NextSibling() == nil || !d.mayName(n) {
		return false
	}
	text := d.text(n)
	if !introduces(text) && !d.followingEnds(text) || !d.fits(n.NextSibling()) {
		return false
	}
	_, k, ok := d.leadInSentence(text)
	return ok && k == kind
}

// labelsAlone reports whether block n is a paragraph of one line that is
// a label of kind and nothing else ("Proposed vision statement:").
func (d *detector) labelsAlone(n ast.Node, kind Kind) bool {
	if _, ok := n.(*ast.Paragraph); !ok || !d.mayName(n) {
		return false
	}
	text := d.text(n)
	if strings.Contains(text, "\n") {
		return false
	}
	if k, after, ok := d.label(text); ok {
		return k == kind && strings.TrimSpace(text[after:]) == ""
	}
	k, ok := d.labelAlone(text)
	return ok && k == kind
}

// opensWithOther reports whether a block's first sentence says plainly that
// it states another kind than kind.
func opensWithOther(cues []cueSentence, kind Kind) bool {
	return len(cues) > 0 && cues[0].start == 0 && cues[0].kind != kind && cues[0].explicit
}

// blockPick returns the statement of kind in block n: its text, less a
// label that names the kind, less any sentences that say plainly that they
// state another kind, before or after it; for a lead-in, the list or quote
// it introduces.
func (d *detector) blockPick(n ast.Node, cues []cueSentence, kind Kind) pick {
	text := d.text(n)
	if start, end, wrapped := d.calloutInner(n); wrapped {
		start, end = trim(text, start, end)
		return pick{blocks: []ast.Node{n}, start: start, end: end} // the text a callout shows, without its shortcode lines
	}
	var marked []cueSentence // sentences of kind, and those that name another
	for _, c := range cues {
		if c.kind == kind || c.explicit {
			marked = append(marked, c)
		}
	}
	cues = marked
	start, end := 0, len(text)
	at := -1 // the first sentence that states kind
	for i, c := range cues {
		if c.kind == kind {
			at = i
			break
		}
	}
	switch {
	case at >= 0:
		if at > 0 {
			start = cues[at].start // sentences of another kind come first
		}
		for _, c := range cues[at+1:] {
			if c.kind != kind {
				end = c.start
				break
			}
		}
	case len(cues) > 0:
		end = cues[0].start
	}
	if start == 0 && end == len(text) {
		if blocks, ok := d.leadIn(n); ok {
			return pick{blocks: blocks, end: len(d.blocksText(blocks))}
		}
		if k, after, ok := d.label(text); ok && k == kind {
			start = after
		}
	}
	start, end = trim(text, start, end)
	return pick{blocks: []ast.Node{n}, start: start, end: end}
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
func containsFold[T string | []byte](s T, w string) bool {
	return indexFold(s, w) >= 0
}

// indexFold returns where s first holds the lower-case ASCII word w in any
// case (its other bytes, such as "-" and "=", having the case bit set), or -1.
func indexFold[T string | []byte](s T, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return i
		}
	}
	return -1
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
