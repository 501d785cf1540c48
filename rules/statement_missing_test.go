package rules_test

import (
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/rules"
)

// TestStatementMissingIsSureOrQuiet checks that a kind the configuration
// requires draws a warning when it is missing, and a heading whose section
// holds text vmlint does not take for a statement only a note: the
// statement may be there in a shape it cannot read.
func TestStatementMissingIsSureOrQuiet(t *testing.T) {
	linter := lint.NewLinter([]*lint.Rule{rules.StatementMissing})
	for _, tc := range []struct {
		src     string
		require []lint.Kind
		want    lint.Severity
	}{
		{"# Plan\n\n## Roadmap\n\nShip the offline mode in March.\n", []lint.Kind{lint.Mission}, lint.Warning},
		{"# Plan\n\n## Vision\n\nOur vision is on a ten-year cadence and lives on its own page.\n", nil, lint.Info},
	} {
		doc, err := lint.Parse("plan.md", []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		settings := linter.DefaultSettings()
		settings.Require = tc.require
		findings := linter.Lint(doc, settings)
		if len(findings) != 1 || findings[0].Severity != tc.want {
			t.Errorf("%q: findings %v, want one at %s", tc.src, findings, tc.want)
		}
	}
}
