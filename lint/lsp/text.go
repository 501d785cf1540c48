package lsp

import (
	"sort"
	"unicode/utf8"
)

// encoding is how a position counts characters in a line, as negotiated at
// initialize: UTF-16 code units (the protocol's default), UTF-8 bytes, or
// UTF-32 code points.
type encoding string

// The position encodings.
const (
	utf8Encoding  encoding = "utf-8"
	utf16Encoding encoding = "utf-16"
	utf32Encoding encoding = "utf-32"
)

// negotiate picks the position encoding from those the client offers:
// UTF-8 when offered, as vmlint's offsets count bytes; else UTF-16, which
// every client must support.
func negotiate(offered []string) encoding {
	for _, e := range offered {
		if encoding(e) == utf8Encoding {
			return utf8Encoding
		}
	}
	return utf16Encoding
}

// text is a document's content with the offset of each line, to convert
// between byte offsets (vmlint's spans) and protocol positions. Lines end
// at "\n", "\r\n" or a lone "\r", as the protocol and vmlint both say.
type text struct {
	src    []byte
	starts []int // byte offset of the first byte of each line
}

func newText(src []byte) *text {
	starts := make([]int, 1, 1+len(src)/40)
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			starts = append(starts, i+1)
		}
	}
	return &text{src: src, starts: starts}
}

// lineEnd is the offset where 0-based line i's content ends, before its
// line break.
func (t *text) lineEnd(i int) int {
	if i+1 >= len(t.starts) {
		return len(t.src)
	}
	end := t.starts[i+1] - 1
	if end > t.starts[i] && t.src[end] == '\n' && t.src[end-1] == '\r' {
		end--
	}
	return end
}

// position converts a byte offset into a position. An offset inside a
// character resolves to the character's start.
func (t *text) position(off int, enc encoding) Position {
	off = max(0, min(off, len(t.src)))
	line := sort.Search(len(t.starts), func(i int) bool { return t.starts[i] > off }) - 1
	units := 0
	for b := t.starts[line]; b < off; {
		r, size := utf8.DecodeRune(t.src[b:])
		if b+size > off {
			break
		}
		units += width(r, size, enc)
		b += size
	}
	return Position{Line: line, Character: units}
}

// offset converts a position into a byte offset. As the protocol says, a
// line past the end is the end of the text and a character past the end of
// its line is the line's end; a character inside a multi-unit character
// resolves to that character's start.
func (t *text) offset(p Position, enc encoding) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(t.starts) {
		return len(t.src)
	}
	b, end := t.starts[p.Line], t.lineEnd(p.Line)
	for units := 0; b < end; {
		r, size := utf8.DecodeRune(t.src[b:end])
		units += width(r, size, enc)
		if units > p.Character {
			break
		}
		b += size
	}
	return b
}

// rangeOf converts the byte range [start, end) into a range.
func (t *text) rangeOf(start, end int, enc encoding) Range {
	return Range{Start: t.position(start, enc), End: t.position(end, enc)}
}

// width is the number of units the character r, size bytes long, counts
// for in the encoding. A byte that is not UTF-8 counts as one character,
// as vmlint's columns count it.
func width(r rune, size int, enc encoding) int {
	switch enc {
	case utf8Encoding:
		return size
	case utf32Encoding:
		return 1
	}
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// apply returns the text with each change made in order: a change without
// a range replaces the whole text.
func (t *text) apply(changes []contentChange, enc encoding) *text {
	cur := t
	for _, c := range changes {
		if c.Range == nil {
			cur = newText([]byte(c.Text))
			continue
		}
		start, end := cur.offset(c.Range.Start, enc), cur.offset(c.Range.End, enc)
		if end < start {
			start, end = end, start
		}
		src := make([]byte, 0, len(cur.src)-(end-start)+len(c.Text))
		src = append(src, cur.src[:start]...)
		src = append(src, c.Text...)
		src = append(src, cur.src[end:]...)
		cur = newText(src)
	}
	return cur
}
