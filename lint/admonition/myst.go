package admonition

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// mystParser reads a MyST directive that holds Markdown, as Jupyter Book
// and Sphinx's MyST parser write it:
//
//	```{admonition} Our vision
//	:class: tip
//
//	A generation of children who are safe in the sea.
//	```
//
// The opening fence is three or more backticks or tildes, or colons
// (MyST's colon fence), then the directive's name in braces and its
// argument, which an admonition takes as its title. Option lines
// (":class: tip") or a YAML block between "---" lines may follow it; then
// the body, read as Markdown blocks, up to a closing fence of the same
// character at least as long. Only directives whose body is Markdown are
// read so ("{note}", "{admonition}", "{sidebar}"): "{code-cell}" and
// the rest stay code.
type mystParser struct{}

// mystDirectives are the directives whose body is Markdown: docutils's
// admonitions and the containers MyST and sphinx-design add.
var mystDirectives = map[string]bool{
	"admonition": true, "attention": true, "caution": true, "danger": true, "error": true, "hint": true,
	"important": true, "note": true, "seealso": true, "tip": true, "warning": true, "topic": true,
	"sidebar": true, "margin": true, "epigraph": true, "pull-quote": true, "highlights": true,
	"dropdown": true, "card": true,
}

func (mystParser) Trigger() []byte { return []byte{'`', '~', ':'} }

func (mystParser) Open(_ ast.Node, reader text.Reader, _ parser.Context) (ast.Node, parser.State) {
	return openNode(reader, func(line []byte) (*Node, int, bool) {
		f, ok := mystOpening(line)
		return &Node{Types: f.name, Title: f.arg, fence: f.char, fenceLen: f.length, header: true}, f.argAt, ok
	})
}

func (mystParser) Continue(node ast.Node, reader text.Reader, _ parser.Context) parser.State {
	n := node.(*Node)
	line, _ := reader.PeekLine()
	if closesFence(line, n.fence, n.fenceLen) {
		reader.AdvanceToEOL()
		return parser.Close
	}
	if n.header {
		trimmed := bytes.TrimSpace(line)
		switch {
		case n.yaml:
			n.yaml = !bytes.Equal(trimmed, []byte("---"))
			reader.AdvanceToEOL()
			return parser.Continue | parser.HasChildren
		case bytes.Equal(trimmed, []byte("---")) && !n.optioned:
			n.yaml, n.optioned = true, true
			reader.AdvanceToEOL()
			return parser.Continue | parser.HasChildren
		case optionLine(trimmed):
			n.optioned = true
			reader.AdvanceToEOL()
			return parser.Continue | parser.HasChildren
		}
		n.header = false
	}
	return parser.Continue | parser.HasChildren
}

func (mystParser) Close(ast.Node, text.Reader, parser.Context) {}

// CanInterruptParagraph is true, as for a fenced code block.
func (mystParser) CanInterruptParagraph() bool { return true }

func (mystParser) CanAcceptIndentedLine() bool { return false }

// mystFence is a directive's opening fence.
type mystFence struct {
	char   byte
	length int
	name   string
	arg    string
	argAt  int // the argument's offset in its line, or -1
}

// mystOpening parses a directive's opening line: a fence, "{name}" with a
// name of mystDirectives, then an optional argument.
func mystOpening(line []byte) (mystFence, bool) {
	line = bytes.TrimRight(line, " \t\r\n")
	if len(line) == 0 {
		return mystFence{}, false
	}
	c := line[0]
	n := 0
	for n < len(line) && line[n] == c {
		n++
	}
	if n < 3 || n >= len(line) || line[n] != '{' {
		return mystFence{}, false
	}
	end := bytes.IndexByte(line[n:], '}')
	if end < 0 {
		return mystFence{}, false
	}
	name := string(line[n+1 : n+end])
	if !mystDirectives[name] {
		return mystFence{}, false
	}
	rest := line[n+end+1:]
	if len(rest) > 0 && rest[0] != ' ' && rest[0] != '\t' {
		return mystFence{}, false
	}
	arg := bytes.TrimLeft(rest, " \t")
	f := mystFence{char: c, length: n, name: name, arg: string(arg), argAt: -1}
	if len(arg) > 0 {
		f.argAt = len(line) - len(arg)
	}
	return f, true
}

// closesFence reports whether line is a closing fence: up to three spaces,
// then c at least n times, then nothing but spaces.
func closesFence(line []byte, c byte, n int) bool {
	trimmed := bytes.TrimRight(line, " \t\r\n")
	i := 0
	for i < len(trimmed) && i < 3 && trimmed[i] == ' ' {
		i++
	}
	m := 0
	for i+m < len(trimmed) && trimmed[i+m] == c {
		m++
	}
	return m >= n && i+m == len(trimmed)
}

// optionLine reports whether a trimmed line is a directive's option:
// ":name: value" or ":name:".
func optionLine(line []byte) bool {
	if len(line) < 3 || line[0] != ':' {
		return false
	}
	end := bytes.IndexByte(line[1:], ':')
	if end <= 0 {
		return false
	}
	for _, b := range line[1 : 1+end] {
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_') {
			return false
		}
	}
	return true
}
