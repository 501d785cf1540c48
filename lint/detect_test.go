package lint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
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

// TestColonLeadInLeftOut checks that a statement the writer introduces
// with a lead-in of their own and a colon starts after the colon, so that
// the rules measure the statement, not the lead-in.
func TestColonLeadInLeftOut(t *testing.T) {
	src := "When six of us set up the co-op in 2016, we wrote our mission on the back of a beer mat: to keep every tool in Marlby in use.\n"
	doc, err := lint.Parse("letter.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Statements) != 1 || doc.Statements[0].Text() != "to keep every tool in Marlby in use." {
		t.Errorf("statements: %+v", doc.Statements)
	}
}

// TestDefinitionLeftOutOfMarker checks that a definition list's term names
// the statement and its definition, less the ":" that marks it, is the
// statement.
func TestDefinitionLeftOutOfMarker(t *testing.T) {
	src := "# About\n\nMission\n:   To keep every tool in Marlby in use, by lending them from the old forge.\n"
	doc, err := lint.Parse("about.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Statements) != 1 || doc.Statements[0].Text() != "To keep every tool in Marlby in use, by lending them from the old forge." || doc.Statements[0].Span.Start.Column != 5 {
		t.Errorf("statements: %+v", doc.Statements)
	}
}

// TestDescribedAsOneLeftOut checks that "Our vision is an ambitious one:"
// is a lead-in: the statement starts after its colon.
func TestDescribedAsOneLeftOut(t *testing.T) {
	src := "# From the chair\n\nOur vision is an ambitious one: a county where every child can sing in a choir.\n"
	doc, err := lint.Parse("chair.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Statements) != 1 || doc.Statements[0].Text() != "a county where every child can sing in a choir." {
		t.Errorf("statements: %+v", doc.Statements)
	}
}
