package report_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/fix"
	"github.com/vmlint/vmlint/lint/linttest"
	"github.com/vmlint/vmlint/lint/report"
	"github.com/vmlint/vmlint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// exampleResult lints the example documents with the default settings.
func exampleResult(tb testing.TB) *report.Result {
	tb.Helper()
	linter := lint.NewLinter(rules.All)
	res := &report.Result{Version: "v0.0.0-test", Rules: linter.Rules()}
	for _, doc := range linttest.ParseDir(tb, "../../testdata/examples", "../../") {
		fs := linter.Lint(doc, linter.DefaultSettings())
		res.Files = append(res.Files, report.NewFile(doc, fs))
		res.Findings = append(res.Findings, fs...)
	}
	lint.SortFindings(res.Findings)
	return res
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	linttest.Golden(t, filepath.Join("../../testdata/golden", name), got, *update)
}

func TestGoldenFormats(t *testing.T) {
	res := exampleResult(t)
	ext := map[string]string{"text": "txt", "line": "line", "json": "json", "sarif": "sarif", "github": "github", "checkstyle": "checkstyle.xml", "junit": "junit.xml", "markdown": "md"}
	for _, format := range report.Formats {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := report.Write(&b, format, res, false); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(b.Bytes(), []byte("\x1b[")) {
				t.Error("colour codes in output")
			}
			golden(t, "report."+ext[format], b.Bytes())
		})
	}
}

// TestColouredTextIsPlainTextPainted checks that colour only adds escape
// codes: without them, the coloured text output is the plain one.
func TestColouredTextIsPlainTextPainted(t *testing.T) {
	res := exampleResult(t)
	var plain, coloured bytes.Buffer
	if err := report.Write(&plain, "text", res, false); err != nil {
		t.Fatal(err)
	}
	if err := report.Write(&coloured, "text", res, true); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(coloured.Bytes(), []byte("\x1b[")) {
		t.Fatal("no colour codes in coloured output")
	}
	stripped := regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAll(coloured.Bytes(), nil)
	if !bytes.Equal(stripped, plain.Bytes()) {
		t.Errorf("coloured output without its escapes differs from plain output:\n%s\nwant:\n%s", stripped, plain.Bytes())
	}
}

