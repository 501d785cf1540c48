package lint

import (
	"bytes"
	"sort"
	"strings"

	"github.com/vmlint/vmlint/lint/lexicon"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// slotPattern matches a template slot left in a statement: "[target
// customer]", "<product name>", "{company}", "{{ ONE_SENTENCE_VISION }}"
// (spaced inside double braces, a name in capitals; "{{ club.town }}" is
// a site's expression, which it renders). A slot holds 2 to maxSlot
// characters, which placeholders checks: a bounded repeat ({2,41}) would
// make the expression several times slower to compile, on every run.
var slotPattern = lazyRegexp(`\[[a-zA-Z][a-zA-Z ./_-]+\]|<[a-zA-Z][a-zA-Z ]+>|\{\{?[a-zA-Z][a-zA-Z ._-]+\}?\}|\{\{ [A-Z][A-Z0-9_]+ \}\}`)

// maxSlot is the longest slot, in characters between its brackets.
const maxSlot = 41

// slots returns the start and end offsets of the slots in src.
func slots(src []byte) [][]int {
	var out [][]int
	for _, m := range slotPattern().FindAllIndex(src, -1) {
		// No slot can start inside one, so a long one is simply not a slot.
		if len(bytes.Trim(src[m[0]:m[1]], "[]<>{}")) <= maxSlot {
			out = append(out, m)
		}
	}
	return out
}

// htmlTags are inline HTML elements that look like "<slot>" but are markup.
var htmlTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "br": true, "cite": true, "code": true, "em": true, "i": true,
	"kbd": true, "mark": true, "p": true, "q": true, "s": true, "small": true, "span": true,
	"strong": true, "sub": true, "sup": true, "u": true, "div": true, "details": true, "summary": true,
}

// placeholders finds template residue in an analysed statement: slots, a
// statement wholly in brackets, lorem ipsum, TODO-like markers (a one-word
// marker of five letters or fewer counts in capitals only, so "a todo app"
// is not one) and numbers left to fill ("By 20XX"). Slots are looked for in the
// statement's source, where "<product name>" still stands (Markdown reads it
// as HTML and drops it from the prose).
func placeholders(doc *Document, s *Statement, lex *lexicon.Lexicons) []Span {
	base := s.Span.Start.Offset
	src := doc.Source[base:s.Span.End.Offset]
	var spans []Span
	for _, b := range blanks(src) {
		spans = append(spans, doc.Span(base+b[0], base+b[1]))
	}
	if !bytes.ContainsAny(src, "[<{") {
		src = nil // no slot can stand here: skip the regular expression
	}
	for _, m := range slots(src) {
		slot := strings.ToLower(string(src[m[0]+1 : m[1]-1]))
		followedByLink := m[1] < len(src) && (src[m[1]] == '(' || src[m[1]] == '[')
		linkLabel := m[0] > 0 && src[m[0]-1] == ']' || definesReference(doc.Source, slot)
		if src[m[0]] == '[' && (followedByLink || linkLabel) || src[m[0]] == '<' && htmlTags[slot] {
			continue // "[AIS data][ais]", "[ais]" with "[ais]: https://…" below: a link, not a slot
		}
		if src[m[0]] == '[' && betweenSentences(src, m[0], m[1]) {
			continue // "… tells the right time. [applause] Somebody at the back …": a transcript's note, not a slot
		}
		spans = append(spans, doc.Span(base+m[0], base+m[1]))
	}
	if whole := bytes.Trim(src, " _*"); len(whole) > 2 && (whole[0] == '[' && whole[len(whole)-1] == ']' && bytes.IndexByte(whole[1:len(whole)-1], ']') < 0 ||
		whole[0] == '<' && whole[len(whole)-1] == '>' && !bytes.ContainsAny(whole[1:len(whole)-1], "<>")) {
		// A statement wholly in brackets is a template's instruction or
		// pattern, left in: "[In N years, WHO will be able to WHAT.]",
		// "<Describe what the union does, for whom, and how.>".
		at := base + bytes.Index(src, whole)
		spans = append(spans, doc.Span(at, at+len(whole)))
	}
	markers := lex.Get("placeholder")
	if at, lead := leadOf(doc, base); len(lead) > 0 {
		// "<Organisation> trains teachers …" (Markdown drops the slot as
		// HTML, and the statement starts after it), "Vision (TBD): …" (a
		// label, left out of the statement): residue on the statement's
		// line, just before it
		if bytes.IndexByte(lead, '<') >= 0 { // most leads are labels: skip the regular expression
			for _, m := range slots(lead) {
				if slot := strings.ToLower(string(lead[m[0]+1 : m[1]-1])); lead[m[0]] == '<' && !htmlTags[slot] {
					spans = append(spans, doc.Span(at+m[0], at+m[1]))
				}
			}
		}
		for _, w := range tokenize.Words(string(lead)) {
			if raw := string(lead[w.Start:w.End]); markers.Has(tokenize.Normalize(raw)) && (len(raw) > 5 || strings.ToUpper(raw) == raw) {
				spans = append(spans, doc.Span(at+w.Start, at+w.End))
			}
		}
	}
	for i := 0; i < len(s.norms); i++ {
		n := markers.MatchMasked(s.norms, s.masks, i)
		if n == 0 {
			continue
		}
		first, last := s.words[i], s.words[i+n-1]
		raw := s.Prose.Text[first.start:last.end]
		if n > 1 || len(raw) > 5 || strings.ToUpper(raw) == raw {
			spans = append(spans, Span{Start: first.Span.Start, End: last.Span.End})
			i += n - 1
		}
	}
	for _, w := range s.words {
		if numberSlot(s.Prose.Text[w.start:w.end]) {
			spans = append(spans, w.Span)
		}
	}
	sort.Slice(spans, func(i, j int) bool {
		a, b := spans[i], spans[j]
		return a.Start.Offset < b.Start.Offset || a.Start.Offset == b.Start.Offset && a.End.Offset > b.End.Offset
	})
	return outermost(spans)
}

