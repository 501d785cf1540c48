// Package tokenize splits readable text into words and sentences, with the
// byte offsets of each, and normalises words for look-ups. Detection and
// analysis both read text through it, so that they agree on every word.
package tokenize

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// Range is a word or sentence as the byte range [Start, End) of its text.
type Range struct{ Start, End int }

// Words finds the words of text: runs of letters, digits and marks,
// joined by inner apostrophes, hyphens, periods, slashes, ampersands and
// at-signs ("don't", "state-of-the-art", "e.g", "2.0", "and/or", "R&D"), with
// a leading "#", "$", "£" or "€" before a digit and a trailing "%" after one. A URL is
// one word up to the next space. Invisible format characters inside a word
// ("Vi\u200bsion", "mis\u00adsion") are part of it, so that its range
// keeps the file's offsets while Normalize reads it as "vision".
func Words(text string) []Range {
	words := make([]Range, 0, len(text)/6+1)
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf && !asciiWord[c] && !((c == '#' || c == '$') && i+1 < len(text) && isDigit(text[i+1])) {
			i++ // the common case: ASCII space and punctuation
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) && !((r == '#' || isCurrency(r)) && i+size < len(text) && isDigit(text[i+size])) || r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r) {
			i += size // a mark with no letter before it ("🛡\ufe0f", an emoji's variation selector) starts no word
			continue
		}
		start := i
		i += size
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if asciiWord[c] {
					i++
					continue
				}
				if c != ':' && c != '%' && !isJoiner(rune(c)) {
					break // the common case: a space or a stop ends the word
				}
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
			if isInvisible(r) {
				// Zero-width spaces, soft hyphens, bidi marks inside a word
				// ("Vi\u200bsion") belong to it; Normalize drops them.
				j := i + size
				for j < len(text) {
					r2, size2 := utf8.DecodeRuneInString(text[j:])
					if !isInvisible(r2) {
						break
					}
					j += size2
				}
				if next, _ := utf8.DecodeRuneInString(text[j:]); j < len(text) && isWordRune(next) {
					i = j
					continue
				}
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
		words = append(words, Range{start, i})
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

// isInvisible reports whether r is an invisible format character (Unicode
// category Cf): a zero-width space, joiner or non-joiner, a word joiner, a
// soft hyphen, a bidi mark, a byte order mark.
func isInvisible(r rune) bool { return r >= 0xad && unicode.Is(unicode.Cf, r) }

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

// Normalize returns w in lower case with typographic apostrophes and hyphens
// made plain and invisible format characters (Unicode category Cf: zero-width
// spaces and joiners, soft hyphens, bidi marks) dropped. Plain lower-case ASCII words come back as they are; for the
// others, common results are interned, so that "The" and "We" do not cost
// an allocation each time.
func Normalize(w string) string {
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
	w = normReplacer.Replace(strings.ToLower(w))
	if strings.IndexFunc(w, isInvisible) >= 0 {
		w = strings.Map(func(r rune) rune {
			if isInvisible(r) {
				return -1
			}
			return r
		}, w)
	}
	return w
}

// interned holds lower-cased words, up to maxInterned of them, shared by
// every parse.
var (
	interned      sync.Map
	internedCount atomic.Int64
)

const maxInterned = 1 << 16

var normReplacer = strings.NewReplacer("’", "'", "‘", "'", "‐", "-", "‑", "-")

// Sentences groups words into sentences. A sentence ends at a line
// break of the prose (between blocks and list items), and at ".", "!", "?"
// or an ellipsis followed by space, unless the word before is an
// abbreviation ("e.g.", "Inc." before a lower-case word), an initial
// ("U.S."), or the next word starts in lower case.
func Sentences(text string, words []Range, lex *lexicon.Lexicons) [][]Range {
	abbrev, title := lex.Get("abbreviation"), lex.Get("abbreviation-title")
	var out [][]Range
	begin := 0
	for k := range words {
		if k+1 == len(words) {
			out = append(out, words[begin:])
			break
		}
		gap := text[words[k].End:words[k+1].Start]
		if !sentenceBreak(text, gap, words[k], words[k+1], abbrev, title) {
			continue
		}
		out = append(out, words[begin:k+1])
		begin = k + 1
	}
	return out
}

func sentenceBreak(text, gap string, prev, next Range, abbrev, title *lexicon.Set) bool {
	if gap == " " {
		return false // the common case, a space between two words of a sentence
	}
	if strings.ContainsRune(gap, '\n') {
		return true
	}
	stop := strings.IndexAny(gap, ".!?…")
	if stop < 0 && strings.HasPrefix(gap, "]") && strings.ContainsAny(gap, " \t\u00a0") && noteInBrackets(text, prev) {
		// "… the right time. [applause] Somebody at the back said …": a
		// note in brackets between two sentences ends with its bracket
		nextRune, _ := utf8.DecodeRuneInString(text[next.Start:])
		return unicode.IsUpper(nextRune)
	}
	if stop < 0 || !strings.ContainsAny(gap[stop:], " \t\u00a0") {
		return false // no terminal mark, or one with no space after it ("2.0")
	}
	nextRune, _ := utf8.DecodeRuneInString(text[next.Start:])
	lowerNext := unicode.IsLower(nextRune)
	if gap[stop] != '.' || strings.HasPrefix(gap[stop:], "...") {
		return !lowerNext
	}
	w := Normalize(text[prev.Start:prev.End])
	switch {
	case stop == 0 && title.Has(w):
		return false
	case stop == 0 && (abbrev.Has(w) || isInitials(w)):
		return !lowerNext && !isInitials(w)
	}
	// "… the right time. [applause]": a note in brackets after a
	// sentence opens one of its own, whatever its case
	return !lowerNext || strings.Contains(gap[stop:], "[")
}

// noteInBrackets reports whether the word w is a bracket's only word and
// the bracket opens after a sentence's end ("time. [applause]"), as a
// transcript's note does.
func noteInBrackets(text string, w Range) bool {
	before := strings.TrimRight(text[:w.Start], " \t\u00a0")
	if !strings.HasSuffix(before, "[") {
		return false
	}
	before = strings.TrimRight(strings.TrimSuffix(before, "["), " \t\u00a0*_") // "**[02:25]**" opens a transcript's paragraph
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".!?")
}

// isInitials reports whether w is a single letter or letters joined by
// periods ("u.s", "j").
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for i, rest := 0, w; ; i++ { // the parts strings.Split(w, ".") gives, without the slice
		part, after, more := strings.Cut(rest, ".")
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsLetter(r) || (i == 0 && len(w) == 1 && (r == 'a' || r == 'i')) {
			return false // "a." and "I." end sentences often enough
		}
		if !more {
			return true
		}
		rest = after
	}
}

// SentenceEnd extends a sentence whose last word ends at end over the
// punctuation that ends it.
func SentenceEnd(text string, end int) int {
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if r == '\n' || unicode.IsSpace(r) || !(unicode.IsPunct(r) || r == '…') {
			break
		}
		end += size
	}
	return end
}

// TrimCurrency returns w without the currency sign a sum opens with
// ("$", "£" or "€"), and whether it had one: "£20,000" gives "20,000".
func TrimCurrency(w string) (string, bool) {
	r, size := utf8.DecodeRuneInString(w)
	if size == 0 || !isCurrency(r) {
		return w, false
	}
	return w[size:], true
}

// isCurrency reports whether r is a currency sign a word may open with.
func isCurrency(r rune) bool { return r == '$' || r == '£' || r == '€' }

// IsNumber reports whether the word w is digits, with periods ("2030", "3.5").
func IsNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '.' {
			return false
		}
	}
	return true
}
