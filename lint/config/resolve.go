package config

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/lexicon"
)

// Resolved is a configuration ready to lint with: the linter for its rules
// (the built-in ones and its custom ones), its word lists, and its files'
// settings merged in order.
type Resolved struct {
	File     *File
	Linter   *lint.Linter
	Lexicons *lexicon.Lexicons

	preset    string
	require   []lint.Kind
	layers    []map[string]RuleConfig // each file's rules, the extended file's first
	ignore    []scoped                // every file's ignore globs
	overrides []scopedOverride        // every file's overrides, in order
	custom    []*Custom

	mu     sync.Mutex
	shared map[string]*lint.Settings // by flags, when no override can differ per file
}

// scoped is a glob with the folder it is relative to.
type scoped struct {
	glob, dir string
}

// scopedOverride is an override with the folder its globs are relative to.
type scopedOverride struct {
	Override
	dir string
}

// Resolve prepares a configuration file for linting. A file that extends
// another merges onto it, the extended file first, as ESLint merges
// "extends" (markdownlint-cli2 names the extended file the same way): the
// preset comes from the first file of the chain; rules merge rule by rule,
// and a rule given only a severity keeps the options the extended file
// set; require is the last file's that sets it; ignore globs, overrides,
// heading words, lexicon changes and custom rules add up, each glob
// relative to its own file's folder, and a custom rule replaces one of the
// same id.
func Resolve(f *File, builtin []*lint.Rule) *Resolved {
	r := &Resolved{File: f, preset: f.Preset(), custom: f.customs(), Lexicons: lexicon.Default()}
	rules := append([]*lint.Rule(nil), builtin...)
	for _, c := range r.custom {
		rules = append(rules, c.rule)
	}
	r.Linter = lint.NewLinter(rules)
	var lex *lexicon.Lexicons
	for _, g := range f.chain() {
		if g.Require != nil {
			r.require = g.Require
		}
		if len(g.Rules) > 0 {
			r.layers = append(r.layers, g.Rules)
		}
		for _, glob := range g.Ignore {
			r.ignore = append(r.ignore, scoped{glob, g.Dir()})
		}
		for _, o := range g.Overrides {
			r.overrides = append(r.overrides, scopedOverride{o, g.Dir()})
		}
		if len(g.Headings) == 0 && len(g.Lexicons) == 0 {
			continue
		}
		if lex == nil {
			lex = lexicon.Default().Clone()
		}
		for _, kind := range lint.Kinds {
			set := lex.Get("heading-" + string(kind))
			for _, a := range g.Headings[kind] {
				set.Add(a)
			}
		}
		for _, name := range sortedKeys(g.Lexicons) {
			set := lex.Get(name)
			for _, w := range g.Lexicons[name].Add {
				set.Add(w)
			}
			for _, w := range g.Lexicons[name].Remove {
				set.Remove(w)
			}
		}
	}
	if lex != nil {
		r.Lexicons = lex
	}
	return r
}

// Custom returns the custom rules in force: the file's and those of the
// files it extends.
func (r *Resolved) Custom() []*Custom { return r.custom }

// Flags are the command line's choice of rules, applied after the file's.
type Flags struct {
	// Enable turns rules on (even ones the file turns off).
	Enable []string
	// Disable turns rules off.
	Disable []string
	// Only runs just these rules.
	Only []string
}

// CheckRuleNames reports names that are no rule of the linter.
func (r *Resolved) CheckRuleNames(names []string) error {
	for _, n := range names {
		if r.Linter.Rule(n) == nil {
			var known []string
			for _, rule := range r.Linter.Rules() {
				known = append(known, rule.Name)
			}
			return fmt.Errorf("unknown rule %q%s; vmlint rules lists them", n, suggest(n, known))
		}
	}
	return nil
}