// leadOf returns where the source before a statement starts on its line,
// past indentation and quote or list marks, and those bytes: a label or a
// slot the statement does not hold. It returns none when there are more
// than maxLead bytes or a sentence ends among them (the statement is then
// a later sentence of a paragraph, not the line's own).
func leadOf(doc *Document, base int) (int, []byte) {
	ls := bytes.LastIndexByte(doc.Source[:base], '\n') + 1
	for ls < base && bytes.IndexByte([]byte(" \t>-*+"), doc.Source[ls]) >= 0 {
		ls++
	}
	lead := doc.Source[ls:base]
	if len(bytes.TrimSpace(lead)) == 0 || len(lead) > maxLead || bytes.Contains(lead, []byte(". ")) {
		return 0, nil
	}
	return ls, lead
}

// maxLead is the most bytes leadOf reads before a statement.
const maxLead = 40

// outermost drops the spans that lie within an earlier one of spans,
// sorted by start and, at the same start, longest first: the marker
// "Product Name" inside the slot "[Product Name]" is one piece of residue.
func outermost(spans []Span) []Span {
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 && sp.End.Offset <= out[n-1].End.Offset {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// blanks returns the start and end offsets of the blanks in src that a
// worksheet leaves to fill in: runs of three or more underscores that
// touch no letter or digit ("Our mission is to ________ for ________"),
// not the underscores of emphasis ("___every child___").
func blanks(src []byte) [][2]int {
	var out [][2]int
	for i := 0; i < len(src); {
		j := bytes.Index(src[i:], []byte("___"))
		if j < 0 {
			break
		}
		start, end := i+j, i+j
		for end < len(src) && src[end] == '_' {
			end++
		}
		if !(start > 0 && isWordByte(src[start-1]) || end < len(src) && isWordByte(src[end])) {
			out = append(out, [2]int{start, end})
		}
		i = end
	}
	return out
}

// isWordByte reports whether an ASCII byte is a letter or a digit; any
// byte of a multi-byte character counts as one, which is all blanks need.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// betweenSentences reports whether src[start:end] stands on its own
// between two sentences: after a full stop, a question or an exclamation
// mark, and before a capitalised word. A slot stands for words inside a
// sentence ("[Organisation] exists to …", "… is a [category].").
func betweenSentences(src []byte, start, end int) bool {
	before := bytes.TrimRight(src[:start], " \t\n")
	after := bytes.TrimLeft(src[end:], " \t\n")
	return len(before) > 0 && strings.IndexByte(".!?", before[len(before)-1]) >= 0 && len(after) > 0 && after[0] >= 'A' && after[0] <= 'Z'
}

// definesReference reports whether src defines the link label (lower
// case) at the start of a line ("[ais]: https://…"), so that "[ais]" in
// the text is a link. Labels match regardless of case, as CommonMark's do.
func definesReference(src []byte, label string) bool {
	for line := range bytes.Lines(src) {
		line = bytes.TrimLeft(line, " ")
		if len(line) > len(label)+2 && line[0] == '[' && line[len(label)+1] == ']' && line[len(label)+2] == ':' && strings.EqualFold(string(line[1:len(label)+1]), label) {
			return true
		}
	}
	return false
}

// numberSlot reports whether a word is a number a template left to fill:
// digits followed by two or more X's ("By 20XX", "19xx"), or "YYYY".
func numberSlot(w string) bool {
	if w == "YYYY" || w == "yyyy" {
		return true
	}
	digits := 0
	for digits < len(w) && w[digits] >= '0' && w[digits] <= '9' {
		digits++
	}
	xs := w[digits:]
	if digits == 0 || len(xs) < 2 {
		return false
	}
	return strings.Trim(xs, "X") == "" || strings.Trim(xs, "x") == ""
}
