package driver_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/config"
	"github.com/vmlint/vmlint/lint/driver"
	"github.com/vmlint/vmlint/lint/report"
	"github.com/vmlint/vmlint/rules"
)

const weak = "# Plan\n\n## Mission\n\nWe strive to deliver world-class solutions.\n"

// tree writes files (path → text) into a fresh repository folder and moves
// the test into it.
func tree(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	files[".git/HEAD"] = "ref: refs/heads/main\n"
	for p, text := range files {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

func newRunner(t *testing.T, opts driver.Options) *driver.Runner {
	t.Helper()
	opts.Rules = rules.All
	r, err := driver.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// run lints paths and returns the files delivered, in order.
func run(t *testing.T, r *driver.Runner, paths ...string) ([]*driver.File, driver.Summary) {
	t.Helper()
	files, errs := r.Files(paths)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var got []*driver.File
	sum, err := r.Run(context.Background(), files, func(f *driver.File) { got = append(got, f) })
	if err != nil {
		t.Fatal(err)
	}
	return got, sum
}

func names(files []*driver.File) string {
	var out []string
	for _, f := range files {
		out = append(out, f.Name)
	}
	return strings.Join(out, " ")
}

func TestRunDeliversInNameOrderWhateverTheWorkers(t *testing.T) {
	files := map[string]string{}
	for _, n := range []string{"b.md", "a.md", "c/d.md", "c/a.md", "z.md", "m.md"} {
		files[n] = weak
	}
	tree(t, files)
	var first []*driver.File
	for _, jobs := range []int{1, 2, 8} {
		got, sum := run(t, newRunner(t, driver.Options{Jobs: jobs}), "z.md", ".")
		if want := "a.md b.md c/a.md c/d.md m.md z.md"; names(got) != want {
			t.Errorf("-j %d: delivered %s, want %s", jobs, names(got), want)
		}
		if sum.Linted != 6 || !sum.Fails || sum.Failed {
			t.Errorf("-j %d: summary %+v", jobs, sum)
		}
		for _, f := range got {
			if len(f.Findings) == 0 || f.Doc != nil {
				t.Errorf("-j %d: %s: %d findings, document kept %v", jobs, f.Name, len(f.Findings), f.Doc != nil)
			}
		}
		if first == nil {
			first = got
		} else if !reflect.DeepEqual(got, first) {
			t.Errorf("-j %d: the files differ from -j 1's", jobs)
		}
	}
}

func TestIgnoredFilesAreNotDelivered(t *testing.T) {
	tree(t, map[string]string{
		".vmlint.yml":  "ignore: [\"drafts/**\"]\n",
		"drafts/a.md":  weak,
		"docs/a.md":    weak,
		"docs/skip.md": weak,
	})
	got, sum := run(t, newRunner(t, driver.Options{Ignore: []string{"docs/skip.md"}}), ".")
	if names(got) != "docs/a.md" || sum.Linted != 1 {
		t.Errorf("delivered %q (%d linted), want only docs/a.md", names(got), sum.Linted)
	}
	// Without configuration files, only the flag ignores.
	got, _ = run(t, newRunner(t, driver.Options{NoConfig: true, Ignore: []string{"docs/**"}}), ".")
	if names(got) != "drafts/a.md" {
		t.Errorf("--no-config: delivered %q", names(got))
	}
}

func TestConfigErrorComesOnce(t *testing.T) {
	tree(t, map[string]string{
		"docs/.vmlint.yml": "rules:\n  buzzwords: loud\n",
		"docs/a.md":        weak,
		"docs/b.md":        weak,
		"good.md":          weak,
	})
	got, sum := run(t, newRunner(t, driver.Options{Jobs: 2}), ".")
	var errs []string
	for _, f := range got {
		if f.ConfigErr != nil {
			errs = append(errs, f.Name+": "+f.ConfigErr.Error())
		}
		if f.Linted != (f.Name == "good.md") {
			t.Errorf("%s: linted %v", f.Name, f.Linted)
		}
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "docs/a.md: ") || !sum.Failed {
		t.Errorf("configuration errors %q, failed %v; want one, with docs/a.md", errs, sum.Failed)
	}
}

func TestUsageErrors(t *testing.T) {
	tree(t, map[string]string{})
	for _, opts := range []driver.Options{
		{Config: "x.yml", NoConfig: true},
		{Ignore: []string{"[a"}},
		{Jobs: -1},
		{Flags: configFlags("buzzword")},
	} {
		opts.Rules = rules.All
		_, err := driver.New(opts)
		var usage *driver.UsageError
		if !errors.As(err, &usage) {
			t.Errorf("%+v: error %v, want a usage error", opts, err)
		}
	}
}

// TestDocumentIsWhatRunReports checks that one document in memory gets the
// findings the same bytes get as a file, with its configuration, and that
// Document is safe to call side by side.
func TestDocumentIsWhatRunReports(t *testing.T) {
	tree(t, map[string]string{
		".vmlint.yml":  "ignore: [\"drafts/**\"]\nrules:\n  buzzwords: error\n",
		"docs/plan.md": weak,
	})
	r := newRunner(t, driver.Options{})
	got, _ := run(t, r, "docs/plan.md")
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := r.Document(context.Background(), "docs/plan.md", []byte(weak))
			if f == nil || f.Doc == nil || len(f.Doc.Statements) != 1 {
				t.Error("no document, or its statement is missing")
				return
			}
			if !reflect.DeepEqual(f.Findings, got[0].Findings) {
				t.Errorf("Document's findings differ from Run's:\n%v\n%v", f.Findings, got[0].Findings)
			}
		}()
	}
	wg.Wait()
	if f := r.Document(context.Background(), "drafts/x.md", []byte(weak)); f != nil {
		t.Error("a document the configuration ignores was linted")
	}
	writeFile(t, "broken/.vmlint.yml", "rules:\n  buzzwords: loud\n")
	if f := r.Document(context.Background(), "broken/x.md", []byte(weak)); f == nil || f.ConfigErr == nil || f.Linted {
		t.Errorf("a document whose configuration is broken: %+v, want its configuration error", f)
	}
	for _, f := range got[0].Findings {
		if f.Rule == "buzzwords" && f.Severity != lint.Error {
			t.Errorf("the configuration's severity was not applied: %v", f)
		}
	}
}

func TestFiltersApplyBeforeDelivery(t *testing.T) {
	tree(t, map[string]string{"a.md": weak, "b.md": weak})
	all, _ := run(t, newRunner(t, driver.Options{}), ".")
	var aFindings []lint.Finding
	for _, f := range all {
		if f.Name == "a.md" {
			aFindings = f.Findings
		}
	}
	base := report.NewBaseline(append(aFindings, lint.Finding{Path: "gone.md", Rule: "buzzwords", Text: "synergy"}))
	got, sum := run(t, newRunner(t, driver.Options{Baseline: base, FailOn: lint.Warning}), ".")
	if len(got[0].Findings) != 0 || len(got[1].Findings) != len(all[1].Findings) || got[0].Fails || !got[1].Fails {
		t.Errorf("baseline: a.md kept %d findings (fails %v), b.md %d of %d", len(got[0].Findings), got[0].Fails, len(got[1].Findings), len(all[1].Findings))
	}
	if len(sum.Stale) != 1 || sum.Stale[0].Path != "gone.md" {
		t.Errorf("stale entries %+v, want gone.md's", sum.Stale)
	}
	got, _ = run(t, newRunner(t, driver.Options{MinSeverity: lint.Warning, FailOn: lint.Info}), "a.md")
	for _, f := range got[0].Findings {
		if f.Severity < lint.Warning {
			t.Errorf("a finding under --min-severity was delivered: %v", f)
		}
	}
	if len(got[0].Findings) == 0 || len(got[0].Findings) == len(aFindings) || !got[0].Fails {
		t.Errorf("--min-severity warning kept %d of %d findings, fails %v", len(got[0].Findings), len(aFindings), got[0].Fails)
	}
}

func TestPrepareSeesTheDocument(t *testing.T) {
	tree(t, map[string]string{"a.md": weak, "b.md": weak})
	var mu sync.Mutex
	seen := 0
	got, _ := run(t, newRunner(t, driver.Options{Jobs: 2, Prepare: func(f *driver.File) {
		mu.Lock()
		defer mu.Unlock()
		if f.Doc != nil && f.Doc.Path == f.Name {
			seen++
		}
		f.Rendered = []report.Part{{Bytes: []byte(f.Name)}}
	}}), ".")
	if seen != 2 || string(got[1].Rendered[0].Bytes) != "b.md" || got[1].Doc != nil {
		t.Errorf("Prepare saw %d documents; delivered %v, document kept %v", seen, got[1].Rendered, got[1].Doc != nil)
	}
	got, _ = run(t, newRunner(t, driver.Options{KeepDocuments: true}), ".")
	if got[0].Doc == nil || len(got[0].Doc.Statements) != 1 {
		t.Error("KeepDocuments did not keep the document")
	}
}

func TestStoppedRunStartsNoMoreFiles(t *testing.T) {
	files := map[string]string{}
	for i := range 50 {
		files[filepath.Join("d", string(rune('a'+i%26))+strings.Repeat("x", i/26)+".md")] = weak
	}
	tree(t, files)
	for _, jobs := range []int{1, 3} {
		ctx, cancel := context.WithCancel(context.Background())
		var mu sync.Mutex
		late := 0 // files that reached the end of linting after the run stopped
		r := newRunner(t, driver.Options{Jobs: jobs, Prepare: func(*driver.File) {
			mu.Lock()
			defer mu.Unlock()
			if ctx.Err() != nil {
				late++
			}
		}})
		paths, _ := r.Files([]string{"d"})
		delivered := 0
		_, err := r.Run(ctx, paths, func(*driver.File) {
			delivered++
			if delivered == 5 {
				cancel()
			}
		})
		// Files in flight when the run stops finish; no other starts.
		if !errors.Is(err, context.Canceled) || late > jobs {
			t.Errorf("-j %d: %d files linted after the run stopped, error %v", jobs, late, err)
		}
	}
}

func configFlags(only ...string) config.Flags { return config.Flags{Only: only} }

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
