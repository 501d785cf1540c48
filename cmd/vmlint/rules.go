package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/config"
	"github.com/vmlint/vmlint/rules"
)

// ruleSource is where rules and explain find the rules: the built-in ones
// and the custom rules of the configuration in force in the current
// folder (or of --config).
type ruleSource struct {
	configPath string
	noConfig   bool
}

func (s *ruleSource) register(c *cobra.Command) {
	c.Flags().StringVar(&s.configPath, "config", "", "take custom rules from this configuration file")
	c.Flags().BoolVar(&s.noConfig, "no-config", false, "the built-in rules only, ignoring configuration files")
}

// load returns the configuration in force in the current folder. A
// configuration that cannot be loaded is reported, one line a problem.
func (s *ruleSource) load(e *env) (*config.Resolved, error) {
	if s.configPath != "" && s.noConfig {
		return nil, errors.New("--config and --no-config exclude each other")
	}
	loader := &config.Loader{Builtin: rules.All, Explicit: s.configPath, NoConfig: s.noConfig}
	resolved, err := loader.For(filepath.Join(".", "vmlint.md"))
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			e.errorf(errors.New(line))
		}
		return nil, exitStatus(exitError)
	}
	return resolved, nil
}

func newRules(e *env) *cobra.Command {
	var source ruleSource
	c := &cobra.Command{
		Use:   "rules",
		Short: "List every rule: name, what it applies to, default severity and title; then the custom rules in force",
		Long: `rules lists the built-in rules, then the custom rules of the configuration
in force in the current folder (or of --config): their check, their message
and where they are defined.`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			resolved, err := source.load(e)
			if err != nil {
				return maybeUsage(c, err)
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
			_, _ = fmt.Fprintln(tw, "RULE\tAPPLIES TO\tSEVERITY\tTITLE")
			for _, r := range lint.NewLinter(rules.All).Rules() {
				_, _ = fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Name, r.Applies, r.Severity, r.Title())
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			custom := resolved.Custom()
			if len(custom) == 0 {
				return nil
			}
			_, _ = fmt.Fprintln(e.stdout, "\nCustom rules, from the configuration:")
			tw = tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
			_, _ = fmt.Fprintln(tw, "RULE\tAPPLIES TO\tSEVERITY\tCHECK\tMESSAGE\tDEFINED AT")
			for _, cr := range custom {
				_, _ = fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", cr.ID, cr.Applies, cr.Severity, cr.CheckString(), cr.Message, where(cr))
			}
			return tw.Flush()
		},
	}
	source.register(c)
	return c
}

// where is where a custom rule is defined: path:line:col, the path
// relative to the current folder when it is under it.
func where(c *config.Custom) string {
	path := c.Path
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
			path = rel
		}
	}
	return fmt.Sprintf("%s:%d:%d", path, c.Pos.Line, c.Pos.Column)
}

// maybeUsage prints a usage error for a plain error, and passes an exit
// status (already reported) through.
func maybeUsage(c *cobra.Command, err error) error {
	var status exitStatus
	if errors.As(err, &status) {
		return err
	}
	return usageError(c, err)
}

func newExplain(e *env) *cobra.Command {
	var source ruleSource
	c := &cobra.Command{
		Use:   "explain RULE",
		Short: "Explain a rule: why it matters, its options and examples",
		Long: `explain prints a rule's documentation: why it matters, its hint, good and
bad examples, options and word lists. For a custom rule of the
configuration in force (or of --config) it prints its check, its message
and where it is defined.`,
		Example: "  vmlint explain mission-audience",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError(c, errors.New("explain takes one rule name"))
			}
			return nil
		},
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			var names []string
			for _, r := range rules.All {
				names = append(names, r.Name)
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			resolved, err := source.load(e)
			if err != nil {
				return maybeUsage(c, err)
			}
			for _, cr := range resolved.Custom() {
				if cr.ID == args[0] {
					return writeCustomExplain(e.stdout, cr)
				}
			}
			r := resolved.Linter.Rule(args[0])
			if r == nil {
				return usageError(c, resolved.CheckRuleNames(args))
			}
			return writeExplain(e.stdout, r, resolved.Linter.Rules())
		},
	}
	source.register(c)
	return c
}

// writeCustomExplain writes what a custom rule is and where it comes from.
func writeCustomExplain(w io.Writer, c *config.Custom) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: custom rule, defined at %s\n\n", c.ID, where(c))
	fmt.Fprintf(&b, "Applies to: %s\nDefault severity: %s\n", c.Applies, c.Severity)
	fmt.Fprintf(&b, "Check: %s\n", c.CheckString())
	fmt.Fprintf(&b, "Message: %s\n", c.Message)
	fmt.Fprintf(&b, "\nConfigure it in .vmlint.yml:\n\n  rules:\n    %s: off | error | warning | info\n", c.ID)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeExplain writes a rule's whole documentation; all are the rules it
