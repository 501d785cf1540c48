package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/config"
	"github.com/vmlint/vmlint/lint/driver"
	"github.com/vmlint/vmlint/lint/input"
	"github.com/vmlint/vmlint/lint/report"
	"github.com/vmlint/vmlint/lint/visible"
	"github.com/vmlint/vmlint/rules"
)

// selection is how files and rules are chosen: the flags lint and
// baseline share.
type selection struct {
	configPath, stdinName string
	noConfig, noPrefilter bool
	allowEmpty            bool
	jobs                  int
	maxSize               int64
	ignore                []string
	flags                 config.Flags
}

func (s *selection) register(f *pflag.FlagSet) {
	f.StringVar(&s.configPath, "config", "", "use this configuration file for every file")
	f.BoolVar(&s.noConfig, "no-config", false, "use the built-in defaults, ignoring configuration files")
	f.StringSliceVar(&s.ignore, "ignore", nil, "skip files matching these globs (relative to the current folder)")
	f.StringSliceVar(&s.flags.Enable, "enable", nil, "turn these rules on")
	f.StringSliceVar(&s.flags.Disable, "disable", nil, "turn these rules off")
	f.StringSliceVar(&s.flags.Only, "only", nil, "run only these rules")
	f.StringVar(&s.stdinName, "stdin-filename", "", "the file name to report (and find configuration for) when reading standard input (-)")
	f.BoolVar(&s.allowEmpty, "no-error-on-unmatched-pattern", false, "let a folder named (or the current folder) hold nothing to lint; by default that is an error")
	f.IntVarP(&s.jobs, "jobs", "j", runtime.GOMAXPROCS(0), "files linted at once")
	s.maxSize = input.DefaultMaxSize // before Var, which records the default help shows
	f.Var((*sizeFlag)(&s.maxSize), "max-file-size", "skip, with an error, files larger than this (e.g. 16MiB; 0 for no limit)")
	f.BoolVar(&s.noPrefilter, "no-prefilter", false, "parse every file, even one without a word that could announce a statement (same findings; slower; checks every file's front matter and read limits)")
}

// sizeFlag is a byte count flag that takes units ("16MiB").
type sizeFlag int64

func (f *sizeFlag) String() string { return input.Size(int64(*f)) }

// Set parses a size.
func (f *sizeFlag) Set(s string) error {
	n, err := input.ParseSize(s)
	*f = sizeFlag(n)
	return err
}

// Type names the flag's value in help.
func (f *sizeFlag) Type() string { return "size" }

// lintOptions are the flags of vmlint lint.
type lintOptions struct {
	selection
	failOn, minSeverity, format, newFromRev, baseline string
	outputs                                           []string
	verbose, fix                                      bool
}

func newLint(e *env) *cobra.Command {
	var o lintOptions
	c := &cobra.Command{
		Use:   "lint [flags] [PATH...|-]",
		Short: "Check vision and mission statements and report findings",
		Long: `lint finds the vision and mission statements in the given Markdown files
and folders (the current folder when none is given), runs the rules over
them and reports the findings, by default as compiler-style lines with the
source underlined:

  path:line:col: severity: message [rule]

Formats: text (default), line, json, sarif, github, checkstyle, junit and
markdown; --output FORMAT=PATH writes more formats in the same run.

--fix makes the replacements that findings suggest (plainer words for
wordy phrases, hedges removed where the sentence still reads), rewriting
each file in place, then reports what remains; with -, it prints the fixed
text on standard output and the report on standard error.

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for
usage, configuration or file errors (the other files are still linted).

Configuration comes from the nearest .vmlint.yml above each file, up to
the repository root, or from --config.`,
		Example: `  vmlint lint                          # everything under the current folder
  vmlint lint docs/ VISION.md
  vmlint lint --format github --output sarif=vmlint.sarif docs/
  vmlint lint --new-from-rev origin/main docs/
  vmlint lint --fix docs/
  vmlint lint --fix --stdin-filename VISION.md - < VISION.md > fixed.md
  git show HEAD:VISION.md | vmlint lint --stdin-filename VISION.md -`,
		RunE: func(c *cobra.Command, args []string) error {
			return runLint(c, e, o, args)
		},
	}
	f := c.Flags()
	o.register(f)
	f.StringVarP(&o.format, "format", "f", "text", "output format: "+strings.Join(report.Formats, ", "))
	f.StringArrayVar(&o.outputs, "output", nil, "also write FORMAT=PATH (repeatable); each file is written whole or not at all")
	f.StringVar(&o.failOn, "fail-on", "warning", "lowest severity that makes the exit status 1: error, warning or info")
	f.StringVar(&o.minSeverity, "min-severity", "info", "lowest severity to show: error, warning or info")
	f.StringVar(&o.newFromRev, "new-from-rev", "", "report only findings that were not there at this git revision")
	f.StringVar(&o.baseline, "baseline", "", "do not report the findings this baseline file accepts (see vmlint baseline)")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "list baseline entries that no longer match a finding")
	f.BoolVar(&o.fix, "fix", false, "make the replacements findings suggest, rewriting the files, then report what remains (with -, print the fixed text)")
	return c
}

