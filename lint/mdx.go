package lint

import (
	"bytes"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/vmlint/vmlint/lint/admonition"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// MDX (.mdx, as Docusaurus and Nextra keep docs) is Markdown with
// JavaScript: import and export lines, JSX elements ("<Tabs>",
// "<Admonition type="tip">") and expressions in braces ("{props.name}",
// "{/* a comment */}"). None of that is prose. Before an .mdx file is
// parsed as Markdown, those parts are blanked out of a copy of its body
// (every byte but line ends becomes a space, so every offset still holds),
// and the prose between JSX tags stays. As in MDX, indented code does not
// exist (JSX children are often indented), and a comment {/* … */} is a
// comment: suppression comments are written that way in MDX, where HTML
// comments are not allowed.

// IsMDX reports whether a path names an MDX file.
func IsMDX(path string) bool { return strings.EqualFold(filepath.Ext(path), ".mdx") }

// mdxParser is markdownParser without indented code blocks, which MDX
// does not have: an indented line (JSX children often are) opens a
// paragraph instead.
var mdxParser = sync.OnceValue(func() parser.Parser {
	indented := reflect.TypeOf(parser.NewCodeBlockParser())
	var blocks []util.PrioritizedValue
	for _, b := range parser.DefaultBlockParsers() {
		if reflect.TypeOf(b.Value) == indented {
			b.Value = indentedParagraph{parser.NewParagraphParser()}
		}
		blocks = append(blocks, b)
	}
	p := parser.NewParser(
		parser.WithBlockParsers(blocks...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
		parser.WithHeadingAttribute(),
	)
	return goldmark.New(goldmark.WithParser(p), goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList)).Parser()
})

// indentedParagraph opens a paragraph on a line indented four columns or
// more, where CommonMark opens indented code; other lines it leaves to the
// other parsers. (A heading or list item indented that far reads as
// paragraph text: MDX would take it as a heading or list.)
type indentedParagraph struct{ parser.BlockParser }

// CanAcceptIndentedLine is why it exists.
func (indentedParagraph) CanAcceptIndentedLine() bool { return true }

// Open opens a paragraph on an indented line only.
func (p indentedParagraph) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	if pc.BlockIndent() < 4 {
		return nil, parser.NoChildren
	}
	return p.BlockParser.Open(parent, reader, pc)
}

// mdxComment is a {/* … */} comment: its text between the delimiters and
// its bounds in the body.
type mdxComment struct {
	text       string
	start, end int
}

// blankMDX returns a copy of an MDX body with its import and export
// blocks, JSX tags and brace expressions blanked, the comments found in
// expressions, and the tags and expressions blanked, in order (prose
// leaves them out rather than read their blanks: "<b>a</b>b" reads "ab").
// Code (fenced blocks and code spans) is left alone. No tag, expression or
// code span crosses a blank line, and the scan is linear in the body.
func blankMDX(body []byte) ([]byte, []mdxComment, []bodyRange, []mdxTitled) {
	m := &mdxScanner{body: body, out: bytes.Clone(body), ranges: []bodyRange{}, codeFails: map[int]int{}}
	var fence []byte // the open fence's marker, or nil
	blankBefore := true
	for lineStart := 0; lineStart < len(body); {
		lineEnd := lineStart + lineLength(body[lineStart:])
		line := body[lineStart:lineEnd]
		trimmed := bytes.TrimLeft(line, " \t")
		isBlank := len(bytes.TrimSpace(line)) == 0
		switch {
		case fence != nil:
			if closesFence(trimmed, fence) {
				fence = nil
			}
		case opensFence(trimmed) != nil:
			fence = opensFence(trimmed)
		case blankBefore && isESM(line):
			// An import or export block runs to the next blank line.
			end := m.paragraphEnd(lineStart)
			m.blankBytes(lineStart, end)
			lineEnd = end
		default:
			lineEnd = m.blankJSX(lineStart, lineEnd)
		}
		blankBefore = isBlank
		lineStart = lineEnd
	}
	return m.out, m.comments, m.ranges, m.titled
}

