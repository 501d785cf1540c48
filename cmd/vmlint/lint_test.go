package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vmlint/vmlint/lint/config"
)

// inDir runs the test from dir, restoring the working directory after.
func inDir(t *testing.T, dir string) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chdir(wd) })
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

const goodDoc = "# Plan\n\n## Vision\n\nEvery rural clinic will see its patients' results the same day.\n\n## Mission\n\n" +
	"We help rural clinics get lab results in hours by running courier vans, unlike the post, so that patients start treatment sooner.\n"

const weakDoc = "# Plan\n\n## Mission\n\nWe strive to deliver world-class solutions.\n"

// repo makes a throwaway repository folder and moves into it.
func repo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	inDir(t, dir)
	return dir
}

func TestLintExitStatus(t *testing.T) {
	repo(t)
	writeFile(t, "good.md", goodDoc)
	writeFile(t, "weak.md", weakDoc)

	code, out, errOut := vmlint(t, "", "lint", "good.md")
	if code != 0 || out != "" || errOut != "" {
		t.Errorf("good document: exit %d, stdout %q, stderr %q; want 0 and silence", code, out, errOut)
	}
	code, out, _ = vmlint(t, "", "lint", "weak.md")
	if code != 1 || !strings.Contains(out, "weak.md:5:1: warning: mission names no target audience") {
		t.Errorf("weak document: exit %d, output:\n%s", code, out)
	}
	code, _, _ = vmlint(t, "", "lint", "--fail-on", "error", "weak.md")
	if code != 0 {
		t.Errorf("--fail-on error with only warnings: exit %d, want 0", code)
	}
	code, out, errOut = vmlint(t, "", "lint", "--min-severity", "error", "--fail-on", "info", "weak.md")
	if code != 1 || out != "" || errOut != "vmlint: 7 findings at --fail-on info or above are hidden by --min-severity error, and fail the run\n" {
		t.Errorf("hidden findings must still fail, and say so: exit %d, output %q, stderr %q", code, out, errOut)
	}
	code, _, errOut = vmlint(t, "", "lint", "--min-severity", "error", "--fail-on", "error", "weak.md")
	if code != 0 || errOut != "" {
		t.Errorf("hidden findings that do not fail need no word: exit %d, stderr %q", code, errOut)
	}
	code, out, _ = vmlint(t, "", "lint")
	if code != 1 || !strings.Contains(out, "weak.md:") || strings.Contains(out, "good.md:") {
		t.Errorf("no path lints the current folder: exit %d\n%s", code, out)
	}
}

// TestNothingToLint: a folder named with nothing to lint in it is an error,
// as ESLint makes a pattern that matches nothing, unless
// --no-error-on-unmatched-pattern; files named one by one may be ignored.
func TestNothingToLint(t *testing.T) {
	repo(t)
	if err := os.Mkdir("empty", 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, "notes/todo.txt", "Buy sails.\n")
	writeFile(t, "drafts/.vmlint.yml", "ignore: [\"*.md\"]\n")
	writeFile(t, "drafts/plan.md", weakDoc)
	writeFile(t, "docs/plan.md", goodDoc)
	for _, tt := range []struct {
		args     []string
		code     int
		stderr   string
		baseline bool
	}{
		{[]string{"empty"}, 2, "empty: error: nothing to lint: no .md, .markdown or .mdx file in it (--no-error-on-unmatched-pattern allows this)\n", false},
		{[]string{"notes", "docs"}, 2, "notes: error: nothing to lint: no .md, .markdown or .mdx file in it (--no-error-on-unmatched-pattern allows this)\n", false},
		{[]string{"drafts"}, 2, "drafts: error: nothing to lint: the configuration ignores every Markdown file in it (--no-error-on-unmatched-pattern allows this)\n", false},
		{[]string{"drafts/plan.md", "docs/plan.md"}, 0, "", false},
		{[]string{"--no-error-on-unmatched-pattern", "empty", "notes"}, 0, "", false},
		{[]string{"empty"}, 2, "empty: error: nothing to lint", true},
	} {
		args := append([]string{"lint"}, tt.args...)
		if tt.baseline {
			args = append([]string{"baseline", "base.json"}, tt.args...)
		}
		code, _, errOut := vmlint(t, "", args...)
		if code != tt.code || !strings.HasPrefix(errOut, tt.stderr) || tt.stderr == "" && errOut != "" {
			t.Errorf("vmlint %v: exit %d, stderr %q; want %d, %q", args, code, errOut, tt.code, tt.stderr)
		}
	}
	inDir(t, "empty")
	if code, _, errOut := vmlint(t, "", "lint"); code != 2 || !strings.HasPrefix(errOut, ".: error: nothing to lint") {
		t.Errorf("vmlint lint in an empty folder: exit %d, stderr %q", code, errOut)
	}
}

