package report

import (
	"fmt"
	"io"
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
	lines := map[string]map[int]string{}
	for _, f := range r.Files {
		lines[f.Path] = f.Lines
	}
	var bw strings.Builder
	for _, f := range r.Findings {
		fmt.Fprintf(&bw, "%s %s %s %s\n",
			p.bold.Sprintf("%s:%d:%d:", f.Path, f.Span.Start.Line, f.Span.Start.Column),
			p.severity(f.Severity).Sprintf("%s:", f.Severity),
			p.bold.Sprint(oneLine(f.Message)),
			p.dim.Sprintf("[%s]", f.Rule))
		if src, ok := lines[f.Path][f.Span.Start.Line]; ok {
			gutter := fmt.Sprintf("%d", f.Span.Start.Line)
			pad := strings.Repeat(" ", len(gutter))
			fmt.Fprintf(&bw, " %s %s %s\n", p.dim.Sprint(gutter), p.dim.Sprint("|"), src)
			fmt.Fprintf(&bw, " %s %s %s\n", pad, p.dim.Sprint("|"), p.caret.Sprint(underline(src, f.Span)))
			if f.Hint != "" {
				fmt.Fprintf(&bw, " %s %s %s\n", pad, p.dim.Sprint("="), p.dim.Sprint("hint: "+f.Hint))
			}
		}
	}
	fmt.Fprintf(&bw, "%s\n", Summary(r.Findings))
	_, err := io.WriteString(w, bw.String())
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
