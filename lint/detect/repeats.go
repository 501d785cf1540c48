package detect

// phraseIndex remembers the words of the statements found so far and says
// whether a run of words repeats one of them: whether it stands inside one
// of them or holds all of one, word for word. Statements of fewer than
// minPhrase words are not remembered, and runs that short never repeat.
//
// A question costs time in proportion to the words asked about (times the
// logarithm of the number of statements known), never to the statements
// known, so a file of many thousand statements is read in linear time:
//   - "stands inside" walks a suffix automaton of every known statement;
//   - "holds all of" runs the words through Aho–Corasick automata of the
//     known statements. Statements keep coming between questions, so they
//     are kept in groups whose sizes at least double from the newest to the
//     oldest (the logarithmic method): adding one rebuilds the small groups
//     it merges with, and each word is rebuilt a logarithmic number of times.
type phraseIndex struct {
	ids    map[string]int32 // word ids, for the words of known statements
	inside suffixAutomaton
	whole  []*wordMatcher // newest (smallest) group last
}

// minPhrase is the fewest words a repeat is made of.
const minPhrase = 4

// add remembers the words of one statement.
func (x *phraseIndex) add(words []string) {
	if len(words) < minPhrase {
		return
	}
	if x.ids == nil {
		x.ids = map[string]int32{}
	}
	ids := make([]int32, len(words))
	for i, w := range words {
		id, ok := x.ids[w]
		if !ok {
			id = int32(len(x.ids))
			x.ids[w] = id
		}
		ids[i] = id
	}
	x.inside.add(ids)
	group, size := [][]int32{ids}, len(ids)
	for n := len(x.whole); n > 0 && x.whole[n-1].size <= size; n = len(x.whole) {
		group, size = append(group, x.whole[n-1].phrases...), size+x.whole[n-1].size
		x.whole = x.whole[:n-1]
	}
	x.whole = append(x.whole, newWordMatcher(group, size))
}

// repeats reports whether words (at least minPhrase of them) stand inside
// a known statement or hold all of one.
func (x *phraseIndex) repeats(words []string) bool {
	if len(words) < minPhrase || len(x.whole) == 0 {
		return false
	}
	ids := make([]int32, len(words))
	for i, w := range words {
		id, ok := x.ids[w]
		if !ok {
			id = -1 // in no known statement
		}
		ids[i] = id
	}
	if x.inside.contains(ids) {
		return true
	}
	for _, m := range x.whole {
		if m.holdsAny(ids) {
			return true
		}
	}
	return false
}

// edge is a transition of an automaton: from a state, on a word.
type edge struct{ from, word int32 }

// suffixAutomaton recognises every run of consecutive words of the
// statements added to it (a generalised suffix automaton, built online).
type suffixAutomaton struct {
	states []samState // states[0] is the empty run
	next   map[edge]int32
	out    [][]int32 // the words each state has a transition on, for cloning
}

type samState struct {
	length int32 // the length of the longest run the state stands for
	link   int32 // the state of its longest suffix that ends elsewhere too
}

// add adds one statement's words.
func (a *suffixAutomaton) add(words []int32) {
	if a.states == nil {
		a.states, a.out, a.next = []samState{{link: -1}}, [][]int32{nil}, map[edge]int32{}
	}
	last := int32(0)
	for _, w := range words {
		last = a.extend(last, w)
	}
}

// contains reports whether words are a run of consecutive words of an added statement.
func (a *suffixAutomaton) contains(words []int32) bool {
	s := int32(0)
	for _, w := range words {
		t, ok := a.next[edge{s, w}]
		if !ok {
			return false
		}
		s = t
	}
	return a.states != nil
}

