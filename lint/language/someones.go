package language

// SomeonesWord reports whether words [first, end) name something of a
// person's rather than what the organisation makes: they modify a noun for
// people ("mobile developers", "the platform team") or for what people
// belong to ("a member of any tool library"), or they head a phrase that a
// person owns ("their app"). A rule counting product words reads a
// vision's beneficiaries and their own things apart from its product.
func (a *Analysis) SomeonesWord(first, end int) bool {
	first, end, s := a.wordSentence(first, end)
	if s == nil {
		return false
	}
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if first < p.First || end > p.End {
			continue
		}
		switch {
		case end <= p.Head && (p.Referent == Person || p.Referent == Group):
			return true // "mobile developers", "the platform team"
		case end == p.Head+1 && (p.Det == "their" || p.Det == "his" || p.Det == "her"):
			return true // "test their app"
		case end <= p.Head && p.Prep == "of" && pi > 0 && s.Phrases[pi-1].End == p.PrepAt && (s.Phrases[pi-1].Referent == Person || s.Phrases[pi-1].Referent == Group):
			return true // "a member of any tool library": a word that describes what people belong to; not "users of the app", the thing itself
		}
	}
	return false
}

// OrganisationsOwn reports whether words [first, end) end or modify the
// head of a phrase the organisation owns ("[our] club management
// [software]", "our booking [app]"): what it names is the organisation's
// own.
func (a *Analysis) OrganisationsOwn(first, end int) bool {
	first, end, s := a.wordSentence(first, end)
	if s == nil {
		return false
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.Det == "our" && first > p.First && end <= p.Head+1 {
			return true
		}
	}
	return false
}

// ModifiesNoun reports whether words [first, end) stand before a noun or
// an adjective of the same phrase, as a compound modifier does ("end to
// end encryption"), rather than on their own ("test a refund end to
// end").
func (a *Analysis) ModifiesNoun(first, end int) bool {
	_, end, s := a.wordSentence(first, end)
	if s == nil || end >= s.End || a.Tokens[end-1].gap != 0 {
		return false
	}
	switch a.Tokens[end].Tag {
	case Noun, ProperNoun, Adjective:
		return true
	}
	return false
}

// CountsInSeries reports whether words [first, end) end a noun phrase
// after its determiner and open with a word of order ("from [the first
// class]", "every [next session]"): a thing counted in a series, not the
// compound adjective the same words make hyphenated ("first-class
// service").
func (a *Analysis) CountsInSeries(first, end int) bool {
	first, end, s := a.wordSentence(first, end)
	if s == nil || end-first < 2 || a.Tokens[first].closed&clAnaphoricOne == 0 {
		return false
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; p.Head == end-1 && p.End == end && first > p.First && a.Tokens[first-1].Tag == Determiner {
			return true
		}
	}
	return false
}

// Describes reports whether input word i is an adjective or an adverb
// before the head of its noun phrase, as in "a [truly] [innovative],
// [customer-centric] leader": it describes the noun that follows.
func (a *Analysis) Describes(i int) bool {
	first, end, s := a.wordSentence(i, i+1)
	if s == nil || end != first+1 {
		return false
	}
	for pi := range s.Phrases {
		if p := &s.Phrases[pi]; first >= p.First && first < p.Head {
			return a.Tokens[first].Tag == Adjective || a.Tokens[first].Tag == Adverb
		}
	}
	return false
}
