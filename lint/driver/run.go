package driver

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/vmlint/vmlint/lint/report"
)

// Summary is what a run found, beyond each file.
type Summary struct {
	// Linted is the number of files read and linted.
	Linted int
	// Failed is set when a file or a configuration could not be handled;
	// each such file was delivered with its error.
	Failed bool
	// Fails is set when a file's findings fail the run (File.Fails).
	Fails bool
	// HiddenFailing counts the findings that fail the run but are not
	// shown (File.HiddenFailing).
	HiddenFailing int
	// Stale lists the baseline entries that matched no finding.
	Stale []report.BaselineEntry
}

// Run lints the files (as Files lists them) on Options.Jobs workers and
// passes each to deliver, on the calling goroutine, in the order given, as
// soon as it and every file before it are done: the ordered output stage.
// Files a configuration ignores are not delivered. Once ctx is done no
// more files are started, and Run returns ctx's error after the files in
// flight.
func (r *Runner) Run(ctx context.Context, files []string, deliver func(*File)) (Summary, error) {
	var sum Summary
	var matched []string
	reported := map[string]bool{} // configuration errors, once each
	take := func(f *File) {
		if f.ignored {
			return
		}
		if f.Linted {
			sum.Linted++
		}
		if f.ConfigErr != nil {
			sum.Failed = true
			if reported[f.ConfigErr.Error()] {
				f.ConfigErr = nil
			}
			if f.ConfigErr != nil {
				reported[f.ConfigErr.Error()] = true
			}
		}
		sum.Failed = sum.Failed || len(f.Errs) > 0
		sum.Fails = sum.Fails || f.Fails
		sum.HiddenFailing += f.HiddenFailing
		matched = append(matched, f.matched...)
		deliver(f)
	}
	if workers := max(1, min(r.opts.Jobs, len(files))); workers == 1 {
		// One worker: lint here, without handing files between goroutines.
		for _, path := range files {
			if ctx.Err() != nil {
				break
			}
			take(r.lintPath(path))
		}
	} else {
		inOrder(ctx, files, workers, r.lintPath, take)
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if r.opts.Baseline != nil {
		sum.Stale = r.opts.Baseline.Stale(matched)
	}
	return sum, nil
}

// inOrder runs lint on every file on workers goroutines, and passes the
// results to deliver, on the calling goroutine, in the order of files: each
// as soon as it and every file before it are done. Once ctx is done,
// workers take no more files.
//
// At most window files are taken and not yet delivered: while one file
// is slow (a long file, or a worker's thread the system has put aside
// on a busy machine) the other workers stop a few files ahead, instead of
// keeping every document after it until it is done.
func inOrder(ctx context.Context, files []string, workers int, lint func(string) *File, deliver func(*File)) {
	results := make([]*File, len(files))
	finished := make(chan int, workers)
	taken := make(chan struct{}, window(workers)) // a token per file taken and not yet delivered
	var next atomic.Int64                         // the next file to take
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				select {
				case taken <- struct{}{}:
				case <-ctx.Done():
					return
				}
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				results[i] = lint(files[i])
				finished <- i
			}
		}()
	}
	go func() {
		wg.Wait()
		close(finished)
	}()
	ready := make([]bool, len(files)) // results received, by index
	due := 0                          // the next result to deliver
	for i := range finished {
		ready[i] = true
		for due < len(files) && ready[due] {
			deliver(results[due])
			results[due] = nil // let its findings go
			due++
			<-taken
		}
	}
}

// window is how many files inOrder's workers may have taken and not yet
// delivered: enough that no worker waits behind a file a few times longer
// than the others, and a few MiB of documents (about 40 KiB each) at most.
func window(workers int) int { return 16 * workers }
