package lint

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// span of prose bytes [start, end).
type textRange struct{ start, end int }

// splitWords finds the words of text: runs of letters, digits and marks,
// joined by inner apostrophes, hyphens, periods, slashes, ampersands and
// at-signs ("don't", "state-of-the-art", "e.g", "2.0", "and/or", "R&D"), with
// a leading "#" or "$" before a digit and a trailing "%" after one. A URL is
// one word up to the next space.
func splitWords(text string) []textRange {
	words := make([]textRange, 0, len(text)/6+1)
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf && !asciiWord[c] && !((c == '#' || c == '$') && i+1 < len(text) && isDigit(text[i+1])) {
			i++ // the common case: ASCII space and punctuation
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) && !((r == '#' || r == '$') && i+1 < len(text) && isDigit(text[i+1])) {
			i += size
			continue
		}
		start := i
		i += size
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf && asciiWord[c] {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += size
				continue
			}
			if r == ':' && strings.HasPrefix(text[i:], "://") && isScheme(text[start:i]) {
				i = urlEnd(text, i)
				break
			}
			if r == '%' && isDigit(text[i-1]) {
				i += size
				break
			}
			if isJoiner(r) && i+size < len(text) {
				next, _ := utf8.DecodeRuneInString(text[i+size:])
				prev, _ := utf8.DecodeLastRuneInString(text[:i])
				if isWordRune(next) && (r != '.' && r != ',' || isAlnum(prev) && isAlnum(next)) && (r != ',' || isDigitRune(prev) && isDigitRune(next)) {
					i += size
					continue
				}
			}
			break
		}
		words = append(words, textRange{start, i})
	}
	return words
}

// asciiWord marks the ASCII bytes that are word characters.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑', '.', '/', '&', '@', '_', ',':
		return true
	}
	return false
}

func isScheme(s string) bool {
	switch strings.ToLower(s) {
	case "http", "https", "ftp", "mailto", "file", "ssh", "git":
		return true
	}
	return false
}

// urlEnd returns the end of the URL whose "://" is at i: the next white
// space, less trailing punctuation that more likely ends the sentence.
func urlEnd(text string, i int) int {
	end := i
	for end < len(text) && !unicode.IsSpace(rune(text[end])) {
		end++
	}
	for end > i+3 && strings.ContainsRune(".,;:!?)\"'", rune(text[end-1])) {
		end--
	}
	return end
}

// normalize returns w in lower case with typographic apostrophes and hyphens
// made plain. Plain lower-case ASCII words come back as they are; for the
// others, common results are interned, so that "The" and "We" do not cost
// an allocation each time.
func normalize(w string) string {
	ascii := true
	lower := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			lower = false
		}
	}
	if ascii && lower {
		return w
	}
	if ascii && len(w) <= 16 {
		var buf [16]byte
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if s, ok := interned.Load(string(buf[:len(w)])); ok {
			return s.(string)
		}
		s := string(buf[:len(w)])
		if internedCount.Add(1) <= maxInterned {
			interned.Store(s, s)
		}
		return s
	}
	return normReplacer.Replace(strings.ToLower(w))
}

// interned holds lower-cased words, up to maxInterned of them, shared by
// every parse.
var (
	interned      sync.Map
	internedCount atomic.Int64
)

const maxInterned = 1 << 16

var normReplacer = strings.NewReplacer("’", "'", "‘", "'", "‐", "-", "‑", "-")

// splitSentences groups words into sentences. A sentence ends at a line
// break of the prose (between blocks and list items), and at ".", "!", "?"
// or an ellipsis followed by space, unless the word before is an
// abbreviation ("e.g.", "Inc." before a lower-case word), an initial
// ("U.S."), or the next word starts in lower case.
func splitSentences(text string, words []textRange, lex *lexicon.Lexicons) [][]textRange {
	abbrev, title := lex.Get("abbreviation"), lex.Get("abbreviation-title")
	var out [][]textRange
	begin := 0
	for k := range words {
		if k+1 == len(words) {
			out = append(out, words[begin:])
			break
		}
		gap := text[words[k].end:words[k+1].start]
		if !sentenceBreak(text, gap, words[k], words[k+1], abbrev, title) {
			continue
		}
		out = append(out, words[begin:k+1])
		begin = k + 1
	}
	return out
}

func sentenceBreak(text, gap string, prev, next textRange, abbrev, title *lexicon.Set) bool {
	if strings.ContainsRune(gap, '\n') {
		return true
	}
	stop := strings.IndexAny(gap, ".!?…")
	if stop < 0 || !strings.ContainsAny(gap[stop:], " \t\u00a0") {
		return false // no terminal mark, or one with no space after it ("2.0")
	}
	nextRune, _ := utf8.DecodeRuneInString(text[next.start:])
	lowerNext := unicode.IsLower(nextRune)
	if gap[stop] != '.' || strings.HasPrefix(gap[stop:], "...") {
		return !lowerNext
	}
	w := normalize(text[prev.start:prev.end])
	switch {
	case stop == 0 && title.Has(w):
		return false
	case stop == 0 && (abbrev.Has(w) || isInitials(w)):
		return !lowerNext && !isInitials(w)
	}
	return !lowerNext
}

// isInitials reports whether w is a single letter or letters joined by
// periods ("u.s", "j").
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for i, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsLetter(r) || (i == 0 && len(w) == 1 && (r == 'a' || r == 'i')) {
			return false // "a." and "I." end sentences often enough
		}
	}
	return true
}

// syllables estimates the syllables of a word: vowel groups, less a silent
// final "e" (but not "-le"), "-es" or "-ed"; at least one.
func syllables(norm string) int {
	var buf [32]byte
	w := buf[:0]
	for i := 0; i < len(norm); i++ {
		if c := norm[i]; c >= 'a' && c <= 'z' {
			w = append(w, c)
		}
	}
	if len(w) <= 3 {
		return 1
	}
	s := string(w)
	switch {
	case strings.HasSuffix(s, "le") && !isVowelByte(s[len(s)-3]):
	case strings.HasSuffix(s, "es") && !strings.HasSuffix(s, "ses") && !strings.HasSuffix(s, "ces") && !strings.HasSuffix(s, "ges") && !strings.HasSuffix(s, "xes") && !strings.HasSuffix(s, "zes"):
		s = s[:len(s)-2]
	case strings.HasSuffix(s, "ed") && !strings.HasSuffix(s, "ted") && !strings.HasSuffix(s, "ded"):
		s = s[:len(s)-2]
	case strings.HasSuffix(s, "e"):
		s = s[:len(s)-1]
	}
	n := 0
	inVowel := false
	for i := 0; i < len(s); i++ {
		v := isVowelByte(s[i])
		if v && !inVowel {
			n++
		}
		inVowel = v
	}
	return max(n, 1)
}

func isVowelByte(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }
