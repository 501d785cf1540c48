// Package detect finds the vision and mission statements of a Markdown
// document: the blocks (or sentences) that state them, however the document
// marks them. Each form has a finder in a file of its own:
//
//   - heading.go: the first fitting block under a heading that names the
//     kind ("## Vision", "## Our vision for the plugin system");
//   - title.go: a heading that is itself the statement;
//   - label.go: a label ("**Mission:** …", "Vision — …", a label alone on
//     its line), and table.go: a table row or column a label names;
//   - leadin.go: a lead-in sentence ("We sum up our mission as:") with the
//     list or quote that follows it;
//   - sentence.go: a sentence that says what it states ("Our mission is to …");
//   - frontmatter.go: a front matter field, or the opening text of a page
//     whose front matter title names the kind;
//   - file.go: the opening text of a file named after the kind (VISION.md).
//
// Finders do not decide alone: each proposes claims to one claims set
// (claims.go), and the earliest claim in document order wins a block.
// Text that names a kind in another sense (computer vision, a space
// mission, a feature list) is turned away in sense.go.
//
// Detection reads the document the parse stage built (the goldmark tree,
// and the readable text of any block) and returns claims: which blocks, and
// which bytes of their text, state which kind. The parse stage turns them
// into statements with positions. Detection does not import the document
// model, so that the model's package can call it.
package detect

import (
	"github.com/yuin/goldmark/ast"
	"slices"

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
	// FormHeading is the first block under a heading that names the kind
	// ("## Vision"), or a table cell under a column header that does.
	FormHeading Form = "heading"
	// FormLabel is text after a label ("**Mission:** …"), under a label alone
	// on its line, beside one in a table row, above an attribution that
	// names the kind ("— Mission statement agreed by the board"), or above
	// a paragraph that says it is the kind ("That is our vision, agreed
	// …").
	FormLabel Form = "label"
	// FormSentence is a sentence that says what it is ("Our mission is to …").
	FormSentence Form = "sentence"
	// FormLeadIn is the list or quote a lead-in sentence introduces ("We sum
	// up our mission as:"), with the lead-in when it starts the statement
	// ("Our vision is:").
	FormLeadIn Form = "lead-in"
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
	// byte ranges of this text. Detection asks for the text of one block
	// many times: that should cost a look-up, not building it again.
	Text func(blocks ...ast.Node) string
	// BlockText is Text for one block, called without building a slice
	// for it: detection asks for one block's text hundreds of thousands of
	// times on a large tree. Nil means Text.
	BlockText func(block ast.Node) string
	// LineStarts returns, for a paragraph, the byte offsets in its Text
	// where each of its source lines starts (soft line breaks read as
	// spaces in the text).
	LineStarts func(paragraph ast.Node) []int
	// Elements holds, in order, the body offsets where an MDX file's JSX
	// elements start: blanked out of Body, they are markup vmlint does
	// not read, and may hold text it cannot see (a statement in a
	// component's prop). Nil for Markdown.
	Elements []int
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
	// Unsure is set when the heading's section holds text that detection
	// did not take for a statement: the statement may be there in a shape
	// it cannot read, so its absence is not certain.
	Unsure bool
}

// Result is what detection found in a document.
type Result struct {
	// Claims are the statements found, in document order.
	Claims []Claim
	// Declarations are the places that say the document holds a kind.
	Declarations []Declaration
}

// Detect finds the statements of doc with the lexicons lex. The finders
// of marked forms propose claims first and the earliest in document order
// wins each block; then, for a kind still not found, a sentence of the
// front matter's description that says what it states, or a front matter
// title or a file name that names the kind, gives it.
func Detect(doc *Document, lex *lexicon.Lexicons) Result {
	d := newDetector(doc, lex)
	d.frontMatterFields()
	d.headings()
	d.labels()
	d.leadIns()
	d.pointedTitles()
	d.futureTitles()
	d.sentences()
	if len(d.claims.proposed) > 0 && d.changelog() {
		return Result{}
	}
	if len(d.claims.proposed) > 0 {
		if from := d.versionsFrom(); from >= 0 {
			d.claims.dropFrom(from)
			d.declarations = slices.DeleteFunc(d.declarations, func(x Declaration) bool { return x.Heading != nil && startOf(x.Heading) >= from })
		}
	}
	d.claims.resolve(d)
	d.frontMatterSentences()
	d.frontMatterTitle()
	d.claims.resolve(d) // a title's statement leaves the file name none to give
	d.fileStatement()
	d.claims.resolve(d)
	var r Result
	if len(d.claims.accepted) > 0 {
		r.Claims = make([]Claim, len(d.claims.accepted))
		for i, p := range d.claims.accepted {
			r.Claims[i] = p.Claim
		}
	}
	r.Declarations = d.declarations
	return r
}

