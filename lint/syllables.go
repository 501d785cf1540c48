package lint

import "strings"

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

func isVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
