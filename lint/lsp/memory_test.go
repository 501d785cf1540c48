package lsp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// TestMemoryStaysFlatOverManyEdits makes a few thousand edits to a
// document, each linted (a request for the document's symbols lints it at
// once, without waiting for the pause after typing), with hovers and code
// actions between: the live heap after the first 500 is the live heap at
// the end, within less than a document's text per edit. An hour of typing
// is a few thousand lints.
func TestMemoryStaysFlatOverManyEdits(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "examples", "good.md"))
	if err != nil {
		t.Fatal(err)
	}
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{Debounce: time.Hour}) // only the requests lint
	c.initialize(actionCaps)
	c.open(uri, string(src))
	c.diagnostics(uri)
	version := 1
	// edits sends n edits, each followed by a request that lints it, in
	// batches (so that the test does not wait out a round trip an edit),
	// with a hover and code actions now and then.
	edits := func(from, to int) {
		for batch := from; batch < to; batch += 50 {
			var ids []json.RawMessage
			for i := batch; i < min(batch+50, to); i++ {
				version++
				change := contentChange{Range: &Range{Position{11, 6}, Position{11, 6}}, Text: "😀 synergy "}
				if i%2 == 1 { // take it out again: the document keeps its size
					change = contentChange{Range: &Range{Position{11, 6}, Position{11, 17}}}
				}
				c.notify("textDocument/didChange", didChangeParams{TextDocument: versionedTextDocumentIdentifier{URI: uri, Version: &version}, ContentChanges: []contentChange{change}})
				ids = append(ids, c.send("textDocument/documentSymbol", documentSymbolParams{TextDocument: textDocumentIdentifier{URI: uri}}))
				if i%100 == 0 {
					ids = append(ids, c.send("textDocument/hover", textDocumentPositionParams{TextDocument: textDocumentIdentifier{URI: uri}, Position: Position{11, 12}}))
					ids = append(ids, c.send("textDocument/codeAction", codeActionParams{TextDocument: textDocumentIdentifier{URI: uri}, Range: Range{Position{11, 0}, Position{12, 0}}}))
				}
			}
			for _, id := range ids {
				if m := c.response(id); m.Error != nil {
					t.Fatalf("error %+v", m.Error)
				}
			}
			c.seen = c.seen[:0] // the published diagnostics, read and dropped
		}
	}
	live := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	warm, total := 500, 2500
	if raceDetector {
		warm, total = 100, 500 // the race detector's cost; a leak of a text an edit still shows
	}
	edits(0, warm)
	before, goroutines := live(), runtime.NumGoroutine()
	start := time.Now()
	edits(warm, total)
	after := live()
	t.Logf("live heap %d KiB after %d edits, %d KiB after %d (%.2f ms an edit with its lint)", before>>10, warm, after>>10, total, float64(time.Since(start).Microseconds())/1000/float64(total-warm))
	if after > before+128<<10 {
		t.Errorf("the live heap grew by %d KiB over %d edits", (after-before)>>10, total-warm)
	}
	if n := runtime.NumGoroutine(); n > goroutines+2 {
		t.Errorf("%d goroutines, %d before", n, goroutines)
	}
}
