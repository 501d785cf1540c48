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
	lines := map[string]map[int]string{}
	for _, f := range r.Files {
		lines[f.Path] = f.Lines
	}
	var b strings.Builder
	b.Grow(len(r.Findings) * 320)
	write := func(parts ...string) {
		for _, s := range parts {
			b.WriteString(s)
		}
	}
	var num []byte
	for _, f := range r.Findings {
		num = strconv.AppendInt(num[:0], int64(f.Span.Start.Line), 10)
		line := string(num)
		if colored {
			write(p.bold.Sprint(f.Path+":"+line+":"+strconv.Itoa(f.Span.Start.Column)+":"), " ",
				p.severity(f.Severity).Sprint(f.Severity.String()+":"), " ", p.bold.Sprint(oneLine(f.Message)), " ", p.dim.Sprint("["+f.Rule+"]"), "\n")
		} else {
			write(f.Path, ":", line, ":", strconv.Itoa(f.Span.Start.Column), ": ", f.Severity.String(), ": ", oneLine(f.Message), " [", f.Rule, "]\n")
		}
		src, ok := lines[f.Path][f.Span.Start.Line]
		if !ok {
			continue
		}
		pad := blanks[:min(len(line), len(blanks))]
		mark := underline(src, f.Span)
		if colored {
			write(" ", p.dim.Sprint(line), " ", p.dim.Sprint("|"), " ", src, "\n", " ", pad, " ", p.dim.Sprint("|"), " ", p.caret.Sprint(mark), "\n")
			if f.Hint != "" {
				write(" ", pad, " ", p.dim.Sprint("="), " ", p.dim.Sprint("hint: "+f.Hint), "\n")
			}
			continue
		}
		write(" ", line, " | ", src, "\n", " ", pad, " | ", mark, "\n")
		if f.Hint != "" {
			write(" ", pad, " = hint: ", f.Hint, "\n")
		}
	}
	b.WriteString(Summary(r.Findings) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// blanks pads the gutter under a line number.
const blanks = "                    "

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
		switch w := width(r); {
		case r == '\t':
			b.WriteByte('\t')
		case w == 1:
			b.WriteByte(' ')
		default:
			b.WriteString(strings.Repeat(" ", w))
		}
		i += size
		col++
	}
	cells := 0
	for i < len(src) && (s.End.Line > s.Start.Line || col < s.End.Column) {
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == '\t' {
			cells++
		} else {
			cells += width(r)
		}
		i += size
		col++
	}
	if cells == 0 {
		return b.String() + "^"
	}
	return b.String() + "^" + strings.Repeat("~", cells-1)
}

// width is the number of terminal cells a character takes.
func width(r rune) int {
	if r >= ' ' && r < 0x7f {
		return 1 // printable ASCII: the common case, without a table look-up
	}
	return runewidth.RuneWidth(r)
}

// oneLine joins a message's lines with spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
