package language

import (
	"slices"
	"strings"
	"sync"

	"github.com/vmlint/vmlint/lint/language/wordnet"
	"github.com/vmlint/vmlint/lint/lexicon"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// Component is one of the parts a statement may contain.
type Component uint8

// The components.
const (
	// Audience is who the statement serves or who benefits.
	Audience Component = iota
	// Value is a benefit or an outcome for someone.
	Value
	// Strategy is the means: how the organisation gets there.
	Strategy
	// Future is a picture of the state the statement aims for.
	Future
	// Differentiation is a contrast with the alternatives.
	Differentiation
	// Purpose is the reason why.
	Purpose
	componentCount
)

var componentNames = [...]string{"audience", "value", "strategy", "future", "differentiation", "purpose"}

// String returns the component's name ("audience").
func (c Component) String() string { return componentNames[c] }

// Presence is how sure the analysis is that a statement holds a component.
type Presence uint8

// The degrees of presence.
const (
	// Absent: the analysis understood the statement and found none.
	Absent Presence = iota
	// Unsure: none was found, but the statement holds words or a shape the
	// analysis cannot judge, so it may be there.
	Unsure
	// Present: found.
	Present
)

var presenceNames = [...]string{"absent", "unsure", "present"}

// String returns "absent", "unsure" or "present".
func (p Presence) String() string { return presenceNames[p] }

// Part is the tokens of a statement that carry one component.
type Part struct {
	// First and End delimit the tokens, [First, End).
	First, End int
	// Specific is set on an audience that names a definite group.
	Specific bool
	// Picture is set on a future told only as a picture in the present
	// tense ("every keeper has …", "a valley where …", a phrase with no
	// verb), not by words that point ahead ("will", "by 2030", "to
	// become"): a mission told so says what its work brings about now.
	Picture bool
}

// Components holds the parts of each component and how sure the analysis
// is of each.
type Components struct {
	parts    [componentCount][]Part
	presence [componentCount]Presence
}

// Parts returns the parts that carry a component.
func (c *Components) Parts(k Component) []Part { return c.parts[k] }

// Presence returns how sure the analysis is that the component is there.
func (c *Components) Presence(k Component) Presence { return c.presence[k] }

// finder finds the components of one analysed statement.
type finder struct {
	a     *Analysis
	lex   *lexicon.Lexicons
	lists *[wordListCount]*lexicon.Set
	norms []string
	lemma []string
	// normMasks and lemmaMasks hold, by token, the bits of the lists in
	// which its word or lemma starts an entry (lex.Mask), so that a list no
	// entry of which starts there costs no look-up. lists are lex's own, so
	// their bits are these masks' (a list without a bit is looked up in
	// full: see lexicon.Set.MatchMasked).
	normMasks, lemmaMasks []uint64
	c                     *Components
	// audienceAt marks phrases found to be an audience, by sentence.
	audienceAt [][]bool
	// outcome is set when a value states what changes for someone (a
	// result, what they can do, an outcome word), not only a good given.
	outcome bool
	// verbClause maps a token to the clause whose verb it is, and
	// phraseAt to the phrase it starts, so that look-ups by token stay
	// linear in the statement's length.
	verbClause []*Clause   // by token: the clause whose verb it is
	verbSent   []*Sentence // by token: the sentence of that clause
	phraseFrom []*Phrase   // by token: the phrase it starts
}

func (f *finder) run() {
	f.c = &f.a.Components
	n := len(f.a.Tokens)
	f.verbClause, f.verbSent, f.phraseFrom = make([]*Clause, n), make([]*Sentence, n), make([]*Phrase, n)
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for ci := range s.Clauses {
			f.verbClause[s.Clauses[ci].Verb] = &s.Clauses[ci]
			f.verbSent[s.Clauses[ci].Verb] = s
		}
		for pi := range s.Phrases {
			f.phraseFrom[s.Phrases[pi].First] = &s.Phrases[pi]
		}
	}
	f.norms = make([]string, len(f.a.Tokens))
	f.lemma = make([]string, len(f.a.Tokens))
	for i := range f.a.Tokens {
		f.norms[i] = f.a.Tokens[i].Norm
		if full, ok := clitics[f.norms[i]]; ok {
			f.norms[i] = full // "where we're headed" reads as the word lists write it, "where we are headed"
		}
		f.lemma[i] = f.a.Tokens[i].Lemma
	}
	f.normMasks, f.lemmaMasks = make([]uint64, len(f.norms)), make([]uint64, len(f.norms))
	for i := range f.norms {
		f.normMasks[i] = f.lex.Mask(f.norms[i])
		if f.lemma[i] == f.norms[i] {
			f.lemmaMasks[i] = f.normMasks[i]
		} else {
			f.lemmaMasks[i] = f.lex.Mask(f.lemma[i])
		}
	}
	f.audience()
	f.value()
	if f.c.presence[Audience] == Absent && f.c.presence[Value] == Present && f.valueInNamedPlace() {
		f.unsure(Audience) // "to cut waiting times for hearing tests in rural Powys": a thing made better in a named place is for whoever lives there
	}
	f.strategy()
	f.future()
	if f.c.presence[Value] == Absent && len(f.c.parts[Audience]) > 0 && f.pictureListedAfterColon() {
		f.unsure(Value) // "Standing up for family farmers …: fair prices, fair rules, and a voice in Parliament": what those named get, pictured after the colon, may be the benefit
	}
	f.differentiation()
	f.purpose()
	if f.a.OtherLanguage() {
		for k := range f.c.presence {
			if f.c.presence[k] == Absent {
				f.c.presence[k] = Unsure // "Rhoi cyfle i blant …": what English grammar does not find in another language may well be there
			}
		}
	}
}

// valueInNamedPlace reports whether a value is a burden taken away (a
// verb of removal: "cut", "reduce", "end") and a place named by its name
// follows it in its sentence, after "in", "across" or another preposition
// of place ("cut waiting times … in rural Powys"): where something is
// lifted, and so from whose people. Not "the safest bridges in Scotland",
// a ranking's place, nor "championing rowing on the Thames".
func (f *finder) valueInNamedPlace() bool {
	for _, part := range f.c.parts[Value] {
		si := f.a.sentenceOf(part.First)
		if si == nil || f.a.Tokens[part.First].Tag != Verb || f.a.Tokens[part.First].closed&clRemoval == 0 {
			continue
		}
		for pi := range si.Phrases {
			p := &si.Phrases[pi]
			if p.First >= part.First && f.a.Tokens[p.Head].Tag == ProperNoun && locative(p.Prep) && p.Det != "our" {
				return true
			}
		}
	}
	return false
}

// onlyActs reports whether every noun sense WordNet gives a word is an
// act ("physiotherapy", "acupuncture", "massage"): work done, which no
// other sense makes a manner or a feeling ("care" is also a feeling).
func onlyActs(e wordnet.Entry) bool {
	senses := e.Senses(wordnet.Noun)
	return senses != "" && strings.Trim(senses, string(rune(wordnet.NounAct))) == ""
}

// pictureListedAfterColon reports whether a sentence pictures, after its
// colon and without a verb, how things are (see future), and says of
// them how good they are: an adjective that is no participle ("fair
// prices"); not "six titles a year, … on recycled paper", counts.
func (f *finder) pictureListedAfterColon() bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		first, end := f.absoluteAfterColon(s)
		if first < 0 && !f.boasts(si) {
			first, end = f.pictureAfterColon(s), s.End
		}
		for k := max(first, 0); first >= 0 && k < end; k++ {
			if t := &f.a.Tokens[k]; t.Tag == Adjective && t.closed&grammarClasses == 0 && !(t.cands != nil && t.cands.verbForm&(Past|Ing) != 0) {
				return true
			}
		}
	}
	return false
}

// minOtherLanguageWords is how many words a statement needs before its
// language is judged: a short verbless line ("Clean cars, happy
// customers.") has no grammar words in any language.
const minOtherLanguageWords = 8

// OtherLanguage reports whether the statement is most likely in another
// language than English: of its words, leaving out names (capitalised
// words no dictionary knows) and numbers, under a fifth are English
// grammar words ("the", "we", "to", "of": a quarter to a half of English
// prose) and under seven in ten are known to WordNet or the grammar.
func (a *Analysis) OtherLanguage() bool {
	n, grammar, known := 0, 0, 0
	for i := range a.Tokens {
		t := &a.Tokens[i]
		if t.Is(Capitalised) && !t.known || t.Tag == Number {
			continue
		}
		n++
		if t.closed&grammarClasses != 0 {
			grammar++
		}
		if t.known {
			known++
		}
	}
	return n >= minOtherLanguageWords && grammar*5 < n && known*10 < n*7
}

func (f *finder) add(k Component, first, end int, specific bool) {
	f.addPart(k, Part{First: first, End: end, Specific: specific})
}

// addPicture records a future told as a picture in the present tense
// (see Part.Picture).
func (f *finder) addPicture(first, end int) {
	f.addPart(Future, Part{First: first, End: end, Picture: true})
}

func (f *finder) addPart(k Component, part Part) {
	if part.First >= part.End {
		return
	}
	parts := f.c.parts[k]
	for i := len(parts) - 1; i >= 0 && i >= len(parts)-8; i-- {
		if p := parts[i]; p.First <= part.First && part.End <= p.End && (part.Picture || !p.Picture) {
			f.c.presence[k] = Present
			return // the words are already part of one (found by the detectors just before)
		}
	}
	f.c.parts[k] = append(f.c.parts[k], part)
	f.c.presence[k] = Present
}

// addOutcome adds a value that says what changes for someone.
func (f *finder) addOutcome(first, end int) {
	f.add(Value, first, end, false)
	f.outcome = true
}

// unsure lowers a component that was not found from absent to unsure.
func (f *finder) unsure(k Component) {
	if f.c.presence[k] == Absent {
		f.c.presence[k] = Unsure
	}
}

// wordList names one of the lexicon lists the finder reads.
type wordList int

// The lists the finder reads, by their names in lexicons.txt (listNames).
const (
	actionVerbList wordList = iota
	benefitVerbList
	abstractVerbList
	abstractObjectList
	weakVerbsList
	actionNounList
	rankingList
	benefitOutcomeList
	audienceSpecificList
	audienceNotAfterList
	audienceGenericList
	abstractList
	purposeList
	meansMarkerList
	futureList
	differentiationList
	audienceQualifierList
	purchaseVerbList
	benefitNounList
	organisationNounList
	wordListCount
)

var listNames = [wordListCount]string{
	"action-verb",
	"benefit-verb",
	"abstract-verb",
	"abstract-object",
	"weak-verbs",
	"action-noun",
	"ranking",
	"benefit-outcome",
	"audience-specific",
	"audience-not-after",
	"audience-generic",
	"abstract",
	"purpose",
	"means-marker",
	"future",
	"differentiation",
	"audience-qualifier",
	"purchase-verb",
	"benefit-noun",
	"organisation-noun",
}

// finderLists caches, per collection of lexicons, the lists the finder
// reads: looking a list up by name for every word cost a twelfth of the
// analysis.
var finderLists sync.Map // *lexicon.Lexicons → *[wordListCount]*lexicon.Set

// listsOf returns the lists of lex the finder reads.
func listsOf(lex *lexicon.Lexicons) *[wordListCount]*lexicon.Set {
	if l, ok := finderLists.Load(lex); ok {
		return l.(*[wordListCount]*lexicon.Set)
	}
	l := new([wordListCount]*lexicon.Set)
	for i, name := range listNames {
		l[i] = lex.Get(name)
	}
	actual, _ := finderLists.LoadOrStore(lex, l)
	return actual.(*[wordListCount]*lexicon.Set)
}

// set returns a lexicon list.
func (f *finder) set(l wordList) *lexicon.Set { return f.lists[l] }

// has reports whether the list holds the word at token i, as written or
// as its lemma.
func (f *finder) has(l wordList, i int) bool {
	s := f.set(l)
	return s.HasMasked(f.norms[i], f.normMasks[i]) || s.HasMasked(f.lemma[i], f.lemmaMasks[i])
}

// matchNorm returns the length of the longest entry of the list that
// starts at token i, by the words as written.
func (f *finder) matchNorm(l wordList, i int) int {
	return f.set(l).MatchMasked(f.norms, f.normMasks, i)
}

// match returns the length of the longest entry of the list that starts
// at token i, by the words as written or by their lemmas.
func (f *finder) match(l wordList, i int) int {
	s := f.set(l)
	return max(s.MatchMasked(f.norms, f.normMasks, i), s.MatchMasked(f.lemma, f.lemmaMasks, i))
}

// clitics are the auxiliaries a pronoun's contraction holds, as the word
// lists write them in full ("'d" may be "had" or "would" and stays).
var clitics = map[string]string{"'re": "are", "'ve": "have", "'ll": "will", "'m": "am"}

// slot says how a phrase stands towards the statement's verbs, as someone
// it may serve.
type slot uint8

const (
	// noSlot: not as someone served (an actor, a place, a tool, a thing).
	noSlot slot = iota
	// weakSlot: possibly served ("working with communities", "the lives
	// of farmers").
	weakSlot
	// servedSlot: where a reader expects whom the work is for: after "for"
	// or "to", as the object of the organisation's verb, counted one by
	// one ("every canoeist"). A noun with a fair share of senses for people
	// counts as someone here ("for night-shift cleaners").
	servedSlot
	// unsureSlot: someone in a role the analysis cannot read as served or
	// not, such as the object of someone else's verb ("boats carrying
	// fishing families").
	unsureSlot
	// subjectSlot: as the subject of a clause about others ("every
	// keeper has …", "so that farmers can …") or as an owner ("patients'
	// lives"): someone, if the noun names someone.
	subjectSlot
)

// audience finds who the statement serves: people, groups, animals and
// places of business (by WordNet's classes of the head noun, so that
// "every canoeist" and "night-shift cleaners" count though no list holds
// them), and the generic nouns of the audience-generic list, where they
// stand as someone served — after "for" or "to", as the object of the
// organisation's verb, as the subject of a clause about others ("every
// keeper has …", "so that farmers can …"), as an owner ("patients' lives")
// — and not as the actor or a place ("where craft meets business", "the
// finest kettles in the world").
func (f *finder) audience() {
	f.audienceAt = make([][]bool, len(f.a.Sentences))
	doubt := false
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		f.audienceAt[si] = make([]bool, len(s.Phrases))
		for pi := range s.Phrases {
			p := &s.Phrases[pi]
			if p.Det == "our" && p.Referent == Place && p.Prep == "" {
				doubt = true // "help our region reach net zero": the place it serves, whose people may be served
				continue
			}
			if (p.Det == "our" || p.Det == "its" || p.Det == "their") && is(f.lemma[p.Head], clServedRole) && !f.a.Tokens[p.Head].Is(Possessive) {
				// "sharing and sustainability in our community", "a sector
				// that spends its money on its beneficiaries": the people it
				// (or whoever "its" is) serves, wherever they stand
				doubt = true
			}
			if f.handsOf(p) {
				doubt = true // "get clay into more hands", "back in residents' hands": the hands stand for their people
			}
			if p.Det == "our" && p.Prep == "" && p.Referent.Animate() && madeSureOf(f.a.Tokens, p.First) {
				doubt = true // "make sure our players retire with a degree": whom it makes sure of is served, though its own
			}
			if p.Referent == Self && p.Det == "our" && p.Prep == "" && f.a.Tokens[p.Head].Is(Plural) && f.futureSubject(s, pi) {
				doubt = true // "our lifeboat volunteers will have practised for it": the organisation's own people, pictured better off
			}
			if p.Referent == Self || ourPossessor(p) || p.Prep == "with" && p.Det == "our" && (p.Referent == Establishment || !p.Referent.Animate()) {
				continue // "our clinic's nurses", "with our evening workshops": the organisation's own
			}
			generic := f.generic(p) && !f.thingsOwn(s, pi)
			listed := f.listed(p)
			// "booking software for garden centres", "robots for
			// warehouses": a thing made for a kind of place is for whoever
			// runs it, though WordNet knows the place only as a building.
			candidate := p.Referent.Animate() || generic || listed || f.controls(s, pi) || f.actsAsSomeone(s, pi) || f.productForPlaces(s, pi)
			if candidate && p.Prep == "" && p.Referent == Group && f.keptOpen(s, pi) {
				doubt = true // "keep small-town newsrooms in Iowa in business": a body kept open for business stands for whoever runs it
			}
			maybe := !candidate && (p.MaybeAnimate || p.AnyAnimate && p.Distributive() || p.Referent == Unclear || p.Referent == Name ||
				p.Prep == "for" && (p.Referent == Place || f.a.Tokens[p.Head].entry.First(wordnet.Noun) == wordnet.NounGroup) && (f.a.Tokens[p.Head].Is(Plural) || p.Distributive()) &&
					strings.ContainsRune(f.a.Tokens[p.Head].entry.Senses(wordnet.Noun), 'G')) // "for towns that have lost their paper", "for delivery fleets": places, or groups of things, that are also their people
			if !candidate && (p.Referent == Place || p.Referent == Establishment) && (f.livesAsPeople(s, pi) || f.recipient(s, pi) || p.Prep == "to" && (f.givenBySelf(s, p.PrepAt) || f.ownedBy(s, pi))) {
				// "the towns along the route breathe cleaner air": a place
				// that breathes is its people; "provide software to garden
				// centres", "giving small centres expert care": whoever runs
				// them is served.
				doubt = true
				continue
			}
			if !candidate && !maybe && p.Referent == Thing && strings.ContainsRune(f.a.Tokens[p.Head].entry.Senses(wordnet.Noun), rune(wordnet.NounSocialGroup)) && f.suppliedRecipient(s, pi) {
				// "We supply nappy banks across Tyneside with bulk-bought
				// nappies": whom the organisation supplies with goods, a
				// word that is also a body of people (a bank is first a
				// river's), is that body
				doubt = true
				continue
			}
			if !candidate && !maybe && p.Prep == "to" && f.givenBySelf(s, p.PrepAt) && f.outcomeForThem(s, pi) {
				// "We lend restored ship models to small museums …, so they
				// can open displays …": what the organisation gives goes to
				// whoever then acts on it, an organisation served
				doubt = true
				continue
			}
			if !candidate && strings.ContainsRune(f.a.Tokens[p.Head].entry.Senses(wordnet.Noun), rune(wordnet.NounPerson)) && f.subjectOfTheirLot(s, pi) {
				// "Liveaboard boaters … will never again lose their homes": a
				// word with a sense for people, read as the organisation,
				// whose own home, life or work the clause speaks of is most
				// likely those people (a boater is first a hat)
				doubt = true
				continue
			}
			if !candidate && p.Prep == "for" && f.a.Tokens[p.Head].Is(Plural) && strings.ContainsRune(f.a.Tokens[p.Head].entry.Senses(wordnet.Noun), rune(wordnet.NounPerson)) && theyGainAfter(s, f.a.Tokens, pi) {
				// "… for new arrivals in Peterborough, so they don't miss
				// deadlines": a plural with a sense for people (an arrival
				// is first an act), that the result clause's "they" takes
				// up, is most likely those people
				doubt = true
				continue
			}
			if !candidate && !maybe && strings.ContainsRune(f.a.Tokens[p.Head].entry.Senses(wordnet.Noun), rune(wordnet.NounPerson)) && f.causedObject(s, pi) {
				// "inspiring young minds": whom a verb that moves someone to
				// act works on, in a word with a sense for people, may be
				// those people
				doubt = true
				continue
			}
			if !candidate && !maybe && (f.receivingSubject(s, pi) || f.sharedWith(s, pi)) && f.a.Tokens[p.Head].Is(Plural) && strings.ContainsRune(f.a.Tokens[p.Head].entry.Senses(wordnet.Noun), rune(wordnet.NounSocialGroup)) {
				// "Small food banks in Hull get every penny of …": what gets
				// something, or what the organisation shares it with ("juice
				// that we share with food banks"), in a word WordNet also has
				// for a body of people ("bank"), may be those bodies
				doubt = true
				continue
			}
			if !candidate && !maybe && f.recipient(s, pi) && (agentive(f.lemma[p.Head]) || f.usesGift(s, pi) || p.AnyAnimate) {
				// "gives cable jointers accurate job packs": whom something
				// is given, in a word shaped for people though WordNet knows
				// it only as a tool; "give small presses a way to publish
				// …": whom something is given, to do what people do;
				// "giving young mums a monthly supply of nappies": a word
				// with a sense for people (a mum is first a flower), given
				// something.
				doubt = true
				continue
			}
			if !candidate && p.Prep == "" && (p.Referent == Thing || p.Referent == Place) && f.keptOpen(s, pi) {
				doubt = true // "keep independent boatyards on the Solent open", "keep independent cinemas in small towns open": a place kept open for business stands for whoever runs it, whatever else its word may name
			}
			if (p.Referent == Place || p.Referent == Establishment || p.Referent == Group || p.Referent == Thing && strings.ContainsRune(f.a.Tokens[p.Head].entry.Senses(wordnet.Noun), rune(wordnet.NounEstablishment))) && f.theirsBettered(s, pi) {
				doubt = true // "collects used cooking oil from restaurants in Lisbon …, cutting their waste bills", "re-roof village halls …, cutting their heating bills": whose bills the work cuts is served, whatever the word names first (a hall is first a building)
			}
			if !candidate && (p.Referent == Thing || p.Referent == Place || p.Referent == Establishment) && f.paysPrice(s, pi) {
				doubt = true // "to cut the energy bills of village halls": whoever pays a bill or a rent is someone, whatever the word names first
			}
			if !candidate && !maybe {
				if p.Prep == "of" && p.Distributive() && pi > 0 && s.Phrases[pi-1].Prep == "within" && s.Phrases[pi-1].End == p.PrepAt {
					doubt = true // "within a mile of every front door": how near something is to every place is for whoever is there
				}
				if p.AnyAnimate && p.Referent == Place && f.a.Tokens[p.Head].Is(Plural) && f.slot(s, pi) == subjectSlot {
					doubt = true // "half the homes in Cornwall will make their own electricity": a home may be its household
				}
				if p.AnyAnimate && p.Prep == "" && f.a.Tokens[p.Head].Is(Plural) && strings.ContainsRune(f.a.Tokens[p.Head].entry.Senses(wordnet.Noun), rune(wordnet.NounGroup)) && f.runsTheirOwn(s, pi) {
					doubt = true // "small food banks across Canada will run their stockrooms": bodies at work on their own things, in a word WordNet also has for a body of people, may be those bodies
				}
				if p.AnyAnimate && f.a.Tokens[p.Head].Is(Plural) && f.livesInPicture(s, pi) {
					doubt = true // "a coast where seals haul out on beaches": what lives, moves or rests in a picture's place, in a word with a living sense, may be alive (a seal is first a stamp)
				}
				if h := &f.a.Tokens[p.Head]; p.AnyAnimate && h.Is(Plural) && h.entry.Freq(wordnet.Noun) == 0 && f.slot(s, pi) == subjectSlot {
					// "red kites will breed across the Wolds": where WordNet's
					// texts never saw the noun, the order of its senses says
					// nothing, and a subject with a living sense may be alive
					doubt = true
				}
				if p.Referent == Place && p.Distributive() && p.Prep == "" && f.slot(s, pi) == servedSlot {
					doubt = true // "reaching every corner of the globe", "serving every village": the places may be their people
				}
				if (p.Referent == Thing || p.Referent == Place) && p.Distributive() && locative(p.Prep) && len(s.Clauses) == 0 {
					doubt = true // "Zero food waste in every school kitchen by 2030": a picture of every place of a kind is of whoever works or lives there
				}
				if p.Referent == Service && p.Prep == "" && f.a.Tokens[p.Head].Is(Plural) && pi+1 < len(s.Phrases) && s.Phrases[pi+1].PrepAt == p.End && locative(s.Phrases[pi+1].Prep) &&
					f.slot(s, pi) == subjectSlot && f.activeSubject(s, pi) {
					doubt = true // "Hedgehog rescues across the Midlands will never run short …": services of a place, at work, may be the bodies that run them
				}
				continue
			}
			if maybe && p.Distributive() && (!f.excluded(s, pi) || locative(p.Prep)) {
				doubt = true // "within five minutes of every home", "water in every home": every X may be its people
			}
			if maybe && p.Referent == Place && p.Prep == "" && pi == 0 && p.End < s.End && f.a.Tokens[p.End].Norm == "with" && f.verbless(s) {
				doubt = true // "A neighbourhood with zero empty fridges": a place pictured, in a word that also names its people
				continue
			}
			sl := f.slot(s, pi)
			if sl == unsureSlot {
				doubt = true
				continue
			}
			if sl == noSlot {
				if candidate && !f.excluded(s, pi) && !f.hasRole(s, pi) {
					doubt = true // someone named, in a role the analysis cannot read
				}
				if p.Referent == Establishment && p.Distributive() && locative(p.Prep) {
					doubt = true // "healthy soil on every farm": every farm may be the people who work it
				}
				if p.Prep == "of" && (p.Referent == Person || p.Referent == Group) && p.Det != "our" {
					doubt = true // "decisions at every level of Tarnow County government": whose the thing is may be who is better off
				}
				if p.Possessor && (p.Referent == Person || p.Referent == Group || p.MaybeAnimate && p.Distributive()) && p.Det != "our" && p.Prep != "" {
					doubt = true // "weddings that feel like the couple's own day", "… of every commuter's day": the preposition is the owned thing's; its owner may be who is better off
				}
				if p.Det == "our" && (p.Referent == Person || p.Referent == Group) && f.futureSubject(s, pi) {
					doubt = true // "our packaging planners will start each morning with numbers they trust": the organisation's own people, pictured better off
				}
				if (p.Prep == "between" || p.Prep == "around") && (p.Referent == Person || p.Referent == Group) {
					// "resolve complaints between tenants and landlords",
					// "redesign services around the people who use them": the
					// parties, or those a service is shaped for, may be served.
					doubt = true
				}
				if (p.Referent == Establishment || p.Referent == Group || p.Referent == Person) && f.boughtFrom(s, pi) {
					doubt = true // "buy fleece direct from Teesdale farms": whom it pays may be whom it serves
				}
				if candidate && p.Det != "our" && (p.Prep == "by" || p.Prep == "from" && (p.Referent == Person || p.Referent == Group) && (!f.generic(p) || f.qualified(s, pi))) {
					// "every repair reported by a tenant", "data from
					// wheelchair users": who asks or gives may be who is
					// served; "songs sung by people of every age", anyone:
					// who does what is pictured may be who is better off
					doubt = true
				}
				if p.Referent == Name && !(si == 0 && p.First == s.First) && !locative(p.Prep) && !f.selfSubject(s, pi) && !f.excluded(s, pi) && !placeNamed(f.a.Tokens, p) {
					doubt = true // "the value of IT within ESDC": a name may be an organisation served; not "the orchards of the Teme Valley", a place
				}
				if maybe && p.Referent == Place && p.Prep == "" && pi == 0 && p.End < s.End && f.a.Tokens[p.End].Norm == "where" {
					doubt = true // "Neighbourhoods where no food is wasted …": a place pictured whose word also names its people
				}
				continue
			}
			if p.Referent == Unclear && f.a.Tokens[p.Head].Tag == Pronoun {
				// "giving them the time": whoever was named before; not a
				// share of something ("for half of what they pay").
				if of := pi + 1; of < len(s.Phrases) && s.Phrases[of].Prep == "of" && s.Phrases[of].PrepAt == p.End && !s.Phrases[of].Referent.Animate() {
					continue
				}
				if ref, ok := f.antecedent(si, pi); ok && sl != noSlot {
					f.audienceAt[si][pi] = true
					first, end := f.audienceSpan(s, pi)
					f.add(Audience, first, end, ref)
				}
				continue
			}
			if maybe {
				counted := f.a.Tokens[p.Head].Is(Plural) || p.Distributive() || p.Prep == "for" || p.Prep == "to"
				if (p.Referent == Unclear || p.Referent == Name) && !f.excluded(s, pi) {
					doubt = true // a word nobody can classify, or a name, where someone may be served; not "Wales's leading …", a ranking's place
					continue
				}
				if p.Referent == Thing && p.Prep == "" && f.handledObject(s, pi) && !f.recipient(s, pi) && f.withPhrase(s, p.End) < 0 {
					continue // "install solar panels": a thing a verb of handling things takes, though a panel may be of experts; not "supply village halls with logs"
				}
				if !((sl == servedSlot && (p.MaybeAnimate || p.AnyAnimate) && counted) || sl == subjectSlot && p.MaybeAnimate && p.Distributive()) {
					if sl == subjectSlot && p.MaybeAnimate && f.a.Tokens[p.Head].Is(Plural) {
						doubt = true // "small airlines across the islands will keep …": as many senses are businesses as things
					}
					continue // "bake sourdough": the likeliest reading is a thing; "every rural clinic will …" is someone
				}
				// "for night-shift cleaners": a noun with a fair share of
				// senses for people, where people are served.
			}
			f.audienceAt[si][pi] = true
			first, end := f.audienceSpan(s, pi)
			specific := listed || !generic || f.qualified(s, pi)
			f.add(Audience, first, end, specific)
		}
	}
	// A noun for people that only modifies another ("community change",
	// "patient care"), or opens a compound modifier ("patient-centred
	// care", "customer-centric"), may say who is served. Two or more
	// adjectives that are first words for people, listed before a state
	// or a quality ("lesbian, gay, bisexual and transgender equality"),
	// name them: whose the state is.
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for pi := range s.Phrases {
			p := &s.Phrases[pi]
			if p.Referent == Abstraction && !f.audienceAt[si][pi] {
				if first, n := f.peopleAdjectives(p); n >= 2 {
					f.audienceAt[si][pi] = true
					f.add(Audience, first, p.End, true)
				}
			}
			for k := p.First; k < p.Head; k++ {
				if t := &f.a.Tokens[k]; t.Tag == Noun && (t.entry.First(wordnet.Noun) == wordnet.NounPerson || f.set(audienceGenericList).Has(t.Norm) ||
					p.Distributive() && peopleOnly(t.entry)) {
					doubt = true // also "every family barbecue": each the family's own
				}
				if t := &f.a.Tokens[k]; t.Tag == Noun && p.Distributive() && p.Prep == "" && t.entry.First(wordnet.Noun) == wordnet.NounEstablishment && f.slot(s, pi) == subjectSlot && f.activeSubject(s, pi) {
					doubt = true // "no restaurant kitchen in Leeds works with a blunt knife": each kitchen at work is its restaurant's, whose cooks may be who is better off
				}
			}
		}
	}
	for i := range f.a.Tokens {
		if t := &f.a.Tokens[i]; t.Tag == Adjective && f.peopleModifier(t.Norm) || t.closed&clAddressee != 0 {
			doubt = true // "patient-centred care"; "software that gets out of your way": the reader
		}
	}
	if !doubt && len(f.c.Parts(Audience)) == 0 && f.namesPeoplesState() {
		doubt = true // "An end to homelessness in Leeds", "a future where cancer is no longer a death sentence": those in that state
	}
	if !doubt && len(f.c.Parts(Audience)) == 0 && f.protectedFrom() {
		doubt = true // "We protect GP surgeries and dental practices from ransomware": whoever runs what is kept from harm
	}
	if !doubt && len(f.c.Parts(Audience)) == 0 && f.forWhatNeedsIt() {
		doubt = true // "compost for the allotments and school gardens that need it": whoever tends what needs the work may be served
	}
	if !doubt && len(f.c.Parts(Audience)) == 0 && f.placeWhereActivity() {
		doubt = true // "a neighbourhood where making things by hand is part of ordinary life": whoever lives there does it
	}
	if !doubt && len(f.c.Parts(Audience)) == 0 && f.worldPictured() {
		doubt = true // "A world where coal carrying is celebrated": some careful readers take "a world" for everyone in it, as the labelling guide takes "the world"
	}
	if !doubt && len(f.c.Parts(Audience)) == 0 && f.forCountedOnes() {
		doubt = true // "Cloud for the next billion", "for the many": a count with no noun after it stands for people, most likely
	}
	if !doubt && len(f.c.Parts(Audience)) == 0 && f.thingNamedForPeople() {
		doubt = true // "Rural GP surgeries that stay open", "developer tools": a thing named for a kind of person is for them, most likely
	}
	if doubt {
		f.unsure(Audience)
	}
}

// thingNamedForPeople reports whether a phrase's head, not a living thing,
// follows a noun that names a kind of person by WordNet's first sense
// ("GP surgeries", "developer tools", "patient transport"): the word
// before the head says whom the thing is for, though not as an audience
// the grammar can place.
func (f *finder) thingNamedForPeople() bool {
	for si := range f.a.Sentences {
		for _, p := range f.a.Sentences[si].Phrases {
			if p.Referent.Animate() {
				continue
			}
			for i := p.First; i < p.Head; i++ {
				t := &f.a.Tokens[i]
				if (t.Tag == Noun || t.Tag == ProperNoun && acronym(t.Text)) && t.gap == 0 && t.entry.First(wordnet.Noun) == wordnet.NounPerson {
					return true
				}
			}
		}
	}
	return false
}

// paysPrice reports whether phrase pi of sentence s, after "of", says
// whose price it is ("the energy bills of village halls", "the rent of
// small workshops"): whoever pays it.
func (f *finder) paysPrice(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	return p.Prep == "of" && pi > 0 && s.Phrases[pi-1].End == p.PrepAt && f.a.Tokens[s.Phrases[pi-1].Head].closed&clPriceNoun != 0
}

// theirsBettered reports whether phrase pi, a plural, is the nearest
// plural that may own something before a "their" that a participle of
// result does good to ("collects used cooking oil from restaurants in
// Lisbon and turns it into biodiesel, cutting their waste bills"): what
// "their" points back to.
func (f *finder) theirsBettered(s *Sentence, pi int) bool {
	toks := f.a.Tokens
	if !toks[s.Phrases[pi].Head].Is(Plural) {
		return false
	}
	for ci := range s.Clauses {
		d := &s.Clauses[ci]
		if d.First <= s.Phrases[pi].End || !f.resultParticiple(s, d) || s.Phrases[d.Objects[0]].Det != "their" {
			continue
		}
		nearest := true
		for qi := pi + 1; qi < d.Objects[0]; qi++ {
			// a pronoun names no one new, and a thing has no bills ("presses
			// them into fuel logs, cutting their waste bills")
			if q := &s.Phrases[qi]; toks[q.Head].Is(Plural) && toks[q.Head].Tag != Pronoun && (q.Referent.Animate() || q.Referent == Place) {
				nearest = false
			}
		}
		if nearest {
			return true
		}
	}
	return false
}

// livesInPicture reports whether phrase pi is the subject of a clause
// that a picture's "where" opens, whose verb takes no object ("a coast
// where seals haul out on beaches"): what it does there, it does of
// itself, as living things do.
func (f *finder) livesInPicture(s *Sentence, pi int) bool {
	return s.subjectOf(pi, func(c *Clause) bool {
		return c.Opener == "where" && len(c.Objects) == 0 && c.Complement < 0 && !c.Negated && !f.passive(c)
	})
}

// keptOpen reports whether phrase pi of sentence s is what a clause keeps
// open or in business, or what stays or remains open ("keep village shops
// open", "keep newsrooms in business", "pubs that stay open"), or what a
// picture that opens with it shows open: open for business, as only a
// place that serves someone is.
func (f *finder) keptOpen(s *Sentence, pi int) bool {
	toks := f.a.Tokens
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Negated {
			continue
		}
		if len(c.Objects) > 0 && c.Objects[0] == pi {
			if c.Predicate >= 0 && toks[c.Predicate].Norm == "open" {
				return true
			}
			if k := afterPrepPhrases(s, toks, s.Phrases[pi].End, true); k < s.End && toks[k].Norm == "open" && toks[k].Tag == Adjective {
				return true // "keep independent boatyards [on the Solent] open"
			}
			for qi := pi + 1; qi < len(s.Phrases) && s.Phrases[qi].Prep != "" && s.Phrases[qi].PrepAt == s.Phrases[qi-1].End; qi++ {
				if q := &s.Phrases[qi]; q.Prep == "in" && q.Head == q.First && toks[q.Head].Norm == "business" {
					return true // "keep small-town newsrooms [in Iowa] in business": open for business, as "open" says
				}
			}
		}
		if c.Subject == pi && toks[c.Verb].closed&clLinking != 0 && c.Verb+1 < s.End && toks[c.Verb+1].Norm == "open" {
			return true
		}
	}
	if p := &s.Phrases[pi]; p.First == s.First && p.Prep == "" {
		k := afterPrepPhrases(s, toks, p.End, true)
		for k < s.End && toks[k].Tag == Adverb && toks[k-1].gap == 0 {
			k++ // "still"
		}
		return k < s.End && toks[k].Norm == "open" && toks[k].Tag == Adjective // "Every small-town petrol station still open in 2040": a picture of it open
	}
	return false
}

// forCountedOnes reports whether a phrase after "for" is "the" and a
// number or a quantifier with no noun after it ("for the next billion",
// "for the many, not the few"): the noun left out is most often people.
func (f *finder) forCountedOnes() bool {
	for si := range f.a.Sentences {
		for _, p := range f.a.Sentences[si].Phrases {
			if h := &f.a.Tokens[p.Head]; p.Prep == "for" && p.Det == "the" && p.Head == p.End-1 && (h.Tag == Number || h.Tag == Determiner) {
				return true
			}
		}
	}
	return false
}

// handledObject reports whether phrase pi is the only object of a verb
// that moves or makes things (see transfers), as its likeliest reading
// asks.
func (f *finder) handledObject(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; len(c.Objects) == 1 && c.Objects[0] == pi {
			v := &f.a.Tokens[c.Verb]
			return f.transfers(v) && v.closed&clSupplying == 0 // "supply village halls … with logs": whom it supplies
		}
	}
	return false
}

// activeSubject reports whether phrase pi is the subject of an active
// verb other than "be" ("no restaurant kitchen works …"), doing
// something, not having something done to it ("every farm cart will be
// restored").
func (f *finder) activeSubject(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Subject == pi {
			return !f.passive(c) && f.a.Tokens[c.Verb].closed&clBe == 0
		}
	}
	return false
}

// peopleOnly reports whether a noun is first a group of people and names
// no place, building or made thing in any sense ("family", "household";
// not "church", "school", "club" or "village", whose bell, bus, house or
// hall is a thing's).
func peopleOnly(e wordnet.Entry) bool {
	return e.First(wordnet.Noun) == wordnet.NounSocialGroup && !strings.ContainsAny(e.Senses(wordnet.Noun), placeOrThing)
}

// placeOrThing are the noun classes of a place, a building or a made thing.
const placeOrThing = string(rune(wordnet.NounEstablishment)) + string(rune(wordnet.NounArtifact)) + string(rune(wordnet.NounLocation))

// forWhatNeedsIt reports whether a phrase after "for" is described by a
// relative clause of wanting ("for the allotments and school gardens
// [that need it]"): what is made goes where it is needed.
func (f *finder) forWhatNeedsIt() bool {
	toks := f.a.Tokens
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			if !relativeOpener(c.Opener) || c.Subject < 0 || toks[c.Verb].closed&clDesire == 0 || c.Negated {
				continue
			}
			p := &s.Phrases[c.Subject]
			if r := p.Conjoined; r >= 0 {
				p = &s.Phrases[r]
			}
			if p.Prep == "for" {
				return true
			}
		}
	}
	return false
}

// placeWhereActivity reports whether a place is pictured by a "where"
// clause whose verb is an "-ing" form with no subject of its own ("a
// neighbourhood where making things by hand is …"): an activity whose
// doers go unnamed, most likely the place's people.
func (f *finder) placeWhereActivity() bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			if c.Opener != "where" || c.Kind != Gerund || c.OpenerAt < 1 {
				continue
			}
			for pi := range s.Phrases {
				if p := &s.Phrases[pi]; p.End == c.OpenerAt && p.Referent == Place {
					return true
				}
			}
		}
	}
	return false
}

// worldPictured reports whether a picture opens on "a world" or "a
// planet" ("A world where …", "a planet in which …").
func (f *finder) worldPictured() bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; p.Indefinite() && (f.lemma[p.Head] == "world" || f.lemma[p.Head] == "planet") && p.End < s.End && (f.a.Tokens[p.End].Tag == Subordinator || f.a.Tokens[p.End].Tag == Preposition) {
				return true
			}
		}
	}
	return false
}

// protectedFrom reports whether a clause keeps its object from harm: a
// verb of protecting, its object, then "from" or "against" ("protect GP
// surgeries from ransomware", "insure small boats against storm damage").
func (f *finder) protectedFrom() bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			if len(c.Objects) == 0 || c.Negated || f.a.Tokens[c.Verb].closed&clProtecting == 0 {
				continue
			}
			if prepPhraseAt(s, listEnd(s, c.Objects[0]), "from") >= 0 || prepPhraseAt(s, listEnd(s, c.Objects[0]), "against") >= 0 {
				return true
			}
		}
	}
	return false
}

// livesAsPeople reports whether phrase pi is the subject of a verb only
// the living do: WordNet's verbs of the body, of eating and drinking, of
// perceiving and of feeling ("breathe", "sleep", "eat", "hear", "fear"),
// or, for a word that may also name people, of owning, making or dealing
// with others ("a neighbourhood that owns less and makes more"). Said of a
// place, the verb is said of the people in it.
func (f *finder) livesAsPeople(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Subject == pi && c.Agent != Self {
			verb := c.Verb
			if d := f.ableTo(s, ci); d >= 0 {
				verb = s.Clauses[d].Verb // "every hatchery should be able [to spot] …": what the place is able to do
			}
			switch wordnet.Class(f.a.Tokens[verb].entry.First(wordnet.Verb)) {
			case wordnet.VerbBody, wordnet.VerbConsumption, wordnet.VerbPerception, wordnet.VerbEmotion:
				return true
			case wordnet.VerbPossession, wordnet.VerbCreation, wordnet.VerbSocial:
				if p := &s.Phrases[pi]; p.AnyAnimate && p.Prep == "" && !f.passive(c) {
					return true // "a neighbourhood that owns less and makes more": a place that is also its people, owning and making
				}
			}
		}
	}
	return false
}

// ableTo returns the infinitive clause that follows clause ci when ci says
// its subject is able to do it ("should be able [to spot] …"), or -1.
func (f *finder) ableTo(s *Sentence, ci int) int {
	c := &s.Clauses[ci]
	if f.a.Tokens[c.Verb].closed&clBe == 0 || c.Predicate < 0 || f.norms[c.Predicate] != "able" || ci+1 >= len(s.Clauses) {
		return -1
	}
	if d := &s.Clauses[ci+1]; d.Kind == Infinitive && d.First == c.Predicate+1 {
		return ci + 1
	}
	return -1
}

// passedOnTo reports whether clause c's object is followed by "on to" and
// someone served ("pass hand millinery on to the next generation of
// makers"): whatever the verb, something handed on to them.
func (f *finder) passedOnTo(s *Sentence, c *Clause) bool {
	end := f.conjoinedEnd(s, c.Objects[0])
	if end+1 >= s.End || f.norms[end] != "on" || f.norms[end+1] != "to" {
		return false
	}
	pi := prepPhraseAt(s, end+1, "to")
	return pi >= 0 && f.servedPhrase(s, pi)
}

// takenOff returns the end of the people served after "off" that directly
// follows clause c's object ("take the admin off [coaches and coxes]"):
// what is taken off someone is a load they no longer carry; or 0.
func (f *finder) takenOff(s *Sentence, c *Clause) int {
	end := f.conjoinedEnd(s, c.Objects[0])
	if end >= s.End || f.norms[end] != "off" {
		return 0
	}
	if pi := prepPhraseAt(s, end, "off"); pi >= 0 && f.servedPhrase(s, pi) {
		return f.conjoinedEnd(s, pi)
	}
	return 0
}

// leftAbleTo returns the infinitive clause after "able" (or another
// adjective of being set to act: "ready") that follows the verb of clause
// ci, past where it goes, when that verb is not "be" ("students leave
// able [to rebuild] a wall", "patients go home able [to walk]", "they go
// back to school ready [to speak up]"): what its subject can do once the
// verb is done; or -1. ableTo reads "be able to".
func (f *finder) leftAbleTo(s *Sentence, ci int) int {
	c := &s.Clauses[ci]
	if f.a.Tokens[c.Verb].closed&clBe != 0 || len(c.Objects) > 0 {
		return -1 // (not "… that families bring us fit to wear", what an object is made)
	}
	for k := c.Verb + 1; k+1 < s.End && k <= c.Verb+maxPhraseWords; k++ {
		if t := &f.a.Tokens[k]; t.Tag != Adjective || k > c.Verb+3 && !placeBetween(s, f.a.Tokens, c.Verb+1, k) {
			continue
		}
		for cj := ci + 1; cj < len(s.Clauses) && s.Clauses[cj].First <= k+1; cj++ {
			if d := &s.Clauses[cj]; d.Kind == Infinitive && d.First == k+1 {
				return cj
			}
		}
		return -1
	}
	return -1
}

// theyAfterServed reports whether phrase pi of sentence si is a pronoun
// whose referent is unclear ("They go back …") after a sentence that
// serves someone, or opens with people it serves: those people, most
// likely.
func (f *finder) theyAfterServed(si, pi int) bool {
	if f.pronounAfterServing(si, pi) {
		return true
	}
	p := &f.a.Sentences[si].Phrases[pi]
	if p.Referent != Unclear || f.a.Tokens[p.Head].Tag != Pronoun || si == 0 {
		return false
	}
	// "Teenagers who stammer spend a weekend with us …. They go back …":
	// people served, in the plural, who open the sentence before
	prev := &f.a.Sentences[si-1]
	return len(prev.Phrases) > 0 && f.audienceAt[si-1][0] && prev.Phrases[0].Prep == "" && f.a.Tokens[prev.Phrases[0].Head].Is(Plural)
}

// pronounAfterServing reports whether phrase pi of sentence si is a
// pronoun whose referent is unclear after a sentence in which the
// organisation serves someone ("We help small exporters …. They …").
func (f *finder) pronounAfterServing(si, pi int) bool {
	p := &f.a.Sentences[si].Phrases[pi]
	return p.Referent == Unclear && f.a.Tokens[p.Head].Tag == Pronoun && si > 0 && f.servedBefore(si)
}

// placeBetween reports whether tokens [from, to) are adverbs and
// prepositional phrases only ("back [to school]"): where someone goes.
func placeBetween(s *Sentence, toks []Token, from, to int) bool {
	for k := from; k < to; {
		if toks[k].Tag == Adverb {
			k++
			continue
		}
		moved := false
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; p.PrepAt == k && p.End <= to {
				k, moved = p.End, true
				break
			}
		}
		if !moved {
			return false
		}
	}
	return true
}

// leavesWith reports whether clause ci, in sentence si, has someone
// served, or "they" after a sentence that serves someone, go or leave
// with something that is not people ("They leave with a deck they
// shaped", "Graduates leave with a qualification"): a verb of motion,
// then "with" and what they take.
func (f *finder) leavesWith(si, ci int) bool {
	s := &f.a.Sentences[si]
	c := &s.Clauses[ci]
	subj := &s.Phrases[c.Subject]
	served := f.servedPhrase(s, c.Subject) && subj.Referent.Animate() ||
		f.pronounAfterServing(si, c.Subject)
	if !served || wordnet.Class(f.a.Tokens[c.Verb].entry.First(wordnet.Verb)) != wordnet.VerbMotion {
		return false
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.Prep == "with" && p.PrepAt == c.End {
			return !p.Referent.Animate() && !p.MaybeAnimate
		}
	}
	return false
}

// subjectOfTheirLot reports whether phrase pi is the subject of a clause
// read as the organisation's whose object is "their" and what people have
// or are ("lose their homes", "keep their jobs"): the possession nouns. An
// organisation's name takes "its"; a subject that has homes is its people
// ("Liveaboard boaters …", a capitalised word no dictionary knows read as
// a name).
func (f *finder) subjectOfTheirLot(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Subject != pi || c.Agent != Self || len(c.Objects) == 0 {
			continue
		}
		if o := &s.Phrases[c.Objects[0]]; o.Det == "their" && f.a.Tokens[o.Head].closed&clPossessionNoun != 0 {
			return true
		}
	}
	return false
}

// theyGainAfter reports whether a clause of result after phrase pi ("so
// they …", "so that they …") has "they" as its subject, and no plural
// phrase stands between pi and it: "they" takes up pi.
func theyGainAfter(s *Sentence, toks []Token, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Opener != "so" && c.Opener != "so that" || c.OpenerAt < s.Phrases[pi].End || c.Subject < 0 || toks[s.Phrases[c.Subject].Head].Norm != "they" {
			continue
		}
		for qi := pi + 1; qi < c.Subject; qi++ {
			if q := &s.Phrases[qi]; q.Referent != Name && toks[q.Head].Is(Plural) {
				return false
			}
		}
		return true
	}
	return false
}

// runsTheirOwn reports whether phrase pi is the subject of a clause, not
// negated, whose object is "their" own ("run their stockrooms").
func (f *finder) runsTheirOwn(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Subject != pi || c.Negated || c.Agent == Self {
			continue
		}
		for _, o := range c.Objects {
			if s.Phrases[o].Det == "their" {
				return true
			}
		}
	}
	return false
}

// thingsOwn reports whether a phrase that does not name people belongs to
// a thing: "the working life of lighthouse equipment", "the world of
// finance"; not "the lives of patients", nor "users of the app", who are
// people whatever follows.
func (f *finder) thingsOwn(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	if p.Referent.Animate() || p.Referent == Everyone || pi+1 >= len(s.Phrases) {
		return false
	}
	o := &s.Phrases[pi+1]
	return o.Prep == "of" && o.PrepAt == p.End && (o.Referent == Thing || o.Referent == Abstraction || o.Referent == Service) && !o.AnyAnimate && !f.generic(o)
}

// peopleModifier reports whether a hyphenated modifier opens with a noun
// for people ("patient-centred", "customer-focused", "farmer-led").
func (f *finder) peopleModifier(w string) bool {
	first, _, ok := strings.Cut(w, "-")
	if !ok || first == "" {
		return false
	}
	if f.set(audienceGenericList).Has(first) {
		return true
	}
	e, ok := wordnet.Base(first, wordnet.Noun)
	return ok && e.First(wordnet.Noun) == wordnet.NounPerson && e.Freq(wordnet.Noun) >= e.Freq(wordnet.Adjective) // not "same-day"
}

// antecedent finds what a pronoun ("them", "they") stands for, and
// reports whether it is an audience and a specific one. A pronoun that
// receives ("giving them an hour") stands for the last someone named; any
// other ("sharpen them") for the last phrase that was a subject or an
// object ("the tools").
func (f *finder) antecedent(si, pi int) (specific, ok bool) {
	s := &f.a.Sentences[si]
	recipient := s.Phrases[pi].Prep == "for" || s.Phrases[pi].Prep == "to"
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; len(c.Objects) == 2 && c.Objects[0] == pi {
			recipient = true
		}
	}
	for sj := si; sj >= 0 && sj >= si-1; sj-- {
		t := &f.a.Sentences[sj]
		last := len(t.Phrases) - 1
		if sj == si {
			last = pi - 1
		}
		for k := last; k >= 0; k-- {
			q := &t.Phrases[k]
			if f.a.Tokens[q.Head].Tag == Pronoun && q.Referent != Everyone || !recipient && (q.Prep != "" || q.Referent == Self) {
				continue // a non-recipient stands for a subject or an object, not a preposition's phrase
			}
			if f.audienceAt[sj][k] {
				for _, part := range f.c.parts[Audience] {
					if part.End == q.Head+1 {
						return part.Specific, true
					}
				}
				return true, true
			}
			if !recipient {
				return false, false // "the tools … sharpen them"
			}
			if q.Referent == Person || q.Referent == Group {
				return !f.generic(q) || f.qualified(t, k), true // "employs people recovering from addiction …, giving them paid work": whoever the pronoun stands for receives, whatever the verb before did to them
			}
		}
	}
	return false, false
}

// standsFor returns the phrase a pronoun object stands for: the last
// subject or object before it in its sentence that is no pronoun and not
// the organisation ("moves parcels … for local shops, getting [them] to
// customers": the parcels); any other phrase stands for itself.
func (f *finder) standsFor(s *Sentence, pi int) *Phrase {
	p := &s.Phrases[pi]
	if p.Referent != Unclear || f.a.Tokens[p.Head].Tag != Pronoun || p.Prep != "" {
		return p
	}
	for k := pi - 1; k >= 0; k-- {
		q := &s.Phrases[k]
		if q.Prep != "" || q.Referent == Self || q.Possessor || f.a.Tokens[q.Head].Tag == Pronoun {
			continue
		}
		if f.hasRole(s, k) {
			return q
		}
	}
	return p
}

// timesCounted reports whether phrase pi counts times ("five nights",
// "every morning"): a number or a word that counts one by one, before a
// noun of time. Not "a week" or "an hour", which a verb of giving takes
// as its second object ("give young carers a week off"), unlike howOften's
// "a week" after a phrase that is no object of giving.
func (f *finder) timesCounted(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	if p.Prep != "" || p.Head == p.First || !timeNoun(&f.a.Tokens[p.Head]) {
		return false
	}
	return f.a.Tokens[p.First].Tag == Number || p.Distributive()
}

// howOften reports whether phrase pi, with no preposition, says how often
// or for how long: a time counted ("five nights"), occasions counted
// ("three times"), or one of a period ("a week", "per month").
func (f *finder) howOften(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	if p.Prep != "" {
		return false
	}
	if f.a.Tokens[p.First].Tag == Number && f.lemma[p.Head] == "time" && p.Head > p.First {
		return true
	}
	return f.timesCounted(s, pi) || timeNoun(&f.a.Tokens[p.Head]) && (p.Indefinite() || p.Det == "per")
}

// thingBefore returns, when phrase pi is "it" as an object, the phrase it
// most likely stands for: the nearest before it, in the sentence, that
// names a thing and has a role; or nil.
func (f *finder) thingBefore(s *Sentence, pi int) *Phrase {
	p := &s.Phrases[pi]
	if p.Prep != "" || f.a.Tokens[p.Head].Norm != "it" {
		return nil
	}
	for k := pi - 1; k >= 0; k-- {
		q := &s.Phrases[k]
		if q.Referent == Self || q.Possessor || f.a.Tokens[q.Head].Tag == Pronoun || q.Prep != "" && q.Prep != "of" {
			continue
		}
		if q.Referent == Thing && f.hasRole(s, k) {
			return q
		}
		return nil
	}
	return nil
}

// hasRole reports whether the parse gave a phrase a role: subject or
// object of a clause, or the object of a preposition. A phrase without one
// is something the analysis did not understand.
func (f *finder) hasRole(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	if p.Prep != "" || p.Possessor {
		return true
	}
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Subject == pi {
			return true
		}
		for _, o := range c.Objects {
			if o == pi || s.Phrases[o].Conjoined == pi || p.Conjoined == o {
				return true
			}
		}
	}
	return false
}

// locative reports whether a preposition places what follows ("in
// Scotland", "across the valley").
func locative(prep string) bool { return is(prep, clLocative) }

// controls reports whether a phrase does what the organisation helps it
// do ("help village halls cut their heating bills"): whatever its noun,
// it acts, so it is someone.
func (f *finder) controls(s *Sentence, pi int) bool {
	switch p := &s.Phrases[pi]; p.Referent {
	case Self:
		return false
	case Thing, Abstraction:
		if !p.AnyAnimate {
			return false // "keep water flowing": a thing kept going, no one made able; "help poetry presses publish": presses that publish are firms
		}
	case Place:
		if !f.a.Tokens[p.Head].Is(Capitalised) {
			return false
		}
		// a named place that acts stands for its people: "helping Britain prosper"
	}
	p := &s.Phrases[pi]
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Governor >= 0 && c.Subject == pi && s.Clauses[c.Governor].Agent == Self && f.a.Tokens[s.Clauses[c.Governor].Verb].closed&clInstrumental == 0 {
			return true
		}
		if p.Prep == "for" && c.Kind == Infinitive && c.First == p.End && f.a.Tokens[p.End-1].gap == 0 && (p.Referent == Service || p.Referent == Establishment || p.Referent == Name) {
			return true // "free for emergency services to use": whoever is to use it acts
		}
	}
	return false
}

// selfSubject reports whether a phrase is the subject of a clause of the
// organisation's ("A decade from now, [the Marsh Road Trust] will own …").
func (f *finder) selfSubject(s *Sentence, pi int) bool {
	return s.subjectOf(pi, func(c *Clause) bool { return c.Agent == Self })
}

// actsAsSomeone reports whether a phrase is the subject of a verb only
// people do: thinking, telling, dealing with others, feeling, perceiving
// (WordNet's verb classes). "Small weaving mills will plan their orders":
// whatever the noun, its people plan.
func (f *finder) actsAsSomeone(s *Sentence, pi int) bool {
	switch s.Phrases[pi].Referent {
	case Thing, Establishment, Group:
	default:
		return false
	}
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if v := &f.a.Tokens[c.Verb]; c.Subject == pi && c.Agent != Self && !f.passive(c) && v.closed&clDesire != 0 && v.Lemma != "need" {
			return true // "every tower that wants to ring again": only someone wants, its ringers; but a roof needs repair
		}
		if c.Subject != pi || c.Agent == Self || f.passive(c) || len(c.Objects) == 0 && c.Complement < 0 {
			continue // "church bells ring" is a sound; "mills plan orders" is someone's act
		}
		if s.Phrases[pi].Referent == Thing && relativeOpener(c.Opener) {
			continue // "an ecosystem of solutions that empowers logistics": what a thing is for, not anyone's act
		}
		if peoplesVerb(&f.a.Tokens[c.Verb]) {
			return true // not "turbines make electricity", a light verb
		}
	}
	return false
}

// usesGift reports whether whom something is given goes on to do with it
// what people do, or to make something: "give small poetry presses a way
// to publish …", whatever WordNet makes of the noun.
func (f *finder) usesGift(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Subject != pi || c.Governor < 0 || c.Negated || f.passive(c) {
			continue
		}
		v := &f.a.Tokens[c.Verb]
		if peoplesVerb(v) || v.closed&clLightVerb == 0 && wordnet.Class(v.entry.First(wordnet.Verb)) == wordnet.VerbCreation {
			return true
		}
	}
	return false
}

// generic reports whether a phrase names people at large: "everyone",
// "people", "the world", "customers", "businesses".
func (f *finder) generic(p *Phrase) bool {
	if p.Referent == Everyone {
		return true
	}
	if f.has(audienceGenericList, p.Head) {
		return true
	}
	for k := p.First; k <= p.Head; k++ {
		if n := f.matchNorm(audienceGenericList, k); n > 0 && (k+n == p.Head+1 || k+n == p.Head && f.match(benefitOutcomeList, p.Head) > 0) {
			return true // "the public", "for the public benefit": a good of people at large
		}
	}
	// "a world where …" is the world as "the world" is.
	last := lastWords(f.set(audienceGenericList))
	return last[f.norms[p.Head]] || last[f.lemma[p.Head]]
}

// lastWordsOf caches, per word list, the last words of its entries of
// several words ("world" of "the world").
var lastWordsOf sync.Map // *lexicon.Set → map[string]bool

func lastWords(g *lexicon.Set) map[string]bool {
	if m, ok := lastWordsOf.Load(g); ok {
		return m.(map[string]bool)
	}
	m := map[string]bool{}
	for _, e := range g.Entries() {
		if i := strings.LastIndexByte(e, ' '); i > 0 && !strings.HasSuffix(e, "'s") {
			m[e[i+1:]] = true
		}
	}
	lastWordsOf.Store(g, m)
	return m
}

// qualified reports whether a generic phrase is made definite by a
// modifier ("young people", "independent retailers") or by what follows
// it ("users of the Zcash protocol", "people who code"; not "people of all
// ages" or "customers around the world").
func (f *finder) qualified(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	toks := f.a.Tokens
	// "healthier lives", "a secure digital world", "a greener planet": the
	// words before these say what the whole is like, not which part of it
	whole := f.lemma[p.Head] == "life" || f.norms[p.Head] == "lives" || f.lemma[p.Head] == "world" || f.lemma[p.Head] == "planet"
	for k := p.First; k < p.Head; k++ {
		t := &toks[k]
		if t.Tag == Determiner || t.Tag == Number || t.closed&clVagueModifier != 0 || f.set(audienceNotAfterList).Has(t.Norm) {
			continue
		}
		if whole {
			continue // "healthier lives", "working life": what the life is like, not whose
		}
		if f.set(audienceQualifierList).Has(t.Norm) {
			return true
		}
		if t.Tag == Noun || t.Tag == ProperNoun || t.Tag == Verb || t.Tag == Adjective && classifying(t) {
			return true // "member stations", "Canadian citizens", "working parents"
		}
	}
	if p.End+1 < s.End && toks[p.End].Tag == Verb && toks[p.End].Form&(Ing|Past) != 0 && toks[p.End-1].gap == 0 && toks[p.End].gap == 0 {
		return true // "the people living under it", "families affected by flooding"
	}
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Subject == pi && c.Opener == "where" && c.OpenerAt > s.First {
			for qi := range s.Phrases {
				if q := &s.Phrases[qi]; q.End == c.OpenerAt && toks[q.Head].Tag == ProperNoun {
					return true // "A Marlshire where everyone …": everyone of a named place
				}
			}
		}
	}
	if p.End < s.End {
		next := toks[p.End].Norm
		if (next == "of" || next == "who" || next == "that" || next == "in" || next == "from") && p.End+1 < s.End {
			after := &toks[p.End+1]
			vague := after.Norm == "all" || after.Norm == "every" || after.Norm == "the" && p.End+2 < s.End && toks[p.End+2].Norm == "world"
			if next == "who" || next == "that" {
				vague = false
			}
			if next == "in" && (after.Norm == "the" || after.Norm == "need" || after.Norm == "which") {
				return next == "in" && after.Norm == "need" // not "a society in which …", a picture of it
			}
			return !vague
		}
	}
	return false
}

// classifying reports whether an adjective sorts people into a kind
// rather than praising them: a relational adjective ("rural", "medical",
// "Canadian"), which WordNet files as relating to a noun, or a word it
// does not know ("low-income").
func classifying(t *Token) bool {
	if !t.known || strings.Contains(t.Norm, "-") {
		return true
	}
	e, ok := wordnet.Base(t.Lemma, wordnet.Adjective)
	if !ok {
		e, ok = wordnet.Base(t.Norm, wordnet.Adjective)
	}
	return ok && e.Share(wordnet.Adjective, wordnet.AdjectivePertainym) >= minShare
}

// audienceSpan returns the words that name an audience: the phrase less
// its determiners, with a qualifying phrase after it.
func (f *finder) audienceSpan(s *Sentence, pi int) (int, int) {
	p := &s.Phrases[pi]
	first := p.First
	for first < p.Head && f.a.Tokens[first].Tag == Determiner && f.a.Tokens[p.Head].Tag != Adjective { // "the poor", "those affected": no noun, so the determiner stays
		first++
	}
	return first, p.Head + 1
}

// boughtFrom reports whether phrase pi, after "from", says whom a buying
// verb's object is bought from: the phrase right after the object ("buy
// fleece direct from Teesdale farms").
func (f *finder) boughtFrom(s *Sentence, pi int) bool {
	if s.Phrases[pi].Prep != "from" || pi == 0 {
		return false
	}
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if len(c.Objects) > 0 && c.Objects[len(c.Objects)-1] == pi-1 && f.match(purchaseVerbList, c.Verb) > 0 {
			return true
		}
	}
	return false
}

// stateAfter reports whether, after clause c's verb and within the
// clause, a bare noun of a state or a feeling follows "in" or "with" ("in
// comfort", "with confidence"): the state in which the subject acts.
func (f *finder) stateAfter(s *Sentence, c *Clause) bool {
	end := s.End
	for ci := range s.Clauses {
		if d := &s.Clauses[ci]; d.First > c.Verb && d.First < end {
			end = d.First
		}
	}
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.PrepAt < c.End || p.PrepAt >= end || p.Det != "" || p.Prep != "in" && p.Prep != "with" {
			continue
		}
		if f.feelingOrState(p) {
			return true
		}
	}
	return false
}

// outcomeForThem reports whether a clause of purpose after phrase pi has a
// pronoun for its subject ("… by training six weavers a year, so each can
// start a business", "so that they …"): the people pi names may be those
// the outcome is for.
func (f *finder) outcomeForThem(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Subject <= pi || c.OpenerAt < 0 || phraseAt(f.a.Tokens, c.OpenerAt, clResult) == 0 {
			continue
		}
		if q := &s.Phrases[c.Subject]; q.Referent == Unclear && f.a.Tokens[q.Head].Tag == Pronoun {
			return true
		}
	}
	return false
}

// excluded reports whether a phrase stands where no one is served: a place
// ("in the world"), a ranking ("the world's leading", "best in the
// world"), a comparison.
func (f *finder) excluded(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	toks := f.a.Tokens
	if is(p.Prep, clLocative|clNotServed) && !(locative(p.Prep) && (p.Possessor || p.Prep == "in") && p.Distributive() && (p.Referent == Person || p.Referent == Animal)) &&
		!((p.Prep == "over" || p.Prep == "under") && p.Distributive() && (p.Referent == Person || p.Referent == Group || p.Referent == Animal)) &&
		!f.conditionIn(s, pi) {
		// but "a library card in [every newcomer's] pocket": the place is
		// theirs; "a love of reading in [every child]": what grows in
		// someone; "a weatherproof roof over [every family]": what covers
		// each of them
		return true
	}
	if p.Prep == "of" && (p.Referent == Name || p.Referent == Place) && pi > 0 && s.Phrases[pi-1].End == p.PrepAt && f.excluded(s, pi-1) {
		return true // "in [the North] of England", "across the heart of Leeds": more of a place, as what it belongs to is
	}
	switch wordnet.Class(toks[p.Head].entry.First(wordnet.Noun)) {
	case wordnet.NounTime, wordnet.NounQuantity:
		if !ageWritten(toks, p) {
			return true // "every week", "each month": when, not whom; not "16 year olds" ("old" is also the past)
		}
	}
	if p.End < s.End && (toks[p.End].Norm == "where" || toks[p.End].Norm == "wherein" || toks[p.End].Norm == "in" && p.End+1 < s.End && toks[p.End+1].Norm == "which") &&
		!(p.Referent.Animate() && p.Referent != Everyone) {
		return true // "a world where …": the picture, not someone in it; but "a society in which …" is its people
	}
	if p.Referent == Person || p.Referent == Animal {
		return false // "a developer's first day", "a child's first book": a ranking word after someone's own
	}
	notAfter := f.set(audienceNotAfterList)
	if p.Possessor && p.End < s.End && notAfter.Has(toks[p.End].Norm) {
		return true // "the world's leading …"
	}
	if p.Possessor && pi+1 < len(s.Phrases) {
		next := &s.Phrases[pi+1]
		for k := next.First; k < next.End; k++ {
			if f.match(rankingList, k) > 0 || notAfter.Has(toks[k].Norm) {
				return true
			}
		}
	}
	return false
}

// afterFeeling reports whether phrase pi's preposition (shared by the
// phrases joined to it) follows a noun of feeling ("passion for theatre",
// "in love with the fells and the lakes"): the phrase is what the feeling
// is for.
func (f *finder) afterFeeling(s *Sentence, pi int) bool {
	at := s.Phrases[pi].PrepAt
	return at > s.First && f.a.Tokens[at-1].Tag == Noun && f.a.Tokens[at-1].entry.First(wordnet.Noun) == wordnet.NounFeeling
}

// conditionIn reports whether phrase pi is people after "in", right after
// a state or a process they are in ("prevent tooth decay in children",
// "loneliness in older people", "hearing loss in older shoppers", a state
// as WordNet holds the compound): those people are the ones the work is
// for.
func (f *finder) conditionIn(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	if p.Prep != "in" || pi == 0 || !(p.Referent == Person || p.Referent == Group || p.Referent == Animal) || f.a.Tokens[p.Head].Tag == ProperNoun {
		return false // not "in Wester Ross", a place named after someone
	}
	if end := s.Phrases[pi-1].End; end != p.PrepAt && !(end+1 == p.PrepAt && (f.a.Tokens[end].Tag == Adverb || f.a.Tokens[end].Tag == Adjective) && f.a.Tokens[end].gap == 0) {
		return false // right after the state, or past a word of when ("spot hearing loss early in older shoppers")
	}
	state := f.a.Tokens[s.Phrases[pi-1].Head].entry
	if e, ok := compound(f.a.Tokens, &s.Phrases[pi-1]); ok {
		state = e
	}
	switch state.First(wordnet.Noun) {
	case wordnet.NounState, wordnet.NounProcess, wordnet.NounAttribute, wordnet.NounFeeling, wordnet.NounPhenomenon:
		return true
	}
	return false
}

// listedAfterThings reports whether phrase pi is joined to a list that
// names a thing or a service before it, after "with" and a clause of the
// organisation's work ("… faster and fairer, with fixed prices, same-day
// parts and a mechanic"): what such a list holds is provided, people
// included. Not in a picture the organisation sees ("pictures a quarter
// with quiet lanes, and shopkeepers who …"), which is how things will be.
func (f *finder) listedAfterThings(s *Sentence, pi int) bool {
	root := s.Phrases[pi].Conjoined
	if root < 0 {
		return false
	}
	at, last := s.Phrases[root].PrepAt, -1
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Verb < at && (last < 0 || c.Verb > s.Clauses[last].Verb) {
			last = ci // the clause the phrase comes after
		}
	}
	if last < 0 || s.Clauses[last].Agent != Self || f.a.Tokens[s.Clauses[last].Verb].closed&(clPicturing|clCopula) != 0 {
		return false
	}
	for qi := root; qi < pi; qi++ {
		if q := &s.Phrases[qi]; (qi == root || q.Conjoined == root) && (q.Referent == Thing || q.Referent == Service || q.Referent == Abstraction) {
			return true
		}
	}
	return false
}

// slot returns how a phrase stands as someone served.
func (f *finder) slot(s *Sentence, pi int) slot {
	p := &s.Phrases[pi]
	if p.Prep == "on" && pi > 0 && s.Phrases[pi-1].End == p.PrepAt && is(f.lemma[s.Phrases[pi-1].Head], clInfluenceNoun) && (p.Referent.Animate() || f.generic(p)) {
		return servedSlot // "a transformative impact on our students": "on" marks a place elsewhere
	}
	if p.Prep == "on" && p.Referent == Person && p.PrepAt > s.First && f.a.Tokens[p.PrepAt-1].Tag == Verb && f.afterSelfVerb(s, p.PrepAt) {
		return unsureSlot // "Our surgeons operate on children with cleft lip …": those the work is done on may be whom it serves
	}
	if p.Referent.Animate() && f.caredForBy(s, pi) {
		return servedSlot // "on the people they feed", "the patients we treat": whom a clause that describes them cares for, after any preposition
	}
	if f.conditionIn(s, pi) {
		return servedSlot // "prevent tooth decay in children": those in the state the work changes
	}
	if f.excluded(s, pi) {
		return noSlot
	}
	if p.Conjoined >= 0 && p.Prep == "" {
		if r := f.slot(s, p.Conjoined); r != noSlot {
			return r
		}
	}
	prep := p.Prep
	if prep == "of" && quantityOf(s, f.a.Tokens, pi) && subjectOfAny(s, pi) {
		prep = "" // "90% of small vineyards [will forecast]": the subject
	}
	switch prep {
	case "to":
		if p.Referent.Animate() || f.generic(p) {
			return servedSlot // "lend boats to rowing clubs"; not "to the county hospital"
		}
		if p.AnyAnimate && p.Referent != Unclear && pi > 0 && f.afterSelfVerb(s, p.PrepAt) {
			return unsureSlot // "sell it to the municipalities" (a place, or its council), "lend e-bikes to commuters" (a commuter is also a train)
		}
		return noSlot
	case "for", "among", "amongst", "toward", "towards":
		if prep == "for" && !isSomeone(p.Referent) && p.Referent != Everyone && !f.generic(p) && f.afterFeeling(s, pi) {
			return noSlot // "passion for theatre", "a love for the fells": what the feeling is for, not whom it serves
		}
		return servedSlot

	case "of":
		if q := pi - 1; q >= 0 && s.Phrases[q].End == p.PrepAt && (s.Phrases[q].Prep == "for" || s.Phrases[q].Prep == "on" || s.Phrases[q].Prep == "in") &&
			f.has(benefitNounList, s.Phrases[q].Head) && (p.Referent.Animate() || f.generic(p)) {
			return servedSlot // "for the sake of its seabirds and seals", "on behalf of tenants": whom the work is for
		}
		if p.Referent == Person || p.Referent == Everyone || p.Distributive() && p.Referent.Animate() || pi > 0 && (f.belongsToSomeone(&s.Phrases[pi-1]) || p.Referent.Animate() && f.selfObject(s, pi-1)) {
			return weakSlot // "the health of patients", "the generosity of donors", "within a walk of every family", "within reach of anyone who …"
		}
		return noSlot
	case "with", "alongside", "beside", "besides":
		if p.Distributive() {
			return servedSlot
		}
		if prep == "with" && isSomeone(p.Referent) && f.listedAfterThings(s, pi) {
			return noSlot // "with fixed prices, same-day parts and a mechanic who explains every job": someone provided, as the things before are
		}
		if prep == "with" && p.Det == "a" && p.Referent == Person && f.afterPeopleObject(s, pi) {
			return noSlot // "visit people at home every week with a trained volunteer": one who goes with the work done to others is its means
		}
		return weakSlot
	case "":
	default:
		if p.Distributive() {
			return weakSlot // "around every village school"
		}
		return noSlot
	}
	toks := f.a.Tokens
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		for k, o := range c.Objects {
			if o != pi && !(p.Conjoined == o && p.Prep == "" && isSomeone(p.Referent) && !isSomeone(s.Phrases[o].Referent)) {
				continue // people joined to a thing the verb takes stand as its object too: "publishes debut and overlooked writers"
			}
			v := &toks[c.Verb]
			if v.closed&clClauseVerb != 0 && finiteSubject(s, pi) {
				continue // "which means [hire-boat companies] can take bookings": the subject of the clause the verb takes, not its object
			}
			switch {
			case v.Lemma == "make" && c.Agent != Self && p.Referent == Person && toks[p.Head].Is(Plural) && c.Complement < 0 && c.Predicate < 0 && len(c.Objects) == 1:
				return noSlot // "so they can make friends": people someone else makes are company gained, not served
			case v.closed&clCopula != 0 && len(c.Objects) == 1:
				if f.pictureAfterKind(s, c, pi) {
					return subjectSlot // "Our vision is a more inclusive society": the statement's picture, as it would be without its kind
				}
				if c.Agent == Self {
					return noSlot // "to be the leading provider": the organisation itself
				}
				return weakSlot
			case v.closed&clInstrumental != 0 && p.Referent == Person && c.Agent != Unclear:
				return unsureSlot // "employs former rough sleepers as shoe shiners": people taken on may be whom the work is for
			case v.closed&clInstrumental != 0:
				return noSlot // "use drones": a tool
			case c.Agent == Self && f.passive(c) && v.closed&(clGiving|clDitransitive) == 0:
				return noSlot // "to be ranked the number one dental group": what the organisation is named
			case f.recipient(s, pi) && p.Referent.Animate():
				return servedSlot // "by giving care workers a scanner", "give bookshops cheaper stock": whom something is given
			case (c.Opener == "by" || c.Opener == "through") && (is(f.lemma[p.Head], clServedRole) || is(f.norms[p.Head], clServedRole)):
				return servedSlot // "by putting our customers at the heart of everything we do": whom it serves, whatever the means
			case (c.Opener == "by" || c.Opener == "through") && p.Referent.Animate() && k == 0 && v.closed&clSupplying != 0 && f.suppliedWith(s, c) > 0:
				return servedSlot // "by supplying mountain rescue teams in Snowdonia with maps": whom the goods go to
			case (c.Opener == "by" || c.Opener == "through") && p.Referent.Animate() && f.withThing(s, p.End):
				return unsureSlot // "by matching hauliers with loads": they may be the means, or whom the thing goes to
			case (c.Opener == "by" || c.Opener == "through") && p.Referent.Animate() && v.closed&clDitransitive != 0 && f.toldWhat(s, p.End):
				return unsureSlot // "by telling every householder what we found": whom something is told, who may be served
			case (c.Opener == "by" || c.Opener == "through") && p.Referent.Animate() && f.outcomeForThem(s, pi):
				return unsureSlot // "by training six weavers a year, so each can start a business": those the means works on gain the outcome
			case (c.Opener == "by" || c.Opener == "through") && p.Referent.Animate() && k == 0 && f.match(benefitVerbList, c.Verb) > 0:
				return unsureSlot // "to keep rural bus routes running by helping parish councils set up …": whom the means helps may be whom the work serves
			case (c.Opener == "by" || c.Opener == "through") && p.Referent == Person && f.concreteVerb(v):
				return unsureSlot // "by training apprentices in copper-pan methods": the people the means works on may be whom it serves
			case (c.Opener == "by" || c.Opener == "through") && f.generic(p) && !f.qualified(s, pi) && (p.Referent.Animate() || p.Referent == Everyone):
				return servedSlot // "by teaching people to fix them": people in general, whom the means works on, are the public it serves, as "communities" are
			case c.Opener == "by" || c.Opener == "through":
				return noSlot // "by planting hedges": the means, not whom it serves
			case c.Opener == "" && c.Joined >= 0 && (s.Clauses[c.Joined].Opener == "by" || s.Clauses[c.Joined].Opener == "through") && !isSomeone(p.Referent) && p.Referent != Everyone:
				// "by running a league, buying tables and booking halls": a
				// later item's things are means as the first item's are; its
				// people may be served ("…, teaching new ringers and …")
				return noSlot
			case p.Referent == Establishment && c.Agent == Self && k == 0 && v.closed&clProvisioning != 0:
				return servedSlot // "pay charity shops for the clothes they cannot sell", "fund village halls": whoever runs them is paid
			case p.Referent == Establishment && c.Agent == Self && !f.controls(s, pi) && f.match(benefitVerbList, c.Verb) == 0 && !(k == 0 && c.Predicate >= 0 && toks[c.Verb].closed&clCausative != 0):
				return noSlot // "running repair workshops": a place the organisation runs; not "help bookshops keep …", "get restaurants paid"
			case c.Agent == Self && wordnet.Class(v.entry.First(wordnet.Verb)) == wordnet.VerbCreation && p.Referent != Person && !f.generic(p):
				return noSlot // "create a settlement", "build a network": made, not served
			case c.Agent == Self && len(c.Objects) == 1 && p.Referent == Group && f.thingSense(p) && f.transfers(v) && (toks[p.Head].Is(Plural) || p.Det != ""):
				// "stock hearing-aid batteries": a thing, not a battery of
				// guns; but a bare singular is no thing one counts ("get
				// hospitality staff home": the people, not a rod)
				return noSlot
			case k > 0:
				return noSlot // "give apprentices a mentor": what is given
			case v.closed&clGiving != 0 && c.Agent == Self && f.deliveredTo(s, c):
				return noSlot // "get fresh fish to inland families": what is given
			case c.Agent == Self:
				return servedSlot
			case (c.Agent == Thing || c.Agent == Abstraction || c.Agent == Service) && k == 0 && (p.Referent.Animate() || f.generic(p)) && v.entry.Share(wordnet.Verb, wordnet.VerbEmotion) > 0:
				return servedSlot // "sound that moves people", "stories that delight every child": whom a thing stirs, by a verb of feeling; a person feeling is its subject ("enjoy the frogs")
			case c.Agent == Thing || c.Agent == Service && (relativeOpener(c.Opener) || c.Opener == "where" && picturesNoun(s, c)):
				return servedSlot // "tools that empower developers", "products fill society", "a service that pays interpreters", "a future where every sale pays for a dying person …"
			case v.closed&clCausative != 0 && v.closed&clHave == 0 && k == 0 && p.Referent.Animate():
				return servedSlot // "repair work keeps local families in jobs": whom something causes to be or do
			}
			if p.Referent.Animate() && !f.generic(p) {
				return unsureSlot // someone else's object: "boats carrying fishing families" may serve them
			}
			return noSlot // someone else's object: "craft meets business"
		}
		if c.Subject == pi && p.Referent.Animate() && f.passive(c) && toks[c.Verb].closed&(clGiving|clDitransitive) != 0 {
			return servedSlot // "developers are given the tools", "pupils are offered a tutor": whom something is given
		}
		if c.Subject == pi && c.Agent != Self {
			if p.Referent == Establishment && len(c.Objects) > 0 && s.Phrases[c.Objects[0]].Referent.Animate() && !ownedBySubject(&s.Phrases[c.Objects[0]]) && toks[c.Verb].closed&clHave == 0 {
				// "repair cafés keep retired engineers busy": a place at
				// work for people, not served; but "every farm will have
				// someone who can mend its walls" gains them
				return noSlot
			}
			return subjectSlot // "every keeper has …", "so that farmers can …"
		}
	}
	switch {
	case p.Possessor:
		return subjectSlot // "patients' lives"
	case p.Distributive():
		return servedSlot
	case f.verbless(s):
		return subjectSlot // a verbless picture: "Quiet streets …"
	}
	if k := f.pictureAfterColon(s); k >= 0 && p.First >= k {
		return subjectSlot // the same after a colon: "…: a bike within walking distance of every family"
	}
	if f.namedBeforeSelfWork(s, pi) {
		return servedSlot // "Sampan pilots in Aberdeen Harbour: we insure their boats …": the people named first, whose the work after the colon is
	}
	return noSlot
}

// afterPeopleObject reports whether phrase pi follows, in its clause,
// the organisation's verb whose first object is someone ("visit [people]
// at home every week [with …]").
func (f *finder) afterPeopleObject(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Agent == Self && len(c.Objects) > 0 && c.Objects[0] < pi && s.Phrases[c.Objects[0]].Referent.Animate() && s.Phrases[pi].PrepAt < nextClauseAt(s, c) && s.Phrases[pi].PrepAt > c.Verb {
			return true
		}
	}
	return false
}

// namedBeforeSelfWork reports whether phrase pi opens its sentence and
// names people, with no verb before a colon, and after the colon the
// organisation works and speaks of them again ("Taxi drivers in Hull: we
// insure their cars …", "…: we run breaks for them"): a label of whom
// the work serves.
func (f *finder) namedBeforeSelfWork(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	if p.First != s.First || p.Prep != "" || !p.Referent.Animate() || p.Referent == Self {
		return false
	}
	colon := f.verblessToColon(s, s.First)
	if colon < p.End-1 {
		return false
	}
	selfWork := false
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Agent == Self && c.Kind == Finite && c.Subject >= 0 && s.Phrases[c.Subject].First == colon+1 {
			selfWork = true
		}
	}
	if !selfWork {
		return false
	}
	for k := colon + 1; k < s.End; k++ {
		if n := f.norms[k]; n == "their" || n == "them" || n == "they" {
			return true
		}
	}
	return false
}

// picturesNoun reports whether clause c's opener follows a noun phrase it
// pictures ("a future [where] every sale pays …"), not a "where" that opens
// the sentence ("Where craft meets business").
func picturesNoun(s *Sentence, c *Clause) bool {
	for pi := range s.Phrases {
		if s.Phrases[pi].End == c.OpenerAt {
			return true
		}
	}
	return false
}

// toldWhat reports whether a clause of what is told follows token k, past
// any adverb ("tell every householder [plainly] what we found", "show
// farmers how to …").
func (f *finder) toldWhat(s *Sentence, k int) bool {
	toks := f.a.Tokens
	for k < s.End && toks[k].Tag == Adverb {
		k++
	}
	if k >= s.End {
		return false
	}
	switch f.norms[k] {
	case "what", "how", "why", "where", "when", "whether", "that":
		return true
	}
	return false
}

// subjectOfAny reports whether phrase pi is a clause's subject.
func subjectOfAny(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		if s.Clauses[ci].Subject == pi {
			return true
		}
	}
	return false
}

// finiteSubject reports whether phrase pi is the subject of a finite
// clause ("which means [hire-boat companies] can take …"), not only of a
// participle ("find [the puffins] still nesting").
func finiteSubject(s *Sentence, pi int) bool {
	return s.subjectOf(pi, func(c *Clause) bool { return c.Kind == Finite })
}

// ownedBySubject reports whether a phrase belongs to its clause's subject
// ("small farms run [their whole business]").
func ownedBySubject(p *Phrase) bool { return p.Det == "their" || p.Det == "its" }

// caredForBy reports whether a clause without a relative word describes
// phrase pi as the object of a benefit verb: "the people [they feed]",
// "the patients [we treat]".
func (f *finder) caredForBy(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Subject >= 0 && s.Phrases[c.Subject].First == p.End && len(c.Objects) == 0 && f.a.reducedRelative(s, c) && f.match(benefitVerbList, c.Verb) > 0 {
			return true
		}
	}
	return false
}

// withOurs returns where a "with our …" phrase that follows the verb of
// clause ci starts, before another subject's clause begins, or -1: the
// means the organisation gives to whoever acts ("start their own herds
// [with our loans]").
func (f *finder) withOurs(s *Sentence, ci int) int {
	c := &s.Clauses[ci]
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.Prep != "with" || p.Det != "our" || p.PrepAt < c.Verb {
			continue
		}
		for cj := ci + 1; cj < len(s.Clauses); cj++ {
			if d := &s.Clauses[cj]; d.Verb < p.PrepAt && d.Subject != c.Subject {
				return -1
			}
		}
		return p.PrepAt
	}
	return -1
}

// namedActivity reports whether clause c is a gerund after "of" with no
// object: an activity named ("a love of [reading]", "the joy of
// [cooking]"), not work anyone does.
func namedActivity(c *Clause) bool {
	return c.Kind == Gerund && c.Opener == "of" && len(c.Objects) == 0
}

// sharedWith reports whether phrase pi follows "with" straight after the
// verb, or its object, of a clause in which the organisation shares
// something ("juice that we share [with food banks]"): whom it shares it
// with.
func (f *finder) sharedWith(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	if p.Prep != "with" {
		return false
	}
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Agent != Self || c.Negated || f.a.Tokens[c.Verb].closed&clSharing == 0 {
			continue
		}
		if end := max(c.End, clauseEnd(s, c)); p.PrepAt == end {
			return true
		}
	}
	return false
}

// suppliedRecipient reports whether phrase pi is the one object of a
// verb of supplying of the organisation's, and "with" and what is
// supplied follow it and the phrases that place it ("supply [nappy banks]
// across Tyneside with bulk-bought nappies").
func (f *finder) suppliedRecipient(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if len(c.Objects) == 1 && c.Objects[0] == pi && c.Agent == Self && !c.Negated && f.a.Tokens[c.Verb].closed&clSupplying != 0 {
			return f.goodWithAfter(s, pi) > 0
		}
	}
	return false
}

// recipient reports whether phrase pi is the first of two objects of a
// verb of giving of the organisation's: whom something is given ("give
// [care workers] a scanner", "offer [bike shops] cheaper parts").
func (f *finder) recipient(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if len(c.Objects) > 1 && c.Objects[0] == pi {
			return c.Agent == Self && f.a.Tokens[c.Verb].closed&clGiving != 0
		}
	}
	return false
}

// namesPeoplesState reports whether the statement pictures the end of a
// state people are in: a phrase whose head is first a state in WordNet
// ("homelessness", "poverty", "cancer") after "without" or "an end to",
// or as the subject of a clause that says it is no longer ("… motor
// neurone disease is no longer a death sentence"). Naming its end names,
// unsaid, the people in it. Not the object of a verb of removal: "cut
// river pollution" is a state of a river.
func (f *finder) namesPeoplesState() bool {
	toks := f.a.Tokens
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for pi := range s.Phrases {
			p := &s.Phrases[pi]
			if h := &toks[p.Head]; h.Tag != Noun || h.entry.First(wordnet.Noun) != wordnet.NounState && h.entry.First(wordnet.Noun) != wordnet.NounFeeling {
				continue
			}
			if f.picturedSubject(s, pi) {
				return true // "a Leeside where loneliness in later life is rare": those who would feel it
			}
			if h := &toks[p.Head]; h.entry.First(wordnet.Noun) != wordnet.NounState {
				continue
			}
			if p.Prep == "without" || p.Prep == "to" && p.PrepAt > 0 && toks[p.PrepAt-1].Norm == "end" {
				return true
			}
			if p.Prep == "of" && pi > 0 && s.Phrases[pi-1].End == p.PrepAt && f.endedSubject(s, pi-1) {
				return true // "a diagnosis of motor neurone disease is no longer …"
			}
			if f.endedSubject(s, pi) || f.removedObject(s, pi) {
				return true // "cutting fuel poverty in Colbeck": whoever is in that state
			}
		}
	}
	return false
}

// removedObject reports whether phrase pi is the first object of a verb
// that takes away a harm ("end homelessness", "cut fuel poverty").
func (f *finder) removedObject(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; len(c.Objects) > 0 && c.Objects[0] == pi && !c.Negated && f.a.Tokens[c.Verb].closed&clRemoval != 0 {
			return true
		}
	}
	return false
}

// picturedSubject reports whether phrase pi is the subject of a clause
// that pictures a place or a time ("a Leeside where [loneliness] is
// rare").
func (f *finder) picturedSubject(s *Sentence, pi int) bool {
	return s.subjectOf(pi, func(c *Clause) bool { return c.Opener == "where" || c.Opener == "in which" || c.Opener == "when" })
}

// endedSubject reports whether phrase pi is the subject of a clause that
// says it is no longer so ("… is no longer a death sentence").
func (f *finder) endedSubject(s *Sentence, pi int) bool {
	toks := f.a.Tokens
	return s.subjectOf(pi, func(c *Clause) bool {
		return c.End+1 < s.End && toks[c.End].Norm == "no" && toks[c.End+1].Norm == "longer"
	})
}

// futureSubject reports whether phrase pi is the subject of a clause of
// the future that does no work on anything: no object but a time ("our
// planners will start each morning with numbers they trust"), not "our
// wardens will walk every cliff path".
func (f *finder) futureSubject(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Subject != pi || !c.Future {
			continue
		}
		for _, o := range c.Objects {
			if wordnet.Class(f.a.Tokens[s.Phrases[o].Head].entry.First(wordnet.Noun)) != wordnet.NounTime {
				return false
			}
		}
		return true
	}
	return false
}

// givenBySelf reports whether a preposition at k follows the object of a
// verb of giving or moving of the organisation's ("lend boats [to] …",
// "sell maps [to] …").
func (f *finder) givenBySelf(s *Sentence, k int) bool {
	for ci := len(s.Clauses) - 1; ci >= 0; ci-- {
		if c := &s.Clauses[ci]; c.Verb < k {
			v := &f.a.Tokens[c.Verb]
			return c.Agent == Self && len(c.Objects) > 0 && (v.closed&clGiving != 0 || f.transfers(v))
		}
	}
	return false
}

// makes reports whether a verb's likeliest senses, its first three as
// WordNet orders them, include making something ("make", "build", "bake").
func makes(v *Token) bool {
	senses := v.entry.Senses(wordnet.Verb)
	return strings.IndexByte(senses[:min(3, len(senses))], byte(wordnet.VerbCreation)) >= 0
}

// workedOnBefore reports whether a clause of the organisation's with an
// object, whose verb makes, handles or hands on something, stands before
// token k ("[dyes British wool] …, for knitters"): the work that a phrase
// "for" someone at k is done for.
func (f *finder) workedOnBefore(s *Sentence, k int) bool {
	looked := 0
	for ci := len(s.Clauses) - 1; ci >= 0 && looked < workedOnClauses; ci-- {
		c := &s.Clauses[ci]
		if c.Verb >= k {
			continue
		}
		looked++
		if c.Agent == Self && len(c.Objects) > 0 && (f.transfers(&f.a.Tokens[c.Verb]) || wordnet.Class(f.a.Tokens[c.Verb].entry.First(wordnet.Verb)) == wordnet.VerbChange ||
			makes(&f.a.Tokens[c.Verb])) {
			return true
		}
	}
	return false
}

// workedOnClauses is how many clauses before a phrase workedOnBefore
// reads, nearest first: a long sentence's work stays linear.
const workedOnClauses = 4

// afterSelfObject reports whether clause ci is an infinitive of purpose:
// it follows, in its sentence, a clause of the organisation's with an
// object ("send skippers [to crew lifeboats]").
func (f *finder) afterSelfObject(s *Sentence, ci int) bool {
	c := &s.Clauses[ci]
	if c.Joined >= 0 || c.First > s.First && (f.a.Tokens[c.First-1].Tag == Conjunction || f.a.Tokens[c.First-1].gap&gapComma != 0) {
		return false // "to deliver value … and to become": a second aim, not what the first is for
	}
	for cj := ci - 1; cj >= 0; cj-- {
		if d := &s.Clauses[cj]; d.Agent == Self && len(d.Objects) > 0 && d.End <= s.Clauses[ci].First {
			return true
		}
	}
	return false
}

// selfObject reports whether a phrase is the object of the organisation's
// own verb ("insulate [the homes] of low-income families").
func (f *finder) selfObject(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		for _, o := range c.Objects {
			if o == pi && c.Agent == Self {
				return true
			}
		}
	}
	return false
}

// belongsToSomeone reports whether a phrase names what a person has or
// needs: a benefit or outcome word ("health", "well-being"), or their life
// or needs.
func (f *finder) belongsToSomeone(p *Phrase) bool {
	h := f.lemma[p.Head]
	return f.match(benefitOutcomeList, p.Head) > 0 || is(h, clPossessionNoun) || is(f.norms[p.Head], clPossessionNoun)
}

// changeShare is the share of a verb's senses (the first counting double)
// that are changes ("develop" is first to make, but mostly to change) for
// its work on people to be read as possibly changing them.
const changeShare = 0.4

// value finds a benefit or an outcome: a clause of result or purpose ("so
// that shepherds reach a vet"), what the organisation helps someone do
// ("help farmers sell", "enable hobbyists to build"), what it makes of
// them ("make every gardener proud"), what it gives them ("give farmers
// the time to …"), "for X to …", a good delivered to someone ("lend boats
// to rowing clubs"), and the benefit words of the lexicons where someone
// stands to benefit.
func (f *finder) value() {
	toks := f.a.Tokens
	audience := f.c.presence[Audience] == Present
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		if f.wantedThroughIt(s) {
			f.unsure(Value) // "Driftwood is a fast, flat-file CMS for small publishers who want to own their site": what they want, it gives them
		}
		if f.frontedWith(s) {
			f.unsure(Value) // "With Belfry, a volunteer editor turns a folder of notices into a parish magazine in under an hour": what people do with what is provided may be what they gain
		}
		if f.dedicatedTo(s) || f.goodsForBeforeColon(s) {
			// "For widowers in Cheltenham, a Thursday afternoon at the
			// club: a lift there, a game, …", "Xylophones and a trained
			// teacher for every primary school in Kent: we lend …": what
			// they are given
			f.unsure(Value)
		}
		for pi := 0; pi+1 < len(s.Phrases); pi++ {
			if p, q := &s.Phrases[pi], &s.Phrases[pi+1]; p.Prep == "" && comparedBetter(&toks[p.First]) && q.Prep == "for" && q.PrepAt == p.End && f.servedPhrase(s, pi+1) {
				f.addOutcome(p.First, q.End) // "shorter waits for adults with minor injuries": something made better, for someone
			}
		}
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			if c.Kind == Gerund && c.OpenerAt < 0 && !c.Negated && len(c.Objects) > 0 && c.First > s.First && toks[c.First-1].gap&gapComma != 0 && toks[c.Verb].closed&clGiving != 0 &&
				!s.Phrases[c.Objects[0]].Referent.Animate() && f.someoneServed() {
				f.unsure(Value) // "… runs a weekly drop-in for fishermen and their families, offering debt advice, mental-health support …": what is offered goes to those served
			}
			if !c.Negated && len(c.Objects) > 0 && toks[c.Verb].closed&clProvisioning != 0 && toks[s.Phrases[c.Objects[0]].Head].Norm == "them" && f.someoneServed() {
				f.unsure(Value) // "… and places them with employers who pay them fairly": those served, paid or housed by whoever does it
			}
			if f.servedGivenWith(s, c) {
				f.unsure(Value) // "To support parents of premature babies …, with a family room beside the unit, travel grants and a peer-support phone line": what they are given
			}
			if f.joinedToTheirOwn(s, c) {
				f.unsure(Value) // "cycle routes linking the villages of the Greenway district with their schools and stations": what joins those served to what is theirs may be their gain
			}
			if f.servedUseOurs(s, c) && f.servedPhrase(s, c.Subject) && !toks[c.Verb].Is(Past) {
				f.unsure(Value) // "Lonely veterans in Devon come back into company on our weekly fishing trips": what those served do with what the organisation runs may be what they gain
			}
			body := 0 // where the people a piece of work on the body is for end
			if c.Agent == Self && len(c.Objects) > 0 && !c.Negated {
				body = f.bodyWorkFor(s, c)
			}
			switch {
			case c.OpenerAt >= 0 && phraseAt(toks, c.OpenerAt, clResult) > 0:
				f.addOutcome(c.OpenerAt, max(c.End, clauseEnd(s, c)))
			case body > 0:
				f.addOutcome(c.Verb, body) // "straighten teeth for adults who missed out on braces": work on people's bodies changes them
			case f.sparedOtherwise(s, c):
				f.addOutcome(c.OpenerAt, complementsEnd(s, c)) // "to audiences … who would otherwise have to drive two hours to see it": what the work spares them, or brings them that they would not otherwise have
			case ci+1 < len(s.Clauses) && toks[c.Verb].Lemma == "mean" && sayingWhich(s, toks, c, &s.Clauses[ci+1]):
				f.addOutcome(c.OpenerAt, max(s.Clauses[ci+1].End, clauseEnd(s, &s.Clauses[ci+1]))) // "…, which means no orchard leaves fruit rotting": what all that came before brings about, as after "so"
			case ci+1 < len(s.Clauses) && toks[c.Verb].Lemma == "mean" && meansClause(s, toks, c, &s.Clauses[ci+1]):
				f.addOutcome(c.Verb, max(s.Clauses[ci+1].End, clauseEnd(s, &s.Clauses[ci+1]))) // "Step-free cabins mean wheelchair users ride to the top": what the means bring about
			case c.Complement >= 0 && c.Agent != Unclear && len(c.Objects) > 0 && (f.actor(s, c.Objects[0]) || s.Phrases[c.Objects[0]].MaybeAnimate && s.Clauses[c.Complement].Subject == c.Objects[0]) &&
				toks[c.Verb].closed&(clInstrumental|clBe) == 0:
				// "letting commuters buy a ticket": whom the verb lets act
				// is someone, in a word with a fair share of senses for
				// people (a commuter is first a train)
				d := &s.Clauses[c.Complement]
				f.addOutcome(c.Verb, max(d.End, clauseEnd(s, d)))
			case c.Predicate >= 0 && len(c.Objects) > 0 && toks[c.Verb].closed&clCausative != 0:
				f.addOutcome(c.Verb, c.Predicate+1) // "make work lighter"
			case c.Complement >= 0 && len(c.Objects) > 0 && toks[c.Verb].closed&clCausative != 0 && f.feelsSo(s, &s.Clauses[c.Complement]):
				f.unsure(Value) // "make a long stay feel shorter": how something feels to someone may be the benefit
			case c.Complement >= 0 && len(c.Objects) > 0 && toks[c.Verb].closed&clCausative != 0 && f.forServedWithin(si, &s.Clauses[c.Complement]):
				f.unsure(Value) // "make every loan take under a minute for the volunteer": what a thing is made to do for someone may be the benefit
			case toks[c.Verb].closed&clCausative != 0 && len(c.Objects) == 0 && gerundPredicate(s, toks, ci) > 0:
				f.addOutcome(c.Verb, gerundPredicate(s, toks, ci)+1) // "make deploying a container as boring as …"
			case toks[c.Verb].closed&clCausative != 0 && c.Agent == Self && c.Predicate < 0 &&
				(len(c.Objects) >= 1 && !s.Phrases[c.Objects[0]].Referent.Animate() && predicateNoun(s, toks, c.Objects[0]) || asAdjectiveAs(toks, c.Verb+1, s.End)):
				// "make ethical coffee the everyday choice", "make freshwater
				// recording as easy as taking a photo": what the work makes
				// of something may be the benefit
				f.unsure(Value)
			case c.Predicate >= 0 && c.Subject >= 0 && c.Agent != Self && f.servedPhrase(s, c.Subject):
				f.addOutcome(c.Verb, c.Predicate+1) // "every village school stays open"
			case si > 0 && c.Kind == Finite && c.OpenerAt < 0 && c.Subject >= 0 && c.Agent != Self && s.Phrases[c.Subject].Det == "their" && s.Phrases[c.Subject].First == s.First && f.servedBefore(si):
				f.unsure(Value) // "We clean and test pools for swim schools. Their lessons never stop for green water.": what becomes of theirs, after the work for them
			case c.Predicate >= 0 && !c.Negated && toks[c.Verb].closed&(clBe|clLinking) != 0 && f.forSomeoneAt(s, c.Predicate+1):
				f.unsure(Value) // "a gum that's good for your teeth", "bread that is kind to your gut": how something is for someone may be what they gain
			case f.receives(c) &&
				(s.Phrases[c.Subject].Distributive() || s.Phrases[c.Subject].Referent.Animate() && (f.good(&s.Phrases[c.Objects[0]]) || f.timeCounted(&s.Phrases[c.Objects[0]]))) &&
				f.servedPhrase(s, c.Subject) && !f.state(&s.Phrases[c.Objects[0]]):
				// "every kitchen worker gets a fair cut", "sign-language
				// users get a qualified interpreter", "young carers get two
				// afternoons a month to themselves"
				f.addOutcome(s.Phrases[c.Subject].First, s.Phrases[c.Objects[len(c.Objects)-1]].End)
			case f.receives(c) && (s.Phrases[c.Subject].Referent.Animate() || s.Phrases[c.Subject].Referent == Unclear && toks[s.Phrases[c.Subject].Head].Tag == Pronoun) && f.servedPhrase(s, c.Subject):
				f.unsure(Value) // "a team getting value within a week", "… to farmers. They gain a second crop": what someone gets may be the benefit
			case c.Agent == Self && len(c.Objects) >= 1 && toks[c.Verb].closed&clProvisioning != 0 && f.servedPhrase(s, c.Objects[0]) &&
				(s.Phrases[c.Objects[0]].Referent.Animate() || personalObject(&toks[s.Phrases[c.Objects[0]].Head])):
				f.addOutcome(c.Verb, s.Phrases[c.Objects[len(c.Objects)-1]].End) // "pay growers above market prices", "… from co-operatives in Kerala, pay them 30% above …"
			case f.becauseOfUs(s, ci):
				f.addOutcome(s.Phrases[c.Subject].First, s.Clauses[f.becauseClause(s, ci)].OpenerAt) // "Patients at Furness General hear the sound of home because we record …": what the organisation's work brings them
			case !c.Negated && len(c.Objects) == 1 && toks[c.Verb].closed&clProvisioning != 0 && f.paidForSomeone(s, c.Objects[0]) > 0:
				f.addOutcome(c.Verb, f.paidForSomeone(s, c.Objects[0])) // "every sale funds a night of hospice care for a patient close to death": a good paid for, for someone served
			case c.Agent == Self && !c.Negated && len(c.Objects) > 0 && toks[c.Verb].closed&clProvisioning != 0 && f.theirCostsAt(s, c.Objects[0]) > 0:
				f.addOutcome(c.Verb, f.theirCostsAt(s, c.Objects[0])) // "We pay the college fees, travel and first-year wages of apprentice vet nurses": what they would have paid, paid for them
			case c.Agent == Self && !c.Negated && len(c.Objects) == 1 && toks[c.Verb].closed&clProvisioning != 0 && !s.Phrases[c.Objects[0]].Referent.Animate() && f.servedAfterTo(s, afterParticle(toks, ofPhrasesEnd(s, c.Objects[0]))) >= 0:
				f.addOutcome(c.Verb, s.Phrases[c.Objects[0]].End) // "pays royalties back to the weavers who created them": what is paid goes to someone served
			case !c.Negated && len(c.Objects) > 0 && toks[c.Verb].closed&clPriceNoun != 0 && nothingCharged(s, toks, c):
				f.addOutcome(c.Verb, max(c.End, clauseEnd(s, c))) // "charge nothing to pensioners", "costs families nothing": what is free to them
			case c.Agent == Self && len(c.Objects) == 0 && toks[c.Verb].closed&clGiving != 0 && f.servedAfterTo(s, c.End) >= 0:
				f.unsure(Value) // "lends to worker co-ops": what is given goes unsaid, though someone receives it
			case len(c.Objects) == 2 && (f.servedPhrase(s, c.Objects[0]) || s.Phrases[c.Objects[0]].MaybeAnimate || s.Phrases[c.Objects[0]].AnyAnimate || agentive(f.lemma[s.Phrases[c.Objects[0]].Head]) && f.recipient(s, c.Objects[0])):
				// The first of two objects receives the second: "give busy
				// commuters a proper breakfast" (some of a noun's senses are people).
				f.addOutcome(c.Verb, s.Phrases[c.Objects[1]].End) // "give farmers the time"
			case len(c.Objects) == 2 && c.Agent == Self && ditransitive(&toks[c.Verb]) && f.someoneServed():
				f.unsure(Value) // "we give orchards enough warning …": a place receives, and the sentence names whose it is
			case c.Agent == Self && f.sureOf(s, ci) >= 0:
				d := &s.Clauses[f.sureOf(s, ci)]
				f.addOutcome(c.Verb, max(d.End, clauseEnd(s, d))) // "make sure cocoa farmers earn a living income": what they do, as "help farmers sell" says
			case c.Agent == Self && len(c.Objects) == 1 && toks[c.Verb].closed&clCausative != 0 && (f.infinitivePastRelative(s, ci) || f.questionPastRelative(s, ci)):
				// "teaching anyone who turns up to prune and graft", "teach
				// anyone who is curious how they work": the infinitive or
				// the question may be what they are taught
				f.unsure(Value)
			case len(c.Objects) == 1 && c.Agent == Self && ditransitive(&toks[c.Verb]) && f.someoneListedWith(s, c.Objects[0]):
				f.unsure(Value) // "give small studios and the people who fire in them a simple record": people among those who receive
			case c.Kind == Infinitive && c.Subject >= 0 && s.Phrases[c.Subject].Prep == "for" && f.servedPhrase(s, c.Subject):
				f.addOutcome(s.Phrases[c.Subject].PrepAt, c.End) // "for every school to stay open"
			case c.Agent == Self && len(c.Objects) == 1 && (f.good(f.standsFor(s, c.Objects[0])) && (toks[c.Verb].closed&clGiving != 0 || s.Phrases[c.Objects[0]].Referent == Service) ||
				(toks[c.Verb].closed&clGiving != 0 && (s.Phrases[c.Objects[0]].MaybeThing || s.Phrases[c.Objects[0]].Referent == Abstraction && !f.state(&s.Phrases[c.Objects[0]]))) ||
				motionVerb(&toks[c.Verb]) && s.Phrases[c.Objects[0]].Referent == Thing && f.servedAfterTo(s, s.Phrases[c.Objects[0]].End) >= 0 || // "cycle food parcels to housebound residents": things carried to them; not "run a line for tenants"
				f.taught(c) && s.Phrases[c.Objects[0]].Referent == Abstraction && !f.state(&s.Phrases[c.Objects[0]])) && f.deliveredTo(s, c):
				// "lend boats to rowing clubs", "get fresh food to families"
				// (food is first a substance, then a food), "offer quiet
				// days and retreats for anyone seeking rest", "teach repair
				// skills to young people": what a verb of giving hands to
				// them, or one of teaching
				f.add(Value, c.Verb, f.conjoinedEnd(s, c.Objects[0]), false)
			case c.Agent == Self && len(c.Objects) == 1 && toks[c.Verb].closed&clGiving != 0 && (s.Phrases[c.Objects[0]].Referent == Establishment || s.Phrases[c.Objects[0]].Referent == Place) &&
				!f.generic(&s.Phrases[c.Objects[0]]) && f.servedAfterTo(s, f.conjoinedEnd(s, c.Objects[0])) >= 0:
				// "bring theatre to deaf audiences", "bring the outdoors to
				// patients": a place of service, or a place, brought to
				// someone served
				f.add(Value, c.Verb, f.conjoinedEnd(s, c.Objects[0]), false)
			case c.Agent == Self && len(c.Objects) == 1 && toks[c.Verb].closed&clSupplying != 0 && f.suppliedWith(s, c) > 0:
				f.add(Value, c.Verb, f.suppliedWith(s, c), false) // "supply blacksmiths and artists across Wales with charcoal": a good given to someone served
			case c.Agent == Self && len(c.Objects) == 1 && f.setUpWith(s, c) > 0:
				f.add(Value, c.Verb, f.setUpWith(s, c), false) // "sets each one up with a market stall": a verb and its particle that supply someone served
			case c.Agent == Self && len(c.Objects) == 1 && !isSomeone(s.Phrases[c.Objects[0]].Referent) && s.Phrases[c.Objects[0]].Referent != Everyone && f.passedOnTo(s, c):
				f.add(Value, c.Verb, f.conjoinedEnd(s, c.Objects[0]), false) // "pass hand millinery on to the next generation of makers": handed on to someone
			case c.Agent == Self && len(c.Objects) == 1 && !isSomeone(s.Phrases[c.Objects[0]].Referent) && s.Phrases[c.Objects[0]].Referent != Everyone && f.takenOff(s, c) > 0:
				f.addOutcome(c.Verb, f.takenOff(s, c)) // "take the admin off coaches and coxes": a load lifted from someone
			case c.Agent == Self && len(c.Objects) == 1 && toks[c.Verb].closed&clGiving != 0 && s.Phrases[c.Objects[0]].Referent == Unclear && toks[s.Phrases[c.Objects[0]].Head].Tag == Noun && f.deliveredTo(s, c):
				f.unsure(Value) // "provide well-documented datasets to every analyst": given to someone served, a word the tables do not know
			case c.Agent == Self && len(c.Objects) >= 1 && s.Phrases[c.Objects[0]].Referent == Service && f.ownedBySomeoneServed(s, c.Objects[0]):
				f.unsure(Value) // "fixes tenants' repairs within five working days": a service done on what someone served owns is for them
			case c.Agent == Self && len(c.Objects) >= 1 && s.Phrases[c.Objects[0]].Referent == Thing && f.forItsUsers(si, c.Objects[0]):
				f.unsure(Value) // "repair wheelchairs for the people who use them": work on what is theirs is for them
			case c.Agent == Self && len(c.Objects) == 1 && !c.Negated && s.Phrases[c.Objects[0]].Referent != Person && f.fosteredAmong(s, c.Objects[0]):
				f.unsure(Value) // "to encourage fellowship among collectors": what is fostered among people served may be what they gain
			case c.Kind == Infinitive && c.Governor < 0 && c.Agent == Self && f.afterSelfObject(s, ci):
				f.unsure(Value) // "send skippers to crew lifeboats": what the work is for may be the value
			case f.handedTo(s, c) > 0:
				f.addOutcome(c.Verb, f.handedTo(s, c)) // "seed … is returned to any grower who needs it"
			case c.Agent == Self && len(c.Objects) == 1 && toks[c.Verb].closed&clGiving != 0 && s.Phrases[c.Objects[0]].Referent == Thing && si > 0 && f.servedBefore(si) && !f.deliveredTo(s, c):
				f.unsure(Value) // "… exists for schools planting their first orchard. We supply bare-root trees …": given to those served before, most likely
			case c.Agent == Self && len(c.Objects) == 1 && f.servedPhrase(s, c.Objects[0]) && toks[c.Verb].closed&(clInstrumental|clBe|clCopula) == 0 && f.withPhrase(s, s.Phrases[c.Objects[0]].End) >= 0:
				f.addOutcome(c.Verb, s.Phrases[f.withPhrase(s, s.Phrases[c.Objects[0]].End)].End) // "provide teachers with calmer days"
			case c.Agent == Self && len(c.Objects) == 1 && f.servedPhrase(s, c.Objects[0]) &&
				(toks[c.Verb].closed&clCausative != 0 || wordnet.Class(toks[c.Verb].entry.First(wordnet.Verb)) == wordnet.VerbMotion) && f.movedTo(s, c.Objects[0]) > 0:
				// "get our members out on the water", "help teens into racing
				// crews", "bring older people out of isolation": where a
				// verb that moves or lets someone ends them up
				f.addOutcome(c.Verb, f.movedTo(s, c.Objects[0]))
			case c.Agent == Self && len(c.Objects) == 1 && s.Phrases[c.Objects[0]].Referent.Animate() && f.servedPhrase(s, c.Objects[0]) && f.placedIn(s, c) > 0:
				f.addOutcome(c.Verb, f.placedIn(s, c)) // "place refugees in Newcastle in paid work placements": a position people are put in
			case len(c.Objects) >= 1 && s.Phrases[c.Objects[0]].Referent.Animate() && f.servedPhrase(s, c.Objects[0]) && f.conjoinedEnd(s, c.Objects[0]) < s.End && toks[f.conjoinedEnd(s, c.Objects[0])].Norm == "together":
				f.unsure(Value) // "games that bring families together": people brought together may be what they gain
			case c.Agent == Self && len(c.Objects) == 1 && f.servedPhrase(s, c.Objects[0]) && f.trainedAs(s, c) > 0:
				f.addOutcome(c.Verb, f.trainedAs(s, c)) // "train school leavers in Leeds as chefs": the trade they gain
			case c.Agent == Self && len(c.Objects) == 1 && f.servedPhrase(s, c.Objects[0]) && toks[c.Verb].closed&clCausative != 0 && f.forWhat(s, c.Objects[0]) > 0:
				f.addOutcome(c.Verb, f.forWhat(s, c.Objects[0])) // "equip our members for a lifetime of outdoor adventure"
			case (c.Agent == Self || gerundSubject(s, toks, ci)) && len(c.Objects) == 1 &&
				(f.servedPhrase(s, c.Objects[0]) || s.Phrases[c.Objects[0]].Det == "their" && f.someoneServed() || f.ownedBySomeoneServed(s, c.Objects[0]) || f.workedForBefore(s, c)) && f.intoPhrase(s, listEnd(s, c.Objects[0])):
				// "turns riders into superheroes", "turning their windfalls into
				// a product", "turn a homeowner's phone call into a quote";
				// "lay hedges for farmers, turning gappy boundaries into
				// stock-proof hedges": a change made in work for someone
				f.addOutcome(c.Verb, s.Phrases[c.Objects[0]].End)
			case c.Agent == Self && len(c.Objects) == 1 && !s.Phrases[c.Objects[0]].Referent.Animate() && f.madeIntoFor(s, c.Objects[0]):
				f.unsure(Value) // "turn a bare flat into a home for Swansea care leavers": what is made for someone served may be theirs, or only sold to them ("old sails into bags for tourists")
			case c.Agent == Self && len(c.Objects) >= 1 && f.servedPhrase(s, c.Objects[0]) && (wordnet.Class(toks[c.Verb].entry.First(wordnet.Verb)) == wordnet.VerbChange || f.match(benefitVerbList, c.Verb) > 0) && toks[c.Verb].closed&(clCopula|clBe) == 0 &&
				!ownCountTarget(s, toks, c):
				// "transform lives", "empower nurses": what changes for
				// them; not "serve patients", which says only whom.
				f.addOutcome(c.Verb, s.Phrases[c.Objects[0]].End)
			case c.Agent == Self && len(c.Objects) >= 1 && s.Phrases[c.Objects[0]].Referent == Person && f.servedPhrase(s, c.Objects[0]) && toks[c.Verb].closed&(clCopula|clBe) == 0 &&
				toks[c.Verb].entry.Share(wordnet.Verb, wordnet.VerbChange) >= changeShare:
				f.unsure(Value) // "to develop tomorrow's advocates": a verb that mostly changes what it works on, said of people, may be their growth
			case c.Agent == Self && len(c.Objects) >= 1 && wordnet.Class(toks[c.Verb].entry.First(wordnet.Verb)) == wordnet.VerbChange && toks[c.Verb].closed&(clCopula|clBe) == 0 &&
				s.Phrases[c.Objects[0]].Referent == Abstraction && f.deliveredTo(s, c):
				// "shorten the distance between an idea and production for
				// every engineer": a change in something abstract, made for
				// someone; not "repair bikes for commuters", which says only
				// what is done for whom
				f.addOutcome(c.Verb, clauseEnd(s, c))
			case c.Agent == Self && len(c.Objects) == 1 && toks[c.Verb].closed&clGiving != 0 && f.someoneServed() && f.state(&s.Phrases[c.Objects[0]]):
				f.addOutcome(c.Verb, s.Phrases[c.Objects[0]].End) // "bringing comfort", "give hope"
			case (c.Agent == Self || fundedWork(toks, c)) && len(c.Objects) == 1 && (s.Phrases[c.Objects[0]].Referent == Thing || s.Phrases[c.Objects[0]].Referent == Place) && toks[c.Verb].closed&(clBe|clHave|clCopula) == 0 &&
				(f.ownedBySomeoneServed(s, c.Objects[0]) || s.Phrases[c.Objects[0]].Det == "their" && f.someoneServed() || f.forItsOwners(s, c.Objects[0])):
				// "fixes commuters' bikes", "carry their bags between stops",
				// "raise sunken boats for the families who own them": work
				// done on what someone served owns may be the benefit
				f.unsure(Value)
			case c.Agent == Self && len(c.Objects) == 1 && toks[c.Verb].closed&clGiving != 0 && f.feelingOrState(&s.Phrases[c.Objects[0]]):
				// "to share the joy of clay", "delivering happiness": a
				// feeling or a state handed on is for someone, though none
				// is named; not "provide access", a quality.
				f.unsure(Value)
			case c.Agent == Self && !c.Negated && f.forFeeling(s, c):
				f.unsure(Value) // "We sing together for joy": a feeling the work is done for is someone's, though no one is named
			case c.Agent == Self && len(c.Objects) == 1 && c.Kind != Participle && f.raisesFeeling(c.Verb) && f.feeling(&s.Phrases[c.Objects[0]]):
				// "to inspire confidence", "spark joy", "build pride": a
				// feeling caused is someone's, though none is named
				f.unsure(Value)
			case (toks[c.Verb].closed&clDesire != 0 || toks[c.Verb].closed&clInstrumental != 0 && c.Complement >= 0 && s.Clauses[c.Complement].Kind == Infinitive) &&
				c.Subject >= 0 && f.servedPhrase(s, c.Subject) && !c.Negated && f.describesSelfObject(s, c):
				// also "the tools radio astronomers use to turn raw data into images": what they do with it
				end := max(c.End, clauseEnd(s, c))
				if toks[c.Verb].closed&clInstrumental != 0 {
					end = max(end, clauseEnd(s, &s.Clauses[c.Complement])) // what they use it for
				}
				f.addOutcome(s.Phrases[c.Subject].First, end) // "the tools hospital porters need", "food people love"
			case c.Kind == Finite && c.Subject >= 0 && c.Agent != Self && f.servedPhrase(s, c.Subject) && (toks[c.Verb].Lemma == "have" || toks[c.Verb].Lemma == "need") && c.Complement >= 0 &&
				s.Clauses[c.Complement].Kind == Infinitive && (c.Negated || c.First > 0 && toks[c.First-1].closed&clNegation != 0 || s.Phrases[c.Subject].Det == "no"):
				d := &s.Clauses[c.Complement]
				f.addOutcome(s.Phrases[c.Subject].First, max(d.End, clauseEnd(s, d))) // "new owners never have to give up a dog", "parents never need to book": spared what they had to do
			case c.Kind == Finite && c.Subject >= 0 && c.Agent != Self && !c.Negated && f.servedPhrase(s, c.Subject) && toks[c.Verb].closed&clRemoval != 0 &&
				ci+1 < len(s.Clauses) && s.Clauses[ci+1].Kind == Gerund && s.Clauses[ci+1].First == c.End:
				d := &s.Clauses[ci+1]
				f.addOutcome(s.Phrases[c.Subject].First, max(d.End, clauseEnd(s, d))) // "student teams stop losing missions": what they are spared
			case c.Kind == Finite && c.Subject >= 0 && c.Agent != Self && !c.Negated && (f.servedPhrase(s, c.Subject) && s.Phrases[c.Subject].Referent.Animate() || f.theyAfterServed(si, c.Subject)) && f.leftAbleTo(s, ci) >= 0:
				d := &s.Clauses[f.leftAbleTo(s, ci)]
				f.addOutcome(s.Phrases[c.Subject].First, max(d.End, clauseEnd(s, d))) // "Students leave able to rebuild a field wall": what they can do after
			case c.Kind == Finite && c.Subject >= 0 && c.Agent != Self && !c.Negated && f.leavesWith(si, ci):
				f.unsure(Value) // "… teenagers excluded from school. They leave with a deck they shaped, a woodwork qualification …": what those served take away
			case c.Kind == Finite && c.Modal && toks[c.First].Norm == "can" && c.Subject >= 0 && c.Agent != Self && !c.Negated &&
				f.servedPhrase(s, c.Subject) && toks[s.Phrases[c.Subject].Head].Norm != "it":
				f.addOutcome(s.Phrases[c.Subject].First, max(c.End, clauseEnd(s, c))) // "Families can then replant": what someone served can do
			case c.Kind == Finite && c.Subject >= 0 && c.Agent != Self && !c.Negated && f.servedPhrase(s, c.Subject) && thenAfterWork(s, toks, ci):
				f.addOutcome(s.Phrases[c.Subject].First, max(c.End, clauseEnd(s, c))) // "… for youth bands, who then play without the cost": what those served do after the work
			case c.Kind == Finite && c.Subject >= 0 && c.Agent != Self && !c.Negated && f.servedPhrase(s, c.Subject) && toks[c.Verb].closed&(clBe|clHave|clCopula) == 0 && f.withOurs(s, ci) >= 0:
				f.addOutcome(s.Phrases[c.Subject].First, f.withOurs(s, ci)) // "women … grow their own businesses with our workshops": what they do with what the organisation gives
			case c.Agent == Self && len(c.Objects) > 0 && !c.Negated && f.againstHarm(s, c) > 0 && f.someoneServed():
				f.addOutcome(c.Verb, f.againstHarm(s, c)) // "insure the cattle of pastoralists against drought": kept from a harm
			case c.Agent == Self && len(c.Objects) == 1 && (s.Phrases[c.Objects[0]].Referent == Thing || s.Phrases[c.Objects[0]].Referent == Place) && toks[c.Verb].closed&(clBe|clHave|clCopula) == 0 &&
				s.Phrases[c.Objects[0]].Det != "our" && f.ofSomeoneServed(s, c.Objects[0]):
				// "insulating the homes of households in fuel poverty": work
				// on what someone served owns may be the benefit; not "grow
				// our share of the market", the organisation's own
				f.unsure(Value)
			case c.Agent == Self && !c.Negated && len(c.Objects) > 0 && f.intoHands(s, c):
				f.unsure(Value) // "get clay into more hands": what the work puts in people's hands, they receive
			case (c.Agent == Self || f.ownMoneyAtWork(s, c)) && !c.Negated && f.inSomeoneServeds(s, c):
				// "we fit insulation in the homes of pensioners", "the
				// income pays for insulation in the homes of pensioners":
				// what the work puts in a place of theirs may be the benefit
				f.unsure(Value)
			case c.Opener == "until" && c.Kind == Finite && !c.Negated && c.Subject >= 0 && f.servedPhrase(s, c.Subject) && ci > 0 && (s.Clauses[ci-1].Agent == Self || othersWorkFirst(s, ci)):
				f.unsure(Value) // "we run slow canoe sessions …, until they ask to go on the river": how far the work takes them
			case c.Kind == Gerund && c.OpenerAt < 0 && c.Subject < 0 && len(c.Objects) > 0 && !c.Negated && toks[c.Verb].closed&clReceiving != 0 &&
				c.First > s.First && toks[c.First-1].gap&gapComma != 0 && f.servedActedBefore(s, ci):
				f.unsure(Value) // "Independent comic shops in Ireland buy through our shared order, getting wholesale prices …": what those served get by it
			case f.servedAfterBreak(s, ci):
				f.unsure(Value) // "We bring steam engines to care homes; residents who drove them stand on the footplate again": what those served do after the work, most likely what it brings about
			case f.needMetAfterColon(s, ci):
				f.unsure(Value) // "Residents who push prams need a clear pavement on bin day: our crews put every bin back …": a need the work after the colon meets
			case !c.Negated && toks[c.Verb].closed&(clLinking|clBe) != 0 && len(c.Objects) == 1 && othersOwn(toks[s.Phrases[c.Objects[0]].Head].Norm):
				f.unsure(Value) // "… and it becomes theirs": what comes to belong to others is theirs to keep
			case c.Agent == Self && !c.Negated && f.moneyFor(s, c):
				f.unsure(Value) // "to raise funds for the heritage museum": money gathered or given for someone else is what they gain
			case f.wantsWhatSelfMakes(s, c):
				f.addOutcome(s.Phrases[c.Subject].First, max(c.End, clauseEnd(s, c))) // "sell it to potters who want a local clay that fires reliably": a need the work meets
			case c.Kind == Finite && !c.Negated && c.Subject >= 0 && (len(c.Objects) > 0 || c.Complement >= 0) && (toks[c.Verb].closed&clDesire != 0 || wouldRather(toks, c)) && relativeOpener(c.Opener) &&
				f.servedPhrase(s, c.Subject) && (f.givenBySelf(s, s.Phrases[c.Subject].PrepAt) || s.Phrases[c.Subject].Prep == "for" && f.workedOnBefore(s, s.Phrases[c.Subject].PrepAt)):
				// "sell them … to students in Leeds who need cheap, reliable
				// wheels", "dyes wool with plants we grow, for knitters who
				// want rich colour", "make wedding rings … for couples who
				// want to know where their metal came from", "a framework for
				// developers who would rather ship features": a need of those
				// the work goes to or is done for, which it may meet
				f.unsure(Value)
			case (c.Kind == Finite || c.Kind == Participle && c.Subject >= 0 && s.Phrases[c.Subject].First == s.First) && (c.Governor < 0 && c.OpenerAt < 0 || statedContent(s, toks, c)) && c.Subject >= 0 && c.Agent != Self && !c.Negated && f.noOneServed(s, c.Subject) &&
				toks[c.Verb].closed&(clBe|clCopula) == 0:
				// "… farmers book a slot along it. Nobody drives 200 miles to
				// an empty shed": what no one has to go through now; "No one
				// lost at sea": a picture of what no one goes through; "Our
				// mission is that no asylum seeker misses a diagnosis …", the
				// same, as the statement's content
				f.addOutcome(s.Phrases[c.Subject].First, max(c.End, clauseEnd(s, c)))
			case (c.Opener == "where" || c.Opener == "wherein" || c.Opener == "which" && c.OpenerAt > s.First && toks[c.OpenerAt-1].Norm == "in") &&
				c.Subject >= 0 && f.servedPhrase(s, c.Subject) && !c.Negated:
				f.addOutcome(s.Phrases[c.Subject].First, max(c.End, clauseEnd(s, c))) // "a world where everyone can …"
			case c.Agent == Self && len(c.Objects) >= 1 && f.ownedBySomeoneServed(s, c.Objects[0]) && strings.ContainsAny(toks[s.Phrases[c.Objects[0]].Head].entry.Senses(wordnet.Noun), "fx"):
				f.unsure(Value) // "to lift patients' spirits": work on someone's feeling or state, which may be the benefit
			case c.Kind == Finite && c.Subject >= 0 && ((c.Agent != Self && f.servedPhrase(s, c.Subject) || s.Phrases[c.Subject].Det == "our") && s.Phrases[c.Subject].Referent.Animate() || f.ownedBySomeoneServed(s, c.Subject) || f.theirsServed(si, c.Subject)) &&
				madeSureOf(toks, f.ownerFirst(s, c.Subject)):
				// "makes sure every registered boxer is medically checked",
				// "make sure our players retire with a degree", "make sure
				// patients' voices are heard": what is made sure of for
				// someone, or for what is theirs, may be the benefit
				f.unsure(Value)
			case c.Kind == Finite && c.OpenerAt < 0 && !c.Negated && c.Subject >= 0 && c.Agent != Self && s.Phrases[c.Subject].Referent.Animate() &&
				toks[c.Verb].closed&(clBe|clHave|clCopula|clLinking|clDesire) == 0 && (f.servedBefore(si) || f.selfWorksAfterBreak(s, ci)):
				// "We host podcasts for schools. Teachers upload lessons in a
				// few clicks, parents listen on any device": what people do
				// once served may be the benefit; so may what they do before
				// the work is told ("Postal workers finish a round without
				// back pain …; we design rucksacks that put it there")
				f.unsure(Value)
			case c.Agent == Self && len(c.Objects) == 1 && !c.Negated && toks[c.Verb].closed&(clBe|clHave|clCopula) == 0 && toks[s.Phrases[c.Objects[0]].Head].entry.First(wordnet.Noun) == wordnet.NounFeeling:
				f.unsure(Value) // "to spread joy one lolly at a time": a feeling given is a benefit, though it names no one who feels it
			case c.Kind == Finite && !c.Negated && c.Subject >= 0 && c.Agent != Self && s.Phrases[c.Subject].Referent.Animate() && f.servedPhrase(s, c.Subject) && f.stateAfter(s, c):
				f.unsure(Value) // "Older gurners in Keswick compete in comfort at …": the state in which those served act may be what they gain
			case c.Predicate < 0 && len(c.Objects) == 0 && !c.Negated && c.Kind == Finite && toks[c.Verb].closed&clBe != 0 && c.Subject >= 0 && c.Agent != Self &&
				s.Phrases[c.Subject].Referent.Animate() && f.servedPhrase(s, c.Subject) && c.End < s.End && (toks[c.End].Tag == Adverb || toks[c.End].Tag == Preposition):
				f.unsure(Value) // "parents with babies are back on the road quickly": where or how someone served is may be what they gain
			case len(c.Objects) > 0 && !c.Negated && c.Objects[len(c.Objects)-1]+1 < len(s.Phrases) && f.conditionIn(s, c.Objects[len(c.Objects)-1]+1):
				f.unsure(Value) // "… use the craft to exercise hand strength in stroke patients": work on a state or quality in people may be what they gain
			}
			if p := c.Subject; c.Kind == Finite && f.passiveJoined(s, c) && p >= 0 && !c.Negated && (f.servedPhrase(s, p) || s.Phrases[p].MaybeAnimate) && s.Phrases[p].Referent != Self && f.concreteVerb(&toks[c.Verb]) {
				f.unsure(Value) // "commuters on the Halden line are carried to Leeds in 22 minutes": what is done for them may be the benefit
			}
		}
	}
	for si := range f.a.Sentences {
		if at := f.promisedTo(&f.a.Sentences[si]); at >= 0 {
			f.addOutcome(at, f.a.Sentences[si].End) // "Our promise to matatu owners in Nairobi: cashless fares …": what they are promised
		}
		if at := f.ellipticResult(&f.a.Sentences[si]); at >= 0 {
			f.addOutcome(at, f.a.Sentences[si].End) // "so every child who wants to play for a club can"
		}
	}
	// The benefit words; a benefit verb counts where someone is served
	// ("Enabling open maps" serves no one named).
	for i := range toks {
		n := f.match(benefitOutcomeList, i)
		if n > 0 && toks[i].Tag == ProperNoun {
			n = 0 // "Corvina Health's mission": a name's word, no outcome
		}
		verb := 0
		if toks[i].Tag == Verb || toks[i].Tag == Adjective {
			verb = f.match(benefitVerbList, i)
		}
		if verb == 0 && toks[i].Tag == Verb && toks[i].closed&clRemoval != 0 && f.removesNoPrice(i) {
			verb = 1 // "to stop shallow-water blackouts": a verb of ending or lessening, as "end" and "prevent" are, spares someone what it removes (a price taken away is read apart)
		}
		someone := audience || f.c.presence[Audience] == Unsure
		if n == 0 && toks[i].Tag == Adverb && someone && f.benefitAdverb(i) {
			n = 1 // "move people safely", "deliver affordably": the manner is the outcome
		}
		switch {
		case n > 0 && (toks[i].Tag != Noun || someone):
			f.addOutcome(i, i+n) // an outcome: "healthier lives", "safe"; "access" for someone
		case verb > 0 && (someone || f.servesSomeone(i) || f.readersOwn(i) || toks[i].closed&clRemoval != 0):
			f.addOutcome(i, i+verb) // a benefit verb with someone to benefit ("end hunger" spares someone); not "Enabling open maps"
		case verb > 0 && !f.hasObject(i):
			f.unsure(Value) // "We inspire and educate": whom, it does not say
		case verb > 0 && f.objectIsLivingState(i):
			f.unsure(Value) // "Improving health and wellbeing": a state only the living have, though no one is named
		case verb > 0 && toks[i].Tag == Verb && toks[i].closed&clProtecting != 0:
			f.unsure(Value) // "We protect mission-critical infrastructure with …": what is kept from harm is spared it, for whoever relies on it
		}
	}
	if f.c.presence[Audience] == Unsure && f.c.presence[Value] != Present || f.c.presence[Value] != Present && (f.goodForSomeone() || f.moreCreaturesPictured() || f.everyOnePictured() || f.movesSomeone() || f.pricedForSomeone() || f.qualityForSomeone() || f.promptForSomeone() || f.readyWhenNeeded() || f.shareGoesTo() || f.problemThenWork() || f.changeFromTo() || f.reasonGives() || f.servedActAfter() || f.listedForServed() || f.answersServed()) {
		f.unsure(Value)
	}
}

// answersServed reports whether a clause of the organisation's, of a
// verb of communicating ("answer", "reply to"), takes as its object what
// comes from someone served ("answer calls from bereaved parents"): a
// service given to them, though nothing says what changes for them.
func (f *finder) answersServed() bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			if c.Agent != Self || c.Negated || len(c.Objects) == 0 || wordnet.Class(f.a.Tokens[c.Verb].entry.First(wordnet.Verb)) != wordnet.VerbCommunication {
				continue
			}
			if p := prepPhraseAt(s, s.Phrases[c.Objects[0]].End, "from"); p >= 0 && isSomeone(s.Phrases[p].Referent) && f.servedPhrase(s, p) {
				return true
			}
		}
	}
	return false
}

// listedForServed reports whether a sentence lists things before a colon
// and then says they are what someone served is offered, gets or needs
// (listedForServedIn).
func (f *finder) listedForServed() bool {
	for si := range f.a.Sentences {
		if f.listedForServedIn(&f.a.Sentences[si]) {
			return true
		}
	}
	return false
}

// listedForServedIn reports whether sentence s opens with things listed
// before a colon, and after it "that is what" (or "this is what", "all",
// "everything") and a clause that names someone served ("Two hours of
// drawing, a warm room and a patient tutor each week: that is what we
// offer carers in Oldham …", "Dark-sky maps, loan telescopes and monthly
// star parties: everything amateur astronomers on Exmoor need …"): what
// is listed is what they are given, the work's means and most likely its
// benefit.
func (f *finder) listedForServedIn(s *Sentence) bool {
	toks := f.a.Tokens
	if len(s.Phrases) < 3 || s.Phrases[0].First != s.First || s.Phrases[0].Prep != "" || isSomeone(s.Phrases[0].Referent) || s.Phrases[0].Referent == Self {
		return false
	}
	colon := -1
	for k := s.First; k < s.End; k++ {
		if toks[k].gap&gapColon != 0 {
			colon = k
			break
		}
		if toks[k].Tag == Verb && !toks[k].Is(Ing) || toks[k].Tag == Modal {
			return false // the list opens the sentence, with no verb of its own ("two hours of drawing" names an activity)
		}
	}
	if colon < 0 || colon+2 >= s.End {
		return false
	}
	k := colon + 1
	switch {
	case (toks[k].Norm == "that" || toks[k].Norm == "this") && toks[k+1].Norm == "is" && k+2 < s.End && toks[k+2].Norm == "what":
	case toks[k].Norm == "everything" || toks[k].Norm == "all":
	default:
		return false
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.First > k && isSomeone(p.Referent) && p.Referent != Self && f.servedPhrase(s, pi) {
			return true
		}
	}
	return false
}

// changeFromTo reports whether, where someone is served, a verb takes
// something from one state to another that is no place ("turns grant
// reporting from a week of spreadsheets into a button"): a change made for
// them, which may be the benefit; not a journey ("from Leeds to York").
func (f *finder) changeFromTo() bool {
	if f.c.presence[Audience] != Present {
		return false
	}
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for pi := range s.Phrases {
			from := &s.Phrases[pi]
			if from.Prep != "from" || from.Referent == Place || from.Referent == Name || len(s.Clauses) == 0 || s.Clauses[0].Verb > from.PrepAt {
				continue
			}
			if phraseInChain(s, from.End, func(p *Phrase) bool {
				return (p.Prep == "into" || p.Prep == "to") && p.Referent != Place && p.Referent != Name && !p.Referent.Animate()
			}) {
				return true
			}
		}
	}
	return false
}

// receives reports whether clause c says that its subject, someone other
// than the organisation, gets something: a verb of receiving with an
// object, finite or a participle on the subject ("every cleaner gets a
// paid break", "a team getting value").
func (f *finder) receives(c *Clause) bool {
	return (c.Kind == Finite || c.Kind == Gerund && c.Opener == "") && c.Subject >= 0 && c.Agent != Self && len(c.Objects) > 0 && !c.Negated &&
		f.a.Tokens[c.Verb].closed&clReceiving != 0
}

// causedObject reports whether phrase pi is the first object of a verb
// that moves someone to act or lets them ("inspire", "empower", "teach";
// the causative class), other than a light verb or one first of all
// stative ("make", "have", "keep").
func (f *finder) causedObject(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if v := &f.a.Tokens[c.Verb]; len(c.Objects) > 0 && c.Objects[0] == pi && !c.Negated && v.closed&clCausative != 0 && v.closed&clLightVerb == 0 && v.entry.First(wordnet.Verb) != wordnet.VerbStative {
			return true // not "have shore power", "keep homes warm": verbs of having and keeping take things as readily
		}
	}
	return false
}

// moneyFor reports whether clause c's object is money, a sum with a
// currency sign or a noun WordNet files first as a possession ("£20,000",
// "funds"), and a phrase after "for" that is not the organisation's own
// follows it ("raise funds for the village hall", "raise £20,000 for the
// mining museum").
func (f *finder) moneyFor(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	var end int // where the money ends
	switch {
	case c.End < s.End && toks[c.End].Tag == Number && isSum(toks[c.End].Text):
		end = c.End + 1 // a sum is no phrase: "raise [£20,000] for …"
	case len(c.Objects) > 0:
		o := &s.Phrases[c.Objects[0]]
		if toks[o.Head].entry.First(wordnet.Noun) != wordnet.NounPossession || o.Prep != "" {
			return false
		}
		end = o.End
	default:
		return false
	}
	p := f.phraseFrom[min(end+1, len(f.phraseFrom)-1)]
	return end+1 < s.End && p != nil && p.Prep == "for" && p.PrepAt == end && p.Det != "our" && p.Referent != Self
}

// othersOwn reports whether a word is a possessive pronoun of someone
// other than the organisation ("theirs", "yours", "hers").
func othersOwn(w string) bool { return w == "theirs" || w == "yours" || w == "hers" }

// isSum reports whether a number is written as money, after a currency
// sign ("$40", "£20,000", "€5").
func isSum(text string) bool {
	_, ok := tokenize.TrimCurrency(text)
	return ok
}

// receivingSubject reports whether phrase pi is the subject of a clause
// that says it gets something (receives).
func (f *finder) receivingSubject(s *Sentence, pi int) bool {
	return s.subjectOf(pi, f.receives)
}

// ownedBySomeoneServed reports whether a served phrase owns phrase pi
// ("tenants' repairs", "every farmer's tax return").
func (f *finder) ownedBySomeoneServed(s *Sentence, pi int) bool {
	if !s.owned(pi) {
		return false
	}
	q := &s.Phrases[pi-1]
	// An owner is most often someone: "commuters' bikes", though a
	// commuter is first a train.
	return f.servedPhrase(s, pi-1) || q.AnyAnimate && q.Referent != Self && q.Det != "our" && !f.a.Tokens[q.Head].Is(Capitalised)
}

// theirsServed reports whether phrase pi of sentence si belongs to someone
// served by "their", someone served named before it in the statement
// ("bring Deaf people together … and make sure [their voices] are
// heard"), or by "of" and someone served ("the voices [of Deaf people]").
func (f *finder) theirsServed(si, pi int) bool {
	s := &f.a.Sentences[si]
	p := &s.Phrases[pi]
	if q := pi + 1; q < len(s.Phrases) && s.Phrases[q].Prep == "of" && s.Phrases[q].PrepAt == p.End && f.servedPhrase(s, q) && s.Phrases[q].Referent.Animate() {
		return true
	}
	if p.Det != "their" {
		return false
	}
	for sj := 0; sj <= si; sj++ {
		for qi := range f.a.Sentences[sj].Phrases {
			if sj == si && qi >= pi {
				break
			}
			if f.audienceAt[sj][qi] && f.a.Sentences[sj].Phrases[qi].Referent.Animate() {
				return true
			}
		}
	}
	return false
}

// ownerFirst returns where phrase pi starts, or where its possessor starts
// when one stands right before it ("[patients'] voices").
func (f *finder) ownerFirst(s *Sentence, pi int) int {
	if s.owned(pi) {
		return s.Phrases[pi-1].First
	}
	return s.Phrases[pi].First
}

// handsOf reports whether a phrase after "in" or "into" names parts of
// the body in the plural ("into more hands"), which stand for the people
// whose they are.
func (f *finder) handsOf(p *Phrase) bool {
	return (p.Prep == "in" || p.Prep == "into") && f.bodyInPlural(p.Head)
}

// bodyInPlural reports whether token k is a plural noun for a part of the
// body, as WordNet files it first ("hands", "minds").
func (f *finder) bodyInPlural(k int) bool {
	h := &f.a.Tokens[k]
	return h.Tag == Noun && h.Is(Plural) && h.entry.First(wordnet.Noun) == wordnet.NounBody
}

// intoHands reports whether clause c's object is followed, in its
// sentence, by a phrase handsOf reads, or by an owner after "in" or
// "into" whose hands follow ("get clay into more hands", "put the data
// that residents generate back in residents' hands").
func (f *finder) intoHands(s *Sentence, c *Clause) bool {
	end := s.Phrases[c.Objects[len(c.Objects)-1]].End
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.PrepAt < end {
			continue
		}
		if f.handsOf(p) {
			return true
		}
		owned := pi + 1
		if p.Possessor && (p.Prep == "in" || p.Prep == "into") && owned < len(s.Phrases) && s.Phrases[owned].First == p.End && f.bodyInPlural(s.Phrases[owned].Head) {
			return true
		}
	}
	return false
}

// inSomeoneServeds reports whether clause c's last object, or what follows
// "for" after its verb, is followed by a place of someone served's ("…
// insulation [in the homes of pensioners]").
func (f *finder) inSomeoneServeds(s *Sentence, c *Clause) bool {
	end := c.End
	if len(c.Objects) > 0 {
		end = s.Phrases[c.Objects[len(c.Objects)-1]].End
	}
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.PrepAt == c.End && p.Prep == "for" && len(c.Objects) == 0 {
			end = p.End // "pays for [insulation] in …"
		}
		if p.PrepAt == end && locative(p.Prep) && (p.Referent == Place || p.Referent == Establishment) && f.ofSomeoneServed(s, pi) {
			return true
		}
	}
	return false
}

// ownMoneyAtWork reports whether clause c's subject is the organisation's
// money ("the income", "our profits": WordNet's possessions, with "the"
// or "our"), which the work is paid with.
func (f *finder) ownMoneyAtWork(s *Sentence, c *Clause) bool {
	if c.Subject < 0 || c.Kind != Finite {
		return false
	}
	p := &s.Phrases[c.Subject]
	return (p.Det == "the" || p.Det == "our") && f.a.Tokens[p.Head].entry.First(wordnet.Noun) == wordnet.NounPossession
}

// ofSomeoneServed reports whether the phrase at pi is followed by "of"
// someone served: its owners ("the homes of households in fuel poverty").
func (f *finder) ofSomeoneServed(s *Sentence, pi int) bool {
	return pi+1 < len(s.Phrases) && s.Phrases[pi+1].Prep == "of" && s.Phrases[pi+1].PrepAt == s.Phrases[pi].End && s.Phrases[pi+1].Referent.Animate() && f.servedPhrase(s, pi+1)
}

// forItsOwners reports whether the phrase at pi is followed by "for"
// someone served who owns it, as a relative clause says: "boats for the
// families who own them".
func (f *finder) forItsOwners(s *Sentence, pi int) bool {
	if pi+1 >= len(s.Phrases) || s.Phrases[pi+1].Prep != "for" || s.Phrases[pi+1].PrepAt != s.Phrases[pi].End || !f.servedPhrase(s, pi+1) {
		return false
	}
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Subject == pi+1 && c.OpenerAt >= 0 && f.lemma[c.Verb] == "own" {
			return true
		}
	}
	return false
}

// ellipticResult returns where a result clause opens whose verb goes
// unsaid after its modal ("so every child who wants to play for a club
// can"): an opener of result that opens no clause, someone served as its
// subject and a modal after them that closes the sentence; or -1.
func (f *finder) ellipticResult(s *Sentence) int {
	toks := f.a.Tokens
	if s.End-1 <= s.First || toks[s.End-1].Tag != Modal {
		return -1
	}
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.First <= s.End-1 && s.End-1 < c.End {
			return -1 // the modal has a verb of its own
		}
	}
	for k := s.End - 2; k >= s.First; k-- {
		n := phraseAt(toks, k, clResult)
		if toks[k].Tag != Subordinator || n == 0 {
			continue
		}
		for ci := range s.Clauses {
			if s.Clauses[ci].OpenerAt == k {
				return -1
			}
		}
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; p.First == k+n && p.Prep == "" && f.servedPhrase(s, pi) {
				return k
			}
		}
		return -1
	}
	return -1
}

// problemThenWork reports whether the statement opens with people's
// problem and then says what the organisation does ("Too many older
// residents miss appointments because there is no bus. We run a booked
// minibus …"): the work answers the problem, which is the benefit, though
// no clause says so.
func (f *finder) problemThenWork() bool {
	if len(f.a.Sentences) < 2 {
		return false
	}
	first := &f.a.Sentences[0]
	problem := false
	for ci := range first.Clauses {
		c := &first.Clauses[ci]
		if c.Agent == Self && !(ci == 0 && c.Kind == Gerund && gerundSubjectOf(first, f.a.Tokens)) {
			return false // not an "-ing" subject: "Planning a funeral shouldn't take …"
		}
		if c.Kind == Finite && c.Subject >= 0 && c.Agent.Animate() && c.Agent != Everyone {
			problem = true
		}
		if c.Kind == Finite && c.Negated && c.Modal && strings.HasPrefix(f.a.Tokens[c.First].Norm, "should") {
			problem = true // "Planning a funeral shouldn't take twelve phone calls.": how things ought not to be
		}
	}
	if !problem {
		return false
	}
	for si := 1; si < len(f.a.Sentences); si++ {
		for _, c := range f.a.Sentences[si].Clauses {
			if c.Agent == Self && c.Kind == Finite {
				return true
			}
		}
	}
	return false
}

// pictureStart returns where a sentence's verbless picture starts: at the
// sentence's start when it has no verb, after a lead-in's colon when
// that is verbless, or -1.
func (f *finder) pictureStart(s *Sentence) int {
	if f.verbless(s) {
		return s.First
	}
	return f.pictureAfterColon(s)
}

// offeredPictured reports whether sentence si, without a verb or after a
// lead-in's colon, opens with someone's work, goods, a service, a club
// held or a thing the tables do not know ("a free, timed 5k every
// Saturday"), for someone served.
func (f *finder) offeredPictured(si int) bool {
	s := &f.a.Sentences[si]
	start := f.pictureStart(s)
	if start < 0 {
		return false
	}
	pi := 0
	for pi < len(s.Phrases) && s.Phrases[pi].First < start {
		pi++
	}
	if pi+1 >= len(s.Phrases) || s.Phrases[pi].Prep != "" {
		return false
	}
	p := &s.Phrases[pi]
	unknown := p.Referent == Unclear && f.a.Tokens[p.Head].Tag != Pronoun && !f.a.Tokens[p.Head].known
	return (f.personProvided(s, pi) || p.Referent == Thing || p.Referent == Service || f.heldGroup(p) || unknown) && f.servedFor(si, pi+1)
}

// goodForSomeone reports whether a sentence without a verb, or the
// verbless picture after a lead-in's colon, names a made thing, a
// service, a place, or a quality, state or faculty to have, for someone
// ("Open data for everyone", "Free legal advice for tenants", "Great
// schools for every child", "Justice for all", "Our mission is simple:
// good eyesight for every family"): what they get may be the benefit,
// though nothing says what changes for them.
func (f *finder) goodForSomeone() bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		start := f.pictureStart(s)
		if start < 0 && f.verblessBeforeColon(s) {
			start = s.First // "Fresh fruit … within a lift ride of every household: our shop buys …": the good named first, the work after the colon
		}
		first := -1
		for pi := range s.Phrases {
			if s.Phrases[pi].First >= start {
				first = pi
				break
			}
		}
		if start < 0 || first < 0 || s.Phrases[first].Prep != "" {
			continue
		}
		last, good := first, f.goodToHave(s, first)
		for q := first + 1; q < len(s.Phrases) && s.Phrases[q].Conjoined == first && s.Phrases[q].Prep == ""; q++ {
			last, good = q, good || f.goodToHave(s, q) // "fair rates and [on-time pay] for freelance translators": the list, then whom it is for
		}
		if good && f.servedFor(si, last+1) {
			return true
		}
	}
	return false
}

// goodToHave reports whether phrase pi names what goodForSomeone counts
// as a good: a made thing, a service, a place, someone provided, or a
// quality, state or faculty to have.
func (f *finder) goodToHave(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	return p.Referent == Thing || p.Referent == Service || p.Referent == Establishment || p.Referent == Place || f.personProvided(s, pi) ||
		p.Referent == Group && strings.ContainsAny(f.a.Tokens[p.Head].entry.Senses(wordnet.Noun), "rFE") || // a school is a place too
		p.Referent == Abstraction && (f.qualityOrState(p) || f.faculty(p)) // "Justice for all", "good eyesight for every family": a state or a faculty to have
}

// moreCreaturesPictured reports whether a sentence without a verb of its
// own opens with more or fewer animals ("more red squirrels breeding on
// Anglesey", "fewer hedgehogs on the roads"): a change in their numbers,
// the good a mission for wildlife works for, though no person is named.
func (f *finder) moreCreaturesPictured() bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		start := f.pictureStart(s)
		if start < 0 {
			continue
		}
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; p.First >= start {
				if p.Prep == "" && (p.Det == "more" || p.Det == "fewer") && p.Referent == Animal {
					return true
				}
				break
			}
		}
	}
	return false
}

// forItsUsers reports whether the thing phrase oi of sentence si is
// followed by someone served after "for" whose relative clause takes the
// thing back as its object, by a pronoun ("wheelchairs for the people who
// use them"): the things are theirs.
func (f *finder) forItsUsers(si, oi int) bool {
	s := &f.a.Sentences[si]
	o := &s.Phrases[oi]
	for qi := oi + 1; qi < len(s.Phrases); qi++ {
		q := &s.Phrases[qi]
		if q.Prep != "for" || q.PrepAt != o.End || !f.audienceAt[si][qi] {
			continue
		}
		for ci := range s.Clauses {
			d := &s.Clauses[ci]
			if d.Subject != qi || !relativeOpener(d.Opener) || len(d.Objects) == 0 {
				continue
			}
			switch f.a.Tokens[s.Phrases[d.Objects[0]].Head].Norm {
			case "them", "it":
				return true
			}
		}
	}
	return false
}

// servedFor reports whether a phrase of sentence si from the from-th on
// is someone served after "for", or after "within" a distance "of".
func (f *finder) servedFor(si, from int) bool {
	s := &f.a.Sentences[si]
	for pi := from; pi < len(s.Phrases); pi++ {
		if s.Phrases[pi].Prep == "for" && f.audienceAt[si][pi] {
			return true
		}
		if p := &s.Phrases[pi]; p.Prep == "of" && f.audienceAt[si][pi] && pi > from && s.Phrases[pi-1].Prep == "within" && s.Phrases[pi-1].End == p.PrepAt {
			return true // "fresh fruit within a lift ride [of every household]": within their reach is for them
		}
	}
	return false
}

// forServedWithin reports whether a phrase after "for", in clause d or
// right after it and the phrases that say where or how long, names someone
// served ("take under a minute [for the volunteer]").
func (f *finder) forServedWithin(si int, d *Clause) bool {
	s := &f.a.Sentences[si]
	end := afterPrepPhrases(s, f.a.Tokens, max(d.End, clauseEnd(s, d)), true)
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.Prep == "for" && p.PrepAt >= d.First && p.PrepAt <= end && f.audienceAt[si][pi] {
			return true
		}
	}
	return false
}

// personProvided reports whether phrase pi names one person, counted by
// an article, as what a statement with no verb provides ("a mentor for
// every new beekeeper", "a named nurse for each family"): someone whose
// work is the service.
func (f *finder) personProvided(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	return p.Referent == Person && p.Indefinite() && !f.a.Tokens[p.Head].Is(Plural) && !f.generic(p)
}

// feelsSo reports whether a clause is a verb of seeming or feeling with
// an adjective after it ("feel shorter", "seem easy").
func (f *finder) feelsSo(s *Sentence, d *Clause) bool {
	v := &f.a.Tokens[d.Verb]
	if v.closed&clLinking == 0 || d.Verb+1 >= s.End {
		return false
	}
	switch wordnet.Class(v.entry.First(wordnet.Verb)) {
	case wordnet.VerbPerception, wordnet.VerbEmotion, wordnet.VerbStative:
		return d.Predicate >= 0 || f.a.Tokens[d.Verb+1].Tag == Adjective
	}
	return false
}

// everyOnePictured reports whether a sentence with no verb, or the
// verbless picture after a lead-in's colon, counts what it pictures one
// by one ("Our mission: every exam paper in braille, on the desk, on the
// day"): a promise kept for each, whose keeping may be the benefit.
func (f *finder) everyOnePictured() bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		start := f.pictureStart(s)
		if start < 0 || start >= len(f.phraseFrom) {
			continue
		}
		if p := f.phraseFrom[start]; p != nil && p.First == start && p.Prep == "" && p.Distributive() {
			return true
		}
	}
	return false
}

// faculty reports whether a phrase's head names, first, a power of the
// mind or the senses that an adjective rates ("good eyesight", "sharp
// memory"): something a person has.
func (f *finder) faculty(p *Phrase) bool {
	return p.Head > p.First && f.a.Tokens[p.Head-1].Tag == Adjective && f.a.Tokens[p.Head].entry.First(wordnet.Noun) == wordnet.NounCognition
}

// qualityOrState reports whether a phrase's head names, first, a quality
// or a state someone can have ("justice", "dignity", "safety").
func (f *finder) qualityOrState(p *Phrase) bool {
	switch f.a.Tokens[p.Head].entry.First(wordnet.Noun) {
	case wordnet.NounAttribute, wordnet.NounState:
		return true
	}
	return false
}

// peopleAdjectives returns the first of the adjectives before a phrase's
// head whose likeliest sense as a noun is a person or a group of people
// ("gay", "bisexual"), and how many there are.
func (f *finder) peopleAdjectives(p *Phrase) (int, int) {
	first, n := -1, 0
	for k := p.First; k < p.Head; k++ {
		t := &f.a.Tokens[k]
		if t.Tag != Adjective || t.cands == nil {
			continue
		}
		switch t.cands.nounEntry.First(wordnet.Noun) {
		case wordnet.NounPerson, wordnet.NounSocialGroup:
			if first < 0 {
				first = k
			}
			n++
		}
	}
	return first, n
}

// promptForSomeone reports whether the organisation's clause, in a
// sentence that names someone served, promises a time ("repair wheelchairs
// for NHS users … within 48 hours of a call", "… deliver them the same
// day") or fits the work to theirs ("fix watches for commuters while they
// wait"): speed promised is likely
// the benefit, though nothing says what changes for them.
func (f *finder) promptForSomeone() bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		if !slices.Contains(f.audienceAt[si], true) || !slices.ContainsFunc(s.Clauses, func(c Clause) bool { return c.Agent == Self && !c.Negated }) {
			continue
		}
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; p.Prep == "within" && timeNoun(&f.a.Tokens[p.Head]) || p.Prep == "in" && fractionOf(f.a.Tokens, p) && strings.IndexByte(f.a.Tokens[p.Head].entry.Senses(wordnet.Noun), byte(wordnet.NounTime)) >= 0 ||
				p.Prep == "" && timeNoun(&f.a.Tokens[p.Head]) && sameOrNextBefore(f.a.Tokens, p) && !roleInClause(s, pi) {
				return true // "within 48 hours", "in half the usual time", "deliver them the same day"
			}
		}
		for _, c := range s.Clauses {
			if c.Opener != "while" || c.Subject < 0 || f.a.Tokens[s.Phrases[c.Subject].Head].Norm != "they" {
				continue
			}
			for pi := range s.Phrases {
				if p := &s.Phrases[pi]; p.End == c.OpenerAt && p.Prep == "for" && f.audienceAt[si][pi] {
					return true // "fixes watches for commuters while they wait": the work fitted to the time of those it is for
				}
			}
		}
	}
	return false
}

// sameOrNextBefore reports whether "same" or "next" describes a
// phrase's head ("the same day", "the next morning"): a time set by the
// moment of asking.
func sameOrNextBefore(toks []Token, p *Phrase) bool {
	for k := p.First; k < p.Head; k++ {
		if toks[k].Norm == "same" || toks[k].Norm == "next" {
			return true
		}
	}
	return false
}

// roleInClause reports whether phrase pi is a clause's subject or one of
// its objects, rather than a phrase that says when or how.
func roleInClause(s *Sentence, pi int) bool {
	for _, c := range s.Clauses {
		if c.Subject == pi || slices.Contains(c.Objects, pi) {
			return true
		}
	}
	return false
}

// fractionOf reports whether a phrase takes a fraction of its head ("half
// the usual time", "a third of the cost").
func fractionOf(toks []Token, p *Phrase) bool {
	for k := p.First; k < p.Head; k++ {
		switch toks[k].Norm {
		case "half", "third", "quarter", "fraction":
			return true
		}
	}
	return false
}

// shareGoesTo reports whether a sentence sends an amount to someone
// served: a number's or a price's phrase, then "going to" them ("sold with
// 80 per cent of each sale going to the artist"): money they get, which
// may be the benefit.
func (f *finder) shareGoesTo() bool {
	toks := f.a.Tokens
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			if toks[c.Verb].Lemma != "go" || c.Verb+1 >= s.End || toks[c.Verb+1].Norm != "to" {
				continue
			}
			to := prepPhraseAt(s, c.Verb+1, "to")
			if to < 0 || !f.servedPhrase(s, to) {
				continue
			}
			for k := c.Verb - 1; k >= s.First && k >= c.Verb-maxPhraseWords; k-- {
				if toks[k].Tag == Number || toks[k].closed&clPriceNoun != 0 {
					return true
				}
			}
		}
	}
	return false
}

// readyWhenNeeded reports whether a sentence sets out what happens to a
// being ("when a family's dog is hit by a car at three in the morning")
// and then what the organisation does or is ("our overnight team is
// awake, staffed and ready to operate"), or says what the organisation or
// its thing does right before "when" someone asks ("a bus that comes when
// you call it"): a promise of help when it is needed, which may be the
// benefit.
func (f *finder) readyWhenNeeded() bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			if c.Opener != "when" && c.Opener != "whenever" && c.Opener != "if" || c.Subject < 0 || c.Agent == Self || !s.Phrases[c.Subject].Referent.Animate() {
				continue
			}
			for _, d := range s.Clauses[ci+1:] {
				if d.Agent == Self && d.OpenerAt < 0 && !d.Negated {
					return true
				}
			}
			if ci > 0 && c.OpenerAt >= 0 {
				if d := &s.Clauses[ci-1]; d.Agent == Self && !d.Negated && d.Kind == Finite && afterPrepPhrases(s, f.a.Tokens, max(d.End, clauseEnd(s, d)), true) == c.OpenerAt {
					return true // "a bus that comes when you call it": the organisation's, or its thing's, answer, right before when
				}
			}
		}
	}
	return false
}

// qualityForSomeone reports whether the organisation's clause, in a
// sentence that names someone served, has an object that a relative
// clause says how it is ("makes wheelchairs that fit properly for children
// in Leeds", "hats that last for decades"): a stative verb other than
// "be" or "have", whose subject is the thing made; what it is like may be
// the benefit.
func (f *finder) qualityForSomeone() bool {
	return f.ownClauseForSomeone(func(s *Sentence, c *Clause) bool {
		for ri := range s.Clauses {
			r := &s.Clauses[ri]
			v := &f.a.Tokens[r.Verb]
			if (r.Opener == "that" || r.Opener == "which") && r.Subject >= 0 && f.describedObject(s, c, r) && !r.Negated &&
				v.closed&(clBe|clHave|clCopula) == 0 && wordnet.Class(v.entry.First(wordnet.Verb)) == wordnet.VerbStative {
				return true
			}
		}
		return false
	})
}

// describedObject reports whether relative clause r describes an object
// of clause c: its subject is the object, or, after a comma, the last of
// the phrases with prepositions that follow the object ("make hats [by
// hand], [in Wexcombe], that fit properly": how and where they are made,
// then what the hats are like).
func (f *finder) describedObject(s *Sentence, c, r *Clause) bool {
	for _, o := range c.Objects {
		if r.Subject == o {
			return true
		}
		if r.Subject < o || r.OpenerAt < 1 || f.a.Tokens[r.OpenerAt-1].gap&gapComma == 0 {
			continue
		}
		adjuncts := true
		for pi := o + 1; pi <= r.Subject; pi++ {
			adjuncts = adjuncts && s.Phrases[pi].Prep != ""
		}
		if adjuncts {
			return true
		}
	}
	return false
}

// pricedForSomeone reports whether the organisation's clause, in a
// sentence that names someone served, takes a price away ("waive fees
// for any family that asks") or names the price of what it does ("sells
// fresh vegetables at wholesale prices to residents", "sell hearing aids
// to retired people for a third of the new price"): a price named is
// likely lower than elsewhere, which may be the benefit.
func (f *finder) pricedForSomeone() bool {
	return f.ownClauseForSomeone(func(s *Sentence, c *Clause) bool {
		if v := &f.a.Tokens[c.Verb]; v.Lemma == "pay" && c.Verb+1 < s.End && f.a.Tokens[c.Verb+1].Norm == "for" && (len(c.Objects) > 0 || f.a.Tokens[c.Verb+1].Tag != Preposition) {
			return true // "… and pays for the training, travel and childcare they need": the cost borne for them
		}
		for _, o := range c.Objects {
			if f.a.Tokens[s.Phrases[o].Head].closed&clPriceNoun != 0 && f.a.Tokens[c.Verb].closed&clRemoval != 0 {
				return true // "we waive fees for any family that asks", "halve fares for students": a price taken away; not "collecting rents"
			}
		}
		for pi := range s.Phrases {
			p := &s.Phrases[pi]
			if p.PrepAt < c.End || (p.Prep != "at" && p.Prep != "for" && p.Prep != "of") {
				continue
			}
			if f.a.Tokens[p.Head].closed&clPriceNoun != 0 && (p.Prep != "of" || pi > 0 && (s.Phrases[pi-1].Prep == "for" || s.Phrases[pi-1].Prep == "at")) {
				return true
			}
		}
		for k := c.End; k+1 < s.End; k++ {
			if t := &f.a.Tokens[k+1]; (f.norms[k] == "at" || f.norms[k] == "for") && t.Tag == Number && strings.ContainsAny(t.Text, "%$£€₹₦") {
				return true // "lends at 1% a month", "for $10 a month": a rate or a sum named
			}
		}
		return false
	})
}

// ownClauseForSomeone reports whether test holds for one of the
// organisation's clauses, not negated, in a sentence that names someone
// served.
func (f *finder) ownClauseForSomeone(test func(s *Sentence, c *Clause) bool) bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		if !slices.Contains(f.audienceAt[si], true) {
			continue
		}
		for ci := range s.Clauses {
			if c := &s.Clauses[ci]; c.Agent == Self && !c.Negated && test(s, c) {
				return true
			}
		}
	}
	return false
}

// reasonGives reports whether a clause of reason or result gives someone
// something, whoever the giver is ("We register students as donors,
// because young donors give patients the best chance of a transplant
// working"): what the work is for, most likely, though the organisation
// does not give it.
func (f *finder) reasonGives() bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			reason := c.Opener == "because" || c.Opener == "so" || c.Opener == "so that"
			if reason && !c.Negated && len(c.Objects) > 0 && f.a.Tokens[c.Verb].closed&clGiving != 0 && s.Phrases[c.Objects[0]].Referent.Animate() {
				return true
			}
		}
	}
	return false
}

// servedActAfter reports whether a sentence after one in which the
// organisation acts says what someone found to be its audience does ("Our
// engineers service every escalator at the station overnight. Commuters
// with prams then start the day on moving stairs."): what they can do once
// the work is done, most likely, though no word says it follows from it.
func (f *finder) servedActAfter() bool {
	selfActed := false
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			switch {
			case c.Agent == Self:
				selfActed = true
			case selfActed && si > 0 && c.Kind == Finite && !c.Negated && c.Subject >= 0 && c.Opener == "" && f.audienceAt[si][c.Subject]:
				return true // audience, which runs first, marks every sentence's phrases
			}
		}
	}
	return false
}

// movesSomeone reports whether a clause takes people somewhere ("buses
// that get people from every village to the nearest town"): as with a good
// named without a verb, getting there may be the benefit, though nothing
// says what changes for them. A thing made or handed over for someone
// ("We design greeting cards for dog owners") is not enough: writers call
// that an activity with no benefit.
func (f *finder) movesSomeone() bool {
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for ci := range s.Clauses {
			if f.takenTo(s, &s.Clauses[ci]) > 0 {
				return true
			}
		}
	}
	return false
}

// actsForOthers reports whether a relative clause says what the people of
// phrase pi go on to do to something ("nurses who meet the health needs
// of …"): they work for others, so what is done to them is the means.
func (f *finder) actsForOthers(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Subject != pi || !relativeOpener(c.Opener) || len(c.Objects) == 0 || c.Negated {
			continue
		}
		if o := &s.Phrases[c.Objects[0]]; o.Det == "our" || o.Referent == Self {
			continue // "every patient who walks through our doors": what they do to the organisation's own
		}
		switch wordnet.Class(f.a.Tokens[c.Verb].entry.First(wordnet.Verb)) {
		case wordnet.VerbStative, wordnet.VerbEmotion, wordnet.VerbPerception, wordnet.VerbCognition, wordnet.VerbPossession:
			// "children who love books", "farmers who own land": what they are, not work
		default:
			return true
		}
	}
	return false
}

// takenTo returns where the place ends that clause c takes people to ("get
// islanders [to the mainland]", "buses that get people from every village
// [to the nearest town]"), or 0: a verb that moves things, someone as its
// object, and "to" somewhere (a place, a thing, a building, a name; not
// someone, nor "access to bus times"), before the next clause (a
// clause that describes the people may come between). A verb that only
// may move (movingSense) takes people only "to" somewhere.
func (f *finder) takenTo(s *Sentence, c *Clause) int {
	if c.Negated || len(c.Objects) == 0 || f.set(abstractVerbList).Has(f.lemma[c.Verb]) && !motionVerb(&f.a.Tokens[c.Verb]) ||
		!isSomeone(s.Phrases[c.Objects[0]].Referent) {
		return 0
	}
	moves := f.transfers(&f.a.Tokens[c.Verb])
	if !moves && !movingSense(&f.a.Tokens[c.Verb]) {
		return 0
	}
	bound := s.End
	for di := range s.Clauses {
		if d := &s.Clauses[di]; d.First > c.Verb && d.First < bound && !relativeOpener(d.Opener) && !(d.Kind == Gerund && d.OpenerAt < 0 && d.Subject == c.Objects[0]) {
			bound = d.First
		}
	}
	object := &s.Phrases[c.Objects[0]]
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.PrepAt < object.End || p.End > bound || p.Prep != "to" && p.Prep != "into" && (p.Prep != "from" || !moves) {
			continue // a verb that only may move ("take") moves people only "to" somewhere
		}
		if somewhere(p) || p.Referent == Service && motionVerb(&f.a.Tokens[c.Verb]) {
			return p.End // "… to the mainland", "drive dialysis patients to and from treatment"
		}
	}
	return 0
}

// broughtToServed returns where those served end when clause c carries
// someone, its one object, "to" them ("drive a coach out to them", "take
// volunteers to housebound members"), or 0: the work goes to them, which
// takenTo, with a place as the end, does not read.
func (f *finder) broughtToServed(s *Sentence, c *Clause) int {
	v := &f.a.Tokens[c.Verb]
	if c.Negated || len(c.Objects) != 1 || !isSomeone(s.Phrases[c.Objects[0]].Referent) || !f.transfers(v) && !movingSense(v) {
		return 0
	}
	end := f.conjoinedEnd(s, c.Objects[0])
	if end < s.End && f.a.Tokens[end].closed&clVerbParticle != 0 && f.a.Tokens[end].gap == 0 {
		end++ // "drive a coach [out] to them"
	}
	if pi := f.servedAfterTo(s, end); pi >= 0 && (isSomeone(s.Phrases[pi].Referent) || f.a.Tokens[s.Phrases[pi].Head].Tag == Pronoun) {
		return s.Phrases[pi].End
	}
	return 0
}

// movingSense reports whether one of a verb's likeliest senses, by
// WordNet's sense-tagged texts, is one of moving, though its likeliest is
// not ("take": to take someone somewhere is its third): with people as its
// object and somewhere to go, it moves them.
func movingSense(v *Token) bool {
	senses := v.entry.Senses(wordnet.Verb)
	return strings.IndexByte(senses[:min(len(senses), movingSenses)], byte(wordnet.VerbMotion)) >= 0
}

// movingSenses is how many of a verb's likeliest senses movingSense reads.
const movingSenses = 3

// somewhere reports whether a phrase names where someone can be taken: a
// place, or a school or a village among things; not "access to bus
// times".
func somewhere(p *Phrase) bool {
	switch p.Referent {
	case Place, Thing, Establishment, Name, Group:
		return true
	}
	return false
}

// motionVerb reports whether a verb's likeliest sense is one of moving
// ("bring", "drive"): though the same words name abstract work with an
// abstract object ("bring change", "drive growth"), with people as their
// object or a place to reach they are work done on the road.
func motionVerb(v *Token) bool {
	return wordnet.Class(v.entry.First(wordnet.Verb)) == wordnet.VerbMotion
}

// goesTo reports whether an intransitive verb of moving has a phrase
// after it that says where to, through any others ("drive to hill farms
// across Powys"): the work is the journey.
func (f *finder) goesTo(s *Sentence, c *Clause) bool {
	return motionVerb(&f.a.Tokens[c.Verb]) && phraseInChain(s, c.End, func(p *Phrase) bool {
		return (p.Prep == "to" || p.Prep == "into") && somewhere(p)
	})
}

// benefitAdverb reports whether the adverb at i is made from an adjective
// of the benefit-outcome list ("safely" from "safe", "easily" from "easy",
// "affordably" from "affordable").
func (f *finder) benefitAdverb(i int) bool {
	w, ok := strings.CutSuffix(f.norms[i], "ly")
	if !ok || len(w) < 3 {
		return false
	}
	stems := []string{w}
	if strings.HasSuffix(w, "i") {
		stems = append(stems, w[:len(w)-1]+"y") // easily
	}
	if strings.HasSuffix(w, "b") || strings.HasSuffix(w, "p") {
		stems = append(stems, w+"le") // affordably, simply
	}
	for _, stem := range stems {
		if f.set(benefitOutcomeList).Has(stem) {
			return true
		}
	}
	return false
}

// describesSelfObject reports whether a clause describes, with or without
// a relative pronoun, the object of one of the organisation's clauses
// ("we make [the tools] hospital porters need").
func (f *finder) describesSelfObject(s *Sentence, c *Clause) bool {
	if !relativeOpener(c.Opener) && !f.a.reducedRelative(s, c) {
		return false
	}
	first := s.Phrases[c.Subject].First
	if c.OpenerAt >= 0 {
		first = c.OpenerAt
	}
	for ci := range s.Clauses {
		d := &s.Clauses[ci]
		for _, o := range d.Objects {
			if d.Agent == Self && s.Phrases[o].End == first {
				return true
			}
		}
	}
	return false
}

// timeSpentWith reports whether a phrase after "with" follows an object
// that is a time ("spend more time [with animals]"): company kept, not
// a means; not a time after a preposition ("in minutes with a rota app").
func (f *finder) timeSpentWith(s *Sentence, p *Phrase) bool {
	for qi := range s.Phrases {
		if q := &s.Phrases[qi]; q.End == p.PrepAt && (q.Prep == "" || q.Conjoined >= 0) && f.a.Tokens[q.End-1].gap&(gapComma|gapClause) == 0 { // not "…, 24 hours a day, with a volunteer crew": a comma ends the time's phrase
			// An amount of time ("more time", "an hour"), not a time named
			// or how often ("through the winter with a shared pool of
			// engineers", "every day with quality products").
			amount := q.Det == "" || q.Det == "more" || q.Det == "less" || q.Det == "extra" || q.Indefinite() || f.a.Tokens[q.First].Tag == Number
			// A word mostly for time, or one stretch of it ("a school run"); not
			// "longer, happier lives with reminders …", what people live.
			e := f.a.Tokens[q.Head].entry
			return amount && (e.Share(wordnet.Noun, wordnet.NounTime) >= 0.5 || q.Indefinite() && e.Any(wordnet.Noun, wordnet.NounTime))
		}
	}
	return false
}

// withPhrase returns the phrase after "with" that starts at token k, or -1.
func (f *finder) withPhrase(s *Sentence, k int) int { return prepPhraseAt(s, k, "with") }

// withInChain returns the "with" phrase in the chain of phrases after
// phrase pi ("serve [the fishers] of the bay [with three things]"), or -1.
func (f *finder) withInChain(s *Sentence, pi int) int {
	end := s.Phrases[pi].End
	for k := pi + 1; k < len(s.Phrases) && s.Phrases[k].PrepAt == end; k++ {
		if s.Phrases[k].Prep == "with" {
			return k
		}
		end = s.Phrases[k].End
	}
	return -1
}

// withThing reports whether a phrase after "with" that names a thing or a
// service starts at token k ("with loads", "with a mentor").
func (f *finder) withThing(s *Sentence, k int) bool {
	pi := f.withPhrase(s, k)
	return pi >= 0 && (s.Phrases[pi].Referent == Thing || s.Phrases[pi].Referent == Service)
}

// intoPhrase reports whether a phrase after "into" starts at token k,
// past any "of" phrases: what someone or something is turned into.
func (f *finder) intoPhrase(s *Sentence, k int) bool {
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.PrepAt == k && p.Prep == "into" {
			return true
		} else if p.PrepAt == k && p.Prep == "of" {
			return f.intoPhrase(s, p.End) // "a tenant's photo [of a leak] into a booked visit"
		}
	}
	return false
}

// field reports whether a phrase names a field others work in, which an
// organisation may lead: a group of them ("the steel industry", "the
// market") or a place ("the world").
func field(p *Phrase) bool {
	return p.Referent == Group || p.Referent == Place
}

// seenWith reports whether a phrase after "with" that names no one
// follows phrase pi, straight or past the names of places ("every
// village [in Northmoor] with a warm hall"): what what is seen has.
func (f *finder) seenWith(s *Sentence, pi int) bool {
	for k := s.Phrases[pi].End; k+1 < len(f.phraseFrom); {
		q := f.phraseFrom[k+1]
		switch {
		case q == nil || q.PrepAt != k:
			return false
		case q.Prep == "with":
			return !q.Referent.Animate()
		case locative(q.Prep) && (q.Referent == Name || q.Referent == Place):
			k = q.End
		default:
			return false
		}
	}
	return false
}

// toPhraseAfter reports whether a phrase after "to" follows phrase pi,
// directly or past its "of" phrases: where something is taken ("bring
// medicine [to islands]").
func (f *finder) toPhraseAfter(s *Sentence, pi int) bool {
	if r := s.Phrases[pi].Conjoined; r >= 0 {
		pi = r // "bring clean water, shelter kits and cash [to displaced families]"
	}
	k := f.conjoinedEnd(s, pi)
	for k+1 < len(f.phraseFrom) && f.phraseFrom[k+1] != nil && f.phraseFrom[k+1].Prep == "of" && f.phraseFrom[k+1].PrepAt == k {
		k = f.phraseFrom[k+1].End // "bring the art [of the Upper Midwest] to every schoolchild"
	}
	return k+1 < len(f.phraseFrom) && f.phraseFrom[k+1] != nil && f.phraseFrom[k+1].Prep == "to" && f.phraseFrom[k+1].PrepAt == k
}

// broughtInto reports whether a phrase after "into" or "onto" follows
// phrase pi and the phrases "and" joins to it ("brings asylum seekers and
// local fans [onto the same pitch]"): where they are taken.
func (f *finder) broughtInto(s *Sentence, pi int) bool {
	k := f.conjoinedEnd(s, pi)
	return k+1 < len(f.phraseFrom) && f.phraseFrom[k+1] != nil && f.phraseFrom[k+1].PrepAt == k && (f.phraseFrom[k+1].Prep == "into" || f.phraseFrom[k+1].Prep == "onto")
}

// ownedBy reports whether phrase pi, after "to", is whom a verb of having
// says something belongs to ("a festival that belongs to the town").
func (f *finder) ownedBy(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.End == p.PrepAt && len(c.Objects) == 0 {
			return wordnet.Class(f.a.Tokens[c.Verb].entry.First(wordnet.Verb)) == wordnet.VerbPossession
		}
	}
	return false
}

// connectedToMade returns where a phrase after "to" or "with" ends, when
// a verb of contact joins the object to something or someone concrete
// there: the joining is the work ("connect every clinic in the district
// [to a shared patient record]", "connect retired engineers [with
// secondary schools]"), or 0; end is where the object ends, and the
// object's own phrases may come between.
func (f *finder) connectedToMade(s *Sentence, v *Token, end int) int {
	if wordnet.Class(v.entry.First(wordnet.Verb)) != wordnet.VerbContact {
		return 0
	}
	pi := joinedToAfter(s, end)
	if pi < 0 {
		return 0
	}
	if p := &s.Phrases[pi]; (p.Referent == Thing || p.Referent == Establishment || p.Referent == Name || p.Referent.Animate() && p.Referent != Everyone) && !f.generic(p) {
		end := f.conjoinedEnd(s, pi)
		if pi+1 < len(s.Phrases) && s.Phrases[pi+1].First == end && s.Phrases[pi+1].Prep == "" && s.Phrases[pi+1].Det == "" && f.a.Tokens[end-1].gap == 0 {
			end = s.Phrases[pi+1].End // "with village [primary schools]": a compound the phrases split
		}
		return end
	}
	return 0
}

// joinedToAfter returns the phrase that "to" or "with" opens in the chain
// of phrases that starts at token end, past those that place the object
// ("connect 250 families [in the Elan valley] to …"), or -1.
func joinedToAfter(s *Sentence, end int) int {
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.PrepAt < end {
			continue
		}
		if p.PrepAt > end {
			return -1
		}
		if p.Prep == "to" || p.Prep == "with" {
			return pi
		}
		end = p.End
	}
	return -1
}

// servedGivenWith reports whether the organisation's clause c works on
// someone served and, later in the sentence, names things after "with"
// with no finite clause between ("support kinship carers (grandparents
// … raising children in Stoke) with a weekly drop-in, legal advice and
// emergency grants"): what they are given may be their gain, as
// "supply potters with clay" is (suppliedWith, for the verbs of
// supplying, right after the object).
func (f *finder) servedGivenWith(s *Sentence, c *Clause) bool {
	if c.Agent != Self || c.Negated || len(c.Objects) == 0 || !f.servedPhrase(s, c.Objects[0]) {
		return false
	}
	end := s.Phrases[c.Objects[0]].End
	stop := s.End // where the first finite clause after the object starts
	for ci := range s.Clauses {
		if d := &s.Clauses[ci]; d.Kind == Finite && d.First >= end && d.First < stop {
			stop = d.First
		}
	}
	for pi := c.Objects[0] + 1; pi < len(s.Phrases) && s.Phrases[pi].First <= stop; pi++ {
		if p := &s.Phrases[pi]; p.Prep == "with" && (p.Referent == Thing || p.Referent == Service || p.Referent == Establishment || p.Referent == Place) {
			return true
		}
	}
	return false
}

// joinedToTheirOwn reports whether clause c's verb, with a sense of
// contact, joins its object, someone served, to things of their own after
// "to" or "with" ("linking the villages with their schools", "connect
// patients to their GPs"): reaching what is theirs is the aim, as
// connectedTo says.
func (f *finder) joinedToTheirOwn(s *Sentence, c *Clause) bool {
	if c.Negated || len(c.Objects) == 0 || !f.a.Tokens[c.Verb].entry.Any(wordnet.Verb, wordnet.VerbContact) || !f.servedPhrase(s, c.Objects[0]) {
		return false
	}
	pi := joinedToAfter(s, ofPhrasesEnd(s, c.Objects[len(c.Objects)-1]))
	return pi >= 0 && s.Phrases[pi].Det == "their"
}

// connectedTo reports whether a verb of contact joins its object to
// things counted in the plural after "to" or "with", right after the
// object ("connect volunteers with opportunities"), of whatever kind:
// connectedToMade says when they are concrete enough to be the work. Not
// a thing of the people's own or one in the singular ("connect people
// with their world", "with nature"), which is the aim; but a noun WordNet
// does not know as one ("to full-fibre broadband") may be what is built.
func (f *finder) connectedTo(s *Sentence, v *Token, end int) bool {
	if wordnet.Class(v.entry.First(wordnet.Verb)) != wordnet.VerbContact {
		return false
	}
	pi := joinedToAfter(s, end)
	if pi < 0 {
		return false
	}
	p := &s.Phrases[pi]
	return p.Referent != Everyone && f.a.Tokens[p.Head].Is(Plural) && p.Det == "" ||
		p.Referent == Unclear && f.a.Tokens[p.Head].Tag == Noun // "connect hill households to full-fibre broadband": a noun WordNet does not know as one may be what is built
}

// wouldRather reports whether clause c's verb follows "would rather"
// ("developers who would rather ship features"): what its subject prefers,
// as "want" says.
func wouldRather(toks []Token, c *Clause) bool {
	return c.Modal && c.Verb >= 2 && toks[c.Verb-1].Norm == "rather" && toks[c.Verb-2].Norm == "would"
}

// madeIntoFor reports whether the object oi is turned into something for
// someone served, which may be given to them or only made for them to buy
// ("turn a bare flat [into a home] [for Swansea care leavers]"): a phrase
// after "into", not people ("into studios" may be a place of business),
// then "for" and someone served.
func (f *finder) madeIntoFor(s *Sentence, oi int) bool {
	into := oi + 1
	for into < len(s.Phrases) && s.Phrases[into].Conjoined == oi && s.Phrases[into].Prep == "" {
		into++ // "turn flats and shops [into …]"
	}
	if into+1 >= len(s.Phrases) {
		return false
	}
	p, q := &s.Phrases[into], &s.Phrases[into+1]
	return p.Prep == "into" && p.PrepAt == s.Phrases[into-1].End && !isSomeone(p.Referent) && p.Referent != Everyone && !f.generic(p) && q.Prep == "for" && q.PrepAt == p.End && f.servedPhrase(s, into+1)
}

// intoMade returns where a phrase after "into" at token k ends, when it
// names something made ("turn rain data [into flood warnings]", "spin
// old nets [into yarn]"; when fromThing, what is turned is a thing, and
// a noun no dictionary knows is made too: "turn it [into gelato]"), or 0.
func (f *finder) intoMade(k int, fromThing bool) int {
	if k+1 >= len(f.phraseFrom) || f.phraseFrom[k+1] == nil {
		return 0
	}
	p := f.phraseFrom[k+1]
	if p.Prep != "into" || p.PrepAt != k || p.Referent != Thing && !(fromThing && p.Referent == Unclear && f.a.Tokens[p.Head].Tag == Noun) && !f.usedBySomeone(p) && !madeCounted(&f.a.Tokens[p.Head]) || f.generic(p) {
		return 0 // a thing is made; from a thing, also a noun no dictionary knows ("turn it into gelato"); what someone uses ("into otter counts that the Rivers Trust uses"); or things counted that may be made ("into free calendars")
	}
	return p.End
}

// madeCounted reports whether a plural noun names things that may be made
// or written: WordNet has a sense of it as an artifact or a communication,
// and its likeliest sense is no person, act, thought, state or happening
// ("calendars", "flood warnings"; not "leaders", "actions", "results").
func madeCounted(h *Token) bool {
	if !h.Is(Plural) || !h.entry.Any(wordnet.Noun, wordnet.NounArtifact, wordnet.NounCommunication) {
		return false
	}
	switch wordnet.Class(h.entry.First(wordnet.Noun)) {
	case wordnet.NounPerson, wordnet.NounSocialGroup, wordnet.NounAnimal, wordnet.NounAct, wordnet.NounCognition, wordnet.NounAttribute, wordnet.NounState,
		wordnet.NounFeeling, wordnet.NounPhenomenon, wordnet.NounProcess, wordnet.NounEvent, wordnet.NounMotive, wordnet.NounRelation, wordnet.NounQuantity:
		return false
	}
	return true
}

// usedBySomeone reports whether a relative clause right after phrase p
// says someone uses it ("otter counts [that the Usk Rivers Trust and
// local fishing clubs use]"): what is used is a made thing, whatever its
// noun.
func (f *finder) usedBySomeone(p *Phrase) bool {
	s := f.sentenceAt(p.First)
	if s == nil {
		return false
	}
	for _, c := range s.Clauses {
		if c.OpenerAt == p.End && relativeOpener(c.Opener) && c.Subject >= 0 && c.Kind == Finite && !c.Negated && f.a.Tokens[c.Verb].closed&clInstrumental != 0 &&
			(s.Phrases[c.Subject].Referent.Animate() || s.Phrases[c.Subject].Referent == Name) {
			return true
		}
	}
	return false
}

// hasObject reports whether the verb at token i has an object.
func (f *finder) hasObject(i int) bool {
	c := f.verbClause[i]
	return c != nil && len(c.Objects) > 0
}

// removesNoPrice reports whether the verb at token i has objects, each a
// noun and none a price ("waive fees", "halve fares", which
// pricedForSomeone weighs).
func (f *finder) removesNoPrice(i int) bool {
	s, c := f.withObjects(i)
	if c == nil {
		return false
	}
	for _, o := range c.Objects {
		if h := &f.a.Tokens[s.Phrases[o].Head]; h.closed&clPriceNoun != 0 || h.Tag != Noun {
			return false // nor a pronoun: "as the bus stops themselves" is no removal
		}
	}
	return true
}

// objectIsLivingState reports whether the verb at token i has for its
// object, or among the objects listed with it, a state or a feeling
// ("improving health and wellbeing") or a quality, an attribute in
// WordNet ("protecting dignity", "increasing transparency"), not one
// counted with "of" ("the number of …"): someone's, though the statement
// names no one. Not "enabling open maps".
func (f *finder) objectIsLivingState(i int) bool {
	s, c := f.withObjects(i)
	if c == nil {
		return false
	}
	o := c.Objects[0]
	for pi := o; pi < len(s.Phrases) && (pi == o || s.Phrases[pi].Conjoined == o); pi++ {
		if f.feelingOrState(&s.Phrases[pi]) {
			return true
		}
		if of := pi + 1; wordnet.Class(f.a.Tokens[s.Phrases[pi].Head].entry.First(wordnet.Noun)) == wordnet.NounAttribute &&
			!(of < len(s.Phrases) && s.Phrases[of].Prep == "of" && s.Phrases[of].PrepAt == s.Phrases[pi].End) {
			return true // "to increase transparency, accountability and …": a quality of people or of the bodies they make up; not "the number of successful products", a count of things
		}
	}
	return false
}

// withObjects returns the sentence and clause of the verb at token i when
// the clause has objects; a nil clause otherwise.
func (f *finder) withObjects(i int) (*Sentence, *Clause) {
	c := f.verbClause[i]
	if c == nil || len(c.Objects) == 0 {
		return nil, nil
	}
	s := f.a.sentenceOf(c.Verb)
	if s == nil {
		return nil, nil
	}
	return s, c
}

// readersOwn reports whether the verb at token i opens a sentence as an
// imperative without an object, telling the reader what they will do
// ("Belong anywhere", "Thrive at work").
func (f *finder) readersOwn(i int) bool {
	c := f.verbClause[i]
	return c != nil && c.Kind == Imperative && len(c.Objects) == 0
}

// someoneServed reports whether the statement names someone served.
func (f *finder) someoneServed() bool { return len(f.c.parts[Audience]) > 0 }

// state reports whether a phrase names a state, a feeling or a quality
// one can give someone ("comfort", "hope", "peace of mind").
func (f *finder) state(p *Phrase) bool {
	switch wordnet.Class(f.a.Tokens[p.Head].entry.First(wordnet.Noun)) {
	case wordnet.NounFeeling, wordnet.NounState, wordnet.NounAttribute:
		return true
	}
	return false
}

// movedTo returns where the words that say where a causative verb's
// object ends up end ("get teens from the estates [into racing crews]",
// "get members [out] on the water"), or 0: a direction after the object
// and the phrases that describe it, and the phrase it governs; with no
// direction, a phrase after "on" that says where or how they end up
// ("get dialysis patients on holiday").
func (f *finder) movedTo(s *Sentence, oi int) int {
	toks := f.a.Tokens
	k := s.Phrases[oi].End
	on := 0
	for pi := oi + 1; pi < len(s.Phrases) && s.Phrases[pi].PrepAt == k && !direction(toks[k].Norm); pi++ {
		if p := &s.Phrases[pi]; p.Prep == "on" && stateAfterOn(toks, p) {
			on = p.End // "get dialysis patients [on holiday]", unless a direction follows: "get people on low incomes into work"
		}
		k = s.Phrases[pi].End // "teens [from inland estates]"
	}
	if k >= s.End || !direction(toks[k].Norm) || toks[k].gap != 0 && toks[k].Norm != "home" {
		return on
	}
	for _, at := range []int{k + 1, k + 2} {
		if at < len(f.phraseFrom) && f.phraseFrom[at] != nil && f.phraseFrom[at].PrepAt == at-1 {
			return f.phraseFrom[at].End // "into the crews", "out on the water"
		}
	}
	if c := f.verbClause[min(k+1, len(f.verbClause)-1)]; c != nil && c.OpenerAt == k {
		return max(c.End, clauseEnd(s, c)) // "into racing crews"
	}
	return k + 1
}

// stateAfterOn reports whether a phrase after "on" names where or how
// someone ends up ("on holiday", "on the water", "on their feet"), not
// when ("on Tuesday", "on weekday evenings", "on the day").
func stateAfterOn(toks []Token, p *Phrase) bool {
	h := &toks[p.Head]
	if h.Tag == ProperNoun || h.Tag == Number {
		return false
	}
	return !timeNoun(h) || p.First == p.Head && !h.Is(Plural)
}

// placedIn returns where a phrase after "in" or "into" ends when clause
// c's verb puts things somewhere (WordNet files it first under contact:
// "place", "put", "set") and the phrase, after the object and the places
// that describe it, names a service or an abstract position rather than a
// place or a state ("place refugees in Newcastle [in paid work
// placements]"), or 0: the position someone is put in, which they gain;
// not "place volunteers in hospitals", a place they are sent to work.
func (f *finder) placedIn(s *Sentence, c *Clause) int {
	if wordnet.Class(f.a.Tokens[c.Verb].entry.First(wordnet.Verb)) != wordnet.VerbContact {
		return 0
	}
	k := s.Phrases[c.Objects[0]].End
	for pi := c.Objects[0] + 1; pi < len(s.Phrases) && s.Phrases[pi].PrepAt == k; pi++ {
		p := &s.Phrases[pi]
		switch {
		case p.Referent == Place || p.Referent == Name:
			k = p.End // "refugees [in Newcastle]"
			continue
		case (p.Prep == "in" || p.Prep == "into") && (p.Referent == Service || p.Referent == Abstraction) && !f.generic(p):
			switch wordnet.Class(f.a.Tokens[p.Head].entry.First(wordnet.Noun)) {
			case wordnet.NounState, wordnet.NounFeeling:
				return 0 // "place children in danger"
			}
			return p.End
		}
		return 0
	}
	return 0
}

// trainedAs returns where a phrase after "as" ends when clause c's verb
// trains or teaches (WordNet files it first under cognition or
// communication) and the phrase, after the object and the phrases that
// describe it, names what someone is ("train school leavers in Leeds [as
// chefs]"), or 0: the role they are made fit for.
func (f *finder) trainedAs(s *Sentence, c *Clause) int {
	switch wordnet.Class(f.a.Tokens[c.Verb].entry.First(wordnet.Verb)) {
	case wordnet.VerbCognition, wordnet.VerbCommunication:
	default:
		return 0
	}
	k := s.Phrases[c.Objects[0]].End
	for ci := range s.Clauses {
		// "train older workers [who are changing careers] as plumbers":
		// past the object's relative clause and its own objects
		if d := &s.Clauses[ci]; d.OpenerAt == k && d.Subject == c.Objects[0] && relativeOpener(d.Opener) {
			k = d.End
			if len(d.Objects) > 0 {
				k = max(k, s.Phrases[d.Objects[len(d.Objects)-1]].End)
			}
		}
	}
	for pi := c.Objects[0] + 1; pi < len(s.Phrases); pi++ {
		if s.Phrases[pi].End <= k {
			continue // within the relative clause
		}
		if s.Phrases[pi].PrepAt != k {
			break
		}
		if p := &s.Phrases[pi]; p.Prep == "as" {
			if p.Referent == Person || p.Referent == Unclear && f.a.Tokens[p.Head].Tag == Noun {
				return p.End
			}
			return 0
		}
		k = s.Phrases[pi].End
	}
	return 0
}

// direction reports whether a word says where something moves to:
// "into", "onto", "out", "back", "home", "through".
func direction(w string) bool {
	switch w {
	case "into", "onto", "out", "back", "home", "through",
		"outdoors", "indoors", "ashore", "abroad": // where someone ends up, a place as an adverb, as "home" is: "get more people outdoors"
		return true
	}
	return false
}

// raisesFeeling reports whether the verb at i causes what its object
// names in someone ("inspire", "encourage") or makes it ("spark",
// "build"): a causative, or a verb of creation in WordNet's first sense.
func (f *finder) raisesFeeling(i int) bool {
	v := &f.a.Tokens[i]
	return v.Tag == Verb && (v.closed&clCausative != 0 || wordnet.Class(v.entry.First(wordnet.Verb)) == wordnet.VerbCreation)
}

// feeling reports whether a phrase's head is a feeling in one of its two
// likeliest senses ("joy", "pride", "confidence": first the belief in
// oneself, then the feeling).
func (f *finder) feeling(p *Phrase) bool {
	senses := f.a.Tokens[p.Head].entry.Senses(wordnet.Noun)
	return strings.ContainsRune(senses[:min(2, len(senses))], rune(wordnet.NounFeeling))
}

// forFeeling reports whether a phrase after "for" in clause c, with no
// determiner or "the", names a feeling ("sing together [for joy]", "for
// the love of it"): what the work is done for.
func (f *finder) forFeeling(s *Sentence, c *Clause) bool {
	end := s.End // up to the next clause
	for di := range s.Clauses {
		if d := &s.Clauses[di]; d.First > c.Verb && d.First < end {
			end = d.First
		}
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.Prep == "for" && p.PrepAt > c.Verb && p.PrepAt < end && (p.Det == "" || p.Det == "the") && f.feeling(p) {
			return true
		}
	}
	return false
}

// feelingOrState reports whether a phrase's head is first of all a
// feeling or a state ("joy", "happiness"), not a quality ("access").
func (f *finder) feelingOrState(p *Phrase) bool {
	switch wordnet.Class(f.a.Tokens[p.Head].entry.First(wordnet.Noun)) {
	case wordnet.NounFeeling, wordnet.NounState:
		return true
	}
	return false
}

// actor reports whether a phrase can do what a verb's complement says:
// someone served, or someone the analysis cannot classify ("teach every
// nine-year-old to swim").
func (f *finder) actor(s *Sentence, pi int) bool {
	switch s.Phrases[pi].Referent {
	case Thing, Place, Abstraction, Self, Service:
		return false
	}
	return true
}

// servedPhrase reports whether a phrase is someone who can be served.
func (f *finder) servedPhrase(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	r := p.Referent
	return r.Animate() || r == Unclear && f.a.Tokens[p.Head].Tag == Pronoun || f.generic(p) || f.listed(p)
}

// fosteredAmong reports whether the phrase after object oi places it
// among people served, or in them ("fellowship [among collectors]",
// "confidence [in young riders]"): a state or a bond of theirs.
func (f *finder) fosteredAmong(s *Sentence, oi int) bool {
	if oi+1 >= len(s.Phrases) {
		return false
	}
	q := &s.Phrases[oi+1]
	switch q.Prep {
	case "among", "amongst", "between", "in":
	default:
		return false
	}
	if q.Prep == "in" && q.Referent == Group && strings.ContainsAny(f.a.Tokens[q.Head].entry.Senses(wordnet.Noun), placeOrThing) &&
		strings.ContainsAny(f.a.Tokens[s.Phrases[oi].Head].entry.Senses(wordnet.Noun), placeOrThing) {
		return false // "run allotment plots in Leeds primary schools": a thing that may stand somewhere, in a group that may be a place, is there
	}
	return q.PrepAt == s.Phrases[oi].End && (q.Referent == Person || q.Referent == Group) && q.Det != "our" && f.servedPhrase(s, oi+1) // not "in our mill"
}

// listed reports whether a phrase's head is on the audience-specific list,
// as written, by its lemma, or spelt without its hyphen ("start-ups",
// "non-profits"): people WordNet may not know as people.
func (f *finder) listed(p *Phrase) bool {
	list := f.set(audienceSpecificList)
	return f.matchNorm(audienceSpecificList, p.Head) > 0 || list.Has(f.lemma[p.Head]) ||
		strings.Contains(f.norms[p.Head], "-") && list.Has(strings.ReplaceAll(f.norms[p.Head], "-", ""))
}

// goodList reports whether a phrase, or one joined to it ("quality goods
// and services"), names something delivered, not people at large.
func (f *finder) goodList(s *Sentence, pi int) bool {
	for k := pi; k < len(s.Phrases); k++ {
		if p := &s.Phrases[k]; (k == pi || p.Conjoined == pi) && f.good(p) && !f.generic(p) {
			return true
		}
	}
	return false
}

// conjoinedEnd returns where the phrases joined to phrase pi by "and" or
// "or" end ("hot food and blankets").
func (f *finder) conjoinedEnd(s *Sentence, pi int) int {
	end := s.Phrases[pi].End
	for k := pi + 1; k < len(s.Phrases) && s.Phrases[k].Conjoined == pi && s.Phrases[k].Prep == ""; k++ {
		end = s.Phrases[k].End
	}
	return end
}

// infinitivePastRelative reports whether clause ci's object is described
// by a relative clause after which an infinitive follows ("teach anyone
// [who turns up] to prune"): the infinitive may be the first verb's or
// the relative's.
func (f *finder) infinitivePastRelative(s *Sentence, ci int) bool {
	if ci+2 >= len(s.Clauses) {
		return false
	}
	d, e := &s.Clauses[ci+1], &s.Clauses[ci+2]
	if !relativeOpener(d.Opener) || d.Subject != s.Clauses[ci].Objects[0] || e.Kind != Infinitive {
		return false
	}
	if placeOnly(f.a.Tokens[d.End:e.First]) {
		// "teach anyone who comes through the door to make clothes": the
		// relative clause goes on only to say where they come
		return true
	}
	for k := d.End; k < e.First; k++ {
		if t := f.a.Tokens[k].Tag; t != Adverb && t != Particle && !(t == Preposition && k == e.First-1) {
			return false // "turns up [to] prune", "drops in to …": only a particle between, a preposition with no noun
		}
	}
	return true
}

// placeOnly reports whether tokens are a particle or a preposition and
// the noun phrase after it ("through the door", "in off the street"), with
// no comma.
func placeOnly(toks []Token) bool {
	if len(toks) < 2 || toks[0].Tag != Adverb && toks[0].Tag != Preposition && toks[0].Tag != Particle {
		return false
	}
	for i := range toks {
		switch toks[i].Tag {
		case Adverb, Preposition, Particle, Determiner, Adjective, Noun, ProperNoun, Number:
		default:
			return false
		}
		if toks[i].gap&gapComma != 0 {
			return false
		}
	}
	return true
}

// questionPastRelative reports whether clause ci's object has a relative
// clause, and a clause that a question word opens comes next ("teach
// anyone who is curious [how] they work", "teaching anyone who turns up
// [how] to sail one"): what the object is told or taught, past the clause
// that describes it.
func (f *finder) questionPastRelative(s *Sentence, ci int) bool {
	if ci+2 >= len(s.Clauses) {
		return false
	}
	d, e := &s.Clauses[ci+1], &s.Clauses[ci+2]
	if !relativeOpener(d.Opener) || d.Subject != s.Clauses[ci].Objects[0] {
		return false
	}
	q := e.First - 1 // "how to sail one"
	if e.Subject >= 0 {
		q = s.Phrases[e.Subject].First - 1 // "how they work"
	}
	return q >= d.End && indirectQuestion(f.a.Tokens[q].Norm)
}

// someoneListedWith reports whether a person or a group is listed with
// phrase pi, and a second object, a phrase with its determiner, follows
// later ("give small studios and [the people] who fire in them [a simple
// record]"); not "providing adult tobacco and wine consumers with …",
// where what is given is no object.
func (f *finder) someoneListedWith(s *Sentence, pi int) bool {
	for k := pi + 1; k < len(s.Phrases) && s.Phrases[k].Conjoined == pi; k++ {
		if !isSomeone(s.Phrases[k].Referent) {
			continue
		}
		for q := k + 1; q < len(s.Phrases); q++ {
			if p := &s.Phrases[q]; p.Prep == "" && p.Det != "" && p.Conjoined < 0 {
				return true
			}
		}
	}
	return false
}

// good reports whether a phrase names something delivered: a thing, a
// service, or a person who helps ("put a reading tutor beside every
// child").
func (f *finder) good(p *Phrase) bool {
	return p.Referent == Thing || p.Referent == Service || p.Referent == Person || p.Referent == Animal
}

// handedTo returns where the person ends when clause c says, in the
// passive, that a good is given to someone served: a made thing or a
// service as the subject, a verb of giving or moving in its past
// participle, and "to" someone right after it ("seed of local crops is
// stored and returned to any grower who needs it", "lessons are given to
// every child"), or, for a verb of sharing, "among", "between" or "with"
// them; 0 when it does not.
func (f *finder) handedTo(s *Sentence, c *Clause) int {
	toks := f.a.Tokens
	passive := f.passiveJoined(s, c)
	if !passive || c.Subject < 0 || c.Negated || !f.good(&s.Phrases[c.Subject]) ||
		toks[c.Verb].closed&clGiving == 0 && !f.transfers(&toks[c.Verb]) {
		return 0
	}
	if pi := f.servedAfterTo(s, c.End); pi >= 0 {
		return s.Phrases[pi].End
	}
	if toks[c.Verb].closed&clSharing != 0 {
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; p.PrepAt == c.End && (p.Prep == "among" || p.Prep == "amongst" || p.Prep == "between" || p.Prep == "with") && f.servedPhrase(s, pi) {
				return p.End // "the carbon income is shared among the crofting families": whom a good is shared with
			}
		}
	}
	return 0
}

// makesThing reports whether clause d makes or handles a thing or a
// place: its object is one ("to build homes", "to repair boats", "to open
// clinics").
func (f *finder) makesThing(s *Sentence, d *Clause) bool {
	if len(d.Objects) == 0 {
		return false
	}
	switch s.Phrases[d.Objects[0]].Referent {
	case Thing, Place, Establishment:
		return true
	}
	return false
}

// joinsParties reports whether clause c joins two kinds of people named
// as one object ("connects employers and apprentices", "matches hauliers
// and shippers"): a verb of contact or of social life on two parties.
func (f *finder) joinsParties(s *Sentence, c *Clause, oi int) bool {
	o := &s.Phrases[oi]
	if !o.Referent.Animate() || o.Referent == Everyone {
		return false
	}
	switch wordnet.Class(f.a.Tokens[c.Verb].entry.First(wordnet.Verb)) {
	case wordnet.VerbContact, wordnet.VerbSocial:
	default:
		return false
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; pi != oi && (p.Conjoined == oi || o.Conjoined == pi) && p.Prep == o.Prep && p.Referent.Animate() && p.Referent != Everyone {
			return true
		}
	}
	return false
}

// workersFor reports whether the people of phrase pi are the subject of a
// clause after "who" or "that" whose object is someone else
// ("caseworkers who help older fraud victims …", "drivers who take
// patients to hospital"): people provided to work for others, a means.
func workersFor(s *Sentence, pi int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Subject == pi && (c.Opener == "who" || c.Opener == "that") && c.Kind == Finite && !c.Negated && len(c.Objects) > 0 &&
			c.Objects[0] != pi && isSomeone(s.Phrases[c.Objects[0]].Referent) {
			return true
		}
	}
	return false
}

// forWorkAt reports whether a phrase after "for" that starts at token k
// names a service, a place of work, a thing or someone the work is done
// for ("interpreters for GP appointments, hospitals and courts",
// "interpreters for 60 GP surgeries"): people provided for a job are the
// means. Not a time ("for a year").
func (f *finder) forWorkAt(s *Sentence, k int) bool {
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.PrepAt == k && p.Prep == "for" && !timeNoun(&f.a.Tokens[p.Head]) {
			switch p.Referent {
			case Service, Establishment, Thing, Place, Person, Group:
				return true
			}
		}
	}
	return false
}

// ownCountTarget reports whether clause c takes the organisation's own
// group ("our membership") to a number ("grow our membership to 5,000
// households"): a target for its own size, not a change for anyone.
func ownCountTarget(s *Sentence, toks []Token, c *Clause) bool {
	o := &s.Phrases[c.Objects[0]]
	if o.Det != "our" {
		return false
	}
	k := o.End
	return k+1 < s.End && toks[k].Norm == "to" && toks[k+1].Tag == Number
}

// ofPhrasesEnd returns where phrase pi of sentence s ends with the
// phrases after "of" that follow it straight on ("a share [of every
// sale]").
func ofPhrasesEnd(s *Sentence, pi int) int {
	end := s.Phrases[pi].End
	for k := pi + 1; k < len(s.Phrases) && s.Phrases[k].Prep == "of" && s.Phrases[k].PrepAt == end; k++ {
		end = s.Phrases[k].End
	}
	return end
}

// afterParticle returns k, or the token after it when a verb particle
// stands there, not a preposition ("pays royalties [back] to …").
func afterParticle(toks []Token, k int) int {
	if k < len(toks) && toks[k].closed&clVerbParticle != 0 && toks[k].Tag != Preposition {
		return k + 1
	}
	return k
}

// peoplesInfinitive returns the clause that says what the object of
// clause c is to do: the clause c governs ("find landlords [to rent] …"),
// or an infinitive after an adjective that describes the object and the
// places after it ("find landlords in Hexley willing [to rent] …"); or -1.
func (f *finder) peoplesInfinitive(s *Sentence, c *Clause) int {
	if c.Complement >= 0 {
		return c.Complement
	}
	if len(c.Objects) != 1 {
		return -1
	}
	toks := f.a.Tokens
	k := afterPrepPhrases(s, toks, s.Phrases[c.Objects[0]].End, false)
	if k+1 >= s.End || toks[k].Tag != Adjective || toks[k].gap != 0 || toks[k+1].Norm != "to" {
		return -1
	}
	for di := range s.Clauses {
		if d := &s.Clauses[di]; d.Kind == Infinitive && d.First == k+1 {
			return di
		}
	}
	return -1
}

// givesToServed reports whether clause ci, or the infinitive it governs
// ("willing [to rent] …"), gives to someone served: a verb of giving, or
// one WordNet files under possession in some sense, with no object of its
// own, then "to" and the people
// ("rent to people seeking asylum", "sell to first-time buyers").
func (f *finder) givesToServed(s *Sentence, ci int) bool {
	for ; ci >= 0; ci = s.Clauses[ci].Complement {
		c := &s.Clauses[ci]
		v := &f.a.Tokens[c.Verb]
		if len(c.Objects) == 0 && v.gap == 0 && (v.closed&clGiving != 0 || v.entry.Any(wordnet.Verb, wordnet.VerbPossession)) && f.servedAfterTo(s, c.Verb+1) >= 0 {
			return true
		}
		if c.Complement == ci {
			break
		}
	}
	return false
}

// servedAfterTo returns the phrase after a "to" at token k that is someone
// served, or -1.
func (f *finder) servedAfterTo(s *Sentence, k int) int {
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.PrepAt == k && p.Prep == "to" && f.servedPhrase(s, pi) {
			return pi
		}
	}
	return -1
}

// suppliedWith returns where the good ends when clause c gives its object,
// someone served, a thing with "with" ("supply blacksmiths and artists
// across Wales [with charcoal]", "equip village halls with defibrillators"),
// the phrases that list or place them standing between; or 0.
func (f *finder) suppliedWith(s *Sentence, c *Clause) int {
	o := c.Objects[0]
	served := f.servedPhrase(s, o)
	for k := o + 1; !served && f.a.Tokens[s.Phrases[o].Head].Is(Plural) && k < len(s.Phrases) && s.Phrases[k].Conjoined == o; k++ {
		served = f.servedPhrase(s, k) // "village halls [and schools]": a list of plurals, someone among them; not "adult tobacco and wine consumers", one phrase misread as two
	}
	if !served {
		return 0
	}
	return f.goodWithAfter(s, o)
}

// goodWithAfter returns where the good ends when "with" and a good follow
// phrase o, the phrases joined to it and those that place it standing
// between ("blacksmiths [and artists] [across Wales] with charcoal"), or
// 0.
func (f *finder) goodWithAfter(s *Sentence, o int) int {
	end := s.Phrases[o].End
	for pi := o + 1; pi < len(s.Phrases) && s.Phrases[pi].First <= end+1; pi++ {
		p := &s.Phrases[pi]
		switch {
		case p.Prep == "with" && p.PrepAt == end:
			return f.conjoinedEnd(s, pi)
		case p.Conjoined == o && p.Prep == "", locative(p.Prep) && p.PrepAt == end:
			end = p.End // "blacksmiths [and artists] [across Wales]"
		default:
			return 0
		}
	}
	return 0
}

// setUpWith returns where the good ends when clause c's object, someone
// served, is followed by the verb's particle and a thing with "with"
// ("set each one [up] with a market stall", "kit every child [out] with
// boots"): a phrasal verb of supplying, whatever the verb; or 0. Someone
// after "with" is company, not a good ("pair each refugee up with a
// mentor").
func (f *finder) setUpWith(s *Sentence, c *Clause) int {
	o := c.Objects[0]
	end := s.Phrases[o].End
	if !f.servedPhrase(s, o) || end+1 >= s.End || f.a.Tokens[end].closed&clVerbParticle == 0 || f.a.Tokens[end-1].gap != 0 || f.a.Tokens[end].gap != 0 {
		return 0
	}
	for pi := o + 1; pi < len(s.Phrases); pi++ {
		if p := &s.Phrases[pi]; p.PrepAt == end+1 && p.Prep == "with" && !isSomeone(p.Referent) && p.Referent != Everyone {
			return f.conjoinedEnd(s, pi)
		}
	}
	return 0
}

// taught reports whether clause c's verb takes two objects and tells or
// teaches (WordNet files it first under communication): what it passes
// to someone is knowledge they gain ("teach repair skills to young
// people"), where "sell", "send" or "build" hand over only a thing.
func (f *finder) taught(c *Clause) bool {
	v := &f.a.Tokens[c.Verb]
	return ditransitive(v) && wordnet.Class(v.entry.First(wordnet.Verb)) == wordnet.VerbCommunication
}

// deliveredTo reports whether a clause's object goes to someone: a phrase
// after "to" or "for" right after the object, that is someone served, or
// a "for" phrase fronted before the clause's subject ("For allotment
// holders in Bath, we provide sealed compost bins").
func (f *finder) deliveredTo(s *Sentence, c *Clause) bool {
	if f.forFronted(s, c) {
		return true
	}
	end := s.Phrases[c.Objects[0]].End
	giving := f.a.Tokens[c.Verb].closed&clGiving != 0
	listed := false // services listed after the first, by a verb of no giving: only "to" hands them on
	for pi := c.Objects[0] + 1; pi < len(s.Phrases); pi++ {
		p := &s.Phrases[pi]
		if p.Conjoined == c.Objects[0] && p.Prep == "" && (giving || s.Phrases[c.Objects[0]].Referent == Service) {
			end = p.End // "carry hot food and blankets to …", "teaching carpentry, plumbing and wiring to …": the goods given with the first
			listed = listed || !giving
			continue
		}
		if listed && p.PrepAt == end && p.Prep != "to" {
			return false // not "runs weekly tournaments and a junior ladder for players": what it runs, and for whom
		}
		if p.Conjoined > c.Objects[0] && p.Prep == s.Phrases[p.Conjoined].Prep {
			if (p.Prep == "to" || p.Prep == "for") && f.servedPhrase(s, pi) {
				return true // "for the wildlife [and the people of Glen Aucht]": someone served among those it is for
			}
			end = p.End // "between an idea and production": the phrase before it goes on
			continue
		}
		if p.Prep == "" && p.First == end && pi > c.Objects[0]+1 && s.owned(pi) {
			end = p.End // "from Dublin's [supermarkets] to students": what a possessive owns goes on with its phrase
			continue
		}
		if k := absoluteAsideEnd(f.a.Tokens, end); p.Prep == "" && p.First == end && k > 0 {
			end = k // "share it, [no questions asked], with …": how it is done, between the goods and whom they go to
			continue
		}
		if p.Prep == "" && p.First == end && f.howOften(s, pi) {
			end = p.End // "deliver hot meals [three times] [a week] to …": how often, between the goods and whom they go to
			continue
		}
		onTo := p.Prep == "to" && p.PrepAt == end+1 && f.norms[end] == "on" // "pass the craft on to new weavers": "on to", one preposition as "onto" is
		if p.PrepAt != end && !(p.PrepAt > end && (adverbsBetween(f.a.Tokens, end, p.PrepAt) || yearBetween(f.a.Tokens, end, p.PrepAt))) && !onTo {
			break // the chain of phrases after the object: "in the home of every child"; adverbs may stand between ("open up the collection, physically and digitally, to …")
		}
		switch p.Prep {
		case "to", "for", "beside", "alongside", "of":
			if f.servedPhrase(s, pi) && (p.Prep != "of" || pi > c.Objects[0]+1) {
				return true
			}
			if p.Prep == "to" && (p.Det == "their" || p.Det == "his" || p.Det == "her") && !s.Phrases[c.Objects[0]].Referent.Animate() && f.servedPhraseBefore(s, c.Objects[0]) {
				return true // "return the finished compost to their own fields": to the place of those served, named before
			}
		case "with":
			if f.a.Tokens[c.Verb].closed&clSharing != 0 && f.servedPhrase(s, pi) {
				return true // "share the archive with former mining families"
			}
		case "on", "in", "into", "onto":
			if pi+1 < len(s.Phrases) && p.Possessor && f.servedPhrase(s, pi) && f.ownedBySomeoneServed(s, pi+1) {
				return true // "put a textbook on every pupil's desk": into the hands of someone served
			}
		}
		end = p.End
	}
	return false
}

// afterOursAt reports whether the preposition at k follows a clause
// whose subject is the organisation's own place, thing or service ("our
// shared sewing room is for, [with] …").
func (f *finder) afterOursAt(s *Sentence, k int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Subject < 0 || c.Verb >= k || nextClauseAt(s, c) < k {
			continue
		}
		switch subj := &s.Phrases[c.Subject]; subj.Referent {
		case Thing, Establishment, Service:
			if slices.Contains(f.norms[subj.First:subj.Head], "our") {
				return true // "our sewing room", "what our sewing room [is for]"
			}
		}
	}
	return false
}

// forFronted reports whether the sentence opens with "for" and someone
// served, closed by a comma before clause c's subject, in the main clause
// ("For allotment holders in Bath who want …, we provide …"): whom the
// clause's work is for.
func (f *finder) forFronted(s *Sentence, c *Clause) bool {
	if c.OpenerAt >= 0 || c.Subject <= 0 || len(s.Phrases) == 0 {
		return false
	}
	p := &s.Phrases[0]
	at := s.Phrases[c.Subject].First
	return p.Prep == "for" && p.PrepAt == s.First && at > s.First && f.a.Tokens[at-1].gap&gapComma != 0 && f.servedPhrase(s, 0)
}

// servedPhraseBefore reports whether a phrase before phrase pi of the
// sentence is someone served: whom a later "their" most likely means.
func (f *finder) servedPhraseBefore(s *Sentence, pi int) bool {
	for qi := 0; qi < pi; qi++ {
		if f.servedPhrase(s, qi) {
			return true
		}
	}
	return false
}

// servesSomeone reports whether the verb at token i has someone served as
// its object ("help farmers", "protect every hive").
func (f *finder) servesSomeone(i int) bool {
	c := f.verbClause[i]
	if c == nil || c.Agent != Self || len(c.Objects) == 0 {
		return false
	}
	return f.servedPhrase(f.verbSent[i], c.Objects[0])
}

// clauseEnd returns the end of what a clause says: up to the next clause
// that does not depend on it, or the sentence's end.
func clauseEnd(s *Sentence, c *Clause) int {
	end := c.End
	for _, o := range c.Objects {
		end = max(end, s.Phrases[o].End)
	}
	return end
}

// strategy finds the means: a means clause or phrase ("by lending …",
// "through evening classes", "using drones to …", "working with …"), and
// the organisation's own concrete activity: a verb that is not abstract
// whose object is a made thing, a service or someone it works on ("lend
// boats", "repair each hull", "train nurses"); not an abstract verb
// ("empower", "inspire"), an activity with an abstract object ("provide
// access"), or a verb that belongs to someone else ("enable hobbyists to
// build drones").
func (f *finder) strategy() {
	toks := f.a.Tokens
	abstract := f.set(abstractVerbList)
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		if f.madeOrSent(s) || f.activityPictured(s) || f.offeredPictured(si) {
			// "Everything your boat needs, delivered next day": goods made or
			// sent; "good, honest baking at a fair price": an activity named
			// as a noun; "a mentor for every new beekeeper", "seaweed baths
			// at half price … for residents …", "Free coding clubs for
			// 9-to-13-year-olds …": someone's work, or goods, a service or
			// a club held, for someone; most likely the organisation's
			f.unsure(Strategy)
		}
		if f.promisedTo(s) >= 0 {
			f.unsure(Strategy) // "Greenleaf Pharmacy's promise to people …: a named pharmacist who knows your history, …": what it promises is most likely what it provides
		}
		if f.servedWorkOnMadeThing(s) {
			f.unsure(Strategy) // "Fathom makes it simple for developers to deploy … on a fully managed Kubernetes platform": what those served work on or with, a made thing not theirs, most likely the organisation's product
		}
		if f.namedMadeThing(s) {
			f.unsure(Strategy) // "Developers and transit clerks work on Routemark, a free timetable tool, so …": a thing named and said to be made, most likely the organisation's
		}
		if k := whatItDoesColon(s, toks); k > 0 {
			f.add(Strategy, k, s.End, false) // "Here is what Lullaby Choir does: weekly singing sessions for new mothers …": what it does, after the colon
			continue
		}
		if s.End > s.First+2 && toks[s.First].Norm == "how" && toks[s.First].gap&gapColon != 0 {
			f.add(Strategy, s.First+1, s.End, false) // "How: members own the Drovers' Rest, volunteers run the kitchen …": what the label "How" heads is the means
			continue
		}
		if f.receivedThenHandled(s) {
			f.unsure(Strategy) // "… can get a qualified interpreter …, booked quickly, paid for properly, and arranged by people who …": how what they get is provided
		}
		if f.placeOfServiceSelf(s) {
			f.unsure(Strategy) // "We are the neighbourhood pharmacy for the Brent Park estate": a shop, a clinic or a school at work
		}
		if f.doneWhereItIs(s) || f.placeOffered(s) {
			// "Menopause cafés are free gatherings where people … come
			// together to drink tea …", "A place for men of any age to
			// share skills, make things and have a natter": what is done
			// where the service is, most likely its means
			f.unsure(Strategy)
		}
		if f.thingsAfterColon(s) {
			f.unsure(Strategy) // "Make it easy for developers to accept payments: one SDK, ten lines of code": what it takes, most likely the organisation's
		}
		if f.wayOfDoing(s) {
			f.unsure(Strategy) // "Small online study groups for young carers … — Homework Harbour's way of helping pupils …": what it calls its way of doing the work is how
		}
		if f.receivedListAfterColon(s) {
			f.unsure(Strategy) // "Men with binge eating disorder in Manchester get a place to talk: a Tuesday peer group, a text buddy and a facilitator …": what is provided, most likely the means
		}
		if f.withAfterComma(s) {
			f.unsure(Strategy) // "to get couples ready for their first dance, with a routine built around their own song": what the work is done with
		}
		if f.clauseAfterColon(s) {
			f.unsure(Strategy) // "We help childminders refresh their playrooms: they borrow a crate of toys each term …": how it works, most likely
		}
		if byOurPeople(s) {
			f.unsure(Strategy) // "Every frame … is cut from reclaimed oak by our framers": the organisation's people at work, named after "by"
		}
		if throughSelf(s) {
			f.unsure(Strategy) // "Teesdale farmers share four ploughs and a gritter through our co-op": what is done goes through the organisation, most likely its means
		}
		if f.listedForServedIn(s) {
			f.unsure(Strategy) // "Two hours of drawing, a warm room and a patient tutor each week: that is what we offer carers …": what is offered, listed first
		}
		if f.fromUs(s) {
			f.unsure(Strategy) // "Every baby … goes home in a felted wrap from us": what comes from the organisation is most likely its means
		}
		if f.activitiesInDashes(s) {
			f.unsure(Strategy) // "the chance to make theatre together—writing, acting, lighting and building sets—": the activities offered, set off by dashes
		}
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			if c.Kind == Gerund && (c.Opener == "by" || c.Opener == "through") {
				f.add(Strategy, c.OpenerAt, max(c.End, clauseEnd(s, c)), false)
				continue
			}
			if c.Kind == Gerund && c.OpenerAt < 0 && len(c.Objects) > 0 && toks[c.Verb].closed&clInstrumental != 0 && c.First > s.First && toks[c.First-1].gap&gapComma != 0 && selfSpeaks(s) &&
				s.Phrases[c.Objects[0]].Referent != Abstraction && s.Phrases[c.Objects[0]].Referent != Self {
				f.add(Strategy, c.Verb, clauseEnd(s, c), false) // "We help church councils keep their organs playing for decades, using a yearly tuning visit …": what the organisation does it with
				continue
			}
			if c.Opener == "because" && c.Kind == Finite && !c.Negated && c.Subject >= 0 && len(c.Objects) > 0 && f.servedPhrase(s, c.Subject) && toks[c.Verb].closed&(clReceiving|clHave) != 0 {
				f.unsure(Strategy) // "… pass their licence faster because each one has the same coach …": what they have, that makes the difference, is most likely the organisation's
			}
			if c.Opener == "because" && f.workIsWhy(s, ci) && !abstract.Has(toks[c.Verb].Lemma) {
				f.add(Strategy, c.Verb, afterPrepPhrases(s, toks, max(c.End, clauseEnd(s, c)), true), false) // "… qualify as vet nurses …, because VetPath places them in paid apprenticeships": the work that is why
				continue
			}
			if f.servedGets(s, c) || f.servedUseOurs(s, c) || f.servedHearOn(s, c) {
				f.unsure(Strategy) // "Learners in Ash get patient lessons", "Children in care walk with our llamas": what those served are given, or use of ours, is most likely the organisation's work
			}
			if c.Agent == Self && !c.Negated && f.match(abstractVerbList, c.Verb) > 0 && len(c.Objects) > 0 && !isSomeone(s.Phrases[c.Objects[0]].Referent) && f.helpsMakeThing(s, c) {
				f.unsure(Strategy) // "help community orchards in Somerset harvest, press and sell their apples": a place of business helped to do concrete work on things is most likely helped by the organisation's means
			}
			if (c.Agent == Self || c.Subject >= 0 && s.Phrases[c.Subject].Det == "our") && !c.Negated && len(c.Objects) > 0 && f.metWhere(s, ci) {
				f.unsure(Strategy) // "We meet people at the prison gate …", "Our volunteer tutors meet adults … in libraries and cafés": the people served met somewhere, a service in person
			}
			if c.Agent == Self && !c.Negated && f.match(abstractVerbList, c.Verb) > 0 && len(c.Objects) > 0 && f.helpedWith(s, c) {
				f.unsure(Strategy) // "We help foster parents keep going with respite weekends, phone support and free training": what those helped are helped with, most likely the organisation's
			}
			if c.Agent == Self && !c.Negated && f.match(abstractVerbList, c.Verb) > 0 && len(c.Objects) > 0 && f.helpsServeOthers(s, c) {
				f.unsure(Strategy) // "support community groups to run holiday clubs that offer a hot meal … to children": those helped run a service for others, which may be how the organisation works
			}
			if f.placeOrServiceBenefits(s, c) {
				f.unsure(Strategy) // "Fortnightly cafés in village halls … ease loneliness among bereaved older people": a place or a service at work for people is most likely the organisation's
			}
			if f.namedToolHelps(s, c) {
				f.unsure(Strategy) // "Harvest Ledger helps organic growers track what they plant and sell": a name that lets people do concrete work may be a product, whose working is the means
			}
			if f.meansAsSubject(s, c) {
				f.unsure(Strategy) // "Guitar classes at nine at night let shift workers learn …": the things or services that let people do something are most likely the organisation's work
			}
			if f.letsReceive(s, c) || f.soTheyUse(s, c) {
				f.unsure(Strategy) // "The Green Lane Car Club lets Hackney residents hire a car by the hour": what they get is most likely the organisation's
			}
			if end := f.receivedFromSelf(s, c); end > 0 {
				f.add(Strategy, c.Verb, end, false) // "each post office receives training and a van service from us"
				continue
			}
			if end := f.usesOurs(s, c); end > 0 {
				f.add(Strategy, c.Verb, end, false) // "anyone who runs a food bank can book one of our refrigerated vans"
				continue
			}
			if c.Agent != Self && c.Agent.Animate() && toks[c.Verb].closed&clInstrumental != 0 && len(c.Objects) > 0 && s.Phrases[c.Objects[0]].Referent == Name {
				f.unsure(Strategy) // "Tower captains use Ropesight to plan …": a name the people served use is likely the organisation's product
				continue
			}
			if f.madeHere(s, ci) {
				f.add(Strategy, c.Verb, c.End, false) // "an open file format … is defined, documented and maintained here"
				continue
			}
			if f.elaboratesSelf(s, c) {
				f.unsure(Strategy) // "We help widows keep their land: paralegals record each title …": who does the work, after the colon
				continue
			}
			if f.othersAtWork(si, ci) {
				f.unsure(Strategy) // "We help small exporters win buyers abroad. Native-speaker translators localise their catalogues …": who does the work, in a sentence of its own
				continue
			}
			if f.servesWithin(s, c) {
				f.unsure(Strategy) // "Ironfern is a strength club for women over 50, where small classes and patient coaches help members …": what is at work in the place the organisation is
				continue
			}
			if c.Kind == Finite && c.Subject >= 0 && s.Phrases[c.Subject].Det == "whose" && isSomeone(s.Phrases[c.Subject].Referent) && !c.Negated && f.selfIsBefore(s, ci) {
				f.unsure(Strategy) // "We are a chain of pharmacies whose pharmacists test for …": the organisation's people at work
				continue
			}
			if (c.Kind == Participle || f.passive(c)) && toks[c.Verb].Is(Past) && c.Agent != Self && f.byPeopleAfter(s, ci) {
				f.unsure(Strategy) // "Anyone stranded on the fells, reached … by trained volunteers with four-wheel-drive ambulances": who does the work, named in the passive
				continue
			}
			if f.productWorks(s, c) {
				f.unsure(Strategy) // "Every feature in this till system should make it faster to seat a group": the product at work
				continue
			}
			if meansListWorks(s, c, f.a.Tokens) {
				f.unsure(Strategy) // "Festival grants, a shared insurance policy and a store of marquees let village festivals run …": the means, listed as the subject
				continue
			}
			if f.madeThingWorks(s, c) {
				f.unsure(Strategy) // "A mobile library van calls at every farm …": a made thing at work, most likely the organisation's
				continue
			}
			if end := f.workJoined(s, ci); end > 0 {
				f.add(Strategy, s.Clauses[ci+1].First, end, false) // "volunteer anglers and paddlers join us to clear litter and balsam from the River Wend": the organisation's work, done with them
				continue
			}
			if f.workBeforeResult(s, ci) {
				f.unsure(Strategy) // "Senior clinicians answer every 111 call, so patients get …": what is done, before what it is for, is most likely the means
				if c.Agent != Self {
					continue
				}
			}
			if f.peopleAtWorkOnThings(s, c) {
				f.unsure(Strategy) // "Volunteers organise monthly litter picks": people at work on things; whether they are the organisation's the analysis cannot tell
			}
			if c.Agent != Self && !(c.Governor >= 0 && s.Clauses[c.Governor].Agent == Self && c.Agent == Self) || namedActivity(c) {
				continue
			}
			if c.Opener == "which" && toks[c.Verb].Lemma == "mean" {
				continue // "…, which means no orchard leaves fruit": what the work brings about, not more work
			}
			v := &toks[c.Verb]
			if v.closed&clBe != 0 && len(c.Objects) == 1 {
				if end := f.agentNounOf(s, c.Objects[0]); end > 0 {
					f.add(Strategy, s.Phrases[c.Objects[0]].First, end, false) // "is a leading provider of core banking software"
					continue
				}
				if f.isProduct(s, c) {
					o := &s.Phrases[c.Objects[0]]
					f.add(Strategy, o.First, o.End, false) // "heronlog is a structured logging library", "Tallyho is a mobile app that …"
					continue
				}
				if end := f.peopleBehindProduct(s, c); end > 0 {
					f.add(Strategy, s.Phrases[c.Objects[0]].First, end, false) // "We are the volunteers behind LevelLine, open-source code that …"
					continue
				}
				if f.madeForSomeone(s, c) >= 0 {
					f.unsure(Strategy) // "Driftwood is a fast, flat-file CMS for small publishers": what it is, for someone, of a kind the analysis cannot name
					continue
				}
			}
			if v.closed&clDo != 0 && f.doesTheListed(s, c) {
				f.add(Strategy, s.First, s.Phrases[c.Objects[0]].End, false) // "Contract review, trademark checks and privacy sign-off — the team does all three"
				continue
			}
			if v.closed&clBe != 0 && len(c.Objects) == 0 && f.ourOwnOut(s, c) {
				f.unsure(Strategy) // "Our gritters are out before the temperature drops …": the organisation's people or things, at work somewhere
				continue
			}
			if v.closed&(clBe|clHave|clCopula) == 0 && v.closed&clLinking != 0 && len(c.Objects) == 0 && c.Subject >= 0 && c.Kind == Finite && f.ourWorkingThing(&s.Phrases[c.Subject]) {
				f.add(Strategy, s.Phrases[c.Subject].First, s.Phrases[c.Subject].End, false) // "our driver-owned taxis keep running across the Fenland villages": what the organisation works with, kept at it
				continue
			}
			if v.closed&(clBe|clHave|clCopula) != 0 || v.closed&(clLinking|clDo) != 0 && len(c.Objects) == 0 {
				continue
			}
			if v.closed&clDesire != 0 {
				continue // "we want developers to earn …": a wish, no work
			}
			if v.closed&clCausative != 0 && c.Agent == Self && c.Predicate >= 0 && len(c.Objects) > 0 && s.Phrases[c.Objects[0]].Det == "our" {
				f.unsure(Strategy) // "We keep our prices low and our boats simple": how the organisation shapes what it offers, an approach
				continue
			}
			if v.closed&clPicturing != 0 && c.Agent == Self && len(c.Objects) > 0 && !s.Phrases[c.Objects[0]].Referent.Animate() {
				continue // "We see a valley where every adult can read …": a picture in the mind, no work; not "we see patients at home"
			}
			if c.Subject >= 0 && c.Kind == Finite {
				if p := &s.Phrases[c.Subject]; f.ourWorkingThing(p) {
					// "our mobile clinics visit …", "Pallmark lifting frames
					// take …": what the organisation works with.
					f.add(Strategy, p.First, p.End, false)
				}
			}
			isAbstract := abstract.Has(v.Norm) || abstract.Has(v.Lemma)
			weak := f.set(weakVerbsList).Has(v.Norm) || f.set(weakVerbsList).Has(v.Lemma)
			if len(c.Objects) == 0 {
				if !isAbstract && (f.match(actionVerbList, c.Verb) > 0 || f.handlingVerb(v)) && f.followedByMeansOrRecipient(s, c) || f.goesTo(s, c) {
					f.add(Strategy, c.Verb, c.End, false)
				} else if !isAbstract && (!v.known || f.match(actionVerbList, c.Verb) > 0 || f.handlingVerb(v)) {
					f.unsure(Strategy) // "we inspire, educate and outfit": an activity, on what it does not say
				}
				continue
			}
			if v.closed&clCausative != 0 && c.Predicate < 0 && asAdjectiveAs(toks, s.Phrases[c.Objects[len(c.Objects)-1]].End, s.End) {
				continue // "make cross-border shipping as easy for small exporters as …": what the work makes of something, not the work
			}
			last := c.Objects[len(c.Objects)-1]
			if len(c.Objects) >= 2 && f.timesCounted(s, last) {
				last = c.Objects[len(c.Objects)-2] // "serves hot meals [five nights] a week": how often, not a second thing served
			}
			oi := f.mostConcrete(s, last)
			o := &s.Phrases[oi]
			standsForThing := false
			if q := f.thingBefore(s, oi); q != nil {
				it := *o
				it.Referent, it.MaybeThing = q.Referent, q.MaybeThing
				o, standsForThing = &it, true // "… sell us their milk; we turn it into gelato": "it" is the milk
			}
			if w := f.withInChain(s, c.Objects[0]); w >= 0 && len(c.Objects) == 1 && f.servedPhrase(s, c.Objects[0]) &&
				s.Phrases[w].End < s.End && toks[s.Phrases[w].End-1].gap&gapColon != 0 && toks[s.Phrases[w].Head].Is(Plural) {
				f.unsure(Strategy) // "serve oyster fishers with three things: seed oysters, …": what it serves them with, listed after the colon
				continue
			}
			if w := f.withPhrase(s, s.Phrases[c.Objects[len(c.Objects)-1]].End); w >= 0 && len(c.Objects) == 1 && f.servedPhrase(s, c.Objects[0]) && f.goodList(s, w) &&
				(v.closed&clGiving != 0 || !s.Phrases[w].Referent.Animate()) {
				f.add(Strategy, c.Verb, s.Phrases[w].End, false) // "provide members with quality goods and services", "serve our members with honest financial services"
				continue
			}
			if gi := f.peoplesInfinitive(s, c); gi >= 0 && o.Referent.Animate() && !isAbstract && v.closed&clCausative == 0 && f.givesToServed(s, gi) {
				// "find landlords (willing) to rent to people seeking
				// asylum": people found or brought in to give to those
				// served, the organisation's way of doing it
				f.add(Strategy, c.Verb, s.Clauses[gi].End, false)
				continue
			}
			if c.Complement >= 0 && o.Referent.Animate() && (!isAbstract || v.closed&clCausative == 0 && f.makesThing(s, &s.Clauses[c.Complement])) && f.concreteVerb(&toks[s.Clauses[c.Complement].Verb]) {
				// "find neighbours to feed the pets"; "brings people together
				// to build homes": work done with people, on a thing made;
				// not "help hobbyists build drones", the hobbyists' own work
				f.add(Strategy, c.Verb, s.Clauses[c.Complement].End, false)
				continue
			}
			objectsEnd := s.Phrases[c.Objects[len(c.Objects)-1]].End
			joinedTo, into, taken := 0, 0, 0
			if !isAbstract {
				joinedTo, into = f.connectedToMade(s, v, objectsEnd), f.intoMade(objectsEnd, standsForThing)
			}
			if c.Agent == Self {
				taken = f.takenTo(s, c)
			}
			switch {
			case joinedTo > 0:
				f.add(Strategy, c.Verb, joinedTo, false) // "connect every clinic to a shared patient record"
			case !isAbstract && o.Referent.Animate() && f.connectedTo(s, v, objectsEnd):
				f.unsure(Strategy) // "connect volunteers with opportunities to …": bringing people to something may be the work, or only its aim
			case c.Agent == Self && f.broughtToServed(s, c) > 0:
				f.add(Strategy, c.Verb, f.broughtToServed(s, c), false) // "we drive a coach and boards out to them": people carried to those served, a visiting service
			case into > 0:
				f.add(Strategy, c.Verb, into, false) // "turn rain data into flood warnings"
			case v.closed&clInstrumental != 0:
				f.add(Strategy, c.Verb, o.End, false) // "use drones to …"
			case isAbstract:
				switch {
				case f.match(actionNounList, o.Head) > 0:
					f.add(Strategy, c.Verb, o.End, false) // "accelerate the development of …"
				case v.closed&clGiving != 0 && f.standsFor(s, oi).MaybeThing && !f.generic(f.standsFor(s, oi)) && !f.set(abstractObjectList).Has(toks[f.standsFor(s, oi).Head].Norm) &&
					!f.set(abstractObjectList).Has(toks[f.standsFor(s, oi).Head].Lemma) && f.toPhraseAfter(s, oi):
					// "bring a pop-up cinema to a town hall", "bring medicine to
					// islands", "grow vegetables … and bring them to households";
					// not "bring change to …"
					f.add(Strategy, c.Verb, o.End, false)
				case taken > 0:
					f.add(Strategy, c.Verb, taken, false) // "bring a symphony orchestra into school halls"
				case v.closed&clGiving != 0 && o.Referent.Animate() && (f.toPhraseAfter(s, oi) || f.broughtInto(s, oi)):
					f.unsure(Strategy) // "bring offenders to justice", "brings asylum seekers and local fans onto the same pitch": people taken somewhere, which may be the work
				case v.closed&clGiving != 0 && o.Referent.Animate() && (f.gatheredFor(s, oi) || f.gatheredFirst(s, c, oi)):
					f.unsure(Strategy) // "brings retired people together every Wednesday for talks, walks and a proper tea": people gathered for something, which may be the work
				case v.closed&clGiving != 0 && (o.Referent == Service || o.Referent == Establishment) && !f.set(abstractObjectList).Has(toks[o.Head].Norm) && !f.set(abstractObjectList).Has(toks[o.Head].Lemma):
					// "brings therapy, teaching and care … under one roof",
					// "bring clay workshops to …": services given, which may be the work
					f.unsure(Strategy)
				case (o.Referent == Thing || o.Referent == Animal || o.MaybeThing) && v.closed&clCausative == 0 && strings.ContainsAny(v.entry.Senses(wordnet.Verb), "ur") &&
					!f.set(abstractObjectList).Has(toks[o.Head].Norm) && !f.set(abstractObjectList).Has(toks[o.Head].Lemma):
					// "serve build caches over HTTP", "grow vegetables", "grow
					// oysters", "serve great food": a verb often abstract, in a
					// sense of serving or making (WordNet's consumption and
					// creation verbs), on a made thing, a living one or one
					// that may be a thing (food is first a substance), may be
					// the work; not "Enabling open maps"
					f.unsure(Strategy)
				case o.Referent == Thing && v.closed&clCausative == 0 && c.Agent == Self &&
					!f.set(abstractObjectList).Has(toks[o.Head].Norm) && !f.set(abstractObjectList).Has(toks[o.Head].Lemma):
					f.unsure(Strategy) // "change money at the mid-market rate": a verb often abstract, on a made or handled thing, may be the work
				}
			case v.closed&clGiving != 0 && o.Referent == Person && len(c.Objects) == 1 && !f.generic(o) &&
				(f.servedAfterTo(s, afterPrepPhrases(s, f.a.Tokens, f.conjoinedEnd(s, oi), false)) >= 0 || f.forWorkAt(s, f.conjoinedEnd(s, oi)) || f.forFronted(s, c) || workersFor(s, oi)):
				// "provide court interpreters to magistrates' courts", "For
				// every new parent in Hackney, we provide a counsellor",
				// "provide caseworkers who help fraud victims …": people
				// sent to do a job, for those served
				f.add(Strategy, c.Verb, o.End, false)
			case f.set(abstractObjectList).Has(toks[o.Head].Norm) || f.set(abstractObjectList).Has(toks[o.Head].Lemma):
			case c.Agent == Self && occasion(&toks[o.Head]) && f.heldAt(s, oi):
				f.unsure(Strategy) // "we hold photo day in a quiet room": an occasion held somewhere, which may be the work
			case o.Referent == Thing || o.Referent == Establishment || o.Referent == Service && (f.concreteVerb(v) || v.closed&clDo != 0):
				end := max(o.End, f.conjoinedEnd(s, oi)) // "carry hot food and blankets": the things joined to it too
				if f.measure(&s.Phrases[c.Objects[len(c.Objects)-1]]) {
					end = listEnd(s, oi) // "keep three centuries of manor and estate maps"
				}
				f.add(Strategy, c.Verb, end, false) // "lend boats", "run night buses", "repair each hull"
			case o.MaybeThing && (f.handlingVerb(v) || !weak && o.Referent != Abstraction):
				f.add(Strategy, c.Verb, o.End, false) // "bring medicine", "fit smoke alarms"
			case o.Referent == Group && f.thingSense(o) && f.transfers(v) && !weak:
				f.add(Strategy, c.Verb, o.End, false) // "stock hearing-aid batteries"
			case f.match(actionVerbList, c.Verb) > 0 && o.Referent != Self && !o.Referent.Animate() && !(weak && f.state(o) && !(o.MaybeThing && toks[o.Head].Is(Plural))):
				// "test milk samples", "provide a method to …", "provide
				// fenced pitches" (a quality is seldom plural: pitches that
				// may be things are); not "provide access", a quality no
				// activity hands over.
				f.add(Strategy, c.Verb, o.End, false)
			case len(c.Objects) == 2 && f.concreteVerb(v):
				f.add(Strategy, c.Verb, o.End, false) // "give apprentices a mentor"
			case taken > 0:
				f.add(Strategy, c.Verb, taken, false) // "getting islanders to the mainland": carrying people is the work
			case o.Referent == Animal && len(c.Objects) == 1 && c.Agent == Self && v.closed&clGiving != 0:
				f.add(Strategy, c.Verb, o.End, false) // "provide trained dogs", "lend laying hens": animals handed over are the means, not the ones served
			case o.Referent == Person && f.handlingVerb(v) && f.match(benefitVerbList, c.Verb) == 0:
				f.add(Strategy, c.Verb, o.End, false) // "train nurses", "feed families"
			case o.Referent == Person && !isAbstract && !weak && f.actsForOthers(s, oi):
				f.add(Strategy, c.Verb, o.End, false) // "educate nurses who meet the health needs of …": people taught to serve others
			case f.match(actionVerbList, c.Verb) > 0 && f.concreteChain(s, c.Objects[len(c.Objects)-1]):
				f.add(Strategy, c.Verb, o.End, false) // "provide GUI access to a library of analysis tools"
			case o.Referent == Unclear || o.Referent == Name || o.Referent == Place:
				f.unsure(Strategy)
			case f.joinsParties(s, c, oi):
				f.unsure(Strategy) // "Skillbridge connects employers and apprentices": bringing two sides together may be the means
			case o.Referent.Animate() && o.Referent != Everyone && !isAbstract && !weak && f.match(benefitVerbList, c.Verb) == 0 && v.closed&clCausative == 0 && !changesTheirLot(toks, o, v):
				f.unsure(Strategy) // "represents community nurses in pay talks": work done for someone, of a kind the analysis cannot name
			}
		}
		// Means phrases: "through evening classes", "with volunteer drivers", "using drones".
		for pi := range s.Phrases {
			p := &s.Phrases[pi]
			switch p.Prep {
			case "through", "via":
				// "through evening classes", not "through the years" or
				// "through the power of …".
				h := f.lemma[p.Head]
				if p.Referent != Self && !f.set(abstractObjectList).Has(h) && h != "power" && h != "time" && h != "life" && toks[p.Head].Tag != Number &&
					(toks[p.Head].entry.First(wordnet.Noun) != wordnet.NounTime || heldAtTime(toks, p)) { // "through the years", "through the night"; not "through coffee mornings"
					f.add(Strategy, p.PrepAt, p.End, false)
				} else if q := pi + 1; toks[p.Head].entry.First(wordnet.Noun) == wordnet.NounTime && q < len(s.Phrases) && s.Phrases[q].Prep == "of" && s.Phrases[q].PrepAt == p.End &&
					(s.Phrases[q].Referent == Service || s.Phrases[q].Referent == Thing) {
					f.add(Strategy, p.PrepAt, f.conjoinedEnd(s, q), false) // "through three days of free concerts and workshops": the time they take, and what fills it
				} else if q := pi + 1; h == "power" && q < len(s.Phrases) && s.Phrases[q].Prep == "of" && s.Phrases[q].PrepAt == p.End && (s.Phrases[q].Referent == Service || s.Phrases[q].Referent == Thing) {
					f.unsure(Strategy) // "through the power of sport": what the power is of may be the means, though the phrase says little of how
				}
			case "to", "at":
				if p.Det == "our" && p.Referent == Service && toks[p.Head].Is(Plural) && !f.generic(p) {
					// "Ferret owners bring their animals to our monthly meets":
					// the organisation's own events, counted, where people
					// come, are its means; not "entrusted to our care"
					f.add(Strategy, p.PrepAt, p.End, false)
				}
			case "by":
				passive := p.PrepAt > s.First && participle(&toks[p.PrepAt-1]) // "woken by deliveries": the agent
				if (p.Referent == Service || f.match(actionNounList, p.Head) > 0) && !passive {
					f.add(Strategy, p.PrepAt, p.End, false) // "by design", "by example"
				} else if p.Referent == Thing && p.Det == "" && p.First == p.Head && !toks[p.Head].Is(Plural) && !passive {
					f.unsure(Strategy) // "answers by text or phone", "lessons by video": a thing named bare after "by", the way it is done
				}
			case "with":
				// "with volunteer drivers", "with year-round ferry services",
				// "with a daily sailing" (a service one can count); not "with
				// care", a manner. After someone else's verb, the
				// organisation's own ("carers catch up with our homework
				// clubs").
				// Not someone else's ("spend more time with their patients",
				// "grow food with their own seed").
				if f.afterFeeling(s, pi) {
					break // "to fall in love with the night sky": what a feeling is for, not a means
				}
				if p.Det == "no" {
					break // "with no licence server standing in the way": what is absent, no means
				}
				// "with physiotherapy": a service no dictionary sense makes a
				// manner or a feeling is done, a means, uncounted; not
				// "with care", which is also a feeling.
				counted := toks[p.Head].Is(Plural) || p.Indefinite() || p.Referent == Service && onlyActs(toks[p.Head].entry)
				someoneElses := is(p.Det, clPossessive) && p.Det != "our" || f.timeSpentWith(s, p)
				if (p.Referent == Thing || p.Referent.Animate() && p.Referent != Everyone || p.Referent == Service && counted && !f.givenTo(s, pi)) && (!f.generic(p) || f.qualified(s, pi)) && !someoneElses && (f.afterSelfVerb(s, p.PrepAt) || f.frontedBeforeSelf(s, p.PrepAt)) ||
					p.Det == "our" && (p.Referent == Thing || p.Referent == Service || p.Referent == Establishment || p.Referent == Group) {
					f.add(Strategy, p.PrepAt, p.End, false)
				} else if p.Referent.Animate() && p.Referent != Everyone && p.PrepAt > s.First && toks[p.PrepAt-1].gap&gapComma != 0 && f.atWorkAfter(s, p) {
					f.unsure(Strategy) // "…, with volunteers filling the gaps": people at work beside what is done, most likely the organisation's
				} else if p.Referent == Unclear && counted && !someoneElses && (f.afterSelfVerb(s, p.PrepAt) || f.frontedBeforeSelf(s, p.PrepAt)) {
					f.unsure(Strategy) // "supports hill farmers … — with a confidential helpline, …": a thing counted that no dictionary names, after the organisation's verb, may be its means
				} else if (p.Referent == Thing || p.Referent == Service) && counted && !someoneElses && f.afterOursAt(s, p.PrepAt) {
					f.unsure(Strategy) // "… what our shared sewing room is for, with donated machines and lessons": what the organisation's own place or thing comes with, most likely its means
				}
			}
		}
	}
	for i := range toks {
		if n := f.match(meansMarkerList, i); n > 1 {
			end := i + n // "by means of", "in partnership with", and the phrase after it
			if i+n < len(f.phraseFrom) && f.phraseFrom[i+n] != nil {
				end = f.phraseFrom[i+n].End
			}
			f.add(Strategy, i, end, false)
		}
	}
	// "Coach, tutor and showcase: that is how Ballers Academy takes …": what
	// stands before the colon is how.
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for k := s.First + 1; k+2 < s.End; k++ {
			if toks[k-1].gap&gapColon != 0 && ((f.norms[k] == "that" || f.norms[k] == "this") && f.norms[k+1] == "is" && f.norms[k+2] == "how" ||
				(f.norms[k] == "that's" || f.norms[k] == "this's") && f.norms[k+1] == "how") {
				f.add(Strategy, s.First, k, false)
			}
		}
	}
	// "We help families in Durham care for a dying relative at home:
	// practical training in the first week, a doula on call each night …":
	// what the organisation gives, listed without a verb after its colon.
	// "With a swab kit by post and a text reminder each year, donors in
	// rural Powys stay on the register": what those served are equipped
	// with, fronted.
	for si := range f.a.Sentences {
		if s := &f.a.Sentences[si]; f.givenAfterColon(s) || f.frontedWith(s) {
			f.unsure(Strategy)
		}
	}
	// A statement that is a phrase headed by an activity noun
	// ("Formation of personnel …", "Free repairs for every fishing boat").
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		if len(s.Clauses) == 0 && len(s.Phrases) > 0 && f.match(actionNounList, s.Phrases[0].Head) > 0 {
			f.add(Strategy, s.Phrases[0].First, s.Phrases[0].End, false)
		}
	}
	if f.c.presence[Strategy] == Absent && (f.unexplainedWork() || f.namesServiceOnly()) {
		f.unsure(Strategy)
	}
}

// madeHere reports whether clause ci, or the passive it is joined to,
// says in the passive that a made thing is worked on where the statement
// stands ("… is defined, documented and maintained here"): the
// organisation's own work, named from the thing's side. Work done "by our
// own crew" on a boat someone brings stays unsure: the boat is theirs.
func (f *finder) madeHere(s *Sentence, ci int) bool {
	toks := f.a.Tokens
	c := &s.Clauses[ci]
	head := ci
	if c.Joined >= 0 {
		head = c.Joined
	}
	if !f.passive(&s.Clauses[head]) || !toks[c.Verb].Is(Past) || c.Subject < 0 || c.Negated {
		return false
	}
	if p := &s.Phrases[c.Subject]; p.Referent != Thing && p.Referent != Service {
		return false
	}
	end := c.End // the passives joined to the first go on to the last
	for di := range s.Clauses {
		if d := &s.Clauses[di]; (di == head || d.Joined == head) && d.End > end {
			end = d.End
		}
	}
	return end < s.End && toks[end].Norm == "here"
}

// ourOwnOut reports whether clause c says that the organisation's own
// people or things are out, or somewhere at work: "our" before its
// subject (or the subject "we"), a form of "be" and then "out", a phrase
// of place, or "on" and a bare noun ("Our gritters are out before …",
// "our nurses are in every village", "we are on call every night"). What
// the statement itself is ("Our mission is …") says no such thing.
func (f *finder) ourOwnOut(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Subject < 0 || c.Negated || c.Predicate >= 0 {
		return false
	}
	p := &s.Phrases[c.Subject]
	we := p.Referent == Self && toks[p.Head].Norm == "we"
	if !we && (p.Det != "our" || toks[p.Head].closed&clStatementWord != 0 || !(p.Referent == Self || p.Referent == Person || p.Referent == Thing || p.MaybeThing)) {
		return false
	}
	k := c.End
	if k < s.End && (toks[k].Norm == "out" || toks[k].Norm == "about") {
		return true
	}
	for pi := range s.Phrases {
		q := &s.Phrases[pi]
		if q.PrepAt != k {
			continue
		}
		if (q.Prep == "in" || q.Prep == "on" || q.Prep == "at") && (q.Distributive() || q.Referent == Place || q.Referent == Establishment) {
			return true
		}
		if q.Prep == "on" && q.Det == "" && q.First == q.Head && q.End == q.Head+1 && toks[q.Head].Tag == Noun && !toks[q.Head].Is(Plural) {
			return true // "our nurses are on call", "we are on duty": "on" and a bare noun, at work
		}
	}
	return false
}

// elaboratesSelf reports whether clause c, after a colon that follows a
// clause of the organisation's own or its promise to someone, says that
// people do concrete work
// ("We help widows in Western Kenya keep their land: paralegals record
// each title with the county, …"): most likely the organisation's people,
// at the work the first part promised.
func (f *finder) elaboratesSelf(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Finite || c.Negated || !(c.Agent == Person || c.Agent == Group) || !f.concreteVerb(&toks[c.Verb]) || len(c.Objects) == 0 {
		return false
	}
	if at := f.promisedTo(s); at >= 0 && c.First >= at {
		return true // "Our promise to caregivers: a licensed consultant answers your questions …"
	}
	for di := range s.Clauses {
		d := &s.Clauses[di]
		if d.Agent != Self || d.First >= c.First {
			continue
		}
		for k := d.End - 1; k < c.First; k++ {
			if toks[k].gap&gapColon != 0 {
				return true
			}
		}
	}
	return false
}

// givenAfterColon reports whether a sentence has a clause of the
// organisation's own, then a colon, and after it only phrases, the first
// a service or an act ("…: practical training in the first week, a doula
// on call each night"): a list of what it gives, without a verb.
func (f *finder) givenAfterColon(s *Sentence) bool {
	toks := f.a.Tokens
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Agent != Self || c.Kind != Finite || c.Negated {
			continue
		}
		colon := -1
		for k := c.Verb; k+1 < s.End; k++ {
			if toks[k].gap&gapColon != 0 && toks[k].gap&gapDash == 0 {
				colon = k
				break
			}
		}
		if colon < 0 {
			return false
		}
		for di := range s.Clauses {
			if s.Clauses[di].First > colon {
				return false // "…: paralegals record each title": a clause, which elaboratesSelf reads
			}
		}
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; p.First == colon+1 {
				return p.Prep == "" && p.Referent == Service
			}
		}
		return false
	}
	return false
}

// frontedWith reports whether a sentence opens with "with" and a thing or
// a service, set off by a comma before a clause whose subject is people
// other than the organisation ("With a swab kit by post …, donors in
// rural Powys stay on the register"): what they do it with is most likely
// what the organisation provides.
func (f *finder) frontedWith(s *Sentence) bool {
	toks := f.a.Tokens
	if f.norms[s.First] != "with" || toks[s.First].Tag != Preposition {
		return false
	}
	var first *Phrase
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.PrepAt == s.First {
			first = p
			break
		}
	}
	if first == nil || first.Referent.Animate() || first.Referent == Self || first.Referent == Abstraction {
		return false
	}
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Kind != Finite || c.Subject < 0 || c.OpenerAt >= 0 {
			continue
		}
		subj := &s.Phrases[c.Subject]
		return subj.First > first.First && toks[subj.First-1].gap&gapComma != 0 && subj.Referent.Animate() && c.Agent != Self
	}
	return false
}

// othersAtWork reports whether clause ci of sentence si has people do
// work on a thing, or for someone ("Native-speaker translators localise
// their catalogues", "Members collect swarms free for householders")
// after an earlier sentence in which the organisation serves
// people, and the doers are none of those it serves: most likely the
// organisation's own people, at work.
func (f *finder) othersAtWork(si, ci int) bool {
	s := &f.a.Sentences[si]
	c := &s.Clauses[ci]
	toks := f.a.Tokens
	if c.Kind != Finite || c.Negated || c.Agent != Person && c.Agent != Group || c.Subject < 0 || toks[s.Phrases[c.Subject].Head].Tag == Pronoun {
		return false // (a group at work too: "Staff play records on request")
	}
	if !f.besideOurs(s, c) && (len(c.Objects) == 0 || s.Phrases[c.Objects[0]].Referent != Thing && !f.forSomeone(s, c)) {
		return false // work on a thing, for someone ("Members collect swarms free for householders") or beside the organisation's people
	}
	v := &toks[c.Verb]
	keptSo := v.closed&clCausative != 0 && c.Predicate >= 0 && len(c.Objects) > 0 // "Volunteers keep six old boats afloat": work that keeps things in a state
	if f.set(abstractVerbList).Has(v.Lemma) || v.closed&(clBe|clHave|clDo|clDesire) != 0 || !keptSo && v.closed&(clReceiving|clLinking) != 0 {
		return false // "exporters need buyers", "members keep their boats": no work done
	}
	doer := f.lemma[s.Phrases[c.Subject].Head]
	for _, e := range f.a.Sentences[:si] {
		for pi := range e.Phrases {
			if p := &e.Phrases[pi]; p.Referent.Animate() && p.Referent != Self && f.lemma[p.Head] == doer {
				return false // the people served, at work on their own behalf
			}
		}
	}
	return f.servedBefore(si)
}

// peopleAtWorkOnThings reports whether a clause of the present has people
// do an organisation's kind of work on things ("Volunteers organise
// monthly litter picks", "Members plant bulbs"), or teach or train other
// people ("volunteers show older residents how to …"): work, though the
// analysis cannot tell whether the people are the organisation's or the
// ones it serves.
func (f *finder) peopleAtWorkOnThings(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Finite || c.Negated || c.Agent != Person && c.Agent != Group || c.Subject < 0 || len(c.Objects) == 0 || toks[s.Phrases[c.Subject].Head].Tag == Pronoun {
		return false
	}
	v := &toks[c.Verb]
	if o := &s.Phrases[c.Objects[0]]; (o.Referent == Person || o.Referent == Group) && toks[o.Head].Tag != Pronoun && toks[o.Head].Lemma != toks[s.Phrases[c.Subject].Head].Lemma {
		// "volunteers show older residents how to use the machines",
		// "mentors coach young founders": people taught or trained by others
		return howToAfter(s, toks, o.End) || f.taught(c) || f.match(actionVerbList, c.Verb) > 0
	}
	if o := s.Phrases[c.Objects[0]].Referent; o != Thing && o != Service && o != Establishment {
		return false
	}
	if f.set(abstractVerbList).Has(v.Lemma) || v.closed&(clBe|clHave|clDo|clReceiving|clDesire|clLinking|clModal) != 0 {
		return false
	}
	return f.match(actionVerbList, c.Verb) > 0 // the verbs of an organisation's work, not of living ("families eat fresh vegetables")
}

// howToAfter reports whether "how to" follows token k within a few words
// and no punctuation ("show older residents [of Meadowbank] how to …"):
// what someone is shown or taught.
func howToAfter(s *Sentence, toks []Token, k int) bool {
	for i := k; i+1 < s.End && i < k+maxPhraseWords; i++ {
		if toks[i].Norm == "how" && toks[i+1].Norm == "to" {
			return true
		}
		if toks[i].gap != 0 {
			return false
		}
	}
	return false
}

// clauseOpensAt reports whether a finite clause of the present, not the
// organisation's, has its subject open at token k (a clause after a noun
// without "when" or "that": "the day [deckhands go to sea]").
func (f *finder) clauseOpensAt(s *Sentence, k int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Kind == Finite && c.Subject >= 0 && c.OpenerAt < 0 && c.Agent != Self && !f.a.Tokens[c.Verb].Is(Past) {
			if sub := &s.Phrases[c.Subject]; sub.First == k || sub.First > k && f.a.Tokens[k].Is(Possessive) && sub.First == k+1 {
				return true
			}
		}
	}
	return false
}

// becauseOfUs reports whether clause ci says what the people served do or
// have, and the clause after it, opened by "because", says the
// organisation's work is why ("Patients hear the sound of home because we
// record messages from their families", "… because VetPath places them in
// paid apprenticeships": a name there is the organisation's): what they do
// is what the work brings them, and the work is how.
func (f *finder) becauseOfUs(s *Sentence, ci int) bool { return f.becauseClause(s, ci) >= 0 }

// workIsWhy reports whether clause ci, opened by "because", is the
// organisation's work that a clause before it about the people served
// gives as the reason (becauseClause).
func (f *finder) workIsWhy(s *Sentence, ci int) bool {
	for m := ci - 1; m >= 0; m-- {
		if f.becauseClause(s, m) == ci {
			return true
		}
	}
	return false
}

// becauseClause returns the clause opened by "because" that says the
// organisation's work is why clause ci, about the people served, holds
// (see becauseOfUs), or -1; clauses that hang on ci ("without leaving the
// fells") may stand between.
func (f *finder) becauseClause(s *Sentence, ci int) int {
	c := &s.Clauses[ci]
	if c.Kind != Finite || c.Negated || c.OpenerAt >= 0 || c.Subject < 0 || c.Agent == Self || !s.Phrases[c.Subject].Referent.Animate() || !f.servedPhrase(s, c.Subject) {
		return -1
	}
	if f.a.Tokens[c.Verb].closed&(clBe|clDesire) != 0 {
		return -1 // "patients need …": a want, not what they gain
	}
	for di := ci + 1; di < len(s.Clauses); di++ {
		d := &s.Clauses[di]
		if d.Opener == "because" {
			if d.Kind == Finite && (d.Agent == Self || d.Agent == Name) && !d.Negated && f.a.Tokens[d.Verb].closed&(clBe|clHave|clDesire) == 0 {
				return di // the organisation's work, not its state ("because we are short of engineers")
			}
			return -1
		}
		if d.OpenerAt < 0 && d.Kind == Finite {
			return -1 // another main clause
		}
	}
	return -1
}

// changesTheirLot reports whether a verb of change has for its object
// what people have or are ("brighten the lives of patients", "transform
// the health of …"): the change is the benefit, not the work that brings
// it.
func changesTheirLot(toks []Token, o *Phrase, v *Token) bool {
	return toks[o.Head].closed&clPossessionNoun != 0 && wordnet.Class(v.entry.First(wordnet.Verb)) == wordnet.VerbChange
}

// fundedWork reports whether clause c is an "-ing" verb that a verb of
// providing for pays for ("the profits pay for [insulating] older
// residents' homes"): work the organisation's money does, as its own is.
func fundedWork(toks []Token, c *Clause) bool {
	if c.Kind != Gerund || c.First < 2 || toks[c.First-1].Norm != "for" {
		return false
	}
	v := &toks[c.First-2]
	return v.Tag == Verb && v.closed&clProvisioning != 0
}

// theirCostsAt returns where the "of" phrase ends when the phrase at pi,
// or the list it opens, names a price, "of" someone served ("the college
// fees, travel and first-year wages of apprentice vet nurses"), or 0.
func (f *finder) theirCostsAt(s *Sentence, pi int) int {
	last, price := pi, false
	for k := pi; k < len(s.Phrases) && (k == pi || s.Phrases[k].Conjoined == pi); k++ {
		last = k
		price = price || f.a.Tokens[s.Phrases[k].Head].closed&clPriceNoun != 0
	}
	if !price || !f.ofSomeoneServed(s, last) {
		return 0
	}
	return s.Phrases[last+1].End
}

// nothingCharged reports whether the last object of clause c, whose verb
// names a price, is none at all: "nothing", or "no" and a price ("charge
// no fees").
func nothingCharged(s *Sentence, toks []Token, c *Clause) bool {
	o := &s.Phrases[c.Objects[len(c.Objects)-1]]
	return toks[o.Head].Norm == "nothing" || o.Det == "no" && toks[o.Head].closed&clPriceNoun != 0
}

// heldAtTime reports whether a phrase headed by a time names what is held
// at that time: a noun of an activity, a talk, food or drink before the
// head ("coffee mornings", "quiz nights", "swim-and-chat mornings"); not a
// time of year or a place ("winter evenings", "the school holidays").
func heldAtTime(toks []Token, p *Phrase) bool {
	for k := p.First; k < p.Head; k++ {
		if toks[k].Tag != Noun {
			continue
		}
		switch toks[k].entry.First(wordnet.Noun) {
		case wordnet.NounAct, wordnet.NounEvent, wordnet.NounCommunication, wordnet.NounFood:
			return true
		}
	}
	return false
}

// besideOurs reports whether a clause has its subject work beside the
// organisation's own people after its verb: "Trained mentors teach
// alongside our staff", "… alongside our instructors".
func (f *finder) besideOurs(s *Sentence, c *Clause) bool {
	end := nextClauseAt(s, c)
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.PrepAt > c.Verb && p.PrepAt < end && (p.Referent == Self || p.Referent == Person) && p.Det == "our" && (p.Prep == "alongside" || p.Prep == "beside" || p.Prep == "with") {
			return true
		}
	}
	return false
}

// selfWorksAfterBreak reports whether, after clause ci, a semicolon or a
// colon opens a clause of the organisation's own work ("…; we design
// rucksacks that …").
func (f *finder) selfWorksAfterBreak(s *Sentence, ci int) bool {
	toks := f.a.Tokens
	for cj := ci + 1; cj < len(s.Clauses); cj++ {
		d := &s.Clauses[cj]
		if d.Agent == Self && d.Kind == Finite && !d.Negated && len(d.Objects) > 0 && d.Subject >= 0 && s.Phrases[d.Subject].First > s.First &&
			toks[s.Phrases[d.Subject].First-1].gap&(gapSemicolon|gapColon) != 0 {
			return true
		}
	}
	return false
}

// servedBefore reports whether a sentence before sentence si has the
// organisation serve people: as its verb's object ("We help small
// exporters …"), after "for" ("We host podcasts for schools") or as the
// subject of what it is for ("… exists so that teenagers in Fermanagh
// learn to sail").
func (f *finder) servedBefore(si int) bool {
	for ei := range f.a.Sentences[:si] {
		e := &f.a.Sentences[ei]
		for di := range e.Clauses {
			if d := &e.Clauses[di]; d.Agent == Self && !d.Negated && (f.servesSomeone(d.Verb) || f.forSomeone(e, d) || f.makesSureOfSomeone(e, di) || f.soThatSomeone(e, di)) {
				return true
			}
		}
	}
	return false
}

// soThatSomeone reports whether the clause straight after clause di,
// opened by "so that" or "so", has someone as its subject: whom the
// organisation's being or work is for. (The clause finder links no
// governor to a clause of purpose, so the order of the two is what ties
// them.)
func (f *finder) soThatSomeone(s *Sentence, di int) bool {
	if di+1 >= len(s.Clauses) {
		return false
	}
	c := &s.Clauses[di+1]
	return (c.Opener == "so that" || c.Opener == "so") && !c.Negated && c.Subject >= 0 && isSomeone(s.Phrases[c.Subject].Referent)
}

// sureOf returns the clause that "make sure" at clause ci's verb makes
// sure of, when it follows straight after with someone as its subject and
// its verb in the plain form, as a causative's bare verb is ("make sure
// cocoa farmers earn …"), or -1.
func (f *finder) sureOf(s *Sentence, ci int) int {
	toks := f.a.Tokens
	if !makeSureAt(toks, s.Clauses[ci].Verb) || ci+1 >= len(s.Clauses) {
		return -1
	}
	d := &s.Clauses[ci+1]
	if d.Subject < 0 || s.Phrases[d.Subject].First != s.Clauses[ci].Verb+2 || d.Modal || toks[d.Verb].Form&(ThirdPerson|Past) != 0 || !f.actor(s, d.Subject) {
		return -1
	}
	return ci + 1
}

// makesSureOfSomeone reports whether clause di makes sure of what people
// do or are ("makes sure rough sleepers … never go to sleep hungry"):
// the clause after "make sure" has someone as its subject.
func (f *finder) makesSureOfSomeone(s *Sentence, di int) bool {
	if !makeSureAt(f.a.Tokens, s.Clauses[di].Verb) || di+1 >= len(s.Clauses) {
		return false
	}
	c := &s.Clauses[di+1]
	return c.Subject >= 0 && isSomeone(s.Phrases[c.Subject].Referent)
}

// nextClauseAt returns where the next clause after c's verb starts, or
// the sentence's end.
func nextClauseAt(s *Sentence, c *Clause) int {
	end := s.End
	for _, d := range s.Clauses {
		if d.First > c.Verb {
			end = min(end, d.First)
		}
	}
	return end
}

// forSomeone reports whether a clause has people after "for" ("host
// podcasts for schools").
func (f *finder) forSomeone(s *Sentence, c *Clause) bool {
	end := nextClauseAt(s, c)
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.Prep == "for" && p.PrepAt > c.Verb && p.PrepAt < end && p.Referent.Animate() && p.Referent != Self {
			return true
		}
	}
	return false
}

// activityPictured reports whether a sentence with no verb of its own
// opens with an activity named by a verb's "-ing" noun ("good, honest
// baking at a fair price"): the work, whose it does not say.
func (f *finder) activityPictured(s *Sentence) bool {
	if !f.verbless(s) || len(s.Phrases) == 0 {
		return false
	}
	h := &f.a.Tokens[s.Phrases[0].Head]
	return h.Tag == Noun && strings.HasSuffix(h.Norm, "ing") && h.cands != nil && h.cands.verb > 0
}

// receivedThenHandled reports whether someone served receives something in
// a sentence ("… can get a qualified interpreter") and, after a comma
// past it, a participle says how it is handled ("booked quickly, paid for
// properly, and arranged by …"): the work that provides it, whose it does
// not say.
func (f *finder) receivedThenHandled(s *Sentence) bool {
	toks := f.a.Tokens
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if !f.receives(c) || !f.servedPhrase(s, c.Subject) {
			continue
		}
		for k := s.Phrases[c.Objects[0]].End; k < s.End; k++ {
			if t := &toks[k]; t.Tag == Verb && t.Is(Past) && toks[k-1].gap&gapComma != 0 {
				return true
			}
		}
	}
	return false
}

// activitiesInDashes reports whether a dash opens a list of "-ing"
// activities with no opener of their own ("—writing, acting, lighting and
// building sets—"): what the work offers, named as activities.
func (f *finder) activitiesInDashes(s *Sentence) bool {
	toks := f.a.Tokens
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Kind == Gerund && c.OpenerAt < 0 && c.Joined < 0 && c.First > s.First && toks[c.First-1].gap&gapDash != 0 {
			for cj := ci + 1; cj < len(s.Clauses); cj++ {
				if s.Clauses[cj].Joined == ci {
					return true // a list, not one participle
				}
			}
		}
	}
	return false
}

// madeOrSent reports whether a sentence with no verb of its own names
// goods with a participle of making or sending ("Everything your boat
// needs, delivered next day, anywhere in the UK", "Soy candles, poured by
// hand in Asheville"): the work that brings them, whose it does not say.
func (f *finder) madeOrSent(s *Sentence) bool {
	if !f.verbless(s) {
		return false
	}
	for k := s.First + 1; k < s.End; k++ {
		t := &f.a.Tokens[k]
		if (t.Tag != Verb && t.Tag != Adjective) || t.cands == nil || t.cands.verbForm != Past {
			continue
		}
		if is(t.cands.verbLemma, clGiving) || wordnet.Class(t.cands.verbEntry.First(wordnet.Verb)) == wordnet.VerbCreation {
			return true
		}
	}
	return false
}

// thingsAfterColon reports whether a colon after a clause of the
// organisation's, or one that gives something of its own to someone,
// opens a list that may name a made thing or services and stands alone,
// no clause's subject or object ("…: one SDK, ten lines of code, live in an
// afternoon", "…: qualified coaches and training plans", "…: free autumn
// surveys, a clear report for each field", "Mornings at our hide belong to
// wheelchair users: level paths, wide doors and a guide"): the things (and
// people) the promise comes with.
func (f *finder) thingsAfterColon(s *Sentence) bool {
	toks := f.a.Tokens
	if len(s.Phrases) > 1 && s.Phrases[0].First == s.First && s.Phrases[0].Referent == Name && s.Phrases[0].End < s.End && toks[s.Phrases[0].End-1].gap&gapColon != 0 {
		// "Mersey Water Taxis: step-free boats and trained crew for
		// passengers in wheelchairs …": the organisation's name, then what
		// it runs
		return f.madeThingsFrom(s, 1)
	}
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Agent != Self && !f.oursGiven(s, c) {
			continue
		}
		for pi := range s.Phrases {
			p := &s.Phrases[pi]
			if p.First <= c.Verb || p.First == 0 || toks[p.First-1].gap&gapColon == 0 {
				continue
			}
			return f.madeThingsFrom(s, pi)
		}
	}
	for pi := range s.Phrases {
		// "Neighbours helping neighbours — groceries, prescriptions, lifts
		// and a friendly call for anyone …": a headline with no finite
		// verb, then what is given
		if p := &s.Phrases[pi]; p.First > s.First && toks[p.First-1].gap&gapColon != 0 {
			for ci := range s.Clauses {
				if c := &s.Clauses[ci]; c.Kind == Finite && c.Verb < p.First && !relativeOpener(c.Opener) {
					return false // a headline's own relative clause is part of it: "Dark-sky nights that Dorset stargazers … enjoy: …"
				}
			}
			return f.madeThingsFrom(s, pi)
		}
	}
	return false
}

// wayOfDoing reports whether a dash or a colon sets off, after the
// sentence's opening words, the organisation's "way of" doing something:
// "our way" or a name's ("— Homework Harbour's way of helping pupils …"),
// then "of" and an "-ing" verb. What it glosses so is how the work is done.
func (f *finder) wayOfDoing(s *Sentence) bool {
	toks := f.a.Tokens
	for k := s.First + 1; k+2 < s.End; k++ {
		if toks[k].Norm != "way" || toks[k+1].Norm != "of" || toks[k+2].Tag != Verb || !toks[k+2].Is(Ing) {
			continue
		}
		owner := k - 1
		if toks[owner].Norm != "our" && !(toks[owner].Is(Possessive) && toks[owner].Tag == ProperNoun) {
			return false
		}
		for owner > s.First && toks[owner-1].Is(Capitalised) && toks[owner-1].gap == 0 {
			owner-- // "Homework Harbour's": a name's words
		}
		return owner > s.First && toks[owner-1].gap&gapColon != 0
	}
	return false
}

// receivedListAfterColon reports whether someone served gets something
// (see receives) and, after a colon past the verb, a list of two or more
// phrases with no role of their own names what it is made of ("… get a
// place to talk without shame: a Tuesday peer group, a text buddy and a
// facilitator …").
func (f *finder) receivedListAfterColon(s *Sentence) bool {
	toks := f.a.Tokens
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if !f.receives(c) || !f.servedPhrase(s, c.Subject) {
			continue
		}
		for pi := range s.Phrases {
			p := &s.Phrases[pi]
			if p.First <= c.Verb || toks[p.First-1].gap&gapColon == 0 {
				continue
			}
			if p.Prep != "" || f.hasRole(s, pi) {
				return false
			}
			items := 0
			for k := pi; k < len(s.Phrases) && f.listItem(s, pi, k); k++ {
				items++
			}
			return items >= 2
		}
	}
	return false
}

// madeThingsFrom reports whether phrase pi, after a colon, stands alone
// (no preposition's, no clause's subject or object) and opens a list
// that names a made thing or services, though people may come first ("…:
// qualified coaches and training plans that …", "…: free autumn surveys,
// a clear report …"), or one thing given ("…: weekly coaching, a lighter
// timetable …").
func (f *finder) madeThingsFrom(s *Sentence, pi int) bool {
	toks := f.a.Tokens
	if p := &s.Phrases[pi]; p.Prep != "" || f.hasRole(s, pi) {
		return false
	}
	for k := pi; k < len(s.Phrases); k++ {
		q := &s.Phrases[k]
		// "…: advice, [evening clinics] at the harbour, and …"; "…: a
		// mentor for two seasons, [a loaned extractor] and …", which the
		// preposition before the comma does not govern
		if item := f.listItem(s, pi, k); item && (!q.Referent.Animate() && (f.madeThing(q) || q.Referent == Thing && q.Indefinite() || q.Referent == Service && toks[q.Head].Is(Plural)) || setUp(q)) {
			return true
		}
	}
	return false
}

// servedWorkOnMadeThing reports whether an infinitive whose subject is
// someone served, after "for", does its work on or with a made thing that
// is not said to be theirs ("… for developers to deploy applications [on
// a fully managed platform]").
func (f *finder) servedWorkOnMadeThing(s *Sentence) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Kind != Infinitive || c.Subject < 0 || s.Phrases[c.Subject].Prep != "for" || !f.servedPhrase(s, c.Subject) {
			continue
		}
		for pi := c.Subject + 1; pi < len(s.Phrases); pi++ {
			p := &s.Phrases[pi]
			if p.PrepAt > c.Verb && (p.Prep == "on" || p.Prep == "with") && !p.Referent.Animate() && !p.Possessor && (p.Indefinite() || p.Det == "our") && f.madeThing(p) {
				return true
			}
		}
	}
	return false
}

// setUp reports whether a phrase names one establishment with "a" or
// "an" ("…: [a cooperative abattoir], a shared cold store and …"): in a
// list of what is provided, a place set up for those served, not someone
// served, whom a plural or a definite article names ("village schools",
// "the parish council").
func setUp(q *Phrase) bool {
	return q.Referent == Establishment && q.Indefinite() && !q.Possessor
}

// oursGiven reports whether clause c, not the organisation's, names,
// before a colon that follows its verb, something of the organisation's
// own and someone it is for or belongs to ("Mornings at our hide belong to
// wheelchair users: …", "Our boats are for anyone over sixty: …").
func (f *finder) oursGiven(s *Sentence, c *Clause) bool {
	ours, served := false, false
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.First > c.Verb && f.a.Tokens[p.First-1].gap&gapColon != 0 {
			break
		}
		ours = ours || p.Det == "our" && p.Referent != Self && !isSomeone(p.Referent)
		served = served || (p.Prep == "to" || p.Prep == "for") && p.PrepAt > c.Verb && f.servedPhrase(s, pi)
	}
	return ours && served
}

// listItem reports whether phrase k is an item of the list that phrase
// first opens: first itself, a phrase after a comma, or one joined by a
// conjunction to a phrase of the list ("…: a free loaf each morning,
// baking classes, and [a warm room]").
func (f *finder) listItem(s *Sentence, first, k int) bool {
	q := &s.Phrases[k]
	return k == first || f.a.Tokens[q.First-1].gap&gapComma != 0 || q.Conjoined >= first
}

// withAfterComma reports whether a clause of the organisation's own is
// followed, after a comma, by "with" and something that is not people
// ("…, with a routine built around their own song"), or by "on",
// "through" or "via" and a made thing ("…, on a device they can already
// use"): what the work is done with, most likely.
func (f *finder) withAfterComma(s *Sentence) bool {
	toks := f.a.Tokens
	work := -1 // the verb of the organisation's first clause of work
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Agent == Self && toks[c.Verb].closed&(clBe|clCopula) == 0 {
			work = c.Verb
			break
		}
	}
	if work < 0 {
		return false
	}
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.PrepAt <= work || toks[p.PrepAt-1].gap&gapComma == 0 {
			continue
		}
		if p.Prep == "with" && !p.Referent.Animate() && !p.MaybeAnimate {
			return true
		}
		if (p.Prep == "on" || p.Prep == "through" || p.Prep == "via") && f.madeThing(p) && !p.Distributive() {
			return true // "…, on a device they can already use": what the work reaches them on; not "anytime, anywhere, on any device", wherever it is
		}
	}
	return false
}

// clauseAfterColon reports whether a clause of the organisation's own is
// followed, after a colon, by a clause with its own subject and verb
// ("We help childminders refresh their playrooms for free: they borrow a
// crate of toys each term and swap it …"): what follows a colon explains
// what comes before it, most likely how the work is done.
func (f *finder) clauseAfterColon(s *Sentence) bool {
	toks := f.a.Tokens
	self := false
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Agent == Self && c.OpenerAt < 0 {
			self = true
			continue
		}
		if self && c.Kind == Finite && c.OpenerAt < 0 && c.Subject >= 0 {
			if p := &s.Phrases[c.Subject]; p.First > s.First && toks[p.First-1].gap&gapColon != 0 && p.Prep == "" {
				return true
			}
		}
	}
	return false
}

// placeOfServiceSelf reports whether a sentence says the organisation is
// a place of service, a noun one of whose senses WordNet files as an
// establishment ("We are the neighbourhood pharmacy …", "Fenbury Library
// is a library for …"), or names it and then one in apposition, with no
// verb ("Inkwell – your corner print shop for …"): not "a charity" or "a
// company", which say nothing of the work, nor a rank or an aim.
func (f *finder) placeOfServiceSelf(s *Sentence) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Kind != Finite || c.Agent != Self || c.Negated || f.a.Tokens[c.Verb].closed&clBe == 0 || len(c.Objects) == 0 {
			continue // not "To be the best music school in Yorkshire", an aim
		}
		if f.unrankedEstablishment(&s.Phrases[c.Objects[0]]) {
			return true // not "We are the best pharmacy in Leeds", a rank
		}
	}
	return len(s.Phrases) > 1 && s.Phrases[0].First == s.First && s.Phrases[0].Referent == Name && s.Phrases[1].Prep == "" &&
		s.Phrases[1].First == s.Phrases[0].End && f.a.Tokens[s.Phrases[0].End-1].gap&(gapComma|gapColon) != 0 &&
		f.verbless(s) && f.unrankedEstablishment(&s.Phrases[1])
}

// unrankedEstablishment reports whether phrase p's head has a sense
// WordNet files as an establishment, and no word before it ranks it.
func (f *finder) unrankedEstablishment(p *Phrase) bool {
	if !strings.ContainsRune(f.a.Tokens[p.Head].entry.Senses(wordnet.Noun), rune(wordnet.NounEstablishment)) {
		return false
	}
	for k := p.First; k < p.Head; k++ {
		if f.match(rankingList, k) > 0 {
			return false
		}
	}
	return true
}

// doneWhereItIs reports whether the sentence says what the organisation,
// its service or its place is, and then, in a "where" clause on that,
// that people do concrete work there: "Menopause cafés are informal, free
// gatherings where people … come together to drink tea, eat cake and
// talk about the menopause". What is done where the service is, is most
// likely its means.
func (f *finder) doneWhereItIs(s *Sentence) bool {
	toks := f.a.Tokens
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Kind != Finite || c.Negated || toks[c.Verb].closed&clBe == 0 || c.Subject < 0 || len(c.Objects) == 0 {
			continue
		}
		if subj := &s.Phrases[c.Subject]; !(c.Agent == Self || subj.Referent == Service || subj.Referent == Establishment) || toks[subj.Head].closed&clStatementWord != 0 {
			continue // not "Our mission is …"
		}
		end := s.Phrases[c.Objects[0]].End
		for cj := ci + 1; cj < len(s.Clauses); cj++ {
			d := &s.Clauses[cj]
			if cj > ci+1 && d.Opener != "" {
				break // "…, so that they can …": what it is for, not what is done
			}
			if cj == ci+1 && (d.Opener != "where" || d.OpenerAt != end) {
				break
			}
			if !d.Negated && len(d.Objects) > 0 && f.concreteVerb(&toks[d.Verb]) {
				return true
			}
		}
	}
	return false
}

// placeOffered reports whether the sentence opens on a place or an
// establishment with no verb of its own, then says that people do
// concrete work there: in a "where" clause on an establishment ("A shed
// where men of any age share skills"; not "A town where every child …",
// a picture of a place), or after "for" them and "to" ("A place for men
// of any age to share skills, make things and have a natter"). Put so, the
// place is what the organisation is, as doneWhereItIs reads "Menopause
// cafés are … gatherings where …".
func (f *finder) placeOffered(s *Sentence) bool {
	if len(s.Phrases) == 0 {
		return false
	}
	p := &s.Phrases[0]
	if p.First != s.First || p.Prep != "" || p.Referent != Place && p.Referent != Establishment {
		return false
	}
	toks := f.a.Tokens
	end := p.End
	if len(s.Phrases) > 1 && s.Phrases[1].Prep == "for" && s.Phrases[1].PrepAt == end && s.Phrases[1].Referent.Animate() {
		end = f.conjoinedEnd(s, 1)
		for pi := 2; pi < len(s.Phrases) && s.Phrases[pi].PrepAt == end; pi++ {
			end = s.Phrases[pi].End // "for men [of any age]", "for women [in Leith]"
		}
	}
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.First < end && c.Kind == Finite {
			return false // the place is a clause's subject: "A shed opens …"
		}
		if c.First < end || c.Negated || len(c.Objects) == 0 || !f.concreteVerb(&toks[c.Verb]) && !f.transfers(&toks[c.Verb]) {
			continue
		}
		if c.Opener == "where" && c.OpenerAt == p.End && p.Referent == Establishment || c.Kind == Infinitive && c.First == end && end > p.End {
			return true // not "A town where every child …", a picture of a place
		}
	}
	return false
}

// madeThing reports whether a phrase's head may name a made thing: an
// artifact in one of its senses, or a word of the made-thing class.
func (f *finder) madeThing(p *Phrase) bool {
	h := &f.a.Tokens[p.Head]
	return strings.ContainsRune(h.entry.Senses(wordnet.Noun), rune(wordnet.NounArtifact)) || is(h.Lemma, clMadeThing) || is(h.Norm, clMadeThing)
}

// servesWithin reports whether clause c, opened by "where", describes
// the place or body the organisation says it is, and has something other
// than the people served at work on someone ("Ironfern is a strength club
// …, where small classes and patient coaches help members lift safely"):
// its subject is most likely the organisation's own means.
func (f *finder) servesWithin(s *Sentence, c *Clause) bool {
	if c.Opener != "where" || c.Kind != Finite || c.Subject < 0 || len(c.Objects) == 0 || c.Agent == Self || c.Negated ||
		!s.Phrases[c.Objects[0]].Referent.Animate() || f.servedPhrase(s, c.Subject) {
		return false
	}
	for ci := range s.Clauses {
		if d := &s.Clauses[ci]; d.Agent == Self && d.Kind == Finite && f.a.Tokens[d.Verb].closed&(clBe|clCopula) != 0 && d.End <= c.First && len(d.Objects) > 0 {
			return true
		}
	}
	return false
}

// productWorks reports whether the subject of finite clause c is, or is
// part of ("every feature in …"), a made thing named with "this" or "our"
// (the product the text is about), and the verb does something: makes,
// brings, saves ("Every feature in this till system should make it
// faster to seat a group"). Not a thing that merely is or has something.
func (f *finder) productWorks(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Finite || c.Subject < 0 || c.Negated || c.Agent == Self || toks[c.Verb].closed&(clBe|clHave|clCopula|clLinking) != 0 {
		return false
	}
	for pi := c.Subject; pi < len(s.Phrases) && pi <= c.Subject+1; pi++ {
		p := &s.Phrases[pi]
		if pi > c.Subject && (p.PrepAt != s.Phrases[pi-1].End || p.Prep != "in" && p.Prep != "of") {
			break
		}
		if (p.Det == "this" || p.Det == "our") && !p.Referent.Animate() && f.madeThing(p) {
			return true
		}
	}
	return false
}

// madeThingWorks reports whether clause c is a sentence's main clause
// whose subject is a made thing that does something: travels, calls,
// carries, prints ("A mobile library van calls at every farm"). Whose
// thing it is goes unsaid; a thing that merely is or costs something
// ("a warm home costs less") does no work.
func (f *finder) madeThingWorks(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Finite || c.Agent != Thing || c.Governor >= 0 || c.OpenerAt >= 0 || c.Subject < 0 || c.Negated || s.Phrases[c.Subject].Referent != Thing ||
		s.Phrases[c.Subject].First != s.First || f.passive(c) {
		return false
	}
	if !strings.ContainsRune(toks[s.Phrases[c.Subject].Head].entry.Senses(wordnet.Noun), rune(wordnet.NounArtifact)) {
		return false // "van" is first the front of an army
	}
	v := &toks[c.Verb]
	if v.closed&(clBe|clHave|clCopula|clLinking|clModal) != 0 || f.set(abstractVerbList).Has(v.Lemma) {
		return false
	}
	switch wordnet.Class(v.entry.First(wordnet.Verb)) {
	case wordnet.VerbStative, wordnet.VerbEmotion, wordnet.VerbCognition, wordnet.VerbPerception, wordnet.VerbChange:
		return false
	}
	return true
}

// meansListWorks reports whether clause c's subject opens the sentence
// and is a list of things, or one service or thing, and its verb lets,
// helps or keeps someone (doing) something, or gives someone something
// ("Festival grants, a shared insurance policy and a store of marquees
// let village festivals run …", "Weekly route training from qualified
// instructors gives blind children the skills to …", "Antenatal singing
// sessions … give new mothers the confidence to …"): what is listed, or
// the service, is what the work gives, most likely its means.
func meansListWorks(s *Sentence, c *Clause, toks []Token) bool {
	if c.Kind != Finite || c.Subject < 0 || c.Negated || len(c.Objects) == 0 || s.Phrases[c.Subject].First != s.First || s.Phrases[c.Subject].Prep != "" {
		return false
	}
	lets := toks[c.Verb].closed&clCausative != 0 && (c.Complement >= 0 || isSomeone(s.Phrases[c.Objects[0]].Referent)) // "… keep Belfast teenagers in singing lessons"
	gives := toks[c.Verb].closed&clDitransitive != 0 && len(c.Objects) == 2 && isSomeone(s.Phrases[c.Objects[0]].Referent)
	if !lets && !gives {
		return false
	}
	items := 0
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if pi != c.Subject && p.Conjoined != c.Subject {
			continue
		}
		if isSomeone(p.Referent) || p.Referent == Self || p.Referent == Everyone {
			return false
		}
		items++
	}
	return items >= 2 || items == 1 && (s.Phrases[c.Subject].Referent == Service || s.Phrases[c.Subject].Referent == Thing)
}

// usesOurs returns where the means ends when clause c says that someone
// else handles a made thing, a service or a place of the organisation's
// own: its object, or the "of" phrase after a quantity, is "our …" ("can
// book one of our refrigerated vans", "borrow our tools"). What they
// think of it says nothing of the work ("customers love our app").
func (f *finder) usesOurs(s *Sentence, c *Clause) int {
	toks := f.a.Tokens
	v := &toks[c.Verb]
	if c.Agent == Self || !c.Agent.Animate() || c.Kind != Finite || c.Negated || c.Subject < 0 || len(c.Objects) == 0 || v.closed&(clBe|clHave|clCopula|clLinking) != 0 || f.set(abstractVerbList).Has(v.Lemma) {
		return 0 // not "the software that powers our world": a thing's work is not someone using ours
	}
	switch wordnet.Class(v.entry.First(wordnet.Verb)) {
	case wordnet.VerbEmotion:
		return 0 // "customers love our app"
	case wordnet.VerbStative:
		if !strings.ContainsRune(v.entry.Senses(wordnet.Verb), rune(wordnet.VerbPossession)) {
			return 0 // "people deserve our best work"; but "traders share our storage, bins and CCTV": a verb of having in common that is also one of holding things
		}
	}
	o := &s.Phrases[c.Objects[len(c.Objects)-1]]
	if toks[o.First-1].Tag != Verb {
		return 0 // "walks through our doors": a particle between, a way in, not a thing used
	}
	if o.Det != "our" && o.First+1 == o.End {
		if n := prepPhraseAt(s, o.End, "of"); n >= 0 {
			o = &s.Phrases[n] // "one of our vans"
		}
	}
	if o.Det != "our" || !(o.Referent == Thing || o.Referent == Establishment || o.Referent == Service || o.Referent == Group) {
		return 0 // a group of ours joined ("trainees join our crews on live sites") is the work done with them
	}
	return o.End
}

// doesTheListed reports whether clause c does "all three" or "both" of
// a list of things or services that opens the sentence before a dash or a
// colon ("Contract review, trademark checks and privacy sign-off — the
// Commercial Legal team does all three"): the list is the work.
func (f *finder) doesTheListed(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if len(c.Objects) != 1 || len(s.Phrases) < 3 || s.Phrases[0].First != s.First || s.Phrases[0].Prep != "" || s.Phrases[1].Conjoined != 0 {
		return false
	}
	o := &s.Phrases[c.Objects[0]]
	if !(toks[o.Head].Tag == Number && (o.Det == "all" || o.First == o.Head) || f.norms[o.Head] == "both") {
		return false
	}
	for pi := 0; pi < c.Objects[0] && s.Phrases[pi].End <= c.First; pi++ {
		if p := &s.Phrases[pi]; p.End < s.End && toks[p.End-1].gap&gapClause != 0 {
			return true // the list ends at a dash or a colon
		}
	}
	return false
}

// promisedTo returns where the text after a colon starts when a sentence
// opens with an undertaking to someone served ("Our promise to matatu
// owners in Nairobi: …", "Our commitment to home-care nurses: …"), or -1:
// what follows is what they are promised, the benefit.
func (f *finder) promisedTo(s *Sentence) int {
	toks := f.a.Tokens
	first := 0
	if len(s.Phrases) > 1 && s.Phrases[0].Possessor && s.Phrases[1].First == s.Phrases[0].End {
		first = 1 // "Greenleaf Pharmacy's promise to …"
	}
	if len(s.Phrases) < first+2 || s.Phrases[0].First != s.First || toks[s.Phrases[first].Head].closed&clUndertaking == 0 {
		return -1
	}
	to := &s.Phrases[first+1]
	if to.Prep != "to" || to.PrepAt != s.Phrases[first].End || !f.servedPhrase(s, first+1) {
		return -1
	}
	for k := to.End - 1; k < s.End-1 && k < to.End+maxPhraseWords; k++ {
		if toks[k].gap&gapColon != 0 {
			return k + 1
		}
	}
	return -1
}

// againstHarm returns where a phrase after "against" ends, when it
// follows clause c's objects and their phrases and names a harm (a state,
// an event or a natural phenomenon: "against drought", "against
// eviction"); or 0. Work that keeps someone's things from a harm is for
// them.
func (f *finder) againstHarm(s *Sentence, c *Clause) int {
	end := afterPrepPhrases(s, f.a.Tokens, s.Phrases[c.Objects[len(c.Objects)-1]].End, true)
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.Prep != "against" || p.PrepAt > end || p.PrepAt < c.End {
			continue
		}
		switch f.a.Tokens[p.Head].entry.First(wordnet.Noun) {
		case wordnet.NounState, wordnet.NounEvent, wordnet.NounPhenomenon, wordnet.NounAct:
			return p.End
		}
	}
	return 0
}

// comparedBetter reports whether a phrase opens with an adjective in its
// comparative form ("shorter waits", "cheaper heat", "safer streets").
func comparedBetter(t *Token) bool {
	return t.Tag == Adjective && t.Lemma != t.Norm && strings.HasSuffix(t.Norm, "er")
}

// dedicatedTo reports whether a sentence opens with "For" and someone
// served, set off by a comma, and has no verb of its own after it, or
// none before a colon ("For widowers in Cheltenham, a Thursday afternoon
// at the petanque club: a lift there, a game, …"): what it names is what
// they are given.
func (f *finder) dedicatedTo(s *Sentence) bool {
	toks := f.a.Tokens
	if len(s.Phrases) < 2 || s.Phrases[0].Prep != "for" || s.Phrases[0].PrepAt != s.First || !f.servedPhrase(s, 0) {
		return false
	}
	comma := -1
	for k := s.Phrases[0].End - 1; k < s.End; k++ {
		if toks[k].gap&gapComma != 0 {
			comma = k
			break
		}
	}
	if comma < 0 || comma+1 >= s.End {
		return false
	}
	if f.verblessFrom(s, comma+1) {
		return true
	}
	// "For autistic children, a first ride without noise or crowds: we
	// run …": what they are given, named before the colon, then the work.
	colon := f.verblessToColon(s, comma+1)
	return colon > comma+1
}

// verblessToColon returns the token that a colon follows when no clause
// starts between token from and it, or -1: a phrase with no verb, then a
// colon and (most often) the work.
func (f *finder) verblessToColon(s *Sentence, from int) int {
	toks := f.a.Tokens
	for k := from; k < s.End; k++ {
		if toks[k].gap&gapColon != 0 {
			for ci := range s.Clauses {
				if c := &s.Clauses[ci]; c.First >= from && c.First <= k {
					return -1
				}
			}
			return k
		}
	}
	return -1
}

// goodsForBeforeColon reports whether a sentence opens with a noun phrase
// and, with no verb before a colon, names someone served after "for"
// ("Xylophones and a trained teacher for every primary school in Kent:
// we lend …"): what the things are for, named before the work.
func (f *finder) goodsForBeforeColon(s *Sentence) bool {
	if len(s.Phrases) < 2 || s.Phrases[0].First != s.First || s.Phrases[0].Prep != "" {
		return false
	}
	colon := f.verblessToColon(s, s.First)
	if colon < 0 {
		return false
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.End <= colon+1 && p.Prep == "for" && p.Referent.Animate() && f.servedPhrase(s, pi) {
			return true
		}
	}
	return false
}

// servedAfterBreak reports whether clause ci, after a semicolon or a
// colon that follows a clause of the organisation's, has someone served
// as its subject ("We bring steam engines to care homes; residents who
// drove them in their youth stand on the footplate again"): what they do
// once the work is done is most likely what it brings about.
func (f *finder) servedAfterBreak(s *Sentence, ci int) bool {
	toks := f.a.Tokens
	c := &s.Clauses[ci]
	if c.Kind != Finite || c.Negated || c.Subject < 0 || c.OpenerAt >= 0 || c.Agent == Self ||
		!(c.Agent.Animate() && f.servedPhrase(s, c.Subject) || toks[s.Phrases[c.Subject].Head].Norm == "they" && f.servedAnimateBefore(s, c.Subject)) {
		return false
	}
	p := &s.Phrases[c.Subject]
	if p.First <= s.First || toks[p.First-1].gap&(gapSemicolon|gapColon) == 0 || p.Prep != "" {
		return false
	}
	return selfWorkBefore(s, ci)
}

// workedForBefore reports whether clause c is a participle after a comma
// that follows work the organisation does "for" people it serves, or on
// them ("We lay hedges by hand for farmers …, turning gappy boundaries
// into …", "… carries commuters …, turning a forty-minute drive into …"):
// what the participle changes, it changes for them.
func (f *finder) workedForBefore(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Gerund || c.OpenerAt >= 0 || c.First <= s.First || toks[c.First-1].gap&gapComma == 0 || !selfWorkBefore(s, len(s.Clauses)) {
		return false
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.End <= c.First && (p.Prep == "for" || p.Prep == "" && f.selfObject(s, pi)) && isSomeone(p.Referent) && p.Referent != Self && f.servedPhrase(s, pi) {
			return true // "lay hedges for farmers, turning …", "carries commuters …, turning a forty-minute drive into …"
		}
	}
	return false
}

// servedActedBefore reports whether the finite clause before clause ci
// has someone served as its subject ("Independent comic shops in Ireland
// buy …, getting …"): the one a participle after it goes on with.
func (f *finder) servedActedBefore(s *Sentence, ci int) bool {
	for di := ci - 1; di >= 0; di-- {
		if d := &s.Clauses[di]; d.Kind == Finite {
			return d.Subject >= 0 && d.Agent != Self && !d.Negated && (d.Agent.Animate() || d.Agent == Establishment) && f.servedPhrase(s, d.Subject)
		}
	}
	return false
}

// servedAnimateBefore reports whether people served are named before
// phrase pi in the sentence, for "they" to stand for ("For hoof trimmers
// starting out …, we run …; they build a round …").
func (f *finder) servedAnimateBefore(s *Sentence, pi int) bool {
	for qi := 0; qi < pi; qi++ {
		if q := &s.Phrases[qi]; isSomeone(q.Referent) && q.Referent != Self && f.servedPhrase(s, qi) {
			return true
		}
	}
	return false
}

// selfWorkBefore reports whether a main clause of the organisation's
// stands before clause ci ("We bring steam engines …; residents …", "We
// tune drums for youth bands, who then play …"): the work whose outcome
// a later clause may tell.
func selfWorkBefore(s *Sentence, ci int) bool {
	for di := 0; di < ci; di++ {
		if d := &s.Clauses[di]; d.Agent == Self && d.Kind == Finite && !d.Negated && d.OpenerAt < 0 {
			return true
		}
	}
	return false
}

// needMetAfterColon reports whether clause ci says that people served
// need or want something, and a clause of the organisation's follows a
// colon after it ("Residents who push prams need a clear pavement on bin
// day: our crews put every bin back …"): what the work does is most
// likely what they need.
func (f *finder) needMetAfterColon(s *Sentence, ci int) bool {
	toks := f.a.Tokens
	c := &s.Clauses[ci]
	if c.Kind != Finite || c.Negated || c.Subject < 0 || len(c.Objects) == 0 || toks[c.Verb].closed&clDesire == 0 || relativeOpener(c.Opener) || !f.servedPhrase(s, c.Subject) {
		return false
	}
	for di := ci + 1; di < len(s.Clauses); di++ {
		if d := &s.Clauses[di]; d.Agent == Self && d.Kind == Finite && d.Subject >= 0 && !d.Negated {
			if p := &s.Phrases[d.Subject]; p.First > s.First && toks[p.First-1].gap&gapColon != 0 {
				return true
			}
		}
	}
	return false
}

// wantsWhatSelfMakes reports whether clause c says that people served
// want or need the very thing the organisation works on: a relative
// clause on them whose verb is one of wanting and whose object has the
// head of an object of the organisation's own verb ("we blend clay … and
// sell it to potters who want a local clay …").
func (f *finder) wantsWhatSelfMakes(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Finite || c.Negated || c.Subject < 0 || len(c.Objects) == 0 || toks[c.Verb].closed&clDesire == 0 ||
		!relativeOpener(c.Opener) || !f.servedPhrase(s, c.Subject) {
		return false
	}
	want := f.lemma[s.Phrases[c.Objects[0]].Head]
	for si := range f.a.Sentences {
		t := &f.a.Sentences[si]
		for di := range t.Clauses {
			if d := &t.Clauses[di]; d.Agent == Self && d != c {
				for _, o := range d.Objects {
					if f.lemma[t.Phrases[o].Head] == want && t.Phrases[o].Referent != Self {
						return true
					}
				}
			}
		}
	}
	return false
}

// timeCounted reports whether a phrase counts a stretch of time ("two
// afternoons", "a full weekend"): time someone gets is theirs to use.
func (f *finder) timeCounted(p *Phrase) bool {
	toks := f.a.Tokens
	if !timeNoun(&toks[p.Head]) {
		return false
	}
	return p.Indefinite() || toks[p.First].Tag == Number
}

// noOneServed reports whether phrase pi says no one at all, or none of
// the people served ("nobody", "no one", "no shearer"), or none of the
// places their people run ("no farm", as the audience reads it): a
// picture of a harm no one goes through.
func (f *finder) noOneServed(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	switch f.norms[p.Head] {
	case "nobody", "noone", "no-one":
		return true
	case "one":
		return p.Det == "no"
	}
	return p.Det == "no" && (p.Referent == Person || p.Referent == Group || p.Referent == Animal || p.Referent == Establishment)
}

// prepPhraseAt returns the phrase after the preposition prep that stands
// at token k, or -1.
func prepPhraseAt(s *Sentence, k int, prep string) int {
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.PrepAt == k && p.Prep == prep {
			return pi
		}
	}
	return -1
}

// bodyWorkFor returns where the served phrase ends when clause c, the
// organisation's, does its work on a part of the body, for someone or
// theirs ("straighten teeth for adults in Leicester", "treat their
// feet"), or 0: what is done to a body is done for the good of whoever
// it belongs to.
func (f *finder) bodyWorkFor(s *Sentence, c *Clause) int {
	toks := f.a.Tokens
	oi := c.Objects[0]
	o := &s.Phrases[oi]
	if o.Referent == Self || wordnet.Class(toks[o.Head].entry.First(wordnet.Noun)) != wordnet.NounBody || !f.concreteVerb(&toks[c.Verb]) {
		return 0
	}
	if o.Det != "" && o.Det != "our" && is(o.Det, clPossessive) {
		return o.End // "treat their feet"
	}
	if oi > 0 && s.Phrases[oi-1].Possessor && s.Phrases[oi-1].End == o.First && isSomeone(s.Phrases[oi-1].Referent) {
		return o.End // "mend farmers' hands"
	}
	for k := o.End; ; {
		if p := prepPhraseAt(s, k, "for"); p >= 0 && isSomeone(s.Phrases[p].Referent) {
			return s.Phrases[p].End
		}
		next := afterPrepPhrases(s, f.a.Tokens, k, true)
		if next == k {
			return 0
		}
		k = next
	}
}

// letsReceive reports whether clause c is what the organisation lets or
// helps someone do, and that is to get a made thing or the use of one
// ("lets residents hire a car", "helps families borrow a cot").
func (f *finder) letsReceive(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Bare || c.Governor < 0 || s.Clauses[c.Governor].Agent != Self || len(c.Objects) == 0 {
		return false
	}
	if v := &toks[c.Verb]; v.closed&clReceiving == 0 || v.closed&clHave != 0 || wordnet.Class(v.entry.First(wordnet.Verb)) == wordnet.VerbStative {
		return false // not "help families keep the furniture they love", what they hold already
	}
	o := &s.Phrases[c.Objects[0]]
	if f.toPhraseAfter(s, c.Objects[0]) {
		return false // "help shops get parcels to their customers": what they send on
	}
	return o.Referent == Thing && !f.set(abstractObjectList).Has(toks[o.Head].Norm) && !f.set(abstractObjectList).Has(toks[o.Head].Lemma)
}

// servedGets reports whether clause c, a main clause with no modal, says
// that those served get or receive a made thing, a service or someone
// to serve them ("learners in Ash get patient one-to-one lessons",
// "couples marrying in Cheddar get a trial styling", "cat owners get a
// sitter who visits daily"): who gives it goes unsaid, and is most
// likely the organisation.
func (f *finder) servedGets(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Finite || c.Modal || c.OpenerAt >= 0 || c.Negated || c.Subject < 0 || c.Agent == Self || len(c.Objects) == 0 || !f.servedPhrase(s, c.Subject) {
		return false // not "every young person can get the tools …", a picture of what may be
	}
	v := &toks[c.Verb]
	if v.closed&clReceiving == 0 || v.closed&clHave != 0 || wordnet.Class(v.entry.First(wordnet.Verb)) != wordnet.VerbPossession {
		return false // not "farmers keep their land", what they hold already
	}
	for _, o := range c.Objects {
		of := -1 // "a starter pack [of saved seed] and a mentor": the list may go on under the object's "of"
		if o+1 < len(s.Phrases) && s.Phrases[o+1].Prep == "of" && s.Phrases[o+1].PrepAt == s.Phrases[o].End && s.Phrases[o+1].Conjoined < 0 {
			of = o + 1
		}
		for k := o; k < len(s.Phrases) && (k == o || k == of || s.Phrases[k].Conjoined == o || of >= 0 && s.Phrases[k].Conjoined == of); k++ {
			if r := s.Phrases[k].Referent; r == Thing || r == Service || r == Person && (s.Phrases[k].Det == "a" || s.Phrases[k].Det == "an") ||
				r == Unclear && toks[s.Phrases[k].Head].Tag == Noun && !toks[s.Phrases[k].Head].known { // "get culinary matcha": a word WordNet lacks, most likely a product
				return true // also "get a sitter who visits daily": someone provided; "borrow a press, a scratter and a trained presser": any of a list
			}
		}
	}
	return false
}

// servedHearOn reports whether clause c, a main clause with no modal,
// says that those served hear, see or watch something on, from or via a
// channel named or made ("hill farmers hear daily prices on Furrow FM",
// "parents watch the lessons on our app"): who broadcasts it goes
// unsaid, and is most likely the organisation.
func (f *finder) servedHearOn(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Finite || c.Modal || c.OpenerAt >= 0 || c.Negated || c.Subject < 0 || c.Agent == Self || len(c.Objects) == 0 || !f.servedPhrase(s, c.Subject) ||
		wordnet.Class(toks[c.Verb].entry.First(wordnet.Verb)) != wordnet.VerbPerception {
		return false
	}
	end := f.conjoinedEnd(s, c.Objects[len(c.Objects)-1])
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.PrepAt == end && (p.Prep == "on" || p.Prep == "from" || p.Prep == "via") && (p.Referent == Name || p.Referent == Thing || p.Referent == Service) {
			return true
		}
	}
	return false
}

// thenAfterWork reports whether clause ci follows "then" and a clause of
// the organisation's ("We tune drums for youth bands, who [then] play
// …"): what comes of the work, as after "so".
func thenAfterWork(s *Sentence, toks []Token, ci int) bool {
	c := &s.Clauses[ci]
	if c.First-1 <= s.First || toks[c.First-1].Norm != "then" || toks[c.First-1].Tag != Adverb {
		return false
	}
	return selfWorkBefore(s, ci)
}

// meansClause reports whether clause c, a finite "mean" that is not the
// organisation's, takes clause d, whose subject is c's object, with no
// comma between ("Step-free cabins mean [wheelchair users ride …]"): a
// thing's result, as after "so".
func meansClause(s *Sentence, toks []Token, c, d *Clause) bool {
	return c.Kind == Finite && !c.Negated && c.Agent != Self && len(c.Objects) > 0 && d.Kind == Finite && d.Subject == c.Objects[0] &&
		!d.Negated && toks[s.Phrases[c.Objects[0]].First-1].gap&gapComma == 0
}

// servedUseOurs reports whether those served, the subject of clause c, do
// something with, on, in, at or among a thing, an animal or a place of the
// organisation's, or with or alongside its people ("children in foster
// care walk with our llamas", "pupils sail on our boats", "veterans rebuild
// friendships at our weekend games", "parents drop their children at our
// breakfast club", "… walk among our goats with our rangers"), or take up
// something of its own as their object ("retired dockers meet our
// coaches", "families borrow our tools").
func (f *finder) servedUseOurs(s *Sentence, c *Clause) bool {
	if c.Kind != Finite || c.Negated || c.Subject < 0 || c.Agent == Self || !c.Agent.Animate() {
		return false
	}
	end := s.End
	for ci := range s.Clauses {
		if d := &s.Clauses[ci]; d.First > c.Verb && d.First < end && d.Kind != Infinitive {
			end = d.First // "learn to climb, balance and work together [at our park]": the infinitives the verb takes go on with it
		}
	}
	if class := f.a.Tokens[c.Verb].entry.First(wordnet.Verb); c.OpenerAt < 0 && class != wordnet.VerbEmotion && class != wordnet.VerbCognition {
		for _, oi := range c.Objects {
			if o := &s.Phrases[oi]; o.Det == "our" && o.Referent != Self && o.Referent != Abstraction {
				return true // "Retired dockers meet our coaches", "families borrow our tools": what they take up is the organisation's; not "customers love our app", a feeling, nor "every child who visits our funfair", which says which children
			}
		}
	}
	subj := &s.Phrases[c.Subject]
	for _, p := range s.Phrases {
		if p.Det == "our" && p.PrepAt > subj.First && p.End <= c.First && (p.Prep == "in" || p.Prep == "at" || p.Prep == "on") &&
			(p.Referent == Self || p.Referent == Group || p.Referent == Service || p.Referent == Establishment) {
			return true // "Volunteers in our hedgerow group learn to lay hedges": those served, within what the organisation runs
		}
		if p.PrepAt <= c.Verb || p.End > end || p.Det != "our" {
			continue
		}
		switch p.Prep {
		case "with", "on", "in", "aboard", "at", "among", "amongst":
			if p.Referent == Thing || p.Referent == Animal || p.Referent == Establishment || p.Referent == Service ||
				p.Referent == Place && p.Prep == "at" || // "at our high ropes park": its own grounds; not "in our town"
				p.Referent == Group && (p.Prep == "at" || p.Prep == "in") { // "drop their children at our breakfast club", "sing in our choir": a club it runs
				return true
			}
		}
		if (p.Prep == "with" || p.Prep == "alongside") && (p.Referent == Person || p.Referent == Group) {
			return true
		}
	}
	return false
}

// selfSpeaks reports whether the sentence's first finite clause is the
// organisation's ("We help …", "Harbour Tools lends …").
func selfSpeaks(s *Sentence) bool {
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Kind == Finite {
			return c.Agent == Self
		}
	}
	return false
}

// byOurPeople reports whether the sentence names the organisation's own
// people after "by" ("… is cut from reclaimed oak [by our framers]",
// "repaired by our volunteers"): what is done by them is most likely its
// work.
func byOurPeople(s *Sentence) bool {
	for _, p := range s.Phrases {
		if p.Prep == "by" && p.Det == "our" && isSomeone(p.Referent) {
			return true
		}
	}
	return false
}

// throughSelf reports whether the sentence does something through or
// with the organisation: a phrase that names it is the object of
// "through", "via" or "with" ("… share four ploughs and a gritter through
// our co-op", "… book a boat via us", "retired joiners restore donated
// furniture with us").
func throughSelf(s *Sentence) bool {
	for _, p := range s.Phrases {
		if (p.Prep == "through" || p.Prep == "via" || p.Prep == "with") && p.Referent == Self {
			return true
		}
	}
	return false
}

// fromUs reports whether the sentence names something that comes "from
// us", from something of ours, or from a name someone served gets it from
// ("Every baby … goes home in a felted wrap from us", "… collect shampoo
// and razors from our van every Tuesday").
func (f *finder) fromUs(s *Sentence) bool {
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.Prep == "from" && (p.Referent == Self && f.a.Tokens[p.Head].Tag == Pronoun || p.Det == "our" || p.Referent == Name && f.receivedFrom(s, pi)) {
			return true
		}
	}
	return false
}

// receivedFrom reports whether phrase pi, after "from", says whom someone
// served gets, hires or borrows something from ("any pupil … can borrow
// one from The Fiddle Library"): a name there is most likely the
// organisation, providing it.
func (f *finder) receivedFrom(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if f.receives(c) && f.servedPhrase(s, c.Subject) && s.Phrases[c.Objects[len(c.Objects)-1]].End == p.PrepAt {
			return true
		}
	}
	return false
}

// soTheyUse reports whether clause c is what the organisation exists or
// works for, and that is for those served to get, share or use made things
// ("We exist so that our twelve member workshops can share a polishing
// room, a laser cutter and a shop front"): most likely the organisation's.
func (f *finder) soTheyUse(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Opener != "so" && c.Opener != "so that" || c.Subject < 0 || c.Negated || len(c.Objects) == 0 || !f.servedPhrase(s, c.Subject) {
		return false
	}
	selfFirst := false // the organisation's clause, before this one
	for k := range s.Clauses {
		if d := &s.Clauses[k]; d != c && d.First < c.First && d.Agent == Self {
			selfFirst = true
		}
	}
	if !selfFirst {
		return false
	}
	v := &toks[c.Verb]
	if v.closed&(clReceiving|clSharing|clInstrumental) == 0 || v.closed&clHave != 0 {
		return false
	}
	return f.madeThing(&s.Phrases[c.Objects[0]])
}

// receivedFromSelf returns where the means ends when clause c says that
// those served get a made thing or a service the organisation hands
// over, or 0: "from us" names the giver ("each post office receives
// training and a van service from us"), and a made thing that each of them
// gets is handed over too ("each clinic on our network gets a patient
// record system"). Having and keeping ("every child has a library card")
// say what they hold, not what is done.
func (f *finder) receivedFromSelf(s *Sentence, c *Clause) int {
	toks := f.a.Tokens
	v := &toks[c.Verb]
	if c.Agent == Self || c.Kind != Finite || c.Negated || c.Modal || c.Subject < 0 || len(c.Objects) == 0 ||
		v.closed&clReceiving == 0 || v.closed&clHave != 0 || wordnet.Class(v.entry.First(wordnet.Verb)) == wordnet.VerbStative {
		return 0 // (not "any gardener can borrow seed", what they are able to do)
	}
	o := &s.Phrases[f.mostConcrete(s, c.Objects[len(c.Objects)-1])]
	if !(o.Referent == Thing || o.Referent == Establishment || o.Referent == Service) || o.Referent == Service && f.state(o) ||
		f.set(abstractObjectList).Has(toks[o.Head].Norm) || f.set(abstractObjectList).Has(toks[o.Head].Lemma) {
		return 0
	}
	end := s.Phrases[c.Objects[len(c.Objects)-1]].End
	bound := s.End
	for ci := range s.Clauses {
		if d := &s.Clauses[ci]; d.First >= end && d.First < bound {
			bound = d.First
		}
	}
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.Prep == "from" && p.PrepAt >= end && p.End <= bound && (p.Referent == Self || p.Det == "our") {
			return p.End // "… from us", "… from our mechanics"
		}
	}
	if o.Referent != Service && s.Phrases[c.Subject].Distributive() && f.servedPhrase(s, c.Subject) {
		return end
	}
	return 0
}

// namesServiceOnly reports whether the statement is a phrase that names
// what is given, with no clause of the organisation's own: "Free legal
// advice and representation for people seeking asylum", "Affordable
// counselling for anyone who needs it". The service named may be how the
// work is done, though no verb says so; "Better sleep for millions" (a
// state) and "Healthier communities" (people) name no service.
func (f *finder) namesServiceOnly() bool {
	toks := f.a.Tokens
	if len(f.a.Sentences) == 0 {
		return false
	}
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			describesNoun := c.Kind == Infinitive && c.First > s.First && toks[c.First-1].Tag == Noun // "a band [to play in]"
			if c.Agent == Self || c.Opener == "" && c.Kind != Participle && !f.passive(c) && !f.a.reducedRelative(s, c) && !describesNoun && !f.participleOnNoun(s, c) {
				return false // not "furniture at prices [most people can afford]", which describes a noun
			}
		}
	}
	s := &f.a.Sentences[0]
	clauseStart := s.End
	for _, c := range s.Clauses {
		clauseStart = min(clauseStart, c.First)
		if c.OpenerAt >= 0 {
			clauseStart = min(clauseStart, c.OpenerAt)
		}
	}
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.Prep != "" || toks[p.Head].closed&clStatementWord != 0 {
			continue // "Our mission: …"
		}
		if p.End > clauseStart {
			return false // "Where craft meets business": a clause, not a phrase with clauses after it
		}
		switch wordnet.Class(toks[p.Head].entry.First(wordnet.Noun)) {
		case wordnet.NounAct, wordnet.NounCommunication, wordnet.NounCognition:
			return !f.state(p)
		}
		return p.Referent == Service || p.Referent == Thing // "Beautiful, durable furniture at prices most people can afford": the made thing may be the means
	}
	return false
}

// unexplainedWork reports whether some clause may tell what is done though
// no pattern above read it as a means: a verb that is not being, having,
// a state ("exist"), an abstract aim, a weak verb or a benefit, done by
// the organisation
// ("we look after the dogs"), by what it calls its own ("our classes
// teach"), or in the passive with the doer left out or named ("glasses
// are fitted free", "repaired by our audiologists"). Absent stays only
// where every clause is accounted for: the statement is sure to say
// nothing of how.
func (f *finder) unexplainedWork() bool {
	toks := f.a.Tokens
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			v := &toks[c.Verb]
			if c.Negated || v.closed&(clBe|clHave|clCopula|clLinking|clDo|clDesire) != 0 || wordnet.Class(v.entry.First(wordnet.Verb)) == wordnet.VerbStative && !f.doneToSomeone(s, c) ||
				f.set(abstractVerbList).Has(v.Lemma) || f.set(weakVerbsList).Has(v.Lemma) || f.match(benefitVerbList, c.Verb) > 0 {
				continue
			}
			if v.closed&clCausative != 0 && (c.Predicate >= 0 || c.Complement >= 0) && !f.concreteVerb(v) {
				continue // "making life easier", "inspire children to read": what it brings about, not how
			}
			if v.closed&clCausative != 0 && len(c.Objects) == 0 && c.End < s.End && toks[c.End].Tag == Adjective {
				continue // "make sure every family …": what it brings about, not how
			}
			if namedActivity(c) {
				continue
			}
			if v.closed&(clGiving|clDitransitive) != 0 && len(c.Objects) > 0 && f.feelingOrState(&s.Phrases[c.Objects[len(c.Objects)-1]]) {
				continue // "To give dog owners … a healthier, happier life": a state or a feeling given is the benefit, not the work; not "pay the best prices"
			}
			if len(c.Objects) > 0 && changesTheirLot(toks, &s.Phrases[c.Objects[0]], v) {
				continue // "To brighten the lives of patients": the change to what they have is the benefit, not the work
			}
			own := c.Agent == Self || c.Subject >= 0 && s.Phrases[c.Subject].Det == "our" || f.peopleAtName(s, c) || f.membersOfSelf(s, c)
			result := c.OpenerAt >= 0 && phraseAt(toks, c.OpenerAt, clResult) > 0
			describes := relativeOpener(c.Opener) || f.a.reducedRelative(s, c)
			if own || f.passive(c) && !result && !describes {
				return true // "the way [rope is made]" describes; it is no work
			}
		}
	}
	return false
}

// complementsEnd returns where clause c ends with its objects and the
// clauses that complete it, one inside the next ("would have [to drive two
// hours [to see it]]").
func complementsEnd(s *Sentence, c *Clause) int {
	end := max(c.End, clauseEnd(s, c))
	for d, n := c.Complement, 0; d >= 0 && n < len(s.Clauses); d, n = s.Clauses[d].Complement, n+1 {
		end = max(end, s.Clauses[d].End, clauseEnd(s, &s.Clauses[d]))
	}
	return end
}

// sparedOtherwise reports whether clause c describes someone served in a
// relative clause that says, with a modal and "otherwise", what would be
// without the work ("audiences who would otherwise have to drive two
// hours", "children who might not otherwise see the sea"): the difference
// the work makes to them.
func (f *finder) sparedOtherwise(s *Sentence, c *Clause) bool {
	if !relativeOpener(c.Opener) || !c.Modal || c.Subject < 0 || c.OpenerAt < 0 || !f.servedPhrase(s, c.Subject) {
		return false
	}
	for k := c.OpenerAt + 1; k < c.Verb; k++ {
		if f.norms[k] == "otherwise" {
			return true
		}
	}
	return false
}

// doneToSomeone reports whether clause c is a passive with someone as its
// subject and a verb WordNet also knows in a sense other than a state
// ("Each carer … is matched with a volunteer"): a state is seldom put in
// the passive with a person as what it is done to, so the verb is at work.
func (f *finder) doneToSomeone(s *Sentence, c *Clause) bool {
	if c.Subject < 0 || !f.passive(c) || !isSomeone(s.Phrases[c.Subject].Referent) {
		return false
	}
	return strings.ContainsFunc(f.a.Tokens[c.Verb].entry.Senses(wordnet.Verb), func(r rune) bool { return wordnet.Class(r) != wordnet.VerbStative })
}

// peopleAtName reports whether clause c, a finite verb on a thing, is done
// by people at a named place, its subject or that of the clause it is
// joined to ("volunteer fixers at Hollins Repair Café sit down with
// neighbours and mend their lamps …"): those who work there, who may be
// the organisation's own.
func (f *finder) peopleAtName(s *Sentence, c *Clause) bool {
	if c.Kind != Finite || len(c.Objects) == 0 || s.Phrases[c.Objects[0]].Referent != Thing {
		return false
	}
	subj := c.Subject
	if subj < 0 && c.Joined >= 0 {
		subj = s.Clauses[c.Joined].Subject
	}
	if subj < 0 || !s.Phrases[subj].Referent.Animate() || subj+1 >= len(s.Phrases) {
		return false
	}
	at := &s.Phrases[subj+1]
	return at.Prep == "at" && at.PrepAt == s.Phrases[subj].End && at.Referent == Name
}

// membersOfSelf reports whether clause c's subject is the people the
// organisation says it is made of ("Hands Together is a co-op of 18
// interpreters who take same-day bookings …"): a phrase for people after
// "of", right after what a clause of the organisation's says it is.
func (f *finder) membersOfSelf(s *Sentence, c *Clause) bool {
	pi := c.Subject
	if pi < 1 || s.Phrases[pi].Prep != "of" || !s.Phrases[pi].Referent.Animate() || s.Phrases[pi].PrepAt != s.Phrases[pi-1].End {
		return false
	}
	for ci := range s.Clauses {
		d := &s.Clauses[ci]
		if d.Agent == Self && f.a.Tokens[d.Verb].closed&(clBe|clCopula) != 0 && len(d.Objects) == 1 && d.Objects[0] == pi-1 {
			return true
		}
	}
	return false
}

// doneBySelf reports whether a passive clause names the organisation as
// its doer ("vaccinated each spring by our vet team").
func (f *finder) doneBySelf(s *Sentence, c *Clause) bool {
	end := s.End
	for ci := range s.Clauses {
		if d := &s.Clauses[ci]; d.First >= c.End && d.First < end {
			end = d.First
		}
	}
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.Prep == "by" && p.PrepAt >= c.End && p.PrepAt < end && (p.Referent == Self || p.Det == "our") {
			return true
		}
	}
	return false
}

// passive reports whether a clause's verb is a past participle after a
// form of "be" or "get" in its group ("are fitted", "get tested").
func (f *finder) passive(c *Clause) bool {
	toks := f.a.Tokens
	if !toks[c.Verb].Is(Past) {
		return false
	}
	for k := c.First; k < c.Verb; k++ {
		if toks[k].closed&clBe != 0 || toks[k].Lemma == "get" {
			return true
		}
	}
	return c.Kind == Participle
}

// passiveJoined reports whether clause c is passive, itself or as a later
// past participle of a list whose first is ("Foster carers are visited,
// phoned and given a weekend's break"): each shares the first's "are".
func (f *finder) passiveJoined(s *Sentence, c *Clause) bool {
	for d := c; ; d = &s.Clauses[d.Joined] {
		if f.passive(d) {
			return true
		}
		if d.Joined < 0 || !f.a.Tokens[d.Verb].Is(Past) {
			return false
		}
	}
}

// concreteVerb reports whether a verb names a concrete activity: one of
// the action verbs, or a verb WordNet files under making, handling,
// moving, giving, consuming, the body or communicating, that is not an
// abstract verb.
func (f *finder) concreteVerb(v *Token) bool {
	if f.set(abstractVerbList).Has(v.Lemma) {
		return false
	}
	if f.set(actionVerbList).Has(v.Lemma) || f.set(actionVerbList).Has(v.Norm) {
		return true
	}
	return handsOnVerb(v) || wordnet.Class(v.entry.First(wordnet.Verb)) == wordnet.VerbBody
}

// mostConcrete returns, of a phrase and those joined to it ("smoke alarms
// and door chains"), the one that names the most concrete thing.
func (f *finder) mostConcrete(s *Sentence, pi int) int {
	if next := pi + 1; next < len(s.Phrases) && s.Phrases[next].Prep == "of" && s.Phrases[next].PrepAt == s.Phrases[pi].End && (f.measure(&s.Phrases[pi]) || f.anyKind(&s.Phrases[pi])) {
		return f.mostConcrete(s, next) // "keep [eight centuries] of parish records safe", "fix [any make] of hearing aid": what is measured, or of which kind
	}
	root := pi
	if s.Phrases[pi].Conjoined >= 0 {
		root = s.Phrases[pi].Conjoined
	}
	best := pi
	rank := func(r Referent) int {
		switch r {
		case Thing, Establishment:
			return 3
		case Service:
			return 2
		case Abstraction:
			return 0
		}
		return 1
	}
	for k := root; k < len(s.Phrases); k++ {
		if k != root && s.Phrases[k].Conjoined != root {
			continue
		}
		if rank(s.Phrases[k].Referent) > rank(s.Phrases[best].Referent) {
			best = k
		}
	}
	return best
}

// concreteChain reports whether the phrases that follow an object through
// prepositions ("access to a library of tools") name a made thing or a
// service.
func (f *finder) concreteChain(s *Sentence, pi int) bool {
	end := s.Phrases[pi].End
	for k := pi + 1; k < len(s.Phrases); k++ {
		p := &s.Phrases[k]
		if p.PrepAt != end || p.Prep == "for" {
			return false
		}
		if p.Referent == Thing || p.Referent == Establishment {
			return true
		}
		end = p.End
	}
	return false
}

// thingSense reports whether some sense of a phrase's head is a thing
// people make or use ("batteries", besides a battery of guns).
func (f *finder) thingSense(p *Phrase) bool {
	return strings.ContainsAny(f.a.Tokens[p.Head].entry.Senses(wordnet.Noun), string([]byte{byte(wordnet.NounArtifact), byte(wordnet.NounFood)}))
}

// transfers reports whether a verb moves or makes things: WordNet's verbs
// of possession, creation, contact and motion ("stock", "sell", "fit",
// "carry"), by the likeliest of its senses that is not a state ("keep": in
// a state, then in one's possession). Their object is a thing where it can
// be one.
func (f *finder) transfers(v *Token) bool {
	for _, c := range []byte(v.entry.Senses(wordnet.Verb)) {
		switch wordnet.Class(c) {
		case wordnet.VerbStative:
			continue
		case wordnet.VerbPossession, wordnet.VerbCreation, wordnet.VerbContact, wordnet.VerbMotion:
			return true
		}
		return false
	}
	return false
}

// handlingVerb reports whether a verb handles its object with the hands,
// the body or words: WordNet's verbs of making, contact, motion,
// consumption, the body and communication ("bring", "repair", "feed",
// "teach"), not of giving or having, which say less about how.
func (f *finder) handlingVerb(v *Token) bool {
	if f.set(abstractVerbList).Has(v.Lemma) {
		return false
	}
	switch wordnet.Class(v.entry.First(wordnet.Verb)) {
	case wordnet.VerbCreation, wordnet.VerbContact, wordnet.VerbMotion, wordnet.VerbConsumption, wordnet.VerbBody, wordnet.VerbCommunication:
		return true
	}
	return false
}

// followedByMeansOrRecipient reports whether an intransitive action verb
// has a phrase after it that says for whom or with what ("we publish for
// teachers").
func (f *finder) followedByMeansOrRecipient(s *Sentence, c *Clause) bool {
	return phraseInChain(s, c.End, func(p *Phrase) bool { // "sing at the bedside for hospice patients"
		return p.Prep == "for" || p.Prep == "to" || p.Prep == "with"
	})
}

// phraseInChain reports whether, of the prepositional phrases that follow
// one another from token k, one is as want asks.
func phraseInChain(s *Sentence, k int, want func(p *Phrase) bool) bool {
	for moved := true; moved; {
		moved = false
		for pi := range s.Phrases {
			p := &s.Phrases[pi]
			if p.PrepAt != k {
				continue
			}
			if want(p) {
				return true
			}
			k, moved = p.End, true
		}
	}
	return false
}

// agentNounOf returns where "a maker of things" ends when phrase pi is
// one: a noun for whoever does what a verb says ("provider", "maker",
// "operator", "supplier"), then "of" and a thing or service the verb
// would take ("a leading provider of core banking software"); 0 when it is
// not. Said of the organisation, it names its work as the verb would.
func (f *finder) agentNounOf(s *Sentence, pi int) int {
	if pi+1 >= len(s.Phrases) {
		return 0
	}
	p, of := &s.Phrases[pi], &s.Phrases[pi+1]
	if of.Prep != "of" || of.PrepAt != p.End || !(of.Referent == Thing || of.Referent == Service || of.MaybeThing) ||
		f.set(abstractObjectList).Has(f.lemma[of.Head]) || f.set(abstractList).Has(f.norms[of.Head]) || f.set(abstractList).Has(f.lemma[of.Head]) {
		return 0
	}
	head := f.lemma[p.Head]
	for _, stem := range [...]string{strings.TrimSuffix(head, "er"), strings.TrimSuffix(head, "or"), strings.TrimSuffix(head, "er") + "e",
		strings.TrimSuffix(head, "or") + "e", strings.TrimSuffix(head, "ier") + "y"} {
		if stem == head {
			continue
		}
		if e, ok := wordnet.Lookup(stem); ok && e.Has(wordnet.Verb) && !f.set(abstractVerbList).Has(stem) {
			return f.conjoinedEnd(s, pi+1)
		}
	}
	return 0
}

// isProduct reports whether a clause says what the organisation or its
// product is, and that is a made thing: "heronlog is a structured logging
// library", "Tallyho is a mobile app that …". The thing it makes is its
// means, as "we build a logging library" would say; not "Our mission is a
// world …", "Acme is a company" or "Acme is the best tool" (a ranking).
func (f *finder) isProduct(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Finite || c.Subject < 0 || c.Negated || len(c.Objects) != 1 {
		return false
	}
	subj, o := &s.Phrases[c.Subject], &s.Phrases[c.Objects[0]]
	if c.Agent != Self || toks[subj.Head].closed&clStatementWord != 0 || o.Det != "a" && o.Det != "an" && o.Det != "" && (o.Det != "the" || f.ranks(o)) {
		// "a structured logging library", or with no article: "free,
		// offline-first timing software"; "the API gateway for
		// enterprises", but not "the best tool", a ranking
		return false
	}
	return f.firstMadeThing(o)
}

// ranks reports whether a phrase holds a ranking word or a superlative
// ("the best tool", "the leading platform").
func (f *finder) ranks(p *Phrase) bool {
	for k := p.First; k < p.End; k++ {
		if f.ranksAt(k) {
			return true
		}
	}
	return false
}

// firstMadeThing reports whether a phrase names a made thing: a thing WordNet
// files first as an artifact or a communication ("a logging library",
// "open-source code"), or one the word list knows as made.
func (f *finder) firstMadeThing(o *Phrase) bool {
	h := &f.a.Tokens[o.Head]
	switch wordnet.Class(h.entry.First(wordnet.Noun)) {
	case wordnet.NounArtifact, wordnet.NounCommunication:
		return o.Referent == Thing
	}
	return o.Referent == Thing && (is(h.Lemma, clMadeThing) || is(h.Norm, clMadeThing))
}

// peopleBehindProduct returns where the made thing ends when a clause says
// that the organisation is the people behind a name, and a made thing in
// apposition says what the name is ("We are the volunteers behind
// LevelLine, open-source code that …", "the makers of Tallyho, an app
// …"), or 0: the thing they make is their means, as "LevelLine is
// open-source code" says; not "the best app in Cumbria", a ranking.
func (f *finder) peopleBehindProduct(s *Sentence, c *Clause) int {
	if c.Kind != Finite || c.Agent != Self || c.Negated || len(c.Objects) != 1 || c.Objects[0]+2 >= len(s.Phrases) {
		return 0
	}
	oi := c.Objects[0]
	who, name, what := &s.Phrases[oi], &s.Phrases[oi+1], &s.Phrases[oi+2]
	if !isSomeone(who.Referent) || name.Prep != "behind" && name.Prep != "of" || name.PrepAt != who.End || name.Referent != Name ||
		what.Prep != "" || what.First != name.End || f.a.Tokens[name.End-1].gap&gapComma == 0 || what.Det != "a" && what.Det != "an" && what.Det != "" || !f.firstMadeThing(what) {
		return 0
	}
	return what.End
}

// productForPlaces reports whether phrase pi, a bare plural after "for",
// names places or buildings (a made thing or a location, in WordNet's
// first sense) that come straight after what the organisation makes,
// sells or builds, itself a made thing or a service, as the object of
// its verb ("We build booking software [for garden centres]").
func (f *finder) productForPlaces(s *Sentence, pi int) bool {
	p := &s.Phrases[pi]
	h := &f.a.Tokens[p.Head]
	if p.Prep != "for" || p.Det != "" || pi == 0 || !h.Is(Plural) || h.Tag != Noun {
		return false // not "for the tide gauges that harbour trusts run": those things, not a kind of place
	}
	switch h.entry.First(wordnet.Noun) {
	case wordnet.NounArtifact, wordnet.NounLocation:
	default:
		return false // an establishment is read as its people below
	}
	o := &s.Phrases[pi-1]
	if o.End != p.PrepAt || o.Prep != "" || o.Referent != Thing && o.Referent != Service {
		return false
	}
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Agent == Self && !c.Negated && len(c.Objects) > 0 && c.Objects[len(c.Objects)-1] == pi-1 {
			return true
		}
	}
	return false
}

// whatItDoesColon returns where the words after a colon start when the
// words before it end "what" someone "does" ("Here is what Lullaby Choir
// does:", "What we do:"), with no other verb between: the colon opens
// what is done; or 0.
func whatItDoesColon(s *Sentence, toks []Token) int {
	k := colonFrom(s, toks, s.First+1)
	if k < 0 || toks[k].Lemma != "do" || toks[k].Tag != Verb {
		return 0
	}
	for j := k - 1; j >= s.First && k-j <= maxPhraseWords; j-- {
		if toks[j].Norm == "what" {
			return k + 1
		}
		if toks[j].Tag == Verb || toks[j].gap != 0 {
			return 0
		}
	}
	return 0
}

// colonFrom returns the first token from token from on that a colon
// follows, with a token after the colon in the sentence, or -1.
func colonFrom(s *Sentence, toks []Token, from int) int {
	for k := from; k+1 < s.End; k++ {
		if toks[k].gap&gapColon != 0 {
			return k
		}
	}
	return -1
}

// wantedBeforeColon returns where the words before a colon or a dash end
// when the words after it say that they are what the organisation wants
// or works for ("…: that is what we want to see", "…: this is what we are
// working for", "… – that is the island we want"): "that" or "this", a
// form of "be", "what" or a noun with "the", and the organisation's own
// clause of wanting or working; or 0.
func (f *finder) wantedBeforeColon(s *Sentence) int {
	toks := f.a.Tokens
	k := colonFrom(s, toks, s.First)
	if k < 0 || k+4 >= s.End || f.norms[k+1] != "that" && f.norms[k+1] != "this" || toks[k+2].closed&clBe == 0 {
		return 0
	}
	wanted := k + 4 // "that is what [we] want"
	if f.norms[k+3] != "what" {
		p := f.phraseFrom[k+3]
		if p == nil || p.Prep != "" || p.Det != "the" {
			return 0
		}
		wanted = p.End // "– that is the island [we] want": the noun, then the clause that wants it
	}
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Agent == Self && c.Subject >= 0 && s.Phrases[c.Subject].First == wanted && !c.Negated && (wanted == k+4 || len(c.Objects) == 0) &&
			(toks[c.Verb].closed&clDesire != 0 || toks[c.Verb].Lemma == "work" || toks[c.Verb].Lemma == "aim") {
			return k + 1
		}
	}
	return 0
}

// standsForSubject reports whether phrase p is "one" alone straight
// after a form of "be" ("The Dundee we are working towards is [one]
// where …"): it stands for the subject's noun, said again.
func standsForSubject(toks []Token, p *Phrase) bool {
	return p.First == p.Head && p.End == p.Head+1 && toks[p.Head].Norm == "one" && p.First > 0 && toks[p.First-1].closed&clBe != 0 && toks[p.First-1].Tag == Verb
}

// madeForSomeone returns the phrase after "for" when a clause says what
// the organisation is, with "a" or "an" and a word WordNet does not know
// or a name ("a fast, flat-file CMS"), for someone served ("for small
// publishers"), or -1: most likely a thing it makes, of a kind the
// analysis cannot name.
func (f *finder) madeForSomeone(s *Sentence, c *Clause) int {
	if c.Kind != Finite || c.Agent != Self || c.Negated || len(c.Objects) != 1 {
		return -1
	}
	oi := c.Objects[0]
	o := &s.Phrases[oi]
	if o.Det != "a" && o.Det != "an" || o.Referent != Name && o.Referent != Unclear || oi+1 >= len(s.Phrases) {
		return -1
	}
	if q := &s.Phrases[oi+1]; q.Prep == "for" && q.PrepAt == o.End && f.servedPhrase(s, oi+1) {
		return oi + 1
	}
	return -1
}

// wantedThroughIt reports whether a sentence says what the organisation
// is for someone served who wants something ("a CMS for small publishers
// who want to own their site"): what they want is what it gives them.
func (f *finder) wantedThroughIt(s *Sentence) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if f.a.Tokens[c.Verb].closed&clBe == 0 {
			continue
		}
		pi := f.madeForSomeone(s, c)
		if pi < 0 && f.isProduct(s, c) && c.Objects[0]+1 < len(s.Phrases) && s.Phrases[c.Objects[0]+1].Prep == "for" && f.servedPhrase(s, c.Objects[0]+1) {
			pi = c.Objects[0] + 1
		}
		if pi < 0 {
			continue
		}
		for di := range s.Clauses {
			if d := &s.Clauses[di]; d.Subject == pi && relativeOpener(d.Opener) && !d.Negated && f.a.Tokens[d.Verb].closed&clDesire != 0 {
				return true
			}
		}
	}
	return false
}

// forWhat returns where "for" and what someone is made ready for end,
// after the phrase pi they follow ("prepare apprentices [for their first
// job]"), or 0: not for someone, nor for a time ("for a year").
func (f *finder) forWhat(s *Sentence, pi int) int {
	k, at := pi+1, s.Phrases[pi].End
	for k < len(s.Phrases) && locative(s.Phrases[k].Prep) && s.Phrases[k].PrepAt == at {
		at = s.Phrases[k].End // "equip young offenders in Polmont for …"
		k++
	}
	if k >= len(s.Phrases) {
		return 0
	}
	p := &s.Phrases[k]
	if p.Prep != "for" || p.PrepAt != at || p.Referent.Animate() || p.Referent == Everyone || f.generic(p) {
		return 0
	}
	end := p.End
	for k++; k < len(s.Phrases) && s.Phrases[k].Prep == "of" && s.Phrases[k].PrepAt == end; k++ {
		end = s.Phrases[k].End // "for a lifetime of outdoor adventure"
	}
	if end == p.End && f.a.Tokens[p.Head].entry.First(wordnet.Noun) == wordnet.NounTime {
		return 0 // "for a year"
	}
	return end
}

// givenTo reports whether the phrase after "with" at pi is what someone
// just named is given ("provide hill farmers with quality goods and
// services"), not the means.
func (f *finder) givenTo(s *Sentence, pi int) bool {
	if r := s.Phrases[pi].Conjoined; r >= 0 {
		pi = r // "… with quality goods and [services]"
	}
	return pi > 0 && s.Phrases[pi-1].End == s.Phrases[pi].PrepAt && f.servedPhrase(s, pi-1)
}

// frontedBeforeSelf reports whether a preposition at k opens its sentence
// and the phrases it starts are set off by a comma before a clause of the
// organisation's ("With a shared library of components, we help …").
func (f *finder) frontedBeforeSelf(s *Sentence, k int) bool {
	if k != s.First || len(s.Clauses) == 0 {
		return false
	}
	c := &s.Clauses[0]
	first := c.First
	if c.Subject >= 0 {
		first = min(first, s.Phrases[c.Subject].First)
	}
	return c.Agent == Self && first > k && f.a.Tokens[first-1].gap&gapComma != 0
}

// afterSelfVerb reports whether a preposition at k follows a verb of the
// organisation's in its sentence.
func (f *finder) afterSelfVerb(s *Sentence, k int) bool {
	// "We help societies grow food with a travelling team": the means may
	// be the main verb's, and a reader takes it so.
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Verb < k && c.Governor < 0 && c.Joined < 0 {
			if c.Agent == Self {
				return true
			}
			break
		}
	}
	for ci := len(s.Clauses) - 1; ci >= 0; ci-- {
		c := &s.Clauses[ci]
		if c.Verb < k {
			return c.Agent == Self
		}
	}
	return false
}

// future finds the picture of a future state: "will" and "shall", the
// future words of the lexicons ("one day", "no longer", "envision"), a
// target year ("by 2031", "after 2030"), a picture with "where" ("a commons where …"),
// becoming something ("to be the town's …"), a present-tense clause about
// others ("every keeper has …", "no commuter waits …"), and a sentence
// that is a picture without a verb ("Quiet streets around every village
// school"); not "the future" as a topic ("shaping the future of …").
func (f *finder) future() {
	toks := f.a.Tokens
	selfOnly := true
	for si := range f.a.Sentences {
		s := &f.a.Sentences[si]
		if f.verbless(s) && len(s.Phrases) > 0 {
			// A verbless picture of people or places as they will be
			// ("Quiet streets around every village school"); one of things
			// alone ("The finest kettles in the world") may be a boast.
			if f.sinceYear(s) {
				continue // "Community radio for the Fens since 1998": the past to now, surely no picture to come
			}
			if f.futureAsTopic(s) {
				continue // "The future of Earth observation for grain growers": a topic, no picture
			}
			if !f.boasts(si) && !f.namesItself(s) {
				end := s.Phrases[len(s.Phrases)-1].End
				for ci := range s.Clauses {
					end = max(end, s.Clauses[ci].End) // "… the orchards they tend"
				}
				f.addPicture(s.Phrases[0].First, end)
			}
			selfOnly = false
			continue
		}
		if f.activityForAll(s) {
			selfOnly = false // "Cycling for everyone, everywhere.": an activity named for everyone may picture the state where they have it, as "Healthcare for all" does, not surely the organisation's own work
		}
		if first, end := f.absoluteAfterColon(s); first >= 0 {
			f.addPicture(first, end) // "…: every commuter in Dublin sitting down to a warm bowl of porridge"
		} else if k := f.pictureAfterColon(s); k >= 0 && !f.boasts(si) {
			f.addPicture(k, s.End) // "our vision hasn't changed much: a bike within five minutes' walk of every front door"
			selfOnly = false
		}

		sentenceSelf, othersMain := false, false
		// "Today, Kelby residents can report potholes online": a sentence
		// that says it tells of now pictures no future.
		now := phraseAt(toks, s.First, clPresentTime) > 0
		for ci := range s.Clauses {
			c := &s.Clauses[ci]
			v := &toks[c.Verb]
			switch {
			case now && !c.Future:
			case c.Agent == Self && v.closed&clPicturing != 0 && len(c.Objects) == 1 && ci+1 < len(s.Clauses) &&
				s.Clauses[ci+1].Kind == Gerund && f.objectOrItsOf(s, c.Objects[0], s.Clauses[ci+1].Subject) && (s.Phrases[s.Clauses[ci+1].Subject].Referent.Animate() || v.Lemma != "see"):
				// "we see machine-learning teams reproducing …", "we picture
				// a generation of young women skippering boats": people, and
				// what they are doing, seen in the mind; and anything
				// pictured so ("we picture meadows returning to the vale"),
				// though what one sees may be now ("we see demand rising").
				f.add(Future, s.Phrases[c.Objects[0]].First, max(s.Clauses[ci+1].End, clauseEnd(s, &s.Clauses[ci+1])), false)
			case c.Agent == Self && v.closed&clPicturing != 0 && len(c.Objects) == 1 && ci+1 < len(s.Clauses) && s.Phrases[c.Objects[0]].Referent.Animate() &&
				relativeOpener(s.Clauses[ci+1].Opener) && s.Clauses[ci+1].Subject == c.Objects[0] && s.Phrases[c.Objects[0]].End == s.Clauses[ci+1].OpenerAt:
				// "We picture a Kestrel Park leaver who reads for pleasure, …":
				// someone seen in the mind, and what they do
				f.add(Future, s.Phrases[c.Objects[0]].First, s.End, false)
			case c.Agent == Self && v.Lemma == "see" && !c.Negated && !v.Is(Past) && len(c.Objects) == 1 && c.OpenerAt < 0 && s.Phrases[c.Objects[0]].Distributive() && f.seenWith(s, c.Objects[0]):
				// "We see every village in Northmoor with a warm hall …":
				// each of them seen with what it has, a picture of how
				// things will be, not what one sees now
				f.add(Future, s.Phrases[c.Objects[0]].First, s.End, false)
			case c.Agent == Self && v.closed&clPicturing != 0 && v.Lemma != "see" && !c.Negated && !v.Is(Past) && len(c.Objects) > 0 && c.OpenerAt < 0:
				// "Cadence Couriers pictures a high street with clean air
				// …", "we envisage a harbour …": what the organisation
				// pictures in the mind, not what it sees, is the state it
				// works for; the verb marks it, as "envision" does, and
				// what the picture holds is read on its own
				f.add(Future, c.Verb, c.Verb+1, false)
			case c.Future && c.First > s.First && relativeOpener(c.Opener) && c.Subject >= 0 && s.Phrases[c.Subject].End == c.OpenerAt:
				// "the patients who will use them", "families who will keep
				// them": what the noun will do describes it; not "games that
				// people will still be talking about in twenty years"
				if f.aimedAt(s, c.Subject) {
					f.unsure(Future) // "to build a bakery that will feed every family in Leeds": what the thing aimed at will do may be the picture
				}
			case c.Future:
				f.add(Future, c.First, c.End, false)
			case f.madeInto(s, c) > 0:
				f.add(Future, c.Verb, f.madeInto(s, c), false) // "to make Peregrine the first private company to land a rover": what it will become
			case c.Agent == Self && (v.Lemma == "want" || v.Lemma == "wish") && len(c.Objects) == 1 && c.Complement >= 0 && s.Clauses[c.Complement].Kind == Infinitive:
				// "We want Northfield to be the best place in England for
				// children to grow up": the state wished for, to come
				d := &s.Clauses[c.Complement]
				f.add(Future, s.Phrases[c.Objects[0]].First, max(d.End, clauseEnd(s, d)), false)
			case f.statementIsPicture(s, c):
				o := &s.Phrases[c.Objects[0]]
				f.add(Future, o.First, max(o.End, clauseEnd(s, c)), false) // "our vision is an ocean that is fully mapped …"
			case c.Agent == Self && (v.Lemma == "become" || v.closed&(clBe|clPositionVerb) != 0 && (c.Kind == Infinitive || c.Kind == Gerund || c.Kind == Imperative) && (len(c.Objects) > 0 || c.Predicate >= 0)) &&
				!(v.closed&clPositionVerb != 0 && (f.toPhraseAfter(s, c.Objects[0]) || !field(&s.Phrases[c.Objects[0]]))): // not "lead the conversation", nor "lead every child to …", a guide's way
				f.add(Future, c.First, c.End, false) // "to be the harbour's …", "become", "to lead the steel industry": a position to reach
			case c.Agent == Self && (c.Kind == Infinitive || c.Kind == Gerund) && f.passive(c) && prepPhraseAt(s, skipAdverbs(toks, c.End), "as") >= 0:
				// "to be recognised (internationally) as the leading loans
				// service": how it will be known
				f.add(Future, c.First, s.Phrases[prepPhraseAt(s, skipAdverbs(toks, c.End), "as")].End, false)
			case c.Kind == Infinitive && forSubject(s, c) >= 0 && (s.Phrases[c.Subject].Distributive() || s.Phrases[c.Subject].Det == "all" || f.statementIsFor(s, c)):
				// "our vision is for every community to have a cinema": each
				// of them as they will be; "our vision is for OpenTrellis to
				// be the open standard …", "… for the old baths to be
				// reopened", "… for Rye's weavers to earn a living wage":
				// what the statement wants to come.
				p := &s.Phrases[forSubject(s, c)]
				f.add(Future, p.First, c.End, false)
			case c.Kind == Finite && c.Agent != Self && c.Subject >= 0 && (!v.Is(Past) || f.presentPassive(c) && !f.doneBySelf(s, c) && s.Phrases[c.Subject].Distributive()) && c.Opener != "if" &&
				(!relativeOpener(c.Opener) || f.contentClause(s, c) || afterPreposition(toks, c)) && !(c.OpenerAt >= 0 && phraseAt(toks, c.OpenerAt, clResult) > 0) &&
				!indirectQuestion(c.Opener) && !askedAt(toks, s.Phrases[c.Subject].First) && !whileSelfWorks(toks, s, ci):
				// Not a question: "we study how communities respond".
				// Not a result clause: "so that rangers can detect …" says
				// what the work is for, not how the world will be.
				// "every keeper has", "no commuter waits", "all children
				// learn", "everyone can …", "families can visit", people of a
				// place ("fishermen along the estuary share …"); not "people use
				// Facebook", which describes today.
				p := &s.Phrases[c.Subject]
				counted := p.Distributive() || p.Det == "all" || p.Referent == Everyone || countedOwner(s, c.Subject) // "every farmers' co-operative trades …"
				// "Fishermen along the estuary share one cold store": people
				// of a place, as they will live there
				placed := isSomeone(p.Referent) && f.a.Tokens[p.Head].Is(Plural) && c.Subject+1 < len(s.Phrases) &&
					s.Phrases[c.Subject+1].PrepAt == p.End && locative(s.Phrases[c.Subject+1].Prep) && s.Phrases[c.Subject+1].End <= c.First
				if counted || placed || c.Modal && (p.Referent.Animate() || f.generic(p)) {
					first := p.First
					if !p.Distributive() && countedOwner(s, c.Subject) {
						first = s.Phrases[c.Subject-1].First // from "every" on
					}
					f.addPicture(first, c.End) // "every keeper has", "no commuter waits"
				}
			case c.Agent == Self && v.closed&clDesire != 0 && !c.Negated && len(c.Objects) == 1 && (s.Phrases[c.Objects[0]].Referent.Animate() || s.Phrases[c.Objects[0]].Referent == Thing && s.Phrases[c.Objects[0]].Det != "our") && f.wishedState(s, ci) >= 0:
				// "We want every child who walks through our doors to feel
				// safe", "We want the Cornish pasty to still be made by hand
				// …": others, or a thing not its own, as the organisation
				// wishes them to be.
				d := &s.Clauses[f.wishedState(s, ci)]
				f.add(Future, s.Phrases[c.Objects[0]].First, max(d.End, clauseEnd(s, d)), false)
			case c.Agent == Self && v.closed&clDesire != 0 && !c.Negated && c.Complement >= 0 && s.Clauses[c.Complement].Kind == Infinitive &&
				toks[s.Clauses[c.Complement].Verb].closed&clPicturing != 0 && len(s.Clauses[c.Complement].Objects) > 0:
				// "we would like to see a hive on every flat roof …": what
				// the organisation wishes to see is the state it works for
				d := &s.Clauses[c.Complement]
				end := afterPrepPhrases(s, f.a.Tokens, f.conjoinedEnd(s, d.Objects[len(d.Objects)-1]), true)
				f.add(Future, s.Phrases[d.Objects[0]].First, max(end, clauseEnd(s, d)), false)
			case c.Kind == Finite && c.Agent == Self && c.Modal && c.Subject >= 0 && s.Phrases[c.Subject].Distributive() && !v.Is(Past) && c.OpenerAt < 0:
				// "Every PM at Wren can see …": each of the organisation's
				// own people, pictured able to do something.
				f.addPicture(s.Phrases[c.Subject].First, c.End)
			}
			doneBySelf := f.passive(c) && f.doneBySelf(s, c)
			if gerundSubject(s, toks, ci) {
				// "Paying for anything on Skelwith takes one tap": how an
				// activity goes, said in the present, may picture the state
				// to come; the activity is no work of the organisation's
				othersMain = true
			} else if c.Agent == Self && c.Kind != Imperative && !(ci == 0 && c.Kind == Gerund && c.OpenerAt < 0 && gerundSubjectOf(s, toks)) || doneBySelf {
				sentenceSelf = true // an imperative vision ("Establish …") aspires; it does not say what is done now
			}
			if c.Agent != Self && (c.Agent.Animate() || c.Subject >= 0 && f.audienceAt[si][c.Subject]) && c.Governor < 0 && c.Joined < 0 && c.OpenerAt < 0 && c.Kind == Finite && !doneBySelf {
				othersMain = true // "Beekeepers … share hives", "start-ups in Lagos ship …": a picture of others; not "sheep are vaccinated by our team"
			}
			if v.closed&clCopula != 0 && c.End < s.End && (toks[c.End].Norm == "when" || toks[c.End].Norm == "where") {
				f.add(Future, c.First, c.End+1, false) // "… is when every Canadian …"
			}
		}
		// "a commons where …", "a world in which …", "a day when …"; not
		// where the organisation says what it is now ("Hob Lane Forge is a
		// working smithy in Derbyshire where we make gates").
		if k := f.wantedBeforeColon(s); k > 0 {
			f.addPicture(s.First, k) // "Cumbria's newest farmers, starting out with skills, kit and friends instead of loans: that is what we want to see"
		}
		selfDescribed := f.describesItself(s)
		for pi := 0; pi < len(s.Phrases) && !selfDescribed; pi++ {
			p := &s.Phrases[pi]
			if p.End < s.End && p.End == p.Head+1 && timeAwaited(toks, p.Head) && f.clauseOpensAt(s, p.End) {
				f.add(Future, p.First, p.End, false) // "working for the day [Shetland's deckhands go to sea …]": a time awaited, and how things are then
				continue
			}
			if p.End < s.End && (toks[p.End].Norm == "where" || toks[p.End].Norm == "wherein" ||
				toks[p.End].Norm == "when" && toks[p.Head].entry.First(wordnet.Noun) == wordnet.NounTime && (p.Det == "a" || p.Det == "the") && p.Prep == "" && toks[p.End-1].gap == 0 && !f.pastClauseAt(s, p.End) || // "a day when …"; not "every winter, when …", "the day when the mill closed"
				toks[p.End].Norm == "in" && p.End+1 < s.End && toks[p.End+1].Norm == "which") && (toks[p.Head].Tag != Pronoun || standsForSubject(toks, p)) && opensClause(s, p.End) {
				if p.Indefinite() && is(f.lemma[p.Head], clPictureHead) || toks[p.End].Norm == "when" {
					f.add(Future, p.First, p.End+1, false) // "a world where …", "a day when …": a picture named as one
				} else {
					f.addPicture(p.First, p.End+1) // "the valley where …": a place, and how it is
				}
			}
		}
		if (!sentenceSelf || othersMain) && !now {
			selfOnly = false
		}
	}
	for i := 0; i < len(toks); i++ {
		if n := phraseAt(toks, i, clFutureAdverb); n > 0 {
			f.add(Future, i, i+n, false)
			i += n - 1
			continue
		}
		if beforeYear(toks[i].Norm) && i+1 < len(toks) && isYear(toks[i+1].Norm) &&
			!(toks[i].Norm != "by" && toks[i].Norm != "until" && toks[i].Norm != "before" && pastVerbBefore(toks, i)) { // not "since we signed our first lease in 2016"
			f.add(Future, i, i+2, false)
			i++
			continue
		}
		if n := fromNow(toks, i); n > 0 {
			f.add(Future, i, i+n, false) // "Twenty years from now, …": a horizon ahead
			i += n - 1
			continue
		}
		if n := nextYears(toks, i); n > 0 && !f.pastMainAt(i) {
			f.add(Future, i, i+n, false) // "Our vision for the next ten years …": a horizon ahead
			i += n - 1
			continue
		}
		unit := numberEnd(toks, i+1)
		if unit == i+1 && unit < len(toks) && (toks[unit].Norm == "a" || toks[unit].Norm == "our") {
			unit++ // "within a year", "in our lifetime"
		}
		if (toks[i].Norm == "within" || toks[i].Norm == "in") && unit > i+1 && unit < len(toks) && timeNoun(&toks[unit]) &&
			(unit+1 == len(toks) || toks[unit].gap != 0 || toks[unit+1].Tag != Noun) && // not "in our birth centre": the time noun heads the phrase
			toks[unit].Norm != "day" && toks[unit].Norm != "days" && toks[unit].Norm != "hour" && toks[unit].Norm != "hours" && toks[unit].Norm != "minutes" && toks[unit].Norm != "week" && toks[unit].Norm != "weeks" &&
			!f.pastSentenceAt(i) {
			f.add(Future, i, unit+1, false) // "Within two years, staff and customers sign in once", "in two hundred years": a horizon; not "within two hours", a promise of speed
			i = unit
			continue
		}
		if n := f.match(futureList, i); n > 0 {
			if n == 1 && toks[i].closed&clTopicNoun != 0 && !(i > 0 && toks[i-1].Tag == Adjective && toks[i-1].gap == 0 && toks[i-1].closed&grammarClasses == 0 && (i+1 == len(toks) || toks[i+1].Norm != "of")) {
				continue // "the (digital) future of farming" as a topic; not "a fairer future", a future of some kind: a state
			}
			if n == 1 && (toks[i].Tag == Modal || toks[i].closed&clModal != 0) {
				continue // counted with its clause; or a noun ("writing a will")
			}
			if f.circumstanceVerb(i) {
				continue // "so that problems get treated before they become emergencies": when, not what will be
			}
			f.add(Future, i, i+n, false)
			i += n - 1
		}
	}
	if f.c.presence[Future] != Present && !selfOnly {
		f.unsure(Future)
	}
}

// numberEnd returns the index after the run of numbers that starts at token
// i ("two hundred", "twenty five", "a hundred"), or i when no number starts
// there.
func numberEnd(toks []Token, i int) int {
	if i+1 < len(toks) && (toks[i].Norm == "a" || toks[i].Norm == "one") && toks[i+1].Tag == Number {
		i++ // "a hundred", "one hundred"
	}
	for i < len(toks) && toks[i].Tag == Number {
		i++
	}
	return i
}

// fromNow returns the length of a horizon ahead at token i, a number (or
// "a") of years, decades or generations, then "from now" or "from today"
// ("twenty years from now", "a generation from today"), or 0.
func fromNow(toks []Token, i int) int {
	if i+3 >= len(toks) || toks[i].Tag != Number && toks[i].Norm != "a" || toks[i+2].Norm != "from" || toks[i+3].Norm != "now" && toks[i+3].Norm != "today" {
		return 0
	}
	switch toks[i+1].Norm {
	case "year", "years", "decade", "decades", "generation", "generations":
		return 4
	}
	return 0
}

// nextYears returns the length of a horizon ahead at token i, "for",
// "over" or "in", then "the next" or "another" and a number of years or
// decades ("for the next ten years", "over the next two decades", "for
// another hundred years"), or 0.
func nextYears(toks []Token, i int) int {
	if i+3 >= len(toks) || toks[i].Norm != "for" && toks[i].Norm != "over" && toks[i].Norm != "in" {
		return 0
	}
	count := i + 3 // "for the next …"
	switch {
	case toks[i+1].Norm == "another":
		count = i + 2 // "for another hundred years": as many again, from now
	case i+4 >= len(toks) || toks[i+1].Norm != "the" || toks[i+2].Norm != "next":
		return 0
	}
	unit := numberEnd(toks, count)
	if unit == count || unit >= len(toks) {
		return 0
	}
	switch toks[unit].Norm {
	case "years", "decades", "generations":
		return unit + 1 - i
	}
	return 0
}

// futureAsTopic reports whether a sentence with no verb is "the future"
// (or another topic noun) of something, after a name and a colon at
// most, and nothing after a colon or a dash: what it is about, not how it
// will be.
func (f *finder) futureAsTopic(s *Sentence) bool {
	toks := f.a.Tokens
	first := 0
	if len(s.Phrases) > 1 && toks[s.Phrases[0].End-1].gap&gapColon != 0 && toks[s.Phrases[0].Head].Is(Capitalised) && s.Phrases[0].Prep == "" {
		first = 1 // "Longstraw: the future of thatching …": a name, then its topic
	}
	if len(s.Phrases) < first+1 {
		return false
	}
	p := &s.Phrases[first]
	if p.Det != "the" || p.Prep != "" || toks[p.Head].closed&clTopicNoun == 0 || p.End >= s.End || toks[p.End].Norm != "of" {
		return false
	}
	for k := p.First; k < s.End; k++ {
		if toks[k].gap&gapColon != 0 {
			return false
		}
	}
	return true
}

// circumstanceVerb reports whether token i is the verb of a clause of
// time, condition or cause ("before they become emergencies", "if it
// grows"): what it says sets when or why something else happens.
func (f *finder) circumstanceVerb(i int) bool {
	c := f.verbClause[i]
	if c == nil || c.OpenerAt < 0 || c.Opener == "as" {
		return false
	}
	toks := f.a.Tokens
	return toks[c.OpenerAt].closed&clSubordinator != 0 && phraseAt(toks, c.OpenerAt, clResult) == 0
}

// listEnd returns where the list of phrases that phrase pi belongs to ends
// ("of [manor] and [estate maps]").
func listEnd(s *Sentence, pi int) int {
	root := pi
	if s.Phrases[pi].Conjoined >= 0 {
		root = s.Phrases[pi].Conjoined
	}
	end := s.Phrases[root].End
	for k := root + 1; k < len(s.Phrases) && s.Phrases[k].Conjoined == root; k++ {
		end = s.Phrases[k].End
	}
	return end
}

// anyKind reports whether a phrase names kinds of what its "of" phrase
// names, counted as any or all of them ("any make of", "every kind of",
// "all sorts of"): WordNet files such a noun first under cognition.
func (f *finder) anyKind(p *Phrase) bool {
	return p.Referent == Abstraction && (p.Distributive() || p.Det == "any" || p.Det == "all") &&
		wordnet.Class(f.a.Tokens[p.Head].entry.First(wordnet.Noun)) == wordnet.NounCognition
}

// measure reports whether a phrase counts a time or a quantity ("eight
// centuries", "two tonnes"), which an "of" phrase after it says of what.
func (f *finder) measure(p *Phrase) bool {
	toks := f.a.Tokens
	if toks[p.First].Tag != Number {
		return false
	}
	switch wordnet.Class(toks[p.Head].entry.First(wordnet.Noun)) {
	case wordnet.NounTime, wordnet.NounQuantity:
		return true
	}
	return false
}

// selfIsBefore reports whether a clause before ci says what the
// organisation is ("We are an independent chain of pharmacies …").
func (f *finder) selfIsBefore(s *Sentence, ci int) bool {
	for _, d := range s.Clauses[:ci] {
		if d.Agent == Self && f.a.Tokens[d.Verb].closed&clBe != 0 && len(d.Objects) > 0 {
			return true
		}
	}
	return false
}

// byPeopleAfter reports whether the passive or participle clause ci names
// people as who does it ("reached … by trained volunteers").
func (f *finder) byPeopleAfter(s *Sentence, ci int) bool {
	c := &s.Clauses[ci]
	end := s.End
	if ci+1 < len(s.Clauses) {
		end = s.Clauses[ci+1].First
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.Prep == "by" && p.PrepAt > c.Verb && p.End <= end && (isSomeone(p.Referent) || p.Referent == Self) {
			return true
		}
	}
	return false
}

// madeSureOf reports whether the clause whose subject starts at token k
// is what someone makes sure of ("makes sure [every boxer is checked]",
// "ensure that [every child is heard]").
func madeSureOf(toks []Token, k int) bool {
	if k > 0 && toks[k-1].Norm == "that" {
		k--
	}
	switch {
	case k >= 2 && makeSureAt(toks, k-2):
		return true
	case k >= 1 && toks[k-1].Tag == Verb && toks[k-1].Lemma == "ensure":
		return true
	}
	return false
}

// pastSentenceAt reports whether the sentence holding token i has a
// verb in the past tense ("In two years we doubled our members").
func (f *finder) pastSentenceAt(i int) bool {
	if s := f.sentenceAt(i); s != nil {
		for ci := range s.Clauses {
			if f.pastClause(&s.Clauses[ci]) {
				return true
			}
		}
	}
	return false
}

// pastMainAt reports whether the main clause of the sentence that holds
// token i, its first finite clause with no opener, is in the past ("For
// the next ten years we ran the mill"); not a past clause inside it.
func (f *finder) pastMainAt(i int) bool {
	if s := f.sentenceAt(i); s != nil {
		for ci := range s.Clauses {
			if c := &s.Clauses[ci]; c.Kind == Finite && c.OpenerAt < 0 {
				return f.pastClause(c)
			}
		}
	}
	return false
}

// sentenceAt returns the sentence that holds token i, or nil.
func (f *finder) sentenceAt(i int) *Sentence {
	for si := range f.a.Sentences {
		if s := &f.a.Sentences[si]; i >= s.First && i < s.End {
			return s
		}
	}
	return nil
}

// pastClause reports whether a finite clause's verb group is in the past
// ("we doubled", "was opened").
func (f *finder) pastClause(c *Clause) bool {
	return c.Kind == Finite && f.a.Tokens[c.First].Is(Past) && f.a.Tokens[c.Verb].Is(Past)
}

// indirectQuestion reports whether a clause's opener asks ("we study how
// salt marshes respond"): what it says is asked, not pictured.
func indirectQuestion(opener string) bool {
	return opener == "how" || opener == "whether" || opener == "why" || opener == "what"
}

// askedAt reports whether the phrase at token k follows a word that asks
// ("we study [how] microbial communities respond").
func askedAt(toks []Token, k int) bool {
	return indirectQuestion(toks[k].Norm) || k > 0 && indirectQuestion(toks[k-1].Norm)
}

// pastVerbBefore reports whether a verb in the past tense stands a few
// words before token i, in the same part of its sentence ("since we
// [signed] our first lease in 2016").
func pastVerbBefore(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-maxPhraseWords; j-- {
		t := &toks[j]
		if t.gap&(gapClause|gapComma) != 0 && j < i-1 {
			return false
		}
		if t.Tag == Verb && t.Is(Past) {
			return j == 0 || toks[j-1].closed&(clBe|clHave) == 0 && toks[j-1].Tag != Modal
		}
	}
	return false
}

// presentPassive reports whether a clause is a passive in the present
// tense ("every decision is made on data"), whose verb is a participle.
func (f *finder) presentPassive(c *Clause) bool {
	aux := f.a.Tokens[c.First].Norm
	return f.passive(c) && (aux == "is" || aux == "are")
}

// gerundSubject reports whether clause ci is the sentence's main verb in
// the present tense and the "-ing" clause that opens the sentence is its
// subject ("[Paying for anything on Skelwith] takes one tap", "[shipping a
// change to production] is as routine as …").
func gerundSubject(s *Sentence, toks []Token, ci int) bool {
	if ci == 0 || !gerundSubjectOf(s, toks) {
		return false
	}
	c := &s.Clauses[ci]
	for k := 1; k < ci; k++ {
		if d := &s.Clauses[k]; d.Kind == Finite && d.OpenerAt < 0 && d.Governor < 0 {
			return false // not the first finite verb
		}
	}
	for k := 1; k < len(s.Clauses) && toks[c.Verb].closed&clBe != 0; k++ {
		if s.Clauses[k].Agent == Self && s.Clauses[k].Kind == Finite {
			return false // "Building apps for schools is what we do": the organisation's own work
		}
	}
	return c.Kind == Finite && c.OpenerAt < 0 && c.Governor < 0 && !toks[c.Verb].Is(Past) && !c.Modal &&
		(c.Subject < 0 || s.Phrases[c.Subject].First > s.Clauses[0].Verb)
}

// gerundSubjectOf reports whether the sentence opens with an "-ing" clause
// of no opener that a finite verb follows with no subject of its own
// before it but the "-ing" clause's phrases.
func gerundSubjectOf(s *Sentence, toks []Token) bool {
	if len(s.Clauses) < 2 {
		return false
	}
	g := &s.Clauses[0]
	if g.Kind != Gerund || g.OpenerAt >= 0 || g.First != s.First || toks[g.Verb].gap&gapComma != 0 {
		return false
	}
	for k := g.Verb; k < s.Clauses[1].First; k++ {
		if toks[k].gap&(gapComma|gapClause) != 0 {
			return false // "Working with farmers, we …": a participle set off by a comma
		}
	}
	return s.Clauses[1].Kind == Finite && s.Clauses[1].OpenerAt < 0
}

// madeInto returns where the noun phrase ends that a name or the
// organisation is made into ("to make [Peregrine] [the first private
// company …]", "make Dundee a city where …"), or 0: a verb that makes its
// object something, then the thing it becomes.
func (f *finder) madeInto(s *Sentence, c *Clause) int {
	toks := f.a.Tokens
	if c.Agent != Self || len(c.Objects) != 1 || toks[c.Verb].Lemma != "make" {
		return 0
	}
	o := &s.Phrases[c.Objects[0]]
	if !(o.Referent == Name || o.Referent == Self || o.Referent == Place) || c.Objects[0]+1 >= len(s.Phrases) {
		return 0
	}
	if p := &s.Phrases[c.Objects[0]+1]; p.First == o.End && p.Prep == "" && (p.Det == "the" || p.Indefinite()) {
		return p.End
	}
	return 0
}

// objectOrItsOf reports whether phrase pi is the object oi or the "of"
// phrase right after it ("a generation [of young women]").
func (f *finder) objectOrItsOf(s *Sentence, oi, pi int) bool {
	return pi == oi || pi == oi+1 && pi < len(s.Phrases) && s.Phrases[pi].Prep == "of" && s.Phrases[pi].PrepAt == s.Phrases[oi].End
}

// whileSelfWorks reports whether clause ci is one of time, reason or
// condition ("while you wait", "because …") under a main clause in which
// the organisation does something today ("Sharp Edge sharpens knives …,
// while you wait"): it tells when or why the work happens now, not how
// the world will be.
func whileSelfWorks(toks []Token, s *Sentence, ci int) bool {
	c := &s.Clauses[ci]
	if !circumstance(c.Opener) || c.OpenerAt > s.First && toks[c.OpenerAt-1].Tag == Noun && toks[c.OpenerAt-1].gap == 0 {
		return false // not "we picture a day when no widow has to sell …": a time the clause describes
	}
	for cj := ci - 1; cj >= 0; cj-- {
		if d := &s.Clauses[cj]; d.OpenerAt < 0 && d.Kind == Finite {
			return d.Agent == Self && !d.Future
		}
	}
	return false
}

// meansAsSubject reports whether clause c has things or services as its
// subject (or one of the subject's list), a verb that lets or makes, and
// someone who then does something ("Adapted boards and two coaches per
// rider let wakeboarders ride …", "Longer lessons mean over-fifties
// learn …"), or a verb that gives someone something ("Captioned walks
// give deaf guests the whole story"): what lets or gives is the means,
// most likely the organisation's.
func (f *finder) meansAsSubject(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	v := &toks[c.Verb]
	if c.Kind != Finite || c.Agent == Self || c.Subject < 0 || c.OpenerAt >= 0 || len(c.Objects) == 0 || !s.Phrases[c.Objects[0]].Referent.Animate() ||
		!(v.closed&clCausative != 0 && c.Complement >= 0 || v.Lemma == "mean" || v.closed&(clGiving|clDitransitive) != 0 && len(c.Objects) >= 2) { // "mean" takes a whole clause: "mean [over-fifties learn]"; "give" the people something
		return false
	}
	subject := &s.Phrases[c.Subject]
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		filled := pi == c.Subject+1 && p.Prep == "of" && p.PrepAt == subject.End && subject.Det == "" && toks[subject.Head].entry.First(wordnet.Noun) == wordnet.NounTime // "Twelve weeks of evening classes give …": what fills the time
		if (pi == c.Subject || p.Conjoined == c.Subject && p.Prep == "" || filled) && (p.Referent == Thing || p.Referent == Service || p.MaybeThing || f.namedTimes(p)) {
			return true
		}
	}
	return false
}

// namedToolHelps reports whether clause c has a name for its subject
// and helps, lets or enables someone do work on things ("Harvest Ledger
// helps organic growers track what they plant and sell"): the name may be
// a product, and what it lets them do, its working.
func (f *finder) namedToolHelps(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Finite || c.Negated || c.Subject < 0 || s.Phrases[c.Subject].Referent != Name || toks[c.Verb].closed&clCausative == 0 ||
		len(c.Objects) == 0 || !isSomeone(s.Phrases[c.Objects[0]].Referent) || c.Complement < 0 {
		return false
	}
	d := &s.Clauses[c.Complement]
	return f.match(abstractVerbList, d.Verb) == 0 && (f.match(actionVerbList, d.Verb) > 0 || f.handlingVerb(&toks[d.Verb])) // not "helps small farm vets spend more time with farmers"
}

// workJoined returns where the work ends when clause ci has people join
// or help the organisation ("volunteers join us", "members help us") and
// an infinitive of concrete work on things follows ("… to clear litter
// from the river"), or 0: the organisation's own work, done with them.
func (f *finder) workJoined(s *Sentence, ci int) int {
	c := &s.Clauses[ci]
	toks := f.a.Tokens
	if c.Kind != Finite || c.Negated || c.Agent == Self || !c.Agent.Animate() || len(c.Objects) != 1 || s.Phrases[c.Objects[0]].Referent != Self ||
		toks[s.Phrases[c.Objects[0]].Head].Tag != Pronoun || ci+1 >= len(s.Clauses) {
		return 0
	}
	d := &s.Clauses[ci+1]
	if d.Kind != Infinitive || d.First != s.Phrases[c.Objects[0]].End || len(d.Objects) == 0 || f.match(abstractVerbList, d.Verb) > 0 {
		return 0
	}
	if o := &s.Phrases[d.Objects[0]]; o.Referent != Thing && o.Referent != Service && o.Referent != Place && !o.MaybeThing {
		return 0 // work on things ("fallen branches", though a branch is first an office), not on people
	}
	return max(d.End, clauseEnd(s, d))
}

// ourWorkingThing reports whether a subject is a thing or a place of the
// organisation's own ("our mobile clinics", "Pallmark lifting frames": a
// name before a noun in lower case), or bodies of people it runs ("our
// lunch clubs"; not "our choir", most often the organisation itself),
// not its statement ("our mission") nor those it serves ("our
// communities").
func (f *finder) ourWorkingThing(p *Phrase) bool {
	toks := f.a.Tokens
	ours := p.Det == "our" || toks[p.First].Tag == ProperNoun && p.Head > p.First && !toks[p.Head].Is(Capitalised)
	return ours && (p.Referent == Thing || p.Referent == Establishment || p.MaybeThing || p.Det == "our" && p.Referent == Group && toks[p.Head].Is(Plural) && !is(f.lemma[p.Head], clServedRole)) &&
		toks[p.Head].closed&clStatementWord == 0
}

// atWorkAfter reports whether a gerund with its object follows phrase p
// straight after it, its subject ("with volunteers [filling the gaps]"):
// the people at work.
func (f *finder) atWorkAfter(s *Sentence, p *Phrase) bool {
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Kind == Gerund && c.First == p.End && len(c.Objects) > 0 {
			return true
		}
	}
	return false
}

// namedMadeThing reports whether a sentence names something and then
// says, between commas, that it is a made thing ("Routemark, a free
// timetable tool,"): a product of the organisation, most likely.
func (f *finder) namedMadeThing(s *Sentence) bool {
	toks := f.a.Tokens
	for pi := 0; pi+1 < len(s.Phrases); pi++ {
		p, q := &s.Phrases[pi], &s.Phrases[pi+1]
		if p.Referent == Name && q.First == p.End && (q.Prep == "" || q.Prep == p.Prep) && toks[p.End-1].gap&gapComma != 0 && q.Indefinite() &&
			q.Referent == Thing && toks[q.End-1].gap&gapComma != 0 {
			return true
		}
	}
	return false
}

// heldGroup reports whether a phrase names, in the plural, a group that
// is also a place where people meet ("clubs", "societies" with rooms of
// their own): sessions someone holds, as a verbless line offers them.
func (f *finder) heldGroup(p *Phrase) bool {
	h := &f.a.Tokens[p.Head]
	return p.Referent == Group && h.Is(Plural) && strings.ContainsRune(h.entry.Senses(wordnet.Noun), rune(wordnet.NounEstablishment))
}

// placeOrServiceBenefits reports whether clause c has a place of
// business or a service as its subject, not the organisation named, and a
// verb of benefit whose object's chain of phrases names people ("cafés
// in village halls … ease loneliness among bereaved older people").
func (f *finder) placeOrServiceBenefits(s *Sentence, c *Clause) bool {
	if c.Kind != Finite || c.Agent == Self || c.Subject < 0 || c.OpenerAt >= 0 || len(c.Objects) == 0 || f.match(benefitVerbList, c.Verb) == 0 {
		return false
	}
	if r := s.Phrases[c.Subject].Referent; r != Establishment && r != Service {
		return false
	}
	return phraseInChain(s, s.Phrases[c.Objects[len(c.Objects)-1]].End, func(p *Phrase) bool { return isSomeone(p.Referent) })
}

// namedTimes reports whether a phrase names times in the plural by what
// happens in them ("our maze days", "race nights"): events held, which as
// a subject that lets or gives are the means, though WordNet files the
// head as a time.
func (f *finder) namedTimes(p *Phrase) bool {
	toks := f.a.Tokens
	if p.Head <= p.First || !toks[p.Head].Is(Plural) || toks[p.Head].entry.First(wordnet.Noun) != wordnet.NounTime {
		return false
	}
	m := &toks[p.Head-1]
	return m.Tag == Noun && m.gap == 0 && m.entry.First(wordnet.Noun) != wordnet.NounTime && m.closed&grammarClasses == 0
}

// statementIsFor reports whether clause c's "for" phrase follows "our
// vision is" (a statement word and a form of "be"), itself or joined by
// "and" to the "for" phrase that does ("our vision is for weavers to
// earn …, and for their children to choose …"): what the statement wants
// the phrase's subject to be or do.
func (f *finder) statementIsFor(s *Sentence, c *Clause) bool {
	pi := forSubject(s, c)
	if pi < 0 {
		return false
	}
	at := s.Phrases[pi].PrepAt
	toks := f.a.Tokens
	if at > s.First && toks[at-1].Tag == Conjunction {
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; p.Prep == "for" && p.PrepAt < at {
				at = p.PrepAt // the first "for" of the sentence
				break
			}
		}
	}
	return at >= 2 && toks[at-1].closed&clBe != 0 && toks[at-2].closed&clStatementWord != 0
}

// forSubject returns the phrase that carries the "for" before
// infinitive c's subject: the subject itself ("for [every child] to
// read") or its owner ("for [Mercia's] past to be discovered"); or -1.
func forSubject(s *Sentence, c *Clause) int {
	pi := c.Subject
	if pi < 0 {
		return -1
	}
	if p := &s.Phrases[pi]; p.Prep == "" && pi > 0 && s.Phrases[pi-1].Possessor && s.Phrases[pi-1].End == p.First {
		pi-- // the owner carries the preposition of what it owns
	}
	if s.Phrases[pi].Prep != "for" {
		return -1
	}
	return pi
}

// statementIsPicture reports whether clause c says what the statement is
// with a noun phrase: "our vision is [an ocean that is fully mapped]",
// "our dream is [a library in every village]", "Fernhollow's vision is [a
// greener Britain]". Not "our vision is to …"
// (an infinitive) nor "… is simple" (an adjective).
func (f *finder) statementIsPicture(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Finite || c.Subject < 0 || len(c.Objects) != 1 || toks[c.Verb].closed&clCopula == 0 || c.Negated {
		return false // "our vision is a …", "our vision remains a …"
	}
	subject, o := &s.Phrases[c.Subject], &s.Phrases[c.Objects[0]]
	owned := is(subject.Det, clPossessive) || c.Subject > 0 && s.Phrases[c.Subject-1].Possessor && s.Phrases[c.Subject-1].End == subject.First || // "Fernhollow's vision is …"
		subject.Det == "the" && subject.First == s.First // "The vision is a harp in every primary school": the statement's own, as it opens
	return toks[subject.Head].closed&clStatementWord != 0 && owned &&
		o.Referent != Self && toks[o.Head].closed&clStatementWord == 0 && toks[o.Head].Tag != Pronoun
}

// wishedState returns the infinitive that says what clause ci, a verb of
// wanting with someone as its object, wishes them to be or do: its
// complement, or the first infinitive of theirs after the object and a
// relative clause on it ("want every child [who walks through our doors]
// to feel safe"); or -1.
func (f *finder) wishedState(s *Sentence, ci int) int {
	c := &s.Clauses[ci]
	if c.Complement >= 0 && s.Clauses[c.Complement].Kind == Infinitive {
		return c.Complement
	}
	o := &s.Phrases[c.Objects[0]]
	for cj := ci + 1; cj < len(s.Clauses); cj++ {
		d := &s.Clauses[cj]
		switch {
		case d.Kind == Infinitive && d.Agent.Animate():
			return cj
		case relativeOpener(d.Opener) && d.Subject == c.Objects[0] && d.First >= o.End:
			continue // the relative clause on the object
		}
		return -1
	}
	return -1
}

// absoluteAfterColon returns where a picture after a colon starts and
// ends: someone counted one by one, the phrases that place them, then a
// participle ("The future of breakfast is slower: every commuter in Dublin
// sitting down to a warm bowl of porridge …"); or -1.
func (f *finder) absoluteAfterColon(s *Sentence) (int, int) {
	toks := f.a.Tokens
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Kind != Gerund || c.OpenerAt >= 0 || c.First <= s.First || toks[c.First-1].gap != 0 {
			continue
		}
		for pi := range s.Phrases {
			p := &s.Phrases[pi]
			if p.Prep != "" || p.First == 0 || p.First >= c.First || toks[p.First-1].gap&gapColon == 0 || !p.Distributive() {
				continue
			}
			if afterPrepPhrases(s, f.a.Tokens, p.End, true) == c.First || afterPrepPhrases(s, f.a.Tokens, listEnd(s, pi), true) == c.First { // "every school, chapel and village hall in the valley running …"
				return p.First, max(c.End, clauseEnd(s, c))
			}
		}
	}
	return -1, -1
}

// picturesParticiple reports whether clause c is a participle set off by a
// comma after a sentence that opens with a noun phrase, with an object, a
// phrase or an adverb of its own: it describes the picture ("Radio in
// every village, letting farmers hear …", "Salt marshes along the coast,
// teeming with birds", "Coastal villages, thriving again"), perhaps after
// an adverb ("Pensioners who learned to waltz at sixty, still turning
// heads at ninety").
func (f *finder) picturesParticiple(s *Sentence, c *Clause) bool {
	k := c.First - 1
	for k > s.First && f.a.Tokens[k].Tag == Adverb && f.a.Tokens[k].closed&grammarClasses == 0 && f.a.Tokens[k].gap == 0 {
		k--
	}
	return c.Kind == Gerund && c.Opener == "" && c.First > s.First && f.a.Tokens[k].gap&gapComma != 0 &&
		(len(c.Objects) > 0 || c.Complement >= 0 || f.phraseAfter(s, c.End) || c.End < s.End && f.a.Tokens[c.End].Tag == Adverb ||
			c.End == s.End || c.End < s.End && f.a.Tokens[c.End].Tag == Conjunction) && // "…, still competing and still laughing": the picture's last words

		len(s.Phrases) > 0 && s.Phrases[0].First == s.First && s.Phrases[0].Prep == ""
}

// phraseAfter reports whether a prepositional phrase starts at token k
// ("teeming [with birds]").
func (f *finder) phraseAfter(s *Sentence, k int) bool {
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.PrepAt == k {
			return true
		}
	}
	return false
}

// nounsInfinitive reports whether infinitive clause c, after the
// sentence's start, belongs to the word before it: an adjective ("free to
// use") or a noun with a superlative before it ("the safest county in the
// country to live in"), not to a verb.
func (f *finder) nounsInfinitive(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	before := &toks[c.First-1]
	if before.Tag == Adverb && before.gap == 0 && c.First-2 >= s.First && toks[c.First-2].Tag == Noun {
		before = &toks[c.First-2] // "families [there] to watch them": where they are, between the noun and what it is for
	}
	if before.Tag == Adjective {
		return true
	}
	if before.Tag != Noun || before.gap != 0 || c.Governor >= 0 {
		return false
	}
	determined := false
	for k := c.First - 1; k >= s.First && (toks[k].gap&(gapComma|gapClause) == 0 || toks[k].gap&gapClause == 0 && toks[k].Tag == Adjective && toks[k+1].Tag == Adjective); k-- { // "a warm, affordable space to meet": a comma between adjectives
		if toks[k].Tag == Verb || toks[k].Tag == Modal {
			return false
		}
		determined = determined || toks[k].Tag == Determiner
		if toks[k].Tag == Adjective && strings.HasSuffix(toks[k].Norm, "est") && toks[k].Lemma != toks[k].Norm {
			return true
		}
	}
	// "… and a neighbour next door to show them how": in a sentence with
	// no verb of its own, an infinitive after a noun with its determiner,
	// or in a sentence that opens with a word WordNet knows as a noun or an
	// adjective ("Warm hutches and room to run …"), says what the noun is
	// for; not "Synergize best-of-breed paradigms to deliver …", whose
	// first word is a verb no dictionary knows.
	if first := &toks[s.First]; !determined && !(first.known && (first.Tag == Adjective || first.Tag == Noun)) {
		return false
	}
	for ci := range s.Clauses {
		if d := &s.Clauses[ci]; d != c && (d.Kind == Finite && !relativeOpener(d.Opener) && !(d.OpenerAt > c.First && adverbialOpener(d.Opener)) || d.Kind == Imperative) {
			return false // a relative clause only describes a noun: "… for every resident who asks"; a subordinate one after it says when ("savings to fall back on when the rains close the market")
		}
	}
	return true
}

// participleOnNoun reports whether clause c is an "-ing" participle right
// after the noun it describes, its subject ("tenants [facing eviction]").
func (f *finder) participleOnNoun(s *Sentence, c *Clause) bool {
	return c.Kind == Gerund && c.OpenerAt < 0 && c.Subject >= 0 && c.First > s.First &&
		s.Phrases[c.Subject].End == c.First && f.a.Tokens[c.First-1].gap == 0
}

// listedAfterPreposition reports whether an "-ing" clause ends a list
// that a preposition opens ("without fear, fines or [paying] for advice"):
// only nouns, adjectives, determiners and the list's commas and
// conjunction stand between the preposition and it.
func (f *finder) listedAfterPreposition(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.First-2 < s.First || toks[c.First-1].Tag != Conjunction {
		return false
	}
	for k := c.First - 2; k >= s.First; k-- {
		switch toks[k].Tag {
		case Preposition:
			return k < c.First-2
		case Noun, Adjective, Determiner, Conjunction, ProperNoun, Number:
		default:
			return false
		}
	}
	return false
}

// passiveOnNoun reports whether clause c is a past participle right
// after a noun phrase, which it describes as a passive says what is done
// to it ("local makers [paid] for every piece", "tempeh [made] from
// British beans"): no verb of the sentence's. A noun phrase right after
// the participle would be its object ("Hazel & Hook coppices [neglected]
// woods"), so the word before is a verb misread. Not after a place ("A
// Calder Valley [powered] by …"), which a verb may follow as often.
func (f *finder) passiveOnNoun(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Participle || c.OpenerAt >= 0 || c.First != c.Verb || c.First <= s.First || !toks[c.Verb].Is(Past) || toks[c.First-1].gap != 0 {
		return false
	}
	if n := c.Verb + 1; n < s.End && toks[c.Verb].gap == 0 && f.phraseFrom[n] != nil && f.phraseFrom[n].Prep == "" {
		return false
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.End == c.First && p.Referent != Self && !placeNamed(toks, p) && toks[p.Head].Tag != Pronoun {
			return true
		}
	}
	return false
}

// placeNamed reports whether phrase p names a place, by a word for one or
// a name whose head is a place or a natural object ("A Calder Valley",
// "the Wye Valley", "Lake Bala").
func placeNamed(toks []Token, p *Phrase) bool {
	if p.Referent == Place {
		return true
	}
	c := wordnet.Class(toks[p.Head].entry.First(wordnet.Noun))
	return p.Referent == Name && (c == wordnet.NounLocation || c == wordnet.NounObject)
}

// participleAfterPhrases reports whether clause c is an "-ing"
// participle after the noun phrase that opens the sentence and its
// prepositional phrases, nothing else before it ("Museums and galleries in
// the network [lending] to each other …"): the picture's participle.
func (f *finder) participleAfterPhrases(s *Sentence, c *Clause) bool {
	toks := f.a.Tokens
	if c.Kind != Gerund || c.OpenerAt >= 0 || c.First <= s.First+1 || toks[c.First-1].gap&^gapComma != 0 || toks[s.First].Tag == Preposition {
		return false
	}
	var commas []int
	for k := s.First; k < c.First; k++ {
		switch toks[k].Tag {
		case Noun, ProperNoun, Adjective, Determiner, Number, Preposition, Conjunction:
		default:
			return false
		}
		if toks[k].gap&gapClause != 0 {
			return false
		}
		if toks[k].gap&gapComma != 0 {
			commas = append(commas, k)
		}
	}
	switch len(commas) {
	case 0:
		return true
	case 2:
		// "Every pupil, every day, achieving more …": a time set off by
		// commas between the phrase and its participle.
		if commas[1] == c.First-1 && toks[commas[1]].Tag == Noun && timeNoun(&toks[commas[1]]) {
			return true
		}
	}
	// "Clean water, shade and a day off for every donkey [working] the
	// sands": commas of a list that a conjunction closes before the
	// participle's noun.
	for k := commas[len(commas)-1] + 1; k < c.First-1; k++ {
		if toks[k].Tag == Conjunction {
			return true
		}
	}
	return false
}

// predicateBefore reports whether an adjective that describes, with no
// verb before it, stands before token k in the sentence from first ("full
// of fish", "open to everyone"): a list of what something is, which a
// participle may end.
func predicateBefore(toks []Token, first, k int) bool {
	for j := k - 1; j >= first; j-- {
		switch toks[j].Tag {
		case Verb, Modal:
			return false
		case Adjective:
			if j+1 < k && toks[j].gap == 0 && toks[j+1].Tag == Preposition {
				return true // "full of", "open to"
			}
		}
	}
	return false
}

// gerundAfterBreak reports whether clause di, or the clause it is joined
// to in turn, is an "-ing" clause that opens after a colon or a dash past
// token first: the list a verbless picture goes on with.
func gerundAfterBreak(toks []Token, s *Sentence, di, first int) bool {
	for d := &s.Clauses[di]; d.Kind == Gerund; d = &s.Clauses[d.Joined] {
		if d.First > first && toks[d.First-1].gap&gapClause != 0 {
			return true
		}
		if d.Joined < 0 {
			break
		}
	}
	return false
}

// activityForAll reports whether a sentence is only an "-ing" word with
// no object, opening it, and phrases after prepositions, one of them "for"
// and everyone or some people, or "in" and every place ("Cycling for
// everyone, everywhere", "Swimming for every child in Fife", "Singing in
// every care home"), perhaps with "with" and people doing something
// after them ("…, with residents leading the songs"): an activity named
// for them, with no verb of the organisation's that surely does it.
func (f *finder) activityForAll(s *Sentence) bool {
	if len(s.Clauses) == 0 {
		return false
	}
	c := &s.Clauses[0]
	if c.Kind != Gerund || c.First != s.First || c.OpenerAt >= 0 || len(c.Objects) > 0 || c.Complement >= 0 {
		return false
	}
	absolute := s.End // where "with" and the people doing something start: "…, with residents leading the songs"
	for ci := 1; ci < len(s.Clauses); ci++ {
		d := &s.Clauses[ci]
		if d.Kind != Gerund || d.Subject < 0 || s.Phrases[d.Subject].Prep != "with" || !withAbsolute(s, d) {
			return false
		}
		absolute = min(absolute, s.Phrases[d.Subject].PrepAt)
	}
	forSomeone := false
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.First >= absolute {
			forSomeone = forSomeone || p.Prep == "with" && isSomeone(p.Referent)
			continue
		}
		if p.Prep == "" {
			return false // "Championing rowing …": what the verb works on
		}
		forSomeone = forSomeone || p.Prep == "for" && (p.Referent == Everyone || isSomeone(p.Referent)) || p.Prep == "in" && p.Distributive()
	}
	return forSomeone
}

// verbless reports whether a sentence has no verb of its own: no finite
// or imperative clause, and no infinitive or gerund that opens it ("Quiet
// streets for every child walking to school").
func (f *finder) verbless(s *Sentence) bool { return f.verblessFrom(s, s.First) }

// afterPrepositionsIng reports whether token k is an "-ing" word that
// heads a phrase after a preposition ("for fun, health or [getting]").
func (f *finder) afterPrepositionsIng(s *Sentence, k int) bool {
	if !strings.HasSuffix(f.a.Tokens[k].Norm, "ing") {
		return false
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.Head == k && p.End == k+1 && (p.Prep != "" || p.Conjoined >= 0 && s.Phrases[p.Conjoined].Prep != "") {
			return true
		}
	}
	return false
}

// pictureAfterColon returns where a verbless picture starts after a colon
// that ends a sentence's opening clause ("our vision hasn't changed much:
// a bike within five minutes' walk of every front door"), or -1.
func (f *finder) pictureAfterColon(s *Sentence) int {
	k := colonFrom(s, f.a.Tokens, s.First)
	if k < 0 || k+1 >= len(f.phraseFrom) || f.phraseFrom[k+1] == nil || f.phraseFrom[k+1].Prep != "" || !f.verblessFrom(s, k+1) {
		return -1
	}
	return k + 1
}

// verblessBeforeColon reports whether a sentence opens with words and no
// verb up to a colon, a clause of its own after it.
func (f *finder) verblessBeforeColon(s *Sentence) bool {
	k := colonFrom(s, f.a.Tokens, s.First)
	if k < 0 || k == s.First {
		return false
	}
	for ci := range s.Clauses {
		if s.Clauses[ci].First <= k {
			return false
		}
	}
	return len(s.Clauses) > 0
}

// withAbsolute reports whether "with" and a noun phrase stand right
// before clause c's "-ing" verb ("with [the profits] staying in the
// valleys"): the phrase does what the verb says, as a picture's detail.
func withAbsolute(s *Sentence, c *Clause) bool {
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.End == c.First && p.Prep == "with" {
			return true
		}
	}
	return false
}

// verblessFrom is verbless for the part of a sentence from token first:
// clauses that start before it do not count, and one that starts there
// counts as the start of a sentence does.
func (f *finder) verblessFrom(s *Sentence, first int) bool {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.First < first {
			continue
		}
		if c.Kind == Infinitive && c.First > first && f.nounsInfinitive(s, c) {
			continue // "free to use": the adjective's; "the safest county in the country to live in": the noun's
		}
		if c.Kind == Infinitive && c.First > first && f.afterPrepositionsIng(s, c.First-1) {
			continue // "for fun, health or getting to work": the "-ing" word a preposition takes goes on, not the sentence's verb
		}
		if c.Kind == Gerund && c.First > first && f.a.Tokens[c.First-1].gap&gapClause != 0 {
			continue // "…: finding truth together"
		}
		if c.Kind == Gerund && c.Joined >= 0 && gerundAfterBreak(f.a.Tokens, s, c.Joined, first) {
			continue // "… — picking, pressing, and [learning] the names of apples": the next of the list after the colon or dash
		}
		if c.Kind == Gerund && f.listedAfterPreposition(s, c) {
			continue // "without fear, fines or paying for advice": a preposition's list, not the sentence's verb
		}
		if c.Kind == Gerund && c.First > first+1 && f.contrastBefore(s, c.First) {
			continue // "officers who spend their time with tenants, not chasing paperwork", "…, not on the phone rearranging their rounds": what they do not do, set against the picture
		}
		if c.Kind == Gerund && withAbsolute(s, c) {
			continue // "…, with the profits staying in the valleys": what "with" pictures, not the sentence's verb
		}
		if f.participleOnNoun(s, c) || f.participleAfterPhrases(s, c) || f.passiveOnNoun(s, c) {
			continue // "legal advice for tenants facing eviction", "local makers paid for every piece": a participle that describes the noun before it
		}
		if f.picturesParticiple(s, c) || c.Joined >= 0 && f.picturesParticiple(s, &s.Clauses[c.Joined]) {
			continue // "Radio in every village, letting farmers hear …", "salt marshes …, teeming with birds and protecting …": the picture's participle
		}
		if c.Joined >= 0 && s.Clauses[c.Joined].Kind == Infinitive && s.Clauses[c.Joined].First > first && f.nounsInfinitive(s, &s.Clauses[c.Joined]) {
			continue
		}
		if c.Kind == Finite && c.First > first && (relativeOpener(c.Opener) || f.a.reducedRelative(s, c)) && !f.addressesReader(s, c) {
			continue // "… the land they farm", "… a bus that comes": a noun's description
		}
		if c.Kind == Finite && comparedClause(s, f.a.Tokens, c) {
			continue // "… more than they can spare": a comparison's clause
		}
		if d := s.takenBy(f.a.Tokens, c); c.Kind == Finite && d != nil && relativeOpener(d.Opener) {
			continue // "girls and boys who believe [they can do anything]": what the relative clause's people think, part of the description
		}
		if c.Kind == Finite && c.OpenerAt > first && c.Governor < 0 && adverbialOpener(c.Opener) {
			continue // "…, so that stored collections are seen", "… as easily as libraries lend books": a subordinate clause, not the sentence's own verb
		}
		if c.Kind == Finite && c.Joined >= 0 && s.Clauses[c.Joined].Kind == Participle && f.a.Tokens[c.Verb].Is(Past) && !c.Modal {
			continue // "every merge request tested, [reviewed] and [deployed] …": the participles go on
		}
		if c.Kind == Finite && c.Joined < 0 && f.a.Tokens[c.Verb].Is(Past) && !c.Modal && c.First == c.Verb && c.First > first && len(c.Objects) == 0 &&
			(f.a.Tokens[c.First-1].Tag == Conjunction || f.a.Tokens[c.First-1].gap&gapComma != 0) && predicateBefore(f.a.Tokens, first, c.First) {
			continue // "rivers full of fish, open to everyone, and [cared] for by …": a participle ends the list of what they are
		}
		if c.Kind == Finite || c.Kind == Imperative || c.First == first || c.Agent == Self && c.Governor < 0 && c.Opener == "" {
			return false
		}
	}
	return true
}

// contrastBefore reports whether ", not" stands before token k, with at
// most a phrase after a preposition between ("…, not [chasing]", "…, not
// on the phone [rearranging]"): what follows is set against what came
// before.
func (f *finder) contrastBefore(s *Sentence, k int) bool {
	toks := f.a.Tokens
	j := k - 1
	for j > s.First && k-j <= maxPhraseWords && toks[j].closed&clNegation == 0 && toks[j].gap == 0 &&
		(toks[j].Tag == Preposition || toks[j].Tag == Determiner || toks[j].Tag == Noun || toks[j].Tag == Adjective || toks[j].Tag == ProperNoun) {
		j--
	}
	return j > s.First && toks[j].closed&clNegation != 0 && toks[j-1].gap&gapComma != 0 && (j == k-1 || toks[j+1].Tag == Preposition)
}

// comparedClause reports whether a clause is the second term of a
// comparison: its subject follows "than" or "as" ("more than [they can
// spare]", "as fast as [the roads allow]").
func comparedClause(s *Sentence, toks []Token, c *Clause) bool {
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.Prep != "than" && p.Prep != "as" || p.First > c.First {
			continue
		}
		k := p.End
		for k < c.First && toks[k].Tag == Adverb {
			k++ // "than they [ever] thought possible"
		}
		if p.First == c.First || k == c.First {
			return true
		}
	}
	return false
}

// addressesReader reports whether a clause's subject is "you": "an editor
// you can take anywhere" describes a product to its reader, not a picture.
func (f *finder) addressesReader(s *Sentence, c *Clause) bool {
	return c.Subject >= 0 && f.a.Tokens[s.Phrases[c.Subject].Head].Norm == "you"
}

// namesItself reports whether a verbless sentence opens with a name, as a
// description of the organisation does ("London's Global University: a
// diverse community …"), rather than a picture.
func (f *finder) namesItself(s *Sentence) bool {
	p := &s.Phrases[0]
	return p.First == s.First && (p.Referent == Name || p.Referent == Self || f.a.Tokens[p.Head].Tag == ProperNoun)
}

// describesItself reports whether the sentence's main clause says what the
// organisation is or was: its name or "we", then a form of "be" ("Hob
// Lane Forge is a working smithy …", "We are a co-operative …"); what it
// will be says so itself ("will"); its statement is no self-description
// ("Our vision is a valley where …", whose subject is no name).
func (f *finder) describesItself(s *Sentence) bool {
	toks := f.a.Tokens
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Governor >= 0 || c.OpenerAt >= 0 || c.Kind != Finite || c.Subject < 0 {
			continue
		}
		subject := &s.Phrases[c.Subject]
		return c.Agent == Self && toks[c.Verb].closed&clBe != 0 && (subject.Referent == Self || subject.Referent == Name)
	}
	return false
}

// predicateNoun reports whether a bare phrase with "the" follows the
// object oi right after it, with no verb after it: what the object is made ("make ethical coffee
// [the everyday choice]").
func predicateNoun(s *Sentence, toks []Token, oi int) bool {
	if oi+1 >= len(s.Phrases) {
		return false
	}
	p := &s.Phrases[oi+1]
	if p.Prep != "" || p.First != s.Phrases[oi].End || p.Det != "the" {
		return false
	}
	return p.End >= s.End || toks[p.End].Tag != Verb && toks[p.End].Tag != Modal // not "the bread [the village eats]"
}

// adverbsBetween reports whether tokens [from, to) are all adverbs or
// "and": the manner of a verb between its object and a phrase after it.
func adverbsBetween(toks []Token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].Tag != Adverb && toks[k].Norm != "and" {
			return false
		}
	}
	return true
}

// absoluteAsideEnd returns where an aside that starts at token from ends:
// a noun phrase and a past participle set off by commas ("share it, [no
// questions asked], with …"), which says how something is done; or 0.
func absoluteAsideEnd(toks []Token, from int) int {
	if from < 1 || toks[from-1].gap&gapComma == 0 {
		return 0
	}
	for k := from; k < len(toks) && k < from+maxAsideWords; k++ {
		t := &toks[k]
		switch {
		case t.Tag == Verb && t.Is(Past) && k > from && t.gap&gapComma != 0 && t.gap&^gapComma == 0:
			return k + 1
		case t.gap != 0 || t.Tag != Noun && t.Tag != Determiner && t.Tag != Adjective:
			return 0
		}
	}
	return 0
}

// maxAsideWords bounds absoluteAsideEnd: an aside is short.
const maxAsideWords = 5

// yearBetween reports whether tokens [from, to) are a preposition and a
// year ("by 2040", "in 2030"): when, between a phrase and the next.
func yearBetween(toks []Token, from, to int) bool {
	return to == from+2 && toks[from].Tag == Preposition && isYear(toks[from+1].Norm)
}

// asAdjectiveAs reports whether "as", an adjective and "as" stand between
// tokens first and end ("as easy as taking a photo"), the adjective maybe
// with whom it is so for ("as easy for small exporters as sending a
// parcel").
func asAdjectiveAs(toks []Token, first, end int) bool {
	for k := first; k+2 < end; k++ {
		if toks[k].Norm != "as" || toks[k+1].Tag != Adjective {
			continue
		}
		j := k + 2
		if toks[j].Norm == "for" || toks[j].Norm == "to" {
			for j++; j < end && j < k+2+maxPhraseWords && toks[j].Norm != "as" && toks[j].gap&gapClause == 0 &&
				(toks[j].Tag == Determiner || toks[j].Tag == Adjective || toks[j].Tag == Noun || toks[j].Tag == ProperNoun || toks[j].Tag == Pronoun || toks[j].Tag == Number); j++ {
			}
		}
		if j < end && toks[j].Norm == "as" {
			return true
		}
	}
	return false
}

// workBeforeResult reports whether clause ci is a sentence's main clause
// that does something concrete to an object, and a result clause about
// someone follows it ("Senior clinicians answer every call, so patients
// get …", "ClearFile lets tenants add their payments, so those who …"):
// the work, then what it is for; people at concrete work need no object
// ("Members of the Magic Circle perform on hospital wards, giving sick
// children …"). Not a verb of helping or of abstract change alone ("we
// empower communities so they …"), which names no work, unless it is
// care given to a being ("treats the pets of families on low incomes at
// cost, so that no one has to choose …").
func (f *finder) workBeforeResult(s *Sentence, ci int) bool {
	c := &s.Clauses[ci]
	toks := f.a.Tokens
	if c.Kind != Finite || c.OpenerAt >= 0 || c.Governor >= 0 || c.Negated || toks[c.Verb].closed&(clBe|clHave|clCopula|clDo) != 0 ||
		toks[c.Verb].closed&clLinking != 0 && len(c.Objects) == 0 { // but "volunteers keep the post office open, so that …"
		return false
	}
	if len(c.Objects) == 0 {
		return (c.Agent == Person || c.Agent == Group || c.Agent == Establishment) && !c.Modal && f.concreteVerb(&toks[c.Verb]) && f.resultAfter(s, ci) // "Two new launderettes open in Luton every year, …, so that families … can wash …"
	}
	if f.match(abstractVerbList, c.Verb) > 0 && !f.helpsMakeThing(s, c) && !f.helpsOthersFor(s, ci) {
		return false
	}
	caresFor := toks[c.Verb].closed&clCausative == 0 && s.Phrases[c.Objects[0]].Referent.Animate() && s.Phrases[c.Objects[0]].Referent != Everyone
	if !caresFor && (f.match(benefitVerbList, c.Verb) > 0 || toks[c.Verb].closed&clCausative != 0) {
		d := c.Complement
		if d < 0 || f.match(abstractVerbList, s.Clauses[d].Verb) > 0 || len(s.Clauses[d].Objects) == 0 {
			return false
		}
	}
	return f.resultAfter(s, ci)
}

// resultAfter reports whether a clause of result about someone follows
// clause ci: "so" and a subject who is someone ("so patients get …"), or
// a participle of result ("…, giving sick children an hour of wonder").
func (f *finder) resultAfter(s *Sentence, ci int) bool {
	c := &s.Clauses[ci]
	toks := f.a.Tokens
	for cj := ci + 1; cj < len(s.Clauses); cj++ {
		d := &s.Clauses[cj]
		if d.OpenerAt > c.Verb && phraseAt(toks, d.OpenerAt, clResult) > 0 && d.Subject >= 0 &&
			(s.Phrases[d.Subject].Referent.Animate() || s.Phrases[d.Subject].Referent == Everyone || toks[s.Phrases[d.Subject].Head].Norm == "they" && len(c.Objects) > 0 && s.Phrases[c.Objects[0]].Referent.Animate()) {
			return true
		}
		if f.resultParticiple(s, d) && d.First > c.Verb {
			return true
		}
	}
	return false
}

// othersWorkFirst reports whether the sentence opens with a finite clause
// whose subject, people other than clause ci's, does something with
// someone ("Trained volunteers listen to Year 2 pupils read …, until each
// child reads …"): the work the clause of time measures.
func othersWorkFirst(s *Sentence, ci int) bool {
	c := &s.Clauses[ci]
	d := &s.Clauses[0]
	return ci > 0 && d.Kind == Finite && d.OpenerAt < 0 && !d.Negated && d.Subject >= 0 && d.Subject != c.Subject && s.Phrases[d.Subject].First == s.First &&
		(s.Phrases[d.Subject].Referent == Person || s.Phrases[d.Subject].Referent == Group)
}

// gatheredFor reports whether "together" follows the people of phrase oi
// (and where they are), then a time or "for" and what they gather for
// ("retired people in Kirkby Lonsdale together every Wednesday for talks,
// walks and a proper tea", "farmers together each August"): a gathering held, not only people united ("we
// bring communities together").
func (f *finder) gatheredFor(s *Sentence, oi int) bool {
	toks := f.a.Tokens
	k := afterPrepPhrases(s, f.a.Tokens, f.conjoinedEnd(s, oi), false)
	if k >= s.End || toks[k].Norm != "together" || toks[k].gap&gapClause != 0 {
		return false
	}
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.First <= k {
			continue
		}
		if p.First > k+1 && toks[p.First-1].gap&gapClause != 0 {
			return false
		}
		switch {
		case p.Prep == "" && (f.timeCounted(p) || p.Distributive() && timeNoun(&toks[p.Head])) || p.Prep == "for" && (p.Referent == Service || p.Referent == Thing):
			return true // "… together every Wednesday", "… together each August so they can …": a gathering held, time after time
		case p.Prep == "" && toks[p.Head].Tag == ProperNoun:
			continue // "Wednesday", read as a name
		}
		return false
	}
	return false
}

// gatheredFirst reports whether "together" stands straight after clause
// c's verb and before its object, people of phrase oi whom the statement
// serves and qualifies ("bring together women of all ages in Thornby"):
// the people gathered are named, so the gathering may be the work; not
// "bring together people", whom no one could gather.
func (f *finder) gatheredFirst(s *Sentence, c *Clause, oi int) bool {
	if c.Verb+2 >= s.End || f.norms[c.Verb+1] != "together" || s.Phrases[c.Objects[0]].First != c.Verb+2 {
		return false
	}
	o := &s.Phrases[oi]
	return o.Referent.Animate() && !f.generic(o) && f.servedPhrase(s, oi)
}

// occasion reports whether a noun names a time or an event first ("photo
// day", "an open evening", "a fair").
func occasion(t *Token) bool {
	return timeNoun(t) || wordnet.Class(t.entry.First(wordnet.Noun)) == wordnet.NounEvent
}

// heldAt reports whether a place where something is held follows phrase
// oi: "in", "at" or "on" and a made thing, a place or an establishment
// ("photo day [in a quiet room]").
func (f *finder) heldAt(s *Sentence, oi int) bool {
	end := s.Phrases[oi].End
	for pi := oi + 1; pi < len(s.Phrases); pi++ {
		if p := &s.Phrases[pi]; p.PrepAt == end {
			return (p.Prep == "in" || p.Prep == "at" || p.Prep == "on") && (p.Referent == Thing || p.Referent == Place || p.Referent == Establishment)
		}
	}
	return false
}

// helpsOthersFor reports whether clause ci helps someone do concrete work
// on something ("We help village schools run free chess clubs") and a
// clause of result after it names other people ("…, so that pupils can
// …"): those helped are how the organisation reaches the people it works
// for, so the help is its means. Not "We help young carers find a break,
// so they can rest", where the work and the good are the same people's.
func (f *finder) helpsOthersFor(s *Sentence, ci int) bool {
	c := &s.Clauses[ci]
	toks := f.a.Tokens
	if c.Complement < 0 || len(c.Objects) == 0 || !isSomeone(s.Phrases[c.Objects[0]].Referent) {
		return false
	}
	if d := &s.Clauses[c.Complement]; f.match(abstractVerbList, d.Verb) > 0 || len(d.Objects) == 0 {
		return false
	}
	helped := toks[s.Phrases[c.Objects[0]].Head].Lemma
	for cj := ci + 1; cj < len(s.Clauses); cj++ {
		e := &s.Clauses[cj]
		if e.OpenerAt > c.Verb && phraseAt(toks, e.OpenerAt, clResult) > 0 && e.Subject >= 0 {
			p := &s.Phrases[e.Subject]
			return isSomeone(p.Referent) && toks[p.Head].Tag != Pronoun && toks[p.Head].Lemma != helped
		}
	}
	return false
}

// helpsMakeThing reports whether clause c lets, helps or supports someone
// to do concrete work on a thing ("help mothers record bedtime stories"): a
// verb of helping that names the work it helps with.
func (f *finder) helpsMakeThing(s *Sentence, c *Clause) bool {
	if c.Complement < 0 {
		return false
	}
	for di := c.Complement; di < len(s.Clauses); di++ {
		d := &s.Clauses[di]
		if di != c.Complement && d.Joined != c.Complement {
			continue
		}
		if f.match(abstractVerbList, d.Verb) == 0 && len(d.Objects) > 0 && (s.Phrases[d.Objects[0]].Referent == Thing || f.a.Tokens[d.Verb].closed&clSharing != 0) {
			// also "support parish councils to install and read their own
			// tide gauges": the verbs joined to it; and "help governors of
			// small rural schools share a clerk, training and a finance
			// adviser": what is shared, whoever it is, is pooled work
			return true
		}
	}
	return false
}

// metWhere reports whether clause ci, of a verb whose likeliest sense is
// one of moving or of social life ("meet", "visit") and not abstract,
// takes someone served as its object, and a place, a building or a thing
// after "at", "in" or "on" follows before any clause of time, reason or
// result ("meet people [at the prison gate]", "meet adults who struggle
// to read … [in libraries and cafés]"): where they are met.
func (f *finder) metWhere(s *Sentence, ci int) bool {
	c := &s.Clauses[ci]
	v := &f.a.Tokens[c.Verb]
	switch wordnet.Class(v.entry.First(wordnet.Verb)) {
	case wordnet.VerbMotion, wordnet.VerbSocial:
	default:
		return false
	}
	if f.match(abstractVerbList, c.Verb) > 0 || !isSomeone(s.Phrases[c.Objects[0]].Referent) || !f.servedPhrase(s, c.Objects[0]) {
		return false
	}
	bound := s.End
	for di := ci + 1; di < len(s.Clauses); di++ {
		if d := &s.Clauses[di]; adverbialOpener(d.Opener) && d.OpenerAt >= 0 {
			bound = d.OpenerAt
			break
		}
	}
	for pi := c.Objects[0] + 1; pi < len(s.Phrases) && s.Phrases[pi].End <= bound; pi++ {
		if p := &s.Phrases[pi]; (p.Prep == "at" || p.Prep == "in" || p.Prep == "on") && (p.Referent == Place || p.Referent == Establishment || p.Referent == Thing) {
			return true
		}
	}
	return false
}

// helpedWith reports whether "with" and a service or a thing follow what
// clause c helps its object do ("help foster parents keep going [with
// respite weekends …]"), not their own ("with their vans"): what they are
// helped with.
func (f *finder) helpedWith(s *Sentence, c *Clause) bool {
	if c.Complement < 0 {
		return false
	}
	toks := f.a.Tokens
	k := clauseEnd(s, &s.Clauses[c.Complement])
	for k < s.End && (toks[k].Tag == Adjective || toks[k].Tag == Adverb) && toks[k-1].gap == 0 {
		k++ // "keep [going]"
	}
	w := prepPhraseAt(s, k, "with")
	if w < 0 || toks[k-1].gap != 0 {
		return false
	}
	for q := w; q < len(s.Phrases) && (q == w || s.Phrases[q].Conjoined == w); q++ {
		if p := &s.Phrases[q]; (p.Referent == Service || p.Referent == Thing) && p.Det != "their" && p.Det != "our" {
			return true // "respite weekends, [24-hour phone support] and …": any of the list
		}
	}
	return false
}

// helpsServeOthers reports whether clause c helps its object run or give
// a service or a thing ("support community groups to run holiday clubs")
// and someone else served is named after it, after "to" or "for" ("… to
// children who would otherwise go without"; not "for their children", the
// helped people's own): those helped are the organisation's way to the
// people it serves.
func (f *finder) helpsServeOthers(s *Sentence, c *Clause) bool {
	if c.Complement < 0 {
		return false
	}
	d := &s.Clauses[c.Complement]
	if f.match(abstractVerbList, d.Verb) > 0 || len(d.Objects) == 0 {
		return false
	}
	switch s.Phrases[d.Objects[0]].Referent {
	case Service, Establishment, Thing:
	default:
		return false
	}
	for pi := d.Objects[0] + 1; pi < len(s.Phrases); pi++ {
		if p := &s.Phrases[pi]; (p.Prep == "to" || p.Prep == "for") && pi != c.Objects[0] && p.Det != "their" && isSomeone(p.Referent) && f.servedPhrase(s, pi) {
			return true
		}
	}
	return false
}

// resultParticiple reports whether clause d is a participle set off by a
// comma that does someone good to what is theirs ("…, cutting their
// heating bills"), or gives someone something ("…, giving sick children
// an hour of wonder"): what the work before it brings about, as a result
// clause after "so" says.
func (f *finder) resultParticiple(s *Sentence, d *Clause) bool {
	toks := f.a.Tokens
	if d.Kind != Gerund || d.OpenerAt >= 0 || d.Negated || len(d.Objects) == 0 || d.First <= s.First || toks[d.First-1].gap&gapComma == 0 {
		return false
	}
	if len(d.Objects) == 2 && toks[d.Verb].closed&clDitransitive != 0 && isSomeone(s.Phrases[d.Objects[0]].Referent) {
		return true
	}
	if f.match(benefitVerbList, d.Verb) == 0 {
		return false
	}
	o := &s.Phrases[d.Objects[0]]
	return ownedBySubject(o) || f.ownedBySomeoneServed(s, d.Objects[0])
}

// boasts reports whether a verbless sentence ranks rather than pictures:
// it holds a ranking word or a superlative ("The finest kettles in the
// world").
func (f *finder) boasts(si int) bool {
	s := &f.a.Sentences[si]
	for k := s.First; k < s.End; k++ {
		if f.ranksAt(k) {
			return true
		}
	}
	return false
}

// ranksAt reports whether token k is a ranking word or a superlative
// ("best", "leading"), as written: "going to landfill" is no "go-to", and
// "most" counting a noun ("most evenings") ranks nothing.
func (f *finder) ranksAt(k int) bool {
	t := &f.a.Tokens[k]
	return f.matchNorm(rankingList, k) > 0 && t.Tag != Determiner || t.Tag == Adjective && strings.HasSuffix(t.Norm, "est") && t.Lemma != t.Norm
}

// forSomeoneAt reports whether a phrase of "for" or "to" at token k
// names someone served, or something of someone's ("for children", "for
// your teeth", "kind to your gut").
func (f *finder) forSomeoneAt(s *Sentence, k int) bool {
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.PrepAt == k && (p.Prep == "for" || p.Prep == "to") {
			return p.Referent.Animate() && f.servedPhrase(s, pi) || p.Det == "their" || p.Det == "your" || p.Det == "his" || p.Det == "her" // not "its", which may be the organisation's
		}
	}
	return false
}

// paidForSomeone returns where the people end when object oi of a verb
// that pays or funds is a service or a thing and someone served follows
// it after "for" ("funds [a night of hospice care] for a patient close to
// death": a time of a service counts as the service), or 0.
func (f *finder) paidForSomeone(s *Sentence, oi int) int {
	o := &s.Phrases[oi]
	if q := oi + 1; q < len(s.Phrases) && s.Phrases[q].Prep == "of" && s.Phrases[q].PrepAt == o.End && f.a.Tokens[o.Head].entry.First(wordnet.Noun) == wordnet.NounTime {
		o = &s.Phrases[q] // "a night of [hospice care]": what the time holds
	}
	if o.Referent != Service && o.Referent != Thing {
		return 0
	}
	k := afterPrepPhrases(s, f.a.Tokens, s.Phrases[oi].End, false)
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.PrepAt == k && p.Prep == "for" && p.Referent.Animate() && f.servedPhrase(s, pi) {
			return p.End
		}
	}
	return 0
}

// personalObject reports whether t is a pronoun for people as an object
// ("them", "him", "her"), not "it": whom a verb that pays, feeds or houses
// someone takes.
func personalObject(t *Token) bool {
	return t.Tag == Pronoun && (t.Norm == "them" || t.Norm == "him" || t.Norm == "her")
}

// aimedAt reports whether phrase pi is the object of the organisation's
// infinitive or gerund, or of its verb of wanting, or the phrase after
// "of" that such an object opens ("to build [a bakery]", "creating [a
// market]", "we want a generation of [Bramblewick children]"): a thing or
// people it aims to bring about.
func (f *finder) aimedAt(s *Sentence, pi int) bool {
	of := pi > 0 && s.Phrases[pi].Prep == "of" && s.Phrases[pi].PrepAt == s.Phrases[pi-1].End
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Agent != Self || c.Negated || c.Kind != Infinitive && c.Kind != Gerund && f.a.Tokens[c.Verb].closed&clDesire == 0 {
			continue
		}
		if slices.Contains(c.Objects, pi) || of && slices.Contains(c.Objects, pi-1) {
			return true
		}
	}
	return false
}

// relativeOpener reports whether a clause opener makes a relative clause
// about a noun ("farmers who grow", "services that …").
// afterPreposition reports whether a clause's relative pronoun follows a
// preposition ("in which", "for whom"): the clause has a subject of its
// own, as one opened by "where" has ("Hiring in which no candidate is
// ever ghosted").
func afterPreposition(toks []Token, c *Clause) bool {
	return relativeOpener(c.Opener) && c.OpenerAt > 0 && toks[c.OpenerAt-1].Tag == Preposition
}

func relativeOpener(w string) bool { return w == "who" || w == "that" || w == "which" || w == "whom" }

// statedContent reports whether clause c is what a statement word and a
// form of "be" say it is, after "that" ("Our mission is that no asylum
// seeker misses a diagnosis"): the statement's own content, as a main
// clause would state it.
func statedContent(s *Sentence, toks []Token, c *Clause) bool {
	at := c.OpenerAt
	return c.Opener == "that" && at >= s.First+2 && toks[at-1].closed&clBe != 0 && toks[at-2].closed&clStatementWord != 0
}

// contentClause reports whether a clause opened by "that" is what a verb
// says ("our vision is that every carer gets …"), not a noun's
// description ("a bus that comes").
func (f *finder) contentClause(s *Sentence, c *Clause) bool {
	if c.Opener != "that" || c.OpenerAt <= s.First {
		return false
	}
	toks := f.a.Tokens
	if toks[c.OpenerAt-1].Tag == Verb {
		return true
	}
	if toks[c.OpenerAt-1].closed&clStatementWord != 0 && c.Subject >= 0 && s.Phrases[c.Subject].First == c.OpenerAt+1 {
		return true // "The Partners share a vision that every young person … can go …": the vision's content, with a subject of its own; not "the vision that came out of …"
	}
	// "… is that writing docs feels natural, and that nobody has to …": a
	// second content clause of the same verb
	if toks[c.OpenerAt-1].Tag != Conjunction {
		return false
	}
	for ci := range s.Clauses {
		if d := &s.Clauses[ci]; d.OpenerAt < c.OpenerAt-1 && d != c && d.Opener == "that" && d.OpenerAt > s.First && toks[d.OpenerAt-1].Tag == Verb {
			return true
		}
	}
	return false
}

// pastClauseAt reports whether the clause opened at token k is in the
// past tense ("when the mill closed").
func (f *finder) pastClauseAt(s *Sentence, k int) bool {
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.OpenerAt == k && c.Kind != Participle { // not "when families [affected] by …", a participle that describes the subject
			return f.a.Tokens[c.First].Is(Past)
		}
	}
	return false
}

// opensClause reports whether a clause is opened at token k ("a commons
// where [boatbuilders swap]"), not an elliptical "where useful".
func opensClause(s *Sentence, k int) bool {
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.OpenerAt == k || c.OpenerAt == k+1 {
			return true
		}
	}
	return false
}

// gerundPredicate returns the adjective that tells what clause ci's verb
// makes of the gerund right after it ("makes [deploying a container] as
// boring as copying a file", "make [filing a claim] easy"), or -1.
func gerundPredicate(s *Sentence, toks []Token, ci int) int {
	if ci+1 >= len(s.Clauses) {
		return -1
	}
	c, g := &s.Clauses[ci], &s.Clauses[ci+1]
	if g.Kind != Gerund || g.Verb != c.Verb+1 || toks[c.Verb].gap != 0 || toks[g.Verb].closed&clCausative != 0 {
		return -1
	}
	return g.Predicate
}

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "20") || strings.HasPrefix(w, "21")) && isNumeral(w)
}

// beforeYear reports whether a preposition puts a time before a year ("by
// 2030", "in 2035", "from 2028").
func beforeYear(w string) bool {
	switch w {
	case "by", "until", "in", "before", "after", "from":
		return true
	}
	return false
}

// differentiation finds a contrast with the alternatives: the
// differentiation words, and "than" after a comparative ("faster than").
func (f *finder) differentiation() {
	toks := f.a.Tokens
	for i := 0; i < len(toks); i++ {
		n := f.matchNorm(differentiationList, i)
		if n == 0 {
			continue
		}
		if toks[i].Norm == "than" && n == 1 && !f.comparative(i) {
			continue
		}
		f.add(Differentiation, i, i+n, false)
		i += n - 1
	}
}

// startsSentence reports whether token i opens a sentence.
func (f *finder) startsSentence(i int) bool {
	for _, s := range f.a.Sentences {
		if s.First == i {
			return true
		}
	}
	return false
}

// comparative reports whether "than" at i follows a comparative that
// compares ("faster than"), not a count ("more than ten").
func (f *finder) comparative(i int) bool {
	if i == 0 {
		return false
	}
	prev := f.norms[i-1]
	if (prev == "more" || prev == "less" || prev == "fewer") && i+1 < len(f.norms) && (isNumeral(f.norms[i+1]) || is(f.norms[i+1], clNumber) || f.norms[i+1] == "a") {
		return false
	}
	return strings.HasSuffix(prev, "er") || prev == "more" || prev == "less" || prev == "fewer"
}

// purpose finds the reason why: the purpose words ("so that", "in order
// to", "because") and clauses of result. A statement that states a value
// but no reason is unsure: the value often is the reason.
func (f *finder) purpose() {
	for i := 0; i < len(f.norms); i++ {
		if n := f.matchNorm(purposeList, i); n > 0 {
			if f.a.Tokens[i].Norm == "to" && f.startsSentence(i) {
				i += n - 1
				continue // "To enable …" opens the statement; it gives no reason
			}
			f.add(Purpose, i, i+n, false)
			i += n - 1
		}
	}
	if f.outcome {
		f.unsure(Purpose) // the outcome may be the reason: "so no apprentice signs alone"
	}
}

// adverbialOpener reports whether a clause's opener makes it say why, with
// what result or as what comparison ("so that", "because", "as"): a clause
// that hangs on another, unlike "where", which describes a picture.
func adverbialOpener(opener string) bool {
	switch opener {
	case "so", "so that", "as", "because", "since", "while", "although", "though",
		"before", "after", "until", "once", "when", "whenever", "if", "unless": // "… written up before the officer leaves": when, not the sentence's own verb
		return true
	}
	return false
}

// sinceYear reports whether a sentence dates what it names from a year
// ("Community radio for the Fens since 1998"): a tagline about the past
// and the present, not a picture of what will be.
func (f *finder) sinceYear(s *Sentence) bool {
	toks := f.a.Tokens
	for k := s.First; k+1 < s.End; k++ {
		if toks[k].Norm == "since" && toks[k+1].Tag == Number && len(toks[k+1].Norm) == 4 {
			return true
		}
	}
	return false
}

// pictureAfterKind reports whether phrase pi, the one object of clause c,
// a copula, is the picture a statement's kind is said to be ("Our vision
// is a more inclusive society", "… a fairer world"): people at large, not
// the organisation itself ("a thriving business") nor a rank it would hold
// ("the leading provider").
func (f *finder) pictureAfterKind(s *Sentence, c *Clause, pi int) bool {
	if c.Subject < 0 || f.a.Tokens[s.Phrases[c.Subject].Head].closed&clStatementWord == 0 {
		return false
	}
	p := &s.Phrases[pi]
	if p.Referent == Self || !f.generic(p) || f.has(organisationNounList, p.Head) {
		return false
	}
	for k := p.First; k < p.End; k++ {
		if f.match(rankingList, k) > 0 {
			return false
		}
	}
	return true
}
