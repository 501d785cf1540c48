package config

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/lexicon"
)

// Custom is a declarative rule written in the configuration.
type Custom struct {
	// ID is the rule's name: kebab-case, not a built-in rule's.
	ID string
	// Message is reported with each finding; "{match}" stands for the
	// matched words.
	Message string
	// Severity defaults to warning.
	Severity lint.Severity
	// Applies is vision, mission or both (the default).
	Applies lint.Applies
	// Check is the one check: "forbid", "require", "max-words" or "max-sentences".
	Check string
	// Phrases and Patterns are what forbid and require look for; a list
	// entry written /like this/ is an RE2 pattern.
	Phrases  []string
	Patterns []*regexp.Regexp
	// Max is the limit of max-words and max-sentences.
	Max int

	rule *lint.Rule
}

// Rule returns the custom rule as a lint rule.
func (c *Custom) Rule() *lint.Rule { return c.rule }

var customKeys = []string{"id", "message", "severity", "applies", "forbid", "require", "max-words", "max-sentences"}
var checks = []string{"forbid", "require", "max-words", "max-sentences"}
var kebab = lazyRegexp(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

func (p *parser) custom(n *yaml.Node) []*Custom {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "custom must be a list of rules")
		return nil
	}
	var out []*Custom
	for _, c := range n.Content {
		if !p.mapping(c, "a custom rule") {
			continue
		}
		cr := &Custom{Severity: lint.Warning, Applies: lint.AppliesBoth}
		var checkNode *yaml.Node
		ok := true
		for i := 0; i+1 < len(c.Content); i += 2 {
			key, val := c.Content[i], c.Content[i+1]
			switch key.Value {
			case "id":
				cr.ID, _ = p.scalar(val, "id")
				switch {
				case !kebab().MatchString(cr.ID):
					p.errorf(val, "custom rule id %q must be kebab-case", cr.ID)
					ok = false
				case p.known[cr.ID] != nil:
					p.errorf(val, "custom rule id %q is taken by a built-in rule", cr.ID)
					ok = false
				}
			case "message":
				cr.Message, _ = p.scalar(val, "message")
			case "severity":
				s, _ := p.scalar(val, "severity")
				sev, err := lint.ParseSeverity(s)
				if err != nil {
					p.errorf(val, "%v", err)
					ok = false
				}
				cr.Severity = sev
			case "applies":
				s, _ := p.scalar(val, "applies")
				switch s {
				case "vision", "mission", "both":
					cr.Applies = lint.Applies(s)
				default:
					p.errorf(val, "applies must be vision, mission or both, not %q", s)
					ok = false
				}
			case "forbid", "require":
				if checkNode != nil {
					p.errorf(key, "a custom rule has one check; %s and %s both given", cr.Check, key.Value)
					ok = false
				}
				cr.Check, checkNode = key.Value, key
				for _, s := range p.strings(val, key.Value) {
					if len(s.value) > 2 && strings.HasPrefix(s.value, "/") && strings.HasSuffix(s.value, "/") {
						re, err := regexp.Compile(s.value[1 : len(s.value)-1])
						if err != nil {
							p.errorf(s.node, "bad regular expression %s: %v", s.value, strings.TrimPrefix(err.Error(), "error parsing regexp: "))
							ok = false
							continue
						}
						cr.Patterns = append(cr.Patterns, re)
					} else if strings.TrimSpace(s.value) != "" {
						cr.Phrases = append(cr.Phrases, s.value)
					}
				}
			case "max-words", "max-sentences":
				if checkNode != nil {
					p.errorf(key, "a custom rule has one check; %s and %s both given", cr.Check, key.Value)
					ok = false
				}
				cr.Check, checkNode = key.Value, key
				if val.Kind != yaml.ScalarNode || val.Tag != "!!int" || val.Decode(&cr.Max) != nil || cr.Max < 0 {
					p.errorf(val, "%s must be a whole number of 0 or more", key.Value)
					ok = false
				}
			default:
				p.errorf(key, "unknown custom rule key %q%s; the keys are %s", key.Value, suggest(key.Value, customKeys), strings.Join(customKeys, ", "))
				ok = false
			}
		}
		switch {
		case cr.ID == "":
			p.errorf(c, "a custom rule needs an id")
			ok = false
		case cr.Message == "":
			p.errorf(c, "custom rule %s needs a message", cr.ID)
			ok = false
		case checkNode == nil:
			p.errorf(c, "custom rule %s needs one check: %s", cr.ID, strings.Join(checks, ", "))
			ok = false
		}
		if ok {
			cr.rule = cr.compile(p.path)
			out = append(out, cr)
		}
	}
	return out
}

// compile turns the declaration into a rule.
func (c *Custom) compile(path string) *lint.Rule {
	var phrases *lexicon.Set
	if len(c.Phrases) > 0 {
		phrases = lexicon.NewSet(c.ID, c.Phrases)
	}
	message := func(match string) string {
		if strings.Contains(c.Message, "{match}") {
			return strings.ReplaceAll(c.Message, "{match}", match)
		}
		if match == "" {
			return c.Message
		}
		return fmt.Sprintf("%s (%q)", c.Message, match)
	}
	return &lint.Rule{
		Name:     c.ID,
		Doc:      fmt.Sprintf("custom rule from %s\n\n%s", path, c.Message),
		Good:     "(custom rule)",
		Bad:      "(custom rule)",
		Severity: c.Severity,
		Applies:  c.Applies,
		Run: func(p *lint.Pass) {
			for _, s := range p.Statements() {
				var found []lint.Match
				if phrases != nil {
					found = s.Find(phrases)
				}
				for _, re := range c.Patterns {
					for _, m := range re.FindAllStringIndex(s.Prose.Text, -1) {
						if m[1] > m[0] {
							found = append(found, p.Doc.ProseMatch(s.Prose, m[0], m[1]))
						}
					}
				}
				switch c.Check {
				case "forbid":
					sort.Slice(found, func(i, j int) bool {
						a, b := found[i].Span, found[j].Span
						return a.Start.Offset < b.Start.Offset || a.Start.Offset == b.Start.Offset && a.End.Offset > b.End.Offset
					})
					reached := -1
					for _, m := range found {
						if m.Span.Start.Offset < reached {
							continue // a phrase and a pattern matched the same words
						}
						reached = m.Span.End.Offset
						p.Reportf(s, m.Span, "%s", message(m.Text))
					}
				case "require":
					if len(found) == 0 {
						p.Reportf(s, s.Span, "%s", message(""))
					}
				case "max-words":
					if s.Analysis.Words > c.Max {
						p.Reportf(s, s.Span, "%s", message(""))
					}
				case "max-sentences":
					if s.Analysis.Sentences > c.Max {
						p.Reportf(s, s.Span, "%s", message(""))
					}
				}
			}
		},
	}
}
