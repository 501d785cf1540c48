package language

import "sort"

// Weakens reports whether the input words first..end of the statement (a hedge
// from a word list: "may", "try to", "largely", "kind of") weaken the
// organisation's own commitment where they stand, by their grammar:
//
//   - a verb of trying or wanting hedges in the organisation's own clause
//     ("we try to help"), unless that clause describes a noun without
//     "that" ("the Wales we want to see"); in someone else's it tells what
//     they want ("farmers who want to trade", "the airline customers want
//     to fly");
//   - a modal hedges in the organisation's own clause ("we may open") and
//     in a picture of others ("every keeper might borrow …"), not in a
//     clause of purpose, one that describes a noun, or one of reason,
//     time or condition ("so that every child may learn", "anything they
//     might need", "because its owner could not afford the vet"); a
//     clause without "that" that describes a noun is no hedge even when
//     it is the organisation's ("a leak we could have found");
//   - a verb and its preposition with no object after it are no hedge
//     ("a goal to aim for"): the object is the noun they describe;
//   - a noun is no hedge ("our plan to", "a new kind of school"), nor an
//     adjective compared ("no more likely to crash than anyone else");
//   - an adverb hedges unless it is a contrast ("rather than"), grades a
//     word inside a noun phrase ("largely rural communities"), tells the
//     manner of the verb before it ("pay growers fairly for …", "pay them
//     fairly while they learn", "paid fairly to keep them") or of the
//     participle after it ("fairly priced"), or sits in a clause of
//     purpose or description.
//
// Words it cannot place (a phrase such as "where possible", or indexes
// outside the analysis) weaken: the list says they hedge.
func (a *Analysis) Weakens(first, end int) bool {
	first, end, s := a.wordSentence(first, end)
	if s == nil {
		return true
	}
	t := &a.Tokens[first]
	switch t.Tag {
	case Noun, ProperNoun:
		return false
	case Verb:
		if last := end - 1; last > first && a.Tokens[last].Tag == Preposition && (last+1 == s.End || a.Tokens[last].gap != 0) {
			return false // "a science fair to aim for", "the standard they strive for.": the preposition's object stands before, so the verb names the aim of what the words describe, not a promise
		}
		c := s.clauseAround(first, false)
		if c != nil && c.Subject >= 0 && (a.reducedRelative(s, c) || a.freeRelative(s, c)) {
			return false // "In the Wales [we want to see], …", "that is what [we want to see]": a clause that describes a noun, or stands for one, names the aim, even the organisation's
		}
		return c == nil || a.speaksForSelf(s, c)
	case Modal:
		if elidedComparison(a.Tokens, s, first) {
			return false // "… as surely as their grandparents could.": the verb left out, a comparison
		}
		c := s.clauseAround(first, false)
		if c != nil && (comparedClause(s, a.Tokens, c) || secondOfComparison(a.Tokens, s, c)) {
			return false // "… mend their own clothes as surely as their grandparents could": a comparison, no doubt
		}
		if c != nil && c.Subject >= 0 && a.reducedRelative(s, c) {
			return false // "a leak we could have found in a day": a clause that describes a noun, even the organisation's
		}
		if c != nil && a.thoughtBySomeoneElse(s, c) {
			return false // "a child who never thought they could play": what someone else thinks, not the organisation's doubt
		}
		if c != nil && !a.speaksForSelf(s, c) && a.joinedToCircumstance(s, c) {
			return false // "because their chair broke and nobody could fix it": the second reason, after "and"
		}
		return c == nil || a.speaksForSelf(s, c) || !purposeOrRelative(c.Opener) && !circumstance(c.Opener)
	case Adverb:
		if end-first > 1 {
			return true
		}
		return a.adverbHedges(s, first)
	case Adjective:
		if first > s.First {
			switch a.Tokens[first-1].Norm {
			case "more", "less", "as", "most", "least":
				return false // "no more likely to crash than anyone else": a comparison of how likely, not a doubt
			}
		}
		if c := s.clauseAround(first, true); c != nil && c.Agent != Self && c.Subject >= 0 && !a.speaksForSelf(s, c) {
			return false // "texts islanders when the aurora is likely": how likely something else is, not a doubt of the organisation's
		}
	}
	return true
}

