// Package stop lets vmlint end at once on SIGINT or SIGTERM, whatever it is
// doing (parsing a long file, waiting on standard input), without leaving
// output half written: a write that must be whole holds the exit off until
// it is done, and temporary files not yet renamed into place are removed.
package stop

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

var (
	mu    sync.Mutex          // held while a write that must be whole runs
	temps = map[string]bool{} // temporary files to remove on exit
	tmu   sync.Mutex          // guards temps
)

// Whole runs write, which must not be cut short (a piece of output, the
// rename that puts a file in place), holding off an exit on a signal until
// it returns.
func Whole(write func()) {
	mu.Lock()
	defer mu.Unlock()
	write()
}

// CreateTemp is os.CreateTemp for a file to rename into place later: until
// Rename puts it there (or Remove removes it), an exit on a signal removes it.
func CreateTemp(dir, pattern string) (f *os.File, err error) {
	Whole(func() {
		if f, err = os.CreateTemp(dir, pattern); err == nil {
			tmu.Lock()
			temps[f.Name()] = true
			tmu.Unlock()
		}
	})
	return f, err
}

// Rename renames a file from CreateTemp into place, whole: an exit on a
// signal comes before it (and removes the file) or after it.
func Rename(tmp, path string) (err error) {
	Whole(func() {
		if err = os.Rename(tmp, path); err == nil {
			forget(tmp)
		}
	})
	return err
}

// Remove removes a file from CreateTemp that is not to be renamed.
func Remove(tmp string) {
	_ = os.Remove(tmp)
	forget(tmp)
}

func forget(tmp string) {
	tmu.Lock()
	delete(temps, tmp)
	tmu.Unlock()
}

// Writer is w with each Write made whole (see Whole), a few lines at a
// time. Unwrap gives w back.
//
// A write of up to atomicWrite bytes to a pipe goes in at once or not at
// all, so each whole write is at most that long and ends at a line's end:
// when the reader of a full pipe is too slow and the exit comes after
// Grace, during a write that waits for room, the output still ends with a
// whole line.
func Writer(w io.Writer) io.Writer { return wholeWriter{w} }

// atomicWrite is PIPE_BUF on Linux: the longest write to a pipe that POSIX
// keeps whole.
const atomicWrite = 4096

type wholeWriter struct{ w io.Writer }

func (w wholeWriter) Write(p []byte) (n int, err error) {
	for len(p) > 0 {
		k := pieceEnd(p)
		var m int
		Whole(func() { m, err = w.w.Write(p[:k]) })
		n += m
		if err != nil {
			return n, err
		}
		p = p[k:]
	}
	return n, nil
}

// pieceEnd returns where the first piece of p to write whole ends: all of
// p when it is short enough, else after the last line that fits (or at the
// limit, for a line longer than that).
func pieceEnd(p []byte) int {
	if len(p) <= atomicWrite {
		return len(p)
	}
	if i := bytes.LastIndexByte(p[:atomicWrite], '\n'); i >= 0 {
		return i + 1
	}
	return atomicWrite
}

// Unwrap returns the writer written to.
func (w wholeWriter) Unwrap() io.Writer { return w.w }

// Grace is how long an exit on a signal waits for a whole write to end
// (a write to a pipe whose reader has stopped reading never does).
const Grace = 80 * time.Millisecond

// OnSignal makes SIGINT and SIGTERM end the program: cancel is called, then,
// once no whole write is running (or after Grace), the temporary files are
// removed, a line "vmlint: interrupted" goes to stderr, and the program
// exits with the shell's status for the signal: 130 for SIGINT, 143 for
// SIGTERM. The handler is set up on a goroutine of its own, as that waits
// for the runtime to start a thread for signals (a fifth of a millisecond);
// a signal in that moment ends the program at once, as it would anyway.
// The returned function removes the handler.
func OnSignal(cancel func(), stderr io.Writer) (remove func()) {
	done := make(chan struct{})
	go func() {
		sigs := make(chan os.Signal, 1)
		signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
		defer signal.Stop(sigs)
		select {
		case sig := <-sigs:
			cancel()
			code := 130
			if sig == syscall.SIGTERM {
				code = 143
			}
			Exit(code, stderr)
		case <-done:
		}
	}()
	return func() { close(done) }
}

// Exit ends the program with code once no whole write is running (or after
// Grace), removing the temporary files first.
func Exit(code int, stderr io.Writer) {
	locked := make(chan struct{})
	go func() {
		mu.Lock()
		close(locked)
	}()
	select {
	case <-locked:
	case <-time.After(Grace):
	}
	tmu.Lock()
	for path := range temps {
		_ = os.Remove(path)
	}
	_, _ = fmt.Fprintln(stderr, "vmlint: interrupted")
	os.Exit(code)
}
