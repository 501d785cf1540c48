// Package linttest checks rules against fixture documents whose
// expectations sit next to the text they concern, as go/analysis's
// analysistest does:
//
//	We leverage data to help clinics. <!-- want `"leverage" is a buzzword` -->
//
//	<!-- want+1 "synergy" -->
//	Our synergy grows.
//
// A fixture whose findings suggest replacements sits beside FIXTURE.fixed,
// the fixture with them made (see CheckFixes).
//
// "want" expects findings starting on its own line; "want+N" and "want-N"
// on the line N below or above. Each quoted (or back-quoted) regular
// expression must match the message of one finding on that line, and every
// finding must be matched. Fixtures are .md and .mdx files; in MDX, where
// HTML comments are not allowed, write {/* want … */}.
package linttest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/driver"
	"github.com/vmlint/vmlint/lint/fix"
	"github.com/vmlint/vmlint/lint/input"
)

var (
	wantComment = regexp.MustCompile(`(?:<!--|\{/\*)\s*want([+-]\d+)?((?:\s+(?:"(?:[^"\\]|\\.)*"|` + "`[^`]*`" + `))+)\s*(?:-->|\*/\})`)
	wantPattern = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|` + "`[^`]*`")
)

// Expectation is one wanted finding: a message pattern on a line.
type Expectation struct {
	Line    int
	Pattern *regexp.Regexp
	met     bool
}

// Expectations reads the want comments of a fixture.
func Expectations(src []byte) ([]*Expectation, error) {
	var out []*Expectation
	for i, line := range strings.Split(string(src), "\n") {
		for _, m := range wantComment.FindAllStringSubmatch(line, -1) {
			n := i + 1
			if m[1] != "" {
				off, _ := strconv.Atoi(m[1])
				n += off
			}
			for _, q := range wantPattern.FindAllString(m[2], -1) {
				pattern := q[1 : len(q)-1]
				if q[0] == '"' {
					unq, err := strconv.Unquote(q)
					if err != nil {
						return nil, fmt.Errorf("line %d: %w", i+1, err)
					}
					pattern = unq
				}
				re, err := regexp.Compile(pattern)
				if err != nil {
					return nil, fmt.Errorf("line %d: %w", i+1, err)
				}
				out = append(out, &Expectation{Line: n, Pattern: re})
			}
		}
	}
	return out, nil
}

// Run lints every Markdown file under dir with the one rule at its default
// settings and checks the findings against the files' want comments. It
// also requires at least one fixture that wants a finding and one that
// wants none, so every rule is shown both to fire and to stay quiet.
func Run(t *testing.T, dir string, rule *lint.Rule) {
	t.Helper()
	RunOnly(t, dir, lint.NewLinter([]*lint.Rule{rule}), rule.Name)
}

// RunOnly is Run for one rule of a linter that knows others too (so that
// suppression comments may name them), with only that rule enabled.
func RunOnly(t *testing.T, dir string, linter *lint.Linter, rule string) {
	t.Helper()
	settings := linter.DefaultSettings()
	for name := range settings.Rules {
		if name != rule {
			delete(settings.Rules, name)
		}
	}
	RunWith(t, dir, linter, settings)
}

// RunWith is Run with a linter and settings of the caller's choosing. Each
// fixture goes through the driver's stages after reading (driver.Lint), as
// every file vmlint lints does.
func RunWith(t *testing.T, dir string, linter *lint.Linter, settings *lint.Settings) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	var paths []string
	for _, e := range entries {
		if !e.IsDir() && input.IsMarkdown(e.Name()) {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures in %s", dir)
	}
	firing, quiet := 0, 0
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		wants, err := Expectations(src)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if len(wants) > 0 {
			firing++
		} else {
			quiet++
		}
		_, findings, err := driver.Lint(path, src, linter, settings)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		for _, p := range Check(findings, wants) {
			t.Errorf("%s", p)
		}
		if p := CheckFixes(path, src, findings); p != "" {
			t.Error(p)
		}
	}
	if firing == 0 || quiet == 0 {
		t.Errorf("%s: want fixtures that fire (%d) and fixtures that stay quiet (%d)", dir, firing, quiet)
	}
}

// CheckFixes checks the replacements the findings suggest: a fixture whose
// findings suggest any must sit beside PATH.fixed, the fixture as
// replacing them all makes it (and a PATH.fixed must match). It returns
// the problem, or "".
func CheckFixes(path string, src []byte, findings []lint.Finding) string {
	fixed, n := fix.Apply(src, findings)
	want, err := os.ReadFile(path + ".fixed")
	switch {
	case err != nil && n == 0:
		return ""
	case err != nil:
		return fmt.Sprintf("%s: its findings suggest %d replacements: write the fixed text to %s.fixed", path, n, filepath.Base(path))
	case string(want) != string(fixed):
		return fmt.Sprintf("%s: with its replacements made, it reads\n%s\nnot, as %s.fixed says,\n%s", path, fixed, filepath.Base(path), want)
	}
	return ""
}

// Check matches findings against expectations and returns the problems:
// findings nobody wanted and wants no finding met.
func Check(findings []lint.Finding, wants []*Expectation) []string {
	var problems []string
	for _, f := range findings {
		matched := false
		for _, w := range wants {
			if !w.met && w.Line == f.Span.Start.Line && w.Pattern.MatchString(f.Message) {
				w.met, matched = true, true
				break
			}
		}
		if !matched {
			problems = append(problems, fmt.Sprintf("%s:%d:%d: unexpected finding: %s [%s]", f.Path, f.Span.Start.Line, f.Span.Start.Column, f.Message, f.Rule))
		}
	}
	for _, w := range wants {
		if !w.met {
			problems = append(problems, fmt.Sprintf("line %d: no finding matches %q", w.Line, w.Pattern))
		}
	}
	sort.Strings(problems)
	return problems
}