// extend appends word w to the runs that state last stands for and returns
// the state of the longest of the new runs.
func (a *suffixAutomaton) extend(last, w int32) int32 {
	if q, ok := a.next[edge{last, w}]; ok {
		// An earlier statement has this run already.
		if a.states[q].length == a.states[last].length+1 {
			return q
		}
		return a.split(last, q, w)
	}
	cur := a.newState(samState{length: a.states[last].length + 1})
	p := last
	for ; p != -1; p = a.states[p].link {
		if _, ok := a.next[edge{p, w}]; ok {
			break
		}
		a.setEdge(p, w, cur)
	}
	switch {
	case p == -1:
		a.states[cur].link = 0
	case a.states[a.next[edge{p, w}]].length == a.states[p].length+1:
		a.states[cur].link = a.next[edge{p, w}]
	default:
		a.states[cur].link = a.split(p, a.next[edge{p, w}], w)
	}
	return cur
}

// split gives the shorter runs of state q, which p reaches on w, a state
// of their own (a clone of q), redirects p and its suffixes to it, and returns it.
func (a *suffixAutomaton) split(p, q, w int32) int32 {
	c := a.newState(samState{length: a.states[p].length + 1, link: a.states[q].link})
	for _, x := range a.out[q] {
		a.setEdge(c, x, a.next[edge{q, x}])
	}
	for ; p != -1 && a.next[edge{p, w}] == q; p = a.states[p].link {
		a.next[edge{p, w}] = c
	}
	a.states[q].link = c
	return c
}

func (a *suffixAutomaton) newState(s samState) int32 {
	a.states = append(a.states, s)
	a.out = append(a.out, nil)
	return int32(len(a.states) - 1)
}

func (a *suffixAutomaton) setEdge(from, w, to int32) {
	a.next[edge{from, w}] = to
	a.out[from] = append(a.out[from], w)
}

// wordMatcher is an Aho–Corasick automaton: it finds whether any of its
// statements occurs, word for word, in a run of words.
type wordMatcher struct {
	phrases [][]int32 // the statements it was built from
	size    int       // their words in all
	next    map[edge]int32
	fail    []int32 // the state of the longest proper suffix that is a prefix of a statement
	ends    []bool  // a statement ends at the state, or at one its failure links lead to
}

func newWordMatcher(phrases [][]int32, size int) *wordMatcher {
	m := &wordMatcher{phrases: phrases, size: size, next: make(map[edge]int32, size), fail: []int32{0}, ends: []bool{false}}
	depth := []int32{0}
	var edges []edge // trie edges, in the order their states were made
	for _, words := range phrases {
		s := int32(0)
		for _, w := range words {
			t, ok := m.next[edge{s, w}]
			if !ok {
				t = int32(len(m.fail))
				m.next[edge{s, w}] = t
				m.fail, m.ends, depth = append(m.fail, 0), append(m.ends, false), append(depth, depth[s]+1)
				edges = append(edges, edge{s, w})
			}
			s = t
		}
		m.ends[s] = true
	}
	// Failure links, shallow states first: a state's link is shallower.
	byDepth := make([][]edge, size+1)
	for _, e := range edges {
		d := depth[m.next[e]]
		byDepth[d] = append(byDepth[d], e)
	}
	for _, level := range byDepth {
		for _, e := range level {
			t := m.next[e]
			if e.from != 0 {
				m.fail[t] = m.step(m.fail[e.from], e.word)
			}
			m.ends[t] = m.ends[t] || m.ends[m.fail[t]]
		}
	}
	return m
}

// step is the state after word w from state s, following failure links
// while s has no transition on w.
func (m *wordMatcher) step(s, w int32) int32 {
	for {
		if t, ok := m.next[edge{s, w}]; ok {
			return t
		}
		if s == 0 {
			return 0
		}
		s = m.fail[s]
	}
}

// holdsAny reports whether one of the matcher's statements occurs in words.
func (m *wordMatcher) holdsAny(words []int32) bool {
	s := int32(0)
	for _, w := range words {
		s = m.step(s, w)
		if m.ends[s] {
			return true
		}
	}
	return false
}
