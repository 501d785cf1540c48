package lint

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"github.com/pelletier/go-toml/v2/unstable"
	"go.yaml.in/yaml/v3"
)

// frontMatterBlock is front matter as github.com/adrg/frontmatter detected it:
// its format and its raw content between the delimiters.
type frontMatterBlock struct {
	format     string
	data       []byte
	withDelims bool // data includes the delimiters (a bare JSON object)
}

func captureAs(format string, withDelims bool) frontmatter.UnmarshalFunc {
	return func(data []byte, v any) error {
		c := v.(*frontMatterBlock)
		c.format, c.data, c.withDelims = format, data, withDelims
		return nil
	}
}

// frontMatterFormats are the formats vmlint recognises. They capture the raw
// block, so that vmlint decodes it itself and knows where every value is.
var frontMatterFormats = []*frontmatter.Format{
	{Start: "---", End: "---", Unmarshal: captureAs("yaml", false)},
	{Start: "---yaml", End: "---", Unmarshal: captureAs("yaml", false)},
	{Start: "+++", End: "+++", Unmarshal: captureAs("toml", false)},
	{Start: "---toml", End: "---", Unmarshal: captureAs("toml", false)},
	{Start: ";;;", End: ";;;", Unmarshal: captureAs("json", false)},
	{Start: "---json", End: "---", Unmarshal: captureAs("json", false)},
	{Start: "{", End: "}", Unmarshal: captureAs("json", true), UnmarshalDelims: true, RequiresNewLine: true},
}

// yamlDotsFormats are frontMatterFormats for YAML front matter that ends
// with YAML's document end marker, "...", as Pandoc reads it.
var yamlDotsFormats = func() []*frontmatter.Format {
	formats := make([]*frontmatter.Format, len(frontMatterFormats))
	for i, f := range frontMatterFormats {
		formats[i] = f
		if f.Start == "---" || f.Start == "---yaml" {
			dots := *f
			dots.End = "..."
			formats[i] = &dots
		}
	}
	return formats
}()

// parseFrontMatter splits the front matter from the body of src, which starts
// at byte offset start (after a byte order mark). It returns the decoded front
// matter (nil when there is none), the offset where the body starts, and an
// error positioned at the fault when the front matter cannot be decoded; the
// body offset is right even then, so the body can still be linted.
func parseFrontMatter(path string, src []byte, start int, li lineIndex) (*FrontMatter, int, error) {
	block, text, bodyStart, err := splitFrontMatter(src, start)
	if err != nil {
		// Only a read error gets here: the capture functions never fail.
		return nil, start, &FileError{Path: path, Msg: "front matter: " + err.Error()}
	}
	if block.format == "" {
		return nil, start, nil
	}
	dataStart := frontMatterDataStart(text, start, block.withDelims)
	if dataStart+len(block.data) > len(text) || !bytes.Equal(text[dataStart:dataStart+len(block.data)], block.data) {
		return nil, bodyStart, &FileError{Path: path, Pos: li.pos(start), Msg: "front matter: cannot locate its content"}
	}
	fm := &FrontMatter{Format: block.format, Span: li.span(start, trimLineEnd(src, start, bodyStart)), Fields: map[string]Field{}}
	d := fmDecoder{path: path, li: li, base: dataStart, data: block.data, fm: fm}
	switch block.format {
	case "yaml":
		err = d.yaml()
	case "toml":
		err = d.toml()
	default:
		err = d.json()
	}
	return fm, bodyStart, err
}

// endsWithDots reports whether text opens YAML front matter that ends with
// "..." (at the start of a line) before any line that reads "---".
func endsWithDots(text []byte) bool {
	opened := false
	for len(text) > 0 {
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = nil
		}
		trimmed := string(bytes.TrimSpace(line))
		switch {
		case !opened && trimmed == "":
		case !opened:
			if trimmed != "---" && trimmed != "---yaml" {
				return false
			}
			opened = true
		case trimmed == "---":
			return false
		case trimmed == "...":
			// Only a marker at the start of its line ends the document: an
			// indented one belongs to a value, and the reader's "---" rule
			// goes on as before.
			return line[0] == '.'
		}
	}
	return false
}

