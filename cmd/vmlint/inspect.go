package main

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/driver"
	"github.com/vmlint/vmlint/lint/input"
	"github.com/vmlint/vmlint/lint/inspect"
	"github.com/vmlint/vmlint/rules"
)

func newInspect(e *env) *cobra.Command {
	var format, stdinName string
	c := &cobra.Command{
		Use:   "inspect [flags] PATH...",
		Short: "Show the statements vmlint finds and what it sees in them",
		Long: `inspect shows, per file, each vision and mission statement vmlint finds:
its kind, the form it was found in, its position, its text, its word and
sentence counts, its readability and its components (audience, value,
strategy, future, differentiation, purpose).

A PATH may be a file, a directory (walked for .md and .markdown files,
skipping .git, node_modules and vendor) or - for standard input.`,
		Example: `  vmlint inspect testdata/examples
  vmlint inspect --format json VISION.md
  vmlint inspect --stdin-filename docs/vision.md - < draft.md`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError(c, fmt.Errorf("inspect needs at least one PATH"))
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageError(c, fmt.Errorf("invalid --format %q: want text or json", format))
			}
			colored, err := useColor(c, e.stdout)
			if err != nil {
				return err
			}
			// Each file is written as soon as it and those before it are
			// done, a statement at a time, so that no more than the files in
			// flight are kept, and no document's output is held whole.
			r, err := newRunner(c, e, driver.Options{
				Rules: rules.All, Stdin: e.stdin, StdinName: stdinName, MaxSize: input.DefaultMaxSize,
				Jobs: runtime.GOMAXPROCS(0), KeepDocuments: true,
			})
			if err != nil {
				return err
			}
			var pending []byte // written in pieces of 64 KiB or so
			var writeErr error
			flush := func(b []byte) []byte {
				if len(b) > 0 && writeErr == nil {
					_, writeErr = e.stdout.Write(b)
				}
				return b[:0]
			}
			if format == "json" {
				pending = append(pending, inspect.JSONStart...)
			}
			files := 0
			_, failed, err := lintFiles(c, e, r, args, true, func(f *driver.File) {
				if !f.Linted {
					return
				}
				if format == "json" {
					pending = inspect.AppendJSONSeparator(pending, files)
					pending = inspect.AppendJSON(pending, f.Doc, flush)
				} else {
					pending = inspect.AppendTextSeparator(pending, files)
					pending = inspect.AppendText(pending, f.Doc, colored, flush)
				}
				f.Doc = nil
				files++
				if len(pending) >= 64<<10 {
					pending = flush(pending)
				}
			})
			if err != nil {
				return err
			}
			if format == "json" {
				pending = append(pending, inspect.JSONEnd(files)...)
			}
			if flush(pending); writeErr != nil {
				return writeErr
			}
			if failed {
				return exitStatus(exitError)
			}
			return nil
		},
	}
	c.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	c.Flags().StringVar(&stdinName, "stdin-filename", "", "the file name to report for standard input (-)")
	return c
}

// errorLine words an error as one compiler-style line: "path:line:col:
// error: message" or "path: error: message".
func errorLine(err error) string {
	var le *lint.FileError
	if errors.As(err, &le) {
		if le.Pos.Line > 0 {
			return fmt.Sprintf("%s:%d:%d: error: %s", le.Path, le.Pos.Line, le.Pos.Column, le.Msg)
		}
		return fmt.Sprintf("%s: error: %s", le.Path, le.Msg)
	}
	msg := err.Error()
	for i := 0; i+1 < len(msg); i++ {
		if msg[i] == ':' && msg[i+1] == ' ' {
			return msg[:i] + ": error:" + msg[i+1:]
		}
	}
	return "error: " + msg
}
