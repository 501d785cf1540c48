package report

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"
	"github.com/mattn/go-runewidth"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/visible"
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
//
// What comes from the document is made visible first (see package
// visible): escape sequences and other control characters cannot act on
// the terminal. A long line shows as a window of at most excerptWidth
// cells around the words, with "..." where it was cut; and of the findings
// of one rule in one statement, the first repeatsShown are shown, then a
// note says how many more there are (the other formats list them all).
func WriteText(w io.Writer, r *Result, colored bool) error {
	return Write(w, "text", r, colored)
}

const (
	// excerptWidth is the most terminal cells of a source line shown.
	excerptWidth = 100
	// excerptLead is the most cells shown before the words on a line cut
	// to fit excerptWidth.
	excerptLead = 30
	// repeatsShown is the most findings of one rule in one statement that
	// the text format shows.
	repeatsShown = 10
	// cutMark stands where a long line was cut.
	cutMark = "..."
)

// Excerpt is the part of a source line that the text format shows for a
// finding: the words and some context, up to excerptWidth cells.
type Excerpt struct {
	// Start is the file offset of Raw's first byte.
	Start int
	// Raw is the source text shown, as it is in the file.
	Raw string
	// CutLeft and CutRight say that the line goes on before and after Raw.
	CutLeft, CutRight bool
}

// TextFile is what the text format needs of a document for its findings:
// an excerpt of the source around each finding it shows, and where the
// statements are, to count findings of a rule in one statement.
func TextFile(doc *lint.Document, findings []lint.Finding) *File {
	f := &File{Path: doc.Path, Excerpts: make(map[int]Excerpt, len(findings))}
	if len(doc.Statements) > 0 {
		f.StatementRanges = make([][2]int, 0, len(doc.Statements))
	}
	for _, s := range doc.Statements {
		f.StatementRanges = append(f.StatementRanges, [2]int{s.Span.Start.Offset, s.Span.End.Offset})
	}
	shown, _ := f.limit(findings)
	for i, fd := range findings {
		if shown[i] {
			if _, ok := f.Excerpts[fd.Span.Start.Offset]; !ok {
				f.Excerpts[fd.Span.Start.Offset] = excerptAt(doc.Source, fd.Span.Start.Offset)
			}
		}
	}
	return f
}

// excerptAt cuts the excerpt around byte off of src: the whole line when
// it fits in excerptWidth cells; else a window of that width that starts
// excerptLead cells before off (or more, when the line ends sooner). It
// reads no more of the line than that.
func excerptAt(src []byte, off int) Excerpt {
	floor := 0 // where line 1's text starts: after a byte order mark
	if bytes.HasPrefix(src, bom) {
		floor = len(bom)
	}
	off = min(max(off, floor), len(src))
	back := func(from, budget int) (int, int) { // the start of budget cells before from, and the cells
		cells := 0
		for from > floor && cells < budget {
			r, size := utf8.DecodeLastRune(src[:from])
			if r == '\n' || r == '\r' {
				break
			}
			from -= size
			cells += max(runeCells(r), 1) // a character of no width still costs output
		}
		return from, cells
	}
	forth := func(from, budget int) (int, int) { // the end of budget cells after from, and the cells
		cells := 0
		for from < len(src) && cells < budget {
			r, size := utf8.DecodeRune(src[from:])
			if r == '\n' || r == '\r' {
				break
			}
			from += size
			cells += max(runeCells(r), 1)
		}
		return from, cells
	}
	atLineStart := func(i int) bool { return i <= floor || src[i-1] == '\n' || src[i-1] == '\r' }
	atLineEnd := func(i int) bool { return i >= len(src) || src[i] == '\n' || src[i] == '\r' }
	end, after := forth(off, excerptWidth)
	lead := excerptLead
	if atLineEnd(end) {
		lead = max(lead, excerptWidth-after) // the line ends soon: show more before
	}
	start, _ := back(off, lead)
	end, _ = forth(start, excerptWidth)
	return Excerpt{Start: start, Raw: string(src[start:end]), CutLeft: !atLineStart(start), CutRight: !atLineEnd(end)}
}

var bom = []byte("\ufeff")

// limit says which findings the text format shows: for each finding,
// whether it is shown, and for the last one shown of a rule in a statement,
// how many more of them are not (hidden, by finding index).
func (f *File) limit(findings []lint.Finding) (shown []bool, hidden map[int]int) {
	// A group is the findings of one rule in one statement. order lists
	// the findings group by group, each group's in the order given: a
	// sort, where counting by group in maps cost a look-up of a large map
	// for each finding of a file with many.
	statements := make([]int, len(findings))
	order := make([]int, len(findings))
	for i, fd := range findings {
		statements[i] = f.statementAt(fd.Span.Start.Offset)
		order[i] = i
	}
	group := func(a, b int) int {
		if c := cmp.Compare(statements[a], statements[b]); c != 0 {
			return c
		}
		return strings.Compare(findings[a].Rule, findings[b].Rule)
	}
	slices.SortStableFunc(order, group)
	shown, hidden = make([]bool, len(findings)), map[int]int{}
	for start := 0; start < len(order); {
		end := start + 1
		for end < len(order) && group(order[start], order[end]) == 0 {
			end++
		}
		for k := start; k < end && k-start < repeatsShown; k++ {
			shown[order[k]] = true
		}
		if end-start > repeatsShown {
			hidden[order[start+repeatsShown-1]] = end - start - repeatsShown
		}
		start = end
	}
	return shown, hidden
}

