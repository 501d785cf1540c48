package config

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/vmlint/vmlint/lint"
)

// Effective returns the configuration in force for the file at path as
// YAML that a .vmlint.yml could hold: every rule with its severity and
// options (after the preset, the file, overrides and flags), and the rest
// of the file's settings.
func (r *Resolved) Effective(path string, flags Flags) ([]byte, error) {
	s := r.Settings(path, flags)
	doc := mapping()
	source := "built-in defaults"
	if r.File.Path != "" {
		var files []string
		for g := r.File; g != nil; g = g.Base {
			files = append(files, g.Path)
		}
		source = strings.Join(files, ", which extends ")
	}
	doc.HeadComment = fmt.Sprintf("effective vmlint configuration for %s\nfrom %s", path, source)
	add(doc, "extends", scalar(r.preset))
	require := sequence()
	for _, k := range r.require {
		require.Content = append(require.Content, scalar(string(k)))
	}
	add(doc, "require", require)
	ignore := sequence()
	for _, g := range r.ignore {
		n := scalar(g.glob)
		if g.dir != r.File.Dir() {
			n.LineComment = "relative to " + g.dir
			ignore.Style = 0 // a comment needs a line of its own
		}
		ignore.Content = append(ignore.Content, n)
	}
	add(doc, "ignore", ignore)
	rules := mapping()
	for _, rule := range r.Linter.Rules() {
		rs, on := s.Rules[rule.Name]
		if !on {
			add(rules, rule.Name, scalar("off"))
			continue
		}
		m := mapping()
		add(m, "severity", scalar(rs.Severity.String()))
		for _, o := range rule.Options {
			var n yaml.Node
			if err := n.Encode(rs.Options[o.Name()]); err != nil {
				return nil, err
			}
			add(m, o.Name(), &n)
		}
		add(rules, rule.Name, m)
	}
	add(doc, "rules", rules)
	headings := map[lint.Kind][]string{}
	lexicons := map[string]LexiconChange{}
	for _, g := range r.File.chain() {
		for k, words := range g.Headings {
			headings[k] = append(headings[k], words...)
		}
		for name, ch := range g.Lexicons {
			merged := lexicons[name]
			merged.Add = append(merged.Add, ch.Add...)
			merged.Remove = append(merged.Remove, ch.Remove...)
			lexicons[name] = merged
		}
	}
	if len(headings) > 0 {
		var n yaml.Node
		if err := n.Encode(headings); err != nil {
			return nil, err
		}
		add(doc, "headings", &n)
	}
	if len(lexicons) > 0 {
		lex := mapping()
		for _, name := range sortedKeys(lexicons) {
			ch := lexicons[name]
			m := mapping()
			if len(ch.Add) > 0 {
				add(m, "add", strs(ch.Add))
			}
			if len(ch.Remove) > 0 {
				add(m, "remove", strs(ch.Remove))
			}
			add(lex, name, m)
		}
		add(doc, "lexicons", lex)
	}
	if len(r.custom) > 0 {
		custom := sequence()
		custom.Style = 0
		for _, c := range r.custom {
			m := mapping()
			add(m, "id", scalar(c.ID))
			add(m, "message", scalar(c.Message))
			add(m, "severity", scalar(c.Severity.String()))
			add(m, "applies", scalar(string(c.Applies)))
			switch c.Check {
			case "forbid", "require":
				add(m, c.Check, strs(c.Entries()))
			default:
				add(m, c.Check, scalar(fmt.Sprint(c.Max)))
			}
			custom.Content = append(custom.Content, m)
		}
		add(doc, "custom", custom)
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return b.Bytes(), enc.Close()
}

func mapping() *yaml.Node  { return &yaml.Node{Kind: yaml.MappingNode} }
func sequence() *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle} }
func scalar(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Value: s}
}
func strs(list []string) *yaml.Node {
	n := sequence()
	for _, s := range list {
		n.Content = append(n.Content, scalar(s))
	}
	return n
}
func add(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, scalar(key), v)
}

// Starter is the commented .vmlint.yml that "vmlint init" writes. Every
// line it sets is the default, so it changes nothing until edited.
func Starter(rules []*lint.Rule) string {
	var b bytes.Buffer
	b.WriteString(`# vmlint configuration: https://github.com/vmlint/vmlint#configuration
# vmlint uses the nearest .vmlint.yml above each linted file, up to the
# repository root. Every key is optional.

# recommended (the default) or strict (tighter lengths and readability,
# and every info rule raised to warning), or the path of a configuration
# file to start from, such as ../.vmlint.yml.
extends: recommended

# Statement kinds every linted document must contain.
# require: [vision, mission]

# Files not to lint (globs relative to this file; ** spans folders).
ignore:
  - "node_modules/**"

# Rules: off, a severity (error, warning, info), or a map with severity and
# options. "vmlint rules" lists them; "vmlint explain RULE" explains one.
rules:
`)
	sorted := append([]*lint.Rule(nil), rules...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
	for _, r := range sorted {
		if len(r.Options) == 0 {
			fmt.Fprintf(&b, "  # %s: %s\n", r.Name, r.Severity)
			continue
		}
		fmt.Fprintf(&b, "  # %s:\n  #   severity: %s\n", r.Name, r.Severity)
		for _, o := range r.Options {
			fmt.Fprintf(&b, "  #   %s: %v  # %s\n", o.Name(), yamlValue(o.Default()), o.Doc())
		}
	}
	b.WriteString(`
# Rules for some files only, applied after the rules above.
# overrides:
#   - files: ["docs/legacy/**"]
#     rules:
#       readability: off

# Extra heading words that name a statement.
# headings:
#   vision: ["aspiration"]
#   mission: ["our promise"]

# Words to add to or remove from vmlint's word lists (lint/lexicon/lexicons.txt).
# lexicons:
#   buzzwords:
#     add: ["hyperscale"]
#     remove: ["agile"]

# Rules of your own: one check each (forbid, require, max-words, max-sentences).
# custom:
#   - id: no-company-name
#     message: "say what changes for people, not what Acme does"
#     severity: warning
#     applies: vision
#     forbid: ["Acme", "/\\bAcme(Corp)?\\b/"]
`)
	return b.String()
}

var plainWord = lazyRegexp(`^[A-Za-z0-9 .-]*$`)

func yamlValue(v any) string {
	switch v := v.(type) {
	case []string:
		out := "["
		for i, s := range v {
			if i > 0 {
				out += ", "
			}
			out += fmt.Sprintf("%q", s)
		}
		return out + "]"
	case string:
		if plainWord().MatchString(v) {
			return v
		}
		return fmt.Sprintf("%q", v)
	case float64:
		return fmt.Sprintf("%g", v)
	}
	return fmt.Sprint(v)
}
