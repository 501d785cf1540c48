package detect

import (
	"strings"
	"sync"
	"unicode"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// CueSet is the set of lower-case words one of which every label, heading
// and statement cue contains: the sentence cues' words and each word of the
// heading aliases in force (less "our", "the" and the like). Text without
// any of them holds no statement, so detection passes over it, and so may
// a prefilter that decides whether a file is worth parsing.
type CueSet struct {
	words          map[string]bool
	starts         cueStarts // the words' first three letters
	minLen, maxLen int
	nonASCII       bool            // a word is not plain ASCII letters
	explains       map[string]bool // first words of heading-explains entries
}

// sentenceCueWords are the words statementCue looks for.
var sentenceCueWords = []string{"vision", "mission", "purpose", "dream", "envision", "imagine", "exist", "exists"}

// aliasFiller are alias words too common to look for on their own.
var aliasFiller = map[string]bool{"our": true, "the": true, "big": true, "why": true, "for": true, "being": true,
	"statement": true, "are": true, "here": true, "être": true, "etre": true}

// vocabulary is what detection derives from one collection of lexicons.
type vocabulary struct {
	cues *CueSet
}

var vocabularies sync.Map // *lexicon.Lexicons → *vocabulary

// vocabularyFor returns the vocabulary of lex, built once per collection.
func vocabularyFor(lex *lexicon.Lexicons) *vocabulary {
	if v, ok := vocabularies.Load(lex); ok {
		return v.(*vocabulary)
	}
	v := &vocabulary{cues: newCueSet(lex)}
	vocabularies.Store(lex, v)
	return v
}

// Cues returns the cue words of the lexicons lex (with the heading aliases
// a configuration added), built once per collection of lexicons.
func Cues(lex *lexicon.Lexicons) *CueSet { return vocabularyFor(lex).cues }

func newCueSet(lex *lexicon.Lexicons) *CueSet {
	c := &CueSet{words: map[string]bool{}, minLen: 1 << 30, explains: map[string]bool{}}
	for _, e := range lex.Get("heading-explains").Entries() {
		first, _, _ := strings.Cut(e, " ")
		c.explains[strings.Trim(first, "'")] = true
	}
	add := func(w string) { // w has three letters or more
		c.words[w] = true
		for i := 0; i < len(w); i++ {
			if !isASCIILetter(w[i]) {
				c.nonASCII = true
			}
		}
		c.starts.add(w)
		c.minLen, c.maxLen = min(c.minLen, len(w)), max(c.maxLen, len(w))
	}
	for _, w := range sentenceCueWords {
		add(w)
	}
	for _, list := range []string{"heading-vision", "heading-mission"} {
		for _, e := range lex.Get(list).Entries() {
			// The words of the alias, split where the fast scan splits.
			for _, w := range strings.FieldsFunc(e, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if len(w) >= 3 && !aliasFiller[w] {
					add(w)
				}
			}
		}
	}
	c.maxLen++ // a plural "s"
	return c
}

// Contains reports whether one of the cue words appears in raw as a whole
// word (or with a plural "s"), in any case.
func (c *CueSet) Contains(raw []byte) bool { return cueIn(c, raw) }

// ContainsString is Contains for a string.
func (c *CueSet) ContainsString(s string) bool { return cueIn(c, s) }

// cueIn reports whether one of the words appears in raw as a whole word (or
// with a plural "s"), in any case. It reads raw once and allocates
// nothing; other bytes than ASCII letters separate words, which is exact
// while every word is ASCII (else the slow look runs).
func cueIn[T string | []byte](c *CueSet, raw T) bool {
	if c.nonASCII {
		return c.inSlow(string(raw))
	}
	var buf [32]byte
	for i := 0; i < len(raw); {
		l := lowerLetter[raw[i]]
		if l == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(raw) && lowerLetter[raw[j]] != 0 {
			j++
		}
		n := j - i
		// n >= c.minLen >= 3: the word has the three letters starts holds.
		if n >= c.minLen && n <= c.maxLen && n <= len(buf) && c.starts.has(raw[i], raw[i+1], raw[i+2]) {
			for k := 0; k < n; k++ {
				buf[k] = lowerLetter[raw[i+k]]
			}
			if c.words[string(buf[:n])] || buf[n-1] == 's' && c.words[string(buf[:n-1])] {
				return true
			}
		}
		i = j
	}
	return false
}

// cueStarts is the set of the cue words' first three letters, as bits: a
// word whose start is not in it cannot be a cue, so most words are turned
// away before the look-up. Every cue word has three letters or more.
type cueStarts [32 * 32 * 32 / 64]uint64

func cueStart(a, b, c byte) int {
	return int(lowerLetter[a]&31)<<10 | int(lowerLetter[b]&31)<<5 | int(lowerLetter[c]&31)
}

func (s *cueStarts) add(w string) {
	k := cueStart(w[0], w[1], w[2])
	s[k/64] |= 1 << (k % 64)
}

func (s *cueStarts) has(a, b, c byte) bool {
	k := cueStart(a, b, c)
	return s[k/64]&(1<<(k%64)) != 0
}

// lowerLetter maps an ASCII letter to its lower case, and any other byte to 0.
var lowerLetter = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

func (c *CueSet) inSlow(raw string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(raw), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if c.words[w] || c.words[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }
