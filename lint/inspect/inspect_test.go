package inspect_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/inspect"
	"github.com/vmlint/vmlint/lint/linttest"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// examples parses every example document, in name order.
func examples(t *testing.T) []*lint.Document {
	t.Helper()
	return linttest.ParseDir(t, "../../testdata/examples", "../../")
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	linttest.Golden(t, filepath.Join("../../testdata/golden", name), got, *update)
}

func TestTextGolden(t *testing.T) {
	var b bytes.Buffer
	if err := inspect.WriteText(&b, examples(t), false); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b.Bytes(), []byte("\x1b[")) {
		t.Error("colour codes in output with colour off")
	}
	golden(t, "inspect.txt", b.Bytes())
}

func TestJSONGolden(t *testing.T) {
	var b bytes.Buffer
	if err := inspect.WriteJSON(&b, examples(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "inspect.json", b.Bytes())
}

func TestTextColour(t *testing.T) {
	var b bytes.Buffer
	if err := inspect.WriteText(&b, examples(t)[:1], true); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte("\x1b[")) {
		t.Error("no colour codes in output with colour on")
	}
}

// TestJSONContract checks the JSON against the documented contract: the
// field names and types a consumer relies on, and positions that agree
// with the text they cover.
func TestJSONContract(t *testing.T) {
	docs := examples(t)
	var b bytes.Buffer
	if err := inspect.WriteJSON(&b, docs); err != nil {
		t.Fatal(err)
	}
	var report struct {
		Version int `json:"version"`
		Files   []struct {
			Path       string `json:"path"`
			Statements []struct {
				Kind        string `json:"kind"`
				Form        string `json:"form"`
				Start, End  struct{ Line, Column, Offset int }
				Text        string `json:"text"`
				Words       *int   `json:"words"`
				Sentences   *int   `json:"sentences"`
				Readability struct {
					FleschReadingEase  *float64 `json:"fleschReadingEase"`
					FleschKincaidGrade *float64 `json:"fleschKincaidGrade"`
				} `json:"readability"`
				Components map[string][]map[string]any `json:"components"`
			} `json:"statements"`
		} `json:"files"`
	}
	dec := json.NewDecoder(&b)
	if err := dec.Decode(&report); err != nil {
		t.Fatal(err)
	}
	if report.Version != inspect.Version || len(report.Files) != len(docs) {
		t.Fatalf("version %d, %d files; want %d, %d", report.Version, len(report.Files), inspect.Version, len(docs))
	}
	for i, f := range report.Files {
		src := docs[i].Source
		for _, s := range f.Statements {
			if s.Kind != "vision" && s.Kind != "mission" || s.Form == "" || s.Words == nil || s.Sentences == nil ||
				s.Readability.FleschReadingEase == nil || s.Readability.FleschKincaidGrade == nil {
				t.Errorf("%s: statement misses a field: %+v", f.Path, s)
			}
			for _, name := range []string{"audience", "value", "strategy", "future", "differentiation", "purpose"} {
				list, ok := s.Components[name]
				if !ok || list == nil {
					t.Errorf("%s: components.%s missing or null", f.Path, name)
				}
				for _, c := range list {
					start := int(c["start"].(map[string]any)["offset"].(float64))
					end := int(c["end"].(map[string]any)["offset"].(float64))
					if got := string(src[start:end]); collapse(got) != collapse(c["text"].(string)) {
						t.Errorf("%s: %s %q covers %q", f.Path, name, c["text"], got)
					}
					if _, ok := c["specific"]; ok != (name == "audience") {
						t.Errorf("%s: %s has specific=%v", f.Path, name, ok)
					}
				}
			}
		}
	}
}

// collapse joins the fields of s with single spaces (a span may cross a line break).
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
