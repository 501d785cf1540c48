package lint

import (
	"bytes"
	"fmt"
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
			got, _, _, _ := blankMDX([]byte(in))
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

// TestBlankMDXTitled: the elements with a quoted title attribute and a
// closing tag, inner before outer, with where the title starts.
func TestBlankMDXTitled(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // name=title@titleStart[start,end)
	}{
		{`<Callout title="Our mission">x</Callout>`, []string{"Callout=Our mission@16[0,40)"}},
		{"<Tabs>\n<TabItem value=\"a\" label='Vision'>\n\nx\n\n</TabItem>\n</Tabs>", []string{"TabItem=Vision@33[7,56)"}},
		{`<Box heading="A"><Box title="B">x</Box></Box>`, []string{"Box=B@29[17,39)", "Box=A@14[0,45)"}},
		{`<Card title="Our mission" />`, nil},                             // no box
		{`<Badge aria-label="Mission">x</Badge>`, nil},                    // not a title attribute
		{`<Card title={props.title}>x</Card>`, nil},                       // not a string
		{`<Card title="Vision">x`, nil},                                   // never closed
		{`<A title="Vision"><B>x</A></B>`, []string{"A=Vision@10[0,26)"}}, // B closes nothing open
	} {
		_, _, _, titled := blankMDX([]byte(tc.in))
		var got []string
		for _, e := range titled {
			got = append(got, fmt.Sprintf("%s=%s@%d[%d,%d)", e.name, e.title, e.titleStart, e.start, e.end))
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("blankMDX(%q) titled %v, want %v", tc.in, got, tc.want)
		}
	}
}
