package lexicon

import (
	"strings"
	"testing"
)

func TestDefaultParses(t *testing.T) {
	l := Default()
	for _, name := range []string{"audience-specific", "audience-generic", "benefit-verb", "action-verb", "future", "heading-vision", "heading-mission", "placeholder"} {
		if len(l.Get(name).Entries()) == 0 {
			t.Errorf("list %q is empty", name)
		}
	}
}

func TestMatch(t *testing.T) {
	l, err := Parse("[a]\nsmall businesses\nsmall\nworld-class\n[v inflect]\nsave\nempty\ncreate value\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		set   string
		words string
		i     int
		want  int
	}{
		{"a", "for small businesses", 1, 2},
		{"a", "for small teams", 1, 1},
		{"a", "a world-class team", 1, 1},
		{"a", "a world class team", 1, 2},
		{"a", "nothing here", 0, 0},
		{"v", "we saved money", 1, 1},
		{"v", "saving time", 0, 1},
		{"v", "it empties", 1, 1},
		{"v", "creating value", 0, 2},
		{"v", "past the end", 5, 0},
	}
	for _, tt := range tests {
		if got := l.Get(tt.set).Match(strings.Fields(tt.words), tt.i); got != tt.want {
			t.Errorf("%s.Match(%q, %d) = %d, want %d", tt.set, tt.words, tt.i, got, tt.want)
		}
	}
}

func TestAddRemoveClone(t *testing.T) {
	base, _ := Parse("[a]\nsynergy\n")
	c := base.Clone()
	c.Get("a").Add("Paradigm Shift")
	c.Get("a").Remove("synergy")
	if c.Get("a").Match([]string{"paradigm", "shift"}, 0) != 2 || c.Get("a").Has("synergy") {
		t.Error("Add or Remove did not take effect on the clone")
	}
	if !base.Get("a").Has("synergy") || base.Get("a").Has("paradigm") {
		t.Error("changing a clone changed the original")
	}
}

func TestParseErrors(t *testing.T) {
	for _, text := range []string{"word before header\n", "[a]\n[a]\n", "[a b c]\n", "[a plural]\n"} {
		if _, err := Parse(text); err == nil {
			t.Errorf("Parse(%q) succeeded, want an error", text)
		}
	}
}

func TestGetPanicsOnUnknownList(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Get of an unknown list did not panic")
		}
	}()
	Default().Get("no-such-list")
}
