package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// CueSet is the set of words one of which every statement detection finds
// is marked by: the words of the kind names in force (with the heading
// aliases a configuration adds, less "our", "the" and the like), of the
// sentence cues, and of the front matter fields that hold statements. Text
// without any of them holds no statement, so detection passes over it, and
// so may a prefilter that decides whether a file is worth parsing (the file
// name aside: see KindOfFile).
//
// Words match whole, in any case, with or without a plural "s", with
// accents ignored ("Misión" is "mision") and invisible format characters
// (zero-width space, soft hyphen, bidi marks) skipped.
type CueSet struct {
	words          map[string]bool // folded, lower case
	starts         cueStarts       // the words' first three letters
	minLen, maxLen int
	nonASCII       bool            // a word is not plain ASCII letters
	explains       map[string]bool // first words of heading-explains entries
}

// sentenceCueWords are the English words statementCue looks for.
var sentenceCueWords = []string{"vision", "mission", "purpose", "purposes", "dream", "envision", "envisage", "imagine", "picture", "exist", "exists"}

// cueFiller are words of kind names and cues too common to look for on
// their own: every cue that holds one holds a rarer word too.
var cueFiller = map[string]bool{"our": true, "the": true, "big": true, "why": true, "for": true, "being": true,
	"statement": true, "are": true, "here": true, "etre": true}

// Cues returns the cue words of the lexicons lex, built once per
// collection of lexicons.
func Cues(lex *lexicon.Lexicons) *CueSet { return vocabularyFor(lex).cues }

func newCueSet(v *vocabulary, lex *lexicon.Lexicons) *CueSet {
	c := &CueSet{words: map[string]bool{}, minLen: 1 << 30, explains: map[string]bool{}}
	for _, e := range lex.Get("heading-explains").Entries() {
		first, _, _ := strings.Cut(e, " ")
		c.explains[strings.Trim(first, "'")] = true
	}
	add := func(w string) {
		w = fold(strings.ToLower(w))
		if utf8.RuneCountInString(w) < 3 || cueFiller[w] {
			return
		}
		c.words[w] = true
		for i := 0; i < len(w); i++ {
			if !isASCIILetter(w[i]) {
				c.nonASCII = true
				return
			}
		}
		c.starts.add(w)
		c.minLen, c.maxLen = min(c.minLen, len(w)), max(c.maxLen, len(w))
	}
	for _, w := range sentenceCueWords {
		add(w)
	}
	// Every kind name holds one of the cue words: its only word, or for a
	// phrase ("north star", "reason for being") its longest word, unless
	// another of its words is a cue already ("mission statement").
	var phrases [][]string
	for _, set := range []*lexicon.Set{v.visions, v.missions, v.cueVision, v.cueMission} {
		for _, e := range set.Entries() {
			words := strings.FieldsFunc(e, func(r rune) bool { return !unicode.IsLetter(r) })
			if len(words) == 1 {
				add(words[0])
			} else if len(words) > 1 {
				phrases = append(phrases, words)
			}
		}
	}
	for _, words := range phrases {
		longest := ""
		for _, w := range words {
			if c.words[w] {
				longest = ""
				break
			}
			if len(w) > len(longest) && !cueFiller[w] && !v.owners.Has(w) && !v.prefixes.Has(w) {
				longest = w
			}
		}
		if longest != "" {
			add(longest)
		}
	}
	for _, kind := range Kinds {
		for _, key := range fieldNames(kind) {
			add(strings.ReplaceAll(strings.ReplaceAll(key, "_", ""), "-", "")) // "visionStatement" reads as one word
		}
	}
	c.maxLen++ // a plural "s"
	return c
}

// Contains reports whether one of the cue words appears in raw.
func (c *CueSet) Contains(raw []byte) bool { return cueIn(c, raw) }

// ContainsString is Contains for a string.
func (c *CueSet) ContainsString(s string) bool { return cueIn(c, s) }

// maxCueWord is the longest word the scan reads, in letters.
const maxCueWord = 32

// cueIn reports whether one of the words appears in raw as a whole word (or
// with a plural "s"), in any case, accents ignored. It reads raw once and
// allocates nothing: words of ASCII letters are turned away by length and
// first letters before any look-up, and only a word with other letters in
// it is decoded rune by rune.
func cueIn[T string | []byte](c *CueSet, raw T) bool {
	if c.nonASCII {
		return c.inSlow(string(raw))
	}
	var buf [maxCueWord]byte
	for i := 0; i < len(raw); {
		if raw[i] >= utf8.RuneSelf {
			n, next := foldWord(raw, i, &buf)
			if n > 0 && c.has(buf[:n]) {
				return true
			}
			i = next
			continue
		}
		if lowerLetter[raw[i]] == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(raw) && lowerLetter[raw[j]] != 0 {
			j++
		}
		if j < len(raw) && raw[j] >= utf8.RuneSelf {
			n, next := foldWord(raw, i, &buf) // the word goes on past ASCII
			if n > 0 && c.has(buf[:n]) {
				return true
			}
			i = next
			continue
		}
		n := j - i
		// n >= c.minLen >= 3: the word has the three letters starts holds.
		if n >= c.minLen && n <= c.maxLen && n <= len(buf) && c.starts.has(raw[i], raw[i+1], raw[i+2]) {
			for k := 0; k < n; k++ {
				buf[k] = lowerLetter[raw[i+k]]
			}
			if c.has(buf[:n]) {
				return true
			}
		}
		i = j
	}
	return false
}

