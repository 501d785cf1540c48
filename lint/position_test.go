package lint

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// columnOf counts the characters before off on its line, plus one, the slow
// and obvious way, as an independent check of lineIndex. A byte order mark
// at the start of the file is no column.
func columnOf(src []byte, off int) (line, col int) {
	line, col = 1, 1
	i := 0
	if hasBOM(src) {
		i = len(bom)
	}
	for i < off {
		r, size := utf8.DecodeRune(src[i:])
		switch {
		case r == '\r' && i+1 < len(src) && src[i+1] == '\n':
			// counted at the '\n'
			col++
		case r == '\n' || r == '\r':
			line, col = line+1, 1
		default:
			col++
		}
		i += size
	}
	return line, col
}

func TestLineIndex(t *testing.T) {
	tests := []struct {
		name string
		src  string
		off  int
		want Pos
	}{
		{"start", "abc", 0, Pos{0, 1, 1}},
		{"same line", "abc", 2, Pos{2, 1, 3}},
		{"end of file without newline", "abc", 3, Pos{3, 1, 4}},
		{"after LF", "ab\ncd", 3, Pos{3, 2, 1}},
		{"after CRLF", "ab\r\ncd", 4, Pos{4, 2, 1}},
		{"on the CR of CRLF", "ab\r\ncd", 2, Pos{2, 1, 3}},
		{"after lone CR", "ab\rcd", 3, Pos{3, 2, 1}},
		{"tab is one column", "\tx", 1, Pos{1, 1, 2}},
		{"multi-byte characters", "café x", 6, Pos{6, 1, 6}},
		{"inside a multi-byte character", "é", 1, Pos{1, 1, 1}},
		{"emoji", "💡 x", 5, Pos{5, 1, 3}},
		{"zero-width space counts", "a\u200bb", 4, Pos{4, 1, 3}},
		{"BOM is no column", "\ufeffab", 4, Pos{4, 1, 2}},
		{"BOM only on line one", "\ufeffa\nb", 5, Pos{5, 2, 1}},
		{"offset past the end clamps", "ab", 9, Pos{2, 1, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := newLineIndex([]byte(tt.src)).pos(tt.off)
			if got != tt.want {
				t.Errorf("pos(%d) in %q = %+v, want %+v", tt.off, tt.src, got, tt.want)
			}
		})
	}
}

// TestLineIndexAgreesWithCounting checks every offset of odd files against
// the slow count.
func TestLineIndexAgreesWithCounting(t *testing.T) {
	// Long lines get column marks: make lines that cross several, with
	// characters of every length and invalid bytes across the mark points.
	long := strings.Repeat("ab é 💡\u200b\xe2\x82 \xff€ ", 3*columnStride/20)
	for _, src := range []string{"a\r\nb\rc\nd", "\ufeff\tcafé\u200b💡\r\n\r\n x", "", "\n\n", "\xff\xfe\nok",
		long, "\ufeff" + long + "\r\n" + long + "\rx" + long, strings.Repeat("x", columnStride+1) + "é\n"} {
		li := newLineIndex([]byte(src))
		for off := 0; off <= len(src); off++ {
			if off < len(src) && !utf8.RuneStart(src[off]) {
				continue
			}
			if hasBOM([]byte(src)) && off > 0 && off < len(bom) {
				continue
			}
			line, col := columnOf([]byte(src), off)
			if got := li.pos(off); got.Line != line || got.Column != col {
				t.Errorf("pos(%d) in %q = %d:%d, counting gives %d:%d", off, src, got.Line, got.Column, line, col)
			}
		}
	}
}

func TestLineBounds(t *testing.T) {
	li := newLineIndex([]byte("one\r\ntwo\nthree\rfour"))
	var got []string
	for n := 1; n <= li.lineCount(); n++ {
		s, e := li.lineBounds(n)
		got = append(got, string(li.src[s:e]))
	}
	if want := "one|two|three|four"; strings.Join(got, "|") != want {
		t.Errorf("lines = %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestOffsetInvertsPos checks that offset(line, column) gives back every
// character's offset, on short and long lines, in both ways of counting
// lines, and that columns past a line's end stop at its end.
func TestOffsetInvertsPos(t *testing.T) {
	long := strings.Repeat("ab é 💡\u2028\xe2\x82 \xff€ \u0085", 3*columnStride/20)
	for _, src := range []string{"a\r\nb\rc\nd", "\ufeff\tcafé\u200b💡\r\n\r\n x", "", "\xff\xfe\nok", long, "x\r\n" + long + "\n" + long} {
		for _, li := range []lineIndex{newLineIndex([]byte(src)), newYAMLLineIndex([]byte(src))} {
			for off := 0; off <= len(src); off++ {
				p := li.pos(off)
				start, end := li.lineBounds(p.Line)
				if off < start || off > end || off < len(src) && !utf8.RuneStart(src[off]) || off < len(bom) && hasBOM([]byte(src)) {
					continue // inside a line ending or a character
				}
				if got := li.offset(p.Line, p.Column); got != off {
					t.Fatalf("offset(%d, %d) = %d, want %d in %q", p.Line, p.Column, got, off, src)
				}
			}
			for n := 1; n <= li.lineCount(); n++ {
				if _, end := li.lineBounds(n); li.offset(n, 1<<20) != end {
					t.Fatalf("offset(%d, past the end) = %d, want the line's end %d", n, li.offset(n, 1<<20), end)
				}
			}
		}
	}
	li := newYAMLLineIndex([]byte("a\u2028b\u0085c\u2029d"))
	if got := li.pos(strings.Index("a\u2028b\u0085c\u2029d", "d")); got.Line != 4 || got.Column != 1 {
		t.Errorf("YAML lines: d at %d:%d, want 4:1", got.Line, got.Column)
	}
}
