package language

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/vmlint/vmlint/lint/language/wordnet"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// tag gives each token of one sentence its part of speech, lemma and
// form: first what the word could be out of context (the closed classes,
// else WordNet's parts of speech weighted by how often each is used, else
// its ending), then, left to right, what its neighbours make it.
func tag(toks []Token) {
	title := titleCase(toks)
	for i := range toks {
		lexical(&toks[i])
	}
	finishSuspended(toks)
	for i := range toks {
		decide(toks, i, title)
	}
	nameWithGrammarWords(toks, title)
	giveClausesVerbs(toks)
	giveMannerClausesVerbs(toks)
	giveVerbListsVerbs(toks)
	givePlainVerbListsVerbs(toks)
	giveContactRelativesVerbs(toks)
	giveNamesNounVerbs(toks)
	giveSubjectsVerbs(toks)
	giveOwnSubjectsVerbs(toks)
	giveFrontedSubjectsVerbs(toks)
	giveNamesVerbPairs(toks, title)
	nameTitledSubject(toks, title)
}

// phraseOpens reports whether a noun phrase may open at token t: a
// determiner, a possessive, an object pronoun, or a word that can be a
// noun or an adjective.
func phraseOpens(t *Token) bool {
	return objectOpens(t) || t.closed&grammarClasses == 0 && t.cands != nil && (t.cands.noun > 0 || t.cands.adj > 0)
}

// giveNamesVerbPairs repairs a sentence read with no verb at all that
// opens with a capitalised word and an "-s" word, and later joins another
// "-s" word with an object after "and" ("Palaver pairs language learners
// with native speakers and schedules weekly calls"): two verbs of one
// subject, each with its object, the name before them. A list of things
// has no "-s" word taking an object after its "and" ("Bike repairs and
// rides for every family").
func giveNamesVerbPairs(toks []Token, title bool) {
	first := 1 // the first "-s" word, after the capitalised words of the name ("Radio St Brendan's broadcasts …")
	for first < len(toks) && toks[first].Is(Capitalised) && toks[first].closed&grammarClasses == 0 && toks[first-1].gap&^gapPossessive == 0 {
		first++
	}
	if title || len(toks) < first+4 || !toks[0].Is(Capitalised) || toks[0].closed&grammarClasses != 0 || toks[first-1].gap&^gapPossessive != 0 || !thirdPersonVerb(&toks[first]) || toks[first].gap != 0 {
		return
	}
	second := -1
	for j := first + 1; j+1 < len(toks); j++ {
		if toks[j].Tag == Subordinator && toks[j-1].gap&gapComma != 0 {
			break // "…, so a hospital stay feels …": a clause of its own, with its own verb
		}
		if toks[j].Tag == Verb || toks[j].Tag == Modal || toks[j].gap&gapClause != 0 {
			return
		}
		if second < 0 && j >= first+3 && toks[j-1].Norm == "and" && toks[j-1].gap == 0 && toks[j-2].gap == 0 && thirdPersonVerb(&toks[j]) && toks[j].gap == 0 && phraseOpens(&toks[j+1]) {
			second = j
		}
	}
	if second < 0 || !phraseOpens(&toks[first+1]) && toks[first+1].closed&clPreposition == 0 {
		return
	}
	for k := range first {
		if toks[k].Tag != ProperNoun {
			set(&toks[k], ProperNoun)
		}
	}
	set(&toks[first], Verb)
	set(&toks[second], Verb)
}

// nameWithGrammarWords repairs a sentence that opens with a name made of
// everyday words, one of them a grammar word written with a capital
// ("Keep It Up trains …", "Bring It On runs …", "Over The Wall
// takes …"): inside a sentence that is not in title case, no pronoun,
// preposition or article is capitalised but in a name, so the capitalised
// words are the name, and an "-s" word right after them, with an object
// of its own, is its verb.
func nameWithGrammarWords(toks []Token, title bool) {
	if title {
		return
	}
	m, grammar := 0, false
	for m < len(toks) && toks[m].Is(Capitalised) && (m == 0 || toks[m-1].gap == 0) {
		if m > 0 && toks[m].closed&grammarClasses != 0 && toks[m].Norm != "i" {
			grammar = true
		}
		m++
	}
	if !grammar || m+1 >= len(toks) || toks[m-1].gap != 0 {
		return
	}
	v := &toks[m]
	if v.cands == nil || v.closed&grammarClasses != 0 || v.cands.verb == 0 || v.cands.verbForm != ThirdPerson || v.gap != 0 || !phraseOpens(&toks[m+1]) {
		return
	}
	for k := 0; k < m; k++ {
		t := &toks[k]
		t.Tag, t.Lemma = ProperNoun, t.Norm
		t.closed &^= grammarClasses
	}
	set(v, Verb)
}

// giveNamesNounVerbs repairs a sentence that opens with a name, then an
// "-s" word WordNet knows only as a plural noun, then its object, with no
// verb before the first clause ends ("Lantern Watch texts members when
// …"): a clause needs a verb, and English makes one of a noun ("texts",
// "emails"), so the word is the name's verb, the noun's own word as its
// lemma.
func giveNamesNounVerbs(toks []Token) {
	i := 0
	for i < len(toks) && toks[i].Tag == ProperNoun && toks[i].gap == 0 {
		i++
	}
	if i == 0 || i+1 >= len(toks) {
		return
	}
	t, c := &toks[i], toks[i].cands
	if t.Tag == Noun && c != nil && c.verb == 0 && c.plural && t.Norm == c.nounLemma+"s" && !t.Is(Capitalised) && t.gap == 0 &&
		objectOpensAfter(toks, i) && !verbInClauseAfter(toks, i) {
		t.Tag, t.Lemma, t.Form = Verb, c.nounLemma, t.Form&^Plural|ThirdPerson
	}
}

// giveSubjectsVerbs repairs a sentence with no verb of its own that opens
// with a noun phrase ending in a plural noun for people and a word that
// may be their verb, before a preposition ("Arran's foot passengers
// [board] in under a minute …"): the tagger read the verb as the phrase's
// last noun.
func giveSubjectsVerbs(toks []Token) {
	end := 0
	for end < len(toks) && toks[end].gap == 0 && (toks[end].Tag == Noun || toks[end].Tag == ProperNoun || toks[end].Tag == Adjective || toks[end].Tag == Determiner) {
		end++
	}
	last := end - 1
	if last < 1 || end >= len(toks) || toks[end].Tag != Preposition {
		return
	}
	t, c := &toks[last], toks[last].cands
	if t.Tag != Noun || c == nil || c.verb == 0 || c.verbForm != 0 || t.Is(Capitalised) ||
		toks[last-1].Tag != Noun || !toks[last-1].Is(Plural) || !isSomeoneNoun(&toks[last-1]) || !agrees(&toks[last-1], t) {
		return
	}
	for k := range toks {
		if toks[k].Tag == Modal || toks[k].Tag == Verb && toks[k].Form&(Ing|Past) == 0 {
			return // the sentence has a verb
		}
	}
	set(t, Verb)
}

// giveOwnSubjectsVerbs repairs a sentence that opens with "our" and a
// run of nouns and adjectives, and has no verb of its own before a
// subordinator or a clause's punctuation ("Our sub-post office
// cooperative [shares] staff, training and a van … so that …"): the
// organisation's name needs a verb, and the first "-s" word of the run
// that can be one, after a singular word that can end the name and
// before its object, is it.
func giveOwnSubjectsVerbs(toks []Token) {
	if len(toks) < 4 || toks[0].Norm != "our" {
		return // most sentences: the walk below is for "our …" only
	}
	k := 1
	for k < len(toks) && toks[k].gap == 0 && (toks[k].Tag == Noun || toks[k].Tag == Adjective) {
		k++
	}
	for j := 1; j < len(toks); j++ {
		if toks[j].Tag == Subordinator || toks[j-1].gap&gapClause != 0 {
			break
		}
		if toks[j].Tag == Modal || toks[j].Tag == Verb && toks[j].Form&(Ing|Past) == 0 {
			return // the clause has a verb
		}
	}
	for v := 2; v < k && v+1 < len(toks); v++ {
		t, c, prev := &toks[v], toks[v].cands, &toks[v-1]
		if t.Tag != Noun || c == nil || c.verb == 0 || c.verbForm != ThirdPerson || prev.Is(Plural) || prev.cands == nil || prev.cands.noun == 0 {
			continue
		}
		if n := &toks[v+1]; n.closed&(clDeterminer|clPossessive|clNumber) != 0 || n.Tag == Noun || n.Tag == Adjective {
			if prev.Tag == Adjective {
				set(prev, Noun) // "cooperative", the name's last word
			}
			set(t, Verb)
			return
		}
	}
}

// giveFrontedSubjectsVerbs repairs a sentence with no verb of its own that
// opens with a prepositional phrase, then a plural noun for people and a
// word that may be their plain verb ("Across Wales volunteers [run] repair
// cafés", "In the valleys farmers [run] …"): the opening phrase holds no
// subject, so the people after it are the subject, and the word the tagger
// read as the first of a compound with its object is their verb.
func giveFrontedSubjectsVerbs(toks []Token) {
	if len(toks) < 4 || toks[0].Tag != Preposition {
		return // most sentences: no phrase opens them, and the walk below would ask frontedPhraseBefore for nothing
	}
	people := 2
	for people < len(toks) && !(toks[people].Tag == Noun && toks[people].Is(Plural) && isSomeoneNoun(&toks[people]) && frontedPhraseBefore(toks, people)) {
		if toks[people].gap != 0 || toks[people].Tag != Noun && toks[people].Tag != ProperNoun && toks[people].Tag != Adjective && toks[people].Tag != Determiner {
			return
		}
		people++
	}
	v := people + 1
	if v+1 >= len(toks) || toks[people].gap != 0 || toks[v].Tag != Noun || toks[v].Is(Capitalised) || toks[v].gap != 0 || verbInClauseAfter(toks, people) {
		return
	}
	if c := toks[v].cands; c == nil || c.verb == 0 || c.verbForm&(Ing|ThirdPerson) != 0 || !(toks[v+1].Tag == Noun || toks[v+1].Tag == Adjective || objectOpensAfter(toks, v)) {
		return
	}
	set(&toks[v], Verb)
}

// frontedPhraseBefore reports whether the words before token i are one
// prepositional phrase that opens the sentence: a preposition, then the
// words of its noun phrase, ending in a noun or a name, with no comma
// ("Across Wales", "In the valleys").
func frontedPhraseBefore(toks []Token, i int) bool {
	if i < 2 || toks[0].Tag != Preposition || toks[i-1].Tag != Noun && toks[i-1].Tag != ProperNoun {
		return false
	}
	for k := 0; k < i; k++ {
		if toks[k].gap != 0 || k > 0 && toks[k].Tag != Noun && toks[k].Tag != ProperNoun && toks[k].Tag != Adjective && toks[k].Tag != Determiner && toks[k].Tag != Number {
			return false
		}
	}
	return true
}

// objectOpensAfter reports whether an object opens after token i: people,
// or a phrase with a determiner, a possessive or a number.
func objectOpensAfter(toks []Token, i int) bool {
	return i+1 < len(toks) && (toks[i+1].closed&(clDeterminer|clPossessive|clDistributive|clNumber) != 0 || peopleNext(toks, i))
}

// verbInClauseAfter reports whether a verb or a modal follows token i
// before its clause ends, at a subordinator, a comma or a clause's end.
func verbInClauseAfter(toks []Token, i int) bool {
	for k := i + 1; k < len(toks) && toks[k].Tag != Subordinator; k++ {
		if toks[k].Tag == Verb || toks[k].Tag == Modal {
			return true
		}
		if toks[k].gap&(gapComma|gapClause) != 0 {
			break
		}
	}
	return false
}

// nameTitledSubject makes one name of the capitalised words that open a
// sentence before its "-s" verb when they cannot be its subject as they
// are tagged: a plural head ("Keys on the Kerb rescues …", "Good
// Neighbours helps …"), or a verb or an adverb ("Risen Together serves
// …"). A subject in title case whose words do not agree with their verb is
// a name.
func nameTitledSubject(toks []Token, title bool) {
	if title || len(toks) < 3 {
		return
	}
	i := 1
	for i < len(toks) && toks[i].Tag != Verb && toks[i-1].gap == 0 {
		i++
	}
	if i == len(toks) || toks[i].Tag != Verb || toks[i].Form&ThirdPerson == 0 || !nameOpensSentence(toks, i) {
		return
	}
	head := i - 1 // the noun before the first preposition
	for k := 1; k < i; k++ {
		if toks[k].Tag == Preposition {
			head = k - 1
			break
		}
	}
	misread := toks[head].Tag == Noun && toks[head].Is(Plural)
	for k := 0; k < i; k++ {
		misread = misread || toks[k].Tag == Verb || toks[k].Tag == Adverb
	}
	if !misread {
		return
	}
	if v := &toks[i]; v.gap&gapComma != 0 && v.cands != nil && v.cands.plural && v.cands.noun > 0 {
		set(v, Noun) // "Villages along Peru's Inca trails, earning …": a plural before a comma ends the phrase; no verb of a name stops short of its object
		return
	}
	for k := 0; k < i; k++ {
		if toks[k].Is(Capitalised) && (k > 0 || toks[k].closed&grammarClasses == 0) { // not "Every", "Our"
			set(&toks[k], ProperNoun)
		}
	}
}

// giveVerbListsVerbs repairs a list of "-s" verbs that share one object
// after a subject and no verb ("Our co-operative mills, grades and sells
// its members' coffee"): the last, after "and", takes a determiner as its
// object, so it is a verb, and the words before it in the list, each an
// "-s" form that can be a verb, are verbs too; the word before the list is
// the subject's noun.
func giveVerbListsVerbs(toks []Token) {
	for i := 2; i+2 < len(toks); i++ {
		if toks[i].Norm != "and" || toks[i+1].gap != 0 || toks[i+2].closed&(clDeterminer|clPossessive|clDistributive) == 0 || toks[i+2].Norm == "that" || !thirdPersonVerb(&toks[i+1]) {
			continue
		}
		first := i - 1 // the list's first item
		for first-1 >= 0 && toks[first-1].gap&gapComma != 0 && thirdPersonVerb(&toks[first-1]) {
			first--
		}
		if first == i-1 || !thirdPersonVerb(&toks[first]) || first == 0 || toks[first-1].gap != 0 {
			continue // a list of two or more before "and", after the subject with no comma
		}
		subject := &toks[first-1]
		if subject.Tag != Noun && subject.Tag != Adjective && subject.Tag != ProperNoun || subject.Tag == Adjective && subject.cands.noun == 0 {
			continue
		}
		verbBefore := false
		for k := 0; k < first; k++ {
			verbBefore = verbBefore || toks[k].Tag == Verb || toks[k].Tag == Modal
		}
		if verbBefore {
			continue
		}
		for k := first; k <= i+1; k++ {
			if k != i {
				set(&toks[k], Verb)
			}
		}
		if subject.Tag == Adjective {
			set(subject, Noun)
		}
	}
}

// givePlainVerbListsVerbs repairs a list of plain verbs after a plural
// subject whose first item was read as the subject's compound ("Pupils
// row, navigate and cook as a crew"): the later items, after commas and
// before "and", are verbs, so the first, a word that can be a plain verb,
// before its comma, is one too, and the plural before it is the subject.
func givePlainVerbListsVerbs(toks []Token) {
	for i := 3; i+1 < len(toks); i++ {
		if toks[i].Norm != "and" && toks[i].Norm != "or" || !plainVerb(&toks[i+1]) || !plainVerb(&toks[i-1]) || toks[i-1].gap != 0 {
			continue
		}
		first := i - 1 // the item the list opens with
		for first-1 > 0 && toks[first-1].gap == gapComma && plainVerb(&toks[first-1]) {
			first--
		}
		head := &toks[first-1]
		if first-2 < 0 || head.Tag != Noun || head.gap != gapComma || head.cands == nil || head.cands.verb == 0 || head.cands.verbForm != 0 {
			continue
		}
		subject := &toks[first-2]
		if subject.Tag != Noun || !subject.Is(Plural) || subject.gap != 0 || verbBefore(toks, first-2) {
			continue
		}
		set(head, Verb)
	}
}

// plainVerb reports whether a token was read as a plain verb: no "-s",
// "-ed" or "-ing" ("navigate", "cook").
func plainVerb(t *Token) bool {
	return t.Tag == Verb && t.Form&(Ing|Past|ThirdPerson) == 0
}

// relativeAfter reports whether a relative clause opens right after token
// i: "where", "whose", "in which", "for whom".
func relativeAfter(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].gap != 0 {
		return false
	}
	switch n := toks[i+1].Norm; {
	case n == "where" || n == "whose":
		return true
	case toks[i+1].closed&clPreposition != 0 && i+2 < len(toks):
		return toks[i+2].Norm == "which" || toks[i+2].Norm == "whom"
	}
	return false
}

// thirdPersonVerb reports whether a token is an "-s" form that can be a
// verb ("mills", "grades", "sells").
func thirdPersonVerb(t *Token) bool {
	return t.closed&grammarClasses == 0 && t.cands != nil && t.cands.verb > 0 && t.cands.verbForm == ThirdPerson
}

// giveMannerClausesVerbs repairs the clause that follows a noun of manner
// without "that" ("the way [people work]", "the way [rope is made]"): the
// first word after its subject's noun that can be a verb agreeing with it
// is its verb, unless a verb already follows the noun.
func giveMannerClausesVerbs(toks []Token) {
	for i := 1; i+2 < len(toks); i++ {
		if !mannerClauseAfter(toks, i) && !indefiniteClauseAfter(toks, i) {
			continue
		}
		for k := i + 2; k < len(toks) && toks[k-1].gap&^gapPossessive == 0; k++ {
			v, subj := &toks[k], &toks[k-1]
			if v.Norm == "and" && k+1 < len(toks) && (toks[k+1].Tag == Noun || toks[k+1].Tag == Determiner) && subj.Tag == Noun {
				continue // "the day deckhands [and] skippers go …": two subjects
			}
			if v.Tag == Verb || v.Tag == Modal || v.Tag == Preposition || v.Tag == Subordinator || v.Tag == Conjunction {
				break // a verb already, or the clause has none
			}
			if v.Tag == Noun && v.cands.verb > 0 && v.cands.verbForm&(Ing|Past) == 0 && (subj.Tag == Noun || subj.Tag == Pronoun) && agrees(subj, v) {
				set(v, Verb) // "the way people work"
				break
			}
		}
	}
}

// mannerClauseAfter reports whether a noun of manner at i, after a
// determiner, is followed by a clause's subject: a determiner, a noun or a
// pronoun ("the way [people …]", "the way [the world …]").
func mannerClauseAfter(toks []Token, i int) bool {
	if i == 0 || i+2 >= len(toks) || toks[i].Tag != Noun || toks[i-1].Tag != Determiner || toks[i].gap != 0 {
		return false
	}
	if toks[i].closed&clMannerNoun == 0 && !timeAwaited(toks, i) {
		return false
	}
	n := &toks[i+1]
	return n.Tag == Determiner && n.Norm != "of" || n.Tag == Noun || n.Tag == Pronoun && is(n.Norm, clSubjectPronoun) || n.Tag == ProperNoun && n.Is(Possessive)
}

// indefiniteClauseAfter reports whether an indefinite pronoun at i
// ("something", "everything") is followed by a clause's subject without
// "that": a plural noun or a subject pronoun ("something [pupils touch
// and remember]", "everything [they need]").
func indefiniteClauseAfter(toks []Token, i int) bool {
	if toks[i].Tag != Pronoun || !indefinite(toks[i].Norm) || toks[i].gap != 0 || i+2 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	return n.Tag == Noun && n.Is(Plural) || n.Tag == Pronoun && isSubjectPronoun(n.Norm)
}

// timeAwaited reports whether token i is a time that "the" and a
// preposition of aim or extent put ahead ("working for [the day] …", "until
// [the day] …"), which a clause follows without "when" as a noun of manner
// does ("the day [Shetland's deckhands go to sea] …").
func timeAwaited(toks []Token, i int) bool {
	if i < 2 || toks[i-1].Norm != "the" || toks[i-2].Tag != Preposition || toks[i].Is(Plural) {
		return false
	}
	switch toks[i-2].Norm {
	case "for", "until", "till", "towards", "toward", "to":
		return toks[i].entry.First(wordnet.Noun) == wordnet.NounTime
	}
	return false
}

// indefinite reports whether a pronoun is a compound of "some", "any",
// "every" or "no" ("nothing", "everyone", "somebody"), which an adjective
// follows.
func indefinite(w string) bool {
	for _, head := range []string{"thing", "one", "body"} {
		if rest, ok := strings.CutSuffix(w, head); ok {
			switch rest {
			case "some", "any", "every", "no":
				return true
			}
		}
	}
	return false
}

// phraseEndsAfter reports whether a noun phrase must end at token i: a
// preposition, a relative word or punctuation follows, or nothing does. An
// adjective does not stand after the noun it describes, so a word there
// that can be a noun is the phrase's head ("a ferry cooperative on …").
func phraseEndsAfter(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].gap != 0 {
		return true
	}
	return toks[i+1].closed&(clPreposition|clRelative) != 0 && toks[i+1].cands.noun == 0
}

// personAfterDeterminedNoun reports whether token i, a word first of all
// for a person, follows the nouns of a phrase a determiner opens, with no
// noun after it ("every woodland [owner] in …"): the phrase's head, not an
// adjective after its noun ("owner" is also WordNet's "-er" of "own").
func personAfterDeterminedNoun(toks []Token, i int) bool {
	if toks[i].cands.nounEntry.First(wordnet.Noun) != wordnet.NounPerson || nounNext(toks, i) {
		return false
	}
	k := i - 1
	for k >= 0 && toks[k].Tag == Noun && toks[k].gap == 0 {
		k--
	}
	return k >= 0 && k < i-1 && toks[k].Tag == Determiner && toks[k].gap == 0
}

// peopleNext reports whether the word after token i is a plural noun
// first of all for people or a group of them ("families", "parents").
func peopleNext(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1].cands
	first := n.nounEntry.First(wordnet.Noun)
	return n.plural && n.noun > 0 && (first == wordnet.NounPerson || first == wordnet.NounSocialGroup)
}

// predicateSlot reports whether token i may be an adjective that a verb
// before its noun phrase predicates of it ("make travel stress-free",
// "keep the roads safe").
func predicateSlot(toks []Token, i int) bool {
	k, det := i-1, false
	for k >= 0 && (toks[k].Tag == Noun || toks[k].Tag == ProperNoun || toks[k].Tag == Adjective || toks[k].Tag == Determiner || toks[k].Tag == Number) {
		det = det || toks[k].Tag == Determiner
		k--
	}
	if k < 0 || toks[k].Tag != Verb {
		return false
	}
	// "make the crossing easy"; but "we're a ferry cooperative" names what
	// it is.
	return toks[k].closed&clCausative != 0 || toks[k].closed&(clLinking|clBe) != 0 && !det
}

// reducedRelative reports whether the "-s" verb at i closes a relative
// clause without its "that": a noun, then a singular noun phrase that a
// determiner opens, then the verb ("the way [the world works]", "the tool
// [every studio reaches] for", "the components [every Quill product team
// uses]").
func reducedRelative(toks []Token, i int) bool {
	k := i - 1
	if k < 1 || toks[k].Tag != Noun || toks[k].Is(Plural) || toks[k].gap != 0 {
		return false
	}
	for k > 0 && (toks[k].Tag == Noun || toks[k].Tag == Adjective || toks[k].Tag == ProperNoun) && toks[k-1].gap == 0 {
		k--
	}
	return toks[k].Tag == Determiner && k > 0 && toks[k-1].Tag == Noun && toks[k-1].gap == 0
}

// thirdPersonNext reports whether the token after i is most likely a
// verb's "-s" form ("gets", "runs"), which ends the noun phrase before it.
func thirdPersonNext(toks []Token, i int) bool {
	return thirdPersonMaybe(toks, i) && toks[i+1].cands.verb > 4*toks[i+1].cands.noun
}

// onceTimeNoun returns the index of the time noun in "once a month",
// "once every three years" ("once" at i), or 0.
func onceTimeNoun(toks []Token, i int) int {
	if toks[i].Norm != "once" || i+2 >= len(toks) || toks[i+1].Norm != "a" && toks[i+1].Norm != "every" && toks[i+1].Norm != "each" {
		return 0
	}
	k := i + 2
	if toks[k].closed&clNumber != 0 && k+1 < len(toks) {
		k++ // "every three years"
	}
	if toks[k].cands == nil || toks[k].cands.nounEntry.First(wordnet.Noun) != wordnet.NounTime {
		return 0
	}
	return k
}

// subjectPronounBefore reports whether a subject pronoun ("we", "they")
// stands before token i in its sentence (toks), whose verbs a list after
// a comma may go on.
func subjectPronounBefore(toks []Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if isSubjectPronoun(toks[k].Norm) {
			return true
		}
	}
	return false
}

// thirdPersonMaybe reports whether the token after i can be a verb's "-s"
// form, however much more often it is a noun ("needs").
func thirdPersonMaybe(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].gap != 0 {
		return false
	}
	n := toks[i+1].cands
	return n.verbForm == ThirdPerson && n.verb > 0
}

// subjectAfterOpener reports whether token i is the word after the
// determiner that opens the subject of a clause a subordinator opens:
// "when a resident needs …", where the clause needs its verb next.
func subjectAfterOpener(toks []Token, i int) bool {
	return i >= 2 && toks[i-1].Tag == Determiner && toks[i-2].Tag == Subordinator && toks[i-1].gap == 0 && toks[i-2].gap == 0 && subjectFollows(toks, i-2)
}

// afterResultOpener reports whether token i comes right after the opener
// of a clause of result or purpose ("so", "so that", "in order that";
// words.txt's result class).
func afterResultOpener(toks []Token, i int) bool {
	if i == 0 || toks[i-1].gap != 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-maxResultOpener; k-- {
		if n := phraseAt(toks, k, clResult); n > 0 && k+n == i {
			return true
		}
	}
	return false
}

// maxResultOpener is the most words of an opener of the result class.
const maxResultOpener = 3

// determinedBefore reports whether the words before token i, nouns,
// adjectives and names, follow a determiner that opens their phrase
// ("the leading sign language interpreting [co-operative]").
func determinedBefore(toks []Token, i int) bool {
	k := i - 1
	for k >= 0 && toks[k].gap == 0 && (toks[k].Tag == Noun || toks[k].Tag == Adjective || toks[k].Tag == ProperNoun && !toks[k].Is(Possessive)) {
		k--
	}
	return k >= 0 && toks[k].Tag == Determiner && toks[k].gap == 0
}

// phraseAfterColon reports whether the words before token i, nouns and
// adjectives with no break, open right after a colon: the first item of
// what the colon introduces.
func phraseAfterColon(toks []Token, i int) bool {
	for k := i - 1; k > 0 && k >= i-maxPhraseWords; k-- {
		if toks[k-1].gap&gapColon != 0 {
			return toks[k].Tag == Noun || toks[k].Tag == Adjective || toks[k].Tag == Determiner
		}
		if toks[k-1].gap != 0 || toks[k-1].Tag != Noun && toks[k-1].Tag != Adjective && toks[k-1].Tag != Determiner {
			return false
		}
	}
	return false
}

// joinedAfterColon reports whether the nouns and adjectives before token
// i follow "and" and a plural noun whose phrase opens right after a colon
// ("…: affordable lessons and test-day [lifts]"): the next item of a list
// of things.
func joinedAfterColon(toks []Token, i int) bool {
	a := i - 1
	for a > 0 && i-a <= maxPhraseWords && (toks[a].Tag == Noun || toks[a].Tag == Adjective) && toks[a-1].gap == 0 && toks[a-1].Tag != Conjunction {
		a--
	}
	if a < 2 || toks[a-1].Norm != "and" || toks[a-1].Tag != Conjunction || toks[a-2].Tag != Noun || !toks[a-2].Is(Plural) || toks[a-2].gap != 0 {
		return false
	}
	return phraseAfterColon(toks, a-1)
}

// adjectiveBeforeRelative reports whether the word at i, which WordNet
// knows only as an adjective, stands right before "that" or "which"
// ("broadband that they own"): a relative clause describes a noun, so
// the word is the noun its phrase ends on.
func adjectiveBeforeRelative(toks []Token, i int) bool {
	c := toks[i].cands
	return c.noun == 0 && c.verb == 0 && c.adj > 0 && toks[i].gap == 0 && i+1 < len(toks) && (toks[i+1].Norm == "that" || toks[i+1].Norm == "which")
}

// demonstrativeObject reports whether "that" at i is the object of the
// verb right before it, a pronoun for what was said before ("We fix that
// for volunteer secretaries", "we change that"): after a verb of doing,
// changing, making or handling, with a preposition or the clause's end
// after it. Verbs of knowing, saying, feeling and seeing take a clause
// after "that" ("we believe that with …", "ensure that by 2030 …").
func demonstrativeObject(toks []Token, i int) bool {
	if i == 0 || toks[i-1].Tag != Verb || toks[i-1].gap != 0 || toks[i-1].closed&(clBe|clHave|clModal) != 0 {
		return false
	}
	if toks[i].gap == 0 && i+1 < len(toks) && (toks[i+1].closed&clPreposition == 0 || toks[i+1].closed&clSubordinator != 0) {
		return false // "… that for …": a preposition, not a word that may open a clause ("as", "before")
	}
	switch toks[i-1].entry.First(wordnet.Verb) {
	case wordnet.VerbChange, wordnet.VerbSocial, wordnet.VerbContact, wordnet.VerbCreation, wordnet.VerbCompetition, wordnet.VerbConsumption:
		return true
	}
	return false
}

// subjectFollows reports whether the subordinator at i opens a clause whose
// subject comes next: "where", "when", "so that", and "which" or "whom"
// after a preposition ("a future in which food banks …"), where the
// relative word is not the subject.
func subjectFollows(toks []Token, i int) bool {
	switch toks[i].Norm {
	case "where", "when":
		return true
	case "that":
		return i > 0 && toks[i-1].Norm == "so"
	case "which", "whom":
		return i > 0 && toks[i-1].Tag == Preposition
	}
	return false
}

// giveClausesVerbs repairs a clause that "where", "when" or "so that"
// opens and that ends with no verb: the first noun after its subject's
// noun that can be a verb in a finite form is its verb ("a future where
// a developer's first day at a new job [ends] with …").
func giveClausesVerbs(toks []Token) {
	for i := 0; i < len(toks); i++ {
		// "until" before a determined phrase may open a clause as well as
		// a phrase: "we won't stop until every roof in the state pays for
		// itself".
		until := toks[i].Tag == Preposition && toks[i].Norm == "until" && i+1 < len(toks) && toks[i+1].Tag == Determiner
		// So may "before" and "after" before a plural noun and a plain
		// verb with its object: "before patients need a hospital".
		before := toks[i].Tag == Preposition && (toks[i].Norm == "before" || toks[i].Norm == "after") && i+1 < len(toks) && toks[i+1].Tag == Noun && toks[i+1].Is(Plural)
		// "whose" and its noun are a relative clause's subject: "pharmacies
		// whose pharmacists [test] for …".
		whose := toks[i].Norm == "whose"
		if (toks[i].Tag != Subordinator || !subjectFollows(toks, i)) && !until && !before && !whose {
			continue
		}
		end := i + 1
		hasVerb := false
		for ; end < len(toks); end++ {
			if toks[end].Tag == Verb && toks[end].Form&Ing == 0 && !(end > 0 && toks[end-1].Tag == Particle) || toks[end].Tag == Modal {
				hasVerb = true // a finite verb ("running" describes, "to waste" is no clause's verb)
			}
			if toks[end].Tag == Subordinator || toks[end].gap&(gapClause|gapComma) != 0 {
				break
			}
		}
		if hasVerb {
			if before && i+2 < end && toks[i+2].Tag == Verb && toks[i+2].Form&(Ing|Past) == 0 {
				toks[i].Tag = Subordinator // the verb is already read: "before tenants [need] a plumber"
			}
			continue
		}
		for k := i + 2; k < end && k < len(toks); k++ {
			t := &toks[k]
			subject := &toks[k-1]
			if subject.Tag == Adjective && k-2 > i && toks[k-2].Tag == Pronoun && toks[k-2].gap == 0 {
				subject = &toks[k-2] // "where nothing repairable goes …"
			} else if subject.Tag != Noun && subject.Tag != ProperNoun {
				continue
			}
			if t.Tag == Noun && t.cands.verb > 0 && t.cands.verbForm&(Ing|Past) == 0 && toks[k-1].gap == 0 && agrees(subject, t) && (!until || t.cands.verbForm == ThirdPerson) &&
				(!before || k == i+2 && t.gap == 0 && k+1 < end && toks[k+1].closed&(clDeterminer|clPossessive|clDistributive) != 0) {
				set(t, Verb)
				if until || before {
					toks[i].Tag = Subordinator
				}
				break
			}
		}
	}
}

// giveContactRelativesVerbs repairs a clause whose subject a relative
// clause without "that" describes, at the start of the sentence or after
// a subordinator ("so the money [each trek brings] stays in the
// villages"): the tagger read the clause's verb as the relative's object.
func giveContactRelativesVerbs(toks []Token) {
	for i := -1; i < len(toks); i++ {
		if i >= 0 && (toks[i].Tag != Subordinator || toks[i].gap&gapClause != 0) {
			continue
		}
		end := i + 1
		for end < len(toks) && toks[end].Tag != Subordinator && (end == i+1 || toks[end-1].gap&(gapClause|gapComma) == 0) {
			end++
		}
		if k := verbAfterContactRelative(toks, i+1, end); k >= 0 {
			set(&toks[k], Verb)
		}
	}
}

// verbAfterContactRelative returns the verb, read as a noun, of the clause
// from first to end whose subject, a determined phrase, has a relative
// clause without "that" right after its noun, or -1. The relative's own
// subject is a subject pronoun or a determined phrase that names no time
// (which would say when instead), and its finite verb is the only verb in
// the clause. The word after that verb, a verb form that agrees with the
// subject, is the main verb: a clause's subject needs one, and the
// relative's verb has its object in the phrase before it.
func verbAfterContactRelative(toks []Token, first, end int) int {
	k := first
	if k >= end || toks[k].Tag != Determiner {
		return -1
	}
	for k+1 < end && toks[k].gap == 0 && (toks[k].Tag == Determiner || toks[k].Tag == Adjective || toks[k].Tag == Noun && toks[k+1].Tag == Noun) {
		k++
	}
	subject := k
	if toks[subject].Tag != Noun || toks[subject].gap != 0 || subject+1 >= end {
		return -1
	}
	k = subject + 1
	switch {
	case toks[k].Tag == Pronoun && isSubjectPronoun(toks[k].Norm):
		k++
	case toks[k].Tag == Determiner && toks[k].Norm != "that":
		for k+1 < end && toks[k].gap == 0 && toks[k+1].Tag != Verb && (toks[k].Tag == Determiner || toks[k].Tag == Adjective || toks[k].Tag == Noun) {
			k++
		}
		if toks[k].Tag != Noun || wordnet.Class(toks[k].entry.First(wordnet.Noun)) == wordnet.NounTime {
			return -1
		}
		k++
	default:
		return -1
	}
	verb := k
	if verb+1 >= end || toks[verb].Tag != Verb || toks[verb].Form&Ing != 0 || toks[verb].gap != 0 || toks[verb-1].gap != 0 {
		return -1
	}
	for j := verb + 1; j < end; j++ {
		if toks[j].Tag == Verb || toks[j].Tag == Modal {
			return -1
		}
	}
	x := &toks[verb+1]
	if x.Tag != Noun || x.cands.verb == 0 || x.cands.verbForm&(Ing|Past) != 0 || !agrees(&toks[subject], x) {
		return -1
	}
	return verb + 1
}

// maxPhraseWords bounds how far the tagger looks back or ahead over a noun
// phrase, so that tagging stays linear in a statement's length whatever
// its words.
const maxPhraseWords = 8

// maxAppositionWords is the most words the phrase that says what a name is
// may have between its commas (a noun phrase and a phrase of place or
// kind after it): see appositionVerb.
const maxAppositionWords = 12

// mainVerbAfterRelative reports whether token i, after a noun, can be
// the verb of a subject that a relative clause describes: "who", "that"
// or "which" stands a few words before it, after its antecedent noun and
// before the relative clause's own verb, and token i agrees with the
// antecedent ("families who have lost a boat get …").
func mainVerbAfterRelative(toks []Token, i int) bool {
	verb := false
	for k := i - 1; k > 0 && k >= i-2*maxPhraseWords && toks[k].gap&(gapComma|gapClause) == 0; k-- {
		switch t := &toks[k]; {
		case t.Tag == Verb:
			verb = true
		case t.Tag == Subordinator && is(t.Norm, clRelative):
			a := &toks[k-1]
			return verb && ((a.Tag == Noun || a.Tag == ProperNoun) && agrees(a, &toks[i]) || a.Norm == "those" && toks[i].cands.verbForm == 0) && a.gap == 0 && // "those who look after others build …"
				i+1 < len(toks) && toks[i].gap == 0 && (nounNext(toks, i) || toks[i+1].closed&(clDeterminer|clDistributive|clPossessive|clPronoun|clPreposition) != 0)
		case t.Tag == Conjunction || t.Tag == Modal:
			return false
		}
	}
	return false
}

// modalAhead reports whether a modal follows the nouns, adjectives and
// place phrases that start at k ("[owners in British Columbia] can").
func modalAhead(toks []Token, k int) bool {
	for j := k; j < len(toks) && j < k+maxPhraseWords; j++ {
		n := &toks[j]
		switch {
		case n.closed&clModal != 0:
			return j > k
		case n.closed&grammarClasses == 0 && (n.cands.noun > 0 || n.cands.adj > 0 || n.Is(Capitalised)):
		case j > k && n.closed&clPreposition != 0 && n.closed&clVerbParticle == 0:
		default:
			return false
		}
		if n.gap != 0 {
			return false
		}
	}
	return false
}

// preverbalAdverbAfterSubject reports whether the adverb before token i
// follows a noun or a subject pronoun that no preposition governs, where
// a subject stands before its verb ("farmers never", "it rarely").
func preverbalAdverbAfterSubject(toks []Token, i int) bool {
	subj := &toks[i-2]
	if subj.gap != 0 || subj.Tag != Noun && subj.Tag != ProperNoun && !(subj.Tag == Pronoun && isSubjectPronoun(subj.Norm)) {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-2*maxPhraseWords && toks[k].gap == 0; k-- {
		switch toks[k].Tag {
		case Noun, ProperNoun, Adjective, Determiner, Number:
			continue
		case Preposition:
			if k > 0 && toks[k].Norm != "to" && (toks[k-1].Tag == Noun || toks[k-1].Tag == ProperNoun) && toks[k-1].gap == 0 {
				continue // "integrators [at partner companies] never": a phrase that describes the subject
			}
			return false // "to every family once": an object, not a subject
		case Verb:
			// "give farmers directly": an object, not a subject; but "make
			// sure parents … never", "ensure families never": a verb that
			// takes a clause, whose subject it is
			return toks[k].closed&clClauseVerb != 0 || makeSureAt(toks, k)
		}
		break
	}
	return true
}

// agrees reports whether a present-tense verb can agree with the noun
// before it as its subject: a plain form ("travel") with a plural or a
// group of people ("crews travel", "the staff travel"), an "-s" form
// ("ends") with a singular. In "night staff travel home", "staff" after
// "night" is no verb.
func agrees(subject, verb *Token) bool {
	if verb.cands.verbForm == ThirdPerson {
		return !subject.Is(Plural) || subject.Tag == ProperNoun // "Warmup Works ramps up …": a name ending in "-s" is one organisation
	}
	return subject.Is(Plural) || subject.Tag == ProperNoun || subject.cands.nounEntry.First(wordnet.Noun) == wordnet.NounSocialGroup
}

// lexical fills in what a token could be out of context.
func lexical(t *Token) {
	if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsUpper(r) {
		t.Form |= Capitalised
	}
	word := t.Norm
	if t.gap&gapPossessive != 0 && strings.HasSuffix(word, "s") {
		t.Form |= Possessive // "patients' lives": the apostrophe stands outside the word
	}
	switch {
	case strings.HasSuffix(word, "'s") && len(word) > 2:
		word = word[:len(word)-2]
		t.Form |= Possessive
	case strings.HasSuffix(word, "s'") && len(word) > 2:
		word = word[:len(word)-1]
		t.Form |= Possessive
	}
	t.Lemma = word
	wc := wordClasses(t.Norm)
	t.closed, t.opens = wc.closed, wc.opens
	if t.Form&Possessive != 0 && t.closed == 0 {
		if c := classesOf(word); c&clEveryone != 0 {
			t.closed = c // "anyone's football", "everyone's street": the pronoun, whose it is
		}
	}
	if t.closed&grammarClasses != 0 {
		t.known = true
	}
	if isNumeral(word) {
		t.cands = &noCandidates
		t.known = true
		t.closed |= clNumber
		return
	}
	e := lookupWord(word)
	t.cands = &e.cands
	t.known = t.known || e.known
}

// finishSuspended gives a word written with a suspended hyphen the
// candidates of the compound it stands for, finished by the last part of
// the hyphenated word after "and" or "or" ("wind- and water-tight" reads
// "wind-tight"; "full- and part-time", "full-time").
func finishSuspended(toks []Token) {
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if !t.Is(Suspended) || toks[i+1].Norm != "and" && toks[i+1].Norm != "or" {
			continue
		}
		k := strings.IndexByte(toks[i+2].Norm, '-')
		if k <= 0 {
			continue
		}
		e := lookupWord(t.Norm + toks[i+2].Norm[k:])
		t.cands, t.known = &e.cands, t.known || e.known
	}
}

// numberRange reports whether token i, a number (with a suspended hyphen
// or none), opens a range that "to" closes with a hyphenated word on a
// number ("11- to 16-year-olds", "13 to 25-year-olds"): the range is one
// noun, as "11- and 12-year-olds" are two.
func numberRange(toks []Token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].Norm != "to" || !startsWithDigit(toks[i].Norm) || !startsWithDigit(toks[i+2].Norm) {
		return false
	}
	return strings.IndexByte(toks[i+2].Norm, '-') > 0
}

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// noCandidates is what a numeral could be: none of the open classes.
var noCandidates candidates

// lexEntry is what a word could be out of context.
type lexEntry struct {
	cands candidates
	known bool
}

// lexCache holds the words looked up so far, up to maxCached of them,
// shared by every analysis: a docs tree repeats its vocabulary, and a
// word's WordNet look-ups are the analysis's main cost.
var (
	lexCache  sync.Map // string → *lexEntry
	lexCached atomic.Int64
)

const maxCached = 1 << 16

func lookupWord(word string) *lexEntry {
	if e, ok := lexCache.Load(word); ok {
		return e.(*lexEntry)
	}
	e := &lexEntry{}
	readWord(e, word)
	if lexCached.Add(1) <= maxCached {
		lexCache.Store(word, e)
	}
	return e
}

// agentOverRareJoined reports whether a hyphenated word's last part, a
// noun for people ("makers"), says more than the joined word WordNet holds
// but its texts never tagged ("hay-makers": WordNet's "haymaker" is a punch
// or a machine): the people the last part names are the likelier reading.
func agentOverRareJoined(joined wordnet.Entry, last string) bool {
	if joined.Freq(wordnet.Noun) > 0 || joined.First(wordnet.Noun) == wordnet.NounPerson {
		return false
	}
	e, ok := wordnet.Base(last, wordnet.Noun)
	return ok && e.First(wordnet.Noun) == wordnet.NounPerson && e.Freq(wordnet.Noun) > 0
}

// readWord fills in a word's candidates from WordNet, or from its ending
// when WordNet does not know it.
func readWord(t *lexEntry, word string) {
	c := &t.cands
	look := word
	if f := withoutAccents(word); f != word {
		if _, ok := wordnet.Lookup(word); !ok {
			word, look = f, f // "cafés": WordNet writes "cafe"
		}
	}
	if ageNoun(word) && strings.HasSuffix(word, "s") {
		t.cands = candidates{noun: 1, plural: true, nounLemma: strings.TrimSuffix(word, "s"), startsPhrase: wordnet.StartsPhrase(word)}
		return // "five-year-olds": people of that age
	}
	if k := strings.LastIndexByte(word, '-'); k > 0 && k+1 < len(word) {
		joined := strings.ReplaceAll(word, "-", "")
		if joined != word {
			if e, ok := wordnet.Base(joined, wordnet.Noun); ok && !agentOverRareJoined(e, word[k+1:]) {
				look = joined // "check-ups": WordNet writes "checkup"
			}
		}
		_, known := wordnet.Lookup(word)
		_, inflected := wordnet.Base(word, wordnet.Noun) // "passers-by": WordNet's plural of "passer-by"
		if !known && !inflected && look == word && strings.IndexByte(word, '-') == k {
			if c, ok := twoWordNoun(word, k, joined); ok {
				t.cands, t.known = c, true
				return // "night-shift": WordNet's noun of two words ("night shift"), hyphenated, is that noun, whatever its last part is alone
			}
		}
		if !known && !inflected && look == word {
			look = word[k+1:] // "rope-makers": the last part decides
			if particle := strings.TrimSuffix(look, "s"); is(particle, clVerbParticle) && strings.IndexByte(word, '-') == k {
				if first, ok := wordnet.Lookup(word[:k]); ok && first.Has(wordnet.Verb) {
					t.cands = candidates{noun: 1, plural: particle != look, nounLemma: strings.TrimSuffix(word, "s"), startsPhrase: wordnet.StartsPhrase(word)}
					t.known = true
					return // "meet-ups", "sign-ups", "call-outs": a verb and its particle, made a noun
				}
			}
			if e, ok := wordnet.Lookup(look); ok && e.Freq(wordnet.Adjective) > 4*e.Freq(wordnet.Noun) {
				t.cands = candidates{adj: 1, noun: 0.5, nounLemma: word, startsPhrase: wordnet.StartsPhrase(word)}
				t.known = true
				return // "nine-year-old", "first-class", "memory-safe": an adjective, or a noun made of one
			}
			if v, ok := wordnet.Base(look, wordnet.Verb); ok && v.Lemma != look && strings.HasSuffix(look, "ing") && strings.IndexByte(word, '-') == k {
				t.cands = candidates{adj: 1, noun: 0.5, nounLemma: word, startsPhrase: wordnet.StartsPhrase(word), byGerund: true, verbLemma: word[:k+1] + v.Lemma, verbEntry: v}
				if n, ok := wordnet.Lookup(look); ok && n.Has(wordnet.Noun) {
					t.cands.nounEntry = n // "teach letter-cutting": with no noun after it, the activity its last part names
				}
				t.known = true
				return // "ground-nesting", "English-speaking", "long-lasting": a word and a participle make a modifier
			}
			if classesOf(look)&clRunningParticiple != 0 && strings.IndexByte(word, '-') == k {
				if first, ok := wordnet.Lookup(word[:k]); ok && first.Has(wordnet.Noun) {
					t.cands = candidates{adj: 1, nounLemma: word, startsPhrase: wordnet.StartsPhrase(word)}
					t.known = true
					return // "musician-run", "family-owned", "community-led": who runs it, a modifier
				}
			}
			if first, ok := wordnet.Lookup(word[:strings.IndexByte(word, '-')]); ok && first.Freq(wordnet.Adjective) > first.Freq(wordnet.Noun) && first.Freq(wordnet.Adjective) > first.Freq(wordnet.Verb) && !thirdPersonForm(look) && !nounPlural(look) {
				t.cands = candidates{adj: 1, noun: 0.5, nounLemma: word, startsPhrase: wordnet.StartsPhrase(word)}
				if e, ok := wordnet.Lookup(look); ok && e.First(wordnet.Noun) == wordnet.NounPerson {
					t.cands.noun = 1 // "ex-offender", "single-parent": a kind of person as often as a modifier; the words around it decide
				}
				t.known = true
				return // "long-haul", "low-income": an adjective and a noun make a modifier; not "ex-offenders", a plural, the noun itself
			}
		}
	}
	if look == word {
		look = irregularPluralTail(word)
	}
	forms := wordnet.Read(look) // one look-up for every part of speech
	if look == word {
		c.startsPhrase = forms.StartsPhrase()
	} else {
		c.startsPhrase = wordnet.StartsPhrase(word)
	}
	if e, ok := nounBase(look, forms); ok {
		c.noun = float64(e.Freq(wordnet.Noun)) + 1
		c.nounEntry, c.nounLemma = e, e.Lemma
		c.plural = look != e.Lemma && (strings.HasSuffix(look, "s") || wordnet.Irregular(look, wordnet.Noun) || strings.HasSuffix(look, "men") && strings.HasSuffix(e.Lemma, "man")) || // "women", "fishermen": WordNet's rule, not its list
			classesOf(word)&clPluralNoun != 0 || pluralCompound(word)
		if look != word && strings.HasSuffix(word, look) {
			c.nounLemma = word[:len(word)-len(look)] + e.Lemma
		}
		t.known = true
	}
	if e, ok := forms.Base(wordnet.Verb); ok && !regularFormOfBe(look, e.Lemma) {
		c.verb = float64(e.Freq(wordnet.Verb)) + 1
		c.verbEntry, c.verbLemma = e, e.Lemma
		c.verbForm = verbForm(look, e.Lemma)
		if own, ok := wordnet.Lookup(look); ok && own.Has(wordnet.Verb) && c.verbForm == Past {
			if own.Freq(wordnet.Verb) > e.Freq(wordnet.Verb) {
				// "rent" is the past of "rend", but far more often a verb
				// of its own, in its plain form
				c.verb, c.verbEntry, c.verbLemma, c.verbForm = float64(own.Freq(wordnet.Verb))+1, own, own.Lemma, 0
			} else {
				c.baseToo = true // "lay" is the past of "lie" and a verb of its own
			}
		}
		c.verbStartsPhrase = e.Lemma == look && forms.StartsPhrase() || e.Lemma != look && wordnet.StartsPhrase(e.Lemma)
		t.known = true
	}
	if e, ok := forms.Base(wordnet.Adjective); ok && !(c.plural && e.Lemma == look && e.Freq(wordnet.Adjective) == 0 && c.nounLemma != look) {
		// (not "divers", "nuts", "bats": an adjective WordNet's texts never
		// use, spelt as a noun's plural, is that plural)
		c.adj = float64(e.Freq(wordnet.Adjective)) + 1
		if e.Lemma != look && c.noun > 0 && c.nounLemma == look {
			c.adj *= 0.2 // "cleaner": a noun of its own more often than "more clean"
		}
		c.adjEntry = e
		t.known = true
	}
	if e, ok := forms.Lookup(); ok && e.Has(wordnet.Adverb) {
		c.adv = float64(e.Freq(wordnet.Adverb)) + 1
		t.known = true
	}
	if c.adv > 0 && c.adj == 0 && c.noun == 0 && c.verb == 0 && strings.IndexByte(word, '-') > 0 {
		// "half-price", "full-time": WordNet's adverb ("sold half-price") is
		// also an adjective before a noun ("half-price hire")
		c.adj, c.adjEntry = c.adv, wordnet.Entry{}
	}
	if !t.known {
		guess(c, word)
	}
}

// twoWordNoun returns the candidates of a word whose two parts one hyphen
// joins, at k, when WordNet holds the pair as one noun of two words
// ("night-shift", "night-shifts": "night shift"); not when WordNet writes
// the pair as one word (joined: "secondhand") or the first part is more
// often an adjective ("second-hand").
func twoWordNoun(word string, k int, joined string) (candidates, bool) {
	if _, ok := wordnet.Lookup(joined); ok {
		return candidates{}, false
	}
	if first, _ := wordnet.Lookup(word[:k]); first.Freq(wordnet.Adjective) > first.Freq(wordnet.Noun) {
		return candidates{}, false
	}
	spaced := word[:k] + " " + word[k+1:]
	lemma, plural := word, false
	e, ok := wordnet.Lookup(spaced)
	if !ok && strings.HasSuffix(spaced, "s") {
		e, ok = wordnet.Lookup(strings.TrimSuffix(spaced, "s"))
		lemma, plural = strings.TrimSuffix(word, "s"), true
	}
	if !ok || !e.Has(wordnet.Noun) {
		return candidates{}, false
	}
	return candidates{noun: float64(e.Freq(wordnet.Noun)) + 1, nounEntry: e, nounLemma: lemma, plural: plural, startsPhrase: wordnet.StartsPhrase(word)}, true
}

// thirdPersonForm reports whether WordNet reads w as the "-s" form of a
// verb ("smokes"): an adjective before it makes no modifier ("cold-smokes",
// "slow-roasts": how the work is done), as one before "haul" does.
func thirdPersonForm(w string) bool {
	e, ok := wordnet.Base(w, wordnet.Verb)
	return ok && e.Lemma != w && strings.HasSuffix(w, "s")
}

// pluralCompound reports whether word is a closed compound that ends in
// a noun plural without an "-s" ("tradespeople", "townsfolk"): a compound
// is what its last word is.
func pluralCompound(word string) bool {
	if len(word) < 8 || strings.IndexByte(word, '-') >= 0 {
		return false
	}
	for k := 3; k+4 <= len(word); k++ {
		if classesOf(word[k:])&clPluralNoun != 0 {
			return true
		}
	}
	return false
}

// irregularPluralTail returns the irregular plural a closed compound that
// WordNet does not know ends in, after a noun or an adjective
// ("schoolchildren", "grandchildren": "children"), so that the compound is
// read as that plural; otherwise word itself.
func irregularPluralTail(word string) string {
	if strings.IndexByte(word, '-') >= 0 || len(word) < 8 {
		return word
	}
	if _, ok := wordnet.Lookup(word); ok {
		return word
	}
	for k := 3; k+5 <= len(word); k++ {
		tail := word[k:]
		if !wordnet.Irregular(tail, wordnet.Noun) {
			continue
		}
		if head, ok := wordnet.Lookup(word[:k]); ok && (head.Has(wordnet.Noun) || head.Has(wordnet.Adjective)) {
			return tail
		}
	}
	return word
}

// withoutAccents returns w without its accents ("cafés" → "cafes"), or w
// itself when it is plain ASCII or cannot be folded. A transformer keeps
// state, so each call makes its own: words with accents are few.
func withoutAccents(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			strip := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
			if f, _, err := transform.String(strip, w); err == nil {
				return f
			}
			return w
		}
	}
	return w
}

// ageNoun reports whether a compound names people by their age:
// "five-year-old(s)", "16-year-olds", "six-month-olds", "over-50s",
// "under-18s", "over-fifties".
func ageNoun(word string) bool {
	w := strings.TrimSuffix(word, "s")
	if stem, ok := strings.CutSuffix(word, "ies"); ok {
		w = stem + "y" // "over-fifties", "under-twenties"
	}
	for _, unit := range []string{"-year-old", "-month-old", "-week-old"} {
		if strings.HasSuffix(w, unit) && len(w) > len(unit) {
			return true
		}
	}
	for _, bound := range []string{"over-", "under-"} {
		if age, ok := strings.CutPrefix(w, bound); ok && w != word && (isNumeral(age) || is(age, clNumber)) {
			return true // "over-50s", "under-18s", "over-fifties": people above or below an age
		}
	}
	return false
}

// nounBase returns the noun lemma of a word: for a plural that WordNet
// also holds as a lemma of its own ("cleaners" the shop, "cards" the
// game, "bridges" the name), the singular's, unless the plural is used
// more often. forms is WordNet's reading of the word.
func nounBase(word string, forms wordnet.Forms) (wordnet.Entry, bool) {
	e, ok := forms.Base(wordnet.Noun)
	if !ok || e.Lemma != word || !strings.HasSuffix(word, "s") {
		return e, ok
	}
	for _, r := range []string{"s", "es", "ies"} {
		stem, cut := strings.CutSuffix(word, r)
		if !cut || stem == "" {
			continue
		}
		if r == "ies" {
			stem += "y"
		}
		single, ok := wordnet.Lookup(stem)
		if !ok || !single.Has(wordnet.Noun) {
			continue
		}
		// The commoner of the two, or the singular when it names a kind of
		// person and the plural's own lemma does not ("mechanics": the
		// science, and the plural of "mechanic"): people are what a
		// statement's plural nouns most often are.
		if single.Freq(wordnet.Noun) >= e.Freq(wordnet.Noun) ||
			single.First(wordnet.Noun) == wordnet.NounPerson && e.First(wordnet.Noun) != wordnet.NounPerson {
			return single, true
		}
	}
	return e, true
}

// guess gives a word WordNet does not know the candidates its ending suggests.
func guess(c *candidates, word string) {
	if redone(c, word) {
		return
	}
	switch {
	case dottedName(word):
		c.noun = 1 // "timetabler.js", "socket.io": a file's, a package's or a site's name, one thing, whatever its ending
	case strings.HasSuffix(word, "ing") && len(word) > 5:
		c.verb, c.noun, c.verbForm = 1, 0.5, Ing
		c.verbLemma = word
	case strings.HasSuffix(word, "ed") && len(word) > 4:
		c.verb, c.adj, c.verbForm = 1, 0.8, Past
		c.verbLemma = word
	case closedCompound(c, word):
		// "riverfly", "seedbanks": two nouns WordNet knows, written as one
	case strings.HasSuffix(word, "ly") && len(word) > 4 && nounOnly(strings.TrimSuffix(word, "ly")):
		c.adj, c.adv = 1, 0.5 // "termly", as "weekly": a noun and "-ly" make an adjective of how often or how like it
	case strings.HasSuffix(word, "ly") && len(word) > 4:
		c.adv = 1
	case hasAnySuffix(word, "ous", "ful", "ive", "able", "ible", "al", "ic", "less", "ish", "ary", "ical"):
		c.adj = 1
	case strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "ss") && len(word) > 3:
		c.noun, c.plural = 1, true
		c.nounLemma = strings.TrimSuffix(word, "s")
	default:
		c.noun = 1
	}
	if c.nounLemma == "" {
		c.nounLemma = word
	}
}

// closedCompound fills in the candidates of a word WordNet does not know
// that is two nouns it knows written as one, each of three letters or more
// ("riverfly", "seedbanks"): a noun, plural where its last part is, and
// reports whether it did.
func closedCompound(c *candidates, word string) bool {
	for i := 3; i+3 <= len(word); i++ {
		head, tail := word[:i], word[i:]
		if e, ok := wordnet.Lookup(head); !ok || !e.Has(wordnet.Noun) {
			continue
		}
		if e, ok := wordnet.Base(tail, wordnet.Noun); ok {
			c.noun, c.nounLemma = 1, head+e.Lemma
			c.plural = e.Lemma != tail && strings.HasSuffix(tail, "s")
			return true
		}
	}
	return false
}

// dottedName reports whether a word has a dot between two letters
// ("timetabler.js", "socket.io"), as names of files, packages and sites
// do and no English word does.
func dottedName(word string) bool {
	k := strings.IndexByte(word, '.')
	return k > 0 && k+1 < len(word) && isLetter(word[k-1]) && isLetter(word[k+1])
}

// isLetter reports whether b is an ASCII letter.
func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// everyTimeNoun reports whether w is a time's noun and "-ly" ("weekly",
// "monthly", "daily", "nightly"): how often something is done.
func everyTimeNoun(w string) bool {
	stem, ok := strings.CutSuffix(w, "ly")
	if !ok || stem == "" {
		return false
	}
	if strings.HasSuffix(stem, "i") {
		stem = stem[:len(stem)-1] + "y" // "daily": "day"
	}
	e, ok := wordnet.Lookup(stem)
	return ok && e.First(wordnet.Noun) == wordnet.NounTime
}

// nounOnly reports whether WordNet knows a word as a noun and not as an
// adjective ("term", not "quick").
func nounOnly(w string) bool {
	e, ok := wordnet.Lookup(w)
	return ok && e.Has(wordnet.Noun) && !e.Has(wordnet.Adjective)
}

// redone fills in the candidates of a word WordNet does not know that is
// "re" and a verb it knows ("recut", "reroofs", "rehanging"): the verb done
// again, in the same form; a noun too where the verb's word is one.
func redone(c *candidates, word string) bool {
	if !strings.HasPrefix(word, "re") || len(word) < 5 {
		return false
	}
	rest := word[2:]
	forms := wordnet.Read(rest)
	e, ok := forms.Base(wordnet.Verb)
	if !ok {
		return false
	}
	c.verb, c.verbLemma, c.verbForm = 1, "re"+e.Lemma, verbForm(rest, e.Lemma)
	if n, ok := nounBase(rest, forms); ok {
		c.noun = 0.5
		c.nounLemma = "re" + n.Lemma
		c.plural = rest != n.Lemma && strings.HasSuffix(rest, "s")
	}
	return true
}

func hasAnySuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// objectMayFollow reports whether the word after token i may open a noun
// phrase: a determiner, a number, a word more often a noun or an
// adjective than a verb or an adverb, or another "-s" word.
func objectMayFollow(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].gap != 0 {
		return false
	}
	n := &toks[i+1]
	if n.closed&(clDeterminer|clPossessive|clDistributive|clNumber) != 0 {
		return true
	}
	// "hosts podcasts": of two "-s" words in a row, the second is a plural
	return n.closed&grammarClasses == 0 && n.cands != nil && (n.cands.noun+n.cands.adj > n.cands.verb+n.cands.adv || n.cands.plural || n.cands.verbForm == ThirdPerson)
}

// nounFirstCompound reports whether a hyphenated word opens with a noun
// ("hand-weaving", "sign-writing", "wood-carving"), not a prefix
// ("re-using", "co-hosting").
func nounFirstCompound(w string) bool {
	first, _, ok := strings.Cut(w, "-")
	if !ok || len(first) < 3 {
		return false
	}
	e, found := wordnet.Lookup(first)
	return found && e.Has(wordnet.Noun)
}

// rareNounShare is how many times more often than a noun a word must be an
// adjective to be read as one where a noun could also stand ("possible").
const rareNounShare = 20

// lonePredicateNext reports whether the word after i is far more often an
// adjective than a noun and no noun follows it ("make bell-ringing
// [possible] for …"): what the verb makes its object, not a noun the word
// at i describes.
func lonePredicateNext(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].gap != 0 {
		return false
	}
	n := toks[i+1].cands
	if n == nil || n.adj < rareNounShare*max(1, n.noun) {
		return false
	}
	return i+2 >= len(toks) || toks[i+1].gap != 0 || !nounNext(toks, i+1)
}

// carriedObjectBefore reports whether token i follows the object of a
// verb that carries or sends something ("take [a dental van] to …",
// "bring [a mobile library] to …"): a verb of giving, or one with a sense
// of motion among its carrySenses likeliest.
func carriedObjectBefore(toks []Token, i int) bool {
	v := verbBeforeObject(toks, i, true) // things listed, or carried people ("take them to …")
	if v == nil || timeNoun(&toks[i-1]) {
		return false // not "visit each season to help pupils …": a time is no thing carried
	}
	senses := v.entry.Senses(wordnet.Verb)
	return v.closed&clGiving != 0 || strings.IndexByte(senses[:min(len(senses), carrySenses)], byte(wordnet.VerbMotion)) >= 0
}

// carrySenses is how many of a verb's likeliest senses carriedObjectBefore
// reads for one of motion ("take" is third a verb of moving something).
const carrySenses = 3

// predicativeOnly reports whether an adjective's likeliest sense is one
// WordNet marks as used only after a verb or its noun ("afloat",
// "asleep"), never before a noun.
func predicativeOnly(t *Token) bool {
	return t.entry.First(wordnet.Adjective) == wordnet.AdjectivePredicative
}

// rareVerbShare is how many times more often than a verb a word must be a
// noun for a name before it to be read as modifying it.
const rareVerbShare = 20

// regularFormOfBe reports whether WordNet's rules of detachment read word
// as a regular form of "be" ("bees" as "be" and "-es"): "be" has only
// irregular forms, which WordNet lists, and "being".
func regularFormOfBe(word, lemma string) bool {
	return lemma == "be" && word != "be" && word != "being" && !wordnet.Irregular(word, wordnet.Verb)
}

// verbForm returns the inflection of a verb form of lemma.
func verbForm(word, lemma string) Form {
	switch {
	case word == lemma:
		return 0
	case strings.HasSuffix(word, "ing"):
		return Ing
	case strings.HasSuffix(word, "s") && !wordnet.Irregular(word, wordnet.Verb):
		return ThirdPerson
	}
	return Past
}

func isNumeral(w string) bool {
	if w == "" {
		return false
	}
	w, _ = tokenize.TrimCurrency(w) // a sum: "£20,000"
	digits := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == ',' || c == '%' || c == '#' || c == '$':
		default:
			return false
		}
	}
	return digits > 0
}

// proportionAt reports whether token i joins two numbers into a
// proportion: "in" ("one in five"), "out" or "of" in "out of" ("nine
// out of ten"); or makes a multiple of "as many" ("three [times] [as]
// many", "twice [as] many").
func proportionAt(toks []Token, i int) bool {
	isNumber := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].closed&clNumber != 0
	}
	switch toks[i].Norm {
	case "in":
		return isNumber(i-1) && isNumber(i+1) && toks[i-1].gap == 0 && toks[i].gap == 0
	case "out":
		return isNumber(i-1) && i+1 < len(toks) && toks[i+1].Norm == "of" && isNumber(i+2) && toks[i-1].gap == 0 && toks[i].gap == 0 && toks[i+1].gap == 0
	case "of":
		return i >= 2 && toks[i-1].Norm == "out" && isNumber(i-2) && isNumber(i+1) && toks[i-2].gap == 0 && toks[i-1].gap == 0 && toks[i].gap == 0
	case "times":
		return isNumber(i-1) && toks[i-1].gap == 0 && manyAfter(toks, i+1)
	case "as":
		return i >= 1 && (toks[i-1].Norm == "times" && toks[i-1].Tag == Number || toks[i-1].Norm == "twice" || toks[i-1].Norm == "half") && toks[i-1].gap == 0 && manyAfter(toks, i) ||
			manyAfter(toks, i) && equativeAt(toks, i+2)
	}
	return false
}

// equativeAt reports whether a noun phrase's words start at token k and
// "as" follows them ("as many [women] as men", "as much [fresh food] as
// …"): the second half of a comparison of equal amounts, so the first
// "as" counts the noun, as "twice as many" does.
func equativeAt(toks []Token, k int) bool {
	first := k
	for k < len(toks) && k < first+maxPhraseWords && toks[k].closed&grammarClasses == 0 && toks[k].cands != nil && (toks[k].cands.noun > 0 || toks[k].cands.adj > 0) && toks[k].gap == 0 {
		k++
	}
	return k > first && k < len(toks) && toks[k].Norm == "as"
}

// manyAfter reports whether "as many" or "as much" stands at token k, the
// gap after each word empty.
func manyAfter(toks []Token, k int) bool {
	return k+1 < len(toks) && toks[k].Norm == "as" && toks[k].gap == 0 && (toks[k+1].Norm == "many" || toks[k+1].Norm == "much")
}

// namedModal reports whether the modal at token k is written with a
// capital inside a sentence not in title case, and not after a colon: a
// name ("each May", "the Isle of May", "Will's workshop").
func namedModal(toks []Token, k int, title bool) bool {
	return k > 0 && !title && toks[k].Is(Capitalised) && toks[k-1].gap&gapColon == 0
}

// titleCase reports whether the sentence capitalises most of its longer
// words ("To Improve Every Life Through Giving"): then a capital letter
// does not mark a name.
func titleCase(toks []Token) bool {
	long, capital := 0, 0
	for i := range toks {
		if len(toks[i].Norm) <= 3 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(toks[i].Text); unicode.IsUpper(r) {
			capital++
		}
	}
	return long >= 3 && capital*10 >= long*6 || long == 2 && capital == 2
}

// decide chooses token i's tag from its candidates and the tags already
// chosen to its left.
func decide(toks []Token, i int, title bool) {
	t := &toks[i]
	if t.Is(Capitalised) && (t.gap&gapAnd != 0 && i+1 < len(toks) && toks[i+1].Is(Capitalised) || i > 0 && toks[i-1].gap&gapAnd != 0 && toks[i-1].Is(Capitalised)) {
		set(t, ProperNoun) // "Hammer & Hers", "Marks & Sparks": capitalised words joined by "&" name a firm
		return
	}
	if i > 0 && !title && acronym(t.Text) && !is(t.Norm, clMadeThing) {
		set(t, ProperNoun) // "IT", "OSI": a name, even where a word is spelt the same; not "API", a kind of made thing
		return
	}
	if inAdverbPhrase(toks, i) {
		t.Tag = Adverb // "fund development up front", "answer right away": how or when, a phrase of words of other classes
		return
	}
	if (t.Norm == "then" || t.Norm == "now") && !(i > 0 && (toks[i-1].Tag == Preposition || toks[i-1].Tag == Determiner)) {
		t.Tag = Adverb // "parish councils then know …", "those farms now get …": when, not WordNet's noun ("by then", "until now") or adjective ("the then mayor")
		return
	}
	if proportionAt(toks, i) {
		t.Tag = Number // "three [in] four turtles", "nine [out of] ten drivers": a proportion counts the noun after it
		return
	}
	if t.closed&clModal != 0 && namedModal(toks, i, title) {
		set(t, ProperNoun) // "each May", "the Isle of May": inside a sentence not in title case, a capital makes a modal a name
		return
	}
	if t.closed&clModal != 0 && i > 0 && toks[i-1].Tag == Preposition && toks[i-1].Norm != "to" && toks[i-1].gap == 0 && t.cands != nil && t.cands.noun > 0 {
		set(t, Noun) // "white with may in spring": no modal follows a preposition; the word is its noun
		return
	}
	if t.closed&grammarClasses != 0 && decideClosed(toks, i) {
		return
	}
	if camelCase(t.Text) || !title && capitalisedParts(t.Text) {
		set(t, ProperNoun) // "HealthLink", "ScreenAid": a capital inside a word makes it a name; "Two-Up", every part capitalised outside a title
		return
	}
	if t.closed&clNumber != 0 {
		t.Tag = Number
		return
	}
	c := t.cands
	prev := prevTag(toks, i)
	switch {
	case i == 0 && c.verbForm == Ing && c.verb > 0 && t.gap == 0 && !takesObjectMostly(c) && i+1 < len(toks) && toks[i+1].cands != nil && toks[i+1].cands.plural && peopleNoun(&toks[i+1]):
		if c.noun > 0 {
			set(t, Noun) // "Fishing families in Brixham earning a good living …", "Farming villages …": the activity's noun, a verb that seldom takes an object, before people, says what they do; not "Supporting families …", a verb and whom it works on
		} else {
			set(t, Adjective) // "Working parents …"
		}
	case prev == Noun && c.noun > 0 && c.plural && peopleNoun(t) && t.gap == 0 && toks[i-1].gap == 0 && i+2 < len(toks) && toks[i+1].gap == 0 &&
		(toks[i+1].closed&clNegation != 0 || toks[i+1].cands != nil && toks[i+1].cands.adv > 0 && toks[i+1].cands.verb == 0 && toks[i+1].cands.noun == 0) &&
		(toks[i+2].closed&(clHave|clModal|clDo) != 0 || toks[i+2].cands != nil && toks[i+2].cands.verb > 0 && toks[i+2].cands.verbForm == 0):
		set(t, Noun) // "where hospice nurses never have to choose …": people in the plural, then an adverb and the plain verb that agrees with them; the "-s" word is the subject's noun
	case c.verbForm == Ing && c.verb > 0 && t.gap == 0 && i+2 < len(toks) && (toks[i+1].Norm == "every" || toks[i+1].Norm == "each") && prev != Determiner && !timeNext(toks, i+2):
		set(t, Verb) // "A booking platform covering every mountain hut": no noun stands right before "every", but for a time ("a meeting each June"); the "-ing" word is the verb whose object it opens
	case prev == Adjective && c.verbForm == Ing && c.noun == 0 && c.adj == 0 && t.gap&gapClause == 0 && (i+1 == len(toks) || toks[i+1].Tag == Preposition || toks[i+1].closed&clPreposition != 0 || t.gap&gapComma != 0) && afterPrepositionModifiers(toks, i):
		set(t, Noun) // "through free one-to-one tutoring in libraries": a preposition's phrase ends on its noun, here an activity named by its "-ing"
	case c.byGerund && prev == Preposition && toks[i-1].Norm == "by" && toks[i-1].gap == 0 && !(i >= 2 && toks[i-2].Tag == Verb && toks[i-2].Form&Past != 0) && nounNext(toks, i):
		t.cands.verb, t.cands.verbForm = 1, Ing
		set(t, Verb) // "cut their energy bills by bulk-buying solar panels": after "by" that no participle takes as its agent, a joined "-ing" word and its object are the means; not "nests taken by ground-nesting birds", an agent
	case prev == Noun && c.verb > 0 && c.verbForm == 0 && t.gap == 0 && t.closed&clVerbParticle == 0 && toks[i-1].gap == 0 && toks[i-1].Is(Plural) && peopleNoun(&toks[i-1]) && i+1 < len(toks) &&
		(toks[i+1].closed&(clDeterminer|clPossessive|clNumber|clDistributive) != 0 && toks[i+1].Norm != "that" || peopleObjectAt(toks, i+1)):
		set(t, Verb) // "our lifeguards patrol twelve unstaffed beaches", "our nurses phone heart patients": after people in the plural, a plain verb and the determiner or number its object opens with, or other people
	case prev == Determiner && (toks[i-1].Norm == "all" || toks[i-1].Norm == "both") && i >= 2 && toks[i-2].Tag == Noun && toks[i-2].Is(Plural) && toks[i-2].gap == 0 && toks[i-1].gap == 0 &&
		c.verb > 0 && c.verbForm == 0 && t.gap == 0:
		set(t, Verb) // "paddleboarders, kayakers and anglers all carry …": a quantifier floats between the plural subject and its verb
	case prev == Subordinator && (toks[i-1].Norm == "where" || toks[i-1].Norm == "when") && c.verbForm&Past != 0 && t.gap == 0 && toks[i-1].gap == 0 && i+2 < len(toks) && toks[i+1].gap == 0 &&
		toks[i+1].closed&grammarClasses == 0 && toks[i+1].cands != nil && toks[i+1].cands.noun > 0 && toks[i+2].closed&(clBe|clModal|clHave) != 0:
		set(t, Adjective) // "where injured wildlife is found": a clause after "where" needs a subject first, so the participle describes the noun that is it
	case prev == Noun && c.verbForm == Ing && c.verb >= c.noun && t.gap == 0 && toks[i-1].gap&gapComma != 0 && i+1 < len(toks) && peopleNoun(&toks[i+1]) && takesObjectMostly(c) && verbBefore(toks, i):
		set(t, Verb) // "… run rooftop gardens on hospitals, feeding patients and staff …": after a comma that closes a clause, a verb that takes an object and the people it works on
	case prev == Pronoun && c.verb > 0 && c.verbForm == ThirdPerson && t.gap == 0 && toks[i-1].gap == 0 && (indefinitePerson(toks, i-1) || toks[i-1].Norm == "it" || toks[i-1].Norm == "he" || toks[i-1].Norm == "she"):
		set(t, Verb) // "so no one faces losing their home", "nobody faces eviction alone": a pronoun takes no noun after it, and the "-s" word agrees with it
	case !t.known && prev == Determiner && !t.Is(Capitalised) && t.gap == 0 && i+1 < len(toks) && toks[i+1].cands != nil && toks[i+1].cands.adj > toks[i+1].cands.noun && modifierBeforeNoun(toks, i+1):
		set(t, Adjective) // "the go-to online platform", "no trans young person": a word no dictionary holds, before an adjective and its noun, is another of the noun's modifiers, as a noun seldom stands before an adjective
	case prev == Determiner && toks[i-1].closed&clDistributive != 0 && c.noun > 0 && c.adj > 0 && t.gap == 0 && strings.ContainsRune(c.nounEntry.Senses(wordnet.Noun), rune(wordnet.NounPerson)) && verbAfterSubject(toks, i+1):
		set(t, Noun) // "every cleaner working night shifts", "every cleaner works …": a determiner that counts one by one takes a noun, and a verb follows it, not the noun an adjective would need
	case c.noun > 0 && t.gap == 0 && i+2 < len(toks) && toks[i+1].Norm == "by" && toks[i+1].gap == 0 && toks[i+2].Norm == t.Norm:
		set(t, Noun) // "lock by lock", "street by street": a noun said twice around "by" tells how the work goes, one at a time
	case prev == Preposition && c.noun > 0 && i >= 2 && toks[i-1].Norm == "by" && toks[i-2].Norm == t.Norm && toks[i-2].Tag == Noun:
		set(t, Noun) // the second "lock" of "lock by lock"
	case prev == Verb && c.verbForm == Ing && t.gap == 0 && toks[i-1].gap == 0 &&
		toks[i-1].closed&(clBe|clHave|clDo|clGerundObject) == 0 && nounNext(toks, i) && toks[i+1].cands.plural: // closed holds the lemma's classes too ("enjoys")
		// "rent composting toilets", "run sailing courses": only a verb of
		// the gerund-object class takes an "-ing" form that acts; after
		// others the word describes the plural after it, as the noun
		// WordNet has ("sailing") or else an adjective
		if c.noun > 0 && c.adj == 0 {
			set(t, Noun)
		} else {
			set(t, Adjective)
		}
	case c.adj > 0 && c.adj >= c.noun && predicatePairAt(toks, i) && predicateSlot(toks, i):
		// "make offline routing fast and accurate for …": two adjectives a
		// verb that makes or keeps says of its object, no noun after them;
		// a verb's "-ing" form before them is the object's head
		set(t, Adjective)
		if p := &toks[i-1]; p.Tag == Adjective && p.cands != nil && p.cands.verbForm == Ing && p.cands.adj == 0 && p.gap == 0 {
			set(p, Noun)
		}
	case c.adj > 0 && predicateListGoesOn(toks, i):
		set(t, Adjective) // "make strength training free, sociable and possible in every weather": the list of adjectives goes on, with no noun after it
	case !t.known && t.gap&gapComma != 0 && !t.Is(Capitalised) && (prev == Verb || prev == Determiner || prev == Preposition) && modifierBeforeNoun(toks, i+1) && !participleNext(toks, i):
		set(t, Adjective) // "turning gappy, flailed boundaries into …": a word WordNet lacks, before a comma and the next modifier of a noun, is the first of them
	case c.noun > 0 && c.adj > 0 && t.gap&gapComma != 0 && (prev == Determiner || prev == Conjunction && i >= 2 && toks[i-2].Tag == Noun) && !(adjectiveListNext(toks, i) && !(participleNext(toks, i) && !listGoesOnAfter(toks, i+1))):
		set(t, Noun) // "a van with a bath and dryer, sparing …": a phrase's word before a comma that no adjective follows is its noun
	case c.adj > 0 && c.noun > 0 && 4*c.adj >= c.noun && t.gap == 0 && (prev == Verb || prev == Determiner || prev == Other || prev == Preposition) && i+2 < len(toks) && (toks[i+1].Norm == "and" || toks[i+1].Norm == "or") && toks[i+1].gap == 0 && modifierBeforeNoun(toks, i+2):
		set(t, Adjective) // "let blind and partially sighted residents …": the first of two modifiers joined by "and" before their noun; not a noun far more often than an adjective ("pull litter and fallen branches": "litter" is no "more lit")
	case c.noun > 0 && c.verb > 0 && c.verbForm == 0 && (prev == Noun || prev == ProperNoun) && t.gap == 0 && toks[i-1].gap == 0 && ownedPlaceBefore(toks, i) && plainVerbWithObject(toks, i+1):
		set(t, Noun) // "Dealers at our Kernow mineral [show] bring specimens": the head of a phrase after "at our", before the subject's verb
	case i >= 1 && i <= 2 && c.noun > 0 && c.plural && nounsFromStart(toks, i) && peopleSubjectVerbAt(toks, i) > 0:
		set(t, Noun) // "Repair volunteers fix bikes", "Mountain rescue volunteers visit every school": the people the sentence opens with, before their verb
	case i >= 2 && c.verb > 0 && c.verbForm == 0 && toks[0].Tag == Noun && (peopleSubjectVerbAt(toks, 1) == i || peopleSubjectVerbAt(toks, 0) == i):
		set(t, Verb) // "Care workers from our agency visit older people": the people who open the sentence, where they are from, then their verb
	case prev == Adverb && toks[i-1].closed&clNegation != 0 && toks[i-1].gap == 0 && c.verb > 0 && c.verbForm == ThirdPerson:
		set(t, Verb) // "… and never faces an emergency alone": "never" goes before a verb, and no noun is "-s" after it
	case prev == ProperNoun && c.adj > 0 && c.verbForm&(ThirdPerson|Ing) == 0 && i >= 3 && toks[i-1].gap == 0 && toks[i-2].Tag == Preposition && whereSomeoneIs(toks[i-2].Norm) && afterDitransitiveObject(toks, i-2):
		set(t, Adjective) // "give care-home residents in Westborough clean, mended clothes": the second object opens after the place's name
	case prev == Preposition && c.verbForm == ThirdPerson && c.verb > 0 && i >= 4 && toks[i-1].gap == 0 && toks[i-2].Tag == Verb && isSubjectPronoun(toks[i-3].Norm) &&
		singularOnlyPhraseBefore(toks, i-3):
		set(t, Verb) // "every high street [we work on] looks like …": the relative's preposition stands at its end, and the main verb follows
	case prev == Noun && toks[i-1].Is(Plural) && toks[i-1].gap == 0 && c.verb > 0 && c.verbForm&(ThirdPerson|Ing) == 0 && t.gap == 0 && i+1 < len(toks) && toks[i+1].Norm == "by" &&
		(c.verbForm&Past != 0 || c.verbEntry.Lemma == t.Norm) && nounsOpenClause(toks, i-1):
		set(t, Verb) // "Families hurt by gambling …": a participle and its agent after the plural it describes, not a compound noun
	case (prev == Noun || prev == ProperNoun) && c.verbForm == ThirdPerson && c.verb >= nearlyAlwaysVerb*max(1, c.noun) && t.gap == 0 &&
		!(i+1 < len(toks) && toks[i+1].cands != nil && toks[i+1].cands.noun > 0 && toks[i+1].cands.verb == 0 && toks[i+1].cands.adj == 0) &&
		!(prev == ProperNoun && t.Is(Capitalised) && !title && thirdPersonVerbAt(toks, i+1)):
		set(t, Verb) // "No child sleeping in doorways goes hungry": a word WordNet's texts all but never tag as a noun, after a noun, is the clause's verb; not "Fair Lets gives …", a capitalised word of a name before the name's verb
	case prev == Noun && c.verbForm == ThirdPerson && c.verb > 0 && c.plural && t.gap == 0 && i+1 < len(toks) && singularOnlyPhraseBefore(toks, i) && !nounNext(toks, i):
		set(t, Verb) // "every household shares in the juice": "every" takes no plural head, so the "-s" word is the verb
	case prev == Subordinator && is(toks[i-1].Norm, clRelative) && i >= 2 && toks[i-1].gap == 0 &&
		(toks[i-2].Tag == Noun && toks[i-2].Is(Plural) && toks[i-2].gap == 0 || toks[i-2].gap&gapComma != 0 && (toks[i-2].Tag == Noun || toks[i-2].Tag == ProperNoun)) &&
		c.verb > 0 && c.verbForm == 0 && c.adj > 0 && !nounNext(toks, i) && !(c.adv > 0 && i+1 < len(toks) && toks[i+1].closed&clModal != 0):
		// (not "pupils who [still] can't swim": before the relative's modal, an adverb)
		// "sails that last twice as long": after a plural and its
		// relative, the relative's verb, not an adjective with no noun;
		// so too after a comma ("boots made by hand, in Northampton, that
		// last"), where the relative reaches back past the phrases between
		set(t, Verb)
	case i == 0 && c.verbForm == ThirdPerson && c.noun > 0 && c.plural && t.gap == 0 && i+1 < len(toks) && (toks[i+1].Norm == "that" || toks[i+1].Norm == "which"):
		set(t, Noun) // "Sails that last twice as long": a plural and the clause that describes it, not a verb with no subject
	case prev == Verb && (toks[i-1].closed&clCausative != 0 || toks[i-1].Lemma == "get") && toks[i-1].gap == 0 && c.verbForm == Ing && c.noun == 0 && t.gap == 0 && peopleNext(toks, i):
		set(t, Adjective) // "get holidaying families playing together", "help visiting parents find …": the people's participle, before them
	case prev == Verb && (c.verbForm == Ing || strings.HasSuffix(t.Norm, "ing")) && toks[i-1].gap == 0 && nounFirstCompound(t.Norm) && (!nounNext(toks, i) || lonePredicateNext(toks, i)) && toks[i-1].Form&Ing == 0 && toks[i-1].closed&(clBe|clHave|clDo) == 0:
		// "pass hand-weaving on", "teach wood-carving", "make bell-ringing
		// possible for …": a craft named by what it works and how, the
		// verb's object
		set(t, Noun)
	case prev == Adjective && i >= 2 && toks[i-2].Tag == Noun && toks[i-2].gap == 0 && toks[i-1].gap == 0 && predicativeOnly(&toks[i-1]) && c.verb > 0 && c.verbForm&(ThirdPerson|Past) != 0:
		set(t, Verb) // "every family afloat passes through": an adjective that never stands before a noun ends its noun's phrase, and the verb follows
	case (prev == Noun || prev == Adjective) && c.verbForm == ThirdPerson && c.noun > 0 && c.plural && t.gap&gapComma != 0 && toks[i-1].gap == 0 && i+1 < len(toks) && toks[i+1].closed&clVerbParticle == 0 && listAfterColon(toks, i):
		set(t, Noun) // "…: free autumn surveys, a clear report for each field": the first item of a list of things after a colon ends at its comma
	case (prev == Noun || prev == Adjective) && c.verbForm == ThirdPerson && c.noun > 0 && c.plural && t.gap&gapComma != 0 && toks[i-1].gap == 0 && i+1 < len(toks) &&
		toks[i+1].closed&clDeterminer != 0 && listOpensSentence(toks, i):
		set(t, Noun) // "Festival grants, a shared insurance policy and a store of marquees let …": the first item of a list of things that opens the sentence ends at its comma
	case prev == Noun && i >= 2 && toks[i-2].gap&gapComma != 0 && toks[i-1].gap == 0 && c.verbForm == ThirdPerson && c.noun > 0 && c.plural && listAfterColon(toks, i):
		set(t, Noun) // "…: free licence classes every spring, loan radios for the first year": an item of a list of things after a colon, its noun's compound
	case prev == Noun && toks[i-1].gap&gapComma != 0 && c.adj > 0 && c.verb > 0 && c.verbForm == 0 && t.gap == 0 && nounNext(toks, i) && listAfterColon(toks, i):
		set(t, Adjective) // "…: short lessons, calm bays, patient instructors": the next item of a list of things after a colon
	case prev == Adjective && toks[i-1].gap&gapComma != 0 && c.noun == 0 && c.adj == 0 && c.verb > 0 && c.verbForm&(Past|Ing) == 0 && t.gap == 0 && nounNext(toks, i):
		set(t, Verb) // "To keep people safe, prevent crime and …": after the state and a comma, the next verb of a list; a verb and no noun
	case (prev == Noun || prev == Adjective) && toks[i-1].gap&gapComma != 0 && c.adj > 0 && c.verb > 0 && c.verbForm == 0 && t.gap == 0 && i+1 < len(toks) &&
		toks[i+1].closed&clPreposition != 0 && toks[i+1].closed&clVerbParticle == 0 && !subjectPronounBefore(toks, i):
		set(t, Adjective) // "clean rivers, open to everyone": a comma parts no subject from its verb, so a word before its preposition describes
	case prev == Noun && !toks[i-1].Is(Plural) && toks[i-1].gap == 0 && c.verbForm == ThirdPerson && c.verb >= 8*c.noun && t.gap == 0 && i+1 < len(toks) &&
		(toks[i+1].Tag == Number || toks[i+1].closed&clNumber != 0 || toks[i+1].closed&(clDeterminer|clPossessive) != 0 && toks[i+1].Norm != "that"):
		set(t, Verb) // "paying for a ferry ticket takes one tap": a word nearly always a verb, after a singular noun, before its object
	case prev == Noun && toks[i-1].gap == 0 && t.gap&gapComma != 0 && c.adv >= 4*(c.adj+c.noun+c.verb) && verbBeforeObject(toks, i, false) != nil:
		set(t, Adverb) // "to feed their animals well, …": a word far more often an adverb, after a verb's object and before a comma, says how
	case prev == Noun && toks[i-1].Is(Plural) && !toks[i-1].Is(Possessive) && toks[i-1].gap == 0 && c.adj > 0 && t.gap&gapComma != 0 && adjectiveListNext(toks, i) && !toks[i+1].Is(Capitalised) && afterObjectOf(toks, i, clDitransitive):
		set(t, Adjective) // "give owners of elderly dogs clear, calm advice": a plural ends the first object, and the second opens with a list of adjectives; not "feed their animals well, Hollow Lane …", a name after the comma
	case c.verbForm == ThirdPerson && c.noun > 0 && c.plural && t.gap == 0 && i+2 < len(toks) && !is(c.verbLemma, clLinking) && adjectiveBeforeOf(toks, i+1):
		set(t, Noun) // "valley gardens full of old varieties": only a verb that links takes an adjective and its "of" after it; a plural described does
	case c.verbForm == Past && c.verb > 0 && prev == Adverb && i >= 2 && toks[i-2].Tag == Subordinator && toks[i-2].closed&clRelative != 0 && toks[i-1].gap == 0 && toks[i-2].gap == 0:
		set(t, Verb) // "towns that once built ships": the relative clause's verb, after its adverb
	case c.verbForm == Past && c.verb > 0 && (prev == Noun || prev == ProperNoun || prev == Adjective) && participlesThenAdjective(toks, i):
		set(t, Adjective) // "old orchards saved, replanted and full of people again": past participles listed with an adjective are said of the noun as it is
	case c.verbForm == Past && prev == Adverb && t.gap == 0 && adjectiveListNext(toks, i):
		set(t, Adjective) // "blind, partially sighted and dyslexic readers": one of the adjectives of a noun
	case c.noun > 0 && c.verbForm == 0 && prev == Subordinator && (toks[i-1].Norm == "that" || toks[i-1].Norm == "which") && t.gap == 0 && nounNext(toks, i) && modalAhead(toks, i+1):
		set(t, Noun) // "kits that mill owners in British Columbia can install": the relative clause's subject, before its modal
	case prev == Adjective && toks[i-1].gap&gapComma != 0 && c.adj > 0 && t.gap == 0 && nounNext(toks, i) && beforeNounSlot(toks, i-1):
		set(t, Adjective) // "in warm, dry homes", "give families warm, dry homes": the second of two adjectives before their noun, not the next verb of a list
	case i >= 2 && toks[i-1].gap&gapComma != 0 && c.verb > 0 && c.verbForm == 0 && c.verb >= 4*c.noun && t.gap == 0 && i+1 < len(toks) &&
		(toks[i+1].closed&clPreposition != 0 && toks[i+1].Norm != "of" && toks[i+1].closed&clVerbParticle == 0 || c.verb >= 8*c.noun && nounNext(toks, i)) && pronounVerbBefore(toks, i-1):
		// "we teach English, help with housing …", "we fund development up
		// front, handle localisation …": after the comma, the next verb of
		// the list, mostly a verb, with its preposition or object
		set(t, Verb)
	case (prev == Noun || prev == Adjective) && c.adv > 2*(c.noun+c.adj) && t.gap == 0 && i+1 < len(toks) && toks[i+1].cands != nil &&
		toks[i+1].cands.verb > 0 && (toks[i+1].cands.verbForm == ThirdPerson && toks[i+1].cands.noun == 0 || toks[i+1].cands.verbForm == Ing && toks[i+1].cands.verb >= 4*(toks[i+1].cands.noun+toks[i+1].cands.adj) ||
		toks[i+1].cands.verbForm == 0 && toks[i+1].cands.verb >= 4*(toks[i+1].cands.noun+toks[i+1].cands.adj) && determinerNext(toks, i+1)):
		// "no small nonprofit still relies on paper", "walls still
		// standing", "people who can't drive to a multiplex still get a
		// night out": mostly an adverb, before a verb that can hardly be
		// anything else
		set(t, Adverb)
	case (prev == Noun || prev == ProperNoun || prev == Pronoun) && c.verb > 0 && c.verbForm == 0 && askedWithDo(toks, i):
		set(t, Verb) // "Why do families dread the airport?": the verb a question's "do" goes with
	case prev == Noun && c.verbForm == Ing && c.verb >= c.noun && t.gap == 0 && i+2 < len(toks) && toks[i+1].Norm == "to" && toks[i+2].closed&(clDeterminer|clPossessive|clDistributive) != 0:
		set(t, Verb) // "80 per cent of each sale going to the artist": a participle, where its phrase goes
	case i >= 2 && toks[i-1].gap&gapComma != 0 && c.verb > 0 && c.verbForm == ThirdPerson && t.gap == 0 && i+1 < len(toks) &&
		(toks[i+1].Norm == "what" || toks[i+1].Norm == "whatever" || plainObjectPronoun(toks[i+1].Norm)) && earlierVerb(toks, i-1, ThirdPerson):
		set(t, Verb) // "… stays open until 8pm, stocks what residents ask for": after the comma, the next "-s" verb of the list, with its object
	case c.verbForm == ThirdPerson && c.verb > c.noun && is(c.verbLemma, clLinking) && c.verbLemma != "be" && (prev == Noun || prev == ProperNoun) && !toks[i-1].Is(Plural) && t.gap == 0 && i+1 < len(toks) &&
		(toks[i+1].Norm == "as" || toks[i+1].Norm == "like" || toks[i+1].cands != nil && toks[i+1].cands.adj > toks[i+1].cands.noun && toks[i+1].cands.adj > toks[i+1].cands.verb):
		set(t, Verb) // "writing docs for a project feels as natural as …", "the town looks tidier": a verb of seeming, then what it seems
	case c.verbForm == 0 && c.verb > c.noun && is(c.verbLemma, clLinking) && c.verbLemma != "be" && prev == Noun && toks[i-1].Is(Plural) && toks[i-1].gap == 0 && t.gap == 0 && i+1 < len(toks) &&
		toks[i+1].cands != nil && toks[i+1].closed&grammarClasses == 0 && (toks[i+1].cands.adj > toks[i+1].cands.noun || toks[i+1].cands.verbForm == Past && toks[i+1].cands.noun == 0):
		set(t, Verb) // "people living in care homes feel dignified": a plural, then its verb of seeming and what it seems
	case c.verbForm == Ing && (c.noun > 0 || i+1 == len(toks) || t.gap != 0 || toks[i+1].closed&(clConjunction|clPreposition) != 0) && (prev == Noun || prev == Adjective) && toks[i-1].gap == 0 && !toks[i-1].Is(Plural) && strings.IndexByte(toks[i-1].Norm, '-') > 0 && !inWordNet(toks[i-1].Norm) &&
		!objectOpensAt(toks, i+1) && !(t.gap == 0 && i+1 < len(toks) && toks[i+1].Is(Capitalised)) && !participleOfPeopleNoun(toks, i):
		set(t, Noun) // "make cross-border shipping as easy as …", "with anti-slip decking and …": a compound no dictionary holds describes the activity or the stuff after it, which no object follows (nor a name: "every ex-prisoner leaving Durham"); not "a co-operative running the village shop", nor a word hardly ever a noun after one for people (see below)
	case (c.verbForm&Past != 0 || c.adj > 0 && c.verb > 0) && t.gap&gapClause == 0 && describesEveryone(toks, i) &&
		(i+1 == len(toks) || t.gap&gapComma != 0 || toks[i+1].closed&(clConjunction|clPreposition) != 0 && toks[i+1].closed&clVerbParticle == 0):
		set(t, Adjective) // "anyone lost, hurt or stranded in the hills": what the people are, after the pronoun that names them
	case prev == ProperNoun && toks[i-1].Is(Possessive) && nameOpens(toks, i-1) && c.verbForm == ThirdPerson && c.verb > 4*c.noun && t.gap == 0 && i+1 < len(toks) &&
		toks[i+1].closed&(clDeterminer|clPossessive) != 0 && toks[i+1].Norm != "that":
		set(t, Verb) // "St Aldhelm's gives the people of …", "Sainsbury's sells …": a name in the possessive is the shop's, and the verb follows
	case (prev == Noun || prev == ProperNoun) && c.verb > 0 && c.verbForm == 0 && t.gap == 0 && i+1 < len(toks) && toks[i+1].closed&(clDeterminer|clPossessive) != 0 && toks[i+1].Norm != "that" && mainVerbAfterRelative(toks, i):
		set(t, Verb) // "the women who grow the beans own the mill": after the relative's object, the main verb and its own, however often the word describes
	case prev == Pronoun && is(toks[i-1].Norm, clObjectPronoun) && toks[i-1].gap == 0 && c.adj > 0 && c.verbForm&(Past|Ing|ThirdPerson) == 0 && causativeBeforeRelative(toks, i) >= 0:
		set(t, Adjective) // "make the letters … that Bristol families bring us fit to handle": past the relative clause on its object, what "make" makes of it
	case prev == Pronoun && is(toks[i-1].Norm, clObjectPronoun) && toks[i-1].gap == 0 && c.verb > 0 && c.verbForm&(Past|Ing) == 0 && t.gap == 0 && mainVerbAfterRelative(toks, i):
		set(t, Verb) // "the wardens who protect them act on …": after a relative clause whose object is a pronoun, the main verb
	case (prev == Adjective || prev == Adverb) && c.verb >= 4*c.noun && c.verb > 0 && (c.verbForm == ThirdPerson || c.verbForm == 0) && t.gap == 0 && i+1 < len(toks) &&
		toks[i+1].closed&(clDeterminer|clPossessive) != 0 && toks[i+1].Norm != "that" && mainVerbAfterRelative(toks, i):
		set(t, Verb) // "adults who missed out first time round get a second go": after a relative clause that ends with how or when, the main verb
	case prev == Adjective && c.verb > 0 && c.verbForm == 0 && !c.plural && toks[i-1].gap == 0 && t.gap&gapClause == 0 &&
		(i+1 == len(toks) || t.gap != 0 || toks[i+1].closed&grammarClasses == 0 && toks[i+1].cands.adv > 0 && toks[i+1].cands.noun == 0 && toks[i+1].cands.verb == 0) &&
		verbAfterLinkedRelative(toks, i):
		set(t, Verb) // "so that towers that have fallen silent ring again": past a relative clause whose verb links its antecedent to a state, the main verb; a linking verb takes no noun after its adjective
	case prev == Verb && c.verb > 0 && c.verb >= c.noun && (c.verbForm == ThirdPerson || c.verbForm == 0 && c.verb >= 4*c.noun && !afterFiniteSingular(toks, i)) && !objectOfVerbBefore(toks, i) && mainVerbAfterRelative(toks, i):
		set(t, Verb) // "every worker who goes to work comes home": after a relative clause that ends with its verb
	case c.verbForm&(Past|Ing) == 0 && prev == Conjunction && t.gap == 0 && i+1 < len(toks) && (plainObjectPronoun(toks[i+1].Norm) || itAsObject(toks, i+1)) && (c.verb > 0 || c.plural && c.noun > 0 || !t.known):
		// "… and texts them the name": after "and", before "them", a verb;
		// a noun used as one, as English does ("texts", "emails"), though
		// WordNet lists it only as a noun; or a word it does not know
		// ("… and rehome them").
		if c.verb > 0 || !t.known {
			set(t, Verb)
			if !t.known {
				t.Lemma = t.Norm
			}
		} else {
			t.Tag, t.Lemma, t.Form = Verb, c.nounLemma, t.Form|ThirdPerson
		}
	case t.Is(Capitalised) && !title && i > 0 && !afterOpening(toks, i) && prev == Preposition && toks[i-1].gap == 0 &&
		(t.gap != 0 || i+1 == len(toks) || toks[i+1].closed&(clPreposition|clConjunction|clSubordinator) != 0 || t.cands.verbForm == Ing && locative(toks[i-1].Norm) ||
			t.cands.verbForm == 0 && toks[i-1].Norm != "to"):
		// "commuters in Reading, so …": a name after a preposition, with
		// nothing for a verb to take; "workers in Reading slow down": no
		// "-ing" verb is capitalised in a sentence, after "in"; "firms in
		// Stoke open …": no preposition but "to" takes a plain verb
		set(t, ProperNoun)
	case t.Is(Capitalised) && !title && i > 0 && !afterOpening(toks, i) && (!t.known || capitalisedRun(toks, i) || t.cands.noun >= t.cands.verb && t.cands.noun >= t.cands.adj && t.closed&clStatementWord == 0) &&
		!(acronym(t.Text) && is(t.Norm, clMadeThing)) && !(i == 1 && describesPeopleWord(toks)):
		set(t, ProperNoun) // "Harbour Tools", "the crossing to Rum"; not "a single API"
	case i == 0 && t.Is(Capitalised) && !title && len(toks) > 1 && toks[1].Is(Capitalised) && (toks[1].closed&grammarClasses == 0 || nameEndsBeforeIs(toks)) && t.closed&grammarClasses == 0 && !(t.Is(Possessive) && is(t.Lemma, clFutureAdverb|clTopicNoun)) &&
		!(c.verbForm == Ing && c.verb > 0 && t.known) && // "Helping Galloway thrive": a gerund before a name; not "Clearwing Games", a word no dictionary knows
		!(c.verbForm == 0 && c.verb > c.noun && t.known && nounAfterName(toks)) && // "Show Marlin customers …": a command, then its object
		!(c.verbForm == 0 && c.verb > c.noun && t.known && acronym(strings.TrimSuffix(toks[1].Text, "s")) && !thirdPersonVerbAt(toks, 2)) && // "Make PDFs readable …": a command and its object, an acronym; not "Scale AI builds …"
		!describesPeopleWord(toks) && // "Young Bristolians with sight loss will …": an adjective, then people of a place
		!(c.adj > 0 && c.noun == 0 && c.verb == 0 && acronym(toks[1].Text)): // "Rural GP practices": a word only ever an adjective describes what the acronym names
		set(t, ProperNoun) // "Alta Motors turns …", "Tidewater Charts gives …"; not "Tomorrow's QA engineers"
	case i == 0 && t.Is(Capitalised) && !title && !t.known && t.closed&grammarClasses == 0 && !strings.HasSuffix(t.Norm, "ing") && len(toks) > 1 &&
		(toks[1].closed&grammarClasses == 0 || toks[1].closed&(clBe|clHave|clDo|clModal) != 0 && toks[1].gap == 0 && t.gap == 0) &&
		!(strings.HasSuffix(t.Norm, "s") && t.gap == 0 && (baseVerbAt(toks, 1) || pluralAuxiliaryAt(toks, 1)) && (personTail(t.Norm) || agentive(t.Norm))):
		// "Handwave books …", "Ledgerly helps …", "Ledgerly does …": a word
		// no dictionary knows, capitalised first, is a name; not
		// "Hillwalkers need …", a plural of a kind of person before a verb
		// that agrees with it
		set(t, ProperNoun)
	case i == 1 && prev == Verb && toks[0].Is(Ing) && toks[0].gap == 0 && c.verbForm == ThirdPerson && c.verb >= c.noun && t.gap == 0 && i+1 < len(toks) &&
		toks[i+1].closed&(clDeterminer|clPossessive|clDistributive) != 0 && toks[i+1].Norm != "that":
		set(t, Verb) // "Routing turns a shipper's requests into routes": an "-ing" subject, then its verb
	case i == 0 && t.Is(Capitalised) && !title && t.closed&grammarClasses == 0 && c.noun == 0 && c.verb == 0 && len(toks) > 2 && t.gap == 0 && toks[1].cands != nil &&
		toks[1].cands.verbForm == ThirdPerson && toks[1].cands.verb >= 4*toks[1].cands.noun && toks[1].cands.verb > 0 && toks[1].gap == 0:
		set(t, ProperNoun) // "Threadbare helps vintage-clothing sellers …": no adjective is a subject; the name does the verb
	case i == 0 && t.Is(Capitalised) && !title && t.closed&grammarClasses == 0 && c.adv == 0 && appositionVerb(toks) > 0:
		set(t, ProperNoun) // "Brindle, the county's legal aid clinic, represents …": a name and what it is
	case prev == ProperNoun && c.verbForm == ThirdPerson && c.verb >= 4*c.noun && t.gap == 0 && i+1 < len(toks) && ofNameOpens(toks, i-1) &&
		(toks[i+1].closed&(clDeterminer|clPossessive) != 0 && toks[i+1].Norm != "that" || toks[i+1].closed&grammarClasses == 0 && toks[i+1].cands != nil && toks[i+1].cands.noun > 0):
		set(t, Verb) // "Wardens of the Wye helps landowners …": a name of the form "X of the Y" opens the sentence, one organisation, and its verb follows
	case i > 1 && toks[0].Tag == ProperNoun && c.verb > 0 && c.verbForm == ThirdPerson && appositionVerb(toks) == i:
		set(t, Verb) // "Kelda, the valley's water co-op, pipes …": the name's verb after what it is
	case i == 0 && t.Is(Capitalised) && !title && t.closed&grammarClasses == 0 && c.noun > 0 && c.noun >= c.adj && !c.plural && thirdPersonVerbAt(toks, 1) &&
		(countNoun(c.nounEntry) || timeThinks(c.nounEntry, toks[skipAdverbs(toks, 1)].cands.verbEntry)) && !pluralSubjectAt(toks, 1) && !pluralsListedAt(toks, 1):
		set(t, ProperNoun) // "Redwing currently serves …", "Kestrel builds …": a count noun with no determiner is no subject; a name is
	case i == 0 && t.Is(Capitalised) && !title && t.closed&grammarClasses == 0 && c.noun > 0 && c.noun >= c.adj && !c.plural && thirdPersonVerbAt(toks, 1) &&
		is(toks[skipAdverbs(toks, 1)].cands.verbLemma, clDitransitive) && secondObjectAt(toks, pastNamedPlace(toks, someoneAt(toks, skipAdverbs(toks, 1)+1))):
		set(t, ProperNoun) // "Lichen offers ecologists a free R package …": a thing gives people nothing; a name does
	case t.Is(Possessive) && (c.noun > 0 || !t.known):
		set(t, Noun)
	case t.Is(Possessive) && t.Is(Capitalised) && c.noun == 0:
		set(t, ProperNoun) // "Stoke's young people": a place's or a person's name, though "stoke" is a verb; no verb takes "'s"
	case c.verb > 0 && c.verbForm == ThirdPerson && concessiveAsideBefore(toks, i):
		set(t, Verb) // "Every member of the society, however young, gets to see …": past the aside, the subject's verb
	case c.noun > 0 && c.plural && c.verb > 0 && c.verbForm == ThirdPerson && t.gap == 0 && (prev == Noun || prev == Adjective) && plainVerbAfterAdverbs(toks, i+1):
		set(t, Noun) // "site engineers never climb a roof": an "-s" verb takes no plain verb after it; the plural noun is its subject
	case c.noun > 0 && c.plural && c.verb > 0 && c.verbForm == ThirdPerson && t.gap == 0 && prev == Noun && toks[i-1].gap == 0 && pluralAuxiliaryAt(toks, i+1) && !whatBefore(toks, i):
		set(t, Noun) // "mountain rescue volunteers have a dog beside them": no "-s" verb runs straight into "have" or "are"; the plural is their subject
	case c.noun > 0 && c.plural && c.verb > 0 && c.verbForm == ThirdPerson && t.gap == 0 && plainVerbRelativeAt(toks, i+1):
		set(t, Noun) // "training plans that never push a body too far": a relative whose verb takes no "-s" has a plural antecedent
	case c.noun == 0 && c.verb > 0 && c.verbForm == ThirdPerson && prev == Verb && toks[i-1].gap == 0 && toks[i-1].closed&grammarClasses == 0 && !toks[i-1].Is(ThirdPerson) &&
		toks[i-1].cands != nil && toks[i-1].cands.verbForm != Ing:
		// "we host podcasts for schools": no "-s" verb stands right after
		// a verb that agrees with another subject; a word WordNet knows
		// only as a verb is its noun, as English makes one ("podcasts")
		t.Tag, t.Lemma, t.Form = Noun, c.verbLemma, t.Form|Plural
	case c.adj > 0 && i > 0 && toks[i-1].Norm == "as" && toks[i-1].gap == 0 && t.gap == 0 && i+1 < len(toks) && toks[i+1].Norm == "as":
		set(t, Adjective) // "as boring as copying a file": a comparison of equals
	case c.noun > 0 && c.adj > 0 && c.verb == 0 && !t.Is(Capitalised) && headWanted(toks, i):
		set(t, Noun) // "the Cornish pasty is …": a determiner's phrase ends on its noun, though the word is more often an adjective
	case prev == Particle && toks[i-1].Norm == "to" && c.adv > 0 && t.gap == 0 && i+1 < len(toks) && (toks[i+1].closed&(clBe|clHave) != 0 || baseVerbAt(toks, i+1) && mostlyVerb(&toks[i+1])):
		t.Tag = Adverb // "to still be made", "to always keep": an adverb between "to" and its verb
	case c.verb > 0 && wantsVerb(toks, i):
		set(t, Verb)
	case c.verb > 0 && c.verbForm&(Past|Ing) == 0 && (prev == Noun || prev == ProperNoun) && t.gap == 0 && i+1 < len(toks) && plainObjectPronoun(toks[i+1].Norm) && agrees(&toks[i-1], t):
		set(t, Verb) // "our editors proof them overnight": no noun phrase runs on into "them"; a verb takes it
	case c.verb == 0 && c.noun > 0 && c.adv == 0 && !t.Is(Capitalised) && i > 0 && toks[i-1].Tag == Modal && toks[i-1].gap == 0 && t.closed&grammarClasses == 0:
		// "so they can prototype and launch": nothing but a verb stands
		// right after a modal, so a word WordNet knows only as a noun is
		// one used as a verb, as English does
		t.Tag, t.Lemma, t.entry = Verb, c.nounLemma, wordnet.Entry{}
	case c.verb == 0 && c.adv == 0 && c.adj <= 1 && c.noun <= 1 && !t.Is(Capitalised) && i > 0 && (toks[i-1].Tag == Pronoun && isSubjectPronoun(toks[i-1].Norm) || toks[i-1].Tag == Modal) && nounNext(toks, i):
		// "we downscale climate projections": where the subject's verb
		// stands, before its object, a word no dictionary lists as a verb
		// (and that is seldom anything else) is one all the same; not "we
		// independent booksellers".
		t.Tag, t.Lemma, t.entry = Verb, t.Norm, wordnet.Entry{}
	case c.verb == 0 && c.noun > 0 && !c.plural && !t.Is(Capitalised) && i > 0 && i+1 < len(toks) && t.gap == 0 && toks[i-1].Tag == Pronoun && isSubjectPronoun(toks[i-1].Norm) && toks[i-1].gap == 0 && objectOpens(&toks[i+1]):
		// "we text free forecasts to farmers": a noun the dictionary
		// knows no verb for (it is newer than WordNet), where the
		// subject's verb stands, before its object; not "we tech workers".
		t.Tag, t.Lemma, t.entry = Verb, t.Norm, wordnet.Entry{}
	case t.Norm == "own" && prev == Determiner && toks[i-1].closed&clPossessive != 0 && toks[i-1].gap == 0 && (t.gap != 0 || i+1 == len(toks) || toks[i+1].closed&(clPreposition|clConjunction|clSubordinator) != 0):
		set(t, Pronoun) // "on their own, teaching …", "a home of her own": "own" after a possessive with no noun after it stands for one
	case c.verb > 0 && c.verbForm == Ing && t.gap == 0 && i+1 < len(toks) && plainObjectPronoun(toks[i+1].Norm):
		set(t, Verb) // "…, helping them pass their exams": no noun runs into "them"; the "-ing" word is a verb with its object
	case c.adj > 0 && c.verbForm == 0 && t.gap == 0 && i+2 < len(toks) && toks[i+1].Norm == "enough" && toks[i+1].gap == 0 && (toks[i+2].Norm == "for" || toks[i+2].Norm == "to" || toks[i+2].Norm == "that") &&
		!(prev == Pronoun && isSubjectPronoun(toks[i-1].Norm)):
		// "a river clean enough for children to swim in", "… that otters
		// raise their cubs": "enough" after a word that may be an
		// adjective, then what for or what follows, grades the adjective;
		// not "growing enough to feed …", a participle and what it grows,
		// nor "we clean enough to …"
		set(t, Adjective)
	case c.verb > 0 && verbListMember(toks, i):
		set(t, Verb) // "collects, fires and returns", "to clean, join and share"
	case c.verb > 0 && c.verbForm == Ing && gerundListEnds(toks, i) && (nounNext(toks, i) || determinerNext(toks, i) || i+1 < len(toks) && (toks[i+1].closed&clEveryone != 0 || plainObjectPronoun(toks[i+1].Norm))):
		set(t, Verb) // "maintaining dinghies, running safety boats and booking instructors": the list's last gerund, with its object
	case c.adj > 0 && c.verbForm == 0 && predicateAdjectiveJoined(toks, i):
		set(t, Adjective) // "so the water runs cleaner and colder": joined to a word only ever an adjective, with no noun after either, it is one too
	case prev == Noun && c.verbForm == ThirdPerson && c.verb > 0 && c.noun < rareVerbShare*c.verb && toks[i-1].gap == 0 && mannerAdverbEnds(toks, i) && !verbInClauseBefore(toks, i):
		set(t, Verb) // "where data flows freely and securely": no noun phrase ends in an adverb of manner; the "-s" word before one is the verb, unless the clause has its verb ("filing their mooring logs automatically")
	case prev == Verb && toks[i-1].closed&(clLinking|clBe) != 0 && c.adj > 0 && !nounNext(toks, i):
		set(t, Adjective) // "stay open", "is free"
	case prev == Verb && c.verbForm == Past && c.verb > 0 && nounNext(toks, i) && toks[i-1].closed&(clBe|clHave) == 0:
		set(t, Adjective) // "using donated pianos"
	case prev == Verb && toks[i-1].Is(Past) && toks[i-1].closed&clCausative != 0 && c.adj > 0 && c.adj >= c.noun && !nounNext(toks, i) && earlierPassive(toks, i-1):
		set(t, Adjective) // "are made free to every family", "is kept safe": the passive's new state
	case prev == Verb && c.verbForm == 0 && c.verb >= nearlyAlwaysVerb*max(1, c.noun) && t.gap == 0 && toks[i-1].gap == 0 && relativeVerbBefore(toks, i-1):
		set(t, Verb) // "so those who can no longer travel keep healthy gums": a word nearly always a verb, after the verb of a relative clause, is the main verb
	case prev == Verb && c.verbForm == Ing && c.noun > 0 && toks[i-1].closed&(clGerundObject|clBe|clHave|clDo|clLinking) == 0 && toks[i-1].Form&(Ing|Past) == 0 && toks[i-1].gap == 0 &&
		(t.gap&(gapComma|gapClause) != 0 || i+1 == len(toks)):
		set(t, Noun) // "helping them find housing, open …": a verb that takes no "-ing" one takes it as a noun, with nothing after it for a verb to take
	case prev == Verb && toks[i-1].closed&(clBe|clHave|clDo) == 0 && (c.noun > 0 || c.adj > 0) && c.verbForm != Ing:
		// A verb's object: "swap designs", "enable open maps"; a noun that
		// is seldom an adjective modifies the next ("exceed customer
		// expectations"); but a word far more often an adverb, with no
		// noun after it, says how ("see well", "work late").
		if c.adv > c.noun && c.adv > c.adj && (!nounNext(toks, i) || c.noun <= 1) || // a word WordNet's texts never use as a noun heads no compound ("live there")
			c.adv > 0 && everyTimeNoun(t.Norm) && !nounNext(toks, i) && (i+1 == len(toks) || t.gap != 0 || toks[i+1].closed&clPreposition != 0) {
			set(t, Adverb) // (and "meet monthly over tea": how often, with nothing after it to describe)
		} else if c.adj > 0 && (c.noun == 0 || nounNext(toks, i) && !verbAfterComma(toks, i) && c.adj >= c.noun/4 || (c.adj >= c.noun/4 || bareSingularPerson(t)) && adjectiveListNext(toks, i)) {
			set(t, Adjective) // (no bare singular stands for a person: "provide expert, compassionate care")
		} else if c.noun > 0 {
			set(t, Noun)
		} else {
			set(t, best(c))
		}
	case prev == Verb && toks[i-1].closed&(clBe|clHave|clDo) == 0 && c.verbForm == Ing && c.noun == 0 && c.adj > 0 && nounNext(toks, i) && toks[i].gap == 0:
		set(t, Adjective) // "swap glaring lights", "replace failing boilers": the object's modifier
	case prev == Verb && toks[i-1].closed&(clBe|clHave|clDo) == 0 && toks[i-1].gap&gapComma == 0 && c.verbForm == Ing && c.noun > 0 && (nounNext(toks, i) || i+1 < len(toks) && toks[i+1].Tag == Other && toks[i+1].closed&clConjunction != 0):
		set(t, Noun) // "sell scheduling software", "lend lighting and sound kit"; not after a comma ("… want to read, using borrowing data"), where the verb's object has ended
	case i > 0 && toks[i-1].gap&gapComma != 0 && c.verbForm == Ing && c.verb > 0 && is(c.verbLemma, clInstrumental) && nounNext(toks, i):
		set(t, Verb) // "decide what to build next, using event data": after a comma, a means
	case prev == ProperNoun && !toks[i-1].Is(Possessive) && toks[i-1].gap == 0 && i >= 2 && toks[i-2].Tag == Determiner && c.noun > 0 && !t.Is(Capitalised) && thirdPersonNext(toks, i):
		set(t, Noun) // "The Cellar co-operative makes …": a name that modifies the noun before the verb
	case countStandsAlone(toks, i) && c.verb > 0 && c.verbForm&(Past|Ing|ThirdPerson) == 0 && t.gap == 0 && i+1 < len(toks) &&
		toks[i+1].closed&(clDeterminer|clPossessive|clDistributive) != 0 && toks[i+1].Norm != "that":
		set(t, Verb) // "so thousands reach their ponds", "so most find a home": a count that stands for what it counts, then its verb and object
	case (prev == Determiner || prev == Number || prev == Adjective || (prev == Noun || prev == ProperNoun) && toks[i-1].Is(Possessive) && toks[i-1].gap&(gapComma|gapClause) == 0 ||
		prev == Adverb && i >= 2 && toks[i-2].Tag == Determiner && toks[i-2].closed&clDeterminer != 0) && !afterOpening(toks, i) &&
		!(prev == Number && toks[i-1].gap&gapComma != 0) && // "by 2030, cutting …": a comma ends the number's phrase
		!(prev == Number && i >= 3 && (toks[i-2].Norm == "to" || toks[i-2].Norm == "and") && toks[i-3].Tag == Number && baseVerbAt(toks, i) && c.verb >= 8*c.noun && !toks[i].Is(Capitalised)) && // "carers aged 8 to 17 get …": after a range, a word nearly always a verb ends it
		!(prev == Number && i >= 2 && (toks[i-2].Norm == "over" || toks[i-2].Norm == "under") && baseVerbAt(toks, i) && c.verb >= 8*c.noun && !toks[i].Is(Capitalised)) && // "players over sixty keep …": after an age's bound, likewise
		!(prev == Number && i >= 2 && toks[i-2].Tag == ProperNoun && toks[i-2].gap == 0 && baseVerbAt(toks, i) && c.verb >= 8*c.noun && !toks[i].Is(Capitalised)) && // "pupils who can't swim by Year 5 get …": after a label's number, likewise
		!(prev == ProperNoun && i >= 2 && toks[i-2].Tag == Preposition && baseVerbAt(toks, i) && c.verb >= 8*c.noun && !toks[i].Is(Capitalised)) && // "Adults with Tourette's go to work": after a name's possessive that ends a preposition's phrase, likewise
		!(toks[i-1].gap&gapComma != 0 && c.verbForm == Ing && c.verb > 0 && i+1 < len(toks) && toks[i+1].closed&(clPossessive|clDeterminer) != 0 && toks[i+1].Norm != "that") && // "every parish, however small, paying its people": a participle and its object
		!participleAfterPredicate(toks, i):
		// Inside a noun phrase: a noun, or an adjective before one ("a
		// largely volunteer network"); the noun before a verb's "-s" form
		// ("every freelancer gets paid": not "freelance" compared).
		switch {
		case c.verbForm == ThirdPerson && c.verb > 0 && prev != Determiner && i+1 < len(toks) && t.gap == 0 && plainObjectPronoun(toks[i+1].Norm):
			set(t, Verb) // "so a flat costs them one drop": no noun phrase runs on into "them"; a verb takes it as its object
		case (prev == Adjective || prev == Determiner) && adjectiveBeforeRelative(toks, i):
			set(t, Noun) // "full-fibre broadband that they own": a relative clause describes a noun, so the word before it heads the phrase, though WordNet knows it only as an adjective
		case prev == Adjective && c.verbForm == ThirdPerson && c.verb >= rareVerbShare*max(1, c.noun) && t.gap == 0 && toks[i-1].gap == 0 &&
			toks[i-1].cands != nil && toks[i-1].cands.noun > 0 && i >= 2 && (toks[i-2].Tag == Noun || toks[i-2].Tag == Determiner) && objectOpensAt(toks, i+1):
			// "Our ferry co-operative carries Lismore islanders …": a word
			// far more often a verb, before its object, is not the phrase's
			// noun; the word before it that may be a noun is, and this is
			// its verb
			set(&toks[i-1], Noun)
			set(t, Verb)
		case prev == Adjective && participleOfPeopleNoun(toks, i) && t.gap == 0 && toks[i-1].gap == 0 &&
			i >= 2 && (toks[i-2].Tag == Noun || toks[i-2].Tag == Determiner || toks[i-2].Tag == Adjective) && (objectOpensAt(toks, i+1) || nounNext(toks, i)):
			// "a village-owned co-operative laying fibre to homes": a word
			// hardly ever a noun, before its object, after a word that may
			// be a noun for people, is that noun's participle, as "-s"
			// verbs are above; not "a small growing business" ("small" is
			// no one)
			set(&toks[i-1], Noun)
			set(t, Verb)
		case c.adj > 0 && (c.noun == 0 || nounNext(toks, i) && c.adj >= c.noun/4 && !(c.noun > 0 && (thirdPersonNext(toks, i) || subjectAfterOpener(toks, i) && thirdPersonMaybe(toks, i) || loneAdjectiveNext(toks, i) || postpositiveNext(toks, i) || placeEndsBeforeVerb(toks, i) ||
			c.noun >= c.adj && participleWithObjectAt(toks, i+1))) || adjectiveListNext(toks, i) ||
			prev == Adjective && toks[i-1].gap&gapComma != 0 && c.adj >= 4*c.noun):
			set(t, Adjective) // after an adjective and a comma, a word far more often one goes on the list ("fair, friendly and fun")
		case c.noun > 0:
			set(t, Noun)
		case c.verb > 0 && c.verbForm == Ing && !nounNext(toks, i) && (prev == Adjective || prev == Determiner) && (i+1 == len(toks) || toks[i+1].cands == nil || toks[i+1].cands.adj == 0):
			set(t, Noun) // "through free, one-to-one tutoring": the activity the phrase names, with nothing after it to describe
		case c.verb > 0 && c.verbForm&(Ing|Past) != 0:
			set(t, Adjective) // "the rowing clubs", "a trusted guide"
		case c.verb > 0 && c.verbForm == 0 && nounNext(toks, i) && t.gap == 0 && !(c.noun == 0 && toks[i+1].cands != nil && toks[i+1].cands.adv > toks[i+1].cands.noun):
			set(t, Noun) // "more download passes": a verb's stem that names a noun's kind (WordNet knows "download" only as a verb); not "eat well", a word more often an adverb after it
		case c.verb > 0 && c.verbForm&(Ing|Past) == 0 && prev == Determiner && (toks[i-1].closed&clPossessive != 0 || toks[i-1].Norm == "the" || c.verbForm == 0 && (toks[i-1].Norm == "a" || toks[i-1].Norm == "an")):
			set(t, Noun) // "their bakes keep …", "have a natter": no verb follows "their" or an article; a verb's form used as a noun
			if c.verbForm == ThirdPerson {
				t.Form |= Plural // its "-s" makes it plural
			}
		default:
			set(t, best(c))
		}
	case prev == Noun && c.verbForm == Ing && c.verb > 0 && toks[i-1].gap == 0 && t.gap == 0 && i+2 < len(toks) && toks[i+1].Norm == "and" && toks[i+1].gap == 0 &&
		toks[i+2].closed&grammarClasses == 0 && toks[i+2].cands != nil && toks[i+2].cands.verbForm == Ing && toks[i+2].cands.verb > 0 && (nounNext(toks, i+2) || determinerNext(toks, i+2)) && !fieldOfWork(&toks[i-1]):
		set(t, Verb) // "every Wold parish saving and sharing seed": two participles and their object, not a compound
	case prev == Adverb && toks[i-1].Norm == "then" && i >= 2 && toks[i-2].gap&gapComma != 0 && toks[i-1].gap == 0 && c.verb > 0 && c.verbForm == 0 && determinerNext(toks, i):
		set(t, Verb) // "…, then hand the young trees to residents": the next step, a verb and its object
	case prev == Pronoun && indefinite(toks[i-1].Norm) && toks[i-1].gap == 0 && c.adj > 0:
		set(t, Adjective) // "nothing edible", "someone new": an adjective after the pronoun it describes
	case prev == Subordinator && afterResultOpener(toks, i) && c.verbForm == ThirdPerson && c.noun > 0 && c.plural && t.gap == 0 &&
		(plainVerbWithObject(toks, i+1) || plainVerbThenPreposition(toks, i+1)):
		set(t, Noun) // "so washes stay at £2": a clause of result opens with its subject; a plain verb follows the plural
	case i == 0 && c.verbForm == ThirdPerson && c.plural && c.noun > 0 && t.gap == 0 && onlyPlainVerbAt(toks, 1):
		set(t, Noun) // "Bats thrive in every valley": a plural that opens the sentence, and its verb
	case i == 0 || afterOpening(toks, i):
		set(t, opening(toks, i))
	case i > 0 && c.verbForm == Ing && c.verb > 0 && toks[i-1].gap&gapComma != 0 && t.gap == 0 && i+1 < len(toks) &&
		(toks[i+1].closed&clPossessive != 0 || c.verb >= 32*(c.noun+c.adj) && nounNext(toks, i) && verbBefore(toks, i) && !headlessListBefore(toks, i)):
		set(t, Verb) // "…, cutting their owners' energy bills in half", "…, giving bees and hedgehogs a home": a participle after a comma, with its object; a word all but always a verb, after a clause (not "By 2030, sitting volleyball …", a subject after an opening phrase)
	case participleAfterPredicate(toks, i):
		set(t, Verb) // "We keep a ghillie's year full, booking guided days …": after a clause's predicate and a comma, a participle and its object; not a list of nouns
	case (c.noun > 0 || c.adj > 0) && nounNext(toks, i) && afterFrontedPhrase(toks, i):
		// "Once a month, volunteer fixers …": after a fronted phrase and
		// its comma, a noun phrase opens, the subject's
		if c.adj > c.noun {
			set(t, Adjective)
		} else {
			set(t, Noun)
		}
	case c.verbForm == ThirdPerson && c.plural && c.noun > 0 && t.gap == 0 && afterFrontedPhrase(toks, i):
		set(t, Noun) // "Every month, volunteers from local libraries visit …": after a fronted phrase and its comma, the clause opens with its subject; no "-s" verb stands before it
	case prev == Adverb && i >= 2 && toks[i-1].gap == 0 && c.verb > 0 && c.verbForm&(Ing|Past) == 0 && preverbalAdverbAfterSubject(toks, i) && agrees(&toks[i-2], t) &&
		(nounNext(toks, i) || verbContinues(toks, i) || i+1 < len(toks) && toks[i+1].closed&(clDeterminer|clDistributive|clPossessive|clPronoun|clPreposition) != 0):
		set(t, Verb) // "a stolen guitar never costs them a gig": the subject, an adverb, its verb
	case prev == Subordinator && toks[i-1].Norm != "who" && c.verbForm == ThirdPerson && c.noun > 0 && c.plural && t.gap == 0 && modalAfterPlace(toks, i+1):
		set(t, Noun) // "our vision is that trains will once again run …": a plural opens the clause, its modal follows; no "-s" verb takes a modal after it
	case prev == Subordinator && toks[i-1].Norm == "who" && c.verb > 0 && c.verbForm&Ing == 0 &&
		(!(c.plural && c.noun > c.verb) || c.verbForm == ThirdPerson && i >= 2 && (toks[i-2].Tag == Noun || toks[i-2].Tag == ProperNoun) && !toks[i-2].Is(Plural)) &&
		!(c.adv > 0 && i+1 < len(toks) && toks[i+1].closed&clModal != 0): // not "pupils who [still] can't swim": before the modal, an adverb
		// "smallholders who lack equipment": "who" is the clause's subject;
		// "every child who lives …", "every new mum in Sunderland who
		// struggles …": after a singular or a name, an "-s" word is its
		// verb, however often it is a plural noun
		set(t, Verb)
	case prev == Subordinator && (toks[i-1].Norm == "that" || toks[i-1].Norm == "which") && i >= 2 && toks[i-2].Tag == Noun && toks[i-1].gap == 0 && c.verb > 0 && c.verbForm == ThirdPerson:
		set(t, Verb) // "an app for surgeries that halves missed appointments": after its noun, "that" is the subject, and no plural follows "that" as a determiner
	case prev == Subordinator && (toks[i-1].Norm == "that" || toks[i-1].Norm == "which") && i >= 2 && toks[i-2].Tag == Noun && toks[i-2].Is(Plural) && toks[i-1].gap == 0 && toks[i-2].gap == 0 &&
		c.verb > 0 && c.verbForm == 0 && i+1 < len(toks) && t.gap == 0 && (toks[i+1].closed&(clDeterminer|clPossessive|clPronoun) != 0 || toks[i+1].closed&grammarClasses == 0 && toks[i+1].cands.plural && toks[i+1].cands.noun > 0 && !baseVerbAt(toks, i+2)):
		// "containers that cost brands less": "that" after a plural is its
		// subject, and what follows is the verb's object, not "that
		// cost"'s; but in "tools that radio astronomers use", a verb after
		// the plural makes it the subject, and the word its modifier
		set(t, Verb)
	case prev == Subordinator && toks[i-1].gap == 0 && c.adj > 0 && c.adj >= c.noun && c.verbForm&(Ing|Past) == 0 && t.gap == 0 && i+2 < len(toks) &&
		toks[i+1].cands != nil && toks[i+1].cands.plural && toks[i+1].cands.noun > 0 && toks[i+1].gap == 0 && baseVerbAt(toks, i+2):
		set(t, Adjective) // "so daily exercises feel like play": the subject's modifier after the subordinator, its plural, then its plain verb
	case prev == Subordinator && subjectFollows(toks, i-1) && c.noun > 0 && c.verbForm&(Ing|Past) == 0 && nounNext(toks, i):
		// "a valley where care home staff …": the clause's subject comes
		// first, its modifiers before it ("where small farms …").
		if c.adj >= c.noun {
			set(t, Adjective)
		} else {
			set(t, Noun)
		}
	case prev == Preposition && toks[i-1].Norm == "to" && c.verb > 0 && c.verbForm == Ing && t.gap == 0 && i+1 < len(toks) &&
		toks[i+1].closed&(clDeterminer|clPossessive|clDistributive) != 0 && toks[i+1].Norm != "that":
		set(t, Verb) // "from pricing a policy to paying a claim", "committed to helping their neighbours": an "-ing" verb with its object; not "to rowing clubs"
	case prev == Preposition && c.verb > 0 && c.verbForm == Ing && gerundPreposition(toks[i-1].Norm) && !(c.noun >= 8*c.verb && nounNext(toks, i)) && !forPeopleOfTrade(toks, i) && !listedNounWithNext(toks, i):
		set(t, Verb) // "by pooling data"; not "through evening classes", far more often a noun, before one, nor "of hearing aid", a noun WordNet lists
	case prev == Preposition && c.verb > 0 && c.verbForm == Past && c.noun == 0 && nounNext(toks, i) && toks[i].gap == 0:
		set(t, Adjective) // "through person-centred care", "for disabled children": a participle that describes the noun
	case prev == Preposition && (c.noun > 0 || c.adj > 0):
		// After a preposition, a noun phrase: "by design", "of open source";
		// not an adjective before a comma and a name ("at home, Kernow
		// Care …"), which starts the next phrase.
		if c.adj > 0 && (c.noun == 0 || c.adj >= 4*c.noun && !nounNext(toks, i) || nounNext(toks, i) && !(t.gap&gapComma != 0 && i+1 < len(toks) && toks[i+1].Is(Capitalised))) {
			set(t, Adjective) // "by design"; "for free", "in full": an adjective far more often, with no noun to describe
		} else {
			set(t, Noun)
		}
	case prev == Conjunction && toks[i-1].Norm == "and" && c.verbForm == ThirdPerson && c.noun > 0 && c.plural && t.gap == 0 && (plainVerbWithObject(toks, i+1) || plainVerbThenPreposition(toks, i+1)) &&
		!lastVerbThirdPerson(toks, i):
		set(t, Noun) // "…, and volunteers keep a fleet of dinghies afloat": no "-s" verb takes a plain verb after it; the plural opens a new clause as its subject; not "grows up … and leaves care with …", an "-s" verb joined to the one before
	case prev == Conjunction && toks[i-1].Norm == "and" && i >= 3 && c.verb > 0 && (c.verbForm == 0 || c.baseToo) && t.gap == 0 && toks[i-2].Tag == Noun && timeNoun(&toks[i-2]) &&
		(nounNext(toks, i) || determinerNext(toks, i)) && plainVerbBeforeTime(toks, i-2):
		set(t, Verb) // "members pay £5 a month and [share] equipment": after how often, the next plain verb of the same subject
	case prev == Conjunction && i >= 2:
		set(t, coordinate(toks, i, i-2))
	case i > 0 && toks[i-1].gap&gapAnd != 0:
		set(t, coordinate(toks, i, i-1)) // "information & processes"
	case c.verbForm == Past && c.adj+c.verb > 0 && nounNext(toks, i) && (prev == Adverb || prev == Determiner):
		set(t, Adjective) // "highly qualified specialists"
	case c.verbForm == Ing && c.verb > 0 && t.gap == 0 && prev == Subordinator && i+1 < len(toks) && (pluralSubjectAt(toks, i+1) || pluralThenVerbAt(toks, i+1)):
		set(t, Adjective) // "where grieving families order …", "so working parents get …": the subject's modifier, its plural, then its plain verb
	case c.verbForm&(Past|Ing) != 0 && c.adj+c.verb > 0 && nounNext(toks, i) && prev == Subordinator && modalAfterNouns(toks, i+1):
		set(t, Adjective) // "so that isolated families can borrow …", "so that visiting yachts can anchor": the subject's modifier, before its modal
	case (prev == Noun || prev == ProperNoun) && c.adj > 0 && c.verbForm != ThirdPerson && listModifier(toks, i):
		set(t, Adjective) // "offer quiet weekends, short breaks and …": the next item's modifier
	case (prev == Noun || prev == ProperNoun) && c.noun > 0 && listMember(toks, i):
		set(t, Noun) // "porters, cooks and night nurses"
	case (prev == Noun && toks[i-1].Is(Plural) || prev == Pronoun) && (c.adj > 0 && c.verbForm == 0 || c.verb > 0 && c.verbForm == Past) && t.gap == 0 && nounNext(toks, i) && afterDitransitiveObject(toks, i):
		set(t, Adjective) // "gives developers correct time zone handling", "giving them paid work": the second object's modifier, before its noun with no comma between
	case prev == Noun && c.adj > 0 && c.verbForm == 0 && singularOnlyPhraseBefore(toks, i) && i+1 < len(toks) && t.gap == 0 && toks[i+1].cands != nil && toks[i+1].cands.plural && toks[i+1].cands.noun > 0 && afterDitransitiveObject(toks, i):
		set(t, Adjective) // "give every support team instant answers": "every" takes no plural head, so a second object starts
	case (prev == Noun || prev == ProperNoun || prev == Pronoun) && c.verb > 0 && c.verbForm == 0 && t.gap == 0 && i+1 < len(toks) && toks[i+1].closed&clVerbParticle != 0 && afterCausativeObject(toks, i):
		set(t, Verb) // "help office workers in Reading slow down": a verb's particle after it, where no adjective takes one
	case (prev == Noun || prev == ProperNoun || prev == Pronoun) && c.adj > 0 && c.verbForm == 0 && (!nounNext(toks, i) || t.gap&gapComma != 0) &&
		(c.adj >= c.verb && (4*c.adj >= c.noun || !prepositionNext(toks, i)) && afterCausativeObject(toks, i) || c.adj >= c.noun && afterObjectOf(toks, i, clCausative) && !afterCausativeObject(toks, i) ||
			afterCausativeObject(toks, i) && t.gap == 0 && 4*c.adj >= c.noun && i+1 < len(toks) && (toks[i+1].Norm == "for" || toks[i+1].Norm == "to") && toks[i+1].closed&clPreposition != 0):
		// "make builds fast": the object's new state, not its verb; after
		// a causative that takes no bare verb ("keep the river clean"),
		// whatever the word is more often; before "for" or "to" ("make
		// spatial data open for all"), the state and for whom, where a
		// bare verb would take its object first; not a noun far more
		// often before a preposition, which goes on the object ("make the
		// control plane for modern APIs"). A comma after the word ends it, whatever may
		// follow ("make school chess fair, friendly and fun": a list of
		// states).
		set(t, Adjective)
	case (prev == Noun || prev == ProperNoun || prev == Pronoun) && c.adj > 0 && c.verbForm == Ing && afterCausativeObject(toks, i) &&
		(t.gap != 0 || i+1 == len(toks) || toks[i+1].closed&clConjunction != 0):
		// "make flight software boring": a verb that takes a bare verb takes
		// no "-ing" one, so the word that ends the phrase is the object's
		// state; not "help people living with dementia", a participle
		set(t, Adjective)
	case prev == Noun && toks[i-1].Is(Plural) && toks[i-1].gap == 0 && t.gap == 0 && c.verb > 0 && c.verbForm&(ThirdPerson|Ing) == 0 && is(c.verbLemma, clBareInfinitive) &&
		!verbBefore(toks, i) && objectThenBareVerb(toks, i):
		set(t, Verb) // "… and a store of loaned marquees let village festivals in Norfolk run …": a plural subject, a verb that takes a bare one, its object and the bare verb
	case (prev == Noun && toks[i-1].Is(Plural) && (isSomeoneNoun(&toks[i-1]) || someoneThenPlace(toks, i)) || prev == Pronoun && is(toks[i-1].Norm, clObjectPronoun) || prev == ProperNoun && namedPlaceOfPeople(toks, i-1)) && toks[i-1].gap == 0 && t.gap == 0 &&
		c.verb > 0 && c.verbForm == 0 && afterCausativeObject(toks, i) && (nounNext(toks, i) || determinerNext(toks, i)) && !compoundBeforeItsVerb(toks, i):
		// "let carers book respite care", "let Deaf people in Wales book
		// an interpreter", "let visitors to the islands book a crossing":
		// after a verb that takes a bare one, and the people it lets (and
		// where they are), a verb with its object, however often the word
		// is a noun
		set(t, Verb)
	case (prev == Noun || prev == ProperNoun || prev == Pronoun) && c.verb > 0 && c.verb*8 >= c.noun && c.verbForm == 0 && afterCausativeObject(toks, i) &&
		!(prev == ProperNoun && i >= 2 && (toks[i-2].Tag == Determiner && c.noun > 0 || toks[i-2].Tag == Preposition && c.noun >= c.verb)) && // not "the Eastgate ward", "at Enderby court"
		!(c.noun > 0 && c.verb < nearlyAlwaysVerb*c.noun && relativeAfter(toks, i)) && // not "we see a coffee trade in which …", a noun a clause describes; but "help households see where …": a word nearly always a verb
		!(c.noun > 0 && !toks[i-1].Is(Plural) && t.gap == 0 && baseVerbAt(toks, i+1) && toks[i+1].cands.verb >= 4*(toks[i+1].cands.noun+toks[i+1].cands.adj)) && // not "make every bedside loan take …": the compound's noun, then the bare verb
		!(c.noun >= c.verb && bareCountAfterVerb(toks, i-1)): // not "make fresh goat cheese": a singular that counts, with no determiner, is no object; it modifies the noun after it
		set(t, Verb) // "help people file", "let children play"; not "making food people love", where "people" is hardly ever a verb
	case prev == Noun && !toks[i-1].Is(Plural) && toks[i-1].gap == 0 && c.noun > 0 && c.verbForm == ThirdPerson && (afterObjectOf(toks, i, clCausative) && !reducedRelative(toks, i) || afterObjectOf(toks, i, clDitransitive)):
		// "helps district nurses plan their rounds", "makes monorepo builds
		// fast", "gives start-ups more download passes": the object's plural
		// head, not a verb; after a causative's object, a determiner may open
		// a clause that describes it ("every payment a customer attempts").
		set(t, Noun)
	case prev == Noun && c.verb > 0 && c.verb >= c.noun && c.verbForm&(Ing|Past) == 0 && mainVerbAfterRelative(toks, i):
		set(t, Verb) // "teenagers who have never been inside a theatre see one": the main clause's verb
	case prev == Noun && i >= 2 && toks[i-2].Tag == Subordinator && toks[i-2].Norm != "who" && toks[i-1].gap == 0 && c.noun > 0 && c.plural && c.verbForm == ThirdPerson && t.gap == 0 && modalAfterNouns(toks, i):
		set(t, Noun) // "courses where navigation volunteers and apprentices learn …": the subject's nouns after the subordinator run on to its verb
	case prev == Noun && c.verb > 0 && c.verbForm == 0 && t.gap == 0 && toks[i-1].gap == 0 && agrees(&toks[i-1], t) && i+1 < len(toks) && toks[i+1].closed&clDistributive != 0 && toks[i+1].Norm != "no" && toks[i+1].Norm != "any":
		set(t, Verb) // "our night staff check every mooring line": people, then a plain verb and what it counts one by one
	case prev == Noun && c.verbForm == ThirdPerson && c.plural && c.noun > 0 && t.gap == 0 && toks[i-1].gap == 0 && nounsOpenClause(toks, i-1) && placeThenPlainVerb(toks, i+1):
		set(t, Noun) // "Hot air balloon pilots in the Cotswolds fly more often …": the subject's plural, its place, then its plain verb
	case prev == Noun && c.verbForm == ThirdPerson && c.plural && c.noun >= 4*c.verb && t.gap == 0 && bareNounOpens(toks, i-1):
		set(t, Noun) // "Hut holidays within reach of …", "Glass apprentices in Stourbridge": a bare singular noun, no subject without its determiner, modifies the plural after it
	case prev == Noun && c.verbForm == ThirdPerson && c.plural && c.noun >= 4*c.verb && t.gap == 0 && toks[i-1].gap == 0 && !toks[i-1].Is(Plural) && onlyAdjectivesBefore(toks, i-1) &&
		i+1 < len(toks) && toks[i+1].closed&clPreposition != 0 && toks[i+1].closed&clVerbParticle == 0:
		set(t, Noun) // "Warm, fitted winter coats for …": after only adjectives and a bare singular, a word far more often a plural noun, with no object after it, ends the phrase
	case prev == Noun && !toks[i-1].Is(Plural) && c.verb >= nearlyAlwaysVerb*max(1, c.noun) && c.verbForm == 0 && t.gap == 0 && toks[i-1].gap == 0 && joinedSubjectOpens(toks, i):
		set(t, Verb) // "Captioned walks and a signing guide give …": phrases joined by "and" open the sentence, a plural subject, and a plain verb agrees with it
	case (prev == Noun || prev == ProperNoun) && !toks[i-1].Is(Plural) && c.noun > 0 && c.verbForm == 0 && t.gap == 0 && toks[i-1].gap == 0 && i+1 < len(toks) && pluralSubjectAt(toks, i+1):
		set(t, Noun) // "so Filipino care workers in Bristol know …": the plural after it, its place and a plain verb are the clause's; the word modifies the plural; not after a plural ("our singing cafés help people living with dementia …"), which seldom modifies a noun and takes a plain verb
	case prev == Pronoun && c.verb == 0 && c.noun > 0 && !c.plural && t.Norm == c.nounLemma && !t.Is(Capitalised) && t.gap == 0 && toks[i-1].gap == 0 &&
		(toks[i-1].Norm == "we" || toks[i-1].Norm == "they" || toks[i-1].Norm == "i") && objectOpensAfter(toks, i):
		// "we steward four pitches": no singular noun follows "we", "they"
		// or "I"; a word WordNet has only as a noun, with an object after
		// it, is their verb, made of the noun as English makes them
		t.Tag, t.Lemma = Verb, c.nounLemma
	case prev == Noun && c.verb > 0 && c.adj >= 4*c.verb && c.adj >= c.adv && c.verbForm == 0 && t.gap == 0 && i+2 < len(toks) && toks[i+1].Norm == "to" && toks[i+1].gap == 0 && baseVerbAt(toks, i+2):
		set(t, Adjective) // "go back to school ready to speak up": a word that may be a verb but is far more often an adjective, before "to" and a verb, says how they are; not "together", which says how the verb before is done
	case prev == ProperNoun && c.plural && c.verbForm == ThirdPerson && peopleNoun(t) && frontedPhraseBefore(toks, i):
		set(t, Noun) // "Across Wales volunteers run …": a phrase that opens the sentence holds no subject, so the people after its name are the subject, not the name's verb
	case prev == ProperNoun && c.noun > 0 && c.verbForm == 0 && t.gap == 0 && nameAfterPreposition(toks, i-1) && nounNext(toks, i) && toks[i+1].cands.plural:
		set(t, Noun) // "a home for Swansea [care] leavers": the name is the preposition's, and no noun before it agrees with a plain verb; the word modifies the plural
	case prev == Noun && toks[i-1].Is(Plural) && isSomeoneNoun(&toks[i-1]) && toks[i-1].gap == 0 && c.verb > 0 && c.verbForm == 0 && t.gap == 0 &&
		i+3 < len(toks) && toks[i+1].Norm == "and" && toks[i+1].gap == 0 && toks[i+2].cands != nil && toks[i+2].cands.verb > 0 && toks[i+2].cands.verbForm == 0 &&
		toks[i+2].gap == 0 && determinerNext(toks, i+2) && !verbBefore(toks, i):
		set(t, Verb) // "Our volunteers tune and repair the neglected pianos": people, then two plain verbs joined by "and" before their object; no compound has a plural first
	case prev == Noun && toks[i-1].gap == 0 && c.verbForm == ThirdPerson && c.plural && c.noun > 0 && t.gap&gapComma != 0 && phraseAfterColon(toks, i):
		set(t, Noun) // "…: step-free viewing pads, a telescope on a lift and …": an item of a list of things after a colon, not a verb without its object
	case prev == Noun && toks[i-1].gap == 0 && c.verbForm == ThirdPerson && c.plural && c.noun > 0 && (t.gap&gapComma != 0 || i+1 < len(toks) && toks[i+1].closed&clPreposition != 0) && joinedAfterColon(toks, i):
		set(t, Noun) // "…: affordable lessons and test-day lifts for teenagers": the next item of the things after a colon, joined by "and"
	case (prev == Noun || prev == ProperNoun) && describedPeopleAt(toks, i):
		set(t, Noun) // "Food-bank volunteers who never …": people, and the relative clause about them
	case (prev == Noun || prev == ProperNoun) && c.verbForm == Past && c.adj > 0 && t.gap == 0 && toks[i-1].gap == 0 && nounNext(toks, i) && receiverBefore(toks, i):
		set(t, Adjective) // "give new mothers in Dhaka's garment factories [paid] time": after whom a verb of giving gives to, the second object opens; a past form there describes its noun
	case (prev == Noun || prev == ProperNoun || prev == Pronoun) && c.verb > 0 && finiteVerbFits(toks, i) && !(prev == Noun && pluralSubjectAt(toks, i)) &&
		!(prev == Noun && c.plural && timeOnlyModifies(toks, i)):
		set(t, Verb) // (not "make sure night-shift [nurses] at St Aldhelm's eat well": a plural, where it is, then the plain verb it takes)
	case prev == Noun && c.verb > 0 && c.verbForm == 0 && t.gap == 0 && toks[i-1].gap == 0 && i+2 < len(toks) && toks[i+1].Norm == "by" &&
		(toks[i+2].closed&(clDeterminer|clPossessive) != 0 && toks[i+2].Norm != "that" || toks[i-1].Is(Plural) && toks[i+2].closed&grammarClasses == 0) && prepObjectEndsAt(toks, 0, i-1):
		set(t, Verb) // "in evening sessions [run] by the club's coaches", "through clubs [run] by local volunteers": no compound runs on from a preposition's noun into "by" (nor opens on a plural); a verb's plain form there is its participle
	case prev == Noun && c.verbForm == Ing && c.verb > 0 && toks[i-1].Is(Plural) && !nounNext(toks, i):
		set(t, Verb) // "keep ferry operators sailing"
	case prev == Noun && c.verbForm == Ing && c.verb > 0 && toks[i-1].gap == 0 && !nounNext(toks, i) && afterObjectOf(toks, i, clCausative) &&
		(toks[i-1].entry.First(wordnet.Noun) == wordnet.NounSocialGroup || toks[i-1].entry.First(wordnet.Noun) == wordnet.NounPerson):
		set(t, Verb) // "keeps the next generation farming": a group of people, after a verb that keeps or lets, and what they go on doing
	case prev == Noun && c.verbForm == Ing && c.verb >= c.noun && toks[i-1].Is(Plural) && toks[i-1].gap == 0 &&
		(toks[i-1].entry.First(wordnet.Noun) == wordnet.NounPerson || toks[i-1].entry.First(wordnet.Noun) == wordnet.NounSocialGroup):
		set(t, Verb) // "tenants facing eviction", "carers needing a break": what the people do, not a compound
	case prev == Noun && c.verbForm == Ing && c.verb > 4*c.noun && !toks[i-1].Is(Plural) && toks[i-1].gap == 0 && t.gap == 0 && nounNext(toks, i) &&
		(toks[i-1].entry.First(wordnet.Noun) == wordnet.NounPerson || toks[i-1].entry.First(wordnet.Noun) == wordnet.NounSocialGroup || toks[i-1].entry.First(wordnet.Noun) == wordnet.NounEstablishment):
		set(t, Verb) // "a team getting value", "a nurse visiting patients", "a café serving coffee": a word hardly ever a noun, after someone or a place of business, with an object
	case prev == Noun && c.verbForm == Ing && c.verb > 0 && is(c.verbLemma, clInstrumental) && nounNext(toks, i):
		set(t, Verb) // "maps routes across the city using data from …": a means, not a kind of data
	case prev == Noun && c.verbForm == Ing && c.verb >= c.noun && toks[i-1].gap == 0 && i+1 < len(toks) && toks[i+1].closed&clPreposition != 0 && !fieldOfWork(&toks[i-1]) && !ingCompound(toks, i) && !activityAfterAdjective(toks, i-1) && !bareTimeBefore(toks, i):
		set(t, Verb) // "every child starting at a school": a participle that describes the noun
	case prev == Noun && c.verbForm == Ing && c.verb > 0 && toks[i-1].gap == 0 && i+1 < len(toks) && (toks[i+1].closed&(clDeterminer|clPossessive) != 0 && toks[i+1].Norm != "that" || toks[i+1].Is(Capitalised) && toks[i+1].closed == 0 && !t.Is(Capitalised)):
		set(t, Verb) // "weavers in every valley selling their cloth", "every offender leaving Brackmoor": an "-ing" word with an object of its own
	case (prev == Noun || prev == ProperNoun) && c.verbForm == 0 && c.verb >= nearlyAlwaysVerb*max(1, c.noun) && is(c.verbLemma, clCausative) && causedThenVerb(toks, i):
		set(t, Verb) // "Guitar classes at nine at night let London's shift workers learn …": a verb that lets, its object, and what they then do
	case prev == Noun && toks[i-1].Is(Plural) && toks[i-1].gap == 0 && c.verbForm == 0 && c.verb >= 8*max(1, c.noun) && (t.gap&(gapComma|gapClause) != 0 || i+1 == len(toks)) &&
		relativeSubjectBefore(toks, i-1):
		set(t, Verb) // "every penny [our race nights raise], …": a noun, a second phrase with its determiner, and a word far more often a verb ending the clause: a relative clause without "that"
	case prev == Noun && toks[i-1].Is(Plural) && c.verbForm == 0 && c.verb >= nearlyAlwaysVerb*max(1, c.noun) && t.gap == 0 && toks[i-1].gap == 0 && determinerNext(toks, i):
		set(t, Verb) // "drivers coming off late shifts get a hot meal": a plural, then a word nearly always a plain verb and the determiner of its object; no compound runs on from a plural
	case (prev == Noun || prev == ProperNoun) && c.verbForm&Past != 0 && c.verb >= 8*c.noun && t.gap == 0 && toks[i-1].gap == 0 && i+1 < len(toks) && toks[i+1].Norm == "by":
		set(t, Verb) // "walks led by local guides": a past participle and its agent, not a compound ("led" is also an LED)
	case prev == Noun && c.adj > 0 && t.gap == gapComma && toks[i-1].gap == 0 && predicateListAfter(toks, i):
		set(t, Adjective) // "pass their registers to the next generation whole, legible and free of mould": the first of a list of adjectives that ends the clause, said of the object
	case prev == Noun && c.verb > 0 && c.verbForm&(Ing) == 0 && t.gap&gapPossessive == 0 && toks[i-1].gap == 0 && whatThenPhraseBefore(toks, i) &&
		!(c.noun >= c.verb && t.gap == 0 && i+1 < len(toks) && toks[i+1].closed&(clBe|clModal) != 0): // not "what our sewing room is for": a word as often a noun, before "is", is the clause's subject
		set(t, Verb) // "what the next family needs": "what" before a determiner opens a clause, and its subject's verb follows the phrase
	case prev == Noun && i >= 2 && toks[i-2].Tag == Conjunction && toks[i-2].Norm == "and" && toks[i-1].Is(Plural) && toks[i-1].cands != nil && toks[i-1].cands.verbForm == ThirdPerson &&
		(plainVerbWithObject(toks, i) || plainVerbThenPreposition(toks, i)):
		set(t, Verb) // "…, and volunteers keep a fleet afloat", "and trains run on time": the verb of the plural that opens a new clause (see the "-s" word's own case)
	case prev == Noun && c.verb > 0 && (c.verbForm == 0 || c.baseToo) && toks[i-1].gap == 0 && t.gap == 0 && i+1 < len(toks) &&
		toks[i+1].closed&(clPreposition|clDeterminer|clPossessive) != 0 && pluralAfterByAgent(toks, i):
		set(t, Verb) // "when families affected by sickle cell [talk] about it": the plural's verb after the participle and its agent; no compound runs on past "by"'s phrase
	case prev == Pronoun && isSubjectPronoun(toks[i-1].Norm) && toks[i-1].Norm != "you" && toks[i-1].gap == 0 && c.verb == 0 && c.noun > 0 && !c.plural && t.gap == 0 && t.closed&grammarClasses == 0 &&
		i+2 < len(toks) && (toks[i+1].Norm == "and" || toks[i+1].Norm == "or") && toks[i+1].gap == 0 && toks[i+2].cands != nil && toks[i+2].cands.verb > 0 && toks[i+2].cands.verbForm == 0:
		set(t, Verb) // "We coppice and replant …": after a subject pronoun, a noun WordNet lists as no verb, joined to a verb, is used as one, as English does
		t.Lemma = t.Norm
	case prev == Noun && toks[i-1].Is(Plural) && toks[i-1].gap == 0 && c.verb > 0 && c.verbForm == 0 && t.gap == 0 && i+2 < len(toks) &&
		toks[i+1].closed&clVerbParticle != 0 && toks[i+1].gap == 0 && (objectOpens(&toks[i+2]) || toks[i+2].closed&grammarClasses == 0 && toks[i+2].cands != nil && (toks[i+2].cands.noun > 0 || toks[i+2].cands.verbForm == Ing)):
		set(t, Verb) // "Our wardens fence off nesting sites": after a plural (no compound opens on one), a plain verb with its particle and its object
	case prev == Noun && c.verbForm == ThirdPerson && c.verb > 0 && toks[i-1].gap == 0 && singularSubjectPastPlace(toks, i):
		set(t, Verb) // "No dairy farmer in the valley milks alone": a singular subject, where it is, then its "-s" verb
	case (prev == Noun || prev == ProperNoun && i >= 2 && toks[i-2].Tag == Determiner) && c.noun > 0 &&
		(c.noun >= c.adj || (phraseEndsAfter(toks, i) || personAfterDeterminedNoun(toks, i)) && !predicateSlot(toks, i)) && toks[i-1].gap == 0 &&
		(c.adv <= c.noun || nounNext(toks, i)) && !(prev == ProperNoun && c.verbForm == Ing && c.verb > 0 && determinerNext(toks, i)) &&
		!(c.noun <= 1 && c.adj > c.noun && adjectiveListNext(toks, i)): // not "give every student at a Welsh university [free], one-to-one advice": a word never used as a noun, before another adjective of the next noun

		// the rest of a compound: "community change", "the Lantern ferry",
		// "a ferry cooperative on …"; but a word more often an adverb, with
		// no noun after it, says how or when ("answers sooner"); and no
		// compound's "-ing" head has an article straight after it ("on the
		// A1 finding a safe place": a participle and its object)
		set(t, Noun)
	case ((prev == Noun || prev == ProperNoun) && !toks[i-1].Is(Plural) || prev == Pronoun && (toks[i-1].Norm == "it" || is(toks[i-1].Norm, clObjectPronoun) && !afterCausativeObject(toks, i))) &&
		c.verb > 0 && c.verbForm == 0 && (c.adv > 0 || c.adj > 0) && i+1 < len(toks) && toks[i+1].closed&clPreposition != 0:
		// "buy fleece direct from the farms", "sell it direct to chefs",
		// "sell them direct": a singular noun, "it" or an object pronoun
		// takes no plain verb (unless one that lets: "let them …"), so a
		// word that may also say how stands for that, before its
		// preposition
		if c.adv >= c.adj {
			set(t, Adverb)
		} else {
			set(t, Adjective)
		}
	case prev == Noun && !toks[i-1].Is(Plural) && c.verbForm == Ing && c.verb > 0 && t.gap == 0 && toks[i-1].gap == 0 && i+1 < len(toks) && toks[i+1].closed&(clBe|clModal) != 0 &&
		(i == 1 || toks[i-2].Tag == Subordinator || toks[i-2].Tag == Determiner):
		set(t, Noun) // "where coal carrying is celebrated": a bare singular and an "-ing" word straight before "is" name an activity, the subject's head
	case i > 0 && toks[i-1].gap&gapComma != 0 && c.noun > 0 && c.plural && t.gap == 0 && i+1 < len(toks) && toks[i+1].closed&clModal != 0:
		set(t, Noun) // "In Ohio's food pantries, volunteers will …": no verb stands before a modal, so a plural after the comma of a fronted phrase is the subject
	case prev == Noun && toks[i-1].gap == 0 && c.noun == 0 && c.verb == 0 && c.adj > 0 && c.adjEntry.First(wordnet.Adjective) == wordnet.AdjectivePertainym &&
		(i+1 == len(toks) || t.gap != 0 || toks[i+1].closed&(clPreposition|clConjunction) != 0) && !predicateSlot(toks, i):
		// "bring gigabit broadband to …": no adjective follows the noun it
		// would describe, so a word WordNet knows only as an adjective of
		// relation, ending its phrase, is used as the noun
		t.Tag, t.Lemma = Noun, t.Norm
	case c.verbForm == Ing && c.adj > 0 && seldomWithObject(c) && i > 0 && toks[i-1].gap&gapComma != 0 && t.gap == 0 && nounNext(toks, i) && !verbBefore(toks, i):
		set(t, Adjective) // "Living rivers, thriving communities": after a comma, with no verb before it, a verb that hardly ever takes an object describes the noun after it
	case c.verbForm == Past && c.noun == 0 && strings.IndexByte(t.Norm, '-') > 0 && (prev == Preposition || prev == Determiner || prev == Adjective):
		set(t, Adjective) // "of person-centred, high-quality care", "a community-led": a compound of a past participle where a noun phrase opens, not a verb
	case prev == Noun && toks[i-1].gap == 0 && adjectiveBeforeRelative(toks, i):
		set(t, Noun) // "gigabit broadband that they own": the same after a noun that modifies it
	case prev == Adverb && toks[i-1].gap == 0 && c.verbForm == ThirdPerson && c.verb > 0 && t.gap == 0 && i+1 < len(toks) && toks[i+1].closed&(clDeterminer|clPossessive) != 0 && toks[i+1].Norm != "that":
		set(t, Verb) // "the mill dam that once powered the looms now powers the library": no noun stands between an adverb and a determiner's phrase; an "-s" verb does, with its object
	case c.verbForm == Ing && c.noun > 0 && prev == Noun && toks[i-1].gap&gapComma != 0 && !toks[i-1].Is(Ing) && t.gap == 0 && nounNext(toks, i) && i+2 < len(toks) &&
		(toks[i+1].gap&(gapComma|gapAnd) != 0 || toks[i+2].Norm == "and" || toks[i+2].Norm == "or") && !gerundItemBefore(toks, i-1):
		set(t, Noun) // "bedding, cookware, [cleaning] kit and a week's food": in a list of nouns, an "-ing" word before its item's noun names the kind of thing
	case prev == Noun && toks[i-1].gap == 0 && t.gap == 0 && c.noun > 0 && c.verb == 0 && 4*c.noun >= c.adj && i+1 < len(toks) && toks[i+1].closed&clPreposition != 0 && determinedBefore(toks, i):
		set(t, Noun) // "the leading sign language interpreting co-operative in …": an adjective seldom follows a noun, so the phrase a determiner opens ends on this word, a noun fairly often, before its preposition
	case prev == Verb && toks[i-1].gap == 0 && toks[i-1].closed&clBareInfinitive != 0 && toks[i-1].closed&clGerundObject == 0 && c.verbForm == Ing && t.gap == 0 && nounNext(toks, i):
		set(t, Adjective) // "helps touring theatre crews load in": a verb that takes a bare one takes no "-ing" one straight after it; before a noun, the word describes its object
	case prev == Pronoun && i >= 2 && toks[i-2].Norm == "of" && toks[i-2].gap == 0 && toks[i-1].gap == 0 && is(toks[i-1].Norm, clObjectPronoun) &&
		c.verb > 0 && (c.verbForm == ThirdPerson || c.verbForm == 0):
		set(t, Verb) // "so every one of them ends up on a sofa": a pronoun heads no compound, so after "of them" the word is the counted subject's verb
	case prev == Adverb && c.verbForm == 0 && c.verb > 0 && c.adj > 0 && i >= 2 && toks[i-1].gap == 0 && toks[i-1].closed&grammarClasses == 0 && toks[i-2].Tag == Noun && singularOnlyPhraseBefore(toks, i-1):
		set(t, Adjective) // "Every small-town petrol station still open in 2040": a singular that "every" opens takes no plain verb, so the word after its adverb is what it is
	case prev == Pronoun && is(toks[i-1].Norm, clObjectPronoun) && toks[i-1].gap == 0 && c.verbForm == Ing && c.noun > 0 && t.gap&gapComma != 0 && afterDitransitiveObject(toks, i) && nounListAfter(toks, i):
		set(t, Noun) // "give them grazing, farriery and vet care": the first of the things given, a list of nouns
	case c.verbForm == Ing && c.verb > 0 && t.gap == 0 && i+3 < len(toks) && (toks[i+1].Norm == "and" || toks[i+1].Norm == "or") && toks[i+1].gap == 0 &&
		toks[i+2].cands != nil && toks[i+2].closed&grammarClasses == 0 && toks[i+2].cands.verbForm == Ing && toks[i+2].cands.verb > toks[i+2].cands.noun && toks[i+2].gap == 0 && (objectOpensAt(toks, i+3) || nounNext(toks, i+2)):
		set(t, Verb) // "vaccinating and treating livestock": joined to an "-ing" verb with its object, the object is both verbs', and the word a verb too
	default:
		set(t, best(c))
	}
}

// nounListAfter reports whether a list of nouns goes on after token i's
// comma: a word that may be a noun, then a comma, or "and" or "or" after
// it ("grazing, [farriery and] vet care").
func nounListAfter(toks []Token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].closed&grammarClasses != 0 || toks[i+1].cands == nil || toks[i+1].cands.noun == 0 {
		return false
	}
	return toks[i+1].gap&gapComma != 0 || toks[i+1].gap == 0 && (toks[i+2].Norm == "and" || toks[i+2].Norm == "or")
}

// againClasses returns the classes of words.txt a verb made with "re-"
// shares with the verb it is made from ("reopen the canal to boaters"
// gives as "open" does): the verb must be in none itself, and WordNet must
// file both first under the same class, as "reopen" and "open", "rebuild"
// and "build" are; not "reserve" and "serve", "repair" and "pair", which
// only look alike.
func againClasses(lemma string) class {
	if len(lemma) < 5 || !strings.HasPrefix(lemma, "re") || classesOf(lemma)&^grammarClasses != 0 {
		return 0
	}
	stem := strings.TrimPrefix(lemma[2:], "-")
	cl := classesOf(stem) &^ grammarClasses
	if cl == 0 {
		return 0
	}
	made, ok := wordnet.Lookup(lemma)
	if !ok {
		return 0
	}
	from, ok := wordnet.Lookup(stem)
	if !ok || made.First(wordnet.Verb) == 0 || made.First(wordnet.Verb) != from.First(wordnet.Verb) {
		return 0
	}
	return cl
}

// set gives a token an open-class tag, with its lemma and form, and the
// classes of words.txt its lemma belongs to ("making" is causative as
// "make" is).
func set(t *Token, tg Tag) {
	t.Tag = tg
	defer func() {
		if t.Lemma != t.Norm {
			t.closed |= classesOf(t.Lemma) &^ grammarClasses
		}
		if tg == Verb {
			t.closed |= againClasses(t.Lemma)
		}
	}()
	c := t.cands
	switch tg {
	case Noun, ProperNoun:
		if c.nounLemma != "" {
			t.Lemma = c.nounLemma
			t.entry = c.nounEntry
		}
		if c.plural {
			t.Form |= Plural
		}
	case Verb:
		t.Lemma, t.entry = c.verbLemma, c.verbEntry
		t.Form |= c.verbForm
	case Adjective:
		t.entry = c.adjEntry
		if t.entry.Lemma == "" && c.verbEntry.Lemma != "" {
			t.entry = c.verbEntry // a participle used as an adjective
		}
		if t.entry.Lemma != "" {
			t.Lemma = t.entry.Lemma
		}
	}
	if tg == Noun && t.entry.Lemma == "" && c.nounEntry.Lemma == "" && c.adjEntry.Lemma != "" {
		t.entry = c.adjEntry
	}
}

// best returns the likeliest open-class tag out of context.
func best(c *candidates) Tag {
	tg, w := Noun, c.noun
	if c.verb > w {
		tg, w = Verb, c.verb
	}
	if c.adj > w {
		tg, w = Adjective, c.adj
	}
	if c.adv > w {
		tg = Adverb
	}
	if w == 0 && c.adv == 0 {
		return Noun
	}
	return tg
}

// objectOpensAt reports whether a verb's object may open at token k: a
// determiner, a possessive, a number, or a name no dictionary knows.
func objectOpensAt(toks []Token, k int) bool {
	return k < len(toks) && (toks[k].closed&(clDeterminer|clPossessive|clDistributive|clNumber) != 0 || toks[k].Is(Capitalised) && !toks[k].known)
}

// verbAfterLinkedRelative reports whether token i, after an adjective,
// follows a relative clause that ends with a linking verb and that
// adjective ("towers [that have fallen silent] ring"), where the verb is
// one that takes no noun phrase ("fall", "go", "stay"; not "be" or
// "become", after which "pure gold" is one phrase), and whether token i
// agrees with the clause's antecedent.
func verbAfterLinkedRelative(toks []Token, i int) bool {
	k := i - 2
	if k < 2 || toks[k].Tag != Verb || toks[k].closed&clLinking == 0 || toks[k].closed&clCopula != 0 || toks[k].gap != 0 {
		return false
	}
	j := k - 1
	for j > 0 && k-j <= maxPhraseWords && toks[j].gap == 0 && (toks[j].Tag == Modal || toks[j].Tag == Adverb || toks[j].Norm == "not" || toks[j].Tag == Verb && toks[j].closed&(clHave|clBe) != 0) {
		j--
	}
	a := &toks[j-1]
	return toks[j].Tag == Subordinator && is(toks[j].Norm, clRelative) && toks[j].gap == 0 && a.gap == 0 && (a.Tag == Noun || a.Tag == ProperNoun) && agrees(a, &toks[i])
}

// pictureAfterPhrase reports whether the noun phrase from token k, and
// the place phrases after it, run into a participle ("humming with …") or
// an adjective with its "to" ("able to moor"): what the phrase's noun is
// doing or can do, as a picture without a verb says it.
func pictureAfterPhrase(toks []Token, k int) bool {
	for j := k; j < len(toks) && j < k+2*maxPhraseWords; j++ {
		n := &toks[j]
		switch {
		case j > k && n.closed&grammarClasses == 0 && n.cands != nil && n.cands.verbForm == Ing && n.cands.verb > 0:
			return true
		case j > k && n.closed&grammarClasses == 0 && n.cands != nil && n.cands.adj > 0 && n.cands.noun == 0 && n.cands.verb == 0 && j+1 < len(toks) && toks[j+1].Norm == "to" && n.gap == 0:
			return true
		case n.closed&grammarClasses == 0 && n.cands != nil && n.cands.verbForm == 0 && (n.cands.noun > 0 || n.Is(Capitalised)),
			j > k && n.closed&(clDeterminer|clPreposition) != 0 && n.closed&clVerbParticle == 0:
		default:
			return false
		}
		if n.gap&gapClause != 0 {
			return false
		}
	}
	return false
}

// twoObjectsAfter reports whether token i may be a verb that takes two
// objects ("cost", "give", "save") with both after it: a bare plural, then
// "nothing" or a phrase a determiner opens ("costs builders nothing",
// "gives farmers a voice").
func twoObjectsAfter(toks []Token, i int) bool {
	c := toks[i].cands
	if c == nil || c.verb == 0 || !is(c.verbLemma, clDitransitive) || toks[i].gap != 0 || i+2 >= len(toks) {
		return false
	}
	o := &toks[i+1]
	if o.closed&grammarClasses != 0 || o.cands == nil || o.cands.noun == 0 || !o.cands.plural || o.gap != 0 {
		return false
	}
	n := &toks[i+2]
	return n.Norm == "nothing" || n.closed&(clDeterminer|clDistributive) != 0 && n.Norm != "that"
}

// singularDeterminer reports whether a determiner takes no plural ("a",
// "every", "either"): a plain verb form agrees with no phrase it opens,
// and no plural noun extends one.
func singularDeterminer(w string) bool {
	switch w {
	case "every", "each", "another", "either", "neither", "a", "an":
		return true
	}
	return false
}

// relativeSubjectAfter reports whether token k is "that", "who" or
// "which" standing as the subject of the clause it opens: adverbs or "not"
// may follow it, then an auxiliary or a modal, with no subject between.
func relativeSubjectAfter(toks []Token, k int) bool {
	if k+1 >= len(toks) || toks[k].gap != 0 {
		return false
	}
	if w := toks[k].Norm; w != "that" && w != "who" && w != "which" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		switch n := &toks[j]; {
		case n.closed&(clModal|clBe|clHave|clDo) != 0:
			return true
		case n.closed&clNegation != 0 || n.closed&grammarClasses == 0 && n.cands != nil && n.cands.adv > 0 && n.cands.noun == 0 && n.cands.verb == 0 && n.cands.adj == 0:
			if n.gap != 0 {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// relativeVerbBefore reports whether the verb at k ends a relative
// clause that "who" opens straight after its antecedent, with only a
// modal, adverbs or "not" between ("those [who can no longer travel]").
func relativeVerbBefore(toks []Token, k int) bool {
	j := k - 1
	for j > 0 && k-j <= maxPhraseWords && (toks[j].Tag == Modal || toks[j].Tag == Adverb || toks[j].Norm == "not") && toks[j].gap == 0 {
		j--
	}
	return j > 0 && toks[j].Norm == "who" && toks[j].gap == 0 && toks[j-1].gap == 0 && (toks[j-1].Tag == Noun || toks[j-1].Tag == Pronoun || toks[j-1].Tag == Determiner)
}

// causativeBeforeRelative returns where the verb stands when token i
// follows a relative clause ("that Bristol families bring us") on the
// object of a verb that makes or keeps something so ("make [the letters,
// maps and photographs] …"), or -1: what follows the clause is that new
// state.
func causativeBeforeRelative(toks []Token, i int) int {
	j := i - 1
	for j > 0 && i-j <= maxPhraseWords && toks[j].Norm != "that" && toks[j].Norm != "which" && toks[j-1].gap == 0 {
		j--
	}
	if j <= 0 || toks[j].Norm != "that" && toks[j].Norm != "which" || i-j > maxPhraseWords {
		return -1
	}
	k := j - 1
	for k >= 0 && j-k <= 2*maxPhraseWords && (toks[k].Tag == Noun || toks[k].Tag == ProperNoun || toks[k].Tag == Adjective || toks[k].Tag == Determiner || toks[k].Tag == Number || toks[k].Tag == Conjunction) && toks[k].gap&^gapComma == 0 {
		k--
	}
	if k >= 0 && k < j-1 && toks[k].Tag == Verb && toks[k].closed&clCausative != 0 && toks[k].gap == 0 {
		return k
	}
	return -1
}

// predicateListAfter reports whether, after token i's comma, adjectives
// go on in a list that "and" or "or" closes and that ends its clause, no
// noun after its last ("whole, [legible and free] of mould"): token i
// opens that list, as an adjective.
func predicateListAfter(toks []Token, i int) bool {
	adjective := func(k int) bool {
		return k < len(toks) && toks[k].closed&grammarClasses == 0 && toks[k].cands != nil && toks[k].cands.adj > 0 && toks[k].cands.adj >= toks[k].cands.noun
	}
	for k := i + 1; k < len(toks) && k <= i+maxPhraseWords; k++ {
		if !adjective(k) {
			return false
		}
		switch {
		case toks[k].gap == gapComma:
			continue
		case toks[k].gap == 0 && k+1 < len(toks) && (toks[k+1].Norm == "and" || toks[k+1].Norm == "or") && adjective(k+2):
			e := k + 2
			return e+1 == len(toks) || toks[e].gap != 0 || toks[e+1].closed&clPreposition != 0
		}
		return false
	}
	return false
}

// participlesThenAdjective reports whether the past participle at i
// opens or goes on a list of past participles that "and" or "or" closes
// with a word far more often an adjective ("saved, replanted and full of
// people"): the list describes a state, as the adjective does.
func participlesThenAdjective(toks []Token, i int) bool {
	for k := i; k < len(toks) && k <= i+maxPhraseWords; k++ {
		c := toks[k].cands
		if toks[k].closed&grammarClasses != 0 || c == nil || c.verbForm != Past {
			return false
		}
		switch {
		case toks[k].gap == gapComma:
			continue
		case toks[k].gap == 0 && k+2 < len(toks) && (toks[k+1].Norm == "and" || toks[k+1].Norm == "or") && toks[k+1].gap == 0:
			n := toks[k+2].cands
			return toks[k+2].closed&grammarClasses == 0 && n != nil && n.adj > 0 && n.verbForm == 0 && n.adj >= 4*(n.verb+n.noun)
		}
		return false
	}
	return false
}

// whatThenPhraseBefore reports whether a noun phrase that opens with a
// determiner or a possessive ends at token i-1, straight after "what"
// ("what [the next family] needs", "what [our members] want"): "what" is
// then no determiner of its own but opens a clause, whose verb is next.
func whatThenPhraseBefore(toks []Token, i int) bool {
	j := phraseOpening(toks, i-1)
	return j > 0 && j < i-1 && toks[j].Tag == Determiner && toks[j].Norm != "what" && toks[j-1].Norm == "what" && toks[j-1].gap == 0
}

// relativeSubjectBefore reports whether the noun phrase that ends at token
// k opens with a determiner or a possessive straight after another noun
// ("every penny [our race nights]"): the subject of a relative clause
// without "that" on the noun before it.
func relativeSubjectBefore(toks []Token, k int) bool {
	j := phraseOpening(toks, k)
	return toks[j].Tag == Determiner && toks[j].Norm != "a" && toks[j].Norm != "an" && j > 0 && toks[j-1].Tag == Noun && toks[j-1].gap == 0
}

// phraseOpening walks back from token k over nouns and adjectives with
// no gap between them, at most maxPhraseWords, and returns the first
// token it does not pass (the determiner that opens "[our] race nights",
// or the first noun where a gap stops it): the callers read what it is.
func phraseOpening(toks []Token, k int) int {
	j := k
	for j > 0 && (toks[j].Tag == Noun || toks[j].Tag == Adjective) && toks[j-1].gap == 0 && k-j < maxPhraseWords {
		j--
	}
	return j
}

// prevTag returns the tag of the token before i, or Other at the start.
func prevTag(toks []Token, i int) Tag {
	if i == 0 {
		return Other
	}
	return toks[i-1].Tag
}

// afterOpening reports whether token i opens the sentence after a label or
// a quotation ("Mission: Lend boats", "\"Build …"), or a clause of its own
// after a semicolon ("…; volunteers in Kendal make them …").
func afterOpening(toks []Token, i int) bool {
	return i > 0 && toks[i-1].gap&(gapColon|gapQuote|gapSemicolon) != 0
}

// nameEndsBeforeIs reports whether the sentence opens with two capitalised
// words, the second a verb's particle, then "is" or "are" ("Hands Together
// is a co-op …"): a name, whatever its words are.
func nameEndsBeforeIs(toks []Token) bool {
	return len(toks) > 2 && toks[1].Is(Capitalised) && toks[1].closed&clVerbParticle != 0 && (toks[2].Norm == "is" || toks[2].Norm == "are")
}

// afterFrontedPhrase reports whether token i follows a comma that closes a
// phrase with no verb opening the sentence: an adverb or a preposition and
// its noun phrase ("Once a month,", "In Leeds,", "Every winter,").
func afterFrontedPhrase(toks []Token, i int) bool {
	if i < 2 || toks[i-1].gap&gapComma == 0 || toks[0].Tag != Adverb && toks[0].Tag != Preposition && toks[0].Tag != Determiner {
		return false
	}
	when := toks[0].Tag != Determiner // "Every Saturday, …", "This spring, …": a determiner opens a fronted phrase of time; not "A tide-warning platform on every harbour wall, sharing …", a picture's noun phrase
	for k := 0; k < i; k++ {
		switch toks[k].Tag {
		case Adverb, Preposition, Determiner, Number, Adjective, Noun, ProperNoun:
		default:
			return false
		}
		if k < i-1 && toks[k].gap != 0 {
			return false
		}
		if !when && (toks[k].Tag == Noun || toks[k].Tag == ProperNoun) {
			if !timeNoun(&toks[k]) && toks[k].Tag != ProperNoun {
				return false
			}
			when = true
		}
	}
	return when
}

// nameOpensSentence reports whether the tokens before i are a name in
// title case that opens the sentence, or the clause after a fronted phrase
// ("Keys on the Kerb", "Friends of the Lido", "On Tuesdays, Babel Table"):
// capitalised words, with the prepositions and determiners a name
// keeps in lower case between them, the last capitalised.
func nameOpensSentence(toks []Token, i int) bool {
	if i < 1 || !toks[i-1].Is(Capitalised) || toks[i].Is(Capitalised) {
		return false
	}
	start := 0
	for k := i - 2; k > 0; k-- {
		if toks[k].gap&gapComma != 0 {
			if afterFrontedPhrase(toks, k+1) {
				start = k + 1 // "On Tuesdays, Babel Table hosts …": the name opens the clause after a fronted phrase
			}
			break
		}
	}
	if i-start < 2 && !(i-start == 1 && toks[start].Tag == Noun && toks[start].Is(Plural) && toks[i].cands != nil && toks[i].cands.verbForm == ThirdPerson) {
		return false // but "Wordfinders runs …": a plural before an "-s" verb is no subject of it, but a name
	}
	for k := start; k < i; k++ {
		if toks[k].gap != 0 && k < i-1 || !toks[k].Is(Capitalised) && toks[k].Tag != Preposition && toks[k].Tag != Determiner {
			return false
		}
	}
	return true
}

// capitalisedRun reports whether token i stands next to another
// capitalised word that is part of a name ("Harbour Tools", "Alta
// Motors"): not the sentence's first word unless it is no common word, or
// a number written in letters ("Second Spin fixes …", "Two Rivers
// runs …"), which no capitalised common word follows in a sentence.
func capitalisedRun(toks []Token, i int) bool {
	if i+1 < len(toks) && toks[i+1].Is(Capitalised) {
		return true
	}
	return i > 1 && toks[i-1].Is(Capitalised) || i == 1 && (toks[0].Tag == ProperNoun || toks[0].Tag == Number && toks[0].gap == 0 && !isNumeral(toks[0].Norm))
}

// pluralAfterByAgent reports whether the words before token i are a
// plural that opens a clause, a past participle that describes it, and
// "by" with its noun phrase ("[when] families affected by sickle cell"):
// the plural still waits for its verb, which a plain form at i can be.
// The clause opens at the statement's start, after a comma or after a
// subordinator; no verb stands between.
func pluralAfterByAgent(toks []Token, i int) bool {
	k := i - 1
	for k > 0 && i-k <= maxPhraseWords && (toks[k].Tag == Noun || toks[k].Tag == Adjective || toks[k].Tag == Determiner || toks[k].Tag == ProperNoun) && toks[k-1].gap == 0 {
		k--
	}
	if k < 2 || k == i-1 || toks[k].Norm != "by" || toks[k-1].Tag != Verb || !toks[k-1].Is(Past) || toks[k-2].Tag != Noun || !toks[k-2].Is(Plural) || toks[k-2].gap != 0 {
		return false
	}
	b := k - 3
	for b >= 0 && (toks[b].Tag == Adjective || toks[b].Tag == Determiner || toks[b].Tag == Noun) && toks[b].gap == 0 {
		b--
	}
	return b < 0 || toks[b].gap&(gapComma|gapClause|gapColon) != 0 || toks[b].Tag == Subordinator
}

// wantsVerb reports whether what stands before token i asks for a verb:
// an infinitive "to", a modal, "do", a subject pronoun, or one of those
// before adverbs ("we always lend", "will soon reach").
func wantsVerb(toks []Token, i int) bool {
	if asideAfterModal(toks, i) {
		return toks[i].cands.verbForm == 0 || toks[i].cands.noun == 0 // "we can, where possible, help …"
	}
	k := i - 1
	for k >= 0 && toks[k].Tag == Adverb || k >= 0 && toks[k].Tag == Particle && toks[k].Norm == "not" {
		k--
	}
	if k < 0 || toks[k].gap&gapColon != 0 {
		return false // "… for the love of it: qualified coaches …": no verb takes a subject across a colon
	}
	p := &toks[k]
	switch {
	case p.Tag == Particle && p.Norm == "to", p.Tag == Modal:
		return toks[i].cands.verbForm == 0 || toks[i].cands.noun == 0
	case p.closed&clDo != 0 && p.Tag == Verb:
		return true
	case p.Tag == Pronoun && isSubjectPronoun(p.Norm):
		// "we lend"; but "it" or "you" straight after a verb is its object:
		// "make it free to use"
		return !((p.Norm == "it" || p.Norm == "you") && k > 0 && toks[k-1].Tag == Verb && toks[i].cands.adj > 0)
	case p.closed&(clBe|clHave) != 0 && p.Tag == Verb:
		// "is lending", "has built": a participle after an auxiliary.
		return toks[i].cands.verbForm&(Ing|Past) != 0 && (toks[i].cands.adj == 0 || !nounNext(toks, i))
	}
	return false
}

// describesPeopleWord reports whether a sentence opens with a word far
// more often an adjective than anything else ("Young", "Older") and then
// a capitalised plural for people, by WordNet's first sense or, where it
// lacks the word, by its shape ("Mancunians", "Bristolians"): people of a
// place or a pursuit, described, not a name of two words.
func describesPeopleWord(toks []Token) bool {
	if len(toks) < 2 || !toks[0].known || toks[0].cands == nil || toks[1].cands == nil || toks[1].closed&grammarClasses != 0 {
		return false
	}
	c, n, w := toks[0].cands, toks[1].cands, toks[1].Norm
	people := n.plural && n.nounEntry.First(wordnet.Noun) == wordnet.NounPerson || !toks[1].known && (agentive(w) || personTail(w))
	return c.verb == 0 && c.adj > 4*c.noun && strings.HasSuffix(w, "s") && people
}

// asideAfterModal reports whether token i follows an aside set off by
// commas, of at most asideWords words, right after a modal or "to" ("we
// can, where possible, help …", "to, in time, own …"): the verb the modal
// takes comes after the aside.
func asideAfterModal(toks []Token, i int) bool {
	if i < 2 || toks[i-1].gap&gapComma == 0 {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-1-asideWords; j-- {
		if toks[j].gap&(gapClause|gapParen) != 0 {
			return false
		}
		if toks[j].gap&gapComma != 0 {
			return toks[j].Tag == Modal || toks[j].Tag == Particle && toks[j].Norm == "to"
		}
	}
	return false
}

// asideWords is the most words asideAfterModal passes over.
const asideWords = 4

func isSubjectPronoun(w string) bool { return is(w, clSubjectPronoun) }

// objectOpens reports whether t can only open an object's noun phrase,
// never continue a compound noun: a determiner, a possessive or a word
// that is an adjective more than a noun ("the", "their", "tomorrow's",
// "free").
func objectOpens(t *Token) bool {
	if t.closed&(clDeterminer|clPossessive|clDistributive) != 0 || t.Is(Possessive) || plainObjectPronoun(t.Norm) {
		return true // "we text [them] …"
	}
	return t.closed&grammarClasses == 0 && t.cands.adj > 0 && t.cands.adj > t.cands.noun
}

// baseVerbAt reports whether the word at k is more often a verb in its
// plain form than a noun.
func baseVerbAt(toks []Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	c := toks[k].cands
	return toks[k].closed&grammarClasses == 0 && c.verb > 0 && c.verbForm == 0 && c.verb >= c.noun
}

// lexicalIngNoun is how often WordNet's texts must use an "-ing" word as a
// noun of its own ("meeting", "building", "training") for it to head a
// compound after a singular noun.
const lexicalIngNoun = 20

// ingCompound reports whether the "-ing" word at i ends a compound that
// "a" or "an" opens ("holds a committee meeting for members"): the word
// is a noun WordNet's texts use often, after a bare singular noun; not
// "every child starting at a school", nor "a child living in poverty".
func ingCompound(toks []Token, i int) bool {
	if i < 2 || toks[i-1].Is(Plural) || toks[i-2].Norm != "a" && toks[i-2].Norm != "an" || toks[i-2].gap != 0 {
		return false
	}
	e, ok := wordnet.Lookup(toks[i].Norm)
	return ok && e.Freq(wordnet.Noun) >= lexicalIngNoun
}

// bareTimeBefore reports whether the word before the "-ing" word at i is a
// time noun with no determiner or number of its own ("nursing and
// [night] sitting for …", "[weekend] opening"): the time of the activity
// the "-ing" noun names, not a time doing it ("every evening starting at
// six").
func bareTimeBefore(toks []Token, i int) bool {
	if i < 1 || !timeNoun(&toks[i-1]) || toks[i-1].Is(Plural) {
		return false
	}
	return i < 2 || toks[i-2].gap != 0 || toks[i-2].Tag != Determiner && toks[i-2].Tag != Number && !toks[i-2].Is(Possessive)
}

// ingNounCompound reports whether the "-ing" word at i and the noun right
// after it are one noun in WordNet ("hearing loss", "swimming pools",
// "washing machine"): a compound, not a gerund and its object.
func ingNounCompound(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].gap != 0 || toks[i+1].closed&grammarClasses != 0 || toks[i+1].cands == nil || toks[i+1].cands.noun == 0 {
		return false
	}
	n := &toks[i+1]
	for _, last := range []string{n.Norm, n.cands.nounLemma} {
		if e, ok := wordnet.Lookup(toks[i].Norm + " " + last); ok && e.Has(wordnet.Noun) {
			return true
		}
	}
	return false
}

// nounPlural reports whether a word is the plural of a noun WordNet holds
// ("offenders"), and is not itself a lemma.
func nounPlural(w string) bool {
	e, ok := wordnet.Base(w, wordnet.Noun)
	return ok && e.Lemma != w
}

// verbAfterSubject reports whether token k can only be read, after a
// subject, as its verb: a modal, or a word WordNet knows as a verb in its
// "-ing" or "-s" form and not as a noun ("working", "works" is also a noun).
func verbAfterSubject(toks []Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	n := &toks[k]
	if n.closed&clModal != 0 {
		return true
	}
	return n.closed&grammarClasses == 0 && n.cands != nil && n.cands.verb > 0 && n.cands.verbForm&(Ing|ThirdPerson) != 0 && n.cands.verb >= n.cands.noun
}

// peopleNoun reports whether a word's noun reading names people or a
// group of them by its likeliest sense ("volunteers", "crews").
func peopleNoun(t *Token) bool {
	if t.cands == nil {
		return false
	}
	c := t.cands.nounEntry.First(wordnet.Noun)
	return c == wordnet.NounPerson || c == wordnet.NounSocialGroup
}

// nameAfterPreposition reports whether the token at k is a singular name
// right after a preposition, with no plural noun before that preposition
// that a plain verb after the name could agree with ("a home for
// Swansea …"; not "start-ups in Lagos ship …").
func nameAfterPreposition(toks []Token, k int) bool {
	if k < 1 || toks[k].Tag != ProperNoun || toks[k].Is(Plural) || toks[k].gap != 0 || toks[k-1].Tag != Preposition || toks[k-1].gap != 0 {
		return false
	}
	return k == 1 || !(toks[k-2].Tag == Noun && toks[k-2].Is(Plural) || toks[k-2].Tag == ProperNoun)
}

// nounNext reports whether the token after i can head or start a noun
// phrase's rest: a noun, or an adjective or number.
func nounNext(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if n.Norm == "ones" {
		return true // "printed ones": "ones" stands for a noun
	}
	if n.closed&grammarClasses&^clNumber != 0 {
		return false
	}
	if n.cands.verbForm&(Ing|Past) != 0 && n.cands.verb > 0 && i+2 < len(toks) && (toks[i+2].cands.noun > 0 || toks[i+2].cands.adj > 0) && toks[i+2].closed&grammarClasses == 0 {
		return true // "small touring theatre companies"
	}
	if n.cands.verbForm == Ing && n.cands.verb > 0 && i+2 < len(toks) && toks[i+2].known && toks[i+2].cands.adv > 0 && toks[i+2].cands.noun == 0 && toks[i+2].cands.adj == 0 {
		return false // "wild salmon running freely": a participle, with its adverb
	}
	if n.cands.verbForm == Ing && n.cands.verb > 0 && n.cands.noun == 0 && n.gap == 0 && i+2 < len(toks) && toks[i+2].closed&clPreposition != 0 && toks[i+2].closed&clVerbParticle == 0 {
		return false // "wild salmon returning to every river": a participle, with its preposition; no noun follows it (but "a fair living from wool", a noun too)
	}
	if n.cands.verbForm == Past && n.cands.verb >= 8*(n.cands.noun+n.cands.adj) && n.gap == 0 && i+2 < len(toks) && toks[i+2].closed&clPreposition != 0 && toks[i+2].closed&clVerbParticle == 0 {
		return false // "local divers paid for every net": a participle nearly always a verb, then its preposition, describes the word before; no noun follows it
	}
	if n.cands.verbForm == ThirdPerson && twoObjectsAfter(toks, i+1) {
		return false // "… of metal costs builders nothing": a verb that takes two objects, then both; no noun phrase runs on into a determiner
	}
	if baseVerbAt(toks, i+1) && n.gap == 0 && i+2 < len(toks) && toks[i+2].closed&clPossessive != 0 {
		return false // "at home finish their work": a verb before its object, as a noun phrase runs into no possessive
	}
	if baseVerbAt(toks, i+1) && n.gap == 0 && n.cands.verb >= 4*n.cands.noun && i+2 < len(toks) && toks[i+2].closed&clDeterminer != 0 && toks[i+2].Norm != "that" {
		return false // "the villages along the cut see the canal": a word nearly always a verb, before a determiner, is the verb
	}
	return n.cands.noun > 0 || n.cands.adj > 0 || !n.known || n.Is(Capitalised)
}

// loneAdjectiveNext reports whether the word after token i is only ever an
// adjective and no noun follows it ("keep the fleet [afloat] by …"): it
// describes token i, which is then the noun, not another adjective.
func loneAdjectiveNext(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].gap != 0 {
		return false
	}
	n := &toks[i+1]
	return n.cands.noun == 0 && n.cands.verb == 0 && n.cands.adj > 0 && n.known && !n.Is(Capitalised) && (i+2 >= len(toks) || n.gap != 0 || toks[i+2].closed&grammarClasses != 0)
}

// adjectiveSaidNext reports whether the word after token i is at least
// four times as often an adjective as a noun or a verb, and no noun follows
// it: a preposition, a conjunction, a comma or the sentence's end does
// ("clubs [full] on a Tuesday night", "halls [busy] on a Saturday"). It
// describes token i rather than opening a noun phrase of its own.
func adjectiveSaidNext(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].gap != 0 {
		return false
	}
	n := &toks[i+1]
	return n.closed&grammarClasses == 0 && n.cands != nil && n.cands.adj >= 4*max(1, n.cands.noun+n.cands.verb) && n.known && !n.Is(Capitalised) &&
		(i+2 == len(toks) || n.gap != 0 || toks[i+2].closed&(clPreposition|clConjunction) != 0)
}

// postpositiveNext reports whether the word after token i is at least
// four times as often an adjective as a noun and a preposition follows it
// ("a future [free] from debt", "a town [safe] for cyclists"; not "a fair
// [living] from", a noun as often): an adjective with its
// complement, after the noun it describes, so token i is that noun.
func postpositiveNext(toks []Token, i int) bool {
	if i+2 >= len(toks) || toks[i].gap != 0 || toks[i+1].gap != 0 {
		return false
	}
	n := &toks[i+1]
	return n.cands != nil && n.cands.adj >= 4*max(1, n.cands.noun) && n.known && !n.Is(Capitalised) && toks[i+2].closed&clPreposition != 0 && toks[i+2].closed&clVerbParticle == 0
}

// prepositionNext reports whether a preposition follows token i with no
// punctuation between.
func prepositionNext(toks []Token, i int) bool {
	return i+1 < len(toks) && toks[i].gap == 0 && toks[i+1].closed&clPreposition != 0
}

// determinerNext reports whether a determiner or a possessive that opens a
// noun phrase follows token i ("book [an] interpreter"; not "that").
func determinerNext(toks []Token, i int) bool {
	return i+1 < len(toks) && toks[i].gap == 0 && toks[i+1].closed&(clDeterminer|clPossessive|clDistributive) != 0 && toks[i+1].Norm != "that"
}

// namedPlaceOfPeople reports whether the name that ends at token k is a
// place phrase right after people: "people [in Wales]", "carers [across
// North Yorkshire]", "players [in the Netherlands]".
func namedPlaceOfPeople(toks []Token, k int) bool {
	for stop := max(0, k-maxPhraseWords); k > stop && toks[k].Tag == ProperNoun && toks[k-1].gap == 0; { // bounded, so that tagging stays linear
		k--
	}
	if k > 0 && toks[k].Norm == "the" && toks[k-1].Tag == Preposition && toks[k-1].gap == 0 {
		k-- // "players [in the Netherlands]"
	}
	if k < 2 || toks[k].Tag != Preposition || toks[k].Norm == "of" && !isSomeoneNoun(&toks[k-1]) || toks[k-1].gap != 0 {
		return false // but "residents [of Cambridge]": where the people live
	}
	p := &toks[k-1]
	return p.Tag == Noun && (isSomeoneNoun(p) || p.entry.First(wordnet.Noun) == wordnet.NounGroup) // "people" is first a group
}

// adjectiveBeforeOf reports whether token k is a word far more often an
// adjective than anything else, with "of" right after it ("full of",
// "free of").
func adjectiveBeforeOf(toks []Token, k int) bool {
	n := &toks[k]
	return k+1 < len(toks) && n.closed&grammarClasses == 0 && n.cands != nil && n.gap == 0 && toks[k+1].Norm == "of" &&
		n.cands.adj > 0 && n.cands.adj >= 2*n.cands.noun && n.cands.adj >= 2*n.cands.verb
}

// predicatePairAt reports whether token i and a word that is only an
// adjective are joined by "and" or "or" with no noun after them ("fast and
// accurate for …").
func predicatePairAt(toks []Token, i int) bool {
	if toks[i].gap != 0 || i+2 >= len(toks) || toks[i+1].Norm != "and" && toks[i+1].Norm != "or" || toks[i+1].gap != 0 {
		return false
	}
	n := &toks[i+2]
	return n.closed&grammarClasses == 0 && n.cands != nil && n.cands.adj > 0 && n.cands.noun == 0 && n.cands.verb == 0 && !nounNext(toks, i+2)
}

// bareSingularPerson reports whether a word, read as a noun, would be a
// singular noun first of all for a person: such a noun needs a
// determiner, so with none before it the word is not that noun.
func bareSingularPerson(t *Token) bool {
	return t.cands != nil && !t.cands.plural && t.cands.nounEntry.First(wordnet.Noun) == wordnet.NounPerson
}

// mannerAdverbEnds reports whether an adverb of manner ("freely",
// "safely"; not "daily", a time) follows token i, alone or joined to
// another, and the clause ends after it: a verb's manner, as nothing
// else comes after the word.
func mannerAdverbEnds(toks []Token, i int) bool {
	k := i + 1
	for n := 0; n < 2 && k < len(toks) && toks[i].gap == 0; n++ {
		a := &toks[k]
		if a.closed&grammarClasses != 0 || a.cands == nil || a.cands.adv == 0 || a.cands.noun > 0 || a.cands.verb > 0 || !strings.HasSuffix(a.Norm, "ly") || everyTimeNoun(a.Norm) {
			return false
		}
		if k+1 == len(toks) || a.gap != 0 || toks[k+1].closed&(clPreposition|clSubordinator) != 0 {
			return true
		}
		if k+2 < len(toks) && (toks[k+1].Norm == "and" || toks[k+1].Norm == "or") && toks[k+1].gap == 0 {
			k += 2 // "freely and securely"
			continue
		}
		return false
	}
	return false
}

// predicateAdjectiveJoined reports whether "and" or "or" joins token i
// to a word that is only ever an adjective, and the list ends there, no
// noun after it ("runs [cleaner] and colder.", "kept [warmer] or drier
// in winter"): adjectives said of something, so token i is one too.
func predicateAdjectiveJoined(toks []Token, i int) bool {
	if i+2 >= len(toks) || toks[i].gap != 0 || toks[i+1].gap != 0 || toks[i+1].Norm != "and" && toks[i+1].Norm != "or" {
		return false
	}
	n := &toks[i+2]
	return n.closed&grammarClasses == 0 && n.cands != nil && n.known && n.cands.adj > 0 && n.cands.noun == 0 && n.cands.verb == 0 &&
		(i+3 == len(toks) || n.gap != 0 || toks[i+3].closed&(clPreposition|clConjunction|clSubordinator) != 0)
}

// adjectiveListNext reports whether a comma after token i leads to another
// adjective of the same noun, after any adverbs: "a modern, fully digital
// headquarters", "a safe, warm home".
func adjectiveListNext(toks []Token, i int) bool {
	if toks[i].gap == 0 && i+2 < len(toks) && (toks[i+1].Norm == "and" || toks[i+1].Norm == "or") && toks[i+1].gap == 0 {
		// "manual and powered wheelchairs": an adjective joined to the next
		n := &toks[i+2]
		return n.closed&grammarClasses == 0 && n.gap == 0 && n.cands.adj > 0 && (n.cands.noun == 0 || n.cands.adj >= n.cands.noun) && nounNext(toks, i+2)
	}
	if toks[i].gap&gapComma == 0 {
		return false
	}
	k := skipAdverbs(toks, i+1)
	// (an adverb and a participle modify as an adjective does: "regular,
	// fairly refereed competition")
	if k >= len(toks) || toks[k].closed&grammarClasses != 0 || !(toks[k].cands.adj > 0 || k > i+1 && toks[k].cands.verbForm == Past) {
		return false
	}
	if toks[k].gap&gapComma != 0 && toks[k].gap&^gapComma == 0 && k < i+1+maxPhraseWords {
		return adjectiveListNext(toks, k) // "a small, boring, well-documented framework": the list goes on to its noun
	}
	return toks[k].gap == 0 && nounNext(toks, k)
}

// beforeNounSlot reports whether the adjective at k stands where a noun
// phrase opens: after a determiner, a possessive, a number, a preposition
// or a verb ("build warm, …"), or after the first object of a verb that
// takes two ("give families warm, …"). There a comma and another
// adjective go on describing the same noun; after another object the
// adjective may be said of it ("keep people safe, prevent …").
func beforeNounSlot(toks []Token, k int) bool {
	if k == 0 {
		return true
	}
	switch p := &toks[k-1]; {
	case p.gap != 0:
		return false
	case p.Tag == Determiner || p.Tag == Number || p.Tag == Preposition || p.Tag == Verb && p.closed&(clBe|clCopula|clLinking) == 0 || p.closed&clPossessive != 0:
		return true
	case p.Tag == Noun || p.Tag == ProperNoun:
		return afterObjectOf(toks, k, clDitransitive)
	}
	return false
}

// verbAfterComma reports whether a comma follows token i and then a word
// far more often a verb ("teach English, [help] with …"): the comma ends
// the object, and the next verb of a list begins.
func verbAfterComma(toks []Token, i int) bool {
	if toks[i].gap&gapComma == 0 || i+1 >= len(toks) || toks[i+1].cands == nil {
		return false
	}
	n := toks[i+1].cands
	return n.verb >= 4*n.noun && n.verb > 2*n.adj && n.verbForm == 0
}

// skipAdverbs returns the first token from k on that is not a word
// WordNet holds only as an adverb ("currently", "fully").
func skipAdverbs(toks []Token, k int) int {
	for k < len(toks) && toks[k].closed&grammarClasses == 0 && toks[k].cands.adv > 0 && toks[k].cands.noun == 0 && toks[k].cands.verb == 0 && toks[k].cands.adj == 0 {
		k++
	}
	return k
}

// countNoun reports whether a noun's likeliest sense is a thing one counts
// and names with a determiner: an animal, a person, a plant, a made thing
// or a natural object ("a redwing", "a kestrel", "a compass"), not a
// substance, a feeling or an act ("Water flows", "Music brings …").
//
// WordNet orders a noun's senses by how often its texts use each; for a
// noun they never use, the order says nothing, so any sense of those
// kinds counts ("Tinderbox makes …": a tinderbox is a box as much as a
// dangerous state).
func countNoun(e wordnet.Entry) bool {
	if e.Freq(wordnet.Noun) == 0 {
		return strings.ContainsFunc(e.Senses(wordnet.Noun), func(r rune) bool { return countClass(wordnet.Class(r)) })
	}
	return countClass(wordnet.Class(e.First(wordnet.Noun)))
}

// countClass reports whether a noun class is of things one counts (see
// countNoun).
func countClass(c wordnet.Class) bool {
	switch c {
	case wordnet.NounAnimal, wordnet.NounPerson, wordnet.NounPlant, wordnet.NounArtifact, wordnet.NounObject, wordnet.NounQuantity:
		return true // and a unit: "a lumen", "a metre"
	}
	return false
}

// timeOnlyModifies reports whether the word before token i is a time noun
// with no determiner, and the "-s" word at i is, as a verb, what only the
// living do ("Night-shift [nurses] sleeping well", "Weekend [cooks] …"):
// no time nurses or cooks, so the time describes the plural, whose noun
// the word is.
func timeOnlyModifies(toks []Token, i int) bool {
	t := &toks[i-1]
	if !timeNoun(t) || i >= 2 && toks[i-2].gap == 0 && (toks[i-2].Tag == Determiner || toks[i-2].Tag == Number) {
		return false
	}
	switch wordnet.Class(toks[i].cands.verbEntry.First(wordnet.Verb)) {
	case wordnet.VerbBody, wordnet.VerbConsumption, wordnet.VerbContact, wordnet.VerbCognition, wordnet.VerbCreation, wordnet.VerbCommunication,
		wordnet.VerbSocial, wordnet.VerbEmotion, wordnet.VerbPerception, wordnet.VerbCompetition:
		return true
	}
	return false
}

// timeThinks reports whether a noun for a time does what only a mind or a
// maker does, as a subject with no determiner ("Payday calculates wages
// …"): a time may come or bring ("Tomorrow brings …"), but whatever
// reckons or makes is a name.
func timeThinks(noun, verb wordnet.Entry) bool {
	if wordnet.Class(noun.First(wordnet.Noun)) != wordnet.NounTime {
		return false
	}
	switch wordnet.Class(verb.First(wordnet.Verb)) {
	case wordnet.VerbCognition, wordnet.VerbCreation:
		return true
	}
	return false
}

// someoneAt returns where a word for people, plural and with no
// determiner, that stands at k ends ("ecologists", "small farmers",
// "quarry workers"), or -1: the words that describe it are passed over.
func someoneAt(toks []Token, k int) int {
	for ; k < len(toks) && toks[k].closed&grammarClasses == 0; k++ {
		c := toks[k].cands
		if c.noun > 0 && c.plural && (c.nounEntry.First(wordnet.Noun) == wordnet.NounPerson || c.nounEntry.First(wordnet.Noun) == wordnet.NounSocialGroup) {
			return k + 1
		}
		if c.adj == 0 && (c.noun == 0 || c.plural) || toks[k].gap != 0 {
			return -1 // an adjective or a noun may describe them: "quarry workers"
		}
	}
	return -1
}

// pastNamedPlace returns where a phrase of where people are, a
// preposition and capitalised words, that starts at k ends ("charity shop
// managers [in Scotland] a clear picture …"), or k when none starts there.
func pastNamedPlace(toks []Token, k int) int {
	if k < 1 || k+1 >= len(toks) || toks[k-1].gap != 0 || !whereSomeoneIs(toks[k].Norm) || toks[k].gap != 0 {
		return k
	}
	j := k + 1
	for j < len(toks) && j <= k+maxPhraseWords && toks[j].Is(Capitalised) && toks[j].closed&grammarClasses == 0 {
		if toks[j].gap != 0 {
			return k
		}
		j++
	}
	if j == k+1 {
		return k
	}
	return j
}

// receiverBefore reports whether the nouns and place phrases before token
// i are the first object of a verb that takes two ("give [new mothers in
// Dhaka's garment factories] …"), people or groups that may receive.
func receiverBefore(toks []Token, i int) bool {
	for k := i - 1; k > 0 && k >= i-2*maxPhraseWords; k-- {
		t := &toks[k]
		if t.gap&(gapComma|gapClause) != 0 {
			return false
		}
		switch {
		case t.Tag == Noun || t.Tag == ProperNoun || t.Tag == Adjective || t.Tag == Number || t.Tag == Preposition && t.Norm != "of" || t.Tag == Determiner:
			continue
		case t.Tag == Verb && t.closed&clDitransitive != 0:
			first := &toks[k+1]
			for j := k + 1; j < i && (toks[j].Tag == Determiner || toks[j].Tag == Adjective); j++ {
				first = &toks[j+1]
			}
			return first.Tag == Noun && mayReceive(first) && (first.Is(Plural) || isSomeoneNoun(first))
		}
		return false
	}
	return false
}

// secondObjectAt reports whether a phrase with a determiner or a number
// opens at k, right after a first object ("offers ecologists [a free
// package]"), not a particle ("brings neighbours together").
func secondObjectAt(toks []Token, k int) bool {
	return k > 0 && k < len(toks) && toks[k-1].gap == 0 && toks[k].closed&(clDeterminer|clNumber) != 0
}

// thirdPersonVerbAt reports whether an "-s" verb form stands at k, after
// any adverbs that are nothing else, more often a verb than a plural
// ("currently serves", "builds"; not "harbours") or with an object that
// opens with a determiner or a number right after it ("stores three
// months of logs"): a noun phrase does not run on into one.
func thirdPersonVerbAt(toks []Token, k int) bool {
	k = skipAdverbs(toks, k)
	if k >= len(toks) || toks[k].closed&grammarClasses != 0 || toks[k].cands.verb == 0 || toks[k].cands.verbForm != ThirdPerson {
		return false
	}
	return toks[k].cands.verb >= toks[k].cands.noun || secondObjectAt(toks, k+1) && toks[k+1].Norm != "that"
}

// predicateListGoesOn reports whether token i follows an adjective and a
// comma, or an adjective (after a comma) and "and" or "or", and ends its
// phrase (a conjunction, a comma, a preposition or the sentence's end
// comes next): a list of adjectives said of something ("free, sociable
// and possible"), where a noun would need a determiner or a noun after.
func predicateListGoesOn(toks []Token, i int) bool {
	switch {
	case i >= 1 && toks[i-1].Tag == Adjective && toks[i-1].gap&gapComma != 0:
	case i >= 3 && (toks[i-1].Norm == "and" || toks[i-1].Norm == "or") && toks[i-1].gap == 0 && toks[i-2].Tag == Adjective && toks[i-2].gap == 0 &&
		toks[i-3].Tag == Adjective && toks[i-3].gap&gapComma != 0:
	default:
		return false
	}
	return i+1 == len(toks) || toks[i].gap != 0 || toks[i+1].Norm == "and" || toks[i+1].Norm == "or" || toks[i+1].closed&clPreposition != 0 && toks[i+1].cands != nil && toks[i+1].cands.verb == 0
}

// opening decides the first word of a sentence: statements open with an
// infinitive's verb, a gerund ("Helping …"), an imperative ("Lend …") or
// a noun phrase ("Quiet streets …", "Fair pay …").
func opening(toks []Token, i int) Tag {
	c := toks[i].cands
	if c.verb == 0 {
		return best(c)
	}
	next := Other
	if i+1 < len(toks) {
		n := &toks[i+1]
		switch {
		case n.closed&(clDeterminer|clDistributive|clPossessive|clNumber) != 0, n.closed&clPronoun != 0 && !isSubjectPronoun(n.Norm):
			next = Determiner
		case n.closed&(clModal) != 0 || n.closed&(clBe|clHave) != 0:
			next = Modal
		case n.closed&clPreposition != 0:
			next = Preposition
		}
	}
	switch {
	case i == 0 && c.verbForm == 0 && c.noun > 0 && !is(c.verbLemma, clBareInfinitive) && toks[i].gap == 0 && peopleSubjectVerbAt(toks, i+1) > 0:
		return Noun // "Support workers visit families", "Play rangers from our playground visit parks": no imperative takes people and then a plain verb, unless it takes a bare one ("Help farmers sell …"); the word says which people
	case i == 0 && c.verbForm == 0 && c.noun > 0 && !is(c.verbLemma, clBareInfinitive) && toks[i].gap == 0 && pluralThenLinking(toks, i+1):
		return Noun // "Steam skills stay alive": no imperative takes an object and then a plain linking verb; the word says which skills
	case i == 0 && c.verbForm == 0 && (c.noun > 0 || c.adj > 0) && toks[i].gap == 0 && peopleBeforeAuxiliary(toks, i+1):
		return best(&candidates{noun: c.noun, adj: c.adj}) // "Foster carers in Fife are visited …": no imperative takes people and then "are" or a modal; the word says which people
	case c.verbForm == ThirdPerson && c.noun > 0 && c.plural && i+1 < len(toks) && toks[i+1].cands != nil && toks[i+1].cands.verbForm&(Past|Ing) != 0 && toks[i+1].cands.verb > 0 && toks[i+1].closed&grammarClasses == 0:
		return Noun // "Claims paid in days", "Bats roosting under every roof": no "-s" verb opens a sentence with a participle straight after it; a plural described by one does
	case c.verbForm == ThirdPerson && c.noun > 0 && c.plural && i+1 < len(toks) && creature(c.nounEntry.First(wordnet.Noun)) &&
		(toks[i].gap == 0 && (next == Preposition || toks[i+1].closed&clVerbParticle != 0 || toks[i+1].Norm == "and" || toks[i+1].Norm == "or") || toks[i].gap == gapComma):
		return Noun // "Skylarks back over Ashby Meadow", "Butchers and fishmongers in Grimsby": no "-s" verb opens a sentence without its subject or an object; creatures pictured, or listed
	case c.verbForm == ThirdPerson && c.noun > 0 && c.plural && modalAfterPlace(toks, i+1):
		return Noun // "Volunteers along the Severn will know …": the subject, its place phrase, then its modal
	case c.verbForm == ThirdPerson && c.noun > 0 && c.plural && toks[i].gap == 0 && plainVerbWithObject(toks, i+1):
		return Noun // "Volunteers collect requests on the wards": no "-s" verb takes a plain one after it; the plural is its subject
	case c.verbForm == ThirdPerson && c.noun > 0 && c.plural && toks[i].gap == 0 && c.nounEntry.First(wordnet.Noun) == wordnet.NounPerson &&
		baseVerbAt(toks, i+1) && toks[i+1].gap == 0 && i+2 < len(toks) && (objectOpens(&toks[i+2]) || toks[i+2].closed&clNumber != 0):
		return Noun // "Volunteers repair old bikes": people, then a word more often a verb with its object after it; an "-s" verb would take that word as a noun, which no adjective or count follows
	case c.verbForm == ThirdPerson && c.noun > 0 && c.plural && toks[i].gap == 0 && c.nounEntry.First(wordnet.Noun) == wordnet.NounPerson &&
		(plainVerbThenPreposition(toks, i+1) || i+1 < len(toks) && toks[i+1].closed&clPreposition != 0 && toks[i+1].closed&clVerbParticle == 0):
		return Noun // "Graduates leave with a qualification", "Volunteers from the mosque cook …": people, then what they do or where they come from
	case i == 0 && c.verbForm == Past && strings.HasSuffix(toks[i].Norm, "ed") && next == Other && toks[i].gap == 0 && nounNext(toks, i):
		return Adjective // "Captioned walks and a signing guide give …", "Trained volunteers run …": no past verb opens a sentence without its subject; a participle before a noun describes it
	case c.adj > 0 && c.verbForm != Ing && next == Other && nounNext(toks, i) && !(c.verbForm == 0 && c.verb >= 4*(c.adj+c.noun)):
		return Adjective // "Clean water for …", "Open maps for …"; not a word far more often a verb ("Cut food waste …")
	case next == Modal:
		return best(&candidates{noun: c.noun, adj: c.adj, adv: c.adv}) // "Rowing is …": a subject
	case c.verbForm == Ing && c.noun > 0 && !is(c.verbLemma, clCausative) && ingModifiesSubject(toks, i):
		return Noun // "Fishing towns will know …": the towns are the subject, and "fishing" says which; not "Helping men with dementia rebuild …", a verb that lets its object do what follows
	case c.verbForm == Ing && c.adj > 0 && adjectiveListNext(toks, i):
		return Adjective // "Living, laid hedges along every lane": the first of a noun's adjectives, a comma after it
	case c.verbForm == Ing && c.adj > 0 && toks[i].gap == 0 && i+3 < len(toks) && nounNext(toks, i) && toks[i+1].gap&gapComma != 0 && toks[i+2].Norm == "and" &&
		toks[i+3].closed&grammarClasses == 0 && toks[i+3].cands != nil && toks[i+3].cands.verbForm != Ing:
		return Adjective // "Shifting dunes, and natterjack toads calling …": things pictured in a list, the first described by the word
	case c.verbForm == Ing && c.noun > 0 && toks[i].gap == 0 && i+2 < len(toks) && (toks[i+1].Norm == "and" || toks[i+1].Norm == "or") && toks[i+1].gap == 0 &&
		toks[i+2].closed&grammarClasses == 0 && toks[i+2].cands != nil && toks[i+2].cands.verb == 0:
		return Noun // "Hurling and camogie in every parish …": a noun for an activity, joined to a noun that is no verb
	case c.verbForm == Ing && c.adj > 0 && seldomWithObject(c) && nounNext(toks, i) && toks[i].gap == 0:
		return Adjective // "Living rivers, thriving communities": a verb that hardly ever takes an object has none here; its "-ing" form describes the noun
	case c.verbForm == Ing && c.noun > 0 && ingNounCompound(toks, i):
		return Noun // "Hearing loss in older shoppers will be caught …", "Swimming pools in every town …": WordNet holds the two words as one noun
	case c.verbForm == Ing:
		return Verb // "Helping farmers …"
	case c.verbForm == 0 && c.noun > 0 && toks[i].gap == 0 && i+2 < len(toks) && is(toks[i+1].Norm, clRelative) && thirdPersonVerbAt(toks, i+2):
		return Noun // "Sound that moves people": "that" straight before an "-s" verb is its subject, a relative pronoun, and a relative clause follows a noun; an imperative's "that" opens a clause with a subject of its own ("Ensure that every …")
	case c.verbForm == 0 && c.noun > 0 && !c.plural && toks[i].gap == 0 && thirdPersonVerbAt(toks, i+1) && mostlyVerb(&toks[skipAdverbs(toks, i+1)]):
		return Noun // "Rescue comes first", "Care starts at home": an imperative takes an object, and an "-s" word that is hardly ever a noun is none; the word is its subject
	case c.verbForm == 0 && c.noun > 0 && next == Other && rarelyTakesObject(c) && i+1 < len(toks) && toks[i].gap == 0 &&
		toks[i+1].closed&grammarClasses == 0 && toks[i+1].cands != nil && (toks[i+1].cands.noun > 0 || toks[i+1].cands.adj > 0):
		return Noun // "Care workers in Hull, …": an imperative of a verb that hardly ever takes an object ("care for", "care about") has no noun phrase after it; the word says which workers
	case c.verbForm == 0 && next == Determiner && c.verb >= c.adj:
		return Verb // "Lend every club …"
	case c.verbForm == 0 && c.verb >= 2*(c.noun+c.adj) && next != Preposition:
		return Verb
	case c.verbForm == 0 && c.adj == 0 && next == Other && i+1 < len(toks) && adjectiveFirst(&toks[i+1]) && nounNext(toks, i+1):
		return Verb // "record local voices": a noun takes no adjective after it, so the word is a verb and the phrase its object

	case c.verbForm == 0 && c.noun <= 1 && c.adj == 0 && c.verb >= c.noun && next == Other && i+1 < len(toks) && toks[i+1].cands.noun > 0 && toks[i+1].cands.verb == 0 && !toks[i+1].Is(Capitalised) &&
		!(toks[i+1].cands.plural && toks[i+1].cands.nounEntry.First(wordnet.Noun) == wordnet.NounPerson) && !pictureAfterPhrase(toks, i+1):
		// "Brew beer that …": a word WordNet's texts never tagged either
		// way, before a plain noun, opens an imperative; not before people
		// in the plural ("shrimp farmers in Khulna"), whose trade it names,
		// nor before a noun that a participle or "able to" describes
		// ("Canal boaters able to moor …", "Chalk downland from Dover to
		// Dorset humming with …"), a picture without a verb
		return Verb
	}
	return best(c)
}

// floatsAfterAuxiliary reports whether the quantifier at i ("all",
// "both", "each") stands between a modal or an auxiliary and the verb it
// goes with, after a noun or a pronoun that can be the subject ("… will
// all be lit", "have each signed"): it floats off that subject, and is no
// subject of its own.
func floatsAfterAuxiliary(toks []Token, i int) bool {
	if i < 2 || i+1 >= len(toks) || toks[i].Norm == "half" || toks[i].gap != 0 || toks[i-1].gap != 0 || toks[i-2].gap != 0 {
		return false
	}
	aux, s, n := &toks[i-1], &toks[i-2], &toks[i+1]
	if s.Tag != Noun && s.Tag != ProperNoun && !(s.Tag == Pronoun && isSubjectPronoun(s.Norm)) {
		return false
	}
	switch {
	case aux.Tag == Modal:
		return n.closed&(clBe|clHave) != 0 || n.closed&grammarClasses == 0 && n.cands != nil && n.cands.verb > 0 && n.cands.verbForm == 0
	case aux.closed&(clBe|clHave) != 0:
		return n.closed&grammarClasses == 0 && n.cands != nil && n.cands.verb > 0 && n.cands.verbForm&(Past|Ing) != 0 && n.cands.verb >= n.cands.adj
	}
	return false
}

// creature reports whether a noun class is of living things: people,
// animals, plants.
func creature(class wordnet.Class) bool {
	return class == wordnet.NounPerson || class == wordnet.NounAnimal || class == wordnet.NounPlant
}

// rarelyTakesObject reports whether a word's verb reading hardly ever
// takes a direct object: WordNet's texts tagged it often enough to be
// sure (sureVerbUses), and under rareObjectShare per cent of those uses
// were of a sense with an object ("care", "come", "sit").
func rarelyTakesObject(c *candidates) bool {
	share, ok := c.verbEntry.ObjectShare()
	return ok && share < rareObjectShare && c.verb >= sureVerbUses
}

// afterFiniteSingular reports whether the verb before token i has the
// "-s" of a singular subject and takes no bare verb after it ("… who
// struggles to breastfeed [gets] help"; not "helps run"): that verb is
// the main one, and a plain form after it is no verb of its own.
func afterFiniteSingular(toks []Token, i int) bool {
	v := &toks[i-1]
	return v.Form&ThirdPerson != 0 && v.closed&clBareInfinitive == 0 && v.gap == 0
}

// objectOfVerbBefore reports whether token i, a noun whose verb reading
// hardly ever takes an object, is the object of the verb just before it,
// which mostly takes one: "mentors who have left care themselves" and
// "support care leavers" are what was left and who is supported, not
// "care" as a verb with an object. A word hardly ever a noun is no object
// ("who stays to learn [comes] home").
func objectOfVerbBefore(toks []Token, i int) bool {
	v := &toks[i-1]
	return toks[i].cands.noun > 0 && toks[i].cands.noun*rareVerbShare >= toks[i].cands.verb && rarelyTakesObject(toks[i].cands) && v.gap == 0 && v.cands != nil && v.closed&grammarClasses == 0 && takesObjectMostly(v.cands)
}

// takesObjectMostly reports whether WordNet's texts use a word's verb
// with a direct object in most of its uses ("feed", "teach"; not "work",
// "care"), so its "-ing" form before people is the verb and its object,
// not a modifier ("working families").
func takesObjectMostly(c *candidates) bool {
	share, ok := c.verbEntry.ObjectShare()
	return ok && share >= 50
}

// seldomWithObject reports whether WordNet's texts use the verb with a
// direct object in under a fifth of its uses, however seldom they use it
// ("live", "thrive"; not "grow", "help"): its "-ing" form that WordNet
// also lists as an adjective describes the noun after it.
func seldomWithObject(c *candidates) bool {
	share, ok := c.verbEntry.ObjectShare()
	return ok && share < 2*rareObjectShare
}

// rareObjectShare and sureVerbUses bound rarelyTakesObject: "run" takes
// an object in a fifth of its uses ("run a ferry"), "care" in a twentieth.
const (
	rareObjectShare = 10
	sureVerbUses    = 20
)

// participleAfterPredicate reports whether token i is an "-ing" verb after
// a comma that closes a clause's predicate, an adjective or an adverb
// after a verb, with a noun phrase after it ("We keep a ghillie's year
// full, [booking] guided days …"): a participle and its object; after a
// noun, a comma more often goes on a list of nouns, and after adjectives
// that still wait for their noun the list of them goes on.
func participleAfterPredicate(toks []Token, i int) bool {
	c := toks[i].cands
	return i > 1 && c != nil && c.verbForm == Ing && c.verb > 0 && toks[i-1].gap&gapComma != 0 && (toks[i-1].Tag == Adjective || toks[i-1].Tag == Adverb) &&
		verbBefore(toks, i) && toks[i].gap == 0 && nounNext(toks, i) && !headlessListBefore(toks, i)
}

// headWanted reports whether token i ends a noun phrase that a determiner
// opened, over adjectives and names, with no noun yet: a grammar word
// follows it ("the Cornish [pasty] to", "a fresh [pasty] in"), so it must
// be the phrase's noun.
func headWanted(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].gap&gapClause != 0 || toks[i+1].closed&(clPreposition|clBe|clModal|clConjunction) == 0 && toks[i+1].Norm != "to" {
		return false
	}
	k := i - 1
	for k >= 0 && toks[k].gap == 0 && (toks[k].Tag == Adjective || toks[k].Tag == ProperNoun && !toks[k].Is(Possessive)) {
		k--
	}
	return k >= 0 && k < i-1 && toks[k].Tag == Determiner && toks[k].gap == 0
}

// timeNext reports whether token k is a noun whose likeliest sense is a
// time ("week", "June"), read before it is tagged.
func timeNext(toks []Token, k int) bool {
	c := toks[k].cands
	return c != nil && c.noun > 0 && wordnet.Class(c.nounEntry.First(wordnet.Noun)) == wordnet.NounTime
}

// peopleObjectAt reports whether people in the plural stand at token k,
// perhaps after one noun that says which ("patients", "heart patients").
func peopleObjectAt(toks []Token, k int) bool {
	for j := k; j < len(toks) && j <= k+1; j++ {
		n := &toks[j]
		if n.closed&grammarClasses != 0 || n.cands == nil || n.cands.noun == 0 {
			return false
		}
		if n.cands.plural && peopleNoun(n) {
			return true
		}
		if n.gap != 0 {
			return false
		}
	}
	return false
}

// afterPrepositionModifiers reports whether the words before token i,
// back to a preposition, are all adjectives with no punctuation between
// ("through [free one-to-one] tutoring").
func afterPrepositionModifiers(toks []Token, i int) bool {
	k := i - 1
	for k >= 0 && toks[k].Tag == Adjective && toks[k].gap == 0 {
		k--
	}
	return k >= 0 && k < i-1 && toks[k].Tag == Preposition && toks[k].gap == 0
}

// verbBefore reports whether a verb stands earlier in token i's sentence.
func verbBefore(toks []Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if toks[k].Tag == Verb {
			return true
		}
	}
	return false
}

// countedBefore reports whether a determiner that counts one ("every",
// "each", "a") opens the noun phrase that ends at token k.
func countedBefore(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-maxPhraseWords; j-- {
		switch {
		case toks[j].gap != 0:
			return false
		case toks[j].closed&clDistributive != 0 || toks[j].Norm == "a" || toks[j].Norm == "an":
			return true
		case toks[j].Tag != Noun && toks[j].Tag != Adjective && toks[j].Tag != ProperNoun:
			return false
		}
	}
	return false
}

// verbInClauseBefore reports whether a verb stands before token i in its
// clause: after the last subordinator, comma or clause break before it.
func verbInClauseBefore(toks []Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if toks[k].Tag == Subordinator || toks[k].gap&(gapComma|gapClause) != 0 {
			return false
		}
		if toks[k].Tag == Verb {
			return true
		}
	}
	return false
}

// lastVerbThirdPerson reports whether the last verb before token i is in
// its "-s" form ("grows up in a stable home and [leaves] …"), which a word
// after "and" in that form may be joined to.
func lastVerbThirdPerson(toks []Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if toks[k].Tag == Verb {
			return toks[k].Is(ThirdPerson)
		}
	}
	return false
}

// mostlyVerb reports whether a word is at least four times as often a verb
// as a noun in WordNet's texts ("comes", "starts").
func mostlyVerb(t *Token) bool {
	return t.cands != nil && t.cands.verb >= 4*t.cands.noun
}

// ingModifiesSubject reports whether an opening "-ing" word is followed by
// a plural, a modal and a verb that is not "be": the plural is the
// subject, doing something ("Fishing towns will know …"); a gerund's
// phrase as the subject is said to be something ("Helping farmers will
// always be our work").
//
// A place phrase may stand between the plural and its verb, which may
// also be a plain verb with its object: "Angling clubs on the Severn buy
// their own stretches of bank …", where a gerund's phrase would take an
// "-s" verb.
func ingModifiesSubject(toks []Token, i int) bool {
	if i+3 >= len(toks) || toks[i].gap != 0 || toks[i+1].gap != 0 {
		return false
	}
	n := &toks[i+1]
	if n.closed&grammarClasses != 0 || n.cands == nil || n.cands.noun == 0 || !n.cands.plural {
		return false
	}
	if m, v := &toks[i+2], &toks[i+3]; toks[i+2].gap == 0 && m.closed&clModal != 0 && v.closed&(clBe|clCopula|clHave) == 0 && v.closed&grammarClasses == 0 && v.cands != nil && v.cands.verb > 0 {
		return true
	}
	if toks[i+2].closed&clPreposition == 0 || toks[i+2].closed&clModal != 0 {
		return false
	}
	k := placeWordsEnd(toks, i+3)
	return k > i+3 && toks[k-1].gap == 0 && plainVerbWithObject(toks, k)
}

// statementIsBefore reports whether "to" at i follows a statement word and
// a form of "be" ("our mission is to"), or "exist" ("we exist to").
func statementIsBefore(toks []Token, i int) bool {
	p := &toks[i-1]
	return p.Lemma == "exist" && p.Tag == Verb || i >= 2 && p.closed&clBe != 0 && toks[i-2].closed&clStatementWord != 0
}

// verbListNext reports whether "and" or "or" and another word that may be
// a plain verb follow token k ("breed [and register]"): a list of verbs.
func verbListNext(toks []Token, k int) bool {
	if k+2 >= len(toks) || toks[k+1].Norm != "and" && toks[k+1].Norm != "or" || toks[k+1].gap != 0 {
		return false
	}
	n := &toks[k+2]
	return n.closed&grammarClasses == 0 && n.cands != nil && n.cands.verb > 0 && n.cands.verbForm == 0
}

// verbListAfterComma reports whether, after token k and its comma, words
// that may each be a plain verb are listed, parted by commas, and end in
// "and" or "or" and one more such word with a noun after it ("fund,
// [stock and staff libraries]"): a list of verbs sharing one object, as
// a list of nouns would not run on into a noun.
func verbListAfterComma(toks []Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+maxPhraseWords; j++ {
		c := toks[j].cands
		if toks[j].closed&grammarClasses != 0 || c == nil || c.verb == 0 || c.verbForm != 0 && !c.baseToo { // "lay", a past that is a plain verb too
			return false
		}
		if toks[j].gap != gapComma {
			return toks[j].gap == 0 && verbListNext(toks, j) && nounNext(toks, j+2)
		}
	}
	return false
}

// plainVerbWithObject reports whether token k is a word nearly always a
// verb, in its plain form, with an object opening after it ("collect
// requests", "teach the children").
func plainVerbWithObject(toks []Token, k int) bool {
	if !plainVerbBefore(toks, k) {
		return false
	}
	o := &toks[k+1]
	return objectOpens(o) || o.closed&clNumber != 0 || o.closed&grammarClasses == 0 && o.cands != nil && o.cands.noun > 0 // "keep [six] boats afloat"
}

// plainVerbThenPreposition reports whether a word far more often a verb
// than anything else stands at k in its plain form, with a preposition
// after it ("leave with", "meet in").
func plainVerbThenPreposition(toks []Token, k int) bool {
	return plainVerbBefore(toks, k) && toks[k+1].closed&clPreposition != 0
}

// plainVerbBefore reports whether token k, with a token after it and no
// punctuation between, is a word at least four times as often a verb as
// a noun or an adjective, in its plain form.
func plainVerbBefore(toks []Token, k int) bool {
	if k+1 >= len(toks) || toks[k].gap != 0 {
		return false
	}
	n := &toks[k]
	return n.closed&grammarClasses == 0 && n.cands != nil && n.cands.verbForm == 0 && n.cands.verb > 0 && n.cands.verb >= 4*n.cands.noun && n.cands.verb >= 4*n.cands.adj
}

// listedNounWithNext reports whether token i and the noun after it make a
// noun of two words WordNet lists ("hearing aid", "sewing machines").
func listedNounWithNext(toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].gap != 0 || toks[i+1].cands == nil || toks[i+1].cands.nounLemma == "" {
		return false
	}
	e, ok := wordnet.Lookup(toks[i].Norm + " " + toks[i+1].cands.nounLemma)
	return ok && e.Has(wordnet.Noun)
}

// gerundPreposition reports whether an "-ing" form after the preposition
// acts as a verb ("by lending boats") rather than describing a noun ("to
// rowing clubs").
func gerundPreposition(p string) bool { return is(p, clGerundPreposition) }

// inPrepPhrase reports whether token k ends a preposition's noun phrase
// ("among [software companies]"): only nouns, adjectives, determiners and
// numbers stand between it and the preposition.
func inPrepPhrase(toks []Token, k int) bool {
	for j := k; j >= 0; j-- {
		switch toks[j].Tag {
		case Noun, ProperNoun, Adjective, Determiner, Number:
			if j < k && toks[j].gap != 0 && !(toks[j].gap == gapComma && toks[j].Tag == Noun && (toks[j+1].Tag == Noun || toks[j+1].Tag == Adjective || toks[j+1].Tag == Number)) {
				return false // but "for walkers, climbers", "with respite weekends, 24-hour phone support": a list of the preposition's noun phrases
			}
			continue
		case Preposition:
			return j < k
		}
		return false
	}
	return false
}

// coordinate decides the word after "and" or "or" by what it joins: the
// same part of speech as the word before the conjunction (at left), if it
// can be; a verb when it can be one that takes what follows ("organize the
// world's information and make it …").
func coordinate(toks []Token, i, left0 int) Tag {
	c := toks[i].cands
	left := &toks[left0]
	if !toks[i].known && left.Tag == Verb && left.Form&(Ing|Past|ThirdPerson) == 0 && toks[i].closed&grammarClasses == 0 && toks[i].gap == 0 && i+1 < len(toks) &&
		(objectOpens(&toks[i+1]) || toks[i+1].closed&clNumber != 0) {
		return Verb // "We clear, mend and waymark 90 miles of path": a word no dictionary holds, joined to a plain verb, before its object
	}
	if c.verb > 0 && c.verbForm&(Ing|ThirdPerson) == 0 && toks[i].gap == 0 && i+1 < len(toks) && toks[i+1].Norm == "by" && agentBefore(toks, left0) {
		return Verb // "owned by its customers and run by volunteers": a second participle, with its agent ("run" is its own participle)
	}
	if c.adj > 2*c.noun && c.adj > 2*c.verb && i+1 < len(toks) && toks[i+1].Norm == "of" && toks[i].gap == 0 {
		return Adjective // "around the clock and free of charge": an adjective, mostly, and what it is free of
	}
	if c.verb > 0 && c.verbForm == 0 && i+1 < len(toks) && toks[i+1].closed&(clDeterminer|clDistributive|clPossessive|clPronoun|clEveryone) != 0 &&
		(!isSubjectPronoun(toks[i+1].Norm) || toks[i+1].Norm == "it") && earlierVerb(toks, left0, 0) {
		return Verb
	}
	if c.verb > 0 && c.verbForm == ThirdPerson && i+1 < len(toks) && earlierVerb(toks, left0, ThirdPerson) &&
		(is(toks[i+1].Norm, clObjectPronoun) || indefinite(toks[i+1].Norm) || !closesList(toks, i-1) && (toks[i+1].closed&(clDeterminer|clDistributive|clPossessive) != 0 || c.verb*2 >= c.noun && nounNext(toks, i))) {
		// "a volunteer who speaks their language and helps them register",
		// "builds soil probes and trains parish councils", "fixes aids and
		// charges nothing": a second verb of the same subject, with its
		// object (no noun runs on into "nothing"); not "gives bar staff,
		// cleaners and nurses a ride", the end of a list of nouns
		return Verb
	}
	if c.verb > 0 && c.verbForm == 0 && left0 == i-2 && toks[left0].gap&gapComma != 0 && earlierVerb(toks, left0, 0) && i+1 < len(toks) && (nounNext(toks, i) || verbContinues(toks, i) || phrasalVerbAt(toks, i, clVerbParticle)) {
		return Verb // "…, and train local apprentices", "…, and aim to carry", "…, and come back": a second clause of the same subject
	}
	if c.verb > 0 && c.verb >= 2*c.noun && (c.verb > 2*c.adj || !inPrepPhrase(toks, left0)) && c.verbForm == 0 && nounNext(toks, i) && earlierVerb(toks, left0, 0) {
		// "maintainers review every request and give friendly feedback": a
		// second verb of the same subject; not "among software companies and
		// open source communities", a word often an adjective, before a
		// noun, after a preposition's noun: the list of nouns goes on
		return Verb
	}
	if c.verb > 0 && c.verb >= c.noun && (!inPrepPhrase(toks, left0) || c.verb > 2*c.adj && c.verb > c.noun) && c.verbForm == 0 && nounNext(toks, i) && pronounVerbBefore(toks, left0) {
		// "we bring a festival to Ludlow each July and keep tickets under
		// £40": a second verb of the same subject; not "huts for walkers
		// and ski tourers", as often a noun, after a preposition's noun
		return Verb
	}
	if c.verb > 0 && c.verb >= 4*c.noun && c.verbForm == ThirdPerson && i+1 < len(toks) && toks[i].gap == 0 && toks[i+1].closed&clPreposition != 0 && toks[i+1].Norm != "of" &&
		toks[i+1].closed&clVerbParticle == 0 && earlierVerb(toks, left0, ThirdPerson) {
		return Verb // "matches jobseekers with local employers and pays for the training": a second "-s" verb, mostly a verb, with its preposition
	}
	if c.verb > 0 && c.verb >= 4*c.noun && c.verbForm == 0 && i+1 < len(toks) && toks[i].gap == 0 && toks[i+1].closed&clPreposition != 0 &&
		(pronounVerbBefore(toks, left0) || toks[left0].gap&gapComma != 0 && earlierVerb(toks, left0, 0)) {
		return Verb // "we send a loss adjuster within 48 hours and pay for a rented home": a second verb, mostly a verb, with its preposition
	}
	if c.verb > 0 && c.verb > c.adj && c.verbForm == 0 && toks[i].gap == 0 && earlierVerb(toks, left0, 0) && adjectiveBeforeNoun(toks, i+1) {
		return Verb // "we leave deadwood and plant native wildflowers": no noun stands before an adjective in its phrase, so the word takes the phrase as its object; not "games and short daily practice", a word more often the first of two adjectives
	}
	if c.verb > 0 && c.verb >= c.noun && closesVerbPhraseList(toks, left0, c.verbForm) && (nounNext(toks, i) || verbContinues(toks, i)) {
		return Verb // "lend boats, repair hulls and teach children": the last of a list of verb phrases
	}
	if c.verbForm == Ing && c.adj > 0 && left.Tag == Adjective && toks[i].gap == 0 && nounNext(toks, i) && beforeNounSlot(toks, left0) {
		return Adjective // "By signing every show, we let Deaf and hearing audiences laugh …": the second of two adjectives where a noun phrase opens, before their noun; not the next participle of a list
	}
	if c.verb > 0 && c.verbForm == Ing && i+1 < len(toks) && (toks[i+1].closed&(clDeterminer|clDistributive|clPossessive|clPronoun) != 0 && toks[i+1].Norm != "that" &&
		!isSubjectPronoun(toks[i+1].Norm) || c.verb >= 4*c.noun && nounNext(toks, i)) && earlierVerb(toks, left0, Ing) {
		// "paying their relocation and pairing each with a mentor",
		// "buying food from farms and keeping prices low": a second
		// participle, with its object
		return Verb
	}
	if c.verb > 0 && c.verb >= c.noun && c.verbForm == Ing && i+1 < len(toks) && toks[i].gap == 0 && toks[i+1].closed&clPreposition != 0 && toks[i+1].Norm != "of" &&
		earlierVerb(toks, left0, Ing) && !closesList(toks, i-1) {
		// "children sharing beds or sleeping on sofas": a second
		// participle, with its preposition; not "teaching carpentry,
		// tiling and roofing to …", the last of a list of nouns
		return Verb
	}
	if c.verb > 0 && c.verbForm == Past && !nounPhraseNext(toks, i) && earlierPassive(toks, left0) {
		return Verb // "are recorded by deaf teachers and made free", "are drafted, checked and filed": the passive goes on; not "… and trained volunteers"
	}
	if c.verbForm == Ing && left.Tag == Noun && left.Is(Plural) && nounNext(toks, i) && toks[i+1].cands.plural && !verbBefore(toks, left0+1) {
		// "Hedgehogs, slow-worms and nesting thrushes": a list of plurals
		// with no verb yet goes on with another, an "-ing" word before it
		// describing it
		if c.noun > 0 && c.adj == 0 {
			return Noun
		}
		return Adjective
	}
	if c.verbForm == Ing && left.Tag == Noun && toks[i].gap == 0 && i+1 < len(toks) && toks[i+1].closed&clPreposition != 0 && toks[i+1].Norm != "of" && !earlierVerb(toks, left0, Ing) {
		return Noun // "provides emergency food parcels and signposting to advice": an activity joined to the things given, with no object of its own
	}
	switch {
	case left.Tag == ProperNoun && toks[i].Is(Capitalised):
		return ProperNoun // "Brighton and Hove", "Trinidad and Tobago"
	case c.adj > 0 && i+1 < len(toks) && toks[i+1].Norm == "to" && !(left.Tag == Noun && c.noun > 0 && !(i+2 < len(toks) && baseVerbAt(toks, i+2))):
		return Adjective // "free to use and free to change"; not "bring connection and calm to people", a noun joined to a noun before "to" and its own noun
	case c.adj > 0 && nounNext(toks, i) && (left.Tag == Noun || left.Tag == Adjective || left.Tag == ProperNoun):
		return Adjective // "parents and retired teachers", "tickets at 4 GBP and free transport"
	case left.Tag == Adjective && c.verbForm&(Ing|Past) != 0 && nounNext(toks, i):
		return Adjective // "a welcoming and evolving community"
	case left.Tag == Verb && c.verb > 0 && (left.Form&(Ing|ThirdPerson|Past) == c.verbForm&(Ing|ThirdPerson|Past)):
		return Verb
	case (left.Tag == Noun || left.Tag == ProperNoun) && c.noun > 0:
		return Noun
	case left.Tag == Adjective && c.adj > 0:
		return Adjective
	}
	return best(c)
}

// askedWithDo reports whether token i follows a question's "do" and its
// subject ("Why [do] families [dread] …", "What does a tenant [need] …").
func askedWithDo(toks []Token, i int) bool {
	for j := i - 2; j >= 1 && j >= i-maxPhraseWords; j-- {
		if toks[j].gap&(gapComma|gapClause) != 0 {
			return false
		}
		if toks[j].closed&clDo != 0 {
			w := toks[j-1].Norm
			return (w == "why" || w == "what" || w == "how" || w == "where" || w == "when" || w == "who") && (j == 1 || toks[j-2].gap&gapClause != 0)
		}
	}
	return false
}

// inAdverbPhrase reports whether token i opens a phrase of the
// adverb-phrase class ("up front", "right the first time"), or is the
// second word of a two-word one ("up [front]"), whose words are of other
// classes on their own.
func inAdverbPhrase(toks []Token, i int) bool {
	return phraseAt(toks, i, clAdverbPhrase) > 1 || i > 0 && phraseAt(toks, i-1, clAdverbPhrase) == 2
}

// inWordNet reports whether WordNet holds the word whole.
func inWordNet(w string) bool {
	_, ok := wordnet.Lookup(w)
	return ok
}

// describesEveryone reports whether token i follows a pronoun for anyone
// ("anyone", "someone") directly or through a list of words that describe
// it ("anyone lost, [hurt] or …").
func describesEveryone(toks []Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch t := &toks[k]; {
		case t.closed&clEveryone != 0 && t.Tag == Pronoun:
			return t.gap == 0 && k == i-1 || k < i-1
		case t.Tag == Adjective && t.gap&gapClause == 0, t.Tag == Conjunction && k > 0 && toks[k-1].Tag == Adjective:
		default:
			return false
		}
	}
	return false
}

// pronounVerbBefore reports whether a verb in the plain form after a
// subject pronoun or a modal ("we bring", "they grow", "people can
// order") stands before token k in the same clause, a few words back at
// most: a plain verb after "and" is then its subject's second.
func pronounVerbBefore(toks []Token, k int) bool {
	for j := k; j > 0 && j > k-3*maxPhraseWords; j-- {
		t := &toks[j]
		if t.Tag == Subordinator || t.gap&gapClause != 0 && j < k {
			return false
		}
		if t.Tag == Verb {
			return t.Form&(Ing|ThirdPerson|Past) == 0 && t.closed&(clBe|clHave|clDo) == 0 && (toks[j-1].Tag == Pronoun && isSubjectPronoun(toks[j-1].Norm) || toks[j-1].Tag == Modal)
		}
	}
	return false
}

// closesVerbPhraseList reports whether token k ends a verb phrase in the
// given form that a comma sets off from what goes before ("…, repair
// hulls"), so that a conjunction after k joins the list's last item.
func closesVerbPhraseList(toks []Token, k int, form Form) bool {
	j := k
	for j > 0 && j > k-maxPhraseWords && toks[j].gap&gapComma == 0 && (j == k || toks[j].gap == 0) {
		t := &toks[j]
		switch {
		case t.Tag == Verb:
			return toks[j-1].gap&gapComma != 0 && j < k && t.closed&(clBe|clHave|clDo) == 0 && t.Form&(Ing|ThirdPerson|Past) == form&(Ing|ThirdPerson|Past)
		case t.Tag == Noun || t.Tag == ProperNoun || t.Tag == Adjective || t.Tag == Determiner || t.Tag == Number || t.Tag == Pronoun && !isSubjectPronoun(t.Norm):
		default:
			return false
		}
		j--
	}
	return false
}

// verbListMember reports whether token i, after a verb and a comma, is
// the next verb of a list of verbs in the same form that a conjunction or
// another comma carries on ("collects, fires and returns", "traced,
// repacked and driven"), rather than the verb's object.
func verbListMember(toks []Token, i int) bool {
	if i == 0 || i+2 >= len(toks) {
		return false
	}
	prev := &toks[i-1]
	form := prev.Form & (ThirdPerson | Past | Ing)
	if prev.Tag != Verb || prev.gap&gapComma == 0 || prev.closed&(clBe|clHave|clDo) != 0 || toks[i].cands.verbForm != form && !(form == 0 && toks[i].cands.baseToo) {
		return false // a past that is a plain verb too fits a list of plain verbs ("plant, lay and protect")
	}
	n, after := &toks[i+1], &toks[i+2]
	sameVerb := after.cands.verb > 0 && after.cands.verbForm == form && after.closed&grammarClasses == 0 ||
		// "We clear, mend and waymark 90 miles of path": a word no
		// dictionary holds, in the plain form's place, before its object
		form == 0 && !after.known && after.closed&grammarClasses == 0 && after.gap == 0 && i+3 < len(toks) && (objectOpens(&toks[i+3]) || toks[i+3].closed&clNumber != 0)
	switch {
	case toks[i].gap == 0 && (n.Norm == "and" || n.Norm == "or"):
		return sameVerb
	case toks[i].gap&gapComma != 0:
		return n.cands.verb > 0 && n.cands.verbForm == form && n.closed&grammarClasses == 0
	}
	return false
}

// gerundListEnds reports whether token i, after "and" or "or", ends a
// list whose item before the conjunction opens, after a comma, with a
// gerund that is a verb ("mending sails, painting hulls and [booking]
// instructors"): the last item opens as the others do.
func gerundListEnds(toks []Token, i int) bool {
	if i < 2 || toks[i-1].Norm != "and" && toks[i-1].Norm != "or" || toks[i-2].gap&^gapComma != 0 {
		return false // (a comma before the "and" ends the item too: "…, and teaching anyone …")
	}
	for k := i - 2; k >= 0 && k >= i-1-maxPhraseWords; k-- { // bounded, so that tagging stays linear
		if k > 0 && toks[k-1].gap == gapComma && toks[k-1].Tag == Adjective && toks[k].Tag == Adjective {
			continue // "teaching twenty simple, nourishing meals and building …": a comma between two adjectives of one noun
		}
		if k == 0 || toks[k-1].gap&gapComma != 0 || toks[k-1].Norm == "and" || toks[k-1].Norm == "or" {
			return toks[k].Tag == Verb && toks[k].Form&Ing != 0 // the item opens at the sentence's start, a comma or a conjunction
		}
		if toks[k-1].gap != 0 {
			return false
		}
	}
	return false
}

// plainVerbBeforeTime reports whether the time phrase that ends at token
// k ("a month", "every week") follows a plain verb, after its subject,
// and what it takes ("members pay £5 [a month]"): the verb whose object
// phrase verbBeforeObject walks back to.
func plainVerbBeforeTime(toks []Token, k int) bool {
	v := verbBeforeObject(toks, k+1, false)
	if v == nil || v.Form&(ThirdPerson|Past|Ing) != 0 || v.closed&(clBe|clHave|clDo) != 0 {
		return false
	}
	for j := k - 1; j > 0; j-- {
		if &toks[j] == v {
			return toks[j-1].Tag == Noun || toks[j-1].Tag == Pronoun
		}
	}
	return false
}

// gerundItemBefore reports whether the list item that ends at token k
// opens with a gerund ("[mending sails], painting hulls"): the list is of
// activities, not of things.
func gerundItemBefore(toks []Token, k int) bool {
	for j := k; j >= 0 && j > k-maxPhraseWords; j-- {
		if j == 0 || toks[j-1].gap&(gapComma|gapClause) != 0 || toks[j-1].Tag == Verb && !toks[j-1].Is(Ing) || toks[j-1].Tag == Preposition || toks[j-1].Tag == Conjunction {
			return toks[j].Tag == Verb && toks[j].Is(Ing)
		}
		if toks[j-1].Tag == Verb && toks[j-1].Is(Ing) {
			return true
		}
	}
	return false
}

// nameOpens reports whether the proper noun at k ends a run of proper
// nouns that opens the sentence ("Railbell", "Harbour Tools").
func nameOpens(toks []Token, k int) bool {
	return nameStart(toks, k) == 0
}

// determinedNameOpens reports whether the proper noun at k ends a run of
// proper nouns after a determiner that opens the sentence ("The Wenham
// Players", "Every Londoner"; "Much Wenham Players", a village's name
// that opens so).
func determinedNameOpens(toks []Token, k int) bool {
	return nameStart(toks, k) == 1 && toks[0].Tag == Determiner && toks[0].gap == 0
}

// nameStart returns where the run of proper nouns that ends at token k
// starts, each joined to the next with no punctuation; -1 when token k is
// no proper noun.
func nameStart(toks []Token, k int) int {
	if k < 0 || toks[k].Tag != ProperNoun {
		return -1
	}
	for k > 0 && toks[k-1].Tag == ProperNoun && toks[k-1].gap == 0 {
		k--
	}
	return k
}

// ofNameOpens reports whether the sentence opens with a name of the form
// "X of (the) Y" that ends at token k, every word but "of" and "the"
// capitalised ("Wardens of the Wye", "The Friends of Kelby Park").
func ofNameOpens(toks []Token, k int) bool {
	if k >= 2*maxPhraseWords {
		return false // no name runs that long; and tagging stays linear
	}
	of := false
	for ; k >= 0; k-- {
		if k > 0 && toks[k-1].gap != 0 {
			return false
		}
		switch t := &toks[k]; {
		case t.Norm == "of" && k > 0:
			of = true
		case t.Norm == "the" && (k == 0 || toks[k-1].Norm == "of"):
		case t.Is(Capitalised) && t.closed&grammarClasses == 0:
		default:
			return false
		}
	}
	return of
}

// listMember reports whether token i, after a noun and a comma, is the
// next item of a list of nouns that a conjunction closes ("porters, cooks
// and night nurses"), not the verb of a new clause ("…, cooks meals").
func listMember(toks []Token, i int) bool {
	j := i - 1 // the item may open with a determiner and modifiers: "the weather, the market prices and …"
	for j > 0 && j > i-maxPhraseWords && toks[j].gap == 0 && (toks[j].Tag == Noun || toks[j].Tag == Adjective || toks[j].Tag == Number) {
		j--
	}
	if toks[j].gap&gapComma == 0 && (j < i-1 || toks[j].Tag == Determiner) { // "…, security alerts and": an item with no determiner
		if toks[j].Tag != Determiner || j == 0 || toks[j].gap != 0 {
			return false
		}
		j--
	}
	if toks[j].gap&gapComma == 0 || i+2 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if toks[i].gap == 0 && n.closed&clConjunction != 0 && (n.Norm == "and" || n.Norm == "or") {
		a := &toks[i+2]
		return a.closed&(clDeterminer|clDistributive|clPossessive|clNumber) != 0 ||
			a.closed&grammarClasses == 0 && (a.cands.noun > 0 || a.cands.adj > 0) && !(a.cands.verb > 0 && a.cands.verbForm == toks[i].cands.verbForm && a.cands.verb >= a.cands.noun)
	}
	return false
}

// listModifier reports whether token i, after a noun and a comma, opens
// the next item of a list of noun phrases with a modifier: a noun follows
// it, and a conjunction that joins a further item follows that ("quiet
// weekends, short breaks and a listening ear", "…, guided walks and …").
func listModifier(toks []Token, i int) bool {
	if toks[i-1].gap&gapComma == 0 || toks[i].gap != 0 || i+3 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if n.closed&grammarClasses != 0 || n.cands.noun == 0 || n.gap&^gapComma != 0 {
		return false
	}
	if c := toks[i].cands; c.verbForm == Ing && is(c.verbLemma, clCausative) && infinitiveAfterObject(toks, i) {
		return false // ", inspiring growers and cooks alike to …": a participle that moves its object to act, not the next item's modifier
	}
	a := &toks[i+3] // the next item, after "and" or "or"
	if n.gap&gapComma != 0 {
		a = &toks[i+2] // or after a comma: "training, shared insurance, a licence and …"
	} else if and := &toks[i+2]; and.Norm != "and" && and.Norm != "or" {
		return false
	}
	return a.closed&(clDeterminer|clDistributive|clPossessive|clNumber) != 0 || a.closed&grammarClasses == 0 && (a.cands.noun > 0 || a.cands.adj > 0)
}

// adjectiveForSubject reports whether a noun phrase after "for" stands
// right before token i, and an adjective before "for" ("easy [for
// harbour masters]", "simpler for every club"): what is easy is what they
// do, so "to" opens their infinitive.
func adjectiveForSubject(toks []Token, i int) bool {
	for k := i - 1; k > 0 && k >= i-maxPhraseWords; k-- {
		t := &toks[k]
		switch {
		case t.gap != 0:
			return false
		case t.Norm == "for":
			return k < i-1 && toks[k-1].Tag == Adjective && toks[k-1].gap == 0
		case t.Tag != Noun && t.Tag != ProperNoun && t.Tag != Adjective && t.Tag != Determiner:
			return false
		}
	}
	return false
}

// infinitiveAfterObject reports whether "to" and a plain verb follow the
// noun phrase after token i, or a list of them, before a comma or a verb
// ("inspiring growers and cooks alike [to rethink] …").
func infinitiveAfterObject(toks []Token, i int) bool {
	for k := i + 1; k+1 < len(toks) && k <= i+2*maxPhraseWords && toks[k-1].gap&^gapComma == 0; k++ {
		if toks[k].Norm == "to" && k > i+1 && toks[k].gap == 0 {
			return baseVerbAt(toks, k+1)
		}
		if toks[k].closed&(clModal|clSubordinator|clPreposition) != 0 || toks[k-1].gap&gapComma != 0 && k > i+1 {
			return false
		}
	}
	return false
}

// closesList reports whether the conjunction at k closes a list of nouns
// set off by commas ("porters, cooks and"), so that what follows is the
// list's last item rather than a new clause's subject.
func closesList(toks []Token, k int) bool {
	j := k - 1
	if j < 0 || toks[j].Tag != Noun && toks[j].Tag != ProperNoun || toks[j].gap != 0 {
		return false
	}
	for j >= 0 && (toks[j].Tag == Noun || toks[j].Tag == ProperNoun || toks[j].Tag == Adjective) && (j == k-1 || toks[j].gap == 0) {
		j--
	}
	if j > 0 && toks[j].Tag == Determiner && toks[j].gap == 0 && toks[j-1].gap&gapComma != 0 {
		j-- // "…, a lending software licence and": an item may open with its determiner
	}
	return j >= 0 && toks[j].gap&gapComma != 0 && (toks[j].Tag == Noun || toks[j].Tag == ProperNoun)
}

// countedOne reports whether the noun at k heads a phrase that opens
// with "every" or "each" (a few words before it, no break between): one
// of a kind, counted, a singular subject.
func countedOne(toks []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && (toks[j].gap == 0 || toks[j].Is(Possessive)); j-- {
		switch toks[j].Norm {
		case "every", "each":
			return true
		}
		if toks[j].Tag != Noun && toks[j].Tag != Adjective && toks[j].Tag != ProperNoun {
			return false
		}
	}
	return false
}

// listedInPhrase returns where the preposition stands whose object is the
// list of nouns that "and" or "or" at k joins ("of any age, gender or
// background"), or -1 when the list is no preposition's.
func listedInPhrase(toks []Token, k int) int {
	for j := k - 1; j >= 0 && j > k-maxPhraseWords; j-- {
		t := &toks[j]
		if t.gap&(gapClause|gapParen) != 0 {
			return -1
		}
		switch t.Tag {
		case Preposition:
			if t.gap != 0 {
				return -1
			}
			return j
		case Noun, Adjective, Determiner, Conjunction:
		default:
			return -1
		}
	}
	return -1
}

// subjectBeforePhrases returns where a clause's subject stands, a plural
// noun that agrees with verb or "anyone" before an "-s" verb, when it
// opens the clause before the prepositional phrases that end at k ("so
// [pupils] with nowhere quiet at home finish …"), or -1: the clause opens
// after a subordinator or at the start.
func subjectBeforePhrases(toks []Token, k int, verb *Token) int {
	j := k - 1
	for j >= 0 && toks[j].gap&(gapComma|gapClause) == 0 {
		switch {
		case toks[j].Tag == Noun || toks[j].Tag == ProperNoun || toks[j].Tag == Adjective || toks[j].Tag == Determiner || toks[j].Tag == Number || toks[j].Tag == Preposition || toks[j].Tag == Adverb,
			toks[j].Tag == Pronoun && toks[j].closed&clEveryone != 0:
			j--
			continue
		}
		break
	}
	if j >= 0 && toks[j].Tag != Subordinator {
		return -1
	}
	// The subject's head: the last noun before the first preposition, or
	// a pronoun that stands for anyone ("anyone in a rural county gets").
	head := -1
	for m := j + 1; m < k && toks[m].Tag != Preposition; m++ {
		if toks[m].Tag == Noun || toks[m].Tag == ProperNoun || toks[m].Tag == Pronoun && toks[m].closed&clEveryone != 0 {
			head = m
		}
	}
	switch {
	case head < 0:
		return -1
	case toks[head].Tag == Pronoun:
		if verb.cands.verbForm != ThirdPerson {
			return -1
		}
	case !toks[head].Is(Plural) || !agrees(&toks[head], verb):
		return -1
	}
	return head
}

// phraseRestartsWithin reports whether a new noun phrase opens between
// from and to: an adjective or a determiner right after a noun ("a
// countryside [young people]"), which no single phrase holds.
func phraseRestartsWithin(toks []Token, from, to int) bool {
	for j := from + 1; j < to; j++ {
		if (toks[j].Tag == Adjective || toks[j].Tag == Determiner) && (toks[j-1].Tag == Noun || toks[j-1].Tag == ProperNoun) && toks[j-1].gap == 0 {
			return true
		}
	}
	return false
}

// afterCausativeObject reports whether token i follows a verb that takes
// a bare infinitive and its object ("help [people] file", "let [the
// children] play"); not "keep [winter] bike …", as "keep" takes none.
func afterCausativeObject(toks []Token, i int) bool { return afterObjectOf(toks, i, clBareInfinitive) }

// appositionVerb returns where the verb stands when the sentence's first
// word is followed by a phrase between commas that opens with a
// determiner and ends before a word that may be a verb in its "-s" form
// ("Brindle, the county's legal aid clinic, represents …"), or -1: the
// first word is then a name, the phrase says what it is, and the verb is
// the name's. What it is may run to a place ("Wheelhouse, a bicycle library
// in a former Norwich fire station, lends …"): up to maxAppositionWords.
func appositionVerb(toks []Token) int {
	if len(toks) < 4 || toks[0].gap&gapComma == 0 || toks[1].closed&(clDeterminer|clPossessive) == 0 {
		return -1
	}
	for k := 1; k+1 < len(toks) && k <= maxAppositionWords; k++ {
		if toks[k].gap&gapClause != 0 {
			return -1
		}
		if toks[k].gap&gapComma != 0 {
			if n := &toks[k+1]; n.cands != nil && n.cands.verb > 0 && n.cands.verbForm == ThirdPerson {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// compoundBeforeItsVerb reports whether token i, more often a noun than a
// verb, has a plural noun after it and then a plain verb ("help
// shopkeepers in Norfolk [market] towns stay open"): the first word of a
// compound whose head the bare verb follows, not a verb of its own.
func compoundBeforeItsVerb(toks []Token, i int) bool {
	c := toks[i].cands
	if c.noun <= c.verb || toks[i].gap != 0 || i+2 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	return n.closed&grammarClasses == 0 && n.cands != nil && n.cands.plural && n.cands.noun > 0 && n.gap == 0 && baseVerbAt(toks, i+2)
}

// someoneThenPlace reports whether the plural noun before token i ends a
// prepositional phrase after a plural noun for people ("visitors [to the
// Greek islands]"): where the people are, not who they are.
func someoneThenPlace(toks []Token, i int) bool {
	for k := i - 2; k >= 1 && k >= i-maxPlaceWords; k-- {
		switch t := &toks[k]; {
		case t.Tag == Preposition:
			p := &toks[k-1]
			return p.Tag == Noun && p.Is(Plural) && p.gap == 0 && isSomeoneNoun(p)
		case t.Tag != Noun && t.Tag != ProperNoun && t.Tag != Adjective && t.Tag != Determiner || t.gap != 0:
			return false
		}
	}
	return false
}

// maxPlaceWords is the most words someoneThenPlace reads back for the
// preposition of a place.
const maxPlaceWords = 6

// afterObjectOf reports whether token i follows a verb of class cl and its
// object: "keep [the river] clean" for the causatives.
func afterObjectOf(toks []Token, i int, cl class) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := &toks[k]
		if k < i-1 && t.gap&gapSemicolon != 0 {
			return false // "we build hydro schemes; the income pays …": a new clause after the semicolon
		}
		switch {
		case t.Tag == Verb && t.Is(Ing) && k < i-1 && k > 0 && (toks[k-1].Tag == Noun || toks[k-1].Tag == Pronoun) && toks[k-1].gap == 0 && t.gap == 0:
			// "help [people living with dementia] stay …": a participle
			// that describes the object is part of it
		case t.Tag == Verb:
			return k < i-1 && t.closed&cl != 0 && !makeSureAt(toks, k) // not "make sure no farmer faces …", a clause
		case t.Tag == Noun || t.Tag == ProperNoun || t.Tag == Adjective || t.Tag == Determiner || t.Tag == Number ||
			t.Tag == Pronoun && !isSubjectPronoun(t.Norm) || (t.Tag == Preposition || t.Tag == Conjunction) && k < i-1 ||
			t.Tag == Adverb && k+1 < i-1 && toks[k+1].Tag == Adjective && t.gap == 0:
			// "help [residents and businesses] swap": the object may be a
			// list, its adjectives graded ("blind and partially sighted
			// residents"); not "help farmers and [train] …", a second verb
		default:
			return false
		}
	}
	return false
}

// nounAfterName reports whether the capitalised words after a sentence's
// first are followed by a word that can be no verb ("Show Marlin
// [customers]"): the name is an object's modifier, not a subject before
// its verb ("Alta Motors [turns] …").
func nounAfterName(toks []Token) bool {
	k := 1
	for k < len(toks) && toks[k].Is(Capitalised) && toks[k-1].gap == 0 {
		k++
	}
	return k < len(toks) && toks[k-1].gap == 0 && toks[k].closed&grammarClasses == 0 && toks[k].cands != nil && toks[k].cands.noun > 4*toks[k].cands.verb
}

// participleOfPeopleNoun reports whether token i, an "-ing" word hardly
// ever a noun, follows a word that is fairly often a noun for people or a
// group of them ("co-operative laying", "cooperative growing"): the word
// before may head the phrase, and this be its participle. Not "annual
// general meeting": a general is someone, but "meeting" is a noun too
// often to be read so.
func participleOfPeopleNoun(toks []Token, i int) bool {
	c, p := toks[i].cands, toks[i-1].cands
	return c != nil && p != nil && c.verbForm == Ing && c.verb >= participleShare*max(1, c.noun) && p.noun > 0 && 4*p.noun >= p.adj && isSomeoneNoun(&toks[i-1])
}

// participleShare is how many times more often than a noun an "-ing"
// word must be a verb for participleOfPeopleNoun: "laying", "running",
// "baking"; not "meeting", a noun often enough to head "annual general
// meeting".
const participleShare = 8

// isSomeoneNoun reports whether a noun is first a person or a group of
// people, or, unknown to WordNet, has the shape of a doer ("carers").
func isSomeoneNoun(t *Token) bool {
	c := t.entry.First(wordnet.Noun)
	return c == wordnet.NounPerson || c == wordnet.NounSocialGroup || !t.known && agentive(t.Norm)
}

// afterDitransitiveObject reports whether token i follows a verb that
// takes two objects and its first, a person or a group ("give [farmers]",
// "offer [each tenant]", "give [theatres and film crews]"), with nothing
// but that phrase between.
func afterDitransitiveObject(toks []Token, i int) bool {
	v := verbBeforeObject(toks, i, true)
	return v != nil && v.closed&clDitransitive != 0
}

// verbBeforeObject returns the verb whose object phrase stands right
// before token i, with at least one word of it between, or nil: the walk
// back passes the phrase's nouns, names, adjectives, determiners and
// numbers, and, with people, an object pronoun or an "and" between nouns
// ("give [them] …", "give [theatres and film crews] …"). A phrase ends
// in its noun: an adjective with no determiner before it ends none ("come
// away [able] to handle …", what the subject is once the verb is done),
// where "the sick", a determiner's, stands for people.
func verbBeforeObject(toks []Token, i int, people bool) *Token {
	if i > 0 && toks[i-1].Tag == Adjective && (i == 1 || toks[i-2].Tag != Determiner) {
		return nil
	}
	for k := i - 1; k >= 0 && k >= i-maxPhraseWords; k-- {
		t := &toks[k]
		if k < i-1 && t.gap != 0 {
			return nil
		}
		switch {
		case t.Tag == Verb:
			if k < i-1 {
				return t
			}
			return nil
		case t.Tag == Noun || t.Tag == ProperNoun || t.Tag == Adjective || t.Tag == Determiner || t.Tag == Number:
		case people && t.Tag == Pronoun && !isSubjectPronoun(t.Norm):
		case people && t.Norm == "and" && k > 0 && k < i-1 && toks[k-1].Tag == Noun && (toks[k+1].Tag == Noun || toks[k+1].Tag == Determiner || toks[k+1].Tag == Adjective):
		default:
			return nil
		}
	}
	return nil
}

// singularOnlyPhraseBefore reports whether the noun before token i ends a
// singular noun phrase that a determiner taking no plural opens ("every
// support team", "a local bakery"): no plural noun can extend it.
func singularOnlyPhraseBefore(toks []Token, i int) bool {
	if i < 2 || toks[i-1].Is(Plural) || toks[i-1].gap != 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-maxPhraseWords; k-- {
		t := &toks[k]
		switch {
		case k < i-1 && t.gap != 0, t.Is(Possessive):
			return false // "a clinic's booking requests": the determiner is the owner's
		case t.Tag == Determiner:
			return singularDeterminer(t.Norm)
		case t.Tag != Noun && t.Tag != ProperNoun && t.Tag != Adjective:
			return false
		}
	}
	return false
}

// singularSubjectPastPlace reports whether the words before token i are
// a noun phrase that a singular-only determiner opens, at the start of a
// clause, and a phrase of where it is ("[No dairy farmer] [in the
// valley]"): a subject that takes an "-s" verb next, not a compound of the
// place's noun ("the valley milks"). After a verb, such a phrase is its
// object, and what follows may be a second one ("give every farmer in
// the valley grants").
func singularSubjectPastPlace(toks []Token, i int) bool {
	if toks[i-1].Is(Plural) {
		return false
	}
	k := i - 1
	for k > 0 && toks[k].closed&clPreposition == 0 && (toks[k].Tag == Noun || toks[k].Tag == ProperNoun || toks[k].Tag == Adjective || toks[k].Tag == Determiner) && toks[k-1].gap == 0 {
		k--
	}
	if k == i-1 || k < 2 || toks[k].closed&clPreposition == 0 || !locative(toks[k].Norm) || toks[k-1].Is(Plural) {
		return false
	}
	d := k - 1
	for d > 0 && d >= k-maxPhraseWords && (toks[d].Tag == Noun || toks[d].Tag == Adjective) && toks[d-1].gap == 0 {
		d--
	}
	return (toks[d].closed&clDistributive != 0 || toks[d].Tag == Determiner && singularDeterminer(toks[d].Norm)) &&
		(d == 0 || toks[d-1].Tag == Subordinator || toks[d-1].gap&(gapComma|gapClause) != 0)
}

// verbContinues reports whether what follows token i is what follows a
// verb: "to" and a verb, or a reflexive or object pronoun.
func verbContinues(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	switch {
	case is(n.Norm, clObjectPronoun):
		return true
	case n.Norm == "to":
		return i+2 < len(toks) && toks[i+2].cands.verb > 0 && toks[i+2].cands.verbForm == 0
	}
	return false
}

// agentBefore reports whether token k ends the agent of a past
// participle: the participle, "by", then a noun phrase ending at k ("owned
// by [its customers]").
func agentBefore(toks []Token, k int) bool {
	j := k
	for j >= 0 && (toks[j].Tag == Noun || toks[j].Tag == ProperNoun || toks[j].Tag == Adjective || toks[j].Tag == Determiner || toks[j].Tag == Number) && (j == k || toks[j].gap == 0) {
		j--
	}
	return j > 0 && j < k && toks[j].Norm == "by" && toks[j-1].Tag == Verb && toks[j-1].Is(Past)
}

// earlierVerb reports whether a verb other than "be", "have" or "do"
// stands at or before token k in the given form: ThirdPerson for its "-s"
// form, Ing for its "-ing" form (looked for back to the start of its
// clause only), or 0 for the bare verb of an infinitive or an imperative.
func earlierVerb(toks []Token, k int, form Form) bool {
	for j := k; j >= 0; j-- {
		t := &toks[j]
		if t.Tag == Verb && t.closed&(clBe|clHave|clDo) == 0 {
			if form == 0 && t.Form&(ThirdPerson|Past|Ing) == 0 || form != 0 && t.Is(form) {
				return true
			}
		}
		if form == Ing && j > 0 && toks[j-1].gap&gapClause != 0 {
			return false
		}
	}
	return false
}

// pluralNounAhead reports whether the first word from k on that is not
// an adjective is a plural noun ("high-street banks").
func pluralNounAhead(toks []Token, k int) bool {
	for ; k < len(toks) && toks[k].closed&grammarClasses == 0; k++ {
		if c := toks[k].cands; c.adj == 0 || c.noun > c.adj {
			return c.plural && c.noun > 0
		}
	}
	return false
}

// nounPhraseNext reports whether a noun phrase follows token i: a word
// more often a noun, or one that may be an adjective before a noun ("local
// builders"); not an adjective alone ("made free to …").
func nounPhraseNext(toks []Token, i int) bool {
	if !nounNext(toks, i) {
		return false
	}
	n := &toks[i+1]
	return n.cands.noun > n.cands.adj || !n.known || i+2 < len(toks) && toks[i+2].cands.noun > 0 && toks[i+2].closed&grammarClasses == 0
}

// earlierPassive reports whether a past participle after a form of "be"
// stands at or before token k, in the same sentence part (no semicolon or
// colon between): "are recorded by deaf teachers and [made] free …".
func earlierPassive(toks []Token, k int) bool {
	for j := k; j > 0; j-- {
		if toks[j].Tag == Verb && toks[j].Is(Past) {
			b := j - 1
			for b > 0 && toks[b].Tag == Adverb && toks[b].gap == 0 {
				b-- // "is medically checked … and insured"
			}
			if toks[b].Tag == Verb && toks[b].closed&clBe != 0 {
				return true
			}
		}
		if toks[j-1].gap&gapClause != 0 {
			return false
		}
	}
	return false
}

// acronym reports whether a word is written in capitals ("IT", "OSI").
func acronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r):
			return false
		}
	}
	return letters >= 2
}

// plainVerbAfterAdverbs reports whether, from token k, a negation or an
// adverb (at least one) and then a word that is a verb in its plain form
// follow ("never climb", "always visit").
func plainVerbAfterAdverbs(toks []Token, k int) bool {
	start := k
	for k < len(toks) && toks[k].closed&clNegation != 0 {
		k++
	}
	k = skipAdverbs(toks, k)
	if k == start || k >= len(toks) || toks[k].closed&grammarClasses != 0 || toks[k].cands == nil || toks[k-1].gap != 0 {
		return false
	}
	c := toks[k].cands
	return c.verb > 0 && c.verbForm == 0 && c.verb >= c.noun && c.verb >= c.adj
}

// pluralSubjectAt reports whether the word at k may be a plural noun that
// a plain verb or a modal follows, past the phrases of place after it
// ("Hospice nurses [in Derby] work late shifts"): the subject's head, so
// the word before it modifies it and is no name.
func pluralSubjectAt(toks []Token, k int) bool {
	c := toks[k].cands
	return c != nil && toks[k].closed&grammarClasses == 0 && c.plural && c.noun > 0 && toks[k].gap == 0 &&
		(placeThenPlainVerb(toks, k+1) || modalAfterPlace(toks, k+1) || peopleNoun(&toks[k]) && onlyPlainVerbAt(toks, k+1)) || describedPeopleAt(toks, k)
}

// onlyPlainVerbAt reports whether the word at k is a plain verb and
// nothing else ("[Refugee nurses] practise again …"): after a plural for
// people, their verb.
func onlyPlainVerbAt(toks []Token, k int) bool {
	if k >= len(toks) || toks[k].closed&grammarClasses != 0 || toks[k].cands == nil || toks[k].Is(Capitalised) {
		return false
	}
	c := toks[k].cands
	return c.verbForm == 0 && c.verb > 0 && c.noun == 0 && c.adj == 0 && c.adv == 0
}

// concessiveAsideBefore reports whether "however" and one word, set off
// by commas, stand right before token i ("Every member of the society,
// [however young,] gets …"): an aside within the clause, after which the
// clause goes on where it broke off.
func concessiveAsideBefore(toks []Token, i int) bool {
	return i >= 3 && toks[i-1].gap&gapComma != 0 && (toks[i-1].Tag == Adjective || toks[i-1].Tag == Adverb) &&
		toks[i-2].Norm == "however" && toks[i-2].gap == 0 && toks[i-3].gap&gapComma != 0
}

// describedPeopleAt reports whether the word at k may be a plural noun for
// people with "who" straight after it ("Food-bank volunteers who never
// …"), or for living things with a participle that describes them
// ("Migrant nurses arriving in Auckland …", "Lowland bats roosting
// safely in …"): the antecedent of a relative clause, a noun; the verbs
// that take a clause opened by "who" ("knows who", "asks who") are not
// plurals for people, and an "-s" verb takes no participle straight after
// it.
func describedPeopleAt(toks []Token, k int) bool {
	c := toks[k].cands
	if c == nil || toks[k].closed&grammarClasses != 0 || !c.plural || c.noun == 0 || toks[k].gap != 0 || k+1 >= len(toks) {
		return false
	}
	people := peopleNoun(&toks[k])
	if people && (toks[k+1].Norm == "who" || placeThenParticiple(toks, k+1)) {
		return true
	}
	return (people || creature(c.nounEntry.First(wordnet.Noun))) && (participleWithObjectAt(toks, k+1) || participleThenPlace(toks, k+1))
}

// placeThenParticiple reports whether a prepositional phrase of a place
// starts at token k and a participle follows it ("nurses [in Leeds]
// working in …"): what the people there are doing.
func placeThenParticiple(toks []Token, k int) bool {
	if k >= len(toks) || toks[k].closed&clPreposition == 0 || !locative(toks[k].Norm) {
		return false
	}
	end := placeWordsEnd(toks, k+1)
	return end > k+1 && end < len(toks) && toks[end-1].gap == 0 && participleAt(toks, end)
}

// pluralThenVerbAt reports whether token k is a plural noun and a word
// that may be a plain verb follows it, with a noun phrase after that
// ("[families] order headstones"): a subject and its verb.
func pluralThenVerbAt(toks []Token, k int) bool {
	c := toks[k].cands
	if c == nil || toks[k].closed&grammarClasses != 0 || !c.plural || c.noun == 0 || toks[k].gap != 0 || k+2 >= len(toks) {
		return false
	}
	v, o := &toks[k+1], &toks[k+2]
	return v.closed&grammarClasses == 0 && v.cands != nil && v.cands.verbForm == 0 && v.cands.verb > 0 && !v.Is(Capitalised) && v.gap == 0 &&
		(objectOpens(o) || o.closed&grammarClasses == 0 && o.cands != nil && o.cands.noun > 0)
}

// pluralAuxiliaryAt reports whether token k is "are", "were" or "have",
// the forms of "be" and "have" that agree with a plural subject.
func pluralAuxiliaryAt(toks []Token, k int) bool {
	return k < len(toks) && toks[k].closed&(clBe|clHave) != 0 && (toks[k].Norm == "are" || toks[k].Norm == "were" || toks[k].Norm == "have")
}

// whatBefore reports whether "what" opens the clause that token i is in
// ("what the club offers are …"): there a verb's object is fronted, and an
// "-s" verb may meet "are".
func whatBefore(toks []Token, i int) bool {
	for k := i - 1; k >= 0 && toks[k].gap&(gapComma|gapClause) == 0; k-- {
		if toks[k].Norm == "what" || toks[k].Norm == "whatever" {
			return true
		}
	}
	return false
}

// plainVerbRelativeAt reports whether a relative clause opens at token k
// with "that", "which" or "who" as its subject and a verb in its plain
// form after it ("that never push"): its antecedent is plural.
func plainVerbRelativeAt(toks []Token, k int) bool {
	if k >= len(toks) || toks[k].Norm != "that" && toks[k].Norm != "which" && toks[k].Norm != "who" || toks[k].gap != 0 {
		return false
	}
	k++
	for k < len(toks) && toks[k].closed&clNegation != 0 {
		k++ // "that never push", "that don't"
	}
	k = skipAdverbs(toks, k)
	if k >= len(toks) || toks[k].closed&grammarClasses != 0 || toks[k].cands == nil {
		return false
	}
	c := toks[k].cands
	return c.verb > 0 && c.verbForm == 0 && c.verb >= c.noun && c.verb >= c.adj
}

// nounMustFollow reports whether a token is an article, a demonstrative
// or a possessive that a noun phrase mostly follows ("this", "the",
// "our"), not a quantity that often stands alone ("all over the world").
func nounMustFollow(t *Token) bool {
	switch t.Norm {
	case "a", "an", "the", "this", "every":
		return true
	}
	return t.Tag == Determiner && t.closed&clPossessive != 0
}

// listAfterColon reports whether token i stands in a list after a colon
// with no verb between them ("…: short lessons, calm bays"): a list of
// things, whose words describe the nouns after them.
func listAfterColon(toks []Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4*maxPhraseWords; k-- { // bounded, so that tagging stays linear
		if toks[k].Tag == Verb || toks[k].Tag == Modal {
			return false
		}
		if toks[k].gap&gapColon != 0 {
			return true
		}
	}
	return false
}

// ownedPlaceBefore reports whether the words before token i, nouns,
// names and adjectives, follow a preposition and a possessive determiner
// ("at our Kernow mineral …"): token i is inside that phrase.
func ownedPlaceBefore(toks []Token, i int) bool {
	for k := i - 1; k > 0 && k >= i-maxPhraseWords; k-- {
		switch t := &toks[k]; {
		case t.closed&clPossessive != 0:
			return toks[k-1].Tag == Preposition && toks[k-1].gap == 0
		case t.gap != 0 || t.Tag != Noun && t.Tag != ProperNoun && t.Tag != Adjective:
			return false
		}
	}
	return false
}

// objectThenBareVerb reports whether a noun phrase follows token i, with
// perhaps a place after it, and then a bare verb ("[village festivals in
// Norfolk] run"): the object and the verb of a verb that takes a bare one.
func objectThenBareVerb(toks []Token, i int) bool {
	k := i + 1
	if k < len(toks) && toks[k].closed&(clDeterminer|clPossessive|clDistributive) != 0 && toks[k].gap == 0 {
		k++
	}
	words := 0
	for stop := min(len(toks), i+2*maxPhraseWords); k < stop; k++ { // bounded, so that tagging stays linear
		t := &toks[k]
		if words > 0 && toks[k-1].gap != 0 {
			return false
		}
		switch {
		case words > 0 && t.closed&clPreposition != 0 && k+1 < stop && toks[k+1].Is(Capitalised) && t.gap == 0:
			for k++; k+1 < stop && toks[k].Is(Capitalised) && toks[k].gap == 0 && toks[k+1].Is(Capitalised); k++ {
			}
			return toks[k].gap == 0 && baseVerbAt(toks, k+1) // "in North Norfolk [run]"
		case words > 0 && baseVerbAt(toks, k) && toks[k-1].cands != nil && toks[k-1].cands.plural:
			return true
		case t.closed&grammarClasses != 0 || t.cands == nil || t.cands.noun == 0 && t.cands.adj == 0:
			return false
		}
		words++
	}
	return false
}

// listOpensSentence reports whether token i ends the first item of a
// list that opens its sentence: no verb comes before it, and after the
// comma the list goes on to "and" with no verb between.
func listOpensSentence(toks []Token, i int) bool {
	if i > maxPhraseWords {
		return false // bounded, so that tagging stays linear: a list's first item opens the sentence
	}
	for k := 0; k < i; k++ {
		if toks[k].Tag == Verb || toks[k].Tag == Modal || toks[k].gap&gapClause != 0 {
			return false
		}
	}
	for k := i + 1; k < len(toks) && k <= i+4*maxPhraseWords; k++ { // bounded, so that tagging stays linear
		switch {
		case toks[k].Norm == "and" || toks[k].Norm == "or":
			return true
		case toks[k].gap&gapClause != 0 || toks[k].closed&(clBe|clHave|clModal) != 0 || toks[k].cands != nil && toks[k].cands.noun == 0 && toks[k].cands.adj == 0 && toks[k].cands.verb > 0:
			return false
		}
	}
	return false
}

// makeSureAt reports whether "make sure" or "make certain" stands at
// token k: a verb that takes a clause, as "ensure" does.
func makeSureAt(toks []Token, k int) bool {
	return k+1 < len(toks) && toks[k].Lemma == "make" && (toks[k+1].Norm == "sure" || toks[k+1].Norm == "certain")
}

// headBeforePhrase returns the noun before the first preposition among
// tokens from to i ("every [pupil] at our schools"), the head of a
// subject that a phrase describes, or last when no noun stands there.
func headBeforePhrase(toks []Token, from, i int, last *Token) *Token {
	for m := from + 1; m < i; m++ {
		if toks[m].Tag == Preposition {
			if toks[m-1].Tag == Noun || toks[m-1].Tag == ProperNoun {
				return &toks[m-1]
			}
			break
		}
	}
	return last
}

// antecedentsVerb reports whether token i is the verb of the plural noun
// that a relative clause at k describes, the relative verb's object
// between them and an object of i's own after it ("residents who push
// wheelchairs or prams [need] a clear pavement"); not where the relative
// verb takes a bare verb or a clause ("tools that help farmers [sell]
// their crops").
func antecedentsVerb(toks []Token, k, i int) bool {
	if k < 2 || k >= i-1 || toks[k].Tag != Verb || toks[k-1].Tag != Subordinator || toks[k-1].Norm != "who" && toks[k-1].Norm != "that" {
		return false
	}
	ante, t := &toks[k-2], &toks[i]
	if toks[k].closed&(clBareInfinitive|clClauseVerb|clCausative) != 0 || ante.Tag != Noun || !ante.Is(Plural) || ante.gap != 0 {
		return false
	}
	return t.cands.verb > 0 && t.cands.verbForm&(Past|Ing|ThirdPerson) == 0 && t.gap == 0 && i+1 < len(toks) &&
		toks[i+1].closed&(clDeterminer|clPossessive|clDistributive) != 0 && toks[i+1].Norm != "that"
}

// placeWordsEnd returns where the words of a place phrase's noun phrase
// that start at k end: determiners (with "every" and "each"),
// possessives, numbers, names and words that are never verbs, with
// nothing between them ("the Cotswolds", "every city"), and such words
// joined by "and" or "or" ("their fifties and sixties"), at most
// maxPhraseWords of them.
func placeWordsEnd(toks []Token, k int) int {
	first := k
	for stop := min(len(toks), k+maxPhraseWords); k < stop && toks[k].gap == 0 && (toks[k].closed&(clDeterminer|clDistributive|clNumber|clPossessive) != 0 || toks[k].closed&grammarClasses == 0 && (toks[k].Is(Capitalised) || toks[k].cands != nil && toks[k].cands.verb == 0) ||
		k > first && (toks[k].Norm == "and" || toks[k].Norm == "or") && k+1 < stop && toks[k+1].closed&grammarClasses == 0 && toks[k+1].cands != nil && toks[k+1].cands.verb == 0); k++ { // "in [their fifties and sixties]"
	}
	return k
}

// placeThenPlainVerb reports whether a prepositional phrase of a place
// starts at token k and a verb in its plain form, at least as often a
// verb as a noun, follows it ("in the Cotswolds [fly]").
func placeThenPlainVerb(toks []Token, k int) bool {
	if k >= len(toks) || toks[k].closed&clPreposition == 0 || !locative(toks[k].Norm) || toks[k-1].gap != 0 {
		return false
	}
	prep := k
	k = placeWordsEnd(toks, k+1)
	if k == prep+1 || k+1 >= len(toks) || toks[k-1].gap != 0 {
		return false // not "records on [request] and run …": the preposition takes a noun first
	}
	v := &toks[k]
	return v.closed&grammarClasses == 0 && v.cands != nil && v.cands.verbForm == 0 && v.cands.verb > 0 && v.cands.verb >= v.cands.noun && !v.Is(Capitalised)
}

// placeEndsBeforeVerb reports whether token i ends a place phrase after a
// plural subject, a plain verb straight after it ("traditional archers in
// [the north] shoot tight groups"): a word far more often a verb, never
// seen as a noun, is the plural's verb, and the word before it the place's
// noun, not an adjective describing it.
func placeEndsBeforeVerb(toks []Token, i int) bool {
	if i < 3 || i+1 >= len(toks) || toks[i].gap != 0 || toks[i-1].closed&clDeterminer == 0 || !locative(toks[i-2].Norm) || toks[i-3].Tag != Noun || !toks[i-3].Is(Plural) {
		return false
	}
	v := &toks[i+1]
	return v.closed&grammarClasses == 0 && v.cands != nil && v.cands.verbForm == 0 && v.cands.noun <= 1 && v.cands.verb >= 8 && !v.Is(Capitalised) // counts are WordNet's plus one
}

// verbAfterPlaceAgrees reports whether, after token i and any short phrase
// of place, a plain word far more often a verb agrees with subj: the
// clause's verb, so the word at i ends the phrase before it.
func verbAfterPlaceAgrees(toks []Token, i int, subj *Token) bool {
	n := afterPlacePhrase(toks, i+1)
	return n < len(toks) && toks[n].closed&grammarClasses == 0 && baseVerbAt(toks, n) && mostlyVerb(&toks[n]) && agrees(subj, &toks[n])
}

// afterPlacePhrase returns where the words after a short phrase of place
// that opens at token k end ("in Scotland", "on the Tay"), or k when none
// opens there: a preposition, any determiner, then up to three nouns or
// names, with no punctuation among them. The tokens are not yet tagged.
func afterPlacePhrase(toks []Token, k int) int {
	if k >= len(toks) || toks[k-1].gap != 0 || toks[k].gap != 0 || toks[k].closed&clPreposition == 0 || toks[k].closed&clVerbParticle != 0 || toks[k].Norm == "of" {
		return k
	}
	j := k + 1
	if j < len(toks) && toks[j].closed&clDeterminer != 0 && toks[j].gap == 0 {
		j++
	}
	n := 0
	for j < len(toks) && n < 3 && toks[j].closed&grammarClasses == 0 && toks[j].gap == 0 && (toks[j].Is(Capitalised) || toks[j].cands != nil && toks[j].cands.noun > 0 && toks[j].cands.noun >= toks[j].cands.verb) {
		j++
		n++
	}
	if n == 0 {
		return k
	}
	return j
}

// adjectiveBeforeNoun reports whether token k is a word more often an
// adjective than a noun or a verb, with no punctuation after it, and a noun
// may follow it: a noun phrase opens at k ("native wildflowers").
func adjectiveBeforeNoun(toks []Token, k int) bool {
	if k >= len(toks) || toks[k].closed&grammarClasses != 0 || toks[k].cands == nil || toks[k].gap != 0 {
		return false
	}
	c := toks[k].cands
	return c.adj > c.noun && c.adj > c.verb && nounNext(toks, k)
}

// pluralsListedAt reports whether the "-s" word at k is joined by "and"
// or "or" to another plural that a preposition or the sentence's end
// follows, with no object anywhere ("Bike [repairs] and rides for every
// family"): a list of plural nouns, not a name's verbs, which would take
// one ("Kestrel repairs and sells bikes").
func pluralsListedAt(toks []Token, k int) bool {
	if k+2 >= len(toks) || toks[k].gap != 0 || toks[k+1].Norm != "and" && toks[k+1].Norm != "or" || toks[k+1].gap != 0 {
		return false
	}
	for j := k + 2; j < len(toks) && j < k+5 && toks[j].closed&grammarClasses == 0 && toks[j].cands != nil; j++ {
		// the plural may have modifiers: "… and sailing lessons for …"
		n := &toks[j]
		if n.cands.plural && n.cands.noun > 0 && (j+1 == len(toks) || n.gap != 0 || toks[j+1].closed&clPreposition != 0 && toks[j+1].closed&clVerbParticle == 0) {
			return true
		}
		if n.gap != 0 || n.cands.plural || n.cands.verbForm == ThirdPerson {
			return false // "… and sells old bikes": an "-s" word with words after it is a verb and its object
		}
	}
	return false
}

// nounsOpenClause reports whether the nouns and adjectives that end at
// token k open their clause: the sentence's start, a subordinator or a
// break before them ("Families hurt by …"), not a verb's object ("keep
// village shops open by …").
func nounsOpenClause(toks []Token, k int) bool {
	for k >= 0 && (toks[k].Tag == Noun || toks[k].Tag == Adjective || toks[k].Tag == ProperNoun) {
		if k > 0 && toks[k-1].gap&(gapComma|gapClause) != 0 {
			return true
		}
		k--
	}
	return k < 0 || toks[k].Tag == Subordinator
}

// nearlyAlwaysVerb is how many times as often as a noun WordNet's texts
// must tag an "-s" word as a verb for it to be read as a verb after any
// noun ("goes", "gets", "takes").
const nearlyAlwaysVerb = 100

// bareNounOpens reports whether token k is a singular noun with no
// determiner that opens its sentence, follows a possessive, or follows
// only adjectives and counts ("[Hut] holidays …", "Shepherd's [hut]
// holidays …", "Narrow [gauge] lines …"): a word that could not be a
// subject on its own.
func bareNounOpens(toks []Token, k int) bool {
	n := &toks[k]
	if n.Is(Plural) || n.Is(Possessive) || n.gap != 0 || n.cands == nil || n.cands.noun == 0 {
		return false
	}
	if k == 0 || k == 1 && toks[0].Tag == Noun && toks[0].Is(Possessive) && toks[0].gap == 0 {
		return true
	}
	return onlyAdjectivesBefore(toks, k) && countNoun(n.cands.nounEntry) // "Narrow gauge lines": a singular that counts, after only its adjectives, needs a determiner to be a subject
}

// bareCountAfterVerb reports whether token k is a singular noun that
// counts, with only adjectives between it and the verb before it ("make
// fresh [goat] …"): no determiner, so no whole object.
func bareCountAfterVerb(toks []Token, k int) bool {
	if k < 1 || toks[k].Tag != Noun || toks[k].Is(Plural) || toks[k].cands == nil || !countNoun(toks[k].cands.nounEntry) {
		return false
	}
	j := k - 1
	for j >= 0 && toks[j].Tag == Adjective && toks[j].gap == 0 {
		j--
	}
	return j >= 0 && toks[j].Tag == Verb && toks[j].gap == 0
}

// onlyAdjectivesBefore reports whether the words before token k, from the
// sentence's start, are all adjectives, side by side or in a list with
// commas ("Warm, fitted"), or whether only adjectives, if any, stand
// between k and a subordinator that opens its clause ("where [sardine]
// crews …").
func onlyAdjectivesBefore(toks []Token, k int) bool {
	j := k - 1
	for j >= 0 && toks[j].Tag == Adjective && toks[j].gap&^gapComma == 0 {
		j--
	}
	if j < 0 {
		return k > 0
	}
	return toks[j].Tag == Subordinator && toks[j].gap == 0
}

// countStandsAlone reports whether the word before token i is a count
// that opens a clause after a subordinator and stands for what it counts:
// a plural number ("so thousands …", "because hundreds …") or a
// quantifier ("so that most …", "so many …" is not one: "many" then
// describes).
func countStandsAlone(toks []Token, i int) bool {
	if i < 2 || toks[i-2].Tag != Subordinator || toks[i-1].gap != 0 {
		return false
	}
	q := &toks[i-1]
	return isCount(q) || q.Tag == Determiner && (q.Norm == "most" || q.Norm == "some" || q.Norm == "all" || q.Norm == "both")
}

// finiteVerbFits reports whether token i, after a noun phrase, reads as
// that phrase's verb: its clause has no verb yet, its form agrees with the
// subject, and what follows is not the rest of a compound noun.
// objectOfSubjectVerb reports whether the noun at k ends a noun phrase,
// or a list of them, that is the object of a verb right after a subject
// pronoun, or of the preposition right after that verb ("we take on [the
// bookings, rotas and insurance]"): the clause has its subject and verb
// already.
func objectOfSubjectVerb(toks []Token, k int) bool {
	k = objectStart(toks, k)
	return k >= 1 && toks[k].Tag == Verb && toks[k].gap == 0 && toks[k-1].Tag == Pronoun && isSubjectPronoun(toks[k-1].Norm) && toks[k-1].gap == 0
}

// objectOfVerb reports whether the noun phrase or list that ends at token
// k is a verb's object, the verb other than "be": "give their animals
// longer, happier [lives]". A comma before "and" may open a new clause
// ("We lend boats and oars, and [rowing clubs] …"), so it ends the search.
func objectOfVerb(toks []Token, k int) bool {
	j := objectStart(toks, k)
	for m := j + 1; m < k; m++ {
		if toks[m].gap&gapComma != 0 && toks[m+1].Tag == Conjunction {
			return false
		}
	}
	return j >= 0 && toks[j].Tag == Verb && toks[j].gap == 0 && toks[j].closed&(clBe|clCopula) == 0
}

// objectStart walks back from token k over a noun phrase or a list of
// them, and a verb's particle or preposition, to the word before them.
func objectStart(toks []Token, k int) int {
	for k >= 0 {
		switch t := &toks[k]; {
		case t.Tag == Noun || t.Tag == Adjective || t.Tag == Determiner || t.Tag == Number || t.Tag == ProperNoun || t.Tag == Conjunction && (t.Norm == "and" || t.Norm == "or"):
			k--
			continue
		case t.Tag == Preposition && k > 0 && toks[k-1].Tag == Verb && toks[k-1].gap == 0:
			k-- // "take on", "work with": the verb's particle or preposition
		}
		break
	}
	return k
}

// joinedSubjectOpens reports whether the words before i are noun phrases
// joined by "and" that open the sentence ("Captioned walks and a signing
// guide", "Monthly sessions, gentle rules and a padded court", "Our
// drivers, dispatchers and the Parcel Post app"), each of nouns, names,
// adjectives and determiners only, commas between the first ones.
func joinedSubjectOpens(toks []Token, i int) bool {
	phrase := func(k int) (int, bool) { // where the phrase ending at k opens (the token before it), and whether it has a noun
		noun := false
		for last := k; k >= 0 && (toks[k].Tag == Noun || toks[k].Tag == ProperNoun || toks[k].Tag == Adjective || toks[k].Tag == Determiner) && (k == last || toks[k].gap&(gapComma|gapClause) == 0); k-- {
			noun = noun || toks[k].Tag == Noun // (a name in the phrase, "the Parcel Post app", modifies its noun)
		}
		return k, noun
	}
	k, noun := phrase(i - 1)
	if !noun || k < 1 || toks[k].Norm != "and" || toks[k].gap != 0 {
		return false
	}
	for k, noun = phrase(k - 1); noun && k >= 0; k, noun = phrase(k) {
		if toks[k].gap&gapComma == 0 {
			return false // "Monthly social sessions, gentle rules and a padded court": earlier phrases of the list, each before its comma
		}
	}
	return noun && k == -1
}

func finiteVerbFits(toks []Token, i int) bool {
	subj := &toks[i-1]
	if c := toks[i].cands; c.verbForm == 0 && c.adv > 0 && toks[i].closed&clVerbParticle != 0 && toks[i].gap == 0 && i+2 < len(toks) && toks[i+1].closed&clPreposition != 0 &&
		toks[i+1].closed&clVerbParticle == 0 && (toks[i+2].closed&(clDeterminer|clPossessive|clDistributive) != 0 || toks[i+2].Is(Capitalised)) && subj.Is(Plural) && !objectOpensAfter(toks, i) {
		return false // "Wild orchids [back] on the chalk downs": a particle that may be a verb, before a place and with no object, says where they are again
	}
	if toks[i].cands.verbForm == ThirdPerson && !subj.Is(Plural) && twoObjectsAfter(toks, i) {
		return true // "the hire of kit [costs] families nothing": a verb that takes two objects, with both after it
	}
	if i >= 2 && subj.Tag == Noun && !subj.Is(Plural) && subj.gap == 0 && toks[i-2].Tag == Preposition && toks[i-2].gap == 0 && toks[i].cands.verbForm == ThirdPerson && toks[i].cands.plural {
		return false // "conversation with student [volunteers]": a bare singular right after a preposition is no subject; the plural after it is the phrase's head
	}
	if c := toks[i].cands; c.verbForm == ThirdPerson && c.noun > 0 && !is(c.verbLemma, clClauseVerb) &&
		subj.Tag == Noun && !subj.Is(Plural) && subj.gap == 0 && (i == 1 || toks[i-2].closed&(clDeterminer|clPossessive|clDistributive|clNumber) == 0) &&
		toks[i].gap == 0 && nounNext(toks, i) && toks[i+1].cands.plural && lexicalPlural(&toks[i]) {
		return false // "Pub darts players", "village athletics clubs": a noun WordNet lists ending in "s" (a game, a field of study) modifies the plural after it, where a bare singular would be no subject for a verb
	}
	if c, n := toks[i].cands, &toks[min(i+1, len(toks)-1)]; c.adv > 0 && c.adv >= c.verb && c.verbForm == 0 && i+1 < len(toks) && toks[i].gap == 0 && n.closed&grammarClasses == 0 && n.cands != nil &&
		n.cands.verbForm == Past && n.cands.verb > 0 && subj.gap&gapComma != 0 {
		return false // "crews, well trained and well rested": after a comma, a word more often an adverb, before a participle, says how
	}
	if c := toks[i].cands; c.verbForm == ThirdPerson && c.plural && c.noun >= rareVerbShare*c.verb && toks[i].gap&gapComma != 0 && subj.Tag == Noun {
		return false // "Volunteer lifeboat crews, well trained …": a word WordNet's texts hardly ever use as a verb, with a comma where its object would stand, ends the noun phrase
	}
	if c := toks[i].cands; c.verbForm == 0 && i >= 3 && subj.Tag == Noun && !subj.Is(Plural) && subj.gap == 0 && toks[i-2].gap == 0 && singularDeterminer(toks[i-2].Norm) &&
		toks[i-3].Tag == Verb && toks[i-3].gap == 0 && toks[i-3].closed&clBareInfinitive == 0 && !is(toks[i-3].Lemma, clBareInfinitive) {
		return false // "we find a school [place] for each child": a verb's object that "a" or "every" opens takes no plain verb, save after "help", "let" or "make" ("help a child read")
	}
	if c := toks[i].cands; c.verbForm == ThirdPerson && c.plural && c.noun > 0 && toks[i].gap == 0 && relativeSubjectAfter(toks, i+1) {
		return false // "Rural GP practices that never have to close": "that" with a verb and no subject of its own is a relative pronoun, which follows a noun
	}
	if subj.Tag == Pronoun && plainObjectPronoun(subj.Norm) && toks[i].cands.verbForm == ThirdPerson {
		return false // "find them roofs to work on": "them" is no subject, and a verb's "-s" form needs one
	}
	if c := toks[i].cands; c.verbForm == 0 && c.adj >= 16*c.verb && c.adj >= c.noun {
		return false // "folk clubs [full] on a Tuesday night": a word hardly ever a verb but as an adjective is said of the noun
	}
	described := false // the subject found before a participle that describes it
	and := i - 2       // where "and" opens a new clause before the subject and its adjectives: "… and older riders get …", "… and their bakes keep …"
	for and >= 0 && (toks[and].Tag == Adjective || toks[and].Tag == Determiner && toks[and].closed&clPossessive != 0) && toks[and].gap == 0 {
		and--
	}
	if and < i-2 && and > 0 && toks[and-1].Tag == Adjective {
		and = -1 // "give solo and small-firm lawyers back …": "and" joins two adjectives
	}
	for k := i - 1; k >= 0; k-- {
		if toks[k].gap&(gapComma|gapClause) != 0 && toks[k].Tag != Subordinator {
			break // "… is wasted, and the market keeps …": a verb before a comma is another clause's
		}
		if k == and && toks[k].Tag == Conjunction && toks[k].Norm == "and" && toks[i].gap == 0 && i+1 < len(toks) && toks[i+1].closed&(clDeterminer|clPossessive) != 0 && toks[i+1].Norm != "that" &&
			toks[i].cands.verbForm&(Past|Ing) == 0 && subj.Tag == Noun && agrees(subj, &toks[i]) {
			return true // "… and (older) residents keep their balconies": a new clause after "and", its subject, its verb and its object
		}
		if p := participleOnPeople(toks, k, i); p >= 0 {
			subj, described = &toks[p], true // "men leaving prison [start] work": the participle describes the subject, the verb is still to come
			break
		}
		if toks[k].Tag == Verb || toks[k].Tag == Modal {
			if toks[i].cands.verbForm == Past && toks[i].cands.noun == 0 {
				return true // "services designed for …"
			}
			if antecedentsVerb(toks, k, i) {
				return true // "residents who push prams [need] a clear pavement": the relative clause has its object; the antecedent's verb follows
			}
			// A clause inside the clause: "the airline customers want to
			// fly", "helping investors help themselves", "the way the
			// world works".
			if toks[i].cands.verbForm == ThirdPerson && reducedRelative(toks, i) {
				return true
			}
			if (toks[k].closed&clClauseVerb != 0 || makeSureAt(toks, k)) && k < i-1 && toks[k].gap == 0 && toks[i].cands.verbForm&(Past|Ing) == 0 && agrees(headBeforePhrase(toks, k+1, i, subj), &toks[i]) && toks[i].gap == 0 && i+1 < len(toks) &&
				toks[i].cands.verb*rareVerbShare >= toks[i].cands.noun && // not "which means hire-boat companies in …": a word WordNet's texts hardly ever use as a verb
				(toks[i+1].closed&(clPreposition|clDeterminer|clPossessive|clDistributive) != 0 || toks[i].cands.verb >= nearlyAlwaysVerb*max(1, toks[i].cands.noun)) && // "means families [get] help": a word nearly always a verb needs no object's determiner to be one
				!(toks[i].cands.plural && toks[i].cands.verb <= 1 && toks[i].cands.nounEntry.First(wordnet.Noun) == wordnet.NounPerson) { // not "makes sure new allotment [tenants] in Bristol harvest …": a plural of people WordNet's texts never use as a verb
				// "which means repairs start in days", "make sure every
				// pupil at our schools gets a hot lunch": the clause a verb
				// of saying, meaning or making sure takes, its subject and verb
				return true
			}
			return toks[i].cands.verbForm&(Past|Ing) == 0 && toks[i].cands.verb >= toks[i].cands.noun && verbContinues(toks, i)
		}
		if toks[k].Tag == Subordinator || toks[k].gap&(gapComma|gapClause) != 0 {
			break
		}
	}
	c := toks[i].cands
	if described && c.noun > 0 && c.verb < nearlyAlwaysVerb*c.noun && toks[i].gap == 0 && verbAfterPlaceAgrees(toks, i, subj) {
		// "owners facing a hospital [stay] get a sitter", "researchers
		// tracking bird [decline] in Scotland get …": the participle's
		// object ends on the noun, and the verb, far more often one,
		// follows, after any place; not "families facing eviction [get]
		// free advice", a word nearly always a verb
		return false
	}
	if described && c.verbForm&(Past|Ing) == 0 && c.verb >= nearlyAlwaysVerb*max(1, c.noun) && toks[i].gap == 0 && agrees(subj, &toks[i]) {
		return true // "families facing illegal eviction [get] free advice": the described subject's verb, a word nearly always one
	}
	if c.verbForm == ThirdPerson && c.verbStartsPhrase && i+1 < len(toks) && toks[i].gap == 0 && toks[i+1].closed&clVerbParticle != 0 && !subj.Is(Plural) && subj.Tag != Pronoun {
		if e, ok := wordnet.Lookup(c.verbLemma + " " + toks[i+1].Norm); ok && e.Has(wordnet.Verb) {
			return true // "nothing metal from a Birmingham home ends up in landfill": a phrasal verb WordNet lists
		}
	}
	if c.verbForm == 0 && subj == &toks[i-1] && subj.Tag == Noun && subj.gap == 0 && subj.cands.nounEntry.First(wordnet.Noun) == wordnet.NounSocialGroup &&
		phrasalVerbAt(toks, i, clVerbParticle|clPreposition) {
		return true // "our trained staff look after …": a group of people with a plain verb, as in British usage, and a phrasal verb WordNet lists
	}
	if n := &toks[min(i+1, len(toks)-1)]; c.verbForm == 0 && c.verb > 0 && subj.Is(Plural) && subj == &toks[i-1] && i+1 < len(toks) && toks[i].gap == 0 && n.closed&grammarClasses == 0 && n.cands != nil &&
		wordnet.Class(n.cands.nounEntry.First(wordnet.Noun)) == wordnet.NounTime && (i+2 == len(toks) || n.gap != 0 || toks[i+2].Norm == "and" || toks[i+2].Norm == "or") {
		return true // "nurses visit day and night": a verb, then when; a compound does not end in a time alone
	}
	if n := &toks[min(i+1, len(toks)-1)]; c.adv > 0 && c.adv >= c.verb && i+1 < len(toks) && toks[i].gap == 0 && n.closed&grammarClasses == 0 && n.cands.verb > 0 && n.cands.verbForm&(Ing|Past) == 0 && agrees(subj, n) {
		return false // "our nurses still visit": an adverb before the verb
	}
	if c.noun > 0 && modalAfterPlace(toks, i+1) {
		return false // "tower-block tenants will borrow", "kids in Lagos will play": the subject's noun, before its modal
	}
	if subj.Tag == ProperNoun && subj == &toks[i-1] && toks[i-1].gap == 0 && c.plural && c.verbForm == ThirdPerson && c.noun >= rareVerbShare*c.verb && !objectMayFollow(toks, i) {
		// "Fellside walls still standing": a name before a plural that is
		// hardly ever a verb modifies it; but "Castwell hosts podcasts",
		// with an object after it, is the name and its verb
		return false
	}
	if c.verbForm == ThirdPerson && c.noun >= 16*c.verb && adjectiveSaidNext(toks, i) {
		return false // "Folk clubs full on a Tuesday night": a word hardly ever a verb, then an adjective said of it; no such verb takes a lone adjective
	}
	if c.verbForm == ThirdPerson && nameOpensSentence(toks, i) && objectMayFollow(toks, i) {
		return true // "Keys on the Kerb rescues old pianos": a name in title case, then its verb and an object
	}
	if subj.Tag == ProperNoun && i >= 3 && toks[i-2].Tag == Determiner && toks[i-3].Tag == Preposition && c.noun >= c.verb {
		return false // "on the Moray coast": a name that modifies a noun
	}
	k := i - 1
	for k >= 0 && (toks[k].Tag == Noun || toks[k].Tag == Adjective || toks[k].Tag == Determiner || toks[k].Tag == Number || toks[k].Tag == ProperNoun) && (k == i-1 || toks[k].gap&(gapComma|gapClause) == 0) {
		k--
	}
	if k > 0 && toks[k].Tag == Conjunction && c.verb > c.noun && c.verbForm&(Past|Ing) == 0 {
		if p := listedInPhrase(toks, k); p > 0 {
			k = p // "people of any age, gender or background [come] together": the list is the preposition's, the subject stands before it
		}
	}
	objectNext := i+1 < len(toks) && toks[i].gap == 0 && toks[i+1].closed&(clDeterminer|clDistributive|clPossessive) != 0 && toks[i+1].Norm != "that" && c.verbForm&(Past|Ing) == 0 ||
		phrasalVerbAt(toks, i, clVerbParticle) // "children across the Wolds [ride out] with …": a verb and the particle WordNet lists with it
	// "more of their time goes …", "each of our crews keeps …": after a
	// quantity and "of", the noun phrase is the subject's head.
	quantified := k > 0 && toks[k].Norm == "of" && toks[k-1].closed&(clDeterminer|clDistributive) != 0 && (k == 1 || toks[k-2].Tag != Determiner)
	if k >= 0 && toks[k].Tag == Preposition && objectNext {
		if h := subjectBeforePhrases(toks, k, &toks[i]); h >= 0 {
			subj = &toks[h] // "so pupils with nowhere quiet at home [finish] their work"
		}
	}
	before := k - 1 // the noun the phrase belongs to, past an adverb ("people [far] from a library keep …")
	for before > 0 && toks[before].Tag == Adverb && toks[before].gap == 0 && toks[before-1].gap == 0 && (toks[before-1].Tag == Noun || toks[before-1].Tag == ProperNoun) {
		before--
	}
	countedSubject := c.verbForm == ThirdPerson && before > 0 && countedOne(toks, before) && agrees(&toks[before], &toks[i]) // "Every veterans' association in Wales [parades] …"
	if k >= 0 && toks[k].Tag == Preposition && c.noun > 0 && !quantified && subj == &toks[i-1] && (k == 0 || toks[before].Tag != Noun && toks[before].Tag != ProperNoun || c.noun > c.verb && !(objectNext && agrees(&toks[before], &toks[i])) && !countedSubject) {
		// "Towards the fishing crews …": a preposition's noun, not a
		// subject; but "start-ups in Lagos ship their first product": a
		// noun phrase does not run on into a determiner, so a word that
		// agrees with the noun before the preposition, with a determiner
		// after it, is that noun's verb
		return false
	}
	if k > 0 && toks[k].Tag == Conjunction && closesList(toks, k) && !phraseRestartsWithin(toks, k+1, i) && !(subj.Is(Plural) && c.verbForm == 0 && c.verb > c.noun) {
		return false // "porters, cooks and night nurses": the list's last noun; not "… and a countryside [young people] want to stay in", nor "…, cooks and night nurses [come] together", a plain verb after the list's plural
	}
	if k > 0 && toks[k].Tag == Preposition && (toks[before].Tag == Noun || toks[before].Tag == ProperNoun) && !described && subj == &toks[i-1] {
		if c.noun > 0 && c.plural && objectOfSubjectVerb(toks, before) {
			return false // "we take on the bookings, rotas and insurance of volunteer guides": the noun before the phrase is the object of the clause's verb, not a subject
		}
		if c.verbForm == 0 && c.noun > 0 && !agrees(subj, &toks[i]) && objectOfVerb(toks, before) {
			return false // "give their animals longer lives with reminders and a nurse [chat]": the noun before the phrase is a verb's object, and the noun next to the word does not agree with a verb
		}
		subj = &toks[before] // "lorry drivers on the A9 [find]": the subject stands before its phrase; unless found before all its phrases ("carers of people with dementia in Swansea [book] a …")
	}
	if i+1 < len(toks) && toks[i+1].Norm == "of" && c.noun > 0 {
		return false // "the fishing crews of the coast"
	}
	if c.verbForm == ThirdPerson && subj == &toks[i-1] && subj.Tag == ProperNoun && (nameOpens(toks, i-1) || determinedNameOpens(toks, i-1)) {
		return true // "Railbell texts wheelchair users …", "The Wenham Players stage …": the name that opens the sentence, and its verb
	}
	if n := &toks[min(i+1, len(toks)-1)]; i == 1 && c.verbForm == 0 && subj.cands.nounEntry.First(wordnet.Noun) == wordnet.NounSocialGroup && i+1 < len(toks) &&
		n.closed&grammarClasses == 0 && n.cands.plural && n.cands.noun > n.cands.verb {
		return true // "Staff play records on request": a group of people opens the sentence, then its plain verb and a plural object
	}
	switch c.verbForm {
	case ThirdPerson:
		if subj.Is(Plural) && subj.Tag != Pronoun {
			return false
		}
		if subj == &toks[i-1] && subj.Tag == Noun && subj.cands.verbForm == Ing && subj.gap == 0 && c.noun > c.verb {
			return false // "rowing clubs", "walking groups": an -ing word's compound, not "rowing builds …"
		}
		if c.plural && c.noun > c.verb && toks[i].gap == 0 && i+2 < len(toks) && toks[i+1].closed&grammarClasses == 0 && toks[i+1].cands.verbForm == Ing && toks[i+1].cands.verb > 0 &&
			toks[i+2].closed&(clDeterminer|clPossessive|clDistributive) != 0 && toks[i+2].Norm != "that" {
			return false // "school groups [visiting the museum] get …": a plural noun, and the participle that describes it with its object
		}
		if n := &toks[min(i+1, len(toks)-1)]; c.noun >= c.verb && i+1 < len(toks) && n.closed&grammarClasses == 0 && n.cands.verb > 0 && n.cands.verbForm == 0 && n.cands.verb >= n.cands.adj && n.cands.verb >= n.cands.noun {
			return false // "product teams use …": the plural noun of a compound, before its verb
		}
	case 0:
		if !subj.Is(Plural) && subj.Tag != Pronoun {
			return false
		}
	case Ing:
		return false
	}
	if c.verbForm == 0 && subj == &toks[i-1] && toks[i].gap == 0 && c.noun > c.verb && wordnet.Class(c.nounEntry.First(wordnet.Noun)) == wordnet.NounSocialGroup &&
		(i+1 == len(toks) || toks[i+1].closed&(clDeterminer|clPossessive) == 0) {
		return false // "the data team ships …": a noun for a group of people heads the compound; not "farmers group their orders"
	}
	if i+1 < len(toks) {
		n := &toks[i+1]
		if c.verbForm == 0 && subj.Is(Plural) && n.closed&grammarClasses == 0 && n.cands.plural && n.cands.noun > n.cands.verb {
			return true // "our volunteers plant trees": a verb and its plural object
		}
		if c.verbForm == ThirdPerson && subj == &toks[i-1] && (subj.Tag == Noun || subj.Tag == ProperNoun && n.Is(Possessive)) && toks[i].gap == 0 && n.closed&grammarClasses == 0 && n.cands.plural && n.cands.noun > 0 && n.cands.verb == 0 {
			// "the CLI team ships templates": a plural seldom modifies a
			// plural noun, so the -s word is the verb, with its object;
			// after a name too when the plural owns what follows ("the
			// Northgate Co-op pools members' ploughs")
			return true
		}
		if c.verbForm == 0 && subj == &toks[i-1] && subj.Tag == Noun && subj.Is(Plural) && isSomeoneNoun(subj) && toks[i].gap == 0 && n.closed&grammarClasses == 0 && n.cands.noun > 0 && n.cands.verb == 0 &&
			!n.Is(Capitalised) && (i+2 == len(toks) || n.gap != 0 || toks[i+2].closed&clPreposition != 0) {
			// "co-operative members plant sphagnum on the bog": people, a
			// plain verb and its object, a noun that is never a verb, before
			// a preposition or the clause's end; a compound whose first
			// noun is plural people ("members plant") is rare
			return true
		}
		if n.closed&grammarClasses == 0 && n.cands.noun > 0 && n.cands.verb == 0 && n.cands.noun >= n.cands.adj && c.noun > c.verb {
			return false // "dairy farmer markets": the rest of a noun
		}
	}
	if c.verbForm == ThirdPerson && c.noun >= 16*c.verb && (i+1 == len(toks) || toks[i].gap == 0 && toks[i+1].closed&clPreposition != 0) {
		return false // "good village schools for every child": a word hardly ever a verb, with no object to take
	}
	if c.verbForm == ThirdPerson && c.plural && c.noun >= c.verb && toks[i].gap == 0 && i+1 < len(toks) && toks[i+1].closed&clPreposition != 0 && (takesObjectMostly(c) || c.verb <= 1 && c.noun > 1) &&
		!phrasalVerbAt(toks, i, clVerbParticle|clPreposition) && subj == &toks[i-1] && subj.Tag == Noun && !subj.Is(Plural) && !prepObjectEndsAt(toks, 0, i-1) && !countedBefore(toks, i-1) {
		// "Coral reefs off the Kenyan coast": a verb that nearly always
		// takes an object, or one WordNet's texts never used where they
		// used the noun, has no object here; the plural is the noun the
		// singular before it describes (not "every co-operative in the
		// village trades under …", a preposition's noun, nor "each shop
		// trades …", one counted)
		return false
	}
	if i == 1 && subj == &toks[0] && subj.Tag == Noun && !subj.Is(Plural) && countNoun(subj.entry) && c.plural && c.noun > 0 && !objectNext {
		return false // "Sampan pilots in …", "Boat repairs and lessons for …": a count noun with no determiner is no subject (a name is, read as one before), so the plural is the head it modifies
	}
	// A rarer verb still, when a determiner follows ("bakers in Lagos ship
	// their loaves"): a noun phrase does not run on into one.
	return c.verb*4 >= c.noun || c.noun == 0 || toks[i].cands.verbForm == ThirdPerson || objectNext
}

// phrasalVerbAt reports whether token i, in its plain or "-s" form, and
// the word after it, of one of the classes after, make a verb WordNet
// lists ("ride out", "set off", "look after").
func phrasalVerbAt(toks []Token, i int, after class) bool {
	c := toks[i].cands
	if i+1 >= len(toks) || toks[i].gap != 0 || c.verb == 0 || c.verbForm&(Past|Ing) != 0 || !c.verbStartsPhrase || toks[i+1].closed&after == 0 {
		return false
	}
	e, ok := wordnet.Lookup(c.verbLemma + " " + toks[i+1].Norm)
	return ok && e.Has(wordnet.Verb)
}

// participleOnPeople returns where the plural people stand whom an "-ing"
// participle at k describes, its object running up to i ("men [leaving
// prison]", "tenants facing eviction"), or -1. Nothing before them in the
// clause may be a verb: then the people are its object ("we help men
// leaving prison start work", where the causative rules decide).
func participleOnPeople(toks []Token, k, i int) int {
	if k >= 2 && toks[k].Tag == Verb && toks[k].cands.verbForm == Ing && toks[k-1].Tag == Conjunction && toks[k-2].gap == 0 {
		// "tenants renting rooms or [living] in caravans get …": the
		// second of two participles on the same people
		for j := k - 2; j >= 1 && j >= k-maxPhraseWords; j-- {
			if toks[j].Tag == Verb && toks[j].cands.verbForm == Ing {
				return participleOnPeople(toks, j, k-1)
			}
		}
		return -1
	}
	if k < 1 || toks[k].Tag != Verb || toks[k].cands.verbForm != Ing {
		return -1
	}
	people := k - 1
	if toks[people].Tag == ProperNoun {
		// "families in Birmingham [facing] eviction get …": the people
		// before where they are
		j := people
		for j > 0 && toks[j].Tag == ProperNoun && toks[j-1].gap == 0 {
			j--
		}
		if j >= 1 && toks[j].Tag == Preposition && locative(toks[j].Norm) {
			people = j - 1
		}
	}
	if toks[people].Tag != Noun || !toks[people].Is(Plural) || toks[people].gap != 0 || toks[k-1].gap != 0 {
		return -1
	}
	if first := toks[people].cands.nounEntry.First(wordnet.Noun); first != wordnet.NounPerson && first != wordnet.NounSocialGroup {
		return -1
	}
	for j := k + 1; j < i; j++ {
		// "shift workers crossing the Mersey at dawn [get]": the object and the places and times after it
		if t := toks[j].Tag; t != Noun && t != ProperNoun && t != Adjective && t != Determiner && t != Number && t != Preposition || toks[j].gap != 0 {
			return -1
		}
	}
	for j := people - 1; j >= 0 && toks[j].gap&(gapComma|gapClause) == 0; j-- {
		switch toks[j].Tag {
		case Verb, Modal:
			return -1
		case Subordinator:
			return people
		}
	}
	return people
}

// headlessListBefore reports whether the words before token i's comma are
// adjectives after a determiner, with no noun yet: the phrase still needs
// its head, so an "-ing" word there describes it with the others ("a
// warm, waterproof, folding rain cape"), not a participle after a clause.
func headlessListBefore(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-maxPhraseWords; j-- {
		switch t := &toks[j]; {
		case t.Tag == Adjective && (j == i-1 || t.gap&^gapComma == 0):
		case t.Tag == Adverb && t.gap == 0:
		default:
			return j < i-1 && t.gap == 0 && (t.Tag == Determiner || t.closed&clPossessive != 0)
		}
	}
	return false
}

// listGoesOnAfter reports whether the word at k is followed by a comma and
// more of a list of modifiers that ends at a noun: then an "-ing" word at
// k describes the noun with the others ("a small, boring, well-documented
// framework") instead of opening a clause ("a dryer, sparing …").
func listGoesOnAfter(toks []Token, k int) bool {
	return k < len(toks) && toks[k].gap&gapComma != 0 && adjectiveListNext(toks, k)
}

// participleWithObjectAt reports whether the word at k is a participle
// (participleAt) with the opening of an object straight after it ("Every
// ex-offender [leaving Wandsworth] walks …"): it describes the noun
// before it, which heads the phrase.
func participleWithObjectAt(toks []Token, k int) bool {
	return participleAt(toks, k) && (objectOpensAt(toks, k+1) || toks[k+1].Is(Capitalised)) // a name within the sentence ("leaving Durham")
}

// participleThenPlace reports whether the word at k is a participle
// (participleAt) with a preposition after it, straight or past adverbs
// ("nurses [arriving in] Auckland", "bats [roosting safely in] barns"):
// it describes the noun before it.
func participleThenPlace(toks []Token, k int) bool {
	if !participleAt(toks, k) {
		return false
	}
	j := k + 1
	for j+1 < len(toks) && toks[j].gap == 0 && skipAdverbs(toks, j) > j {
		j++
	}
	return toks[j].closed&clPreposition != 0
}

// participleAt reports whether the word at k is an "-ing" form more often
// a verb than anything else, with a word after it and no punctuation
// between.
func participleAt(toks []Token, k int) bool {
	if k+1 >= len(toks) || toks[k].closed&grammarClasses != 0 || toks[k].cands == nil || toks[k].gap != 0 {
		return false
	}
	c := toks[k].cands
	return c.verbForm == Ing && c.verb > c.adj+c.noun
}

// participleNext reports whether the word after token i's comma is an
// "-ing" form more often a verb than an adjective ("…, sparing anxious
// dogs the stress"): a participle with its object, not the next adjective
// of a list.
func participleNext(toks []Token, i int) bool {
	k := i + 1
	if k >= len(toks) || toks[k].closed&grammarClasses != 0 || toks[k].cands == nil {
		return false
	}
	c := toks[k].cands
	return c.verbForm == Ing && c.verb > c.adj
}

// modifierBeforeNoun reports whether token k, perhaps after an adverb in
// "-ly", is an adjective or a past participle with a noun after it
// ("[partially sighted] residents", "[hard-up] families").
func modifierBeforeNoun(toks []Token, k int) bool {
	if k < len(toks) && toks[k].gap == 0 && toks[k].cands != nil && toks[k].cands.adv > 0 && strings.HasSuffix(toks[k].Norm, "ly") {
		k++
	}
	if k+1 >= len(toks) || toks[k].gap != 0 || toks[k].closed&grammarClasses != 0 || toks[k].cands == nil {
		return false
	}
	c, n := toks[k].cands, &toks[k+1]
	return (c.adj > 0 || c.verbForm == Past) && n.closed&grammarClasses == 0 && n.cands != nil && n.cands.noun > 0
}

// causedThenVerb reports whether a noun phrase follows token i (its
// determiners, names, adjectives and nouns, within maxPhraseWords) and
// then a word, in lower case, more often a plain verb than a noun
// ("let [London's shift workers] learn"): a causative's object and what
// it lets them do.
func causedThenVerb(toks []Token, i int) bool {
	noun := false
	for j := i + 1; j < len(toks) && j <= i+maxPhraseWords && toks[j-1].gap == 0; j++ {
		n := &toks[j]
		switch {
		case n.closed&(clDeterminer|clPossessive|clNumber) != 0:
		case n.closed&grammarClasses != 0 || n.cands == nil:
			return false
		case noun && !n.Is(Capitalised) && n.cands.verbForm == 0 && n.cands.verb > 0 && n.cands.verb >= n.cands.noun:
			return true
		case n.cands.noun > 0 || n.Is(Capitalised):
			noun = true
		case n.cands.adj == 0:
			return false
		}
	}
	return false
}

// nounsFromStart reports whether the tokens before i, from the sentence's
// start, are nouns with no punctuation between ("Mountain rescue …").
func nounsFromStart(toks []Token, i int) bool {
	for k := 0; k < i; k++ {
		if toks[k].Tag != Noun || toks[k].gap != 0 {
			return false
		}
	}
	return true
}

// peopleSubjectVerbAt returns where the verb stands when token k is a
// plural that names people, perhaps followed by a place or where they are
// from, and then a word that may be a plain verb with an object after it
// ("workers [visit] families", "rangers from our adventure playground
// [visit] parks"); otherwise -1.
func peopleSubjectVerbAt(toks []Token, k int) int {
	if k >= len(toks) || toks[k].gap != 0 || toks[k].closed&grammarClasses != 0 || toks[k].cands == nil || !toks[k].cands.plural || toks[k].cands.noun == 0 ||
		toks[k].cands.nounEntry.First(wordnet.Noun) != wordnet.NounPerson {
		return -1
	}
	j := k + 1
	if j < len(toks) && toks[j].closed&clPreposition != 0 && toks[j].closed&clVerbParticle == 0 {
		for j++; j < len(toks) && j <= k+maxPhraseWords && toks[j-1].gap == 0; j++ { // bounded, so that tagging stays linear
			n := &toks[j]
			if n.closed&(clDeterminer|clPossessive|clNumber) != 0 {
				continue
			}
			if n.closed&grammarClasses != 0 || n.cands == nil || n.cands.noun == 0 && n.cands.adj == 0 && !n.Is(Capitalised) {
				return -1
			}
			if j > k+2 && verbWithObjectAt(toks, j) && toks[j-1].closed&grammarClasses == 0 && toks[j-1].cands != nil && toks[j-1].cands.noun > 0 && toks[j-1].cands.noun >= toks[j-1].cands.adj {
				return j // "from our adventure playground [visit] parks": the place's noun, then the verb; not "on free [school] meals", after a word more often an adjective
			}
		}
		return -1
	}
	if verbWithObjectAt(toks, j) {
		return j
	}
	return -1
}

// pluralThenLinking reports whether token k is a plural noun followed by
// a plain linking verb (not "be") and a word that may be an adjective
// ("skills [stay] alive", "lanes [stay] open"): the plural is that verb's
// subject.
func pluralThenLinking(toks []Token, k int) bool {
	if k+2 >= len(toks) || toks[k].gap != 0 || toks[k+1].gap != 0 || toks[k].closed&grammarClasses != 0 || toks[k].cands == nil || !toks[k].cands.plural || toks[k].cands.noun == 0 {
		return false
	}
	v, a := &toks[k+1], &toks[k+2]
	if v.closed&clLinking == 0 || v.closed&clBe != 0 || v.cands == nil || v.cands.verbForm != 0 || v.cands.verb == 0 {
		return false
	}
	return a.closed&grammarClasses == 0 && a.cands != nil && a.cands.adj > 0
}

// verbWithObjectAt reports whether token j may be a plain verb, in lower
// case, with a noun phrase opening after it.
func verbWithObjectAt(toks []Token, j int) bool {
	if j+1 >= len(toks) || toks[j].gap != 0 || toks[j].Is(Capitalised) || toks[j].closed&grammarClasses != 0 || toks[j].cands == nil || toks[j].cands.verb == 0 || toks[j].cands.verbForm != 0 {
		return false
	}
	n := &toks[j+1]
	return n.closed&(clDeterminer|clPossessive|clNumber|clDistributive) != 0 || n.closed&grammarClasses == 0 && n.cands != nil && (n.cands.noun > 0 || n.cands.adj > 0)
}

// modalAfterPlace reports whether a modal stands at k, or after the
// prepositional phrases, up to maxPlacePhrases, that start at k ("in Lagos
// will", "on the coast can", "of children with allergies can").
func modalAfterPlace(toks []Token, k int) bool {
	k = pastPlace(toks, k)
	return k < len(toks) && toks[k].closed&clModal != 0
}

// pastPlace returns where the prepositional phrases that start at k end
// ("parents [of children] [with allergies] can …"), up to
// maxPlacePhrases of them: k itself when none starts there.
func pastPlace(toks []Token, k int) int {
	for phrases := 0; phrases < maxPlacePhrases && k < len(toks) && toks[k].closed&clPreposition != 0 && toks[k].closed&clModal == 0 && (phrases == 0 || toks[k-1].gap == 0); phrases++ {
		// "parents [of children] [with allergies] can …": each phrase in turn
		k++
		stop := min(len(toks), k+maxPhraseWords)
		for k < stop && toks[k].closed&clModal == 0 && (toks[k].closed&(clDeterminer|clDistributive|clPossessive|clNumber) != 0 || toks[k].closed&grammarClasses == 0 && (toks[k].cands.noun > 0 || toks[k].cands.adj > 0 || !toks[k].known || toks[k].Is(Capitalised))) {
			k++
		}
	}
	return k
}

// peopleBeforeAuxiliary reports whether token k is a plural noun for
// people and, after any phrases that place them, a modal or a plural
// "are", "were" or "have" follows: a subject and its verb's auxiliary
// ("[carers] in Fife are visited").
func peopleBeforeAuxiliary(toks []Token, k int) bool {
	if k >= len(toks) || toks[k].gap != 0 || toks[k].closed&grammarClasses != 0 || !strings.HasSuffix(toks[k].Norm, "s") {
		return false
	}
	if c := toks[k].cands; !(c.plural && c.noun > 0 && c.nounEntry.First(wordnet.Noun) == wordnet.NounPerson || !toks[k].known && agentive(toks[k].Norm)) {
		return false // "carers", a word WordNet lacks, has an agent's ending
	}
	j := pastPlace(toks, k+1)
	return j < len(toks) && (toks[j].closed&clModal != 0 || pluralAuxiliaryAt(toks, j))
}

// maxPlacePhrases is how many prepositional phrases modalAfterPlace passes
// over before a modal.
const maxPlacePhrases = 3

// modalAfterNouns reports whether the run of nouns and adjectives (and
// "and") that starts at i ends at a modal, or at a plain verb that agrees
// with the plural before it: the subject of a clause ("isolated families
// can", "injured walkers and climbers get").
func modalAfterNouns(toks []Token, i int) bool {
	for k := i; k < len(toks) && k < i+maxPhraseWords; k++ {
		n := &toks[k]
		switch {
		case n.closed&clModal != 0:
			return k > i
		case n.closed&(clBe|clHave) != 0 && k > i && toks[k-1].cands != nil && toks[k-1].cands.plural && (n.Norm == "are" || n.Norm == "have" || n.Norm == "were"):
			return true // "so that stored collections are seen": the plural subject, then its auxiliary
		case k > i && n.closed&grammarClasses == 0 && n.cands.verb > 0 && n.cands.verbForm == 0 && n.cands.verb >= n.cands.noun && toks[k-1].cands.plural:
			return true // a verb that agrees with the plural before it: "so that injured walkers and climbers get home"
		case n.closed&grammarClasses == 0 && (n.cands.noun > 0 || n.cands.adj > 0), k > i && n.Norm == "and":
		case k > i && n.closed&clPreposition != 0 && n.closed&clVerbParticle == 0 && toks[k-1].closed&grammarClasses == 0 && toks[k-1].gap == 0:
			// "so that working families [in] the Fellwater valleys can …": a place's phrase inside the subject
		case k > i && n.closed&clDeterminer != 0 && toks[k-1].closed&clPreposition != 0:
		default:
			return false
		}
	}
	return false
}

// particleAfterObject reports whether the particle at i belongs to a verb
// before its first object, with a second object after it ("give hospice
// nurses back an hour"): WordNet lists the verb with the particle, the
// words between are a bare noun phrase, and a determiner or number opens
// the next one.
func particleAfterObject(toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i+1].closed&(clDeterminer|clNumber) == 0 || toks[i-1].gap != 0 {
		return false
	}
	k := i - 1
	for k > 0 && (toks[k].Tag == Noun || toks[k].Tag == Adjective || toks[k].Tag == ProperNoun || toks[k].Tag == Determiner) && toks[k-1].gap == 0 {
		k--
		if toks[k].Tag == Preposition && locative(toks[k].Norm) && k > 0 && toks[k-1].gap == 0 && (toks[k-1].Tag == Noun || toks[k-1].Tag == ProperNoun) {
			k-- // "give young carers [in Rotherham] back the evenings …": the first object's place
		}
	}
	if k == i-1 || toks[k].Tag != Verb || toks[k].closed&clDitransitive == 0 {
		return false
	}
	_, ok := listedWith(&toks[k], toks[i].Norm)
	return ok
}

// listedWith returns WordNet's entry for the verb with the particle, when
// WordNet lists the pair as one verb ("look after", "give back").
func listedWith(verb *Token, particle string) (wordnet.Entry, bool) {
	if verb.cands != nil && verb.Lemma == verb.cands.verbLemma && !verb.cands.verbStartsPhrase {
		return wordnet.Entry{}, false
	}
	e, ok := wordnet.Lookup(verb.Lemma + " " + particle)
	return e, ok && e.Has(wordnet.Verb)
}

// decideClosed tags a word of the closed classes; it returns false when
// the word reads as an open-class word here instead.
func decideClosed(toks []Token, i int) bool {
	t := &toks[i]
	cl := t.closed
	if t.Norm == "such" && i > 0 && i+1 < len(toks) && toks[i+1].Norm == "as" && t.gap == 0 && (toks[i-1].Tag == Noun || toks[i-1].Tag == ProperNoun) {
		t.Tag = Adverb // "rare breeds such as the Silver Appleyard": "such as" gives examples of the noun before it, no determiner of a phrase of its own
		return true
	}
	if cl&clPreposition != 0 && i > 0 && i <= 2 && t.Is(Capitalised) && t.gap == 0 && toks[i-1].gap == 0 && toks[0].Is(Capitalised) && toks[i-1].Is(Capitalised) && toks[i-1].closed&grammarClasses == 0 && thirdPersonVerbAt(toks, i+1) {
		t.Tag = ProperNoun // "Tenor Behind maintains …": a capitalised word of the organisation's name, before its verb, though it is a preposition too
		return true
	}
	if cl&clPreposition != 0 && i == 0 && len(toks) > 2 && t.Is(Capitalised) && t.gap == 0 && toks[1].Is(Capitalised) && toks[1].gap == 0 && toks[1].closed&grammarClasses == 0 && thirdPersonVerbAt(toks, 2) && !peopleNoun(&toks[2]) {
		t.Tag = ProperNoun // "Inside Cycles runs …": a name that opens on a preposition, before its verb; not "Across Wales volunteers run …", people
		return true
	}
	if i > 0 && toks[i-1].Tag == Verb && toks[i-1].gap == 0 && toks[i-1].closed&(clBe|clHave|clDo) == 0 {
		if e, ok := listedWith(&toks[i-1], t.Norm); ok {
			// "look after the dogs", "pay for tools", "set up a clinic": a
			// verb WordNet lists with its particle; the particle takes no
			// phrase of its own, and the pair means what WordNet says.
			t.Tag = Adverb
			t.closed |= clVerbParticle
			toks[i-1].entry = e
			toks[i-1].closed &^= clLinking
			return true
		}
	}
	if t.Norm == "to" && i > 0 && numberRange(toks, i-1) && (toks[i-1].Is(Suspended) || toks[i-1].gap == 0) {
		t.Tag = Conjunction // "11- to 16-year-olds", "13 to 25-year-olds": "to" joins the ends of a range as "and" joins two words
		return true
	}
	next := func() *Token {
		if i+1 < len(toks) {
			return &toks[i+1]
		}
		return nil
	}
	if c := t.cands; cl&clPreposition != 0 && i > 0 && i+1 < len(toks) && nounMustFollow(&toks[i-1]) && toks[i-1].gap == 0 && t.gap == 0 && c != nil && c.noun > 0 && c.noun >= c.adv && c.noun >= c.adj &&
		toks[i+1].closed&grammarClasses == 0 && toks[i+1].cands != nil && toks[i+1].cands.noun > 0 {
		set(t, Noun) // "this till system": no preposition stands between a determiner and its noun; a word that is as much a noun is one
		return true
	}
	if c := t.cands; cl&clPreposition != 0 && i > 0 && nounMustFollow(&toks[i-1]) && toks[i-1].gap == 0 && c != nil && c.noun > 0 &&
		(i+1 == len(toks) || t.gap != 0 || toks[i+1].closed&grammarClasses&^clNumber != 0 || toks[i+1].cands == nil || toks[i+1].cands.noun == 0) {
		set(t, Noun) // "make the past searchable", "from the inside": after a determiner, with no noun after it, the word is the noun
		return true
	}
	switch t.Norm {
	case "per":
		if n := next(); n != nil && n.Norm == "cent" {
			t.Tag, t.Lemma = Noun, "per" // "70 per cent of net revenue": one noun, as "percent" is
			return true
		}
	case "to":
		if n := next(); n != nil && n.cands != nil && n.cands.noun > 0 && i+2 < len(toks) && toks[i+1].gap == 0 && toks[i+2].cands != nil && toks[i+2].cands.plural && toks[i+2].cands.noun > 0 &&
			toks[i+2].cands.noun >= rareVerbShare*toks[i+2].cands.verb && carriedObjectBefore(toks, i) {
			t.Tag, t.Lemma = Preposition, "to" // "take a dental van to care homes": where what is carried goes
			return true
		}
		if n := next(); n != nil && n.cands != nil && n.gap&gapPossessive == 0 && n.cands.noun >= rareVerbShare*max(1, n.cands.verb) && !n.cands.plural && carriedObjectBefore(toks, i) {
			t.Tag, t.Lemma = Preposition, "to" // "carries pupils to school", "takes patients to hospital": a place named bare, where what is carried goes
			return true
		}
		if n := next(); n != nil && i > 0 && toks[i-1].Tag == Verb && toks[i-1].gap == 0 && t.gap == 0 && wordnet.Class(toks[i-1].entry.First(wordnet.Verb)) == wordnet.VerbMotion &&
			n.cands != nil && n.closed&grammarClasses == 0 && n.cands.noun > 0 && !n.cands.plural && 2*n.cands.noun >= n.cands.verb && !(n.gap == 0 && objectOpensAfter(toks, i+1)) {
			t.Tag, t.Lemma = Preposition, "to" // "return to work", "go to school": after a verb of going, a word as often a noun as a verb is where they go; not "come to help"
			return true
		}
		if n := next(); n != nil && i > 0 && (toks[i-1].closed&clStatementWord != 0 || statementIsBefore(toks, i)) && n.cands != nil && n.cands.verb > 0 && n.cands.verbForm == 0 && n.closed&grammarClasses == 0 {
			t.Tag, t.Lemma = Particle, "to" // "on a mission to craft …", "Our mission is to house …", "We exist to house …": what the statement is to do
			return true
		}
		if n := next(); n != nil && i > 0 && toks[i-1].Tag == Verb && toks[i-1].closed&clDesire != 0 && toks[i-1].gap == 0 && n.cands != nil && n.cands.verb > 0 && n.cands.verbForm == 0 && n.closed&grammarClasses == 0 {
			t.Tag, t.Lemma = Particle, "to" // "any girl who wants to row", "families who need to travel": what is wanted is done, a verb
			return true
		}
		if n := next(); n != nil && i > 0 && toks[i-1].closed&clHave != 0 && toks[i-1].gap == 0 && n.cands != nil && n.cands.verb > 0 && n.cands.verbForm == 0 && n.closed&grammarClasses == 0 && n.gap&gapPossessive == 0 {
			t.Tag, t.Lemma = Particle, "to" // "so nobody has to face heart disease alone": "have to" says what must be done, a verb however often the word is a noun
			return true
		}
		n := next()
		for k := i + 1; n != nil && n.cands.adv > 0 && n.cands.verb == 0 && n.closed&grammarClasses == 0 && k+1 < len(toks); k++ {
			n = &toks[k+1] // "to continually provide"
		}
		if n != nil && n.cands.verb > 0 && (n.cands.verbForm == 0 || n.cands.baseToo) && n.closed&(clDeterminer|clDistributive|clPossessive|clPronoun) == 0 &&
			!(n == &toks[min(i+1, len(toks)-1)] && n.cands.adj >= 4*n.cands.verb && n.gap == 0 && nounNext(toks, i+1)) && // not "support to single parents": a word far more often an adjective, before its noun
			(n.cands.noun == 0 || n.cands.verb*2 >= n.cands.noun || i+2 >= len(toks) && n.cands.noun < rareVerbShare*n.cands.verb || i+2 < len(toks) && toks[i+2].closed&(clDeterminer|clDistributive|clPossessive|clPronoun|clNumber) != 0 || // last, "to grow"; not "serve great food to people", a word hardly ever a verb
				n == &toks[i+1] && n.gap&gapComma != 0 && baseVerbAt(toks, i+2)) { // "to champion, develop and invest in …": a list of verbs
			t.Tag, t.Lemma = Particle, "to"
			return true
		}
		if n != nil && n.closed&(clBe|clHave|clDo) != 0 && n.Norm != "being" && n.Norm != "having" && n.Norm != "doing" {
			t.Tag, t.Lemma = Particle, "to" // "to be", "to have"
			return true
		}
		if v := verbBeforeObject(toks, i, true); n == &toks[min(i+1, len(toks)-1)] && v != nil && v.closed&clCausative != 0 && n.cands.verb > 0 && (n.cands.verbForm == 0 || n.cands.baseToo) &&
			n.closed&grammarClasses == 0 && n.gap == 0 && t.gap == 0 && nounNext(toks, i+1) && !peopleNext(toks, i+1) {
			// "empowering the social sector to scale impact": a verb whose
			// object does what follows, and what they do, with its own
			// object; not "teach sign-writing to school leavers", people
			t.Tag, t.Lemma = Particle, "to"
			return true
		}
		if n == &toks[min(i+1, len(toks)-1)] && n.cands.verb > 0 && n.cands.verbForm == 0 && n.closed&grammarClasses == 0 && t.gap == 0 && adjectiveForSubject(toks, i) {
			t.Tag, t.Lemma = Particle, "to" // "makes it easy for harbour masters to log …": after an adjective, "for" names who does the infinitive
			return true
		}
		if (i == 0 || afterOpening(toks, i)) && n == &toks[min(i+1, len(toks)-1)] && n.cands.verb > 0 && n.cands.verbForm == 0 && n.closed&grammarClasses == 0 && t.gap == 0 && n.gap == 0 &&
			(nounNext(toks, i+1) || verbListNext(toks, i+1)) {
			t.Tag, t.Lemma = Particle, "to" // "To champion farming in …", "To breed and register …": a statement that opens with "To" opens with its verb
			return true
		}
		if (i == 0 || afterOpening(toks, i)) && n == &toks[min(i+1, len(toks)-1)] && n.cands.verb > 0 && n.cands.verbForm == 0 && n.closed&grammarClasses == 0 && t.gap == 0 && n.gap == gapComma &&
			verbListAfterComma(toks, i+1) {
			t.Tag, t.Lemma = Particle, "to" // "To fund, stock and staff libraries …": the verbs a statement opens with, listed, the last with its object
			return true
		}
		if n == &toks[min(i+1, len(toks)-1)] && n.cands.verb > 0 && n.cands.verbForm == 0 && n.cands.verbStartsPhrase && n.gap == 0 && i+2 < len(toks) {
			if e, ok := wordnet.Lookup(n.cands.verbLemma + " " + toks[i+2].Norm); ok && e.Has(wordnet.Verb) {
				t.Tag, t.Lemma = Particle, "to" // "to light up the world": a phrasal verb, however often its first word is a noun
				return true
			}
		}
		t.Tag, t.Lemma = Preposition, "to"
		return true
	case "that":
		if demonstrativeObject(toks, i) || (i == 0 || toks[i-1].gap&(gapClause|gapComma) != 0) && t.gap == 0 && i+2 < len(toks) && toks[i+1].Norm == "is" && toks[i+2].Norm == "what" {
			t.Tag = Pronoun // "… — that is what our sewing room is for": "that is what" points back to what was said
			return true
		}
		n := next()
		// A determiner "that" counts one thing: after a noun or a name, or
		// before a plural ("the Fens that high-street banks turn away"),
		// it opens a relative clause.
		if n != nil && (n.cands.noun > 0 || n.cands.adj > 0) && n.cands.verb == 0 && n.closed&grammarClasses == 0 && (i == 0 || toks[i-1].Tag != Noun && toks[i-1].Tag != ProperNoun && toks[i-1].Norm != "so" && toks[i-1].Norm != "now") &&
			!pluralNounAhead(toks, i+1) {
			t.Tag = Determiner
		} else {
			t.Tag = Subordinator
		}
		return true
	case "so":
		if n := next(); n != nil && (n.cands.adj > 0 || n.cands.adv > 0) && n.cands.noun == 0 && n.closed&grammarClasses == 0 &&
			!(i > 0 && toks[i-1].gap&gapComma != 0) && !nounNext(toks, i+1) {
			t.Tag = Adverb // "so easy"
		} else {
			t.Tag = Subordinator
		}
		return true
	case "more", "most", "less", "fewer", "much", "enough":
		if n := next(); n != nil && (n.cands.adj > 0 || n.cands.adv > 0) && n.cands.noun == 0 {
			t.Tag = Adverb // "more productive"
			return true
		}
		if n := next(); n == nil || n.closed&(clPreposition|clConjunction) != 0 || t.gap&(gapComma|gapClause) != 0 {
			t.Tag = Adverb // "earn more", "more than", "when it all gets too much, …": no noun follows across a comma
			return true
		}
		t.Tag = Determiner
		return true
	case "her":
		if n := next(); n != nil && (n.cands.noun > 0 || n.cands.adj > 0) && n.closed&grammarClasses == 0 {
			t.Tag = Determiner
		} else {
			t.Tag = Pronoun
		}
		return true
	case "like":
		if i > 0 && (toks[i-1].Tag == Pronoun || toks[i-1].Tag == Modal) {
			return false // "we like", "would like": a verb
		}
	case "past":
		if i > 0 && toks[i-1].gap == 0 && (toks[i-1].Is(Possessive) || toks[i-1].closed&clPossessive != 0 || toks[i-1].Norm == "the") {
			t.Tag = Noun // "Mercia's past", "our past", "the past": the time gone by, after whose it is
			return true
		}
	case "one":
		if i > 0 && toks[i-1].Norm == "no" {
			t.Tag = Pronoun // "no one squints": the pronoun, with its verb after it
			return true
		}
		if n := next(); i > 0 && toks[i-1].closed&clDistributive != 0 && n != nil && n.cands.verbForm == ThirdPerson && n.cands.verb > 0 {
			t.Tag = Pronoun // "so that each one holds a job": the one counted, with its verb after it
			return true
		}
		if n := next(); n != nil && (n.Norm == "day" || n.closed&grammarClasses == 0 && (n.cands.noun > 0 || n.cands.adj > 0)) {
			t.Tag = Number // "one day", "one delivery van"
			return true
		}
	case "no":
		if n := next(); n != nil && (n.Norm == "longer" || n.Norm == "more") {
			t.Tag = Adverb
			return true
		}
	case "all", "both", "each", "half":
		if floatsAfterAuxiliary(toks, i) {
			t.Tag = Adverb // "The lighthouses … will all be lit", "Our members have each signed": a quantifier that floats after the subject's modal, before the verb
			return true
		}
		if n := next(); n == nil || t.gap&(gapComma|gapClause) != 0 || n.closed&(clPreposition|clConjunction|clBe|clHave) != 0 || n.closed&clModal != 0 && !namedModal(toks, i+1, titleCase(toks)) || n.closed&clRelative != 0 ||
			n.cands.verb > 0 && n.cands.verbForm == 0 && n.cands.verb > n.cands.noun && (i == 0 || toks[i-1].Tag == Subordinator) && t.Norm != "each" {
			// "for all", "for all, everywhere", "all of", "each who",
			// "where all come to …"; not "where all source code …", nor
			// "Each visit ends", where "each" alone would take "visits".
			t.Tag = Pronoun
			return true
		}
	case "as", "before", "after", "since", "until", "once":
		if k := onceTimeNoun(toks, i); k > 0 && (toks[k].gap != 0 || k+1 == len(toks) || toks[k+1].closed&(clConjunction|clPreposition) != 0 || i >= 2 && toks[i-2].Norm == "at" && (toks[i-1].Norm == "least" || toks[i-1].Norm == "most")) {
			t.Tag = Adverb // "Once a month, volunteer fixers …", "at least once every three years": how often, not a clause's opener
			return true
		}
		if n := next(); t.Norm == "once" && i > 0 && toks[i-1].closed&clRelative != 0 && n != nil &&
			(n.closed&grammarClasses == 0 && n.cands != nil && n.cands.verb > 0 && n.cands.verbForm == Past || n.closed&(clModal|clHave|clBe) != 0) {
			t.Tag = Adverb // "towns that once built ships", "swarms that once would have been destroyed": formerly, inside the relative clause; no clause opens without a subject
			return true
		}
		if t.Norm == "once" && i > 0 && toks[i-1].closed&clModal != 0 && toks[i-1].gap == 0 {
			t.Tag = Adverb // "swarms that would once have been destroyed": after a modal, formerly; no clause opens between a modal and its verb
			return true
		}
		if n := next(); t.Norm == "as" && n != nil && (n.closed&(clDeterminer|clPossessive) != 0 || n.closed&grammarClasses == 0 && n.cands != nil && n.cands.noun > n.cands.adj) && subjectPhraseBefore(toks, i) {
			t.Tag = Preposition // "Our mission as the club's tech crew is to …": the role the subject speaks in; its verb is still to come
			return true
		}
		if clauseFollows(toks, i) || t.Norm == "as" && comparedTimeBefore(toks, i) && subjectThenVerbAt(toks, i+1) {
			t.Tag = Subordinator // "for as long as people need one": how long, and the clause that says it
			return true
		}
	}
	if (t.Norm == "all" || t.Norm == "both" || t.Norm == "each") && i > 0 && toks[i-1].Tag == Pronoun && toks[i-1].gap == 0 && (isSubjectPronoun(toks[i-1].Norm) || toks[i-1].Norm == "it") {
		t.Tag = Adverb // "when it all gets too much", "we each get": a quantifier that floats after its subject, before the verb
		return true
	}
	if cl&clVerbParticle != 0 && i > 0 && toks[i-1].Tag == Verb && (i+1 >= len(toks) || toks[i+1].closed&(clDeterminer|clDistributive|clPossessive) == 0) {
		t.Tag = Adverb // a verb's particle: "bring people together", "pay back"
		return true
	}
	if cl&clVerbParticle != 0 && particleAfterObject(toks, i) {
		t.Tag = Adverb // "give nurses back an hour": the particle after the first of two objects
		return true
	}
	if cl&clModal != 0 && i > 0 && toks[i-1].gap == 0 && toks[i-1].Tag == Determiner && toks[i-1].Norm != "that" && t.cands != nil && t.cands.noun > 0 {
		return false // "writing a will": a noun after its determiner, not a modal
	}
	switch {
	case cl&clModal != 0:
		t.Tag = Modal
	case cl&(clBe|clHave|clDo) != 0:
		t.Tag = Verb
		t.Lemma = auxLemma(cl)
		t.Form |= auxForm(t.Norm)
		t.closed |= classesOf(t.Lemma) &^ grammarClasses // "is" links as "be" does
		if cl&clHave != 0 {
			t.entry, _ = wordnet.Lookup("have")
		}
	case cl&(clDeterminer|clDistributive|clPossessive) != 0:
		t.Tag = Determiner
	case cl&(clPronoun|clEveryone) != 0:
		t.Tag = Pronoun
	case cl&clPreposition != 0 && t.gap&(gapComma|gapClause) != 0 && i > 0 && toks[i-1].gap == 0:
		t.Tag = Adverb // "in their first month out, we …": nothing after it for it to govern
	case cl&clPreposition != 0 && i > 0 && toks[i-1].Tag == Verb && toks[i-1].gap == 0 && t.gap == 0 && i+1 < len(toks) && toks[i+1].closed&(clBe|clModal) != 0:
		t.Tag = Adverb // "drinkers who fall in are pulled out", "what we believe in is …": left after its verb, with nothing to govern before the next verb
	case cl&clPreposition != 0:
		t.Tag = Preposition
	case cl&clConjunction != 0:
		t.Tag = Conjunction
	case cl&(clSubordinator|clRelative) != 0:
		t.Tag = Subordinator
	case cl&clNegation != 0:
		if t.Norm == "never" {
			t.Tag = Adverb
		} else {
			t.Tag = Particle
		}
	case cl&clNumber != 0:
		t.Tag = Number
	default:
		return false // a word that only belongs to a content class (words.txt's lists of verbs and nouns)
	}
	return true
}

// subjectPhraseBefore reports whether the words before token i are one
// noun phrase that opens the statement with no verb yet ("Our mission
// [as] …", "We [as] a club …"), of which the word before i is the head.
func subjectPhraseBefore(toks []Token, i int) bool {
	if i == 0 || toks[i-1].gap != 0 {
		return false
	}
	if toks[i-1].Tag == Pronoun {
		return i == 1 && isSubjectPronoun(toks[0].Norm) // "We as a club …"
	}
	if toks[i-1].Tag != Noun && toks[i-1].Tag != ProperNoun {
		return false
	}
	for k := i - 2; k >= 0; k-- { // back to the statement's start: each run of a phrase's words is walked once
		switch toks[k].Tag {
		case Determiner, Adjective, Noun, ProperNoun, Number:
		default:
			return false
		}
	}
	return true
}

// clauseFollows reports whether a clause (a subject and its verb) starts
// after token i: "as farmers grow", not "as a cooperative".
func clauseFollows(toks []Token, i int) bool {
	for k := i + 1; k < len(toks) && k < i+6; k++ {
		if k > i+1 && toks[k-1].gap&(gapComma|gapClause) != 0 {
			return false // "stays open until 8pm, stocks …": the phrase ends at the comma
		}
		t := &toks[k]
		if t.closed&(clModal|clBe|clHave) != 0 || t.cands.verb > 0 && t.cands.noun == 0 && t.cands.adj == 0 && t.cands.verbForm != Ing {
			return k > i+1
		}
		if k > i+1 && toks[i].Norm != "as" && t.cands.verbForm == ThirdPerson && t.cands.verb >= 8*t.cands.noun && t.gap == 0 && toks[k-1].gap == 0 && toks[k-1].cands != nil &&
			toks[k-1].cands.noun > 0 && !toks[k-1].cands.plural && toks[k-1].closed&grammarClasses == 0 {
			return true // "before the officer leaves …": a word nearly always a verb's "-s" form, after a singular noun; not after "as" ("as our rules put it", an aside the clause reader does not part from the verb after it)
		}
	}
	return false
}

// comparedTimeBefore reports whether "as long" or "as soon" ("so long")
// stands before the "as" at i: a time that the clause after it measures.
func comparedTimeBefore(toks []Token, i int) bool {
	return i >= 2 && (toks[i-1].Norm == "long" || toks[i-1].Norm == "soon") && (toks[i-2].Norm == "as" || toks[i-2].Norm == "so") && toks[i-1].gap == 0 && toks[i-2].gap == 0
}

// subjectThenVerbAt reports whether a clause's subject opens at k, a
// subject pronoun or a plural noun, with a word that may be a plain or
// "-s" verb straight after it ("people need", "they last").
func subjectThenVerbAt(toks []Token, k int) bool {
	if k+1 >= len(toks) || toks[k].gap != 0 {
		return false
	}
	s, v := &toks[k], &toks[k+1]
	if !(isSubjectPronoun(s.Norm) || s.closed&grammarClasses == 0 && s.cands != nil && s.cands.noun > 0 && s.cands.plural) {
		return false
	}
	return v.closed&(clModal|clBe|clHave|clDo) != 0 || v.closed&grammarClasses == 0 && v.cands != nil && v.cands.verb > 0 && v.cands.verbForm&(Ing|Past) == 0
}

func auxLemma(cl class) string {
	switch {
	case cl&clBe != 0:
		return "be"
	case cl&clHave != 0:
		return "have"
	}
	return "do"
}

func auxForm(w string) Form {
	switch w {
	case "is", "has", "does", "'s", "isn't", "doesn't":
		return ThirdPerson
	case "was", "were", "had", "did", "been", "done", "wasn't", "weren't", "didn't":
		return Past
	case "being", "having", "doing":
		return Ing
	}
	return 0
}

// adjectiveFirst reports whether a token is an adjective, by far most
// often, and never a verb ("local", "better"; not "open", "clean"), with
// no capital to make it a name.
func adjectiveFirst(t *Token) bool {
	return t.cands != nil && t.closed&grammarClasses == 0 && !t.Is(Capitalised) && t.cands.verb == 0 && t.cands.adj > 0 && t.cands.adj >= 4*t.cands.noun
}

// forPeopleOfTrade reports whether an "-ing" word after "for" names the
// trade of the people after it ("for building managers", "for nursing
// students"): "for" names whom the work is for, so a noun of that kind,
// then people, is who they are, not a purpose ("for building homes").
func forPeopleOfTrade(toks []Token, i int) bool {
	if toks[i-1].Norm != "for" || toks[i].cands.noun == 0 || toks[i].gap != 0 || i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if n.closed&grammarClasses != 0 || !n.cands.plural || n.cands.noun == 0 {
		return false
	}
	switch n.cands.nounEntry.First(wordnet.Noun) {
	case wordnet.NounPerson, wordnet.NounSocialGroup:
		return true
	}
	return false
}

// fieldOfWork reports whether a noun names a field of knowledge or an
// activity ("microbiology", "software quality"), which does nothing
// itself: an "-ing" word after it names work in that field
// ("microbiology testing"), not something the noun is doing.
func fieldOfWork(t *Token) bool {
	switch t.cands.nounEntry.First(wordnet.Noun) {
	case wordnet.NounCognition, wordnet.NounAct:
		return true
	}
	return false
}

// activityAfterAdjective reports whether the singular noun at k, after
// an adjective, is one WordNet knows in some sense as an act ("free
// [cricket] coaching in parks", though a cricket is first an insect): the
// "-ing" word after it names work of that kind, as after a field of work.
func activityAfterAdjective(toks []Token, k int) bool {
	if k < 1 || toks[k].Is(Plural) || toks[k-1].Tag != Adjective || toks[k-1].gap != 0 || toks[k].cands == nil {
		return false
	}
	return strings.ContainsRune(toks[k].cands.nounEntry.Senses(wordnet.Noun), rune(wordnet.NounAct))
}

// plainObjectPronoun reports whether w is an object pronoun that stands
// only after a verb or a preposition ("them", "us"), unlike a reflexive,
// which may stand after a noun for emphasis ("the nurses themselves").
func plainObjectPronoun(w string) bool {
	switch w {
	case "them", "us", "him", "me":
		return true
	}
	return false
}

// itAsObject reports whether the "it" at k is an object, not the subject
// of a clause that describes the noun before it ("and sells it cheaply",
// not "the markets it serves"): no verb that agrees with it follows.
func itAsObject(toks []Token, k int) bool {
	if toks[k].Norm != "it" {
		return false
	}
	if k+1 >= len(toks) || toks[k].gap != 0 {
		return true
	}
	n := &toks[k+1]
	return n.closed&(clModal|clBe|clHave|clDo) == 0 && (n.cands == nil || n.cands.verbForm != ThirdPerson && n.cands.verbForm != Past || n.cands.verb == 0)
}

// camelCase reports whether a word has a capital letter after a lower-case
// one ("HealthLink", "eBay"), as product names do and common words never
// do.
// capitalisedParts reports whether a hyphenated word capitalises every
// part ("Two-Up", "Rolls-Royce"), but for the little words a name leaves
// in lower case between them ("Paid-on-Time", "Stoke-on-Trent"), as a
// name does; in a sentence that is not written in title case, no other
// word does.
func capitalisedParts(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	parts := strings.Split(w, "-")
	for k, part := range parts {
		r, _ := utf8.DecodeRuneInString(part)
		if part == "" || !unicode.IsUpper(r) && (k == 0 || k == len(parts)-1 || !nameLinkWord(part)) {
			return false
		}
	}
	return true
}

// nameLinkWord reports whether a name leaves w in lower case between its
// capitalised words ("Stoke-on-Trent", "Jack-in-the-Box").
func nameLinkWord(w string) bool {
	switch w {
	case "on", "of", "the", "in", "upon", "under", "by", "and", "a", "to", "at", "for":
		return true
	}
	return false
}

func camelCase(w string) bool {
	lower := false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && lower:
			return true
		case !unicode.IsLetter(r):
			lower = false // "co-Op" is odd, "e-Bay" too; a hyphen starts afresh
		}
	}
	return false
}