// mdxScanner blanks one MDX body.
type mdxScanner struct {
	body, out []byte
	comments  []mdxComment
	ranges    []bodyRange
	open      []mdxTitled // the elements open at this point, outermost first
	titled    []mdxTitled // the closed elements with a title, inner before outer

	blankAt   int // the start of the next blank line at or after blankFrom
	blankFrom int
	// A scan that fails (an unclosed tag or expression, invalid MDX) ends
	// at its paragraph's end; later starts before that end are not tried
	// again, nor a code span's backticks of a length that did not close.
	tagFail, exprFail, commentFail int
	codeFails                      map[int]int // backtick count → where its search failed
}

// blankBytes blanks body[start:end], line ends aside.
func (m *mdxScanner) blankBytes(start, end int) {
	for k := start; k < end; k++ {
		if m.out[k] != '\n' && m.out[k] != '\r' {
			m.out[k] = ' '
		}
	}
}

// blank blanks a tag or an expression, and records it.
func (m *mdxScanner) blank(start, end int) {
	m.blankBytes(start, end)
	m.ranges = append(m.ranges, bodyRange{start: start, end: end, element: m.body[start] == '<'})
}

// paragraphEnd returns the start of the first blank line after i's line,
// or the end of the body: no construct crosses it. Calls come with rising
// i, so the search goes over each byte about once.
func (m *mdxScanner) paragraphEnd(i int) int {
	if i >= m.blankFrom && i < m.blankAt {
		return m.blankAt
	}
	k := i + lineLength(m.body[i:])
	for k < len(m.body) {
		next := k + lineLength(m.body[k:])
		if len(bytes.TrimSpace(m.body[k:next])) == 0 {
			break
		}
		k = next
	}
	m.blankFrom, m.blankAt = i, k
	return k
}

// sourceBetweenBlanks appends the body text [start, end) less the parts
// blankMDX blanked.
func (p *parseState) sourceBetweenBlanks(b *proseBuilder, start, end int) {
	i := sort.Search(len(p.blanked), func(i int) bool { return p.blanked[i].end > start })
	for ; i < len(p.blanked) && p.blanked[i].start < end; i++ {
		r := p.blanked[i]
		if r.start > start {
			b.source(p.body[start:r.start], p.base+start)
		}
		start = max(start, r.end)
	}
	if start < end {
		b.source(p.body[start:end], p.base+start)
	}
}

// lineLength is the length of the first line of b, its line end included.
func lineLength(b []byte) int {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return i + 1
	}
	return len(b)
}

// opensFence returns the marker of a code fence the line opens (```` ``` ````
// or ~~~, three or more), or nil.
func opensFence(trimmed []byte) []byte {
	for _, c := range []byte{'`', '~'} {
		n := 0
		for n < len(trimmed) && trimmed[n] == c {
			n++
		}
		if n >= 3 && (c == '~' || !bytes.ContainsRune(trimmed[n:], '`')) {
			return trimmed[:n]
		}
	}
	return nil
}

// closesFence reports whether the line closes the fence opened by marker.
func closesFence(trimmed, marker []byte) bool {
	n := 0
	for n < len(trimmed) && trimmed[n] == marker[0] {
		n++
	}
	return n >= len(marker) && len(bytes.TrimSpace(trimmed[n:])) == 0
}

// isESM reports whether a line starts an import or export block: the
// keyword at the start of the line, then a space or a brace.
func isESM(line []byte) bool {
	for _, kw := range []string{"import", "export"} {
		if rest, ok := bytes.CutPrefix(line, []byte(kw)); ok && len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\t' || rest[0] == '{' || rest[0] == '*') {
			return true
		}
	}
	return false
}

// blankJSX blanks the JSX tags and brace expressions that start on the
// line body[start:end], skipping code spans and HTML comments. A tag or an
// expression may run onto later lines of its paragraph; blankJSX returns
// where the next line to look at starts.
func (m *mdxScanner) blankJSX(start, end int) int {
	body := m.body
	for i := start; i < end; i++ {
		switch c := body[i]; {
		case c == '\\':
			i++ // an escaped character is literal
		case c == '`':
			n := runLength(body, i, '`')
			if closing := m.codeSpanEnd(i, n); closing > 0 {
				i = closing - 1
				end = m.lineAfter(end, closing)
			} else {
				i += n - 1
			}
		case c == '<' && bytes.HasPrefix(body[i:], []byte("<!--")):
			if i < m.commentFail {
				continue
			}
			limit := m.paragraphEnd(i)
			if closing := bytes.Index(body[i:limit], []byte("-->")); closing > 0 {
				i += closing + 2
				end = m.lineAfter(end, i+1)
			} else {
				m.commentFail = limit
			}
		case c == '<' && i >= m.tagFail && !gluedToMarker(body, i):
			if closing := m.tagEnd(i); closing > 0 {
				at, n, named := textAttribute(body[i:closing]) // read once, for the box and for the blanking
				m.element(i, closing, n > 0, named, at)
				m.blankTag(i, closing, at, n)
				i = closing - 1
				end = m.lineAfter(end, closing)
			}
		case c == '{' && i >= m.exprFail && !gluedToMarker(body, i):
			if closing := m.expressionEnd(i); closing > 0 {
				inner := bytes.TrimSpace(body[i+1 : closing-1])
				if t, ok := bytes.CutPrefix(inner, []byte("/*")); ok {
					if t, ok = bytes.CutSuffix(t, []byte("*/")); ok {
						m.comments = append(m.comments, mdxComment{text: string(t), start: i, end: closing})
					}
				}
				m.blank(i, closing)
				i = closing - 1
				end = m.lineAfter(end, closing)
			}
		}
	}
	return end
}

// gluedToMarker reports whether body[i] follows, with no space between, a
// line's opening run of "#" or a list marker ("#<>Vision", "-{x}item"):
// blanked to spaces, the tag or expression would turn the run into a
// heading or a list item the source does not have, so it stays as text.
func gluedToMarker(body []byte, i int) bool {
	// Walk back over at most a marker's few bytes and a little
	// indentation, never the whole line: a line of many tags stays linear.
	k := i - 1
	for k >= 0 && i-1-k < 10 && strings.IndexByte("#-+*.)0123456789", body[k]) >= 0 {
		k--
	}
	marker := body[k+1 : i]
	for n := 0; k >= 0 && n < 3 && body[k] == ' '; n++ {
		k--
	}
	if len(marker) == 0 || k >= 0 && body[k] != '\n' {
		return false
	}
	switch {
	case len(bytes.Trim(marker, "#")) == 0:
		return len(marker) <= 6
	case len(marker) == 1:
		return marker[0] == '-' || marker[0] == '+' || marker[0] == '*'
	}
	last := marker[len(marker)-1]
	return (last == '.' || last == ')') && len(bytes.Trim(marker[:len(marker)-1], "0123456789")) == 0 && len(marker) > 1
}

// lineAfter returns where scanning by lines goes on once a construct ends
// at i, on the line that ends at end or a later one: end, or the start of
// the line after the one holding body[i-1].
func (m *mdxScanner) lineAfter(end, i int) int {
	if i <= end {
		return end
	}
	return i - 1 + lineLength(m.body[i-1:])
}

// runLength counts the bytes c from i on.
func runLength(body []byte, i int, c byte) int {
	n := 0
	for i+n < len(body) && body[i+n] == c {
		n++
	}
	return n
}

// codeSpanEnd returns the end of the code span whose n opening backticks
// start at i, or 0 when no run of n backticks closes it in its paragraph.
func (m *mdxScanner) codeSpanEnd(i, n int) int {
	if i < m.codeFails[n] {
		return 0
	}
	limit := m.paragraphEnd(i)
	for j := i + n; j < limit; {
		if m.body[j] != '`' {
			j++
			continue
		}
		k := runLength(m.body[:limit], j, '`')
		if k == n {
			return j + k
		}
		j += k
	}
	m.codeFails[n] = limit
	return 0
}

