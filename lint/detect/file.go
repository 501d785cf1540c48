package detect

import (
	"path/filepath"
	"strings"

	"github.com/yuin/goldmark/ast"
)

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
	d.declare(kind, "file name", nil)
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
