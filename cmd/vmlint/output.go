package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/vmlint/vmlint/internal/stop"
)

// writeAtomically writes a file whole or not at all: into a temporary file
// beside it, renamed over the target only when everything was written.
// An error names path, the file the user asked for, never the temporary
// file. A signal that ends vmlint before the rename removes the temporary
// file.
func writeAtomically(path string, write func(*os.File) error) error {
	a, err := createAtomically(path)
	if err != nil {
		return err
	}
	if err := write(a.tmp); err != nil {
		a.discard()
		return cannotWrite(path, err)
	}
	return a.commit()
}

// cannotWrite is the error for a file that could not be written: it names
// the file the user asked for, not the temporary one.
func cannotWrite(path string, err error) error {
	return fmt.Errorf("%s: cannot write: %w", path, unwrapPath(err))
}

// atomicFile is a file being written whole or not at all: a temporary file
// beside it until commit renames it over the target. A signal that ends
// vmlint before then removes the temporary file (package stop).
//
// A target that is a device, a pipe or a socket (/dev/stdout, /dev/null,
// a named pipe) is a stream, not a file to replace: it is written as it
// is, and stream is true.
type atomicFile struct {
	path   string
	tmp    *os.File
	stream bool
}

// createAtomically starts writing the file at path.
func createAtomically(path string) (*atomicFile, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return nil, cannotWrite(path, syscall.EISDIR)
	} else if err == nil && !info.Mode().IsRegular() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, cannotWrite(path, err)
		}
		return &atomicFile{path: path, tmp: f, stream: true}, nil
	}
	tmp, err := stop.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, cannotWrite(path, err)
	}
	return &atomicFile{path: path, tmp: tmp}, nil
}

// commit makes what was written the file at the target path.
func (a *atomicFile) commit() error {
	if a.stream {
		if err := a.tmp.Close(); err != nil {
			return cannotWrite(a.path, err)
		}
		return nil
	}
	if err := a.tmp.Chmod(0o644); err != nil {
		a.discard()
		return cannotWrite(a.path, err)
	}
	if err := a.tmp.Close(); err != nil {
		stop.Remove(a.tmp.Name())
		return cannotWrite(a.path, err)
	}
	if err := stop.Rename(a.tmp.Name(), a.path); err != nil {
		stop.Remove(a.tmp.Name())
		return cannotWrite(a.path, err)
	}
	return nil
}

// discard drops what was written; the target is left as it was.
func (a *atomicFile) discard() {
	_ = a.tmp.Close()
	if !a.stream {
		stop.Remove(a.tmp.Name())
	}
}

// outputSpec is one --output FORMAT=PATH.
type outputSpec struct{ format, path string }

func parseOutputs(specs []string, valid func(string) bool) ([]outputSpec, error) {
	var out []outputSpec
	for _, s := range specs {
		format, path, ok := strings.Cut(s, "=")
		if !ok || path == "" || !valid(format) {
			return nil, fmt.Errorf("--output %q: want FORMAT=PATH with a known format", s)
		}
		out = append(out, outputSpec{format, path})
	}
	return out, nil
}
