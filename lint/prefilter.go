package lint

import (
	"bytes"
	"sync"

	"github.com/vmlint/vmlint/lint/detect"
	"github.com/vmlint/vmlint/lint/lexicon"
)

// MayHold reports, from a file's bytes alone, whether the file named path
// may hold anything vmlint reports: a statement, a heading, title or file
// name that announces one (detect.Prefilter, with the lexicons lex), a
// suppression comment, or nesting too deep or link syntax too heavy to read
// (MaxNesting, tooManyLinks). A file that holds none is not worth parsing: every
// rule that reads statements has nothing to read, and ParseWith would
// return what Unparsed returns, less the check of the front matter's
// syntax. It reads the bytes once or twice and allocates nothing.
func MayHold(path string, src []byte, lex *lexicon.Lexicons) bool {
	if bytes.Contains(src, directivePrefixBytes) || detect.PrefilterFor(lex).MayHold(path, src) {
		return true
	}
	// A file ParseWith refuses for its nesting or its link syntax is
	// parsed, to be refused the same way.
	return mayBeRefused(path, src)
}

// mayBeRefused reports whether ParseWith may refuse the file for its
// nesting or its link syntax, which it checks on the body: the text after
// the front matter, lone carriage returns made line feeds, and for MDX
// with its tags and expressions blanked. The lines of a Markdown body are
// some of the lines of the whole text, and link syntax adds work in it as
// it does in the whole, so a whole text that stays under both bounds holds a
// body that does; otherwise, and for MDX, the body is split off as
// ParseWith splits it, and checked as ParseWith checks it.
func mayBeRefused(path string, src []byte) bool {
	start := 0
	if hasBOM(src) {
		start = len(bom)
	}
	if !IsMDX(path) {
		text := normalizeLineEnds(src[start:])
		_, deep := tooDeep(text)
		if _, work := linkWork(text, linkWorkFloor); !deep && work <= linkWorkFloor {
			return false
		}
	}
	_, _, bodyStart, _ := splitFrontMatter(src, start)
	body := normalizeLineEnds(src[bodyStart:])
	if IsMDX(path) {
		body, _, _ = blankMDX(body)
	}
	_, deep := tooDeep(body)
	_, many := tooManyLinks(body)
	return deep || many
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
