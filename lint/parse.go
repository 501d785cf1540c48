package lint

import (
	"bytes"
	"fmt"
	"sort"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/vmlint/vmlint/lint/admonition"
	"github.com/vmlint/vmlint/lint/detect"
	"github.com/vmlint/vmlint/lint/language"
	"github.com/vmlint/vmlint/lint/lexicon"
)

// markdownParser parses CommonMark with GFM tables, strikethrough and task
// lists, and heading attributes ("## Our mission {#mission}", as Hugo,
// MkDocs and Pandoc write them), which goldmark then keeps out of the
// heading's text. No typographer: it inserts text that has no position in
// the file.
var markdownParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, admonition.Extension),
		goldmark.WithParserOptions(parser.WithHeadingAttribute())).Parser()
})

// Parse reads one file into a Document: front matter, Markdown body,
// headings, comments and the vision and mission statements with their
// analysis. It uses the built-in lexicons and heading aliases.
//
// The Document is always returned. The error, an *FileError, reports a file that
// cannot be linted as a whole (binary content) or a part that could not be
// decoded (invalid front matter); in the latter case the body is still parsed.
func Parse(path string, src []byte) (*Document, error) {
	return ParseWith(path, src, lexicon.Default())
}

// ParseWith is Parse with the given lexicons (as changed by a configuration).
func ParseWith(path string, src []byte, lex *lexicon.Lexicons) (doc *Document, err error) {
	doc = &Document{Path: path, Source: src, lines: newLineIndex(src)}
	defer func() {
		// A bug in detection or analysis must not take the other files
		// down with it: report it against this file and go on.
		if !recoverPanics() {
			return
		}
		if v := recover(); v != nil {
			doc = &Document{Path: path, Source: src, lines: doc.lines}
			err = &FileError{Path: path, Msg: fmt.Sprintf("internal error while parsing (%v); please report it with this file", v)}
		}
	}()
	if err := binaryError(doc); err != nil {
		return doc, err
	}
	start := 0
	if hasBOM(src) {
		start = len(bom)
	}
	fm, bodyStart, fmErr := parseFrontMatter(path, src, start, doc.lines)
	doc.FrontMatter = fm
	body := normalizeLineEnds(src[bodyStart:])
	markdown := markdownParser()
	var mdxComments []mdxComment
	var blanked []bodyRange
	var titled []mdxTitled
	if IsMDX(path) {
		body, mdxComments, blanked, titled = blankMDX(body)
		markdown = mdxParser()
	}
	if at, deep := tooDeep(body); deep {
		return doc, &FileError{Path: path, Pos: doc.lines.pos(bodyStart + at), Limit: true,
			Msg: fmt.Sprintf("block quotes and lists nest more than %d levels deep here; vmlint does not read files nested this deep", MaxNesting)}
	}
	if at, many := tooManyLinks(body); many {
		return doc, &FileError{Path: path, Pos: doc.lines.pos(bodyStart + at), Limit: true,
			Msg: "this paragraph holds so much link syntax or so many emphasis marks that the Markdown parser would take time in the square of its length; vmlint does not read it"}
	}
	root := markdown.Parse(text.NewReader(body))
	if !IsMDX(path) {
		titled = htmlTitled(root, body)
	}
	boxTitled(root, titled)
	p := &parseState{doc: doc, body: body, base: bodyStart, lex: lex, blanked: blanked}
	p.collect(root)
	if len(mdxComments) > 0 {
		for _, c := range mdxComments {
			doc.Comments = append(doc.Comments, &Comment{Text: c.text, Span: doc.Span(bodyStart+c.start, bodyStart+c.end)})
		}
		sort.SliceStable(doc.Comments, func(i, j int) bool { return doc.Comments[i].Span.Start.Offset < doc.Comments[j].Span.Start.Offset })
	}
	p.statements(detect.Detect(p.detectDocument(root), lex))
	for _, s := range doc.Statements {
		p.analyze(s)
		if !s.Empty {
			s.Placeholders = placeholders(doc, s, lex)
			s.Placeholder = len(s.Placeholders) > 0
		}
	}
	return doc, fmErr
}

// binaryError reports a file that holds a NUL byte: binary, not text.
func binaryError(doc *Document) error {
	if i := bytes.IndexByte(doc.Source, 0); i >= 0 {
		return &FileError{Path: doc.Path, Pos: doc.Position(i), Msg: "binary file: it contains a NUL byte"}
	}
	return nil
}

// normalizeLineEnds returns body with every lone carriage return (an old
// Mac line ending, which goldmark does not break lines at) turned into a
// line feed. The length stays the same, so every offset still holds.
func normalizeLineEnds(body []byte) []byte {
	i := bytes.IndexByte(body, '\r')
	for i >= 0 && i+1 < len(body) && body[i+1] == '\n' {
		next := bytes.IndexByte(body[i+1:], '\r')
		if next < 0 {
			return body
		}
		i += 1 + next
	}
	if i < 0 {
		return body
	}
	out := bytes.Clone(body)
	for ; i < len(out); i++ {
		if out[i] == '\r' && (i+1 == len(out) || out[i+1] != '\n') {
			out[i] = '\n'
		}
	}
	return out
}