// adverbHedges decides a one-word adverb at i.
func (a *Analysis) adverbHedges(s *Sentence, i int) bool {
	toks := a.Tokens
	if i+1 < s.End && toks[i+1].Norm == "than" {
		return false // "rather than": a contrast
	}
	if i > s.First && toks[i-1].Norm == "as" && toks[i-1].gap == 0 && asLater(toks, i+1, s.End) {
		return false // "paid as fairly for their yarn as weavers are": how, compared, not how much
	}
	if c := s.clauseAround(i, true); c != nil && !a.speaksForSelf(s, c) && purposeOrRelative(c.Opener) {
		return false // "so that children can possibly …", "people who mostly work nights"
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.First <= i && i < p.Head {
			return false // "largely rural communities", "relatively few boats"
		}
	}
	if i+1 < s.End && toks[i].gap == 0 && participle(&toks[i+1]) && toks[i+1].closed&(clBe|clHave) == 0 {
		return false // "water fairly priced", "a properly heated home": the manner of what was done
	}
	if i > s.First && toks[i-1].gap == 0 && (toks[i-1].Tag == Verb || toks[i-1].Tag == Noun || toks[i-1].Tag == Pronoun || toks[i-1].Tag == ProperNoun || participle(&toks[i-1]) ||
		toks[i-1].closed&clVerbParticle != 0 && toks[i-1].Tag != Verb && i-1 > s.First && toks[i-2].gap == 0 && (toks[i-2].Tag == Noun || toks[i-2].Tag == Verb || toks[i-2].Tag == Pronoun)) {
		if i+1 == s.End || toks[i].gap != 0 || toks[i+1].Tag == Preposition || toks[i+1].Tag == Conjunction || toks[i+1].Tag == Subordinator || toks[i+1].Tag == Particle {
			return false // "pay growers fairly for their milk", "paid fairly for it", "share shifts out fairly and …", "pay them fairly while they learn", "farmers paid fairly to keep them": the verb's manner
		}
	}
	return true
}

// speaksForSelf reports whether a clause is the organisation's own: its
// agent is the organisation, or a thing the organisation calls its own
// ("our app may help").
func (a *Analysis) speaksForSelf(s *Sentence, c *Clause) bool {
	if c.Agent == Self {
		return true
	}
	return c.Subject >= 0 && s.Phrases[c.Subject].Det == "our"
}

// wordSentence maps words [first, end) of the statement to its tokens and
// returns them with the sentence that holds the first, or a nil sentence
// when the words are out of range or in none.
func (a *Analysis) wordSentence(first, end int) (int, int, *Sentence) {
	if first < 0 || end > a.words || first >= end {
		return first, end, nil
	}
	first, end = a.tokensOf(first, end)
	return first, end, a.sentenceOf(first)
}

// sentenceOf returns the sentence that holds token i. Sentences follow
// one another through the tokens, so it searches: reading every sentence
// for every hedge took time in the square of a long statement's sentences.
func (a *Analysis) sentenceOf(i int) *Sentence {
	si := sort.Search(len(a.Sentences), func(si int) bool { return a.Sentences[si].End > i })
	if si < len(a.Sentences) && a.Sentences[si].First <= i {
		return &a.Sentences[si]
	}
	return nil
}

// clauseAround returns the clause whose verb group holds token i, or with
// near set, the one whose group starts right after i or ends right
// before it ("we mostly serve", "we serve mostly …"); nil when none does.
func (s *Sentence) clauseAround(i int, near bool) *Clause {
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.First <= i && i < c.End || near && (c.First == i+1 || c.End == i) {
			return c
		}
	}
	return nil
}

// elidedComparison reports whether the modal at token i ends its
// sentence or its clause, its verb left out, within a few words after
// "as", "than", "like" or "the way" ("as surely as their grandparents
// could", "faster than we ever could", "discover the city the way a
// neighbour would, through …"), or before a preposition, where no verb
// stands ("dig as they would in the wild").
func elidedComparison(toks []Token, s *Sentence, i int) bool {
	if i+1 != s.End && toks[i].gap&(gapComma|gapClause|gapParen) == 0 && toks[i+1].Tag != Preposition {
		return false // a verb may follow: "as they could [see]"; not a preposition ("as they would in the wild")
	}
	for k := i - 1; k >= s.First && k >= i-4; k-- {
		switch toks[k].Norm {
		case "as", "than", "like":
			return true
		case "way":
			return k > s.First && toks[k-1].Norm == "the" // "the way a neighbour would, …"
		}
	}
	return false
}

// asLater reports whether "as" stands among tokens [from, end): the
// second "as" of "as … as".
func asLater(toks []Token, from, end int) bool {
	for k := from; k < end; k++ {
		if toks[k].Norm == "as" {
			return true
		}
	}
	return false
}

