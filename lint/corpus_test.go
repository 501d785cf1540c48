package lint_test

import (
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/corpus"
)

// The corpus evaluation measures statement and component detection against
// human labels. It runs when VMLINT_CORPUS names the labelled corpus folder,
// as .ci/run sets it, and fails below the accuracy floors the project has
// committed to.

const (
	minStatementF1  = 0.90
	minAudienceF1   = 0.90
	minComponentF1  = 0.85 // value, strategy, future
	minSpecificRate = 0.80
)

func corpusDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv(corpus.Env)
	if dir == "" {
		t.Skip(corpus.Env + " is not set")
	}
	return dir
}

func TestCorpusStatementDetection(t *testing.T) {
	dir := corpusDir(t)
	labels, err := corpus.Docs(dir)
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string][]corpus.DocLabel{}
	for _, l := range labels {
		if l.Kind == "none" {
			byFile[l.File] = nil // a document with no statement: every detection is false
			continue
		}
		byFile[l.File] = append(byFile[l.File], l)
	}
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		files = append(files, f)
	}
	sort.Strings(files)
	var total corpus.Score
	for _, file := range files {
		src, err := os.ReadFile(corpus.DocPath(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := lint.Parse(file, src)
		matched := make([]bool, len(byFile[file]))
		for _, s := range doc.Statements {
			if s.Empty || s.Placeholder {
				continue // marked for rules, not counted as statements
			}
			hit := false
			for i, l := range byFile[file] {
				if !matched[i] && l.Kind == string(s.Kind) && s.Span.Start.Line <= l.End && l.Start <= s.Span.End.Line {
					matched[i], hit = true, true
					break
				}
			}
			total.Add(hit, true)
			if !hit {
				t.Logf("false positive: %s:%d-%d %s (%s) %.60q", file, s.Span.Start.Line, s.Span.End.Line, s.Kind, s.Form, s.Text())
			}
		}
		for i, l := range byFile[file] {
			if !matched[i] {
				total.Add(true, false)
				t.Logf("missed: %s:%d-%d %s", file, l.Start, l.End, l.Kind)
			}
		}
	}
	fmt.Printf("corpus: statements: %v\n", total)
	if total.F1() < minStatementF1 {
		t.Errorf("statement detection F1 %.3f is below %.2f", total.F1(), minStatementF1)
	}
}

func TestCorpusComponents(t *testing.T) {
	dir := corpusDir(t)
	statements, err := corpus.Statements(dir)
	if err != nil {
		t.Fatal(err)
	}
	scores := map[string]*corpus.Score{"audience": {}, "value": {}, "strategy": {}, "future": {}}
	agree, both := 0, 0
	for _, st := range statements {
		if !st.Usable {
			continue
		}
		doc, _ := lint.Parse(st.ID+".md", st.Document())
		var c lint.Components
		if s := corpus.First(doc); s != nil {
			c = s.Analysis.Components
		}
		check := func(name string, gold, got bool) {
			scores[name].Add(gold, got)
			if gold != got {
				t.Logf("%s: %s on %s %q", name, map[bool]string{true: "false positive", false: "missed"}[got], st.ID, st.Text)
			}
		}
		level := c.AudienceLevel()
		check("audience", st.Audience != "none", level != "none")
		check("value", st.Value, len(c.Value) > 0)
		check("strategy", st.Strategy, len(c.Strategy) > 0)
		check("future", st.Future, len(c.Future) > 0)
		if st.Audience != "none" && level != "none" {
			both++
			if st.Audience == level {
				agree++
			} else {
				t.Logf("specific: %s labelled %s, found %s in %q", st.ID, st.Audience, level, st.Text)
			}
		}
	}
	for _, name := range []string{"audience", "value", "strategy", "future"} {
		fmt.Printf("corpus: %-8s %v\n", name, *scores[name])
		floor := minComponentF1
		if name == "audience" {
			floor = minAudienceF1
		}
		if f := scores[name].F1(); f < floor {
			t.Errorf("%s F1 %.3f is below %.2f", name, f, floor)
		}
	}
	rate := float64(agree) / float64(max(both, 1))
	fmt.Printf("corpus: specific agrees on %d of %d statements (%.3f)\n", agree, both, rate)
	if rate < minSpecificRate {
		t.Errorf("specific/generic agrees on %.3f of statements, below %.2f", rate, minSpecificRate)
	}
}
