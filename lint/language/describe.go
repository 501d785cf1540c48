package language

import (
	"fmt"
	"strings"
)

// Describe returns the analysis as text, for people reading what the
// layer understood: each sentence's tokens with their tags
// ("lend/VERB"), its phrases with their referents, its clauses with their
// roles, then each component's parts and presence.
func (a *Analysis) Describe() string {
	var b strings.Builder
	for si := range a.Sentences {
		s := &a.Sentences[si]
		for k := s.First; k < s.End; k++ {
			t := &a.Tokens[k]
			if k > s.First {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s/%s", t.Text, t.Tag)
		}
		b.WriteByte('\n')
		for _, p := range s.Phrases {
			fmt.Fprintf(&b, "  NP %q head %q %s", a.span(p.First, p.End), a.Tokens[p.Head].Text, p.Referent)
			if p.Prep != "" {
				fmt.Fprintf(&b, " after %q", p.Prep)
			}
			b.WriteByte('\n')
		}
		for _, c := range s.Clauses {
			fmt.Fprintf(&b, "  VP %q %s agent %s", a.span(c.First, c.End), clauseKindNames[c.Kind], c.Agent)
			if c.Subject >= 0 {
				fmt.Fprintf(&b, " subject %q", a.span(s.Phrases[c.Subject].First, s.Phrases[c.Subject].End))
			}
			for _, o := range c.Objects {
				fmt.Fprintf(&b, " object %q", a.span(s.Phrases[o].First, s.Phrases[o].End))
			}
			if c.Opener != "" {
				fmt.Fprintf(&b, " opener %q", c.Opener)
			}
			b.WriteByte('\n')
		}
	}
	for k := Component(0); k < componentCount; k++ {
		fmt.Fprintf(&b, "%s: %s", k, a.Components.Presence(k))
		for _, p := range a.Components.Parts(k) {
			fmt.Fprintf(&b, " %q", a.span(a.tokensOf(p.First, p.End)))
			if k == Audience && p.Specific {
				b.WriteString("(specific)")
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

var clauseKindNames = [...]string{"?", "finite", "infinitive", "gerund", "imperative", "bare", "participle"}

// span returns the text of tokens [first, end).
func (a *Analysis) span(first, end int) string {
	if first >= end {
		return ""
	}
	return a.Text[a.Tokens[first].Start:a.Tokens[end-1].End]
}
