package detect

import (
	"bytes"
	"path/filepath"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// Prefilter decides, from a file's bytes alone, whether detection could
// find anything in the file: a statement, or a heading, title or file name
// that declares one. A file in which it finds nothing need not be parsed.
//
// It looks for the words detection matches (PrefilterCues), in one pass
// over the bytes that allocates nothing: whole words, in any case, accents
// ignored and invisible characters read through, as detection reads them.
// A word that detection does not look for on its own counts only where
// detection reads text whatever it holds: in a heading, in front matter, or
// in a paragraph that holds a word of the cue set (see read). A file named
// after a kind always passes.
//
// It errs only towards passing a file. Markup can join letters the bytes
// keep apart ("Vi*sion*", "Vi&#115;ion"), so the start of a cue word that
// runs into markup counts too where detection reads text, as does a
// character reference that may spell a cue word's first letter; in front
// matter, so do escapes that spell a letter and line continuations.
type Prefilter struct {
	lex       *lexicon.Lexicons
	gate      *CueSet           // the words without which detection reads no block
	always    bool              // an alias has no letters: every file passes
	words     map[string]cueUse // folded cue words
	prefixes  map[string]bool   // their folded proper prefixes
	starts    cueStarts         // the first three letters of the ASCII cue words
	minLen    int               // the shortest cue word, in bytes
	maxLen    int               // the longest
	named     bool              // a cue word starts with a letter outside ASCII, which a named reference may spell
	fileWords map[string]bool   // the words of the names of files named after a kind
}

// cueUse says when a cue word counts.
type cueUse uint8

const (
	cueAlways    cueUse = iota + 1 // wherever it stands
	cueBeforeTo                    // only when "to" may follow
	cueBeforeOf                    // only when "of" may follow
	cueWhereRead                   // only where detection reads text (Prefilter.read)
)

// PrefilterCues are the words the prefilter looks for, from the lists
// detection matches: each heading and statement-cue phrase is stood for by
// one of its words (every word of a phrase must be there for it to match;
// see standIn), then the words statementCue looks for, the kinds' front
// matter fields and the bare "Why" heading. Every statement, declaration,
// label, title and front matter field that detection takes holds one of
// them as a whole word (of Words, or of BeforeTo with "to" next).
type PrefilterCues struct {
	// Words are folded words any of which may announce a statement.
	Words []string
	// BeforeTo are words that announce one only before "to" ("We exist
	// to …", "Acme exists to …") or "so" ("… exists so that …"): on their
	// own they are everyday words.
	BeforeTo []string
	// BeforeOf are words that announce one only before "of" ("The purposes
	// of the CIO are to …"); "for the following purposes" announces none.
	BeforeOf []string
	// Always is set when no word can stand for an alias (one with no
	// letters, such as "2030"): then any file may hold a statement.
	Always bool

	gate *CueSet
}

// whatAimedAt are the headings "what", "we" and a verb of working for
// name as a vision, by the words they end on (see aimedAt).
var whatAimedAt = []string{"what toward", "what towards"}

// beforeTo are the sentence cue words statementCue accepts only when the
// next word is "to" (or "so", for "exists so that").
var beforeTo = map[string]bool{"exist": true, "exists": true}

// beforeOf are the sentence cue words statementCue accepts only when the
// next word is "of".
var beforeOf = map[string]bool{"purposes": true}

// prefilterCues returns the prefilter cues of the lexicons lex (with the
// heading aliases a configuration added).
func prefilterCues(lex *lexicon.Lexicons) PrefilterCues {
	v := vocabularyFor(lex)
	var phrases [][]string
	add := func(phrase string) {
		phrases = append(phrases, strings.FieldsFunc(fold(strings.ToLower(phrase)), func(r rune) bool { return !unicode.IsLetter(r) }))
	}
	add(bareWhy)
	for _, w := range whatAimedAt {
		add(w) // "What we're building toward": a heading futureWorkedFor takes
	}
	for _, kind := range Kinds {
		for _, f := range fieldNames(kind) {
			add(f)
		}
	}
	for _, set := range []*lexicon.Set{v.visions, v.missions, v.cueVision, v.cueMission, v.futureHeads} {
		for _, e := range set.Entries() {
			add(e)
		}
	}
	cue := map[string]bool{}
	cues := PrefilterCues{gate: v.cues}
	for _, w := range sentenceCueWords {
		if !beforeTo[w] && !beforeOf[w] {
			cues.Words = append(cues.Words, w)
			cue[w] = true
		}
	}
	// A phrase is covered when one of its words is a cue already; single
	// words first, so that "why we exist" is covered by "why".
	for _, single := range []bool{true, false} {
		for _, words := range phrases {
			if (len(words) == 1) != single || anyOf(words, cue) {
				continue
			}
			if len(words) == 0 {
				return PrefilterCues{Always: true, gate: v.cues}
			}
			w := standIn(words, v.cues)
			cues.Words = append(cues.Words, w)
			cue[w] = true
		}
	}
	for _, w := range sentenceCueWords {
		if beforeTo[w] && !cue[w] {
			cues.BeforeTo = append(cues.BeforeTo, w)
		}
		if beforeOf[w] && !cue[w] {
			cues.BeforeOf = append(cues.BeforeOf, w)
		}
	}
	return cues
}

// standIn picks the word that stands for a phrase: the longest of those
// outside the cue set, or else the longest. Detection reads no block for a
// word outside the cue set, so such a word needs looking for only where
// detection reads text whatever it holds (headings, front matter) or in a
// block that holds a cue word; the prefilter can then pass over more.
func standIn(words []string, gate *CueSet) string {
	best, outside := "", false
	for _, w := range words {
		out := !gate.ContainsString(w)
		if out && !outside || out == outside && len(w) > len(best) {
			best, outside = w, out
		}
	}
	return best
}

// Gated reports whether a word of Words announces a statement only where
// detection reads text whatever it holds, or in a block that holds one of
// the cue set's words: whether it is outside the cue set.
func (c PrefilterCues) Gated(w string) bool { return !c.gate.ContainsString(w) }

func anyOf(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

var prefilters sync.Map // *lexicon.Lexicons → *Prefilter

// PrefilterFor returns the prefilter for the lexicons lex, built once per
// collection of lexicons.
func PrefilterFor(lex *lexicon.Lexicons) *Prefilter {
	if p, ok := prefilters.Load(lex); ok {
		return p.(*Prefilter)
	}
	cues := prefilterCues(lex)
	p := &Prefilter{lex: lex, gate: cues.gate, always: cues.Always, words: map[string]cueUse{}, prefixes: map[string]bool{}, minLen: 1 << 30}
	add := func(w string, use cueUse) {
		if w == "" || p.words[w] == cueAlways {
			return
		}
		p.words[w] = use
		p.minLen, p.maxLen = min(p.minLen, len(w)), max(p.maxLen, len(w))
		for i := 1; i < len(w); i++ {
			if utf8.RuneStart(w[i]) {
				p.prefixes[w[:i]] = true
			}
		}
		if len(w) >= 3 && isASCIILetter(w[0]) && isASCIILetter(w[1]) && isASCIILetter(w[2]) {
			p.starts.add(w)
		}
		if w[0] >= utf8.RuneSelf {
			p.named = true
		}
	}
	for _, w := range cues.Words {
		if cues.Gated(w) {
			add(w, cueWhereRead)
		} else {
			add(w, cueAlways)
		}
	}
	for _, w := range cues.BeforeTo {
		add(w, cueBeforeTo)
	}
	for _, w := range cues.BeforeOf {
		add(w, cueBeforeOf)
	}
	if p.maxLen > maxCueWord {
		p.always = true
	}
	v := vocabularyFor(lex)
	p.fileWords = map[string]bool{}
	for _, set := range []*lexicon.Set{v.fileVision, v.fileMission} {
		for _, e := range set.Entries() {
			for _, w := range strings.FieldsFunc(e, func(r rune) bool { return !unicode.IsLetter(r) }) {
				p.fileWords[w] = true
			}
		}
	}
	actual, _ := prefilters.LoadOrStore(lex, p)
	return actual.(*Prefilter)
}

// MayHold reports whether detection could find anything in the file named
// path, with bytes src.
func (p *Prefilter) MayHold(path string, src []byte) bool {
	if p.always {
		return true
	}
	if p.nameMayDeclare(path) {
		if _, ok := KindOfFile(path, p.lex); ok {
			return true
		}
	}
	return p.scan(src)
}

// nameMayDeclare reports whether a word of the file's name is a word of
// the file-vision and file-mission lists, as KindOfFile needs: most names
// have none, and are turned away without allocating.
func (p *Prefilter) nameMayDeclare(path string) bool {
	var name [255]byte
	base := filepath.Base(path)
	if len(base) > len(name) {
		return true
	}
	src := name[:copy(name[:], base)]
	for i := 0; i < len(src); {
		var buf foldBuffer
		folded, end, ok := buf.word(src, i)
		if end == i {
			_, size := utf8.DecodeRune(src[i:])
			i += size
			continue
		}
		if ok && p.fileWords[string(folded)] {
			return true
		}
		i = end
	}
	return false
}

// scan reads src once, looking for a cue.
func (p *Prefilter) scan(src []byte) bool {
	var read readState
	for i := 0; i < len(src); {
		switch scanClass[src[i]] {
		case scanOther:
			i++
			continue
		case scanLetter:
			// The common case, kept free of calls: an ASCII word that no
			// cue word starts like, followed by a byte that joins nothing.
			start := i
			for i++; i < len(src) && scanClass[src[i]] == scanLetter; i++ {
			}
			n := i - start
			if (i == len(src) || !mayJoin[src[i]]) && (n < p.minLen || n > p.maxLen || n >= 3 && !p.startsLike(src[start:])) {
				continue
			}
			i = start
		case scanAmp:
			// A character reference at the start of a word may spell the
			// first letter of a cue word (in the middle of one, the letters
			// before it run into the "&").
			if (i == 0 || scanClass[src[i-1]] != scanLetter) && p.referenceMaySpell(src[i:]) && p.read(&read, src, i) {
				return true
			}
			i++
			continue
		case scanBackslash:
			// YAML, TOML and JSON front matter escapes spell letters.
			if escapeSpellsLetter(src[i:]) && read.inFrontMatter(src, i) {
				return true
			}
			i++
			continue
		}
		// A word to look at, or a character outside ASCII.
		var buf foldBuffer
		folded, end, ok := buf.word(src, i)
		if end == i {
			_, size := utf8.DecodeRune(src[i:])
			i += size
			continue
		}
		if ok {
			switch p.word(folded, src, end) {
			case cued:
				return true
			case cuedIfRead:
				if p.read(&read, src, i) {
					return true
				}
			}
		}
		i = end
	}
	return false
}

// startsLike reports whether the ASCII word w (three letters or more)
// starts as a cue word does: cueStarts' test, without the look-ups.
func (p *Prefilter) startsLike(w []byte) bool {
	k := uint(w[0]&31)<<10 | uint(w[1]&31)<<5 | uint(w[2]&31)
	return p.starts[k/64]&(1<<(k%64)) != 0
}

// What a word is to the scan.
const (
	notCued    = iota
	cued       // a cue word where it stands
	cuedIfRead // a cue where detection reads text (Prefilter.read): a word that needs that, or the start of a cue word that runs into markup
)

// word says what the folded word that ends at src[end] is: a cue, the
// start of one that runs into markup (or, in front matter, into a line
// continuation), or neither.
func (p *Prefilter) word(folded, src []byte, end int) int {
	switch p.words[string(folded)] {
	case cueAlways:
		return cued
	case cueBeforeTo:
		if toMayFollow(src[end:]) {
			return cued
		}
	case cueBeforeOf:
		if ofMayFollow(src[end:]) {
			return cued
		}
	case cueWhereRead:
		return cuedIfRead
	}
	if end < len(src) && p.prefixes[string(folded)] && joinsNext(src[end:]) {
		return cuedIfRead
	}
	return notCued
}

// foldBuffer holds a folded word; no cue word is longer.
type foldBuffer [2 * maxCueWord]byte

// word reads the word that starts at src[i] as detection reads words: a run
// of letters, read through invisible format characters and combining marks,
// lower case, accents dropped. It returns the folded word, where the word
// ends (i when no word starts there), and false when the word is too long
// for a cue.
func (b *foldBuffer) word(src []byte, i int) (folded []byte, end int, ok bool) {
	n := 0
	for i < len(src) {
		if c := src[i]; c < utf8.RuneSelf {
			if lowerLetter[c] == 0 {
				break
			}
			if n < len(b) {
				b[n] = lowerLetter[c]
			}
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		switch l := foldRune(r); {
		case l == skipRune:
			if n == 0 {
				return nil, i, false // a word does not start with one
			}
		case l != 0:
			if n < len(b) {
				b[n] = l
			}
			n++
		case unicode.IsLetter(r):
			// A letter that does not fold to ASCII: its base letter, in
			// lower case, as fold reads it.
			if d := norm.NFD.Properties(src[i : i+size]).Decomposition(); len(d) > 0 {
				r, _ = utf8.DecodeRune(d)
			}
			r = unicode.ToLower(r)
			if n+utf8.RuneLen(r) <= len(b) {
				utf8.EncodeRune(b[n:], r)
			}
			n += utf8.RuneLen(r)
		default:
			return b[:min(n, len(b))], i, n <= len(b)
		}
		i += size
	}
	return b[:min(n, len(b))], i, n <= len(b)
}

// readState remembers, for Prefilter.read, the paragraph last checked and
// where the front matter ends.
type readState struct {
	paragraphEnd int  // the end of the paragraph last checked
	gated        bool // whether detection may read it
	frontMatter  int  // where the front matter may end
	known        bool // frontMatter is known
}

// read reports whether detection may read the text at src[i] as it is
// written (Markdown's inline text, not code), which some words need to
// announce a statement and markup needs to join letters: in a heading or in
// front matter, which detection reads whatever they hold, or in a block
// whose bytes hold a word of detection's cue set, as it reads no other
// block. No block reaches beyond the lines around src[i] that no blank line
// separates, so those are checked.
func (p *Prefilter) read(s *readState, src []byte, i int) bool {
	if i >= s.paragraphEnd {
		var start int
		start, s.paragraphEnd = paragraph(src, i)
		s.gated = setextUnderline(src[start:s.paragraphEnd]) || p.gate.Contains(src[start:s.paragraphEnd])
	}
	return s.gated || s.inFrontMatter(src, i) || atxHeading(src, i)
}

// inFrontMatter reports whether src[i] may lie in the front matter.
func (s *readState) inFrontMatter(src []byte, i int) bool {
	if !s.known {
		s.frontMatter, s.known = frontMatterEnd(src), true
	}
	return i < s.frontMatter
}

// frontMatterEnd returns where the front matter that opens src may end: past
// the first line after the opening delimiter that may close it, or the end
// of src when none does; 0 when no front matter opens src.
func frontMatterEnd(src []byte) int {
	start := 0
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		start = 3 // a byte order mark
	}
	line, next := firstLine(src[start:])
	var closer string
	switch string(line) {
	case "---", "---yaml", "---toml", "---json":
		closer = "---"
	case "+++", ";;;":
		closer = string(line)
	case "{":
		closer = "}"
	default:
		return 0
	}
	for next += start; next < len(src); {
		line, n := firstLine(src[next:])
		next += n
		if string(line) == closer || closer == "---" && string(line) == "..." {
			return next
		}
	}
	return len(src)
}

// firstLine returns the first line of src without its line ending and
// trailing blanks, and where the next line starts.
func firstLine(src []byte) (line []byte, next int) {
	end := 0
	for end < len(src) && src[end] != '\n' && src[end] != '\r' {
		end++
	}
	next = end
	if next < len(src) && src[next] == '\r' {
		next++
	}
	if next < len(src) && src[next] == '\n' {
		next++
	}
	line = src[:end]
	for len(line) > 0 && (line[len(line)-1] == ' ' || line[len(line)-1] == '\t') {
		line = line[:len(line)-1]
	}
	return line, next
}

// paragraph returns the bounds of the lines around src[i] that no blank
// line separates: no Markdown block that holds src[i] reaches beyond them.
func paragraph(src []byte, i int) (start, end int) {
	start = lineStart(src, i)
	for start > 0 {
		prev := lineStart(src, start-1)
		if blank(src[prev : start-1]) {
			break
		}
		start = prev
	}
	end = i
	for end < len(src) {
		next := end
		for next < len(src) && src[next] != '\n' {
			next++
		}
		if next < len(src) {
			next++
		}
		if end > i && blank(src[end:next]) {
			break
		}
		end = next
	}
	return start, end
}

// lineStart returns the start of the line that holds src[i]. A carriage
// return alone ends a line too, as CommonMark reads it ("000\r# Vision");
// one before a line feed is part of that line's ending.
func lineStart(src []byte, i int) int {
	for i > 0 {
		if c := src[i-1]; c == '\n' || c == '\r' && (i == len(src) || src[i] != '\n') {
			break
		}
		i--
	}
	return i
}

// blank reports whether a line holds only spaces, tabs and its line ending.
func blank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// atxHeading reports whether the line that holds src[i] may be an ATX
// heading: up to three spaces, then one to six "#" and a space or the end.
// MDX blanks its expressions and tags to spaces before parsing, byte for
// byte, so any three bytes may stand before the marks ("{}## Vision", or
// "}## Vision" where an expression from the line above ends), and an
// expression or a tag may follow them ("#{}!Vision"). Taking a line so in
// Markdown too only reads a file that needed no reading.
func atxHeading(src []byte, i int) bool {
	return markRun(src[lineStart(src, i):], '#', func(n int, rest []byte) bool {
		return n >= 1 && n <= 6 && (len(rest) == 0 || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n' || rest[0] == '\r' || blankedInMDX(rest))
	})
}

// markRun reports whether a run of the mark c, after what may be
// indentation once MDX is blanked (up to three bytes of any kind but a line
// end, a mark among them: "{#}# Vision"), is as ok asks of its length and
// of the bytes after it. Every start within those three bytes is tried.
func markRun(line []byte, c byte, ok func(n int, rest []byte) bool) bool {
	for start := 0; start <= 3 && start <= len(line); start++ {
		if start > 0 && (line[start-1] == '\n' || line[start-1] == '\r') {
			break
		}
		k := start
		for k < len(line) && line[k] == c {
			k++
		}
		if ok(k-start, line[k:]) {
			return true
		}
	}
	return false
}

// blankedInMDX reports whether rest starts with what MDX may blank to
// spaces: an expression or a tag.
func blankedInMDX(rest []byte) bool {
	return len(rest) > 0 && (rest[0] == '{' || rest[0] == '<')
}

// setextUnderline reports whether a line of the paragraph may underline a
// setext heading: up to three spaces, then only "=" or only "-". As for
// atxHeading, MDX may blank bytes before the run and after it.
func setextUnderline(para []byte) bool {
	for len(para) > 0 {
		end := 0
		for end < len(para) && para[end] != '\n' && para[end] != '\r' {
			end++ // a carriage return alone ends a line too ("WhY \r=")
		}
		line := para[:end]
		for _, c := range [...]byte{'=', '-'} {
			if markRun(line, c, func(n int, rest []byte) bool {
				rest = bytes.TrimLeft(rest, " \t\r")
				return n > 0 && (len(rest) == 0 || blankedInMDX(rest))
			}) {
				return true
			}
		}
		if end == len(para) {
			break
		}
		para = para[end+1:]
	}
	return false
}

// joinsNext reports whether the text at rest, right after a word, may join
// it to letters after it once markup is gone, as CommonMark reads markup:
// emphasis and strikethrough delimiters, a code span, an HTML tag or
// comment, a link's text, destination or reference, an image, a character
// reference for a letter or an invisible character, an MDX expression; and,
// in front matter, a backslash before a line break.
func joinsNext(rest []byte) bool { return joinsWithin(rest, 4) }

func joinsWithin(rest []byte, depth int) bool {
	if depth == 0 {
		return true
	}
	// goesOn reports whether letters, or more markup, follow at rest[k].
	goesOn := func(k int) bool {
		if k >= len(rest) {
			return false
		}
		if c := rest[k]; c < utf8.RuneSelf {
			return isASCIILetter(c) || joinsASCII[c] && joinsWithin(rest[k:], depth-1)
		}
		r, _ := utf8.DecodeRune(rest[k:])
		return unicode.IsLetter(r) || foldRune(r) == skipRune
	}
	// anyGoesOn reports whether any stop byte in the block is followed by
	// letters: where markup that runs to one of them may end.
	anyGoesOn := func(stop byte) bool {
		for k := 1; k < len(rest); k++ {
			switch {
			case rest[k] == stop && goesOn(k+1):
				return true
			case rest[k] == '\n' && blankLineAt(rest, k+1):
				return false
			}
		}
		return false
	}
	run := 1
	for run < len(rest) && rest[run] == rest[0] {
		run++
	}
	switch rest[0] {
	case '\\':
		return len(rest) > 1 && (rest[1] == '\n' || rest[1] == '\r') // a line continuation in front matter
	case '*', '~':
		return goesOn(run)
	case '_':
		// Between two letters "_" is no delimiter: the word runs on as written.
		return run < len(rest) && !isASCIILetter(rest[run]) && goesOn(run)
	case '`':
		end := codeSpanEnd(rest, run, run)
		return end > 0 && goesOn(end) // a backtick with no closer stays as written
	case '<':
		if bytes.HasPrefix(rest, []byte("<!--")) {
			end := bytes.Index(rest, []byte("-->"))
			return end > 0 && goesOn(end+3)
		}
		return anyGoesOn('>')
	case '{':
		return anyGoesOn('}') // an MDX expression
	case '[':
		return goesOn(1)
	case ']':
		return goesOn(1) || len(rest) > 1 && (rest[1] == '(' && anyGoesOn(')') || rest[1] == '[' && anyGoesOn(']'))
	case '!':
		return len(rest) > 1 && rest[1] == '[' && (anyGoesOn(')') || anyGoesOn(']'))
	case '&':
		return referenceMayJoin(rest)
	}
	return false
}

// referenceMayJoin reports whether the character reference at the start of
// s may stand for a letter or an invisible character: anything but one of
// the visible signs documents write as references.
func referenceMayJoin(s []byte) bool {
	if r, ok := numericReference(s); ok {
		return unicode.IsLetter(r) || foldRune(r) == skipRune
	}
	i := 1
	for i < len(s) && i <= 32 && (isASCIILetter(s[i]) || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	return i > 1 && i < len(s) && s[i] == ';' && !visibleSignReferences[string(s[1:i])]
}

// numericReference decodes the numeric character reference at the start
// of s ("&#118;", "&#x76;").
func numericReference(s []byte) (rune, bool) {
	if len(s) < 4 || s[1] != '#' {
		return 0, false
	}
	base, i := 10, 2
	if s[i] == 'x' || s[i] == 'X' {
		base, i = 16, 3
	}
	r, digits := 0, 0
	for ; i < len(s) && digits < 8; i, digits = i+1, digits+1 {
		d := hexValue(s[i])
		if d < 0 || d >= base {
			break
		}
		r = r*base + d
	}
	return rune(r), digits > 0 && i < len(s) && s[i] == ';'
}

var joinsASCII = func() (t [utf8.RuneSelf]bool) {
	for _, c := range []byte("*_~`<[]!&{") {
		t[c] = true
	}
	return t
}()

// mayJoin are the bytes after an ASCII word that need a look: markup, a
// backslash, and any byte of a character outside ASCII (the word may go on).
var mayJoin = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || c == '\\' || c < utf8.RuneSelf && joinsASCII[c]
	}
	return t
}()

// Byte classes for the scan.
const (
	scanOther     = iota // nothing to look at
	scanLetter           // an ASCII letter
	scanHigh             // a byte of a character outside ASCII
	scanAmp              // "&": a character reference may spell a letter
	scanBackslash        // "\": a front matter escape may spell one
)

var scanClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = scanLetter, scanLetter
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = scanHigh
	}
	t['&'], t['\\'] = scanAmp, scanBackslash
	return t
}()