func TestLintOutputSorted(t *testing.T) {
	repo(t)
	writeFile(t, "b.md", weakDoc)
	writeFile(t, "a.md", weakDoc)
	for _, jobs := range []string{"1", "2"} {
		_, out, _ := vmlint(t, "", "lint", "-j", jobs, "--format", "line", "b.md", "a.md")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if !strings.HasPrefix(lines[0], "a.md:") || !strings.HasPrefix(lines[len(lines)-1], "b.md:") {
			t.Errorf("-j %s: findings not sorted by path:\n%s", jobs, out)
		}
		for _, l := range lines {
			if !strings.HasSuffix(l, "]") || strings.Count(l, ": ") < 2 {
				t.Errorf("not a compiler-style line: %q", l)
			}
		}
		_, out, _ = vmlint(t, "", "lint", "-j", jobs, "--format", "json", "b.md", "a.md")
		if a, b := strings.Index(out, `"path": "a.md"`), strings.Index(out, `"path": "b.md"`); a < 0 || b < a {
			t.Errorf("-j %s: JSON findings not sorted by path:\n%s", jobs, out)
		}
	}
}

func TestLintRuleFlags(t *testing.T) {
	repo(t)
	writeFile(t, "weak.md", weakDoc)
	_, out, _ := vmlint(t, "", "lint", "--format", "line", "--only", "buzzwords", "weak.md")
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasSuffix(l, "[buzzwords]") {
			t.Errorf("--only buzzwords printed %q", l)
		}
	}
	_, out, _ = vmlint(t, "", "lint", "--disable", "buzzwords", "weak.md")
	if strings.Contains(out, "[buzzwords]") {
		t.Error("--disable buzzwords still reports buzzwords")
	}
	code, _, errOut := vmlint(t, "", "lint", "--only", "buzzword", "weak.md")
	if code != 2 || !strings.Contains(errOut, `unknown rule "buzzword" (did you mean "buzzwords"?)`) {
		t.Errorf("unknown rule: exit %d, stderr %q", code, errOut)
	}
}

func TestLintConfigAndIgnore(t *testing.T) {
	repo(t)
	writeFile(t, ".vmlint.yml", "ignore: [\"drafts/**\"]\nrules:\n  mission-audience: off\n")
	writeFile(t, "drafts/weak.md", weakDoc)
	writeFile(t, "docs/weak.md", weakDoc)
	writeFile(t, "docs/legacy/.vmlint.yml", "rules:\n  buzzwords: loud\n")
	writeFile(t, "docs/legacy/old.md", weakDoc)
	code, out, errOut := vmlint(t, "", "lint", ".")
	if code != 2 {
		t.Errorf("exit %d, want 2 for the bad nested config", code)
	}
	if !strings.Contains(errOut, filepath.Join("docs", "legacy", ".vmlint.yml")+":2:14: error: rule buzzwords: severity must be") {
		t.Errorf("stderr does not name the bad config at its line and column: %q", errOut)
	}
	if strings.Count(errOut, "\n") != 1 {
		t.Errorf("the config error should be reported once: %q", errOut)
	}
	if strings.Contains(out, "drafts/") || strings.Contains(out, "mission-audience") || !strings.Contains(out, "docs/weak.md:") {
		t.Errorf("ignore or rules not applied, or the good part not linted:\n%s", out)
	}
	_, out, _ = vmlint(t, "", "lint", "--no-config", "--ignore", "docs/**", ".")
	if !strings.Contains(out, "drafts/weak.md:") || strings.Contains(out, "docs/") {
		t.Errorf("--no-config or --ignore not applied:\n%s", out)
	}
}