// detector carries what detecting one document's statements needs.
type detector struct {
	doc   *Document
	lex   *lexicon.Lexicons
	vocab *vocabulary
	top   []ast.Node       // the document's top-level blocks
	index map[ast.Node]int // each top-level block's index in top

	claims       claimSet
	declarations []Declaration

	infos     []headingInfo     // each top-level block's heading class, by index
	parents   []int             // each top-level block's section heading, by index (see outline)
	ends      []int             // each heading's section end, by index
	explained map[ast.Node]bool // top-level blocks under a heading that asks or explains
	featured  map[ast.Node]bool // headings, by whether they name a list of features
	// strongLists holds, per list, whether an item's label names a kind by
	// a strong word (see listNamesKinds).
	strongLists map[ast.Node]bool
	cued        map[ast.Node]bool // blocks whose text holds a cue word
	// statementLike and cueSents hold, per block, whether it reads as a
	// statement (fits, but for claims) and its cue sentences, worked out once.
	statementLike map[ast.Node]bool
	cueSents      map[ast.Node][]cueSentence
	norms         map[ast.Node][]string // headings' normalised words
	// cuedBlocks lists, in document order, the paragraphs the labels pass
	// found a cue word in.
	cuedBlocks []ast.Node
	// series is the kind the page's title numbers one of ("Act 2,
	// Mission 4"), read once (seriesRead).
	series     Kind
	seriesRead bool
	// categoryGroups holds the groups of sibling headings, by parent and
	// level, that hold a category's adjective (abilityCategory), read once.
	categoryGroups map[[2]int]bool
	// eyesight is whether the page speaks of eyesight (eyesightPage),
	// read once (eyesightRead).
	eyesight, eyesightRead bool
	// named holds, per kind, whether the page writes its word as a name
	// (kindNamedOnPage), read once a kind.
	named map[Kind]bool
	// codeNamed holds, per kind, whether the page writes its word in code
	// as part of a name (codeNamesKind), read once a kind.
	codeNamed map[Kind]bool
	// glossary is whether the page is a glossary (glossaryPage), gameWord
	// whether its body holds "accept" (mayPlayMission), and pageCue whether it
	// holds a cue word (pageCued): 0 until read, then 1 or -1.
	glossary, gameWord, pageCue int8
	// orders is whether the page is a military order (ordersDocument),
	// read once (ordersRead).
	orders, ordersRead bool
	// tokenized holds each text's words, split once (see tokens).
	tokenized map[string]tokenized
}

func newDetector(doc *Document, lex *lexicon.Lexicons) *detector {
	d := &detector{
		doc: doc, lex: lex, vocab: vocabularyFor(lex),
	}
	for c := doc.Root.FirstChild(); c != nil; c = c.NextSibling() {
		d.top = append(d.top, c)
	}
	return d
}

// indexOf returns the index in top of a top-level block.
func (d *detector) indexOf(top ast.Node) int {
	if d.index == nil {
		d.index = make(map[ast.Node]int, len(d.top))
		for i, n := range d.top {
			d.index[n] = i
		}
	}
	return d.index[top]
}

// text returns the readable text of one block.
func (d *detector) text(n ast.Node) string {
	if d.doc.BlockText != nil {
		return d.doc.BlockText(n)
	}
	return d.doc.Text(n)
}

// blocksText returns the readable text of blocks joined.
func (d *detector) blocksText(blocks []ast.Node) string {
	if len(blocks) == 1 {
		return d.text(blocks[0])
	}
	return d.doc.Text(blocks...)
}

// declare records that heading (nil for other ways) declares kind.
func (d *detector) declare(kind Kind, by string, heading ast.Node) {
	d.declarations = append(d.declarations, Declaration{Kind: kind, By: by, Heading: heading})
}

// put sets (*m)[k] = v, making the map on first use: most documents need
// few of the detector's maps.
func put[K comparable, V any](m *map[K]V, k K, v V) {
	if *m == nil {
		*m = map[K]V{}
	}
	(*m)[k] = v
}

// topOf returns the top-level block that holds n.
func topOf(n ast.Node) ast.Node {
	for n.Parent() != nil && n.Parent().Kind() != ast.KindDocument {
		n = n.Parent()
	}
	return n
}

// startOf returns the body offset where block n's first text starts, or -1
// when it has none.
func startOf(n ast.Node) int {
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Start
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if s := startOf(c); s >= 0 {
			return s
		}
	}
	return -1
}
