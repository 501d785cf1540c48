package language

import (
	"strings"

	"github.com/vmlint/vmlint/lint/language/wordnet"
)

// Referent is what a noun phrase's head names, as far as a reader can tell
// from the word alone: the classes the analysis needs to tell who a
// statement is for from what it is about.
type Referent uint8

// The referents of noun phrases.
const (
	// Unclear is a head nobody can classify: a word WordNet does not know.
	Unclear Referent = iota
	// Person is a person or people ("farmer", "canoeist", "night-shift cleaners").
	Person
	// Group is a group or organisation ("council", "rowing clubs").
	Group
	// Animal is an animal ("sheepdog").
	Animal
	// Establishment is a place of business that stands for its people
	// ("corner pharmacy", "farm").
	Establishment
	// Name is a proper name WordNet does not know: a person, a place or an
	// organisation.
	Name
	// Everyone is a pronoun for people at large ("everyone", "you").
	Everyone
	// Self is the organisation itself or its own people ("we", "our team").
	Self
	// Place is a place ("coast", "island").
	Place
	// Thing is a thing people make or use: an artifact, food, a substance,
	// a document, goods or money ("boats", "medicine", "maps", "loans").
	Thing
	// Service is an act done for someone ("repairs", "training", "care").
	Service
	// Abstraction is anything else: a quality, a state, an idea, a time
	// ("access", "excellence", "the future").
	Abstraction
)

var referentNames = [...]string{"unclear", "person", "group", "animal", "establishment", "name", "everyone", "self", "place", "thing", "service", "abstraction"}

// String returns the referent's name.
func (r Referent) String() string {
	if int(r) < len(referentNames) {
		return referentNames[r]
	}
	return "?"
}

// Animate reports whether the referent can be someone a statement serves:
// a person, a group, an animal, a place of business, or everyone.
func (r Referent) Animate() bool {
	switch r {
	case Person, Group, Animal, Establishment, Everyone:
		return true
	}
	return false
}

// Phrase is a noun phrase: a head noun (or pronoun) with the determiners
// and modifiers before it.
type Phrase struct {
	// First and End delimit its tokens, [First, End); Head indexes the head.
	First, End, Head int
	// Det is its first determiner in lower case ("every", "the", "our"), or "".
	Det string
	// Referent is what its head names.
	Referent Referent
	// MaybeAnimate is set when a fair share of the head's senses is
	// animate, even if the likeliest is not ("cleaners": cleaning agents or
	// people).
	MaybeAnimate bool
	// MaybeThing is set when some sense of the head is a thing people
	// make or use ("medicine": a science, or drugs).
	MaybeThing bool
	// AnyAnimate is set when any sense of the head, however rare, is
	// animate ("bank": a slope, or a financial institution).
	AnyAnimate bool
	// Prep is the preposition the phrase is the object of, or "".
	Prep string
	// PrepAt indexes that preposition's token, or -1.
	PrepAt int
	// Possessor is set when the phrase ends in "'s" and owns the next one.
	Possessor bool
	// Conjoined indexes the phrase this one is joined to by "and" or "or"
	// (the first of the list), or -1.
	Conjoined int
}

// Distributive reports whether the phrase counts its head one by one
// ("every canoeist", "no commuter", "each corner pharmacy").
func (p *Phrase) Distributive() bool { return is(p.Det, clDistributive) }

// Indefinite reports whether the phrase opens with "a" or "an": one of
// its kind, not named before ("a farm shop", "an allotment").
func (p *Phrase) Indefinite() bool { return p.Det == "a" || p.Det == "an" }

