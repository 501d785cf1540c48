// Package bucket numbers the keys of the wordnet tables by their first
// letters, so that a look-up searches only the few lines that start as its
// key does. The generator writes, for each bucket, where its lines start;
// package wordnet finds a key's bucket the same way.
package bucket

// Symbols is how many symbols a key's position may hold: the key's end,
// any byte before "a" (a space, a hyphen, an apostrophe, a digit), each
// letter from "a" to "z", and any byte after "z".
const Symbols = 29

// Count returns the number of buckets of keys numbered by their first
// depth symbols.
func Count(depth int) int {
	n := 1
	for range depth {
		n *= Symbols
	}
	return n
}

// Of returns the bucket of key numbered by its first depth symbols. The
// numbering keeps the keys' order: a key that sorts before another (as Go
// compares strings) never has a greater bucket, so the lines of a sorted
// table fall into its buckets in order, one run of lines a bucket.
func Of(key string, depth int) int {
	n, lumped := 0, false
	for i := range depth {
		s := 0
		if !lumped {
			s = symbol(key, i)
			// A symbol that stands for several bytes ends the numbering:
			// the bytes after it would order keys it does not ("a b" before
			// "a'", though "b" comes after the end of "a'").
			lumped = s == 1 || s == Symbols-1
		}
		n = n*Symbols + s
	}
	return n
}

// symbol returns the symbol at position i of key: 0 past its end.
func symbol(key string, i int) int {
	if i >= len(key) {
		return 0
	}
	switch c := key[i]; {
	case c < 'a':
		return 1
	case c <= 'z':
		return int(c-'a') + 2
	default:
		return Symbols - 1
	}
}
