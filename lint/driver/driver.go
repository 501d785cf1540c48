// Package driver is vmlint's one route from paths to findings, which every
// command (lint, baseline, inspect), the rule test harness and the editor
// server share. Its stages, in the order a file meets them:
//
//  1. paths: the command line's paths become files, sorted by the name
//     they are reported under, less those --ignore names (Runner.Files);
//  2. config: each file's configuration (the nearest .vmlint.yml), which may
//     ignore it too;
//  3. read: the file's bytes, refused when too large or not a regular file;
//  4. prefilter: one pass over the bytes for the cue words of the
//     configuration in force (lint.MayHold); a file with none holds
//     nothing to report and is not parsed;
//  5. parse: front matter and Markdown into a lint.Document, with its
//     statements found and analysed;
//  6. lint: the enabled rules (lint.Linter.Check), then one finding per
//     fault where rules overlap (lint.Linter.Dedupe);
//  7. suppress: what suppression comments cover (lint.Linter.Suppress);
//  8. filters: findings that were there at --new-from-rev or that the
//     baseline accepts are dropped, then those under --min-severity;
//     with --fix (Options.Fix), the replacements the findings left
//     suggest are made, the file is rewritten, and stages 4 to 8 run
//     again on the fixed text;
//  9. ordered output: each file is delivered, on the caller's goroutine,
//     in the order of the names as soon as it and every file before it are
//     done; files are linted on Options.Jobs workers, which go no more
//     than 16 files each past one not yet done.
//
// There are two entry points: a whole tree (Runner.Run, over the files of
// Runner.Files) and one document held in memory, for editors and standard
// input (Runner.Document). Lint runs stages 4 to 7 on one document with a
// linter and settings of the caller's choosing.
package driver

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/config"
	"github.com/vmlint/vmlint/lint/report"
)

// Options say what a run reads and what it keeps. The zero value of each
// field is a sensible default, except Rules, which vmlint sets to rules.All.
type Options struct {
	// Rules are the built-in rules every configuration starts from.
	Rules []*lint.Rule
	// Config names one configuration file for every file (--config).
	Config string
	// NoConfig uses the built-in defaults, ignoring configuration files.
	NoConfig bool
	// Ignore are globs of files to skip, relative to the current folder.
	Ignore []string
	// Flags turn rules on and off after the configuration.
	Flags config.Flags
	// Stdin is read for the path "-".
	Stdin io.Reader
	// StdinName is the name standard input is reported under, and finds its
	// configuration by; "<stdin>" when empty.
	StdinName string
	// MaxSize is the largest file read, in bytes; 0 for no limit.
	MaxSize int64
	// Jobs is the number of files linted at once; 0 means 1.
	Jobs int
	// NoPrefilter parses every file, even one in which the prefilter finds
	// no cue. The findings are the same; every file's front matter is then
	// checked for syntax errors and every file held to the read limits
	// (lint.FileError.Limit), as a file that is not parsed is not read.
	NoPrefilter bool
	// NewFromRev keeps only the findings that were not there at this git
	// revision, matched by rule and words (report.NewSince).
	NewFromRev string
	// Baseline, when set, drops the findings it accepts.
	Baseline *report.Baseline
	// FailOn is the lowest severity that fails the run (File.Fails).
	FailOn lint.Severity
	// MinSeverity is the lowest severity kept in File.Findings.
	MinSeverity lint.Severity
	// Fix makes the replacements that the findings to show suggest, then
	// lints the result (vmlint lint --fix): each file is rewritten in
	// place, atomically and byte for byte outside the replaced spans, and
	// standard input's fixed text is kept in File.Fixed. The findings
	// delivered are those that remain.
	Fix bool
	// KeepDocuments keeps each file's document in File.Doc until the file
	// is delivered. Without it the document is let go on the worker, after
	// Prepare, so that a run over a large tree holds few documents at once.
	KeepDocuments bool
	// Prepare, when set, runs on the worker that linted a file, with the
	// file's document in File.Doc, once the findings are final: it renders
	// what the caller needs of the document (into File.Rendered, say)
	// before the document is let go; it must keep nothing of the document,
	// whose bytes may be reused. Calls run on several goroutines at once.
	Prepare func(*File)
}

// Runner runs the pipeline with one set of options. It is safe for
// concurrent use: the editor server lints documents side by side with one.
type Runner struct {
	opts   Options
	loader *config.Loader
	here   *config.Resolved // the configuration of the current folder
}

// UsageError is an error in the options themselves (a bad glob, an unknown
// rule name), as opposed to a configuration file or an input that cannot
// be read.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }

// Unwrap returns the error.
func (e *UsageError) Unwrap() error { return e.Err }

// New checks the options and prepares a run. A *UsageError reports options
// that make no sense; any other error is the current folder's configuration
// failing to load (a config.Error or a file system error, possibly several
// lines).
func New(opts Options) (*Runner, error) {
	if opts.Config != "" && opts.NoConfig {
		return nil, &UsageError{errors.New("--config and --no-config exclude each other")}
	}
	for _, g := range opts.Ignore {
		if !config.ValidGlob(g) {
			return nil, &UsageError{fmt.Errorf("--ignore: bad glob %q", g)}
		}
	}
	switch {
	case opts.Jobs == 0:
		opts.Jobs = 1
	case opts.Jobs < 0:
		return nil, &UsageError{fmt.Errorf("--jobs must be 1 or more, not %d", opts.Jobs)}
	}
	r := &Runner{opts: opts, loader: &config.Loader{Builtin: opts.Rules, Explicit: opts.Config, NoConfig: opts.NoConfig}}
	// Rule names given to the run must exist: built in, or custom in the
	// configuration that applies here.
	here, err := r.loader.For(filepath.Join(".", "vmlint.md"))
	if err != nil {
		return nil, err
	}
	for _, names := range [][]string{opts.Flags.Enable, opts.Flags.Disable, opts.Flags.Only} {
		if err := here.CheckRuleNames(names); err != nil {
			return nil, &UsageError{err}
		}
	}
	r.here = here
	return r, nil
}

// Rules returns every rule that can report in the current folder's
// configuration, sorted by name: what a format that lists rules (SARIF)
// lists.
func (r *Runner) Rules() []*lint.Rule { return r.here.Linter.Rules() }
