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
document must hold it.

A heading whose section holds text that vmlint does not take for a
statement ("See the roadmap for what we are building next") may hold one
in a shape it cannot read: that case is a note, not a warning. A file or
a page title with no statement, and a required kind that is missing, are
warnings.`,
	Good:     "## Vision\n\nEvery rural clinic will see test results the same day.",
	Bad:      "## Vision\n\nSee the roadmap for what we are building next.",
	Hint:     `write the statement where the document announces it (or under a heading that names it, "## Vision"), or stop announcing it`,
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
				sev := p.Rule.Severity
				if d.Unsure {
					sev = lint.Info // text follows that may be a statement vmlint cannot read
				}
				p.ReportSeverityf(sev, nil, d.Span, "heading announces a %s but no %s statement follows", d.Kind, d.Kind)
			case lint.ByFrontMatter:
				p.Reportf(nil, d.Span, "front matter title announces a %s but the page holds no %s statement", d.Kind, d.Kind)
			default:
				p.Reportf(nil, d.Span, "file name announces a %s but the file holds no %s statement", d.Kind, d.Kind)
			}
		}
		for _, k := range p.Require {
			if !have[k] {
				have[k] = true
				p.Reportf(nil, p.Doc.Span(0, 0), "document has no %s statement, which the configuration requires", k)
			}
		}
	},
}
