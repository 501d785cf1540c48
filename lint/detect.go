package lint

import (
	"bytes"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// detect finds the document's statements, in this order of precedence:
// front matter fields, headings (that name a kind or are a statement), a
// front matter title that names a kind, labels, sentences, and last the
// opening text of a file named after a kind. A block serves one statement.
func (p *parseState) detect(root ast.Node) {
	d := &detector{parseState: p, used: map[ast.Node]bool{}, cued: map[ast.Node]bool{}, normText: map[*Statement]string{}, cues: cueWordsFor(p.lex)}
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		d.top = append(d.top, c)
	}
	d.frontMatterFields()
	d.headingSections()
	d.frontMatterTitle()
	d.labels(root)
	d.sentences()
	d.fileStatement()
	sort.SliceStable(p.doc.Statements, func(i, j int) bool {
		return p.doc.Statements[i].Span.Start.Offset < p.doc.Statements[j].Span.Start.Offset
	})
}

type detector struct {
	*parseState
	top       []ast.Node            // the document's top-level blocks
	used      map[ast.Node]bool     // blocks that already serve a statement
	explained map[ast.Node]bool     // top-level blocks under a heading that asks or explains
	cued      map[ast.Node]bool     // blocks whose text holds a cue word
	normText  map[*Statement]string // statements' normalised words, for repeats
	// cuedBlocks lists, in document order, the paragraphs and list items
	// the labels pass found a cue word in.
	cuedBlocks []ast.Node
	cues       *cueSet // the cue words of the lexicons in use
}

func (d *detector) add(kind Kind, form Form, label string, pr *Prose, at Span) {
	if pr != nil {
		pr = unquote(pr)
	}
	s := &Statement{Kind: kind, Form: form, Label: label, Prose: pr, Span: at}
	if pr != nil && pr.Text != "" {
		s.Span = d.proseSpan(pr)
	} else {
		s.Empty = true
		s.Prose = &Prose{}
	}
	d.doc.Statements = append(d.doc.Statements, s)
}

// unquote drops quotation marks that wrap the whole text.
func unquote(pr *Prose) *Prose {
	t := pr.Text
	for _, q := range [][2]string{{"\"", "\""}, {"“", "”"}, {"'", "'"}, {"‘", "’"}, {"„", "“"}} {
		if len(t) > len(q[0])+len(q[1]) && strings.HasPrefix(t, q[0]) && strings.HasSuffix(t, q[1]) &&
			!strings.Contains(t[len(q[0]):len(t)-len(q[1])], q[1]) {
			return trimProse(pr.slice(len(q[0]), len(t)-len(q[1])))
		}
	}
	// A label already took the opening quote: drop a lone closing one.
	for _, q := range []string{"\"", "”"} {
		if strings.HasSuffix(t, q) && strings.Count(t, q) == 1 && !strings.Contains(t, "“") {
			return trimProse(pr.slice(0, len(t)-len(q)))
		}
	}
	return pr
}

func (d *detector) has(kind Kind) bool {
	for _, s := range d.doc.Statements {
		if s.Kind == kind && !s.Empty {
			return true
		}
	}
	return false
}

// frontMatterFields turns "vision:" and "mission:" fields into statements.
func (d *detector) frontMatterFields() {
	fm := d.doc.FrontMatter
	if fm == nil {
		return
	}
	for _, kind := range Kinds {
		for _, key := range []string{string(kind), string(kind) + "_statement", string(kind) + "-statement", string(kind) + "Statement"} {
			if pr, ok := fm.prose[strings.ToLower(key)]; ok {
				d.add(kind, FormFrontMatter, key, pr, fm.Fields[strings.ToLower(key)].Span)
				break
			}
		}
	}
}

