package lint

import (
	"fmt"
	"regexp"
	"slices"
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
	// Hint is a one-line suggestion shown with each finding, if any: how to
	// fix what the message says is wrong, which the message does not repeat.
	Hint string
	// Severity is the default severity of its findings.
	Severity Severity
	// Applies says which statements the rule checks.
	Applies Applies
	// Options are the rule's settings (see NewOption); Run reads each
	// through its handle.
	Options []Option
	// Lexicons names the word lists the rule reads (through Pass.Lexicon),
	// as lint/lexicon/lexicons.txt names them.
	Lexicons []string
	// English marks a rule that reads English words or sounds where
	// their absence is the fault (a scale word, a word shared with the
	// vision, syllables): it does not judge a statement in another
	// language (Statement.OtherLanguage).
	English bool
	// Supersedes names rules that report some of the same words for the
	// same fault, less specifically: their findings within the words of
	// this rule's findings are dropped (see Linter.Dedupe).
	Supersedes []string
	// Run checks one document through the pass. It must not do I/O or keep
	// state between calls: rules run concurrently on different documents.
	Run func(*Pass)
}

// Title returns the first line of the rule's doc.
func (r *Rule) Title() string {
	title, _, _ := strings.Cut(r.Doc, "\n")
	return title
}

// OptionValue lists the types a rule option may have.
type OptionValue interface {
	int | float64 | bool | string | []string
}

// Option is one setting of a rule as the configuration sees it. Rules
// declare options with NewOption, which returns a typed handle.
type Option interface {
	// Name is kebab-case, as written in the configuration.
	Name() string
	// Doc says what the option does, in one line.
	Doc() string
	// Default is the value when the configuration sets none; its type
	// (int, float64, bool, string or []string) is the type the option takes.
	Default() any
	// Strict is the value under the strict preset.
	Strict() any
}

// OptionOf is a typed handle on one rule option: declared in the rule's
// Options, read in its Run with Get. The compiler checks the type, and no
// name is spelt twice.
type OptionOf[T OptionValue] struct {
	name, doc   string
	def, strict T
}

// NewOption declares an option: its kebab-case name, its default and a
// one-line doc. Under the strict preset it keeps its default unless
// WithStrict says otherwise.
func NewOption[T OptionValue](name string, def T, doc string) *OptionOf[T] {
	return &OptionOf[T]{name: name, doc: doc, def: def, strict: def}
}

// WithStrict sets the option's value under the strict preset and returns
// the option.
func (o *OptionOf[T]) WithStrict(v T) *OptionOf[T] {
	o.strict = v
	return o
}

// Name returns the option's name.
func (o *OptionOf[T]) Name() string { return o.name }

// Doc returns the option's one-line doc.
func (o *OptionOf[T]) Doc() string { return o.doc }

// Default returns the option's default value.
func (o *OptionOf[T]) Default() any { return o.def }

// Strict returns the option's value under the strict preset.
func (o *OptionOf[T]) Strict() any { return o.strict }

// Get returns the option's value in force for the pass. It panics when the
// pass's rule does not declare the option: a programming error, which
// the rule's fixture tests catch (and a run reports as an error finding).
func (o *OptionOf[T]) Get(p *Pass) T {
	v, ok := p.options[o.name]
	if !ok {
		panic(fmt.Sprintf("rule %s reads option %q, which it does not declare in Options", p.Rule.Name, o.name))
	}
	return v.(T)
}

// Options holds a rule's option values for one run, by name.
type Options map[string]any

// DefaultOptions returns the rule's options at their defaults.
func (r *Rule) DefaultOptions() Options {
	o := Options{}
	for _, opt := range r.Options {
		o[opt.Name()] = opt.Default()
	}
	return o
}

