package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/visible"
)

// WriteGitHub writes GitHub Actions workflow commands, one annotation per
// finding: ::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message.
// Info findings become notices. Columns are given only for findings on one
// line, as the runner keeps them only then.
func WriteGitHub(w io.Writer, r *Result) error {
	return Write(w, "github", r, false)
}

// appendGitHub appends one finding's workflow command.
func appendGitHub(b []byte, f lint.Finding) []byte {
	cmd := "notice"
	switch f.Severity {
	case lint.Error:
		cmd = "error"
	case lint.Warning:
		cmd = "warning"
	}
	b = append(b, "::"...)
	b = append(b, cmd...)
	b = append(b, " file="...)
	b = append(b, escapeProperty(f.Path)...)
	b = append(b, ",line="...)
	b = strconv.AppendInt(b, int64(f.Span.Start.Line), 10)
	if f.Span.End.Line == f.Span.Start.Line {
		b = append(b, ",col="...)
		b = strconv.AppendInt(b, int64(f.Span.Start.Column), 10)
		b = append(b, ",endLine="...)
		b = strconv.AppendInt(b, int64(f.Span.Start.Line), 10)
		b = append(b, ",endColumn="...)
		b = strconv.AppendInt(b, int64(max(f.Span.End.Column, f.Span.Start.Column)), 10)
	} else {
		b = append(b, ",endLine="...)
		b = strconv.AppendInt(b, int64(f.Span.End.Line), 10)
	}
	b = append(b, ",title="...)
	b = append(b, escapeProperty("vmlint "+f.Rule)...)
	b = append(b, "::"...)
	b = append(b, escapeData(f.Message)...)
	return append(b, '\n')
}

// escapeData escapes a workflow command's message: % first, then CR and LF;
// other control characters are made visible, as the log shows them to people.
func escapeData(s string) string { return dataEscaper.Replace(visible.String(s, "\r\n")) }

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// escapeProperty escapes a property value: as data, plus ":" and ",".
func escapeProperty(s string) string { return propertyEscaper.Replace(visible.String(s, "\r\n")) }
