//go:build race

package driver

// raceDetector is set when the tests run with the race detector, which
// makes whole-tree comparisons slow.
const raceDetector = true
