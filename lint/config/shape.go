package config

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/vmlint/vmlint/lint"
)

// A shape says what one value of a configuration file may be: its type,
// the keys of a mapping, the values of a string. The parser checks every
// file against the shapes before it reads a value, and `vmlint config
// --schema` prints the same shapes as a JSON Schema, so the two never
// disagree. What a schema cannot say (that a glob or a regular expression is
// well formed, that an extended file exists) the parser checks on top.
type shape struct {
	kind shapeKind
	// what names the value in error messages ("require", "rule hedging").
	what string
	// doc describes the value, for editors.
	doc string
	// def is the default, for editors' completion; nil for none.
	def any

	// kindString: the values allowed, and a pattern a value may match
	// instead (patternName says what it stands for in messages).
	enum        []string
	pattern     string
	patternName string
	// bools lets true and false stand for on and off (a rule's setting).
	bools bool

	// kindList: the shape of each item; single lets one value stand for a
	// list of one.
	items  *shape
	single bool

	// kindObject: the keys, in order, and keys of which exactly one must
	// be given. label, when set, names a mapping from its content (a
	// custom rule by its id).
	fields     []*field
	exactlyOne []string
	label      func(*yaml.Node) string
	fieldNoun  string // what messages call its keys: "key" unless set

	// kindMap: keys chosen from a list (rule names, lexicon names), each
	// with its own value shape. open, when set, is the shape the JSON Schema
	// gives to other keys: rules may be custom rules it cannot know.
	keys    []string
	keyNoun string // "rule", "lexicon"
	keyHint string // "vmlint rules lists them"
	value   func(key string) *shape
	open    *shape

	// kindChoice: a scalar or a mapping, by what the file holds.
	scalar, mapping *shape

	// ref, when set, names the shape in the JSON Schema's $defs, so that a
	// shape used twice is written once.
	ref string
}

type shapeKind int

const (
	kindString shapeKind = iota
	kindInt              // a whole number of 0 or more
	kindNumber
	kindBool
	kindList
	kindObject
	kindMap
	kindChoice
)

// field is one key of an object shape.
type field struct {
	name     string
	shape    *shape
	required bool
}

// configShape is the shape of a whole configuration file whose rules may
// be the given ones and whose lexicons the given names.
func configShape(rules []*lint.Rule, lexicons []string) *shape {
	ruleMap := rulesShape(rules)
	kinds := []string{string(lint.Vision), string(lint.Mission)}
	stringList := func(what, doc string) *shape {
		return &shape{kind: kindList, what: what, doc: doc, single: true, items: &shape{kind: kindString, what: what}}
	}
	return &shape{
		kind: kindObject, what: "the configuration",
		doc: "vmlint configuration (.vmlint.yml): https://github.com/vmlint/vmlint#configuration",
		fields: []*field{
			{name: "extends", shape: &shape{
				kind: kindString, what: "extends", enum: Presets, pattern: pathPattern, patternName: "the path of a .yml or .yaml file", def: "recommended",
				doc: "a preset (recommended, strict) or the path of a configuration file to start from, relative to this file",
			}},
			{name: "rules", shape: ruleMap},
			{name: "require", shape: &shape{
				kind: kindList, what: "require", single: true,
				doc:   "statement kinds every linted document must contain (reported by statement-missing)",
				items: &shape{kind: kindString, what: "require", enum: kinds},
			}},
			{name: "overrides", shape: &shape{
				kind: kindList, what: "overrides", doc: "rules for the files some globs match, applied in order after the rules above",
				items: &shape{kind: kindObject, what: "an override", fields: []*field{
					{name: "files", required: true, shape: stringList("files", "globs relative to this file's folder; ** spans folders")},
					{name: "rules", shape: ruleMap},
				}},
			}},
			{name: "ignore", shape: stringList("ignore", "globs of files not to lint, relative to this file's folder; ** spans folders")},
			{name: "headings", shape: &shape{
				kind: kindObject, what: "headings", doc: "extra heading words that name a statement kind",
				fields: []*field{
					{name: "vision", shape: stringList("headings.vision", "extra heading words that name a vision")},
					{name: "mission", shape: stringList("headings.mission", "extra heading words that name a mission")},
				},
			}},
			{name: "lexicons", shape: &shape{
				kind: kindMap, what: "lexicons", keyNoun: "lexicon", keyHint: "the lexicons are in lint/lexicon/lexicons.txt", keys: lexicons,
				doc: "words to add to or remove from vmlint's word lists (lint/lexicon/lexicons.txt)",
				value: func(name string) *shape {
					return &shape{kind: kindObject, what: "lexicons." + name, fields: []*field{
						{name: "add", shape: stringList("add", "entries to add to "+name)},
						{name: "remove", shape: stringList("remove", "entries to remove from "+name)},
					}}
				},
			}},
			{name: "custom", shape: &shape{
				kind: kindList, what: "custom", doc: "declarative rules, one check each",
				items: customShape(stringList),
			}},
		},
	}
}