// tagEnd returns the end of the JSX tag that starts at i ("<Name …>",
// "</Name>", "<>", "</>", "<Name … />"), or 0 when none does: the tag ends
// at the first ">" outside quotes and braces, within its paragraph. An
// autolink ("<https://…>") or an e-mail address is not a tag.
func (m *mdxScanner) tagEnd(i int) int {
	body := m.body
	j := i + 1
	if j < len(body) && body[j] == '/' {
		j++
	}
	if j >= len(body) || !(body[j] == '>' || isJSXNameStart(body[j])) {
		return 0
	}
	limit := m.paragraphEnd(i)
	for k := j; k < limit && body[k] != '>' && body[k] != ' ' && body[k] != '\n'; k++ {
		if bytes.HasPrefix(body[k:], []byte("://")) || body[k] == '@' {
			return 0 // an autolink or an e-mail address
		}
	}
	for k := j; k < limit; k++ {
		switch body[k] {
		case '>':
			return k + 1
		case '"', '\'':
			closing := bytes.IndexByte(body[k+1:limit], body[k])
			if closing < 0 {
				k = limit
				continue
			}
			k += closing + 1
		case '{':
			closing := m.expressionEnd(k)
			if closing == 0 {
				k = limit
				continue
			}
			k = closing - 1
		}
	}
	m.tagFail = limit
	return 0
}

func isJSXNameStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
}

// expressionEnd returns the end of the brace expression that starts at i,
// counting nested braces outside strings and comments, or 0 when it does
// not close within its paragraph.
func (m *mdxScanner) expressionEnd(i int) int {
	body := m.body
	limit := m.paragraphEnd(i)
	depth := 0
	for k := i; k < limit; k++ {
		switch body[k] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return k + 1
			}
		case '"', '\'', '`':
			closing := bytes.IndexByte(body[k+1:limit], body[k])
			if closing < 0 {
				k = limit
				continue
			}
			k += closing + 1
		case '/':
			if k+1 < limit && body[k+1] == '*' {
				closing := bytes.Index(body[k+2:limit], []byte("*/"))
				if closing < 0 {
					k = limit
					continue
				}
				k += closing + 3
			}
		}
	}
	m.exprFail = limit
	return 0
}

// mdxTitled is a JSX element with a title attribute, as docs components
// title a box of Markdown ('<Callout title="Our mission">' … '</Callout>',
// '<TabItem label="Vision">', '<Aside heading="…">'): its name, its title
// and where the title starts, and the bytes from its opening tag's start
// to its closing tag's end.
type mdxTitled struct {
	name, title            string
	titleStart, start, end int
}

// blankTag blanks the tag body[start:end], less the n bytes at at of an
// attribute that holds the component's text (textAttribute), which stay
// where they stand and read as a paragraph there ('<MissionCard text="We
// build care boards for …" />').
func (m *mdxScanner) blankTag(start, end, at, n int) {
	if n > 0 {
		m.blank(start, start+at)
		m.blank(start+at+n, end)
		return
	}
	m.blank(start, end)
}

// textAttribute returns where in a tag the value of its first text
// attribute starts and its length, when that value is prose of a
// sentence's length; or 0, 0. An attribute named by a kind ('<Hero
// mission="We teach letterpress to …" />') comes first, and its name is
// returned too: it titles the text as a label would.
func textAttribute(tag []byte) (int, int, string) {
	for _, attr := range kindAttributes {
		if at, n := proseAttribute(tag, attr); n > 0 {
			return at, n, attr
		}
	}
	for _, attr := range textAttributes {
		if at, n := proseAttribute(tag, attr); n > 0 {
			return at, n, ""
		}
	}
	return 0, 0, ""
}

// proseAttribute returns where the value of the attribute name starts in
// tag and its length, when the value is prose of a sentence's length; or
// 0, 0.
func proseAttribute(tag []byte, name string) (int, int) {
	v, at, ok := stringAttribute(tag, name)
	if !ok || len(strings.Fields(v)) < minTextAttributeWords || strings.ContainsAny(v, "{}<>") {
		return 0, 0
	}
	return at, len(v)
}

// kindAttributes are the attributes whose name is a kind's: a component
// that takes the statement as a prop ('<Hero mission="…" />').
var kindAttributes = []string{"mission", "vision", "purpose"}

