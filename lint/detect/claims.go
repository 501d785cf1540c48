package detect

import (
	"slices"
	"sort"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// claimSet is where finders propose statements and where it is decided
// which stand. Proposals are taken in document order, and the earliest
// claim on a block (or on the same bytes of a paragraph) wins it; at the
// same place, the form that marks a statement most plainly wins (a front
// matter field, a title, a heading, a label, a lead-in, a sentence, then
// the opening text a page title or file name points at).
type claimSet struct {
	proposed []proposal // waiting for resolve
	accepted []proposal // decided, in document order
	// byNode holds the pieces accepted claims take, by block, and inner
	// the blocks that hold a block a claim takes: an overlap is found by
	// looking at a piece's block and its parents, not at every claim.
	byNode map[ast.Node][]piece
	inner  map[ast.Node]bool
	// known holds the words of accepted[:indexed], for repeats.
	known   phraseIndex
	indexed int
}

// proposal is a claim a finder proposes, with what deciding needs.
type proposal struct {
	Claim
	pieces []piece // the blocks, or bytes of a block's text, it claims
	// at and markStart are where the mark that makes it a statement
	// starts: the body offset of the heading, label or sentence's block
	// (-1 for front matter), and the byte of that block's text.
	at, markStart int
	// implicit marks a sentence whose cue does not name the kind ("We
	// envision …", "Imagine a world where …"): where the document states
	// the kind otherwise, it only elaborates.
	implicit bool
	// after is, for a sentence, its normalised words after the cue: a
	// sentence that repeats a statement accepted before is not another.
	after []string
}

// piece is what a claim takes of one block: the bytes [start, end) of a
// leaf block's text, or the whole block.
type piece struct {
	node       ast.Node
	start, end int
	whole      bool
}

// propose offers a claim marked by the heading, label or table cell mark
// (nil for front matter), whose mark starts at byte markStart of its text.
func (d *detector) propose(c Claim, mark ast.Node, markStart int) {
	d.offer(c, mark, markStart, false, nil)
}

// proposeSentence offers a sentence's claim; implicit marks one whose cue
// does not name the kind, after are its normalised words after the cue.
func (d *detector) proposeSentence(c Claim, implicit bool, after []string) {
	d.offer(c, c.Blocks[0], c.Start, implicit, after)
}

func (d *detector) offer(c Claim, mark ast.Node, markStart int, implicit bool, after []string) {
	switch {
	case c.Field != "":
		c.Start, c.End = unquote(d.doc.Fields[c.Field], c.Start, c.End)
	case len(c.Blocks) > 0 && c.Start < c.End:
		c.Start, c.End = unquote(d.blocksText(c.Blocks), c.Start, c.End)
	}
	p := proposal{Claim: c, at: -1, markStart: markStart, implicit: implicit, after: after}
	if mark != nil {
		p.at = startOf(mark)
	}
	switch {
	case len(c.Blocks) > 0:
		for i, b := range c.Blocks {
			pc := piece{node: b, whole: true}
			if i == 0 && isLeaf(b) {
				pc = piece{node: b, start: c.Start, end: min(c.End, len(d.text(b)))}
				if len(c.Blocks) > 1 {
					pc.end = len(d.text(b))
				}
			}
			p.pieces = append(p.pieces, pc)
		}
	case c.At != nil:
		p.pieces = []piece{{node: c.At, whole: true}}
	}
	d.claims.proposed = append(d.claims.proposed, p)
}

// isLeaf reports whether n is a block whose text is its own inline text.
func isLeaf(n ast.Node) bool {
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock, *ast.Heading, *east.TableCell:
		return true
	}
	return false
}

// rank orders the forms at the same place: the plainest mark first.
func (p *proposal) rank() int {
	switch {
	case p.Field != "":
		return 0
	case p.Form == FormTitle:
		return 1
	case p.Form == FormHeading:
		return 2
	case p.Form == FormLabel:
		return 3
	case p.Form == FormLeadIn:
		return 4
	case p.Form == FormSentence:
		return 5
	}
	return 6
}