// splitFrontMatter finds the front matter that opens src[start:]: its
// format and raw content (none when block.format is empty), the text it was
// read from, and the offset where the body starts. Lone carriage returns
// (old Mac files) end lines as line feeds do; the front matter reader
// splits lines at line feeds only, so text has them as line feeds. The
// length stays the same, so every offset holds.
func splitFrontMatter(src []byte, start int) (block frontMatterBlock, text []byte, bodyStart int, err error) {
	text = src
	if !mayOpenFrontMatter(src[start:]) {
		return block, text, start, nil
	}
	if bytes.IndexByte(src, '\r') >= 0 {
		text = append(make([]byte, start, len(src)), normalizeLineEnds(src[start:])...)
	}
	formats := frontMatterFormats
	if endsWithDots(text[start:]) {
		formats = yamlDotsFormats
	}
	// The reader copies every line it reads into a buffer of its own, and
	// on finding front matter reads the whole rest of the text. Front
	// matter is mostly short: first read only the whole lines of the
	// text's head. When they hold the front matter and a line after it,
	// each line was read as it would be in the whole text, so the rest of
	// the text cannot change what was found.
	if head := wholeLines(text[start:], frontMatterHead); len(head) < len(text)-start {
		body, err := frontmatter.Parse(bytes.NewReader(head), &block, formats...)
		if err == nil && block.format != "" && len(body) > 0 {
			return block, text, start + len(head) - len(body), nil
		}
		block = frontMatterBlock{}
	}
	body, err := frontmatter.Parse(bytes.NewReader(text[start:]), &block, formats...)
	if err != nil || block.format == "" {
		return block, text, start, err
	}
	return block, text, len(src) - len(body), nil
}

// frontMatterHead is how many bytes of a text splitFrontMatter reads first.
const frontMatterHead = 2048

// wholeLines returns the longest start of text no longer than n bytes that
// ends with a line feed, or text when there is none.
func wholeLines(text []byte, n int) []byte {
	if len(text) <= n {
		return text
	}
	if i := bytes.LastIndexByte(text[:n], '\n'); i >= 0 {
		return text[:i+1]
	}
	return text
}

// mayOpenFrontMatter reports whether text may open with front matter: the
// front matter reader skips blank lines and compares the first other line,
// trimmed, with each format's opening delimiter, so a text whose first byte
// after ASCII white space is ASCII and opens none of them has none. Most
// files do not, and the reader copies the whole file into a buffer of its
// own to find that out.
func mayOpenFrontMatter(text []byte) bool {
	for _, c := range text {
		switch c {
		case ' ', '\t', '\n', '\r', '\v', '\f':
			continue
		case '-', '+', ';', '{':
			return true
		}
		return c >= utf8.RuneSelf // white space beyond ASCII is trimmed too
	}
	return false
}

// frontMatterDataStart returns the offset of the front matter's content: the
// line after the opening delimiter, which is the first line that is not
// blank, as github.com/adrg/frontmatter detects it (or that line itself for a
// bare JSON object, whose braces are part of the content).
func frontMatterDataStart(src []byte, start int, keepOpening bool) int {
	for i := start; i < len(src); {
		end := bytes.IndexByte(src[i:], '\n')
		next := len(src)
		if end >= 0 {
			next = i + end + 1
		}
		if len(bytes.TrimSpace(src[i:next])) > 0 {
			if keepOpening {
				return i
			}
			return next
		}
		i = next
	}
	return len(src)
}

// trimLineEnd moves end back over the line ending(s) that precede it, but not before start.
func trimLineEnd(src []byte, start, end int) int {
	for end > start && (src[end-1] == '\n' || src[end-1] == '\r') {
		end--
	}
	return end
}

// fmDecoder decodes one front matter block and records its top-level fields.
type fmDecoder struct {
	path string
	li   lineIndex
	base int    // file offset of data[0]
	data []byte // the content between the delimiters
	fm   *FrontMatter
}

// errorAt returns an error at data offset off.
func (d *fmDecoder) errorAt(off int, format string, args ...any) error {
	return &FileError{Path: d.path, Pos: d.li.pos(d.base + off), Msg: "front matter: " + fmt.Sprintf(format, args...)}
}

var yamlErrorLine = lazyRegexp(`^yaml: line (\d+): `)

