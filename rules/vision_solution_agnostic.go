package rules

import (
	"slices"

	"github.com/vmlint/vmlint/lint"
)

var maxTech = lint.NewOption("max-tech", 1, "most product or technology words a vision may name")

// VisionSolutionAgnostic reports a vision that describes the product.
var VisionSolutionAgnostic = &lint.Rule{
	Name: "vision-solution-agnostic",
	Doc: `report a vision that describes the product instead of the change

The product is the means, not the vision: a vision tied to an app, a
platform or real-time dashboards has to be rewritten when the product
changes, and says nothing about why it matters. It reports more product
words than max-tech, or one that the vision is about: the subject of its
first sentence ("By 2030, a booking app will let …"), what "Our vision
is" names, or the first noun of a picture without a verb ("A
storm-tracking app in every pocket, …"), and one the organisation calls
its own ("… on KataDesk, our club software"). Words that describe the people
served or their own things ("mobile developers", "the platform team",
"their app") are not counted.`,
	Good:     "Help people of every fitness level stay active for life.",
	Bad:      "An AI-powered app with dashboards, integrations and real-time alerts.",
	Hint:     "describe the change in people's lives; leave the product to the mission",
	Severity: lint.Warning,
	Applies:  lint.AppliesVision,
	Options:  []lint.Option{maxTech},
	Lexicons: []string{"tech"},
	Run: func(p *lint.Pass) {
		tech := p.Lexicon("tech")
		for _, s := range p.Statements() {
			ms := s.Find(tech)
			if a := s.Language(); a != nil && a.Words() == len(s.Words()) {
				ms = slices.DeleteFunc(ms, func(m lint.Match) bool { return a.SomeonesWord(m.First, m.End) })
			}
			if len(ms) > maxTech.Get(p) {
				p.Reportf(s, ms[0].Span, "vision names the solution (%s)", quoteAll(ms))
				continue
			}
			if a := s.Language(); a != nil && a.Words() == len(s.Words()) {
				for _, m := range ms {
					if a.Topic(m.First, m.End) {
						p.Reportf(s, m.Span, "vision is about the solution (%s)", quoteAll([]lint.Match{m}))
						break
					}
					if a.OrganisationsOwn(m.First, m.End) {
						p.Reportf(s, m.Span, "vision names its own product (%s)", quoteAll([]lint.Match{m}))
						break
					}
				}
			}
		}
	},
}
