package lint

import "bytes"

// MaxNesting is the deepest nesting of block quotes and list items vmlint
// reads. The Markdown parser takes time that grows steeply with depth (a
// list 3,000 levels deep took it a minute), and no document nests anywhere
// near this deep; a file that may is refused with one error at the line.
const MaxNesting = 100

// tooDeep finds the first line of a Markdown body that may open or continue
// more than MaxNesting block quotes and list items, and returns its offset.
//
// It reads only the start of each line, which bounds the depth there: every
// container that is open on a line was opened on it (by a "> " or a list
// marker) or continues onto it, a block quote by its ">", a list item by
// at least two columns of indentation; a blank line or a lazy continuation
// line opens nothing and continues no more than the line before it did.
// So the count of markers on the line plus half its indentation is at
// least its depth. Text that only looks like markers (in a code block, say)
// is counted too: the bound may refuse a file the parser would have read
// quickly, never the other way round.
func tooDeep(body []byte) (int, bool) {
	for start := 0; start < len(body); {
		end := lineEnd(body, start)
		if lineDepthBound(body[start:end]) > MaxNesting {
			return start, true
		}
		start = end + 1
	}
	return 0, false
}

// lineEnd returns the offset of the line feed that ends the line starting
// at start, or len(body) for the last line.
func lineEnd(body []byte, start int) int {
	if i := bytes.IndexByte(body[start:], '\n'); i >= 0 {
		return start + i
	}
	return len(body)
}

// lineDepthBound is the count of the block quote and list item markers that
// start line, plus half the columns of blanks among them (a tab reaches the
// next multiple of four), less the one space each marker may take.
func lineDepthBound(line []byte) int {
	markers, columns := 0, 0
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == ' ':
			columns++
			i++
		case c == '\t':
			columns += 4 - columns%4
			i++
		case c == '>':
			markers++
			i = skipSpace(line, i+1)
		case (c == '-' || c == '+' || c == '*') && markerEnds(line, i+1):
			markers++
			i = skipSpace(line, i+1)
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j == len(line) || line[j] != '.' && line[j] != ')' || !markerEnds(line, j+1) {
				return markers + columns/2
			}
			markers++
			i = skipSpace(line, j+1)
		default:
			return markers + columns/2
		}
	}
	if markers == 0 {
		return 0 // a blank line, however long its blanks (an MDX expression blanked out): it opens nothing
	}
	return markers + columns/2
}

// skipSpace skips the one space that belongs to a marker ending before i.
func skipSpace(line []byte, i int) int {
	if i < len(line) && line[i] == ' ' {
		return i + 1
	}
	return i
}

// markerEnds reports whether a list marker whose last character is before
// i ends there: at the end of the line or before a blank.
func markerEnds(line []byte, i int) bool {
	return i == len(line) || line[i] == ' ' || line[i] == '\t' || line[i] == '\r'
}
