// Package fix applies the replacements rules suggest (lint.Finding's
// Replacement) to a file's bytes, and writes a fixed file in place.
package fix

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/vmlint/vmlint/internal/stop"
	"github.com/vmlint/vmlint/lint"
)

// Apply returns src with the replacement of each finding that has one put
// in place of its span, and how many it applied. Everything outside the
// replaced spans is kept byte for byte. Where replacements overlap, the one
// that starts first (the longer, at the same start) is applied and the
// others are left for a lint of the result to suggest again.
func Apply(src []byte, findings []lint.Finding) ([]byte, int) {
	var edits []lint.Finding
	for _, f := range findings {
		if f.Replacement != nil && f.Span.Start.Offset >= 0 && f.Span.End.Offset <= len(src) && f.Span.Start.Offset <= f.Span.End.Offset {
			edits = append(edits, f)
		}
	}
	sort.SliceStable(edits, func(i, j int) bool {
		a, b := edits[i].Span, edits[j].Span
		if a.Start.Offset != b.Start.Offset {
			return a.Start.Offset < b.Start.Offset
		}
		return a.End.Offset > b.End.Offset
	})
	out := make([]byte, 0, len(src))
	at, applied := 0, 0
	for _, f := range edits {
		if f.Span.Start.Offset < at {
			continue // overlaps one already applied
		}
		out = append(out, src[at:f.Span.Start.Offset]...)
		out = append(out, *f.Replacement...)
		at = f.Span.End.Offset
		applied++
	}
	if applied == 0 {
		return src, 0
	}
	return append(out, src[at:]...), applied
}

// WriteFile replaces the file at path with data, atomically: data goes to
// a temporary file beside it, which takes the file's permissions and is
// renamed over it only once everything is written (a signal that ends
// vmlint before the rename removes it). A symbolic link is
// followed, and the file it points to replaced.
func WriteFile(path string, data []byte) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(target)
	if err != nil {
		return err
	}
	tmp, err := stop.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.vmlint-fix")
	if err != nil {
		return err
	}
	defer stop.Remove(tmp.Name()) // gone once renamed
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Chmod(info.Mode().Perm()); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := stop.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("replacing the file: %w", err)
	}
	return nil
}
