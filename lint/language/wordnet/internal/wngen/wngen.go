// Package wngen turns the WordNet 3.0 database files (as Debian's
// wordnet-base installs them in /usr/share/wordnet) into the static Go
// tables of package wordnet: one sorted line of text per single-word
// lemma or phrasal verb ("look after"), and one per irregular form, with
// an index of where the lines of each key's first letters start. The
// wordnet package looks lines up by binary search over those few lines of
// the text itself, so nothing is built or decoded when a program starts.
package wngen

import (
	"bufio"
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/vmlint/vmlint/lint/language/wordnet/internal/bucket"
)

// DefaultDir is where Debian's wordnet-base package puts the database.
const DefaultDir = "/usr/share/wordnet"

// nounClass maps a noun lexicographer file number (03–28) to the letter
// the tables use for it.
var nounClass = map[int]byte{
	3: 'T', 4: 'a', 5: 'A', 6: 'r', 7: 't', 8: 'b', 9: 'c', 10: 'm', 11: 'e', 12: 'f', 13: 'F', 14: 'g',
	15: 'l', 16: 'M', 17: 'o', 18: 'p', 19: 'h', 20: 'P', 21: 's', 22: 'R', 23: 'q', 24: 'L', 25: 'S',
	26: 'x', 27: 'u', 28: 'i',
}

// verbClass maps a verb lexicographer file number (29–43) to its letter.
var verbClass = map[int]byte{
	29: 'b', 30: 'h', 31: 'c', 32: 'm', 33: 'k', 34: 'u', 35: 't', 36: 'r', 37: 'e', 38: 'o', 39: 'p',
	40: 's', 41: 'l', 42: 'x', 43: 'w',
}

// establishmentRoots are the synsets below which an artifact is a place of
// business (a shop, a clinic, a farm), a class of its own: such places
// stand for the people who run them ("every corner pharmacy").
var establishmentRoots = []string{
	"03297735", // establishment: a structure for business or residence
	"03953020", // place of business
	"04602044", // workplace
	"02913152", // building: a hall, a library, a home stands for those inside
	// Institutions WordNet files only as a depository or a facility, not
	// as a building: like a library, they stand for the people who keep
	// them ("every small museum in Wales"). Not an archive, as often the
	// records it keeps.
	"03800563", // museum
	"03412058", // art gallery
	"03745146", // zoo, menagerie
}

// establishmentsBelow are synsets whose kinds, though not they themselves,
// are places of business: a brewery, a distillery, a sawmill stands for
// the firm that runs it, but "plant" is as often a green plant, whatever
// WordNet's order says.
var establishmentsBelow = []string{
	"03956922", // plant, works, industrial plant
}

// commonSenses drops the senses of a noun that are named instances
// ("hull" as Cordell Hull) or that WordNet writes with a capital letter
// ("moor" as a Moor, "mass" as the Mass), unless it has no other: a
// common noun written in lower case should not take its class from a
// name, but a name's senses are all it has.
func commonSenses(nouns map[string]synset, offsets []string, word string) []string {
	keep := func(drop func(synset) bool) []string {
		var kept []string
		for _, off := range offsets {
			if !drop(nouns[off]) {
				kept = append(kept, off)
			}
		}
		return kept
	}
	if common := keep(func(s synset) bool { return s.instance || slices.Contains(s.capitalised, word) }); len(common) > 0 {
		return common
	}
	if common := keep(func(s synset) bool { return s.instance }); len(common) > 0 {
		return common // a name written in capitals, its named instances aside
	}
	return offsets
}

// socialRoots are the synsets below which a group is one of people: a
// social group (an organisation, a family, a team) or a people. Other
// groups (an ecosystem, a fleet, a collection) serve no one.
var socialRoots = []string{
	"07950920", // social group
	"07942152", // people
}

