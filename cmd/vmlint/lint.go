package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/config"
	"github.com/vmlint/vmlint/lint/input"
	"github.com/vmlint/vmlint/lint/report"
	"github.com/vmlint/vmlint/rules"
)

// selection is how files and rules are chosen: the flags lint and
// baseline share.
type selection struct {
	configPath, stdinName string
	noConfig              bool
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
	f.IntVarP(&s.jobs, "jobs", "j", runtime.GOMAXPROCS(0), "files linted at once")
	f.Var((*sizeFlag)(&s.maxSize), "max-file-size", "skip, with an error, files larger than this (e.g. 16MiB; 0 for no limit)")
	s.maxSize = input.DefaultMaxSize
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
	verbose                                           bool
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

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for
usage, configuration or file errors (the other files are still linted).

Configuration comes from the nearest .vmlint.yml above each file, up to
the repository root, or from --config.`,
		Example: `  vmlint lint                          # everything under the current folder
  vmlint lint docs/ VISION.md
  vmlint lint --format github --output sarif=vmlint.sarif docs/
  vmlint lint --new-from-rev origin/main docs/
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
	colored, err := useColor(c, e.stdout)
	if err != nil {
		return err
	}
	if o.newFromRev != "" {
		if err := exec.Command("git", "rev-parse", "--verify", "--quiet", o.newFromRev+"^{commit}").Run(); err != nil {
			return usageError(c, fmt.Errorf("--new-from-rev: %q is not a git revision here", o.newFromRev))
		}
	}
	var baseline *report.Baseline
	if o.baseline != "" {
		data, err := os.ReadFile(o.baseline)
		if err == nil {
			baseline, err = report.ReadBaseline(bytes.NewReader(data))
		}
		if err != nil {
			e.errorf(fmt.Errorf("%s: %w", o.baseline, unwrapPath(err)))
			return exitStatus(exitError)
		}
	}

	// Formats that go file by file are rendered on the workers and written
	// as each file is done; the others, and baselines, need the whole run.
	w := work{failOn: failOn, minSeverity: minSeverity, newFromRev: o.newFromRev, colored: colored && o.format == "text"}
	if report.Streams(o.format) && baseline == nil && len(outputs) == 0 {
		w.render = o.format
	}
	// Rendered output waits here until it is worth a write: a run over many
	// files writes in pieces of 64 KiB or so, a run over one file allocates
	// no more than it prints.
	var pending []byte
	var writeErr error
	flush := func() {
		if len(pending) > 0 && writeErr == nil {
			_, writeErr = e.stdout.Write(pending)
		}
		pending = pending[:0]
	}
	res := &report.Result{}
	var tally report.Tally
	fails := false
	ruleList, failed, err := lintFiles(c, e, o.selection, args, w, func(out *fileOutcome) {
		fails = fails || out.fails
		switch {
		case w.render != "":
			pending = append(pending, out.rendered...)
			if len(pending) >= 64<<10 {
				flush()
			}
			tally.Add(out.shown)
		case out.file != nil:
			res.Files = append(res.Files, out.file)
			res.Findings = append(res.Findings, out.findings...)
		}
	})
	if err != nil {
		return err
	}
	if w.render != "" {
		pending = append(pending, report.Trailer(w.render, tally)...)
		if flush(); writeErr != nil {
			return writeErr
		}
		return exitFor(failed, fails)
	}
	res.Rules, res.Version = ruleList, version()
	if baseline != nil {
		var stale []report.BaselineEntry
		res.Findings, stale = baseline.Filter(res.Findings)
		fails = false
		for _, f := range res.Findings {
			fails = fails || f.Severity >= failOn
		}
		if o.verbose {
			for _, s := range stale {
				_, _ = fmt.Fprintf(e.stderr, "vmlint: %s: baseline entry matches no finding: %s [%s]\n", o.baseline, s.Message, s.Rule)
			}
		}
	}
	res.Findings = atLeast(res.Findings, minSeverity)
	for _, out := range outputs {
		if c.Context().Err() != nil {
			return interrupted(e)
		}
		if err := writeAtomically(out.path, func(f *os.File) error { return report.Write(f, out.format, res, false) }); err != nil {
			e.errorf(err)
			failed = true
		}
	}
	if err := report.Write(e.stdout, o.format, res, w.colored); err != nil {
		return err
	}
	return exitFor(failed, fails)
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

// atLeast returns the findings of severity least or above.
func atLeast(fs []lint.Finding, least lint.Severity) []lint.Finding {
	shown := fs[:0:0]
	for _, f := range fs {
		if f.Severity >= least {
			shown = append(shown, f)
		}
	}
	return shown
}

// unwrapPath drops the operation and path from a file system error, which
// the caller names itself.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// work is what lintFiles does with each file beyond linting it.
type work struct {
	// failOn is the severity from which a finding fails the run.
	failOn lint.Severity
	// minSeverity is the lowest severity rendered.
	minSeverity lint.Severity
	// newFromRev keeps only findings that were not there at this revision.
	newFromRev string
	// render, when set, is a format that report.Streams: each file's
	// findings are rendered by its worker, and not kept.
	render string
	// colored paints the text format.
	colored bool
}

// lintFiles lints every file the arguments name, on s.jobs workers, and
// hands each file's outcome to emit in the order of reported names (the
// order findings sort in) as soon as that file and those before it are
// done; emit runs on the calling goroutine. It returns the rules that
// could report and whether any file or configuration could not be handled
// (each reported on standard error once). A usage error comes back as err.
func lintFiles(c *cobra.Command, e *env, s selection, args []string, w work, emit func(*fileOutcome)) (ruleList []*lint.Rule, failed bool, err error) {
	if s.configPath != "" && s.noConfig {
		return nil, false, usageError(c, errors.New("--config and --no-config exclude each other"))
	}
	for _, g := range s.ignore {
		if !config.ValidGlob(g) {
			return nil, false, usageError(c, fmt.Errorf("--ignore: bad glob %q", g))
		}
	}
	loader := &config.Loader{Builtin: rules.All, Explicit: s.configPath, NoConfig: s.noConfig}
	// Rule names on the command line must exist: built in, or custom in the
	// configuration that applies here.
	here, err := loader.For(filepath.Join(".", "vmlint.md"))
	if err != nil {
		reportConfigError(e, err)
		return nil, true, exitStatus(exitError)
	}
	for _, names := range [][]string{s.flags.Enable, s.flags.Disable, s.flags.Only} {
		if err := here.CheckRuleNames(names); err != nil {
			return nil, false, usageError(c, err)
		}
	}
	if len(args) == 0 {
		args = []string{"."}
	}
	if s.jobs < 1 {
		return nil, false, usageError(c, fmt.Errorf("--jobs must be 1 or more, not %d", s.jobs))
	}
	files, errs := input.Expand(args)
	for _, err := range errs {
		e.errorf(err)
		failed = true
	}
	sort.SliceStable(files, func(i, j int) bool {
		return reportedName(files[i], s.stdinName) < reportedName(files[j], s.stdinName)
	})
	reported := map[string]bool{} // configuration errors, once each
	deliver := func(o *fileOutcome) {
		if o.configErr != nil {
			if !reported[o.configErr.Error()] {
				reported[o.configErr.Error()] = true
				reportConfigError(e, o.configErr)
			}
			failed = true
		}
		for _, err := range o.errs {
			e.errorf(err)
			failed = true
		}
		emit(o)
	}
	ctx := c.Context()
	workers := max(1, min(s.jobs, len(files)))
	if workers == 1 {
		// One worker: lint here, without handing files between goroutines.
		for _, path := range files {
			if ctx.Err() != nil {
				break
			}
			o := lintOne(e, s, loader, path, w)
			deliver(&o)
		}
	} else {
		lintConcurrently(ctx, files, workers, func(path string) *fileOutcome {
			o := lintOne(e, s, loader, path, w)
			return &o
		}, deliver)
	}
	if ctx.Err() != nil {
		return nil, true, interrupted(e)
	}
	return here.Linter.Rules(), failed, nil
}

// lintConcurrently runs lintFile on every file on workers goroutines, and
// passes the outcomes to deliver, on the calling goroutine, in the order of
// files: each as soon as it and every file before it are done. Once ctx is
// done, workers take no more files.
func lintConcurrently(ctx context.Context, files []string, workers int, lintFile func(string) *fileOutcome, deliver func(*fileOutcome)) {
	outcomes := make([]*fileOutcome, len(files))
	finished := make(chan int, workers)
	var next atomic.Int64 // the next file to take
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				outcomes[i] = lintFile(files[i])
				finished <- i
			}
		}()
	}
	go func() {
		wg.Wait()
		close(finished)
	}()
	ready := make([]bool, len(files)) // outcomes received, by index
	due := 0                          // the next outcome to deliver
	for i := range finished {
		ready[i] = true
		for due < len(files) && ready[due] {
			deliver(outcomes[due])
			outcomes[due] = nil // let its findings go
			due++
		}
	}
}

