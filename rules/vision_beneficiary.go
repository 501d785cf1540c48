package rules

import (
	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/language"
)

// VisionBeneficiary reports a vision that names no one who benefits.
var VisionBeneficiary = &lint.Rule{
	Name: "vision-beneficiary",
	Doc: `report a vision that names no one who benefits

A vision should say whose world changes. Broad groups ("people",
"everyone", the world: "a world where …") are fine in a vision; naming
nobody is not.

Who counts: a person, group, organisation, animal or place of business
(by WordNet's classes of the noun, so "every canoeist" and "each corner
pharmacy" count though no list names them) where someone is served or
pictured: after "for" or "to", as the subject of the picture ("every
keeper has …"), counted one by one ("no commuter …"), as an owner
("patients' lives"). Not the organisation itself, and not a place or a
ranking ("the finest kettles in the world"). The rule warns only when
the vision names no one who could be served at all; when it names
someone in a role the analysis cannot read, it says nothing.`,
	Good:     "Every small-town reader can borrow any book ever printed.",
	Bad:      "Excellence, innovation and growth for the next decade.",
	Hint:     `say whose world changes ("every …", "people who …")`,
	Severity: lint.Warning,
	Applies:  lint.AppliesVision,
	Run: func(p *lint.Pass) {
		for _, s := range p.Statements() {
			if s.Analysis.Components.Presence(language.Audience) == language.Absent {
				p.Reportf(s, s.Span, "vision names no one who benefits")
			}
		}
	},
}