// pathPattern tells an extended file from a preset: a path has a slash or
// a YAML extension.
const pathPattern = `/|\.ya?ml$`

var kebabPattern = `^[a-z][a-z0-9]*(-[a-z0-9]+)*$`

// customChecks are the checks a custom rule may make, one each.
var customChecks = []string{"forbid", "require", "max-words", "max-sentences"}

func customShape(stringList func(what, doc string) *shape) *shape {
	return &shape{
		kind: kindObject, what: "a custom rule", ref: "customRule",
		label: func(n *yaml.Node) string {
			if id := lookup(n, "id"); id != nil && id.Kind == yaml.ScalarNode && id.Value != "" {
				return "custom rule " + id.Value
			}
			return "a custom rule"
		},
		exactlyOne: customChecks,
		fields: []*field{
			{name: "id", required: true, shape: &shape{kind: kindString, what: "id", pattern: kebabPattern, patternName: "a kebab-case name", doc: "the rule's name, as configuration and suppressions write it"}},
			{name: "message", required: true, shape: &shape{kind: kindString, what: "message", doc: `reported with each finding; "{match}" stands for the words found`}},
			{name: "severity", shape: &shape{kind: kindString, what: "severity", enum: severities, def: "warning", doc: "the severity of its findings"}},
			{name: "applies", shape: &shape{kind: kindString, what: "applies", enum: []string{"vision", "mission", "both"}, def: "both", doc: "the statements it checks"}},
			{name: "forbid", shape: stringList("forbid", "words or phrases a statement must not contain; /…/ is an RE2 pattern")},
			{name: "require", shape: stringList("require", "words or phrases a statement must contain one of; /…/ is an RE2 pattern")},
			{name: "max-words", shape: &shape{kind: kindInt, what: "max-words", doc: "most words a statement may have"}},
			{name: "max-sentences", shape: &shape{kind: kindInt, what: "max-sentences", doc: "most sentences a statement may have"}},
		},
	}
}

var severities = []string{"error", "warning", "info"}

// ruleSettings are the values a rule's setting may be as a single value.
var ruleSettings = []string{"off", "on", "error", "warning", "info"}

// rulesShape is the shape of a rules mapping: each rule's name, and as its
// value a severity, off, or a mapping of severity and options.
func rulesShape(rules []*lint.Rule) *shape {
	byName := map[string]*lint.Rule{}
	var names []string
	for _, r := range rules {
		if byName[r.Name] == nil {
			names = append(names, r.Name)
		}
		byName[r.Name] = r
	}
	return &shape{
		kind: kindMap, what: "rules", keyNoun: "rule", keyHint: "vmlint rules lists them", keys: names, ref: "rules",
		doc: "rules by name: off, a severity (error, warning, info), or a mapping of severity and options",
		value: func(name string) *shape {
			return ruleShape(byName[name], false)
		},
		open: ruleShape(nil, true),
	}
}