func (d *fmDecoder) yaml() error {
	var root yaml.Node
	lines := newYAMLLineIndex(d.data) // lines and columns as the YAML parser counts them
	if err := yaml.Unmarshal(d.data, &root); err != nil {
		msg := err.Error()
		if m := yamlErrorLine().FindStringSubmatch(msg); m != nil {
			line, _ := strconv.Atoi(m[1])
			return d.errorAt(lines.offset(line, 1), "invalid YAML: %s", msg[len(m[0]):])
		}
		return d.errorAt(0, "invalid YAML: %s", strings.TrimPrefix(msg, "yaml: "))
	}
	if len(root.Content) == 0 {
		return nil // empty front matter
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		return d.errorAt(lines.offset(top.Line, top.Column), "expected a mapping of fields, found %s", yamlKindName(top))
	}
	d.yamlMapping("", top, len(d.data), lines, 0)
	return nil
}

// maxFieldDepth is how deep front matter mappings are read: a theme's
// "sections: mission: body:" is three keys down.
const maxFieldDepth = 3

// yamlMapping records the scalar fields of mapping m, the top-level one
// by name and nested ones by their path ("about.mission", "mission.text",
// "sections.mission.body"). bound is where m's last value ends at the
// latest: the start of the line of the key after m's own.
func (d *fmDecoder) yamlMapping(prefix string, m *yaml.Node, bound int, lines lineIndex, depth int) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		key, val := m.Content[i], m.Content[i+1]
		next := bound // a value in a block mapping runs to the next field's line
		if i+2 < len(m.Content) {
			next = lines.offset(m.Content[i+2].Line, 1)
		}
		if val.Kind == yaml.MappingNode && depth+1 < maxFieldDepth {
			d.yamlMapping(prefix+key.Value+".", val, next, lines, depth+1)
			continue
		}
		if val.Kind == yaml.SequenceNode && depth+1 < maxFieldDepth {
			d.yamlCards(prefix+key.Value+".", val, next, lines, depth+1)
			continue
		}
		if val.Kind != yaml.ScalarNode {
			continue
		}
		start := skipProperties(d.data, lines.offset(val.Line, val.Column))
		end := next
		kind := rawPlain
		switch {
		case val.Style&yaml.DoubleQuotedStyle != 0:
			start, end = unquote(d.data, start, quotedEnd(d.data, start, '"'), `"`)
			kind = rawQuoted
		case val.Style&yaml.SingleQuotedStyle != 0:
			start, end = unquote(d.data, start, quotedEnd(d.data, start, '\''), "'")
			kind = rawQuoted
		case val.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
			kind = rawBlock
		case m.Style&yaml.FlowStyle != 0:
			// A plain value in a flow mapping ends at the next flow
			// indicator: it cannot hold one.
			end = len(d.data)
			if k := bytes.IndexAny(d.data[start:], ",]}"); k >= 0 {
				end = start + k
			}
		}
		d.addField(prefix+key.Value, val.Value, start, max(start, min(end, len(d.data))), kind)
	}
}

// yamlCards records the fields of a list of titled mappings, as a theme's
// home page lists its cards ("features: [{title: Our vision, details:
// …}]"): each card's fields by the path of its title ("features.Our
// vision.details"), so that a card whose title names a kind is read as a
// nested section is.
func (d *fmDecoder) yamlCards(prefix string, seq *yaml.Node, bound int, lines lineIndex, depth int) {
	for i, item := range seq.Content {
		if item.Kind != yaml.MappingNode {
			continue
		}
		next := bound
		if i+1 < len(seq.Content) {
			next = lines.offset(seq.Content[i+1].Line, 1)
		}
		for k := 0; k+1 < len(item.Content); k += 2 {
			if key, val := item.Content[k], item.Content[k+1]; val.Kind == yaml.ScalarNode && cardTitleKey(key.Value) && !strings.Contains(val.Value, ".") {
				d.yamlMapping(prefix+val.Value+".", item, next, lines, depth)
				break
			}
		}
	}
}

// cardTitleKey reports whether a key titles a card in a list of them.
func cardTitleKey(key string) bool {
	switch strings.ToLower(key) {
	case "title", "heading", "name", "label":
		return true
	}
	return false
}

// skipProperties moves start past a value's anchor ("&name") and tag
// ("!!str"), which the YAML parser places the value at.
func skipProperties(data []byte, start int) int {
	for start < len(data) && (data[start] == '&' || data[start] == '!') {
		for start < len(data) && data[start] != ' ' && data[start] != '\t' && data[start] != '\n' {
			start++
		}
		for start < len(data) && (data[start] == ' ' || data[start] == '\t') {
			start++
		}
	}
	return start
}

