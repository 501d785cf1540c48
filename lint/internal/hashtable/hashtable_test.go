package hashtable

import (
	"fmt"
	"testing"
)

func TestIndexFindsEveryWordAndNoOther(t *testing.T) {
	var words []string
	for i := 0; i < 1000; i++ {
		words = append(words, fmt.Sprintf("w%d", i))
	}
	slots := Slots(words)
	if len(slots) < 2*len(words) || len(slots)&(len(slots)-1) != 0 {
		t.Fatalf("%d slots for %d words: want a power of two at least twice as many", len(slots), len(words))
	}
	for i, w := range words {
		if got := Index(words, slots, w); got != i {
			t.Errorf("Index(%q) = %d, want %d", w, got, i)
		}
	}
	for _, w := range []string{"", "w1000", "x", "w-1"} {
		if got := Index(words, slots, w); got != -1 {
			t.Errorf("Index(%q) = %d, want -1", w, got)
		}
	}
}

func TestEmptyTable(t *testing.T) {
	slots := Slots(nil)
	if got := Index(nil, slots, "a"); got != -1 {
		t.Errorf("Index in an empty table = %d, want -1", got)
	}
}