// headingSections handles every top-level heading: one that is a statement
// becomes one; one that names a single kind gives the first fitting block of
// its section, unless the section holds headings of its own that name kinds
// (then it is only a container, as "## Vision & Mission" is).
func (d *detector) headingSections() {
	d.explained = map[ast.Node]bool{}
	infos := make([]headingInfo, len(d.top))
	cues := d.cues
	for i, n := range d.top {
		if h, ok := n.(*ast.Heading); ok {
			text := d.headings[h].Prose.Text
			if cueIn(cues, text) || mayExplain(text, cues) {
				infos[i] = classifyHeading(text, h.Level == 1, d.lex)
			}
		}
	}
	for i, n := range d.top {
		h, ok := n.(*ast.Heading)
		if !ok {
			continue
		}
		info, heading := infos[i], d.headings[h]
		end := d.sectionEnd(i)
		switch info.class {
		case headingExplains:
			for k := i + 1; k < end; k++ {
				d.explained[d.top[k]] = true
			}
		case headingStatement:
			pr := heading.Prose.slice(info.body, len(heading.Prose.Text))
			d.add(info.kinds[0], FormTitle, "", trimProse(pr), heading.Span)
			d.used[n] = true
		case headingNames:
			for _, k := range info.kinds {
				d.doc.Declares = append(d.doc.Declares, Declaration{Kind: k, By: "heading", Span: heading.Span})
			}
			if len(info.kinds) != 1 || d.isContainer(infos, i, end) {
				continue
			}
			kind := info.kinds[0]
			blocks := d.sectionBlocks(infos, i, end)
			if len(blocks) == 0 {
				if d.sectionIsBare(i, end) {
					d.add(kind, FormHeading, heading.Prose.Text, nil, heading.Span)
				}
				continue
			}
			d.addBlock(kind, FormHeading, heading.Prose.Text, d.preferCue(kind, blocks))
		}
	}
}

// mayExplain reports, by its first word, whether a heading could ask or
// explain ("How to …", "What is …", "Examples"): whether it has a question
// mark or starts with the first word of a heading-explains entry.
func mayExplain(text string, c *cueSet) bool {
	if strings.Contains(text, "?") {
		return true
	}
	i := 0
	for i < len(text) && !isASCIILetter(text[i]) {
		if text[i] >= utf8.RuneSelf {
			return true // let the full look decide
		}
		i++
	}
	j := i
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	return c.explains[strings.ToLower(text[i:j])]
}

// sectionEnd returns the index of the first top-level block after the
// heading at i that is a heading of the same or a higher level.
func (d *detector) sectionEnd(i int) int {
	level := d.top[i].(*ast.Heading).Level
	for k := i + 1; k < len(d.top); k++ {
		if h, ok := d.top[k].(*ast.Heading); ok && h.Level <= level {
			return k
		}
	}
	return len(d.top)
}

// sectionIsBare reports whether the section (i, end) holds no text at all,
// not even text that is not a statement.
func (d *detector) sectionIsBare(i, end int) bool {
	for k := i + 1; k < end; k++ {
		if _, ok := d.top[k].(*ast.Heading); ok {
			continue
		}
		if strings.TrimSpace(d.blockProse(d.top[k]).Text) != "" {
			return false
		}
	}
	return true
}

// isContainer reports whether the heading at i only groups headings that
// name kinds ("# Vision and mission" over "## Vision" and "## Mission"): its
// section holds such a heading and no fitting block before its first
// sub-heading.
func (d *detector) isContainer(infos []headingInfo, i, end int) bool {
	nested := false
	for k := i + 1; k < end; k++ {
		if infos[k].class == headingNames || infos[k].class == headingStatement {
			nested = true
			break
		}
	}
	if !nested {
		return false
	}
	for k := i + 1; k < end; k++ {
		if _, ok := d.top[k].(*ast.Heading); ok {
			break
		}
		if d.fits(d.top[k]) {
			return false
		}
	}
	return true
}

// candidates is how many fitting blocks of a section detection looks at.
const candidates = 4

// sectionBlocks lists the first blocks of the section (i, end) that can
// hold a statement, skipping sub-sections whose headings ask or explain.
func (d *detector) sectionBlocks(infos []headingInfo, i, end int) []ast.Node {
	var blocks []ast.Node
	for k := i + 1; k < end && len(blocks) < candidates; k++ {
		n := d.top[k]
		if _, ok := n.(*ast.Heading); ok {
			if infos[k].class == headingExplains {
				k = d.sectionEnd(k) - 1
			}
			continue
		}
		if d.fits(n) {
			blocks = append(blocks, n)
		}
	}
	return blocks
}

// fitsReach is how much of a block's opening text fits looks at, in
// bytes, and metaReach how much of it a metadata label may take.
const (
	fitsReach = 400
	metaReach = 80
)

