package language

import (
	"slices"
	"strings"

	"github.com/vmlint/vmlint/lint/language/wordnet"
)

// ClauseKind says how a clause's verb stands.
type ClauseKind uint8

// The kinds of clause.
const (
	// Finite is a verb with a tense or a modal ("we lend", "every keeper has", "will reach").
	Finite ClauseKind = iota + 1
	// Infinitive is "to" and a verb ("to lend boats").
	Infinitive
	// Gerund is an "-ing" form that acts ("Helping farmers …", "by lending").
	Gerund
	// Imperative is a bare verb that opens a sentence ("Lend boats to …").
	Imperative
	// Bare is a bare verb after its subject's causer ("help farmers sell").
	Bare
	// Participle is a past participle after a noun ("services designed for …").
	Participle
)

// Clause is a verb with the roles around it.
type Clause struct {
	// First is the verb group's first token (a modal, an auxiliary, "to");
	// Verb its main verb; End the token after the group.
	First, Verb, End int
	// Kind says how the verb stands.
	Kind ClauseKind
	// Future is set by a modal of the future ("will", "shall").
	Future bool
	// Modal is set by any modal ("can", "will").
	Modal bool
	// Negated is set by "not" or "never" in the group.
	Negated bool
	// Subject indexes the phrase that does the verb, or is -1.
	Subject int
	// Agent is who does the verb: the subject's referent, or Self for a
	// statement's own infinitive, gerund or imperative ("To lend …").
	Agent Referent
	// Objects index the phrases the verb takes directly (one, or two for
	// "give farmers tools").
	Objects []int
	// Complement indexes a clause the verb governs ("help farmers [sell]",
	// "enable hobbyists [to build]"), or is -1.
	Complement int
	// Predicate indexes an adjective after the object ("make work [lighter]"), or is -1.
	Predicate int
	// Opener is the word or phrase that opens the clause in lower case
	// ("so that", "where", "by", "who"), or "".
	Opener string
	// OpenerAt indexes the opener's first token, or is -1.
	OpenerAt int
	// Governor indexes the clause this one depends on, or is -1.
	Governor int
	// Joined indexes the clause this one is joined to by "and", "or" or a
	// comma, sharing its subject ("inspire, educate and outfit"), or is -1.
	Joined int
}

// verbGroups finds the clauses' verbs in toks[first:end], outside the
// noun phrases (where participles only describe).
func verbGroups(toks []Token, first, end int, inPhrase []bool) []Clause {
	var out []Clause
	for i := first; i < end; i++ {
		if inPhrase[i-first] {
			continue
		}
		t := &toks[i]
		start := i
		isTo := t.Tag == Particle && t.Norm == "to"
		if !(t.Tag == Verb || t.Tag == Modal || isTo) {
			continue
		}
		if isTo && i+1 < end && toks[i+1].Tag == Modal {
			continue // "every member who wants to can qualify": an infinitive left to be understood, then the next verb group
		}
		c := Clause{First: start, Verb: -1, Subject: -1, Complement: -1, Predicate: -1, OpenerAt: -1, Governor: -1, Joined: -1}
		j := i
		for ; j < end && !inPhrase[j-first]; j++ {
			u := &toks[j]
			switch {
			case u.Tag == Modal:
				c.Modal = true
				if u.closed&clFutureModal != 0 {
					c.Future = true
				}
				if strings.HasSuffix(u.Norm, "n't") || u.Norm == "cannot" {
					c.Negated = true // "won't", "can't", "shouldn't"
				}
				if k := verbAfterModalAside(toks, j, end); k > 0 {
					j = k - 1 // "will, by thirty, be …": the aside between commas stands inside the group
				}
			case u.Tag == Particle && u.Norm == "to" && j == start:
			case u.Tag == Particle || u.Tag == Adverb && u.closed&clNegation != 0:
				c.Negated = true
			case u.Tag == Adverb:
			case u.Tag == Verb:
				if strings.HasSuffix(u.Norm, "n't") {
					c.Negated = true // "doesn't", "hasn't"
				}
				c.Verb = j
				// An auxiliary goes on to its verb; a main verb ends the group.
				if !(u.closed&(clBe|clHave|clDo) != 0 && j+1 < end && nextVerb(toks, j+1, end)) {
					j++
					goto done
				}
			default:
				goto done
			}
		}
	done:
		if c.Verb < 0 {
			i = j
			continue
		}
		c.End = j
		v := &toks[c.Verb]
		switch {
		case isTo:
			c.Kind = Infinitive
		case c.Modal:
			c.Kind = Finite
		case toks[start].Tag == Verb && toks[start].Is(Ing) && start == c.Verb:
			c.Kind = Gerund
		case v.Is(Past) && start == c.Verb && nounBefore(toks, first, i) && v.closed&(clBe|clHave|clDo) == 0:
			c.Kind = Participle // decided against Finite once subjects are known
		case v.Is(Past) && start == c.Verb && v.closed&(clBe|clHave|clDo) == 0 && joinedToParticiple(toks, out, start):
			c.Kind = Participle // "trained by us [and paid] fairly": joined to a participle, a past form is one too
		case start == c.Verb && start > first && c.Verb+1 < len(toks) && toks[c.Verb+1].Norm == "by" && v.Form&(ThirdPerson|Ing) == 0 && v.closed&(clBe|clHave|clDo) == 0 &&
			toks[start-1].gap&gapComma != 0 && toks[start-1].Tag == Noun && !toks[start-1].Is(Plural):
			// "…, a GP clinic and a lunch club, run by the pub's members": a
			// plain form agrees with no singular before it, so with "by"
			// after it it is the participle ("run", "put", "set")
			c.Kind = Participle
			v.Form |= Past
		case start == c.Verb && start > first && c.Verb+1 < len(toks) && toks[c.Verb+1].Norm == "by" && v.Form&(ThirdPerson|Ing) == 0 && v.closed&(clBe|clHave|clDo) == 0 &&
			toks[start-1].gap == 0 && toks[start-1].Tag == Noun && prepObjectEndsAt(toks, first, start-1):
			// "in hands-on Saturday sessions run by the Urban Apiary
			// Guild": a preposition's noun is no verb's subject, so a plain
			// form after it, with "by", is the participle
			c.Kind = Participle
			v.Form |= Past
		default:
			c.Kind = Finite
		}
		out = append(out, c)
		i = j - 1
	}
	return out
}

// joinedToParticiple reports whether "and" or "or" stands right before
// token start and the verb group before it, in the same clause, is a
// participle ("[trained] by us and paid fairly").
func joinedToParticiple(toks []Token, groups []Clause, start int) bool {
	if start == 0 || len(groups) == 0 || toks[start-1].Norm != "and" && toks[start-1].Norm != "or" {
		return false
	}
	last := &groups[len(groups)-1]
	if last.Kind != Participle {
		return false
	}
	for k := last.Verb; k < start-1; k++ {
		if toks[k].gap&gapClause != 0 || toks[k].Tag == Verb && k != last.Verb || toks[k].Tag == Subordinator {
			return false
		}
	}
	return true
}

// causativeBeforeContactRelative returns the clause before clause ci when
// ci is a relative clause with no "that" on that clause's object ("make
// [every PDF] [your organisation publishes] …"), and that clause's verb
// makes or keeps something so; or -1. Clause ci has a subject right after
// the object, no object of its own (the object it lacks is the noun
// before) and no opener.
func causativeBeforeContactRelative(s *Sentence, toks []Token, ci int) int {
	c := &s.Clauses[ci]
	if ci == 0 || c.Kind != Finite || c.Opener != "" || c.OpenerAt >= 0 || len(c.Objects) > 0 || c.Subject < 1 {
		return -1
	}
	d := &s.Clauses[ci-1]
	if toks[d.Verb].closed&clCausative == 0 || len(d.Objects) != 1 || d.Objects[0] != c.Subject-1 {
		return -1
	}
	o, subj := &s.Phrases[d.Objects[0]], &s.Phrases[c.Subject]
	if subj.First != o.End || subj.Prep != "" || toks[o.End-1].gap != 0 || subj.End != c.First {
		return -1
	}
	return ci - 1
}

// verbAfterModalAside returns the verb after an aside set off by commas
// right after the modal at j ("will, by thirty, be", "can, with help,
// read"), or 0: asideAfterModal, which tagged it a verb, passes the same
// aside.
func verbAfterModalAside(toks []Token, j, end int) int {
	if toks[j].gap&gapComma == 0 {
		return 0
	}
	for k := j + 2; k < end && k <= j+1+asideWords; k++ {
		if toks[k-1].gap&gapComma != 0 {
			if toks[k].Tag == Verb && asideAfterModal(toks, k) {
				return k
			}
			return 0
		}
	}
	return 0
}

// prepObjectEndsAt reports whether the noun at token k ends a noun phrase
// that a preposition governs ("in [hands-on Saturday sessions]"): the
// words back to the preposition are a phrase's, with no break.
func prepObjectEndsAt(toks []Token, first, k int) bool {
	for j := k - 1; j >= first && j >= k-maxPhraseWords; j-- {
		if toks[j].gap != 0 {
			return false
		}
		switch toks[j].Tag {
		case Noun, ProperNoun, Adjective, Determiner, Number:
		case Preposition:
			return true
		default:
			return false
		}
	}
	return false
}

// nounBefore reports whether a noun or a name stands right before token
// i, or before the one adverb of manner or time there ("refugees [newly]
// settled in Leeds", "good food, [fairly] priced, …"): what a past
// participle at i may describe.
func nounBefore(toks []Token, first, i int) bool {
	if i > first+1 && toks[i-1].Tag == Adverb && toks[i-1].closed&grammarClasses == 0 && toks[i-1].gap == 0 && toks[i-2].gap&^gapComma == 0 {
		i--
	}
	return i > first && (toks[i-1].Tag == Noun || toks[i-1].Tag == ProperNoun || indefinitePerson(toks, i-1) && noObjectAfter(toks, i))
}

// noObjectAfter reports whether the verb at i has nothing after it that
// could be its object: the text ends, or a break, a preposition, an
// adverb or a word that opens a clause follows ("no one lost [at] sea",
// "still trading [because] …"; not "no one lost their home").
func noObjectAfter(toks []Token, i int) bool {
	return i+1 == len(toks) || toks[i].gap != 0 || toks[i+1].Tag == Preposition || toks[i+1].Tag == Adverb || toks[i+1].Tag == Subordinator
}

// indefinitePerson reports whether token k is a pronoun for anyone or no
// one ("nobody", "everyone", the "one" of "no one"), which a past
// participle with no object may describe as it does a noun ("no one lost
// at sea", "nobody left behind").
func indefinitePerson(toks []Token, k int) bool {
	t := &toks[k]
	if t.Tag != Pronoun || t.Norm == "you" || t.Norm == "all" {
		return false
	}
	return t.closed&clEveryone != 0 || t.Norm == "one" && k > 0 && toks[k-1].Norm == "no" && toks[k-1].gap == 0
}

// afterPrepPhrases returns the token after the prepositional phrases that
// start at k ("in the valley", "on Skye", "from across Norway"), or k; all
// says whether to pass over "to" and "with" too, which may name who
// receives.
func afterPrepPhrases(s *Sentence, toks []Token, k int, all bool) int {
	for moved := true; moved; {
		moved = false
		at := k
		if k+1 < s.End && toks[k].Norm == "from" && toks[k].Tag == Preposition && toks[k].gap == 0 && toks[k+1].Tag == Preposition {
			at = k + 1 // "from across Norway", "from within the valley": "from" takes a whole prepositional phrase
		}
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; p.PrepAt == at && (all && p.Prep != "for" && p.Prep != "by" || p.Prep != "for" && p.Prep != "to" && p.Prep != "with" && p.Prep != "by") {
				k, moved = p.End, true
				if p.Possessor && pi+1 < len(s.Phrases) && s.Phrases[pi+1].First == k && s.Phrases[pi+1].Prep == "" {
					k = s.Phrases[pi+1].End // "on [the estate's] footpaths": what the possessor owns is the preposition's too
				}
				// "in Marlow and Wendle", "in Polish, Romanian and Tigrinya":
				// the phrases joined to it too.
				for qi := pi + 1; qi < len(s.Phrases) && (s.Phrases[qi].First == k || s.Phrases[qi].First == k+1) && s.Phrases[qi].Conjoined == pi; qi++ {
					k = s.Phrases[qi].End
				}
				break
			}
		}
	}
	return k
}

// peopleWithAt returns the phrase that "with" opens at token k right
// after a phrase naming people ("people [with MND]", "families [with
// young children]"), which describes them, or -1.
func peopleWithAt(s *Sentence, k int) int {
	for pi := 1; pi < len(s.Phrases); pi++ {
		if p := &s.Phrases[pi]; p.PrepAt == k && p.Prep == "with" && s.Phrases[pi-1].End == k && s.Phrases[pi-1].Referent.Animate() && s.Phrases[pi-1].Referent != Self {
			return pi
		}
	}
	return -1
}

// prepAsideBetween reports whether the phrases from token k to end, after a
// verb's objects, close with a comma and hold one that opens with a comma
// and a preposition: an aside set off by commas ("every rug hooker, from
// first loop to fiftieth rug, to feel …"), across which the verb's
// complement still follows.
func prepAsideBetween(toks []Token, k, end int) bool {
	if end <= k || toks[end-1].gap&gapComma == 0 {
		return false
	}
	for j := k; j < end; j++ {
		if j > 0 && toks[j-1].gap&gapComma != 0 && toks[j].Tag == Preposition {
			return true
		}
	}
	return false
}

