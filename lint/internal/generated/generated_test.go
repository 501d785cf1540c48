package generated

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records a failure instead of stopping.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Fatal(...any)          { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "table.go")
	Check(t, path, []byte("package x\n"), true, "go generate")
	if got, _ := os.ReadFile(path); string(got) != "package x\n" {
		t.Fatalf("update wrote %q", got)
	}
	same := &recorder{TB: t}
	Check(same, path, []byte("package x\n"), false, "go generate")
	differ := &recorder{TB: t}
	Check(differ, path, []byte("package y\n"), false, "go generate")
	missing := &recorder{TB: t}
	Check(missing, filepath.Join(t.TempDir(), "none.go"), []byte("package x\n"), false, "go generate")
	if same.failed || !differ.failed || !missing.failed {
		t.Errorf("same file failed: %v; differing file failed: %v; missing file failed: %v", same.failed, differ.failed, missing.failed)
	}
}
