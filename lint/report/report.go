// Package report writes findings for people and tools: a terminal
// (text), editors and compilers' readers (line), scripts (json), code
// scanning (sarif), CI annotations (github), CI servers (checkstyle,
// junit) and pull-request comments (markdown).
package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// Formats lists every output format, in the order help text shows them.
var Formats = []string{"text", "line", "json", "sarif", "github", "checkstyle", "junit", "markdown"}

// Result is everything one run reports.
type Result struct {
	// Files are the linted files in order, clean ones included.
	Files []*File
	// Findings are sorted by path, line, column and rule.
	Findings []lint.Finding
	// Rules are every rule that could report, sorted by name.
	Rules []*lint.Rule
	// Version is vmlint's version.
	Version string
}

// File is one linted file: what the outputs need of it once its document
// is gone.
type File struct {
	// Path is the path as reported.
	Path string
	// Statements summarise the file's statements.
	Statements []Statement
	// Excerpts holds, for the findings the text format shows, the source
	// around their words, by the file offset where the words start.
	Excerpts map[int]Excerpt
	// StatementRanges are the byte ranges of the file's statements in
	// order, for the text format's limit on the findings of one rule in
	// one statement.
	StatementRanges [][2]int
}

// Statement is a statement's scorecard.
type Statement struct {
	Kind       lint.Kind
	Line       int
	Words      int
	Sentences  int
	Grade      float64
	Ease       float64
	Components map[string]bool    // audience, value, strategy, future, differentiation, purpose
	Audience   lint.AudienceLevel // specific, generic or none
}

// ComponentNames are the components in scorecard order.
var ComponentNames = []string{"audience", "value", "strategy", "future", "differentiation", "purpose"}

// Expected lists, for each kind of statement, the components vmlint's
// rules ask of it: of a vision, someone who benefits (vision-beneficiary)
// and a future (vision-future); of a mission, what the mission-* rules
// ask. A scorecard shows "—", not "✗", for another component a statement
// lacks: it does not apply.
var Expected = map[lint.Kind][]string{
	lint.Vision:  {"audience", "future"},
	lint.Mission: {"audience", "value", "strategy", "differentiation", "purpose"},
}

// NewFile summarises a linted document and keeps what the text format
// shows of it (see TextFile).
func NewFile(doc *lint.Document, findings []lint.Finding) *File {
	f := TextFile(doc, findings)
	for _, s := range doc.Statements {
		if s.Empty || s.Placeholder {
			continue
		}
		c := s.Analysis.Components
		f.Statements = append(f.Statements, Statement{
			Kind: s.Kind, Line: s.Span.Start.Line, Words: s.Analysis.Words, Sentences: s.Analysis.Sentences,
			Grade: s.Analysis.FleschKincaidGrade, Ease: s.Analysis.FleschReadingEase, Audience: c.AudienceLevel(),
			Components: map[string]bool{
				"audience": len(c.Audience) > 0, "value": len(c.Value) > 0, "strategy": len(c.Strategy) > 0,
				"future": len(c.Future) > 0, "differentiation": len(c.Differentiation) > 0, "purpose": len(c.Purpose) > 0,
			},
		})
	}
	return f
}

// unknownFormat is the error for a format that is none of Formats.
func unknownFormat(format string) error {
	return fmt.Errorf("unknown format %q: want one of %s", format, strings.Join(Formats, ", "))
}

// ValidFormat reports whether name is a format.
func ValidFormat(name string) bool {
	for _, f := range Formats {
		if f == name {
			return true
		}
	}
	return false
}

// Counts tallies findings by severity.
type Counts struct{ Errors, Warnings, Infos int }

// Count tallies the findings.
func Count(fs []lint.Finding) Counts {
	var c Counts
	for _, f := range fs {
		switch f.Severity {
		case lint.Error:
			c.Errors++
		case lint.Warning:
			c.Warnings++
		default:
			c.Infos++
		}
	}
	return c
}

// filesWithFindings counts the distinct paths among the findings.
func filesWithFindings(fs []lint.Finding) int {
	seen := map[string]bool{}
	for _, f := range fs {
		seen[f.Path] = true
	}
	return len(seen)
}

// byPath groups findings by path, keeping their order.
func byPath(fs []lint.Finding) map[string][]lint.Finding {
	out := map[string][]lint.Finding{}
	for _, f := range fs {
		out[f.Path] = append(out[f.Path], f)
	}
	return out
}

// paths returns the result's file paths, and the paths of findings whose
// file is not listed, sorted.
func (r *Result) paths() []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range r.Files {
		if !seen[f.Path] {
			seen[f.Path] = true
			out = append(out, f.Path)
		}
	}
	for _, f := range r.Findings {
		if !seen[f.Path] {
			seen[f.Path] = true
			out = append(out, f.Path)
		}
	}
	sort.Strings(out)
	return out
}

// Summary words the counts of the findings: "3 warnings, 1 error in 2 files".
func Summary(fs []lint.Finding) string {
	return Tally{Counts: Count(fs), Files: filesWithFindings(fs)}.Summary()
}
