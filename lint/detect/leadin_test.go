package detect

import (
	"strings"
	"testing"
)

// TestIntroduces checks the lead-in ending against its plain definition:
// a colon, or "as follows" in any case before closing stops and spaces.
func TestIntroduces(t *testing.T) {
	plain := func(text string) bool {
		return strings.HasSuffix(text, ":") || strings.HasSuffix(strings.ToLower(strings.TrimRight(text, ". ")), "as follows")
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Our mission reads:", true},
		{"Our mission is as follows.", true},
		{"OUR MISSION IS AS FOLLOWS . ", true},
		{"Ça se lit As Follows", true},
		{"\xffas follows", true},
		{"as follows", true},
		{"s follows", false},
		{"It follows.", false},
		{"as follows, more or less", false},
		{"aſ follows", false}, // a long s is lower case already: ToLower keeps it
		{"", false},
	} {
		if got := introduces(tt.text); got != tt.want || got != plain(tt.text) {
			t.Errorf("introduces(%q) = %v, want %v (plain definition: %v)", tt.text, got, tt.want, plain(tt.text))
		}
	}
}
