package rules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/linttest"
	"github.com/vmlint/vmlint/rules"
)

func TestRegistryIsValid(t *testing.T) {
	if err := lint.Validate(rules.All); err != nil {
		t.Fatal(err)
	}
}

func TestEveryRuleHasFixtures(t *testing.T) {
	for _, r := range rules.All {
		dir := filepath.Join("..", "testdata", "rules", r.Name)
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			t.Errorf("%s: no fixture folder %s", r.Name, dir)
		}
	}
}

// TestRules runs every rule over its fixtures: each finding must be wanted
// by a comment beside the text, and each comment must be met.
func TestRules(t *testing.T) {
	linter := lint.NewLinter(rules.All)
	for _, r := range rules.All {
		t.Run(r.Name, func(t *testing.T) {
			linttest.RunOnly(t, filepath.Join("..", "testdata", "rules", r.Name), linter, r.Name)
		})
	}
}

// TestMessagesDoNotRepeatHints lints every fixture and example with every
// rule: a finding's message says what is wrong, in one clause, and its
// hint how to fix it; the text format prints both, so the message must not
// give the advice again.
func TestMessagesDoNotRepeatHints(t *testing.T) {
	linter := lint.NewLinter(rules.All)
	settings := linter.DefaultSettings()
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", "*", "*.md"))
	examples, _ := filepath.Glob(filepath.Join("..", "testdata", "examples", "*.md"))
	fired := map[string]bool{}
	quoted := regexp.MustCompile(`"[^"]+"`)
	for _, path := range append(paths, examples...) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := lint.Parse(path, src)
		for _, f := range linter.Lint(doc, settings) {
			fired[f.Rule] = true
			where := fmt.Sprintf("%s:%d: [%s] %q", path, f.Span.Start.Line, f.Rule, f.Message)
			if strings.Contains(f.Message, "; ") {
				t.Errorf("%s gives advice after a semicolon; say what is wrong, and leave the fix to the hint", where)
			}
			if f.Hint == "" {
				continue
			}
			if strings.Contains(f.Message, f.Hint) {
				t.Errorf("%s contains its hint", where)
			}
			for _, q := range quoted.FindAllString(f.Hint, -1) {
				if strings.Contains(f.Message, q) {
					t.Errorf("%s repeats the hint's example %s", where, q)
				}
			}
		}
	}
	for _, r := range rules.All {
		if r.Hint != "" && !fired[r.Name] {
			t.Errorf("%s: no fixture or example makes it report, so its messages go unchecked", r.Name)
		}
	}
}

// TestOneFaultOneFinding: where built-in rules report the same words for
// the same fault, only the more specific finding is left.
func TestOneFaultOneFinding(t *testing.T) {
	linter := lint.NewLinter(rules.All)
	src := "# Harbour Hops\n\n## Vision\n\nTo be the world's leading ferry line of the northern isles.\n\n" +
		"## Mission\n\nWe strive to leverage our boats, and aim to carry islanders to the mainland.\n"
	doc, _ := lint.Parse("plan.md", []byte(src))
	byWords := map[string][]string{}
	for _, f := range linter.Lint(doc, linter.DefaultSettings()) {
		if f.Span.End.Offset-f.Span.Start.Offset < 30 { // word-level findings
			words := strings.TrimSpace(f.Text) // a removable hedge's span takes the blank after it
			byWords[words] = append(byWords[words], f.Rule)
		}
	}
	for words, want := range map[string]string{
		"be the world's leading": "vision-ranking-goal",
		"strive to":              "hedging",
		"aim to":                 "hedging",
		"leverage":               "buzzwords",
		"world's leading":        "", // not also a buzzword,
		"leading":                "", // nor a weasel word
		"strive":                 "", // not also a weak verb
		"aim":                    "",
	} {
		if got := strings.Join(byWords[words], ","); got != want {
			t.Errorf("%q: reported by %q, want only %s", words, got, want)
		}
	}
	for words, rules := range byWords {
		if len(rules) > 1 {
			t.Errorf("%q reported %d times: %v", words, len(rules), rules)
		}
	}
	if lint.Validate(rules.All) != nil {
		t.Fatal("the registry is invalid")
	}
}