// toMayFollow reports whether the next word of rest, in the same block, may
// read "to". The parser's words skip space and punctuation; markup may
// vanish (a code span, an HTML tag, a link's destination, an image, a
// reference) or stay as written, so both readings are followed, up to a
// few branches; beyond them, or at an invisible character, it may.
func toMayFollow(rest []byte) bool { return mayFollowWithin(rest, 8, nextWordMayReadTo) }

// ofMayFollow reports, as toMayFollow does, whether the next word may read
// "of".
func ofMayFollow(rest []byte) bool { return mayFollowWithin(rest, 8, nextWordMayReadOf) }

// mayFollowWithin reports whether the next word after rest's markup may
// be one that next accepts, following at most branches readings of the
// markup.
func mayFollowWithin(rest []byte, branches int, next func([]byte) bool) bool {
	// skipTo follows the reading in which the markup up to the first stop
	// byte vanishes.
	skipTo := func(from int, stop byte) bool {
		if branches == 0 {
			return true
		}
		branches--
		for k := from; k < len(rest); k++ {
			switch {
			case rest[k] == stop:
				return mayFollowWithin(rest[k+1:], branches, next)
			case rest[k] == '\n' && blankLineAt(rest, k+1):
				return false
			}
		}
		return false
	}
	i := 0
	for i < len(rest) {
		c := rest[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(rest[i:])
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				return next(rest[i:])
			case foldRune(r) == skipRune:
				return true
			}
			i += size
			continue
		}
		switch {
		case isASCIILetter(c) || c >= '0' && c <= '9':
			return next(rest[i:])
		case c == '\n' && blankLineAt(rest, i+1):
			return false // the block ends
		case c == '`':
			n := 1
			for i+n < len(rest) && rest[i+n] == '`' {
				n++
			}
			if closer := codeSpanEnd(rest, i+n, n); closer > 0 {
				if branches == 0 {
					return true
				}
				branches--
				if mayFollowWithin(rest[closer:], branches, next) {
					return true
				}
			}
			i += n
			continue
		case c == '<' && skipTo(i+1, '>'),
			c == '{' && skipTo(i+1, '}'),
			c == '&' && skipTo(i+1, ';'),
			c == ']' && i+1 < len(rest) && rest[i+1] == '(' && skipTo(i+2, ')'),
			c == ']' && i+1 < len(rest) && rest[i+1] == '[' && skipTo(i+2, ']'),
			c == '!' && i+1 < len(rest) && rest[i+1] == '[' && skipTo(i+2, ']'):
			return true
		}
		i++
	}
	return false
}

