package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// fixable has replacements to make after multi-byte text, with CRLF line
// ends, invalid front matter-free text and trailing bytes that must stay
// as they are.
const fixable = "# Plan 😀\r\n\r\n## Mission\r\n\r\nWe try to help 🧑‍🌾 farmers in Kenya utilize their land in order to\r\nfeed their towns by lending them seed drills.\r\n\r\nTrailing  spaces,\ttabs and é stay.  \r\n"

const fixableFixed = "# Plan 😀\r\n\r\n## Mission\r\n\r\nWe help 🧑‍🌾 farmers in Kenya use their land to\r\nfeed their towns by lending them seed drills.\r\n\r\nTrailing  spaces,\ttabs and é stay.  \r\n"

// TestFixRewritesFiles runs lint --fix over a tree: the file with
// replacements is rewritten byte for byte outside them, keeping its
// permissions; the others are not touched; what remains is reported.
func TestFixRewritesFiles(t *testing.T) {
	repo(t)
	writeFile(t, "docs/plan.md", fixable)
	if err := os.Chmod("docs/plan.md", 0o640); err != nil {
		t.Fatal(err)
	}
	writeFile(t, "docs/good.md", goodDoc)
	before, _ := os.Stat("docs/good.md")

	code, out, errOut := vmlint(t, "", "lint", "--fix", "--format", "json", "docs")
	if errOut != "" {
		t.Errorf("stderr: %s", errOut)
	}
	got, _ := os.ReadFile("docs/plan.md")
	if string(got) != fixableFixed {
		t.Errorf("fixed file:\n%q\nwant\n%q", got, fixableFixed)
	}
	if info, _ := os.Stat("docs/plan.md"); info.Mode().Perm() != 0o640 {
		t.Errorf("the fixed file's mode is %v", info.Mode().Perm())
	}
	if after, _ := os.Stat("docs/good.md"); !after.ModTime().Equal(before.ModTime()) {
		t.Error("a file with nothing to fix was rewritten")
	}
	entries, _ := os.ReadDir("docs")
	if len(entries) != 2 {
		t.Errorf("left in docs: %v", entries)
	}
	var rep struct {
		Findings []struct {
			Rule, Path  string
			Start       struct{ Line, Column int }
			Replacement *string
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, f := range rep.Findings {
		if f.Replacement != nil || f.Rule == "wordy-phrases" {
			t.Errorf("a fixable finding remains: %+v", f)
		}
	}
	// What is reported is what lint says of the fixed files.
	code2, out2, _ := vmlint(t, "", "lint", "--format", "json", "docs")
	if code != code2 || out != out2 {
		t.Errorf("--fix reported (exit %d)\n%s\nbut the fixed files give (exit %d)\n%s", code, out, code2, out2)
	}
}

// TestFixStandardInput prints the fixed text on standard output and the
// report on standard error.
func TestFixStandardInput(t *testing.T) {
	repo(t)
	code, out, errOut := vmlint(t, fixable, "lint", "--fix", "--format", "line", "--stdin-filename", "docs/plan.md", "-")
	if out != fixableFixed {
		t.Errorf("standard output:\n%q\nwant\n%q", out, fixableFixed)
	}
	if !strings.Contains(errOut, "docs/plan.md:5:1: info: mission does not say what sets it apart [mission-differentiation]") || strings.Contains(errOut, "wordy-phrases") {
		t.Errorf("standard error:\n%s", errOut)
	}
	// The hedge (a warning) is fixed; only notes remain, which pass.
	if code != 0 {
		t.Errorf("exit %d, want 0: the warning was fixed", code)
	}
	// Nothing to fix: the text comes back as it was.
	_, out, _ = vmlint(t, goodDoc, "lint", "--fix", "-")
	if out != goodDoc {
		t.Errorf("unchanged text came back as\n%q", out)
	}
}