// textAttributes are the attributes that hold a component's text, the
// first found winning: a card's or a hero's words ('<MissionCard
// text="…">', '<Hero description="…">').
var textAttributes = []string{"text", "statement", "description", "body", "content", "quote", "tagline", "subtitle", "summary"}

// minTextAttributeWords is the fewest words a text attribute's value has
// to be read as prose: a button's "Read more" is no sentence.
const minTextAttributeWords = 6

// maxOpenElements is how many JSX elements element follows open at once.
const maxOpenElements = 64

// titleAttributes are the attributes that title a component's box, the
// first found winning: a marketing section's overline ('<Section
// eyebrow="Our mission" title="Why we built Gantry">') names its kind
// where its title is a headline.
var titleAttributes = []string{"eyebrow", "title", "heading", "label"}

// element reads the tag body[start:end]: an opening tag goes on the stack
// of open elements, and a closing tag closes the innermost open element of
// its name (and those opened inside it), recording it when it has a title;
// a self-closing tag is recorded when it titles the text it holds (text).
func (m *mdxScanner) element(start, end int, text bool, named string, namedAt int) {
	tag := m.body[start:end]
	closing := len(tag) > 1 && tag[1] == '/'
	nameStart := 1
	if closing {
		nameStart = 2
	}
	k := nameStart
	for k < len(tag) && (isJSXNameStart(tag[k]) || tag[k] >= '0' && tag[k] <= '9' || tag[k] == '.' || tag[k] == '-' || tag[k] == ':') {
		k++
	}
	name := string(tag[nameStart:k])
	switch {
	case closing:
		for j := len(m.open) - 1; j >= 0; j-- {
			if m.open[j].name == name {
				if e := m.open[j]; e.title != "" {
					e.end = end
					m.titled = append(m.titled, e)
				}
				m.open = m.open[:j]
				return
			}
		}
	case bytes.HasSuffix(tag, []byte("/>")):
		// self-closing: no box, unless it titles the text it holds
		// ('<MissionBanner heading="Our mission" text="To run a bus …" />'),
		// or the text's attribute names its kind ('<Hero mission="…" />')
		if named != "" {
			at := namedAt - len(named) - 2 // the attribute's name, before its '="'
			m.titled = append(m.titled, mdxTitled{name: name, title: strings.ToUpper(named[:1]) + named[1:], titleStart: start + at, start: start, end: end})
		} else if text {
			if v, at, ok := titleAttribute(tag[k:]); ok {
				m.titled = append(m.titled, mdxTitled{name: name, title: v, titleStart: start + k + at, start: start, end: end})
			}
		}
	case len(m.open) >= maxOpenElements:
		// deeper than any docs page nests: not followed, so that a page
		// of unclosed tags stays linear
	default:
		e := mdxTitled{name: name, start: start, titleStart: -1}
		if v, at, ok := titleAttribute(tag[k:]); ok {
			e.title, e.titleStart = v, start+k+at
		}
		m.open = append(m.open, e)
	}
}

// titleAttribute returns the title of a component's attributes (the
// part of its tag after its name) and where it starts: the first of
// titleAttributes, or else an attribute whose value is a kind's name
// ('<Quote kind="vision" text="…" />', '<Callout kind="purpose">'),
// capitalised as a label is.
func titleAttribute(attrs []byte) (string, int, bool) {
	for _, attr := range titleAttributes {
		if v, at, ok := stringAttribute(attrs, attr); ok {
			return v, at, true
		}
	}
	for _, kind := range kindAttributes {
		for _, quote := range []string{`"`, `'`} {
			if at := bytes.Index(attrs, []byte("="+quote+kind+quote)); at > 0 {
				return strings.ToUpper(kind[:1]) + kind[1:], at + 2, true
			}
		}
	}
	return "", 0, false
}

