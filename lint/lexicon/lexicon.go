// Package lexicon holds vmlint's word lists as data (lexicons.txt) and
// matches them against words. The built-in lists are compiled into static
// tables (tables.go, generated from lexicons.txt), so nothing is parsed when
// vmlint starts; lists a configuration changes, and lists built at run time
// (NewSet, Parse), are indexed in maps.
package lexicon

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Set is one word list. Entries are phrases of one or more words, matched
// whole-word against normalised (lower-case) words.
type Set struct {
	// Name is the list's name in lexicons.txt ("audience-specific").
	Name    string
	inflect bool
	list    int                   // 1 + the list's index in the static tables; 0 when indexed in the maps below
	byFirst map[string][][]string // first word → the rest of each phrase, longest first
	entries map[string]bool       // the entries as written
	one     [1]string             // scratch for forms of a non-inflecting list
	owner   *Lexicons             // the collection whose masks cover this list, if any
	bit     uint64                // this list's bit in the owner's masks
}

// NewSet returns a list of the given entries, matched as written
// (lower-cased), without inflections.
func NewSet(name string, entries []string) *Set {
	s := &Set{Name: name, byFirst: map[string][][]string{}, entries: map[string]bool{}}
	for _, e := range entries {
		s.add(e)
	}
	s.sortIndex()
	return s
}

// Entries returns the list's entries as written, sorted.
func (s *Set) Entries() []string {
	if s.list > 0 {
		return append([]string(nil), listEntries[s.list-1]...)
	}
	out := make([]string, 0, len(s.entries))
	for e := range s.entries {
		out = append(out, e)
	}
	sort.Strings(out)
	return out
}

// Inflects reports whether the list also matches its entries' inflected
// forms ("save" matches "saved").
func (s *Set) Inflects() bool { return s.inflect }

// Has reports whether the single word w is an entry.
func (s *Set) Has(w string) bool {
	if s.list > 0 {
		for _, p := range listPhrasesOf(w, s.list-1) {
			if int(p.list) == s.list-1 && p.rest == "" {
				return true
			}
		}
		return false
	}
	for _, rest := range s.byFirst[w] {
		if len(rest) == 0 {
			return true
		}
	}
	return false
}

