package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/driver"
	"github.com/vmlint/vmlint/lint/lsp/jsonrpc"
	"github.com/vmlint/vmlint/rules"
)

// multiByte has emoji (one with a joiner), CJK and combining characters
// before its findings, on the findings' lines and the lines above.
const multiByte = "# 计划 😀\n\n## Vision\n\n> 🧑‍🌾 Ünïcode cafe\u0301 日本語: by 2030 every farmer in 東京 will sell world-class\n> produce through seamless, innovative 🚜 markets.\n"

const utf8Client = `{"general":{"positionEncodings":["utf-8","utf-16"]}}`

// cliDiagnostics lints the file at path as vmlint lint does (the pipeline
// over a file on disk) and converts each finding to what the editor should
// show, from its line and column (which count characters) rather than its
// byte offsets: a conversion independent of the server's.
func cliDiagnostics(t *testing.T, path string, enc encoding) []Diagnostic {
	t.Helper()
	r, err := driver.New(driver.Options{Rules: rules.All})
	if err != nil {
		t.Fatal(err)
	}
	var findings []lint.Finding
	if _, err := r.Run(context.Background(), []string{path}, func(f *driver.File) { findings = f.Findings }); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	at := func(p lint.Pos) Position {
		line := lines[p.Line-1]
		if p.Line == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		prefix := []rune(line)
		if p.Column-1 < len(prefix) {
			prefix = prefix[:p.Column-1]
		}
		units := len(utf16.Encode(prefix))
		switch enc {
		case utf8Encoding:
			units = len(string(prefix))
		case utf32Encoding:
			units = len(prefix)
		}
		return Position{Line: p.Line - 1, Character: units}
	}
	out := []Diagnostic{}
	for _, f := range findings {
		d := Diagnostic{Range: Range{at(f.Span.Start), at(f.Span.End)}, Severity: severity(f.Severity), Code: f.Rule, Source: "vmlint", Message: f.Message}
		if f.Rule == "unused-suppression" {
			d.Tags = []int{tagUnnecessary}
		}
		out = append(out, d)
	}
	return out
}

func showDiagnostics(ds []Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "%d:%d-%d:%d %d %s %s %v\n", d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character, d.Severity, d.Code, d.Message, d.Tags)
	}
	return b.String()
}

// TestDiagnosticsAreTheCommandLinesFindings opens each example document,
// and one with multi-byte text before its findings, in clients of each
// position encoding: the diagnostics are the findings vmlint lint reports
// for the same file, at the same places.
func TestDiagnosticsAreTheCommandLinesFindings(t *testing.T) {
	files := map[string]string{"multibyte.md": multiByte, "crlf.md": strings.ReplaceAll(multiByte, "\n", "\r\n"), "bom.md": "\ufeff" + multiByte}
	examples, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "examples", "*.md"))
	for _, p := range examples {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(p)] = string(src)
	}
	dir := workspace(t, files)
	for _, caps := range []string{noCapabilities, utf8Client} {
		c := newClient(t, Options{})
		enc := encoding(c.initialize(caps).Capabilities.PositionEncoding)
		for name, text := range files {
			if name == ".git/HEAD" {
				continue
			}
			path := filepath.Join(dir, name)
			uri := fileURI(path)
			c.open(uri, text)
			got := c.diagnostics(uri)
			want := cliDiagnostics(t, path, enc)
			if g, w := showDiagnostics(got.Diagnostics), showDiagnostics(want); g != w {
				t.Errorf("%s (%s):\ngot\n%swant\n%s", name, enc, g, w)
			}
			if name == "multibyte.md" && len(want) < 3 {
				t.Errorf("multibyte.md has only %d findings; the test needs some after the multi-byte text", len(want))
			}
		}
	}
}