// chunk finds the noun phrases of the sentence toks[first:end].
func chunk(toks []Token, first, end int) []Phrase {
	var out []Phrase
	for i := first; i < end; {
		j := phraseEnd(toks, i, end)
		counted := countedPeople(toks, i, end)
		if j == i && counted {
			j = i + 1 // "better sleep for millions": the count stands for the people
		}
		if j == i {
			i++
			continue
		}
		if len(out) > 0 && out[len(out)-1].End == i && toks[i-1].gap&gapParen != 0 && toks[i].Tag == ProperNoun && toks[out[len(out)-1].Head].Tag == ProperNoun {
			out[len(out)-1].End = j // "The Open Source Initiative (OSI)": one name
			i = j
			continue
		}
		p := Phrase{First: i, End: j, Head: phraseHead(toks, i, j), PrepAt: -1, Conjoined: -1}
		for k := i; k < j; k++ {
			if toks[k].Tag == Determiner {
				p.Det = toks[k].Norm
				break
			}
		}
		p.Possessor = toks[j-1].Is(Possessive) && toks[j-1].gap&^gapPossessive == 0 // not "at St Anne's, we provide …", a place named by whose it is
		if i > first {
			prev := &toks[i-1]
			switch {
			case prev.Norm == "of" && i-3 >= first && isCount(&toks[i-2]) && (toks[i-3].Tag == Preposition || toks[i-3].Tag == Verb):
				// "for thousands of families", "feed thousands of families":
				// the people counted stand where the count does.
				if toks[i-3].Tag == Preposition {
					p.Prep, p.PrepAt = toks[i-3].Norm, i-3
				}
			case prev.Norm == "than" && i-3 >= first && toks[i].Tag == Number && isComparativeCount(toks[i-2].Norm) && toks[i-3].Tag == Preposition:
				// "for more than 2,000 restaurants": the count's comparison
				// stands between the preposition and its phrase.
				p.Prep, p.PrepAt = toks[i-3].Norm, i-3
			case prev.Tag == Preposition:
				p.Prep, p.PrepAt = prev.Norm, i-1
			case (toks[i].Norm == "more" || toks[i].Norm == "fewer") && i-2 >= first && toks[i-2].Tag == Preposition && (prev.Tag == Adverb || prev.Tag == Adjective) && prev.gap == 0 && toks[i-2].gap == 0:
				p.Prep, p.PrepAt = toks[i-2].Norm, i-2 // "to far more people", "for many more families": a degree before the count
			case (prev.Tag == Conjunction && len(out) > 0 && out[len(out)-1].End == i-1 && parallelTo(toks, out, i) < 0) ||
				(prev.gap&(gapComma|gapAnd) != 0 && len(out) > 0 && out[len(out)-1].End == i && listGoesOn(toks, j, end) && !frontedTime(toks, first, &out[len(out)-1], prev, &toks[p.Head])):
				root := len(out) - 1
				if out[root].Conjoined >= 0 {
					root = out[root].Conjoined
				}
				p.Conjoined = root
				p.Prep, p.PrepAt = out[root].Prep, out[root].PrepAt
			}
		}
		newClause := p.Prep != "" || isSubjectPronoun(toks[i].Norm) ||
			i-2 >= first && len(out) > 0 && toks[i-2].gap&gapComma != 0 && listClosed(toks, &out[len(out)-1]) // "We grow grain, and bakers bake"
		// "…, and every family in it able to name …": after a comma, a
		// picture's own subject and its adjective, which no subject before
		// waits for
		able := i-2 >= first && toks[i-2].gap&gapComma != 0 && ableAfter(toks, j, end)
		if p.Conjoined >= 0 && newClause && (verbAfter(toks, j, end) && toks[j-1].gap&(gapComma|gapClause) == 0 && !bareComplementAhead(toks, first, i, j, end) || verbAfterRelative(toks, j, end) || able) && toks[i-1].Tag == Conjunction &&
			!(p.Prep != "" && subjectWaits(toks, first, i, out) && !able) {
			// "… by hand and every ditch runs clear": the subject of a new
			// clause; not "from co-operatives in Kerala and Zanzibar, pay
			// them …", where a comma parts the noun from the verb.
			p.Conjoined, p.Prep, p.PrepAt = -1, "", -1
			if q := &out[len(out)-1]; q.Conjoined >= 0 && q.End == i-1 && q.First > first && toks[q.First-1].gap&gapComma != 0 && toks[q.First].Is(Capitalised) && toks[q.First-1].Tag != Conjunction {
				// "… at home, Kernow Care and Repair adapts homes": the
				// names after the comma are the new clause's subject, not
				// more of the preposition's list.
				q.Conjoined, q.Prep, q.PrepAt = -1, "", -1
				p.Conjoined = len(out) - 1
			}
		}
		if p.Conjoined >= 0 && p.Prep != "" && i-2 >= first && toks[i-1].Tag == Conjunction && toks[i-2].gap&gapComma != 0 && relativeThenVerb(toks, j, end) {
			if k := waitingSubject(toks, first, i, out); k >= 0 {
				// "Wild trout in the Wye, and the young anglers who fish
				// for them, will have …": set off by commas, more of the
				// subject that waits for its verb, not of "in"'s list
				p.Conjoined, p.Prep, p.PrepAt = k, "", -1
			}
		}
		if p.Conjoined >= 0 && p.Prep != "" && p.Det == "" && toks[p.Head].Is(Plural) && i-2 >= first && toks[i-1].Tag == Conjunction && toks[i-2].gap&gapComma != 0 {
			if k := waitingSubject(toks, first, i, out); k >= 0 && out[k].Det == "" && toks[out[k].Head].Is(Plural) {
				// "Chairs of Chiltern beech in Chiltern homes, and bodgers
				// in the woods who …": after a comma and "and", a bare plural
				// goes with the bare plural that opened the clause, not with
				// the preposition's noun before it
				p.Conjoined, p.Prep, p.PrepAt = k, "", -1
			}
		}
		if p.Conjoined >= 0 && p.Prep != "" && i-2 >= first && toks[i-1].Norm == "and" && toks[i-2].gap&(gapComma|gapColon) != 0 &&
			namesPeople(&toks[p.Head]) && !namesPeople(&toks[out[p.Conjoined].Head]) {
			if k := waitingSubject(toks, first, i, out); k >= 0 && k != p.Conjoined {
				// "A working loom in every guild, and someone in each guild
				// who can mend it", "Clay in every classroom — and teachers
				// who …": after a comma or a dash and "and", people go with
				// the phrase that opened the picture, not with the place or
				// thing the preposition named
				p.Conjoined, p.Prep, p.PrepAt = k, "", -1
			}
		}
		if p.Conjoined >= 0 && p.Prep != "" && i-2 >= first && toks[i-1].Norm == "and" && toks[i].Norm == "those" && j == i+1 && j < end && toks[j].Norm == "who" &&
			!namesPeople(&toks[out[p.Conjoined].Head]) {
			if k := waitingSubject(toks, first, i, out); k >= 0 && k != p.Conjoined && namesPeople(&toks[out[k].Head]) {
				// "people living with dementia and those who care for them
				// can meet": "those who" are people, joined to the people
				// whose verb is still to come, not to the illness the
				// preposition named
				p.Conjoined, p.Prep, p.PrepAt = k, "", -1
			}
		}
		if i > first && toks[i-1].Tag == Conjunction && p.Prep != "" {
			if k := closesCommaList(toks, out, i); k >= 0 {
				// "safe paths, wildflowers on the old graves and local
				// schoolchildren": the last item of the list, not more of
				// the preposition's object.
				p.Conjoined, p.Prep, p.PrepAt = k, "", -1
			}
		}
		if i > first && toks[i-1].Tag == Conjunction {
			if k := parallelTo(toks, out, i); k >= 0 {
				// "the provider of choice and the employer of choice": the
				// phrase matches an earlier one, not the one after "of".
				p.Conjoined, p.Prep, p.PrepAt = k, out[k].Prep, out[k].PrepAt
			}
		}
		p.Referent, p.MaybeAnimate = referent(toks, &p)
		if counted && j == i+1 {
			p.Referent, p.MaybeAnimate = Everyone, true
		}
		senses := toks[p.Head].entry.Senses(wordnet.Noun)
		p.MaybeThing = p.Referent == Thing || !p.Referent.Animate() && strings.ContainsAny(senses, "rFuosm")
		p.AnyAnimate = p.MaybeAnimate || strings.ContainsAny(senses, "pGAE")
		if p.Referent == Thing && activityModified(toks, &p) {
			p.MaybeAnimate, p.AnyAnimate = false, false // "every sewing machine": a thing for the activity, not the machine's sense of a person
		}
		out = append(out, p)
		i = j
	}
	for pi := 0; pi+1 < len(out); pi++ {
		p, q := &out[pi], &out[pi+1]
		if p.Referent == Everyone && p.First+1 == p.End && toks[p.Head].Norm == "all" && q.Prep == "of" && q.PrepAt == p.End && !q.Referent.Animate() && q.Referent != Unclear {
			p.Referent, p.MaybeAnimate, p.MaybeThing = q.Referent, false, q.MaybeThing // "growing all of its own birch": a share of the birch, not everyone
		}
	}
	for qi := range out {
		if q := &out[qi]; q.Conjoined >= 0 {
			p := &out[q.Conjoined]
			joinedToPeople(toks, p, q)
			joinedToPeople(toks, q, p)
		}
	}
	listedWithThings(toks, out)
	return out
}

// listedWithThings reads a phrase as a thing when it stands in a list of
// three or more whose other items are all things, and one of the
// senses of its head is a made thing ("no broken [toaster], lamp or
// bicycle": a toaster is first someone who proposes a toast): a list
// joins like with like, as joinedToPeople reads it the other way. Only
// where WordNet's texts never saw the noun, so that the order of its
// senses says nothing ("warm water, a hoist and a coach on the side": a
// coach is a trainer far more often than a bus). Two items are too few
// to tell ("every footpath, and the walkers who use it").
func listedWithThings(toks []Token, out []Phrase) {
	for root := range out {
		members, things := 1, 0
		if out[root].Referent == Thing {
			things++
		}
		for qi := root + 1; qi < len(out); qi++ {
			if q := &out[qi]; q.Conjoined == root {
				members++
				if q.Referent == Thing {
					things++
				}
			}
		}
		if members < 3 || things != members-1 {
			continue
		}
		for qi := root; qi < len(out); qi++ {
			if p := &out[qi]; (qi == root || p.Conjoined == root) && p.Referent == Person && toks[p.Head].Tag == Noun && toks[p.Head].entry.Freq(wordnet.Noun) == 0 &&
				strings.IndexByte(toks[p.Head].entry.Senses(wordnet.Noun), byte(wordnet.NounArtifact)) >= 0 {
				p.Referent, p.MaybeAnimate, p.AnyAnimate, p.MaybeThing = Thing, false, false, true
			}
		}
	}
}

// modifierNounsGoOn reports whether the bare singular nouns or names
// toks[i:j], a preposition's, modify the noun that follows the adjective
// at j ("in [village] primary schools", "across [Leeds] secondary
// schools"): no determiner opens them, and no verb that gives stands
// before to make the adjective's phrase a second object ("give carers in
// Gateshead | free advice").
func modifierNounsGoOn(toks []Token, i, j, end int) bool {
	if i == 0 || toks[i-1].Tag != Preposition || j+1 >= end || toks[j+1].Tag != Noun || toks[j].gap != 0 || toks[j-1].gap != 0 {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].Tag != Noun && toks[k].Tag != ProperNoun || toks[k].Is(Plural) || toks[k].gap != 0 {
			return false
		}
	}
	return !afterDitransitiveObject(toks, i-1) && !afterReceiverPhrases(toks, i-1)
}

// describedName reports whether toks[i:k+1] is a name, its words capitalised
// to the last, with only adjectives and a determiner before it ("Kent",
// "rural Yorkshire", "the North York Moors").
func describedName(toks []Token, i, k int) bool {
	for j := i; j < k; j++ {
		if toks[j].Tag != Adjective && toks[j].Tag != Determiner && toks[j].Tag != ProperNoun || toks[j].gap != 0 {
			return false
		}
	}
	return toks[k].Tag == ProperNoun
}