// has reports whether the lower-case letters w are a cue word, or one with
// a plural "s".
func (c *CueSet) has(w []byte) bool {
	n := len(w)
	if n < c.minLen || n > c.maxLen {
		return false
	}
	return c.words[string(w)] || w[n-1] == 's' && c.words[string(w[:n-1])]
}

// foldWord reads the word that starts at raw[i] (which is a letter or
// another byte of text) into buf as lower-case ASCII letters, accents
// dropped and invisible format characters skipped. It returns the number
// of letters, 0 when the word does not fold to ASCII letters or is too long
// for a cue, and where the next word may start.
func foldWord[T string | []byte](raw T, i int, buf *[maxCueWord]byte) (int, int) {
	n, ok := 0, true
	for i < len(raw) {
		if b := raw[i]; b < utf8.RuneSelf {
			l := lowerLetter[b]
			if l == 0 {
				break
			}
			if n < len(buf) {
				buf[n] = l
			}
			n++
			i++
			continue
		}
		r, size := decodeRune(raw, i)
		switch l := foldRune(r); {
		case l == skipRune:
			// invisible, or an accent written as a mark of its own
		case l == otherLetter:
			ok = false // a letter that does not fold to ASCII: no cue
		case l != 0:
			if n < len(buf) {
				buf[n] = l
			}
			n++
		default:
			if n == 0 {
				return 0, i + size // not a word: a symbol or punctuation
			}
			return foldedCount(n, ok), i
		}
		i += size
	}
	if n == 0 {
		return 0, i + 1
	}
	return foldedCount(n, ok), i
}

func foldedCount(n int, ok bool) int {
	if !ok || n > maxCueWord {
		return 0
	}
	return n
}

func decodeRune[T string | []byte](raw T, i int) (rune, int) {
	var b [utf8.UTFMax]byte
	n := copy(b[:], raw[i:min(i+utf8.UTFMax, len(raw))])
	return utf8.DecodeRune(b[:n])
}

// What foldRune returns besides a letter: skipRune for a rune a word reads
// through (an invisible format character or a combining mark), otherLetter
// for a letter that does not fold to ASCII, 0 for a rune that ends a word.
const (
	skipRune    = 0xff
	otherLetter = 0xfe
)

//go:generate go test -run TestLatinFoldsTable -update .

// foldRune returns the lower-case ASCII letter a non-ASCII rune is with
// its accents dropped ('É' → 'e', 'ệ' → 'e'), or skipRune, otherLetter or
// 0. Latin letters are looked up in a generated table (latin_folds.go); the
// punctuation of running text (dashes, quotation marks) and the CJK
// letters are answered without a look-up in Unicode's tables.
func foldRune(r rune) byte {
	switch {
	case r < latinEnd:
		return latinFolds[r]
	case r >= latinExtStart && r < latinExtEnd:
		return latinFolds[latinEnd+r-latinExtStart]
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205e:
		return 0 // dashes, quotation marks, bullets, ellipsis
	case r >= 0x3040 && r <= 0x9fff:
		return otherLetter // kana, CJK ideographs
	case unicode.Is(unicode.Cf, r), unicode.Is(unicode.Mn, r):
		return skipRune
	case unicode.IsLetter(r):
		return otherLetter
	}
	return 0
}

// The Latin letters with accents: Latin-1 to Latin Extended-B, and Latin
// Extended Additional (Vietnamese, Welsh).
const (
	latinEnd      = 0x250
	latinExtStart = 0x1e00
	latinExtEnd   = 0x1f00
)

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

// The UTF-8 of the two letters that lower-case to ASCII ones.
var (
	dottedCapitalI = []byte("\u0130")
	kelvinSign     = []byte("\u212a")
)

// lowerASCIIEqual reports whether s, its ASCII letters lower-cased, is
// lower; lower is ASCII. Only two other letters lower-case to ASCII ones
// (dotted capital I to "i", the Kelvin sign to "k"), so where s holds
// neither this is strings.ToLower(s) == lower, without building the
// lower-case copy.
func lowerASCIIEqual[T string | []byte](s T, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// lowerLetter maps an ASCII letter to its lower case, and any other byte to 0.
var lowerLetter = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// inSlow is the look for cue words that are not plain ASCII letters (as a
// configuration may add): every word of raw, folded.
func (c *CueSet) inSlow(raw string) bool {
	raw = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, raw)
	for _, w := range strings.FieldsFunc(fold(strings.ToLower(raw)), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if c.words[w] || c.words[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }
