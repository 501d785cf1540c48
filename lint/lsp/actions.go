package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/driver"
	"github.com/vmlint/vmlint/lint/lsp/jsonrpc"
)

// maxVerified bounds the findings in one request whose suppression is
// worked out (each costs a lint of the edited text): a range that holds
// more gets the other actions only.
const maxVerified = 20

// codeAction offers, for the findings in the range: the suggested
// replacement, disabling the rule for the finding's line, disabling it for
// the file, removing an unused suppression; and for the document, applying
// every suggested replacement. Each action lists the diagnostics it fixes.
func (s *server) codeAction(params, _ json.RawMessage) (any, *jsonrpc.Error) {
	var p codeActionParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	actions := []codeAction{}
	d, r := s.current(p.TextDocument.URI)
	if r == nil || r.file == nil || r.file.Doc == nil || s.caps.TextDocument.CodeAction.CodeActionLiteralSupport == nil {
		return actions, nil
	}
	from, to := r.text.offset(p.Range.Start, s.enc), r.text.offset(p.Range.End, s.enc)
	var lineDone, fileDone []string // rule and line, rule: actions already made
	verified := 0
	for i, f := range r.findings {
		if f.Span.End.Offset < from || f.Span.Start.Offset > to {
			continue
		}
		diag := r.diags[i]
		if f.Replacement != nil {
			actions = append(actions, codeAction{
				Title: replaceTitle(f), Kind: kindQuickFix, Diagnostics: []Diagnostic{diag}, IsPreferred: true,
				Edit: s.edit(d, r, TextEdit{Range: diag.Range, NewText: *f.Replacement}),
			})
		}
		if f.Rule == lint.UnusedSuppression.Name {
			if e, ok := s.removeSuppression(d, r, f); ok {
				actions = append(actions, codeAction{Title: "Remove the unused suppression", Kind: kindQuickFix, Diagnostics: []Diagnostic{diag}, IsPreferred: true, Edit: e})
			}
			continue
		}
		if key := fmt.Sprint(f.Rule, f.Span.Start.Line); !slices.Contains(lineDone, key) && verified < maxVerified {
			lineDone = append(lineDone, key)
			verified++
			if e, ok := s.disableLine(d, r, f); ok {
				actions = append(actions, codeAction{
					Title: fmt.Sprintf("Disable %s for this line", f.Rule), Kind: kindQuickFix,
					Diagnostics: r.diagsWhere(func(g lint.Finding) bool { return g.Rule == f.Rule && g.Span.Start.Line == f.Span.Start.Line }),
					Edit:        e,
				})
			}
		}
		if !slices.Contains(fileDone, f.Rule) && verified < maxVerified {
			fileDone = append(fileDone, f.Rule)
			verified++
			if e, ok := s.disableFile(d, r, f.Rule); ok {
				actions = append(actions, codeAction{
					Title: fmt.Sprintf("Disable %s for this file", f.Rule), Kind: kindQuickFix,
					Diagnostics: r.diagsWhere(func(g lint.Finding) bool { return g.Rule == f.Rule }), Edit: e,
				})
			}
		}
	}
	if all := r.diagsWhere(func(g lint.Finding) bool { return g.Replacement != nil }); len(all) > 0 {
		var edits []TextEdit
		last := -1
		for i, f := range r.findings {
			if f.Replacement != nil && f.Span.Start.Offset >= last {
				edits = append(edits, TextEdit{Range: r.diags[i].Range, NewText: *f.Replacement})
				last = f.Span.End.Offset
			}
		}
		actions = append(actions, codeAction{Title: "Apply every suggested replacement", Kind: kindSourceFixAll, Diagnostics: all, Edit: s.edit(d, r, edits...)})
	}
	if len(p.Context.Only) > 0 {
		actions = slices.DeleteFunc(actions, func(a codeAction) bool { return !wanted(a.Kind, p.Context.Only) })
	}
	return actions, nil
}

// wanted reports whether an action of the kind is among those asked for
// (a kind also answers for the kinds it is a part of: "source" asks for
// "source.fixAll.vmlint").
func wanted(kind string, only []string) bool {
	for _, o := range only {
		if kind == o || strings.HasPrefix(kind, o+".") {
			return true
		}
	}
	return false
}