// joinedToPeople reads phrase p as people when "and" or "or" joins it to
// phrase q, which names people, and one of the senses of p's head is a
// person ("to boaters and anglers": a boater is first a straw hat): a
// list joins like with like.
func joinedToPeople(toks []Token, p, q *Phrase) {
	if q.Referent != Person || p.Referent.Animate() || p.Referent == Everyone || p.Prep != q.Prep || toks[p.Head].Tag != Noun ||
		strings.IndexByte(toks[p.Head].entry.Senses(wordnet.Noun), byte(wordnet.NounPerson)) < 0 {
		return
	}
	p.Referent, p.MaybeAnimate, p.AnyAnimate = Person, true, true
}

// activityModified reports whether the word before the phrase's head, in
// one compound, is a noun that names an activity ("sewing machine",
// "washing line"): what serves the activity is a thing, whatever else the
// head may mean.
func activityModified(toks []Token, p *Phrase) bool {
	if p.Head <= p.First {
		return false
	}
	m := &toks[p.Head-1]
	return m.gap == 0 && m.Tag == Noun && strings.HasSuffix(m.Norm, "ing") && strings.IndexByte(m.entry.Senses(wordnet.Noun), byte(wordnet.NounAct)) >= 0
}

// whereSomeoneIs reports whether a preposition says where someone is
// ("in", "across", "around", "throughout", "near"), as a phrase on a
// giving verb's first object does ("give families across Deeside …");
// not where something comes from ("buy ale from Dorset brewers").
func whereSomeoneIs(prep string) bool {
	switch prep {
	case "in", "across", "around", "throughout", "near":
		return true
	}
	return false
}

// afterReceiverPhrases reports whether the preposition at i ends a chain
// of phrases that describe the first object of a verb that takes two
// ("give carers [of people] [with MND] [in] Wessex …"): the phrases of
// whose and with what, then where.
func afterReceiverPhrases(toks []Token, i int) bool {
	for k := i - 1; k > 0 && k >= i-2*maxPhraseWords; k-- {
		t := &toks[k]
		if t.gap != 0 {
			return false
		}
		switch {
		case t.Tag == Noun || t.Tag == ProperNoun || t.Tag == Adjective || t.Tag == Determiner || t.Tag == Number:
		case t.Tag == Preposition && (t.Norm == "of" || t.Norm == "with" || whereSomeoneIs(t.Norm)):
			if afterDitransitiveObject(toks, k) {
				return true
			}
		default:
			return false
		}
	}
	return false
}

// listOpensAt reports whether a list of plain nouns opens at token j: a
// noun, then a comma or "and" (listGoesOn) and another noun ("groceries,
// prescriptions and company").
func listOpensAt(toks []Token, j, end int) bool {
	if j+2 >= end || toks[j].Tag != Noun || !listGoesOn(toks, j+1, end) {
		return false
	}
	k := j + 1
	if toks[k].Tag == Conjunction {
		k++
	}
	return toks[k].Tag == Noun
}

// isCount reports whether a token is a number word that counts in the
// plural ("thousands", "millions", "dozens").
func isCount(t *Token) bool {
	return t.Tag == Number && t.closed&clNumber != 0 && strings.HasSuffix(t.Norm, "s")
}

// countedPeople reports whether the token at i is a count in the plural
// that stands alone after a preposition, with no "of" phrase to say what
// it counts: "for millions", "to thousands". Such a count means people.
func countedPeople(toks []Token, i, end int) bool {
	return isCount(&toks[i]) && i > 0 && toks[i-1].Tag == Preposition && (i+1 >= end || toks[i+1].Norm != "of" && toks[i+1].Tag != Noun && toks[i+1].Tag != Adjective)
}

// nameAfterPossessive reports whether capitalised names start at k and
// end a phrase ("The Drovers' [Museum] collects"), so that the possessive
// before them is part of one name; not "Harbour & Tyne's [Payments]
// team", the owner and a noun of its own.
func nameAfterPossessive(toks []Token, k, end int) bool {
	if k >= end || toks[k].Tag != ProperNoun || !toks[k].Is(Capitalised) {
		return false
	}
	for k < end && toks[k].Tag == ProperNoun && toks[k].Is(Capitalised) && toks[k-1].gap&^gapPossessive == 0 {
		k++
	}
	return k == end || toks[k-1].gap != 0 || toks[k].Tag != Noun && toks[k].Tag != Adjective
}

// closesCommaList returns the first phrase of a list of phrases parted by
// commas that a phrase after "and" at token i ends, rather than the
// preposition's object just before it: the list's phrases and the new one
// open without a determiner and the preposition's object with one
// ("safe paths, wildflowers on the old graves and local schoolchildren").
// It returns -1 when there is none.
func closesCommaList(toks []Token, out []Phrase, i int) int {
	if len(out) < 3 || toks[i].Tag == Determiner {
		return -1
	}
	last := &out[len(out)-1]
	if last.Prep == "" || toks[last.First].Tag != Determiner {
		return -1
	}
	k := len(out) - 2
	for k > 0 && out[k].Prep != "" && k > len(out)-2-maxPhraseWords {
		k-- // over the preposition's chain, as far as a phrase reaches
	}
	item, before := &out[k], k-1
	if before < 0 || item.Prep != "" || toks[item.First-1].gap&gapComma == 0 || toks[item.First].Tag == Determiner {
		return -1
	}
	if item.Conjoined >= 0 {
		before = item.Conjoined
	}
	if b := &out[before]; b.Prep != "" || b.End > item.First || toks[b.First].Tag == Determiner {
		return -1
	}
	return before
}

// parallelTo returns the earlier phrase that a phrase after "and" at token
// i parallels rather than the one just before it: the phrase before is a
// preposition's object with another determiner, and an earlier phrase
// outside any preposition starts with the same one. It returns -1 when
// there is none.
func parallelTo(toks []Token, out []Phrase, i int) int {
	if len(out) < 2 || toks[i].Tag != Determiner {
		return -1
	}
	last := &out[len(out)-1]
	if last.Prep == "" || toks[last.First].Norm == toks[i].Norm {
		return -1
	}
	for k := len(out) - 2; k >= 0; k-- {
		if out[k].Prep == "" {
			if toks[out[k].First].Norm == toks[i].Norm {
				return k
			}
			return -1
		}
	}
	return -1
}

// ableAfter reports whether the noun phrase that ends before j goes on, past
// its phrases with prepositions, to an adjective and an infinitive ("…,
// and every family [in it] able to name the stars"): a clause with no verb
// of its own, as a picture has.
func ableAfter(toks []Token, j, end int) bool {
	for ; j+2 < end; j++ {
		t := &toks[j]
		if t.gap != 0 {
			return false
		}
		switch {
		case t.Tag == Adjective && toks[j+1].Norm == "to" && toks[j+2].Tag == Verb:
			return true
		case t.Tag == Preposition, t.Tag == Determiner, t.Tag == Noun, t.Tag == ProperNoun,
			t.Tag == Pronoun && j > 0 && toks[j-1].Tag == Preposition: // "in it"
		default:
			return false
		}
	}
	return false
}

