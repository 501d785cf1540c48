package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// Run is what the formats that speak of the whole run say about it.
type Run struct {
	// Version is vmlint's version.
	Version string
	// Rules are every rule that could report, sorted by name.
	Rules []*lint.Rule
}

// Stream writes one output format as a run's files come, in order,
// keeping nothing of the run but a tally: every format is written file by
// file. A file's part is rendered apart (Render: it keeps no state, so
// workers can render files side by side while their documents are at
// hand) and written in order (Add); Close writes what follows the last
// file.
type Stream struct {
	w       io.Writer
	format  string
	colored bool
	run     Run
	rules   map[string]int // SARIF: each rule's index in the rule list

	pending    []byte // written when it is worth a write
	started    bool   // the format's opening is written
	items      bool   // json, sarif: a finding is written (the next needs a comma)
	files      int    // files added
	statements bool   // markdown: a statement's scorecard is written
	tally      Tally
	err        error
}

// Part is one file's share of an output, as Stream.Render made it.
type Part struct {
	// Bytes are what the file adds to the output.
	Bytes      []byte
	statements int
}

// NewStream returns a stream that writes the format to w. Colour applies
// to the text format only.
func NewStream(w io.Writer, format string, run Run, colored bool) *Stream {
	s := &Stream{w: w, format: format, colored: colored && format == "text", run: run}
	if format == "sarif" {
		s.rules = make(map[string]int, len(run.Rules))
		for i, r := range run.Rules {
			s.rules[r.Name] = i
		}
	}
	return s
}

// Needs says what a format needs of a file beyond its path and findings:
// the source excerpts of the text format (TextFile), the statements'
// scorecards of the markdown format (NewFile).
func Needs(format string) (excerpts, scorecards bool) {
	return format == "text", format == "markdown"
}

// Render returns one file's part of the output: its findings, sorted, and
// what the format shows of the file. It keeps no state.
func (s *Stream) Render(f *File, findings []lint.Finding) Part {
	switch s.format {
	case "text":
		return Part{Bytes: appendText(nil, f, findings, s.colored)}
	case "line":
		var b []byte
		for _, fd := range findings {
			b = appendLine(b, fd)
		}
		return Part{Bytes: b}
	case "github":
		var b []byte
		for _, fd := range findings {
			b = appendGitHub(b, fd)
		}
		return Part{Bytes: b}
	case "json":
		return Part{Bytes: appendJSONFindings(nil, findings)}
	case "sarif":
		return Part{Bytes: appendSARIFResults(nil, findings, s.rules)}
	case "checkstyle":
		return Part{Bytes: appendCheckstyleFile(nil, f.Path, findings)}
	case "junit":
		return Part{Bytes: appendJUnitSuite(nil, f.Path, findings)}
	case "markdown":
		return Part{Bytes: appendMarkdownFile(nil, f, findings), statements: len(f.Statements)}
	}
	return Part{}
}

// Add writes a file's part, as Render made it, after the parts of the
// files before it; findings are the file's findings, for the tally.
func (s *Stream) Add(p Part, findings []lint.Finding) {
	if !s.started {
		s.start()
	}
	s.files++
	s.tally.Add(findings)
	s.statements = s.statements || p.statements > 0
	b := p.Bytes
	if len(b) > 0 && (s.format == "json" || s.format == "sarif") {
		// Every finding is rendered after a comma; the first of the run
		// needs none.
		if !s.items {
			b = b[1:]
		}
		s.items = true
	}
	s.write(b)
}

// Close writes what follows the last file and writes out what waits. It
// returns the first write error.
func (s *Stream) Close() error {
	if !s.started {
		s.start()
	}
	switch s.format {
	case "text":
		if s.tally.Counts != (Counts{}) {
			s.write([]byte(s.tally.Summary() + "\n"))
		}
	case "json":
		s.write(jsonClose(s.run, s.files, s.tally, s.items))
	case "sarif":
		s.write(sarifClose(s.run, s.items))
	case "checkstyle":
		s.write(xmlClose("checkstyle", s.files))
	case "junit":
		s.write(xmlClose("testsuites", s.files))
	case "markdown":
		s.write(markdownClose(s.files, s.tally, s.statements))
	}
	s.flush()
	return s.err
}

