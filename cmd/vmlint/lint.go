package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

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

	res, fails, failed, err := lintFiles(c, e, o.selection, args, failOn, o.newFromRev)
	if err != nil {
		return err
	}
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
	shown := res.Findings[:0:0]
	for _, f := range res.Findings {
		if f.Severity >= minSeverity {
			shown = append(shown, f)
		}
	}
	res.Findings = shown
	for _, out := range outputs {
		if c.Context().Err() != nil {
			return interrupted(e)
		}
		if err := writeAtomically(out.path, func(f *os.File) error { return report.Write(f, out.format, res, false) }); err != nil {
			e.errorf(err)
			failed = true
		}
	}
	if err := report.Write(e.stdout, o.format, res, colored && o.format == "text"); err != nil {
		return err
	}
	switch {
	case failed:
		return exitStatus(exitError)
	case fails:
		return exitStatus(exitFindings)
	}
	return nil
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

// lintFiles lints every file the arguments name and returns the result,
// whether any finding (shown or not) reaches failOn, and whether any file
// or configuration could not be handled (each reported on standard error
// once). A usage error comes back as err.
func lintFiles(c *cobra.Command, e *env, s selection, args []string, failOn lint.Severity, newFromRev string) (res *report.Result, fails, failed bool, err error) {
	if s.configPath != "" && s.noConfig {
		return nil, false, false, usageError(c, errors.New("--config and --no-config exclude each other"))
	}
	for _, g := range s.ignore {
		if !config.ValidGlob(g) {
			return nil, false, false, usageError(c, fmt.Errorf("--ignore: bad glob %q", g))
		}
	}
	loader := &config.Loader{Builtin: rules.All, Explicit: s.configPath, NoConfig: s.noConfig}
	// Rule names on the command line must exist: built in, or custom in the
	// configuration that applies here.
	here, err := loader.For(filepath.Join(".", "vmlint.md"))
	if err != nil {
		reportConfigError(e, err)
		return nil, false, true, exitStatus(exitError)
	}
	for _, names := range [][]string{s.flags.Enable, s.flags.Disable, s.flags.Only} {
		if err := here.CheckRuleNames(names); err != nil {
			return nil, false, false, usageError(c, err)
		}
	}
	if len(args) == 0 {
		args = []string{"."}
	}
	if s.jobs < 1 {
		return nil, false, false, usageError(c, fmt.Errorf("--jobs must be 1 or more, not %d", s.jobs))
	}
	res = &report.Result{Version: version(), Rules: here.Linter.Rules()}
	files, errs := input.Expand(args)
	for _, err := range errs {
		e.errorf(err)
		failed = true
	}
	outcomes := make([]fileOutcome, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < max(1, min(s.jobs, len(files))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if c.Context().Err() != nil {
					continue // interrupted: drain without work
				}
				outcomes[i] = lintOne(e, s, loader, files[i], failOn, newFromRev)
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if c.Context().Err() != nil {
		return nil, false, true, interrupted(e)
	}
	// Report in the order the files were given, whatever order the
	// workers finished in.
	reported := map[string]bool{} // configuration errors, once each
	for _, o := range outcomes {
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
		fails = fails || o.fails
		if o.file != nil {
			res.Files = append(res.Files, o.file)
			res.Findings = append(res.Findings, o.findings...)
		}
	}
	lint.SortFindings(res.Findings)
	return res, fails, failed, nil
}

// fileOutcome is what linting one file leaves: its summary and findings
// (the document itself is dropped), and its errors.
type fileOutcome struct {
	file      *report.File
	findings  []lint.Finding
	fails     bool // a finding reaches the fail level
	errs      []error
	configErr error
}

// lintOne reads, parses and lints one file. It runs on a worker.
func lintOne(e *env, s selection, loader *config.Loader, path string, failOn lint.Severity, newFromRev string) (o fileOutcome) {
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
	if newFromRev != "" && path != input.Stdin {
		if old, ok := gitShow(newFromRev, path); ok {
			before, _ := lint.ParseWith(name, old, resolved.Lexicons)
			findings = report.NewSince(findings, resolved.Linter.Lint(before, settings))
		}
	}
	for _, f := range findings {
		o.fails = o.fails || f.Severity >= failOn
	}
	o.file, o.findings = report.NewFile(doc, findings), findings
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
			res, _, failed, err := lintFiles(c, e, s, args[1:], lint.Error, "")
			if err != nil {
				return err
			}
			if failed {
				_, _ = fmt.Fprintf(e.stderr, "vmlint: %s not written: some files could not be linted\n", args[0])
				return exitStatus(exitError)
			}
			if err := writeAtomically(args[0], func(f *os.File) error { return report.NewBaseline(res.Findings).Write(f) }); err != nil {
				e.errorf(err)
				return exitStatus(exitError)
			}
			_, _ = fmt.Fprintf(e.stdout, "wrote %s: %d findings\n", args[0], len(res.Findings))
			return nil
		},
	}
	s.register(c.Flags())
	return c
}
