package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// vmlint runs the command in-process and returns its exit status and output.
func vmlint(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestInspectExamples(t *testing.T) {
	code, out, errOut := vmlint(t, "", "inspect", "--color", "never", "../../testdata/examples")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"good.md", "vision (heading \"Vision\")", "mission (label \"Mission\")", "no vision or mission statement found"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestInspectJSONFromStdin(t *testing.T) {
	code, out, _ := vmlint(t, "# Mission\n\nWe fix bikes for commuters.\n", "inspect", "--format", "json", "--stdin-filename", "docs/m.md", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var r struct {
		Files []struct {
			Path       string
			Statements []struct{ Kind, Text string }
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Files) != 1 || r.Files[0].Path != "docs/m.md" || len(r.Files[0].Statements) != 1 || r.Files[0].Statements[0].Text != "We fix bikes for commuters." {
		t.Errorf("unexpected report: %+v", r)
	}
}

func TestInspectBadFilesStillShowOthers(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.md")
	bad := filepath.Join(dir, "bad.md")
	if err := os.WriteFile(good, []byte("# Vision\n\nEvery town thrives.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("---\ntitle: a: b\n---\n\n# Mission\n\nWe help.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.md")
	code, out, errOut := vmlint(t, "", "inspect", "--color", "never", missing, bad, good)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 2 || lines[0] != missing+": error: no such file or directory" || !strings.HasPrefix(lines[1], bad+":2:1: error: front matter: invalid YAML") {
		t.Errorf("stderr = %q", errOut)
	}
	if !strings.Contains(out, "Every town thrives.") || !strings.Contains(out, "We help.") {
		t.Errorf("the readable files were not shown:\n%s", out)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"inspect"},
		{"inspect", "--format", "xml", "x.md"},
		{"inspect", "--color", "sometimes", "x.md"},
		{"inspect", "--no-such-flag", "x.md"},
		{"no-such-command"},
	} {
		code, out, errOut := vmlint(t, "", args...)
		if code != 2 || out != "" || errOut == "" {
			t.Errorf("vmlint %v: exit %d, stdout %q, stderr %q; want 2, nothing, a message", args, code, out, errOut)
		}
	}
}

func TestVersionAndCompletion(t *testing.T) {
	code, out, _ := vmlint(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "vmlint version ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
	code, out, _ = vmlint(t, "", "completion", "bash")
	if code != 0 || !strings.Contains(out, "bash completion") {
		t.Errorf("completion bash: exit %d", code)
	}
}

func TestColourEnvironment(t *testing.T) {
	t.Setenv("FORCE_COLOR", "1")
	_, out, _ := vmlint(t, "", "inspect", "../../testdata/examples/good.md")
	if !strings.Contains(out, "\x1b[") {
		t.Error("FORCE_COLOR did not colour the output")
	}
	t.Setenv("NO_COLOR", "1")
	_, out, _ = vmlint(t, "", "inspect", "../../testdata/examples/good.md")
	if strings.Contains(out, "\x1b[") {
		t.Error("NO_COLOR did not turn colour off")
	}
	_, out, _ = vmlint(t, "", "inspect", "--color", "always", "../../testdata/examples/good.md")
	if !strings.Contains(out, "\x1b[") {
		t.Error("--color always did not colour the output")
	}
}

func TestInspectUsesConfiguredHeadings(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, ".vmlint.yml"), "headings:\n  vision: [aspiration]\n")
	writeFile(t, filepath.Join(dir, "plan.md"), "## Aspiration\n\nEvery town will read.\n")
	code, out, errOut := vmlint(t, "", "inspect", "--color", "never", filepath.Join(dir, "plan.md"))
	if code != 0 || !strings.Contains(out, `vision (heading "Aspiration")`) {
		t.Errorf("exit %d, stderr %q\n%s", code, errOut, out)
	}
}

// TestInspectHonoursIgnore checks that inspect shows the files lint lints:
// not those the configuration's ignore: globs name.
func TestInspectHonoursIgnore(t *testing.T) {
	repo(t)
	writeFile(t, ".vmlint.yml", "ignore: [\"drafts/**\"]\n")
	writeFile(t, "drafts/plan.md", "## Vision\n\nEvery town will read.\n")
	writeFile(t, "docs/plan.md", "## Mission\n\nWe fix bikes for commuters.\n")
	code, out, errOut := vmlint(t, "", "inspect", "--color", "never", ".")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if strings.Contains(out, "drafts") || !strings.Contains(out, "docs/plan.md") {
		t.Errorf("inspect showed an ignored file, or not the other:\n%s", out)
	}
	_, out, _ = vmlint(t, "", "inspect", "--format", "json", "drafts/plan.md", "docs/plan.md")
	if strings.Contains(out, "drafts") {
		t.Errorf("inspect --format json showed an ignored file named on the command line:\n%s", out)
	}
}
