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
	"strconv"
	"strings"
)

// Stdin is the path that stands for standard input.
const Stdin = "-"

// skipDirs are directories never walked into.
var skipDirs = map[string]bool{".git": true, "node_modules": true, "vendor": true, ".hg": true, ".svn": true}

// IsMarkdown reports whether a file name has a Markdown extension: .md,
// .markdown or .mdx (MDX, as Docusaurus and Nextra keep docs), any case.
func IsMarkdown(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".md" || ext == ".markdown" || ext == ".mdx"
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

// DefaultMaxSize is the largest file read unless a limit is given: larger
// than any real vision document, small enough that a stray data dump named
// .md is refused quickly.
const DefaultMaxSize = 16 << 20

// Read reads one file, or standard input for "-". It refuses what is not a
// regular file (a FIFO, a socket, a device: opening those could block),
// names a dangling symbolic link as such, and refuses files larger than
// maxSize bytes (0 for no limit).
func Read(path string, stdin io.Reader, maxSize int64) ([]byte, error) {
	return ReadInto(nil, path, path, stdin, maxSize)
}

// ReadInto is Read into buf's storage when the file fits in it (else into
// a new slice): a caller that reads many files can reuse one buffer for the
// files it lets go. A file is read with one stat, one open, one read and
// one close, as large as the stat finds it. Errors about standard input
// name it name (as --stdin-filename gives it); a file's name its path.
func ReadInto(buf []byte, path, name string, stdin io.Reader, maxSize int64) ([]byte, error) {
	if path == Stdin {
		r := stdin
		if maxSize > 0 {
			r = io.LimitReader(stdin, maxSize+1)
		}
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("%s: reading standard input: %w", name, err)
		}
		if maxSize > 0 && int64(len(data)) > maxSize {
			return nil, fmt.Errorf("%s: standard input is over --max-file-size %s", name, Size(maxSize))
		}
		return data, nil
	}
	info, err := os.Stat(path)
	if err != nil {
		if target, lerr := os.Readlink(path); lerr == nil && errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: dangling symbolic link to %s", path, target)
		}
		return nil, pathError(path, err)
	}
	switch {
	case info.IsDir():
		return nil, fmt.Errorf("%s: is a directory", path)
	case !info.Mode().IsRegular():
		return nil, fmt.Errorf("%s: not a regular file (%s)", path, fileType(info.Mode()))
	case maxSize > 0 && info.Size() > maxSize:
		return nil, fmt.Errorf("%s: file is %s, over --max-file-size %s; raise the limit to lint it", path, Size(info.Size()), Size(maxSize))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(path, err)
	}
	defer func() { _ = f.Close() }() // read only: closing cannot lose data
	// The file as large as the stat found it: one read. A file that
	// shrank since is read to its end.
	size := int(info.Size())
	if cap(buf) < size {
		buf = make([]byte, 0, size+size/8)
	}
	data := buf[:size]
	n, err := io.ReadFull(f, data)
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return data[:n], nil
	case err != nil:
		return nil, pathError(path, err)
	}
	return data, nil
}

func fileType(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

// Size words a byte count: "512 B", "3.2 KiB", "60.0 MiB".
func Size(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	case n < 1<<30:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
}

// ParseSize reads a size such as "16MiB", "500KB", "2M" or "1048576".
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(strings.ToUpper(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("invalid size %q: want bytes, or a number with KB, MB, KiB, MiB", s)
	}
	return int64(n * float64(mult)), nil
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
