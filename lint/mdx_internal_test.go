package lint

import (
	"bytes"
	"strings"
	"testing"
)

// TestBlankMDX: each case marks with [[ ]] what blankMDX must blank.
func TestBlankMDX(t *testing.T) {
	for _, tt := range []struct{ name, marked string }{
		{"import block", "[[import A from 'a';\nimport {\n  B,\n} from 'b';]]\n\nText.\n"},
		{"import mid-paragraph is prose", "We will\nimport tea.\n"},
		{"export", "[[export const x = 1;]]\n\nText.\n"},
		{"flow tag", "[[<Tabs>]]\n\nText.\n\n[[</Tabs>]]\n"},
		{"inline tag", "We help [[<Term id=\"a\">]]fishers[[</Term>]].\n"},
		{"tag over lines", "[[<Card\n  title={`a > b`}\n  href=\"/x\">]]\nText\n"},
		{"self-closing and fragment", "[[<Logo />]] and [[<>]]x[[</>]]\n"},
		{"expression", "In [[{year}]] we [[{/* c */}]] grow.\n"},
		{"nested braces", "[[{a({b: 1})}]] x\n"},
		{"escaped brace", "a \\{b} c\n"},
		{"code span", "Use `<Tabs>` and `{x}`.\n"},
		{"fenced code", "```jsx\n<Tabs>{x}</Tabs>\nimport a\n```\n[[<b>]]x[[</b>]]\n"},
		{"comparison", "a < b and c<d\n"},
		{"autolink", "See <https://example.org>.\n"},
		{"html comment", "<!-- vmlint-disable -->\n"},
		{"unclosed tag", "<Tabs\n\nText.\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.NewReplacer("[[", "", "]]", "").Replace(tt.marked)
			var want strings.Builder
			for i, part := range strings.Split(tt.marked, "[[") {
				blanked, kept, found := strings.Cut(part, "]]")
				if i == 0 || !found {
					want.WriteString(part)
					continue
				}
				for _, c := range blanked {
					if c == '\n' {
						want.WriteByte('\n')
					} else {
						want.WriteString(strings.Repeat(" ", len(string(c))))
					}
				}
				want.WriteString(kept)
			}
			got, _, _ := blankMDX([]byte(in))
			if string(got) != want.String() {
				t.Errorf("blankMDX(%q)\n = %q\nwant %q", in, got, want.String())
			}
		})
	}
}

func TestGluedToMarker(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"#<>Vision", true},
		{"###{x}Mission", true},
		{"-<b>item", true},
		{"12.{n}th", true},
		{"  #<x/>", true},
		{"# <>Vision", false},
		{"Vi<>sion", false},
		{"a#<b>", false},
		{"#######<x>", false},
		{"    #<x>", false},
	} {
		body := []byte("intro\n" + tc.line)
		i := bytes.IndexAny(body[6:], "<{") + 6
		if got := gluedToMarker(body, i); got != tc.want {
			t.Errorf("gluedToMarker(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
