package bucket

import (
	"math/rand/v2"
	"sort"
	"testing"
)

// TestOfKeepsOrder checks that sorted keys never step back to a smaller
// bucket, whatever their bytes and lengths.
func TestOfKeepsOrder(t *testing.T) {
	keys := []string{"", "a", "a b", "a'", "a-b", "aa", "ab", "abc", "abd", "abcd", "b", "z", "zz", "zzz", "zzzz",
		"\x7f", "{", "é", "0", "00", "1-hitter", "look", "look after", "looked", "mother-in-law", "~a", "a~"}
	checkOrder(t, keys)
}

// TestOfKeepsOrderRandom checks the same over random keys of the bytes that
// fall into each kind of symbol.
func TestOfKeepsOrderRandom(t *testing.T) {
	const alphabet = " '-.09abyz{~\x7f\xc3\xa9"
	r := rand.New(rand.NewPCG(1, 2))
	keys := make([]string, 5000)
	for i := range keys {
		b := make([]byte, r.IntN(5))
		for j := range b {
			b[j] = alphabet[r.IntN(len(alphabet))]
		}
		keys[i] = string(b)
	}
	checkOrder(t, keys)
}

// checkOrder sorts the keys and checks, at each depth, that no key has a
// greater bucket than the key after it.
func checkOrder(t *testing.T, keys []string) {
	t.Helper()
	sort.Strings(keys)
	for depth := 1; depth <= 3; depth++ {
		for i := 1; i < len(keys); i++ {
			if Of(keys[i-1], depth) > Of(keys[i], depth) {
				t.Fatalf("depth %d: %q sorts before %q but has bucket %d > %d", depth, keys[i-1], keys[i], Of(keys[i-1], depth), Of(keys[i], depth))
			}
		}
	}
}

// TestOfRange checks that every bucket lies in [0, Count(depth)) and that
// keys that differ in their first letters fall apart.
func TestOfRange(t *testing.T) {
	for _, key := range []string{"", "a", "zzz", "\xff\xff\xff", "~~~~"} {
		if b := Of(key, 3); b < 0 || b >= Count(3) {
			t.Errorf("Of(%q, 3) = %d, outside [0, %d)", key, b, Count(3))
		}
	}
	if Of("cat", 3) == Of("cab", 3) || Of("cat", 2) != Of("cab", 2) {
		t.Error(`"cat" and "cab" should share a bucket at depth 2 and not at depth 3`)
	}
	if Count(3) != Symbols*Symbols*Symbols {
		t.Errorf("Count(3) = %d", Count(3))
	}
}
