package rules

import (
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// VisionAmbition reports a vision with no scale or horizon.
var VisionAmbition = &lint.Rule{
	Name: "vision-ambition",
	Doc: `report a vision with no scale or horizon

Lasting visions are ambitious: they reach every member of a group, a whole
region or the world, or set a date ten or more years out. A vision without
any scale marker ("every", "all", "world", "million") or target year may be
too small to rally anyone.`,
	Good:     "Clean drinking water for every village in the region by 2035.",
	Bad:      "Improve our product somewhat.",
	Hint:     `say how many, how far or by when ("every …", "by 2035")`,
	Severity: lint.Info,
	Applies:  lint.AppliesVision,
	English:  true,
	Lexicons: []string{"scale"},
	Run: func(p *lint.Pass) {
		scale := p.Lexicon("scale")
		for _, s := range p.Statements() {
			if len(s.Find(scale)) > 0 || hasYear(s.Norms()) {
				continue
			}
			p.Reportf(s, s.Span, "vision sets no scale or horizon")
		}
	},
}

// hasYear reports whether a word is a year from 2000 on.
func hasYear(norms []string) bool {
	for _, n := range norms {
		if len(n) == 4 && (strings.HasPrefix(n, "20") || strings.HasPrefix(n, "21")) && strings.Trim(n, "0123456789") == "" {
			return true
		}
	}
	return false
}
