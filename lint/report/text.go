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

// colors are the text format's colours, for when it is coloured: always on,
// as the caller decides (--color, NO_COLOR, a terminal or not).
var colors = func() textPalette {
	p := textPalette{
		bold:  color.New(color.Bold),
		err:   color.New(color.FgRed, color.Bold),
		warn:  color.New(color.FgYellow, color.Bold),
		info:  color.New(color.FgCyan, color.Bold),
		caret: color.New(color.FgGreen, color.Bold),
		dim:   color.New(color.Faint),
	}
	for _, c := range []*color.Color{p.bold, p.err, p.warn, p.info, p.caret, p.dim} {
		c.EnableColor()
	}
	return p
}()

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
	return writeStreamed(w, "text", r, colored)
}

// appendText appends one finding in the text format; lines are its file's
// source lines by number.
func appendText(b []byte, f lint.Finding, lines map[int]string, colored bool) []byte {
	line := strconv.Itoa(f.Span.Start.Line)
	if colored {
		p := colors
		b = append(b, p.bold.Sprint(f.Path+":"+line+":"+strconv.Itoa(f.Span.Start.Column)+":")...)
		b = append(b, ' ')
		b = append(b, p.severity(f.Severity).Sprint(f.Severity.String()+":")...)
		b = append(b, ' ')
		b = append(b, p.bold.Sprint(oneLine(f.Message))...)
		b = append(b, ' ')
		b = append(b, p.dim.Sprint("["+f.Rule+"]")...)
		b = append(b, '\n')
	} else {
		b = appendLine(b, f) // the compiler line, as the line format has it
	}
	src, ok := lines[f.Span.Start.Line]
	if !ok {
		return b
	}
	pad := blanks[:min(len(line), len(blanks))]
	mark := underline(src, f.Span)
	if colored {
		p := colors
		for _, s := range []string{" ", p.dim.Sprint(line), " ", p.dim.Sprint("|"), " ", src, "\n", " ", pad, " ", p.dim.Sprint("|"), " ", p.caret.Sprint(mark), "\n"} {
			b = append(b, s...)
		}
		if f.Hint != "" {
			for _, s := range []string{" ", pad, " ", p.dim.Sprint("="), " ", p.dim.Sprint("hint: " + f.Hint), "\n"} {
				b = append(b, s...)
			}
		}
		return b
	}
	for _, s := range []string{" ", line, " | ", src, "\n", " ", pad, " | ", mark, "\n"} {
		b = append(b, s...)
	}
	if f.Hint != "" {
		for _, s := range []string{" ", pad, " = hint: ", f.Hint, "\n"} {
			b = append(b, s...)
		}
	}
	return b
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
