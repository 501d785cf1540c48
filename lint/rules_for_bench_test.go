package lint_test

import (
	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/rules"
)

// allRules is the built-in catalogue, for the benchmarks.
func allRules() []*lint.Rule { return rules.All }
