// Package report writes findings for people and tools.
package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/vmlint/vmlint/lint"
)

// WriteLines writes one compiler-style line per finding:
// "path:line:col: severity: message [rule]".
func WriteLines(w io.Writer, findings []lint.Finding) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		if _, err := fmt.Fprintf(bw, "%s:%d:%d: %s: %s [%s]\n", f.Path, f.Span.Start.Line, f.Span.Start.Column, f.Severity, f.Message, f.Rule); err != nil {
			return err
		}
	}
	return bw.Flush()
}
