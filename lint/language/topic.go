package language

// Topic reports whether words [first, end) hold the head of what the
// statement's first sentence is about: the subject of its main clause
// ("By 2030, a booking [app] will let …"), what "Our vision is" names
// ("Our vision is an online [platform] where …"), or, in a sentence with
// no main verb, its first noun phrase, after any phrases of time before a
// comma ("A storm-tracking [app] in every chaser's pocket, …", "By 2027,
// a booking [app] that lets …"); and when that subject is a name or the
// organisation and its verb is "be", what it is said to be ("HallBook
// will be a free web [app] for …"). A rule counting product words reads a
// vision about the product apart from one that only mentions it.
func (a *Analysis) Topic(first, end int) bool {
	first, end, s := a.wordSentence(first, end)
	if s == nil || s != &a.Sentences[0] {
		return false
	}
	for _, p := range [...]*Phrase{a.topicOf(s), a.namedAs(s)} {
		if p == nil {
			continue
		}
		for qi := range s.Phrases {
			// the topic, or a phrase joined to it by "and" ("an online shop
			// and care [app] that …")
			if q := &s.Phrases[qi]; (q == p || q.Conjoined >= 0 && &s.Phrases[q.Conjoined] == p && q.Prep == "") && first <= q.Head && q.Head < end {
				return true
			}
		}
	}
	return false
}

// namedAs returns what the main clause of sentence s says its subject is,
// when the subject is a name or the organisation ("HallBook will be a
// free web app …", "We will be the platform …"), or nil: a name is said
// to be what it names.
func (a *Analysis) namedAs(s *Sentence) *Phrase {
	c := s.mainClause()
	if c == nil || c.Subject < 0 || c.Negated || len(c.Objects) == 0 || a.Tokens[c.Verb].closed&clBe == 0 {
		return nil
	}
	if r := s.Phrases[c.Subject].Referent; r != Name && r != Self {
		return nil
	}
	return &s.Phrases[c.Objects[0]]
}

// mainClause returns the sentence's first finite clause that depends on
// no other and is joined to none, or nil.
func (s *Sentence) mainClause() *Clause {
	for ci := range s.Clauses {
		if c := &s.Clauses[ci]; c.Kind == Finite && c.Governor < 0 && c.Opener == "" && c.Joined < 0 {
			return c
		}
	}
	return nil
}

// topicOf returns the phrase sentence s is about, or nil when it cannot
// tell.
func (a *Analysis) topicOf(s *Sentence) *Phrase {
	toks := a.Tokens
	if c := s.mainClause(); c != nil {
		if c.Subject < 0 {
			return nil
		}
		p := &s.Phrases[c.Subject]
		if q := contactRelativeHead(s, toks, c); q != nil {
			return q // "The platform [every allotment society uses to …]": a picture without a verb
		}
		if toks[p.Head].closed&clStatementWord == 0 {
			return p
		}
		if toks[c.Verb].closed&clBe != 0 && len(c.Objects) > 0 && !c.Negated {
			return &s.Phrases[c.Objects[0]] // "Our vision is an online platform …"
		}
		return nil
	}
	k := 0
	for k < len(s.Phrases) && s.Phrases[k].Prep != "" && (k == 0 && s.Phrases[k].PrepAt == s.First || k > 0 && s.Phrases[k].PrepAt == s.Phrases[k-1].End) {
		k++ // "By 2027, …", "Within five years, …": when, before what the picture shows
	}
	if k == len(s.Phrases) || s.Phrases[k].Prep != "" {
		return nil
	}
	if p := &s.Phrases[k]; k == 0 && p.First == s.First || k > 0 && p.First == s.Phrases[k-1].End && toks[p.First-1].gap&gapComma != 0 {
		return p // "A storm-tracking app in every chaser's pocket, …", "By 2027, a booking app that …": a picture without a verb, named first
	}
	return nil
}

// contactRelativeHead returns the noun phrase that opens sentence s when
// main clause c is a relative clause on it without "that": the phrase,
// then at once (no comma, no preposition) c's subject, and a verb that
// takes no object, as its object is the phrase before ("The platform
// [every allotment society uses to …]", "The map [every walker
// trusts]"). Otherwise nil.
func contactRelativeHead(s *Sentence, toks []Token, c *Clause) *Phrase {
	if c.Subject < 1 || len(c.Objects) > 0 || c.Predicate >= 0 || c.Negated {
		return nil
	}
	q, p := &s.Phrases[c.Subject-1], &s.Phrases[c.Subject]
	if q.First != s.First || q.Prep != "" || q.Possessor || q.End != p.First || p.Prep != "" || toks[q.End-1].gap != 0 {
		return nil
	}
	if toks[q.Head].Tag != Noun {
		return nil
	}
	return q
}
