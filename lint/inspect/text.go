package inspect

import (
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/visible"
)

// palette holds the colours of the text output; all of them are disabled
// when colour is off.
type palette struct {
	path, kind, dim, missing, value *color.Color
}

func newPalette(enabled bool) palette {
	p := palette{
		path:    color.New(color.Bold),
		kind:    color.New(color.FgCyan, color.Bold),
		dim:     color.New(color.Faint),
		missing: color.New(color.FgYellow),
		value:   color.New(color.FgGreen),
	}
	for _, c := range []*color.Color{p.path, p.kind, p.dim, p.missing, p.value} {
		if enabled {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}

// WriteText writes the documents for a reader at a terminal: per file, each
// statement with its position, text, counts, readability and components.
// Control characters from the documents are made visible (package visible)
// or quoted, so that none reaches the terminal.
func WriteText(w io.Writer, docs []*lint.Document, colored bool) error {
	var b []byte
	for i, d := range docs {
		b = AppendTextSeparator(b, i)
		b = AppendText(b, d, colored, nil)
	}
	_, err := w.Write(b)
	return err
}

// AppendTextSeparator appends what stands before the i-th document (from
// 0) of the text output: a blank line between two.
func AppendTextSeparator(b []byte, i int) []byte {
	if i > 0 {
		b = append(b, '\n')
	}
	return b
}

// AppendText appends one document in the text output. When flush is not
// nil, AppendText hands it what it has appended each time that passes 64
// KiB and goes on with the buffer flush returns (see AppendJSON).
func AppendText(b []byte, d *lint.Document, colored bool, flush func([]byte) []byte) []byte {
	p := newPalette(colored)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s\n", p.path.Sprint(visible.String(d.Path, "")))
	if len(d.Statements) == 0 {
		fmt.Fprintf(&sb, "  %s\n", p.dim.Sprint("no vision or mission statement found"))
	}
	for _, s := range d.Statements {
		writeStatement(&sb, p, s)
		if flush != nil && len(b)+sb.Len() >= 64<<10 {
			b = flush(append(b, sb.String()...))
			sb.Reset()
		}
	}
	return append(b, sb.String()...)
}

func writeStatement(b *strings.Builder, p palette, s *lint.Statement) {
	how := string(s.Form)
	if s.Label != "" {
		how += fmt.Sprintf(" %q", s.Label)
	}
	fmt.Fprintf(b, "  %s %s %s\n", p.kind.Sprint(s.Kind), p.dim.Sprintf("(%s)", how), position(s.Span))
	switch {
	case s.Empty:
		fmt.Fprintf(b, "    %s\n", p.missing.Sprint("empty: nothing stands under it"))
		return
	case s.Placeholder:
		fmt.Fprintf(b, "    %s\n", p.missing.Sprint("placeholder: template text, not a statement"))
	}
	for _, line := range strings.Split(s.Text(), "\n") {
		fmt.Fprintf(b, "    │ %s\n", visible.String(line, "\t"))
	}
	a := s.Analysis
	fmt.Fprintf(b, "    %s, %s · reading ease %.1f · grade %.1f\n",
		plural(a.Words, "word"), plural(a.Sentences, "sentence"), a.FleschReadingEase, a.FleschKincaidGrade)
	c := a.Components
	audience := make([]string, 0, len(c.Audience))
	for _, x := range c.Audience {
		kind := "generic"
		if x.Specific {
			kind = "specific"
		}
		audience = append(audience, fmt.Sprintf("%q %s %s", x.Text, p.dim.Sprint(kind), p.dim.Sprint(position(x.Span))))
	}
	writeComponent(b, p, "audience", audience)
	for _, row := range []struct {
		name string
		cs   []lint.Component
	}{{"value", c.Value}, {"strategy", c.Strategy}, {"future", c.Future}, {"differentiation", c.Differentiation}, {"purpose", c.Purpose}} {
		items := make([]string, 0, len(row.cs))
		for _, x := range row.cs {
			items = append(items, fmt.Sprintf("%q %s", x.Text, p.dim.Sprint(position(x.Span))))
		}
		writeComponent(b, p, row.name, items)
	}
}

func writeComponent(b *strings.Builder, p palette, name string, items []string) {
	if len(items) == 0 {
		fmt.Fprintf(b, "    %-15s %s\n", name, p.missing.Sprint("—"))
		return
	}
	fmt.Fprintf(b, "    %-15s %s\n", name, p.value.Sprint(strings.Join(items, ", ")))
}

func position(s lint.Span) string {
	if s.Start.Line == s.End.Line {
		return fmt.Sprintf("%d:%d-%d", s.Start.Line, s.Start.Column, s.End.Column)
	}
	return fmt.Sprintf("%d:%d-%d:%d", s.Start.Line, s.Start.Column, s.End.Line, s.End.Column)
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
