package lint_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"

	"github.com/vmlint/vmlint/lint"
)

// fuzzFrontMatter fuzzes one front matter decoder: the fuzzed text stands
// between the format's delimiters, above a short body. Parsing must not
// panic. When the reference decoder (decode) accepts the text, vmlint must
// too and find every top-level string field with its value, each field's
// span inside the front matter with positions that agree with its offsets;
// when it refuses the text, vmlint must give one error located in the file.
func fuzzFrontMatter(f *testing.F, open, closing string, decode func(data []byte) (map[string]string, error), seeds []string) {
	f.Helper()
	for _, s := range seeds {
		f.Add(s)
	}
	lint.FailOnPanics(f)
	f.Fuzz(func(t *testing.T, data string) {
		for _, line := range strings.FieldsFunc(data, func(r rune) bool { return r == '\n' || r == '\r' }) {
			if l := strings.TrimSpace(line); l == closing || l == "..." || l == "---" {
				return // the text closes the front matter itself
			}
		}
		if strings.IndexByte(data, 0) >= 0 {
			return // a binary file
		}
		src := open + "\n" + data + "\n" + closing + "\n\nBakers sell bread.\n"
		doc, err := lint.Parse("x.md", []byte(src))
		// The block's content, as the reader takes it: lone carriage
		// returns end lines, as line feeds.
		block := []byte(data + "\n")
		for i, c := range block {
			if c == '\r' && block[i+1] != '\n' {
				block[i] = '\n'
			}
		}
		want, refErr := decode(block)
		if refErr != nil {
			var fe *lint.FileError
			if !errors.As(err, &fe) || fe.Pos.Line < 1 || fe.Pos.Offset > len(src) {
				t.Fatalf("the reference decoder refuses the text (%v), vmlint says %v", refErr, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("the reference decoder accepts the text, vmlint says %v", err)
		}
		fm := doc.FrontMatter
		if fm == nil {
			t.Fatal("no front matter")
		}
		checkSpans(t, doc)
		for name, value := range want {
			field, ok := fm.Fields[name]
			if !ok {
				t.Fatalf("no field %q; the reference decoder has %q", name, value)
			}
			if strings.Join(strings.Fields(field.Value), " ") != strings.Join(strings.Fields(value), " ") {
				t.Fatalf("field %q is %q; the reference decoder has %q", name, field.Value, value)
			}
			s := field.Span
			if s.Start.Offset < fm.Span.Start.Offset || s.End.Offset > fm.Span.End.Offset || s.Start.Offset > s.End.Offset {
				t.Fatalf("field %q: span %+v outside the front matter %+v", name, s, fm.Span)
			}
			for _, p := range []lint.Pos{s.Start, s.End} {
				if doc.Position(p.Offset) != p {
					t.Fatalf("field %q: position %+v disagrees with its offset", name, p)
				}
			}
		}
	})
}

// stringFields keeps the string values of a decoded map, by lower-case key;
// keys that differ only in case are left out, as vmlint keeps one of them.
func stringFields[V any](values map[string]V) map[string]string {
	out, seen := map[string]string{}, map[string]int{}
	for k := range values {
		seen[strings.ToLower(k)]++
	}
	for k, v := range values {
		if s, ok := any(v).(string); ok && seen[strings.ToLower(k)] == 1 {
			out[strings.ToLower(k)] = s
		}
	}
	return out
}

func FuzzFrontMatterYAML(f *testing.F) {
	fuzzFrontMatter(f, "---", "---", func(data []byte) (map[string]string, error) {
		var root yaml.Node
		if err := yaml.Unmarshal(data, &root); err != nil {
			return nil, err
		}
		values := map[string]string{}
		if len(root.Content) == 0 {
			return values, nil
		}
		top := root.Content[0]
		if top.Kind != yaml.MappingNode {
			return nil, errors.New("not a mapping")
		}
		for i := 0; i+1 < len(top.Content); i += 2 {
			if top.Content[i+1].Kind == yaml.ScalarNode {
				values[top.Content[i].Value] = top.Content[i+1].Value
			}
		}
		return stringFields(values), nil
	}, []string{
		"vision: Every baker sells bread\ntitle: x",
		"{vision: Every baker sells bread, title: x}",
		"{vision: \"a, b\", 'title': 'it''s', n: [1, {a: b}]}",
		"vision: &v !!str Every baker\nmission: *v\nnote: |\n  a\n  b\n",
		"a: \"x\u2028y\"\nvision: >-\n  folded\n  text # not a comment\n# comment\nb: c # comment",
		"? complex\n: value\nvision: x",
	})
}

func FuzzFrontMatterTOML(f *testing.F) {
	fuzzFrontMatter(f, "+++", "+++", func(data []byte) (map[string]string, error) {
		var fields map[string]any
		if _, err := toml.Decode(string(data), &fields); err != nil {
			return nil, err
		}
		return stringFields(fields), nil
	}, []string{
		"vision = \"Every baker sells bread\"\ntitle = 'x'",
		"notes = \"\"\"\nvision = \"fake\"\n[x]\n\"\"\"\nvision = \"real\"",
		"tags = [\n  \"a\",\n  \"[x]\",\n]\nvision = '''\nmulti\nline'''",
		"\"quoted key\" = \"v\"\na.b = \"dotted\"\n[t]\nvision = \"in a table\"",
		"e = \"\\u00e9\\t\\\"\"\nt = {\n a = 1,\n}\n",
	})
}

func FuzzFrontMatterJSON(f *testing.F) {
	fuzzFrontMatter(f, ";;;", ";;;", func(data []byte) (map[string]string, error) {
		var fields map[string]any
		if err := json.Unmarshal(data, &fields); err != nil {
			return nil, err
		}
		if fields == nil {
			return nil, errors.New("not an object")
		}
		return stringFields(fields), nil
	}, []string{
		"{\"vision\": \"Every baker sells bread\", \"title\": \"x\"}",
		"{\"vision\": \"a \\\"b\\\" \\u00e9\", \"n\": [1, {\"a\": \"b\"}], \"t\": null}",
		"{\"a\": \"b\"} trailing",
		"[1, 2]",
		"{\"Vision\": \"x\", \"vision\": \"y\"}",
	})
}