// StrictOptions returns the rule's options at their strict preset's values.
func (r *Rule) StrictOptions() Options {
	o := Options{}
	for _, opt := range r.Options {
		o[opt.Name()] = opt.Strict()
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
	// Replacement is the text to put in place of Span, when a rule
	// suggests a sure rewrite (see Pass.ReportReplacef); "" removes Span.
	Replacement *string `json:"replacement,omitempty"`
	// Text is the source text of Span, for matching findings across
	// versions of a file (baselines, --new-from-rev).
	Text string `json:"text"`
	// Anchor is set for a finding about a whole statement (its Span is the
	// statement's): where the statement is announced (Statement.Anchor).
	// Baselines and --new-from-rev match such a finding by its anchor
	// rather than its Text, so that it keeps its identity while the
	// statement is edited.
	Anchor string `json:"anchor,omitempty"`
}

// Pass is what one rule sees of one document: the only way between them.
type Pass struct {
	// Rule is the rule being run.
	Rule *Rule
	// Doc is the document.
	Doc *Document
	// Require lists the statement kinds the configuration requires.
	Require []Kind

	options  Options           // the rule's option values (see OptionOf.Get)
	lexicons *lexicon.Lexicons // the word lists in force (see Lexicon)
	severity Severity          // the rule's severity in force
	fixed    bool              // the configuration set the severity: findings keep it
	report   func(Finding)
	judged   *judgedStatements // the statements rules judge, shared by the passes of one Check
}

// Lexicon returns a read-only view of the named word list as the
// configuration leaves it. The rule must declare the list in its Lexicons;
// reading one it does not declare panics, as a misspelt name would (the
// rule's fixture tests catch both).
func (p *Pass) Lexicon(name string) lexicon.View {
	for _, n := range p.Rule.Lexicons {
		if n == name {
			return p.lexicons.Get(name).View()
		}
	}
	panic(fmt.Sprintf("rule %s reads lexicon %q, which it does not declare in Lexicons", p.Rule.Name, name))
}

// Statements returns the statements the rule applies to that have text to
// judge: neither empty nor placeholders (structure rules report those).
func (p *Pass) Statements() []*Statement {
	var list []*Statement
	if p.judged == nil {
		list = judge(p.Doc, p.Rule.Applies)
	} else {
		list = p.judged.of(p.Rule.Applies)
	}
	if p.Rule.English {
		list = inEnglish(list)
	}
	return list
}

// inEnglish returns the statements of list not in another language: list
// itself when all are in English.
func inEnglish(list []*Statement) []*Statement {
	for i, s := range list {
		if !s.OtherLanguage() {
			continue
		}
		out := append([]*Statement(nil), list[:i]...)
		for _, t := range list[i+1:] {
			if !t.OtherLanguage() {
				out = append(out, t)
			}
		}
		return out
	}
	return list
}

// judge returns the statements of doc with text to judge that a rule
// applying to applies sees.
func judge(doc *Document, applies Applies) []*Statement {
	var out []*Statement
	for _, s := range doc.Statements {
		if s.Empty || s.Placeholder {
			continue
		}
		if applies == AppliesBoth || applies == AppliesDocument || Applies(s.Kind) == applies {
			out = append(out, s)
		}
	}
	return out
}

// judgedStatements holds, for one document, the lists Pass.Statements
// returns, each made on first need: every rule of a kind sees the same.
type judgedStatements struct {
	doc                  *Document
	all, vision, mission []*Statement
	hasAll, hasV, hasM   bool
}

// of returns the statements a rule applying to applies judges.
func (j *judgedStatements) of(applies Applies) []*Statement {
	var list *[]*Statement
	var made *bool
	switch applies {
	case AppliesBoth, AppliesDocument:
		list, made = &j.all, &j.hasAll
	case AppliesVision:
		list, made = &j.vision, &j.hasV
	case AppliesMission:
		list, made = &j.mission, &j.hasM
	default:
		return judge(j.doc, applies)
	}
	if !*made {
		*list, *made = judge(j.doc, applies), true
	}
	return *list
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
	p.emit(sev, s, span, nil, format, args...)
}

// ReportReplacef reports a finding as Reportf does, with text to put in
// place of span: the fix that vmlint lint --fix and editors' quick fixes
// apply. Suggest only a rewrite that is sure: one that cannot change what
// the statement means or leave a sentence that does not read (an empty
// replacement removes the span, so a span that removes words takes one of
// the blanks around them with it).
func (p *Pass) ReportReplacef(s *Statement, span Span, replacement, format string, args ...any) {
	p.emit(p.severity, s, span, &replacement, format, args...)
}

func (p *Pass) emit(sev Severity, s *Statement, span Span, replacement *string, format string, args ...any) {
	if p.fixed {
		sev = p.severity
	}
	f := Finding{
		Path: p.Doc.Path, Rule: p.Rule.Name, Severity: sev, Span: span, Message: fmt.Sprintf(format, args...), Hint: p.Rule.Hint,
		Text: string(p.Doc.Source[span.Start.Offset:span.End.Offset]), Replacement: replacement,
	}
	if s != nil {
		f.Kind = s.Kind
		if span == s.Span {
			f.Anchor = s.Anchor()
		}
	}
	p.report(f)
}

var ruleName = lazyRegexp(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// Validate checks a rule list: names kebab-case, unique and sorted; a
// lower-case title without a final period; good and bad examples; a
// severity, what it applies to, a Run; options with kebab-case names, a
// doc, and no negative whole numbers; lexicons that exist; and Supersedes
// naming other rules of the list, without a cycle.
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
		options := map[string]bool{}
		for _, o := range r.Options {
			if o == nil {
				bad("an option is nil")
				continue
			}
			if !ruleName().MatchString(o.Name()) || o.Doc() == "" {
				bad("option %q needs a kebab-case name and a doc", o.Name())
			}
			if options[o.Name()] || o.Name() == "severity" {
				bad("option %q is declared twice, or takes the name of the severity", o.Name())
			}
			options[o.Name()] = true
			for _, v := range []any{o.Default(), o.Strict()} {
				if n, ok := v.(int); ok && n < 0 {
					bad("option %q has a negative value; whole-number options are 0 or more", o.Name())
				}
			}
		}
		lists := lexicon.Default()
		for _, name := range r.Lexicons {
			if !slices.Contains(lists.Names(), name) {
				bad("reads lexicon %q, which lint/lexicon/lexicons.txt does not define", name)
			}
		}
	}
	problems = append(problems, validSupersedes(rules)...)
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
