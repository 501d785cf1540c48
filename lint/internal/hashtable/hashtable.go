// Package hashtable looks words up in static tables that a generator wrote
// into Go source: an open-addressing hash table over a list of words, so
// that word lists cost nothing at start-up and a look-up costs about what
// a map's does.
//
// A table is the list of words and a slice of slots, a power of two long
// and at least twice the words: each slot holds a word's index plus one,
// or 0 when empty. Words are placed by FNV-1a and linear probing.
package hashtable

import (
	"fmt"
	"strings"
)

// Hash is 32-bit FNV-1a, the hash tables are built with.
func Hash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// Index returns w's index in words, or -1 when it is not there.
func Index(words []string, slots []uint16, w string) int {
	mask := uint32(len(slots) - 1)
	for slot := Hash(w) & mask; ; slot = (slot + 1) & mask {
		i := int(slots[slot]) - 1
		if i < 0 {
			return -1
		}
		if words[i] == w {
			return i
		}
	}
}

// Slots builds the slots of a table over words, for a generator.
func Slots(words []string) []uint16 {
	if len(words) >= 1<<16-1 {
		panic(fmt.Sprintf("hashtable: %d words do not fit 16-bit slots", len(words)))
	}
	size := 1
	for size < 2*len(words) {
		size *= 2
	}
	slots := make([]uint16, size)
	for i, w := range words {
		s := Hash(w) & uint32(size-1)
		for slots[s] != 0 {
			s = (s + 1) & uint32(size-1)
		}
		slots[s] = uint16(i + 1)
	}
	return slots
}

// Source returns the Go source of a variable that holds slots ("var name
// = [n]uint16{…}"), for a generator.
func Source(name string, slots []uint16) string {
	var b strings.Builder
	fmt.Fprintf(&b, "var %s = [%d]uint16{", name, len(slots))
	for i, s := range slots {
		if i%16 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%d, ", s)
	}
	b.WriteString("\n}\n")
	return b.String()
}
