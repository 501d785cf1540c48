package linttest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// ParseDir parses every Markdown file dir holds, in name order, reporting
// each by its path less trim (so that golden files do not depend on where
// the test runs).
func ParseDir(tb testing.TB, dir, trim string) []*lint.Document {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no Markdown files in %s: %v", dir, err)
	}
	var docs []*lint.Document
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		doc, err := lint.Parse(strings.TrimPrefix(p, trim), src)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// Golden compares got with the golden file at path, first rewriting the
// file when update is set (the package's -update flag).
func Golden(t *testing.T, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; run the test with -update and diff:\n%s", path, got)
	}
}
