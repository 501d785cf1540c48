package lint_test

import (
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// TestCaughtPanicsAndTheSwitch checks both sides of VMLINT_PANIC: a rule
// that panics is, by default, an error finding for the file, so the run
// goes on; with the switch set, as every fuzz target sets it, the panic
// is not caught, so that a fuzz target fails on it instead of passing an
// input that a user would see as an internal error.
func TestCaughtPanicsAndTheSwitch(t *testing.T) {
	broken := &lint.Rule{
		Name: "broken", Doc: "panic", Good: "x", Bad: "y", Severity: lint.Warning, Applies: lint.AppliesBoth,
		Run: func(*lint.Pass) {
			panic("index out of range [3] with length 3") // as a bug would
		},
	}
	linter := lint.NewLinter([]*lint.Rule{broken})
	doc, err := lint.Parse("x.md", []byte("# Mission\n\nWe help bakers.\n"))
	if err != nil {
		t.Fatal(err)
	}

	t.Setenv(lint.PanicEnv, "")
	findings := linter.Lint(doc, linter.DefaultSettings())
	if len(findings) != 1 || findings[0].Severity != lint.Error || !strings.Contains(findings[0].Message, "rule broken failed on this file") {
		t.Fatalf("caught panic: findings %+v, want one error naming the rule", findings)
	}

	lint.FailOnPanics(t)
	defer func() {
		if v := recover(); v == nil || !strings.Contains(strings.ToLower(fmtValue(v)), "index out of range") {
			t.Errorf("with %s=1: recovered %v, want the rule's own panic", lint.PanicEnv, v)
		}
	}()
	linter.Lint(doc, linter.DefaultSettings())
	t.Errorf("with %s=1 the panic was caught", lint.PanicEnv)
}

func fmtValue(v any) string {
	if e, ok := v.(error); ok {
		return e.Error()
	}
	s, _ := v.(string)
	return s
}
