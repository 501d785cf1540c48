package lint

import (
	"html"
	"sort"
	"strings"
)

// Prose is readable text (markup removed) with a map from every byte of the
// text back to the source file. Text copied from the source maps one to one;
// text that replaces source (an unescaped "\*", an entity such as "&amp;", the
// space that stands for a soft line break) maps as a whole to the source it
// replaces.
type Prose struct {
	// Text is the readable text.
	Text string
	runs []proseRun
}

// proseRun maps Text[text:] onward to the source. A verbatim run maps byte
// for byte from src; a replaced run maps its whole text to [src, srcEnd).
type proseRun struct {
	text     int
	src      int
	srcEnd   int
	verbatim bool
}

// SourceStart returns the source offset of the prose byte at index i.
func (p *Prose) SourceStart(i int) int {
	if len(p.runs) == 0 {
		return 0
	}
	r := p.runAt(i)
	if r.verbatim {
		return r.src + i - r.text
	}
	return r.src
}

// SourceEnd returns the source offset just past the prose byte at index j-1,
// that is, the exclusive source end of the prose range ending at j.
func (p *Prose) SourceEnd(j int) int {
	if len(p.runs) == 0 {
		return 0
	}
	if j <= 0 {
		return p.SourceStart(0)
	}
	r := p.runAt(j - 1)
	if r.verbatim {
		return r.src + j - r.text
	}
	return r.srcEnd
}

// textAt returns the index of the first prose byte that maps to source
// offset src or after it (len(p.Text) when none does). Runs map rising
// source offsets, so it searches them rather than every byte.
func (p *Prose) textAt(src int) int {
	k := sort.Search(len(p.runs), func(k int) bool {
		if r := p.runs[k]; r.verbatim {
			return r.src+p.runLen(k) > src // its last byte maps to src or after
		}
		return p.runs[k].src >= src // every byte maps to its start
	})
	if k == len(p.runs) {
		return len(p.Text)
	}
	if r := p.runs[k]; r.verbatim && src > r.src {
		return r.text + src - r.src
	}
	return p.runs[k].text
}

// runLen returns the length of run k's text.
func (p *Prose) runLen(k int) int {
	if k+1 < len(p.runs) {
		return p.runs[k+1].text - p.runs[k].text
	}
	return len(p.Text) - p.runs[k].text
}

func (p *Prose) runAt(i int) proseRun {
	k := sort.Search(len(p.runs), func(k int) bool { return p.runs[k].text > i }) - 1
	if k < 0 {
		k = 0
	}
	return p.runs[k]
}

// proseBuilder accumulates prose text and its source map.
type proseBuilder struct {
	buf  strings.Builder
	runs []proseRun
	last int // source offset just past the last text added
}

// verbatim appends source text that starts at source offset src.
func (b *proseBuilder) verbatim(text []byte, src int) {
	if len(text) == 0 {
		return
	}
	n := b.buf.Len()
	if k := len(b.runs) - 1; k < 0 || !b.runs[k].verbatim || b.runs[k].src+(n-b.runs[k].text) != src {
		b.runs = append(b.runs, proseRun{text: n, src: src, verbatim: true})
	}
	b.buf.Write(text)
	b.last = src + len(text)
}

// replaced appends text that stands for the source bytes [src, srcEnd).
func (b *proseBuilder) replaced(text string, src, srcEnd int) {
	if text == "" {
		return
	}
	b.runs = append(b.runs, proseRun{text: b.buf.Len(), src: src, srcEnd: srcEnd})
	b.buf.WriteString(text)
	b.last = srcEnd
}

// separate appends a separator (a space or a newline) unless the text is
// empty or already ends with white space. It maps to where the last text ended.
func (b *proseBuilder) separate(sep string) {
	s := b.buf.String()
	if s == "" {
		return
	}
	switch s[len(s)-1] {
	case '\n':
		return
	case ' ', '\t':
		if sep == " " {
			return
		}
	}
	b.replaced(sep, b.last, b.last)
}

// source appends raw Markdown text from the source at offset src, turning
// backslash escapes and character references into the characters they stand for.
func (b *proseBuilder) source(raw []byte, src int) {
	start := 0
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '\\':
			if i+1 < len(raw) && isASCIIPunct(raw[i+1]) {
				b.verbatim(raw[start:i], src+start)
				b.verbatim(raw[i+1:i+2], src+i+1)
				i++
				start = i + 1
			}
		case '&':
			if n := entityLen(raw[i:]); n > 0 {
				b.verbatim(raw[start:i], src+start)
				b.replaced(html.UnescapeString(string(raw[i:i+n])), src+i, src+i+n)
				i += n - 1
				start = i + 1
			}
		}
	}
	b.verbatim(raw[start:], src+start)
}

func (b *proseBuilder) prose() *Prose {
	return &Prose{Text: b.buf.String(), runs: b.runs}
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// entityLen returns the length of the HTML character reference at the start
// of s ("&amp;", "&#39;", "&#x2014;"), or 0 when s does not start with one.
func entityLen(s []byte) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	i := 1
	if s[i] == '#' {
		i++
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i++
		}
	}
	start := i
	for i < len(s) && i-start < 32 && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == start || i >= len(s) || s[i] != ';' {
		return 0
	}
	ref := string(s[:i+1])
	if html.UnescapeString(ref) == ref {
		return 0 // not a known reference: Markdown keeps it literally
	}
	return i + 1
}
