// Command vmlint lints product vision and mission statements in Markdown.
//
// Exit status: 0 when nothing fails, 1 when findings reach the fail level,
// 2 for usage, configuration or file errors.
package main

import (
	"os"
	"runtime/debug"

	_ "github.com/vmlint/vmlint/cmd/vmlint/internal/warm" // parses the word lists early, on the other core
)

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// tuneGC trades memory the run has to spare for CPU: vmlint allocates many
// short-lived parse trees, and the default GOGC=100 spends a third of the
// run collecting them. A soft memory limit keeps the peak well under 64 MiB
// however large the tree. GOGC and GOMEMLIMIT in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(40 << 20)
	}
}
