package rules

import "github.com/vmlint/vmlint/lint"

// StatementMissing reports a document that says it holds a vision or
// mission (by its file name, front matter title or a heading) but holds no
// statement of that kind, and a document without a kind the configuration
// requires.
var StatementMissing = &lint.Rule{
	Name: "statement-missing",
	Doc: `report a vision or mission that is announced or required but not there

A VISION.md, a page titled "Mission" or a "## Vision" heading promises the
reader a statement. When none follows, the document misleads; when the
configuration requires a kind (require: [vision, mission]), every linted
document must hold it.`,
	Good:     "## Vision\n\nEvery rural clinic will see test results the same day.",
	Bad:      "## Vision\n\nSee the roadmap for what we are building next.",
	Hint:     "write the statement under the heading, or remove the heading",
	Severity: lint.Warning,
	Applies:  lint.AppliesDocument,
	Run: func(p *lint.Pass) {
		have := map[lint.Kind]bool{}
		for _, s := range p.Doc.Statements {
			have[s.Kind] = true
		}
		for _, d := range p.Doc.Declares {
			if have[d.Kind] {
				continue
			}
			have[d.Kind] = true // report each kind once
			switch d.By {
			case lint.ByHeading:
				p.Reportf(nil, d.Span, "heading announces a %s but no %s statement follows; write one under it", d.Kind, d.Kind)
			case lint.ByFrontMatter:
				p.Reportf(nil, d.Span, "front matter title announces a %s but the page holds no %s statement; write one", d.Kind, d.Kind)
			default:
				p.Reportf(nil, d.Span, "file name announces a %s but the file holds no %s statement; write one at the top", d.Kind, d.Kind)
			}
		}
		for _, k := range p.Require {
			if !have[k] {
				have[k] = true
				p.Reportf(nil, p.Doc.Span(0, 0), "document has no %s statement, which the configuration requires; add one under a \"## %s\" heading", k, title(k))
			}
		}
	},
}

// title returns the kind with a capital letter, as a heading writes it.
func title(k lint.Kind) string {
	if k == lint.Vision {
		return "Vision"
	}
	return "Mission"
}
