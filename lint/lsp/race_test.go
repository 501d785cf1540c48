//go:build race

package lsp

// raceDetector is set when the tests run with the race detector, whose
// cost distorts time.
const raceDetector = true