func TestLintStdin(t *testing.T) {
	repo(t)
	writeFile(t, ".vmlint.yml", "rules:\n  buzzwords: error\n")
	code, out, _ := vmlint(t, weakDoc, "lint", "--stdin-filename", "docs/plan.md", "-")
	if code != 1 || !strings.Contains(out, "docs/plan.md:5:") || !strings.Contains(out, "error: \"world-class\" is a buzzword") {
		t.Errorf("stdin: exit %d\n%s", code, out)
	}
}

// TestOversizeStdinNamed checks that standard input over --max-file-size
// is named as --stdin-filename names it, not "-".
func TestOversizeStdinNamed(t *testing.T) {
	code, _, errOut := vmlint(t, strings.Repeat("We help bakers. ", 10), "lint", "--max-file-size", "64B", "--stdin-filename", "docs/VISION.md", "-")
	if want := "docs/VISION.md: error: standard input is over --max-file-size 64 B\n"; code != 2 || !strings.HasSuffix(errOut, want) {
		t.Errorf("exit %d, stderr %q, want %q", code, errOut, want)
	}
}

// TestErrorLinesStayInert checks that an error line about a file whose
// name holds an escape sequence and a line feed (as a file in a pull
// request can) prints them as visible characters, on one line: raw, they
// would colour or move the terminal, or start a line a CI runner reads as
// a command.
func TestErrorLinesStayInert(t *testing.T) {
	name := "docs/\x1b[2J\x1b[31mred\n::error::forged\x07.md"
	code, _, errOut := vmlint(t, "# Mission\n\x00", "lint", "--stdin-filename", name, "-")
	want := "docs/␛[2J␛[31mred␊::error::forged␇.md:2:1: error: binary file"
	if code != 2 || !strings.HasPrefix(errOut, want) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("exit %d, stderr %q, want one line starting %q", code, errOut, want)
	}
}

func TestLintBadFileStillLintsOthers(t *testing.T) {
	repo(t)
	writeFile(t, "bad.md", "---\ntitle: [oops\n---\n\n"+weakDoc)
	writeFile(t, "weak.md", weakDoc)
	code, out, errOut := vmlint(t, "", "lint", "bad.md", "missing.md", "weak.md")
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(errOut, "bad.md:") || !strings.Contains(errOut, "missing.md: error: no such file or directory") {
		t.Errorf("stderr = %q", errOut)
	}
	if !strings.Contains(out, "weak.md:5:1:") || !strings.Contains(out, "bad.md:9:1:") {
		t.Errorf("the other files, and the body of the bad one, were not linted:\n%s", out)
	}
}