// describingParticiple returns where a participle clause that starts at
// token k ends, with its object (if any) and the phrases after it, when a
// noun phrase follows it: "hauliers [using the terminal] a shorter wait",
// "new parents [struggling with anxiety] someone to talk to"; or k.
func describingParticiple(s *Sentence, toks []Token, k int, phraseStarting func(int) int) int {
	if k+1 >= s.End || toks[k].Tag != Verb || toks[k].Form&(Ing|Past) == 0 || toks[k-1].gap != 0 {
		return k
	}
	end := afterPrepPhrases(s, toks, k+1, true) // "parents [struggling with anxiety] someone to talk to"
	if o := phraseStarting(k + 1); o >= 0 && s.Phrases[o].Prep == "" {
		end = afterPrepPhrases(s, toks, s.Phrases[o].End, false)
	} else if end == k+1 {
		return k
	}
	if next := phraseStarting(end); next < 0 || s.Phrases[next].Prep != "" || toks[end-1].gap != 0 {
		return k
	}
	return end
}

// describingAge returns where an adjective with a number after it ends,
// with its range and its phrases, when a noun phrase follows: "give young
// carers [aged 16 to 25 in Cardiff] a fair start"; or k.
func describingAge(s *Sentence, toks []Token, k int, phraseStarting func(int) int) int {
	if k+2 >= s.End || toks[k].Tag != Adjective || toks[k+1].Tag != Number || toks[k].gap != 0 || toks[k-1].gap != 0 {
		return k
	}
	end := k + 2
	if end+1 < s.End && (toks[end].Norm == "to" || toks[end].Norm == "and") && toks[end+1].Tag == Number && toks[end-1].gap == 0 {
		end += 2 // "16 to 25"
	}
	end = afterPrepPhrases(s, toks, end, true)
	if next := phraseStarting(end); next < 0 || s.Phrases[next].Prep != "" || toks[end-1].gap != 0 {
		return k
	}
	return end
}

// describingRelative returns where a relative clause on the first of two
// objects ends, when a second object follows it ("give adults [who missed
// out at school] a second chance"), or k. The second object is a phrase
// with a determiner or a number after the relative verb's own object and
// phrases, with no comma before it.
func describingRelative(s *Sentence, toks []Token, k int, phraseStarting func(int) int) int {
	if k+2 >= s.End || toks[k].Tag != Subordinator || !relativeOpener(toks[k].Norm) || toks[k-1].gap != 0 {
		return k
	}
	pos, verb := k+1, false
	for ; pos < s.End && (toks[pos].Tag == Verb || toks[pos].Tag == Modal || toks[pos].Tag == Adverb || toks[pos].Tag == Particle && toks[pos].Norm != "to"); pos++ {
		verb = verb || toks[pos].Tag == Verb
		if toks[pos].gap != 0 {
			return k
		}
	}
	if !verb {
		return k
	}
	if o := phraseStarting(pos); o >= 0 && s.Phrases[o].Prep == "" {
		pos = s.Phrases[o].End // the relative verb's own object
	}
	for pos < s.End && toks[pos-1].gap == 0 && (toks[pos].Tag == Adverb || toks[pos].Tag == Adjective && phraseStarting(pos) < 0) {
		pos++ // "who left school early"
	}
	pos = afterPrepPhrases(s, toks, pos, false)
	if pos >= s.End || toks[pos-1].gap != 0 || toks[pos].Tag != Determiner && toks[pos].Tag != Number {
		return k
	}
	if next := phraseStarting(pos); next < 0 || s.Phrases[next].Prep != "" {
		return k
	}
	return pos
}

// pastDescribingParticiple returns the clause a verb with an object joins
// when clause j, before "and", is a past participle that describes an
// earlier clause's object ("We sell [fudge] made by hand and put a tenth
// …"): a participle there is passive and takes no object, so the verb goes
// on with the clause whose object it describes. Otherwise it returns j.
func pastDescribingParticiple(s *Sentence, j int) int {
	d := &s.Clauses[j]
	if d.Kind != Participle || d.Subject < 0 || d.OpenerAt >= 0 || len(d.Objects) > 0 {
		return j
	}
	subject := d.Subject
	if s.Phrases[subject].Conjoined >= 0 {
		subject = s.Phrases[subject].Conjoined
	}
	for i := j - 1; i >= 0; i-- {
		e := &s.Clauses[i]
		for _, o := range e.Objects {
			if o == subject || o == d.Subject {
				if e.Joined >= 0 {
					return e.Joined
				}
				return i
			}
		}
	}
	for i := j - 1; i >= 0; i-- {
		// "make cordials from flowers and hips picked by volunteers …,
		// and give half our profits to …": the described noun stands
		// after the verb, not as its object; the clause it stands in is
		// the one joined
		if e := &s.Clauses[i]; e.Kind != Participle && e.OpenerAt < 0 && e.Subject >= 0 && e.Verb < s.Phrases[subject].First {
			if e.Joined >= 0 {
				return e.Joined
			}
			return i
		}
	}
	return j
}

// governedByOpened reports whether clause c depends, through its
// governors, on a clause with an opener ("who never learned [to swim]"):
// it is part of that subordinate clause.
func governedByOpened(s *Sentence, c *Clause) bool {
	for n := 0; c.Governor >= 0 && n < len(s.Clauses); n++ {
		c = &s.Clauses[c.Governor]
		if c.Opener != "" {
			return true
		}
	}
	return false
}

// peopleJoinedAfter returns where people joined by "and" or "or" after a
// comma that ends relative clause d, with a relative clause of their own,
// end at a comma ("who is dying[, and the people who love them,] to
// have …"), or 0.
func peopleJoinedAfter(s *Sentence, toks []Token, d *Clause, phraseStarting func(int) int) int {
	k := relativeEnd(s, toks, d, phraseStarting)
	if k+1 >= s.End || toks[k-1].gap&gapComma == 0 || toks[k].Norm != "and" && toks[k].Norm != "or" {
		return 0
	}
	pi := phraseStarting(k + 1)
	if pi < 0 || s.Phrases[pi].Prep != "" || !isSomeone(s.Phrases[pi].Referent) {
		return 0
	}
	end := s.Phrases[pi].End
	if end < s.End && toks[end-1].gap == 0 && (toks[end].Norm == "who" || toks[end].Norm == "that") {
		for ei := range s.Clauses {
			if e := &s.Clauses[ei]; e.First == end+1 {
				end = relativeEnd(s, toks, e, phraseStarting)
				break
			}
		}
	}
	if end >= s.End || toks[end-1].gap != gapComma {
		return 0
	}
	return end
}

// relativeEnd returns where relative clause d ends while the roles of the
// clauses after the one it describes are still to be read: past its verb,
// the adverbs and adjectives straight after it, its object and the
// phrases after that ("who is ill", "who sit up with them", "who run the
// farm").
func relativeEnd(s *Sentence, toks []Token, d *Clause, phraseStarting func(int) int) int {
	end := d.End
	for end < s.End && toks[end-1].gap == 0 && (toks[end].Tag == Adverb || toks[end].Tag == Adjective) {
		end++
	}
	if oi := phraseStarting(end); oi >= 0 && s.Phrases[oi].Prep == "" && toks[end-1].gap == 0 {
		end = s.Phrases[oi].End
	}
	return afterPrepPhrases(s, toks, end, true)
}

// complementAt makes the infinitive clause that starts at token end,
// after clause cj (which describes clause ci's object) and with no comma
// before it, clause ci's complement.
func complementAt(s *Sentence, toks []Token, ci, cj, end int) {
	for ck := cj + 1; ck < len(s.Clauses); ck++ {
		if e := &s.Clauses[ck]; e.First == end && e.Kind == Infinitive && toks[end-1].gap&gapComma == 0 {
			s.Clauses[ci].Complement, e.Governor = ck, ci
		}
	}
}

// namedBeforeApposition reports whether clause c's verb follows a phrase
// set off by commas after a name that opens the sentence ("Brindle, [the
// county's legal aid clinic], represents …").
func namedBeforeApposition(s *Sentence, toks []Token, c *Clause) bool {
	name := &s.Phrases[0]
	if name.First != s.First || name.Prep != "" || toks[name.Head].Tag != ProperNoun || toks[name.End-1].gap&gapComma == 0 ||
		c.First <= name.End || toks[c.First-1].gap&gapComma == 0 {
		return false
	}
	for k := name.End; k < c.First-1; k++ {
		if toks[k].gap != 0 || toks[k].Tag == Verb || toks[k].Tag == Modal {
			return false
		}
	}
	return true
}

// nextVerb reports whether a verb follows at k, after adverbs and "not".
func nextVerb(toks []Token, k, end int) bool {
	for ; k < end; k++ {
		switch t := &toks[k]; {
		case t.Tag == Verb:
			return true
		case t.Tag == Adverb || t.Tag == Particle && t.Norm != "to":
		default:
			return false
		}
	}
	return false
}