// fits reports whether a block can hold a statement: prose that is not
// metadata ("Status: draft") nor about the document ("This page …").
func (d *detector) fits(n ast.Node) bool {
	if d.used[n] {
		return false
	}
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock, *ast.Blockquote, *ast.List, *east.Table:
	default:
		return false
	}
	pr := d.blockProse(n)
	if strings.TrimSpace(pr.Text) == "" {
		return false
	}
	// Metadata shows in the first words; talk about a statement in the
	// opening, and only where a kind is named at all.
	head := pr.Text
	if len(head) > metaReach {
		head = head[:metaReach]
	}
	words, norms := proseTokens(head)
	if len(norms) == 0 {
		return false
	}
	if d.lex.Get("meta-opening").Match(norms, 0) > 0 {
		return false
	}
	if k := d.lex.Get("meta-label").Match(norms, 0); k > 0 && k < len(words) {
		if strings.Contains(head[words[k-1].end:words[k].start], ":") {
			return false
		}
	}
	text := pr.Text
	if len(text) > fitsReach {
		text = text[:fitsReach]
	}
	if !cueIn(d.cues, text) {
		return true
	}
	words, norms = proseTokens(text)
	return !talksAbout(text, words, norms)
}

// talksAbout reports whether text talks about a statement rather than
// stating one: it names one ("our vision", "the mission") without a cue
// that states it ("our vision is to …") or a label ("Vision: …").
func talksAbout(text string, words []textRange, norms []string) bool {
	for i := 1; i < len(norms); i++ {
		switch norms[i] {
		case "vision", "mission", "purpose":
		default:
			continue
		}
		switch owner := norms[i-1]; owner {
		case "our", "the", "this", "its", "their", "that":
		default:
			if !strings.HasSuffix(owner, "'s") {
				continue
			}
		}
		if _, _, ok := statementCue(text, words, norms); ok {
			return false
		}
		if sep, _ := labelSeparator(text, words); sep > 0 && sep <= 3 {
			return false
		}
		return true
	}
	return false
}

// preferCue returns, among the first blocks of a section, the first that
// says what it states ("Our mission is to …", "We aim to …"), or else the
// first block: a section often opens with a premise before the statement.
func (d *detector) preferCue(kind Kind, blocks []ast.Node) ast.Node {
	for k, n := range blocks {
		if k >= candidates {
			break
		}
		if _, ok := n.(*ast.Paragraph); !ok {
			continue
		}
		if !d.mayName(n) && !d.mayAim(n) {
			continue // no cue word: no cue
		}
		text := d.blockProse(n).Text
		words, norms := proseTokens(text)
		if cue, _, ok := statementCue(text, words, norms); ok && cue == kind {
			return n
		}
		if k > 0 && aimCue(norms) {
			return n
		}
	}
	return blocks[0]
}

// mayAim reports whether a paragraph's raw text holds "aim" at all.
func (d *detector) mayAim(n ast.Node) bool {
	lines := n.Lines()
	if lines.Len() == 0 {
		return false
	}
	return containsFold(d.body[lines.At(0).Start:lines.At(lines.Len()-1).Stop], "aim")
}

// containsFold reports whether s holds the lower-case ASCII word w in any case.
func containsFold(s []byte, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// aimCue reports whether the words hold "we aim to" or "aims to".
func aimCue(norms []string) bool {
	for i := 0; i+1 < len(norms); i++ {
		if (norms[i] == "aim" && i > 0 && norms[i-1] == "we" || norms[i] == "aims") && norms[i+1] == "to" {
			return true
		}
	}
	return false
}

// addBlock adds the statement that block n states: its text (less a label
// that names the kind), and for a one-sentence lead-in that ends in a colon,
// the list that follows it.
func (d *detector) addBlock(kind Kind, form Form, label string, n ast.Node) {
	nodes := []ast.Node{n}
	pr := d.blockProse(n)
	if _, ok := n.(*ast.Paragraph); ok && strings.HasSuffix(pr.Text, ":") {
		if list, ok := n.NextSibling().(*ast.List); ok && d.sentenceCount(pr.Text) == 1 {
			nodes = append(nodes, list)
			pr = d.blockProse(nodes...)
		}
	}
	at := d.proseSpan(pr) // where the statement is, should only a label stand there
	if k, after, ok := d.label(pr.Text); ok && k == kind {
		pr = trimProse(pr.slice(after, len(pr.Text)))
	}
	for _, m := range nodes {
		d.markUsed(m)
	}
	d.add(kind, form, label, pr, at)
}

func (d *detector) sentenceCount(text string) int {
	words := splitWords(text)
	return len(splitSentences(text, words, d.lex))
}

func (d *detector) markUsed(n ast.Node) {
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && c.Type() == ast.TypeBlock {
			d.used[c] = true
		}
		return ast.WalkContinue, nil
	})
}

