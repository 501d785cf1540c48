package driver

import (
	"os"
	"path/filepath"
	"sort"

	"github.com/vmlint/vmlint/lint/config"
	"github.com/vmlint/vmlint/lint/input"
)

// Files is the paths stage: it returns the files the paths name (the
// current folder when none is given), sorted by the name each is reported
// under (the order findings sort in), less those an Ignore glob matches.
// Each path that cannot be read gives an error; the others are still
// listed.
func (r *Runner) Files(paths []string) ([]string, []error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	files, errs := input.Expand(paths)
	if len(r.opts.Ignore) > 0 {
		kept := files[:0]
		wd, _ := os.Getwd()
		for _, f := range files {
			if !r.ignoredByFlag(wd, r.name(f)) {
				kept = append(kept, f)
			}
		}
		files = kept
	}
	sort.SliceStable(files, func(i, j int) bool { return r.name(files[i]) < r.name(files[j]) })
	return files, errs
}

// name is the name a file is reported under: its path, or for standard
// input the StdinName given, else "<stdin>".
func (r *Runner) name(path string) string {
	switch {
	case path != input.Stdin:
		return path
	case r.opts.StdinName != "":
		return r.opts.StdinName
	}
	return "<stdin>"
}

// configPath is the path a file's configuration is found by: its name, or
// a file in the current folder for unnamed standard input.
func (r *Runner) configPath(path string) string {
	if path == input.Stdin && r.opts.StdinName == "" {
		return filepath.Join(".", "stdin.md")
	}
	return r.name(path)
}

// ignoredByFlag reports whether an Ignore glob matches the file named name,
// relative to the working folder wd.
func (r *Runner) ignoredByFlag(wd, name string) bool {
	rel := name
	if wd != "" {
		abs := name
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(wd, abs)
		}
		if p, err := filepath.Rel(wd, abs); err == nil {
			rel = p
		}
	}
	rel = filepath.ToSlash(rel)
	for _, g := range r.opts.Ignore {
		if config.Match(g, rel) {
			return true
		}
	}
	return false
}
