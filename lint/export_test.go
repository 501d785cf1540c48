package lint

import "testing"

// FailOnPanics makes a panic in parsing or in a rule a failure of the test
// (or fuzz target, whose workers inherit the environment) instead of an
// error for the file, for the rest of tb.
func FailOnPanics(tb testing.TB) {
	tb.Helper()
	tb.Setenv(PanicEnv, "1")
}

// SliceLines reads src as the prose of one paragraph, each line a run of
// its own joined by a soft line break, and returns a function that slices
// out every line, as the statements of a paragraph of labelled lines are.
func SliceLines(src []byte) func() {
	var b proseBuilder
	at := 0
	for at < len(src) {
		end := at
		for end < len(src) && src[end] != '\n' {
			end++
		}
		b.verbatim(src[at:end], at)
		b.replaced(" ", end, min(end+1, len(src)))
		at = end + 1
	}
	p := &Prose{Text: b.buf.String(), runs: b.runs}
	return func() {
		for range 5 { // enough work to time well
			for k := 0; k+1 < len(p.runs); k += 2 {
				p.slice(p.runs[k].text, p.runs[k+1].text)
			}
		}
	}
}
