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

// TestWritesAsCode checks the search for a kind written as code against
// its plain definition: the lower-cased text holds "`word`", "<word ",
// "<word/" or "<word>".
func TestWritesAsCode(t *testing.T) {
	plain := func(src, word string) bool {
		l := strings.ToLower(src)
		return strings.Contains(l, "`"+word+"`") || strings.Contains(l, "<"+word+" ") || strings.Contains(l, "<"+word+"/") || strings.Contains(l, "<"+word+">")
	}
	for _, tt := range []struct {
		src  string
		want bool
	}{
		{"Set `Vision` in the config", true},
		{"<Vision />", true},
		{"<VISION>text</VISION>", true},
		{"<vision/>", true},
		{"`vision", false},
		{"<visionary>", false},
		{"`mission` ", false}, // another kind
		{"Our vision is clear", false},
		{"`Vİsion`", true}, // dotted capital I lower-cases to i
		{"<VISİON/>", true},
		{"`vision` K", true},
		{"\xff`vision`\xff", true},
		{"<vision", false},
		{"", false},
	} {
		if got := writesAsCode([]byte(tt.src), "vision"); got != tt.want || got != plain(tt.src, "vision") {
			t.Errorf("writesAsCode(%q) = %v, want %v (plain definition: %v)", tt.src, got, tt.want, plain(tt.src, "vision"))
		}
	}
}
