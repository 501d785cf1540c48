package lint

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// TestSlotsAsSpecified checks the slot pattern with its length check
// against the bounded pattern it replaces.
func TestSlotsAsSpecified(t *testing.T) {
	spec := regexp.MustCompile(`\[[a-zA-Z][a-zA-Z ./_-]{1,40}\]|<[a-zA-Z][a-zA-Z ]{1,40}>|\{\{?[a-zA-Z][a-zA-Z ._-]{1,40}\}?\}`)
	var texts []string
	for _, n := range []int{0, 1, 2, 3, 40, 41, 42, 60} {
		word := strings.Repeat("a", n)
		for _, slot := range []string{"[" + word + "]", "<" + word + ">", "{" + word + "}", "{{" + word + "}}", "{{" + word + "}", "[x" + word + "] [b c]", "<" + word + " <ab>"} {
			texts = append(texts, "We serve "+slot+" today.", slot+slot, "["+slot+"]")
		}
	}
	texts = append(texts, "We help [target customer] do [x](y).", "<product name> for {{company}}", "[a] [ab] {a} {ab}")
	for _, text := range texts {
		got := slots([]byte(text))
		want := spec.FindAllStringIndex(text, -1)
		if len(got) != len(want) {
			t.Errorf("%q: slots %v, want %v", text, got, want)
			continue
		}
		for i := range got {
			if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
				t.Errorf("%q: slots %v, want %v", text, got, want)
				break
			}
		}
	}
}

func TestNumberSlot(t *testing.T) {
	for w, want := range map[string]bool{
		"20XX": true, "19xx": true, "1XXX": true, "YYYY": true,
		"2030": false, "XX": false, "20X": false, "20Xx": false, "x20": false, "Xbox": false, "2xl": false,
	} {
		if got := numberSlot(w); got != want {
			t.Errorf("numberSlot(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestBlanks(t *testing.T) {
	for text, want := range map[string]string{
		"Our mission is to ________ for ________.": "[[18 26] [31 39]]",
		"Our vision is ___.":                       "[[14 17]]",
		"___Every child___ reads by seven.":        "[]",
		"snake__case and a__b":                     "[]",
		"We lend boats.":                           "[]",
	} {
		if got := fmt.Sprint(blanks([]byte(text))); got != want {
			t.Errorf("%q: blanks %s, want %s", text, got, want)
		}
	}
}
