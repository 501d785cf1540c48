// Package detect finds the vision and mission statements of a Markdown
// document: the blocks (or sentences) that state them, however the document
// marks them. Each form has its own finder, in a file of its own: a heading
// that names the kind, a label, a sentence that says what it states, a
// heading that is itself the statement, front matter, a file named after
// the kind, and a lead-in sentence with its list.
//
// Detection reads the document the parse stage built (the goldmark tree,
// and the readable text of any block) and returns claims: which blocks, and
// which bytes of their text, state which kind. The parse stage turns claims
// into statements with positions. Detection does not import the document
// model, so that the model's package can call it.
package detect

import (
	"github.com/yuin/goldmark/ast"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// Kind is the kind of a statement: a vision or a mission.
type Kind string

// The statement kinds.
const (
	Vision  Kind = "vision"
	Mission Kind = "mission"
)

// Kinds lists every statement kind in a fixed order.
var Kinds = []Kind{Vision, Mission}

// Form says how a document marks a statement.
type Form string

// The forms a statement is found in.
const (
	// FormHeading is the first block under a heading that names the kind ("## Vision").
	FormHeading Form = "heading"
	// FormLabel is text after a label at the start of a block ("**Mission:** …").
	FormLabel Form = "label"
	// FormSentence is a sentence that says what it is ("Our mission is to …").
	FormSentence Form = "sentence"
	// FormTitle is a heading that is itself the statement ("## Our vision is to …").
	FormTitle Form = "title"
	// FormFrontMatter is a front matter field ("vision: …"), or the body of a
	// page whose front matter title names the kind.
	FormFrontMatter Form = "frontmatter"
	// FormFile is the opening text of a file named after the kind (VISION.md).
	FormFile Form = "file"
)

// Document is what detection reads of one file.
type Document struct {
	// Path is the file's path; its name can declare a kind (VISION.md).
	Path string
	// Body is the Markdown body, which the tree's segments index.
	Body []byte
	// Root is the goldmark tree of the body.
	Root ast.Node
	// Fields holds the front matter's top-level fields as text, keyed by
	// lower-case name; nil when there is no front matter.
	Fields map[string]string
	// Text returns the readable text of blocks (markup removed, one line
	// per leaf block, blocks joined by a line break, trimmed). Claims give
	// byte ranges of this text.
	Text func(blocks ...ast.Node) string
}

// Claim is one statement: the text that states it and how it is marked.
type Claim struct {
	// Kind is vision or mission.
	Kind Kind
	// Form says how the document marks the statement.
	Form Form
	// Label is the heading, label or field that introduced the statement,
	// as written; empty for sentences and files.
	Label string
	// Field names the front matter field that holds the statement, for a
	// statement that is a field's value; Blocks is then empty.
	Field string
	// Blocks are the blocks whose text (Document.Text(Blocks...)) holds the
	// statement: one block, or a lead-in and its list.
	Blocks []ast.Node
	// Start and End are the statement's byte range in that text (or in the
	// field's value). An empty range is a heading or label with nothing
	// under it.
	Start, End int
	// At is, for an empty statement, the heading or label block that
	// announced it; nil when the statement's blocks (or field) say where.
	At ast.Node
}

// Empty reports whether the claim has no text: a heading or label with
// nothing under it.
func (c Claim) Empty() bool { return c.Start == c.End }

// Declaration is a place where a document says it holds a kind of statement.
type Declaration struct {
	// Kind is the kind declared.
	Kind Kind
	// By is "heading", "front matter" (its title field) or "file name".
	By string
	// Heading is the heading, for By "heading".
	Heading ast.Node
}

// Result is what detection found in a document.
type Result struct {
	// Claims are the statements found, in no particular order.
	Claims []Claim
	// Declarations are the places that say the document holds a kind.
	Declarations []Declaration
}

// Detect finds the statements of doc with the lexicons lex, in this order
// of precedence: front matter fields, headings (that name a kind or are a
// statement), a front matter title that names a kind, labels, sentences,
// and last the opening text of a file named after a kind. A block serves
// one statement.
func Detect(doc *Document, lex *lexicon.Lexicons) Result {
	d := &detector{
		doc: doc, lex: lex, vocab: vocabularyFor(lex),
		used: map[ast.Node]bool{}, cued: map[ast.Node]bool{}, texts: map[ast.Node]string{},
	}
	for c := doc.Root.FirstChild(); c != nil; c = c.NextSibling() {
		d.top = append(d.top, c)
	}
	d.frontMatterFields()
	d.headingSections()
	d.frontMatterTitle()
	d.labels(doc.Root)
	d.sentences()
	d.fileStatement()
	return d.result
}

// detector carries what detecting one document's statements needs.
type detector struct {
	doc   *Document
	lex   *lexicon.Lexicons
	vocab *vocabulary
	top   []ast.Node // the document's top-level blocks

	used      map[ast.Node]bool   // blocks that already serve a statement
	explained map[ast.Node]bool   // top-level blocks under a heading that asks or explains
	cued      map[ast.Node]bool   // blocks whose text holds a cue word
	texts     map[ast.Node]string // each block's readable text, asked once
	// cuedBlocks lists, in document order, the paragraphs and list items
	// the labels pass found a cue word in.
	cuedBlocks []ast.Node
	known      phraseIndex // the words of result.Claims[:indexed], for repeats
	indexed    int

	result Result
}

// text returns the readable text of one block.
func (d *detector) text(n ast.Node) string {
	if t, ok := d.texts[n]; ok {
		return t
	}
	t := d.doc.Text(n)
	d.texts[n] = t
	return t
}

// claim records a statement of kind in the text of blocks, [start, end) of
// it, less quotation marks that wrap it; at says where an empty one stands.
func (d *detector) claim(kind Kind, form Form, label string, blocks []ast.Node, start, end int, at ast.Node) {
	var text string
	if len(blocks) == 1 {
		text = d.text(blocks[0])
	} else {
		text = d.doc.Text(blocks...)
	}
	start, end = unquote(text, start, end)
	d.result.Claims = append(d.result.Claims, Claim{Kind: kind, Form: form, Label: label, Blocks: blocks, Start: start, End: end, At: at})
}

// declare records that heading (nil for other ways) declares kind.
func (d *detector) declare(kind Kind, by string, heading ast.Node) {
	d.result.Declarations = append(d.result.Declarations, Declaration{Kind: kind, By: by, Heading: heading})
}

// has reports whether a statement of kind with text has been found.
func (d *detector) has(kind Kind) bool {
	for _, c := range d.result.Claims {
		if c.Kind == kind && !c.Empty() {
			return true
		}
	}
	return false
}

// claimText returns the text of a claim found so far.
func (d *detector) claimText(c Claim) string {
	if c.Field != "" {
		return d.doc.Fields[c.Field][c.Start:c.End]
	}
	if len(c.Blocks) == 1 {
		return d.text(c.Blocks[0])[c.Start:c.End]
	}
	return d.doc.Text(c.Blocks...)[c.Start:c.End]
}

// markUsed marks n and every block inside it as serving a statement.
func (d *detector) markUsed(n ast.Node) {
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && c.Type() == ast.TypeBlock {
			d.used[c] = true
		}
		return ast.WalkContinue, nil
	})
}

// topOf returns the top-level block that holds n.
func topOf(n ast.Node) ast.Node {
	for n.Parent() != nil && n.Parent().Kind() != ast.KindDocument {
		n = n.Parent()
	}
	return n
}
