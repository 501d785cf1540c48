package detect

import (
	"sort"
	"strings"

	"github.com/vmlint/vmlint/lint/tokenize"
)

// fieldNames returns the front matter fields whose value is a statement of
// kind ("vision", "mission_statement", "visionStatement").
func fieldNames(kind Kind) []string {
	k := string(kind)
	return []string{k, k + "_statement", k + "-statement", k + "Statement"}
}

// frontMatterFields proposes the front matter fields named after a kind.
func (d *detector) frontMatterFields() {
	if d.doc.Fields == nil {
		return
	}
	named := map[Kind]bool{}
	for _, kind := range Kinds {
		for _, key := range fieldNames(kind) {
			value, ok := d.doc.Fields[strings.ToLower(key)]
			if !ok || designation(value) {
				continue // "mission: Skylark-4": a flight's name, as a log keeps it
			}
			d.propose(Claim{Kind: kind, Form: FormFrontMatter, Label: key, Field: strings.ToLower(key), End: len(value)}, nil, 0)
			named[kind] = true
			break
		}
	}
	// A field named as a heading names a kind ("purpose", "our_mission",
	// "north_star") holds the statement when its value reads as one.
	keys := make([]string, 0, len(d.doc.Fields))
	for key := range d.doc.Fields {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		if strings.Contains(key, ".") {
			continue // a nested field: below
		}
		if !cueIn(d.vocab.cues, key) {
			continue // "title", "date": no word that names a kind, no heading to classify
		}
		value := d.doc.Fields[key]
		info := d.classifyHeading(strings.NewReplacer("_", " ", "-", " ").Replace(key), false)
		if info.class != headingNames || len(info.kinds) != 1 || named[info.kinds[0]] || len(strings.Fields(value)) < minFieldWords || !d.readsAsStatement(value) {
			continue
		}
		d.propose(Claim{Kind: info.kinds[0], Form: FormFrontMatter, Label: key, Field: key, End: len(value)}, nil, 0)
		named[info.kinds[0]] = true
	}
	d.nestedFields(named, keys)
}

// nestedFields proposes the statements of nested front matter fields, as
// site themes keep a page's sections ("about: {mission: …}", "mission:
// {heading: …, text: …}", "sections: {mission: {body: …}}"): under a key
// that names a kind as a field does, the value itself, or the longest of
// its fields that reads as a statement (a heading or a button label is
// shorter).
func (d *detector) nestedFields(named map[Kind]bool, keys []string) {
	best := map[string]string{} // the path to the kind's key → its statement's field
	kinds := map[string]Kind{}
	for _, key := range keys {
		parts := strings.Split(key, ".")
		if len(parts) < 2 {
			continue
		}
		for j, part := range parts {
			kind, ok := fieldKind(part)
			if !ok && j > 0 && j < len(parts)-1 {
				kind, ok = d.cardKind(part) // "features.Our vision.details": a card titled with the kind
			}
			if !ok || named[kind] {
				continue
			}
			path := strings.Join(parts[:j+1], ".")
			value := d.doc.Fields[key]
			if len(strings.Fields(value)) < minFieldWords || !d.readsAsStatement(value) {
				break
			}
			if have, ok := best[path]; !ok || len(value) > len(d.doc.Fields[have]) {
				best[path], kinds[path] = key, kind
			}
			break
		}
	}
	paths := make([]string, 0, len(best))
	for path := range best {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		kind, key := kinds[path], best[path]
		if named[kind] {
			continue
		}
		d.propose(Claim{Kind: kind, Form: FormFrontMatter, Label: key, Field: key, End: len(d.doc.Fields[key])}, nil, 0)
		named[kind] = true
	}
}

// cardKind returns the kind a card's title in a list names, as a heading
// names it ("Our vision").
func (d *detector) cardKind(title string) (Kind, bool) {
	if info := d.classifyHeading(title, false); info.class == headingNames && len(info.kinds) == 1 {
		return info.kinds[0], true
	}
	return "", false
}

