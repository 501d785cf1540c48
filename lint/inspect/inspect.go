// Package inspect shows what vmlint sees in documents: each statement with
// its kind, form, position, text, counts, readability and components, as
// text for a terminal or as JSON (a stable contract, version 1).
package inspect

import (
	"bytes"
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
	b := []byte(JSONStart)
	for i, d := range docs {
		b = AppendJSONSeparator(b, i)
		b = AppendJSON(b, d, nil)
	}
	_, err := w.Write(append(b, JSONEnd(len(docs))...))
	return err
}

// JSONStart is how the JSON report starts, before its files: a run can
// write it, then each file as it is done (AppendJSONSeparator and
// AppendJSON), then JSONEnd, without keeping any document to the end.
const JSONStart = "{\n  \"version\": 1,\n  \"files\": ["

// AppendJSONSeparator appends what stands before the i-th file (from 0) of
// the JSON report.
func AppendJSONSeparator(b []byte, i int) []byte {
	if i > 0 {
		b = append(b, ',')
	}
	return append(b, "\n    "...)
}

// AppendJSON appends one document's entry of the JSON report, indented as
// it stands in the report. When flush is not nil, AppendJSON hands it what
// it has appended each time that passes 64 KiB and goes on with the buffer
// flush returns, so that a document of many statements is written in
// pieces instead of held whole.
func AppendJSON(b []byte, doc *lint.Document, flush func([]byte) []byte) []byte {
	f := NewFile(doc)
	b = append(b, "{\n      \"path\": "...)
	b = appendIndentedJSON(b, f.Path, "")
	b = append(b, ",\n      \"statements\": ["...)
	for i, st := range f.Statements {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n        "...)
		b = appendIndentedJSON(b, st, "        ")
		if flush != nil && len(b) >= 64<<10 {
			b = flush(b)
		}
	}
	if len(f.Statements) > 0 {
		b = append(b, "\n      "...)
	}
	return append(b, "]\n    }"...)
}

// appendIndentedJSON appends v as JSON indented by two spaces, its lines
// after the first starting with prefix, as an Encoder with SetIndent
// writes it (and without escaping <, > and &).
func appendIndentedJSON(b []byte, v any, prefix string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the report's types always encode
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}

// JSONEnd is how the JSON report of n files ends.
func JSONEnd(n int) string {
	if n == 0 {
		return "]\n}\n"
	}
	return "\n  ]\n}\n"
}
