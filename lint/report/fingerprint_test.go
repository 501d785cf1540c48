package report_test

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/report"
	"github.com/vmlint/vmlint/rules"
)

// identities lints src and returns each finding's fingerprint, named by
// its rule and, for word-level findings, its words.
func identities(t *testing.T, src string) map[string]string {
	t.Helper()
	linter := lint.NewLinter(rules.All)
	doc, _ := lint.Parse("docs/plan.md", []byte(src))
	fs := linter.Lint(doc, linter.DefaultSettings())
	out := map[string]string{}
	for i, p := range report.Fingerprints(fs) {
		name := fs[i].Rule + " " + string(fs[i].Kind)
		if fs[i].Anchor == "" {
			name += " " + strings.TrimSpace(fs[i].Text) // a removable hedge's span takes the blank after it
		}
		if _, dup := out[name]; dup {
			name += fmt.Sprint(" #", i)
		}
		out[name] = p
	}
	return out
}

const plan = "# Tidewater Ferries\n\n" +
	"## Vision\n\nEvery island family will cross to the mainland in under an hour, whatever the weather.\n\n" +
	"## Mission\n\nWe strive to run seamless crossings.\n"

// TestFingerprintsOfStatementFindings: a finding about a whole statement
// keeps its identity while the statement is edited or moved, because it is
// keyed by where the statement is announced; a finding about words keeps
// its identity as long as its words stay.
func TestFingerprintsOfStatementFindings(t *testing.T) {
	before := identities(t, plan)
	for _, name := range []string{"mission-audience mission", "mission-value mission", "buzzwords mission seamless", "hedging mission strive to"} {
		if before[name] == "" {
			t.Fatalf("the plan no longer draws %q; findings: %v", name, keys(before))
		}
	}
	for _, tt := range []struct {
		name, src string
		new       []string // findings that must be new; every other one keeps its identity
	}{
		{"a word added to the mission", strings.Replace(plan, "run seamless crossings", "run seamless ferry crossings", 1), nil},
		{"the mission rewritten", strings.Replace(plan, "We strive to run seamless crossings.", "Day and night, we strive to run seamless crossings.", 1), nil},
		{"a new buzzword", strings.Replace(plan, "run seamless crossings", "run seamless, synergistic crossings", 1), []string{"buzzwords mission synergistic"}},
		{"the sections swapped", "# Tidewater Ferries\n\n## Mission\n\nWe strive to run seamless crossings.\n\n" +
			"## Vision\n\nEvery island family will cross to the mainland in under an hour, whatever the weather.\n", nil},
		{"lines added above", "# Tidewater Ferries\n\nAn introduction.\n\nAnother paragraph.\n" + strings.TrimPrefix(plan, "# Tidewater Ferries\n"), nil},
	} {
		after := identities(t, tt.src)
		for name, p := range after {
			isNew := false
			for _, n := range tt.new {
				isNew = isNew || n == name
			}
			switch {
			case isNew && before[name] != "":
				t.Errorf("%s: %q should be new", tt.name, name)
			case !isNew && before[name] != p:
				t.Errorf("%s: %q changed its fingerprint", tt.name, name)
			}
		}
	}
}

// Statements announced the same way are told apart by their order; a
// statement announced differently is another statement.
func TestFingerprintsOfStatementsAnnouncedAlike(t *testing.T) {
	two := "# Products\n\n## Ferries\n\n### Mission\n\nWe run boats.\n\n## Buses\n\n### Mission\n\nWe run buses.\n"
	ids := identities(t, two)
	n := 0
	for name := range ids {
		if strings.HasPrefix(name, "mission-audience") {
			n++
		}
	}
	if n != 2 {
		t.Fatalf("want two missions without an audience, got %v", keys(ids))
	}
	relabelled := identities(t, strings.Replace(two, "### Mission\n\nWe run buses.", "### Our purpose\n\nWe run buses.", 1))
	same := 0
	for _, p := range relabelled {
		for _, q := range ids {
			if p == q {
				same++
			}
		}
	}
	if same == len(ids) {
		t.Error("a statement announced under another heading kept every identity")
	}
}

// A baseline written by an earlier vmlint (version 1, every finding keyed
// by its text) is still read and matched as it was written.
func TestVersion1Baseline(t *testing.T) {
	linter := lint.NewLinter(rules.All)
	doc, _ := lint.Parse("docs/plan.md", []byte(plan))
	fs := linter.Lint(doc, linter.DefaultSettings())
	var legacy []lint.Finding
	for _, f := range fs {
		f.Anchor = "" // how version 1 saw every finding
		legacy = append(legacy, f)
	}
	b := report.NewBaseline(legacy)
	b.Version = 1
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	base, err := report.ReadBaseline(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if kept, stale := base.Filter(fs); len(kept) != 0 || len(stale) != 0 {
		t.Errorf("a version 1 baseline of the same file: %d findings kept, %d entries stale", len(kept), len(stale))
	}
	if _, err := report.ReadBaseline(strings.NewReader(`{"version":3,"findings":[]}`)); err == nil {
		t.Error("a baseline from a later vmlint was accepted")
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// --new-from-rev matches findings by the same keys: a word added to the
// mission makes nothing new; a new buzzword is new.
func TestNewSinceAfterAnEdit(t *testing.T) {
	linter := lint.NewLinter(rules.All)
	lintSrc := func(src string) []lint.Finding {
		doc, _ := lint.Parse("docs/plan.md", []byte(src))
		return linter.Lint(doc, linter.DefaultSettings())
	}
	before := lintSrc(plan)
	if fresh := report.NewSince(lintSrc(strings.Replace(plan, "run seamless crossings", "run seamless ferry crossings", 1)), before); len(fresh) != 0 {
		t.Errorf("a word added made findings new: %v", fresh)
	}
	fresh := report.NewSince(lintSrc(strings.Replace(plan, "run seamless crossings", "run seamless, synergistic crossings", 1)), before)
	if len(fresh) != 1 || fresh[0].Text != "synergistic" {
		t.Errorf("new findings: %v, want the new buzzword only", fresh)
	}
}
