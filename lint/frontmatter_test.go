package lint_test

import (
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// TestFrontMatterFieldSpans checks fields whose raw text once confused the
// span: each field's value, and the source its span covers.
func TestFrontMatterFieldSpans(t *testing.T) {
	tests := []struct {
		name, src    string
		field, value string
		covers       string // the source the span covers
	}{
		{"flow mapping", "---\n{vision: Every baker sells bread, title: x}\n---\n",
			"vision", "Every baker sells bread", "Every baker sells bread"},
		{"flow mapping, last field", "---\n{title: x, vision: Every baker sells bread}\n---\n",
			"vision", "Every baker sells bread", "Every baker sells bread"},
		{"flow mapping, quoted with a comma", "---\n{vision: \"Every baker, at dawn\", title: x}\n---\n",
			"vision", "Every baker, at dawn", "Every baker, at dawn"},
		{"flow mapping over lines", "---\n{\n  vision: Every baker\n    sells bread,\n  title: x\n}\n---\n",
			"vision", "Every baker sells bread", "Every baker\n    sells bread"},
		{"flow mapping, value before a comment with a comma", "---\n{vision: Every baker # a note, really\n, title: x}\n---\n",
			"vision", "Every baker", "Every baker"},
		{"anchor and tag", "---\nvision: &v !!str Every baker sells bread\ntitle: x\n---\n",
			"vision", "Every baker sells bread", "Every baker sells bread"},
		{"single quotes doubled", "---\nvision: 'Every baker''s bread'\n---\n",
			"vision", "Every baker's bread", "Every baker''s bread"},
		{"double quote escaped", "---\nvision: \"Every \\\"baker\\\" sells\"\ntitle: x\n---\n",
			"vision", "Every \"baker\" sells", "Every \\\"baker\\\" sells"},
		{"line separator in an earlier value", "---\nnote: \"a\u2028b\"\nvision: Every baker sells bread\n---\n",
			"vision", "Every baker sells bread", "Every baker sells bread"},
		{"block scalar", "---\nvision: |\n  Every baker\n  sells bread.\ntitle: x\n---\n",
			"vision", "Every baker sells bread.", "Every baker\n  sells bread."},
		{"TOML after a multi-line string that reads like fields",
			"+++\nnotes = \"\"\"\nvision = \"fake\"\n[x]\n\"\"\"\nvision = \"Every baker sells bread\"\n+++\n",
			"vision", "Every baker sells bread", "Every baker sells bread"},
		{"TOML after a multi-line array",
			"+++\ntags = [\n  \"a\",\n  \"[x]\",\n]\nvision = 'Every baker sells bread'\n+++\n",
			"vision", "Every baker sells bread", "Every baker sells bread"},
		{"TOML multi-line string value",
			"+++\nvision = \"\"\"\nEvery baker\nsells bread\"\"\"\n+++\n",
			"vision", "Every baker sells bread", "Every baker\nsells bread"},
		{"TOML quoted key", "+++\n\"vision\" = \"Every baker sells bread\"\n+++\n",
			"vision", "Every baker sells bread", "Every baker sells bread"},
		{"TOML table", "+++\ntitle = \"x\"\n[params]\nvision = \"Every baker sells bread\"\n+++\n",
			"params.vision", "Every baker sells bread", "Every baker sells bread"},
		{"TOML dotted key in a table", "+++\n[params]\nabout.\"vision\" = 'Every baker sells bread'\n+++\n",
			"params.about.vision", "Every baker sells bread", "Every baker sells bread"},
		{"TOML table after an array of tables", "+++\n[[crew]]\nvision = \"x\"\n[params]\nvision = \"Every baker sells bread\"\n+++\n",
			"params.vision", "Every baker sells bread", "Every baker sells bread"},
		{"YAML closed by the document end marker", "---\nvision: Every baker sells bread\n...\n\nText.\n\n---\n\nMore.\n",
			"vision", "Every baker sells bread", "Every baker sells bread"},
		{"lone carriage returns", "---\rtitle: Plans\rvision: Every baker sells bread\r---\r\rText.\r",
			"vision", "Every baker sells bread", "Every baker sells bread"},
		{"JSON", ";;;\n{\"title\": \"x\", \"vision\": \"Every baker sells bread\"}\n;;;\n",
			"vision", "Every baker sells bread", "Every baker sells bread"},
		{"nested mapping, a folded text", "---\nmission:\n  heading: Our mission\n  text: >\n    Every baker\n    sells bread.\nvalues: []\n---\n",
			"mission.text", "Every baker sells bread.", "Every baker\n    sells bread."},
		{"nested flow mapping", "---\nabout: { mission: Every baker sells bread, year: 2011 }\n---\n",
			"about.mission", "Every baker sells bread", "Every baker sells bread"},
		{"three keys down, the last field", "---\nsections:\n  mission:\n    heading: Why\n    body: Every baker sells bread\ntitle: x\n---\n",
			"sections.mission.body", "Every baker sells bread", "Every baker sells bread"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := lint.Parse("x.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, doc)
			if doc.FrontMatter == nil {
				t.Fatal("no front matter")
			}
			f, ok := doc.FrontMatter.Fields[tt.field]
			if !ok {
				t.Fatalf("no field %q in %v", tt.field, doc.FrontMatter.Fields)
			}
			if f.Value != tt.value {
				t.Errorf("value %q, want %q", f.Value, tt.value)
			}
			if got := tt.src[f.Span.Start.Offset:f.Span.End.Offset]; got != tt.covers {
				t.Errorf("span %d:%d-%d:%d covers %q, want %q", f.Span.Start.Line, f.Span.Start.Column, f.Span.End.Line, f.Span.End.Column, got, tt.covers)
			}
		})
	}
}

// TestFrontMatterBlock checks where front matter ends and the body begins.
func TestFrontMatterBlock(t *testing.T) {
	tests := []struct {
		name, src string
		fields    int    // fields in the front matter
		statement string // the body's statement, found after the front matter
	}{
		{"closed by ...", "---\ntitle: Plans\n...\n\n## Vision\n\nEvery baker sells bread.\n\n---\n\nMore.\n", 1, "Every baker sells bread."},
		{"closed by --- as before", "---\ntitle: Plans\n---\n\n## Vision\n\nEvery baker sells bread.\n", 1, "Every baker sells bread."},
		{"an indented ... is a value's", "---\ntitle: |\n  Plans\n  ...\nnote: x\n---\n\n## Vision\n\nEvery baker sells bread.\n", 2, "Every baker sells bread."},
		{"lone carriage returns", "---\rtitle: Plans\r---\r\r## Vision\r\rEvery baker sells bread.\r", 1, "Every baker sells bread."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := lint.Parse("x.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if doc.FrontMatter == nil || len(doc.FrontMatter.Fields) != tt.fields {
				t.Fatalf("front matter %+v, want %d fields", doc.FrontMatter, tt.fields)
			}
			if len(doc.Statements) != 1 || doc.Statements[0].Text() != tt.statement {
				var texts []string
				for _, s := range doc.Statements {
					texts = append(texts, s.Text())
				}
				t.Errorf("statements %q, want [%q]", texts, tt.statement)
			}
			for _, h := range doc.Headings {
				if strings.Contains(h.Prose.Text, "title") {
					t.Errorf("front matter read as a heading: %q", h.Prose.Text)
				}
			}
		})
	}
}
