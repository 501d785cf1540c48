package rules

import (
	"strings"

	"github.com/vmlint/vmlint/lint"
)

var maxAbstract = lint.NewOption("max-abstract", 0.3, "share of content words that may be abstract")

// VisionImagery reports a vision made of abstractions.
var VisionImagery = &lint.Rule{
	Name: "vision-imagery",
	Doc: `report a vision made of abstractions a reader cannot picture

Visions that people can picture ("a smile on every moviegoer's face") move
them more than abstractions ("optimisation of stakeholder value"). This
rule looks at how many content words are abstract nouns (-tion, -ment,
-ness, -ity and the like) and whether any concrete word appears.`,
	Good:     "Put a smile on every moviegoer's face.",
	Bad:      "Optimization of stakeholder value through operational excellence.",
	Hint:     "add something a reader can see: a place, a person, a moment",
	Severity: lint.Info,
	Applies:  lint.AppliesVision,
	English:  true,
	Options:  []lint.Option{maxAbstract},
	Lexicons: []string{"stopword", "abstract", "imagery"},
	Run: func(p *lint.Pass) {
		stop, abstract, imagery := p.Lexicon("stopword"), p.Lexicon("abstract"), p.Lexicon("imagery")
		for _, s := range p.Statements() {
			if len(s.Find(imagery)) > 0 {
				continue
			}
			content, vague := 0, 0
			example := ""
			for i, n := range s.Norms() {
				if stop.Has(n) || len(n) < 3 {
					continue
				}
				content++
				if abstract.Match(s.Norms(), i) > 0 || isNominalisation(n) {
					vague++
					if example == "" {
						example = s.Words()[i].Text
					}
				}
			}
			if content > 0 && float64(vague)/float64(content) >= maxAbstract.Get(p) {
				p.Reportf(s, s.Span, "vision is abstract (%d of %d content words, like %q)", vague, content, example)
			}
		}
	},
}

// isNominalisation reports whether w ends like an abstract noun.
func isNominalisation(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