// secondOfComparison reports whether clause c is the second half of a
// comparison, opened as a clause: with "as" after "as" and a word or two
// ("as surely as their grandparents could"), or with "than" ("more than we
// could").
func secondOfComparison(toks []Token, s *Sentence, c *Clause) bool {
	switch {
	case c.OpenerAt < 0:
		return false
	case toks[c.OpenerAt].Norm == "than":
		return true
	case toks[c.OpenerAt].Norm == "as":
		for k := c.OpenerAt - 2; k >= s.First && k >= c.OpenerAt-3; k-- {
			if toks[k].Norm == "as" {
				return true
			}
		}
	}
	return false
}

// circumstance reports whether a clause's opener makes it a reason, a
// time or a condition of what the main clause says ("because its owner
// could not afford the vet", "until they can read"): a modal there tells
// what someone can or could do, and commits no one.
func circumstance(opener string) bool {
	switch opener {
	case "because", "since", "until", "till", "unless", "if", "when", "whenever", "while", "before", "after", "although", "though":
		return true
	}
	return false
}

// joinedToCircumstance reports whether clause c, with no opener of its
// own, follows "and" or "or" after a clause of reason, time or condition
// ("because their chair broke and nobody could fix it"): it is a second
// one, under the same opener.
func (a *Analysis) joinedToCircumstance(s *Sentence, c *Clause) bool {
	if c.OpenerAt >= 0 {
		return false
	}
	left := c.First
	if c.Subject >= 0 {
		left = min(left, s.Phrases[c.Subject].First)
	}
	if left <= s.First || a.Tokens[left-1].Tag != Conjunction {
		return false
	}
	for ci := len(s.Clauses) - 1; ci >= 0; ci-- {
		if d := &s.Clauses[ci]; d != c && d.End < left {
			return circumstance(d.Opener)
		}
	}
	return false
}

// purposeOrRelative reports whether a clause's opener makes it a clause of
// purpose ("so that", "in order that") or one that describes a noun
// ("who", "that").
func purposeOrRelative(opener string) bool {
	return opener == "so that" || opener == "so" || opener == "in order that" || relativeOpener(opener)
}

// reducedRelative reports whether a clause describes the noun before its
// subject without a relative pronoun ("anything [they might need]", "the
// airline [customers want to fly]").
func (a *Analysis) reducedRelative(s *Sentence, c *Clause) bool {
	if c.Subject < 0 || c.Opener != "" {
		return false
	}
	first := s.Phrases[c.Subject].First
	if pi := c.Subject - 1; pi >= 0 && s.Phrases[pi].Possessor && s.Phrases[pi].End == first && s.Phrases[pi].Prep == "" {
		first = s.Phrases[pi].First // "numbers [every angler's] grandparents would recognise": the subject with its owner
	}
	if first == s.First {
		return false
	}
	prev := &a.Tokens[first-1]
	if pi := c.Subject - 1; pi >= 0 && s.Phrases[pi].First == s.First && s.Phrases[pi].End == first && fronted(s, a.Tokens, pi) {
		return false // "Each year the unit sequences …": a time that opens the sentence, then its subject
	}
	// "a photograph of it [they would want to frame]": "it" after a
	// preposition is that preposition's object, not the clause's subject.
	objectIt := prev.Norm == "it" && first-2 >= s.First && a.Tokens[first-2].Tag == Preposition
	return prev.gap == 0 && !prev.Is(Possessive) && (prev.Tag == Noun || prev.Tag == Pronoun && (!isSubjectPronoun(prev.Norm) || objectIt) || prev.Tag == ProperNoun) // not "Larkspur's [mission] is": the subject's owner
}

// freeRelative reports whether clause c stands after "what", itself after
// a form of "be", as the noun it describes ("that is [what] we want to
// see"): the thing wanted, named; not "What we want to do is help …",
// which says what the organisation would do.
func (a *Analysis) freeRelative(s *Sentence, c *Clause) bool {
	first := s.Phrases[c.Subject].First
	if first < s.First+2 || a.Tokens[first-1].Norm != "what" || a.Tokens[first-1].gap != 0 {
		return false
	}
	be := &a.Tokens[first-2]
	return be.closed&clBe != 0 && be.Tag == Verb && be.gap == 0
}

// thoughtBySomeoneElse reports whether clause c is what a verb that takes
// a clause says, thinks or hopes ("never thought [they could play]",
// "know [they can sell]"), in a clause not the organisation's own.
func (a *Analysis) thoughtBySomeoneElse(s *Sentence, c *Clause) bool {
	d := s.takenBy(a.Tokens, c)
	return d != nil && a.Tokens[d.Verb].gap == 0 && !a.speaksForSelf(s, d)
}

// participle reports whether a token is a verb's past participle, as a
// verb or as an adjective ("paid", "treated").
func participle(t *Token) bool {
	return t.Is(Past) || t.Tag == Adjective && t.cands != nil && t.cands.verbForm == Past
}