// roles fills in each clause's subject, objects, complement and opener.
// statementStart says whether the sentence opens the statement, where a
// name in subject position is the organisation speaking.
func roles(s *Sentence, toks []Token, statementStart bool) {
	phraseAtToken := make([]int, s.End-s.First) // token → phrase index + 1
	for pi, p := range s.Phrases {
		for k := p.First; k < p.End; k++ {
			phraseAtToken[k-s.First] = pi + 1
		}
	}
	phraseStarting := func(k int) int {
		if k >= s.First && k < s.End {
			if pi := phraseAtToken[k-s.First] - 1; pi >= 0 && s.Phrases[pi].First == k {
				return pi
			}
		}
		return -1
	}
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		// The opener: the subordinator or preposition before the clause's
		// subject (or verb).
		c.Joined = joinedTo(s, toks, ci, phraseStarting)
		if c.Joined >= 0 {
			if o := phraseStarting(c.End); o >= 0 && s.Phrases[o].Prep == "" && !toks[c.Verb].Is(Ing) && toks[s.Clauses[c.Joined].Verb].Is(Past) {
				c.Joined = pastDescribingParticiple(s, c.Joined) // "sell fudge made by hand in Keswick and put a tenth of every sale into …"
			}
			d := &s.Clauses[c.Joined]
			if (d.Kind == Infinitive || d.Kind == Imperative || d.Kind == Bare) && toks[c.Verb].Form&(ThirdPerson|Past|Ing) == 0 || d.Kind == Gerund && toks[c.Verb].Is(Ing) {
				c.Kind = d.Kind // "to own and develop", "inspire, educate and outfit"
			}
			c.Subject = d.Subject
		} else {
			c.Subject = subjectOf(s, toks, c, ci)
			if c.Subject > 0 && namedBeforeApposition(s, toks, c) {
				c.Subject = 0 // "Brindle, the county's legal aid clinic, represents …": the name does the verb
			}
		}
		left := c.First
		if c.Subject >= 0 {
			left = s.Phrases[c.Subject].First
			if quantityOf(s, toks, c.Subject) {
				left = s.Phrases[c.Subject].PrepAt - 1 // "so [more] of their time goes …"
			}
			if c.Subject > 0 && s.Phrases[c.Subject-1].Possessor && s.Phrases[c.Subject-1].End == left {
				left = s.Phrases[c.Subject-1].First // "so that [patients'] families can …"
			}
			if q := c.Subject - 1; q >= 0 && s.Phrases[q].Prep == "" && s.Phrases[q].Referent == Name && s.Phrases[q].End == left && toks[left-1].gap == 0 && toks[s.Phrases[q].Head].Tag == ProperNoun {
				left = s.Phrases[q].First // "so [Bristol] primary schools serve …": a place's name before the subject's adjective
			}
		}
		c.Opener, c.OpenerAt = openerBefore(toks, s.First, left)
		rel := c.First - 1 // "packaging that [never] ends up as litter": past the adverbs before the verb
		for rel > s.First && toks[rel].Tag == Adverb && toks[rel].gap == 0 && toks[rel-1].gap == 0 {
			rel--
		}
		if c.Subject >= 0 && rel >= s.First && toks[rel].Tag == Subordinator && is(toks[rel].Norm, clRelative) &&
			(s.Phrases[c.Subject].End == rel || afterPrepPhrases(s, toks, s.Phrases[c.Subject].End, false) == rel ||
				s.Phrases[c.Subject].End == rel-1 && toks[rel-1].Is(Ing) && toks[rel-1].gap == 0) { // "girls in Wrexham who grow up …", "mule trekking that keeps …"
			c.Opener, c.OpenerAt = toks[rel].Norm, rel // "tools that empower developers"
		} else if rel > s.First && rel == c.First-1 && toks[rel].Tag == Subordinator && (toks[rel].Norm == "who" || toks[rel].Norm == "what") &&
			toks[rel-1].Tag == Verb && toks[rel-1].gap == 0 && toks[rel].gap == 0 {
			// "holidaymakers rarely know [who would come for them]": a
			// question asked or known, with "who" its own subject
			c.Opener, c.OpenerAt, c.Subject = toks[rel].Norm, rel, -1
		}
		// Objects: bare phrases right after the verb group.
		k := c.End
		for k < s.End && toks[k].Tag == Adverb && phraseStarting(k) < 0 { // "get [newly arrived refugees] into work"
			k++
		}
		for len(c.Objects) < 2 {
			if k+2 < s.End && isCount(&toks[k]) && toks[k+1].Norm == "of" && phraseStarting(k+2) >= 0 {
				k += 2 // "feed thousands of families": the people counted are the object
			}
			pi := phraseStarting(k)
			if pi < 0 || s.Phrases[pi].Prep != "" || k > s.First && toks[k-1].gap&gapClause != 0 {
				break // no object across a semicolon or a colon
			}
			if len(c.Objects) == 0 && toks[k-1].gap&gapComma != 0 && c.End == k && (c.Opener != "" || governedByOpened(s, c) && s.Phrases[pi].End < s.End && toks[s.Phrases[pi].End].Tag == Verb) {
				// "When a storm hits, our customers …", "For adults who never
				// learned to swim, Dunmore Swimming Club runs …": the comma
				// ends the clause before the main one, whose subject and
				// verb follow
				break
			}
			if len(c.Objects) == 0 && toks[k-1].gap&gapComma != 0 && c.End == k && c.Kind == Finite && c.Subject >= 0 && c.Joined < 0 && s.Phrases[pi].End < s.End &&
				toks[s.Phrases[pi].End].Tag == Verb && toks[s.Phrases[pi].End].Form&ThirdPerson != 0 {
				// "By signing every show we stage, Handshape Theatre lets …":
				// a verb with its own subject, then a comma, a phrase and an
				// "-s" verb; the phrase is that verb's subject, not this
				// one's object
				break
			}
			if onlySubject(toks[k].Norm) {
				break // "For new mushers to race safely, we provide …": "we" is never an object
			}
			if len(c.Objects) == 0 && c.Kind == Participle && toks[k-1].gap&gapComma != 0 && c.End == k {
				break // "Nature restored, landscapes reimagined, …": each noun and its participle, a picture of its own
			}
			if len(c.Objects) == 1 && (toks[k-1].gap&gapComma != 0 || isSubjectPronoun(toks[k].Norm)) {
				break // "by teaching workshops, we help …": a second object follows the first directly, and is no subject
			}
			if len(c.Objects) == 1 && (toks[k].Norm == "a" || toks[k].Norm == "an" || toks[k].Norm == "per") && timeNoun(&toks[s.Phrases[pi].Head]) && timeNoun(&toks[s.Phrases[c.Objects[0]].Head]) {
				break // "two afternoons a month": a time, then how often, not a second object; but "give vets back an hour"
			}
			if s.Phrases[pi].Possessor && pi+1 < len(s.Phrases) && s.Phrases[pi+1].First == s.Phrases[pi].End {
				pi++ // "the community's hub": the hub is the object, the community its owner
			}
			c.Objects = append(c.Objects, pi)
			k = s.Phrases[pi].End
			// Joined objects stay one object ("boats and oars", "porters,
			// cleaners and nurses").
			for k < s.End {
				if toks[k].Tag == Conjunction {
					next := phraseStarting(k + 1)
					if next < 0 || toks[s.Phrases[next].Head].closed&clSubjectPronoun != 0 {
						break // not "… leaving care, and [we] stand behind …": a subject pronoun opens a clause, no object
					}
					k = s.Phrases[next].End
					continue
				}
				if end := commaListEnd(s, toks, k, phraseStarting); end > k {
					k = end
					continue
				}
				break
			}
			if len(c.Objects) == 1 && !ditransitive(&toks[c.Verb]) {
				break
			}
			if len(c.Objects) == 1 {
				// "give each pharmacy in the valley a rider": the first
				// object's own phrases first; "with" too where it describes
				// people ("give carers of people [with MND] in Wessex
				// advice")
				k = afterPrepPhrases(s, toks, k, false)
				for w := peopleWithAt(s, k); w >= 0; w = peopleWithAt(s, k) {
					k = afterPrepPhrases(s, toks, s.Phrases[w].End, false)
				}
				if k < s.End && toks[k].Tag == Adverb && toks[k].closed&clVerbParticle != 0 {
					k++ // "give nurses back an hour"
				}
				// "give hauliers [using the terminal] a shorter wait": a
				// participle that describes the first object, with its own
				// object, before the second.
				if end := describingParticiple(s, toks, k, phraseStarting); end > k {
					k = end
				} else if end := describingRelative(s, toks, k, phraseStarting); end > k && isSomeone(s.Phrases[c.Objects[0]].Referent) {
					k = end
				} else if end := describingAge(s, toks, k, phraseStarting); end > k && isSomeone(s.Phrases[c.Objects[0]].Referent) {
					k = end
				}
			}
		}
		objectsEnd := k
		k = afterPrepPhrases(s, toks, k, true) // "teach every child in Fife [to swim]", "make the crossing to Rum [easy]"
		if k+1 < s.End && len(c.Objects) > 0 && isSomeone(s.Phrases[c.Objects[len(c.Objects)-1]].Referent) && (toks[k].Norm == "over" || toks[k].Norm == "under") &&
			toks[k+1].Tag == Number && toks[k-1].gap == 0 && toks[k].gap == 0 {
			k = afterPrepPhrases(s, toks, k+2, true) // "let players [over sixty] keep …": an age's bound on the people, which no phrase holds
		}
		// "want every rug hooker, from first loop to fiftieth rug, to feel …"
		aside := prepAsideBetween(toks, objectsEnd, k)
		if k+2 < s.End && k > 0 && len(c.Objects) > 0 && toks[k-1].gap&gapComma != 0 && toks[k].Tag == Adverb && toks[k+1].Tag == Adjective && toks[k+1].gap&gapComma != 0 {
			k, aside = k+2, true // "see every parish, however small, paying …": an aside between commas
		}
		for k < s.End && toks[k].Tag == Adverb {
			k++
		}
		if k+2 < s.End && toks[k].Norm == "as" && toks[k+1].Tag == Adjective && toks[k+2].Norm == "as" {
			k++ // "make work as light as …": a comparison of equals
		}
		if v := causativeBeforeRelative(toks, k); k < s.End && relativeOpener(c.Opener) && toks[k].Tag == Adjective && v >= 0 && v < c.First {
			// "make the letters … that Bristol families bring us fit to
			// handle": past the relative clause, the causative's object's
			// new state
			for cj := range s.Clauses[:ci] {
				if d := &s.Clauses[cj]; d.Verb == v && d.Predicate < 0 {
					d.Predicate = k
				}
			}
		} else if d := causativeBeforeContactRelative(s, toks, ci); k < s.End && toks[k].Tag == Adjective && d >= 0 && s.Clauses[d].Predicate < 0 {
			s.Clauses[d].Predicate = k // "make every PDF [your organisation publishes] readable": a relative clause with no "that", past which comes the new state
		} else if k < s.End && len(c.Objects) > 0 && toks[k].Tag == Adjective && phraseStarting(k) < 0 &&
			!(relativeOpener(c.Opener) && toks[c.Verb].closed&clCausative == 0 && toks[k].cands != nil && toks[k].cands.adv > 0) { // not "adults who left school early"
			c.Predicate = k // "make work lighter"
		} else if k < s.End && len(c.Objects) > 0 && (toks[k].Tag == Adjective && toks[c.Verb].closed&clCausative != 0 || toks[k].Tag == Verb && toks[k].Is(Past) && toks[k-1].gap == 0 && toks[c.Verb].closed&clParticipleComplement != 0) {
			c.Predicate = k // "get rural surgeries paid", "keep the lanes gritted": the object's new state
		}
		if c.Predicate < 0 && len(c.Objects) == 0 && k < s.End && toks[k].Tag == Adjective && (toks[c.Verb].closed&clLinking != 0 || toks[c.Verb].Is(Past) && toks[c.Verb].closed&clCausative != 0) {
			c.Predicate = k // "is free", "stay open", "are made free"
		}
		// A relative clause on the last object, someone, stands between it
		// and the complement: "teach people [who are changing careers] to
		// become developers"; not "building shops [that take ten minutes]
		// to set up", where the infinitive is the relative verb's.
		if len(c.Objects) > 0 && k < s.End && (toks[k].Norm == "who" || toks[k].Norm == "that") && isSomeone(s.Phrases[c.Objects[len(c.Objects)-1]].Referent) {
			for cj := ci + 1; cj < len(s.Clauses); cj++ {
				if d := &s.Clauses[cj]; d.First == k+1 {
					pi := phraseStarting(d.End)
					if end := peopleJoinedAfter(s, toks, d, phraseStarting); end > 0 {
						// "want every person … who is dying, and the people
						// who love them, to have …": more people joined to
						// the object, set off by commas, before its complement
						for ck := cj + 1; ck < len(s.Clauses); ck++ {
							if e := &s.Clauses[ck]; e.First == end && e.Kind == Infinitive {
								c.Complement, e.Governor = ck, ci
							}
						}
						break
					}
					if pi < 0 || s.Phrases[pi].Prep != "" {
						break // "people who want to work": the infinitive is the relative verb's
					}
					complementAt(s, toks, ci, cj, afterPrepPhrases(s, toks, s.Phrases[pi].End, true))
					break
				}
			}
		}
		// So does a participle on someone: "brings people [living with
		// dementia and their carers] together to sing".
		if len(c.Objects) > 0 && k < s.End && c.Complement < 0 && toks[k].Tag == Verb && toks[k].Is(Ing) && isSomeone(s.Phrases[c.Objects[len(c.Objects)-1]].Referent) {
			for cj := ci + 1; cj < len(s.Clauses); cj++ {
				if d := &s.Clauses[cj]; d.First == k && d.Kind == Gerund && d.OpenerAt < 0 {
					end := d.End
					if pi := phraseStarting(end); pi >= 0 && s.Phrases[pi].Prep == "" {
						end = s.Phrases[pi].End // the participle's object
					}
					end = afterPrepPhrases(s, toks, end, true)
					for end < s.End && toks[end].Tag == Adverb {
						end++
					}
					complementAt(s, toks, ci, cj, end)
					break
				}
			}
		}
		// A complement: a clause that starts where the objects end.
		for cj := ci + 1; cj < len(s.Clauses) && c.Complement < 0; cj++ {
			d := &s.Clauses[cj]
			if d.First < k {
				continue
			}
			if (d.First == k || d.First == k+1 && toks[k].Tag == Adverb) && (toks[d.First-1].gap&(gapComma|gapClause) == 0 || aside && d.First == k && toks[d.First-1].gap&gapClause == 0) { // a comma, a colon or a semicolon ends the verb's objects
				// Not "men [leaving prison] start work": a participle on
				// people, whose verb is still to come, takes no complement.
				causative := len(c.Objects) > 0 && toks[c.Verb].closed&clCausative != 0 && participleOnPeople(toks, c.Verb, d.Verb) < 0
				if d.Kind == Infinitive || d.Kind == Finite && !toks[d.Verb].Is(ThirdPerson) && !toks[d.Verb].Is(Past) && !d.Modal && causative ||
					d.Kind == Gerund && causative && d.OpenerAt < 0 ||
					d.Kind == Participle && causative && d.OpenerAt < 0 && (toks[c.Verb].Lemma == "get" || toks[c.Verb].Lemma == "have") {
					c.Complement = cj // "help farmers sell", "enable them to build", "keep operators sailing", "get plumbers paid"
					if d.Kind == Finite {
						d.Kind = Bare
					}
					d.Governor = ci
				}
			}
			break
		}
	}
	// Agents, in order: a complement's agent depends on its governor.
	for ci := range s.Clauses {
		s.Clauses[ci].Agent = agentOf(s, toks, ci, statementStart)
	}
	for ci := range s.Clauses {
		madeByOrganisation(s, toks, &s.Clauses[ci])
	}
}

// madeByOrganisation makes a thing of a doer's noun the organisation makes
// or builds, one and counted by "a" ("Cinderwick makes a terminal
// emulator", "builds an RSS and Atom reader"): people are not built, and
// tools are named for the work they do, though WordNet knows an emulator
// and a reader only as people. A picture of one is of a person.
func madeByOrganisation(s *Sentence, toks []Token, c *Clause) {
	if c.Agent != Self || len(c.Objects) != 1 || !makes(&toks[c.Verb]) || toks[c.Verb].closed&clPicturing != 0 { // not "We picture a Year 11 leaver who …"
		return
	}
	o := c.Objects[0]
	if det := s.Phrases[o].Det; det != "a" && det != "an" {
		return
	}
	for pi := o; pi < len(s.Phrases) && (pi == o || s.Phrases[pi].Conjoined == o); pi++ {
		p := &s.Phrases[pi]
		h := &toks[p.Head]
		if p.Referent == Person && h.Tag == Noun && !h.Is(Plural) && (strings.HasSuffix(h.Lemma, "er") || strings.HasSuffix(h.Lemma, "or")) {
			p.Referent, p.MaybeAnimate, p.MaybeThing = Thing, false, true
		}
	}
}

// itemOpeningBefore returns the infinitive that opens the item before
// clause ci in a list whose items a colon and semicolons set off ("…:
// [to protect] the Pennine Way; to help …"), or -1.
func itemOpeningBefore(s *Sentence, toks []Token, ci int) int {
	for ej := ci - 1; ej >= 0; ej-- {
		if e := &s.Clauses[ej]; e.First > s.First && toks[e.First-1].gap&gapClause != 0 {
			if e.Kind == Infinitive && e.OpenerAt < 0 {
				return ej
			}
			return -1
		}
	}
	return -1
}

