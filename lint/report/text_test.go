package report_test

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/report"
	"github.com/vmlint/vmlint/rules"
)

// resultOf lints one document with every rule, as a result to write.
func resultOf(t *testing.T, path, src string) *report.Result {
	t.Helper()
	linter := lint.NewLinter(rules.All)
	doc, err := lint.Parse(path, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	fs := linter.Lint(doc, linter.DefaultSettings())
	return &report.Result{Files: []*report.File{report.NewFile(doc, fs)}, Findings: fs, Rules: linter.Rules(), Version: "test"}
}

// colourCodes are the escape sequences the text format's own colours use.
var colourCodes = regexp.MustCompile("\x1b\\[[0-9;]*m")

// TestHostileBytesStayInert writes findings about a document full of
// escape sequences, control characters, bidirectional overrides and bytes
// that are not UTF-8, in every format for people, and checks that none of
// them reaches the output: only line feeds, the tabs of the text format's
// excerpts, and the text format's own colours.
func TestHostileBytesStayInert(t *testing.T) {
	hostile := "\x1b[2J\x1b[31mred\x1b]0;title\x07 \x1b[1A\rover\x08 \u202eevil\u202c \u2066x\u2069 \x9b31m \u009b \x7f \xe2\x82"
	src := "## Vision\n\nWe deliver synergy " + hostile + " to\tfarmers " + hostile + " with world-class leverage.\n"
	res := resultOf(t, "docs/\x1b[31mpath.md", src)
	if len(res.Findings) == 0 {
		t.Fatal("no findings to write")
	}
	// Built-in messages quote words, which hold no control character; a
	// custom rule's message may quote anything.
	custom := res.Findings[0]
	custom.Rule, custom.Message, custom.Hint = "custom", "quotes \""+hostile+"\"\nand more", "hint "+hostile
	res.Findings = append([]lint.Finding{custom}, res.Findings...)
	for _, format := range []string{"text", "line", "github", "markdown"} {
		for _, colored := range []bool{false, true} {
			if colored && format != "text" {
				continue
			}
			var b bytes.Buffer
			if err := report.Write(&b, format, res, colored); err != nil {
				t.Fatal(err)
			}
			out := colourCodes.ReplaceAllString(b.String(), "")
			if !utf8.ValidString(out) {
				t.Errorf("%s: output is not UTF-8", format)
			}
			for _, r := range out {
				bad := r < 0x20 && r != '\n' && !(r == '\t' && format == "text") ||
					r >= 0x7f && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
				if bad {
					t.Errorf("%s (colour %v): %U reaches the output:\n%s", format, colored, r, out)
					break
				}
			}
		}
	}
}

// TestLongLineExcerpt checks that a finding on a long line shows a window
// of the line around its words, cut with "...", with the marker under the
// words.
func TestLongLineExcerpt(t *testing.T) {
	line := strings.Repeat("Every farmer will sell grain to the mill next door. ", 40) + "We bring synergy. " +
		strings.Repeat("Every farmer will sell grain to the mill next door. ", 40)
	res := resultOf(t, "a.md", "## Vision\n\n"+line+"\n")
	var b bytes.Buffer
	if err := report.Write(&b, "text", res, false); err != nil {
		t.Fatal(err)
	}
	out := strings.Split(b.String(), "\n")
	found := false
	for i, l := range out {
		if !strings.Contains(l, "[buzzwords]") {
			continue
		}
		found = true
		src, mark := out[i+1], out[i+2]
		bar := strings.Index(src, "| ") + 2
		shown, marker := src[bar:], mark[bar:]
		if !strings.HasPrefix(shown, "...") || !strings.HasSuffix(shown, "...") {
			t.Errorf("the excerpt is not cut on both sides: %q", shown)
		}
		if n := utf8.RuneCountInString(shown); n > 100+2*len("...") {
			t.Errorf("the excerpt is %d characters long: %q", n, shown)
		}
		caret := strings.Index(marker, "^")
		if !strings.HasPrefix(shown[caret:], "synergy") || strings.Count(marker, "~") != len("synergy")-1 {
			t.Errorf("the marker is not under the word:\n%s\n%s", shown, marker)
		}
	}
	if !found {
		t.Fatalf("no buzzword finding in:\n%s", b.String())
	}
}

// TestRepeatsSummarised checks that the text format shows ten findings of
// one rule in one statement and says how many more there are, while the
// line format lists them all; and that a line of 5,000 findings makes a
// small output, not one excerpt of the whole line per finding.
func TestRepeatsSummarised(t *testing.T) {
	line := strings.Repeat("We deliver synergy. ", 5000)
	res := resultOf(t, "a.md", "## Vision\n\n"+line+"\n")
	var text, lines bytes.Buffer
	if err := report.Write(&text, "text", res, false); err != nil {
		t.Fatal(err)
	}
	if err := report.Write(&lines, "line", res, false); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(lines.String(), "[buzzwords]"); got != 5000 {
		t.Fatalf("the line format lists %d buzzwords findings, want 5000", got)
	}
	if got := strings.Count(text.String(), "[buzzwords]"); got != 10 {
		t.Errorf("the text format shows %d buzzwords findings, want 10", got)
	}
	if want := "= note: 4990 more buzzwords findings in this statement are not shown"; !strings.Contains(text.String(), want) {
		t.Errorf("no %q in:\n%s", want, text.String())
	}
	if !strings.Contains(text.String(), fmt.Sprintf("%d warnings", report.Count(res.Findings).Warnings)) {
		t.Error("the summary does not count every finding")
	}
	if text.Len() > 64<<10 {
		t.Errorf("the text output is %d bytes for a %d-byte line", text.Len(), len(line))
	}
}
