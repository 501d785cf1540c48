package detect

import "strings"

// trim narrows [start, end) of text past white space at either end.
func trim(text string, start, end int) (int, int) {
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return start, end
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// quotePairs are the quotation marks that may wrap a statement.
var quotePairs = [][2]string{{"\"", "\""}, {"“", "”"}, {"'", "'"}, {"‘", "’"}, {"„", "“"}}

// unquote narrows [start, end) of text past quotation marks that wrap it
// whole, or a lone closing one whose opening mark a label took.
func unquote(text string, start, end int) (int, int) {
	t := text[start:end]
	for _, q := range quotePairs {
		if len(t) > len(q[0])+len(q[1]) && strings.HasPrefix(t, q[0]) && strings.HasSuffix(t, q[1]) &&
			!strings.Contains(t[len(q[0]):len(t)-len(q[1])], q[1]) {
			return trim(text, start+len(q[0]), end-len(q[1]))
		}
	}
	for _, q := range []string{"\"", "”"} {
		if strings.HasSuffix(t, q) && strings.Count(t, q) == 1 && !strings.Contains(t, "“") {
			return trim(text, start, end-len(q))
		}
	}
	return start, end
}
