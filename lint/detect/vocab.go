package detect

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vmlint/vmlint/lint/lexicon"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// vocabulary is what detection derives from one collection of lexicons:
// the word lists it matches, and the cue words. The lists that name kinds
// hold words of several languages, so they are folded (accents removed),
// as are the words matched against them: "Misión", "missão" and "MISSION"
// all read "mision", "missao", "mission".
type vocabulary struct {
	visions, missions, weak, prefixes, companions, owners, tails                                                   *lexicon.Set // folded
	cueVision, cueMission, fileVision, fileMission, changelogName, changelogPageName                               *lexicon.Set // folded
	notVision, explains, summary, otherTopic                                                                       *lexicon.Set
	featureSection, visionFeature, missionOperation, missionGame, visionEyesight                                   *lexicon.Set
	ordersSection                                                                                                  *lexicon.Set // "Situation", "Execution": a military order's paragraphs
	nameColumn                                                                                                     *lexicon.Set // "Category", "Piece": a table column of names
	organisation                                                                                                   *lexicon.Set // "Organisation", "Company": a table row that names whose the table is
	metaOpening, metaLabel, noticeBlock, placeholderNote, noteOpening, statusNote, salutation, templateInstruction *lexicon.Set
	definitionHead                                                                                                 *lexicon.Set
	metaVerb                                                                                                       *lexicon.Set // verbs of describing a text ("describes", "sets out")
	adopting                                                                                                       *lexicon.Set // "agreed", "adopted": a body takes a statement as its own
	byline                                                                                                         *lexicon.Set // "last modified by": a page's byline
	notOwner                                                                                                       *lexicon.Set // "role", "player": whose mission is no organisation's
	mention                                                                                                        *lexicon.Set // "in line with", "as part of": a statement referred to in passing
	objectInfinitive                                                                                               *lexicon.Set // "want", "need": verbs whose object does the infinitive after it
	news                                                                                                           *lexicon.Set // "what's next": a heading of news, though it opens as an explanation does
	futureHeads, futureVerbs                                                                                       *lexicon.Set // "The future we're building": a vision named as the state worked for
	futureHeadWords                                                                                                []string     // futureHeads' entries, read for every heading
	textUnit, lengthCount                                                                                          *lexicon.Set // "sentences", "one or two": a template's guide to an answer's length
	cues                                                                                                           *CueSet
}

var vocabularies sync.Map // *lexicon.Lexicons → *vocabulary

// vocabularyFor returns the vocabulary of lex, built once per collection.
func vocabularyFor(lex *lexicon.Lexicons) *vocabulary {
	if v, ok := vocabularies.Load(lex); ok {
		return v.(*vocabulary)
	}
	folded := func(name string) *lexicon.Set {
		set := lex.Get(name)
		entries := set.Entries()
		changed := set.Inflects()
		for i, e := range entries {
			if f := foldPhrase(e); f != e {
				entries[i], changed = f, true
			}
		}
		if !changed {
			return set // folding leaves it as it is
		}
		return lexicon.NewSet(name, entries)
	}
	v := &vocabulary{
		visions: folded("heading-vision"), missions: folded("heading-mission"), weak: folded("kind-weak"),
		prefixes: folded("heading-prefix"), companions: folded("heading-companion"), owners: folded("owner"),
		tails:     folded("heading-tail"),
		cueVision: folded("statement-cue-vision"), cueMission: folded("statement-cue-mission"),
		fileVision: folded("file-vision"), fileMission: folded("file-mission"), changelogName: folded("changelog-name"), changelogPageName: folded("changelog-name-page"),
		notVision: lex.Get("heading-not-vision"), explains: lex.Get("heading-explains"), news: lex.Get("heading-news"),
		futureHeads: folded("heading-future-head"), futureVerbs: folded("heading-future-verb"),
		summary: lex.Get("heading-summary"), otherTopic: lex.Get("other-topic"),
		featureSection: lex.Get("feature-section"), visionFeature: lex.Get("vision-feature"),
		missionOperation: lex.Get("mission-operation"), missionGame: lex.Get("mission-game"), visionEyesight: lex.Get("vision-eyesight"),
		ordersSection: lex.Get("orders-section"), nameColumn: lex.Get("name-column"), organisation: lex.Get("organisation-noun"),
		metaOpening: lex.Get("meta-opening"), metaLabel: lex.Get("meta-label"), noticeBlock: lex.Get("notice-block"), definitionHead: lex.Get("definition-head"), metaVerb: lex.Get("meta-verb"), adopting: lex.Get("adopting-verb"), byline: lex.Get("byline"), notOwner: lex.Get("owner-not"), mention: lex.Get("kind-mention"), objectInfinitive: lex.Get("object-infinitive-verb"),
		textUnit: lex.Get("text-unit"), lengthCount: lex.Get("length-count"),
		placeholderNote: lex.Get("placeholder-note"), statusNote: lex.Get("status-note"), salutation: lex.Get("salutation"), noteOpening: lex.Get("note-opening"), templateInstruction: lex.Get("template-instruction"),
	}
	v.futureHeadWords = v.futureHeads.Entries()
	v.cues = newCueSet(v, lex)
	actual, _ := vocabularies.LoadOrStore(lex, v)
	return actual.(*vocabulary)
}