// resolve decides the proposals made since the last call, in document
// order: one that overlaps a claim already accepted loses, as does a
// sentence that repeats an accepted statement and an implicit sentence
// about a kind the document states otherwise, or that opens a file named
// after the other kind.
func (s *claimSet) resolve(d *detector) {
	props := s.proposed
	s.proposed = nil
	sortProposals(props)
	stated := map[Kind]bool{}
	for _, group := range [][]proposal{s.accepted, props} {
		for _, p := range group {
			if !p.implicit && !p.Empty() {
				stated[p.Kind] = true
			}
		}
	}
	if len(s.accepted) == 0 {
		// The claims accepted are some of props, in order: they take
		// props' place, each written at or before the one being read,
		// instead of a copy of them all (a file may hold hundreds of
		// thousands of headings).
		s.accepted = props[:0]
	}
	for _, p := range props {
		if p.implicit && (stated[p.Kind] || d.opensFileOfOther(p)) || s.overlaps(p.pieces) || s.repeats(d, &p) {
			continue
		}
		s.accept(p)
	}
	if s.indexed > 0 {
		s.index(d, len(s.accepted)) // keep accepted[:indexed] indexed through the sort
	}
	sortProposals(s.accepted)
}

// dropFrom drops the proposals whose mark stands at or after body offset
// from (front matter's, at -1, stay).
func (s *claimSet) dropFrom(from int) {
	s.proposed = slices.DeleteFunc(s.proposed, func(p proposal) bool { return p.at >= from })
}

// accept adds p to the accepted claims.
func (s *claimSet) accept(p proposal) {
	if s.byNode == nil {
		s.byNode, s.inner = map[ast.Node][]piece{}, map[ast.Node]bool{}
	}
	for _, pc := range p.pieces {
		list := s.byNode[pc.node]
		k := sort.Search(len(list), func(k int) bool { return list[k].start >= pc.start })
		s.byNode[pc.node] = slices.Insert(list, k, pc)
		for a := pc.node.Parent(); a != nil && !s.inner[a]; a = a.Parent() {
			s.inner[a] = true
		}
	}
	s.accepted = append(s.accepted, p)
}

func sortProposals(ps []proposal) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := &ps[i], &ps[j]
		if a.at != b.at {
			return a.at < b.at
		}
		if a.markStart != b.markStart {
			return a.markStart < b.markStart
		}
		return a.rank() < b.rank()
	})
}

// overlaps reports whether an accepted claim takes any of the pieces: the
// same bytes of a block, a block that holds the piece's, or one inside it.
func (s *claimSet) overlaps(pieces []piece) bool {
	for _, y := range pieces {
		// Accepted pieces of one block do not overlap: sorted by start,
		// they are sorted by end too.
		if list := s.byNode[y.node]; len(list) > 0 {
			if y.whole || list[0].whole {
				return true
			}
			k := sort.Search(len(list), func(k int) bool { return list[k].end > y.start })
			if k < len(list) && list[k].start < y.end {
				return true
			}
		}
		if s.inner[y.node] {
			return true
		}
		for a := y.node.Parent(); a != nil; a = a.Parent() {
			if len(s.byNode[a]) > 0 {
				return true
			}
		}
	}
	return false
}

// taken reports whether an accepted claim takes any part of block n.
func (s *claimSet) taken(n ast.Node) bool {
	return s.overlaps([]piece{{node: n, whole: true}})
}

// has reports whether a statement of kind with text has been accepted.
func (s *claimSet) has(kind Kind) bool {
	for _, p := range s.accepted {
		if p.Kind == kind && !p.Empty() {
			return true
		}
	}
	return false
}

// repeats reports whether p is a sentence whose words after its cue (four
// or more) already stand in an accepted statement, or hold all of one.
func (s *claimSet) repeats(d *detector, p *proposal) bool {
	if len(p.after) < minPhrase {
		return false
	}
	s.index(d, len(s.accepted))
	return s.known.repeats(p.after)
}

// index adds the words of accepted[indexed:n] to known.
func (s *claimSet) index(d *detector, n int) {
	for ; s.indexed < n; s.indexed++ {
		_, words := d.tokens(d.claimText(s.accepted[s.indexed].Claim))
		s.known.add(words)
	}
}

// claimText returns the text of a claim.
func (d *detector) claimText(c Claim) string {
	if c.Field != "" {
		return d.doc.Fields[c.Field][c.Start:c.End]
	}
	if len(c.Blocks) == 0 {
		return ""
	}
	return d.blocksText(c.Blocks)[c.Start:c.End]
}