func runLint(c *cobra.Command, e *env, o lintOptions, args []string) error {
	failOn, err := lint.ParseSeverity(o.failOn)
	if err != nil {
		return usageError(c, fmt.Errorf("--fail-on: %w", err))
	}
	minSeverity, err := lint.ParseSeverity(o.minSeverity)
	if err != nil {
		return usageError(c, fmt.Errorf("--min-severity: %w", err))
	}
	if !report.ValidFormat(o.format) {
		return usageError(c, fmt.Errorf("invalid --format %q: want one of %s", o.format, strings.Join(report.Formats, ", ")))
	}
	outputs, err := parseOutputs(o.outputs, report.ValidFormat)
	if err != nil {
		return usageError(c, err)
	}
	// With --fix, standard input's fixed text is the output, and the
	// report goes to standard error.
	out := e.stdout
	if o.fix && slices.Contains(args, input.Stdin) {
		out = e.stderr
	}
	colored, err := useColor(c, out)
	if err != nil {
		return err
	}
	colored = colored && o.format == "text"
	if o.newFromRev != "" {
		if err := exec.Command("git", "rev-parse", "--verify", "--quiet", o.newFromRev+"^{commit}").Run(); err != nil {
			return usageError(c, fmt.Errorf("--new-from-rev: %q is not a git revision here", o.newFromRev))
		}
	}
	opts := o.options(e)
	opts.FailOn, opts.MinSeverity, opts.NewFromRev, opts.Fix = failOn, minSeverity, o.newFromRev, o.fix
	if o.baseline != "" {
		data, err := os.ReadFile(o.baseline)
		if err == nil {
			opts.Baseline, err = report.ReadBaseline(bytes.NewReader(data))
		}
		if err != nil {
			e.errorf(fmt.Errorf("%s: %w", o.baseline, unwrapPath(err)))
			return exitStatus(exitError)
		}
	}

	// Every format is written file by file, as each file and those before
	// it are done: one stream to standard output and one to each --output
	// file (into a temporary file, renamed once the run is through). Each
	// file's parts are rendered on the worker that linted it, while its
	// document is at hand; no document and no finding is kept.
	formats := append([]string{o.format}, outputFormats(outputs)...)
	excerpts, scorecards := false, false
	for _, format := range formats {
		x, sc := report.Needs(format)
		excerpts, scorecards = excerpts || x, scorecards || sc
	}
	var streams []*report.Stream // set before the run starts
	opts.Prepare = func(f *driver.File) {
		rf := &report.File{Path: f.Name}
		switch {
		case scorecards:
			rf = report.NewFile(f.Doc, f.Findings)
		case excerpts:
			rf = report.TextFile(f.Doc, f.Findings)
		}
		f.Rendered = make([]report.Part, len(streams))
		for i, s := range streams {
			f.Rendered[i] = s.Render(rf, f.Findings)
		}
	}
	r, err := newRunner(c, e, opts)
	if err != nil {
		return err
	}
	run := report.Run{Version: version(), Rules: r.Rules()}
	streams = append(streams, report.NewStream(out, o.format, run, colored))
	var files []*atomicFile
	defer func() {
		for _, a := range files {
			if a != nil {
				a.discard() // an interrupted or failed run writes no --output file
			}
		}
	}()
	outputFailed := false // an --output file cannot be written: the run goes on without it
	for _, spec := range outputs {
		a, err := createAtomically(spec.path)
		if err != nil {
			e.errorf(err)
			outputFailed = true
			continue
		}
		files = append(files, a)
		streams = append(streams, report.NewStream(a.tmp, spec.format, run, false))
	}
	var fixedErr error
	sum, failed, err := lintFiles(c, e, r, args, o.allowEmpty, func(f *driver.File) {
		if f.Fixed != nil {
			if _, err := e.stdout.Write(f.Fixed); err != nil && fixedErr == nil {
				fixedErr = err
			}
		}
		if f.Linted {
			for i, s := range streams {
				s.Add(f.Rendered[i], f.Findings)
			}
		}
	})
	if err != nil {
		return err
	}
	if o.verbose {
		for _, s := range sum.Stale {
			_, _ = fmt.Fprintln(e.stderr, visible.String(fmt.Sprintf("vmlint: %s: baseline entry matches no finding: %s [%s]", o.baseline, s.Message, s.Rule), ""))
		}
	}
	if n := sum.HiddenFailing; n > 0 {
		// The run fails on findings it does not show: say why it fails.
		_, _ = fmt.Fprintf(e.stderr, "vmlint: %s at --fail-on %s or above %s hidden by --min-severity %s, and fail the run\n", plural(n, "finding"), failOn, map[bool]string{true: "is", false: "are"}[n == 1], minSeverity)
	}
	for i, a := range files {
		err := streams[i+1].Close()
		if err == nil {
			err = a.commit()
		} else {
			a.discard()
			err = cannotWrite(a.path, err)
		}
		files[i] = nil
		if err != nil {
			e.errorf(err)
			failed = true
		}
	}
	if err := streams[0].Close(); err != nil {
		return err
	}
	failed = failed || outputFailed
	if fixedErr != nil {
		return fixedErr
	}
	return exitFor(failed, sum.Fails)
}

