package report

import (
	"io"
	"strconv"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/visible"
)

// WriteLines writes exactly one compiler-style line per finding and
// nothing else: "path:line:col: severity: message [rule]", as vim's
// quickfix, emacs' compilation-mode and reviewdog -efm read it.
func WriteLines(w io.Writer, findings []lint.Finding) error {
	return Write(w, "line", &Result{Findings: findings}, false)
}

// Line formats one finding as "path:line:col: severity: message [rule]".
// A message of several lines is joined into one, and control characters in
// the path and the message are made visible (see package visible).
func Line(f lint.Finding) string {
	b := appendLine(nil, f)
	return string(b[:len(b)-1])
}

// appendLine appends a finding's line, with its newline.
func appendLine(b []byte, f lint.Finding) []byte {
	b = append(b, visible.String(f.Path, "")...)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(f.Span.Start.Line), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(f.Span.Start.Column), 10)
	b = append(b, ": "...)
	b = append(b, f.Severity.String()...)
	b = append(b, ": "...)
	b = append(b, visible.String(oneLine(f.Message), "")...)
	b = append(b, " ["...)
	b = append(b, f.Rule...)
	return append(b, "]\n"...)
}
