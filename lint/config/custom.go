package config

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
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
	// Path and Pos say where the rule is defined: the configuration file
	// and the line and column of its entry.
	Path string
	Pos  lint.Pos

	rule *lint.Rule
}

// Entries returns what forbid or require look for, as the configuration
// writes them: phrases, then /patterns/.
func (c *Custom) Entries() []string {
	list := append([]string(nil), c.Phrases...)
	for _, re := range c.Patterns {
		list = append(list, "/"+re.String()+"/")
	}
	return list
}

// CheckString words the rule's one check as the configuration writes it:
// forbid: ["Acme", "/\\bAcme\\b/"], or max-words: 30.
func (c *Custom) CheckString() string {
	switch c.Check {
	case "forbid", "require":
		quoted := make([]string, 0, len(c.Phrases)+len(c.Patterns))
		for _, e := range c.Entries() {
			quoted = append(quoted, strconv.Quote(e))
		}
		return fmt.Sprintf("%s: [%s]", c.Check, strings.Join(quoted, ", "))
	}
	return fmt.Sprintf("%s: %d", c.Check, c.Max)
}

// custom reads the custom rules of a list that passed its shape, checking
// what the shape cannot: ids that no built-in rule or earlier custom rule
// of the file takes, and well-formed regular expressions.
func (p *parser) custom(n *yaml.Node) []*Custom {
	var out []*Custom
	seen := map[string]bool{}
	for _, c := range n.Content {
		if p.bad[c] {
			continue
		}
		cr := &Custom{Severity: lint.Warning, Applies: lint.AppliesBoth, Path: p.path, Pos: lint.Pos{Line: c.Line, Column: c.Column}}
		ok := true
		for i := 0; i+1 < len(c.Content); i += 2 {
			key, val := c.Content[i], c.Content[i+1]
			switch key.Value {
			case "id":
				cr.ID = val.Value
				switch {
				case p.builtin[cr.ID] != nil:
					p.errorf(val, "custom rule id %q is taken by a built-in rule", cr.ID)
					ok = false
				case seen[cr.ID]:
					p.errorf(val, "custom rule id %q is defined twice in this file", cr.ID)
					ok = false
				}
				seen[cr.ID] = true
			case "message":
				cr.Message = val.Value
			case "severity":
				cr.Severity, _ = lint.ParseSeverity(val.Value)
			case "applies":
				cr.Applies = lint.Applies(val.Value)
			case "forbid", "require":
				cr.Check = key.Value
				for _, s := range p.strings(val) {
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
				cr.Check = key.Value
				_ = val.Decode(&cr.Max)
			}
		}
		if ok {
			cr.rule = cr.compile()
			out = append(out, cr)
			p.known[cr.ID] = cr.rule
		}
	}
	return out
}

// compile turns the declaration into a rule.
func (c *Custom) compile() *lint.Rule {
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
		Doc:      fmt.Sprintf("custom rule from %s:%d\n\n%s", c.Path, c.Pos.Line, c.Message),
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
