package lint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// wantComment is an expectation written next to the text it concerns:
// "<!-- want KIND FORM [empty] [placeholder] -->" for a statement that
// starts on the comment's line, "want+N"/"want-N" for N lines below or
// above; in front matter, "# want KIND FORM" at the end of the line.
var wantComment = regexp.MustCompile(`(?:<!--|#|\{/\*) want([+-]\d+)? (vision|mission) ([\w-]+)((?: (?:empty|placeholder))*)(?: -->| \*/\})?`)

func statementKey(line int, kind lint.Kind, form lint.Form, empty, placeholder bool) string {
	k := fmt.Sprintf("%d: %s %s", line, kind, form)
	if empty {
		k += " empty"
	}
	if placeholder {
		k += " placeholder"
	}
	return k
}

// TestDetectFixtures checks every fixture under testdata/detect (Markdown
// and MDX): each statement found must be wanted by a comment ("<!-- want
// … -->", "# want …" in YAML, "{/* want … */}" in MDX), and each comment
// must be met.
func TestDetectFixtures(t *testing.T) {
	var files []string
	err := filepath.WalkDir("../testdata/detect", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".md") || lint.IsMDX(path)) {
			files = append(files, path)
		}
		return err
	})
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range files {
		t.Run(strings.TrimPrefix(path, "../testdata/detect/"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]bool{}
			for i, line := range strings.Split(string(src), "\n") {
				for _, m := range wantComment.FindAllStringSubmatch(line, -1) {
					n := i + 1
					if m[1] != "" {
						off, _ := strconv.Atoi(m[1])
						n += off
					}
					flags := m[4]
					want[statementKey(n, lint.Kind(m[2]), lint.Form(m[3]), strings.Contains(flags, "empty"), strings.Contains(flags, "placeholder"))] = true
				}
			}
			doc, err := lint.Parse(path, src)
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, doc)
			got := map[string]bool{}
			for _, s := range doc.Statements {
				got[statementKey(s.Span.Start.Line, s.Kind, s.Form, s.Empty, s.Placeholder)] = true
			}
			var problems []string
			for k := range got {
				if !want[k] {
					problems = append(problems, "unexpected statement at "+k)
				}
			}
			for k := range want {
				if !got[k] {
					problems = append(problems, "missing statement at "+k)
				}
			}
			sort.Strings(problems)
			for _, p := range problems {
				t.Error(p)
			}
		})
	}
}

// TestStatementTextLeftOut checks where a statement's text starts when
// something before it on its lines is not part of it: a lead-in of the
// writer's own and its colon ("we wrote our mission on the back of a
// beer mat: to …"), "Our vision is an ambitious one:", the ":" that
// marks a definition list's definition, and a Confluence macro's lines
// around a statement it titles; so that the rules measure the
// statement, and a finding's column points at its first word.
func TestStatementTextLeftOut(t *testing.T) {
	for _, tc := range []struct {
		src, text string
		column    int
	}{
		{"When six of us set up the co-op in 2016, we wrote our mission on the back of a beer mat: to keep every tool in Marlby in use.\n", "to keep every tool in Marlby in use.", 90},
		{"# From the chair\n\nOur vision is an ambitious one: a county where every child can sing in a choir.\n", "a county where every child can sing in a choir.", 33},
		{"# About\n\nMission\n:   To keep every tool in Marlby in use, by lending them from the old forge.\n", "To keep every tool in Marlby in use, by lending them from the old forge.", 5},
		{"# Letter\n\nWe have a dream: a valley where every village can graft its own trees.\n", "a valley where every village can graft its own trees.", 18},
		{"{panel:title=Our Mission|borderStyle=solid}\nWe keep every tool in Marlby in use.\n{panel}\n", "We keep every tool in Marlby in use.", 1},
	} {
		doc, err := lint.Parse("page.md", []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Statements) != 1 || doc.Statements[0].Text() != tc.text || doc.Statements[0].Span.Start.Column != tc.column {
			t.Errorf("%q: statements %+v, want %q at column %d", tc.src, doc.Statements, tc.text, tc.column)
		}
	}
}

// TestTableStatementsByColumn checks what the fixtures cannot, which key
// statements by line: a table that compares organisations in columns
// gives each its own statement from the row that names the kind (not a
// note in brackets where one would stand), and an FAQ table's answer
// starts after the "Yes" that answers the question.
func TestTableStatementsByColumn(t *testing.T) {
	for _, tc := range []struct {
		path  string
		texts []string
	}{
		{"../testdata/detect/table-compares-partners.md", []string{
			"To keep a crossing of the tarn running for walkers, cyclists and wheelchair users every day from Easter to October.",
			"To give every child in the four villages a week outdoors before they leave primary school.",
		}},
		{"../testdata/detect/table-before-now.md", []string{
			"A dale where every child has sung on the stage of the village hall at least once.",
		}},
		{"../testdata/detect/faq-table.md", []string{
			"To keep every bridleway gate between Hebden and Haworth in working order, by patrolling them monthly and fixing what we find.",
			"a moorland where riders, walkers and cyclists can cross every gate without getting down.",
		}},
	} {
		src, err := os.ReadFile(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := lint.Parse(tc.path, src)
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, s := range doc.Statements {
			texts = append(texts, strings.TrimSpace(strings.Split(s.Text(), "<!--")[0]))
		}
		if !slices.Equal(texts, tc.texts) {
			t.Errorf("%s: statements %q, want %q", tc.path, texts, tc.texts)
		}
	}
}

// TestFieldStatementEnds checks what the fixtures cannot: a statement
// given as one of a page's fields ("Mission: …" among "Status: Active"
// and "Tags: …") ends where the next field starts.
func TestFieldStatementEnds(t *testing.T) {
	path := "../testdata/detect/page-properties.md"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := lint.Parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	want := "Record the memories of the people who worked at the Millstone Lane tannery before it closed, so that their grandchildren can hear the trade in their own words."
	if len(doc.Statements) != 1 || strings.TrimSpace(strings.Split(doc.Statements[0].Text(), "<!--")[0]) != want {
		var texts []string
		for _, s := range doc.Statements {
			texts = append(texts, s.Text())
		}
		t.Errorf("statements %q, want one: %q", texts, want)
	}
}
