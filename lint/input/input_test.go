package input_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint/input"
)

func TestExpandWalksMarkdownAndMDX(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.md", "b.MDX", "c.markdown", "d.txt", "e.mdxx", filepath.Join("node_modules", "f.mdx"), filepath.Join("docs", "g.mdx")} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("# Vision\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, errs := input.Expand([]string{dir})
	var names []string
	for _, f := range files {
		names = append(names, filepath.ToSlash(strings.TrimPrefix(f, dir+string(filepath.Separator))))
	}
	if len(errs) != 0 || strings.Join(names, " ") != "a.md b.MDX c.markdown docs/g.mdx" {
		t.Errorf("Expand found %v (errors %v)", names, errs)
	}
}