// topsClasses gives each synset of WordNet's top concepts (the Tops file:
// "person", "animal", "plant", "location", "act") the class most of its
// direct hyponyms have, where most of them share one: the Tops file says
// only that a concept stands at the top, and "every animal" is an animal.
func topsClasses(nouns map[string]synset) map[string]byte {
	counts := map[string]map[byte]int{}
	for _, s := range nouns {
		c := nounClass[s.lexFile]
		if c == 'T' || s.instance {
			continue
		}
		for _, h := range s.hypernyms {
			if nounClass[nouns[h].lexFile] == 'T' {
				if counts[h] == nil {
					counts[h] = map[byte]int{}
				}
				counts[h][c]++
			}
		}
	}
	out := map[string]byte{}
	for off, byClass := range counts {
		best, most, all := byte(0), 0, 0
		for c, n := range byClass {
			all += n
			if n > most || n == most && c < best {
				best, most = c, n
			}
		}
		if all >= topsMinHyponyms && most*4 >= all*3 {
			out[off] = best
		}
	}
	return out
}

// A top concept takes its hyponyms' class only when it has at least
// topsMinHyponyms of them and three in four share it: "entity" and
// "object" stand above too many kinds to be one.
const topsMinHyponyms = 5

// hyponymOf reports whether one of roots has off as its direct hypernym.
func hyponymOf(synsets map[string]synset, roots []string, off string) bool {
	for _, r := range roots {
		for _, h := range synsets[r].hypernyms {
			if h == off {
				return true
			}
		}
	}
	return false
}

// synset is what the generator needs of one synset in a data file.
type synset struct {
	lexFile   int
	hypernyms []string // offsets of @ and @i pointers (same part of speech)
	satellite bool     // an adjective satellite (ss_type s)
	instance  bool     // an instance of its hypernym: a named person, place or thing
	// capitalised holds, in lower case, the synset's words that WordNet
	// writes with a capital letter and small ones ("Moor").
	capitalised []string
	// predicative holds, in lower case, the adjectives WordNet marks as
	// used only after a verb ("afloat(p)", "asleep(p)"), never before a
	// noun.
	predicative []string
	// words are the synset's words in lower case, as the index writes
	// them ("look_after").
	words []string
	// objectFrames are, for a verb, the numbers (from 1) of the words
	// that a sentence frame with a direct object fits ("Somebody ----s
	// something"), 0 standing for all of them.
	objectFrames []int
}

// objectFrame holds WordNet's generic verb frames that take a direct
// object: "Something ----s something Adjective/Noun" (5), "Somebody ----s
// something" (8) to "Something ----s something" (11), "Somebody ----s
// somebody something" (14) to "Somebody ----s something PP" (21),
// "Somebody ----s somebody to INFINITIVE" (24), "… somebody INFINITIVE"
// (25), "… somebody into V-ing something" (30) and "Somebody ----s
// something with something" (31).
var objectFrame = map[int]bool{5: true, 8: true, 9: true, 10: true, 11: true, 14: true, 15: true, 16: true, 17: true,
	18: true, 19: true, 20: true, 21: true, 24: true, 25: true, 30: true, 31: true}

// takesObject reports whether the synset's sense of the word (lower case,
// as the index writes it) has a frame with a direct object.
func (s synset) takesObject(word string) bool {
	n := slices.Index(s.words, word) + 1
	for _, w := range s.objectFrames {
		if w == 0 || w == n {
			return true
		}
	}
	return false
}

