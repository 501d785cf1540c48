package lint_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// FuzzParse feeds arbitrary bytes to Parse and checks that it never panics,
// that every span lies inside the file in order, and that parsing is
// deterministic. The seed corpus is testdata/fuzz/FuzzParse plus every
// example and detection fixture.
func FuzzParse(f *testing.F) {
	for _, glob := range []string{"../testdata/examples/*.md", "../testdata/detect/*.md"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(filepath.Base(p), src)
			}
		}
	}
	f.Fuzz(func(t *testing.T, name string, src []byte) {
		doc, _ := lint.Parse(name, src)
		checkSpans(t, doc)
		again, _ := lint.Parse(name, src)
		if len(again.Statements) != len(doc.Statements) {
			t.Fatalf("parsing twice found %d and %d statements", len(doc.Statements), len(again.Statements))
		}
		for i, s := range doc.Statements {
			if s.Span != again.Statements[i].Span || s.Text() != again.Statements[i].Text() {
				t.Fatalf("parsing twice differs at statement %d", i)
			}
		}
	})
}
