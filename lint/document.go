package lint

import (
	"strconv"
	"strings"
	"sync"

	"github.com/vmlint/vmlint/lint/detect"
	"github.com/vmlint/vmlint/lint/language"
	"github.com/vmlint/vmlint/lint/lexicon"
)

// Kind is the kind of a statement: a vision or a mission.
type Kind = detect.Kind

// The statement kinds.
const (
	Vision  = detect.Vision
	Mission = detect.Mission
)

// Kinds lists every statement kind in a fixed order.
var Kinds = detect.Kinds

// Form says how a document marks a statement.
type Form = detect.Form

// The forms a statement is found in; detect documents each.
const (
	FormHeading     = detect.FormHeading
	FormLabel       = detect.FormLabel
	FormSentence    = detect.FormSentence
	FormLeadIn      = detect.FormLeadIn
	FormTitle       = detect.FormTitle
	FormFrontMatter = detect.FormFrontMatter
	FormFile        = detect.FormFile
)

// Document is one parsed file: its bytes, its front matter and the
// statements found in it. A Document is immutable once Parse returns and is
// safe to share between goroutines.
type Document struct {
	// Path is the path the document was read from, as given.
	Path string
	// Source is the whole file, unchanged.
	Source []byte
	// FrontMatter is the decoded front matter, or nil when there is none.
	FrontMatter *FrontMatter
	// Headings lists every heading in document order.
	Headings []*Heading
	// Comments lists every HTML comment (<!-- … -->) in document order.
	Comments []*Comment
	// Statements lists the vision and mission statements in document order.
	Statements []*Statement
	// Declares lists where the document says it holds a kind of statement:
	// a heading that names it, a front matter title, or its file name.
	Declares []Declaration

	lines     lineIndex
	linesOnce *sync.Once // set when lines are built on first need (Unparsed)
}

// index returns the document's line index.
func (d *Document) index() lineIndex {
	if d.linesOnce != nil {
		d.linesOnce.Do(func() { d.lines = newLineIndex(d.Source) })
	}
	return d.lines
}

// Position converts a byte offset of the file into a position.
func (d *Document) Position(offset int) Pos { return d.index().pos(offset) }

// Span returns the span of the bytes [start, end) of the file.
func (d *Document) Span(start, end int) Span { return d.index().span(start, end) }

// Line returns the text of the 1-based line n without its line ending, or ""
// when the file has no such line.
func (d *Document) Line(n int) string {
	li := d.index()
	if n < 1 || n > li.lineCount() {
		return ""
	}
	start, end := li.lineBounds(n)
	return string(d.Source[start:end])
}

// DeclaredBy says what declares that a document holds a kind of statement.
type DeclaredBy string

// What declares a statement kind.
const (
	// ByHeading is a heading that names the kind ("## Vision").
	ByHeading DeclaredBy = "heading"
	// ByFrontMatter is a front matter title that names the kind.
	ByFrontMatter DeclaredBy = "front matter"
	// ByFileName is the file's name (VISION.md).
	ByFileName DeclaredBy = "file name"
)

// Declaration is a place where a document says it holds a kind of statement.
type Declaration struct {
	// Kind is the kind declared.
	Kind Kind
	// By says what declares it.
	By DeclaredBy
	// Span is the heading or title; the start of the file for a file name.
	Span Span
	// Unsure is set when the declared section holds text that detection
	// did not take for a statement, so a missing statement is not certain.
	Unsure bool
}

// ProseMatch returns the match of prose bytes [start, end) of p, a prose of
// this document: its text and the span of the source it maps to.
func (d *Document) ProseMatch(p *Prose, start, end int) Match {
	return Match{First: -1, End: -1, Text: p.Text[start:end], Span: d.Span(p.SourceStart(start), p.SourceEnd(end))}
}

// FrontMatter is the metadata block at the top of a file.
type FrontMatter struct {
	// Format is "yaml", "toml" or "json".
	Format string
	// Span covers the whole block, delimiters included.
	Span Span
	// Fields holds the top-level scalar fields as text, keyed by lower-case name.
	Fields map[string]Field

	prose map[string]*Prose // each field's value with its source map
}

