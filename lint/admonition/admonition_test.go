package admonition_test

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/vmlint/vmlint/lint/admonition"
)

// outline writes a document's blocks one per line, indented by depth: an
// admonition as its type and title, a paragraph as its text.
func outline(t *testing.T, src string) string {
	t.Helper()
	md := goldmark.New(goldmark.WithExtensions(admonition.Extension))
	root := md.Parser().Parse(text.NewReader([]byte(src)))
	var b strings.Builder
	var walk func(n ast.Node, depth int)
	walk = func(n ast.Node, depth int) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Type() != ast.TypeBlock {
				continue
			}
			b.WriteString(strings.Repeat("  ", depth))
			switch c := c.(type) {
			case *admonition.Node:
				b.WriteString("admonition " + c.Types + " [" + c.Title + "]")
				if c.TitleStart >= 0 && src[c.TitleStart:c.TitleStart+len(c.Title)] != c.Title {
					t.Errorf("title %q is not at offset %d", c.Title, c.TitleStart)
				}
			case *ast.Paragraph:
				lines := c.Lines()
				var p []string
				for i := 0; i < lines.Len(); i++ {
					seg := lines.At(i)
					p = append(p, strings.TrimSpace(string(seg.Value([]byte(src)))))
				}
				b.WriteString("paragraph " + strings.Join(p, " / "))
			default:
				b.WriteString(c.Kind().String())
			}
			b.WriteString("\n")
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return b.String()
}

func TestParse(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"content tabs", "=== \"Vision\"\n\n    Every farm within an hour of a vet.\n\n===+ \"Mission\"\n\n    We take the clinic to the farm gate.\n",
			"admonition tab [Vision]\n  paragraph Every farm within an hour of a vet.\nadmonition tab [Mission]\n  paragraph We take the clinic to the farm gate.\n"},
		{"a setext heading's underline is no tab", "Vision\n===\n\n=== Vision\n",
			"Heading\nparagraph === Vision\n"},
		{"body after a blank line", "!!! note \"Our mission\"\n\n    To help beekeepers.\n    In winter.\n\nAfter.\n",
			"admonition note [Our mission]\n  paragraph To help beekeepers. / In winter.\nparagraph After.\n"},
		{"body on the next line", "!!! abstract \"Our vision\"\n    A future where hives thrive.\n",
			"admonition abstract [Our vision]\n  paragraph A future where hives thrive.\n"},
		{"two paragraphs and a list", "??? tip\n    One.\n\n    - two\n    - three\n\nafter\n",
			"admonition tip []\n  paragraph One.\n  List\n    ListItem\n      TextBlock\n    ListItem\n      TextBlock\nparagraph after\n"},
		{"folding open, several type words, no space after the mark", "???+note inline end \"Why\"\n    Body.\n",
			"admonition note inline end [Why]\n  paragraph Body.\n"},
		{"it interrupts a paragraph", "Before.\n!!! warning\n    Body.\n",
			"paragraph Before.\nadmonition warning []\n  paragraph Body.\n"},
		{"no type: a paragraph", "!!! \"Title\"\n    Body.\n", "paragraph !!! \"Title\" / Body.\n"},
		{"an unclosed title: a paragraph", "!!! note \"Title\n", "paragraph !!! note \"Title\n"},
		{"punctuation in the type: a paragraph", "!!! note! wow\n", "paragraph !!! note! wow\n"},
		{"indented four: code", "    !!! note\n", "CodeBlock\n"},
		{"a line right after the body, not indented, continues its paragraph, as in a block quote", "!!! note\n    Body\nmore\n",
			"admonition note []\n  paragraph Body / more\n"},
		{"an empty one", "!!! danger \"Stop\"\n\nText.\n", "admonition danger [Stop]\nparagraph Text.\n"},
		{"a MyST admonition with an option", "```{admonition} Our vision\n:class: tip\n\nA generation of children safe in the sea.\n```\n\nAfter.\n",
			"admonition admonition [Our vision]\n  paragraph A generation of children safe in the sea.\nparagraph After.\n"},
		{"a MyST note with YAML options and two paragraphs", "````{note}\n---\nclass: dropdown\n---\nOne.\n\nTwo.\n````\n",
			"admonition note []\n  paragraph One.\n  paragraph Two.\n"},
		{"a MyST colon fence; a shorter fence inside does not close it", ":::::{tip} Why we exist\nWe teach swimming.\n:::\n:::::\nAfter.\n",
			"admonition tip [Why we exist]\n  paragraph We teach swimming. / :::\nparagraph After.\n"},
		{"an option-like line after the body is text", "```{note}\nBody.\n:class: tip\n```\n",
			"admonition note []\n  paragraph Body. / :class: tip\n"},
		{"a MyST directive that holds code stays code", "```{code-cell} python\nprint(1)\n```\n", "FencedCodeBlock\n"},
		{"a fenced code block stays code", "```python\nvision = 1\n```\n", "FencedCodeBlock\n"},
		{"a Docusaurus admonition stays a paragraph", ":::tip Our vision\nText.\n:::\n", "paragraph :::tip Our vision / Text. / :::\n"},
		{"two backticks open no fence", "``{note} Body.\n", "paragraph ``{note} Body.\n"},
		{"unclosed: the body runs to the end", "```{note}\nBody.\n", "admonition note []\n  paragraph Body.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := outline(t, tt.src); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
