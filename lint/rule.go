package lint

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// Severity is how serious a finding is.
type Severity int

// The severities, from least to most serious.
const (
	Info Severity = iota + 1
	Warning
	Error
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// MarshalText encodes a severity as its name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "info":
		return Info, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("unknown severity %q: want error, warning or info", s)
}

// Applies says what a rule looks at.
type Applies string

// What rules apply to.
const (
	AppliesVision   Applies = "vision"   // each vision statement
	AppliesMission  Applies = "mission"  // each mission statement
	AppliesBoth     Applies = "both"     // each statement of either kind
	AppliesDocument Applies = "document" // the document as a whole
)

// Rule is one check: data that describes it, and a Run that checks one
// document. Each built-in rule is a *Rule variable in its own file under
// rules/; a program can define more the same way.
type Rule struct {
	// Name is kebab-case and stable: configuration and suppressions use it.
	Name string
	// Doc starts with a lower-case title line; after a blank line, why the
	// rule matters.
	Doc string
	// Good and Bad are a statement the rule accepts and one it reports.
	Good, Bad string
	// Hint is a one-line suggestion shown with each finding, if any.
	Hint string
	// Severity is the default severity of its findings.
	Severity Severity
	// Applies says which statements the rule checks.
	Applies Applies
	// Options lists the rule's options with their defaults.
	Options []Option
	// Run checks one document through the pass. It must not do I/O or keep
	// state between calls: rules run concurrently on different documents.
	Run func(*Pass)
}

// Title returns the first line of the rule's doc.
func (r *Rule) Title() string {
	title, _, _ := strings.Cut(r.Doc, "\n")
	return title
}

// Option is one setting of a rule.
type Option struct {
	// Name is kebab-case, as written in the configuration.
	Name string
	// Default is the value when the configuration sets none; its type (int,
	// float64, bool, string or []string) is the type the option takes.
	Default any
	// Doc says what the option does, in one line.
	Doc string
}

// Options holds a rule's option values for one run, by name.
type Options map[string]any

// Int returns an int option.
func (o Options) Int(name string) int { return o[name].(int) }

// Float returns a float option.
func (o Options) Float(name string) float64 {
	switch v := o[name].(type) {
	case int:
		return float64(v)
	default:
		return v.(float64)
	}
}

// Bool returns a boolean option.
func (o Options) Bool(name string) bool { return o[name].(bool) }

// Strings returns a list option.
func (o Options) Strings(name string) []string { return o[name].([]string) }

// DefaultOptions returns the rule's options at their defaults.
func (r *Rule) DefaultOptions() Options {
	o := Options{}
	for _, opt := range r.Options {
		o[opt.Name] = opt.Default
	}
	return o
}

// Finding is one thing a rule reports.
type Finding struct {
	// Path is the document's path.
	Path string `json:"path"`
	// Rule is the reporting rule's name.
	Rule string `json:"rule"`
	// Severity is the finding's severity after configuration.
	Severity Severity `json:"severity"`
	// Span is the words the finding is about, or the statement (or heading)
	// for something missing.
	Span Span `json:"span"`
	// Message is lower-case, quotes the words concerned and says what to do.
	Message string `json:"message"`
	// Kind is the kind of the statement concerned; empty for the document.
	Kind Kind `json:"kind,omitempty"`
	// Hint is the rule's one-line suggestion, if any.
	Hint string `json:"hint,omitempty"`
	// Replacement is suggested text for Span, when a rule has one.
	Replacement *string `json:"replacement,omitempty"`
	// Text is the source text of Span, for matching findings across
	// versions of a file (baselines, --new-from-rev).
	Text string `json:"text"`
}

