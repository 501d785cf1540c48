package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/lexicon"
)

// parser validates one configuration file, collecting every problem.
type parser struct {
	path    string
	builtin map[string]*lint.Rule
	known   map[string]*lint.Rule // the built-in rules and the custom rules in force here
	bad     map[*yaml.Node]bool   // nodes that failed their shape: not read
	errs    Errors
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	pos := lint.Pos{}
	if n != nil {
		pos = lint.Pos{Line: n.Line, Column: n.Column}
	}
	p.errs = append(p.errs, &lint.FileError{Path: p.path, Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

var yamlLine = lazyRegexp(`^yaml: line (\d+): `)

// Parse validates configuration data read from path against the known
// rules. A file it extends (extends: ../.vmlint.yml) is read as well, and
// the files that one extends, relative to the folder of the file that
// names it; a file that extends itself, directly or not, is an error.
//
// The error, when not nil, is Errors: every problem of the file, sorted by
// line and column, after those of the files it extends.
func Parse(path string, data []byte, known []*lint.Rule) (*File, error) {
	return parseChain(path, data, known, []string{absPath(path)})
}

func absPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	return abs
}

// parseChain parses one file of a chain of extends; stack holds the
// absolute paths of the chain so far, this file's last.
func parseChain(path string, data []byte, builtin []*lint.Rule, stack []string) (*File, error) {
	p := &parser{path: path, builtin: map[string]*lint.Rule{}, known: map[string]*lint.Rule{}, bad: map[*yaml.Node]bool{}}
	for _, r := range builtin {
		p.builtin[r.Name] = r
		p.known[r.Name] = r
	}
	f := &File{Path: path, Extends: "recommended"}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		msg := err.Error()
		fe := &lint.FileError{Path: path, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
		if m := yamlLine().FindStringSubmatch(msg); m != nil {
			line, _ := strconv.Atoi(m[1])
			fe.Pos = lint.Pos{Line: line, Column: 1}
			fe.Msg = "invalid YAML: " + msg[len(m[0]):]
		}
		return nil, Errors{fe}
	}
	if len(root.Content) == 0 {
		return f, nil // an empty file: the defaults
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		if isNull(top) {
			return f, nil // only comments
		}
		p.errorf(top, "configuration must be a mapping of keys such as rules and ignore")
		return nil, p.errs
	}

	// The file this one extends comes first: its custom rules may be
	// configured here.
	var inherited Errors
	if ext := lookup(top, "extends"); ext != nil && ext.Kind == yaml.ScalarNode && isPath(ext.Value) {
		f.Base, inherited = p.extend(ext, builtin, stack)
		for _, c := range f.Base.customs() {
			p.known[c.ID] = c.rule
		}
	}
	// Custom rules defined here may be configured here too.
	var customIDs []string
	if c := lookup(top, "custom"); c != nil && c.Kind == yaml.SequenceNode {
		for _, item := range c.Content {
			if id := lookup(item, "id"); id != nil && id.Kind == yaml.ScalarNode && p.builtin[id.Value] == nil {
				customIDs = append(customIDs, id.Value)
			}
		}
	}
	p.check(top, configShape(p.rulesWith(customIDs), lexicon.Default().Names()))
	p.read(f, top)
	if len(p.errs) > 0 || len(inherited) > 0 {
		sort.SliceStable(p.errs, func(i, j int) bool {
			a, b := p.errs[i].Pos, p.errs[j].Pos
			return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
		})
		return nil, append(inherited, p.errs...)
	}
	return f, nil
}

// isPath tells an extended file from a preset.
func isPath(extends string) bool {
	return !contains(Presets, extends) && patternRegexp(pathPattern).MatchString(extends)
}

// rulesWith returns the rules in force with custom rules of the given ids
// (whose definitions are read later) standing in for their own.
func (p *parser) rulesWith(customIDs []string) []*lint.Rule {
	rules := make([]*lint.Rule, 0, len(p.known)+len(customIDs))
	for _, name := range sortedKeys(p.known) {
		rules = append(rules, p.known[name])
	}
	for _, id := range customIDs {
		if p.known[id] == nil {
			rules = append(rules, &lint.Rule{Name: id, Doc: "custom rule", Severity: lint.Warning})
		}
	}
	return rules
}

// extend reads the file an extends key names. Its problems are its own,
// reported at its own lines; a file that cannot be read, or that closes a
// cycle, is reported at the extends key.
func (p *parser) extend(n *yaml.Node, builtin []*lint.Rule, stack []string) (*File, Errors) {
	target := n.Value
	if !filepath.IsAbs(target) {
		target = filepath.Join(filepath.Dir(p.path), filepath.FromSlash(target))
	}
	abs := absPath(target)
	for i, s := range stack {
		if s == abs {
			cycle := append(append([]string(nil), stack[i:]...), abs)
			for k := range cycle { // as the extends keys name them, from this file's folder
				if rel, err := filepath.Rel(filepath.Dir(absPath(p.path)), cycle[k]); err == nil {
					cycle[k] = filepath.ToSlash(rel)
				}
			}
			p.errorf(n, "extends %s, which leads back here: %s", n.Value, strings.Join(cycle, " → "))
			p.bad[n] = true
			return nil, nil
		}
	}
	data, err := os.ReadFile(target)
	if err != nil {
		p.errorf(n, "extends %s, which cannot be read: %s", n.Value, readError(err))
		p.bad[n] = true
		return nil, nil
	}
	base, err := parseChain(target, data, builtin, append(stack, abs))
	if err != nil {
		var errs Errors
		if errors.As(err, &errs) {
			return nil, errs
		}
		return nil, Errors{{Path: target, Msg: err.Error()}}
	}
	return base, nil
}

// readError words a file system error without the path, which the caller names.
func readError(err error) string {
	switch {
	case os.IsNotExist(err):
		return "no such file"
	case os.IsPermission(err):
		return "permission denied"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// read fills f from the file's top mapping, skipping what failed its
// shape, and checks what the shapes cannot say: well-formed globs and
// regular expressions, custom rule ids that are free.
func (p *parser) read(f *File, top *yaml.Node) {
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, val := top.Content[i], top.Content[i+1]
		if p.bad[key] || p.bad[val] || isNull(val) {
			continue
		}
		switch key.Value {
		case "extends":
			f.Extends = val.Value
		case "rules":
			f.Rules, f.ruleOrder = p.rules(val)
		case "require":
			f.Require = []lint.Kind{}
			for _, s := range p.strings(val) {
				f.Require = append(f.Require, lint.Kind(s.value))
			}
		case "overrides":
			for _, c := range val.Content {
				if p.bad[c] {
					continue
				}
				var o Override
				if files := lookup(c, "files"); files != nil {
					o.Files = p.globs(files)
				}
				if rules := lookup(c, "rules"); rules != nil && !isNull(rules) {
					o.Rules, _ = p.rules(rules)
				}
				f.Overrides = append(f.Overrides, o)
			}
		case "ignore":
			f.Ignore = p.globs(val)
		case "headings":
			f.Headings = map[lint.Kind][]string{}
			for k := 0; k+1 < len(val.Content); k += 2 {
				if list := val.Content[k+1]; !p.bad[list] && !isNull(list) {
					kind := lint.Kind(val.Content[k].Value)
					for _, s := range p.strings(list) {
						f.Headings[kind] = append(f.Headings[kind], s.value)
					}
				}
			}
		case "lexicons":
			f.Lexicons = map[string]LexiconChange{}
			for k := 0; k+1 < len(val.Content); k += 2 {
				name, change := val.Content[k], val.Content[k+1]
				if p.bad[name] || p.bad[change] || isNull(change) {
					continue
				}
				var ch LexiconChange
				if add := lookup(change, "add"); add != nil {
					ch.Add = values(p.strings(add))
				}
				if remove := lookup(change, "remove"); remove != nil {
					ch.Remove = values(p.strings(remove))
				}
				f.Lexicons[name.Value] = ch
			}
		case "custom":
			f.Custom = p.custom(val)
		}
	}
}

// lookup returns the value of key in a mapping node, or nil.
func lookup(m *yaml.Node, key string) *yaml.Node {
	if m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// item is a string with the node it came from.
type item struct {
	value string
	node  *yaml.Node
}

// strings reads a list of strings that passed its shape; a single string
// counts as a list of one.
func (p *parser) strings(n *yaml.Node) []item {
	if n.Kind == yaml.ScalarNode {
		if isNull(n) {
			return nil
		}
		return []item{{n.Value, n}}
	}
	var out []item
	for _, c := range n.Content {
		out = append(out, item{c.Value, c})
	}
	return out
}

func values(items []item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.value
	}
	return out
}

// globs reads a list of globs, reporting the malformed ones.
func (p *parser) globs(n *yaml.Node) []string {
	var out []string
	for _, s := range p.strings(n) {
		if !doublestar.ValidatePattern(s.value) {
			p.errorf(s.node, "bad glob %q", s.value)
			continue
		}
		out = append(out, s.value)
	}
	return out
}

// rules reads a rules mapping that passed its shape: each rule off, on, a
// severity, or a mapping with severity and options.
func (p *parser) rules(n *yaml.Node) (map[string]RuleConfig, []string) {
	out := map[string]RuleConfig{}
	var order []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if p.bad[key] || p.bad[val] {
			continue
		}
		r := p.known[key.Value]
		if r == nil {
			continue // a custom rule whose definition has problems of its own
		}
		rc := RuleConfig{}
		setting := val
		if val.Kind == yaml.MappingNode {
			setting = lookup(val, "severity")
			for k := 0; k+1 < len(val.Content); k += 2 {
				name, v := val.Content[k].Value, val.Content[k+1]
				if opt := option(r, name); opt != nil {
					if rc.Options == nil {
						rc.Options = lint.Options{}
					}
					rc.Options[name] = p.optionValue(opt, v)
				}
			}
		}
		if setting != nil {
			switch setting.Value {
			case "off", "false":
				rc.Off = true
			case "on", "true":
			default:
				rc.Severity, _ = lint.ParseSeverity(setting.Value)
			}
		}
		out[key.Value] = rc
		order = append(order, key.Value)
	}
	return out, order
}

// option returns the rule's option of that name, or nil.
func option(r *lint.Rule, name string) lint.Option {
	for _, o := range r.Options {
		if o.Name() == name {
			return o
		}
	}
	return nil
}

// optionValue decodes an option that passed its shape to the type of its default.
func (p *parser) optionValue(opt lint.Option, n *yaml.Node) any {
	switch opt.Default().(type) {
	case int:
		var v int
		_ = n.Decode(&v)
		return v
	case float64:
		var v float64
		_ = n.Decode(&v)
		return v
	case bool:
		var v bool
		_ = n.Decode(&v)
		return v
	case string:
		return n.Value
	}
	return values(p.strings(n))
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// lazyRegexp compiles a regular expression on first use, so that start-up
// (the pre-commit case) pays only for the expressions a run needs.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
