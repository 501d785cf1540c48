package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/vmlint/vmlint/lint"
)

// WriteLines writes exactly one compiler-style line per finding and
// nothing else: "path:line:col: severity: message [rule]", as vim's
// quickfix, emacs' compilation-mode and reviewdog -efm read it.
func WriteLines(w io.Writer, findings []lint.Finding) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		if _, err := fmt.Fprintln(bw, Line(f)); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Line formats one finding as "path:line:col: severity: message [rule]".
// A message of several lines is joined into one.
func Line(f lint.Finding) string {
	return fmt.Sprintf("%s:%d:%d: %s: %s [%s]", f.Path, f.Span.Start.Line, f.Span.Start.Column, f.Severity, oneLine(f.Message), f.Rule)
}
