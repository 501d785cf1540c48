package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"github.com/vmlint/vmlint/lint"
)

// BaselineVersion is the version of the baseline file format that
// NewBaseline writes. Version 2 fingerprints a finding about a whole
// statement by where the statement is announced (see Key); version 1 by
// its text. A version 1 baseline is still read, and matched as it was
// written.
const BaselineVersion = 2

// Baseline is a committed list of accepted findings, by fingerprint.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`

	once     sync.Once
	accepted map[string]int // how many findings each fingerprint accepts
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
	if b.Version != 1 && b.Version != BaselineVersion {
		return nil, fmt.Errorf("baseline version %d is not one this vmlint reads (1 or %d)", b.Version, BaselineVersion)
	}
	return &b, nil
}

// Filter drops the findings the baseline accepts and returns the rest,
// with the baseline entries that matched no finding (stale ones).
func (b *Baseline) Filter(fs []lint.Finding) (kept []lint.Finding, stale []BaselineEntry) {
	kept, matched := b.FilterFile(fs)
	return kept, b.Stale(matched)
}

// FilterFile drops the findings the baseline accepts and returns the rest,
// with the fingerprints it matched. A fingerprint names its file, so a run
// can filter its files one at a time, on any goroutine, and learn the stale
// entries at the end from every file's matches (Stale).
func (b *Baseline) FilterFile(fs []lint.Finding) (kept []lint.Finding, matched []string) {
	b.once.Do(func() {
		b.accepted = map[string]int{}
		for _, e := range b.Findings {
			b.accepted[e.Fingerprint]++
		}
	})
	key := Key
	if b.Version == 1 {
		key = textKey
	}
	used := map[string]int{}
	for i, p := range fingerprints(fs, key) {
		if used[p] < b.accepted[p] {
			used[p]++
			matched = append(matched, p)
			continue
		}
		kept = append(kept, fs[i])
	}
	return kept, matched
}

// Stale returns the entries of the baseline that the matched fingerprints
// do not use up.
func (b *Baseline) Stale(matched []string) []BaselineEntry {
	used := map[string]int{}
	for _, p := range matched {
		used[p]++
	}
	var stale []BaselineEntry
	for _, e := range b.Findings {
		if used[e.Fingerprint] > 0 {
			used[e.Fingerprint]--
			continue
		}
		stale = append(stale, e)
	}
	return stale
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