// ruleShape is the shape of one rule's setting; for a rule the schema
// cannot know (a custom rule), only its severity.
func ruleShape(r *lint.Rule, custom bool) *shape {
	what, doc := "a rule", "a rule defined elsewhere (a custom rule): off, a severity, or a mapping with its severity"
	var def any
	if !custom {
		what, doc, def = "rule "+r.Name, r.Title(), r.Severity.String()
	}
	severity := &shape{kind: kindString, what: what + ": severity", enum: ruleSettings, bools: true, def: def, doc: "off, or the severity of its findings"}
	object := &shape{kind: kindObject, what: what, fieldNoun: "option", fields: []*field{{name: "severity", shape: severity}}}
	if !custom {
		for _, o := range r.Options {
			object.fields = append(object.fields, &field{name: o.Name(), shape: optionShape(r, o)})
		}
	}
	return &shape{kind: kindChoice, what: what, doc: doc, scalar: severity, mapping: object}
}

// optionShape is the shape of a rule option, from the type of its default.
func optionShape(r *lint.Rule, o lint.Option) *shape {
	s := &shape{what: fmt.Sprintf("rule %s: option %s", r.Name, o.Name()), doc: o.Doc(), def: o.Default()}
	switch o.Default().(type) {
	case int:
		s.kind = kindInt
	case float64:
		s.kind = kindNumber
	case bool:
		s.kind = kindBool
	case string:
		s.kind = kindString
	default:
		s.kind, s.single, s.items = kindList, true, &shape{kind: kindString, what: s.what}
	}
	return s
}

// check checks a node against a shape, reporting every problem. It returns
// false, and marks the node bad, when the node or anything under it is
// wrong, so that reading the file skips it.
func (p *parser) check(n *yaml.Node, s *shape) bool {
	ok := p.checkNode(n, s)
	if !ok {
		p.bad[n] = true
	}
	return ok
}

func (p *parser) checkNode(n *yaml.Node, s *shape) bool {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return p.check(n.Alias, s)
	}
	switch s.kind {
	case kindChoice:
		if n.Kind == yaml.MappingNode {
			return p.check(n, s.mapping)
		}
		return p.check(n, s.scalar)
	case kindString:
		return p.checkString(n, s)
	case kindInt:
		var v int
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || n.Decode(&v) != nil || v < 0 {
			p.errorf(n, "%s must be a whole number of 0 or more", s.what)
			return false
		}
	case kindNumber:
		var v float64
		if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") || n.Decode(&v) != nil {
			p.errorf(n, "%s must be a number", s.what)
			return false
		}
	case kindBool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			p.errorf(n, "%s must be true or false", s.what)
			return false
		}
	case kindList:
		if s.single && n.Kind == yaml.ScalarNode && !isNull(n) {
			return p.check(n, s.items)
		}
		if n.Kind != yaml.SequenceNode {
			p.errorf(n, "%s must be a list%s", s.what, listOf(s.items))
			return false
		}
		ok := true
		for _, c := range n.Content {
			ok = p.check(c, s.items) && ok
		}
		return ok
	case kindObject:
		return p.checkObject(n, s)
	case kindMap:
		return p.checkMap(n, s)
	}
	return true
}

// listOf words what a list holds, for messages: " of strings".
func listOf(items *shape) string {
	switch items.kind {
	case kindString:
		return " of strings"
	case kindObject:
		return " of mappings"
	}
	return ""
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func (p *parser) checkString(n *yaml.Node, s *shape) bool {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		p.errorf(n, "%s must be %s", s.what, stringWant(s))
		return false
	}
	if s.bools && n.Tag == "!!bool" {
		return true
	}
	if len(s.enum) == 0 && s.pattern == "" {
		return true
	}
	if contains(s.enum, n.Value) || s.pattern != "" && patternRegexp(s.pattern).MatchString(n.Value) {
		return true
	}
	p.errorf(n, "%s must be %s, not %q%s", s.what, stringWant(s), n.Value, suggest(n.Value, s.enum))
	return false
}

var patterns sync.Map // pattern → *regexp.Regexp

// patternRegexp compiles a shape's pattern once.
func patternRegexp(pattern string) *regexp.Regexp {
	if re, ok := patterns.Load(pattern); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(pattern)
	patterns.Store(pattern, re)
	return re
}