type fileOutcome struct {
	file      *report.File
	findings  []lint.Finding // kept when the run does not stream
	fails     bool           // a finding reaches the fail level
	errs      []error
	configErr error
	rendered  []byte         // the shown findings in the streamed format
	shown     []lint.Finding // the findings rendered, for the tally
}

// lintOne reads, parses and lints one file. It runs on a worker.
func lintOne(e *env, s selection, loader *config.Loader, path string, w work) (o fileOutcome) {
	name := reportedName(path, s.stdinName)
	if ignoredByFlag(s.ignore, name) {
		return o
	}
	cfgPath := name
	if path == input.Stdin && s.stdinName == "" {
		cfgPath = filepath.Join(".", "stdin.md")
	}
	resolved, err := loader.For(cfgPath)
	if err != nil {
		o.configErr = err
		return o
	}
	if resolved.Ignored(cfgPath) {
		return o
	}
	src, err := input.Read(path, e.stdin, s.maxSize)
	if err != nil {
		o.errs = append(o.errs, err)
		return o
	}
	doc, err := lint.ParseWith(name, src, resolved.Lexicons)
	if err != nil {
		o.errs = append(o.errs, err)
	}
	settings := resolved.Settings(cfgPath, s.flags)
	findings := resolved.Linter.Lint(doc, settings)
	if w.newFromRev != "" && path != input.Stdin {
		if old, ok := gitShow(w.newFromRev, path); ok {
			before, _ := lint.ParseWith(name, old, resolved.Lexicons)
			findings = report.NewSince(findings, resolved.Linter.Lint(before, settings))
		}
	}
	for _, f := range findings {
		o.fails = o.fails || f.Severity >= w.failOn
	}
	if w.render == "" {
		o.file, o.findings = report.NewFile(doc, findings), findings
		return o
	}
	o.shown = atLeast(findings, w.minSeverity)
	// Of the file, the text format needs the lines it shows; no format
	// that streams needs the scorecard.
	f := &report.File{Path: doc.Path}
	if w.render == "text" {
		f.Lines = report.SourceLines(doc, o.shown)
	}
	o.rendered = report.AppendFile(nil, w.render, f, o.shown, w.colored)
	return o
}

