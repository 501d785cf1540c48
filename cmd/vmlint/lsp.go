package main

import (
	"github.com/spf13/cobra"

	"github.com/vmlint/vmlint/lint/lsp"
	"github.com/vmlint/vmlint/rules"
)

func newLSP(e *env) *cobra.Command {
	var stdio bool
	c := &cobra.Command{
		Use:   "lsp",
		Short: "Run the editor server (Language Server Protocol over standard input and output)",
		Long: `lsp runs vmlint as a language server for editors: it speaks the Language
Server Protocol 3.17 on standard input and output, and logs to standard
error. Editors start it themselves; see "Editors" in the README for the
set-up of Neovim, Emacs, Helix, VS Code and Sublime Text.

It lints each open Markdown document as it is in the editor, with the
nearest .vmlint.yml, and gives the findings vmlint lint gives, at the same
places. Hover on a statement shows what vmlint understood of it; quick fixes
suppress a finding or apply a suggested replacement.

The exit status is 0 when the editor shut the server down, 1 otherwise.`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			status := lsp.Serve(c.Context(), e.stdin, e.stdout, lsp.Options{Rules: rules.All, Log: e.stderr, Version: version()})
			if status != 0 {
				return exitStatus(status)
			}
			return nil
		},
	}
	c.Flags().BoolVar(&stdio, "stdio", true, "talk over standard input and output (the only way; accepted for the clients that pass it)")
	return c
}