// joinedTo returns the clause that clause ci is joined to, sharing its
// subject: the clause before it, when only "and", "or", a comma and
// adverbs stand between its verb (or objects) and this one's.
func joinedTo(s *Sentence, toks []Token, ci int, phraseStarting func(int) int) int {
	if ci == 0 {
		return -1
	}
	d := &s.Clauses[ci-1]
	c := &s.Clauses[ci]
	if ci >= 2 && d.OpenerAt > 0 && toks[d.OpenerAt-1].Norm == "and" && toks[d.OpenerAt-1].gap&gapComma != 0 && c.First == c.Verb && c.First > 0 && toks[c.First-1].gap&gapComma != 0 &&
		toks[c.Verb].Form&(Past|Ing|ThirdPerson) == toks[s.Clauses[ci-2].Verb].Form&(Past|Ing|ThirdPerson) {
		// "are visited, phoned and, when it all gets too much, given a
		// weekend's break": the clause set off by commas after "and"
		// stands between the items of a list, and the next item, with no
		// subject of its own, joins the item before it
		return ci - 2
	}
	end := d.End
	for _, o := range d.Objects {
		end = max(end, s.Phrases[o].End)
	}
	if d.Predicate >= end {
		end = d.Predicate + 1 // "to keep people safe, prevent crime and …": past the object's new state
	}
	for moved := true; moved; { // "arrange funerals for families in Belfast, and explain …"
		moved = false
		if end < c.First && toks[end].Tag == Adverb && toks[end-1].gap == 0 {
			end, moved = end+1, true // "sit down with neighbours and mend …"
		}
		if end < c.First && toks[end].Tag == Number && toks[end-1].gap == 0 && phraseStarting(end) < 0 {
			end, moved = end+1, true // "pay [£5] a month and share …": a sum no phrase holds
		}
		for pi := range s.Phrases {
			p := &s.Phrases[pi]
			if p.End > c.First {
				continue
			}
			// A time's phrase says when, as an adverb does: "keeps 40
			// volunteers on call day and night and teaches …".
			// So does a manner's: "grow rhubarb [the traditional way], in
			// candlelit sheds, and sell it …".
			when := p.Prep == "" && p.First == end && toks[p.Head].Tag == Noun && (toks[p.Head].entry.First(wordnet.Noun) == wordnet.NounTime || toks[p.Head].closed&clMannerNoun != 0)
			// A phrase joined by "and" to the one that ends the chain goes
			// on with it ("on call day and night").
			goesOn := p.First == end+1 && toks[end].Tag == Conjunction && p.Conjoined >= 0 && (s.Phrases[p.Conjoined].End == end || endsListOf(s, p.Conjoined, end)) ||
				p.First == end && toks[end-1].gap&gapComma != 0 && p.Conjoined >= 0 && (p.Prep == "" || p.PrepAt == s.Phrases[p.Conjoined].PrepAt) // "handle localisation[, ports] and marketing, and give …", "on schools[, farms] and village halls and share …"
			// What a possessor owns goes on with it: "from [our arboretum's]
			// [own seed] and give …".
			owned := p.First == end && pi > 0 && s.Phrases[pi-1].Possessor && s.Phrases[pi-1].End == end
			if p.PrepAt == end || when || goesOn || owned {
				end, moved = p.End, true
			}
		}
	}
	if end <= c.First && toks[end-1].gap&gapSemicolon != 0 && toks[c.First].Tag == Particle && toks[c.First].Norm == "to" {
		if e := itemOpeningBefore(s, toks, ci); e >= 0 {
			return e // "to protect the Way; to help walkers enjoy it; and to train the wardens": the items of a list set off by semicolons join one another, not a clause inside the item before
		}
	}
	if end <= c.First && c.First > 0 && (toks[c.First-1].Norm == "and" || toks[c.First-1].Norm == "or") && toks[c.First].Tag == Particle && toks[c.First].Norm == "to" && !(toks[d.First].Tag == Particle && toks[d.First].Norm == "to") {
		// "to help schools turn a corner …, and to give pupils an app":
		// an infinitive with its own "to" goes with no bare verb, but
		// with the "to" infinitive before it
		for j := ci - 2; j >= 0; j-- {
			if e := &s.Clauses[j]; e.Kind == Infinitive && toks[e.First].Tag == Particle && toks[e.First].Norm == "to" && e.Verb < d.Verb {
				if e.Joined >= 0 {
					return e.Joined
				}
				return j
			}
		}
	}
	if end > c.First || c.Modal || toks[c.First].Tag == Particle && d.Kind != Infinitive {
		return -1
	}
	joined := toks[end-1].gap&(gapComma|gapAnd) != 0
	conjunction := toks[end-1].gap&gapAnd != 0
	for k := end; k < c.First; k++ {
		switch toks[k].Tag {
		case Conjunction:
			joined, conjunction = true, true
		case Particle:
			if toks[k].Norm != "not" {
				return -1
			}
			// "cooking, not just eating": a contrast joins as "and" does
		case Adverb:
		case Preposition:
			if k+1 >= c.First || toks[k+1].Tag != Conjunction {
				return -1
			}
			// "search for and rescue anyone": a preposition left before
			// the conjunction takes the object both verbs share
		default:
			return -1
		}
	}
	if !joined {
		return -1
	}
	if !conjunction && c.Kind == Gerund && d.Kind != Gerund {
		return -1 // "… accept cash, using codes …": no list, a participle of the sentence's own
	}
	if !conjunction && d.Kind == Gerund && c.Kind == Finite && (toks[c.First].closed&(clBe|clHave|clDo|clModal) != 0 || toks[c.Verb].Is(ThirdPerson) && firstOf(s, d).OpenerAt >= 0) {
		return -1 // "every decision, from pricing a policy to paying a claim, is made …": the aside ends, the main verb goes on
	}
	if !conjunction && ci == 1 && d.Kind == Infinitive && c.Kind == Finite && len(s.Phrases) > 0 && s.Phrases[0].First == s.First && s.Phrases[0].Prep == "" &&
		toks[s.Phrases[0].Head].Is(Plural) && toks[c.Verb].Form&(ThirdPerson|Past|Ing) == 0 && asideOpensBefore(s, toks, d.First) {
		// "Fortnightly cafés in village halls, with volunteer drivers to
		// bring them, ease loneliness …": the aside between commas ends,
		// and the plural that opens the sentence takes its verb
		return -1
	}
	if e := listGoesOnPastRelative(s, toks, ci, end); e >= 0 {
		return e
	}
	if toks[c.Verb].Is(ThirdPerson) && (d.Kind == Bare || d.Kind == Infinitive || d.Kind == Gerund || d.Kind == Participle) {
		// "Rampway lets travellers book assistance …, and texts them …",
		// "hires women leaving prison as cooks and sets each one up …":
		// an "-s" verb goes with no bare one, no infinitive and no
		// participle, but with the "-s" verb that governs it.
		for j := ci - 2; j >= 0; j-- {
			if e := &s.Clauses[j]; e.Kind == Finite && toks[e.Verb].Is(ThirdPerson) && e.Verb < d.Verb {
				if e.Joined >= 0 {
					return e.Joined
				}
				return j
			}
		}
	}
	if c.Kind == Finite && toks[c.Verb].Form&(ThirdPerson|Past|Ing) == 0 && d.Kind == Finite && toks[d.First].Is(ThirdPerson) && d.OpenerAt < 0 {
		// "We tan hides …, the way it has been done since 1790, and sell
		// the leather …": a plain verb goes with no "-s" one, but with
		// the plain verb before it
		for j := ci - 2; j >= 0; j-- {
			if e := &s.Clauses[j]; e.Kind == Finite && e.Subject >= 0 && toks[e.First].Form&(ThirdPerson|Past) == 0 && e.Verb < d.Verb {
				if e.Joined >= 0 {
					return e.Joined
				}
				return j
			}
		}
	}
	if d.Joined >= 0 {
		return d.Joined
	}
	return ci - 1
}

// listGoesOnPastRelative returns the clause that a verb after a comma
// joins when the clause before it is a relative one that is complete (its
// verb has an object): the clause the relative's antecedent belongs to,
// when the verb's form fits that clause's subject ("We repair bridges with
// the communities [that use them], train new wallers, and open …": the
// list is the organisation's). It returns -1 when the verb stays in the
// relative clause. A list inside the relative ("people who cook, clean
// and care") has no object before its comma, and an "-s" verb after "We"
// goes with a singular antecedent ("every trust that repairs bridges,
// trains wallers …"); end is where the relative clause's words end.
func listGoesOnPastRelative(s *Sentence, toks []Token, ci, end int) int {
	d, c := &s.Clauses[ci-1], &s.Clauses[ci]
	if d.OpenerAt < 0 || !relativeOpener(d.Opener) || d.Subject < 0 || len(d.Objects) == 0 || d.Joined >= 0 || toks[end-1].gap&gapComma == 0 {
		return -1
	}
	antecedent := s.Phrases[d.Subject].First
	for j := ci - 2; j >= 0; j-- {
		e := &s.Clauses[j]
		if e.End > antecedent {
			continue
		}
		if e.Joined >= 0 {
			e, j = &s.Clauses[e.Joined], e.Joined
		}
		if relativeOpener(e.Opener) {
			return -1
		}
		form := toks[c.Verb].Form & (ThirdPerson | Past | Ing)
		switch {
		case e.Kind == Finite && e.Subject >= 0 && !e.Modal:
			if toks[e.Verb].Form&(ThirdPerson|Past|Ing) != form {
				return -1
			}
		case e.Kind == Infinitive || e.Kind == Imperative || e.Kind == Bare:
			if form != 0 {
				return -1
			}
		default:
			return -1
		}
		return j
	}
	return -1
}

// endsListOf reports whether a phrase of the list rooted at phrase root
// ends at token end.
func endsListOf(s *Sentence, root, end int) bool {
	for k := root + 1; k < len(s.Phrases) && s.Phrases[k].First < end; k++ {
		if s.Phrases[k].Conjoined == root && s.Phrases[k].End == end {
			return true
		}
	}
	return false
}

// firstOf returns the first clause of the list clause d is joined to, or
// d.
func firstOf(s *Sentence, d *Clause) *Clause {
	if d.Joined >= 0 {
		return &s.Clauses[d.Joined]
	}
	return d
}

// takenBy returns the clause whose verb takes clause c, without "that",
// as what it says, thinks or hopes ("never thought [they could play]",
// "who believe [they can do anything]"): the clause with a verb that
// takes a clause, ending where c's subject starts; or nil.
func (s *Sentence) takenBy(toks []Token, c *Clause) *Clause {
	if c.Subject < 0 || c.Opener != "" {
		return nil
	}
	first := s.Phrases[c.Subject].First
	for di := range s.Clauses {
		if d := &s.Clauses[di]; d.End == first && toks[d.Verb].closed&clClauseVerb != 0 {
			return d
		}
	}
	return nil
}

// onlySubject reports whether w is a personal pronoun in the subject's
// case alone ("we", "they", "I", "he", "she"), so never a verb's object;
// "you" and "it" are both.
func onlySubject(w string) bool { return isSubjectPronoun(w) && w != "you" && w != "it" && w != "who" }

// ditransitive reports whether a verb can take two objects ("give
// farmers tools").
func ditransitive(t *Token) bool { return t.closed&clDitransitive != 0 }

// peoplesVerb reports whether a verb is one only people do: telling,
// dealing with others, thinking, feeling, perceiving (WordNet's classes),
// so that a place doing it stands for its people ("the 911 center answers
// every call"). A light verb ("make", "have") says nothing of who acts.
func peoplesVerb(v *Token) bool {
	if v.closed&clLightVerb != 0 {
		return false
	}
	switch wordnet.Class(v.entry.First(wordnet.Verb)) {
	case wordnet.VerbCommunication, wordnet.VerbSocial, wordnet.VerbCognition, wordnet.VerbEmotion, wordnet.VerbPerception:
		return true
	}
	return false
}

