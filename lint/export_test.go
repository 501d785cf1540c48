package lint

import "testing"

// FailOnPanics makes a panic in parsing or in a rule a failure of the test
// (or fuzz target, whose workers inherit the environment) instead of an
// error for the file, for the rest of tb.
func FailOnPanics(tb testing.TB) {
	tb.Helper()
	tb.Setenv(PanicEnv, "1")
}