// may take precedence over or give way to.
func writeExplain(w io.Writer, r *lint.Rule, all []*lint.Rule) error {
	title, body, _ := strings.Cut(r.Doc, "\n")
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\n", r.Name, title)
	fmt.Fprintf(&b, "Applies to: %s\nDefault severity: %s\n", r.Applies, r.Severity)
	if body = strings.TrimSpace(body); body != "" {
		fmt.Fprintf(&b, "\n%s\n", body)
	}
	if r.Hint != "" {
		fmt.Fprintf(&b, "\nHint: %s\n", r.Hint)
	}
	fmt.Fprintf(&b, "\nGood:\n%s\n\nBad:\n%s\n", indent(r.Good), indent(r.Bad))
	if len(r.Options) > 0 {
		b.WriteString("\nOptions:\n")
		for _, o := range r.Options {
			fmt.Fprintf(&b, "  %s (default %v", o.Name(), o.Default())
			if fmt.Sprint(o.Strict()) != fmt.Sprint(o.Default()) {
				fmt.Fprintf(&b, "; %v under extends: strict", o.Strict())
			}
			fmt.Fprintf(&b, "): %s\n", o.Doc())
		}
	} else {
		b.WriteString("\nOptions: none\n")
	}
	if len(r.Lexicons) > 0 {
		fmt.Fprintf(&b, "\nWord lists (lint/lexicon/lexicons.txt; change them under lexicons: in .vmlint.yml): %s\n", strings.Join(r.Lexicons, ", "))
	}
	var givesWay []string
	for _, other := range all {
		if slices.Contains(other.Supersedes, r.Name) {
			givesWay = append(givesWay, other.Name)
		}
	}
	if len(r.Supersedes) > 0 || len(givesWay) > 0 {
		b.WriteString("\nOne fault, one finding:\n")
		if len(r.Supersedes) > 0 {
			fmt.Fprintf(&b, "  takes precedence over %s: their findings within its words are dropped\n", strings.Join(r.Supersedes, ", "))
		}
		if len(givesWay) > 0 {
			fmt.Fprintf(&b, "  gives way to %s: its findings within their words are dropped\n", strings.Join(givesWay, ", "))
		}
	}
	fmt.Fprintf(&b, "\nConfigure it in .vmlint.yml:\n\n  rules:\n    %s: off | error | warning | info\n", r.Name)
	_, err := io.WriteString(w, b.String())
	return err
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}

func newInit(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "init",
		Short: "Write a commented starter .vmlint.yml in the current folder",
		Args:  noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			for _, name := range config.FileNames {
				if _, err := os.Stat(name); err == nil {
					e.errorf(fmt.Errorf("%s: already exists; vmlint init does not overwrite it", name))
					return exitStatus(exitError)
				}
			}
			f, err := os.OpenFile(config.FileNames[0], os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if err != nil {
				e.errorf(err)
				return exitStatus(exitError)
			}
			if _, err := f.WriteString(config.Starter(rules.All)); err != nil {
				_ = f.Close()
				e.errorf(err)
				return exitStatus(exitError)
			}
			if err := f.Close(); err != nil {
				e.errorf(err)
				return exitStatus(exitError)
			}
			_, _ = fmt.Fprintf(e.stdout, "wrote %s\n", config.FileNames[0])
			return nil
		},
	}
}

func newConfig(e *env) *cobra.Command {
	var configPath string
	var noConfig, schema bool
	var flags config.Flags
	c := &cobra.Command{
		Use:   "config [PATH]",
		Short: "Print the configuration in force for a file or folder, or the configuration's JSON Schema",
		Long: `config prints, as YAML, the configuration vmlint uses for PATH (the
current folder when none is given): which files it comes from, every rule
with its severity and options after presets, extended files, overrides and
flags, and the files' other settings.

With --schema it prints instead a JSON Schema (draft 2020-12) of
.vmlint.yml, for editors that complete and check YAML against a schema
(yaml-language-server, used by VS Code, Neovim, Helix and others).`,
		Example: "  vmlint config docs/product/VISION.md\n  vmlint config --schema > .vmlint.schema.json",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageError(c, errors.New("config takes at most one PATH"))
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			if schema {
				if len(args) > 0 {
					return usageError(c, errors.New("config --schema takes no PATH"))
				}
				out, err := config.Schema(rules.All)
				if err != nil {
					return err
				}
				_, err = e.stdout.Write(out)
				return err
			}
			path := "."
			if len(args) == 1 {
				path = args[0]
			}
			target := path
			if info, err := os.Stat(path); err == nil && info.IsDir() {
				target = filepath.Join(path, "vmlint.md") // any file in the folder finds the same configuration
			}
			loader := &config.Loader{Builtin: rules.All, Explicit: configPath, NoConfig: noConfig}
			resolved, err := loader.For(target)
			if err != nil {
				for _, line := range strings.Split(err.Error(), "\n") {
					e.errorf(errors.New(line))
				}
				return exitStatus(exitError)
			}
			for _, names := range [][]string{flags.Enable, flags.Disable, flags.Only} {
				if err := resolved.CheckRuleNames(names); err != nil {
					return usageError(c, err)
				}
			}
			out, err := resolved.Effective(path, flags)
			if err != nil {
				return err
			}
			_, err = e.stdout.Write(out)
			return err
		},
	}
	c.Flags().StringVar(&configPath, "config", "", "use this configuration file")
	c.Flags().BoolVar(&noConfig, "no-config", false, "show the built-in defaults")
	c.Flags().BoolVar(&schema, "schema", false, "print the JSON Schema of .vmlint.yml instead")
	c.Flags().StringSliceVar(&flags.Enable, "enable", nil, "turn these rules on")
	c.Flags().StringSliceVar(&flags.Disable, "disable", nil, "turn these rules off")
	c.Flags().StringSliceVar(&flags.Only, "only", nil, "run only these rules")
	return c
}

// noArgs rejects arguments as a usage error.
func noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError(c, fmt.Errorf("%s takes no arguments", c.Name()))
	}
	return nil
}