// subjectOf finds a clause's subject: for a finite verb, the leftmost
// phrase not after a preposition between the clause's left boundary and
// its verb; for a relative "who"/"that", the phrase it follows.
func subjectOf(s *Sentence, toks []Token, c *Clause, ci int) int {
	if c.Kind == Infinitive || c.Kind == Gerund {
		return -1 // "to lend", "by lending": no subject of their own
	}
	if ci > 0 {
		// After a relative clause on the subject, the next verb's subject
		// is the relative's antecedent, not its object ("any family that
		// loses a crop can replant"); but a bare verb after a verb that
		// takes one keeps the object ("tools that help farmers sell").
		d := &s.Clauses[ci-1]
		if g := d; (g.Kind == Gerund && g.OpenerAt < 0 || g.Kind == Infinitive) && ci >= 2 && s.Clauses[ci-2].End == g.First && relativeOpener(s.Clauses[ci-2].Opener) && relativeEndsAt(s, toks, g, c.First) {
			d = &s.Clauses[ci-2] // "parents [who miss playing] can finish", "every worker [who goes to work] comes home": the gerund or infinitive is the relative's
		}
		if relativeOpener(d.Opener) && d.Subject >= 0 && !sayingWhich(s, toks, d, c) && (s.Phrases[d.Subject].End == d.OpenerAt || afterPrepPhrases(s, toks, s.Phrases[d.Subject].End, false) == d.OpenerAt) && (d == &s.Clauses[ci-1] && relativeEndsAt(s, toks, d, dashedAsideBefore(s, toks, c.First)) || d != &s.Clauses[ci-1]) &&
			(c.Modal || toks[c.Verb].Form&(ThirdPerson|Past) != 0 || toks[d.Verb].closed&clBareInfinitive == 0 || len(d.Objects) == 0) {
			// "any family [that loses a crop] can replant", "every donkey in
			// Cumbria [that needs a home] has one": the relative's
			// antecedent, not its object; and where that is a
			// preposition's noun ("every pony on [the moor] that needs a
			// farrier has one"), the phrase it belongs to, as no
			// preposition's noun is a subject
			subj := d.Subject
			for subj > 0 {
				p, q := &s.Phrases[subj], &s.Phrases[subj-1]
				if p.Prep != "" && q.End == p.PrepAt || p.Prep == "" && q.Possessor && q.Prep != "" && q.End == p.First {
					subj-- // "families in [Cornwall's] fishing villages who …": the owner carries the preposition of what it owns
					continue
				}
				break
			}
			if q := s.Phrases[subj].Conjoined; q >= 0 && q < subj {
				subj = q // "any woman or girl [who wants to play] has …": the list, from its first
			}
			return subj
		}
		// After a relative clause opened by "whose", the next finite verb's
		// subject is the noun "whose" belongs to ("so children [whose
		// families can't pay for clubs] still get to climb").
		if p := d.Subject; c.Kind == Finite && p > 0 && s.Phrases[p].Det == "whose" && s.Phrases[p-1].End == s.Phrases[p].First && s.Phrases[p-1].Prep == "" &&
			relativeEndsAt(s, toks, d, c.First) && (c.Modal || toks[c.Verb].Form&(ThirdPerson|Past) != 0 || agrees(&toks[s.Phrases[p-1].Head], &toks[c.Verb])) {
			return p - 1
		}
		// After a relative clause without "that" whose subject, a pronoun,
		// follows a bare noun phrase, and which ends with its preposition
		// ("every high street [we work on] looks …"), the next finite verb's
		// subject is that noun phrase.
		if e := &s.Clauses[ci-1]; c.Kind == Finite && e.Subject > 0 && e.OpenerAt < 0 && len(e.Objects) == 0 && c.First == e.End && e.Kind == Finite && toks[s.Phrases[e.Subject].Head].Tag != Pronoun {
			// "so the money [each trek brings] stays …": the relative's
			// object is the phrase before it, which opens the clause
			if q := &s.Phrases[e.Subject-1]; q.End == s.Phrases[e.Subject].First && q.Prep == "" && (q.First == s.First || toks[q.First-1].Tag == Subordinator) && !q.Possessor {
				return e.Subject - 1
			}
		}
		if e := &s.Clauses[ci-1]; c.Kind == Finite && e.Kind == Gerund && e.Opener == "of" && e.OpenerAt > s.First && len(e.Objects) == 0 && afterPrepPhrases(s, toks, e.End, true) == c.First {
			// "Survivors of [trafficking] in Northern Ireland are …": the
			// gerund after "of" names what the phrase before it is of, so
			// that phrase is the subject
			for pi := range s.Phrases {
				if p := &s.Phrases[pi]; p.End == e.OpenerAt && p.Prep == "" {
					return pi
				}
			}
		}
		if e := &s.Clauses[ci-1]; c.Kind == Finite && e.Subject > 1 && e.OpenerAt < 0 && e.Kind == Finite && toks[s.Phrases[e.Subject].Head].Tag == Pronoun && len(e.Objects) == 0 && e.End == c.First &&
			s.Phrases[e.Subject].Prep == "" && s.Phrases[e.Subject-1].Prep != "" && s.Phrases[e.Subject-1].End == s.Phrases[e.Subject].First {
			// "every survivor of modern slavery [we meet] has …": the
			// relative's verb takes, as its object, the phrase the
			// preposition's phrases describe, which is the subject
			q := e.Subject - 1
			for q > 0 && s.Phrases[q].Prep != "" && s.Phrases[q-1].End == s.Phrases[q].PrepAt {
				q--
			}
			if p := &s.Phrases[q]; p.Prep == "" && p.Distributive() && !p.Possessor {
				return q
			}
		}
		if e := &s.Clauses[ci-1]; c.Kind == Finite && e.Subject > 0 && e.OpenerAt < 0 && toks[s.Phrases[e.Subject].Head].Tag == Pronoun && len(e.Objects) == 0 &&
			e.End < c.First && toks[e.End].Tag == Preposition && afterPrepPhrases(s, toks, e.End, true) == c.First {
			// "every woman [we teach in prison] gets …": the relative's verb
			// takes the phrase before it as its object, then where
			if q := &s.Phrases[e.Subject-1]; q.End == s.Phrases[e.Subject].First && q.Prep == "" && q.Distributive() && !q.Possessor {
				return e.Subject - 1
			}
		}
		if e := &s.Clauses[ci-1]; c.Kind == Finite && e.Subject > 0 && e.OpenerAt < 0 && toks[s.Phrases[e.Subject].Head].Tag == Pronoun && len(e.Objects) == 0 &&
			e.End < s.End && toks[e.End].Tag == Preposition {
			// "… and the estates [we moor beside] all have …": a quantifier
			// after the relative clause counts the phrase before it
			floating := c.First == e.End+2 && (toks[e.End+1].Norm == "all" || toks[e.End+1].Norm == "both")
			if q := &s.Phrases[e.Subject-1]; (c.First == e.End+1 || floating) && q.End == s.Phrases[e.Subject].First && q.Prep == "" && (q.Distributive() || floating) {
				if floating && q.Conjoined >= 0 {
					return q.Conjoined
				}
				return e.Subject - 1
			}
		}
		// After a participle that describes the phrase before it, the
		// next finite verb's subject is that phrase ("no one [facing the
		// end of life] is left alone").
		d = &s.Clauses[ci-1]
		first := d // of participles joined in a list: "anyone [buying, selling or building property] can trust …"
		if d.Joined >= 0 {
			first = &s.Clauses[d.Joined]
		}
		// The opener before the phrase a participle describes opens the
		// clause of that phrase ("that every machine [sold in Europe]
		// comes with …", "so that greyhounds [waiting for homes] can run
		// …"), not the participle's own.
		openerBeforePhrase := (first.Kind == Participle || first.Kind == Gerund) && first.Subject >= 0 && s.Phrases[first.Subject].End == first.First && first.OpenerAt < s.Phrases[first.Subject].First
		at := first.First
		if first.Kind == Participle && at-1 > s.First && toks[at-1].Tag == Adverb && toks[at-1].closed&grammarClasses == 0 && toks[at-1].gap == 0 {
			at-- // "refugees [newly settled in Leeds] get …": the participle's adverb
		}
		if (d.Kind == Gerund || d.Kind == Participle) && (first.OpenerAt < 0 || openerBeforePhrase) && at > s.First && toks[at-1].gap == 0 &&
			relativeEndsAt(s, toks, d, c.First) && c.Kind == Finite {
			for pi := range s.Phrases {
				if p := &s.Phrases[pi]; (p.End == at || afterPrepPhrases(s, toks, p.End, false) == at && p.Referent.Animate()) && p.Prep == "" && !p.Possessor &&
					(c.Modal || toks[c.Verb].Form&(ThirdPerson|Past) != 0 || toks[c.First].closed&clBe != 0 || toks[p.Head].Is(Plural) && agrees(&toks[p.Head], &toks[c.Verb])) {
					return pi // "people [sleeping rough in Manchester] get off the streets": a plural and its plain verb; "families in Birmingham [facing eviction] get …", past where they are
				}
			}
		}
	}
	if pi := beforePrepGerund(s, toks, c, ci); pi >= 0 {
		return pi // "Every tonne of scrap from building sites in Harrowgate goes …"
	}
	if pi := beforePrepAside(s, toks, c); pi >= 0 {
		return pi // "Every decision at Northgate, from pricing a policy to paying a claim, is made …"
	}
	boundary := s.First
	if ci > 0 {
		boundary = s.Clauses[ci-1].End
		if nounsInfinitiveBefore(s, toks, ci) {
			// "anyone with something [to say] can afford …": the
			// infinitive describes a noun of the subject's phrase
			boundary = s.First
			if ci > 1 {
				boundary = s.Clauses[ci-2].End
			}
		}
	}
	for k := c.First - 1; k >= boundary; k-- {
		if toks[k].Tag == Subordinator || toks[k].gap&gapClause != 0 && (k < c.First-1 || toks[k].gap&(gapSemicolon|gapColon) != 0) {
			boundary = k + 1
			break
		}
	}
	// The nearest phrase before the verb that no preposition governs:
	// "every keeper on the coast [has]", "every market we [serve]".
	best := -1
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.First < boundary || p.End > c.First {
			continue
		}
		if p.Prep != "" || p.Possessor && !(p.End == c.First && p.First == s.First && toks[p.Head].Tag == ProperNoun) {
			continue // not an owner; but "St Aldhelm's gives …": a name in the possessive, right before the verb, names the shop
		}
		if p.First+1 == p.End && toks[p.Head].Tag == Pronoun && plainObjectPronoun(toks[p.Head].Norm) {
			continue // "pay them a fair price, and sell …": "them" is no one's subject
		}
		if pi > 0 && s.Phrases[pi-1].Possessor && s.Phrases[pi-1].End == p.First && s.Phrases[pi-1].Prep != "" && s.Phrases[pi-1].Prep != "of" { // not "half of America's renters", which a quantity measures
			continue // "as the club's [tech crew]": what the owner governed by a preposition owns is in that phrase too
		}
		if howOften(s, toks, pi) {
			continue // "… a few cheeses [a week] can age": how often, not who
		}
		best = pi
	}
	// "more of their time [goes]", "half of the farms [share]": after a
	// quantity and "of", the noun phrase the quantity measures is the
	// subject.
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; quantityOf(s, toks, pi) && p.PrepAt-1 >= boundary && p.End <= c.First && (best < 0 || s.Phrases[best].End == p.PrepAt) {
			best = pi
			break
		}
	}
	if best >= 0 {
		// A subject joined to others ("farmers and fishers grow …") is the first.
		if r := s.Phrases[best].Conjoined; r >= 0 {
			best = r
		}
		return best
	}
	// "… farmers who grow": the relative's antecedent; in "a bookshop in
	// Hebden Bridge that …", the noun a place phrase belongs to.
	if boundary > s.First && toks[boundary-1].Tag == Subordinator && is(toks[boundary-1].Norm, clRelative) {
		for pi := len(s.Phrases) - 1; pi >= 0; pi-- {
			if s.Phrases[pi].End <= boundary-1 {
				who := toks[boundary-1].Norm == "who"
				for pi > 0 && locative(s.Phrases[pi].Prep) && (s.Phrases[pi].Referent == Name || s.Phrases[pi].Referent == Place ||
					who && !s.Phrases[pi].AnyAnimate && s.Phrases[pi-1].Referent.Animate()) && s.Phrases[pi-1].End == s.Phrases[pi].PrepAt {
					pi-- // "bodgers in the woods who earn …": "who" stands for people, not for the woods
				}
				if q := pi - 1; q >= 0 && s.Phrases[pi].Prep != "" && s.Phrases[q].End == s.Phrases[pi].PrepAt && !c.Modal && toks[c.Verb].Is(ThirdPerson) &&
					toks[s.Phrases[pi].Head].Is(Plural) && !toks[s.Phrases[q].Head].Is(Plural) && toks[s.Phrases[q].Head].Tag == Noun {
					pi = q // "software for nonprofits that turns …": a plural takes no "-s" verb, so the noun before the preposition is the antecedent
				}
				return pi
			}
		}
	}
	return -1
}

// participleBetween reports whether the one token between from and to,
// a phrase's end and the next phrase's preposition, is a past participle
// that describes the phrase ("Babies [born] with a cleft lip …").
func participleBetween(toks []Token, from, to int) bool {
	return from+1 == to && toks[from].Tag == Verb && toks[from].Is(Past) && toks[from].gap == 0 && toks[from-1].gap == 0
}

// participleOwner returns the subject of the participle before clause ci
// whose object is phrase k, when that subject is someone who opens the
// sentence ("[People] nearing [the end] of …"), or -1.
func participleOwner(s *Sentence, ci, k int) int {
	for di := ci - 1; di >= 0; di-- {
		d := &s.Clauses[di]
		if (d.Kind != Gerund && d.Kind != Participle) || d.Subject < 0 || len(d.Objects) == 0 || d.Objects[0] != k {
			continue
		}
		if p := &s.Phrases[d.Subject]; p.First == s.First && p.Prep == "" && p.Referent.Animate() && p.End == d.First {
			return d.Subject
		}
	}
	return -1
}

// sayingWhich reports whether clause d is "which" after a comma with a
// verb that takes a clause ("…, which means [no orchard leaves fruit]"),
// and clause c follows it with no comma: "which" stands for all that came
// before, and c's subject is the noun after d's verb, not the noun before
// "which" ("the co-op, which knows every farmer, pays …" keeps its
// commas).
func sayingWhich(s *Sentence, toks []Token, d, c *Clause) bool {
	return d.Opener == "which" && d.OpenerAt > s.First && toks[d.OpenerAt-1].gap&gapComma != 0 &&
		toks[d.Verb].closed&clClauseVerb != 0 && len(d.Objects) > 0 && toks[c.First-1].gap&gapComma == 0
}

// maxSkippedRelatives is how many relative clauses an infinitive joined
// by "and" looks back past for the clause it is joined to: a long
// sentence's work stays linear.
const maxSkippedRelatives = 4

// nounsInfinitiveBefore reports whether the clause before clause ci is an
// infinitive right after a noun phrase, which it describes, and ends,
// with its objects, where clause ci's finite verb group starts ("anyone
// with something [to say] | can afford", "a story [to tell] | keeps").
func nounsInfinitiveBefore(s *Sentence, toks []Token, ci int) bool {
	c, d := &s.Clauses[ci], &s.Clauses[ci-1]
	if c.Kind != Finite || d.Kind != Infinitive || toks[c.First-1].gap != 0 {
		return false
	}
	end := d.End
	for _, o := range d.Objects {
		end = max(end, s.Phrases[o].End)
	}
	first := c.First
	for first > end && toks[first-1].Tag == Adverb && toks[first-1].gap == 0 {
		first-- // "people with nowhere [to live] never have to …"
	}
	if end != first {
		return false
	}
	for pi := range s.Phrases {
		if s.Phrases[pi].End == d.First && toks[d.First-1].gap == 0 {
			return true
		}
	}
	return false
}

// beforePrepGerund returns the subject of finite clause c when the
// clause before it is a gerund that a preposition opens, whose object and
// place phrases run up to c's verb ("every tonne of scrap [from building
// sites in Harrowgate] goes …"): the phrase before the preposition, past
// the phrases it owns, as no gerund's object is the next verb's subject;
// or -1.
func beforePrepGerund(s *Sentence, toks []Token, c *Clause, ci int) int {
	if ci == 0 || c.Kind != Finite {
		return -1
	}
	d := &s.Clauses[ci-1]
	if d.Kind != Gerund || d.OpenerAt <= s.First || toks[d.OpenerAt].Tag != Preposition || len(d.Objects) != 1 || afterPrepPhrases(s, toks, s.Phrases[d.Objects[0]].End, false) != c.First {
		return -1
	}
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.Prep == "" && !p.Possessor && p.End <= d.OpenerAt && afterPrepPhrases(s, toks, p.End, false) == d.OpenerAt &&
			(c.Modal || toks[c.Verb].Form&(ThirdPerson|Past) != 0 || agrees(&toks[p.Head], &toks[c.Verb])) {
			if commaBetween(toks, p.First, c.First+1) {
				return -1 // "Every step, from booking a ferry to paying …, takes": an aside, not this
			}
			return pi
		}
	}
	return -1
}

