package rules_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/rules"
)

// The judgement suite (testdata/judgement/statements.tsv) holds vision and
// mission statements written fresh for fictional organisations, each
// labelled good (it must draw no warning from any rule) or bad (it must
// draw each rule its row names). It is how vmlint shows that it judges as
// a careful reader does, on text nobody tuned it on.

const judgementFile = "../testdata/judgement/statements.tsv"

// judgementEnv names another file of the same columns to judge instead,
// such as a held-out set written by someone who has not seen the rules:
// VMLINT_JUDGEMENT=/path/to/set.tsv go test ./rules -run Judgement -v
const judgementEnv = "VMLINT_JUDGEMENT"

// judgementPath returns the file the suite reads.
func judgementPath() string {
	if p := os.Getenv(judgementEnv); p != "" {
		return p
	}
	return filepath.FromSlash(judgementFile)
}

// minCaught is the share of bad statements that must draw every rule
// their row names.
const minCaught = 0.95

type judgement struct {
	id, kind, verdict, pattern, text string
	rules                            []string // "rule" or "rule@info"
}

func readJudgements(t *testing.T) []judgement {
	t.Helper()
	path := judgementPath()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	var out []judgement
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 10 {
			t.Fatalf("%s:%d: %d columns, want 10", path, n, len(cols))
		}
		j := judgement{id: cols[0], kind: cols[1], verdict: cols[2], pattern: cols[8], text: cols[9]}
		if cols[3] != "" {
			j.rules = strings.Split(cols[3], ",")
		}
		out = append(out, j)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// judge lints one statement alone under "# Vision" or "# Mission" with
// every rule at its defaults.
func judge(t *testing.T, linter *lint.Linter, j judgement) []lint.Finding {
	t.Helper()
	heading := "# Vision"
	if j.kind == "mission" {
		heading = "# Mission"
	}
	doc, err := lint.Parse(j.id+".md", []byte(heading+"\n\n"+j.text+"\n"))
	if err != nil {
		t.Fatalf("%s: %v", j.id, err)
	}
	return linter.Lint(doc, linter.DefaultSettings())
}

func TestJudgementSuite(t *testing.T) {
	linter := lint.NewLinter(rules.All)
	var good, quiet, bad, caught int
	missed := map[string]int{}
	for _, j := range readJudgements(t) {
		findings := judge(t, linter, j)
		switch j.verdict {
		case "good":
			good++
			var warned []string
			for _, f := range findings {
				if f.Severity >= lint.Warning {
					warned = append(warned, fmt.Sprintf("%s: %s", f.Rule, f.Message))
				}
			}
			if len(warned) == 0 {
				quiet++
			} else {
				t.Errorf("%s (good %s, %s) draws a warning: %q\n\t%s", j.id, j.kind, j.pattern, j.text, strings.Join(warned, "\n\t"))
			}
		case "bad":
			bad++
			all := true
			for _, want := range j.rules {
				name, level, _ := strings.Cut(want, "@")
				rule := linter.Rule(name)
				if rule == nil {
					t.Fatalf("%s names %q, which is no rule of vmlint", j.id, name)
				}
				least := rule.Severity
				if level == "info" {
					least = lint.Info
				}
				drawn := false
				for _, f := range findings {
					if f.Rule == name && f.Severity >= least {
						drawn = true
					}
				}
				if !drawn {
					all = false
					missed[want]++
					t.Logf("%s (bad %s, %s) does not draw %s: %q", j.id, j.kind, j.pattern, want, j.text)
				}
			}
			if all {
				caught++
			}
		default:
			t.Fatalf("%s: verdict %q, want good or bad", j.id, j.verdict)
		}
	}
	rate := float64(caught) / float64(max(bad, 1))
	fmt.Printf("judgement: good statements quiet %d of %d; bad statements caught %d of %d (%.3f)\n", quiet, good, caught, bad, rate)
	names := make([]string, 0, len(missed))
	for n := range missed {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("judgement: missed %-28s %d\n", n, missed[n])
	}
	if (good < 80 || bad < 60) && os.Getenv(judgementEnv) == "" {
		t.Errorf("the suite holds %d good and %d bad statements; it needs at least 80 and 60", good, bad)
	}
	if rate < minCaught {
		t.Errorf("bad statements caught: %.3f, below %.2f", rate, minCaught)
	}
}
