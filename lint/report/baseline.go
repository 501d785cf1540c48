package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/vmlint/vmlint/lint"
)

// BaselineVersion is the version of the baseline file format.
const BaselineVersion = 1

// Baseline is a committed list of accepted findings, by fingerprint.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one accepted finding; Message is for the reader only.
type BaselineEntry struct {
	Path        string `json:"path"`
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
	Message     string `json:"message"`
}

// NewBaseline records the findings as accepted.
func NewBaseline(fs []lint.Finding) *Baseline {
	b := &Baseline{Version: BaselineVersion, Findings: []BaselineEntry{}}
	for i, p := range Fingerprints(fs) {
		b.Findings = append(b.Findings, BaselineEntry{Path: fs[i].Path, Rule: fs[i].Rule, Fingerprint: p, Message: oneLine(fs[i].Message)})
	}
	return b
}

// Write writes the baseline as indented JSON.
func (b *Baseline) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// ReadBaseline reads a baseline file's contents.
func ReadBaseline(r io.Reader) (*Baseline, error) {
	var b Baseline
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("invalid baseline: %w", err)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("baseline version %d is not %d", b.Version, BaselineVersion)
	}
	return &b, nil
}

// Filter drops the findings the baseline accepts and returns the rest,
// with the baseline entries that matched no finding (stale ones).
func (b *Baseline) Filter(fs []lint.Finding) (kept []lint.Finding, stale []BaselineEntry) {
	accepted := map[string]int{}
	for _, e := range b.Findings {
		accepted[e.Fingerprint]++
	}
	used := map[string]int{}
	for i, p := range Fingerprints(fs) {
		if used[p] < accepted[p] {
			used[p]++
			continue
		}
		kept = append(kept, fs[i])
	}
	for _, e := range b.Findings {
		if used[e.Fingerprint] > 0 {
			used[e.Fingerprint]--
			continue
		}
		stale = append(stale, e)
	}
	return kept, stale
}

// NewSince returns the findings of a file that were not there before:
// findings are matched by Key (rule and normalised text), not by line, so
// lines moving do not make old findings new.
func NewSince(now, before []lint.Finding) []lint.Finding {
	old := map[string]int{}
	for _, f := range before {
		old[Key(f)]++
	}
	var out []lint.Finding
	for _, f := range now {
		if k := Key(f); old[k] > 0 {
			old[k]--
			continue
		}
		out = append(out, f)
	}
	return out
}