// fold returns a normalised word without its accents ("misión" → "mision",
// "d'être" → "d'etre"). Plain ASCII words come back as they are, and words
// without an accent allocate nothing.
func fold(w string) string {
	i := 0
	for i < len(w) && w[i] < utf8.RuneSelf {
		i++
	}
	if i == len(w) {
		return w
	}
	changed := false
	for _, r := range w[i:] {
		if r >= utf8.RuneSelf {
			if f := foldRune(r); f == skipRune || f != 0 && f != otherLetter {
				changed = true
				break
			}
		}
	}
	if !changed {
		return w
	}
	b := make([]byte, 0, len(w))
	b = append(b, w[:i]...)
	for _, r := range w[i:] {
		switch f := foldRune(r); {
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case f == skipRune:
		case f != 0 && f != otherLetter:
			b = append(b, f)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// foldPhrase folds each word of a lexicon entry.
func foldPhrase(e string) string {
	if plainPhrase(e) {
		return e // most entries: folding gives them back as they are
	}
	words := strings.Fields(e)
	for i, w := range words {
		words[i] = fold(tokenize.Normalize(w))
	}
	return strings.Join(words, " ")
}

// plainPhrase reports whether e is lower-case ASCII words joined by single
// spaces, which foldPhrase leaves as they are: Normalize and fold change
// only upper case and characters past ASCII, and splitting at spaces and
// joining with one gives back only single spaces between words.
func plainPhrase(e string) bool {
	if e == "" || e[0] == ' ' || e[len(e)-1] == ' ' {
		return false
	}
	for i := 0; i < len(e); i++ {
		switch c := e[i]; {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z', c < ' ', c == 0x7f:
			return false
		case c == ' ' && e[i-1] == ' ':
			return false
		}
	}
	return true
}

// tokens returns the words of text with their normalised, folded forms.
// The passes over a document ask for the same texts many times (a
// heading, a block, a page's title), so each text is split once per
// document. The slices are shared: callers read them and never write to
// them (their capacity is clipped, so an append copies).
func (d *detector) tokens(text string) ([]tokenize.Range, []string) {
	if t, ok := d.tokenized[text]; ok {
		return t.words, t.norms
	}
	words := tokenize.Words(text)
	words = words[:len(words):len(words)]
	norms := make([]string, len(words))
	for i, w := range words {
		norms[i] = fold(tokenize.Normalize(text[w.Start:w.End]))
	}
	if d.tokenized == nil {
		d.tokenized = make(map[string]tokenized)
	}
	d.tokenized[text] = tokenized{words, norms}
	return words, norms
}

// tokenized is a text's words and their folded forms (see tokens).
type tokenized struct {
	words []tokenize.Range
	norms []string
}