// stringWant words what a string shape accepts: "off, error, warning or info".
func stringWant(s *shape) string {
	var alts []string
	if len(s.enum) > 0 {
		alts = append(alts, orList(s.enum))
	}
	if s.pattern != "" {
		alts = append(alts, s.patternName)
	}
	if len(alts) == 0 {
		return "a string"
	}
	if len(s.enum) > 1 && s.pattern != "" {
		return "one of " + strings.Join(s.enum, ", ") + ", or " + s.patternName
	}
	return strings.Join(alts, ", or ")
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) == 1 {
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// andList joins words as "a, b and c".
func andList(words []string) string {
	if len(words) == 1 {
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

func (p *parser) checkObject(n *yaml.Node, s *shape) bool {
	what := s.what
	if s.label != nil {
		what = s.label(n)
	}
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "%s must be a mapping", what)
		return false
	}
	ok := p.checkDuplicates(n)
	names := make([]string, len(s.fields))
	for i, f := range s.fields {
		names[i] = f.name
	}
	var given []*yaml.Node // keys of exactlyOne given
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if p.bad[key] {
			continue // a duplicate, already reported
		}
		var f *field
		for _, c := range s.fields {
			if c.name == key.Value {
				f = c
			}
		}
		if f == nil {
			noun := s.fieldNoun
			if noun == "" {
				noun = "key"
			}
			if s.what == "the configuration" {
				p.errorf(key, "unknown key %q%s; the keys are %s", key.Value, suggest(key.Value, names), andList(names))
			} else {
				p.errorf(key, "%s has no %s %q%s; its %ss are %s", what, noun, key.Value, suggest(key.Value, names), noun, andList(names))
			}
			p.bad[key] = true
			ok = false
			continue
		}
		if contains(s.exactlyOne, key.Value) {
			given = append(given, key)
		}
		if nullable(f.shape) && isNull(val) && !f.required {
			continue // "rules:" with only comments under it
		}
		ok = p.check(val, f.shape) && ok
	}
	for _, f := range s.fields {
		if f.required && lookup(n, f.name) == nil {
			p.errorf(n, "%s needs %s", what, f.name)
			ok = false
		}
	}
	if len(s.exactlyOne) > 0 {
		switch {
		case len(given) == 0:
			p.errorf(n, "%s needs one check: %s", what, orList(s.exactlyOne))
			ok = false
		case len(given) > 1:
			p.errorf(given[1], "%s has one check; %s and %s both given", what, given[0].Value, given[1].Value)
			ok = false
		}
	}
	return ok
}

func (p *parser) checkMap(n *yaml.Node, s *shape) bool {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "%s must be a mapping", s.what)
		return false
	}
	ok := p.checkDuplicates(n)
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if p.bad[key] {
			continue
		}
		if !contains(s.keys, key.Value) {
			p.errorf(key, "unknown %s %q%s; %s", s.keyNoun, key.Value, suggest(key.Value, s.keys), s.keyHint)
			p.bad[key] = true
			ok = false
			continue
		}
		if v := s.value(key.Value); !nullable(v) || !isNull(val) {
			ok = p.check(val, v) && ok
		}
	}
	return ok
}

// nullable reports whether a key may be left empty ("rules:" with only
// comments under it): lists and mappings may, single values may not.
func nullable(s *shape) bool {
	return s.kind == kindList || s.kind == kindObject || s.kind == kindMap
}

// checkDuplicates reports every key of a mapping that an earlier key of
// the same mapping already set, at the later key: YAML readers disagree on
// which one wins, and the one a user edits is often not the one in force.
func (p *parser) checkDuplicates(n *yaml.Node) bool {
	first := map[string]*yaml.Node{}
	ok := true
	for i := 0; i+1 < len(n.Content); i += 2 {
		key := n.Content[i]
		if prev, dup := first[key.Value]; dup {
			p.errorf(key, "%q is set twice (first at line %d); keep one", key.Value, prev.Line)
			p.bad[key] = true
			ok = false
			continue
		}
		first[key.Value] = key
	}
	return ok
}
