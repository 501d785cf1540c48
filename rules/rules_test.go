package rules_test

import (
	"os"
	"path/filepath"
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
