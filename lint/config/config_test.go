package config_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/config"
	"github.com/vmlint/vmlint/rules"
)

func TestParseValid(t *testing.T) {
	src := `extends: strict
require: [vision, mission]
ignore: ["drafts/**"]
rules:
  buzzwords: error
  readability: off
  vision-length:
    severity: info
    max: 20
overrides:
  - files: ["legacy/**"]
    rules:
      mission-audience: off
headings:
  vision: ["aspiration"]
lexicons:
  buzzwords:
    add: ["hyperscale"]
    remove: ["agile"]
custom:
  - id: no-acme
    message: "say what changes, not who does it"
    applies: vision
    forbid: ["Acme", "/\\bAcme ?Corp\\b/"]
`
	f, err := config.Parse("cfg.yml", []byte(src), rules.All)
	if err != nil {
		t.Fatal(err)
	}
	if f.Extends != "strict" || len(f.Require) != 2 || f.Ignore[0] != "drafts/**" || !f.Rules["readability"].Off ||
		f.Rules["buzzwords"].Severity != lint.Error || f.Rules["vision-length"].Options["max"] != 20 ||
		len(f.Overrides) != 1 || f.Headings[lint.Vision][0] != "aspiration" || f.Lexicons["buzzwords"].Add[0] != "hyperscale" ||
		len(f.Custom) != 1 || len(f.Custom[0].Patterns) != 1 {
		t.Errorf("parsed config is off: %+v", f)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown key", "rulez: {}\n", `cfg.yml:1:1: unknown key "rulez" (did you mean "rules"?)`},
		{"unknown rule", "rules:\n  buzzword: off\n", `cfg.yml:2:3: unknown rule "buzzword" (did you mean "buzzwords"?)`},
		{"bad severity", "rules:\n  hedging: warn\n", `cfg.yml:2:12: rule hedging: severity must be off, on, error, warning or info, not "warn" (did you mean "warning"?)`},
		{"unknown option", "rules:\n  vision-length:\n    maxi: 3\n", `cfg.yml:3:5: rule vision-length has no option "maxi" (did you mean "max"?)`},
		{"wrong option type", "rules:\n  vision-length:\n    max: ten\n", `cfg.yml:3:10: rule vision-length: option max must be a whole number`},
		{"wrong type", "ignore: {a: b}\n", `cfg.yml:1:9: ignore must be a list of strings`},
		{"bad extends", "extends: stricter\n", `cfg.yml:1:10: extends must be one of recommended, strict, or the path of a .yml or .yaml file, not "stricter" (did you mean "strict"?)`},
		{"bad regexp", "custom:\n  - id: x\n    message: m\n    forbid: [\"/(a/\"]\n", `cfg.yml:4:14: bad regular expression /(a/`},
		{"bad glob", "ignore: [\"a/[\"]\n", `cfg.yml:1:10: bad glob "a/["`},
		{"unknown lexicon", "lexicons:\n  buzzword:\n    add: [x]\n", `cfg.yml:2:3: unknown lexicon "buzzword" (did you mean "buzzwords"?)`},
		{"custom without check", "custom:\n  - id: x\n    message: m\n", `cfg.yml:2:5: custom rule x needs one check`},
		{"custom clashes", "custom:\n  - id: hedging\n    message: m\n    max-words: 3\n", `cfg.yml:2:9: custom rule id "hedging" is taken by a built-in rule`},
		{"invalid YAML", "rules:\n  a: b: c\n", `cfg.yml:2:1: invalid YAML: mapping values are not allowed in this context`},
		{"not a mapping", "- a\n", `cfg.yml:1:1: configuration must be a mapping`},
		{"bad require", "require: [vison]\n", `cfg.yml:1:11: require must be vision or mission, not "vison" (did you mean "vision"?)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := config.Parse("cfg.yml", []byte(tt.src), rules.All)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to contain %s", err, tt.want)
			}
		})
	}
}

func TestAllErrorsReported(t *testing.T) {
	_, err := config.Parse("cfg.yml", []byte("rulez: {}\nignor: []\n"), rules.All)
	var errs config.Errors
	if !errors.As(err, &errs) || len(errs) != 2 {
		t.Fatalf("error = %v, want two problems", err)
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoaderFindsNearestUpToRepositoryRoot(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "outside", ".vmlint.yml"), "rules:\n  hedging: off\n")
	repo := filepath.Join(root, "outside", "repo")
	if err := os.MkdirAll(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(repo, "docs", "team", ".vmlint.yaml"), "rules:\n  buzzwords: off\n")
	l := &config.Loader{Builtin: rules.All}

	r, err := l.For(filepath.Join(repo, "docs", "team", "sub", "VISION.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(r.File.Path, filepath.Join("team", ".vmlint.yaml")) {
		t.Errorf("nearest config = %q", r.File.Path)
	}
	r, err = l.For(filepath.Join(repo, "docs", "VISION.md"))
	if err != nil {
		t.Fatal(err)
	}
	if r.File.Path != "" {
		t.Errorf("a config outside the repository was used: %q", r.File.Path)
	}
}

func TestNestedConfigErrorNamesItsFile(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, ".git", "HEAD"), "")
	bad := filepath.Join(root, "docs", ".vmlint.yml")
	write(t, bad, "rules:\n  buzzwords: loud\n")
	l := &config.Loader{Builtin: rules.All}
	if _, err := l.For(filepath.Join(root, "README.md")); err != nil {
		t.Errorf("the root is not under the bad config, yet: %v", err)
	}
	_, err := l.For(filepath.Join(root, "docs", "VISION.md"))
	if err == nil || !strings.HasPrefix(err.Error(), bad+":2:14: ") {
		t.Errorf("error = %v, want it at %s:2:14", err, bad)
	}
}

func TestSettings(t *testing.T) {
	f, err := config.Parse(filepath.Join("root", ".vmlint.yml"), []byte(`extends: strict
rules:
  buzzwords: error
  vision-length:
    max: 20
overrides:
  - files: ["legacy/**"]
    rules:
      buzzwords: off
`), rules.All)
	if err != nil {
		t.Fatal(err)
	}
	r := config.Resolve(f, rules.All)
	s := r.Settings(filepath.Join("root", "docs", "a.md"), config.Flags{})
	if got := s.Rules["buzzwords"]; got.Severity != lint.Error || !got.Fixed {
		t.Errorf("buzzwords = %+v, want a fixed error", got)
	}
	if got := s.Rules["vision-length"].Options; got["max"] != 20 || got["max-error"] != 35 {
		t.Errorf("vision-length options = %v, want max 20 from the file and max-error 35 from strict", got)
	}
	if got := s.Rules["mission-purpose"].Severity; got != lint.Warning {
		t.Errorf("strict left mission-purpose at %v, want warning", got)
	}
	if _, on := r.Settings(filepath.Join("root", "legacy", "old", "a.md"), config.Flags{}).Rules["buzzwords"]; on {
		t.Error("the override did not turn buzzwords off under legacy/")
	}
	only := r.Settings(filepath.Join("root", "a.md"), config.Flags{Only: []string{"hedging"}})
	if len(only.Rules) != 1 {
		t.Errorf("--only left %d rules", len(only.Rules))
	}
	dis := r.Settings(filepath.Join("root", "a.md"), config.Flags{Disable: []string{"hedging"}, Enable: []string{"buzzwords"}})
	if _, on := dis.Rules["hedging"]; on {
		t.Error("--disable did not turn hedging off")
	}
	if err := r.CheckRuleNames([]string{"hedgin"}); err == nil || !strings.Contains(err.Error(), `did you mean "hedging"`) {
		t.Errorf("CheckRuleNames = %v", err)
	}
}

func TestIgnore(t *testing.T) {
	f, err := config.Parse(filepath.Join("root", ".vmlint.yml"), []byte("ignore: [\"drafts\", \"**/*.tmp.md\"]\n"), rules.All)
	if err != nil {
		t.Fatal(err)
	}
	r := config.Resolve(f, rules.All)
	for path, want := range map[string]bool{
		"root/drafts/a.md":       true,
		"root/docs/drafts/a.md":  false,
		"root/docs/x.tmp.md":     true,
		"root/docs/VISION.md":    false,
		"root/draftsman/note.md": false,
	} {
		if got := r.Ignored(filepath.FromSlash(path)); got != want {
			t.Errorf("Ignored(%s) = %v, want %v", path, got, want)
		}
	}
}

func TestLexiconAndHeadingChanges(t *testing.T) {
	f, err := config.Parse("cfg.yml", []byte("headings:\n  vision: [\"aspiration\"]\nlexicons:\n  buzzwords:\n    add: [hyperscale]\n    remove: [innovative]\n"), rules.All)
	if err != nil {
		t.Fatal(err)
	}
	r := config.Resolve(f, rules.All)
	doc, err := lint.ParseWith("x.md", []byte("## Aspiration\n\nEvery innovative town will hyperscale its libraries.\n"), r.Lexicons)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Statements) != 1 || doc.Statements[0].Kind != lint.Vision {
		t.Fatalf("the extra heading alias was not used: %d statements", len(doc.Statements))
	}
	s := r.Settings("x.md", config.Flags{Only: []string{"buzzwords"}})
	var got []string
	for _, f := range r.Linter.Lint(doc, s) {
		got = append(got, f.Message)
	}
	if len(got) != 1 || !strings.Contains(got[0], `"hyperscale"`) {
		t.Errorf("buzzwords found %q, want only the added word", got)
	}
	if lintDefault, _ := lint.Parse("x.md", []byte("## Aspiration\n\nx\n")); len(lintDefault.Statements) != 0 {
		t.Error("changing a configuration's lexicons changed the defaults")
	}
}

func TestCustomRules(t *testing.T) {
	f, err := config.Parse("cfg.yml", []byte(`custom:
  - id: no-acme
    message: "name the change, not {match}"
    applies: vision
    forbid: ["Acme Corp", "/\\bAcme\\b/"]
  - id: say-who
    message: "say who it serves"
    severity: error
    applies: mission
    require: ["/\\bfor\\b/"]
  - id: short-mission
    message: "keep the mission to ten words"
    applies: mission
    max-words: 10
  - id: one-sentence
    message: "one sentence only"
    max-sentences: 1
`), rules.All)
	if err != nil {
		t.Fatal(err)
	}
	r := config.Resolve(f, rules.All)
	src := "# Plan\n\n## Vision\n\nEvery town will read, thanks to Acme Corp.\n\n## Mission\n\nWe deliver books to the towns by bike, by van and by boat each day. We smile.\n"
	doc, err := lint.ParseWith("x.md", []byte(src), r.Lexicons)
	if err != nil {
		t.Fatal(err)
	}
	s := r.Settings("x.md", config.Flags{Only: []string{"no-acme", "say-who", "short-mission", "one-sentence"}})
	var got []string
	for _, f := range r.Linter.Lint(doc, s) {
		got = append(got, strings.Join([]string{f.Rule, f.Severity.String(), f.Message, posString(f)}, " | "))
	}
	want := []string{
		`no-acme | warning | name the change, not Acme Corp | 5:33`,
		`one-sentence | warning | one sentence only | 9:1`,
		`say-who | error | say who it serves | 9:1`,
		`short-mission | warning | keep the mission to ten words | 9:1`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func posString(f lint.Finding) string {
	return fmt.Sprintf("%d:%d", f.Span.Start.Line, f.Span.Start.Column)
}

func TestEffectiveAndStarter(t *testing.T) {
	r := config.Resolve(config.Default(), rules.All)
	out, err := r.Effective("docs/a.md", config.Flags{Disable: []string{"hedging"}})
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, want := range []string{"# effective vmlint configuration for docs/a.md", "extends: recommended", "hedging: off", "    max: 35", "    severity: warning"} {
		if !strings.Contains(text, want) {
			t.Errorf("effective config lacks %q:\n%s", want, text)
		}
	}
	starter := config.Starter(rules.All)
	f, err := config.Parse(".vmlint.yml", []byte(starter), rules.All)
	if err != nil {
		t.Fatalf("the starter config is invalid: %v", err)
	}
	if f.Extends != "recommended" || len(f.Rules) != 0 {
		t.Errorf("the starter config changes settings: %+v", f)
	}
}

func TestDuplicateKeys(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		{"top", "rules:\n  buzzwords: off\nignore: [a]\nrules:\n  hedging: off\n", `cfg.yml:4:1: "rules" is set twice (first at line 1)`},
		{"rule", "rules:\n  buzzwords: off\n  buzzwords: error\n", `cfg.yml:3:3: "buzzwords" is set twice (first at line 2)`},
		{"option", "rules:\n  vision-length:\n    max: 3\n    max: 4\n", `cfg.yml:4:5: "max" is set twice (first at line 3)`},
		{"custom key", "custom:\n  - id: x\n    message: m\n    max-words: 3\n    message: n\n", `cfg.yml:5:5: "message" is set twice (first at line 3)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := config.Parse("cfg.yml", []byte(tt.src), rules.All)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to contain %s", err, tt.want)
			}
		})
	}
}

