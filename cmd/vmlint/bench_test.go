package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkCorpus lints the folder VMLINT_BENCH_CORPUS names, end to end
// (walking, reading, parsing, rules, output), as the command does.
func BenchmarkCorpus(b *testing.B) {
	dir := os.Getenv("VMLINT_BENCH_CORPUS")
	if dir == "" {
		b.Skip("VMLINT_BENCH_CORPUS is not set")
	}
	for i := 0; i < b.N; i++ {
		if code := run([]string{"lint", "--no-config", "--format", "line", dir}, strings.NewReader(""), io.Discard, io.Discard); code > 2 {
			b.Fatalf("exit %d", code)
		}
	}
}