func replaceTitle(f lint.Finding) string {
	if *f.Replacement == "" {
		return fmt.Sprintf("Remove %q", strings.TrimSpace(f.Text))
	}
	return fmt.Sprintf("Replace %q with %q", f.Text, *f.Replacement)
}

// diagsWhere returns the diagnostics of the findings that match.
func (r *result) diagsWhere(match func(lint.Finding) bool) []Diagnostic {
	var out []Diagnostic
	for i, f := range r.findings {
		if match(f) {
			out = append(out, r.diags[i])
		}
	}
	return out
}

// edit makes a workspace edit of the document: versioned when the client
// takes document changes, so that it refuses an edit of a text it no
// longer has.
func (s *server) edit(d *document, r *result, edits ...TextEdit) *workspaceEdit {
	if s.caps.Workspace.WorkspaceEdit.DocumentChanges {
		v := r.version
		return &workspaceEdit{DocumentChanges: []textDocumentEdit{{TextDocument: versionedTextDocumentIdentifier{URI: d.uri, Version: &v}, Edits: edits}}}
	}
	return &workspaceEdit{Changes: map[string][]TextEdit{d.uri: edits}}
}

// byteEdit is an edit of the text in bytes: [start, end) becomes text.
type byteEdit struct {
	start, end int
	text       string
}

func (e byteEdit) apply(src []byte) []byte {
	out := make([]byte, 0, len(src)+len(e.text))
	out = append(out, src[:e.start]...)
	out = append(out, e.text...)
	return append(out, src[e.end:]...)
}

// disableLine inserts a disable-next-line comment for the finding's rule
// above the line the finding starts on. Where that line starts a block
// (after a blank line, or as a list item) the comment goes on a line of
// its own, indented as the line is within block quotes and lists; inside
// a paragraph, where a line of its own would split it, the comment goes
// at the end of the line above. The edit is offered only if it silences
// the findings of the rule on that line and changes nothing else.
func (s *server) disableLine(d *document, r *result, f lint.Finding) (*workspaceEdit, bool) {
	line := f.Span.Start.Line - 1 // 0-based
	comment := fmt.Sprintf("<!-- vmlint-disable-next-line %s -- reason -->", f.Rule)
	start := r.text.starts[line]
	content := r.text.src[start:r.text.lineEnd(line)]
	prefix := containerPrefix(content)
	ownLine := byteEdit{start, start, prefix + comment + lineBreak(r.text)}
	var candidates []byteEdit
	if line == 0 {
		candidates = []byteEdit{ownLine}
	} else {
		above := r.text.src[r.text.starts[line-1]:r.text.lineEnd(line-1)]
		atEnd := r.text.lineEnd(line - 1)
		inline := byteEdit{atEnd, atEnd, " " + comment}
		switch {
		case strings.Trim(string(above), " \t>") == "":
			candidates = []byteEdit{ownLine}
		case listItem().MatchString(string(content[len(prefix):])) || heading().MatchString(string(above[len(containerPrefix(above)):])):
			candidates = []byteEdit{ownLine, inline}
		default:
			candidates = []byteEdit{inline}
		}
	}
	gone := func(g lint.Finding) bool { return g.Rule == f.Rule && g.Span.Start.Line == f.Span.Start.Line }
	for _, c := range candidates {
		if s.onlySilences(d, r, c, gone) {
			return s.edit(d, r, s.textEdit(r, c)), true
		}
	}
	return nil, false
}

// listItem matches a line that starts a list item; heading an ATX
// heading. They compile on first use: every vmlint command links them.
var (
	listItem = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([-*+]|[0-9]{1,9}[.)])([ \t]|$)`) })
	heading  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^ {0,3}#{1,6}([ \t]|$)`) })
)

// disableFile inserts a disable-file comment for the rule at the top of
// the Markdown body (after any front matter).
func (s *server) disableFile(d *document, r *result, rule string) (*workspaceEdit, bool) {
	at := 0
	if fm := r.file.Doc.FrontMatter; fm != nil {
		at = fm.Span.End.Offset
		if line := r.text.position(at, utf8Encoding).Line; line+1 < len(r.text.starts) && at > r.text.starts[line] {
			at = r.text.starts[line+1]
		}
	} else if strings.HasPrefix(string(r.text.src), "\ufeff") {
		at = len("\ufeff")
	}
	c := byteEdit{at, at, fmt.Sprintf("<!-- vmlint-disable-file %s -->", rule) + lineBreak(r.text)}
	if !s.onlySilences(d, r, c, func(g lint.Finding) bool { return g.Rule == rule }) {
		return nil, false
	}
	return s.edit(d, r, s.textEdit(r, c)), true
}

