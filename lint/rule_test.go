package lint_test

import (
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
)

// rule returns a valid rule that runs run, for tests to break one way.
func rule(run func(*lint.Pass)) *lint.Rule {
	return &lint.Rule{
		Name: "test-rule", Doc: "report a test", Good: "good", Bad: "bad",
		Severity: lint.Warning, Applies: lint.AppliesBoth, Run: run,
	}
}

func TestValidateOptionsAndLexicons(t *testing.T) {
	if err := lint.Validate([]*lint.Rule{rule(func(*lint.Pass) {})}); err != nil {
		t.Fatalf("a valid rule: %v", err)
	}
	for _, tt := range []struct {
		name  string
		spoil func(*lint.Rule)
		want  string
	}{
		{"option twice", func(r *lint.Rule) {
			r.Options = []lint.Option{lint.NewOption("max", 1, "most"), lint.NewOption("max", 2.0, "most")}
		}, `option "max" is declared twice`},
		{"option named severity", func(r *lint.Rule) { r.Options = []lint.Option{lint.NewOption("severity", "x", "s")} }, `option "severity"`},
		{"option without doc", func(r *lint.Rule) { r.Options = []lint.Option{lint.NewOption("max", 1, "")} }, `needs a kebab-case name and a doc`},
		{"negative strict value", func(r *lint.Rule) {
			r.Options = []lint.Option{lint.NewOption("max", 1, "most").WithStrict(-1)}
		}, `negative value`},
		{"unknown lexicon", func(r *lint.Rule) { r.Lexicons = []string{"buzzword"} }, `reads lexicon "buzzword"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := rule(func(*lint.Pass) {})
			tt.spoil(r)
			if err := lint.Validate([]*lint.Rule{r}); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Validate = %v, want it to say %q", err, tt.want)
			}
		})
	}
}

func TestOptionHandles(t *testing.T) {
	limit := lint.NewOption("max-words", 10, "most words").WithStrict(5)
	names := lint.NewOption("names", []string{"a"}, "names")
	var got int
	var gotNames []string
	r := rule(func(p *lint.Pass) { got, gotNames = limit.Get(p), names.Get(p) })
	r.Options = []lint.Option{limit, names}
	if limit.Default() != 10 || limit.Strict() != 5 || r.StrictOptions()["max-words"] != 5 {
		t.Errorf("default %v, strict %v", limit.Default(), limit.Strict())
	}
	linter := lint.NewLinter([]*lint.Rule{r})
	settings := linter.DefaultSettings()
	doc, _ := lint.Parse("x.md", []byte("# Vision\n\nEvery town reads.\n"))
	linter.Lint(doc, settings)
	if got != 10 || len(gotNames) != 1 {
		t.Errorf("defaults: got %d, %v", got, gotNames)
	}
	setting := settings.Rules["test-rule"]
	setting.Options = lint.Options{"max-words": 3, "names": []string{"b", "c"}}
	settings.Rules["test-rule"] = setting
	linter.Lint(doc, settings)
	if got != 3 || len(gotNames) != 2 {
		t.Errorf("configured: got %d, %v", got, gotNames)
	}
}

// A rule that reads an option or a word list it does not declare fails
// on its first run, with a finding that names the mistake, and the other
// rules still run.
func TestUndeclaredOptionOrLexicon(t *testing.T) {
	undeclared := lint.NewOption("max", 1, "most")
	for name, run := range map[string]func(*lint.Pass){
		`reads option "max", which it does not declare`:    func(p *lint.Pass) { undeclared.Get(p) },
		`reads lexicon "hedge", which it does not declare`: func(p *lint.Pass) { p.Lexicon("hedge") },
	} {
		linter := lint.NewLinter([]*lint.Rule{rule(run)})
		doc, _ := lint.Parse("x.md", []byte("# Vision\n\nEvery town reads.\n"))
		fs := linter.Lint(doc, linter.DefaultSettings())
		if len(fs) != 1 || fs[0].Severity != lint.Error || !strings.Contains(fs[0].Message, name) {
			t.Errorf("findings %+v, want one error saying %q", fs, name)
		}
	}
}

func TestLexiconView(t *testing.T) {
	var hedges []string
	r := rule(func(p *lint.Pass) {
		for _, s := range p.Statements() {
			for _, m := range s.Find(p.Lexicon("hedge")) {
				hedges = append(hedges, m.Text)
			}
		}
	})
	r.Lexicons = []string{"hedge"}
	linter := lint.NewLinter([]*lint.Rule{r})
	doc, _ := lint.Parse("x.md", []byte("# Mission\n\nWe strive to help some towns read where possible.\n"))
	linter.Lint(doc, linter.DefaultSettings())
	if strings.Join(hedges, "|") != "strive to|where possible" {
		t.Errorf("hedges found through the view: %q", hedges)
	}
}
