// Package wordnet answers what WordNet 3.0 knows of an English word: its
// parts of speech with how often each is used, and the semantic class of
// each sense (a noun for a person, a group, an animal, a place of business,
// an artifact, an act, a state…; a verb of creation, possession, motion…).
//
// The knowledge is compiled into static tables (tables.go, generated from
// Debian's wordnet-base by go generate and checked in): sorted lines of
// text searched in place, so a program pays nothing at start-up, with an
// index by a key's first letters, so each look-up bisects a few lines and
// touches a page or two of the tables. Base forms are found as WordNet's morphy
// does, by its exception lists and detachment rules.
package wordnet
