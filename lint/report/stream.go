package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// Streams reports whether a format writes each file's findings on their
// own (text, line, github), so that a run can write them as each file is
// done instead of keeping every finding to the end. The other formats are
// one document about the whole run.
func Streams(format string) bool {
	return format == "text" || format == "line" || format == "github"
}

// AppendFile appends one file's findings, sorted, in a format that
// Streams. It keeps no state, so workers can render files side by side.
func AppendFile(b []byte, format string, f *File, findings []lint.Finding, colored bool) []byte {
	if format == "text" {
		return appendText(b, f, findings, colored)
	}
	for _, fd := range findings {
		switch format {
		case "line":
			b = appendLine(b, fd)
		case "github":
			b = appendGitHub(b, fd)
		}
	}
	return b
}

// Trailer is what a format that Streams writes after the last file: the
// text format's summary, when there was a finding; nothing otherwise.
func Trailer(format string, t Tally) string {
	if format != "text" || t.Counts == (Counts{}) {
		return ""
	}
	return t.Summary() + "\n"
}

// Tally counts findings, and the files they are in, as files go by.
type Tally struct {
	Counts
	// Files is the number of files with a finding.
	Files int
}

// Add counts one file's findings.
func (t *Tally) Add(findings []lint.Finding) {
	if len(findings) == 0 {
		return
	}
	t.Files++
	c := Count(findings)
	t.Errors, t.Warnings, t.Infos = t.Errors+c.Errors, t.Warnings+c.Warnings, t.Infos+c.Infos
}

// Summary words the tally: "3 warnings, 1 error in 2 files".
func (t Tally) Summary() string {
	var parts []string
	add := func(n int, word string) {
		switch n {
		case 0:
		case 1:
			parts = append(parts, "1 "+word)
		default:
			parts = append(parts, strconv.Itoa(n)+" "+word+"s")
		}
	}
	add(t.Errors, "error")
	add(t.Warnings, "warning")
	add(t.Infos, "info")
	in := "1 file"
	if t.Files != 1 {
		in = strconv.Itoa(t.Files) + " files"
	}
	return strings.Join(parts, ", ") + " in " + in
}

// writeStreamed writes a whole result in a format that Streams, file by
// file, as a run that streams would have.
func writeStreamed(w io.Writer, format string, r *Result, colored bool) error {
	files := make(map[string]*File, len(r.Files))
	for _, f := range r.Files {
		files[f.Path] = f
	}
	var b []byte
	var t Tally
	for fs := r.Findings; len(fs) > 0; {
		n := 1
		for n < len(fs) && fs[n].Path == fs[0].Path {
			n++
		}
		f := files[fs[0].Path]
		if f == nil {
			f = &File{Path: fs[0].Path}
		}
		b = AppendFile(b, format, f, fs[:n], colored)
		t.Add(fs[:n])
		fs = fs[n:]
	}
	b = append(b, Trailer(format, t)...)
	_, err := w.Write(b)
	return err
}