// Generate reads the database in dir and returns the Go source of the
// tables.
func Generate(dir string) ([]byte, error) {
	nouns, err := readData(filepath.Join(dir, "data.noun"))
	if err != nil {
		return nil, err
	}
	verbs, err := readData(filepath.Join(dir, "data.verb"))
	if err != nil {
		return nil, err
	}
	adjs, err := readData(filepath.Join(dir, "data.adj"))
	if err != nil {
		return nil, err
	}
	freq, senseFreq, err := readCounts(filepath.Join(dir, "cntlist.rev"))
	if err != nil {
		return nil, err
	}
	establishment := closureMembers(nouns, append(slices.Clip(establishmentRoots), establishmentsBelow...))
	for _, off := range establishmentsBelow {
		delete(establishment, off)
	}
	social := closureMembers(nouns, socialRoots)
	tops := topsClasses(nouns)
	for off, s := range nouns {
		if nounClass[s.lexFile] == 'T' && hyponymOf(nouns, socialRoots, off) {
			social[off] = true // "group": the top of the groups, people's among them
		}
	}

	lemmas := map[string]*lemma{}
	get := func(w string) *lemma {
		l := lemmas[w]
		if l == nil {
			l = &lemma{}
			lemmas[w] = l
		}
		return l
	}
	for _, pos := range []struct {
		file string
		code byte
	}{{"index.noun", 'n'}, {"index.verb", 'v'}, {"index.adj", 'a'}, {"index.adv", 'r'}} {
		accept := singleWord
		switch pos.code {
		case 'v':
			accept = func(w string) bool { return singleWord(w) || phrasalVerb(w) }
		case 'n':
			accept = func(w string) bool { return singleWord(w) || nounCompound(w) }
		}
		err := readIndex(filepath.Join(dir, pos.file), accept, func(word string, offsets []string, tagged int) {
			key := word // cntlist.rev writes "look_after"; the tables, "look after"
			word = strings.ReplaceAll(word, "_", " ")
			seen := map[string]bool{}
			for _, off := range offsets[:min(tagged, len(offsets))] {
				seen[off] = true
			}
			if pos.code == 'n' {
				offsets = commonSenses(nouns, offsets, key)
			}
			tagged = 0
			for _, off := range offsets {
				if seen[off] {
					tagged++
				}
			}
			var classes []byte
			for _, off := range offsets {
				switch pos.code {
				case 'n':
					c := nounClass[nouns[off].lexFile]
					if tc, ok := tops[off]; ok {
						c = tc // "animal", "person": a top concept, of the class of what lies below it
					}
					if c == 'r' && establishment[off] {
						c = 'E'
					}
					if social[off] && c != 'p' {
						c = 'G' // wherever WordNet files it: "airline" as a business is an artifact there
					}
					classes = append(classes, c)
				case 'v':
					classes = append(classes, verbClass[verbs[off].lexFile])
				case 'a':
					s := adjs[off]
					switch {
					case slices.Contains(s.predicative, key):
						classes = append(classes, 'd')
					case s.lexFile == 1:
						classes = append(classes, 'p')
					case s.lexFile == 44:
						classes = append(classes, 'l')
					case s.satellite:
						classes = append(classes, 's')
					default:
						classes = append(classes, 'a')
					}
				case 'r':
					classes = append(classes, 'r')
				}
			}
			p := part{pos: pos.code, freq: freq[countKey{key, pos.code}], classes: classes, tagged: tagged, objects: -1}
			if pos.code == 'v' {
				p.objects = objectShare(verbs, offsets, key, senseFreq[countKey{key, 'v'}])
			}
			get(word).add(p)
		})
		if err != nil {
			return nil, err
		}
	}
	exceptions := map[string]map[byte][]string{}
	for _, pos := range []struct {
		file string
		code byte
	}{{"noun.exc", 'n'}, {"verb.exc", 'v'}, {"adj.exc", 'a'}, {"adv.exc", 'r'}} {
		err := readLines(filepath.Join(dir, pos.file), func(line string) {
			f := strings.Fields(line)
			if len(f) < 2 || !singleWord(f[0]) {
				return
			}
			m := exceptions[f[0]]
			if m == nil {
				m = map[byte][]string{}
				exceptions[f[0]] = m
			}
			for _, base := range f[1:] {
				if singleWord(base) {
					m[pos.code] = append(m[pos.code], base)
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	spaceHyphens(lemmas)
	pruneCompounds(lemmas)
	joinHyphens(lemmas)
	return render(lemmas, exceptions), nil
}

// joinHyphens gives a hyphenated word WordNet writes only with its hyphen
// ("off-line", "e-book") its spelling without one too ("offline",
// "ebook"), as writers now spell many; not where that spelling is a word
// of its own ("re-cover", "recover").
func joinHyphens(lemmas map[string]*lemma) {
	joined := map[string]*lemma{}
	for w, l := range lemmas {
		if !strings.Contains(w, "-") || strings.Contains(w, " ") {
			continue
		}
		j := strings.ReplaceAll(w, "-", "")
		if lemmas[j] == nil && j != "" {
			if other, ok := joined[j]; ok && other != l {
				joined[j] = nil // "a-b-c" and "ab-c": which one, no one can say
				continue
			}
			joined[j] = l
		}
	}
	for j, l := range joined {
		if l != nil {
			lemmas[j] = l
		}
	}
}

// spaceHyphens gives a noun of two plain words WordNet writes only with a
// hyphen ("organ-grinder", "bell-ringer") its spelling with a space too
// ("organ grinder"), as a compound noun: writers spell such nouns both
// ways. Only the noun's senses are copied, only where the halves could be
// two words of a noun (twoWordNoun) and the spaced spelling is no entry
// of its own. pruneCompounds then keeps
// it only where it is of another class than its last word, as it does
// every compound.
func spaceHyphens(lemmas map[string]*lemma) {
	for w, l := range lemmas {
		first, last, ok := strings.Cut(w, "-")
		if !ok || !twoWordNoun(lemmas, first, last) {
			continue
		}
		spaced := first + " " + last
		if lemmas[spaced] != nil {
			continue
		}
		for _, p := range l.parts {
			if p.pos == 'n' {
				lemmas[spaced] = &lemma{parts: []part{p}}
			}
		}
	}
}

// twoWordNoun reports whether first and last, the halves of a hyphenated
// word, are words of their own, the last a noun, that could stand
// spaced as a noun of two words: not a prefix ("co-", "re-"), a letter
// ("T-junction"), a particle or a preposition.
func twoWordNoun(lemmas map[string]*lemma, first, last string) bool {
	if len(first) < 3 || len(last) < 3 || !plainWord(first) || !plainWord(last) || lemmas[first] == nil || lemmas[last] == nil ||
		particles[first] || particles[last] || prepositions[first] || prepositions[last] {
		return false
	}
	return slices.ContainsFunc(lemmas[last].parts, func(p part) bool { return p.pos == 'n' })
}

// prepositions are the prepositions particles leaves out, which neither
// open nor close a noun of two words ("in-law", "walk-in").
var prepositions = map[string]bool{"in": true, "on": true, "to": true, "with": true, "by": true, "at": true, "of": true, "into": true, "onto": true, "upon": true}

// nounCompound reports whether a noun lemma is two plain words
// ("hearing_aid", "armed_forces").
func nounCompound(w string) bool {
	first, last, ok := strings.Cut(w, "_")
	return ok && plainWord(first) && plainWord(last)
}

// plainWord reports whether w is lower-case ASCII letters only.
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// pruneCompounds keeps a two-word noun only where its likeliest sense is
// of another class than its last word's ("hearing aid" is an artifact,
// "aid" an act; "armed forces" a group, "force" an attribute): the only
// compounds that change what a phrase is about. A compound whose last
// word the tables do not hold, even as a plural's singular, goes too.
func pruneCompounds(lemmas map[string]*lemma) {
	firstNoun := func(l *lemma) byte {
		for _, p := range l.parts {
			if p.pos == 'n' && len(p.classes) > 0 {
				return p.classes[0]
			}
		}
		return 0
	}
	for w, l := range lemmas {
		_, last, ok := strings.Cut(w, " ")
		if !ok || len(l.parts) != 1 || l.parts[0].pos != 'n' {
			continue
		}
		head := lemmas[last]
		for _, suffix := range []string{"s", "es"} {
			if head == nil || firstNoun(head) == 0 {
				if base, cut := strings.CutSuffix(last, suffix); cut {
					head = lemmas[base]
				}
			}
		}
		if head == nil || firstNoun(head) == 0 || firstNoun(head) == firstNoun(l) {
			delete(lemmas, w)
		}
	}
}

// lemma is one word's senses by part of speech.
type lemma struct {
	parts []part
}

type part struct {
	pos     byte   // n, v, a or r
	freq    int    // tagged occurrences in the semantic concordance (cntlist.rev)
	classes []byte // one letter per sense, most frequent sense first
	tagged  int    // how many senses, from the first, the concordance has seen
	objects int    // for a verb, the per cent of its tagged occurrences whose sense takes a direct object; -1 when none is tagged
}

// objectShare returns the per cent of a verb's tagged occurrences (counts
// by sense number, from 1, in the order of offsets) whose sense has a
// frame with a direct object, or -1 when the concordance tagged none.
func objectShare(verbs map[string]synset, offsets []string, key string, counts map[int]int) int {
	total, objects := 0, 0
	for i, off := range offsets {
		n := counts[i+1]
		total += n
		if verbs[off].takesObject(key) {
			objects += n
		}
	}
	if total == 0 {
		return -1
	}
	return (100*objects + total/2) / total
}

func (l *lemma) add(p part) {
	l.parts = append(l.parts, p)
}

// line renders the lemma's senses as the tables hold them: for each part
// of speech, its letter, its tagged frequency, a colon and a class letter
// per sense ("n12:rp v3:ct"). A noun the concordance has seen in some of
// its senses only gives their number after a slash ("n34/1:mppp": "page"
// was seen only as a page of a book, never as a page boy). A verb the
// concordance has seen is followed by "o" and the per cent of its tagged
// occurrences whose sense takes a direct object ("v86:eeccx o5": "care"
// is nearly always "care about" or "care for").
func (l *lemma) line() string {
	var b strings.Builder
	for i, p := range l.parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(p.pos)
		b.WriteString(strconv.Itoa(p.freq))
		if p.pos == 'n' && p.freq > 0 && p.tagged < len(p.classes) {
			b.WriteByte('/')
			b.WriteString(strconv.Itoa(p.tagged))
		}
		b.WriteByte(':')
		b.Write(p.classes)
		if p.pos == 'v' && p.objects >= 0 {
			b.WriteString(" o")
			b.WriteString(strconv.Itoa(p.objects))
		}
	}
	return b.String()
}

func render(lemmas map[string]*lemma, exceptions map[string]map[byte][]string) []byte {
	words := make([]string, 0, len(lemmas))
	for w := range lemmas {
		words = append(words, w)
	}
	sort.Strings(words)
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString("// lemmaTable holds a line per single-word lemma, phrasal verb (\"look\n")
	b.WriteString("// after\") or two-word noun of another class than its last word\n")
	b.WriteString("// (\"hearing aid\"), sorted: the lemma, a tab,\n")
	b.WriteString("// and for each part of speech (n, v, a, r) its tagged frequency and a\n")
	b.WriteString("// class letter per sense, most frequent first (see classes.go); for a\n")
	b.WriteString("// noun seen tagged in only its first senses, their number after a slash;\n")
	b.WriteString("// for a verb seen tagged, \"o\" and the per cent of its tagged uses\n")
	b.WriteString("// whose sense takes a direct object.\n")
	var lemmaText bytes.Buffer
	for _, w := range words {
		lemmaText.WriteString(w)
		lemmaText.WriteByte('\t')
		lemmaText.WriteString(lemmas[w].line())
		lemmaText.WriteByte('\n')
	}
	b.WriteString("const lemmaTable = `")
	b.Write(lemmaText.Bytes())
	b.WriteString("`\n\n")
	writeIndex(&b, "lemmaIndex", lemmaText.Bytes(), 3)
	forms := make([]string, 0, len(exceptions))
	for w := range exceptions {
		forms = append(forms, w)
	}
	sort.Strings(forms)
	b.WriteString("// exceptionTable holds a line per irregular inflected form, sorted: the\n")
	b.WriteString("// form, a tab, and for each part of speech its letter, a colon and its\n")
	b.WriteString("// base forms separated by commas (\"children\tn:child\").\n")
	var excText bytes.Buffer
	for _, w := range forms {
		excText.WriteString(w)
		excText.WriteByte('\t')
		first := true
		for _, pos := range []byte("nvar") {
			bases := exceptions[w][pos]
			if len(bases) == 0 {
				continue
			}
			if !first {
				excText.WriteByte(' ')
			}
			first = false
			excText.WriteByte(pos)
			excText.WriteByte(':')
			excText.WriteString(strings.Join(bases, ","))
		}
		excText.WriteByte('\n')
	}
	b.WriteString("const exceptionTable = `")
	b.Write(excText.Bytes())
	b.WriteString("`\n\n")
	writeIndex(&b, "exceptionIndex", excText.Bytes(), 2)
	out, err := format.Source(b.Bytes())
	if err != nil {
		panic("wngen: the generated tables do not parse: " + err.Error())
	}
	return out
}

// writeIndex writes, for a sorted table, where the lines of each bucket
// of keys start (see package bucket): index[b] is the offset of the first
// line whose key's bucket is b or more, so a look-up searches only the
// lines of its own bucket, a few lines in place of a binary search over
// thousands. It also writes the depth, as a constant named name+"Depth".
func writeIndex(b *bytes.Buffer, name string, table []byte, depth int) {
	n := bucket.Count(depth)
	index := make([]int, n+1)
	next := 0 // the next bucket to give an offset
	for off := 0; off < len(table); {
		nl := bytes.IndexByte(table[off:], '\n')
		key, _, _ := strings.Cut(string(table[off:off+nl]), "\t")
		for k := bucket.Of(key, depth); next <= k; next++ {
			index[next] = off
		}
		off += nl + 1
	}
	for ; next <= n; next++ {
		index[next] = len(table)
	}
	fmt.Fprintf(b, "// %sDepth is how many of a key's first letters number its bucket in\n// %s.\nconst %sDepth = %d\n\n", name, name, name, depth)
	fmt.Fprintf(b, "// %s[k] is the offset of the first line whose key is in bucket k (see\n// package bucket) or a later one; %s[%d] is the table's length.\nvar %s = [%d]uint32{", name, name, n, name, n+1)
	for i, v := range index {
		if i%12 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteByte(' ')
		}
		fmt.Fprintf(b, "%d,", v)
	}
	b.WriteString("\n}\n")
}

const header = `// Code generated by wngen from WordNet 3.0; DO NOT EDIT.
// Regenerate with: go generate ./lint/language/wordnet
//
// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
// Used under the WordNet 3.0 license; see LICENSE-WordNet in this folder.

package wordnet

`

// singleWord reports whether a lemma is one word the tables keep: no
// collocations ("small_business"), lower case as WordNet writes them.
func singleWord(w string) bool {
	return w != "" && !strings.ContainsAny(w, "_ ")
}

// particles are the adverbs and prepositions that make a verb phrasal
// when WordNet lists the two as one verb ("look after", "set up", "pay
// for"). Prepositions that mostly place or aim ("in", "to", "on", "with")
// are left out: "live in Glasgow" keeps its place.
var particles = map[string]bool{
	"after": true, "up": true, "down": true, "out": true, "off": true, "back": true,
	"over": true, "away": true, "around": true, "about": true, "for": true, "through": true,
}

// phrasalVerb reports whether a verb lemma is a verb and a particle
// ("look_after").
func phrasalVerb(w string) bool {
	verb, particle, ok := strings.Cut(w, "_")
	return ok && singleWord(verb) && particles[particle]
}

// readIndex calls fn with each lemma of an index file that accept takes,
// its synset offsets, most frequent sense first, and how many of them,
// from the first, the semantic concordance has seen (tagsense_cnt).
func readIndex(path string, accept func(string) bool, fn func(word string, offsets []string, tagged int)) error {
	return readLines(path, func(line string) {
		f := strings.Fields(line)
		// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
		if len(f) < 6 || !accept(f[0]) {
			return
		}
		synsets, err1 := strconv.Atoi(f[2])
		pointers, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || len(f) < 4+pointers+2+synsets {
			return
		}
		tagged, _ := strconv.Atoi(f[4+pointers+1])
		fn(f[0], f[4+pointers+2:4+pointers+2+synsets], tagged)
	})
}

// readData reads a data file's synsets by offset.
func readData(path string) (map[string]synset, error) {
	out := map[string]synset{}
	err := readLines(path, func(line string) {
		f := strings.Fields(line)
		// offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] ...
		if len(f) < 4 {
			return
		}
		lexFile, _ := strconv.Atoi(f[1])
		words, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return
		}
		k := 4 + 2*int(words)
		if k >= len(f) {
			return
		}
		pointers, _ := strconv.Atoi(f[k])
		s := synset{lexFile: lexFile, satellite: f[2] == "s"}
		for i := 0; i < int(words); i++ {
			w := f[4+2*i]
			s.words = append(s.words, strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "(p)"), "(a)"), "(ip)")))
			if bare, ok := strings.CutSuffix(w, "(p)"); ok {
				w = bare
				s.predicative = append(s.predicative, strings.ToLower(w))
			}
			if w != strings.ToLower(w) && w != strings.ToUpper(w) { // "Moor"; not "AI", which text writes in capitals too
				s.capitalised = append(s.capitalised, strings.ToLower(w))
			}
		}
		for i := 0; i < pointers && k+1+4*i+3 < len(f); i++ {
			sym, target := f[k+1+4*i], f[k+2+4*i]
			if sym == "@" || sym == "@i" {
				s.hypernyms = append(s.hypernyms, target)
			}
			if sym == "@i" {
				s.instance = true
			}
		}
		// A verb's frames follow its pointers: their count, then "+",
		// the frame's number and the word's (hexadecimal, 00 for all).
		if at := k + 1 + 4*pointers; f[2] == "v" && at < len(f) {
			frames, _ := strconv.Atoi(f[at])
			for i := 0; i < frames && at+3+3*i < len(f); i++ {
				frame, _ := strconv.Atoi(f[at+2+3*i])
				word, _ := strconv.ParseInt(f[at+3+3*i], 16, 32)
				if objectFrame[frame] {
					s.objectFrames = append(s.objectFrames, int(word))
				}
			}
		}
		out[f[0]] = s
	})
	return out, err
}

