package rules_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/corpus"
	"github.com/vmlint/vmlint/rules"
)

// TestCorpusRulesAgreeWithLabels checks that the rules that judge
// components agree with the human labels at least as well as the
// components do: a rule that reports a missing component should be silent
// exactly where the label says the component is there.
func TestCorpusRulesAgreeWithLabels(t *testing.T) {
	dir := os.Getenv(corpus.Env)
	if dir == "" {
		t.Skip(corpus.Env + " is not set")
	}
	statements, err := corpus.Statements(dir)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		rule      *lint.Rule
		level     lint.Severity // findings at this severity or above say the component is missing
		kind      string
		gold      func(corpus.StatementLabel) bool
		component func(lint.Components) bool
	}{
		// mission-audience warns when there is no audience at all...
		{rules.MissionAudience, lint.Warning, "mission", func(s corpus.StatementLabel) bool { return s.Audience != "none" },
			func(c lint.Components) bool { return c.AudienceLevel() != "none" }},
		// ... and adds a note when it is only generic.
		{rules.MissionAudience, lint.Info, "mission", func(s corpus.StatementLabel) bool { return s.Audience == "specific" },
			func(c lint.Components) bool { return c.AudienceLevel() == "specific" }},
		{rules.VisionBeneficiary, lint.Warning, "vision", func(s corpus.StatementLabel) bool { return s.Audience != "none" },
			func(c lint.Components) bool { return len(c.Audience) > 0 }},
		{rules.MissionValue, lint.Warning, "mission", func(s corpus.StatementLabel) bool { return s.Value },
			func(c lint.Components) bool { return len(c.Value) > 0 }},
		{rules.MissionStrategy, lint.Warning, "mission", func(s corpus.StatementLabel) bool { return s.Strategy },
			func(c lint.Components) bool { return len(c.Strategy) > 0 }},
		{rules.VisionFuture, lint.Warning, "vision", func(s corpus.StatementLabel) bool { return s.Future },
			func(c lint.Components) bool { return len(c.Future) > 0 }},
	}
	linter := lint.NewLinter(rules.All)
	for _, ck := range checks {
		settings := linter.DefaultSettings()
		for name := range settings.Rules {
			if name != ck.rule.Name {
				delete(settings.Rules, name)
			}
		}
		var byRule, byComponent corpus.Score
		for _, st := range statements {
			if !st.Usable || st.Kind != ck.kind {
				continue
			}
			doc, _ := lint.Parse(st.ID+".md", st.Document())
			s := corpus.First(doc)
			if s == nil {
				continue
			}
			silent := true
			for _, f := range linter.Lint(doc, settings) {
				if f.Severity >= ck.level {
					silent = false
				}
			}
			byRule.Add(ck.gold(st), silent)
			byComponent.Add(ck.gold(st), ck.component(s.Analysis.Components))
		}
		fmt.Printf("corpus: rule %-18s at %-7s %v (component: F1 %.3f)\n", ck.rule.Name, ck.level, byRule, byComponent.F1())
		if byRule.F1() < byComponent.F1()-1e-9 {
			t.Errorf("%s agrees with the labels at F1 %.3f, below its component's %.3f", ck.rule.Name, byRule.F1(), byComponent.F1())
		}
	}
}