// Field is one top-level front matter value.
type Field struct {
	// Value is the value as text.
	Value string
	// Span covers the value (without quotes where the format allows it).
	Span Span
}

// Heading is a Markdown heading, ATX or setext.
type Heading struct {
	// Level is 1 to 6.
	Level int
	// Prose is the heading's text with markup removed.
	Prose *Prose
	// Span covers the heading's text.
	Span Span
}

// Comment is an HTML comment, as a block or inline, or in an MDX file a
// comment expression ({/* … */}).
type Comment struct {
	// Text is what stands between "<!--" and "-->" (or "{/*" and "*/}"),
	// untrimmed.
	Text string
	// Span covers the whole comment, delimiters included.
	Span Span
}

// Statement is one vision or mission statement.
type Statement struct {
	// Kind is vision or mission.
	Kind Kind
	// Form says how the document marks the statement.
	Form Form
	// Label is the heading, label or field that introduced the statement, as
	// written ("Our Vision", "Mission", "vision"); empty for sentences and files.
	Label string
	// Span covers the statement's text, from its first to its last character.
	// For an empty statement it covers the heading or label that announced it.
	Span Span
	// Prose is the statement's readable text with markup removed.
	Prose *Prose
	// Sentences are the statement's sentences in order.
	Sentences []*Sentence
	// Empty is true when the heading or label has no statement under it.
	Empty bool
	// Placeholder is true when the text is template residue (lorem ipsum,
	// "[target customer]", TODO) rather than a statement.
	Placeholder bool
	// Placeholders are the spans of the template residue.
	Placeholders []Span
	// Analysis holds counts, readability and components.
	Analysis Analysis

	anchor   string             // where it is announced (see Anchor)
	language *language.Analysis // what the language layer made of it
	words    []*Word            // every word, in order
	norms    []string           // every word's Norm, in order
	masks    []uint64           // every word's lexicon mask (see lexicon.Lexicons.Mask)
	lex      *lexicon.Lexicons  // the lexicons the masks come from
}

// Anchor says where the statement is announced, in a form that survives
// edits to the statement itself: its kind, its form, its label (the
// heading, label or field, in lower case with spaces collapsed; none for
// sentences and files) and its ordinal among the document's statements
// announced the same way, as in "mission/heading/our mission/1".
func (s *Statement) Anchor() string { return s.anchor }

// setAnchors gives each statement, in document order, its anchor.
func setAnchors(statements []*Statement) {
	seen := make(map[string]int, len(statements))
	for _, s := range statements {
		label := s.Label
		if label != "" {
			label = strings.ToLower(strings.Join(strings.Fields(label), " "))
		}
		where := string(s.Kind) + "/" + string(s.Form) + "/" + label
		seen[where]++
		s.anchor = where + "/" + strconv.Itoa(seen[where])
	}
}

// Language returns what the language layer made of the statement: its
// tokens with their parts of speech, its noun phrases and clauses.
func (s *Statement) Language() *language.Analysis { return s.language }

// OtherLanguage reports whether the statement is most likely not in
// English, which the language analysis reads (language.Analysis.OtherLanguage).
func (s *Statement) OtherLanguage() bool { return s.language != nil && s.language.OtherLanguage() }

// Words returns every word of the statement in order.
func (s *Statement) Words() []*Word { return s.words }

// Match is a run of a statement's words that matched something.
type Match struct {
	// First and End index the statement's words: Words()[First:End].
	First, End int
	// Text is the words as they read.
	Text string
	// Span covers the words.
	Span Span
}

// Find returns every match of the word list in the statement, longest
// first at each word, without overlaps.
func (s *Statement) Find(set lexicon.Matcher) []Match {
	var out []Match
	masks := s.masks
	if s.lex == nil || !set.OwnedBy(s.lex) {
		masks = nil // another collection's list: look every word up
	}
	for i := 0; i < len(s.norms); i++ {
		if n := set.MatchMasked(s.norms, masks, i); n > 0 {
			out = append(out, s.MatchOf(i, i+n))
			i += n - 1
		}
	}
	return out
}

