package fix_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/fix"
)

func finding(start, end int, replacement string) lint.Finding {
	return lint.Finding{Span: lint.Span{Start: lint.Pos{Offset: start}, End: lint.Pos{Offset: end}}, Replacement: &replacement}
}

func TestApply(t *testing.T) {
	src := []byte("We try to utilize 😀 drones in order to\r\ntest soil.\x00\xff")
	got, n := fix.Apply(src, []lint.Finding{
		finding(30, 41, "to"),  // "in order to"
		finding(3, 10, ""),     // "try to "
		finding(10, 17, "use"), // "utilize"
		finding(10, 12, "xx"),  // overlaps "utilize": left
		{Span: lint.Span{Start: lint.Pos{Offset: 0}, End: lint.Pos{Offset: 2}}}, // no replacement
	})
	if want := "We use 😀 drones to\r\ntest soil.\x00\xff"; string(got) != want || n != 3 {
		t.Errorf("got %q (%d applied), want %q", got, n, want)
	}
	if got, n := fix.Apply(src, nil); &got[0] != &src[0] || n != 0 {
		t.Error("nothing to apply did not return the source as it was")
	}
}

func TestWriteFileKeepsPermissionsAndFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.md")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink("plan.md", link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := fix.WriteFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	info, _ := os.Stat(path)
	if string(data) != "new" || info.Mode().Perm() != 0o600 {
		t.Errorf("file %q mode %v", data, info.Mode().Perm())
	}
	if l, err := os.Lstat(link); err != nil || l.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced rather than the file it points to")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("left behind: %v", entries)
	}
}