// frontMatterTitle handles a page whose front matter title names one kind
// ("title: Vision"): the text before the body's first heading states it.
func (d *detector) frontMatterTitle() {
	fm := d.doc.FrontMatter
	if fm == nil {
		return
	}
	title, ok := fm.Fields["title"]
	if !ok {
		return
	}
	info := classifyHeading(title.Value, true, d.lex)
	if info.class != headingNames {
		return
	}
	for _, k := range info.kinds {
		d.doc.Declares = append(d.doc.Declares, Declaration{Kind: k, By: "front matter", Span: title.Span})
	}
	if len(info.kinds) != 1 || d.has(info.kinds[0]) {
		return
	}
	for _, n := range d.top {
		if _, ok := n.(*ast.Heading); ok {
			return
		}
		if d.fits(n) {
			d.addBlock(info.kinds[0], FormFrontMatter, "title: "+title.Value, n)
			return
		}
	}
}

// label recognises a label at the start of text ("Vision:", "Our mission —",
// "Example Vision:") and returns its kind and where the text after it starts.
func (d *detector) label(text string) (Kind, int, bool) {
	if len(text) > labelReach {
		text = text[:labelReach] // a label ends within its first words
	}
	if !strings.ContainsAny(text, ":—–") && !strings.Contains(text, " -") {
		return "", 0, false // no separator: the common case, without tokenising
	}
	words, norms := proseTokens(text)
	sep, after := labelSeparator(text, words)
	if sep == 0 {
		return "", 0, false
	}
	k := 0
	if norms[0] == "example" || norms[0] == "sample" || norms[0] == "proposed" || norms[0] == "draft" {
		k = 1
	}
	if sep-k == 1 && norms[k] == "why" {
		return "", 0, false // "Why:" names a mission only as a heading
	}
	kinds, ok := matchKindPhrase(norms[k:sep], false, d.lex)
	if !ok || len(kinds) != 1 {
		return "", 0, false
	}
	return kinds[0], after, true
}

// labelOf returns the label that ends where the text after it starts, less
// its separator and surrounding quotes ("Example Vision" from
// "Example Vision: \"…").
func labelOf(text string, after int) string {
	return strings.TrimRight(text[:after], " \t\n:—–-\"'“‘*_")
}

// labelReach is how far into a block's text a label may end, in bytes.
const labelReach = 160

// labels finds paragraphs and list items that start with a label; the
// statement follows the label, or is the next block when nothing does.
func (d *detector) labels(root ast.Node) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.(type) {
		case *ast.Paragraph, *ast.TextBlock:
		case *ast.Heading, *ast.HTMLBlock, *ast.CodeBlock, *ast.FencedCodeBlock:
			return ast.WalkSkipChildren, nil
		default:
			return ast.WalkContinue, nil
		}
		if d.used[n] || !d.mayName(n) {
			return ast.WalkSkipChildren, nil
		}
		pr := d.blockProse(n)
		kind, after, ok := d.label(pr.Text)
		if !ok {
			return ast.WalkSkipChildren, nil
		}
		labelText := labelOf(pr.Text, after)
		rest := trimProse(pr.slice(after, len(pr.Text)))
		d.used[n] = true
		if strings.Trim(rest.Text, " *_\"'“”") != "" {
			d.add(kind, FormLabel, labelText, rest, Span{})
			return ast.WalkSkipChildren, nil
		}
		next := n.NextSibling()
		if next == nil && n.Parent() != nil && n.Parent().Kind() == ast.KindListItem {
			next = n.Parent().NextSibling()
		}
		if next != nil && d.fits(next) {
			d.addBlock(kind, FormLabel, labelText, next)
			return ast.WalkSkipChildren, nil
		}
		d.add(kind, FormLabel, labelText, nil, d.proseSpan(pr))
		return ast.WalkSkipChildren, nil
	})
}

