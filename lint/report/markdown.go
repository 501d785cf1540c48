package report

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/visible"
)

// WriteMarkdown writes a report for a pull-request comment or
// $GITHUB_STEP_SUMMARY: for each file with statements or findings, a
// scorecard per statement and the findings in a table; then the summary.
func WriteMarkdown(w io.Writer, r *Result) error { return Write(w, "markdown", r, false) }

// appendMarkdownFile appends one file's section: its statements'
// scorecards and its findings, each in a table; nothing for a file with
// neither.
func appendMarkdownFile(b []byte, f *File, findings []lint.Finding) []byte {
	if len(f.Statements) == 0 && len(findings) == 0 {
		return b
	}
	b = fmt.Appendf(b, "### %s\n\n", mdCode(f.Path))
	if len(f.Statements) > 0 {
		b = fmt.Appendf(b, "| line | kind | words | grade | %s |\n|--:|---|--:|--:|%s\n", strings.Join(ComponentNames, " | "), strings.Repeat(":-:|", len(ComponentNames)))
		for _, s := range f.Statements {
			var marks []string
			for _, c := range ComponentNames {
				mark := "✗"
				if !slices.Contains(Expected[s.Kind], c) {
					mark = "—"
				}
				if s.Components[c] {
					mark = "✓"
					if c == "audience" && s.Audience == "generic" {
						mark = "~"
					}
				}
				marks = append(marks, mark)
			}
			b = fmt.Appendf(b, "| %d | %s | %d | %.1f | %s |\n", s.Line, s.Kind, s.Words, s.Grade, strings.Join(marks, " | "))
		}
		b = append(b, '\n')
	}
	if len(findings) > 0 {
		b = append(b, "| where | severity | rule | message |\n|---|---|---|---|\n"...)
		for _, fd := range findings {
			b = fmt.Appendf(b, "| %d:%d | %s | `%s` | %s |\n", fd.Span.Start.Line, fd.Span.Start.Column, fd.Severity, fd.Rule, mdCell(oneLine(fd.Message)))
		}
		b = append(b, '\n')
	}
	return b
}

// markdownClose is the report's end, after files files: the summary, and
// the key to the scorecards when there was one.
func markdownClose(files int, t Tally, statements bool) []byte {
	var b []byte
	if t.Counts == (Counts{}) {
		b = fmt.Appendf(b, "No findings in %d files.\n", files)
	} else {
		b = fmt.Appendf(b, "%s.\n", capitalise(t.Summary()))
	}
	if statements {
		b = append(b, "\n✓ present · ~ generic audience · ✗ missing · — not asked of this kind · grade is Flesch–Kincaid\n"...)
	}
	return b
}

// mdCode writes a path as Markdown code, so that no character of it reads
// as markup: in backticks, more of them than any run it holds; control
// characters are made visible.
func mdCode(s string) string {
	s = visible.String(s, "")
	fence, run := "`", 0
	for _, r := range s {
		if r != '`' {
			run = 0
			continue
		}
		if run++; run >= len(fence) {
			fence += "`"
		}
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// mdCell escapes text for a Markdown table cell; control characters are
// made visible.
func mdCell(s string) string { return visible.String(cellEscaper.Replace(s), "") }

var cellEscaper = strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;")

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
