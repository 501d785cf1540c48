package report_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/report"
)

// FuzzText renders one finding over arbitrary bytes at arbitrary offsets,
// with an arbitrary message, in the text format, and checks its shape: the
// compiler line, the excerpt (at most 100 characters and two cut marks),
// the marker line (blanks, then "^" and "~"), the hint; and that nothing
// but line feeds and the excerpt's tabs is a control character.
func FuzzText(f *testing.F) {
	f.Add("## Vision\n\nWe deliver synergy.\n", 20, 27, "\"synergy\" is a buzzword", "say it plainly")
	f.Add("\ufeffa\tb\r\nc\x1b[31m d\u202e e\xff\n", 4, 30, "m\x1b]0;t\x07", "h\r\nx")
	f.Add(strings.Repeat("long line ", 200)+"word "+strings.Repeat("more ", 100), 2000, 2004, "m", "")
	f.Add(strings.Repeat("\u0301", 500)+"x", 0, 1001, "zero width", "")
	f.Fuzz(func(t *testing.T, src string, start, end int, message, hint string) {
		doc, _ := lint.Parse("a.md", []byte(src))
		start, end = min(max(start, 0), len(src)), min(max(end, 0), len(src))
		fd := lint.Finding{Path: "a.md", Rule: "r", Severity: lint.Warning, Span: doc.Span(min(start, end), max(start, end)), Message: message, Hint: hint}
		out := string(report.AppendFile(nil, "text", report.TextFile(doc, []lint.Finding{fd}), []lint.Finding{fd}, false))
		for _, r := range out {
			if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 {
				t.Fatalf("%U in the output:\n%q", r, out)
			}
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		want := 3
		if hint != "" {
			want = 4
		}
		if len(lines) != want {
			t.Fatalf("%d lines, want %d:\n%s", len(lines), want, out)
		}
		bar := strings.Index(lines[1], " | ")
		if bar < 0 || !strings.HasPrefix(lines[2][bar:], " | ") {
			t.Fatalf("no gutter:\n%s", out)
		}
		excerpt, mark := lines[1][bar+3:], lines[2][bar+3:]
		if n := utf8.RuneCountInString(excerpt); n > 100+2*len("...") {
			t.Fatalf("an excerpt of %d characters:\n%s", n, out)
		}
		if strings.Trim(strings.TrimLeft(mark, " \t"), "~") != "^" || strings.Count(mark, "^") != 1 {
			t.Fatalf("a marker line of more than blanks, one ^ and ~:\n%s", out)
		}
	})
}
