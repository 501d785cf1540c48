package lint

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// An HTML block ("<p align="center">Our mission is …</p>", a component
// such as "<Lead>" around a paragraph, "<div class="mission">") shows its
// text to the reader once the page is rendered, so its prose is that text:
// what stands between the tags, with character references decoded. Tags,
// their attributes, comments and the contents of script, style, pre and
// code elements are not prose; an element that starts a block ("<p>",
// "<div>", "<li>", "<br>") starts a new line of it.

// appendHTML appends the text an HTML block shows.
func (p *parseState) appendHTML(b *proseBuilder, n *ast.HTMLBlock) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	start, end := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if n.HasClosure() {
		end = n.ClosureLine.Stop
	}
	raw := p.body[start:end]
	skipUntil := "" // the closing tag that ends a skipped element
	text := 0       // where the current run of text started
	flush := func(i int) {
		if skipUntil == "" {
			p.appendHTMLText(b, raw[text:i], start+text)
		}
	}
	for i := 0; i < len(raw); {
		if raw[i] != '<' {
			i++
			continue
		}
		tagEnd, name, closing := htmlTag(raw[i:])
		if tagEnd < 0 {
			break // no ">" is left: the rest is text (and scanning on would take time in the square of it)
		}
		if tagEnd == 0 {
			i++ // a "<" that opens no tag is text ("a < b")
			continue
		}
		flush(i)
		switch {
		case skipUntil != "":
			if closing && name == skipUntil {
				skipUntil = ""
			}
		case !closing && skippedElement(name):
			skipUntil = name
		case blockElement(name):
			b.separate("\n")
		}
		i += tagEnd
		text = i
	}
	flush(len(raw))
}

// appendHTMLText appends a run of text between tags, its white space
// collapsed to single spaces.
func (p *parseState) appendHTMLText(b *proseBuilder, raw []byte, src int) {
	for i := 0; i < len(raw); {
		for i < len(raw) && isHTMLSpace(raw[i]) {
			i++
		}
		j := i
		for j < len(raw) && !isHTMLSpace(raw[j]) {
			j++
		}
		if j > i {
			if i > 0 {
				b.separate(" ")
			}
			b.source(raw[i:j], p.base+src+i)
			if j < len(raw) {
				b.separate(" ")
			}
		}
		i = j
	}
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// htmlTag returns the length of the tag, comment or declaration at the
// start of s, the tag's lower-case name and whether it closes an element;
// 0 when s does not start with one, -1 when it would but no ">" follows.
// It reads s only as far as the tag's end.
func htmlTag(s []byte) (n int, name string, closing bool) {
	if bytes.HasPrefix(s, []byte("<!--")) {
		if end := bytes.Index(s[4:], []byte("-->")); end >= 0 {
			return 4 + end + 3, "", false
		}
		return len(s), "", false // an unclosed comment runs to the block's end
	}
	i := 1
	if i < len(s) && (s[i] == '!' || s[i] == '?') {
		if end := bytes.IndexByte(s, '>'); end > 0 {
			return end + 1, "", false // "<!DOCTYPE html>", "<?xml …?>"
		}
		return -1, "", false
	}
	if i < len(s) && s[i] == '/' {
		closing = true
		i++
	}
	nameStart := i
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || i > nameStart && (s[i] >= '0' && s[i] <= '9' || s[i] == '-' || s[i] == '.' || s[i] == ':')) {
		i++
	}
	if i == nameStart {
		return 0, "", false
	}
	name = string(bytes.ToLower(s[nameStart:i]))
	// The attributes, whose quoted values may hold ">"; a quote never
	// closed quotes nothing.
	for ; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\'':
			if q := bytes.IndexByte(s[i+1:], c); q >= 0 {
				i += q + 1
				continue
			}
			if end := bytes.IndexByte(s[i:], '>'); end >= 0 {
				return i + end + 1, name, closing
			}
			return -1, "", false
		case '>':
			return i + 1, name, closing
		}
	}
	return -1, "", false
}

// skippedElement reports whether an element's content is no prose.
func skippedElement(name string) bool {
	switch name {
	case "script", "style", "pre", "code", "textarea", "svg", "template":
		return true
	}
	return false
}

// blockElement reports whether an element starts a block of text: a
// paragraph, a heading, a list item, a line break, a table cell.
func blockElement(name string) bool {
	switch name {
	case "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
		"blockquote", "section", "article", "aside", "header", "footer", "main", "nav", "figure", "figcaption",
		"table", "tr", "td", "th", "thead", "tbody", "details", "summary", "center":
		return true
	}
	return false
}
