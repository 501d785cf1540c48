// Package admonition parses MkDocs admonitions for goldmark, as
// Python-Markdown's admonition extension and Material for MkDocs's
// collapsible blocks write them:
//
//	!!! note "Our mission"
//
//	    To help small beekeepers keep their colonies alive through winter …
//
// The opening line gives one or more type words and an optional quoted
// title; "???" and "???+" open a block that folds. A content tab of
// Python Markdown's tabbed extension ('=== "Vision"', "===+" for the one
// shown first, "===!" to start a new set of tabs) is read the same way,
// with the type "tab" and the tab's title, which it must have. The body is the lines
// after it indented four columns or more, blank lines between them
// included, read as Markdown blocks. Without this parser CommonMark reads
// a body after a blank line as indented code, and one without a blank
// line as part of a paragraph that opens with the "!!!" line. As in a
// CommonMark block quote, a line right after a paragraph of the body that
// is not indented continues that paragraph (Python-Markdown would end the
// admonition there); after a blank line it ends the admonition.
package admonition

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Kind is the node kind of an admonition.
var Kind = ast.NewNodeKind("Admonition")

// Node is an admonition: a container block whose children are its body.
type Node struct {
	ast.BaseBlock
	// Types is the type words as written ("note", "quote inline end").
	Types string
	// Title is the quoted title without its quotes; "" when there is none.
	Title string
	// TitleStart is the byte offset of the title's first character in the
	// source, or -1 when there is no title.
	TitleStart int

	// A MyST directive's fence and where its parser stands: in the option
	// lines after the opening fence, and in a YAML block of options.
	fence                  byte
	fenceLen               int
	header, yaml, optioned bool
}

// Kind implements ast.Node.
func (n *Node) Kind() ast.NodeKind { return Kind }

// Dump implements ast.Node.
func (n *Node) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Types": n.Types, "Title": n.Title}, nil)
}

// Extension adds the admonition parser to a goldmark.Markdown.
var Extension goldmark.Extender = extension{}

type extension struct{}

// Extend implements goldmark.Extender. The admonition parser comes before
// block quotes: its opening marks start no other block. The MyST parser
// comes before fenced code, whose fences it shares: it takes only a fence
// that opens a directive whose body is Markdown.
func (extension) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithBlockParsers(util.Prioritized(blockParser{}, 750), util.Prioritized(mystParser{}, 650)))
}

type blockParser struct{}

// bodyIndent is how far a body line is indented.
const bodyIndent = 4

func (blockParser) Trigger() []byte { return []byte{'!', '?', '='} }

func (blockParser) Open(_ ast.Node, reader text.Reader, _ parser.Context) (ast.Node, parser.State) {
	return openNode(reader, func(line []byte) (*Node, int, bool) {
		typ, title, titleAt, ok := opening(line)
		return &Node{Types: typ, Title: title}, titleAt, ok
	})
}

// openNode opens a block at the reader's line: at most three spaces of
// indentation, then an opening line that parse accepts, which gives the
// node and its title's offset in the line (-1 without one). The line is
// consumed.
func openNode(reader text.Reader, parse func(line []byte) (*Node, int, bool)) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	w, pos := util.IndentWidth(line, reader.LineOffset())
	if w > 3 {
		return nil, parser.NoChildren
	}
	n, titleAt, ok := parse(line[pos:])
	if !ok {
		return nil, parser.NoChildren
	}
	n.TitleStart = -1
	if titleAt >= 0 {
		n.TitleStart = seg.Start + pos + titleAt
	}
	reader.AdvanceToEOL()
	return n, parser.HasChildren
}

func (blockParser) Continue(_ ast.Node, reader text.Reader, _ parser.Context) parser.State {
	line, _ := reader.PeekLine()
	if util.IsBlank(line) {
		reader.AdvanceToEOL()
		return parser.Continue | parser.HasChildren
	}
	if w, _ := util.IndentWidth(line, reader.LineOffset()); w < bodyIndent {
		return parser.Close
	}
	pos, padding := util.IndentPosition(line, reader.LineOffset(), bodyIndent)
	reader.AdvanceAndSetPadding(pos, padding)
	return parser.Continue | parser.HasChildren
}

func (blockParser) Close(ast.Node, text.Reader, parser.Context) {}

// CanInterruptParagraph is true: Python-Markdown starts an admonition at
// any line that opens one.
func (blockParser) CanInterruptParagraph() bool { return true }

func (blockParser) CanAcceptIndentedLine() bool { return false }

// opening parses an opening line: "!!!", "???" or "???+", type words of
// letters, digits, "-" and "_" separated by spaces (the space after the
// mark may be left out), then an optional title in double quotes, then
// nothing but spaces. It returns the type words, the title and the title's
// offset in line (-1 without one).
func opening(line []byte) (typ, title string, titleAt int, ok bool) {
	line = bytes.TrimRight(line, " \t\r\n")
	var rest []byte
	if tab, ok := tabOpening(line); ok {
		return "tab", tab.title, tab.at, true
	}
	switch {
	case bytes.HasPrefix(line, []byte("!!!")):
		rest = line[3:]
	case bytes.HasPrefix(line, []byte("???+")):
		rest = line[4:]
	case bytes.HasPrefix(line, []byte("???")):
		rest = line[3:]
	default:
		return "", "", -1, false
	}
	at := len(line) - len(rest)
	words := rest
	if q := bytes.IndexByte(rest, '"'); q >= 0 {
		words = rest[:q]
		if len(rest) < q+2 || rest[len(rest)-1] != '"' {
			return "", "", -1, false
		}
		title = string(rest[q+1 : len(rest)-1])
		titleAt = at + q + 1
		if q > 0 && rest[q-1] != ' ' {
			return "", "", -1, false // a title follows the type words after a space
		}
	} else {
		titleAt = -1
	}
	words = bytes.TrimSpace(words)
	if len(words) == 0 {
		return "", "", -1, false // Python-Markdown needs a type
	}
	for _, c := range words {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_':
		case c == ' ':
		default:
			return "", "", -1, false
		}
	}
	return string(words), title, titleAt, true
}

// tabTitle is a content tab's title and its offset in its line.
type tabTitle struct {
	title string
	at    int
}

// tabOpening parses a content tab's opening line: "===", "===+" or "===!",
// a space and a title in double quotes, then nothing ('=== "Vision"').
// Without the quoted title the line is no tab (a setext heading's
// underline is "=" alone).
func tabOpening(line []byte) (tabTitle, bool) {
	rest, ok := bytes.CutPrefix(line, []byte("==="))
	if !ok {
		return tabTitle{}, false
	}
	if len(rest) > 0 && (rest[0] == '+' || rest[0] == '!') {
		rest = rest[1:]
	}
	if len(rest) < 3 || rest[0] != ' ' {
		return tabTitle{}, false
	}
	quoted := bytes.TrimLeft(rest, " ")
	if len(quoted) < 2 || quoted[0] != '"' || quoted[len(quoted)-1] != '"' || bytes.IndexByte(quoted[1:len(quoted)-1], '"') >= 0 {
		return tabTitle{}, false
	}
	return tabTitle{title: string(quoted[1 : len(quoted)-1]), at: len(line) - len(quoted) + 1}, true
}
