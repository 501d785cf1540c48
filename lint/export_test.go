package lint

import "testing"

// FailOnPanics makes a panic in parsing or in a rule a failure of the test
// (or fuzz target) instead of an error for the file, for the rest of tb.
func FailOnPanics(tb testing.TB) {
	tb.Helper()
	recoverPanics = false
	tb.Cleanup(func() { recoverPanics = true })
}