// Pass is what one rule sees of one document: the only way between them.
type Pass struct {
	// Rule is the rule being run.
	Rule *Rule
	// Doc is the document.
	Doc *Document
	// Options are the rule's option values.
	Options Options
	// Lexicons are the word lists in force (with the configuration's changes).
	Lexicons *lexicon.Lexicons
	// Require lists the statement kinds the configuration requires.
	Require []Kind

	severity Severity // the rule's severity in force
	fixed    bool     // the configuration set the severity: findings keep it
	report   func(Finding)
}

// Statements returns the statements the rule applies to that have text to
// judge: neither empty nor placeholders (structure rules report those).
func (p *Pass) Statements() []*Statement {
	var out []*Statement
	for _, s := range p.Doc.Statements {
		if s.Empty || s.Placeholder {
			continue
		}
		if p.Rule.Applies == AppliesBoth || p.Rule.Applies == AppliesDocument || Applies(s.Kind) == p.Rule.Applies {
			out = append(out, s)
		}
	}
	return out
}

// Reportf reports a finding at span about statement s (nil for the
// document) at the rule's severity.
func (p *Pass) Reportf(s *Statement, span Span, format string, args ...any) {
	p.ReportSeverityf(p.severity, s, span, format, args...)
}

// ReportSeverityf reports a finding with a severity of the rule's choosing
// (an escalation or a softer case); a severity set by the configuration
// takes precedence.
func (p *Pass) ReportSeverityf(sev Severity, s *Statement, span Span, format string, args ...any) {
	if p.fixed {
		sev = p.severity
	}
	f := Finding{
		Path: p.Doc.Path, Rule: p.Rule.Name, Severity: sev, Span: span, Message: fmt.Sprintf(format, args...), Hint: p.Rule.Hint,
		Text: string(p.Doc.Source[span.Start.Offset:span.End.Offset]),
	}
	if s != nil {
		f.Kind = s.Kind
	}
	p.report(f)
}

// Severity returns the rule's severity in force for this run.
func (p *Pass) Severity() Severity { return p.severity }

var ruleName = lazyRegexp(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// Validate checks a rule list: names kebab-case, unique and sorted; a
// lower-case title without a final period; good and bad examples; a
// severity, what it applies to, a Run, and options with kebab-case names
// and supported default types.
func Validate(rules []*Rule) error {
	var problems []string
	seen := map[string]bool{}
	for i, r := range rules {
		bad := func(format string, args ...any) {
			problems = append(problems, fmt.Sprintf("%s: %s", r.Name, fmt.Sprintf(format, args...)))
		}
		switch {
		case !ruleName().MatchString(r.Name):
			bad("name is not kebab-case")
		case seen[r.Name]:
			bad("name is used twice")
		case i > 0 && rules[i-1].Name > r.Name:
			bad("not in sorted order")
		}
		seen[r.Name] = true
		title := r.Title()
		if title == "" || strings.ToLower(title[:1]) != title[:1] || strings.HasSuffix(title, ".") {
			bad("doc title %q must be lower-case, without a final period", title)
		}
		if r.Good == "" || r.Bad == "" {
			bad("doc lacks a good or a bad example")
		}
		if r.Severity < Info || r.Severity > Error {
			bad("no default severity")
		}
		switch r.Applies {
		case AppliesVision, AppliesMission, AppliesBoth, AppliesDocument:
		default:
			bad("applies to %q", r.Applies)
		}
		if r.Run == nil {
			bad("no Run")
		}
		for _, o := range r.Options {
			if !ruleName().MatchString(o.Name) || o.Doc == "" {
				bad("option %q needs a kebab-case name and a doc", o.Name)
			}
			switch o.Default.(type) {
			case int, float64, bool, string, []string:
			default:
				bad("option %q has an unsupported type %T", o.Name, o.Default)
			}
		}
	}
	if len(problems) > 0 {
		sort.Strings(problems)
		return fmt.Errorf("invalid rules:\n  %s", strings.Join(problems, "\n  "))
	}
	return nil
}

// lazyRegexp compiles a regular expression on first use, so that start-up
// (the pre-commit case) pays only for the expressions a run needs.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
