// Package inspect shows what vmlint sees in documents: each statement with
// its kind, form, position, text, counts, readability and components, as
// text for a terminal or as JSON (a stable contract, version 1).
package inspect

import (
	"encoding/json"
	"io"

	"github.com/vmlint/vmlint/lint"
)

// Version is the version of the JSON contract. It changes only when a
// field is removed or changes meaning; new fields may appear within a version.
const Version = 1

// Report is the JSON document: {"version":1,"files":[…]}.
type Report struct {
	Version int    `json:"version"`
	Files   []File `json:"files"`
}

// File is one inspected file.
type File struct {
	Path       string      `json:"path"`
	Statements []Statement `json:"statements"`
}

// Statement is one statement as JSON.
type Statement struct {
	Kind        lint.Kind   `json:"kind"`
	Form        lint.Form   `json:"form"`
	Label       string      `json:"label,omitempty"`
	Start       lint.Pos    `json:"start"`
	End         lint.Pos    `json:"end"`
	Text        string      `json:"text"`
	Empty       bool        `json:"empty"`
	Placeholder bool        `json:"placeholder"`
	Words       int         `json:"words"`
	Sentences   int         `json:"sentences"`
	Syllables   int         `json:"syllables"`
	Readability Readability `json:"readability"`
	Components  Components  `json:"components"`
}

// Readability holds the two Flesch scores.
type Readability struct {
	FleschReadingEase  float64 `json:"fleschReadingEase"`
	FleschKincaidGrade float64 `json:"fleschKincaidGrade"`
}

// Components lists each component's spans; every list is present, maybe empty.
type Components struct {
	Audience        []Audience  `json:"audience"`
	Value           []Component `json:"value"`
	Strategy        []Component `json:"strategy"`
	Future          []Component `json:"future"`
	Differentiation []Component `json:"differentiation"`
	Purpose         []Component `json:"purpose"`
}

// Component is the words that carry one component.
type Component struct {
	Text  string   `json:"text"`
	Start lint.Pos `json:"start"`
	End   lint.Pos `json:"end"`
}

// Audience is a component that also says whether it names a definite group.
type Audience struct {
	Text     string   `json:"text"`
	Specific bool     `json:"specific"`
	Start    lint.Pos `json:"start"`
	End      lint.Pos `json:"end"`
}

// NewFile converts a parsed document into its JSON form.
func NewFile(doc *lint.Document) File {
	f := File{Path: doc.Path, Statements: []Statement{}}
	for _, s := range doc.Statements {
		a := s.Analysis
		st := Statement{
			Kind: s.Kind, Form: s.Form, Label: s.Label, Start: s.Span.Start, End: s.Span.End,
			Text: s.Text(), Empty: s.Empty, Placeholder: s.Placeholder,
			Words: a.Words, Sentences: a.Sentences, Syllables: a.Syllables,
			Readability: Readability{a.FleschReadingEase, a.FleschKincaidGrade},
			Components: Components{
				Audience:        []Audience{},
				Value:           components(a.Components.Value),
				Strategy:        components(a.Components.Strategy),
				Future:          components(a.Components.Future),
				Differentiation: components(a.Components.Differentiation),
				Purpose:         components(a.Components.Purpose),
			},
		}
		for _, c := range a.Components.Audience {
			st.Components.Audience = append(st.Components.Audience, Audience{c.Text, c.Specific, c.Span.Start, c.Span.End})
		}
		f.Statements = append(f.Statements, st)
	}
	return f
}

func components(cs []lint.Component) []Component {
	out := make([]Component, 0, len(cs))
	for _, c := range cs {
		out = append(out, Component{c.Text, c.Span.Start, c.Span.End})
	}
	return out
}

// WriteJSON writes the documents as one indented JSON report.
func WriteJSON(w io.Writer, docs []*lint.Document) error {
	r := Report{Version: Version, Files: make([]File, 0, len(docs))}
	for _, d := range docs {
		r.Files = append(r.Files, NewFile(d))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
