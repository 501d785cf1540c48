package lint

import (
	"cmp"
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"sort"
	"strings"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// RuleSetting is how one rule runs on one document.
type RuleSetting struct {
	// Severity is the severity of the rule's findings.
	Severity Severity
	// Fixed is set when the configuration chose the severity: it then holds
	// for every finding, even where the rule would escalate or soften.
	Fixed bool
	// Options are the rule's option values.
	Options Options
}

// Settings say which rules run on a document and how. Rules missing from
// Rules do not run.
type Settings struct {
	// Rules maps each enabled rule's name to its setting.
	Rules map[string]RuleSetting
	// Require lists statement kinds every document must hold.
	Require []Kind
	// Lexicons are the word lists in force.
	Lexicons *lexicon.Lexicons
}

// Linter runs a fixed set of rules over documents. It is safe for
// concurrent use.
type Linter struct {
	rules        []*Rule
	byName       map[string]*Rule
	supersededBy map[string][]string // rule → the rules that supersede it
}

// NewLinter returns a linter for the rules, which must be valid (see
// Validate). The engine's own rule, unused-suppression, is added when the
// list lacks it.
func NewLinter(rules []*Rule) *Linter {
	l := &Linter{byName: map[string]*Rule{}}
	for _, r := range rules {
		if l.byName[r.Name] == nil {
			l.rules = append(l.rules, r)
			l.byName[r.Name] = r
		}
	}
	if l.byName[UnusedSuppression.Name] == nil {
		l.rules = append(l.rules, UnusedSuppression)
		l.byName[UnusedSuppression.Name] = UnusedSuppression
	}
	sort.Slice(l.rules, func(i, j int) bool { return l.rules[i].Name < l.rules[j].Name })
	for _, r := range l.rules {
		for _, loser := range r.Supersedes {
			if l.supersededBy == nil {
				l.supersededBy = map[string][]string{}
			}
			l.supersededBy[loser] = append(l.supersededBy[loser], r.Name)
		}
	}
	return l
}

// Rules returns the linter's rules, sorted by name.
func (l *Linter) Rules() []*Rule { return l.rules }

// Rule returns the named rule, or nil.
func (l *Linter) Rule(name string) *Rule { return l.byName[name] }

// DefaultSettings enables every rule at its default severity and options,
// with the built-in lexicons.
func (l *Linter) DefaultSettings() *Settings {
	s := &Settings{Rules: map[string]RuleSetting{}, Lexicons: lexicon.Default()}
	for _, r := range l.rules {
		s.Rules[r.Name] = RuleSetting{Severity: r.Severity, Options: r.DefaultOptions()}
	}
	return s
}

// Lint runs the enabled rules over the document, keeps one finding per
// fault, drops what suppression comments suppress (reporting suppressions
// that suppress nothing), and returns the findings sorted by line, column,
// rule and message: Check, Dedupe, then Suppress.
func (l *Linter) Lint(doc *Document, s *Settings) []Finding {
	return l.Suppress(doc, s, l.Dedupe(l.Check(doc, s)))
}

// Check runs the enabled rules over the document and returns what they
// report, suppressed or not. A rule that applies to statements runs only on
// a document that has one: on any other it has nothing to check.
func (l *Linter) Check(doc *Document, s *Settings) []Finding {
	var findings []Finding
	if len(doc.Statements) > 0 {
		// About a finding a statement, as a start: a file of many
		// statements then does not grow the slice by doubling from one,
		// keeping the old arrays until the collector runs.
		findings = make([]Finding, 0, len(doc.Statements))
	}
	report := func(f Finding) { findings = append(findings, f) }
	// The rules' passes are made in one allocation, and share the lists of
	// statements each kind of rule judges.
	passes := make([]Pass, len(l.rules))
	judged := &judgedStatements{doc: doc}
	for i, r := range l.rules {
		setting, ok := s.Rules[r.Name]
		if !ok || r == UnusedSuppression || r.Applies != AppliesDocument && len(doc.Statements) == 0 {
			continue
		}
		pass := &passes[i]
		*pass = Pass{
			Rule: r, Doc: doc, Require: s.Require, options: setting.Options, lexicons: s.Lexicons,
			severity: setting.Severity, fixed: setting.Fixed, report: report, judged: judged,
		}
		runRule(pass)
	}
	if len(findings) == 0 {
		return nil
	}
	return findings
}

// Suppress drops the findings the document's suppression comments cover,
// adds an unused-suppression finding for each comment that covers none
// (when that rule is enabled), and sorts the findings by line, column, rule
// and message.
func (l *Linter) Suppress(doc *Document, s *Settings, findings []Finding) []Finding {
	findings = l.suppress(doc, s, findings)
	SortFindings(findings)
	return findings
}

// PanicEnv names the environment variable that, set to 1, makes a panic in
// parsing or in a rule crash vmlint with its stack, for a bug report or a
// fuzz target, instead of becoming an error for the file, which lets the
// run go on and which a fuzz target cannot tell from a user's error.
const PanicEnv = "VMLINT_PANIC"

// recoverPanics reports whether a panic becomes an error for the file.
func recoverPanics() bool { return os.Getenv(PanicEnv) != "1" }

// runRule runs one rule, turning a panic into an error finding so that one
// broken rule cannot stop the others or lose the rest of the run.
func runRule(p *Pass) {
	defer func() {
		if !recoverPanics() {
			return
		}
		if v := recover(); v != nil {
			p.report(Finding{
				Path: p.Doc.Path, Rule: p.Rule.Name, Severity: Error, Span: p.Doc.Span(0, 0),
				Message: fmt.Sprintf("rule %s failed on this file (%v); please report it with the file\n%s", p.Rule.Name, v, debug.Stack()),
			})
		}
	}()
	p.Rule.Run(p)
}

// SortFindings sorts findings by path, line, column, rule and message.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		switch {
		case a.Path != b.Path:
			return strings.Compare(a.Path, b.Path)
		case a.Span.Start.Line != b.Span.Start.Line:
			return cmp.Compare(a.Span.Start.Line, b.Span.Start.Line)
		case a.Span.Start.Column != b.Span.Start.Column:
			return cmp.Compare(a.Span.Start.Column, b.Span.Start.Column)
		case a.Rule != b.Rule:
			return strings.Compare(a.Rule, b.Rule)
		}
		return strings.Compare(a.Message, b.Message)
	})
}