// MatchOf returns the match of words [first, end).
func (s *Statement) MatchOf(first, end int) Match {
	a, b := s.words[first], s.words[end-1]
	return Match{First: first, End: end, Text: s.Prose.Text[a.start:b.end], Span: Span{Start: a.Span.Start, End: b.Span.End}}
}

// Norms returns the normalised form of every word, in order.
func (s *Statement) Norms() []string { return s.norms }

// Text returns the statement's readable text.
func (s *Statement) Text() string {
	if s.Prose == nil {
		return ""
	}
	return s.Prose.Text
}

// Sentence is one sentence of a statement.
type Sentence struct {
	// Text is the sentence's readable text.
	Text string
	// Span covers the sentence in the file.
	Span Span
	// Words are the sentence's words in order.
	Words []*Word
}

// Word is one word of a sentence: letters and digits, with inner
// apostrophes, hyphens, periods (in "e.g." or "2.0") and the like kept.
type Word struct {
	// Text is the word as it reads.
	Text string
	// Norm is Text in lower case with typographic apostrophes and hyphens
	// made plain, for lexicon look-ups.
	Norm string
	// Span covers the word in the file.
	Span Span
	// Syllables is the estimated number of syllables.
	Syllables int
	// start and end are byte offsets into the statement's prose text.
	start, end int
}

// Analysis is what the engine computes once per statement for every rule.
type Analysis struct {
	// Words and Sentences count the statement's words and sentences.
	Words, Sentences int
	// Syllables is the estimated syllable count of all words.
	Syllables int
	// FleschReadingEase is 206.835 − 1.015·words/sentences − 84.6·syllables/words.
	FleschReadingEase float64
	// FleschKincaidGrade is 0.39·words/sentences + 11.8·syllables/words − 15.59.
	FleschKincaidGrade float64
	// Components are the spans of what the statement contains.
	Components Components
}

// Components holds the parts a statement may contain, each a list of spans.
type Components struct {
	// Audience is who the statement serves.
	Audience []Component `json:"audience"`
	// Value is a benefit or outcome for someone.
	Value []Component `json:"value"`
	// Strategy is the means or concrete activity.
	Strategy []Component `json:"strategy"`
	// Future is future-state wording.
	Future []Component `json:"future"`
	// Differentiation is a contrast with alternatives.
	Differentiation []Component `json:"differentiation"`
	// Purpose is a why-clause.
	Purpose []Component `json:"purpose"`

	presence [6]language.Presence // by language.Component
}

// Presence returns how sure the analysis is that the statement holds a
// component: Present when it found one, Absent when it understood the
// statement and found none, Unsure when the statement holds words or a
// shape it cannot judge. Rules that report something missing report
// Absent only.
func (c *Components) Presence(k language.Component) language.Presence { return c.presence[k] }

// AudienceLevel is how definite a statement's audience is.
type AudienceLevel string

// The audience levels.
const (
	// NoAudience: the statement names no one it serves.
	NoAudience AudienceLevel = "none"
	// GenericAudience: only people at large ("people", "users", "businesses").
	GenericAudience AudienceLevel = "generic"
	// SpecificAudience: a definite group ("independent pharmacists").
	SpecificAudience AudienceLevel = "specific"
)

// Component is the words of a statement that carry one component.
type Component struct {
	// Text is the words as they read.
	Text string
	// Span covers the words in the file.
	Span Span
	// Specific is set for audiences that name a definite group rather than
	// "people" or "everyone".
	Specific bool
}

// AudienceLevel summarises a statement's audience.
func (c *Components) AudienceLevel() AudienceLevel {
	level := NoAudience
	for _, a := range c.Audience {
		if a.Specific {
			return SpecificAudience
		}
		level = GenericAudience
	}
	return level
}
