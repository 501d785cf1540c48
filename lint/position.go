package lint

import (
	"bytes"
	"sort"
	"sync"
	"unicode/utf8"
)

// Pos is a point in a file. Offset counts bytes from the start of the file
// (front matter and any byte order mark included). Line and Column are
// 1-based; Column counts Unicode characters, so a tab or "é" is one column.
type Pos struct {
	Offset int `json:"offset"`
	Line   int `json:"line"`
	Column int `json:"column"`
}

// Span is a half-open range [Start, End) of a file.
type Span struct {
	Start Pos `json:"start"`
	End   Pos `json:"end"`
}

// bom is the UTF-8 encoding of U+FEFF, which some editors put at the start of a file.
var bom = []byte{0xEF, 0xBB, 0xBF}

func hasBOM(src []byte) bool {
	return len(src) >= 3 && src[0] == bom[0] && src[1] == bom[1] && src[2] == bom[2]
}

// lineIndex converts byte offsets of one file into positions. It is built
// once per file from the original bytes, so lines count from the top of the
// file whatever front matter precedes the body. A line ends at "\n", at a
// lone "\r" (old Mac files), or at "\r\n" (which counts once).
//
// A position costs a binary search for the line and a count of the
// characters before it on the line; on a line longer than columnStride the
// count starts from the nearest column mark, so that it never reads more
// than columnStride bytes, however long the line and in whatever order
// positions are asked for.
type lineIndex struct {
	src    []byte
	starts []int        // byte offset of the first byte of each line
	marks  *columnMarks // known columns on long lines, made on first need
}

// columnStride is the distance in bytes between column marks on a long line.
const columnStride = 512

// columnMarks holds, for every line longer than columnStride, the column of
// a character every columnStride bytes or so, in order of offset.
type columnMarks struct {
	once  sync.Once
	marks []columnMark
}

// columnMark says that the character starting at byte off is in column col.
type columnMark struct{ off, col int }

func newLineIndex(src []byte) lineIndex { return indexLines(src, false) }

// newYAMLLineIndex indexes lines as YAML parsers count them (and so the
// lines and columns of go.yaml.in/yaml): they also end at NEL (U+0085), LS
// (U+2028) and PS (U+2029).
func newYAMLLineIndex(src []byte) lineIndex { return indexLines(src, true) }

func indexLines(src []byte, yaml bool) lineIndex {
	starts := make([]int, 1, 1+bytes.Count(src, newline))
	if !yaml && bytes.IndexByte(src, '\r') < 0 {
		// The common case: lines end at "\n" alone, found by a vector search.
		for i := 0; ; {
			k := bytes.IndexByte(src[i:], '\n')
			if k < 0 {
				break
			}
			i += k + 1
			starts = append(starts, i)
		}
		return lineIndex{src: src, starts: starts, marks: &columnMarks{}}
	}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				continue // the '\n' ends the line
			}
			starts = append(starts, i+1)
		case 0xC2, 0xE2:
			if n := yamlBreak(src[i:]); yaml && n > 0 {
				starts = append(starts, i+n)
				i += n - 1
			}
		}
	}
	return lineIndex{src: src, starts: starts, marks: &columnMarks{}}
}

var newline = []byte{'\n'}

// yamlBreak returns the length of the NEL, LS or PS at the start of b, or 0.
func yamlBreak(b []byte) int {
	switch {
	case len(b) >= 2 && b[0] == 0xC2 && b[1] == 0x85:
		return 2
	case len(b) >= 3 && b[0] == 0xE2 && b[1] == 0x80 && (b[2] == 0xA8 || b[2] == 0xA9):
		return 3
	}
	return 0
}

// pos returns the position of byte offset off, clamped to the file. An
// offset inside a multi-byte character resolves to that character's column.
func (li lineIndex) pos(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(li.src) {
		off = len(li.src)
	}
	i := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	start := li.lineStart(i)
	from, col := start, 1
	if off-start > columnStride {
		if m, ok := li.markBefore(start, off); ok {
			from, col = m.off, m.col
		}
	}
	return Pos{Offset: off, Line: i + 1, Column: columnsTo(li.src, from, off, col)}
}

// lineStart is the offset of the first column of 0-based line i: its first
// byte, but after a byte order mark, which editors do not show as a column.
func (li lineIndex) lineStart(i int) int {
	if i == 0 && hasBOM(li.src) {
		return min(len(bom), len(li.src))
	}
	return li.starts[i]
}

