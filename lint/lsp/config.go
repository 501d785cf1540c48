package lsp

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/config"
)

// configDiagnostics validates an open configuration file as it is in the
// editor, and shows each problem in it at its line and column.
func (s *server) configDiagnostics(d *document) []Diagnostic {
	_, err := config.Parse(d.path, d.text.src, s.opts.Rules)
	var diags []Diagnostic
	for _, fe := range fileErrors(err) {
		if samePath(fe.Path, d.path) {
			diags = append(diags, Diagnostic{
				Range: d.text.lineColumnRange(fe.Pos, s.enc), Severity: severityError,
				Source: "vmlint", Code: "config", Message: fe.Msg,
			})
		}
	}
	return diags
}

// showConfigErrors shows, in one window/showMessage, the configuration
// errors that stop documents being linted and that no open configuration
// file shows as its diagnostics. The same errors are shown once, until a
// configuration changes.
func (s *server) showConfigErrors() {
	errs := fileErrors(s.runnerErr)
	for _, d := range s.docs {
		if r := d.result; r != nil && r.file != nil && r.file.ConfigErr != nil {
			errs = append(errs, fileErrors(r.file.ConfigErr)...)
		}
	}
	var lines []string
	for _, fe := range errs {
		if s.openConfig(fe.Path) {
			continue
		}
		if line := fe.Error(); !slices.Contains(lines, line) {
			lines = append(lines, line)
		}
	}
	slices.Sort(lines)
	text := strings.Join(lines, "\n")
	if text != "" && text != s.shown {
		s.notify("window/showMessage", showMessageParams{Type: messageError, Message: "vmlint cannot use its configuration:\n" + text})
	}
	s.shown = text
}

// openConfig reports whether the configuration file at path is open.
func (s *server) openConfig(path string) bool {
	for _, d := range s.docs {
		if d.kind == configDoc && samePath(d.path, path) {
			return true
		}
	}
	return false
}

// fileErrors flattens a configuration error into its problems, each with
// the file it is in.
func fileErrors(err error) []*lint.FileError {
	if err == nil {
		return nil
	}
	var list config.Errors
	if errors.As(err, &list) {
		return list
	}
	var fe *lint.FileError
	if errors.As(err, &fe) {
		return []*lint.FileError{fe}
	}
	return []*lint.FileError{{Msg: err.Error()}}
}

func samePath(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	return errA == nil && errB == nil && absA == absB
}

// charLen is the length of the character that starts b (1 for a byte that
// is not UTF-8).
func charLen(b []byte) int {
	_, size := utf8.DecodeRune(b)
	return max(size, 1)
}
