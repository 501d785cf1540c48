// Package input turns the paths given on a command line into the files to
// read: directories are walked for Markdown files, "-" is standard input.
package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Stdin is the path that stands for standard input.
const Stdin = "-"

// skipDirs are directories never walked into.
var skipDirs = map[string]bool{".git": true, "node_modules": true, "vendor": true, ".hg": true, ".svn": true}

// IsMarkdown reports whether a file name has a Markdown extension (.md or .markdown, any case).
func IsMarkdown(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".md" || ext == ".markdown"
}

// Expand returns the files the paths name, in order: a file as given, a
// directory's Markdown files in lexical order (skipping .git, node_modules
// and vendor, and not following symbolic links to directories), "-" as
// itself. A file named twice is listed once. Paths that cannot be read give
// an error each; the other paths are still expanded.
func Expand(paths []string) ([]string, []error) {
	var files []string
	var errs []error
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		if p == Stdin {
			add(p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, pathError(p, err))
			continue
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		var found []string
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, pathError(path, err))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != p && skipDirs[d.Name()] {
					return fs.SkipDir
				}
				return nil
			}
			if IsMarkdown(d.Name()) && (d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) {
				found = append(found, path)
			}
			return nil
		})
		if walkErr != nil {
			errs = append(errs, pathError(p, walkErr))
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return files, errs
}

// Read reads one file, or standard input for "-".
func Read(path string, stdin io.Reader) ([]byte, error) {
	if path == Stdin {
		data, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		return data, nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, pathError(path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, pathError(path, err)
	}
	return data, nil
}

// pathError words a file system error as "path: reason".
func pathError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file or directory", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: permission denied", path)
	}
	return fmt.Errorf("%s: %w", path, err)
}
