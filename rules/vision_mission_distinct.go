package rules

import "github.com/vmlint/vmlint/lint"

// VisionMissionDistinct reports a mission that says what the vision says.
var VisionMissionDistinct = &lint.Rule{
	Name: "vision-mission-distinct",
	Doc: `report a vision and a mission that say the same thing

The vision is the future you want; the mission is the work that gets you
there. When most of their content words are the same, one of the two is
missing.`,
	Good:     "Vision: every family eats a home-cooked dinner. Mission: we deliver meal kits to busy parents.",
	Bad:      "Vision: we deliver meal kits to busy parents. Mission: we deliver meal kits to parents.",
	Hint:     "make the vision the future and the mission the work",
	Severity: lint.Warning,
	Applies:  lint.AppliesDocument,
	Options: []lint.Option{
		{Name: "max-overlap", Default: 0.6, Doc: "share of content words (Jaccard) at which the two count as the same"},
	},
	Run: func(p *lint.Pass) {
		stop := p.Lexicons.Get("stopword")
		limit := p.Options.Float("max-overlap")
		for _, m := range p.Statements() {
			if m.Kind != lint.Mission {
				continue
			}
			mw := contentWords(m, stop)
			for _, v := range p.Statements() {
				if v.Kind != lint.Vision {
					continue
				}
				vw := contentWords(v, stop)
				shared := 0
				for w := range mw {
					if vw[w] {
						shared++
					}
				}
				union := len(mw) + len(vw) - shared
				if union > 0 && float64(shared)/float64(union) >= limit {
					p.Reportf(m, m.Span, "mission repeats the vision (%d of %d content words shared); make the vision the future and the mission the work", shared, union)
					break
				}
			}
		}
	},
}
