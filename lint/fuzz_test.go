package lint_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// seedCorpus reads seed inputs kept in the top-level testdata folder, in
// the "go test fuzz v1" format: a header line, then one Go literal a line,
// string("…") or []byte("…").
func seedCorpus(f *testing.F, dir string) [][]string {
	f.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "*"))
	var seeds [][]string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		if len(lines) < 2 || lines[0] != "go test fuzz v1" {
			f.Fatalf("%s: not a fuzz seed", p)
		}
		var values []string
		for _, l := range lines[1:] {
			open := strings.IndexByte(l, '(')
			v, err := strconv.Unquote(l[open+1 : len(l)-1])
			if open < 0 || err != nil {
				f.Fatalf("%s: bad value %q", p, l)
			}
			values = append(values, v)
		}
		seeds = append(seeds, values)
	}
	return seeds
}

// FuzzParse feeds arbitrary bytes to Parse and the rules and checks that
// nothing panics (not even a panic the engine would catch and report as an
// internal error), that every span lies inside the file in order, that
// findings come sorted, and that parsing and linting are deterministic. The seed corpus is testdata/fuzz/FuzzParse plus every
// example and detection fixture.
func FuzzParse(f *testing.F) {
	for _, seed := range seedCorpus(f, "../testdata/fuzz/FuzzParse") {
		f.Add(seed[0], []byte(seed[1]))
	}
	for _, glob := range []string{"../testdata/examples/*.md", "../testdata/detect/*.md", "../testdata/detect/*.mdx", "../testdata/mdx/*.mdx"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(filepath.Base(p), src)
			}
		}
	}
	lint.FailOnPanics(f)
	linter := lint.NewLinter(allRules())
	settings := linter.DefaultSettings()
	f.Fuzz(func(t *testing.T, name string, src []byte) {
		doc, _ := lint.Parse(name, src)
		checkSpans(t, doc)
		findings := linter.Lint(doc, settings)
		for i := 1; i < len(findings); i++ {
			a, b := findings[i-1].Span.Start, findings[i].Span.Start
			if a.Line > b.Line || a.Line == b.Line && a.Column > b.Column {
				t.Fatalf("findings out of order: %v then %v", a, b)
			}
		}
		again, _ := lint.Parse(name, src)
		if len(again.Statements) != len(doc.Statements) {
			t.Fatalf("parsing twice found %d and %d statements", len(doc.Statements), len(again.Statements))
		}
		for i, s := range doc.Statements {
			if s.Span != again.Statements[i].Span || s.Text() != again.Statements[i].Text() {
				t.Fatalf("parsing twice differs at statement %d", i)
			}
		}
		if second := linter.Lint(again, settings); len(second) != len(findings) {
			t.Fatalf("linting twice found %d and %d findings", len(findings), len(second))
		}
	})
}
