package lint_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/language"
	"github.com/vmlint/vmlint/lint/linttest"
)

// componentRule reports what the analysis found of one component, as
// findings the rule harness checks against want comments: each part at its
// words ("audience \"rope makers\" specific"), and, when none was found,
// whether the analysis is sure ("audience absent") or not ("audience
// unsure") at the statement. It lets the component fixtures in
// testdata/language say, beside each statement, what a careful reader
// finds in it.
func componentRule(k language.Component) *lint.Rule {
	return &lint.Rule{
		Name: "component-" + k.String(), Doc: "report the " + k.String() + " component", Good: "x", Bad: "x",
		Severity: lint.Info, Applies: lint.AppliesBoth,
		Run: func(p *lint.Pass) {
			for _, s := range p.Statements() {
				c := &s.Analysis.Components
				parts := map[language.Component][]lint.Component{
					language.Audience: c.Audience, language.Value: c.Value, language.Strategy: c.Strategy, language.Future: c.Future,
				}[k]
				for _, part := range parts {
					msg := fmt.Sprintf("%s %q", k, part.Text)
					if k == language.Audience {
						msg += map[bool]string{true: " specific", false: " generic"}[part.Specific]
					}
					p.Reportf(s, part.Span, "%s", msg)
				}
				if pr := c.Presence(k); pr != language.Present {
					p.Reportf(s, s.Span, "%s %s", k, pr)
				}
			}
		},
	}
}

// TestComponents checks the components of the statements in
// testdata/language/<component>/, one folder for each component.
func TestComponents(t *testing.T) {
	for _, k := range []language.Component{language.Audience, language.Value, language.Strategy, language.Future} {
		t.Run(k.String(), func(t *testing.T) {
			linttest.Run(t, filepath.Join("..", "testdata", "language", k.String()), componentRule(k))
		})
	}
}
