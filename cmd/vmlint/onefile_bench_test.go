package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkOneFile lints one file in-process, as the pre-commit hook does,
// without the process start-up. VMLINT_BENCH_FILE names the file
// (../shared/bench/one-file-VISION.md by default).
func BenchmarkOneFile(b *testing.B) {
	path := os.Getenv("VMLINT_BENCH_FILE")
	if path == "" {
		path = "../../../shared/bench/one-file-VISION.md"
	}
	if _, err := os.Stat(path); err != nil {
		b.Skip(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		run([]string{"lint", path}, strings.NewReader(""), io.Discard, io.Discard)
	}
}