// statementAt returns the index of the statement that holds byte off, or -1.
func (f *File) statementAt(off int) int {
	r := f.StatementRanges
	k := sort.Search(len(r), func(k int) bool { return r[k][0] > off }) - 1
	if k >= 0 && (off < r[k][1] || off == r[k][0]) {
		return k
	}
	return -1
}

// appendText appends the findings of one file in the text format.
func appendText(b []byte, f *File, findings []lint.Finding, colored bool) []byte {
	shown, hidden := f.limit(findings)
	for i, fd := range findings {
		if !shown[i] {
			continue
		}
		b = appendTextFinding(b, fd, f.Excerpts, colored)
		if more := hidden[i]; more > 0 {
			b = appendNote(b, strconv.Itoa(fd.Span.Start.Line), fmt.Sprintf("note: %d more %s findings in this statement are not shown; --format line lists every finding", more, fd.Rule), colored)
		}
	}
	return b
}

// appendTextFinding appends one finding: the compiler line, the excerpt
// with the words underlined, and the hint.
func appendTextFinding(b []byte, f lint.Finding, excerpts map[int]Excerpt, colored bool) []byte {
	line := strconv.Itoa(f.Span.Start.Line)
	if colored {
		p := colors
		b = append(b, p.bold.Sprint(visible.String(f.Path, "")+":"+line+":"+strconv.Itoa(f.Span.Start.Column)+":")...)
		b = append(b, ' ')
		b = append(b, p.severity(f.Severity).Sprint(f.Severity.String()+":")...)
		b = append(b, ' ')
		b = append(b, p.bold.Sprint(visible.String(oneLine(f.Message), ""))...)
		b = append(b, ' ')
		b = append(b, p.dim.Sprint("["+f.Rule+"]")...)
		b = append(b, '\n')
	} else {
		b = appendLine(b, f) // the compiler line, as the line format has it
	}
	ex, ok := excerpts[f.Span.Start.Offset]
	if !ok {
		return b
	}
	src, mark := ex.render(f.Span)
	pad := blanks[:min(len(line), len(blanks))]
	if colored {
		p := colors
		if ex.CutLeft {
			src, mark = p.dim.Sprint(cutMark)+src, strings.Repeat(" ", len(cutMark))+mark
		}
		if ex.CutRight {
			src += p.dim.Sprint(cutMark)
		}
		for _, s := range []string{" ", p.dim.Sprint(line), " ", p.dim.Sprint("|"), " ", src, "\n", " ", pad, " ", p.dim.Sprint("|"), " ", p.caret.Sprint(mark), "\n"} {
			b = append(b, s...)
		}
	} else {
		if ex.CutLeft {
			src, mark = cutMark+src, strings.Repeat(" ", len(cutMark))+mark
		}
		if ex.CutRight {
			src += cutMark
		}
		for _, s := range []string{" ", line, " | ", src, "\n", " ", pad, " | ", mark, "\n"} {
			b = append(b, s...)
		}
	}
	if f.Hint != "" {
		b = appendNote(b, line, "hint: "+visible.String(oneLine(f.Hint), ""), colored)
	}
	return b
}

// appendNote appends a "= …" line under a finding whose line number is line.
func appendNote(b []byte, line, note string, colored bool) []byte {
	pad := blanks[:min(len(line), len(blanks))]
	if colored {
		p := colors
		for _, s := range []string{" ", pad, " ", p.dim.Sprint("="), " ", p.dim.Sprint(note), "\n"} {
			b = append(b, s...)
		}
		return b
	}
	for _, s := range []string{" ", pad, " = ", note, "\n"} {
		b = append(b, s...)
	}
	return b
}

// blanks pads the gutter under a line number.
const blanks = "                    "

// render returns the excerpt's text made visible, and the marker line for
// span: spaces (and the tabs of the source, so the marker lines up however
// wide the terminal's tabs are) up to the start, then "^" and "~" for the
// span's display width, up to the end of the excerpt when the span goes on.
func (ex Excerpt) render(s lint.Span) (text, mark string) {
	var b strings.Builder
	i := 0
	for i < len(ex.Raw) && ex.Start+i < s.Start.Offset {
		r, size := utf8.DecodeRuneInString(ex.Raw[i:])
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteString(blanks[:min(runeCells(r), len(blanks))])
		}
		i += size
	}
	cells := 0
	for i < len(ex.Raw) && ex.Start+i < s.End.Offset {
		r, size := utf8.DecodeRuneInString(ex.Raw[i:])
		cells += max(runeCells(r), 1)
		i += size
	}
	mark = b.String() + "^"
	if cells > 1 {
		mark += strings.Repeat("~", cells-1)
	}
	return visible.String(ex.Raw, "\t"), mark
}

// runeCells is the number of terminal cells a character of the source takes
// once made visible: a tab or a control character counts one.
func runeCells(r rune) int {
	if r >= ' ' && r < 0x7f || r < ' ' || r == utf8.RuneError {
		return 1 // printable ASCII, and what shows as one visible character
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
