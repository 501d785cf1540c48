package report

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// Key identifies a finding by what it is about, not where, so that it
// keeps its key when lines are added above it or its statement moves. A
// finding about a whole statement is keyed by its rule, kind and where
// the statement is announced (Finding.Anchor: the heading, label or field
// and its ordinal), so that it also keeps its key while the statement is
// edited; any other finding by its rule and the words it concerns
// (normalised: lower case, white space collapsed), which it keeps as long
// as those words stay.
func Key(f lint.Finding) string {
	if f.Anchor != "" {
		return f.Rule + "\x00" + string(f.Kind) + "\x00" + f.Anchor
	}
	return textKey(f)
}

// textKey is the key of a finding by its words alone, as version 1 of
// the baseline format keyed every finding.
func textKey(f lint.Finding) string {
	return f.Rule + "\x00" + strings.ToLower(strings.Join(strings.Fields(f.Text), " "))
}

// Fingerprints returns a stable fingerprint for each finding: a hash of its
// path, its Key and how many findings with the same path and key come
// before it (so repeated words get distinct fingerprints).
func Fingerprints(fs []lint.Finding) []string {
	return fingerprints(fs, Key)
}

func fingerprints(fs []lint.Finding, key func(lint.Finding) string) []string {
	seen := map[string]int{}
	out := make([]string, len(fs))
	for i, f := range fs {
		k := f.Path + "\x00" + key(f)
		n := seen[k]
		seen[k] = n + 1
		sum := sha256.Sum256([]byte(k + "\x00" + strconv.Itoa(n)))
		out[i] = hex.EncodeToString(sum[:8])
	}
	return out
}
