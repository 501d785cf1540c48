package lsp

import (
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/vmlint/vmlint/lint/lsp/jsonrpc"
	"github.com/vmlint/vmlint/rules"
)

// relinter is a server with one example document open, to time what the
// server does once the pause after an edit ends: lint the text, convert
// the findings, publish them.
func relinter(tb testing.TB, path string) (*server, *document) {
	tb.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	abs, _ := filepath.Abs(path)
	s := &server{
		opts: Options{Rules: rules.All}, out: jsonrpc.NewWriter(io.Discard), log: log.New(io.Discard, "", 0),
		docs: map[string]*document{}, pending: map[string]bool{}, enc: utf16Encoding, state: running,
	}
	s.reload()
	d := &document{uri: fileURI(abs), path: abs, kind: markdown, version: 1, text: newText(src)}
	s.docs[d.uri] = d
	return s, d
}

func examples(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "examples", "*.md"))
	if err != nil || len(paths) == 0 {
		tb.Fatal("no examples", err)
	}
	return paths
}

// TestRelintIsFast: after the pause, linting an example document again
// (and publishing its diagnostics) takes well under 10 ms. The median of
// several runs is taken, as the machine is shared.
func TestRelintIsFast(t *testing.T) {
	for _, path := range examples(t) {
		s, d := relinter(t, path)
		var times []time.Duration
		for i := range 15 {
			d.version = i + 2
			start := time.Now()
			s.lint(d)
			times = append(times, time.Since(start))
		}
		slices.Sort(times)
		median := times[len(times)/2]
		t.Logf("%s: %v (fastest %v)", filepath.Base(path), median, times[0])
		if median > 10*time.Millisecond && !raceDetector {
			t.Errorf("%s: linting again took %v", filepath.Base(path), median)
		}
	}
}

// BenchmarkRelint measures the work after the pause for each example.
func BenchmarkRelint(b *testing.B) {
	for _, path := range examples(b) {
		b.Run(filepath.Base(path), func(b *testing.B) {
			s, d := relinter(b, path)
			for i := 0; b.Loop(); i++ {
				d.version = i + 2
				s.lint(d)
			}
		})
	}
}
