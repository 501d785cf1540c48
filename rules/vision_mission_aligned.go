package rules

import "github.com/vmlint/vmlint/lint"

// VisionMissionAligned reports a mission that shares nothing with the vision.
var VisionMissionAligned = &lint.Rule{
	Name: "vision-mission-aligned",
	Doc: `report a mission that shares no words with the vision

The mission should fulfil the vision: usually it names the same people or
the same change. A mission with no word in common with the vision may serve
some other goal.`,
	Good:     "Vision: every family eats a home-cooked dinner. Mission: we deliver dinner kits to busy families.",
	Bad:      "Vision: every family eats a home-cooked dinner. Mission: we build logistics software for warehouses.",
	Hint:     "say how the mission brings about the vision",
	Severity: lint.Info,
	Applies:  lint.AppliesDocument,
	English:  true,
	Lexicons: []string{"stopword"},
	Run: func(p *lint.Pass) {
		stop := p.Lexicon("stopword")
		// Every content word of every vision, in one set: a mission is
		// aligned when it shares a word with any of them.
		visions := map[string]bool{}
		hasVision := false
		for _, v := range p.Statements() {
			if v.Kind == lint.Vision {
				hasVision = true
				for w := range contentWords(v, stop) {
					visions[w] = true
				}
			}
		}
		if !hasVision {
			return
		}
		for _, m := range p.Statements() {
			if m.Kind != lint.Mission {
				continue
			}
			aligned := false
			for w := range contentWords(m, stop) {
				aligned = aligned || visions[w]
			}
			if !aligned {
				p.Reportf(m, m.Span, "mission shares no words with the vision")
			}
		}
	},
}
