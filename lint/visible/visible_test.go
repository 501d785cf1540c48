package visible_test

import (
	"testing"
	"unicode/utf8"

	"github.com/vmlint/vmlint/lint/visible"
)

func TestString(t *testing.T) {
	tests := []struct{ in, keep, want string }{
		{"plain text, café 💡", "", "plain text, café 💡"},
		{"red \x1b[31mtext\x1b[0m", "", "red ␛[31mtext␛[0m"},
		{"a\tb\nc\rd", "\t", "a\tb␊c␍d"},
		{"a\tb\nc\rd", "\r\n", "a␉b\nc\rd"},
		{"nul\x00 bell\x07 del\x7f", "", "nul␀ bell␇ del␡"},
		{"c1 \u009b31m csi", "", "c1 �31m csi"},
		{"raw byte \x9b31m", "", "raw byte �31m"},
		{"bidi \u202eevil\u202c and \u2066x\u2069 \u200f", "", "bidi �evil� and �x� �"},
		{"cut \xe2\x82", "", "cut ��"},
	}
	for _, tt := range tests {
		if got := visible.String(tt.in, tt.keep); got != tt.want {
			t.Errorf("String(%q, %q) = %q, want %q", tt.in, tt.keep, got, tt.want)
		}
	}
}

// FuzzString checks that every character of the input stays
// one character, and that nothing printable is left that a terminal acts on.
func FuzzString(f *testing.F) {
	for _, s := range []string{"\x1b[2J", "a\u202eb", "\xff\xfe", "tab\there"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := visible.String(s, "\t")
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(s) {
			t.Fatalf("%q became %q: %d characters, not %d", s, got, utf8.RuneCountInString(got), utf8.RuneCountInString(s))
		}
		for _, r := range got {
			if r < 0x20 && r != '\t' || r >= 0x7f && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
				t.Fatalf("%q became %q, which still holds %U", s, got, r)
			}
		}
		if !utf8.ValidString(got) {
			t.Fatalf("%q became %q, which is not UTF-8", s, got)
		}
	})
}
