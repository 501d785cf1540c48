package lsp

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/lsp/jsonrpc"
	"github.com/vmlint/vmlint/lint/report"
)

// hover shows, at a finding, its rule's explanation, shortened; and at a
// statement, the statement's scorecard: what vmlint understood of it.
func (s *server) hover(params, _ json.RawMessage) (any, *jsonrpc.Error) {
	var p textDocumentPositionParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	_, r := s.current(p.TextDocument.URI)
	if r == nil || r.file == nil || r.file.Doc == nil {
		return nil, nil
	}
	off := r.text.offset(p.Position, s.enc)
	var parts []string
	var at *lint.Span // the narrowest span shown
	narrow := func(sp lint.Span) {
		if at == nil || sp.End.Offset-sp.Start.Offset < at.End.Offset-at.Start.Offset {
			at = &sp
		}
	}
	for _, f := range r.findings {
		if covers(f.Span, off) {
			parts = append(parts, s.explainFinding(f))
			narrow(f.Span)
		}
	}
	for _, st := range r.file.Doc.Statements {
		if covers(st.Span, off) {
			parts = append(parts, scorecard(st))
			narrow(st.Span)
		}
	}
	if len(parts) == 0 {
		return nil, nil
	}
	kind := "plaintext"
	if len(s.caps.TextDocument.Hover.ContentFormat) == 0 || slices.Contains(s.caps.TextDocument.Hover.ContentFormat, "markdown") {
		kind = "markdown"
	}
	rng := r.text.rangeOf(at.Start.Offset, at.End.Offset, s.enc)
	return hover{Contents: markupContent{Kind: kind, Value: strings.Join(parts, "\n\n---\n\n")}, Range: &rng}, nil
}

// covers reports whether the span holds the offset; an empty span holds
// the offset it stands at.
func covers(sp lint.Span, off int) bool {
	return sp.Start.Offset <= off && (off < sp.End.Offset || off == sp.Start.Offset)
}

// explainFinding is a finding with its rule's explanation, shortened from
// vmlint explain: the title and the first paragraph of why, the hint and
// the suggested replacement.
func (s *server) explainFinding(f lint.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** (%s): %s\n", f.Rule, f.Severity, f.Message)
	if rule := s.rule(f.Rule); rule != nil {
		title, body, _ := strings.Cut(rule.Doc, "\n")
		why, _, _ := strings.Cut(strings.TrimSpace(body), "\n\n")
		fmt.Fprintf(&b, "\n*%s.* %s\n", capitalise(title), firstSentence(strings.Join(strings.Fields(why), " ")))
	}
	if f.Hint != "" {
		fmt.Fprintf(&b, "\nHint: %s.\n", strings.TrimSuffix(f.Hint, "."))
	}
	if f.Replacement != nil {
		if *f.Replacement == "" {
			fmt.Fprintf(&b, "\nSuggested: remove %q.\n", strings.TrimSpace(f.Text))
		} else {
			fmt.Fprintf(&b, "\nSuggested: %q → %q.\n", f.Text, *f.Replacement)
		}
	}
	fmt.Fprintf(&b, "\n`vmlint explain %s` gives the whole explanation, its options and examples.", f.Rule)
	return b.String()
}

// firstSentence is the text up to the end of its first sentence: a period
// and a blank, not after an abbreviation such as "e.g.".
func firstSentence(text string) string {
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], ". ")
		if k < 0 {
			break
		}
		end := i + k + 1
		if !strings.HasSuffix(text[:end], "e.g.") && !strings.HasSuffix(text[:end], "i.e.") {
			return text[:end]
		}
		i = end
	}
	return text
}

// rule returns the rule of the name: built in, or custom in the
// configuration of the server's folder.
func (s *server) rule(name string) *lint.Rule {
	var rules []*lint.Rule
	if s.runner != nil {
		rules = s.runner.Rules()
	}
	for _, r := range append(rules, s.opts.Rules...) {
		if r.Name == name {
			return r
		}
	}
	return nil
}

// scorecard is a statement as vmlint understood it: kind and form, counts
// and grade, and each component with the words that carry it.
func scorecard(st *lint.Statement) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s statement** · %s\n", capitalise(string(st.Kind)), formOf(st))
	switch {
	case st.Empty:
		b.WriteString("\nEmpty: nothing stands under it.")
		return b.String()
	case st.Placeholder:
		b.WriteString("\nTemplate text, not a statement yet.")
		return b.String()
	}
	a := st.Analysis
	fmt.Fprintf(&b, "\n%s · %s · grade %.1f · reading ease %.1f\n\n", plural(a.Words, "word"), plural(a.Sentences, "sentence"), a.FleschKincaidGrade, a.FleschReadingEase)
	c := a.Components
	for i, list := range [][]lint.Component{c.Audience, c.Value, c.Strategy, c.Future, c.Differentiation, c.Purpose} {
		name := report.ComponentNames[i]
		if len(list) == 0 {
			fmt.Fprintf(&b, "- %s: none found\n", name)
			continue
		}
		words := make([]string, len(list))
		for k, comp := range list {
			words[k] = fmt.Sprintf("%q", comp.Text)
		}
		level := ""
		if name == "audience" {
			level = " (" + string(c.AudienceLevel()) + ")"
		}
		fmt.Fprintf(&b, "- **%s**%s: %s\n", name, level, strings.Join(words, ", "))
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// formOf says how the document marks the statement: `heading "Vision"`.
func formOf(st *lint.Statement) string {
	if st.Label != "" {
		return fmt.Sprintf("%s %q", st.Form, st.Label)
	}
	return string(st.Form)
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