// sentences finds sentences that say what they state ("Our mission is to
// …") in blocks no other form has taken, outside sections that explain how
// to write statements, and skips repeats of a statement already found. It
// looks only at the blocks the labels pass found a cue word in.
func (d *detector) sentences() {
	for _, n := range d.cuedBlocks {
		if d.used[n] || d.explained[topOf(n)] {
			continue
		}
		pr := d.blockProse(n)
		words := splitWords(pr.Text)
		cues := d.cues
		for _, sentence := range splitSentences(pr.Text, words, d.lex) {
			start, end := sentence[0].start, sentenceEnd(pr.Text, sentence[len(sentence)-1].end)
			text := pr.Text[start:end]
			if !cueIn(cues, text) {
				continue // most sentences of a block hold no cue word
			}
			sw, sn := proseTokens(text)
			kind, from, ok := statementCue(text, sw, sn)
			if !ok || from >= len(sn) || d.repeats(sn[from:]) {
				continue
			}
			d.used[n] = true
			d.add(kind, FormSentence, "", pr.slice(start, end), Span{})
		}
	}
}

// topOf returns the top-level block that holds n.
func topOf(n ast.Node) ast.Node {
	for n.Parent() != nil && n.Parent().Kind() != ast.KindDocument {
		n = n.Parent()
	}
	return n
}

// mayName reports, by a quick look at the block's raw text, whether it
// could hold a label or a statement cue: whether one of the cue words
// appears in it. Most paragraphs of a large docs tree hold none, and are
// passed over without building their prose. The labels pass looks first and
// remembers the blocks that have one, for the sentences pass.
func (d *detector) mayName(n ast.Node) bool {
	if cued, seen := d.cued[n]; seen {
		return cued
	}
	lines := n.Lines()
	if lines == nil || lines.Len() == 0 {
		return false
	}
	start, end := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	cued := cueIn(d.cues, d.body[start:end])
	if cued {
		d.cued[n] = true
		d.cuedBlocks = append(d.cuedBlocks, n)
	}
	return cued
}

