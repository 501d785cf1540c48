package report

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// Key identifies a finding by what it is about, not where: its rule and
// the normalised text it concerns (lower case, white space collapsed). A
// finding keeps its key when lines are added above it or its statement
// moves.
func Key(f lint.Finding) string {
	return f.Rule + "\x00" + strings.ToLower(strings.Join(strings.Fields(f.Text), " "))
}

// Fingerprints returns a stable fingerprint for each finding: a hash of its
// path, its Key and how many findings with the same path and key come
// before it (so repeated words get distinct fingerprints).
func Fingerprints(fs []lint.Finding) []string {
	seen := map[string]int{}
	out := make([]string, len(fs))
	for i, f := range fs {
		k := f.Path + "\x00" + Key(f)
		n := seen[k]
		seen[k] = n + 1
		sum := sha256.Sum256([]byte(k + "\x00" + strconv.Itoa(n)))
		out[i] = hex.EncodeToString(sum[:8])
	}
	return out
}