// Match returns the number of words of the longest entry that starts at
// words[i], or 0 when none does.
func (s *Set) Match(words []string, i int) int {
	if i < 0 || i >= len(words) {
		return 0
	}
	if s.list > 0 {
		for _, p := range listPhrasesOf(words[i], s.list-1) { // by list, longest first
			if int(p.list) == s.list-1 {
				if n := matchRest(words, i+1, p.rest); n >= 0 {
					return 1 + n
				}
			}
		}
		return 0
	}
	for _, rest := range s.byFirst[words[i]] { // longest first
		if i+1+len(rest) > len(words) {
			continue
		}
		ok := true
		for k, w := range rest {
			if words[i+1+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return 1 + len(rest)
		}
	}
	return 0
}

// Add adds an entry (as a user's configuration does).
func (s *Set) Add(entry string) {
	s.toMaps()
	if s.add(entry) {
		s.sortIndex()
		if s.owner != nil {
			s.owner.buildMasks()
		}
	}
}

// add adds an entry without restoring the longest-first order of the
// index; the caller sorts once after many adds.
func (s *Set) add(entry string) bool {
	entry = strings.ToLower(strings.TrimSpace(entry))
	if entry == "" || s.entries[entry] {
		return false
	}
	s.entries[entry] = true
	for _, form := range s.forms(entry) {
		if !strings.ContainsAny(form, " \t-") {
			s.byFirst[form] = append(s.byFirst[form], nil) // one word: the common case
			continue
		}
		s.index(strings.Fields(form))
		if strings.Contains(form, "-") {
			s.index(strings.Fields(strings.ReplaceAll(form, "-", " ")))
		}
	}
	return true
}

// sortIndex puts each first word's phrases longest first, for Match.
func (s *Set) sortIndex() {
	for _, rests := range s.byFirst {
		if len(rests) > 1 {
			sort.SliceStable(rests, func(a, b int) bool { return len(rests[a]) > len(rests[b]) })
		}
	}
}

// Remove removes an entry and the forms it generated.
func (s *Set) Remove(entry string) {
	entry = strings.ToLower(strings.TrimSpace(entry))
	s.toMaps()
	if !s.entries[entry] {
		return
	}
	delete(s.entries, entry)
	s.reindex()
	if s.owner != nil {
		s.owner.buildMasks()
	}
}

// toMaps moves a built-in list from the static tables into maps, before it
// changes.
func (s *Set) toMaps() {
	if s.list == 0 {
		return
	}
	entries := listEntries[s.list-1]
	s.list = 0
	s.byFirst = make(map[string][][]string, len(entries))
	s.entries = make(map[string]bool, len(entries))
	for _, e := range entries {
		s.add(e)
	}
	s.sortIndex()
}

func (s *Set) reindex() {
	s.byFirst = map[string][][]string{}
	entries := s.entries
	s.entries = map[string]bool{}
	for e := range entries {
		s.add(e)
	}
	s.sortIndex()
}

func (s *Set) index(words []string) {
	if len(words) == 0 {
		return
	}
	s.byFirst[words[0]] = append(s.byFirst[words[0]], words[1:])
}

// forms returns the entry and, in an inflecting list, the inflected forms of
// its last word (for phrases) or its only word.
func (s *Set) forms(entry string) []string {
	if !s.inflect {
		s.one[0] = entry
		return s.one[:]
	}
	head, last := "", entry
	if i := strings.LastIndexByte(entry, ' '); i >= 0 {
		head, last = entry[:i+1], entry[i+1:]
	}
	if j := strings.IndexByte(entry, ' '); j >= 0 {
		// In a verb phrase ("create value") the verb is the first word.
		first, rest := entry[:j], entry[j:]
		var out []string
		for _, f := range Inflections(first) {
			out = append(out, f+rest)
		}
		return out
	}
	out := []string{}
	for _, f := range Inflections(last) {
		out = append(out, head+f)
	}
	return out
}

// Inflections returns w with its common English verb endings: w, w+s, w+es,
// w+ed, w+d, w+ing, with a final "e" dropped or a "y" turned into "ie" where
// English does so, and a doubled final consonant ("cut" → "cutting").
func Inflections(w string) []string {
	out := []string{w, w + "s", w + "ed", w + "ing"}
	n := len(w)
	if n == 0 {
		return out
	}
	last := w[n-1]
	switch {
	case last == 'e':
		out = append(out, w+"d", w[:n-1]+"ing")
	case last == 'y' && n > 1 && !isVowel(w[n-2]):
		out = append(out, w[:n-1]+"ies", w[:n-1]+"ied")
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z"):
		out = append(out, w+"es")
	}
	if n >= 3 && !isVowel(last) && isVowel(w[n-2]) && !isVowel(w[n-3]) && last != 'w' && last != 'x' && last != 'y' {
		out = append(out, w+string(last)+"ing", w+string(last)+"ed")
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// Lexicons is the full collection of lists, by name.
type Lexicons struct {
	sets map[string]*Set
	// masks maps each word that starts an entry of some list to the bits of
	// those lists: one look-up tells which lists a word can start a match in.
	// It is nil while every list is the built-in one: the static tables
	// hold the masks then.
	masks map[string]uint64
}

// Mask returns the bits of the lists in which word starts an entry.
func (l *Lexicons) Mask(word string) uint64 {
	if l.masks == nil {
		if i := tableIndex(word); i >= 0 {
			return tableMasks[i]
		}
		return 0
	}
	return l.masks[word]
}

// MatchMasked is Match for words whose masks (from the set's collection)
// are known: a word whose mask lacks the set's bit starts no match, and
// costs no look-up in the set.
func (s *Set) MatchMasked(words []string, masks []uint64, i int) int {
	if i < 0 || s.owner != nil && i < len(masks) && masks[i]&s.bit == 0 {
		return 0
	}
	return s.Match(words, i)
}

// HasMasked is Has for a word whose mask (from the set's collection) is
// known: a word whose mask lacks the set's bit is no entry.
func (s *Set) HasMasked(w string, mask uint64) bool {
	if s.owner != nil && mask&s.bit == 0 {
		return false
	}
	return s.Has(w)
}

// OwnedBy reports whether the set's bits are in l's masks.
func (s *Set) OwnedBy(l *Lexicons) bool { return s.owner == l }

// Matcher is a word list as statements search for it: a *Set or its View.
type Matcher interface {
	// MatchMasked is Set.MatchMasked.
	MatchMasked(words []string, masks []uint64, i int) int
	// OwnedBy is Set.OwnedBy.
	OwnedBy(l *Lexicons) bool
}

// View is a read-only view of a Set: all a rule may do with a word list,
// so that no rule can change the lists every rule shares.
type View struct{ set *Set }

// View returns a read-only view of the set.
func (s *Set) View() View { return View{s} }

// Name returns the list's name in lexicons.txt.
func (v View) Name() string { return v.set.Name }

// Has reports whether the single word w is an entry.
func (v View) Has(w string) bool { return v.set.Has(w) }

// Match returns the number of words of the longest entry that starts at
// words[i], or 0 when none does.
func (v View) Match(words []string, i int) int { return v.set.Match(words, i) }

// MatchMasked is Set.MatchMasked.
func (v View) MatchMasked(words []string, masks []uint64, i int) int {
	return v.set.MatchMasked(words, masks, i)
}

// OwnedBy is Set.OwnedBy.
func (v View) OwnedBy(l *Lexicons) bool { return v.set.OwnedBy(l) }

// Entries returns the list's entries as written, sorted.
func (v View) Entries() []string { return v.set.Entries() }

// buildMasks gives every list a bit and records, for each first word of
// an entry, the lists it starts one in. Lists past 64 get no bit and are
// always looked up in full.
func (l *Lexicons) buildMasks() {
	names := make([]string, 0, len(l.sets))
	for n := range l.sets {
		names = append(names, n)
	}
	sort.Strings(names)
	l.masks = make(map[string]uint64, 4096)
	for i, n := range names {
		set := l.sets[n]
		if i >= 64 {
			set.owner, set.bit = nil, 0
			continue
		}
		set.owner, set.bit = l, 1<<uint(i)
		if set.list > 0 {
			listBit := uint64(1) << uint(set.list-1)
			for j, w := range tableWords {
				if tableMasks[j]&listBit != 0 {
					l.masks[w] |= set.bit
				}
			}
			continue
		}
		for w := range set.byFirst {
			l.masks[w] |= set.bit
		}
	}
}

// Get returns the named list. It panics on a name that lexicons.txt does not
// define: a misspelt list name is a programming error, caught by the tests.
func (l *Lexicons) Get(name string) *Set {
	s, ok := l.sets[name]
	if !ok {
		panic(fmt.Sprintf("lexicon: no list named %q", name))
	}
	return s
}

// Names returns the names of all lists, sorted.
func (l *Lexicons) Names() []string {
	names := make([]string, 0, len(l.sets))
	for n := range l.sets {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Clone returns a deep copy that can be changed without touching l. Built-in
// lists stay in the static tables until the copy changes them.
func (l *Lexicons) Clone() *Lexicons {
	c := &Lexicons{sets: make(map[string]*Set, len(l.sets))}
	if l.masks == nil { // every list is the built-in one
		for name, s := range l.sets {
			n := *s
			if n.owner != nil {
				n.owner = c
			}
			c.sets[name] = &n
		}
		return c
	}
	for name, s := range l.sets {
		if s.list > 0 {
			n := &Set{Name: s.Name, inflect: s.inflect, list: s.list}
			c.sets[name] = n
			continue
		}
		n := &Set{Name: s.Name, inflect: s.inflect, byFirst: map[string][][]string{}, entries: map[string]bool{}}
		for e := range s.entries {
			n.add(e)
		}
		n.sortIndex()
		c.sets[name] = n
	}
	c.buildMasks()
	return c
}

// Default returns the built-in lists, read from the static tables. They are
// shared: do not change them; Clone them first.
var Default = sync.OnceValue(staticDefault)

// sectionSize counts the entry lines before the next section header.
func sectionSize(lines []string) int {
	n := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "[") {
			break
		}
		if l != "" && !strings.HasPrefix(l, "#") {
			n++
		}
	}
	return n
}

// Parse reads lists in the lexicons.txt format.
func Parse(text string) (*Lexicons, error) {
	l := &Lexicons{sets: map[string]*Set{}}
	var cur *Set
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		n := i
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "# ") || line == "#":
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			f := strings.Fields(line[1 : len(line)-1])
			if len(f) == 0 || len(f) > 2 || (len(f) == 2 && f[1] != "inflect") {
				return nil, fmt.Errorf("lexicons: line %d: bad header %q", n+1, line)
			}
			if _, dup := l.sets[f[0]]; dup {
				return nil, fmt.Errorf("lexicons: line %d: list %q defined twice", n+1, f[0])
			}
			n := sectionSize(lines[i+1:])
			forms := n
			if len(f) == 2 {
				forms = n * 6
			}
			cur = &Set{Name: f[0], inflect: len(f) == 2, byFirst: make(map[string][][]string, forms), entries: make(map[string]bool, n)}
			l.sets[f[0]] = cur
		case cur == nil:
			return nil, fmt.Errorf("lexicons: line %d: entry before any list header", n+1)
		default:
			cur.add(line)
		}
	}
	for _, set := range l.sets {
		set.sortIndex()
	}
	l.buildMasks()
	return l, nil
}
