package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/vmlint/vmlint/internal/stop"
	"github.com/vmlint/vmlint/lint/visible"
)

// Exit statuses.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
	// exitInterrupted is the shell's status for a process ended by SIGINT.
	exitInterrupted = 130
)

// exitStatus carries a command's exit status back to run without printing.
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// env is what a command reads and writes; tests replace it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// errorf writes err to standard error as one compiler-style line. A file's
// path and an error's message can hold what a document or a file name
// holds, so control characters (escape sequences, line feeds) show as
// visible ones there too, as in the findings: the line stays one line.
func (e *env) errorf(err error) {
	_, _ = fmt.Fprintln(e.stderr, visible.String(errorLine(err), ""))
}

// run executes vmlint with args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// Output goes out in whole pieces: a signal ends vmlint between two,
	// never in the middle of one (package stop).
	stdout = stop.Writer(stdout)
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRoot(e)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Ctrl-C or SIGTERM ends vmlint within a tenth of a second, whatever
	// it is doing: a long file, a read of standard input that waits. Only
	// the handler cancels ctx.
	defer stop.OnSignal(cancel, stderr)()
	err := root.ExecuteContext(ctx)
	if ctx.Err() != nil && err == nil {
		err = interrupted(e)
	}
	var status exitStatus
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &status):
		return int(status)
	default:
		_, _ = fmt.Fprintf(stderr, "vmlint: %v\n", err)
		return exitError
	}
}

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "vmlint",
		Short: "Lint product vision and mission statements in Markdown",
		Long: `vmlint finds the vision and mission statements in Markdown documents (under
headings, after labels, in front matter, in VISION.md files or as sentences
such as "Our mission is to …"), parses them into statements, sentences and
words with exact positions, and checks what they contain.`,
		Example: `  # Lint the example documents
  vmlint lint testdata/examples

  # Show what vmlint finds in them
  vmlint inspect testdata/examples

  # The same as JSON, for scripts
  vmlint inspect --format json docs/

  # Read a document from standard input
  cat VISION.md | vmlint inspect --stdin-filename VISION.md -`,
		Version:       "-", // --version prints versionLine (the build info is read then only)
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate("{{with .Name}}{{printf \"%s \" .}}{{end}}version " + "{{vmlintVersion}}\n")
	root.SetFlagErrorFunc(usageError)
	root.PersistentFlags().String("color", "auto", "colour the output: auto, always or never")
	root.AddCommand(newLint(e), newBaseline(e), newInspect(e), newRules(e), newExplain(e), newInit(e), newConfig(e), newLSP(e))
	return root
}

// interrupted is where a command that sees the run cancelled stops. Only
// the signal handler (stop.OnSignal) cancels it, and the handler ends the
// program itself, with the status for its signal, once no output is being
// written; so interrupted leaves it the time to, and only should it not,
// reports the interruption itself.
func interrupted(e *env) error {
	time.Sleep(time.Second)
	_, _ = fmt.Fprintln(e.stderr, "vmlint: interrupted")
	return exitStatus(exitInterrupted)
}

// usageError prints a usage error the way vmlint prints every error and
// returns the usage exit status.
func usageError(c *cobra.Command, err error) error {
	_, _ = fmt.Fprintf(c.ErrOrStderr(), "vmlint: %v\nRun '%s --help' for usage.\n", err, c.CommandPath())
	return exitStatus(exitError)
}

// useColor decides whether to colour output written to w: "always" and
// "never" say so; "auto" colours a terminal unless NO_COLOR is set or
// TERM is "dumb", and FORCE_COLOR or CLICOLOR_FORCE force it on.
func useColor(c *cobra.Command, w io.Writer) (bool, error) {
	mode, _ := c.Flags().GetString("color")
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
	default:
		return false, usageError(c, fmt.Errorf("invalid --color %q: want auto, always or never", mode))
	}
	if os.Getenv("NO_COLOR") != "" {
		return false, nil
	}
	if v := os.Getenv("FORCE_COLOR"); v != "" && v != "0" {
		return true, nil
	}
	if v := os.Getenv("CLICOLOR_FORCE"); v != "" && v != "0" {
		return true, nil
	}
	if u, ok := w.(interface{ Unwrap() io.Writer }); ok {
		w = u.Unwrap() // the terminal under stop.Writer
	}
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false, nil
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()), nil
}
