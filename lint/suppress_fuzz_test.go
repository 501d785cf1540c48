package lint_test

import (
	"reflect"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// FuzzSuppressions lints documents with arbitrary suppression comments and
// checks the invariants: no panic, findings sorted and inside the file,
// and the same findings twice.
func FuzzSuppressions(f *testing.F) {
	for _, seed := range []string{
		"<!-- vmlint-disable-next-line no-apples -->\nWe sell apples.",
		"<!-- vmlint-disable no-apples,no-pears -- reason -->\nApples.\n<!-- vmlint-enable -->",
		"<!-- vmlint-disable-file -->",
		"<!-- vmlint-enable no-apples -->",
		"<!-- vmlint-disable-next-line -->",
		"<!-- vmlint-disable-next-line \t ,, no-x -- -- -->",
	} {
		f.Add(seed)
	}
	lint.FailOnPanics(f)
	linter := lint.NewLinter([]*lint.Rule{wordRule("no-apples", "apples"), wordRule("no-pears", "pears")})
	settings := linter.DefaultSettings()
	f.Fuzz(func(t *testing.T, comments string) {
		src := []byte("# Mission\n\n" + comments + "\n\nWe sell apples and pears.\n\n" + comments + "\nApples for all.\n")
		doc, _ := lint.Parse("x.md", src)
		first := linter.Lint(doc, settings)
		for i, fd := range first {
			if fd.Span.Start.Offset < 0 || fd.Span.End.Offset > len(src) || fd.Span.Start.Offset > fd.Span.End.Offset {
				t.Fatalf("finding %+v outside the file", fd)
			}
			if i > 0 {
				a, b := first[i-1].Span.Start, fd.Span.Start
				if a.Line > b.Line || a.Line == b.Line && a.Column > b.Column {
					t.Fatalf("findings out of order: %v then %v", a, b)
				}
			}
		}
		again, _ := lint.Parse("x.md", src)
		if second := linter.Lint(again, settings); !reflect.DeepEqual(first, second) {
			t.Fatal("linting twice gave different findings")
		}
	})
}
