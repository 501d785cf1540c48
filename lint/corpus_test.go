package lint_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// The corpus evaluation measures statement and component detection against
// human labels. It runs when VMLINT_CORPUS names the labelled corpus folder
// (docs/, statements.tsv, labels/), as .ci/run sets it, and fails below the
// accuracy floors the project has committed to.

const (
	minStatementF1  = 0.90
	minAudienceF1   = 0.90
	minComponentF1  = 0.85 // value, strategy, future
	minSpecificRate = 0.80
)

func corpusDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("VMLINT_CORPUS")
	if dir == "" {
		t.Skip("VMLINT_CORPUS is not set")
	}
	return dir
}

// readTSV reads a tab-separated file with a header into rows of named fields.
func readTSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
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
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// score counts true and false positives and false negatives.
type score struct{ tp, fp, fn int }

func (s score) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s score) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s score) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
func (s score) String() string {
	return fmt.Sprintf("precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// counted reports whether a detected statement counts as one: empty
// sections and placeholder text are marked for rules, not statements.
func counted(s *lint.Statement) bool { return !s.Empty && !s.Placeholder }

func TestCorpusStatementDetection(t *testing.T) {
	dir := corpusDir(t)
	type label struct {
		kind       lint.Kind
		start, end int
	}
	labels := map[string][]label{}
	for _, row := range readTSV(t, filepath.Join(dir, "labels", "docs.tsv")) {
		if row["kind"] == "none" {
			labels[row["file"]] = nil // a document with no statement: every detection is false
			continue
		}
		start, _ := strconv.Atoi(row["start_line"])
		end, _ := strconv.Atoi(row["end_line"])
		labels[row["file"]] = append(labels[row["file"]], label{lint.Kind(row["kind"]), start, end})
	}
	files := make([]string, 0, len(labels))
	for f := range labels {
		files = append(files, f)
	}
	sort.Strings(files)
	var total score
	for _, file := range files {
		src, err := os.ReadFile(filepath.Join(dir, "docs", file))
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := lint.Parse(file, src)
		matched := make([]bool, len(labels[file]))
		for _, s := range doc.Statements {
			if !counted(s) {
				continue
			}
			hit := false
			for i, l := range labels[file] {
				if !matched[i] && l.kind == s.Kind && s.Span.Start.Line <= l.end && l.start <= s.Span.End.Line {
					matched[i], hit = true, true
					break
				}
			}
			if hit {
				total.tp++
			} else {
				total.fp++
				t.Logf("false positive: %s:%d-%d %s (%s) %.60q", file, s.Span.Start.Line, s.Span.End.Line, s.Kind, s.Form, s.Text())
			}
		}
		for i, l := range labels[file] {
			if !matched[i] {
				total.fn++
				t.Logf("missed: %s:%d-%d %s", file, l.start, l.end, l.kind)
			}
		}
	}
	t.Logf("statement detection over %d documents: %v", len(files), total)
	fmt.Printf("corpus: statements: %v\n", total)
	if total.f1() < minStatementF1 {
		t.Errorf("statement detection F1 %.3f is below %.2f", total.f1(), minStatementF1)
	}
}

func TestCorpusComponents(t *testing.T) {
	dir := corpusDir(t)
	texts := map[string]map[string]string{}
	for _, row := range readTSV(t, filepath.Join(dir, "statements.tsv")) {
		texts[row["id"]] = row
	}
	scores := map[string]*score{"audience": {}, "value": {}, "strategy": {}, "future": {}}
	agree, both := 0, 0
	for _, row := range readTSV(t, filepath.Join(dir, "labels", "statements.tsv")) {
		if row["usable"] != "y" {
			continue
		}
		st := texts[row["id"]]
		heading := "# Vision"
		if st["kind"] == "mission" {
			heading = "# Mission"
		}
		doc, _ := lint.Parse(row["id"]+".md", []byte(heading+"\n\n"+st["statement"]+"\n"))
		var s *lint.Statement
		for _, found := range doc.Statements {
			if counted(found) {
				s = found
				break
			}
		}
		var c lint.Components
		if s != nil {
			c = s.Analysis.Components
		}
		check := func(name string, gold, got bool) {
			sc := scores[name]
			switch {
			case gold && got:
				sc.tp++
			case got:
				sc.fp++
				t.Logf("%s: false positive on %s %q", name, row["id"], st["statement"])
			case gold:
				sc.fn++
				t.Logf("%s: missed on %s %q", name, row["id"], st["statement"])
			}
		}
		level := c.AudienceLevel()
		check("audience", row["audience"] != "none", level != "none")
		check("value", row["value"] == "y", len(c.Value) > 0)
		check("strategy", row["strategy"] == "y", len(c.Strategy) > 0)
		check("future", row["future"] == "y", len(c.Future) > 0)
		if row["audience"] != "none" && level != "none" {
			both++
			if row["audience"] == level {
				agree++
			} else {
				t.Logf("specific: %s labelled %s, found %s in %q", row["id"], row["audience"], level, st["statement"])
			}
		}
	}
	for _, name := range []string{"audience", "value", "strategy", "future"} {
		t.Logf("%-8s %v", name, *scores[name])
		fmt.Printf("corpus: %-8s %v\n", name, *scores[name])
		floor := minComponentF1
		if name == "audience" {
			floor = minAudienceF1
		}
		if f := scores[name].f1(); f < floor {
			t.Errorf("%s F1 %.3f is below %.2f", name, f, floor)
		}
	}
	rate := ratio(agree, both)
	fmt.Printf("corpus: specific agrees on %d of %d statements (%.3f)\n", agree, both, rate)
	if rate < minSpecificRate {
		t.Errorf("specific/generic agrees on %.3f of statements, below %.2f", rate, minSpecificRate)
	}
}