// parseState carries what parsing one document needs.
type parseState struct {
	doc  *Document
	body []byte // the Markdown body; goldmark's offsets are relative to it
	base int    // file offset of body[0]
	lex  *lexicon.Lexicons

	headings map[ast.Node]*Heading
	cursor   cursor // converts the offsets of words, which mostly rise

	proseCache map[ast.Node]*Prose // each block's prose, built once
	// emptyAnalysis is the language analysis of every statement with no
	// text, made once.
	emptyAnalysis *language.Analysis
	blanked       []bodyRange // MDX: JSX and expressions blanked out, by start
}

// bodyRange is the bytes [start, end) of the body.
type bodyRange struct {
	start, end int
	element    bool // a JSX element's tag, not an expression in braces
}

// collect records headings and HTML comments.
func (p *parseState) collect(root ast.Node) {
	p.headings = map[ast.Node]*Heading{}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			h := &Heading{Level: n.Level, Prose: p.blockProse(n)}
			h.Span = p.proseSpan(h.Prose)
			if h.Prose.Text == "" && n.Lines().Len() == 0 {
				h.Span = p.doc.Span(p.base+max(n.Pos(), 0), p.base+max(n.Pos(), 0))
			}
			p.doc.Headings = append(p.doc.Headings, h)
			p.headings[n] = h
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			lines := n.Lines()
			if lines.Len() > 0 {
				end := lines.At(lines.Len() - 1).Stop
				if n.HasClosure() {
					end = n.ClosureLine.Stop
				}
				p.comments(lines.At(0).Start, end)
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			if n.Segments.Len() > 0 {
				p.comments(n.Segments.At(0).Start, n.Segments.At(n.Segments.Len()-1).Stop)
			}
		}
		return ast.WalkContinue, nil
	})
}

// comments records the HTML comments in body[start:end].
func (p *parseState) comments(start, end int) {
	raw := p.body[start:end]
	for i := 0; ; {
		open := bytes.Index(raw[i:], []byte("<!--"))
		if open < 0 {
			return
		}
		open += i
		closing := bytes.Index(raw[open+4:], []byte("-->"))
		if closing < 0 {
			return
		}
		closing += open + 4
		p.doc.Comments = append(p.doc.Comments, &Comment{
			Text: string(raw[open+4 : closing]),
			Span: p.doc.Span(p.base+start+open, p.base+start+closing+3),
		})
		i = closing + 3
	}
}

// blockProse returns the readable text of blocks, one after another (a
// single block's is built once: see oneBlockProse). Leaf blocks (paragraphs,
// headings, table cells) give their inline text; container blocks (lists,
// block quotes, tables) give their leaf blocks' text, one per line. Code,
// HTML and thematic breaks give nothing.
func (p *parseState) blockProse(nodes ...ast.Node) *Prose {
	if len(nodes) == 1 {
		return p.oneBlockProse(nodes[0])
	}
	var b proseBuilder
	for _, n := range nodes {
		p.appendBlock(&b, n)
	}
	return trimProse(b.prose())
}

// oneBlockProse is blockProse for one block, built once per block.
func (p *parseState) oneBlockProse(n ast.Node) *Prose {
	if pr, ok := p.proseCache[n]; ok {
		return pr
	}
	var b proseBuilder
	p.appendBlock(&b, n)
	pr := trimProse(b.prose())
	if p.proseCache == nil {
		p.proseCache = map[ast.Node]*Prose{}
	}
	p.proseCache[n] = pr
	return pr
}

func (p *parseState) appendBlock(b *proseBuilder, n ast.Node) {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock, *ast.Heading, *east.TableCell:
		b.separate("\n")
		p.appendInline(b, n)
	case *ast.HTMLBlock:
		b.separate("\n")
		p.appendHTML(b, n)
	case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.ThematicBreak:
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			p.appendBlock(b, c)
		}
	}
}

// appendInline appends the text of n's inline children: text and the text
// of emphasis and links, not code spans, raw HTML, images, struck-out text
// or link destinations.
func (p *parseState) appendInline(b *proseBuilder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			if p.blanked != nil {
				p.sourceBetweenBlanks(b, seg.Start, seg.Stop)
			} else {
				b.source(seg.Value(p.body), p.base+seg.Start)
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.separate(" ")
			}
		case *ast.String:
			b.replaced(string(c.Value), b.last, b.last)
		case *ast.AutoLink:
			if pos := c.Pos(); pos >= 0 {
				label := c.Label(p.body)
				b.verbatim(label, p.base+pos+1)
			}
		case *ast.CodeSpan, *ast.RawHTML, *ast.Image, *east.Strikethrough, *east.TaskCheckBox:
		default:
			p.appendInline(b, c)
		}
	}
}

// detectDocument returns what detection reads of the document.
func (p *parseState) detectDocument(root ast.Node) *detect.Document {
	d := &detect.Document{Path: p.doc.Path, Body: p.body, Root: root, LineStarts: p.lineStarts, Text: func(blocks ...ast.Node) string {
		return p.blockProse(blocks...).Text
	}, BlockText: func(block ast.Node) string {
		return p.oneBlockProse(block).Text
	}}
	for _, r := range p.blanked {
		if r.element {
			d.Elements = append(d.Elements, r.start)
		}
	}
	if fm := p.doc.FrontMatter; fm != nil {
		d.Fields = make(map[string]string, len(fm.Fields))
		for name, f := range fm.Fields {
			d.Fields[name] = f.Value
		}
	}
	return d
}

// lineStarts returns the byte offsets in a paragraph's prose where each of
// its source lines starts: the first byte of prose that maps to the line
// or after it.
func (p *parseState) lineStarts(n ast.Node) []int {
	pr := p.blockProse(n)
	lines := n.Lines()
	out := make([]int, 0, lines.Len())
	for i := 0; i < lines.Len(); i++ {
		out = append(out, pr.textAt(p.base+lines.At(i).Start))
	}
	return out
}

// statements turns what detection found into the document's statements
// (in document order) and declarations.
func (p *parseState) statements(found detect.Result) {
	// One allocation for every statement, and one for the empty ones'
	// prose: a file may hold hundreds of thousands of headings.
	slab := make([]Statement, len(found.Claims))
	empty := &Prose{}
	if len(found.Claims) > 0 {
		p.doc.Statements = make([]*Statement, 0, len(found.Claims))
	}
	for i, c := range found.Claims {
		s := &slab[i]
		*s = Statement{Kind: c.Kind, Form: c.Form, Label: c.Label}
		var whole *Prose // the text the claim's range is in
		var at Span      // where the statement stands, should it be empty
		switch {
		case c.Field != "":
			whole = p.doc.FrontMatter.prose[c.Field]
			at = p.doc.FrontMatter.Fields[c.Field].Span
		case len(c.Blocks) > 0:
			whole = p.blockProse(c.Blocks...)
			at = p.proseSpan(whole)
		}
		if c.At != nil {
			if h, ok := p.headings[c.At]; ok {
				at = h.Span
			} else {
				at = p.proseSpan(p.blockProse(c.At))
			}
		}
		if c.Empty() {
			s.Empty, s.Prose, s.Span = true, empty, at
		} else {
			s.Prose = whole.slice(c.Start, c.End)
			s.Span = p.proseSpan(s.Prose)
		}
		p.doc.Statements = append(p.doc.Statements, s)
	}
	sort.SliceStable(p.doc.Statements, func(i, j int) bool {
		return p.doc.Statements[i].Span.Start.Offset < p.doc.Statements[j].Span.Start.Offset
	})
	setAnchors(p.doc.Statements)
	if len(found.Declarations) > 0 {
		p.doc.Declares = make([]Declaration, 0, len(found.Declarations))
	}
	for _, d := range found.Declarations {
		decl := Declaration{Kind: d.Kind, By: DeclaredBy(d.By), Unsure: d.Unsure}
		switch {
		case d.Heading != nil:
			decl.Span = p.headings[d.Heading].Span
		case decl.By == ByFrontMatter:
			decl.Span = p.doc.FrontMatter.Fields["title"].Span
		default:
			decl.Span = p.doc.Span(0, 0)
		}
		p.doc.Declares = append(p.doc.Declares, decl)
	}
}

// trimProse drops leading and trailing white space from p.
func trimProse(p *Prose) *Prose {
	s := p.Text
	start, end := 0, len(s)
	for start < end && isSpaceByte(s[start]) {
		start++
	}
	for end > start && isSpaceByte(s[end-1]) {
		end--
	}
	return p.slice(start, end)
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// slice returns the prose of p.Text[start:end] with its source map. It
// searches for the first run it keeps and reads only the runs it keeps: a
// paragraph of many lines holds a run a line, and slicing it once for each
// of many statements by reading every run took time in the square of its
// lines.
func (p *Prose) slice(start, end int) *Prose {
	if start == 0 && end == len(p.Text) {
		return p
	}
	q := &Prose{Text: p.Text[start:end]}
	// Runs rise through the text: those before the first that ends after
	// start hold no byte of the slice, nor do those from the first that
	// starts at end or after.
	first := sort.Search(len(p.runs), func(k int) bool { return p.runs[k].text+p.runLen(k) > start })
	for k := first; k < len(p.runs); k++ {
		r := p.runs[k]
		if r.text >= end {
			break
		}
		if r.text < start {
			if r.verbatim {
				r.src += start - r.text
			}
			r.text = start
		}
		r.text -= start
		q.runs = append(q.runs, r)
	}
	return q
}

// proseSpan is the file span of the whole prose; for empty prose, a point.
func (p *parseState) proseSpan(pr *Prose) Span {
	return p.doc.Span(pr.SourceStart(0), pr.SourceEnd(len(pr.Text)))
}