// beforePrepAside returns the phrase that stands before an aside set off
// by commas that opens with a preposition or a word of concession and ends
// right before a finite verb ("[every decision at Northgate], from pricing
// a policy to paying a claim, | is made …", "[every young person],
// whatever their income, | can find …"), or -1: the aside interrupts the
// subject and its verb, and the subject is what comes before it.
func beforePrepAside(s *Sentence, toks []Token, c *Clause) int {
	if c.Kind != Finite || c.OpenerAt >= 0 || c.First-1 <= s.First || toks[c.First-1].gap&(gapComma|gapDash) == 0 {
		return -1
	}
	dash := toks[c.First-1].gap&gapDash != 0
	k := c.First - 2
	for k > s.First && toks[k].gap&(gapClause|gapDash) == 0 && (dash || toks[k].gap&gapComma == 0) && k > c.First-2-3*maxPhraseWords {
		k--
	}
	switch {
	case k <= s.First:
		return -1
	case dash:
		if toks[k].gap&gapDash == 0 {
			return -1 // a pair of dashes sets off any aside: "Kilauea's visitors – young and old – see …"
		}
	case toks[k].gap&gapComma == 0 || toks[k+1].Tag != Preposition && toks[k+1].closed&clConcessive == 0:
		return -1
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.End == k+1 && p.First >= s.First {
			for pi > 0 && s.Phrases[pi].Prep != "" && s.Phrases[pi-1].End == s.Phrases[pi].PrepAt {
				pi-- // "every decision [at Northgate]": back to the noun the place belongs to
			}
			if q := &s.Phrases[pi]; q.Prep == "" && !q.Possessor {
				if q.Conjoined >= 0 {
					return q.Conjoined
				}
				return pi
			}
			return -1
		}
	}
	return -1
}

// dashedAsideBefore returns where an aside set off by a pair of dashes
// that ends right before token k starts ("Parents who start work at seven
// – care workers, cleaners – can drop …": at "care"), or k when none
// does: the clause before the aside goes on at the verb after it.
func dashedAsideBefore(s *Sentence, toks []Token, k int) int {
	if k-1 <= s.First || toks[k-1].gap&gapDash == 0 {
		return k
	}
	for j := k - 2; j > s.First && j >= k-1-3*maxPhraseWords; j-- {
		if toks[j].gap&gapDash != 0 {
			return j + 1
		}
		if toks[j].gap&gapClause != 0 {
			return k
		}
	}
	return k
}

// quantityOf reports whether phrase pi follows a quantity and "of" ("more
// of their time", "half of the farms", "two of our crews").
func quantityOf(s *Sentence, toks []Token, pi int) bool {
	p := &s.Phrases[pi]
	if p.Prep != "of" || p.PrepAt < 1 {
		return false
	}
	q := &toks[p.PrepAt-1]
	return q.closed&(clDeterminer|clDistributive) != 0 || q.Tag == Number
}

// relativeEndsAt reports whether the relative clause d, with its objects
// and the phrases after them, ends at token k, where a verb of the
// sentence's main clause follows.
func relativeEndsAt(s *Sentence, toks []Token, d *Clause, k int) bool {
	end := d.End
	for _, o := range d.Objects {
		end = max(end, s.Phrases[o].End)
	}
	if len(d.Objects) == 0 && d.Predicate < 0 {
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; p.PrepAt == end && p.Prep == "for" {
				end = p.End // "greyhounds waiting [for homes] can …": the verb's own "for", right after it
				break
			}
		}
	}
	if d.Kind == Participle && len(d.Objects) == 0 {
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; p.PrepAt == end && p.Prep == "by" {
				end = p.End // "families displaced [by floods] get …": the participle's agent
				for qi := pi + 1; qi < len(s.Phrases) && s.Phrases[qi].Conjoined == pi; qi++ {
					end = s.Phrases[qi].End
				}
				break
			}
		}
	}
	if d.Predicate >= 0 {
		end = max(end, d.Predicate+1) // "schools that stay [open] late can …"
	} else if end == d.End && end < k && toks[end].Tag == Adjective && end+1 < len(toks) && toks[end+1].Tag != Noun {
		end++ // "bells that have hung [silent] for years can be rung": how the subject was, after its verb
	}
	for {
		next := afterPrepPhrases(s, toks, end, true)
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; p.PrepAt == next && (p.Prep == "for" || p.Prep == "by") && timeNoun(&toks[p.Head]) || p.First == next && howOften(s, toks, pi) {
				next = p.End // "who have paid rent on time [for years] can …": how long, not whom for; "who can't swim [by Year] 5 get …": by when; "making a few cheeses [a week] can": how often
				break
			}
		}
		for next < k && (toks[next].Tag == Adverb || toks[next].Tag == Adjective && toks[next].cands != nil && toks[next].cands.adv > 0 && toks[next+1].Tag != Noun ||
			toks[next].Tag == Number || (toks[next].Norm == "to" || toks[next].Tag == Preposition) && next+1 < k && toks[next+1].Tag == Number) {
			next++ // "residents who speak little English [never] miss …", "adults who left school [early] can …", "carers aged [8 to 17] get …", "people living [far] from town", "parents who start work [at seven] can …"
		}
		if next == end {
			return end == k
		}
		end = next
	}
}

// opensSentence reports whether the phrase pi opens its sentence: it is
// the first, or follows only its possessor ("Pickering's [Hardware]") or
// a fronted phrase set off by a comma ("With twelve boats, [Canalside
// Care] …").
func opensSentence(s *Sentence, toks []Token, pi int) bool {
	first := s.Phrases[pi].First
	if pi > 0 && s.Phrases[pi-1].Possessor && s.Phrases[pi-1].End == first {
		first = s.Phrases[pi-1].First
	}
	if q := pi - 1; q >= 0 && s.Phrases[q].First == s.First && s.Phrases[q].End == first && fronted(s, toks, q) {
		return true // "Each year [the unit] sequences …": after a time that opens the sentence
	}
	return first == s.First || toks[first-1].gap&(gapComma|gapColon) != 0 && toks[first-1].Tag != Conjunction // "No more queueing: HealthLink connects …"
}

// fronted reports whether phrase q is a time counted one by one ("each
// year", "every spring") standing before the subject, as an adverb does.
func fronted(s *Sentence, toks []Token, q int) bool {
	p := &s.Phrases[q]
	return p.Distributive() && toks[p.Head].entry.First(wordnet.Noun) == wordnet.NounTime
}

// howOften reports whether phrase pi says how often, right after another
// phrase or an adverb after it: "a" or a word that counts one by one,
// before a time ("a few cheeses [a week]", "one visit [each month]", "our
// llamas twice [a year]"). Two noun phrases side by side with nothing
// between them are not a subject and an object; the second measures the
// first's verb, as an adverb does.
func howOften(s *Sentence, toks []Token, pi int) bool {
	p := &s.Phrases[pi]
	if pi == 0 || p.Prep != "" || p.End-p.First != 2 || toks[p.First-1].gap != 0 || s.Phrases[pi-1].Possessor {
		return false
	}
	if s.Phrases[pi-1].End != p.First && !(toks[p.First-1].Tag == Adverb && s.Phrases[pi-1].End == p.First-1) {
		return false // not after a phrase, nor after a phrase and an adverb ("our llamas twice [a year]")
	}
	return (p.Indefinite() || p.Distributive() && p.Det != "no") && timeNoun(&toks[p.Head])
}

// selfIs reports whether phrase pi is what the organisation says it is,
// in a clause before clause ci ("we are [a bookshop]", "Quayside is [a
// cooperative]"), or one of a list of what it is ("We are Deaf actors,
// writers and [technicians] who tour …": the relative tells of them all).
func selfIs(s *Sentence, toks []Token, pi, ci int) bool {
	for cj := 0; cj < ci; cj++ {
		if d := &s.Clauses[cj]; d.Agent == Self && toks[d.Verb].closed&clBe != 0 && len(d.Objects) == 1 && (d.Objects[0] == pi || s.Phrases[pi].Conjoined == d.Objects[0]) {
			return true
		}
	}
	return false
}

// onlyPhrasesBetween reports whether tokens [from, to) hold only
// prepositional phrases and the adverbs and adjectives said with them
// ("in Leeds back at work"): no verb, so nothing that could act.
func onlyPhrasesBetween(s *Sentence, toks []Token, from, to int) bool {
	for k := from; k < to; k++ {
		switch toks[k].Tag {
		case Verb, Modal, Particle, Subordinator, Pronoun:
			return false
		}
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.First >= from && p.First < to && p.Prep == "" {
			return false // a phrase of its own, no preposition's: another subject or an object
		}
	}
	return from < to
}

// madeBySelf reports whether phrase pi is the object of a clause before
// clause ci whose agent is the organisation ("we build [an app] that …").
func madeBySelf(s *Sentence, pi, ci int) bool {
	for cj := 0; cj < ci; cj++ {
		if d := &s.Clauses[cj]; d.Agent == Self && slices.Contains(d.Objects, pi) {
			return true
		}
	}
	return false
}

// ownedByOurs reports whether phrase pi follows, as what it owns, a
// possessor of the organisation's own ("our clinic's [nurses]", "the
// cooperative's [drivers]" where the cooperative speaks).
func ownedByOurs(s *Sentence, pi int) bool {
	if pi == 0 {
		return false
	}
	q := &s.Phrases[pi-1]
	return q.End == s.Phrases[pi].First && ourPossessor(q)
}

// ourPossessor reports whether a phrase is a possessor that is the
// organisation or a group or place of its own ("our clinic's", "the
// cooperative's" where the cooperative speaks).
func ourPossessor(q *Phrase) bool {
	return q.Possessor && (q.Referent == Self || q.Det == "our" && (q.Referent == Group || q.Referent == Establishment))
}

// namedOwner reports whether a possessor can be the organisation
// ("Plum's mission", "Harbour Tools' volunteers"), not a time
// ("tomorrow's engineers", "the future's nurses") nor a place WordNet
// knows ("Glasgow's night-shift workers", the city's people).
func namedOwner(toks []Token, p *Phrase) bool {
	return !is(toks[p.Head].Lemma, clFutureAdverb|clTopicNoun) && p.Referent != Place
}

// peoplesPlural reports whether a phrase's head is a plural noun for
// people ("Fishermen's widows", "Farmers' children"): a possessive that
// opens the sentence so names people, not the organisation.
func peoplesPlural(toks []Token, p *Phrase) bool {
	h := &toks[p.Head]
	return h.Tag == Noun && h.Is(Plural) && p.Referent == Person
}

// handsOnVerb reports whether a verb's likeliest sense is work on things
// or with them: WordNet files it first under creation, contact, motion,
// possession, consumption or communication ("collect", "build", "carry",
// "publish").
func handsOnVerb(v *Token) bool {
	switch wordnet.Class(v.entry.First(wordnet.Verb)) {
	case wordnet.VerbCreation, wordnet.VerbContact, wordnet.VerbMotion, wordnet.VerbPossession, wordnet.VerbConsumption, wordnet.VerbCommunication:
		return true
	}
	return false
}

// ofNameBeforeVerb reports whether the first verb after the "of" at k is
// in its "-s" form and the words before it, from the sentence's start,
// are a name of the form "X of (the) Y" (ofNameOpens).
func ofNameBeforeVerb(toks []Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+2*maxPhraseWords; j++ {
		if toks[j].Tag == Verb {
			return toks[j].Is(ThirdPerson) && ofNameOpens(toks, j-1)
		}
	}
	return false
}

// namesItself reports whether a phrase that opens a statement as its
// subject is the organisation: a name ("Harbour Tools", "napari"), or a
// group with "the" or "this" ("The cooperative").
func namesItself(toks []Token, p *Phrase) bool {
	h := &toks[p.Head]
	if p.Distributive() || p.End+1 < len(toks) && toks[p.End].Tag == Preposition && toks[p.End+1].closed&clDistributive != 0 {
		return false // "Every bothy on the map has …", "The last shop in every village stays …": what is counted one by one is many, no one organisation's name
	}
	switch {
	case p.Referent == Name, p.Referent == Unclear && h.Tag != Pronoun, h.Tag == ProperNoun:
		return true
	case toks[p.First].Tag == ProperNoun && p.Head > p.First && p.Det == "" && !h.Is(Capitalised) && !p.Referent.Animate() && (p.Referent == Thing || p.MaybeThing):
		return true // "Pallmark lifting frames take …": the organisation's named product
	case (p.Referent == Group || p.Referent == Establishment) && (p.Det == "the" || p.Det == "this") && !h.Is(Plural):
		return true
	case (p.Det == "the" || p.Det == "this") && p.Head > p.First && h.Is(Capitalised) && !h.Is(Plural) && strings.ContainsRune(h.entry.Senses(wordnet.Noun), rune(wordnet.NounSocialGroup)):
		return true // "The Trust buys …": a body of people WordNet knows the word for, written with a capital as its own name is, though first a feeling
	case (p.Referent == Abstraction || p.Referent == Service) && (p.Det == "the" || p.Det == "this") && !h.Is(Plural) && p.End < len(toks) &&
		toks[p.End].Tag == Verb && toks[p.End].Is(ThirdPerson) && toks[p.End].closed&(clBe|clHave|clLinking|clCopula) == 0 && handsOnVerb(&toks[p.End]):
		return true // "The scheme collects, checks and publishes records …": a plan or a service that does concrete work is the organisation running it
	case p.Det == "" && h.Is(Capitalised) && p.Head == p.First && h.Tag != Pronoun && p.End < len(toks) && toks[p.End].closed&clCopula != 0:
		return true // "Tufts is …"
	case p.Det == "" && p.Head == p.First && h.Is(Capitalised) && !h.Is(Plural) && andNameThenVerb(toks, p.End):
		return true // "Kelp and Tide runs …": two words joined take a plural verb, so with an "-s" verb they are one name
	case p.Det == "" && h.Is(Capitalised) && p.Head == p.First && p.End == p.Head+1 && h.Tag == Noun && !h.Is(Plural) &&
		(p.Referent == Thing || p.Referent == Establishment || p.Referent == Service || p.Referent == Place || p.Referent == Animal || p.Referent == Person) &&
		p.End < len(toks) && toks[p.End].Tag == Verb && toks[p.End].Is(ThirdPerson) && (toks[p.End].gap == 0 || verbListFollows(toks, p.End)):
		// "Tidemark helps …", "Greenway collects, sorts …", "Ringtail
		// helps …": a name that is also a word; a singular noun with no
		// article is no subject otherwise.
		return true
	case p.Det == "" && h.Is(Capitalised) && !h.Is(Plural) && p.End < len(toks) && toks[p.End].Norm == "of" && ofNameBeforeVerb(toks, p.End):
		return true // "Sound of Mull Freight Co-op moves …": a name of the form "X of Y", capitalised throughout, before its "-s" verb
	case h.Is(Capitalised) && h.Is(Plural) && p.End < len(toks) && toks[p.End].Norm == "of":
		// "Wardens of the Wye helps …": a plural that takes a singular
		// verb after "of" and a name is the name of one organisation
		k := p.End
		for k < len(toks) && k < p.End+2*maxPhraseWords && toks[k].Tag != Verb && (toks[k].Norm == "of" || toks[k].Norm == "the" || toks[k].Is(Capitalised)) {
			k++
		}
		return k < len(toks) && toks[k].Tag == Verb && toks[k].Is(ThirdPerson) && ofNameOpens(toks, k-1)
	}
	return false
}