// TestPositionsAfterMultiByteText pins the place of one finding after
// emoji, CJK and combining characters in each encoding, counted by hand.
func TestPositionsAfterMultiByteText(t *testing.T) {
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	// On line 4: "> " (2), "🧑‍🌾" (3 code points, 5 UTF-16 units, 11 bytes),
	// " Ünïcode " (9 characters, 11 bytes), "cafe\u0301 " (6 code points,
	// 7 bytes), "日本語" (3, 9 bytes), ": by 2030 every farmer in " (26),
	// "東京" (2, 6 bytes), " will sell " (11), then "world-class".
	for _, c := range []struct {
		caps  string
		start int
	}{
		{noCapabilities, 2 + 5 + 9 + 6 + 3 + 26 + 2 + 11},
		{utf8Client, 2 + 11 + 11 + 7 + 9 + 26 + 6 + 11},
	} {
		cl := newClient(t, Options{})
		cl.initialize(c.caps)
		cl.open(uri, multiByte)
		var found bool
		for _, d := range cl.diagnostics(uri).Diagnostics {
			if d.Code == "buzzwords" && d.Range.Start.Line == 4 && d.Range.Start.Character == c.start {
				found = true
				if d.Range.End != (Position{Line: 4, Character: c.start + len("world-class")}) {
					t.Errorf("world-class ends at %+v", d.Range.End)
				}
			}
		}
		if !found {
			t.Errorf("%s: no buzzwords finding at 4:%d", c.caps, c.start)
		}
	}
}

// TestIncrementalChanges edits a document in pieces, in UTF-16 positions
// that fall after multi-byte characters, and checks the result against
// the command line on the text the edits should make.
func TestIncrementalChanges(t *testing.T) {
	dir := workspace(t, map[string]string{})
	path := filepath.Join(dir, "plan.md")
	uri := fileURI(path)
	c := newClient(t, Options{})
	c.initialize(noCapabilities)
	c.open(uri, multiByte)
	c.diagnostics(uri)
	edits := []contentChange{
		// Insert after "# 计划 😀" (line 0: 2 + 2 + 1 + 2 units).
		{Range: &Range{Position{0, 7}, Position{0, 7}}, Text: " 🎉 plan"},
		// Replace "🧑‍🌾 Ünïcode" (line 4, units 2 to 15) with "Our".
		{Range: &Range{Position{4, 2}, Position{4, 15}}, Text: "Our"},
		// Join lines 4 and 5: the end of line 4 to after "> " on line 5.
		{Range: &Range{Position{4, 200}, Position{5, 2}}, Text: " "},
		// A character past the end of a line means its end.
		{Range: &Range{Position{2, 99}, Position{2, 99}}, Text: " ✨"},
	}
	version := 1
	for _, e := range edits {
		version++
		c.notify("textDocument/didChange", didChangeParams{
			TextDocument: versionedTextDocumentIdentifier{URI: uri, Version: &version}, ContentChanges: []contentChange{e},
		})
	}
	want := "# 计划 😀 🎉 plan\n\n## Vision ✨\n\n> Our cafe\u0301 日本語: by 2030 every farmer in 東京 will sell world-class produce through seamless, innovative 🚜 markets.\n"
	writeFile(t, path, want)
	got := c.diagnostics(uri)
	if got.Version == nil || *got.Version != version {
		t.Errorf("diagnostics for version %v, want %d", got.Version, version)
	}
	if g, w := showDiagnostics(got.Diagnostics), showDiagnostics(cliDiagnostics(t, path, utf16Encoding)); g != w {
		t.Errorf("after the edits:\ngot\n%swant\n%s", g, w)
	}
	// A change without a range replaces the whole text.
	version++
	c.notify("textDocument/didChange", didChangeParams{
		TextDocument:   versionedTextDocumentIdentifier{URI: uri, Version: &version},
		ContentChanges: []contentChange{{Text: "# Notes\n\nNothing here.\n"}},
	})
	if ds := c.diagnostics(uri).Diagnostics; len(ds) != 0 {
		t.Errorf("a document without statements has diagnostics: %s", showDiagnostics(ds))
	}
}

// TestEditsAreDebounced sends a burst of edits: one lint follows, of the
// last version, after the pause.
func TestEditsAreDebounced(t *testing.T) {
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{Debounce: 150 * time.Millisecond})
	c.initialize(noCapabilities)
	c.open(uri, "# Vision\n\nEvery farmer sells.\n")
	c.diagnostics(uri)
	start := time.Now()
	for v := 2; v <= 6; v++ {
		c.notify("textDocument/didChange", didChangeParams{
			TextDocument:   versionedTextDocumentIdentifier{URI: uri, Version: &v},
			ContentChanges: []contentChange{{Range: &Range{Position{2, 6}, Position{2, 6}}, Text: " synergy"}},
		})
		time.Sleep(10 * time.Millisecond)
	}
	got := c.diagnostics(uri)
	if elapsed := time.Since(start); elapsed < 150*time.Millisecond {
		t.Errorf("diagnostics came %v after the first edit, before the pause ended", elapsed)
	}
	if *got.Version != 6 {
		t.Errorf("the first diagnostics after the burst are of version %d, want 6", *got.Version)
	}
	c.quiet(300*time.Millisecond, "a second lint", func(m *jsonrpc.Message) bool { return m.Method == "textDocument/publishDiagnostics" })
}

