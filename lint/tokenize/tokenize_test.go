package tokenize

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"We don't bake state-of-the-art bread.", []string{"We", "don't", "bake", "state-of-the-art", "bread"}},
		{"Up 3.5% in 2.0, e.g. R&D.", []string{"Up", "3.5%", "in", "2.0", "e.g", "R&D"}},
		{"Vi\u200bsion and mis\u00adsion", []string{"Vi\u200bsion", "and", "mis\u00adsion"}},
		{"\u200fVision\u200b: x", []string{"Vision", "x"}},
		{"a\u200b\u200cb \u200b c", []string{"a\u200b\u200cb", "c"}},
		{"👨\u200d👩 family", []string{"family"}},
		{"🛡\ufe0f Mission", []string{"Mission"}},                                      // an emoji's variation selector is no word
		{"raise £20,000, €5 or $40", []string{"raise", "£20,000", "€5", "or", "$40"}}, // a sum keeps its currency sign
	}
	for _, tt := range tests {
		var got []string
		for _, w := range Words(tt.text) {
			got = append(got, tt.text[w.Start:w.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"Vision": "vision", "vision": "vision", "Vi\u200bsion": "vision", "MIS\u00adSION": "mission",
		"don’t": "don't", "Über": "über", "\u2060Mission\u200d": "mission",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTrimCurrency(t *testing.T) {
	for _, tc := range []struct {
		w, rest string
		ok      bool
	}{
		{"£20,000", "20,000", true},
		{"€5", "5", true},
		{"$40", "40", true},
		{"40", "40", false},
		{"", "", false},
	} {
		if rest, ok := TrimCurrency(tc.w); rest != tc.rest || ok != tc.ok {
			t.Errorf("TrimCurrency(%q) = %q, %v; want %q, %v", tc.w, rest, ok, tc.rest, tc.ok)
		}
	}
}