func TestRulesExplainInitConfig(t *testing.T) {
	dir := repo(t)
	code, out, _ := vmlint(t, "", "rules")
	if code != 0 || !strings.Contains(out, "mission-audience") || !strings.Contains(out, "unused-suppression") {
		t.Errorf("rules: exit %d\n%s", code, out)
	}
	code, out, _ = vmlint(t, "", "explain", "vision-length")
	for _, want := range []string{"vision-length: report a vision too long to remember", "Good:", "Bad:", "max (default 35; 25 under extends: strict)"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("explain lacks %q (exit %d)", want, code)
		}
	}
	code, out, _ = vmlint(t, "", "explain", "buzzwords")
	if code != 0 || !strings.Contains(out, "takes precedence over weak-verbs, weasel-words") || !strings.Contains(out, "gives way to vision-ranking-goal") {
		t.Errorf("explain lacks the precedence (exit %d):\n%s", code, out)
	}
	code, out, _ = vmlint(t, "", "explain", "vision-imagery")
	if code != 0 || !strings.Contains(out, "max-abstract (default 0.3): ") || !strings.Contains(out, "): stopword, abstract, imagery\n") {
		t.Errorf("explain lacks the options or word lists (exit %d):\n%s", code, out)
	}
	code, _, errOut := vmlint(t, "", "explain", "vision-lenth")
	if code != 2 || !strings.Contains(errOut, `did you mean "vision-length"`) {
		t.Errorf("explain of a typo: exit %d, %q", code, errOut)
	}
	code, out, _ = vmlint(t, "", "init")
	if code != 0 || out != "wrote .vmlint.yml\n" {
		t.Errorf("init: exit %d, %q", code, out)
	}
	before, _ := os.ReadFile(filepath.Join(dir, ".vmlint.yml"))
	code, _, errOut = vmlint(t, "", "init")
	after, _ := os.ReadFile(filepath.Join(dir, ".vmlint.yml"))
	if code != 2 || !strings.Contains(errOut, "already exists") || string(before) != string(after) {
		t.Errorf("init over an existing file: exit %d, %q", code, errOut)
	}
	code, out, _ = vmlint(t, "", "config", "--disable", "hedging")
	if code != 0 || !strings.Contains(out, ".vmlint.yml") || !strings.Contains(out, "hedging: off") {
		t.Errorf("config: exit %d\n%s", code, out)
	}
	code, out, _ = vmlint(t, "", "config", "--schema")
	var schema struct {
		Schema     string         `json:"$schema"`
		Properties map[string]any `json:"properties"`
	}
	if err := json.Unmarshal([]byte(out), &schema); code != 0 || err != nil || schema.Schema != config.SchemaURI || schema.Properties["rules"] == nil {
		t.Errorf("config --schema: exit %d, %v\n%.300s", code, err, out)
	}
}

func TestCustomRulesListedAndExplained(t *testing.T) {
	repo(t)
	writeFile(t, "base.yml", "custom:\n  - id: no-acme\n    message: \"name the change, not {match}\"\n    applies: vision\n    forbid: [\"Acme\", \"/\\\\bAcme ?Corp\\\\b/\"]\n")
	writeFile(t, ".vmlint.yml", "extends: base.yml\ncustom:\n  - id: one-sentence\n    message: keep it to one sentence\n    severity: info\n    max-sentences: 1\n")
	code, out, errOut := vmlint(t, "", "rules")
	for _, want := range []string{
		"Custom rules, from the configuration:",
		`no-acme       vision      warning   forbid: ["Acme", "/\\bAcme ?Corp\\b/"]  name the change, not {match}  base.yml:2:5`,
		"one-sentence  both        info      max-sentences: 1",
		".vmlint.yml:3:5",
	} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("rules lacks %q (exit %d, %q):\n%s", want, code, errOut, out)
		}
	}
	code, out, _ = vmlint(t, "", "explain", "no-acme")
	for _, want := range []string{"no-acme: custom rule, defined at base.yml:2:5", "Applies to: vision", `Check: forbid: ["Acme", `, "Message: name the change, not {match}"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("explain lacks %q (exit %d):\n%s", want, code, out)
		}
	}
	code, out, _ = vmlint(t, "", "rules", "--no-config")
	if code != 0 || strings.Contains(out, "Custom rules") {
		t.Errorf("rules --no-config: exit %d\n%s", code, out)
	}
	writeFile(t, ".vmlint.yml", "rulez: {}\n")
	code, _, errOut = vmlint(t, "", "rules")
	if code != 2 || !strings.Contains(errOut, `.vmlint.yml:1:1: error: unknown key "rulez"`) {
		t.Errorf("a broken configuration: exit %d, %q", code, errOut)
	}
}

