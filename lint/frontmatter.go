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

// parseFrontMatter splits the front matter from the body of src, which starts
// at byte offset start (after a byte order mark). It returns the decoded front
// matter (nil when there is none), the offset where the body starts, and an
// error positioned at the fault when the front matter cannot be decoded; the
// body offset is right even then, so the body can still be linted.
func parseFrontMatter(path string, src []byte, start int, li lineIndex) (*FrontMatter, int, error) {
	var block frontMatterBlock
	body, err := frontmatter.Parse(bytes.NewReader(src[start:]), &block, frontMatterFormats...)
	if err != nil {
		// Only a read error gets here: the capture functions never fail.
		return nil, start, &FileError{Path: path, Msg: "front matter: " + err.Error()}
	}
	if block.format == "" {
		return nil, start, nil
	}
	bodyStart := len(src) - len(body)
	dataStart := frontMatterDataStart(src, start, block.withDelims)
	if dataStart+len(block.data) > len(src) || !bytes.Equal(src[dataStart:dataStart+len(block.data)], block.data) {
		return nil, bodyStart, &FileError{Path: path, Pos: li.pos(start), Msg: "front matter: cannot locate its content"}
	}
	fm := &FrontMatter{Format: block.format, Span: li.span(start, trimLineEnd(src, start, bodyStart)), Fields: map[string]Field{}}
	d := fmDecoder{path: path, src: src, li: li, base: dataStart, data: block.data, fm: fm}
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
	src  []byte
	li   lineIndex
	base int    // file offset of data[0]
	data []byte // the content between the delimiters
	fm   *FrontMatter
}

// lineOffset returns the data offset of the start of 1-based line n of data.
func (d *fmDecoder) lineOffset(n int) int {
	off := 0
	for ; n > 1; n-- {
		i := bytes.IndexByte(d.data[off:], '\n')
		if i < 0 {
			return len(d.data)
		}
		off += i + 1
	}
	return off
}

// offsetAt returns the data offset of 1-based line and character column.
func (d *fmDecoder) offsetAt(line, column int) int {
	off := d.lineOffset(line)
	for c := 1; c < column && off < len(d.data) && d.data[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(d.data[off:])
		off += size
	}
	return off
}

func (d *fmDecoder) errorAt(line, column int, format string, args ...any) error {
	pos := d.li.pos(d.base)
	if line > 0 {
		pos = d.li.pos(d.base + d.offsetAt(line, max(column, 1)))
	}
	return &FileError{Path: d.path, Pos: pos, Msg: "front matter: " + fmt.Sprintf(format, args...)}
}

var yamlErrorLine = lazyRegexp(`^yaml: line (\d+): `)

func (d *fmDecoder) yaml() error {
	var root yaml.Node
	if err := yaml.Unmarshal(d.data, &root); err != nil {
		msg := err.Error()
		if m := yamlErrorLine().FindStringSubmatch(msg); m != nil {
			line, _ := strconv.Atoi(m[1])
			return d.errorAt(line, 1, "invalid YAML: %s", msg[len(m[0]):])
		}
		return d.errorAt(0, 0, "invalid YAML: %s", strings.TrimPrefix(msg, "yaml: "))
	}
	if len(root.Content) == 0 {
		return nil // empty front matter
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		return d.errorAt(top.Line, top.Column, "expected a mapping of fields, found %s", yamlKindName(top))
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, val := top.Content[i], top.Content[i+1]
		if val.Kind != yaml.ScalarNode {
			continue
		}
		end := len(d.data)
		if i+2 < len(top.Content) {
			end = d.lineOffset(top.Content[i+2].Line)
		}
		start := d.offsetAt(val.Line, val.Column)
		d.addField(key.Value, val.Value, start, end, val.Style)
	}
	return nil
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

// addField records a field whose raw text lies in data[start:end]. It maps
// the value's text onto the raw lines, dropping quotes, block indicators,
// indentation, comments and comment lines; when the raw text does not read as
// the decoded value (escapes, folding), the whole value maps onto the raw range.
func (d *fmDecoder) addField(name, value string, start, end int, style yaml.Style) {
	type piece struct {
		text []byte
		off  int // file offset of text[0]
	}
	var pieces []piece
	quoted := style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0
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
		case i == 0 && style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
			continue // the "|" or ">" indicator line
		case !quoted && text[0] == '#':
			continue // a comment line between fields
		case !quoted:
			if h := bytes.Index(text, []byte(" #")); h >= 0 {
				text = bytes.TrimRight(text[:h], " \t")
			}
		}
		pieces = append(pieces, piece{text, lineOff})
	}
	if quoted && len(pieces) > 0 {
		first, last := &pieces[0], &pieces[len(pieces)-1]
		q := first.text[0]
		first.text, first.off = first.text[1:], first.off+1
		if k := bytes.LastIndexByte(last.text, q); k >= 0 {
			last.text = last.text[:k]
		}
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
	d.setField(name, p)
}