// fieldKind returns the kind a front matter key names as a field does
// ("mission", "vision_statement").
func fieldKind(key string) (Kind, bool) {
	for _, kind := range Kinds {
		for _, name := range fieldNames(kind) {
			if strings.EqualFold(key, name) {
				return kind, true
			}
		}
	}
	return "", false
}

// titleFields are the front matter fields that name a page, the first
// present counting: its title, or the label a site's navigation shows
// for it where it has none ("sidebar_label: Vision", as Docusaurus
// writes it; Hugo's "linkTitle").
var titleFields = []string{"title", "sidebar_label", "linkTitle", "nav_title"}

// designation reports whether a field's value is one word with a digit
// in it ("Skylark-4", "STS-135", "2030"): a name or a number, never a
// statement.
func designation(value string) bool {
	return len(strings.Fields(value)) == 1 && strings.ContainsAny(value, "0123456789")
}

// minFieldWords is the fewest words a front matter field named as a
// heading must hold to state a kind: a sentence, not a tag or a slug.
const minFieldWords = 6

// frontMatterTitle handles a page whose front matter title names one kind
// ("title: Vision", "title: Mission of the Harbour Tools Cooperative"):
// when no statement of the kind was found otherwise, the page's opening
// text states it, unless the page uses the word in another sense
// ("title: Children's vision" over a page about eye tests).
func (d *detector) frontMatterTitle() {
	var title, field string
	var info headingInfo
	for _, key := range titleFields {
		if t, ok := d.doc.Fields[key]; ok {
			title, field, info = t, key, d.classifyHeading(t, true)
			break
		}
	}
	if info.class != headingNames {
		return
	}
	for _, k := range info.kinds {
		d.declare(k, "front matter", nil)
	}
	if len(info.kinds) != 1 || d.claims.has(info.kinds[0]) {
		return
	}
	p, ok := d.openingBlock(info.kinds[0])
	if ok && (d.otherSense(info.kinds[0], p) || info.kinds[0] == Vision && d.eyesightSection(-1, len(d.top), p) || d.titleNamedInText(info.kinds[0], title) ||
		d.namedThing(info.kinds[0], p) || d.codeNamesKind(info.kinds[0]) && !d.explicitly(info.kinds[0], p)) {
		// "title: Vision — Darjeeling & Rose" over "We named Vision after
		// …", "title: Shelfsight Vision" over "Shelfsight Vision is the
		// computer vision module …", "title: Layout vision" on a page
		// whose model is `layout-vision-news-v3`: the page uses the word
		// in another sense, and neither its body nor its summary states
		// the kind
		return
	}
	if key, states := d.summaryStates(); states && !(ok && d.restates(p, d.doc.Fields[key])) {
		// "title: Our mission" over "description: Hearthledger gives the
		// volunteer officers of small housing co-operatives …" and a
		// history: the page's summary states what its title names; where
		// the body opens with the same words, the body's is the statement
		d.propose(Claim{Kind: info.kinds[0], Form: FormFrontMatter, Label: key, Field: key, End: len(d.doc.Fields[key])}, nil, 0)
		return
	}
	if ok {
		d.propose(Claim{Kind: info.kinds[0], Form: FormFrontMatter, Label: field + ": " + title, Blocks: p.blocks, Start: p.start, End: p.end}, nil, 0)
	}
}

// summaryStates returns the prose field that reads as a statement of a
// sentence's length and names no kind itself (a summary that names one,
// "Our long-term vision and how we get there", is about the page).
func (d *detector) summaryStates() (string, bool) {
	for _, key := range proseFields {
		value, ok := d.doc.Fields[key]
		if !ok || len(strings.Fields(value)) < minFieldWords || cueIn(d.vocab.cues, value) || !d.readsAsStatement(value) {
			continue
		}
		if _, norms := d.tokens(value); len(norms) == 0 || isWhWord(norms[0]) {
			continue // "Where the design system is heading, and why": what the page is about
		}
		return key, true
	}
	return "", false
}

