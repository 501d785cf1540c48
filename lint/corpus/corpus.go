// Package corpus reads the labelled development corpus (documents and
// single statements with human labels) that vmlint's accuracy is measured
// on. The corpus lives outside the repository; VMLINT_CORPUS names it.
package corpus

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// Env is the environment variable that names the corpus folder.
const Env = "VMLINT_CORPUS"

// DocLabel is one labelled statement in a document, or a document with
// none (Kind "none").
type DocLabel struct {
	File       string
	Kind       string
	Start, End int // 1-based lines, front matter counted
}

// StatementLabel is a single statement with its component labels.
type StatementLabel struct {
	ID, Kind, Text                  string
	Audience                        string // specific, generic or none
	Value, Strategy, Future, Usable bool
}

// Document returns the single statement as the document the labelling
// guide describes: "# Vision" or "# Mission", a blank line, the statement.
func (s StatementLabel) Document() []byte {
	heading := "# Vision"
	if s.Kind == "mission" {
		heading = "# Mission"
	}
	return []byte(heading + "\n\n" + s.Text + "\n")
}

// Docs reads labels/docs.tsv.
func Docs(dir string) ([]DocLabel, error) {
	rows, err := readTSV(filepath.Join(dir, "labels", "docs.tsv"))
	if err != nil {
		return nil, err
	}
	var out []DocLabel
	for _, r := range rows {
		l := DocLabel{File: r["file"], Kind: r["kind"]}
		l.Start, _ = strconv.Atoi(r["start_line"])
		l.End, _ = strconv.Atoi(r["end_line"])
		out = append(out, l)
	}
	return out, nil
}

// DocPath returns the path of a corpus document.
func DocPath(dir, file string) string { return filepath.Join(dir, "docs", file) }

// Statements reads statements.tsv joined with labels/statements.tsv.
func Statements(dir string) ([]StatementLabel, error) {
	texts, err := readTSV(filepath.Join(dir, "statements.tsv"))
	if err != nil {
		return nil, err
	}
	byID := map[string]map[string]string{}
	for _, r := range texts {
		byID[r["id"]] = r
	}
	labels, err := readTSV(filepath.Join(dir, "labels", "statements.tsv"))
	if err != nil {
		return nil, err
	}
	var out []StatementLabel
	for _, r := range labels {
		t, ok := byID[r["id"]]
		if !ok {
			return nil, fmt.Errorf("statement %s is labelled but not in statements.tsv", r["id"])
		}
		out = append(out, StatementLabel{
			ID: r["id"], Kind: t["kind"], Text: t["statement"], Audience: r["audience"],
			Value: r["value"] == "y", Strategy: r["strategy"] == "y", Future: r["future"] == "y", Usable: r["usable"] == "y",
		})
	}
	return out, nil
}

// First returns the first statement in doc that counts (neither empty nor
// a placeholder), or nil.
func First(doc *lint.Document) *lint.Statement {
	for _, s := range doc.Statements {
		if !s.Empty && !s.Placeholder {
			return s
		}
	}
	return nil
}

// readTSV reads a tab-separated file with a header line into rows keyed by column.
func readTSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // read only: a close error loses nothing
	var header []string
	var rows []map[string]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if header == nil {
			header = fields
			continue
		}
		row := map[string]string{}
		for i, h := range header {
			if i < len(fields) {
				row[h] = fields[i]
			}
		}
		rows = append(rows, row)
	}
	return rows, sc.Err()
}

// Score counts true and false positives and false negatives.
type Score struct{ TP, FP, FN int }

// Add counts one decision against the gold label.
func (s *Score) Add(gold, got bool) {
	switch {
	case gold && got:
		s.TP++
	case got:
		s.FP++
	case gold:
		s.FN++
	}
}

// Precision is TP / (TP + FP), 1 when nothing was found.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP / (TP + FN), 1 when nothing was to be found.
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// String formats the score for a test log.
func (s Score) String() string {
	return fmt.Sprintf("precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", s.Precision(), s.Recall(), s.F1(), s.TP, s.FP, s.FN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