// closureMembers returns the synsets that have one of roots among their
// hypernyms, at any distance, or are one.
func closureMembers(synsets map[string]synset, roots []string) map[string]bool {
	isRoot := map[string]bool{}
	for _, r := range roots {
		isRoot[r] = true
	}
	memo := map[string]bool{}
	var under func(off string, depth int) bool
	under = func(off string, depth int) bool {
		if v, ok := memo[off]; ok {
			return v
		}
		if isRoot[off] {
			return true
		}
		if depth > 64 {
			return false
		}
		v := false
		for _, h := range synsets[off].hypernyms {
			if under(h, depth+1) {
				v = true
				break
			}
		}
		memo[off] = v
		return v
	}
	out := map[string]bool{}
	for off := range synsets {
		if under(off, 0) {
			out[off] = true
		}
	}
	return out
}

type countKey struct {
	lemma string
	pos   byte
}

// readCounts sums cntlist.rev's tagged counts by lemma and part of speech
// (adjective satellites count as adjectives).
func readCounts(path string) (map[countKey]int, map[countKey]map[int]int, error) {
	out := map[countKey]int{}
	bySense := map[countKey]map[int]int{}
	err := readLines(path, func(line string) {
		f := strings.Fields(line) // sense_key sense_number tag_cnt
		if len(f) != 3 {
			return
		}
		word, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" {
			return
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return
		}
		pos := map[byte]byte{'1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a'}[rest[0]]
		if pos == 0 {
			return
		}
		key := countKey{strings.ToLower(word), pos}
		out[key] += n
		if sense, err := strconv.Atoi(f[1]); err == nil {
			if bySense[key] == nil {
				bySense[key] = map[int]int{}
			}
			bySense[key][sense] += n
		}
	})
	return out, bySense, err
}

// readLines calls fn with each line of a file that is not part of the
// licence header (which starts with two spaces).
func readLines(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("wordnet: %w", err)
	}
	defer func() { _ = f.Close() }() // read only
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue
		}
		fn(line)
	}
	return sc.Err()
}
