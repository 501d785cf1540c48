package lexicon

import "github.com/vmlint/vmlint/lint/internal/hashtable"

//go:generate go test -run TestTablesMatchLexicons -update .

// The built-in lists are not parsed when vmlint starts: tables.go, generated
// from lexicons.txt, holds them as static data that the binary maps in, so
// the first look-up of a word costs no more than any other (see Default).
//
// The tables index every word that starts an entry of some list (an entry's
// first word, in each of its inflected and hyphen-split forms):
//   - tableWords[i] is the word; tableMasks[i] has bit k set when it starts
//     an entry of listNames[k];
//   - tablePhrases[tableStarts[i]:tableStarts[i+1]] are those entries,
//     by list, each list's longest first: the list, and the words after the
//     first, space-separated ("" for a one-word entry);
//   - tableSlots is a hash table over tableWords (see package hashtable),
//     so a look-up costs about what a map's does.

// phrase is one entry of a built-in list, indexed under its first word.
type phrase struct {
	list uint8  // index in listNames
	rest string // the words after the first, space-separated
}

// tableIndex returns w's index in tableWords, or -1 when no built-in entry
// starts with w.
func tableIndex(w string) int { return hashtable.Index(tableWords[:], tableSlots[:], w) }

// listPhrasesOf returns the built-in entries that start with w, of every
// list; none when w starts no entry of list (an index in listNames), as
// its mask says, so that the entries are not walked for nothing.
func listPhrasesOf(w string, list int) []phrase {
	i := tableIndex(w)
	if i < 0 || list < 64 && tableMasks[i]&(1<<list) == 0 {
		return nil
	}
	return tablePhrases[tableStarts[i]:tableStarts[i+1]]
}

// matchRest returns the number of words of rest (space-separated) when they
// are words[j:j+n], or -1.
func matchRest(words []string, j int, rest string) int {
	n := 0
	for rest != "" {
		w := rest
		next := ""
		for k := 0; k < len(rest); k++ {
			if rest[k] == ' ' {
				w, next = rest[:k], rest[k+1:]
				break
			}
		}
		if j+n >= len(words) || words[j+n] != w {
			return -1
		}
		n++
		rest = next
	}
	return n
}

// staticDefault returns the built-in lists as sets over the static tables.
func staticDefault() *Lexicons {
	l := &Lexicons{sets: make(map[string]*Set, len(listNames))}
	for i, name := range listNames {
		s := &Set{Name: name, inflect: listInflect[i], list: i + 1}
		if i < 64 {
			s.owner, s.bit = l, 1<<uint(i)
		}
		l.sets[name] = s
	}
	return l
}
