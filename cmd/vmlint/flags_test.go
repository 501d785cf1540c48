package main

import (
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// eachFlag calls fn for every flag of every command, named by the command.
func eachFlag(root *cobra.Command, fn func(cmd string, f *pflag.Flag)) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		c.InitDefaultVersionFlag()
		c.NonInheritedFlags().VisitAll(func(f *pflag.Flag) { fn(c.CommandPath(), f) })
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// TestFlagDefaultsAreTheBehaviour: the default --help states for each flag
// is the value the command uses when the flag is not given, and typing it
// back gives the same value.
func TestFlagDefaultsAreTheBehaviour(t *testing.T) {
	root := newRoot(&env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard})
	n := 0
	eachFlag(root, func(cmd string, f *pflag.Flag) {
		n++
		if got := f.Value.String(); got != f.DefValue {
			t.Errorf("%s --%s: help says the default is %q, but it is %q", cmd, f.Name, f.DefValue, got)
		}
		if f.Value.Type() == "stringSlice" || f.Value.Type() == "stringArray" {
			return // "[]": typing it back is giving no value
		}
		if err := f.Value.Set(f.DefValue); err != nil {
			t.Errorf("%s --%s: the stated default %q is not accepted: %v", cmd, f.Name, f.DefValue, err)
		} else if got := f.Value.String(); got != f.DefValue {
			t.Errorf("%s --%s: set to its stated default %q, it is %q", cmd, f.Name, f.DefValue, got)
		}
	})
	if n < 20 {
		t.Fatalf("only %d flags checked", n)
	}
}

// TestREADMEFlagDefaults: the defaults the README's flag table states are
// the defaults the flags have.
func TestREADMEFlagDefaults(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	root := newRoot(&env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard})
	lint, _, err := root.Find([]string{"lint"})
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `--([a-z-]+)(?:[^|\\\\]|\\\\.)*\\|[^|]*\\(default `([^`]+)`")
	rows := row.FindAllStringSubmatch(string(data), -1)
	if len(rows) < 3 {
		t.Fatalf("found %d flags with a stated default in the README", len(rows))
	}
	for _, m := range rows {
		f := lint.Flags().Lookup(m[1])
		if f == nil {
			t.Errorf("the README documents --%s, which lint does not have", m[1])
			continue
		}
		want := f.Value.String()
		if err := f.Value.Set(m[2]); err != nil || f.Value.String() != want {
			t.Errorf("--%s: the README says the default is %q, the flag's is %q", m[1], m[2], want)
		}
	}
}