func TestDidCloseClearsDiagnostics(t *testing.T) {
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{})
	c.initialize(noCapabilities)
	c.open(uri, multiByte)
	if len(c.diagnostics(uri).Diagnostics) == 0 {
		t.Fatal("no diagnostics to clear")
	}
	c.notify("textDocument/didClose", didCloseParams{TextDocument: textDocumentIdentifier{URI: uri}})
	if got := c.diagnostics(uri); len(got.Diagnostics) != 0 || got.Version != nil {
		t.Errorf("after didClose: %s", showDiagnostics(got.Diagnostics))
	}
}

func severities(ds []Diagnostic, rule string) []int {
	var out []int
	for _, d := range ds {
		if d.Code == rule {
			out = append(out, d.Severity)
		}
	}
	return out
}

// TestConfiguration checks that each document uses its nearest
// .vmlint.yml, that ignore: globs hold, that a changed configuration file
// relints every open document, and how configuration errors show.
func TestConfiguration(t *testing.T) {
	const doc = "# Vision\n\nEvery farmer will possibly sell world-class produce in every town.\n"
	dir := workspace(t, map[string]string{
		".vmlint.yml":     "ignore: [\"drafts/**\"]\nrules:\n  buzzwords: error\n",
		"sub/.vmlint.yml": "rules:\n  buzzwords: info\n",
	})
	c := newClient(t, Options{})
	c.initialize(`{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}}}`)
	reg := c.next(func(m *jsonrpc.Message) bool { return m.Method == "client/registerCapability" })
	if !strings.Contains(string(reg.Params), "workspace/didChangeWatchedFiles") || !strings.Contains(string(reg.Params), ".vmlint.") {
		t.Errorf("registration %s", reg.Params)
	}
	top, sub, draft := fileURI(filepath.Join(dir, "plan.md")), fileURI(filepath.Join(dir, "sub", "plan.md")), fileURI(filepath.Join(dir, "drafts", "plan.md"))
	for _, uri := range []string{top, sub, draft} {
		c.open(uri, doc)
	}
	if got := severities(c.diagnostics(top).Diagnostics, "buzzwords"); len(got) != 1 || got[0] != severityError {
		t.Errorf("the root configuration's severity: %v", got)
	}
	if got := severities(c.diagnostics(sub).Diagnostics, "buzzwords"); len(got) != 1 || got[0] != severityInformation {
		t.Errorf("the nearest configuration's severity: %v", got)
	}
	if got := c.diagnostics(draft).Diagnostics; len(got) != 0 {
		t.Errorf("a document ignore: names has diagnostics: %s", showDiagnostics(got))
	}

	// A configuration changed on disk: every open document is linted again.
	writeFile(t, filepath.Join(dir, ".vmlint.yml"), "rules:\n  buzzwords: warning\n")
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []map[string]any{{"uri": fileURI(filepath.Join(dir, ".vmlint.yml")), "type": 2}}})
	if got := severities(c.diagnostics(top).Diagnostics, "buzzwords"); len(got) != 1 || got[0] != severityWarning {
		t.Errorf("after the change, the root configuration's severity: %v", got)
	}
	if got := c.diagnostics(draft).Diagnostics; len(got) == 0 {
		t.Error("a document no longer ignored has no diagnostics")
	}
	c.diagnostics(sub)

	// A broken configuration that is not open: one message, however many
	// documents it stops, and no diagnostics for them.
	writeFile(t, filepath.Join(dir, "sub", ".vmlint.yml"), "rules:\n  buzzwords: loud\n")
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []map[string]any{{"uri": fileURI(filepath.Join(dir, "sub", ".vmlint.yml")), "type": 2}}})
	if got := c.diagnostics(sub).Diagnostics; len(got) != 0 {
		t.Errorf("a document whose configuration is broken has diagnostics: %s", showDiagnostics(got))
	}
	msg := c.next(func(m *jsonrpc.Message) bool { return m.Method == "window/showMessage" })
	var shown showMessageParams
	_ = json.Unmarshal(msg.Params, &shown)
	if shown.Type != messageError || !strings.Contains(shown.Message, filepath.Join("sub", ".vmlint.yml")+":2:14:") || !strings.Contains(shown.Message, "loud") {
		t.Errorf("message %+v", shown)
	}
	c.open(fileURI(filepath.Join(dir, "sub", "other.md")), doc)
	c.quiet(100*time.Millisecond, "the same configuration error again", func(m *jsonrpc.Message) bool { return m.Method == "window/showMessage" })

	// Open, the configuration file shows its errors where they are, as
	// it is in the editor; saving it lints the documents again.
	cfgURI := fileURI(filepath.Join(dir, "sub", ".vmlint.yml"))
	c.notify("textDocument/didOpen", didOpenParams{TextDocument: textDocumentItem{URI: cfgURI, LanguageID: "yaml", Version: 1, Text: "rules:\n  buzzwords: loud\n"}})
	diags := c.diagnostics(cfgURI).Diagnostics
	if len(diags) != 1 || diags[0].Range != (Range{Position{1, 13}, Position{1, 17}}) || diags[0].Code != "config" || !strings.Contains(diags[0].Message, "loud") {
		t.Errorf("configuration diagnostics: %s", showDiagnostics(diags))
	}
	two := 2
	c.notify("textDocument/didChange", didChangeParams{
		TextDocument:   versionedTextDocumentIdentifier{URI: cfgURI, Version: &two},
		ContentChanges: []contentChange{{Range: &Range{Position{1, 13}, Position{1, 17}}, Text: "off"}},
	})
	if diags := c.diagnostics(cfgURI).Diagnostics; len(diags) != 0 {
		t.Errorf("the fixed configuration still has diagnostics: %s", showDiagnostics(diags))
	}
	writeFile(t, filepath.Join(dir, "sub", ".vmlint.yml"), "rules:\n  buzzwords: off\n")
	c.notify("textDocument/didSave", didSaveParams{TextDocument: textDocumentIdentifier{URI: cfgURI}})
	if got := c.diagnostics(sub).Diagnostics; len(severities(got, "hedging")) != 1 || len(severities(got, "buzzwords")) != 0 {
		t.Errorf("after saving the configuration: %s", showDiagnostics(got))
	}
}

