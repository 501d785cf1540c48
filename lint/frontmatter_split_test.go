package lint

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/adrg/frontmatter"
)

// splitWhole is splitFrontMatter as it was: the front matter reader given
// the whole text at once.
func splitWhole(src []byte, start int) (frontMatterBlock, int) {
	text := src
	if bytes.IndexByte(src, '\r') >= 0 {
		text = append(make([]byte, start, len(src)), normalizeLineEnds(src[start:])...)
	}
	formats := frontMatterFormats
	if endsWithDots(text[start:]) {
		formats = yamlDotsFormats
	}
	var block frontMatterBlock
	body, err := frontmatter.Parse(bytes.NewReader(text[start:]), &block, formats...)
	if err != nil || block.format == "" {
		return frontMatterBlock{}, start
	}
	return block, len(src) - len(body)
}

// TestSplitFrontMatterReadsTheHeadAsTheWhole checks that reading the head
// of a text first (and the whole text only when the head does not settle
// it) finds the front matter the reader finds in the whole text, with the
// closing delimiter on every byte around the head's end, in every format,
// followed by a blank line, text, or nothing.
func TestSplitFrontMatterReadsTheHeadAsTheWhole(t *testing.T) {
	formats := []struct{ open, line, close string }{
		{"---", "key%d: value\n", "---"},
		{"+++", "key%d = 'value'\n", "+++"},
		{";;;", "\"key%d\": 1,\n", ";;;"},
		{"{", "\"key%d\": 1,\n", "}"},
		{"---", "key%d: value\n", "..."},
	}
	afters := []string{"", "\n", "\n\n## Vision\n\nEvery baker sells bread.\n", "Every baker sells bread.\n", "}\n\nmore\n"}
	leads := []string{"", "\n\n", "  \t\n", "\u00a0", "\u3000\n"} // white space is trimmed, beyond ASCII too
	cases := 0
	for _, f := range formats {
		for _, after := range afters {
			for _, lead := range leads {
				for size := frontMatterHead - 40; size <= frontMatterHead+40; size++ {
					var b strings.Builder
					b.WriteString(lead + f.open + "\n")
					for i := 0; b.Len() < size-len(f.close)-12; i++ {
						fmt.Fprintf(&b, f.line, i)
					}
					for b.Len() < size-len(f.close)-1 {
						b.WriteByte('#') // a comment, padding the last line
					}
					b.WriteString("\n" + f.close + "\n" + after)
					src := []byte(b.String())
					gotBlock, _, gotStart, err := splitFrontMatter(src, 0)
					if err != nil {
						t.Fatal(err)
					}
					wantBlock, wantStart := splitWhole(src, 0)
					if gotBlock.format != wantBlock.format || !bytes.Equal(gotBlock.data, wantBlock.data) ||
						gotBlock.withDelims != wantBlock.withDelims || gotStart != wantStart {
						t.Fatalf("%q (%d bytes): got %q %q body at %d, want %q %q body at %d",
							src[max(0, len(src)-80):], len(src), gotBlock.format, gotBlock.data[max(0, len(gotBlock.data)-20):], gotStart,
							wantBlock.format, wantBlock.data[max(0, len(wantBlock.data)-20):], wantStart)
					}
					cases++
				}
			}
		}
	}
	t.Logf("%d texts", cases)
}
