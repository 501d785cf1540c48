package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/config"
	"github.com/vmlint/vmlint/lint/driver"
	"github.com/vmlint/vmlint/lint/input"
	"github.com/vmlint/vmlint/lint/lsp/jsonrpc"
)

// docKind says what the server does with a document.
type docKind int

const (
	other     docKind = iota // kept in step, never linted
	markdown                 // linted
	configDoc                // a .vmlint.yml: its errors are its diagnostics
)

// document is one document the client has open.
type document struct {
	uri     string
	path    string // the file it stands for, which finds its configuration
	kind    docKind
	version int
	text    *text
	timer   *time.Timer // the pause after an edit, while it runs
	result  *result     // the last lint, of some version
}

// result is what one lint of a document found.
type result struct {
	id      string // the result's id for pull diagnostics
	version int
	text    *text
	file    *driver.File // nil when the configuration ignores the document or cannot load
	diags   []Diagnostic
	// findings are the findings behind diags, one for one; diagnostics
	// without a finding (file errors, configuration errors) come after.
	findings []lint.Finding
}

func (d *document) stopTimer() {
	if d.timer != nil {
		d.timer.Stop()
		d.timer = nil
	}
}

// stale reports whether the document changed since it was last linted.
func (d *document) stale() bool { return d.result == nil || d.result.version != d.version }

func kindOf(path, languageID string) docKind {
	base := filepath.Base(path)
	switch {
	case slices.Contains(config.FileNames, base):
		return configDoc
	case languageID == "markdown" || languageID == "mdx" || input.IsMarkdown(base):
		return markdown
	}
	return other
}

func (s *server) didOpen(params json.RawMessage) error {
	var p didOpenParams
	if err := json.Unmarshal(params, &p); err != nil {
		return err
	}
	item := p.TextDocument
	path, err := pathOf(item.URI)
	if err != nil {
		return err
	}
	if old := s.docs[item.URI]; old != nil {
		old.stopTimer()
	}
	d := &document{uri: item.URI, path: path, kind: kindOf(path, item.LanguageID), version: item.Version, text: newText([]byte(item.Text))}
	s.docs[item.URI] = d
	s.lint(d)
	if d.kind == configDoc {
		s.showConfigErrors() // errors in this file now show in it
	}
	return nil
}

func (s *server) didChange(params json.RawMessage) error {
	var p didChangeParams
	if err := json.Unmarshal(params, &p); err != nil {
		return err
	}
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return errors.New("change to a document that is not open: " + p.TextDocument.URI)
	}
	d.text = d.text.apply(p.ContentChanges, s.enc)
	if p.TextDocument.Version != nil {
		d.version = *p.TextDocument.Version
	} else {
		d.version++
	}
	if d.timer != nil {
		d.timer.Reset(s.opts.Debounce)
		return nil
	}
	uri := d.uri
	d.timer = time.AfterFunc(s.opts.Debounce, func() {
		select {
		case s.due <- uri:
		case <-s.stopped:
		}
	})
	return nil
}

// didSave of a configuration file lints every open document again with it.
func (s *server) didSave(params json.RawMessage) error {
	var p didSaveParams
	if err := json.Unmarshal(params, &p); err != nil {
		return err
	}
	if d := s.docs[p.TextDocument.URI]; d != nil && isConfigName(d.path) {
		s.reload()
	}
	return nil
}

// didClose forgets the document and clears its diagnostics.
func (s *server) didClose(params json.RawMessage) error {
	var p didCloseParams
	if err := json.Unmarshal(params, &p); err != nil {
		return err
	}
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil
	}
	d.stopTimer()
	delete(s.docs, d.uri)
	for i := 0; i < len(s.parked); i++ {
		if r := s.parked[i]; r.uri == d.uri {
			s.parked = slices.Delete(s.parked, i, i+1)
			i--
			s.cancelled(r.id)
			s.respond(r.id, documentDiagnosticReport{Kind: "full", Items: []Diagnostic{}})
		}
	}
	if !s.pull {
		s.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: d.uri, Diagnostics: []Diagnostic{}})
	}
	return nil
}

// didChangeWatchedFiles lints every open document again when a
// configuration file changed.
func (s *server) didChangeWatchedFiles(params json.RawMessage) error {
	var p didChangeWatchedFilesParams
	if err := json.Unmarshal(params, &p); err != nil {
		return err
	}
	for _, c := range p.Changes {
		if path, err := pathOf(c.URI); err == nil && isConfigName(path) {
			s.reload()
			return nil
		}
	}
	return nil
}

// isConfigName reports whether a file may be a configuration file: one
// named as vmlint looks for, or another YAML file one of them extends.
func isConfigName(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".yml" || ext == ".yaml"
}

// reload makes a new runner, which reads every configuration afresh, and
// lints every open document again.
func (s *server) reload() {
	s.runner, s.runnerErr = driver.New(driver.Options{Rules: s.opts.Rules})
	s.shown = ""
	for _, d := range s.docs {
		d.stopTimer()
		d.result = nil
		s.lint(d)
	}
	s.showConfigErrors()
	if s.pull && s.caps.Workspace.Diagnostics.RefreshSupport {
		s.call("workspace/diagnostic/refresh", nil)
	}
}

// lintIfStale lints the document when it changed since its last lint.
func (s *server) lintIfStale(d *document) {
	d.stopTimer()
	if d.stale() {
		s.lint(d)
	}
}

