package lsp

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const actionCaps = `{"textDocument":{"codeAction":{"codeActionLiteralSupport":{"codeActionKind":{"valueSet":["quickfix","source"]}}},"documentSymbol":{"hierarchicalDocumentSymbolSupport":true}},"workspace":{"workspaceEdit":{"documentChanges":true}}}`

// actionsAt returns the code actions for the range of the first diagnostic
// of the rule.
func (c *testClient) actionsAt(uri string, diags []Diagnostic, rule string) ([]codeAction, Diagnostic) {
	c.t.Helper()
	for _, d := range diags {
		if d.Code == rule {
			var actions []codeAction
			c.call("textDocument/codeAction", codeActionParams{TextDocument: textDocumentIdentifier{URI: uri}, Range: d.Range}, &actions)
			return actions, d
		}
	}
	c.t.Fatalf("no %s diagnostic in\n%s", rule, showDiagnostics(diags))
	return nil, Diagnostic{}
}

// applyEdit applies a workspace edit's edits of one document to its text.
func applyEdit(t *testing.T, src string, e *workspaceEdit, enc encoding) string {
	t.Helper()
	var edits []TextEdit
	for _, dc := range e.DocumentChanges {
		edits = append(edits, dc.Edits...)
	}
	for _, list := range e.Changes {
		edits = append(edits, list...)
	}
	// The protocol's edits all refer to the original text: apply them
	// from the last to the first.
	slices.SortFunc(edits, func(a, b TextEdit) int {
		if a.Range.Start.Line != b.Range.Start.Line {
			return b.Range.Start.Line - a.Range.Start.Line
		}
		return b.Range.Start.Character - a.Range.Start.Character
	})
	tx := newText([]byte(src))
	for _, e := range edits {
		r := e.Range
		tx = tx.apply([]contentChange{{Range: &r, Text: e.NewText}}, enc)
	}
	return string(tx.src)
}

func TestDisableForThisLine(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{
			"a paragraph's first line",
			"# Vision\n\n🧑‍🌾 Every farmer in every town will sell world-class produce by noon.\n",
			"# Vision\n\n<!-- vmlint-disable-next-line buzzwords -- reason -->\n🧑‍🌾 Every farmer",
		},
		{
			"inside a paragraph",
			"# Vision\n\nEvery farmer in every town 🚜 will sell\nworld-class produce by noon.\n",
			"will sell <!-- vmlint-disable-next-line buzzwords -- reason -->\nworld-class",
		},
		{
			"a block quote",
			"# Vision\n\n> Every farmer in every town 🚜 will sell\n> her produce by noon, world-class.\n",
			"will sell <!-- vmlint-disable-next-line buzzwords -- reason -->\n> her produce",
		},
		{
			"a list in a block quote",
			"# Mission\n\n> Our mission:\n>\n> - We teach farmers in Kenya to sell world-class produce.\n> - We lend them scales.\n",
			">\n> <!-- vmlint-disable-next-line buzzwords -- reason -->\n> - We teach",
		},
		{
			"a nested list item",
			"# Mission\n\nOur mission is to help farmers:\n\n- in Kenya\n  - to sell world-class produce at fair prices\n",
			"- in Kenya\n  <!-- vmlint-disable-next-line buzzwords -- reason -->\n  - to sell",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := workspace(t, map[string]string{})
			uri := fileURI(filepath.Join(dir, "plan.md"))
			cl := newClient(t, Options{})
			cl.initialize(actionCaps)
			cl.open(uri, c.text)
			before := cl.diagnostics(uri).Diagnostics
			actions, diag := cl.actionsAt(uri, before, "buzzwords")
			var line *codeAction
			for i, a := range actions {
				if a.Title == "Disable buzzwords for this line" {
					line = &actions[i]
				}
			}
			if line == nil {
				t.Fatalf("no suppression among %+v", actions)
			}
			if line.Kind != "quickfix" || len(line.Diagnostics) != 1 || showDiagnostics(line.Diagnostics) != showDiagnostics([]Diagnostic{diag}) {
				t.Errorf("action %+v does not list the diagnostic %+v", line, diag)
			}
			after := applyEdit(t, c.text, line.Edit, utf16Encoding)
			if !strings.Contains(after, c.want) {
				t.Errorf("after the edit:\n%s\nwant it to hold\n%s", after, c.want)
			}
			two := 2
			cl.notify("textDocument/didChange", didChangeParams{TextDocument: versionedTextDocumentIdentifier{URI: uri, Version: &two}, ContentChanges: []contentChange{{Text: after}}})
			got := cl.diagnostics(uri).Diagnostics
			if n := len(severities(got, "buzzwords")); n != 0 || len(got) != len(before)-1 {
				t.Errorf("after the suppression:\n%swas\n%s", showDiagnostics(got), showDiagnostics(before))
			}
		})
	}
}

func findAction(actions []codeAction, title string) *codeAction {
	for i, a := range actions {
		if a.Title == title {
			return &actions[i]
		}
	}
	return nil
}

