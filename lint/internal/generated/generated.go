// Package generated checks source files that a test generates (word
// tables, Unicode tables) against what the generator gives now, and
// rewrites them when asked, as go generate does.
package generated

import (
	"bytes"
	"os"
	"testing"
)

// Check compares the file at path with want. With update it writes want
// to path instead. Without, it fails the test when the two differ, saying
// how to regenerate the file (regenerate is the command to run, such as
// "go generate ./lint/detect").
func Check(tb testing.TB, path string, want []byte, update bool, regenerate string) {
	tb.Helper()
	if update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		tb.Fatalf("%s is out of date: run %s", path, regenerate)
	}
}
