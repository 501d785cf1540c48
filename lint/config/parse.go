package config

import (
	"fmt"
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

var topKeys = []string{"extends", "rules", "require", "overrides", "ignore", "headings", "lexicons", "custom"}

// parser validates one configuration file, collecting every problem.
type parser struct {
	path  string
	known map[string]*lint.Rule
	names []string // known rule names, for suggestions
	errs  Errors
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	pos := lint.Pos{}
	if n != nil {
		pos = lint.Pos{Line: n.Line, Column: n.Column}
	}
	p.errs = append(p.errs, &lint.FileError{Path: p.path, Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

var yamlLine = lazyRegexp(`^yaml: line (\d+): `)

// Parse validates configuration data read from path against the known rules.
func Parse(path string, data []byte, known []*lint.Rule) (*File, error) {
	p := &parser{path: path, known: map[string]*lint.Rule{}}
	for _, r := range known {
		p.known[r.Name] = r
		p.names = append(p.names, r.Name)
	}
	f := Default()
	f.Path = path
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
		p.errorf(top, "configuration must be a mapping of keys such as rules and ignore")
		return nil, p.errs
	}
	// Custom rules first, so that rules and overrides may name them.
	if c := lookup(top, "custom"); c != nil {
		f.Custom = p.custom(c)
		for _, cr := range f.Custom {
			p.known[cr.ID] = cr.rule
			p.names = append(p.names, cr.ID)
		}
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, val := top.Content[i], top.Content[i+1]
		if val.Tag == "!!null" && contains(topKeys, key.Value) {
			continue // "rules:" with only comments under it
		}
		switch key.Value {
		case "extends":
			if s, ok := p.scalar(val, "extends"); ok {
				if !contains(Presets, s) {
					p.errorf(val, "extends must be one of %s, not %q%s", strings.Join(Presets, ", "), s, suggest(s, Presets))
				}
				f.Extends = s
			}
		case "rules":
			f.Rules, f.ruleOrder = p.rules(val)
		case "require":
			for _, s := range p.strings(val, "require") {
				if s.value != "vision" && s.value != "mission" {
					p.errorf(s.node, "require takes vision and mission, not %q%s", s.value, suggest(s.value, []string{"vision", "mission"}))
					continue
				}
				f.Require = append(f.Require, lint.Kind(s.value))
			}
		case "overrides":
			f.Overrides = p.overrides(val)
		case "ignore":
			for _, s := range p.strings(val, "ignore") {
				if p.glob(s) {
					f.Ignore = append(f.Ignore, s.value)
				}
			}
		case "headings":
			f.Headings = p.headings(val)
		case "lexicons":
			f.Lexicons = p.lexicons(val)
		case "custom":
		default:
			p.errorf(key, "unknown key %q%s; the keys are %s", key.Value, suggest(key.Value, topKeys), strings.Join(topKeys, ", "))
		}
	}
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return f, nil
}

// lookup returns the value of key in a mapping node, or nil.
func lookup(m *yaml.Node, key string) *yaml.Node {
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

func (p *parser) scalar(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		p.errorf(n, "%s must be a single value", what)
		return "", false
	}
	return n.Value, true
}

func (p *parser) mapping(n *yaml.Node, what string) bool {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "%s must be a mapping", what)
		return false
	}
	return true
}

// item is a string with the node it came from.
type item struct {
	value string
	node  *yaml.Node
}

// strings reads a list of strings; a single string counts as a list of one.
func (p *parser) strings(n *yaml.Node, what string) []item {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return []item{{n.Value, n}}
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "%s must be a list of strings", what)
		return nil
	}
	var out []item
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode {
			p.errorf(c, "%s must be a list of strings", what)
			continue
		}
		out = append(out, item{c.Value, c})
	}
	return out
}

func (p *parser) glob(s item) bool {
	if !doublestar.ValidatePattern(s.value) {
		p.errorf(s.node, "bad glob %q", s.value)
		return false
	}
	return true
}

// rules reads a rules mapping: each rule "off", a severity, or a mapping
// with severity and options.
func (p *parser) rules(n *yaml.Node) (map[string]RuleConfig, []string) {
	out := map[string]RuleConfig{}
	var order []string
	if !p.mapping(n, "rules") {
		return out, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		r, ok := p.known[key.Value]
		if !ok {
			p.errorf(key, "unknown rule %q%s; vmlint rules lists them", key.Value, suggest(key.Value, p.names))
			continue
		}
		rc, ok := p.ruleConfig(r, val)
		if ok {
			out[key.Value] = rc
			order = append(order, key.Value)
		}
	}
	return out, order
}

func (p *parser) ruleConfig(r *lint.Rule, n *yaml.Node) (RuleConfig, bool) {
	if n.Kind == yaml.ScalarNode {
		return p.severityOrOff(r, n)
	}
	if !p.mapping(n, "rule "+r.Name) {
		return RuleConfig{}, false
	}
	rc := RuleConfig{Options: lint.Options{}}
	ok := true
	var optNames []string
	for _, o := range r.Options {
		optNames = append(optNames, o.Name)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if key.Value == "severity" {
			sev, good := p.severityOrOff(r, val)
			rc.Off, rc.Severity = sev.Off, sev.Severity
			ok = ok && good
			continue
		}
		var opt *lint.Option
		for k := range r.Options {
			if r.Options[k].Name == key.Value {
				opt = &r.Options[k]
			}
		}
		if opt == nil {
			hint := "it has no options"
			if len(optNames) > 0 {
				hint = "its options are severity, " + strings.Join(optNames, ", ")
			}
			p.errorf(key, "rule %s has no option %q%s; %s", r.Name, key.Value, suggest(key.Value, append([]string{"severity"}, optNames...)), hint)
			ok = false
			continue
		}
		v, good := p.optionValue(r, opt, val)
		if good {
			rc.Options[opt.Name] = v
		}
		ok = ok && good
	}
	return rc, ok
}

func (p *parser) severityOrOff(r *lint.Rule, n *yaml.Node) (RuleConfig, bool) {
	if n.Kind != yaml.ScalarNode {
		p.errorf(n, "rule %s: severity must be off, error, warning or info", r.Name)
		return RuleConfig{}, false
	}
	switch n.Value {
	case "off", "false":
		return RuleConfig{Off: true}, true
	case "on", "true":
		return RuleConfig{}, true
	}
	sev, err := lint.ParseSeverity(n.Value)
	if err != nil {
		p.errorf(n, "rule %s: severity must be off, error, warning or info, not %q%s", r.Name, n.Value, suggest(n.Value, []string{"off", "error", "warning", "info"}))
		return RuleConfig{}, false
	}
	return RuleConfig{Severity: sev}, true
}

// optionValue decodes an option to the type of its default.
func (p *parser) optionValue(r *lint.Rule, opt *lint.Option, n *yaml.Node) (any, bool) {
	bad := func(want string) (any, bool) {
		p.errorf(n, "rule %s: option %s must be %s", r.Name, opt.Name, want)
		return nil, false
	}
	switch opt.Default.(type) {
	case int:
		var v int
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || n.Decode(&v) != nil || v < 0 {
			return bad("a whole number of 0 or more")
		}
		return v, true
	case float64:
		var v float64
		if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") || n.Decode(&v) != nil {
			return bad("a number")
		}
		return v, true
	case bool:
		var v bool
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" || n.Decode(&v) != nil {
			return bad("true or false")
		}
		return v, true
	case string:
		if n.Kind != yaml.ScalarNode {
			return bad("a string")
		}
		return n.Value, true
	default:
		var out []string
		for _, s := range p.strings(n, "option "+opt.Name) {
			out = append(out, s.value)
		}
		return out, true
	}
}

func (p *parser) overrides(n *yaml.Node) []Override {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "overrides must be a list of {files, rules}")
		return nil
	}
	var out []Override
	for _, c := range n.Content {
		if !p.mapping(c, "an override") {
			continue
		}
		var o Override
		for i := 0; i+1 < len(c.Content); i += 2 {
			key, val := c.Content[i], c.Content[i+1]
			switch key.Value {
			case "files":
				for _, s := range p.strings(val, "files") {
					if p.glob(s) {
						o.Files = append(o.Files, s.value)
					}
				}
			case "rules":
				o.Rules, _ = p.rules(val)
			default:
				p.errorf(key, "unknown override key %q%s; an override has files and rules", key.Value, suggest(key.Value, []string{"files", "rules"}))
			}
		}
		if len(o.Files) == 0 {
			p.errorf(c, "an override needs files: a list of globs")
		}
		out = append(out, o)
	}
	return out
}

func (p *parser) headings(n *yaml.Node) map[lint.Kind][]string {
	out := map[lint.Kind][]string{}
	if !p.mapping(n, "headings") {
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if key.Value != "vision" && key.Value != "mission" {
			p.errorf(key, "headings takes vision and mission, not %q%s", key.Value, suggest(key.Value, []string{"vision", "mission"}))
			continue
		}
		for _, s := range p.strings(val, "headings."+key.Value) {
			out[lint.Kind(key.Value)] = append(out[lint.Kind(key.Value)], s.value)
		}
	}
	return out
}

func (p *parser) lexicons(n *yaml.Node) map[string]LexiconChange {
	out := map[string]LexiconChange{}
	if !p.mapping(n, "lexicons") {
		return out
	}
	names := lexicon.Default().Names()
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if !contains(names, key.Value) {
			p.errorf(key, "unknown lexicon %q%s; the lexicons are in lint/lexicon/lexicons.txt", key.Value, suggest(key.Value, names))
			continue
		}
		if !p.mapping(val, "lexicons."+key.Value) {
			continue
		}
		var ch LexiconChange
		for k := 0; k+1 < len(val.Content); k += 2 {
			op, list := val.Content[k], val.Content[k+1]
			var words []string
			for _, s := range p.strings(list, op.Value) {
				words = append(words, s.value)
			}
			switch op.Value {
			case "add":
				ch.Add = append(ch.Add, words...)
			case "remove":
				ch.Remove = append(ch.Remove, words...)
			default:
				p.errorf(op, "unknown lexicon key %q%s; use add and remove", op.Value, suggest(op.Value, []string{"add", "remove"}))
			}
		}
		out[key.Value] = ch
	}
	return out
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
