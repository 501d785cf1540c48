package report

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/vmlint/vmlint/lint/visible"
)

// WriteMarkdown writes a report for a pull-request comment or
// $GITHUB_STEP_SUMMARY: a scorecard per statement and the findings in a table.
func WriteMarkdown(w io.Writer, r *Result) error {
	var bw strings.Builder
	fmt.Fprintf(&bw, "## vmlint report\n\n")
	if len(r.Findings) == 0 {
		fmt.Fprintf(&bw, "No findings in %d files.\n\n", len(r.paths()))
	} else {
		fmt.Fprintf(&bw, "%s.\n\n", capitalise(Summary(r.Findings)))
	}
	var rows []string
	for _, f := range r.Files {
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
			rows = append(rows, fmt.Sprintf("| %s:%d | %s | %d | %.1f | %s |", mdCell(f.Path), s.Line, s.Kind, s.Words, s.Grade, strings.Join(marks, " | ")))
		}
	}
	if len(rows) > 0 {
		fmt.Fprintf(&bw, "### Statements\n\n| where | kind | words | grade | %s |\n|---|---|--:|--:|%s\n", strings.Join(ComponentNames, " | "), strings.Repeat(":-:|", len(ComponentNames)))
		for _, row := range rows {
			fmt.Fprintln(&bw, row)
		}
		fmt.Fprintf(&bw, "\n✓ present · ~ generic audience · ✗ missing · — not asked of this kind · grade is Flesch–Kincaid\n\n")
	}
	if len(r.Findings) > 0 {
		fmt.Fprintf(&bw, "### Findings\n\n| where | severity | rule | message |\n|---|---|---|---|\n")
		for _, f := range r.Findings {
			fmt.Fprintf(&bw, "| %s:%d:%d | %s | `%s` | %s |\n", mdCell(f.Path), f.Span.Start.Line, f.Span.Start.Column, f.Severity, f.Rule, mdCell(oneLine(f.Message)))
		}
	}
	_, err := io.WriteString(w, bw.String())
	return err
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
