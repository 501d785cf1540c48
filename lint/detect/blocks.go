package detect

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/vmlint/vmlint/lint/tokenize"
)

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
	text := d.text(n)
	if strings.TrimSpace(text) == "" {
		return false
	}
	// Metadata shows in the first words; talk about a statement in the
	// opening, and only where a kind is named at all.
	head := text
	if len(head) > metaReach {
		head = head[:metaReach]
	}
	words, norms := tokens(head)
	if len(norms) == 0 {
		return false
	}
	if d.lex.Get("meta-opening").Match(norms, 0) > 0 {
		return false
	}
	if k := d.lex.Get("meta-label").Match(norms, 0); k > 0 && k < len(words) {
		if strings.Contains(head[words[k-1].End:words[k].Start], ":") {
			return false
		}
	}
	if len(text) > fitsReach {
		text = text[:fitsReach]
	}
	if !cueIn(d.vocab.cues, text) {
		return true
	}
	words, norms = tokens(text)
	return !talksAbout(text, words, norms)
}

// talksAbout reports whether text talks about a statement rather than
// stating one: it names one ("our vision", "the mission") without a cue
// that states it ("our vision is to …") or a label ("Vision: …").
func talksAbout(text string, words []tokenize.Range, norms []string) bool {
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

// mayName reports, by a quick look at the block's raw text, whether it
// could hold a label or a statement cue: whether one of the cue words
// appears in it. Most paragraphs of a large docs tree hold none, and are
// passed over without building their text. The labels pass looks first
// and remembers the blocks that have one, for the sentences pass.
func (d *detector) mayName(n ast.Node) bool {
	if cued, seen := d.cued[n]; seen {
		return cued
	}
	lines := n.Lines()
	if lines == nil || lines.Len() == 0 {
		return false
	}
	start, end := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	cued := cueIn(d.vocab.cues, d.doc.Body[start:end])
	if cued {
		d.cued[n] = true
		d.cuedBlocks = append(d.cuedBlocks, n)
	}
	return cued
}