// gitShow returns the file as it was at rev, or false when it did not
// exist there (or git cannot say).
func gitShow(rev, path string) ([]byte, bool) {
	cmd := exec.Command("git", "show", rev+":./"+filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	out, err := cmd.Output()
	return out, err == nil
}

// reportConfigError writes each problem of a configuration error as its own line.
func reportConfigError(e *env, err error) {
	for _, line := range strings.Split(err.Error(), "\n") {
		e.errorf(errors.New(line))
	}
}

// ignoredByFlag reports whether an --ignore glob matches path, relative to
// the current folder.
func ignoredByFlag(globs []string, path string) bool {
	if len(globs) == 0 {
		return false
	}
	rel := path
	if abs, err := filepath.Abs(path); err == nil {
		if wd, err := os.Getwd(); err == nil {
			if r, err := filepath.Rel(wd, abs); err == nil {
				rel = r
			}
		}
	}
	rel = filepath.ToSlash(rel)
	for _, g := range globs {
		if config.Match(g, rel) {
			return true
		}
	}
	return false
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
depend on the rule and the words a finding is about, not on line numbers.`,
		Example: "  vmlint baseline .vmlint-baseline.json docs/\n  vmlint lint --baseline .vmlint-baseline.json docs/",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError(c, errors.New("baseline needs the FILE to write"))
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			var findings []lint.Finding
			_, failed, err := lintFiles(c, e, s, args[1:], work{failOn: lint.Error}, func(o *fileOutcome) {
				findings = append(findings, o.findings...)
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