func TestFormatsAndOutputs(t *testing.T) {
	dir := repo(t)
	writeFile(t, "weak.md", weakDoc)
	code, _, errOut := vmlint(t, "", "lint", "--format", "json", "--output", "sarif=out/v.sarif", "--output", "junit=out/v.xml", "weak.md")
	if code != 2 {
		// out/ does not exist: the outputs fail, nothing half-written stays
		t.Errorf("writing into a missing folder: exit %d, want 2", code)
	}
	// The errors name the files asked for, not the temporary files beside them.
	if errOut != "out/v.sarif: error: cannot write: no such file or directory\nout/v.xml: error: cannot write: no such file or directory\n" {
		t.Errorf("stderr = %q", errOut)
	}
	writeFile(t, "taken/v.sarif/x", "a folder where the output should go")
	code, _, errOut = vmlint(t, "", "lint", "--format", "line", "--output", "sarif=taken/v.sarif", "weak.md")
	if code != 2 || strings.Contains(errOut, ".tmp") || !strings.HasPrefix(errOut, "taken/v.sarif: error: cannot write: ") {
		t.Errorf("an output path that is a folder: exit %d, stderr %q", code, errOut)
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "out")); len(entries) != 0 {
		t.Errorf("files left behind: %v", entries)
	}
	if err := os.Mkdir("out", 0o755); err != nil {
		t.Fatal(err)
	}
	code, out, _ := vmlint(t, "", "lint", "--format", "json", "--output", "sarif=out/v.sarif", "--output", "junit=out/v.xml", "weak.md")
	if code != 1 || !strings.HasPrefix(out, "{\n  \"version\": 1,") {
		t.Errorf("json: exit %d\n%s", code, out)
	}
	for _, p := range []string{"out/v.sarif", "out/v.xml"} {
		data, err := os.ReadFile(p)
		if err != nil || len(data) == 0 {
			t.Errorf("%s: %v", p, err)
		}
	}
	entries, _ := os.ReadDir("out")
	if len(entries) != 2 {
		t.Errorf("temporary files left in out/: %v", entries)
	}
	code, _, errOut = vmlint(t, "", "lint", "--output", "yaml=x", "weak.md")
	if code != 2 || !strings.Contains(errOut, "FORMAT=PATH") {
		t.Errorf("bad --output: exit %d, %q", code, errOut)
	}
	code, out, _ = vmlint(t, "", "lint", "--format", "github", "weak.md")
	if code != 1 || !strings.HasPrefix(out, "::") {
		t.Errorf("github: exit %d\n%s", code, out)
	}
}