// verbAfter reports whether a verb follows the noun phrase that ends at j,
// after the phrase's own prepositional phrases ("rowing clubs [on the
// loch] teach").
func verbAfter(toks []Token, j, end int) bool {
	for ; j < end; j++ {
		switch t := &toks[j]; t.Tag {
		case Verb, Modal:
			return !(t.Is(Ing) && j > 0 && toks[j-1].Tag == Preposition) // not "… a midwife from [booking] …", a preposition's gerund
		case Preposition, Determiner, Adjective, Noun, ProperNoun, Number, Adverb:
			// "… and the farms [downstream] will flood less": an adverb
			// may stand between the subject and its verb
			if t.gap != 0 {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// bareComplementAhead reports whether the verb after the phrase that ends
// at j is the bare verb a causative before it takes, so that the phrase
// goes on the causative's object's list: "let treasurers in small
// churches and chapels [run] a payroll"; not "… by hand and every ditch
// runs clear", whose verb agrees with its own subject.
func bareComplementAhead(toks []Token, first, i, j, end int) bool {
	k := j
	for k < end && toks[k].Tag != Verb && toks[k].Tag != Modal {
		k++
	}
	if k == end || toks[k].Tag != Verb || toks[k].Form&(ThirdPerson|Past|Ing) != 0 {
		return false
	}
	for b := i - 1; b >= first; b-- {
		if toks[b].Tag == Verb || toks[b].Tag == Modal {
			return toks[b].Tag == Verb && toks[b].closed&clBareInfinitive != 0
		}
		if toks[b].gap&(gapComma|gapClause) != 0 {
			return false
		}
	}
	return false
}

// verbAfterRelative reports whether a relative clause on "who" opens at
// j and a second verb follows its own before any comma: the phrase before
// it is the subject of that verb ("… in landfill, and the people [who sort
// it] earn a fair wage").
func verbAfterRelative(toks []Token, j, end int) bool {
	if j >= end || toks[j].Norm != "who" {
		return false
	}
	verbs, inGroup := 0, false
	for k := j + 1; k < end; k++ {
		switch toks[k].Tag {
		case Verb, Modal:
			if !inGroup || toks[k].Tag == Modal && toks[k-1].Tag == Verb && toks[k-1].closed&(clBe|clHave|clDo) == 0 {
				verbs++ // a verb group counts once: "who have never been"; a modal after a main verb opens another ("who are struggling | will use")
			}
			inGroup = true
		case Adverb, Particle:
			if toks[k].Norm == "to" && k+1 < end && toks[k+1].Tag == Modal {
				inGroup = false // "who wants to | can qualify": an infinitive left to be understood, then the main verb
			}
		default:
			inGroup = false
		}
		if toks[k].gap&(gapComma|gapClause) != 0 {
			break
		}
	}
	return verbs >= 2
}

// labelNumber reports whether the number at j names a kind of the
// singular noun before it inside one compound: written in digits ("type 1
// diabetes", "year 9 pupils", "level 3 apprentices"), or a noun WordNet
// holds with its number ("number one").
func labelNumber(toks []Token, head, j, end int) bool {
	if head == j-1 && toks[head].gap == 0 && j+1 < end && (toks[j+1].Tag == Noun || toks[j+1].Tag == Adjective) {
		if e, ok := wordnet.Lookup(toks[head].Norm + " " + toks[j].Norm); ok && e.Has(wordnet.Noun) {
			return true // "the number one dental group": a noun WordNet holds with its number
		}
	}
	if head != j-1 || toks[head].Is(Plural) || toks[head].gap != 0 || toks[j].gap != 0 || j+1 >= end || toks[j+1].Tag != Noun ||
		toks[j].Text == "" || toks[j].Text[0] < '0' || toks[j].Text[0] > '9' {
		return false
	}
	switch wordnet.Class(toks[j+1].entry.First(wordnet.Noun)) {
	case wordnet.NounTime, wordnet.NounQuantity:
		return false // "give the team | 2 hours"
	}
	return true
}

// verbAfterNouns reports whether a verb follows the determiners, nouns,
// adjectives and pronouns that start at j.
func verbAfterNouns(toks []Token, j, end int) bool {
	for ; j < end; j++ {
		switch toks[j].Tag {
		case Verb, Modal:
			return true
		case Determiner, Noun, Adjective, Pronoun, ProperNoun:
		case Conjunction:
			if j+1 == end || toks[j+1].Tag != Noun && toks[j+1].Tag != Determiner && toks[j+1].Tag != ProperNoun {
				return false // "deckhands [and] skippers go": only nouns joined
			}
		default:
			return false
		}
	}
	return false
}

// listClosed reports whether the phrase before ", and" ends what it
// belongs to: it stands alone ("grow grain, and bakers …") or a
// conjunction already joined it ("oars and life jackets, and rowing clubs
// …"), unlike an item of a list with a serial comma ("farmers, fishers,
// and bakers").
func listClosed(toks []Token, last *Phrase) bool {
	return last.Conjoined < 0 || last.First > 0 && toks[last.First-1].Tag == Conjunction
}

// frontedTime reports whether phrase q opens the sentence with a
// preposition and a time, or with a time counted one by one, closed by a
// comma at prev ("Within five years, | an online shop and …", "By 2030,
// | …", "Every night, | soup and bread are served …"): what follows is the
// sentence's own, not a list of times. The phrase after the comma, whose
// head is next, is then no time itself ("Every day, every week …").
func frontedTime(toks []Token, first int, q *Phrase, prev, next *Token) bool {
	if prev.gap&gapComma == 0 {
		return false
	}
	if q.Prep == "" && q.First == first && q.Distributive() && timeNoun(&toks[q.Head]) {
		return !timeNoun(next)
	}
	return q.Prep != "" && q.PrepAt == first && (timeNoun(&toks[q.Head]) || toks[q.Head].Tag == Number)
}

// listGoesOn reports whether a list of noun phrases goes on after the
// phrase that ends at j ("local food, long-term employment and access"),
// unlike a phrase after an opening one ("Within ten years, every hospice
// will …").
func listGoesOn(toks []Token, j, end int) bool {
	if j >= end {
		return true
	}
	return toks[j-1].gap&(gapComma|gapAnd) != 0 || toks[j].Tag == Conjunction
}

// phraseEnd returns the end of the noun phrase that starts at i, or i when
// none does: determiners, then modifiers (adverbs before adjectives,
// adjectives, numbers, nouns, participles), then the head; a possessive
// noun ends the phrase it closes.
func phraseEnd(toks []Token, i, end int) int {
	t := &toks[i]
	if n := phraseAt(toks, i, clEveryone); n > 1 && i+n <= end {
		return i + n // "no one", "each other"; not across the sentence's end ("each! other")
	}
	if n := phraseAt(toks, i, clFutureAdverb); n > 1 && i+n < end && toks[i+n-1].gap == 0 && toks[i+n].closed&grammarClasses == 0 {
		return i + n // "one day | kids in Lagos will …": a time, then the subject
	}
	if t.Tag == Pronoun {
		return i + 1
	}
	if t.Tag == Adverb && t.closed&clVerbParticle != 0 {
		return i // "buy back old uniforms": the verb's particle
	}
	if i > 0 && makeSureAt(toks, i-1) {
		return i // "make sure | cocoa farmers earn …": part of the verb, not of the phrase after it
	}
	j := i
	for j < end && toks[j].Tag == Determiner {
		j++
		if toks[j-1].gap&gapClause != 0 {
			end = j // "much: a bike": a colon ends the phrase
		}
	}
	head := -1
	for j < end {
		u := &toks[j]
		switch {
		case u.Tag == Noun && mannerClauseAfter(toks, j) && verbAfterNouns(toks, j+1, end):
			return j + 1 // "the way | people work": a clause follows
		case u.Tag == Noun && head >= 0 && toks[j-1].Tag == ProperNoun && toks[j-1].gap == 0 && toks[i].Tag != Determiner && i > 0 && toks[i-1].Tag == Preposition && whereSomeoneIs(toks[i-1].Norm) &&
			(afterDitransitiveObject(toks, i-1) || afterReceiverPhrases(toks, i-1)):
			// "give theatres in [Manchester] | period furniture", "give carers
			// of people with MND in [Wessex] | advice": where the first
			// object is, a name, then the second object
			return j
		case u.Tag == Noun && head >= 0 && head == j-1 && toks[head].Tag == ProperNoun && toks[head].gap == 0 && u.Is(Plural) && i > 0 && toks[i-1].Tag == Preposition &&
			(toks[i-1].Norm == "of" || whereSomeoneIs(toks[i-1].Norm)) && listOpensAt(toks, j, end) && afterDitransitiveObject(toks, i-1):
			return j // "give residents of the North [Cotswolds] | groceries, prescriptions and company": the things given, listed after the name, are the second object
		case u.Tag == Noun && head >= 0 && head == j-1 && toks[head].Tag == Noun && toks[head].Is(Plural) && toks[head].gap == 0 && !lexicalPlural(&toks[head]) &&
			i > 0 && toks[i-1].Tag == Preposition && (toks[i-1].Norm == "of" || whereSomeoneIs(toks[i-1].Norm)) && afterDitransitiveObject(toks, i-1):
			return j // "giving volunteers of all [ages] | heritage skills": a plural ends the phrase that describes the first object, and the second begins
		case u.Tag == Noun && head >= 0 && j+2 < end && toks[j+1].Norm == "by" && toks[j+2].Norm == u.Norm:
			return head + 1 // "clear the river | mile by mile": the noun said twice around "by" is no part of the phrase
		case u.Tag == Noun || u.Tag == ProperNoun:
			head = j
		case u.Tag == Pronoun && (u.Norm == "ones" || u.Norm == "one") && j > i && (toks[j-1].Tag == Adjective || toks[j-1].Tag == Determiner && toks[j-1].gap == 0 && toks[j-1].closed&clDistributive == 0):
			head = j // "little ones", "loved ones", "the ones"
		case u.Tag == Pronoun && u.Norm == "own" && j > i && toks[j-1].closed&clPossessive != 0 && toks[j-1].gap == 0:
			head = j // "their own", "a home of her own": what the possessive owns, left unsaid
		case u.Tag == Pronoun && u.Norm == "one" && j == i+1 && toks[i].closed&clDistributive != 0:
			return j + 1 // "each one", "every one": the one counted
		case u.Tag == Adjective && head >= 0 && !(head == j-1 && modifierNounsGoOn(toks, i, j, end)):
			return head + 1 // "give sea kayakers | free charts"
		case u.Tag == Number && head >= 0 && head == j-1 && toks[head].Tag == ProperNoun && u.Text != "" && u.Text[0] >= 'a' && u.Text[0] <= 'z':
			return j // "give carers in [Gateshead] | one evening off": a number written out in lower case is no part of a name ("Formula One")
		case u.Tag == Number && head >= 0 && toks[head].Tag != ProperNoun:
			if !labelNumber(toks, head, j, end) {
				return head + 1 // "give hospital data teams | one place"; not "Year 2", "Route 66"
			}
			head = -1 // "year 9 pupils", "the number one dental group": the label modifies what follows
		case u.Tag == Number && u.Norm == "one" && j == i && j+1 < end && toks[j+1].Tag == Noun && toks[j+1].Is(Plural) && i > 0 && (toks[i-1].Norm == "under" || toks[i-1].Norm == "over"):
			return j + 1 // "babies under [one] | friendships": an age's bound; "one" counts no plural
		case u.Tag == Number && j == i && i > 0 && isYear(u.Norm) && toks[i-1].Tag == Preposition && beforeYear(toks[i-1].Norm):
			return j + 1 // "In 2035 | independent pharmacies …": a year after "in" or "by" is a time, counting nothing after it
		case u.Tag == Adjective || u.Tag == Number:
		case u.Tag == Conjunction && (u.Norm == "and" || u.Norm == "or") && head == i && j == i+1 && sharedPeopleHead(toks, i, end):
			head = -1 // "warehouse and delivery workers": two nouns share the head that names the people
		case u.Tag == Conjunction && head < 0 && j > i && toks[j-1].Tag == Number && (toks[j-1].Is(Suspended) || u.Norm == "to") && j+1 < end && toks[j+1].Tag == Noun:
			// "11- to 16-year-olds", "11- and 12-year-olds", "13 to 25-year-olds": the number stands for the word after the conjunction, finished by its ending
		case u.Tag == Conjunction && head < 0 && j > i && toks[j-1].Tag == Adjective && j+1 < end &&
			(toks[j+1].Tag == Adjective || toks[j+1].Tag == Adverb && j+2 < end && toks[j+2].Tag == Adjective):
			// "innovative, accessible, and well-documented tools", "blind
			// and partially sighted readers"
		case u.Tag == Conjunction && (u.Norm == "and" || u.Norm == "or") && head < 0 && j == i+1 && toks[i].Tag == Adjective && i > 0 && toks[i-1].Tag == Preposition && u.gap == 0 && toks[i].gap == 0 &&
			j+2 < end && toks[j+1].Tag == Noun && !toks[j+1].Is(Plural) && toks[j+1].gap == 0 && toks[j+2].Tag == Noun && toks[j+2].Is(Plural):
			// "on [early and night shifts]", "for local and family
			// businesses": an adjective and a noun's modifier share the
			// head after them
		case u.Tag == Adverb && j+1 < end && (toks[j+1].Tag == Adjective || toks[j+1].Tag == Adverb):
		case u.Tag == Adverb && j > i && toks[j-1].Tag == Determiner && j+1 < end && toks[j+1].Tag == Noun:
			// "a largely volunteer network": an adverb grading a noun that modifies
		case u.Tag == Verb && u.Form&(Ing|Past) != 0 && j > i && j+1 < end && (toks[j+1].Tag == Noun || toks[j+1].Tag == Adjective) && toks[j-1].Tag != Noun && !(u.Is(Ing) && is(u.Lemma, clInstrumental)) &&
			!(u.Is(Ing) && toks[j-1].Tag == ProperNoun && describedName(toks, i, j-1) && i > 0 && toks[i-1].Tag == Preposition && toks[i-1].closed&clLocative != 0) &&
			!(toks[j-1].gap&gapComma != 0 && toks[i].Tag == Adjective && i > 0 && toks[i-1].Tag == Verb && toks[i-1].closed&clLinking != 0):
			// (not "children in [Kent] playing cricket", "in [rural
			// Yorkshire] playing cricket": after a name in a place phrase,
			// bare or described, an "-ing" verb starts what the people do;
			// nor "stay open, offering cheap delivery": after a linking
			// verb's adjective and a comma, what they do meanwhile)
			// "the rowing clubs", "a trusted guide": a participle before a
			// noun; not "using": "…, using event data" is a means
		case u.Tag == Verb && u.Form&(Ing|Past) != 0 && j == i && j+1 < end && toks[j+1].Tag == Noun && j > 0 && toks[j-1].Tag == Preposition && !gerundPreposition(toks[j-1].Norm):
			// "to rowing clubs"
		default:
			if head < 0 && j > i && (toks[i].Tag == Determiner || i > 0 && toks[i-1].Is(Possessive)) && (toks[j-1].Tag == Adjective || toks[j-1].Tag == Number || toks[j-1].Tag == Determiner) {
				return j // "the poor", "all": a phrase without a noun
			}
			if head < 0 {
				return i
			}
			return head + 1
		}
		if u.Is(Possessive) && !(u.Is(Capitalised) && u.gap&^gapPossessive == 0 && nameAfterPossessive(toks, j+1, end)) {
			return j + 1 // but "The Drovers' Museum", "St Mary's Hospital": one name
		}
		if u.gap == gapAnd && u.Tag == ProperNoun && j+1 < end && toks[j+1].Tag == ProperNoun {
			j++
			continue // "Kiln & Co": one name
		}
		if u.Tag == Number && u.gap == gapColon|gapDash && j+1 < end && (toks[j+1].Tag == Number || ageNoun(toks[j+1].Norm)) {
			j++
			continue // "16–25 year olds", "16–25-year-olds": a range of numbers is one
		}
		if u.gap&(gapComma|gapAnd|gapClause|gapParen) != 0 && (head >= 0 && head == j || u.Tag == Number) {
			return j + 1 // "local food, long-term employment": one phrase each; "ten thousand, growers …"
		}
		if head == j && u.Is(Plural) && u.Tag != ProperNoun && toks[i].Tag == Determiner && i > 0 && (toks[i-1].Tag == Verb || toks[i-1].Tag == Preposition) && relativeFollows(toks, j+1, end) {
			return j + 1 // "make the tools | hospital porters need": a clause that describes them; not "in the Six Dots network sings …", a name before its noun
		}
		if head == j && u.Is(Plural) && i > 0 && ditransitiveBefore(toks, i) && mayReceive(u) &&
			j+1 < end && (toks[j+1].Tag == Noun && !(u.gap == 0 && isSomeoneNoun(&toks[j+1])) || toks[j+1].Tag == Adjective) {
			return j + 1 // "give students | line-by-line feedback", "giving Gypsy and Traveller families | check-ups": two objects; not "lend sports chairs"
		}
		j++
		if u.gap&gapClause != 0 {
			break // no phrase runs on past a colon or a semicolon
		}
	}
	if head < 0 {
		if j > i && (toks[i].Tag == Determiner || i > 0 && toks[i-1].Is(Possessive)) && (toks[j-1].Tag == Adjective || toks[j-1].Tag == Number || toks[j-1].Tag == Determiner && toks[j-1].closed&clDeterminer != 0) {
			return j
		}
		return i
	}
	return head + 1
}

// sharedPeopleHead reports whether token i, a bare singular noun that
// names no one, is joined by "and" or "or" to a noun and a plural noun
// for people right after it ("[warehouse] and delivery workers", "bus or
// coach drivers"): both nouns say which people, and the phrase is one.
func sharedPeopleHead(toks []Token, i, end int) bool {
	if i+3 >= end || toks[i].gap != 0 || toks[i+1].gap != 0 || toks[i+2].gap != 0 || toks[i].Is(Plural) || isSomeoneNoun(&toks[i]) {
		return false
	}
	m, h := &toks[i+2], &toks[i+3]
	return m.Tag == Noun && !m.Is(Plural) && h.Tag == Noun && h.Is(Plural) && isSomeoneNoun(h)
}

// ditransitiveBefore reports whether a verb that takes two objects stands
// right before token i, or before a list of names and nouns that "and" or
// "or" joins to the phrase at i ("giving [Gypsy and] Traveller families").
func ditransitiveBefore(toks []Token, i int) bool {
	k := i - 1
	if toks[k].Tag == Conjunction && (toks[k].Norm == "and" || toks[k].Norm == "or") {
		for k--; k > 0 && i-k <= 8 && (toks[k].Tag == Noun || toks[k].Tag == ProperNoun || toks[k].Tag == Adjective || toks[k].Tag == Conjunction) && toks[k-1].gap&gapClause == 0; k-- {
		}
	}
	return k >= 0 && k < i && toks[k].Tag == Verb && toks[k].closed&clDitransitive != 0 && toks[k].gap == 0
}

// mayReceive reports whether a noun, by its likeliest sense, names what
// can be given something: people, animals, groups, places and places of
// work ("give students …", "lend schools …"), or a word the tables do not
// know; not an activity or a thing ("lend sports chairs": one phrase). A
// noun WordNet's texts never saw is read by most of its senses, and a word
// shaped for people ("builders") with a sense of one may receive, whatever
// its first sense.
func mayReceive(t *Token) bool {
	class := t.entry.First(wordnet.Noun)
	if senses := t.entry.Senses(wordnet.Noun); senses != "" && t.entry.Freq(wordnet.Noun) == 0 {
		class = majority(senses) // "stranded climbers": where WordNet's texts never saw the noun, the order of its senses says nothing (a climber is first a vine)
	}
	switch class {
	case wordnet.NounPerson, wordnet.NounAnimal, wordnet.NounGroup, wordnet.NounSocialGroup, wordnet.NounLocation, wordnet.NounEstablishment:
		return true
	}
	if agentive(t.Norm) && strings.ContainsRune(t.entry.Senses(wordnet.Noun), rune(wordnet.NounPerson)) {
		return true // "save small builders hours": a word shaped for people, with a sense of one (a builder is first an additive to soap)
	}
	return !t.known
}

// lexicalPlural reports whether WordNet lists a plural as a word of its
// own ("arts", "savings", "clothes"), which may modify the noun after it
// as a singular does ("arts centres", "savings accounts").
func lexicalPlural(t *Token) bool {
	e, ok := wordnet.Lookup(t.Norm)
	return ok && e.Senses(wordnet.Noun) != ""
}

// relativeFollows reports whether a clause without a relative pronoun
// starts at k: nouns (with their adjectives) and then a verb that is not
// a participle ("[hospital night porters need]").
func relativeFollows(toks []Token, k, end int) bool {
	nouns := 0
	for ; k < end && (toks[k].Tag == Noun || toks[k].Tag == Adjective) && toks[k].gap == 0; k++ {
		if toks[k].Tag == Noun {
			nouns++
		}
	}
	return nouns > 0 && k < end && toks[k].Tag == Verb && toks[k].Form&(Ing|Past) == 0 && toks[k-1].Tag == Noun
}

// phraseHead returns the head of the phrase [i, j): its last noun or
// pronoun, else its last word.
func phraseHead(toks []Token, i, j int) int {
	for k := j - 1; k >= i; k-- {
		switch toks[k].Tag {
		case Noun, ProperNoun, Pronoun:
			return k
		}
	}
	return j - 1
}

// referent classifies a phrase by its head (and, for the organisation's
// own people, its determiner).
func referent(toks []Token, p *Phrase) (Referent, bool) {
	h := &toks[p.Head]
	if phraseAt(toks, p.First, clEveryone) == p.End-p.First && p.End-p.First > 1 {
		return Everyone, true // "no one"
	}
	switch {
	case h.Tag == Pronoun && (h.Norm == "ones" || h.Norm == "one") && p.Head > p.First && toks[p.Head-1].Tag == Determiner && toks[p.Head-1].closed&clDistributive == 0:
		if p.End < len(toks) && toks[p.End].Norm == "who" {
			return Person, true // "the ones who wait longest"
		}
		return Unclear, true // "the ones they already have": whatever was named before
	case h.Tag == Pronoun && (h.Norm == "ones" || h.Norm == "one") && p.Head > p.First && !anaphoricOne(toks, p):
		return Person, true // "little ones", "loved ones"; not "the next one", which stands for a thing named before
	case h.Tag == Determiner && p.Head == p.End-1 && p.End < len(toks) && toks[p.End].Norm == "who":
		return Person, true // "those who love them", "all who apply": a determiner that stands for people
	case h.Tag == Adjective && h.Is(Capitalised) && p.Head > p.First && p.Det == "the":
		return Name, true // "The Regal in Whitby holds …": a name, as a cinema's or a pub's
	case h.Tag == Adjective && h.closed&clAnaphoricOne != 0 && p.Head == p.End-1:
		return Unclear, true // "from one gate to the next", "the same": a thing named before, as "the next one" is
	case h.Tag == Adjective && h.closed&grammarClasses == 0 && (p.Det == "the" || p.Det == "those" && p.Head == p.First+1 || p.First > 0 && toks[p.First-1].Is(Possessive)):
		return Person, true // "the poor", "America's hungry", "those affected by sickle cell": people who are so
	case h.Tag == Adjective && h.closed&grammarClasses == 0 && p.Head == p.End-1 && p.Distributive():
		return Unclear, true // "no small nonprofit", "every independent": an adjective that counts what it describes, unnamed
	case h.closed&clStatementWord != 0 && (h.Tag == Noun || h.Tag == ProperNoun):
		return Abstraction, false // "mission", "vision": the statement itself
	case h.Tag == Pronoun:
		switch {
		case h.closed&clSelf != 0:
			return Self, false
		case h.Norm == "it" || h.Norm == "its" || h.Norm == "itself" || h.Norm == "anything" || h.Norm == "everything" || h.Norm == "something" || h.Norm == "nothing":
			return Abstraction, false
		case h.closed&clEveryone != 0 || phraseAt(toks, p.Head, clEveryone) > 1:
			return Everyone, true
		}
		return Unclear, true // "them", "they": someone named before
	case p.Det == "our" && h.closed&clSelfHead != 0:
		return Self, false
	}
	lemma := h.Lemma
	e := h.entry
	if e.Lemma == "" || !e.Has(wordnet.Noun) {
		if x, ok := wordnet.Base(lemma, wordnet.Noun); ok {
			e = x
		}
	}
	if x, ok := compound(toks, p); ok {
		e = x // "hearing aids" are things, though "aid" is first an act
	}
	if h.Tag == Noun && (ageNoun(h.Norm) || ageWritten(toks, p)) {
		return Person, true // "inactive over-50s", "16 year olds": people of an age, though WordNet knows "50s" as a decade
	}
	if h.Tag == Noun && p.End < len(toks) && toks[p.End].Norm == "who" && !locative(p.Prep) && !strings.ContainsAny(e.Senses(wordnet.Noun), "GAE") {
		// "sugar boilers who spent forty years at the kettle": "who"
		// stands for people, whatever else WordNet knows the noun as; not
		// "someone in each township who …", where it stands for the
		// people before the place
		return Person, true
	}
	if !e.Has(wordnet.Noun) {
		switch {
		case h.Tag == ProperNoun:
			return Name, true
		case h.Tag == Noun && (is(lemma, clMadeThing) || is(h.Norm, clMadeThing)):
			return Thing, false // "a closed-loop app": made after WordNet was
		case h.Tag == Noun && (agentive(lemma) || ageNoun(lemma) || personTail(h.Norm)):
			return Person, true // "canoeists", "upcyclers": agent nouns; "triathletes", "paraclimbers": a kind of a person WordNet knows, named by the word's end
		case h.Tag == Noun && !h.known:
			return Unclear, true
		case h.Tag == Noun && h.cands != nil && h.cands.noun == 0 && h.cands.verb == 0 && h.cands.adj > 0:
			return Unclear, true // "gigabit broadband": a word known only as an adjective, used as a noun, may name anything
		}
		return Abstraction, false
	}
	senses := e.Senses(wordnet.Noun)
	first := wordnet.Class(senses[0])
	if first == wordnet.NounTops && len(senses) > 1 {
		// WordNet files the top of a hierarchy apart ("food, nutrient",
		// "organism"), not with its members: the next sense says which
		// hierarchy the word names ("food" as solid food)
		first = wordnet.Class(senses[1])
	}
	if e.Freq(wordnet.Noun) == 0 && !(first == wordnet.NounPerson && agentive(lemma)) {
		// Untagged: WordNet's order says little, the senses say more
		// ("van"); but a doer's noun listed first as a person is one
		// ("walkers", though a walker is also two kinds of frame).
		first = majority(senses)
	}
	animateShare := e.Share(wordnet.Noun, wordnet.NounPerson, wordnet.NounSocialGroup, wordnet.NounAnimal, wordnet.NounEstablishment)
	maybe := animateShare >= minShare
	if e.Freq(wordnet.Noun) > 0 && animateShare >= 0.5 && first != wordnet.NounPerson && first != wordnet.NounSocialGroup && first != wordnet.NounAnimal && first != wordnet.NounEstablishment &&
		(agentive(lemma) || e.Tagged(wordnet.Noun) == 0 || strings.ContainsAny(senses[:e.Tagged(wordnet.Noun)], "pGAE")) {
		// Most senses are animate though the first is not: take the
		// likeliest animate one, where the texts WordNet counts saw one
		// ("fans" are people, though a fan is first a machine), or where
		// the word names a doer ("cleaners"); not "pages", seen only in
		// books, though WordNet lists three kinds of page boy.
		for i := 0; i < len(senses); i++ {
			if c := wordnet.Class(senses[i]); strings.IndexByte("pGAE", byte(c)) >= 0 {
				first = c
				break
			}
		}
	}
	if first != wordnet.NounPerson && first != wordnet.NounAnimal && bodyDescribed(toks, p) {
		// "injured seals", "wounded walkers": what a body suffers
		// describes a body, so the noun's first living sense is meant,
		// though a seal is first a stamp; a plant's is a thing's
		// ("pollinated seed")
		found := false
		for i := 0; i < len(senses); i++ {
			if c := wordnet.Class(senses[i]); creature(c) {
				if c != wordnet.NounPlant {
					first = c
				}
				found = true
				break
			}
		}
		if !found && first == wordnet.NounGroup {
			first = wordnet.NounAnimal // "injured wildlife": a group whose members are hurt is of living things
		}
	}
	if first == wordnet.NounCognition && h.Is(Plural) && strings.IndexByte(senses, byte(wordnet.NounArtifact)) >= 0 {
		first = wordnet.NounArtifact // "medicines": a field of knowledge has no plural; the things made do
	}
	if h.Tag == ProperNoun && first != wordnet.NounPerson {
		return Name, true // "Python", "Mali": a name, whatever the word means in lower case
	}
	if (first == wordnet.NounArtifact || first == wordnet.NounLocation || first == wordnet.NounObject || first == wordnet.NounGroup) && runByPeople(toks, p) {
		// "volunteer-run clay grounds", "family-owned farms": a place its
		// people run; not "midwife-led births", what people lead
		return Establishment, true
	}
	if (first == wordnet.NounSocialGroup || first == wordnet.NounEstablishment) && strings.IndexByte(senses, byte(wordnet.NounEstablishment)) >= 0 && timeBefore(toks, p) {
		// "evening clinics", "weekend clubs": sessions held then, though
		// they may stand for those who run them; not "night staff", a
		// group of people only
		return Service, true
	}
	switch first {
	case wordnet.NounPerson:
		return Person, true
	case wordnet.NounSocialGroup:
		return Group, true
	case wordnet.NounAnimal:
		return Animal, true
	case wordnet.NounEstablishment:
		return Establishment, true
	case wordnet.NounLocation:
		return Place, maybe
	case wordnet.NounArtifact, wordnet.NounGroup, wordnet.NounFood, wordnet.NounSubstance, wordnet.NounObject, wordnet.NounPlant,
		wordnet.NounPossession, wordnet.NounCommunication, wordnet.NounBody:
		return Thing, maybe
	case wordnet.NounAct, wordnet.NounEvent:
		return Service, maybe
	}
	return Abstraction, maybe
}

// ageWritten reports whether a phrase ends in an age written as words:
// a number, "year", "month" or "week", and "olds" ("16 year olds", "six
// month olds"), as "16-year-olds" is written joined.
func ageWritten(toks []Token, p *Phrase) bool {
	h := p.Head
	if h-2 < p.First || toks[h].Norm != "olds" {
		return false
	}
	switch toks[h-1].Norm {
	case "year", "month", "week":
		return toks[h-2].Tag == Number
	}
	return false
}

// bodyDescribed reports whether a word before the phrase's head is the
// participle of a verb of the body ("injured", "wounded", "bleeding"),
// which only a living thing can be. An "-ing" word straight before a
// made thing names what the thing is for ("sleeping bags", "walking
// boots"), not a body's state.
func bodyDescribed(toks []Token, p *Phrase) bool {
	for k := p.First; k < p.Head; k++ {
		c := toks[k].cands
		if c == nil || c.verb == 0 || c.verbForm&(Past|Ing) == 0 || wordnet.Class(c.verbEntry.First(wordnet.Verb)) != wordnet.VerbBody {
			continue
		}
		if c.verbForm&Past == 0 && k == p.Head-1 && toks[p.Head].entry.First(wordnet.Noun) == wordnet.NounArtifact {
			continue
		}
		return true
	}
	return false
}

// timeBefore reports whether a noun of time stands right before the
// phrase's head ("evening clinics", "weekend clubs").
func timeBefore(toks []Token, p *Phrase) bool {
	if p.Head <= p.First {
		return false
	}
	m := &toks[p.Head-1]
	return m.Tag == Noun && m.gap == 0 && m.entry.First(wordnet.Noun) == wordnet.NounTime
}

// runByPeople reports whether a word before the phrase's head ends, after
// a hyphen, in a participle that says who runs it ("volunteer-run",
// "family-owned", "community-led").
func runByPeople(toks []Token, p *Phrase) bool {
	for k := p.First; k < p.Head; k++ {
		if i := strings.LastIndexByte(toks[k].Norm, '-'); i > 0 && classesOf(toks[k].Norm[i+1:])&clRunningParticiple != 0 {
			return true
		}
		if t := &toks[k]; t.Tag == Noun && !t.Is(Plural) && t.closed&clServedRole != 0 && t.entry.First(wordnet.Noun) == wordnet.NounSocialGroup {
			return true // "small family campsites", "community orchards": kin or a community before a place runs it
		}
	}
	return false
}

// compound returns WordNet's entry for the phrase's last two words as one
// noun ("hearing aid", "armed forces"), when it holds them: the tables
// keep such a noun only where it is of another class than its last word.
func compound(toks []Token, p *Phrase) (wordnet.Entry, bool) {
	if p.Head <= p.First {
		return wordnet.Entry{}, false
	}
	h, m := &toks[p.Head], &toks[p.Head-1]
	if m.gap != 0 || m.Tag != Noun && m.Tag != Adjective || m.closed&grammarClasses != 0 || m.cands != nil && !m.Is(Possessive) && !m.cands.startsPhrase {
		return wordnet.Entry{}, false
	}
	for i, last := range []string{h.Norm, h.Lemma} {
		if i == 1 && last == h.Norm {
			break // the head is its own lemma: looked up already
		}
		if e, ok := wordnet.Lookup(m.Norm + " " + last); ok && e.Has(wordnet.Noun) {
			return e, true
		}
	}
	return wordnet.Entry{}, false
}

// majority returns the class most of a noun's senses have; on a tie, a
// person or an animal, or else the earliest. Animate classes count as one
// ("a person or a people"). What an organisation's statements name are
// most often people or creatures: an untagged "mum" is a mother before a
// chrysanthemum, a "trout" the fish before its flesh. Not a group or an
// establishment, which would make "a working forge" (a smithy) someone.
func majority(senses string) wordnet.Class {
	count := map[byte]int{}
	group := func(c byte) byte {
		if strings.IndexByte("pGAE", c) >= 0 {
			return 'p'
		}
		if strings.IndexByte("rFuosgm", c) >= 0 {
			return 'r'
		}
		return c
	}
	best, n := senses[0], 0
	for i := 0; i < len(senses); i++ {
		count[group(senses[i])]++
	}
	for i := 0; i < len(senses); i++ {
		if c := count[group(senses[i])]; c > n || c == n && (senses[i] == byte(wordnet.NounPerson) || senses[i] == byte(wordnet.NounAnimal)) && group(best) != 'p' {
			best, n = senses[i], c
		}
	}
	return wordnet.Class(best)
}

// minShare is the share of a noun's senses (the first counting double)
// that makes a reading likely enough to weigh: "commuter" is a train or a
// person, "cleaner" a cleaning agent or a person.
const minShare = 1.0 / 3

// agentive reports whether a word WordNet does not know has the ending
// of a noun for someone who does something ("upcycler", "canoeist").
func agentive(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, suffix := range []string{"person", "people", "man", "men", "woman", "women", "folk"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			return true // "tradesperson", "craftswomen"
		}
	}
	for _, suffix := range []string{"er", "ers", "or", "ist", "ian", "eer", "ee", "ant", "ent"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			return true
		}
	}
	return false
}

// personTail reports whether a word WordNet lacks ends in a noun, of five
// letters or more after a prefix of two or more, that WordNet knows first
// as a person and its texts use ("tri|athletes"): English puts a
// compound's head last, so the word names a kind of that person. Not a
// name's letters ("worm|eries", "back|line": Erie, Kline), never tagged.
func personTail(w string) bool {
	for i := 2; i+5 <= len(w); i++ {
		if e, ok := wordnet.Base(w[i:], wordnet.Noun); ok && e.First(wordnet.Noun) == wordnet.NounPerson && e.Freq(wordnet.Noun) > 0 {
			return true
		}
	}
	return false
}

// anaphoricOne reports whether the "one" that heads a phrase stands for
// a noun named before it, as after an ordinal or a word of sameness ("the
// next one", "the same one", "the other ones"; the anaphoric-one class).
func anaphoricOne(toks []Token, p *Phrase) bool { return toks[p.Head-1].closed&clAnaphoricOne != 0 }

// namesPeople reports whether a phrase's head names people: a noun first
// of all for a person or a group of them, or "someone", "everyone".
func namesPeople(h *Token) bool {
	first := h.entry.First(wordnet.Noun)
	return h.Tag == Noun && (first == wordnet.NounPerson || first == wordnet.NounSocialGroup) || h.Tag == Pronoun && h.closed&clEveryone != 0
}

// waitingSubject returns the subject that waits for its verb in the
// clause that token i stands in (see subjectWaits): the first bare phrase
// since the clause opened, when no verb has come since; or -1.
func waitingSubject(toks []Token, first, i int, out []Phrase) int {
	open := first
	for k := i - 1; k >= first; k-- {
		if toks[k].Tag == Subordinator {
			open = k + 1
			break
		}
	}
	for k := open; k < i; k++ {
		if toks[k].Tag == Verb && toks[k].Form&(Ing|Past) != 0 && k > open && (toks[k-1].Tag == Noun || toks[k-1].Tag == ProperNoun) && toks[k-1].gap == 0 {
			continue // "where families [sending money to …] lose": a participle that describes the subject, whose verb is still to come
		}
		if toks[k].Tag == Verb && toks[k].closed&clClauseVerb != 0 && toks[k].gap == 0 && k+1 < i && toks[k+1].Tag != Subordinator && !commaBetween(toks, k+1, i) {
			open = k + 1 // "To ensure [islanders on Tiree and Coll] never go …": a verb that takes a clause opens it, with "that" left out
			continue
		}
		if toks[k].Tag == Verb || toks[k].Tag == Modal {
			return -1
		}
	}
	for k := range out {
		if out[k].First >= open && out[k].Prep == "" {
			return k
		}
	}
	return -1
}

// relativeThenVerb reports whether a relative clause on "who" or "that"
// opens at token j and ends at a comma with a verb or a modal right after
// it (", and the young anglers [who fish for them], will have …").
func relativeThenVerb(toks []Token, j, end int) bool {
	if j >= end || toks[j].Norm != "who" && toks[j].Norm != "that" {
		return false
	}
	for k := j + 1; k+1 < end; k++ {
		if toks[k].gap&gapClause != 0 {
			return false
		}
		if toks[k].gap&gapComma != 0 {
			return toks[k+1].Tag == Modal || toks[k+1].Tag == Verb && toks[k+1].Form&Ing == 0
		}
	}
	return false
}

// subjectWaits reports whether the clause that token i stands in has a
// subject that still waits for its verb: since the clause opened (the
// sentence's start or the last subordinator), a bare phrase came and no
// verb ("that by March every one of the premises in Dentdale and
// Garsdale has …": "Garsdale" goes on the list after "in", and "every
// one" is the subject of "has").
func subjectWaits(toks []Token, first, i int, out []Phrase) bool {
	return waitingSubject(toks, first, i, out) >= 0
}

// isComparativeCount reports whether a word compares a count before
// "than" ("more than 2,000", "fewer than ten").
func isComparativeCount(w string) bool { return w == "more" || w == "fewer" || w == "less" }
