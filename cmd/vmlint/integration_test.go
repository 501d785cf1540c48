package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The tests here drive the real programs that read vmlint's output: vim's
// quickfix and pre-commit. They skip when a program is missing, unless
// VMLINT_REQUIRE_TOOLS is set (as .ci/run sets it after installing them).

func needTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("VMLINT_REQUIRE_TOOLS") != "" {
			t.Fatalf("%s is required (VMLINT_REQUIRE_TOOLS) but not installed", name)
		}
		t.Skipf("%s is not installed", name)
	}
	return path
}

// repoRoot is the root of this checkout.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// built is the command, built once for every test that runs it.
var built struct {
	once      sync.Once
	dir, path string
	err       error
}

// TestMain removes the built command once the tests are done.
func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		_ = os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// buildVmlint builds the command into a temporary folder, once per run of
// the tests, and returns its path.
func buildVmlint(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		built.dir, built.err = os.MkdirTemp("", "vmlint-test-")
		if built.err != nil {
			return
		}
		// With the commit recorded, as go build records it in a checkout
		// (TestVersionNamesTheCommit); without, where git cannot say.
		built.path = filepath.Join(built.dir, "vmlint")
		out, err := exec.Command("go", "build", "-buildvcs=true", "-o", built.path, ".").CombinedOutput()
		if err != nil {
			out, err = exec.Command("go", "build", "-buildvcs=false", "-o", built.path, ".").CombinedOutput()
		}
		if err != nil {
			built.err = fmt.Errorf("go build: %w\n%s", err, out)
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.path
}

func TestVimQuickfix(t *testing.T) {
	t.Parallel()
	vim := needTool(t, "vim")
	bin := buildVmlint(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "docs", "plan.md"), "# Plan\n\n## Mission\n\nWe strive to deliver world-class solutions to offices.\n")
	cmd := exec.Command(bin, "lint", "--format", "line", "--color", "always", "docs")
	cmd.Dir = dir
	out, _ := cmd.Output()
	if len(out) == 0 {
		t.Fatal("vmlint printed nothing")
	}
	if strings.Contains(string(out), "\x1b[") {
		t.Fatal("colour codes in the line format")
	}
	errors := filepath.Join(dir, "errors.txt")
	if err := os.WriteFile(errors, out, 0o644); err != nil {
		t.Fatal(err)
	}
	result := filepath.Join(dir, "qf.txt")
	script := `call writefile(map(getqflist(), {_, e -> bufname(e.bufnr) . '|' . e.lnum . '|' . e.col . '|' . e.valid . '|' . e.text}), '` + result + `')`
	vimCmd := exec.Command(vim, "-es", "-u", "NONE", "-i", "NONE", "-N", "-c", "cfile "+errors, "-c", script, "-c", "qa!")
	vimCmd.Dir = dir
	if out, err := vimCmd.CombinedOutput(); err != nil {
		t.Fatalf("vim: %v\n%s", err, out)
	}
	data, err := os.ReadFile(result)
	if err != nil {
		t.Fatal(err)
	}
	entries := strings.Split(strings.TrimSpace(string(data)), "\n")
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(entries) != len(lines) {
		t.Fatalf("vim read %d entries from %d lines:\n%s", len(entries), len(lines), data)
	}
	for i, line := range lines {
		parts := strings.SplitN(line, ":", 4)
		want := parts[0] + "|" + parts[1] + "|" + parts[2] + "|1|" + parts[3]
		if entries[i] != want {
			t.Errorf("quickfix entry %d = %q, want %q", i, entries[i], want)
		}
		if _, err := strconv.Atoi(parts[2]); err != nil {
			t.Errorf("no column in %q", line)
		}
	}
}

func TestPreCommitHook(t *testing.T) {
	t.Parallel()
	preCommit := needTool(t, "pre-commit")
	needTool(t, "git")
	root := repoRoot(t)
	dir := t.TempDir()
	gitIn(t, dir, "init", "-q")
	writeFile(t, filepath.Join(dir, "docs", "bad.md"), "# Plan\n\n## Mission\n\nWe strive to deliver world-class solutions.\n")
	writeFile(t, filepath.Join(dir, "docs", "good.md"), goodDoc)
	gitIn(t, dir, "add", ".")
	// pre-commit builds the hook with go install in an environment of its
	// own; the modules come from this machine's cache, which running these
	// tests filled, rather than from the network each time.
	modCache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	// One run with both files: each run builds the hook afresh (try-repo
	// copies the checkout's uncommitted changes into a new repository).
	cmd := exec.Command(preCommit, "try-repo", root, "vmlint", "--files", "docs/bad.md", "docs/good.md")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PRE_COMMIT_HOME="+filepath.Join(dir, ".cache"), "PRE_COMMIT_COLOR=never",
		"GOMODCACHE="+strings.TrimSpace(string(modCache)), "GOPROXY=off",
		"GOFLAGS=-mod=readonly -trimpath") // -trimpath: the build cache serves the next run, though the clone moves
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Fatalf("pre-commit: %v, want exit status 1 for the findings\n%s", err, out)
	}
	if !strings.Contains(string(out), "Failed") || !strings.Contains(string(out), "docs/bad.md:5:1: warning: mission names no target audience") {
		t.Errorf("the hook did not fail the commit on the bad document:\n%s", out)
	}
	if strings.Contains(string(out), "good.md") {
		t.Errorf("the hook printed something about the clean document:\n%s", out)
	}
}

// TestHookAndActionManifests checks the shipped manifests have what their
// readers require.
func TestHookAndActionManifests(t *testing.T) {
	root := repoRoot(t)
	var hooks []map[string]any
	data, err := os.ReadFile(filepath.Join(root, ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	if len(hooks) != 1 || hooks[0]["id"] != "vmlint" || hooks[0]["language"] != "golang" || !strings.HasPrefix(hooks[0]["entry"].(string), "vmlint ") {
		t.Errorf("hook manifest: %v", hooks)
	}
	var action struct {
		Name, Description string
		Inputs            map[string]struct{ Description, Default string }
		Runs              struct {
			Using string
			Steps []map[string]any
		}
	}
	data, err = os.ReadFile(filepath.Join(root, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatal(err)
	}
	if action.Name == "" || action.Description == "" || action.Runs.Using != "composite" || len(action.Runs.Steps) == 0 {
		t.Fatalf("action.yml: %+v", action)
	}
	for _, s := range action.Runs.Steps {
		if run, ok := s["run"].(string); ok {
			if s["shell"] == nil {
				t.Errorf("composite step %v has no shell", s["name"])
			}
			if strings.Contains(run, "${{") {
				t.Errorf("step %v puts an expression into its script; pass it through env", s["name"])
			}
		}
	}
	for name, in := range action.Inputs {
		if in.Description == "" {
			t.Errorf("input %s has no description", name)
		}
	}
}
