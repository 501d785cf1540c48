package detect

import "strings"

// fieldNames returns the front matter fields whose value is a statement of
// kind ("vision", "mission_statement", "visionStatement").
func fieldNames(kind Kind) []string {
	k := string(kind)
	return []string{k, k + "_statement", k + "-statement", k + "Statement"}
}

// frontMatterFields proposes the front matter fields named after a kind.
func (d *detector) frontMatterFields() {
	if d.doc.Fields == nil {
		return
	}
	for _, kind := range Kinds {
		for _, key := range fieldNames(kind) {
			value, ok := d.doc.Fields[strings.ToLower(key)]
			if !ok {
				continue
			}
			d.propose(Claim{Kind: kind, Form: FormFrontMatter, Label: key, Field: strings.ToLower(key), End: len(value)}, nil, 0)
			break
		}
	}
}

// frontMatterTitle handles a page whose front matter title names one kind
// ("title: Vision", "title: Mission of the Harbour Tools Cooperative"):
// when no statement of the kind was found otherwise, the page's opening
// text states it.
func (d *detector) frontMatterTitle() {
	title, ok := d.doc.Fields["title"]
	if !ok {
		return
	}
	info := d.classifyHeading(title, true)
	if info.class != headingNames {
		return
	}
	for _, k := range info.kinds {
		d.declare(k, "front matter", nil)
	}
	if len(info.kinds) != 1 || d.claims.has(info.kinds[0]) {
		return
	}
	if p, ok := d.opening(info.kinds[0]); ok {
		d.propose(Claim{Kind: info.kinds[0], Form: FormFrontMatter, Label: "title: " + title, Blocks: p.blocks, Start: p.start, End: p.end}, nil, 0)
	}
}
