// Command vmlint lints product vision and mission statements in Markdown.
//
// Exit status: 0 when nothing fails, 1 when findings reach the fail level,
// 2 for usage, configuration or file errors.
package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// memoryFloor is the soft memory limit while the live heap is small: a
// tree of ordinary documents peaks under it however large the tree, and
// the process as a whole (heap, stacks, the binary's pages) under 32 MiB.
// The live heap of a run over many files is a few MiB, so the collector
// runs a little more often than with 40 MiB, which let the docs and
// statement-dense trees peak at 35 to 41 MiB: about a tenth more processor
// time on the dense tree, none measurable on the docs tree.
const memoryFloor = 24 << 20

// tuneGC trades memory the run has to spare for CPU: vmlint allocates many
// short-lived parse trees, and the default GOGC=100 spends a third of the
// run collecting them, so GOGC is 400. A soft memory limit keeps the peak of
// a tree of ordinary documents under memoryFloor. A fixed limit would make
// the collector run without pause once the live heap nears it (one large
// file: 100k empty headings took 3.8 s instead of 1.1 s), so after each
// collection the limit moves to twice the live heap when that is more: then
// a large file is collected about as often as with GOGC=100. GOGC and
// GOMEMLIMIT in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryFloor)
		followLiveHeap()
	}
}

type sentinel struct{ _ *sentinel }

// followLiveHeap sets the soft memory limit to twice the live heap, or
// memoryFloor, after every collection: a finalizer runs once a collection
// has found its object unreachable, and sets up the next one.
func followLiveHeap() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var arm func()
	arm = func() {
		// An object with a pointer: a tiny pointer-free one may share its
		// memory with others and never be finalized.
		runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
			metrics.Read(sample)
			if sample[0].Value.Kind() == metrics.KindUint64 {
				debug.SetMemoryLimit(max(memoryFloor, 2*int64(sample[0].Value.Uint64())))
			}
			arm()
		})
	}
	arm()
}