func TestErrorsSortedByLine(t *testing.T) {
	// Shapes are checked before globs and regular expressions, yet every
	// problem comes out in its place.
	src := "ignore: [\"a/[\"]\nrulez: {}\nrules:\n  buzzword: off\ncustom:\n  - id: x\n    message: m\n    forbid: [\"/(/\"]\nignor: []\n"
	_, err := config.Parse("cfg.yml", []byte(src), rules.All)
	var errs config.Errors
	if !errors.As(err, &errs) || len(errs) != 5 {
		t.Fatalf("error = %v, want five problems", err)
	}
	for i, want := range []int{1, 2, 4, 8, 9} {
		if errs[i].Pos.Line != want {
			t.Errorf("problem %d is at line %d, want %d:\n%v", i, errs[i].Pos.Line, want, err)
		}
	}
}

func TestDidYouMeanKeepsTheMostLetters(t *testing.T) {
	// "mision" is one edit from both "vision" and "mission", but keeps
	// every letter of "mission" in order.
	_, err := config.Parse("cfg.yml", []byte("require: [mision]\nheadings:\n  vison: [x]\n"), rules.All)
	if err == nil || !strings.Contains(err.Error(), `not "mision" (did you mean "mission"?)`) || !strings.Contains(err.Error(), `"vison" (did you mean "vision"?)`) {
		t.Errorf("error = %v", err)
	}
}

