package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/vmlint/vmlint/internal/stop"
)

// writeAtomically writes a file whole or not at all: into a temporary file
// beside it, renamed over the target only when everything was written.
// An error names path, the file the user asked for, never the temporary
// file. A signal that ends vmlint before the rename removes the temporary
// file.
func writeAtomically(path string, write func(*os.File) error) error {
	fail := func(err error) error { return fmt.Errorf("%s: cannot write: %w", path, unwrapPath(err)) }
	dir := filepath.Dir(path)
	tmp, err := stop.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fail(err)
	}
	done := false
	defer func() {
		if !done {
			_ = tmp.Close()
			stop.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := stop.Rename(tmp.Name(), path); err != nil {
		return fail(err)
	}
	done = true
	return nil
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