// codeSpanEnd returns where the code span whose opening run of n backticks
// ends at src[from] ends: past the next run of exactly n backticks in the
// block, or 0 when there is none.
func codeSpanEnd(src []byte, from, n int) int {
	for k := from; k < len(src); {
		switch {
		case src[k] == '\n' && blankLineAt(src, k+1):
			return 0
		case src[k] == '`':
			m := 1
			for k+m < len(src) && src[k+m] == '`' {
				m++
			}
			if m == n {
				return k + m
			}
			k += m
		default:
			k++
		}
	}
	return 0
}

// blankLineAt reports whether the line that starts at src[i] is blank (or
// the text ends there).
func blankLineAt(src []byte, i int) bool {
	for ; i < len(src) && src[i] != '\n'; i++ {
		if src[i] != ' ' && src[i] != '\t' && src[i] != '\r' {
			return false
		}
	}
	return true
}

// nextWordMayReadTo reports whether the word at the start of rest reads
// "to", or "t" (which markup may join to an "o"); or "so", or "s", since
// "exists so that …" announces a mission as "exists to …" does.
func nextWordMayReadTo(rest []byte) bool {
	var buf foldBuffer
	next, _, ok := buf.word(rest, 0)
	return ok && (string(next) == "t" || string(next) == "to" || string(next) == "s" || string(next) == "so")
}

