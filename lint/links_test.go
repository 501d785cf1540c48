package lint_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// TestLinkSyntaxBounded checks that link syntax goldmark would read in time
// in the square of a paragraph is refused with one error at the paragraph,
// and that documents full of ordinary links are read.
func TestLinkSyntaxBounded(t *testing.T) {
	var links strings.Builder
	links.WriteString("# Links\n\n")
	for i := range 3000 {
		fmt.Fprintf(&links, "See [issue %d](https://example.com/issues/%d) and [the guide](https://example.com/guide#part-%d). ", i, i, i)
		switch {
		case i%100 == 99 && i < 2300:
			links.WriteString("\n\n") // paragraphs of a hundred links
		case i%10 == 9:
			links.WriteString("\n") // then one of seven hundred
		}
	}
	links.WriteString("\n\n| a | b |\n|---|---|\n")
	for i := range 3000 {
		fmt.Fprintf(&links, "| [x%d](https://e.com/%d) | [y](https://e.com/y) |\n", i, i)
	}
	var list strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&list, "- [What is new in %d](https://example.com/%d)\n", i, i)
	}
	var emphasis strings.Builder
	emphasis.WriteString("# Emphasis\n\n")
	for i := range 20000 {
		fmt.Fprintf(&emphasis, "We *help* **farmers** _in valley %d_ sell ~~grain~~ ***directly***, ", i)
		if i%20 == 19 {
			emphasis.WriteString("\n\n") // paragraphs of 200 delimiter runs
		}
	}
	var defs strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&defs, "[r%d]: https://example.com/issues/%d\n", i, i)
	}
	tests := []struct {
		name    string
		src     string
		refused bool
		line    int
	}{
		{"destinations that do not close", "# Vision\n\nText.\n\n" + strings.Repeat("[a](", 100000) + "\n", true, 5},
		{"images", "# Vision\n\n" + strings.Repeat("![a](", 100000) + "\n", true, 3},
		{"angle destinations", strings.Repeat("[a](< ", 100000) + "\n", true, 1},
		{"titles over lines", "Intro\n\n" + strings.Repeat("[a](b \"\n", 20000), true, 3},
		{"in a block quote", strings.Repeat("> [a](b \"\n", 20000), true, 1},
		{"brackets", "Intro\n\n" + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n", true, 3},
		{"brackets in definitions", "Intro\n\n" + strings.Repeat("[a]: <"+strings.Repeat("[", 10)+"\n", 500), true, 3},
		{"definitions that take the next line", "Intro\n\n" + strings.Repeat("[a]:\n", 200000), true, 3},
		{"emphasis closers no opener matches", "# Vision\n\nText.\n\n" + strings.Repeat("*a_ ", 50000) + "\n", true, 5},
		{"emphasis closers kept by the rule of three", "Intro\n\na**b" + strings.Repeat("c* ", 50000) + "\n", true, 3},
		{"strikethrough closers", "Intro\n\n" + strings.Repeat("*a~ ", 50000) + "\n", true, 3},
		{"many links in prose and a table", links.String(), false, 0},
		{"emphasis in prose, 200,000 delimiter runs", emphasis.String(), false, 0},
		{"snake_case names in one paragraph", "# API\n\n" + strings.Repeat("read_config_file write_log_line ", 30000) + "\n", false, 0},
		{"5,000 reference definitions", "See [r1].\n\n" + defs.String(), false, 0},
		{"a long list of links", list.String(), false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := lint.Parse("links.md", []byte(tt.src))
			var fe *lint.FileError
			if !tt.refused {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.As(err, &fe) || !strings.Contains(fe.Msg, "so much link syntax") {
				t.Fatalf("error %v, want a refusal", err)
			}
			if fe.Pos.Line != tt.line || fe.Pos.Column != 1 {
				t.Errorf("refused at %d:%d, want %d:1", fe.Pos.Line, fe.Pos.Column, tt.line)
			}
			if len(doc.Statements) != 0 {
				t.Errorf("a refused body gave %d statements", len(doc.Statements))
			}
		})
	}
}
