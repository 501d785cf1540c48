package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The tests here drive vmlint lsp from real editors, headless: Neovim and
// Emacs with eglot. Each opens a document with multi-byte text (emoji, a
// joined emoji, CJK, a combining accent, a tab) before its findings and
// checks that the diagnostics sit exactly where vmlint lint --format json
// puts the findings. In Neovim the test also hovers, applies a code action
// and edits the buffer. They skip when an editor is missing, unless
// VMLINT_REQUIRE_TOOLS is set.

const editorDoc = "# Plan 🌾\n\n## Vision\n\n" +
	"> 🧑‍🌾 Every farmer in 東京\tand Kyōto (cafe\u0301 owners too) will sell world-class\n" +
	"> produce through seamless, innovative 🚜 markets.\n\n## Mission\n\n" +
	"We try to help 日本 farmers sell grain in order to feed their towns, unlike the\nauction houses.\n"

// cliFinding is a finding as vmlint lint --format json gives it.
type cliFinding struct {
	Rule, Severity, Message string
	Start, End              struct{ Line, Column int }
}

// editorWorkspace writes the document into a fresh repository folder and
// returns its path and the findings vmlint lint reports for it.
func editorWorkspace(t *testing.T, bin string) (string, []cliFinding) {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, ".git", "HEAD"), "ref: refs/heads/main\n")
	doc := filepath.Join(dir, "plan.md")
	writeFile(t, doc, editorDoc)
	cmd := exec.Command(bin, "lint", "--format", "json", "plan.md")
	cmd.Dir = dir
	out, _ := cmd.Output()
	var rep struct{ Findings []cliFinding }
	if err := json.Unmarshal(out, &rep); err != nil || len(rep.Findings) < 5 {
		t.Fatalf("vmlint lint: %v, %d findings\n%s", err, len(rep.Findings), out)
	}
	return doc, rep.Findings
}

// runEditor runs an editor command with the environment the scripts read
// and returns what the script wrote.
func runEditor(t *testing.T, name string, env []string, args ...string) []byte {
	t.Helper()
	outPath := filepath.Join(t.TempDir(), "out.json")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(append(os.Environ(), env...), "VMLINT_OUT="+outPath)
	cmd.Dir = t.TempDir()
	combined, err := cmd.CombinedOutput()
	data, readErr := os.ReadFile(outPath)
	if readErr != nil {
		t.Fatalf("%s wrote nothing (%v; %v):\n%s", name, readErr, err, combined)
	}
	return data
}

var severityNumbers = map[string]int{"error": 1, "warning": 2, "info": 3}

// lineOf returns the 1-based line of the document.
func lineOf(n int) string { return strings.Split(editorDoc, "\n")[n-1] }

// byteColumn is the 0-based byte column of a 1-based character column.
func byteColumn(line string, column int) int {
	b := 0
	for i := 1; i < column && b < len(line); i++ {
		_, size := utf8.DecodeRuneInString(line[b:])
		b += size
	}
	return b
}

