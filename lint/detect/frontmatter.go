package detect

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// frontMatterFields claims front matter fields named after a kind
// ("vision:", "mission_statement:").
func (d *detector) frontMatterFields() {
	if d.doc.Fields == nil {
		return
	}
	for _, kind := range Kinds {
		for _, key := range []string{string(kind), string(kind) + "_statement", string(kind) + "-statement", string(kind) + "Statement"} {
			value, ok := d.doc.Fields[strings.ToLower(key)]
			if !ok {
				continue
			}
			start, end := unquote(value, 0, len(value))
			d.result.Claims = append(d.result.Claims, Claim{Kind: kind, Form: FormFrontMatter, Label: key, Field: strings.ToLower(key), Start: start, End: end})
			break
		}
	}
}

// frontMatterTitle handles a page whose front matter title names one kind
// ("title: Vision"): the text before the body's first heading states it.
func (d *detector) frontMatterTitle() {
	title, ok := d.doc.Fields["title"]
	if !ok {
		return
	}
	info := classifyHeading(title, true, d.lex)
	if info.class != headingNames {
		return
	}
	for _, k := range info.kinds {
		d.declare(k, "front matter", nil)
	}
	if len(info.kinds) != 1 || d.has(info.kinds[0]) {
		return
	}
	for _, n := range d.top {
		if _, ok := n.(*ast.Heading); ok {
			return
		}
		if d.fits(n) {
			d.addBlock(info.kinds[0], FormFrontMatter, "title: "+title, n)
			return
		}
	}
}