// quotedEnd returns the end of the YAML string quoted by q that starts at
// start: after its closing quote (a backslash escapes a double quote; a
// doubled single quote is one), or the end of data.
func quotedEnd(data []byte, start int, q byte) int {
	for i := start + 1; i < len(data); i++ {
		switch {
		case q == '"' && data[i] == '\\':
			i++
		case data[i] == q && q == '\'' && i+1 < len(data) && data[i+1] == '\'':
			i++
		case data[i] == q:
			return i + 1
		}
	}
	return len(data)
}

func yamlKindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return "a single value"
	default:
		return "something else"
	}
}

// rawKind says how the raw text of a value reads.
type rawKind int

const (
	rawPlain  rawKind = iota // unquoted YAML: a comment may follow it
	rawBlock                 // a YAML block scalar: an indicator line ("|", ">"), then the text
	rawQuoted                // the inside of a quoted string
)

// addField records a field whose raw text lies in data[start:end]. It maps
// the value's text onto the raw lines, dropping block indicators,
// indentation, comments and comment lines; when the raw text does not read as
// the decoded value (escapes, folding), the whole value maps onto the raw range.
func (d *fmDecoder) addField(name, value string, start, end int, kind rawKind) {
	type piece struct {
		text []byte
		off  int // file offset of text[0]
	}
	var pieces []piece
	off := d.base + start
	for i, line := range bytes.SplitAfter(d.data[start:end], []byte("\n")) {
		lineOff := off
		off += len(line)
		lead := len(line) - len(bytes.TrimLeft(line, " \t"))
		text := bytes.TrimRight(line[lead:], " \t\r\n")
		lineOff += lead
		switch {
		case len(text) == 0:
			continue
		case i == 0 && kind == rawBlock:
			continue // the "|" or ">" indicator line
		case kind != rawQuoted && text[0] == '#':
			continue // a comment line between fields
		case kind != rawQuoted:
			if h := bytes.Index(text, []byte(" #")); h >= 0 {
				text = bytes.TrimRight(text[:h], " \t")
			}
		}
		pieces = append(pieces, piece{text, lineOff})
	}
	var b proseBuilder
	for _, pc := range pieces {
		b.separate(" ")
		b.verbatim(pc.text, pc.off)
	}
	p := b.prose()
	if collapseSpace(p.Text) != collapseSpace(value) {
		b = proseBuilder{}
		b.replaced(value, d.base+start, d.base+trimLineEnd(d.data, start, end))
		p = b.prose()
	}
	if p.Text == "" {
		p.runs = []proseRun{{src: d.base + start, srcEnd: d.base + start}} // an empty value: a point where it would be
	}
	d.setField(name, p)
}

// unquote returns the range inside the quotes of the string data[start:end]
// when the quote q (one character, or three for TOML's multi-line strings)
// opens and closes it; TOML drops a line break right after three quotes.
func unquote(data []byte, start, end int, q string) (int, int) {
	if end-start < 2*len(q) || string(data[start:start+len(q)]) != q || string(data[end-len(q):end]) != q {
		return start, end
	}
	start, end = start+len(q), end-len(q)
	if len(q) == 3 {
		switch {
		case bytes.HasPrefix(data[start:end], []byte("\n")):
			start++
		case bytes.HasPrefix(data[start:end], []byte("\r\n")):
			start += 2
		}
	}
	return start, end
}

func (d *fmDecoder) setField(name string, p *Prose) {
	f := Field{Value: p.Text, Span: d.li.span(p.SourceStart(0), p.SourceEnd(len(p.Text)))}
	d.fm.Fields[strings.ToLower(name)] = f
	if d.fm.prose == nil {
		d.fm.prose = map[string]*Prose{}
	}
	d.fm.prose[strings.ToLower(name)] = p
}

