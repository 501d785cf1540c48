package lint_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// TestDeepNestingRefused checks that nesting past lint.MaxNesting is
// refused before the Markdown parser sees it, with one error at the line,
// and that nesting up to the limit is read.
func TestDeepNestingRefused(t *testing.T) {
	list := func(levels int) string {
		var b strings.Builder
		for i := range levels {
			b.WriteString(strings.Repeat("  ", i) + "- item\n")
		}
		return b.String()
	}
	deep := lint.MaxNesting + 1
	tests := []struct {
		name    string
		src     string
		refused bool
		line    int
	}{
		{"block quotes on one line", "# Vision\n\n" + strings.Repeat(">", 100000) + " text\n", true, 3},
		{"block quotes with blanks", "text\n\n" + strings.Repeat("> ", deep) + "text\n", true, 3},
		{"a nested list", "## Mission\n\n" + list(deep), true, 2 + deep},
		{"lists and quotes", strings.Repeat("> - ", deep/2+1) + "x\n", true, 1},
		{"ordered lists", strings.Repeat("1. ", deep) + "x\n", true, 1},
		{"tabs", strings.Repeat("\t", deep/2+1) + "- x\n", true, 1},
		{"at the limit", strings.Repeat("> ", lint.MaxNesting) + "text\n", false, 0},
		{"a list at the limit", list(lint.MaxNesting), false, 0},
		{"a thematic break", "* * *\n", false, 0},
		{"a long blank line", "## Mission\n\n" + strings.Repeat(" ", 4*lint.MaxNesting) + "\n\nWe mend bikes.\n", false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := lint.Parse("deep.md", []byte(tt.src))
			var fe *lint.FileError
			if !tt.refused {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.As(err, &fe) || !strings.Contains(fe.Msg, "nest more than 100 levels") {
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
