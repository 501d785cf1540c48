package corpus

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// A Record holds the best figure the project has reached for each measure
// on each split. It is checked in (testdata/record.tsv), and the corpus
// tests fail when a figure falls more than Slack below its record: the
// accuracy can only ratchet up. A change that earns a higher figure raises
// the record in the same commit; no change lowers one.
type Record map[Key]float64

// Key names one figure: a measure ("value F1") on a split.
type Key struct{ Measure, Split string }

// Slack is how far a figure may fall below its record before the corpus
// tests fail: one statement's worth of noise on the smaller split.
const Slack = 0.01

// ReadRecord reads a record file: lines of measure, split and figure,
// separated by tabs, after a header line.
func ReadRecord(path string) (Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // read only
	r := Record{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 || line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s:%d: want measure, split and figure separated by tabs", path, n)
		}
		v, err := strconv.ParseFloat(fields[2], 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		r[Key{fields[0], fields[1]}] = v
	}
	return r, sc.Err()
}

// Write writes the record, sorted by measure and split.
func (r Record) Write(path string) error {
	keys := make([]Key, 0, len(r))
	for k := range r {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Measure != keys[j].Measure {
			return keys[i].Measure < keys[j].Measure
		}
		return keys[i].Split < keys[j].Split
	})
	var b strings.Builder
	b.WriteString("measure\tsplit\trecord\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%s\t%.3f\n", k.Measure, k.Split, r[k])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// Figure is one measured figure with the target an issue set for it, if any.
type Figure struct {
	Key
	Value float64
	// Target is the figure the project aims for; 0 when none is set.
	Target float64
}

// Compare checks figures against the record. It returns a line per figure
// for the log, the figures that fell more than Slack below their record,
// and the record raised to every figure above it (never lowered).
func (r Record) Compare(figures []Figure) (lines []string, drops []string, raised Record) {
	raised = Record{}
	for k, v := range r {
		raised[k] = v
	}
	for _, f := range figures {
		v := round3(f.Value)
		rec, ok := r[f.Key]
		target := "—"
		if f.Target > 0 {
			target = fmt.Sprintf("%.2f", f.Target)
			if v < f.Target {
				target += " (not yet)"
			}
		}
		status := "new"
		switch {
		case ok && v < rec-Slack:
			status = "DROP"
			drops = append(drops, fmt.Sprintf("%s on %s is %.3f, more than %.2f below its record %.3f", f.Measure, f.Split, v, Slack, rec))
		case ok && v > rec:
			status = "above record"
		case ok:
			status = "held"
		}
		if !ok || v > rec {
			raised[f.Key] = v
		}
		recText := "—"
		if ok {
			recText = fmt.Sprintf("%.3f", rec)
		}
		lines = append(lines, fmt.Sprintf("%-44s %-8s %.3f  record %s  target %s  %s", f.Measure, f.Split, v, recText, target, status))
	}
	return lines, drops, raised
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }
