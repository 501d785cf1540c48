package driver

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"
)

// TestInOrderStopsAheadOfASlowFile: while the first file is not done, the
// other workers take no more than the window of files after it, so that a
// run keeps a few documents, not every one after a slow file; once it is
// done, every file is delivered, in order.
func TestInOrderStopsAheadOfASlowFile(t *testing.T) {
	const workers = 2
	files := make([]string, 1000)
	for i := range files {
		files[i] = fmt.Sprintf("%04d.md", i)
	}
	slow := make(chan struct{})
	var started atomic.Int64
	lint := func(path string) *File {
		started.Add(1)
		if path == files[0] {
			<-slow
		}
		return &File{Path: path}
	}
	var delivered []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		inOrder(context.Background(), files, workers, lint, func(f *File) { delivered = append(delivered, f.Path) })
	}()
	// The other worker runs ahead until the window is full, and stops.
	deadline := time.Now().Add(5 * time.Second)
	for started.Load() < int64(window(workers)) && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // time to take more files, were it allowed to
	if n := started.Load(); n != int64(window(workers)) {
		t.Errorf("%d files taken while the first was not done, want the window of %d", n, window(workers))
	}
	close(slow)
	<-done
	if len(delivered) != len(files) {
		t.Fatalf("%d files delivered, want %d", len(delivered), len(files))
	}
	for i, p := range delivered {
		if p != files[i] {
			t.Fatalf("file %d delivered as %s, want %s", i, p, files[i])
		}
	}
}
