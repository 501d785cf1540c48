package report

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"
	"github.com/mattn/go-runewidth"

	"github.com/vmlint/vmlint/lint"
)

// textPalette holds the colours of the text format.
type textPalette struct {
	bold, err, warn, info, caret, dim *color.Color
}

func newTextPalette(enabled bool) textPalette {
	p := textPalette{
		bold:  color.New(color.Bold),
		err:   color.New(color.FgRed, color.Bold),
		warn:  color.New(color.FgYellow, color.Bold),
		info:  color.New(color.FgCyan, color.Bold),
		caret: color.New(color.FgGreen, color.Bold),
		dim:   color.New(color.Faint),
	}
	for _, c := range []*color.Color{p.bold, p.err, p.warn, p.info, p.caret, p.dim} {
		if enabled {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}

func (p textPalette) severity(s lint.Severity) *color.Color {
	switch s {
	case lint.Error:
		return p.err
	case lint.Warning:
		return p.warn
	}
	return p.info
}

// WriteText writes findings as clang and rustc do: the compiler line, the
// source line with the words underlined, and the rule's hint; then a
// summary. It writes nothing at all when there are no findings.
func WriteText(w io.Writer, r *Result, colored bool) error {
	if len(r.Findings) == 0 {
		return nil
	}
	p := newTextPalette(colored)
	paint := func(c *color.Color, s string) string {
		if !colored {
			return s // plain text costs no formatting
		}
		return c.Sprint(s)
	}
	lines := map[string]map[int]string{}
	for _, f := range r.Files {
		lines[f.Path] = f.Lines
	}
	var b strings.Builder
	for _, f := range r.Findings {
		line := strconv.Itoa(f.Span.Start.Line)
		b.WriteString(paint(p.bold, f.Path+":"+line+":"+strconv.Itoa(f.Span.Start.Column)+":"))
		b.WriteByte(' ')
		b.WriteString(paint(p.severity(f.Severity), f.Severity.String()+":"))
		b.WriteByte(' ')
		b.WriteString(paint(p.bold, oneLine(f.Message)))
		b.WriteByte(' ')
		b.WriteString(paint(p.dim, "["+f.Rule+"]"))
		b.WriteByte('\n')
		if src, ok := lines[f.Path][f.Span.Start.Line]; ok {
			pad := strings.Repeat(" ", len(line))
			b.WriteString(" " + paint(p.dim, line) + " " + paint(p.dim, "|") + " " + src + "\n")
			b.WriteString(" " + pad + " " + paint(p.dim, "|") + " " + paint(p.caret, underline(src, f.Span)) + "\n")
			if f.Hint != "" {
				b.WriteString(" " + pad + " " + paint(p.dim, "=") + " " + paint(p.dim, "hint: "+f.Hint) + "\n")
			}
		}
	}
	b.WriteString(Summary(r.Findings) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// underline returns the marker line for a span on its first line: spaces
// (and the tabs of the source, so the marker lines up however wide the
// terminal's tabs are) up to the start, then "^" and "~" for the span's
// display width, up to the end of the line when the span goes on.
func underline(src string, s lint.Span) string {
	var b strings.Builder
	col := 1
	i := 0
	for i < len(src) && col < s.Start.Column {
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteString(strings.Repeat(" ", runewidth.RuneWidth(r)))
		}
		i += size
		col++
	}
	width := 0
	for i < len(src) && (s.End.Line > s.Start.Line || col < s.End.Column) {
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == '\t' {
			width++
		} else {
			width += runewidth.RuneWidth(r)
		}
		i += size
		col++
	}
	if width == 0 {
		return b.String() + "^"
	}
	return b.String() + "^" + strings.Repeat("~", width-1)
}

// oneLine joins a message's lines with spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
