package corpus

import (
	"fmt"
	"path/filepath"
)

// The splits of the corpus: tune on Dev, report Validate beside it.
const (
	Dev      = "dev"
	Validate = "validate"
)

// Splits lists the splits in the order figures are reported.
var Splits = []string{Dev, Validate}

// SplitOf reads labels/split.tsv: the split of every item, keyed by a
// document's file name or a statement's id.
func SplitOf(dir string) (map[string]string, error) {
	rows, err := readTSV(filepath.Join(dir, "labels", "split.tsv"))
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(rows))
	for _, r := range rows {
		switch r["split"] {
		case Dev, Validate:
			out[r["item"]] = r["split"]
		default:
			return nil, fmt.Errorf("split.tsv: item %s has split %q, want dev or validate", r["item"], r["split"])
		}
	}
	return out, nil
}

// PublishedPaths reads docs/SOURCES.tsv: the path each document had where
// it was published ("docs/VISION.md"), keyed by its file name in the
// corpus. Scoring a document under its published path measures the forms
// that depend on the file name, which the corpus's numbered names hide.
// Documents whose path is not known are left out.
func PublishedPaths(dir string) (map[string]string, error) {
	rows, err := readTSV(filepath.Join(dir, "docs", "SOURCES.tsv"))
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(rows))
	for _, r := range rows {
		if p := r["path"]; p != "" && p != "unknown" {
			out[r["filename"]] = p
		}
	}
	return out, nil
}
