// Package visible makes text that comes from a document safe to print on a
// terminal, in a CI log or in rendered Markdown. A document can hold escape
// sequences that set colours, move the cursor or hide lines, and
// bidirectional formatting characters that show text in another order than
// it reads; printed as they are, they act on the reader's screen.
package visible

import (
	"strings"
	"unicode/utf8"
)

// String returns s with every control character (C0, DEL and C1), every
// bidirectional formatting character and every byte that is not UTF-8
// replaced by one visible character: a C0 control or DEL by its Unicode
// control picture (ESC shows as ␛, a line feed as ␊), the others by U+FFFD
// (�). Each character stays one character, so columns still count. The
// control characters in keep (such as "\t") are left as they are.
func String(s string, keep string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= ' ' && c < 0x7f {
			i++
			continue // printable ASCII: the common case
		}
		if c < utf8.RuneSelf && strings.IndexByte(keep, c) >= 0 {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if replacement(r, size) != r || r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < utf8.RuneSelf && strings.IndexByte(keep, byte(r)) >= 0 {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(replacement(r, size))
		}
		i += size
	}
	return b.String()
}

// replacement is what character r (size bytes in the text) shows as.
func replacement(r rune, size int) rune {
	switch {
	case r == utf8.RuneError && size == 1:
		return utf8.RuneError // a byte that is not UTF-8
	case r < 0x20:
		return 0x2400 + r // ␀ … ␟
	case r == 0x7f:
		return 0x2421 // ␡
	case r >= 0x80 && r < 0xa0:
		return utf8.RuneError
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return utf8.RuneError // marks, embeddings, overrides and isolates of bidirectional text
	}
	return r
}