// TestOutputToAStream: an --output path that is a device or a pipe
// (/dev/stdout, a named pipe) is written to, not replaced by a file; a
// folder is an error that says so.
func TestOutputToAStream(t *testing.T) {
	repo(t)
	writeFile(t, "weak.md", weakDoc)
	if err := syscall.Mkfifo("findings", 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	pipe, err := os.OpenFile("findings", os.O_RDWR, 0) // a reader, so that opening it to write does not wait
	if err != nil {
		t.Fatal(err)
	}
	defer pipe.Close()
	code, _, errOut := vmlint(t, "", "lint", "--format", "json", "--output", "line=findings", "weak.md")
	if code != 1 || errOut != "" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if info, err := os.Lstat("findings"); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the named pipe was replaced: %v, %v", info.Mode(), err)
	}
	_ = pipe.SetReadDeadline(time.Now().Add(5 * time.Second))
	got := make([]byte, 4096)
	n, _ := pipe.Read(got)
	if !strings.HasPrefix(string(got[:n]), "weak.md:5:1: warning: mission names no target audience [mission-audience]\n") {
		t.Errorf("read from the pipe: %q", got[:n])
	}
	if err := os.Mkdir("out", 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = vmlint(t, "", "lint", "--output", "sarif=out", "weak.md")
	if code != 2 || errOut != "out: error: cannot write: is a directory\n" {
		t.Errorf("a folder: exit %d, stderr %q", code, errOut)
	}
}

// git runs git in the current folder, failing the test on error.
func git(t *testing.T, args ...string) {
	t.Helper()
	gitIn(t, "", args...)
}

// gitIn runs git in dir, failing the test on error.
func gitIn(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@x", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@x")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func TestNewFromRev(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	inDir(t, dir)
	git(t, "init", "-q")
	writeFile(t, "docs/plan.md", "# Mission\n\nWe deliver world-class tea to offices.\n")
	git(t, "add", ".")
	git(t, "commit", "-qm", "first")
	writeFile(t, "docs/plan.md", "# Plan\n\nIntro.\n\n## Mission\n\nWe deliver world-class, seamless tea to offices.\n")
	writeFile(t, "docs/new.md", "# Mission\n\nWe deliver synergy.\n")
	code, out, errOut := vmlint(t, "", "lint", "--format", "line", "--only", "buzzwords", "--new-from-rev", "HEAD", "docs")
	if code != 1 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := "docs/new.md:3:12: warning: \"synergy\" is a buzzword [buzzwords]\n" +
		"docs/plan.md:7:25: warning: \"seamless\" is a buzzword [buzzwords]\n"
	if out != want {
		t.Errorf("got:\n%swant:\n%s", out, want)
	}
	// The mission was edited and moved, but its statement-level findings
	// (no audience, no purpose, …) were there before: only the new
	// buzzword is new.
	_, out, _ = vmlint(t, "", "lint", "--format", "line", "--new-from-rev", "HEAD", "docs/plan.md")
	if out != "docs/plan.md:7:25: warning: \"seamless\" is a buzzword [buzzwords]\n" {
		t.Errorf("after editing the mission, new findings:\n%s", out)
	}
	code, _, errOut = vmlint(t, "", "lint", "--new-from-rev", "no-such-rev", "docs")
	if code != 2 || !strings.Contains(errOut, "not a git revision") {
		t.Errorf("bad revision: exit %d, %q", code, errOut)
	}
}

func TestBaselineCommand(t *testing.T) {
	repo(t)
	writeFile(t, "plan.md", "# Mission\n\nWe deliver world-class tea to offices.\n")
	code, out, _ := vmlint(t, "", "baseline", "base.json", "plan.md")
	if code != 0 || !strings.HasPrefix(out, "wrote base.json: ") {
		t.Fatalf("baseline: exit %d, %q", code, out)
	}
	code, out, _ = vmlint(t, "", "lint", "--baseline", "base.json", "plan.md")
	if code != 0 || out != "" {
		t.Errorf("everything is in the baseline, yet: exit %d\n%s", code, out)
	}
	writeFile(t, "plan.md", "# Intro\n\nHi.\n\n## Mission\n\nWe deliver world-class tea to offices, seamlessly.\n")
	code, out, errOut := vmlint(t, "", "lint", "--format", "line", "--only", "buzzwords", "--verbose", "--baseline", "base.json", "plan.md")
	if code != 1 || !strings.Contains(out, `"seamlessly"`) || strings.Contains(out, `"world-class"`) {
		t.Errorf("lint --baseline: exit %d\n%s", code, out)
	}
	if !strings.Contains(errOut, "baseline entry matches no finding") {
		t.Errorf("--verbose did not list stale entries: %q", errOut)
	}
	writeFile(t, "broken.json", "{")
	code, _, errOut = vmlint(t, "", "lint", "--baseline", "broken.json", "plan.md")
	if code != 2 || !strings.HasPrefix(errOut, "broken.json: error: invalid baseline") {
		t.Errorf("broken baseline: exit %d, %q", code, errOut)
	}
}

func TestExitStatusForEveryFormat(t *testing.T) {
	repo(t)
	writeFile(t, "good.md", goodDoc)
	writeFile(t, "weak.md", weakDoc)
	for _, format := range []string{"text", "line", "json", "sarif", "github", "checkstyle", "junit", "markdown"} {
		if code, _, _ := vmlint(t, "", "lint", "--format", format, "good.md"); code != 0 {
			t.Errorf("%s, clean: exit %d, want 0", format, code)
		}
		if code, _, _ := vmlint(t, "", "lint", "--format", format, "weak.md"); code != 1 {
			t.Errorf("%s, findings: exit %d, want 1", format, code)
		}
		if code, _, _ := vmlint(t, "", "lint", "--format", format, "weak.md", "missing.md"); code != 2 {
			t.Errorf("%s, a missing file: exit %d, want 2", format, code)
		}
	}
}
