package lint

import (
	"bytes"
	"sync"

	"github.com/vmlint/vmlint/lint/detect"
	"github.com/vmlint/vmlint/lint/lexicon"
)

// MayHold reports, from a file's bytes alone, whether the file named path
// may hold anything vmlint reports: a statement, a heading, title or file
// name that announces one (detect.Prefilter, with the lexicons lex), or a
// suppression comment. A file that holds none is not worth parsing: every
// rule that reads statements has nothing to read, and ParseWith would
// return what Unparsed returns. What goes unread is not checked either:
// the front matter's syntax, and the limits ParseWith keeps to bound the
// parser's time (nesting, link syntax and emphasis marks), which guard
// only a parse. It reads the bytes once or twice and allocates nothing.
func MayHold(path string, src []byte, lex *lexicon.Lexicons) bool {
	return bytes.Contains(src, directivePrefixBytes) || detect.PrefilterFor(lex).MayHold(path, src)
}

var directivePrefixBytes = []byte(directivePrefix)

// Unparsed returns the document of a file MayHold passed over: its path
// and bytes, and nothing found in it; its lines are counted only if a
// position is asked for. Like ParseWith, it reports a binary file (one with
// a NUL byte) as an error; it does not read the front matter, so it reports
// no error about its syntax.
func Unparsed(path string, src []byte) (*Document, error) {
	doc := &Document{Path: path, Source: src, linesOnce: &sync.Once{}}
	return doc, binaryError(doc)
}