// cueSet is the set of lower-case words one of which every label and
// statement cue contains: the sentence cues' words and each word of the
// heading aliases in force (less "our", "the" and the like).
type cueSet struct {
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

var cueSets sync.Map // *lexicon.Lexicons → *cueSet

func cueWordsFor(lex *lexicon.Lexicons) *cueSet {
	if c, ok := cueSets.Load(lex); ok {
		return c.(*cueSet)
	}
	c := &cueSet{words: map[string]bool{}, minLen: 1 << 30, explains: map[string]bool{}}
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
	cueSets.Store(lex, c)
	return c
}

// in reports whether one of the words appears in raw as a whole word (or
// with a plural "s"), in any case. It reads raw once and allocates
// nothing; other bytes than ASCII letters separate words, which is exact
// while every word is ASCII (else the slow look runs).
func cueIn[T string | []byte](c *cueSet, raw T) bool {
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

func (c *cueSet) inSlow(raw string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(raw), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if c.words[w] || c.words[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// repeats reports whether the words (at least four) already stand in a
// statement found before, or hold all of one.
func (d *detector) repeats(norms []string) bool {
	if len(norms) < 4 {
		return false
	}
	phrase := " " + strings.Join(norms, " ") + " "
	for _, s := range d.doc.Statements {
		known, ok := d.normText[s]
		if !ok {
			_, other := proseTokens(s.Text())
			if len(other) >= 4 {
				known = " " + strings.Join(other, " ") + " "
			}
			d.normText[s] = known
		}
		if known != "" && (strings.Contains(known, phrase) || strings.Contains(phrase, known)) {
			return true
		}
	}
	return false
}

// sentenceEnd extends a sentence's last word over the punctuation that ends it.
func sentenceEnd(text string, end int) int {
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if r == '\n' || unicode.IsSpace(r) || !(unicode.IsPunct(r) || r == '…') {
			break
		}
		end += size
	}
	return end
}

// fileKind returns the kind a file name (less its extension) declares, in
// any case: "VISION", "mission", "product-vision", "Our_Mission". It is a
// few comparisons, not a regular expression, as it runs for every file.
func fileKind(name string) (Kind, bool) {
	name = strings.ToLower(name)
	for _, prefix := range []string{"product", "our", "company"} {
		if rest, ok := strings.CutPrefix(name, prefix); ok {
			if rest != "" && strings.IndexByte("-_ ", rest[0]) >= 0 {
				rest = rest[1:]
			}
			name = rest
			break
		}
	}
	switch name {
	case "vision":
		return Vision, true
	case "mission":
		return Mission, true
	}
	return "", false
}

// fileStatement handles a file named after a kind whose statement has no
// heading or label of its own: the first block before any heading below the
// title states it.
func (d *detector) fileStatement() {
	base := filepath.Base(d.doc.Path)
	kind, ok := fileKind(strings.TrimSuffix(base, filepath.Ext(base)))
	if !ok {
		return
	}
	d.doc.Declares = append(d.doc.Declares, Declaration{Kind: kind, By: "file name", Span: d.doc.Span(0, 0)})
	if d.has(kind) {
		return
	}
	for _, n := range d.top {
		if h, ok := n.(*ast.Heading); ok {
			if h.Level > 1 {
				return
			}
			continue
		}
		if d.fits(n) {
			d.addBlock(kind, FormFile, "", n)
			return
		}
	}
}

// slotPattern matches a template slot left in a statement: "[target
// customer]", "<product name>", "{company}". A slot holds 2 to maxSlot
// characters, which placeholders checks: a bounded repeat ({2,41}) would
// make the expression several times slower to compile, on every run.
var slotPattern = lazyRegexp(`\[[a-zA-Z][a-zA-Z ./_-]+\]|<[a-zA-Z][a-zA-Z ]+>|\{\{?[a-zA-Z][a-zA-Z ._-]+\}?\}`)

// maxSlot is the longest slot, in characters between its brackets.
const maxSlot = 41

// slots returns the start and end offsets of the slots in src.
func slots(src []byte) [][]int {
	var out [][]int
	for _, m := range slotPattern().FindAllIndex(src, -1) {
		// No slot can start inside one, so a long one is simply not a slot.
		if len(bytes.Trim(src[m[0]:m[1]], "[]<>{}")) <= maxSlot {
			out = append(out, m)
		}
	}
	return out
}

// htmlTags are inline HTML elements that look like "<slot>" but are markup.
var htmlTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "br": true, "cite": true, "code": true, "em": true, "i": true,
	"kbd": true, "mark": true, "p": true, "q": true, "s": true, "small": true, "span": true,
	"strong": true, "sub": true, "sup": true, "u": true, "div": true, "details": true, "summary": true,
}

// placeholders finds template residue in an analysed statement: slots, lorem ipsum,
// and TODO-like markers (a one-word marker of five letters or fewer counts
// in capitals only, so "a todo app" is not one). Slots are looked for in the
// statement's source, where "<product name>" still stands (Markdown reads it
// as HTML and drops it from the prose).
func placeholders(doc *Document, s *Statement, lex *lexicon.Lexicons) []Span {
	var spans []Span
	base := s.Span.Start.Offset
	src := doc.Source[base:s.Span.End.Offset]
	if !bytes.ContainsAny(src, "[<{") {
		src = nil // no slot can stand here: skip the regular expression
	}
	for _, m := range slots(src) {
		slot := strings.ToLower(string(src[m[0]+1 : m[1]-1]))
		followedByLink := m[1] < len(src) && (src[m[1]] == '(' || src[m[1]] == '[')
		if src[m[0]] == '[' && followedByLink || src[m[0]] == '<' && htmlTags[slot] {
			continue
		}
		spans = append(spans, doc.Span(base+m[0], base+m[1]))
	}
	markers := lex.Get("placeholder")
	for i := 0; i < len(s.norms); i++ {
		n := markers.MatchMasked(s.norms, s.masks, i)
		if n == 0 {
			continue
		}
		first, last := s.words[i], s.words[i+n-1]
		raw := s.Prose.Text[first.start:last.end]
		if n > 1 || len(raw) > 5 || strings.ToUpper(raw) == raw {
			spans = append(spans, Span{Start: first.Span.Start, End: last.Span.End})
			i += n - 1
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start.Offset < spans[j].Start.Offset })
	return spans
}