// lint lints the document as it is now, publishes its diagnostics (or
// answers the pull requests waiting for them) and shows configuration
// errors it met.
func (s *server) lint(d *document) {
	d.stopTimer()
	s.results++
	r := &result{id: strconv.Itoa(s.results), version: d.version, text: d.text}
	hadConfigErr := d.result != nil && d.result.file != nil && d.result.file.ConfigErr != nil
	switch d.kind {
	case markdown:
		s.lintMarkdown(d, r)
	case configDoc:
		r.diags = s.configDiagnostics(d)
	}
	d.result = r
	if r.diags == nil {
		r.diags = []Diagnostic{}
	}
	if hasConfigErr := r.file != nil && r.file.ConfigErr != nil; hasConfigErr && !hadConfigErr {
		s.showConfigErrors()
	}
	s.deliver(d)
}

// lintMarkdown lints a Markdown document through the pipeline.
func (s *server) lintMarkdown(d *document, r *result) {
	if s.runner == nil {
		return // the configuration of the server's folder failed: shown
	}
	var f *driver.File
	if !s.protect("linting "+d.path, func() { f = s.runner.Document(context.Background(), d.path, d.text.src) }) {
		return
	}
	r.file = f
	if f == nil || f.ConfigErr != nil {
		return
	}
	for _, fd := range f.Findings {
		r.diags = append(r.diags, s.diagnostic(r.text, fd))
		r.findings = append(r.findings, fd)
	}
	for _, err := range f.Errs {
		r.diags = append(r.diags, s.errorDiagnostic(r.text, err))
	}
}

// diagnostic converts a finding: its span from byte offsets, its severity,
// the rule as its code. A finding's message of several lines (a rule that
// failed, with its stack) is logged whole and shown by its first line.
func (s *server) diagnostic(t *text, f lint.Finding) Diagnostic {
	msg := f.Message
	if first, rest, ok := strings.Cut(msg, "\n"); ok {
		s.log.Printf("%s: %s: %s\n%s", f.Path, f.Rule, first, rest)
		msg = first + " (details in the server log)"
	}
	d := Diagnostic{
		Range: t.rangeOf(f.Span.Start.Offset, f.Span.End.Offset, s.enc), Severity: severity(f.Severity),
		Code: f.Rule, Source: "vmlint", Message: msg,
	}
	if f.Rule == lint.UnusedSuppression.Name {
		d.Tags = []int{tagUnnecessary}
	}
	return d
}

func severity(s lint.Severity) int {
	switch s {
	case lint.Error:
		return severityError
	case lint.Warning:
		return severityWarning
	}
	return severityInformation
}

// errorDiagnostic shows a file error (invalid front matter, a binary file)
// at its position, or at the start of the document.
func (s *server) errorDiagnostic(t *text, err error) Diagnostic {
	msg := err.Error()
	var r Range
	var fe *lint.FileError
	if errors.As(err, &fe) {
		msg = fe.Msg
		r = t.lineColumnRange(fe.Pos, s.enc)
	}
	return Diagnostic{Range: r, Severity: severityError, Source: "vmlint", Message: msg}
}

// lineColumnRange is the range of the word (the run of characters up to a
// blank) at a 1-based line and a column that counts characters, as
// vmlint's errors without an offset give them; the start of the text when
// there is no line.
func (t *text) lineColumnRange(p lint.Pos, enc encoding) Range {
	if p.Line < 1 || p.Line > len(t.starts) {
		return Range{}
	}
	b, end := t.starts[p.Line-1], t.lineEnd(p.Line-1)
	for col := 1; col < p.Column && b < end; col++ {
		b += charLen(t.src[b:end])
	}
	next := b
	for next < end && (next == b || t.src[next] != ' ' && t.src[next] != '\t') {
		next += charLen(t.src[next:end])
	}
	return t.rangeOf(b, next, enc)
}

// deliver hands the document's diagnostics to the client: pushed, or as
// the answer to the pull requests waiting for them.
func (s *server) deliver(d *document) {
	r := d.result
	if !s.pull {
		v := r.version
		s.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: d.uri, Version: &v, Diagnostics: r.diags})
		return
	}
	kept := s.parked[:0]
	for _, p := range s.parked {
		if p.uri != d.uri {
			kept = append(kept, p)
			continue
		}
		s.cancelled(p.id)
		s.respond(p.id, diagnosticReport(r, p.previous))
	}
	s.parked = kept
}

// parkedRequest is a pull request that waits for the lint after an edit.
type parkedRequest struct {
	id       json.RawMessage
	uri      string
	previous string
}

// pullDiagnostics answers textDocument/diagnostic: at once when the
// document's last lint is of its current text, else after the lint that
// the pause after its last edit brings (so pulls are debounced as pushes
// are). A document that is not open has no diagnostics.
func (s *server) pullDiagnostics(params, id json.RawMessage) (any, *jsonrpc.Error) {
	var p documentDiagnosticParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d := s.docs[p.TextDocument.URI]
	switch {
	case d == nil:
		return documentDiagnosticReport{Kind: "full", Items: []Diagnostic{}}, nil
	case d.stale() && d.timer != nil:
		s.parked = append(s.parked, parkedRequest{id: id, uri: d.uri, previous: p.PreviousResultID})
		return nil, errDeferred
	case d.stale():
		s.lint(d)
	}
	return diagnosticReport(d.result, p.PreviousResultID), nil
}

func diagnosticReport(r *result, previous string) documentDiagnosticReport {
	if previous != "" && previous == r.id {
		return documentDiagnosticReport{Kind: "unchanged", ResultID: r.id}
	}
	return documentDiagnosticReport{Kind: "full", ResultID: r.id, Items: r.diags}
}

// current returns the open Markdown document's latest lint, linting it
// first when it changed since: hover and code actions answer for the text
// the client has.
func (s *server) current(uri string) (*document, *result) {
	d := s.docs[uri]
	if d == nil {
		return nil, nil
	}
	if d.stale() {
		s.lint(d)
	}
	return d, d.result
}
