package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/config"
	"github.com/vmlint/vmlint/lint/input"
	"github.com/vmlint/vmlint/lint/report"
	"github.com/vmlint/vmlint/rules"
)

// lintOptions are the flags of vmlint lint.
type lintOptions struct {
	failOn, minSeverity, configPath, stdinName string
	noConfig                                   bool
	ignore                                     []string
	flags                                      config.Flags
}

func newLint(e *env) *cobra.Command {
	var o lintOptions
	c := &cobra.Command{
		Use:   "lint [flags] [PATH...|-]",
		Short: "Check vision and mission statements and report findings",
		Long: `lint finds the vision and mission statements in the given Markdown files
and folders (the current folder when none is given), runs the rules over
them and prints one line per finding:

  path:line:col: severity: message [rule]

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for
usage, configuration or file errors (the other files are still linted).

Configuration comes from the nearest .vmlint.yml above each file, up to
the repository root, or from --config.`,
		Example: `  vmlint lint                          # everything under the current folder
  vmlint lint docs/ VISION.md
  vmlint lint --fail-on error --only mission-audience,vision-length docs/
  git show HEAD:VISION.md | vmlint lint --stdin-filename VISION.md -`,
		RunE: func(c *cobra.Command, args []string) error {
			return runLint(c, e, o, args)
		},
	}
	f := c.Flags()
	f.StringVar(&o.failOn, "fail-on", "warning", "lowest severity that makes the exit status 1: error, warning or info")
	f.StringVar(&o.minSeverity, "min-severity", "info", "lowest severity to show: error, warning or info")
	f.StringVar(&o.configPath, "config", "", "use this configuration file for every file")
	f.BoolVar(&o.noConfig, "no-config", false, "use the built-in defaults, ignoring configuration files")
	f.StringSliceVar(&o.ignore, "ignore", nil, "skip files matching these globs (relative to the current folder)")
	f.StringSliceVar(&o.flags.Enable, "enable", nil, "turn these rules on")
	f.StringSliceVar(&o.flags.Disable, "disable", nil, "turn these rules off")
	f.StringSliceVar(&o.flags.Only, "only", nil, "run only these rules")
	f.StringVar(&o.stdinName, "stdin-filename", "", "the file name to report (and find configuration for) when reading standard input (-)")
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
	if o.configPath != "" && o.noConfig {
		return usageError(c, errors.New("--config and --no-config exclude each other"))
	}
	for _, g := range o.ignore {
		if !config.ValidGlob(g) {
			return usageError(c, fmt.Errorf("--ignore: bad glob %q", g))
		}
	}
	loader := &config.Loader{Builtin: rules.All, Explicit: o.configPath, NoConfig: o.noConfig}
	if len(args) == 0 {
		args = []string{"."}
	}
	// Rule names on the command line must exist: built in, or custom in the
	// configuration that applies here.
	here, err := loader.For(filepath.Join(".", "vmlint.md"))
	if err != nil {
		e.errorf(err)
		return exitStatus(exitError)
	}
	for _, names := range [][]string{o.flags.Enable, o.flags.Disable, o.flags.Only} {
		if err := here.CheckRuleNames(names); err != nil {
			return usageError(c, err)
		}
	}

	failed := false
	reported := map[string]bool{} // configuration errors, once each
	files, errs := input.Expand(args)
	for _, err := range errs {
		e.errorf(err)
		failed = true
	}
	var findings []lint.Finding
	fails := false // whether any finding, shown or not, reaches --fail-on
	for _, path := range files {
		name := path
		if path == input.Stdin {
			name = o.stdinName
			if name == "" {
				name = "<stdin>"
			}
		}
		if ignoredByFlag(o.ignore, name) {
			continue
		}
		cfgPath := name
		if path == input.Stdin && o.stdinName == "" {
			cfgPath = filepath.Join(".", "stdin.md")
		}
		resolved, err := loader.For(cfgPath)
		if err != nil {
			if !reported[err.Error()] {
				reported[err.Error()] = true
				for _, line := range strings.Split(err.Error(), "\n") {
					e.errorf(errors.New(line))
				}
			}
			failed = true
			continue
		}
		if resolved.Ignored(cfgPath) {
			continue
		}
		src, err := input.Read(path, e.stdin)
		if err != nil {
			e.errorf(err)
			failed = true
			continue
		}
		doc, err := lint.ParseWith(name, src, resolved.Lexicons)
		if err != nil {
			e.errorf(err)
			failed = true
		}
		for _, f := range resolved.Linter.Lint(doc, resolved.Settings(cfgPath, o.flags)) {
			fails = fails || f.Severity >= failOn
			if f.Severity >= minSeverity {
				findings = append(findings, f)
			}
		}
	}
	lint.SortFindings(findings)
	if err := report.WriteLines(e.stdout, findings); err != nil {
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