// start writes what precedes the first file.
func (s *Stream) start() {
	s.started = true
	switch s.format {
	case "json":
		s.write(jsonOpen(s.run))
	case "sarif":
		s.write(sarifOpen(s.run))
	case "checkstyle":
		s.write([]byte(xmlHeader + `<checkstyle version="4.3">`))
	case "junit":
		s.write([]byte(xmlHeader + `<testsuites name="vmlint">`))
	case "markdown":
		s.write([]byte("## vmlint report\n\n"))
	}
}

// write adds b to what waits, and writes when that is worth a write: a
// run over many files writes in pieces of 64 KiB or so, a run over one
// file allocates no more than it prints.
func (s *Stream) write(b []byte) {
	s.pending = append(s.pending, b...)
	if len(s.pending) >= 64<<10 {
		s.flush()
	}
}

func (s *Stream) flush() {
	if len(s.pending) > 0 && s.err == nil {
		_, s.err = s.w.Write(s.pending)
	}
	s.pending = s.pending[:0]
}

// Streams reports whether a format writes each file's findings on their
// own, with nothing before and no more than a summary after, so that a
// caller can write them without a Stream (AppendFile): text, line, github.
func Streams(format string) bool {
	return format == "text" || format == "line" || format == "github"
}

// AppendFile appends one file's findings, sorted, in a format that
// Streams. It keeps no state, so workers can render files side by side.
func AppendFile(b []byte, format string, f *File, findings []lint.Finding, colored bool) []byte {
	return append(b, NewStream(nil, format, Run{}, colored).Render(f, findings).Bytes...)
}

// Trailer is what a format that Streams writes after the last file: the
// text format's summary, when there was a finding; nothing otherwise.
func Trailer(format string, t Tally) string {
	if format != "text" || t.Counts == (Counts{}) {
		return ""
	}
	return t.Summary() + "\n"
}

// Tally counts findings, and the files they are in, as files go by.
type Tally struct {
	Counts
	// Files is the number of files with a finding.
	Files int
}

// Add counts one file's findings.
func (t *Tally) Add(findings []lint.Finding) {
	if len(findings) == 0 {
		return
	}
	t.Files++
	c := Count(findings)
	t.Errors, t.Warnings, t.Infos = t.Errors+c.Errors, t.Warnings+c.Warnings, t.Infos+c.Infos
}

// Summary words the tally: "3 warnings, 1 error in 2 files".
func (t Tally) Summary() string {
	var parts []string
	add := func(n int, word string) {
		switch n {
		case 0:
		case 1:
			parts = append(parts, "1 "+word)
		default:
			parts = append(parts, strconv.Itoa(n)+" "+word+"s")
		}
	}
	add(t.Errors, "error")
	add(t.Warnings, "warning")
	add(t.Infos, "info")
	in := "1 file"
	if t.Files != 1 {
		in = strconv.Itoa(t.Files) + " files"
	}
	return strings.Join(parts, ", ") + " in " + in
}

// Write writes a whole result in the named format, file by file, as a
// run does. Colour applies to text only.
func Write(w io.Writer, format string, r *Result, colored bool) error {
	if !ValidFormat(format) {
		return unknownFormat(format)
	}
	s := NewStream(w, format, Run{Version: r.Version, Rules: r.Rules}, colored)
	files := make(map[string]*File, len(r.Files))
	for _, f := range r.Files {
		files[f.Path] = f
	}
	groups := byPath(r.Findings)
	for _, path := range r.paths() {
		f := files[path]
		if f == nil {
			f = &File{Path: path}
		}
		s.Add(s.Render(f, groups[path]), groups[path])
	}
	return s.Close()
}