// TestPartsRenderApart checks that a stream's parts can be rendered in any
// order, as workers render them, and give the whole output once added in
// order; and that every format is whole for a run of no files and of one.
func TestPartsRenderApart(t *testing.T) {
	res := exampleResult(t)
	run := report.Run{Version: res.Version, Rules: res.Rules}
	for _, format := range report.Formats {
		var whole bytes.Buffer
		if err := report.Write(&whole, format, res, false); err != nil {
			t.Fatal(err)
		}
		var streamed bytes.Buffer
		s := report.NewStream(&streamed, format, run, false)
		parts := make([]report.Part, len(res.Files))
		mine := make([][]lint.Finding, len(res.Files))
		for i := len(res.Files) - 1; i >= 0; i-- { // last file first
			for _, fd := range res.Findings {
				if fd.Path == res.Files[i].Path {
					mine[i] = append(mine[i], fd)
				}
			}
			parts[i] = s.Render(res.Files[i], mine[i])
		}
		for i := range parts {
			s.Add(parts[i], mine[i])
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(streamed.Bytes(), whole.Bytes()) {
			t.Errorf("%s: parts rendered last file first differ from the whole:\n%s\nwant:\n%s", format, streamed.Bytes(), whole.Bytes())
		}
		for _, r := range []*report.Result{{Version: "v0"}, {Version: "v0", Files: res.Files[:1]}} {
			var b bytes.Buffer
			if err := report.Write(&b, format, r, false); err != nil {
				t.Fatal(err)
			}
			switch format {
			case "json", "sarif":
				if !json.Valid(b.Bytes()) {
					t.Errorf("%s of %d files is not JSON:\n%s", format, len(r.Files), b.Bytes())
				}
			case "checkstyle", "junit":
				if err := xml.Unmarshal(b.Bytes(), new(struct{})); err != nil {
					t.Errorf("%s of %d files is not XML: %v\n%s", format, len(r.Files), err, b.Bytes())
				}
			}
		}
	}
}

func TestNothingWhenClean(t *testing.T) {
	for _, format := range []string{"text", "line", "github"} {
		var b bytes.Buffer
		if err := report.Write(&b, format, &report.Result{Files: []*report.File{{Path: "a.md"}}}, true); err != nil {
			t.Fatal(err)
		}
		if b.Len() != 0 {
			t.Errorf("%s printed %q with no findings", format, b.String())
		}
	}
}

func TestLineFormat(t *testing.T) {
	res := exampleResult(t)
	var b bytes.Buffer
	if err := report.WriteLines(&b, res.Findings); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(res.Findings) {
		t.Fatalf("%d lines for %d findings", len(lines), len(res.Findings))
	}
	for i, l := range lines {
		f := res.Findings[i]
		want := f.Path + ":" + itoa(f.Span.Start.Line) + ":" + itoa(f.Span.Start.Column) + ": " + f.Severity.String() + ": "
		if !strings.HasPrefix(l, want) || !strings.HasSuffix(l, "["+f.Rule+"]") {
			t.Errorf("line %q, want it to start %q and end with the rule", l, want)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSARIFValidatesAgainstTheSchema(t *testing.T) {
	validateSARIF(t, exampleResult(t))
}

// validateSARIF checks the result's SARIF log against the OASIS schema and
// the draft-07 one, when they are beside the repository.
func validateSARIF(t *testing.T, res *report.Result) {
	t.Helper()
	schemaPath := "../../../shared/schemas/sarif-schema-2.1.0.json"
	if _, err := os.Stat(schemaPath); err != nil {
		t.Skip("the SARIF schema is not beside the repository")
	}
	for _, name := range []string{"sarif-schema-2.1.0.json", "sarif-schema-2.1.0.draft07.json"} {
		t.Run(name, func(t *testing.T) {
			c := jsonschema.NewCompiler()
			schemaFile, err := os.Open(filepath.Join("../../../shared/schemas", name))
			if err != nil {
				t.Skip(err)
			}
			defer func() { _ = schemaFile.Close() }()
			doc, err := jsonschema.UnmarshalJSON(schemaFile)
			if err != nil {
				t.Fatal(err)
			}
			if err := c.AddResource("sarif.json", doc); err != nil {
				t.Fatal(err)
			}
			schema, err := c.Compile("sarif.json")
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := report.WriteSARIF(&b, res); err != nil {
				t.Fatal(err)
			}
			inst, err := jsonschema.UnmarshalJSON(&b)
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(inst); err != nil {
				t.Errorf("SARIF output does not validate: %v", err)
			}
		})
	}
}

// replacing is a document whose findings suggest replacements: a wordy
// phrase, and hedges to remove, after multi-byte text.
const replacing = "# Plan 😀\n\n## Mission\n\nWe try to help 🧑‍🌾 farmers in Kenya utilize their land in order to feed\ntheir towns.\n"

// TestReplacementsInJSONAndSARIF checks that each suggested replacement is
// in the json format as "replacement" and in SARIF as a fix that
// validates, and that making the fixes as SARIF gives them makes the text
// vmlint lint --fix makes.
func TestReplacementsInJSONAndSARIF(t *testing.T) {
	linter := lint.NewLinter(rules.All)
	doc, _ := lint.Parse("docs/plan.md", []byte(replacing))
	findings := linter.Lint(doc, linter.DefaultSettings())
	res := &report.Result{Files: []*report.File{report.NewFile(doc, findings)}, Findings: findings, Rules: linter.Rules(), Version: "test"}
	want, n := fix.Apply(doc.Source, findings)
	if n != 3 || string(want) != "# Plan 😀\n\n## Mission\n\nWe help 🧑‍🌾 farmers in Kenya use their land to feed\ntheir towns.\n" {
		t.Fatalf("%d replacements make\n%s", n, want)
	}
	validateSARIF(t, res)

	var js bytes.Buffer
	if err := report.WriteJSON(&js, res); err != nil {
		t.Fatal(err)
	}
	var jsonLog struct {
		Findings []struct {
			Start, End  lint.Pos
			Replacement *string
		}
	}
	if err := json.Unmarshal(js.Bytes(), &jsonLog); err != nil {
		t.Fatal(err)
	}
	var fromJSON []lint.Finding
	for _, f := range jsonLog.Findings {
		fromJSON = append(fromJSON, lint.Finding{Span: lint.Span{Start: f.Start, End: f.End}, Replacement: f.Replacement})
	}
	if got, _ := fix.Apply(doc.Source, fromJSON); string(got) != string(want) {
		t.Errorf("the json replacements make\n%s", got)
	}

	var sarif bytes.Buffer
	if err := report.WriteSARIF(&sarif, res); err != nil {
		t.Fatal(err)
	}
	var sarifLog struct {
		Runs []struct {
			Results []struct {
				Fixes []struct {
					Description     struct{ Text string }
					ArtifactChanges []struct {
						ArtifactLocation struct{ URI string }
						Replacements     []struct {
							DeletedRegion struct {
								StartLine, StartColumn, EndLine, EndColumn, ByteOffset, ByteLength int
							}
							InsertedContent *struct{ Text string }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(sarif.Bytes(), &sarifLog); err != nil {
		t.Fatal(err)
	}
	var fromSARIF []lint.Finding
	var descriptions []string
	for i, r := range sarifLog.Runs[0].Results {
		for _, fx := range r.Fixes {
			descriptions = append(descriptions, fx.Description.Text)
			for _, ch := range fx.ArtifactChanges {
				if ch.ArtifactLocation.URI != "docs/plan.md" {
					t.Errorf("fix of %q", ch.ArtifactLocation.URI)
				}
				for _, rep := range ch.Replacements {
					d := rep.DeletedRegion
					text := ""
					if rep.InsertedContent != nil {
						text = rep.InsertedContent.Text
					}
					sp := findings[i].Span
					if d.StartLine != sp.Start.Line || d.StartColumn != sp.Start.Column || d.EndLine != sp.End.Line || d.EndColumn != sp.End.Column {
						t.Errorf("deleted region %+v, finding at %+v", d, sp)
					}
					fromSARIF = append(fromSARIF, lint.Finding{Span: lint.Span{Start: lint.Pos{Offset: d.ByteOffset}, End: lint.Pos{Offset: d.ByteOffset + d.ByteLength}}, Replacement: &text})
				}
			}
		}
	}
	if got, _ := fix.Apply(doc.Source, fromSARIF); string(got) != string(want) {
		t.Errorf("the SARIF fixes make\n%s", got)
	}
	if strings.Join(descriptions, "; ") != `Remove "try to"; Replace "utilize" with "use"; Replace "in order to" with "to"` {
		t.Errorf("fix descriptions %q", descriptions)
	}
}

func TestSARIFContent(t *testing.T) {
	res := exampleResult(t)
	var b bytes.Buffer
	if err := report.WriteSARIF(&b, res); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			ColumnKind string
			Tool       struct {
				Driver struct{ Rules []struct{ ID string } }
			}
			Results []struct {
				RuleID              string
				RuleIndex           int
				Level               string
				PartialFingerprints map[string]string
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" || len(run.Tool.Driver.Rules) != len(rules.All) || len(run.Results) != len(res.Findings) {
		t.Fatalf("run: columnKind %q, %d rules, %d results", run.ColumnKind, len(run.Tool.Driver.Rules), len(run.Results))
	}
	seen := map[string]bool{}
	for _, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("ruleIndex %d is not %s", r.RuleIndex, r.RuleID)
		}
		if r.Level != "error" && r.Level != "warning" && r.Level != "note" {
			t.Errorf("level %q", r.Level)
		}
		fp := r.PartialFingerprints["vmlintFinding/v2"]
		if fp == "" || seen[fp] {
			t.Errorf("fingerprint %q missing or repeated", fp)
		}
		seen[fp] = true
	}
}

func TestFingerprintsSurviveUnrelatedEdits(t *testing.T) {
	linter := lint.NewLinter(rules.All)
	lintSrc := func(src string) []lint.Finding {
		doc, _ := lint.Parse("VISION.md", []byte(src))
		return linter.Lint(doc, linter.DefaultSettings())
	}
	before := lintSrc("# Vision\n\nA seamless world-class app for clinics.\n")
	after := lintSrc("# Product\n\nAn intro paragraph was added.\n\n## Vision\n\nA seamless world-class app for clinics.\n")
	fp := func(fs []lint.Finding) map[string]bool {
		out := map[string]bool{}
		for i, p := range report.Fingerprints(fs) {
			if fs[i].Rule == "buzzwords" {
				out[p] = true
			}
		}
		return out
	}
	a, b := fp(before), fp(after)
	if len(a) != 2 || len(b) != 2 {
		t.Fatalf("buzzword fingerprints: %d before, %d after", len(a), len(b))
	}
	for p := range a {
		if !b[p] {
			t.Errorf("fingerprint %s changed when lines were added above", p)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	f := lint.Finding{
		Path: "docs/a,b:c.md", Rule: "r", Severity: lint.Info, Message: "100% sure\r\nnext",
		Span: lint.Span{Start: lint.Pos{Line: 3, Column: 2}, End: lint.Pos{Line: 3, Column: 9}},
	}
	var b bytes.Buffer
	if err := report.WriteGitHub(&b, &report.Result{Findings: []lint.Finding{f}}); err != nil {
		t.Fatal(err)
	}
	want := "::notice file=docs/a%2Cb%3Ac.md,line=3,col=2,endLine=3,endColumn=9,title=vmlint r::100%25 sure%0D%0Anext\n"
	if b.String() != want {
		t.Errorf("got  %q\nwant %q", b.String(), want)
	}
	f.Span.End = lint.Pos{Line: 5, Column: 1}
	f.Severity = lint.Error
	b.Reset()
	_ = report.WriteGitHub(&b, &report.Result{Findings: []lint.Finding{f}})
	if !strings.HasPrefix(b.String(), "::error file=docs/a%2Cb%3Ac.md,line=3,endLine=5,title=") {
		t.Errorf("a multi-line finding must drop its columns: %q", b.String())
	}
}

func TestXMLFormatsParse(t *testing.T) {
	res := exampleResult(t)
	var b bytes.Buffer
	if err := report.WriteJUnit(&b, res); err != nil {
		t.Fatal(err)
	}
	var suites struct {
		Suite []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Cases    []struct {
				Name     string `xml:"name,attr"`
				Failures []struct {
					Message string `xml:"message,attr"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(b.Bytes(), &suites); err != nil {
		t.Fatal(err)
	}
	tests, failures := 0, 0
	for _, s := range suites.Suite {
		if len(s.Cases) != 1 || s.Cases[0].Name != s.Name || s.Tests != 1 || s.Failures != len(s.Cases[0].Failures) {
			t.Errorf("junit suite %s: %d cases, counts %d and %d", s.Name, len(s.Cases), s.Tests, s.Failures)
			continue
		}
		tests += s.Tests
		failures += s.Failures
	}
	if failures != len(res.Findings) || tests != len(res.Files) || len(suites.Suite) != len(res.Files) {
		t.Errorf("junit: %d tests, %d failures; want %d and %d", tests, failures, len(res.Files), len(res.Findings))
	}
	b.Reset()
	if err := report.WriteCheckstyle(&b, res); err != nil {
		t.Fatal(err)
	}
	var cs struct {
		Files []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line     int    `xml:"line,attr"`
				Severity string `xml:"severity,attr"`
				Source   string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal(b.Bytes(), &cs); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range cs.Files {
		for _, e := range f.Errors {
			n++
			if e.Line < 1 || !strings.HasPrefix(e.Source, "vmlint.") {
				t.Errorf("checkstyle error %+v", e)
			}
		}
	}
	if n != len(res.Findings) || len(cs.Files) != len(res.Files) {
		t.Errorf("checkstyle: %d errors in %d files; want %d in %d", n, len(cs.Files), len(res.Findings), len(res.Files))
	}
}

func TestBaselineAndNewSince(t *testing.T) {
	linter := lint.NewLinter(rules.All)
	lintSrc := func(src string) []lint.Finding {
		doc, _ := lint.Parse("m.md", []byte(src))
		return linter.Lint(doc, linter.DefaultSettings())
	}
	old := lintSrc("# Mission\n\nWe deliver world-class tea.\n")
	now := lintSrc("# Intro\n\nHello.\n\n## Mission\n\nWe deliver world-class, seamless tea.\n")
	var b bytes.Buffer
	if err := report.NewBaseline(old).Write(&b); err != nil {
		t.Fatal(err)
	}
	base, err := report.ReadBaseline(&b)
	if err != nil {
		t.Fatal(err)
	}
	kept, stale := base.Filter(now)
	var names []string
	for _, f := range kept {
		names = append(names, f.Rule+":"+f.Text)
	}
	if strings.Join(names, ",") == "" || !strings.Contains(strings.Join(names, ","), "buzzwords:seamless") || strings.Contains(strings.Join(names, ","), "buzzwords:world-class") {
		t.Errorf("baseline kept %v", names)
	}
	if len(stale) != 0 {
		t.Errorf("the mission under the same heading was edited, yet entries went stale: %v", stale)
	}
	fresh := report.NewSince(now, old)
	for _, f := range fresh {
		if f.Rule == "buzzwords" && f.Text == "world-class" {
			t.Error("NewSince reported an old finding as new")
		}
	}
	if _, err := report.ReadBaseline(strings.NewReader(`{"version":1,"findings":[],"extra":1}`)); err == nil {
		t.Error("a baseline with unknown fields was accepted")
	}
}
