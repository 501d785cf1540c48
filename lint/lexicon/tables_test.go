package lexicon

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint/internal/generated"
	"github.com/vmlint/vmlint/lint/internal/hashtable"
)

var update = flag.Bool("update", false, "rewrite tables.go from lexicons.txt")

// lexiconsSource returns lexicons.txt as it is in the source tree.
func lexiconsSource(tb testing.TB) string {
	tb.Helper()
	src, err := os.ReadFile("lexicons.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(src)
}

// parseSource parses lexicons.txt as it is in the source tree.
func parseSource(tb testing.TB) *Lexicons {
	tb.Helper()
	l, err := Parse(lexiconsSource(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

// TestTablesMatchLexicons regenerates tables.go from lexicons.txt and fails
// when the checked-in file differs: a change to the lists must come with
// its tables (go generate ./lint/lexicon writes them).
func TestTablesMatchLexicons(t *testing.T) {
	generated.Check(t, "tables.go", generateTables(t, parseSource(t)), *update, "go generate ./lint/lexicon")
}

// generateTables writes the static tables (see static.go) of the parsed
// lists.
func generateTables(tb testing.TB, l *Lexicons) []byte {
	tb.Helper()
	names := l.Names()
	if len(names) > 255 {
		tb.Fatalf("%d lists: the tables number them in a byte", len(names))
	}
	var b bytes.Buffer
	b.WriteString("// Code generated from lexicons.txt by TestTablesMatchLexicons; DO NOT EDIT.\n")
	b.WriteString("// Regenerate with: go generate ./lint/lexicon\n\npackage lexicon\n\n")

	b.WriteString("// listNames are the lists of lexicons.txt, sorted.\nvar listNames = [...]string{\n")
	for _, n := range names {
		fmt.Fprintf(&b, "%q,\n", n)
	}
	b.WriteString("}\n\n// listInflect tells which lists match their entries' inflected forms.\nvar listInflect = [...]bool{\n")
	for _, n := range names {
		fmt.Fprintf(&b, "%v, // %s\n", l.sets[n].inflect, n)
	}
	b.WriteString("}\n\n// listEntries are each list's entries as written, sorted.\nvar listEntries = [...][]string{\n")
	for _, n := range names {
		fmt.Fprintf(&b, "{ // %s\n", n)
		for _, e := range l.sets[n].Entries() {
			fmt.Fprintf(&b, "%q,\n", e)
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n\n")

	// Every word that starts an entry, with its lists and their phrases.
	byWord := map[string][]phrase{}
	for k, n := range names {
		for w, rests := range l.sets[n].byFirst {
			for _, r := range rests {
				byWord[w] = append(byWord[w], phrase{list: uint8(k), rest: strings.Join(r, " ")})
			}
		}
	}
	words := make([]string, 0, len(byWord))
	for w := range byWord {
		words = append(words, w)
	}
	sort.Strings(words)
	b.WriteString("// tableWords are the words that start an entry of some list, sorted.\nvar tableWords = [...]string{\n")
	for _, w := range words {
		fmt.Fprintf(&b, "%q,\n", w)
	}
	b.WriteString("}\n\n// tableMasks are the bits of the lists each of tableWords starts an entry in.\nvar tableMasks = [...]uint64{\n")
	for _, w := range words {
		var m uint64
		for _, p := range byWord[w] {
			if p.list < 64 {
				m |= 1 << p.list
			}
		}
		fmt.Fprintf(&b, "%#x, // %s\n", m, w)
	}
	b.WriteString("}\n\n// tableStarts[i] is where tableWords[i]'s phrases start in tablePhrases.\nvar tableStarts = [...]uint16{\n")
	n := 0
	for _, w := range words {
		fmt.Fprintf(&b, "%d,\n", n)
		n += len(byWord[w])
	}
	if n >= 1<<16 {
		tb.Fatalf("%d phrases: tableStarts holds 16-bit offsets", n)
	}
	fmt.Fprintf(&b, "%d,\n}\n\n", n)
	b.WriteString("// tablePhrases are the entries under each of tableWords, by list, each list's longest first.\nvar tablePhrases = [...]phrase{\n")
	for _, w := range words {
		// byFirst holds each list's phrases longest first; the sort keeps
		// that order within a list.
		ps := byWord[w]
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].list < ps[j].list })
		for _, p := range ps {
			fmt.Fprintf(&b, "{%d, %q}, // %s\n", p.list, p.rest, w)
		}
	}
	b.WriteString("}\n\n")

	b.WriteString("// tableSlots is a hash table over tableWords: index+1, or 0.\n")
	b.WriteString(hashtable.Source("tableSlots", hashtable.Slots(words)))
	out, err := format.Source(b.Bytes())
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// TestStaticMatchesParsed checks that the built-in lists, read from the
// static tables, answer every question as the same lists parsed into maps.
func TestStaticMatchesParsed(t *testing.T) {
	static, parsed := Default(), parseSource(t)
	if !slices.Equal(static.Names(), parsed.Names()) {
		t.Fatalf("lists %v, want %v", static.Names(), parsed.Names())
	}
	for _, name := range parsed.Names() {
		s, p := static.Get(name), parsed.Get(name)
		if s.list == 0 {
			t.Fatalf("%s: not read from the static tables", name)
		}
		if !slices.Equal(s.Entries(), p.Entries()) {
			t.Errorf("%s: entries differ", name)
		}
		for w, rests := range p.byFirst {
			if s.Has(w) != p.Has(w) {
				t.Errorf("%s.Has(%q) = %v, want %v", name, w, s.Has(w), p.Has(w))
			}
			if static.Mask(w) != parsed.Mask(w) {
				t.Errorf("Mask(%q) = %#x, want %#x", w, static.Mask(w), parsed.Mask(w))
			}
			for _, rest := range rests {
				words := append([]string{"x", w}, rest...)
				for _, ws := range [][]string{words, append(words, "y"), words[:len(words)-1]} {
					if got, want := s.Match(ws, 1), p.Match(ws, 1); got != want {
						t.Errorf("%s.Match(%q, 1) = %d, want %d", name, ws, got, want)
					}
				}
			}
		}
	}
	for _, w := range []string{"", "no-such-word", "x"} {
		if static.Mask(w) != parsed.Mask(w) {
			t.Errorf("Mask(%q) = %#x, want %#x", w, static.Mask(w), parsed.Mask(w))
		}
	}
}

// TestChangingBuiltInLists checks that a copy of the built-in lists can be
// changed (as a configuration does), that masks and matches follow, and that
// the built-in lists stay as they were.
func TestChangingBuiltInLists(t *testing.T) {
	base := Default()
	c := base.Clone()
	generic := c.Get("audience-generic")
	entry := generic.Entries()[0]
	generic.Remove(entry)
	generic.Add("night owls")
	if generic.Has(entry) || generic.Match([]string{"night", "owls"}, 0) != 2 {
		t.Error("Add or Remove did not take effect on the copy")
	}
	if c.Mask("night")&generic.bit == 0 {
		t.Error("the copy's masks lack an added entry's first word")
	}
	if !base.Get("audience-generic").Has(entry) || base.Get("audience-generic").Match([]string{"night", "owls"}, 0) != 0 {
		t.Error("changing a copy changed the built-in lists")
	}
	// Lists the copy did not change still match through the new masks.
	other := c.Get("heading-vision")
	for _, e := range other.Entries() {
		words := strings.Fields(e)
		masks := make([]uint64, len(words))
		for i, w := range words {
			masks[i] = c.Mask(w)
		}
		if other.MatchMasked(words, masks, 0) != len(words) {
			t.Errorf("an unchanged list no longer matches %q in the copy", e)
		}
	}
	// A copy of the changed copy keeps the change.
	if c.Clone().Get("audience-generic").Match([]string{"night", "owls"}, 0) != 2 {
		t.Error("a copy of a changed copy lost the change")
	}
}

// TestHasMaskedAgreesWithHas checks HasMasked against Has for every list
// and every word that starts an entry, in the built-in lists and in a copy
// a configuration changed: a mask may rule a word out, never in.
func TestHasMaskedAgreesWithHas(t *testing.T) {
	changed := Default().Clone()
	changed.Get("audience-generic").Add("owls")
	changed.Get("audience-generic").Remove(changed.Get("audience-generic").Entries()[0])
	words := append(tableWords[:], "owls", "no-such-word")
	for _, lex := range []*Lexicons{Default(), changed} {
		for _, name := range lex.Names() {
			set := lex.Get(name)
			held := 0
			for _, w := range words {
				has := set.Has(w)
				if got := set.HasMasked(w, lex.Mask(w)); got != has {
					t.Errorf("%s: HasMasked(%q) = %v, Has = %v", name, w, got, has)
				}
				if has {
					held++
				}
			}
			if held == 0 && len(set.Entries()) > 0 && !strings.Contains(strings.Join(set.Entries(), "\n"), " ") {
				t.Errorf("%s: no word of the tables is an entry", name)
			}
		}
	}
}
