package rules

import "github.com/vmlint/vmlint/lint"

var maxOverlap = lint.NewOption("max-overlap", 0.6, "share of content words (Jaccard) at which the two count as the same")

// VisionMissionDistinct reports a mission that says what the vision says.
var VisionMissionDistinct = &lint.Rule{
	Name: "vision-mission-distinct",
	Doc: `report a vision and a mission that say the same thing

The vision is the future you want; the mission is the work that gets you
there. When most of their content words are the same, one of the two is
missing. Each mission is compared with the vision nearest before it and
the one nearest after it: the vision it goes with, where a document holds
several.`,
	Good:     "Vision: every family eats a home-cooked dinner. Mission: we deliver meal kits to busy parents.",
	Bad:      "Vision: we deliver meal kits to busy parents. Mission: we deliver meal kits to parents.",
	Hint:     "make the vision the future and the mission the work",
	Severity: lint.Warning,
	Applies:  lint.AppliesDocument,
	Options:  []lint.Option{maxOverlap},
	Lexicons: []string{"stopword"},
	Run: func(p *lint.Pass) {
		stop := p.Lexicon("stopword")
		limit := maxOverlap.Get(p)
		statements := p.Statements()
		words := make([]map[string]bool, len(statements)) // content words, made once each
		wordsOf := func(i int) map[string]bool {
			if words[i] == nil {
				words[i] = contentWords(statements[i], stop)
			}
			return words[i]
		}
		// A mission goes with the vision nearest before it or the one
		// nearest after it (a document may hold one of each per product);
		// comparing it with every vision would also take time in the
		// square of their number.
		nextVision := make([]int, len(statements)+1)
		nextVision[len(statements)] = -1
		for i := len(statements) - 1; i >= 0; i-- {
			nextVision[i] = nextVision[i+1]
			if statements[i].Kind == lint.Vision {
				nextVision[i] = i
			}
		}
		lastVision := -1
		for i, m := range statements {
			if m.Kind == lint.Vision {
				lastVision = i
			}
			if m.Kind != lint.Mission {
				continue
			}
			for _, v := range []int{lastVision, nextVision[i]} {
				if v < 0 {
					continue
				}
				mw, vw := wordsOf(i), wordsOf(v)
				shared := 0
				for w := range mw {
					if vw[w] {
						shared++
					}
				}
				union := len(mw) + len(vw) - shared
				if union > 0 && float64(shared)/float64(union) >= limit {
					p.Reportf(m, m.Span, "mission repeats the vision (%d of %d content words shared)", shared, union)
					break
				}
			}
		}
	},
}