func sortedLines(lines []string) string {
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func TestNeovim(t *testing.T) {
	nvim := needTool(t, "nvim")
	bin := buildVmlint(t)
	doc, findings := editorWorkspace(t, bin)
	script, err := filepath.Abs(filepath.Join("..", "..", "testdata", "editors", "neovim.lua"))
	if err != nil {
		t.Fatal(err)
	}
	hoverLine, editLine := 5, 10 // 1-based: the vision's first line, the mission's
	data := runEditor(t, nvim, []string{
		"VMLINT_BIN=" + bin, "VMLINT_DOC=" + doc,
		"VMLINT_HOVER_LINE=" + strconv.Itoa(hoverLine-1), "VMLINT_HOVER_COL=" + strconv.Itoa(strings.Index(lineOf(hoverLine), "farmer")),
		"VMLINT_EDIT_LINE=" + strconv.Itoa(editLine-1), "VMLINT_EDIT_COL=" + strconv.Itoa(strings.Index(lineOf(editLine), "farmers")),
	}, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile "+script)
	type diag struct {
		Lnum     int `json:"lnum"`
		Col      int `json:"col"`
		EndLnum  int `json:"end_lnum"`
		EndCol   int `json:"end_col"`
		Severity int `json:"severity"`
		Message  string
		Source   string
		Code     string
	}
	var got struct {
		Error                  any
		Waited                 bool
		SuppressionWorked      bool `json:"suppression_worked"`
		Relinted, Stopped      bool
		RelintMS               float64 `json:"relint_ms"`
		Diagnostics            []diag
		DiagnosticsAfterAction []diag `json:"diagnostics_after_action"`
		Hover                  string
		Actions                []string
		Suppressed, Edited     *diag
		LinesAfterAction       []string `json:"lines_after_action"`
		LinesAfterEdit         []string `json:"lines_after_edit"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if got.Error != nil {
		t.Fatalf("the Neovim script failed: %v", got.Error)
	}

	// Diagnostics: exactly the command line's findings, at the same places.
	var want, have []string
	for _, f := range findings {
		want = append(want, fmt.Sprintf("%d:%d-%d:%d %d %s: %s", f.Start.Line-1, byteColumn(lineOf(f.Start.Line), f.Start.Column),
			f.End.Line-1, byteColumn(lineOf(f.End.Line), f.End.Column), severityNumbers[f.Severity], f.Rule, f.Message))
	}
	for _, d := range got.Diagnostics {
		have = append(have, fmt.Sprintf("%d:%d-%d:%d %d %s: %s", d.Lnum, d.Col, d.EndLnum, d.EndCol, d.Severity, d.Code, d.Message))
		if d.Source != "vmlint" {
			t.Errorf("source %q", d.Source)
		}
	}
	if w, h := sortedLines(want), sortedLines(have); w != h {
		t.Errorf("Neovim's diagnostics:\n%s\nvmlint lint's findings:\n%s", h, w)
	}

	// Hover: the statement's scorecard.
	if !strings.Contains(got.Hover, "**Vision statement**") || !strings.Contains(got.Hover, "audience") {
		t.Errorf("hover:\n%s", got.Hover)
	}

	// The suppression: the comment above the line, inside the block quote;
	// the buzzword on that line is no longer reported, the others are.
	if !strings.Contains(strings.Join(got.Actions, "\n"), "Disable buzzwords for this line") || !got.SuppressionWorked {
		t.Fatalf("code actions %q; the suppression worked: %v", got.Actions, got.SuppressionWorked)
	}
	if line := got.LinesAfterAction[got.Suppressed.Lnum]; line != "> <!-- vmlint-disable-next-line buzzwords -- reason -->" {
		t.Errorf("the inserted line is %q", line)
	}
	var gone int
	for _, d := range got.Diagnostics {
		if d.Code == "buzzwords" && d.Lnum == got.Suppressed.Lnum {
			gone++
		}
	}
	if len(got.DiagnosticsAfterAction) != len(got.Diagnostics)-gone {
		t.Errorf("after the suppression, %d diagnostics of %d (%d suppressed)", len(got.DiagnosticsAfterAction), len(got.Diagnostics), gone)
	}

	// The edit: the new buzzword is reported where it was typed.
	col := strings.Index(lineOf(editLine), "farmers")
	if !got.Relinted || got.Edited == nil || got.Edited.Lnum != editLine || got.Edited.Col != col || got.Edited.EndCol != col+len("synergistic") {
		t.Errorf("after typing a buzzword at %d:%d: relinted %v, diagnostic %+v", editLine, col, got.Relinted, got.Edited)
	}
	t.Logf("from typing to the new diagnostic: %.1f ms (the pause after typing is 120 ms)", got.RelintMS)
	if !got.Stopped {
		t.Error("the server did not stop when Neovim asked")
	}
}

func TestEmacsEglot(t *testing.T) {
	emacs := needTool(t, "emacs")
	bin := buildVmlint(t)
	doc, findings := editorWorkspace(t, bin)
	script, err := filepath.Abs(filepath.Join("..", "..", "testdata", "editors", "eglot.el"))
	if err != nil {
		t.Fatal(err)
	}
	data := runEditor(t, emacs, []string{"VMLINT_BIN=" + bin, "VMLINT_DOC=" + doc}, "--batch", "-l", script)
	type pos struct{ Line, Column int }
	var got struct {
		Error       any
		Diagnostics []struct {
			Start, End            pos
			Code, Source, Message string
			Severity              int
		}
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if got.Error != nil {
		if s, ok := got.Error.(string); ok && strings.Contains(s, "Cannot open load file") && os.Getenv("VMLINT_REQUIRE_TOOLS") == "" {
			t.Skip("eglot is not installed:", s)
		}
		t.Fatalf("the Emacs script failed: %v", got.Error)
	}
	// Emacs counts characters, as vmlint's columns do.
	var want, have []string
	for _, f := range findings {
		want = append(want, fmt.Sprintf("%d:%d-%d:%d %d %s: %s", f.Start.Line, f.Start.Column-1, f.End.Line, f.End.Column-1, severityNumbers[f.Severity], f.Rule, f.Message))
	}
	for _, d := range got.Diagnostics {
		have = append(have, fmt.Sprintf("%d:%d-%d:%d %d %s: %s", d.Start.Line, d.Start.Column, d.End.Line, d.End.Column, d.Severity, d.Code, d.Message))
	}
	if w, h := sortedLines(want), sortedLines(have); w != h {
		t.Errorf("Flymake's diagnostics:\n%s\nvmlint lint's findings:\n%s", h, w)
	}
}