// restates reports whether the picked text holds most of the words of a
// summary (a page's description that repeats its first paragraph).
func (d *detector) restates(p pick, summary string) bool {
	_, norms := d.tokens(summary)
	if len(norms) == 0 || len(p.blocks) == 0 {
		return false
	}
	_, have := d.tokens(d.blocksText(p.blocks))
	in := make(map[string]bool, len(have))
	for _, w := range have {
		in[w] = true
	}
	found := 0
	for _, w := range norms {
		if in[w] {
			found++
		}
	}
	return found*100 >= len(norms)*restatedShare
}

// restatedShare is the share, in per cent, of a summary's words that a
// paragraph holds to restate it.
const restatedShare = 80

// proseFields are the front matter fields that hold a page's summary in
// sentences, where a site may state its statement ("description:
// Gridwise's mission is to help …").
var proseFields = []string{"description", "summary"}

// frontMatterSentences proposes, in the prose fields, a sentence that says
// plainly what it states ("Gridwise's mission is to …"), that the
// organisation exists to do something ("Skerrybrae Fishers' Co-operative
// exists to keep …", a mission), or that it works for a picture of the
// future ("We're building a world where …", a vision), for a kind no field
// is named after.
func (d *detector) frontMatterSentences() {
	for _, key := range proseFields {
		value, ok := d.doc.Fields[key]
		if !ok {
			continue
		}
		cued := cueIn(d.vocab.cues, value)
		if !cued && !d.mayPictureFuture(value) {
			continue
		}
		for _, sentence := range tokenize.Sentences(value, tokenize.Words(value), d.lex) {
			start, end := sentence[0].Start, tokenize.SentenceEnd(value, sentence[len(sentence)-1].End)
			sw, sn := d.tokens(value[start:end])
			c, ok := cue{}, false
			if cued {
				c, ok = d.statementCue(value[start:end], sw, sn)
			}
			if !ok && d.workedForPicture(value[start:end], sw, sn) {
				c, ok = cue{kind: Vision, explicit: true}, true
			}
			if !ok || !c.explicit && c.kind != Mission || d.claims.has(c.kind) || !d.readsAsStatement(value[start:end]) {
				continue
			}
			d.propose(Claim{Kind: c.kind, Form: FormFrontMatter, Label: key, Field: key, Start: start, End: end}, nil, 0)
		}
	}
}

// mayPictureFuture reports whether text holds one of the nouns of a future
// worked for ("world", "future"), which workedForPicture needs.
func (d *detector) mayPictureFuture(text string) bool {
	for _, e := range d.vocab.futureHeadWords {
		if containsFold(text, e) {
			return true
		}
	}
	return false
}

// workedForPicture reports whether a sentence opens with the organisation
// working for a picture of the future: "we" (or "we're"), perhaps "are" or
// "will", a verb of working for, "a" or "the", at most a few words that
// describe it, then a future's noun and the clause that pictures it ("We're
// building a world where anyone can …", "We are working towards a future
// in which …"). It is the state the organisation works for, as a vision
// is; not "We are building a dashboard where staff can …", a product.
func (d *detector) workedForPicture(text string, words []tokenize.Range, norms []string) bool {
	if len(norms) < 5 {
		return false
	}
	i := d.workForEnd(norms, 0)
	if i == 0 || i >= len(norms) || norms[i] != "a" && norms[i] != "an" && norms[i] != "the" {
		return false
	}
	for k := i + 1; k < len(norms) && k <= i+pictureModifiers; k++ {
		if d.vocab.futureHeads.Has(norms[k]) {
			return pictureOpens(norms, k)
		}
		if strings.ContainsAny(gapAfterWord(text, words, k), ".;:!?()") {
			return false
		}
	}
	return false
}