// TestDisableForThisFile checks the action lists every diagnostic of the
// rule, goes after the front matter, and silences the rule and nothing else.
func TestDisableForThisFile(t *testing.T) {
	text := "---\ntitle: Plan\n---\n# Vision\n\nEvery farmer in every town will sell world-class produce through seamless markets.\n"
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{})
	c.initialize(`{"textDocument":{"codeAction":{"codeActionLiteralSupport":{}}}}`)
	c.open(uri, text)
	before := c.diagnostics(uri).Diagnostics
	actions, _ := c.actionsAt(uri, before, "buzzwords")
	a := findAction(actions, "Disable buzzwords for this file")
	if a == nil || len(a.Diagnostics) != 2 || a.Edit.Changes[uri] == nil {
		t.Fatalf("action %+v (the client takes no document changes: the edit is a map)", a)
	}
	after := applyEdit(t, text, a.Edit, utf16Encoding)
	if want := "---\ntitle: Plan\n---\n<!-- vmlint-disable-file buzzwords -->\n# Vision\n"; !strings.HasPrefix(after, want) {
		t.Errorf("after the edit:\n%s", after)
	}
	two := 2
	c.notify("textDocument/didChange", didChangeParams{TextDocument: versionedTextDocumentIdentifier{URI: uri, Version: &two}, ContentChanges: []contentChange{{Text: after}}})
	if got := c.diagnostics(uri).Diagnostics; len(severities(got, "buzzwords")) != 0 || len(got) != len(before)-2 {
		t.Errorf("after the suppression:\n%swas\n%s", showDiagnostics(got), showDiagnostics(before))
	}
}

func TestRemoveUnusedSuppression(t *testing.T) {
	text := "# Vision\n\n> <!-- vmlint-disable-next-line hedging -->\n> Every farmer in every town will sell her produce by noon.\n"
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{})
	c.initialize(actionCaps)
	c.open(uri, text)
	actions, _ := c.actionsAt(uri, c.diagnostics(uri).Diagnostics, "unused-suppression")
	a := findAction(actions, "Remove the unused suppression")
	if a == nil || findAction(actions, "Disable unused-suppression for this line") != nil {
		t.Fatalf("actions %+v", actions)
	}
	if after := applyEdit(t, text, a.Edit, utf16Encoding); after != "# Vision\n\n> Every farmer in every town will sell her produce by noon.\n" {
		t.Errorf("after the edit:\n%s", after)
	}
}

// TestActionsNeedLiteralSupport: a client that cannot take code action
// literals gets none, rather than commands it would have to run.
func TestActionsNeedLiteralSupport(t *testing.T) {
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{})
	c.initialize(noCapabilities)
	c.open(uri, multiByte)
	if actions, _ := c.actionsAt(uri, c.diagnostics(uri).Diagnostics, "buzzwords"); len(actions) != 0 {
		t.Errorf("actions %+v", actions)
	}
}

// TestActionsOnlyOfTheKindsAsked filters by the request's only.
func TestActionsOnlyOfTheKindsAsked(t *testing.T) {
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{})
	c.initialize(actionCaps)
	c.open(uri, multiByte)
	diags := c.diagnostics(uri).Diagnostics
	var actions []codeAction
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": textDocumentIdentifier{URI: uri}, "range": diags[0].Range, "context": map[string]any{"diagnostics": []any{}, "only": []string{"source"}},
	}, &actions)
	for _, a := range actions {
		if !strings.HasPrefix(a.Kind, "source") {
			t.Errorf("asked for source actions, got %q (%s)", a.Title, a.Kind)
		}
	}
}

// TestNoSuppressionThatWouldNotWork: a finding in front matter cannot be
// silenced by a comment above its line (comments live in the Markdown
// body), so that action is not offered; the file-wide one is.
func TestNoSuppressionThatWouldNotWork(t *testing.T) {
	text := "---\nvision: Every farmer in every town will sell world-class produce by noon.\n---\n# Notes\n"
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{})
	c.initialize(actionCaps)
	c.open(uri, text)
	actions, _ := c.actionsAt(uri, c.diagnostics(uri).Diagnostics, "buzzwords")
	if findAction(actions, "Disable buzzwords for this line") != nil || findAction(actions, "Disable buzzwords for this file") == nil {
		t.Errorf("actions %+v", actions)
	}
}

// TestReplacementQuickFixes applies a suggested replacement, and every one
// at once, after multi-byte text, in a client that counts UTF-8: the edits
// make what vmlint lint --fix makes.
func TestReplacementQuickFixes(t *testing.T) {
	text := "# Mission\n\nWe try to help 🧑‍🌾 farmers in Kenya utilize their land in order to\nfeed their towns.\n"
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{})
	c.initialize(`{"general":{"positionEncodings":["utf-8"]},` + actionCaps[1:]) // and in UTF-8
	c.open(uri, text)
	diags := c.diagnostics(uri).Diagnostics
	actions, diag := c.actionsAt(uri, diags, "wordy-phrases")
	a := findAction(actions, `Replace "utilize" with "use"`)
	if a == nil || !a.IsPreferred || len(a.Diagnostics) != 1 || a.Diagnostics[0].Range != diag.Range {
		t.Fatalf("actions %+v", actions)
	}
	if got := applyEdit(t, text, a.Edit, utf8Encoding); got != strings.Replace(text, "utilize", "use", 1) {
		t.Errorf("after the replacement:\n%s", got)
	}
	all := findAction(actions, "Apply every suggested replacement")
	if all == nil || all.Kind != kindSourceFixAll || len(all.Diagnostics) != 3 {
		t.Fatalf("fix-all action %+v", all)
	}
	if got, want := applyEdit(t, text, all.Edit, utf8Encoding), "# Mission\n\nWe help 🧑‍🌾 farmers in Kenya use their land to\nfeed their towns.\n"; got != want {
		t.Errorf("after every replacement:\n%s", got)
	}
	hedge, _ := c.actionsAt(uri, diags, "hedging")
	if findAction(hedge, `Remove "try to"`) == nil {
		t.Errorf("no removal of the hedge among %+v", hedge)
	}
	h := c.hoverAt(uri, diag.Range.Start)
	if h == nil || !strings.Contains(h.Contents.Value, `Suggested: "utilize" → "use".`) {
		t.Errorf("hover %+v", h)
	}
}