// markBefore returns the last column mark at or before off that lies on
// the line starting at start.
func (li lineIndex) markBefore(start, off int) (columnMark, bool) {
	if li.marks == nil {
		return columnMark{}, false
	}
	li.marks.once.Do(li.makeMarks)
	marks := li.marks.marks
	k := sort.Search(len(marks), func(k int) bool { return marks[k].off > off }) - 1
	if k < 0 || marks[k].off < start {
		return columnMark{}, false
	}
	return marks[k], true
}

// makeMarks walks every line longer than columnStride once, character by
// character as columnsTo does, and marks a character every columnStride bytes.
func (li lineIndex) makeMarks() {
	var marks []columnMark
	for i := range li.starts {
		start, end := li.lineStart(i), len(li.src)
		if i+1 < len(li.starts) {
			end = li.starts[i+1]
		}
		if end-start <= columnStride {
			continue
		}
		next := start + columnStride
		for b, col := start, 1; b < end; col++ {
			if b >= next {
				marks = append(marks, columnMark{b, col})
				next = b + columnStride
			}
			b += charSize(li.src, b)
		}
	}
	li.marks.marks = marks
}

// charSize is the length of the character at src[b], as utf8.DecodeRune
// reads it (an invalid byte is a character of its own).
func charSize(src []byte, b int) int {
	if src[b] < utf8.RuneSelf {
		return 1
	}
	_, size := utf8.DecodeRune(src[b:])
	return size
}

// columnsTo counts the characters of src from byte from to byte to, on from
// column col; a character that to falls inside of does not count.
func columnsTo(src []byte, from, to, col int) int {
	for b := from; b < to; col++ {
		if src[b] < utf8.RuneSelf {
			b++ // the common case, without a call
			continue
		}
		size := charSize(src, b)
		if b+size > to {
			break
		}
		b += size
	}
	return col
}

// cursor converts offsets that mostly rise, as a statement's words do, in
// time proportional to the distance moved rather than to the line length.
type cursor struct {
	li   lineIndex
	last Pos
	next int // offset where the line after last's starts (len+1 at the end)
}

// at returns the position of off, counting on from the previous call when
// off lies further along the same line.
func (c *cursor) at(off int) Pos {
	if c.last.Line == 0 || off < c.last.Offset || off >= c.next || off > len(c.li.src) {
		c.last = c.li.pos(off)
		c.next = len(c.li.src) + 1
		if c.last.Line < len(c.li.starts) {
			c.next = c.li.starts[c.last.Line]
		}
		return c.last
	}
	c.last = Pos{Offset: off, Line: c.last.Line, Column: columnsTo(c.li.src, c.last.Offset, off, c.last.Column)}
	return c.last
}

// span returns the span of bytes [start, end).
func (li lineIndex) span(start, end int) Span {
	return Span{Start: li.pos(start), End: li.pos(end)}
}

// lineCount is the number of lines in the file.
func (li lineIndex) lineCount() int { return len(li.starts) }

// lineBounds returns the byte range of 1-based line n without its line ending.
func (li lineIndex) lineBounds(n int) (start, end int) {
	start = li.starts[n-1]
	end = len(li.src)
	if n < len(li.starts) {
		end = li.starts[n]
		switch {
		case end-start >= 2 && li.src[end-2] == '\r' && li.src[end-1] == '\n':
			end -= 2
		case li.src[end-1] == '\n' || li.src[end-1] == '\r':
			end--
		case end-start >= 2 && li.src[end-2] == 0xC2:
			end -= 2 // NEL
		default:
			end -= 3 // LS or PS
		}
	}
	return start, end
}

// offset returns the byte offset of 1-based line and character column, as
// pos gives them; a line or column past the end gives the end of the file
// or of the line.
func (li lineIndex) offset(line, col int) int {
	if line > len(li.starts) {
		return len(li.src)
	}
	line = max(line, 1)
	start, end := li.lineStart(line-1), len(li.src)
	if line < len(li.starts) {
		_, end = li.lineBounds(line)
	}
	from, c := start, 1
	if li.marks != nil && col > columnStride/4 && end-start > columnStride {
		li.marks.once.Do(li.makeMarks)
		marks := li.marks.marks
		lo := sort.Search(len(marks), func(k int) bool { return marks[k].off >= start })
		hi := sort.Search(len(marks), func(k int) bool { return marks[k].off >= end })
		if k := lo + sort.Search(hi-lo, func(k int) bool { return marks[lo+k].col > col }) - 1; k >= lo {
			from, c = marks[k].off, marks[k].col
		}
	}
	for from < end && c < col {
		from += charSize(li.src, from)
		c++
	}
	return min(from, end)
}