// nextWordMayReadOf reports whether the word at the start of rest may
// read "of", whole or cut by markup ("o").
func nextWordMayReadOf(rest []byte) bool {
	var buf foldBuffer
	next, _, ok := buf.word(rest, 0)
	return ok && (string(next) == "o" || string(next) == "of")
}

// referenceMaySpell reports whether the HTML character reference at the
// start of s ("&#118;", "&#x76;", "&ecirc;") may spell the first letter of
// a cue word. A named reference never spells an ASCII letter, so it counts
// only when a cue word starts with another letter.
func (p *Prefilter) referenceMaySpell(s []byte) bool {
	if r, ok := numericReference(s); ok {
		if !unicode.IsLetter(r) {
			return false
		}
		var e [utf8.UTFMax]byte
		var buf foldBuffer
		first, _, ok := buf.word(e[:utf8.EncodeRune(e[:], r)], 0)
		return ok && (p.prefixes[string(first)] || p.words[string(first)] != 0)
	}
	if !p.named || len(s) < 3 || s[1] == '#' {
		return false
	}
	return referenceMayJoin(s)
}

// visibleSignReferences are named references that stand for a visible sign
// other than a letter, the ones documents use.
var visibleSignReferences = map[string]bool{
	"amp": true, "lt": true, "gt": true, "quot": true, "apos": true, "nbsp": true, "copy": true, "reg": true,
	"trade": true, "hellip": true, "mdash": true, "ndash": true, "lsquo": true, "rsquo": true, "ldquo": true,
	"rdquo": true, "laquo": true, "raquo": true, "bull": true, "middot": true, "times": true, "divide": true,
	"deg": true, "plusmn": true, "para": true, "sect": true, "ensp": true, "emsp": true, "thinsp": true,
	"larr": true, "rarr": true, "uarr": true, "darr": true, "harr": true, "check": true, "cross": true,
	"star": true, "hearts": true,
}

// escapeSpellsLetter reports whether the escape at the start of s ("\u0076",
// "\U00000076", "\x76", as YAML, TOML and JSON front matter write them)
// stands for a letter.
func escapeSpellsLetter(s []byte) bool {
	if len(s) < 2 {
		return false
	}
	digits := 0
	switch s[1] {
	case 'x':
		digits = 2
	case 'u':
		digits = 4
	case 'U':
		digits = 8
	}
	if digits == 0 || len(s) < 2+digits {
		return false
	}
	r := 0
	for _, c := range s[2 : 2+digits] {
		d := hexValue(c)
		if d < 0 {
			return false
		}
		r = r*16 + d
	}
	return unicode.IsLetter(rune(r))
}

func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