// TestPullDiagnostics uses a client that pulls: nothing is pushed, a pull
// is answered with the document's findings, an unchanged result says so,
// and a pull after an edit waits for the pause and the lint.
func TestPullDiagnostics(t *testing.T) {
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{Debounce: 100 * time.Millisecond})
	res := c.initialize(`{"textDocument":{"diagnostic":{}}}`)
	if res.Capabilities.DiagnosticProvider == nil {
		t.Fatal("no diagnosticProvider for a client that pulls")
	}
	c.open(uri, multiByte)
	var first documentDiagnosticReport
	c.call("textDocument/diagnostic", documentDiagnosticParams{TextDocument: textDocumentIdentifier{URI: uri}}, &first)
	if first.Kind != "full" || len(first.Items) < 3 || first.ResultID == "" {
		t.Errorf("first pull: %+v", first)
	}
	var again documentDiagnosticReport
	c.call("textDocument/diagnostic", documentDiagnosticParams{TextDocument: textDocumentIdentifier{URI: uri}, PreviousResultID: first.ResultID}, &again)
	if again.Kind != "unchanged" || again.ResultID != first.ResultID {
		t.Errorf("second pull: %+v", again)
	}
	two := 2
	c.notify("textDocument/didChange", didChangeParams{
		TextDocument:   versionedTextDocumentIdentifier{URI: uri, Version: &two},
		ContentChanges: []contentChange{{Text: "# Vision\n\nEvery farmer sells world-class produce.\n"}},
	})
	start := time.Now()
	var after documentDiagnosticReport
	c.call("textDocument/diagnostic", documentDiagnosticParams{TextDocument: textDocumentIdentifier{URI: uri}, PreviousResultID: first.ResultID}, &after)
	if after.Kind != "full" || len(after.Items) == 0 || after.ResultID == first.ResultID || time.Since(start) < 80*time.Millisecond {
		t.Errorf("pull after an edit: %+v after %v", after, time.Since(start))
	}
	// A pull parked behind an edit can be cancelled.
	three := 3
	c.notify("textDocument/didChange", didChangeParams{
		TextDocument:   versionedTextDocumentIdentifier{URI: uri, Version: &three},
		ContentChanges: []contentChange{{Text: "# Vision\n\nEvery farmer sells.\n"}},
	})
	id := c.send("textDocument/diagnostic", documentDiagnosticParams{TextDocument: textDocumentIdentifier{URI: uri}})
	c.notify("$/cancelRequest", cancelParams{ID: id})
	if m := c.response(id); m.Error == nil || m.Error.Code != jsonrpc.RequestCancelled {
		t.Errorf("cancelled pull answered %s %+v", m.Result, m.Error)
	}
	c.quiet(200*time.Millisecond, "pushed diagnostics", func(m *jsonrpc.Message) bool { return m.Method == "textDocument/publishDiagnostics" })
}

var panicky = &lint.Rule{
	Name: "panicky", Doc: "panic on every document\n\nA rule with a bug.", Good: "x", Bad: "y",
	Severity: lint.Warning, Applies: lint.AppliesBoth,
	Run: func(p *lint.Pass) {
		if len(p.Statements()) > 0 {
			panic("index out of range [3] with length 3")
		}
	},
}

// TestPanicInARuleIsLogged lints with a rule that panics: the failure is
// logged with its stack, the editor sees one line, the other rules still
// report and the server keeps serving.
func TestPanicInARuleIsLogged(t *testing.T) {
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{Rules: append([]*lint.Rule{panicky}, rules.All...)})
	c.initialize(noCapabilities)
	c.open(uri, multiByte)
	diags := c.diagnostics(uri).Diagnostics
	var failed, others int
	for _, d := range diags {
		switch d.Code {
		case "panicky":
			failed++
			if strings.Contains(d.Message, "\n") || !strings.Contains(d.Message, "server log") {
				t.Errorf("the failed rule's diagnostic: %q", d.Message)
			}
		default:
			others++
		}
	}
	if failed != 1 || others == 0 {
		t.Errorf("%d diagnostics of the failed rule and %d others", failed, others)
	}
	if log := c.log.String(); !strings.Contains(log, "index out of range") || !strings.Contains(log, "goroutine") {
		t.Errorf("the log lacks the panic and its stack:\n%s", log)
	}
	var syms []documentSymbol
	c.call("textDocument/documentSymbol", documentSymbolParams{TextDocument: textDocumentIdentifier{URI: uri}}, &syms)
}

func TestUnusedSuppressionIsUnnecessary(t *testing.T) {
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{})
	c.initialize(noCapabilities)
	c.open(uri, "# Vision\n\n<!-- vmlint-disable-next-line hedging -->\nEvery farmer in every town will sell her produce by noon.\n")
	var tagged int
	for _, d := range c.diagnostics(uri).Diagnostics {
		if d.Code == "unused-suppression" && len(d.Tags) == 1 && d.Tags[0] == tagUnnecessary && d.Severity == severityInformation {
			tagged++
		}
	}
	if tagged != 1 {
		t.Errorf("%d unused suppressions tagged Unnecessary, want 1", tagged)
	}
}

// TestTextConversions checks positions and offsets both ways on every
// character of a text with line ends of each kind.
func TestTextConversions(t *testing.T) {
	src := "a😀\r\nb\u0301日\rc\n\n🧑‍🌾"
	tx := newText([]byte(src))
	for _, enc := range []encoding{utf8Encoding, utf16Encoding, utf32Encoding} {
		for off := 0; off <= len(src); {
			p := tx.position(off, enc)
			if back := tx.offset(p, enc); back != off {
				t.Errorf("%s: offset %d → %+v → %d", enc, off, p, back)
			}
			if off == len(src) {
				break
			}
			_, size := utf8.DecodeRuneInString(src[off:])
			if src[off] == '\r' && off+1 < len(src) && src[off+1] == '\n' {
				size = 2 // inside a line break is no position
			}
			off += size
		}
	}
	if p := tx.position(len("a😀\r\nb\u0301日\r"), utf16Encoding); p != (Position{2, 0}) {
		t.Errorf("a lone CR ends a line: %+v", p)
	}
	if off := tx.offset(Position{0, 2}, utf16Encoding); off != 1 {
		t.Errorf("inside a surrogate pair resolves to the character's start: %d", off)
	}
	if off := tx.offset(Position{9, 0}, utf16Encoding); off != len(src) {
		t.Errorf("a line past the end: %d", off)
	}
}
