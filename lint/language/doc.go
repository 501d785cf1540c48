// Package language reads a vision or mission statement as a careful
// reader does: it tags each word with its part of speech and base form
// (the grammar words from words.txt, every other word from WordNet 3.0's
// tables in package wordnet, then corrected by its neighbours), groups the
// words into noun phrases with their head and what the head names (a
// person, a group of people, an animal, a place of business, a thing, a
// service, an abstraction), finds each verb's clause with its subject,
// objects and the clause it governs, and from those roles finds the
// statement's components: who it serves, the value for them, the means,
// the future it pictures, what sets it apart and why.
//
// For each component it says whether it found one, is sure there is none,
// or cannot tell: rules that report something missing report only what the
// analysis is sure is absent.
//
// The package does not split text into words or sentences; callers pass
// the words with their offsets, and get token indexes back.
package language