func (d *fmDecoder) setField(name string, p *Prose) {
	f := Field{Value: p.Text, Span: d.li.span(p.SourceStart(0), p.SourceEnd(len(p.Text)))}
	d.fm.Fields[strings.ToLower(name)] = f
	if d.fm.prose == nil {
		d.fm.prose = map[string]*Prose{}
	}
	d.fm.prose[strings.ToLower(name)] = p
}

// tomlKeyLine matches a top-level "key = value" line of TOML.
var tomlKeyLine = lazyRegexp(`^[ \t]*("[^"]+"|'[^']+'|[A-Za-z0-9_-]+)[ \t]*=[ \t]*`)

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
			pos := d.li.pos(d.base + start)
			return &FileError{Path: d.path, Pos: pos, Msg: "front matter: invalid TOML: " + pe.Message}
		}
		return d.errorAt(0, 0, "invalid TOML: %s", strings.TrimPrefix(err.Error(), "toml: "))
	}
	// BurntSushi/toml reports no positions: find each top-level key's line.
	off := 0
	for _, line := range bytes.SplitAfter(d.data, []byte("\n")) {
		lineOff := off
		off += len(line)
		trimmed := bytes.TrimSpace(line)
		if len(trimmed) > 0 && trimmed[0] == '[' {
			break // a table: what follows is not top level
		}
		m := tomlKeyLine().FindSubmatch(line)
		if m == nil {
			continue
		}
		key := strings.Trim(string(m[1]), `"'`)
		value, ok := fields[key].(string)
		if !ok {
			continue
		}
		start := lineOff + len(m[0])
		end := lineOff + len(bytes.TrimRight(line, " \t\r\n"))
		if strings.HasPrefix(string(d.data[start:]), `"""`) || strings.HasPrefix(string(d.data[start:]), `'''`) {
			delim := d.data[start : start+3]
			if i := bytes.Index(d.data[start+3:], delim); i >= 0 {
				end = start + 3 + i + 3
			}
		}
		d.addField(key, value, start, end, tomlStyle(d.data[start:end]))
	}
	return nil
}

// tomlStyle maps a TOML string's quoting onto the YAML style that addField
// understands; multi-line strings map their value onto the whole range.
func tomlStyle(raw []byte) yaml.Style {
	switch {
	case len(raw) >= 3 && (raw[1] == raw[0] && raw[2] == raw[0]):
		return yaml.LiteralStyle
	case len(raw) > 0 && raw[0] == '"':
		return yaml.DoubleQuotedStyle
	case len(raw) > 0 && raw[0] == '\'':
		return yaml.SingleQuotedStyle
	}
	return 0
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
			pos := d.li.pos(d.base + off)
			return &FileError{Path: d.path, Pos: pos, Msg: "front matter: invalid JSON: " + se.Error()}
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return d.errorAt(0, 0, "invalid JSON: unexpected end")
		}
		return d.errorAt(0, 0, "invalid JSON: %v", err)
	}
	tok, err := dec.Token()
	if err != nil {
		return syntaxError(err)
	}
	if tok != json.Delim('{') {
		return d.errorAt(1, 1, "expected an object of fields")
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
			d.addField(key, v, start, end, yaml.DoubleQuotedStyle)
		}
	}
	if _, err := dec.Token(); err != nil {
		return syntaxError(err)
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