// removeSuppression removes an unused suppression comment: its whole line
// when the comment stands alone on it.
func (s *server) removeSuppression(d *document, r *result, f lint.Finding) (*workspaceEdit, bool) {
	c := byteEdit{f.Span.Start.Offset, f.Span.End.Offset, ""}
	first, last := f.Span.Start.Line-1, f.Span.End.Line-1
	before := r.text.src[r.text.starts[first]:f.Span.Start.Offset]
	after := r.text.src[f.Span.End.Offset:r.text.lineEnd(last)]
	if strings.Trim(string(before), " \t>") == "" && strings.Trim(string(after), " \t") == "" && last+1 < len(r.text.starts) {
		c = byteEdit{r.text.starts[first], r.text.starts[last+1], ""}
	}
	same := func(g lint.Finding) bool { return g.Rule == f.Rule && g.Span.Start.Offset == f.Span.Start.Offset }
	if !s.onlySilences(d, r, c, same) {
		return nil, false
	}
	return s.edit(d, r, s.textEdit(r, c)), true
}

func (s *server) textEdit(r *result, e byteEdit) TextEdit {
	return TextEdit{Range: r.text.rangeOf(e.start, e.end, s.enc), NewText: e.text}
}

// onlySilences lints the text with the edit made and reports whether the
// findings that gone matches are gone and nothing else changed: the same
// statements with the same words, the same other findings.
func (s *server) onlySilences(d *document, r *result, e byteEdit, gone func(lint.Finding) bool) bool {
	var after *driver.File
	if !s.protect("trying an edit", func() { after = s.runner.Document(context.Background(), d.path, e.apply(r.text.src)) }) || after == nil || after.Doc == nil {
		return false
	}
	before := r.file
	if len(after.Errs) != len(before.Errs) || len(after.Doc.Statements) != len(before.Doc.Statements) {
		return false
	}
	for i, st := range before.Doc.Statements {
		a := after.Doc.Statements[i]
		if a.Kind != st.Kind || words(a.Text()) != words(st.Text()) || a.Empty != st.Empty || len(a.Sentences) != len(st.Sentences) {
			return false
		}
		for k, sen := range st.Sentences {
			if words(a.Sentences[k].Text) != words(sen.Text) {
				return false
			}
		}
	}
	var want, got []string
	for _, f := range before.Findings {
		if !gone(f) {
			want = append(want, findingKey(f))
		}
	}
	for _, f := range after.Findings {
		got = append(got, findingKey(f))
	}
	slices.Sort(want)
	slices.Sort(got)
	return slices.Equal(want, got)
}

func findingKey(f lint.Finding) string {
	return f.Rule + "\x00" + f.Message + "\x00" + words(f.Text)
}

// words is text without HTML comments, with its blanks and line breaks
// made single spaces: a finding about a whole statement quotes the
// suppression comment put inside it.
func words(text string) string {
	for {
		open := strings.Index(text, "<!--")
		if open < 0 {
			break
		}
		end := strings.Index(text[open:], "-->")
		if end < 0 {
			break
		}
		text = text[:open] + " " + text[open+end+3:]
	}
	return strings.Join(strings.Fields(text), " ")
}

// containerPrefix is what a line inserted above this one needs to stay in
// the same block quotes and list items: its leading blanks and ">" marks.
func containerPrefix(line []byte) string {
	n := 0
	for n < len(line) && (line[n] == ' ' || line[n] == '\t' || line[n] == '>') {
		n++
	}
	return string(line[:n])
}

// lineBreak is the text's own line ending.
func lineBreak(t *text) string {
	if len(t.starts) > 1 {
		end := t.starts[1] - 1
		if t.src[end] == '\r' {
			return "\r"
		}
		if end > 0 && t.src[end-1] == '\r' {
			return "\r\n"
		}
	}
	return "\n"
}