func TestExtendsFile(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, ".git", "HEAD"), "")
	write(t, filepath.Join(root, ".vmlint.yml"), `extends: strict
require: [vision]
ignore: ["drafts/**"]
rules:
  vision-length:
    max: 20
    max-error: 40
  hedging: off
headings:
  vision: ["aspiration"]
overrides:
  - files: ["docs/legacy/**"]
    rules:
      buzzwords: off
custom:
  - id: no-acme
    message: "name the change, not Acme"
    forbid: ["Acme"]
`)
	team := filepath.Join(root, "docs", "team")
	write(t, filepath.Join(team, ".vmlint.yml"), `extends: ../../.vmlint.yml
ignore: ["scratch.md"]
rules:
  vision-length: error
  hedging: warning
  no-acme: info
headings:
  mission: ["our promise"]
`)
	l := &config.Loader{Builtin: rules.All}
	r, err := l.For(filepath.Join(team, "plan.md"))
	if err != nil {
		t.Fatal(err)
	}
	s := r.Settings(filepath.Join(team, "plan.md"), config.Flags{})
	if got := s.Rules["vision-length"]; got.Severity != lint.Error || got.Options["max"] != 20 || got.Options["max-error"] != 40 {
		t.Errorf("vision-length = %+v: want the team's severity with the options of the file it extends", got)
	}
	if got, on := s.Rules["hedging"]; !on || got.Severity != lint.Warning {
		t.Errorf("hedging = %+v, %v: the team file turns it back on", got, on)
	}
	if got := s.Rules["mission-purpose"].Severity; got != lint.Warning {
		t.Errorf("the strict preset of the extended file is not in force: mission-purpose is %v", got)
	}
	if got := s.Rules["no-acme"]; got.Severity != lint.Info {
		t.Errorf("the custom rule of the extended file is not configurable here: %+v", got)
	}
	if len(s.Require) != 1 || s.Require[0] != lint.Vision {
		t.Errorf("require = %v, want the extended file's", s.Require)
	}
	if !r.Ignored(filepath.Join(team, "scratch.md")) || !r.Ignored(filepath.Join(root, "drafts", "a.md")) || r.Ignored(filepath.Join(team, "drafts", "a.md")) {
		t.Error("each file's ignore globs must hold relative to its own folder")
	}
	if _, on := r.Settings(filepath.Join(root, "docs", "legacy", "a.md"), config.Flags{}).Rules["buzzwords"]; on {
		t.Error("the extended file's override does not apply")
	}
	doc, err := lint.ParseWith("x.md", []byte("## Aspiration\n\nEvery town will read.\n\n## Our promise\n\nWe deliver books to towns.\n"), r.Lexicons)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Statements) != 2 {
		t.Errorf("the heading words of both files should apply: %d statements", len(doc.Statements))
	}
	out, err := r.Effective(filepath.Join(team, "plan.md"), config.Flags{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "which extends "+filepath.Join(team, "..", "..", ".vmlint.yml")) || !strings.Contains(string(out), "extends: strict") {
		t.Errorf("config does not show the chain:\n%s", out)
	}
}

