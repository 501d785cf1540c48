package language

// Topic reports whether words [first, end) hold the head of what the
// statement's first sentence is about: the subject of its main clause
// ("By 2030, a booking [app] will let …"), what "Our vision is" names
// ("Our vision is an online [platform] where …"), or, in a sentence with
// no main verb, its first noun phrase ("A storm-tracking [app] in every
// chaser's pocket, …"). A rule counting product words reads a vision
// about the product apart from one that only mentions it.
func (a *Analysis) Topic(first, end int) bool {
	first, end, s := a.wordSentence(first, end)
	if s == nil || s != &a.Sentences[0] {
		return false
	}
	p := a.topicOf(s)
	return p != nil && first <= p.Head && p.Head < end
}

// topicOf returns the phrase sentence s is about, or nil when it cannot
// tell.
func (a *Analysis) topicOf(s *Sentence) *Phrase {
	toks := a.Tokens
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		if c.Kind != Finite || c.Governor >= 0 || c.Opener != "" {
			continue
		}
		if c.Subject < 0 {
			return nil
		}
		p := &s.Phrases[c.Subject]
		if toks[p.Head].closed&clStatementWord == 0 {
			return p
		}
		if toks[c.Verb].closed&clBe != 0 && len(c.Objects) > 0 && !c.Negated {
			return &s.Phrases[c.Objects[0]] // "Our vision is an online platform …"
		}
		return nil
	}
	if len(s.Phrases) > 0 && s.Phrases[0].First == s.First && s.Phrases[0].Prep == "" {
		return &s.Phrases[0] // "A storm-tracking app in every chaser's pocket, …": a picture without a verb, named first
	}
	return nil
}