// relPath returns path relative to dir, with forward slashes, for
// matching globs.
func relPath(dir, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	dir, err = filepath.Abs(dir)
	if err != nil {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(rel)
}

// Match reports whether a glob matches path or one of its parent folders
// ("drafts" and "drafts/**" both match "drafts/a.md").
func Match(glob, path string) bool {
	for p := path; p != "." && p != "/" && p != ""; p = filepath.ToSlash(filepath.Dir(p)) {
		if ok, _ := doublestar.Match(glob, p); ok {
			return true
		}
		if !strings.Contains(p, "/") {
			break
		}
	}
	return false
}

// Ignored reports whether the ignore globs of the configuration's files
// match path.
func (r *Resolved) Ignored(path string) bool {
	for _, g := range r.ignore {
		if Match(g.glob, relPath(g.dir, path)) {
			return true
		}
	}
	return false
}

// Settings returns the settings for linting the file at path: the preset,
// the file's rules, the overrides whose globs match, then the flags.
//
// Settings are read-only once returned: without overrides, every file of a
// configuration shares one.
func (r *Resolved) Settings(path string, flags Flags) *lint.Settings {
	if len(r.overrides) > 0 {
		return r.settings(path, flags)
	}
	key := fmt.Sprint(flags)
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := r.shared[key]; ok {
		return s
	}
	if r.shared == nil {
		r.shared = map[string]*lint.Settings{}
	}
	s := r.settings(path, flags)
	r.shared[key] = s
	return s
}

func (r *Resolved) settings(path string, flags Flags) *lint.Settings {
	s := &lint.Settings{Rules: map[string]lint.RuleSetting{}, Require: r.require, Lexicons: r.Lexicons}
	for _, rule := range r.Linter.Rules() {
		rs := lint.RuleSetting{Severity: rule.Severity, Options: rule.DefaultOptions()}
		if r.preset == "strict" {
			// The strict preset raises info to warning, and takes each
			// option's strict value (lint.OptionOf.WithStrict).
			if rule.Severity == lint.Info {
				rs.Severity = lint.Warning
			}
			rs.Options = rule.StrictOptions()
		}
		s.Rules[rule.Name] = rs
	}
	apply := func(rules map[string]RuleConfig) {
		for name, rc := range rules {
			rs, on := s.Rules[name]
			if !on {
				rule := r.Linter.Rule(name)
				rs = lint.RuleSetting{Severity: rule.Severity, Options: rule.DefaultOptions()}
			}
			if rc.Off {
				delete(s.Rules, name)
				continue
			}
			if rc.Severity != 0 {
				rs.Severity, rs.Fixed = rc.Severity, true
			}
			if len(rc.Options) > 0 {
				opts := lint.Options{}
				for k, v := range rs.Options {
					opts[k] = v
				}
				for k, v := range rc.Options {
					opts[k] = v
				}
				rs.Options = opts
			}
			s.Rules[name] = rs
		}
	}
	for _, rules := range r.layers {
		apply(rules)
	}
	for _, o := range r.overrides {
		rel := relPath(o.dir, path)
		for _, g := range o.Files {
			if Match(g, rel) {
				apply(o.Rules)
				break
			}
		}
	}
	for _, name := range flags.Enable {
		if _, on := s.Rules[name]; !on {
			rule := r.Linter.Rule(name)
			s.Rules[name] = lint.RuleSetting{Severity: rule.Severity, Options: rule.DefaultOptions()}
		}
	}
	for _, name := range flags.Disable {
		delete(s.Rules, name)
	}
	if len(flags.Only) > 0 {
		only := map[string]bool{}
		for _, name := range flags.Only {
			only[name] = true
			if _, on := s.Rules[name]; !on {
				rule := r.Linter.Rule(name)
				s.Rules[name] = lint.RuleSetting{Severity: rule.Severity, Options: rule.DefaultOptions()}
			}
		}
		for name := range s.Rules {
			if !only[name] {
				delete(s.Rules, name)
			}
		}
	}
	return s
}

// Loader finds, loads and caches the configuration for each linted file.
// It is safe for concurrent use.
type Loader struct {
	// Builtin are the rules every configuration starts from.
	Builtin []*lint.Rule
	// Explicit, when set, is the one configuration file for every file (--config).
	Explicit string
	// NoConfig ignores configuration files (--no-config).
	NoConfig bool

	mu       sync.Mutex
	byPath   map[string]*Resolved // configuration path ("" for the defaults) → resolved
	errs     map[string]error
	byFolder map[string]string // folder → configuration path found for it
}

// For returns the configuration for the file at path: the nearest
// .vmlint.yml in its folder or a parent, up to the repository root.
func (l *Loader) For(path string) (*Resolved, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.byPath == nil {
		l.byPath, l.errs, l.byFolder = map[string]*Resolved{}, map[string]error{}, map[string]string{}
	}
	cfg := ""
	switch {
	case l.NoConfig:
	case l.Explicit != "":
		cfg = l.Explicit
	default:
		dir := filepath.Dir(path)
		found, ok := l.byFolder[dir]
		if !ok {
			var err error
			found, err = Find(dir)
			if err != nil {
				return nil, err
			}
			l.byFolder[dir] = found
		}
		cfg = found
	}
	if r, ok := l.byPath[cfg]; ok {
		return r, nil
	}
	if err, ok := l.errs[cfg]; ok {
		return nil, err
	}
	f := Default()
	if cfg != "" {
		var err error
		if f, err = Load(cfg, l.Builtin); err != nil {
			l.errs[cfg] = err
			return nil, err
		}
	}
	r := Resolve(f, l.Builtin)
	l.byPath[cfg] = r
	return r, nil
}

// ValidGlob reports whether a glob is well formed.
func ValidGlob(g string) bool { return doublestar.ValidatePattern(g) }