func TestExtendsProblems(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.yml"), "extends: b.yml\n")
	write(t, filepath.Join(dir, "b.yml"), "rules:\n  hedging: off\nextends: ./a.yml\n")
	_, err := config.Load(filepath.Join(dir, "a.yml"), rules.All)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "b.yml")+":3:10: extends ./a.yml, which leads back here: a.yml → b.yml → a.yml") {
		t.Errorf("cycle: %v", err)
	}
	// Files of one name in nested folders are told apart by their paths.
	write(t, filepath.Join(dir, ".vmlint.yml"), "extends: docs/team/.vmlint.yml\n")
	write(t, filepath.Join(dir, "docs", "team", ".vmlint.yml"), "extends: ../../.vmlint.yml\n")
	_, err = config.Load(filepath.Join(dir, ".vmlint.yml"), rules.All)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "docs", "team", ".vmlint.yml")+":1:10: extends ../../.vmlint.yml, which leads back here: ../../.vmlint.yml → .vmlint.yml → ../../.vmlint.yml") {
		t.Errorf("nested cycle: %v", err)
	}
	write(t, filepath.Join(dir, "c.yml"), "extends: missing.yml\n")
	_, err = config.Load(filepath.Join(dir, "c.yml"), rules.All)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "c.yml")+":1:10: extends missing.yml, which cannot be read: no such file") {
		t.Errorf("missing: %v", err)
	}
	write(t, filepath.Join(dir, "d.yml"), "rules:\n  hedgin: off\n")
	write(t, filepath.Join(dir, "e.yml"), "extends: d.yml\nrulez: {}\n")
	_, err = config.Load(filepath.Join(dir, "e.yml"), rules.All)
	var errs config.Errors
	if !errors.As(err, &errs) || len(errs) != 2 || errs[0].Path != filepath.Join(dir, "d.yml") || errs[1].Path != filepath.Join(dir, "e.yml") {
		t.Errorf("each file's problems at its own lines: %v", err)
	}
}