// andNameThenVerb reports whether "and" at k is followed by one or two
// capitalised words and then a verb's "-s" form ("Kelp [and Tide] runs").
func andNameThenVerb(toks []Token, k int) bool {
	if k >= len(toks) || toks[k].Norm != "and" {
		return false
	}
	j := k + 1
	for j < len(toks) && j <= k+2 && toks[j].Is(Capitalised) && toks[j].Tag != Verb {
		j++
	}
	return j > k+1 && j < len(toks) && toks[j].Tag == Verb && toks[j].Is(ThirdPerson) && toks[j-1].gap == 0
}

// verbListFollows reports whether the verb at k is the first of a list of
// verbs in the same "-s" form ("collects, sorts and recycles"), not a noun
// of a list ("porters, line cooks and …").
func verbListFollows(toks []Token, k int) bool {
	return toks[k].gap == gapComma && k+1 < len(toks) && toks[k+1].cands.verb > 0 && toks[k+1].cands.verbForm == ThirdPerson
}

// openerBefore returns the subordinator, result phrase or means
// preposition that opens a clause whose first word is at k.
func openerBefore(toks []Token, first, k int) (string, int) {
	if k <= first {
		return "", -1
	}
	// "so that", "in order to": the longest result phrase ending at k.
	for start := max(first, k-3); start < k; start++ {
		if n := phraseAt(toks, start, clResult); n > 0 && start+n == k {
			return joinNorms(toks, start, k), start
		}
	}
	p := &toks[k-1]
	if p.Tag == Subordinator || p.Tag == Preposition {
		return p.Norm, k - 1
	}
	if p.Tag == Adverb && p.gap == 0 && k-2 >= first && toks[k-2].Tag == Preposition && toks[k-2].gap == 0 && toks[k].Is(Ing) {
		return toks[k-2].Norm, k - 2 // "without [ever] turning to a loan shark", "by [quietly] fixing …": an adverb between the preposition and its "-ing" verb
	}
	return "", -1
}

// countedOwner reports whether phrase pi is owned by the phrase right
// before it, and that owner counts one by one ("[every veterans']
// association", "[no fisherman's] widow"): the phrase is counted too.
func countedOwner(s *Sentence, pi int) bool {
	return s.owned(pi) && s.Phrases[pi-1].Distributive()
}

// subjectOf reports whether phrase pi is the subject of a clause of the
// sentence for which test holds.
func (s *Sentence) subjectOf(pi int, test func(c *Clause) bool) bool {
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Subject == pi && test(c) {
			return true
		}
	}
	return false
}

// owned reports whether phrase pi is owned by the phrase right before it,
// a possessive ("[patients'] voices", "[Dublin's] supermarkets").
func (s *Sentence) owned(pi int) bool {
	return pi > 0 && s.Phrases[pi-1].Possessor && s.Phrases[pi-1].End == s.Phrases[pi].First
}

func joinNorms(toks []Token, i, j int) string {
	s := toks[i].Norm
	for k := i + 1; k < j; k++ {
		s += " " + toks[k].Norm
	}
	return s
}

// agentOf returns who does clause ci's verb.
func agentOf(s *Sentence, toks []Token, ci int, statementStart bool) Referent {
	a := agentOfClause(s, toks, ci, statementStart)
	c := &s.Clauses[ci]
	if c.Subject >= 0 && a != Self {
		for cj := 0; cj < ci; cj++ {
			if d := &s.Clauses[cj]; d.Agent == Self && toks[d.Verb].closed&clCopula != 0 && len(d.Objects) == 1 && d.Objects[0] == c.Subject {
				return Self // "OSI is a corporation [formed to …]": the corporation is the speaker
			}
		}
		if p := &s.Phrases[c.Subject]; toks[p.Head].Norm == "it" && p.First == p.Head {
			for cj := 0; cj < ci; cj++ {
				if d := &s.Clauses[cj]; d.Agent == Self && d.Subject >= 0 && toks[s.Phrases[d.Subject].Head].Tag != Pronoun {
					return Self // "Skein is a toolkit for archivists; [it] checks … files": the organisation named before, or what it is
				}
			}
		}
	}
	return a
}

// sharedModifierOf returns the phrase whose head phrase pi modifies along
// with that phrase's own modifier: pi is one bare singular noun, joined by
// "and" or "or" to the last phrase of its list, a noun and a plural head
// or a group ("[Warehouse] and [factory staff]", "[Farm] and [estate
// workers]"). It returns -1 otherwise.
func sharedModifierOf(s *Sentence, toks []Token, pi int) int {
	p := &s.Phrases[pi]
	q := pi + 1
	if p.First != p.Head || p.Det != "" || toks[p.Head].Tag != Noun || toks[p.Head].Is(Plural) || q >= len(s.Phrases) || p.End+1 >= s.End {
		return -1
	}
	r := &s.Phrases[q]
	if r.Conjoined != pi || r.First != p.End+1 || toks[p.End].Norm != "and" && toks[p.End].Norm != "or" || toks[p.End-1].gap != 0 ||
		r.Head != r.First+1 || toks[r.First].Tag != Noun || !toks[r.Head].Is(Plural) && r.Referent != Group || q+1 < len(s.Phrases) && s.Phrases[q+1].Conjoined == pi {
		return -1
	}
	return q
}

// asideOpensBefore reports whether a comma ends a token before k, after
// the sentence's first phrase, with no verb between the sentence's start
// and k: an aside opened after the subject.
func asideOpensBefore(s *Sentence, toks []Token, k int) bool {
	comma := false
	for j := s.First; j < k; j++ {
		if toks[j].Tag == Verb || toks[j].Tag == Modal {
			return false
		}
		if toks[j].gap&gapComma != 0 {
			comma = true
		}
	}
	return comma
}

// commaBetween reports whether a comma, a colon, a semicolon or a dash
// that sets off what follows ends one of the tokens [from, to-1).
func commaBetween(toks []Token, from, to int) bool {
	for k := from; k < to-1; k++ {
		if toks[k].gap&(gapComma|gapColon|gapSemicolon) != 0 {
			return true
		}
	}
	return false
}

// nameRunsTo reports whether tokens [from, to) go on a name: prepositions,
// determiners and capitalised words, at least one of them a proper noun
// ("Food [on the Doorstep] exists to …").
func nameRunsTo(toks []Token, from, to int) bool {
	proper := false
	for k := from; k < to; k++ {
		switch t := &toks[k]; {
		case t.Tag == ProperNoun:
			proper = true
		case t.Tag == Preposition || t.Tag == Determiner || t.Is(Capitalised):
		default:
			return false
		}
	}
	return proper
}

