package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// WriteGitHub writes GitHub Actions workflow commands, one annotation per
// finding: ::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message.
// Info findings become notices. Columns are given only for findings on one
// line, as the runner keeps them only then.
func WriteGitHub(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	for _, f := range r.Findings {
		cmd := "notice"
		switch f.Severity {
		case lint.Error:
			cmd = "error"
		case lint.Warning:
			cmd = "warning"
		}
		props := []string{"file=" + escapeProperty(f.Path), fmt.Sprintf("line=%d", f.Span.Start.Line)}
		if f.Span.End.Line == f.Span.Start.Line {
			end := max(f.Span.End.Column, f.Span.Start.Column)
			props = append(props, fmt.Sprintf("col=%d", f.Span.Start.Column), fmt.Sprintf("endLine=%d", f.Span.Start.Line), fmt.Sprintf("endColumn=%d", end))
		} else {
			props = append(props, fmt.Sprintf("endLine=%d", f.Span.End.Line))
		}
		props = append(props, "title="+escapeProperty("vmlint "+f.Rule))
		if _, err := fmt.Fprintf(bw, "::%s %s::%s\n", cmd, strings.Join(props, ","), escapeData(f.Message)); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// escapeData escapes a workflow command's message: % first, then CR and LF.
func escapeData(s string) string { return dataEscaper.Replace(s) }

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// escapeProperty escapes a property value: as data, plus ":" and ",".
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
