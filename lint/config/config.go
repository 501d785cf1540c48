// Package config reads, validates and resolves vmlint configuration files
// (.vmlint.yml): which rules run at which severity with which options, per
// file, plus required statement kinds, ignored paths, extra heading
// aliases, lexicon changes and declarative custom rules.
package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// FileNames are the names a configuration file may have, in the order they
// are looked for in each directory.
var FileNames = []string{".vmlint.yml", ".vmlint.yaml"}

// Presets are the values "extends" takes.
var Presets = []string{"recommended", "strict"}

// File is one parsed and validated configuration file.
type File struct {
	// Path is where the file was read from; empty for the built-in defaults.
	Path string
	// Extends is a preset, "recommended" (the default) or "strict", or the
	// path of the configuration file this one starts from, as written.
	Extends string
	// Base is the file Extends names, read; nil for a preset.
	Base *File
	// Rules sets rules by name.
	Rules map[string]RuleConfig
	// Require lists statement kinds every linted document must contain;
	// nil when the file does not say (the file it extends decides).
	Require []lint.Kind
	// Overrides set rules for files matching globs, in order.
	Overrides []Override
	// Ignore lists globs of files not to lint, relative to the file's folder.
	Ignore []string
	// Headings adds heading aliases per kind.
	Headings map[lint.Kind][]string
	// Lexicons adds to or removes from the named word lists.
	Lexicons map[string]LexiconChange
	// Custom lists declarative rules.
	Custom []*Custom

	ruleOrder []string // rule names as written, for printing
}

// Dir is the folder globs are relative to: the file's folder, or the
// working directory for the built-in defaults.
func (f *File) Dir() string {
	if f.Path == "" {
		return "."
	}
	return filepath.Dir(f.Path)
}

// RuleConfig is how the configuration sets one rule.
type RuleConfig struct {
	// Off turns the rule off.
	Off bool
	// Severity, when not zero, replaces the rule's default severity.
	Severity lint.Severity
	// Options replaces some of the rule's option values.
	Options lint.Options
}

// Override sets rules for the files its globs match.
type Override struct {
	// Files are globs relative to the configuration file's folder; "**"
	// matches any number of folders.
	Files []string
	// Rules sets rules as the top-level rules key does.
	Rules map[string]RuleConfig
}

// LexiconChange adds and removes entries of one word list.
type LexiconChange struct {
	Add, Remove []string
}

// Default returns the configuration in force without a file.
func Default() *File {
	return &File{Extends: "recommended"}
}

// chain returns the files that make up f's configuration, the file the
// others extend first and f last.
func (f *File) chain() []*File {
	var out []*File
	for g := f; g != nil; g = g.Base {
		out = append([]*File{g}, out...)
	}
	return out
}

// Preset returns the preset the configuration starts from: the one the
// first file of its chain of extends names.
func (f *File) Preset() string {
	root := f.chain()[0]
	if contains(Presets, root.Extends) {
		return root.Extends
	}
	return "recommended"
}

// customs returns the custom rules of f's chain, by first definition; a
// file's rule replaces one of the same id in a file it extends.
func (f *File) customs() []*Custom {
	if f == nil {
		return nil
	}
	var out []*Custom
	at := map[string]int{}
	for _, g := range f.chain() {
		for _, c := range g.Custom {
			if i, ok := at[c.ID]; ok {
				out[i] = c
				continue
			}
			at[c.ID] = len(out)
			out = append(out, c)
		}
	}
	return out
}

// Find looks for a configuration file in dir and its parents, stopping
// after the first folder that holds .git (the repository root). It returns
// "" when there is none.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		for _, name := range FileNames {
			p := filepath.Join(abs, name)
			if info, err := os.Stat(p); err == nil && !info.IsDir() {
				return p, nil
			}
		}
		if _, err := os.Stat(filepath.Join(abs, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", nil
		}
		abs = parent
	}
}

// Load reads and validates a configuration file against the known rules.
func Load(path string, known []*lint.Rule) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var msg string
		switch {
		case os.IsNotExist(err):
			msg = "no such file"
		case os.IsPermission(err):
			msg = "permission denied"
		default:
			msg = err.Error()
		}
		return nil, &lint.FileError{Path: path, Msg: "cannot read configuration: " + msg}
	}
	return Parse(path, data, known)
}

// Errors is every problem found in one configuration file.
type Errors []*lint.FileError

// Error returns the problems, one per line.
func (e Errors) Error() string {
	lines := make([]string, len(e))
	for i, fe := range e {
		lines[i] = fe.Error()
	}
	return strings.Join(lines, "\n")
}

// suggest returns ` (did you mean "x"?)` for the known word a typo most
// likely meant, or "". Candidates are the words within a few edits of the
// word; of those, the one that keeps the most of its letters in order
// wins ("mision" keeps all six letters of "mission" but five of "vision",
// though both are one edit away), then the nearest, then the first listed.
func suggest(word string, known []string) string {
	best, bestKept, bestDist := "", -1, 0
	for _, k := range known {
		d := editDistance(word, k)
		if d >= len([]rune(word))/2+2 {
			continue
		}
		if kept := commonSubsequence(word, k); kept > bestKept || kept == bestKept && d < bestDist {
			best, bestKept, bestDist = k, kept, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// commonSubsequence is the length of the longest common subsequence of a
// and b: how many letters of one the other keeps in order.
func commonSubsequence(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			if ra[i-1] == rb[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