// outputFormats are the formats of the --output files.
func outputFormats(outputs []outputSpec) []string {
	var formats []string
	for _, o := range outputs {
		formats = append(formats, o.format)
	}
	return formats
}

// exitFor is the exit status of a run: 2 when a file or configuration
// could not be handled, 1 when a finding reaches the fail level.
func exitFor(failed, fails bool) error {
	switch {
	case failed:
		return exitStatus(exitError)
	case fails:
		return exitStatus(exitFindings)
	}
	return nil
}

// unwrapPath drops the operation and paths from a file system error (of
// one path or, for a rename, two), which the caller names itself.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// options are the driver options the selection flags set.
func (s *selection) options(e *env) driver.Options {
	return driver.Options{
		Rules: rules.All, Config: s.configPath, NoConfig: s.noConfig, Ignore: s.ignore, Flags: s.flags,
		Stdin: e.stdin, StdinName: s.stdinName, MaxSize: s.maxSize, Jobs: s.jobs, NoPrefilter: s.noPrefilter,
	}
}

// newRunner prepares a run, reporting bad options as usage errors and a
// configuration that cannot be loaded on standard error.
func newRunner(c *cobra.Command, e *env, opts driver.Options) (*driver.Runner, error) {
	r, err := driver.New(opts)
	var usage *driver.UsageError
	switch {
	case errors.As(err, &usage):
		return nil, usageError(c, usage.Err)
	case err != nil:
		reportConfigError(e, err)
		return nil, exitStatus(exitError)
	}
	return r, nil
}

// lintFiles lints every file the arguments name and hands each to emit in
// the order findings sort in, as soon as it and those before it are done,
// after writing its errors to standard error. It returns the run's summary
// and whether any path, file or configuration could not be handled, or a
// folder named held nothing to lint (unless allowEmpty). An interrupted
// run comes back as err.
func lintFiles(c *cobra.Command, e *env, r *driver.Runner, args []string, allowEmpty bool, emit func(*driver.File)) (driver.Summary, bool, error) {
	files, errs := r.Files(args)
	for _, err := range errs {
		e.errorf(err)
	}
	var delivered []string
	sum, err := r.Run(c.Context(), files, func(f *driver.File) {
		if f.ConfigErr != nil {
			reportConfigError(e, f.ConfigErr)
		}
		for _, err := range f.Errs {
			e.errorf(err)
		}
		delivered = append(delivered, f.Path)
		emit(f)
	})
	if err != nil {
		return sum, true, interrupted(e)
	}
	failed := sum.Failed || len(errs) > 0
	if !allowEmpty {
		for _, err := range nothingToLint(args, files, delivered) {
			e.errorf(err)
			failed = true
		}
	}
	return sum, failed, nil
}