// stringAttribute returns the value of the attribute name written with a
// quoted string in attrs (the part of a tag after its name), and where the
// value starts in attrs.
func stringAttribute(attrs []byte, name string) (string, int, bool) {
	for i := 0; i < len(attrs); {
		at := bytes.Index(attrs[i:], []byte(name))
		if at < 0 {
			return "", 0, false
		}
		at += i
		i = at + len(name)
		if at == 0 || !isSpaceByte(attrs[at-1]) || i+1 >= len(attrs) || attrs[i] != '=' || attrs[i+1] != '"' && attrs[i+1] != '\'' {
			continue
		}
		quote := attrs[i+1]
		value := attrs[i+2:]
		if closing := bytes.IndexByte(value, quote); closing >= 0 {
			return string(value[:closing]), i + 2, true
		}
		return "", 0, false
	}
	return "", 0, false
}

// htmlTitled returns the titled components that a Markdown page's
// top-level HTML blocks open and close: Docusaurus reads a .md page as
// MDX, so '<TabItem value="vision" label="Our vision">' … '</TabItem>'
// boxes the Markdown between as it would in an .mdx page. Only tags whose
// name starts with a capital count: a component's, not HTML's.
func htmlTitled(root ast.Node, body []byte) []mdxTitled {
	var m *mdxScanner
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if _, ok := n.(*ast.HTMLBlock); !ok {
			continue
		}
		start, end := blockBytes(n)
		for i := start; i < end; {
			lt := bytes.IndexByte(body[i:end], '<')
			if lt < 0 {
				break
			}
			lt += i
			gt := bytes.IndexByte(body[lt:end], '>')
			if gt < 0 {
				break
			}
			gt += lt + 1
			name := lt + 1
			if name < gt && body[name] == '/' {
				name++
			}
			if name < gt && body[name] >= 'A' && body[name] <= 'Z' {
				if m == nil {
					m = &mdxScanner{body: body}
				}
				m.element(lt, gt, false, "", 0)
			}
			i = gt
		}
	}
	if m == nil {
		return nil
	}
	return m.titled
}

// boxTitled puts the top-level blocks that lie wholly inside a titled
// element into an admonition.Node with the element's title, so that the
// element reads as the titled box it is, as an MkDocs admonition does.
// Elements that hold no block of their own (a title on one line with its
// text) are left as they are. Each block's bytes are read once, and each
// element finds its first block by binary search: a page of a thousand
// cards stays linear.
func boxTitled(root ast.Node, titled []mdxTitled) {
	if len(titled) == 0 {
		return
	}
	type block struct {
		node       ast.Node
		start, end int
	}
	var blocks []block
	prevEnd := 0
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		start, end := blockBytes(n)
		if start == end {
			start, end = prevEnd, prevEnd // a block with no lines (a thematic break) stands where the last one ended
		}
		blocks = append(blocks, block{n, start, end})
		prevEnd = end
	}
	for _, e := range titled {
		// Blocks are in order and do not overlap; those inside the element
		// are a run from the first that starts at or after its start.
		first := sort.Search(len(blocks), func(k int) bool { return blocks[k].start >= e.start })
		last, text := first, false
		for last < len(blocks) && blocks[last].end <= e.end {
			text = text || blocks[last].start < blocks[last].end
			last++
		}
		if !text {
			continue
		}
		box := &admonition.Node{Types: e.name, Title: e.title, TitleStart: e.titleStart}
		root.InsertBefore(root, blocks[first].node, box)
		for _, b := range blocks[first:last] {
			root.RemoveChild(root, b.node)
			box.AppendChild(box, b.node)
		}
		// a titled element always has its title's start, inside its tag
		blocks = append(append(blocks[:first], block{box, min(e.titleStart, blocks[first].start), blocks[last-1].end}), blocks[last:]...)
	}
}

// blockBytes returns the body bytes from the first line of block n's
// first leaf to the end of its last leaf's last line; start == end when it
// has no lines.
func blockBytes(n ast.Node) (int, int) {
	start, end := -1, -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || c.Type() != ast.TypeBlock {
			return ast.WalkContinue, nil
		}
		if lines := c.Lines(); lines.Len() > 0 {
			if start < 0 {
				start = lines.At(0).Start
			}
			end = max(end, lines.At(lines.Len()-1).Stop)
		}
		return ast.WalkContinue, nil
	})
	if start < 0 {
		return 0, 0
	}
	return start, end
}