// agentOfClause is agentOf less the rule for the organisation's own
// description.
func agentOfClause(s *Sentence, toks []Token, ci int, statementStart bool) Referent {
	c := &s.Clauses[ci]
	if c.Joined >= 0 {
		return s.Clauses[c.Joined].Agent
	}
	if c.Governor >= 0 {
		g := &s.Clauses[c.Governor]
		if toks[g.Verb].closed&clInstrumental != 0 {
			return g.Agent // "use drones to bring …": the user brings
		}
		if len(g.Objects) == 0 && g.Subject >= 0 && s.Phrases[g.Subject].Prep == "for" && toks[g.Verb].Is(Ing) {
			c.Subject = g.Subject // "our vision is for people [living with chronic pain] to move …": the people after "for" do both
			return s.Phrases[g.Subject].Referent
		}
		// "help farmers [sell]": the object does it; "we aim [to lend]":
		// the governor's agent does.
		if len(g.Objects) > 0 {
			o := &s.Phrases[g.Objects[0]]
			if len(g.Objects) == 2 || o.Referent.Animate() || o.Referent == Unclear || o.Referent == Name || toks[g.Verb].closed&clCausative != 0 {
				c.Subject = g.Objects[0]
				return o.Referent
			}
		}
		return g.Agent
	}
	if c.Subject >= 0 {
		p := &s.Phrases[c.Subject]
		if p.Referent == Self {
			return Self
		}
		if statementStart && opensSentence(s, toks, c.Subject) && c.Opener == "" && toks[c.Verb].Lemma == "exist" &&
			((p.Det == "the" || p.Det == "this") && !toks[p.Head].Is(Plural) || nameRunsTo(toks, p.End, c.Verb)) {
			// "The museum exists to keep …": what exists to do the work is
			// the organisation, whatever the noun; "Food on the Doorstep
			// exists to …": a name that opens with a common noun
			return Self
		}
		if statementStart && opensSentence(s, toks, c.Subject) && c.Opener == "" && namesItself(toks, p) {
			return Self // "Harbour Tools lends …", "The cooperative runs …", "napari aims to …", "Pickering's Hardware cuts …"
		}
		if c.Opener == "" && c.OpenerAt < 0 && opensSentence(s, toks, c.Subject) && (p.Referent == Name || toks[p.Head].Tag == ProperNoun && p.Referent == Unclear) {
			return Self // a later sentence's or a fronted phrase's name: "With twelve narrowboats, Canalside Care takes …"
		}
		owned := p.Det != "" && (is(p.Det, clPossessive) || (p.Det == "the" || p.Det == "this") && !toks[p.Head].Is(Plural)) ||
			c.Subject > 0 && s.Phrases[c.Subject-1].Possessor && s.Phrases[c.Subject-1].End == p.First && namedOwner(toks, &s.Phrases[c.Subject-1])
		if toks[p.Head].closed&clStatementWord != 0 && owned || toks[p.Head].closed&clSelfHead != 0 && owned && (p.Det == "our" || !is(p.Det, clPossessive)) && !countedOwner(s, c.Subject) { // not "Every veterans' association …", one of many
			// "our mission is to …", "the project aims to …", "Plum's
			// mission is to …"; not "their young people find work", the
			// people of someone named before
			return Self
		}
		served := is(toks[p.Head].Lemma, clServedRole) || is(toks[p.Head].Norm, clServedRole)
		if (p.Det == "our" || ownedByOurs(s, c.Subject)) && (p.Referent == Person || p.Referent == Group) && !served {
			return Self // "our vets visit …", "our choirs sing …", "our clinic's nurses visit …": the organisation's own people at work
		}
		if q := c.Subject - 1; statementStart && q >= 0 && s.Phrases[q].Possessor && s.Phrases[q].End == p.First && opensSentence(s, toks, q) && toks[s.Phrases[q].Head].Is(Capitalised) &&
			namedOwner(toks, &s.Phrases[q]) && !peoplesPlural(toks, &s.Phrases[q]) && c.Opener == "" &&
			((p.Referent == Person || p.Referent == Group || (p.Referent == Establishment || p.Referent == Place || p.Referent == Service) && peoplesVerb(&toks[c.Verb])) && !served ||
				c.Kind == Finite && (p.Referent == Thing || p.MaybeThing && !p.Referent.Animate()) ||
				c.Kind == Finite && p.Referent == Establishment && len(c.Objects) > 0 && toks[c.Verb].closed&(clBe|clHave|clReceiving|clDesire) == 0) {
			// "Ferrule's maintainers review …": the organisation's own
			// people, named by its name; "Marlow County's 911 center
			// answers …", "Dr Amara Singh's mobile practice visits …": its
			// people; "Hearwell's vans bring …": what it
			// works with, as "our vans" is; "Harbourlight's shops raise
			// money …": its places of business, at work on something
			return Self
		}
		if (p.Referent == Group || p.Referent == Establishment) && c.Subject > 0 && s.Phrases[c.Subject-1].Possessor && s.Phrases[c.Subject-1].End == p.First && s.Phrases[c.Subject-1].Det == "our" {
			return Self // "our students' union runs …": the group of the organisation's own people
		}
		if !p.Referent.Animate() && p.Referent != Everyone && ownedByOurs(s, c.Subject) {
			return Self // "our team's job is to …", "our crew's boats reach …": what the organisation owns or does
		}
		if p.Det == "our" && (p.First == s.First || c.OpenerAt < 0 && toks[p.First-1].gap&gapComma != 0) && c.Kind == Finite && (p.Referent != Abstraction || p.MaybeThing) && !served {
			return Self // "our mobile clinics bring …", "our app pairs …", "After the last bus has gone, our taxis keep running …": what the organisation works with
		}
		if p.Referent == Name && p.First == s.First && toks[p.Head].Is(Possessive) {
			return Self
		}
		if relativeOpener(c.Opener) && !p.Referent.Animate() && p.Referent != Everyone && madeBySelf(s, c.Subject, ci) {
			return Self // "we build an app that lets parents swap shifts": the organisation's thing at work
		}
		if relativeOpener(c.Opener) && selfIs(s, toks, c.Subject, ci) {
			return Self // "we're an independent bookshop that puts books …": the organisation itself
		}
		if q := sharedModifierOf(s, toks, c.Subject); q >= 0 && isSomeone(s.Phrases[q].Referent) {
			c.Subject = q // "Warehouse and factory staff come away …": the staff of both
			return s.Phrases[q].Referent
		}
		return p.Referent
	}
	switch c.Kind {
	case Infinitive:
		// "for farmers to reach …": the phrase after "for".
		if k := c.First - 1; k > s.First {
			for pi := range s.Phrases {
				p := &s.Phrases[pi]
				// "for young fishers (on the Moray coast) to buy …"
				// "for every market town to have …": counted places and things too
				if p.Prep == "for" && (p.Referent.Animate() || p.MaybeAnimate || p.Distributive() || p.Det == "all") && afterPrepPhrases(s, toks, p.End, true) == c.First {
					c.Subject = pi
					return p.Referent
				}
				// "Our vision is for [Mercia's] [past] to be discovered",
				// "is for the river to run clean": after "is for", what
				// follows is the infinitive's subject, whatever it is, with
				// the owner that carries the preposition
				qi := pi
				if p.Possessor && pi+1 < len(s.Phrases) && s.Phrases[pi+1].First == p.End && s.Phrases[pi+1].Prep == "" {
					qi = pi + 1
				}
				if p.Prep == "for" && p.PrepAt > s.First && toks[p.PrepAt-1].closed&clBe != 0 && toks[p.PrepAt-1].Tag == Verb && afterPrepPhrases(s, toks, s.Phrases[qi].End, true) == c.First {
					c.Subject = qi
					return s.Phrases[qi].Referent
				}
			}
			// "the time to study": the noun's owner is not known here.
			_ = k
		}
		if ci == 0 && c.First > s.First && toks[c.First-1].Norm == "enough" && len(s.Phrases) > 0 {
			// "Amateur astronomers under skies dark enough to see …": what
			// a degree allows, in a picture with no verb before, is done
			// by the people it opens with
			if p := &s.Phrases[0]; p.First == s.First && p.Prep == "" && isSomeone(p.Referent) {
				c.Subject = 0
				return p.Referent
			}
		}
		// "our mission is to lend", "we exist to lend", "To lend …": the
		// speaker's own verb when it follows one of theirs or opens.
		joined := c.First > s.First && (toks[c.First-1].Tag == Conjunction || toks[c.First-1].gap&gapComma != 0)
		skipped := 0
		for cj := ci - 1; cj >= 0; cj-- {
			d := &s.Clauses[cj]
			if joined && relativeOpener(d.Opener) && d.OpenerAt >= 0 && cj > 0 && skipped < maxSkippedRelatives {
				skipped++
				continue // "To ring for every wedding that asks for bells, and to teach …": not the relative clause's actor
			}
			if d.End <= c.First {
				return d.Agent
			}
		}
		return Self
	case Gerund, Imperative:
		at := c.First
		for at > s.First+1 && toks[at-1].Tag == Adverb && toks[at-1].gap == 0 && toks[at-2].gap == 0 {
			at-- // "makers everywhere building …"
		}
		if c.Kind == Gerund && c.OpenerAt < 0 && at > s.First && toks[c.First-1].gap == 0 {
			// "the fishing communities that depend on them prospering", "the
			// families who work the machair prospering": the people a
			// relative clause describes, after that clause, unless what
			// ends the clause is someone too.
			if d := &s.Clauses[max(ci-1, 0)]; ci > 0 && relativeOpener(d.Opener) && d.OpenerAt > s.First && endsInClause(s, toks, d, c.First) && !animateEndsAt(s, c.First) {
				for pi := range s.Phrases {
					if p := &s.Phrases[pi]; p.End == d.OpenerAt && p.Prep == "" && p.Referent.Animate() {
						c.Subject = pi
						return p.Referent
					}
				}
			}
			// "every child walking to school": the phrase before it walks.
			for pi := range s.Phrases {
				if p := &s.Phrases[pi]; p.End == at && p.Prep == "" || p.End == at && p.Referent.Animate() {
					c.Subject = pi
					return p.Referent
				}
				if p := &s.Phrases[pi]; p.End == at && p.Prep == "of" && pi > 0 && s.Phrases[pi-1].End == p.PrepAt && toks[s.Phrases[pi-1].Head].Tag == Pronoun && s.Phrases[pi-1].Head == s.Phrases[pi-1].First &&
					toks[s.Phrases[pi-1].Head].closed&(clSubjectPronoun|clObjectPronoun|clSelf) == 0 {
					c.Subject = pi - 1 // "…, and none of it going to landfill": the part counted of what "of" names
					return s.Phrases[pi-1].Referent
				}
				if p := &s.Phrases[pi]; p.End == at && p.Prep != "" {
					// "weavers in every valley selling …": the people the
					// place phrase belongs to.
					for k := pi - 1; k >= 0; k-- {
						q := &s.Phrases[k]
						if s.Phrases[k+1].Conjoined == k && s.Phrases[k+1].PrepAt == q.PrepAt {
							continue // "runners of every age and [pace] sharing …": the list shares its preposition
						}
						if q.End != s.Phrases[k+1].PrepAt && !participleBetween(toks, q.End, s.Phrases[k+1].PrepAt) {
							break
						}
						if q.Prep == "with" && q.Referent.Animate() {
							c.Subject = k // "…, with villagers of every age coming through the door": the people "with" pictures, past what describes them
							return q.Referent
						}
						if q.Prep == "" {
							// "orchards in the valley humming …", "every village
							// hall from Inverlochan to the Point of Ardcraig holding …"
							if q.Referent.Animate() || q.First == s.First && q.Referent != Self {
								c.Subject = k
								return q.Referent
							}
							if e := participleOwner(s, ci, k); e >= 0 {
								// "People nearing the end of their lives in the
								// district spending …": past the object of the
								// participle that describes them, the people
								c.Subject = e
								return s.Phrases[e].Referent
							}
							break
						}
					}
				}
			}
		}
		if at > s.First+1 && toks[at-1].Tag == Adverb && toks[at-1].gap == 0 && toks[at-2].gap&gapComma != 0 {
			at-- // "Small bakeries on every high street, [still] trading …": the adverb after the comma
		}
		if c.Kind == Gerund && c.OpenerAt < 0 && at > s.First && toks[at-1].gap&gapComma != 0 {
			if k := beforeAside(s, toks, at); k >= 0 {
				c.Subject = k // "Every student, in every classroom, learning …"
				return s.Phrases[k].Referent
			}
			if ci == 0 && len(s.Phrases) > 0 {
				if p := &s.Phrases[0]; p.First == s.First && p.Prep == "" && p.Referent != Self && (p.End == at || p.Referent.Animate() && onlyPhrasesBetween(s, toks, p.End, at) && noObjectAfter(toks, c.Verb)) {
					// "Heathland, thriving.", "Stroke survivors in Leeds back
					// at work, driving, …": a verbless picture, what it
					// pictures and how it is; not "Volunteers in Leeds,
					// driving patients …", work done on someone, which may be
					// the organisation's
					c.Subject = 0
					return p.Referent
				}
			}
		}
		if d := ci - 1; c.Kind == Gerund && c.OpenerAt < 0 && ci > 0 && !(toks[c.First-1].gap&gapComma != 0 && toks[c.Verb].closed&clInstrumental != 0) && (s.Clauses[d].End == c.First ||
			s.Clauses[d].End+1 == c.First && toks[s.Clauses[d].End].closed&clVerbParticle != 0 && toks[s.Clauses[d].End].gap == 0) {
			return s.Clauses[ci-1].Agent // "to love [reading]", "keep [working]", "grow up [expecting]": the verb's own actor; not "… want to read, [using] loan records", a means after a comma, the main actor's
		}
		if c.OpenerAt > s.First && toks[c.OpenerAt].Tag == Preposition && ci > 0 {
			// "so that every allotment can grow food [without buying] it
			// twice": a gerund straight after a subordinate clause, with no
			// comma between, is that clause's actor's
			if d := &s.Clauses[ci-1]; d.OpenerAt >= 0 && d.Agent != Unclear && !commaBetween(toks, d.First, c.OpenerAt) {
				return d.Agent
			}
		}
		if c.Kind == Gerund && c.OpenerAt >= 0 && c.OpenerAt+1 == c.First && (toks[c.OpenerAt].Norm == "where" || toks[c.OpenerAt].Norm == "when") {
			// "a town where catching a train, a bus and a bike is one easy
			// journey": a gerund that opens a picture's clause is what
			// whoever lives in it does, not the organisation's work
			return Unclear
		}
		if c.OpenerAt >= 0 && toks[c.OpenerAt].Tag == Preposition || c.OpenerAt < 0 && ci > 0 && c.First > s.First && toks[c.First-1].gap&gapComma != 0 {
			// "…, by sharing teachers", "… without paying a middleman",
			// "…, using codes that …": the sentence's main actor does it.
			for cj := 0; cj < ci; cj++ {
				if d := &s.Clauses[cj]; d.Governor < 0 && d.Agent != Unclear {
					return d.Agent
				}
			}
		}
		return Self
	}
	if c.First == s.First && toks[c.Verb].Is(Ing) {
		return Self
	}
	if (c.First == s.First || c.First == c.Verb && toks[c.First-1].gap&gapColon != 0) && c.Kind == Finite && toks[c.Verb].Form&(ThirdPerson|Past|Ing) == 0 && !c.Modal {
		// "Lend boats …", "Our job is simple: record local voices …": a bare
		// verb that opens the sentence, or the part after its colon
		c.Kind = Imperative
		return Self
	}
	if statementStart && c.Kind == Finite && c.First == s.First && toks[c.Verb].Is(ThirdPerson) {
		return Self // a statement that opens with its verb: the organisation's ("Provides free maps …")
	}
	return Unclear
}

// animateEndsAt reports whether a phrase for someone ends at token k.
func animateEndsAt(s *Sentence, k int) bool {
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.End == k && p.Referent.Animate() {
			return true
		}
	}
	return false
}

// beforeAside returns the phrase for someone that stands before a phrase
// after a preposition set off by commas, which ends at token k ("[every
// student], in every classroom, | learning …"), or -1.
func beforeAside(s *Sentence, toks []Token, k int) int {
	for pi := 1; pi < len(s.Phrases); pi++ {
		if s.Phrases[pi].End != k || s.Phrases[pi].Prep == "" {
			continue
		}
		// Back over a chain of such phrases: "on every building site in Fife".
		for pi > 1 && s.Phrases[pi-1].Prep != "" && s.Phrases[pi-1].End == s.Phrases[pi].PrepAt && toks[s.Phrases[pi].PrepAt-1].gap == 0 {
			pi--
		}
		p := &s.Phrases[pi]
		if p.PrepAt <= s.First || toks[p.PrepAt-1].gap&gapComma == 0 {
			return -1
		}
		if q := &s.Phrases[pi-1]; q.End == p.PrepAt && q.Prep == "" && q.Referent.Animate() {
			return pi - 1
		}
		return -1
	}
	return -1
}

// endsInClause reports whether token at follows clause c's verb and the
// phrases and adverbs after it, with no comma between ("… that depend on
// them [prospering]", "… who walk there [knowing] …").
func endsInClause(s *Sentence, toks []Token, c *Clause, at int) bool {
	k := c.End
	for k < at {
		if toks[k-1].gap&gapComma != 0 {
			return false
		}
		next := -1
		for pi := range s.Phrases {
			if p := &s.Phrases[pi]; (p.First == k || p.PrepAt == k) && p.End > k {
				next = p.End
				break
			}
		}
		if next < 0 && toks[k].Tag == Adverb {
			next = k + 1 // "who walk [there] knowing …"
		}
		if next < 0 {
			return false
		}
		k = next
	}
	return k == at && c.End < at
}

// commaListEnd returns where a list of bare noun phrases that goes on at k
// after a comma ends, when a conjunction closes it ("bar staff[, cleaners
// and nurses]"), or k when none does: a comma alone may end the object
// ("give crews boats, and …").
func commaListEnd(s *Sentence, toks []Token, k int, phraseStarting func(int) int) int {
	j := k
	for j > s.First && j < s.End && toks[j-1].gap&gapComma != 0 {
		pi := phraseStarting(j)
		if pi < 0 || s.Phrases[pi].Prep != "" {
			return k
		}
		j = s.Phrases[pi].End
		if j < s.End && toks[j].Tag == Conjunction {
			if next := phraseStarting(j + 1); next >= 0 && s.Phrases[next].Prep == "" {
				return s.Phrases[next].End
			}
			return k
		}
	}
	return k
}

// isSomeone reports whether a referent is a person, a group or an animal:
// someone who can be taught or helped to do something (a place of
// business, though it may stand for its people, is not).
func isSomeone(r Referent) bool { return r == Person || r == Group || r == Animal }

// timeNoun reports whether a token's likeliest sense as a noun is a time
// ("month", "afternoon").
func timeNoun(t *Token) bool {
	return wordnet.Class(t.entry.First(wordnet.Noun)) == wordnet.NounTime
}