// nothingToLint returns an error for each folder named (the current
// folder when none is) under which no file was linted, as ESLint reports a
// pattern that matches no file: a CI job pointed at the wrong folder should
// not pass for ever. Files named one by one may be ignored (pre-commit
// names every staged file), and paths that do not exist are already
// errors.
func nothingToLint(args, files, delivered []string) []error {
	if len(args) == 0 {
		args = []string{"."}
	}
	var errs []error
	for _, arg := range args {
		if info, err := os.Stat(arg); err != nil || !info.IsDir() {
			continue
		}
		switch {
		case countUnder(arg, delivered) > 0:
		case countUnder(arg, files) == 0:
			errs = append(errs, fmt.Errorf("%s: nothing to lint: no .md, .markdown or .mdx file in it (--no-error-on-unmatched-pattern allows this)", arg))
		default:
			errs = append(errs, fmt.Errorf("%s: nothing to lint: the configuration ignores every Markdown file in it (--no-error-on-unmatched-pattern allows this)", arg))
		}
	}
	return errs
}

// countUnder counts the paths that lie in the folder dir, as input.Expand
// lists them (joined to dir as given).
func countUnder(dir string, paths []string) int {
	clean := filepath.Clean(dir)
	n := 0
	for _, p := range paths {
		if clean == "." && !filepath.IsAbs(p) && p != input.Stdin || strings.HasPrefix(filepath.Clean(p), clean+string(filepath.Separator)) || clean == string(filepath.Separator) {
			n++
		}
	}
	return n
}

// plural words a count of things: "1 finding", "3 findings".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// reportConfigError writes each problem of a configuration error as its own line.
func reportConfigError(e *env, err error) {
	for _, line := range strings.Split(err.Error(), "\n") {
		e.errorf(errors.New(line))
	}
}

func newBaseline(e *env) *cobra.Command {
	var s selection
	c := &cobra.Command{
		Use:   "baseline FILE [PATH...]",
		Short: "Write a baseline of today's findings, so that lint --baseline reports only new ones",
		Long: `baseline lints the paths (the current folder when none is given) and
writes every finding's fingerprint to FILE, a JSON file to commit. Later,
vmlint lint --baseline FILE reports only findings the baseline does not
hold; --verbose lists entries that no longer match anything. Fingerprints
never depend on line numbers: a finding about a whole statement is known by
its rule and where the statement is announced (its heading, label or field),
so it survives edits to the statement; any other by its rule and words.`,
		Example: "  vmlint baseline .vmlint-baseline.json docs/\n  vmlint lint --baseline .vmlint-baseline.json docs/",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError(c, errors.New("baseline needs the FILE to write"))
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			opts := s.options(e)
			opts.FailOn = lint.Error
			r, err := newRunner(c, e, opts)
			if err != nil {
				return err
			}
			var findings []lint.Finding
			_, failed, err := lintFiles(c, e, r, args[1:], s.allowEmpty, func(f *driver.File) {
				findings = append(findings, f.Findings...)
			})
			if err != nil {
				return err
			}
			if failed {
				_, _ = fmt.Fprintf(e.stderr, "vmlint: %s not written: some files could not be linted\n", args[0])
				return exitStatus(exitError)
			}
			if err := writeAtomically(args[0], func(f *os.File) error { return report.NewBaseline(findings).Write(f) }); err != nil {
				e.errorf(err)
				return exitStatus(exitError)
			}
			_, _ = fmt.Fprintf(e.stdout, "wrote %s: %d findings\n", args[0], len(findings))
			return nil
		},
	}
	s.register(c.Flags())
	return c
}