// toml decodes TOML with github.com/BurntSushi/toml, which reports no
// positions, and finds where each string lies with the parser of
// github.com/pelletier/go-toml/v2, which gives the byte range of every
// value: top-level strings by name, and those in tables or under dotted
// keys by their path ("params.mission" in a Hugo page's "[params]"), as
// deep as YAML's nested fields are read; none in an array of tables. A
// line that reads like a field inside a multi-line string or array
// is no field. (go-toml's own decoder checks for duplicate keys in time that
// grows with the square of a table's keys.)
func (d *fmDecoder) toml() error {
	var fields map[string]any
	if _, err := toml.Decode(string(d.data), &fields); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			// The error's range can start with the blank before the fault.
			start, end := min(max(pe.Position.Start, 0), len(d.data)), pe.Position.Start+pe.Position.Len
			for start+1 < min(end, len(d.data)) && (d.data[start] == ' ' || d.data[start] == '\t') {
				start++
			}
			return d.errorAt(start, "invalid TOML: %s", pe.Message)
		}
		return d.errorAt(0, "invalid TOML: %s", strings.TrimPrefix(err.Error(), "toml: "))
	}
	located := map[string]bool{}
	var p unstable.Parser
	p.Reset(d.data)
	prefix, skip := "", false // the table the fields are in, as "params."
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.ArrayTable:
			skip = true // a list of tables: no one field of it is the page's
			continue
		case unstable.Table:
			parts := tomlKey(e)
			prefix, skip = strings.Join(parts, ".")+".", len(parts) >= maxFieldDepth
			continue
		case unstable.KeyValue:
		default:
			continue
		}
		parts := tomlKey(e)
		value := e.Value()
		if skip || strings.Count(prefix, ".")+len(parts) > maxFieldDepth || value.Kind != unstable.String {
			continue // too deep, or not a string
		}
		name := prefix + strings.Join(parts, ".")
		start, end := int(value.Raw.Offset), int(value.Raw.Offset+value.Raw.Length)
		for _, q := range []string{`"""`, "'''", `"`, "'"} {
			if s, e := unquote(d.data, start, end, q); s != start {
				start, end = s, e
				break
			}
		}
		d.addField(name, string(value.Data), start, end, rawQuoted)
		located[name] = true
	}
	// Should the two readers ever disagree, a string the parser did not
	// reach stands for the whole block.
	for name, v := range fields {
		if s, ok := v.(string); ok && !located[name] {
			d.addField(name, s, 0, len(d.data), rawQuoted)
		}
	}
	return nil
}

// tomlKey returns the parts of a TOML expression's key: "params",
// "mission" for "[params.mission]" or "params.mission = …".
func tomlKey(e *unstable.Node) []string {
	var parts []string
	for it := e.Key(); it.Next(); {
		parts = append(parts, string(it.Node().Data))
	}
	return parts
}

func (d *fmDecoder) json() error {
	dec := json.NewDecoder(bytes.NewReader(d.data))
	syntaxError := func(err error) error {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			// The decoder's offset is where the last good token ended; the
			// fault is at the next byte that is not space or punctuation.
			off := int(dec.InputOffset())
			for off < len(d.data) && strings.IndexByte(" \t\r\n:,", d.data[off]) >= 0 {
				off++
			}
			return d.errorAt(off, "invalid JSON: %s", se.Error())
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return d.errorAt(0, "invalid JSON: unexpected end")
		}
		return d.errorAt(0, "invalid JSON: %v", err)
	}
	tok, err := dec.Token()
	if err != nil {
		return syntaxError(err)
	}
	if tok != json.Delim('{') {
		return d.errorAt(0, "expected an object of fields")
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return syntaxError(err)
		}
		key, _ := tok.(string)
		afterKey := int(dec.InputOffset())
		tok, err = dec.Token()
		if err != nil {
			return syntaxError(err)
		}
		switch v := tok.(type) {
		case json.Delim:
			if err := skipJSON(dec); err != nil {
				return syntaxError(err)
			}
		case string:
			end := int(dec.InputOffset())
			start := afterKey + bytes.IndexByte(d.data[afterKey:end], '"')
			start, end = unquote(d.data, start, end, `"`)
			d.addField(key, v, start, end, rawQuoted)
		}
	}
	if _, err := dec.Token(); err != nil {
		return syntaxError(err)
	}
	end := int(dec.InputOffset())
	if rest := bytes.TrimLeft(d.data[end:], " \t\r\n"); len(rest) > 0 {
		return d.errorAt(len(d.data)-len(rest), "invalid JSON: text after the object")
	}
	return nil
}

// skipJSON consumes the rest of an object or array whose opening delimiter
// has just been read.
func skipJSON(dec *json.Decoder) error {
	for depth := 1; depth > 0; {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
