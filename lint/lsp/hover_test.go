package lsp

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/report"
)

func (c *testClient) hoverAt(uri string, p Position) *hover {
	c.t.Helper()
	var h *hover
	c.call("textDocument/hover", textDocumentPositionParams{TextDocument: textDocumentIdentifier{URI: uri}, Position: p}, &h)
	return h
}

func TestHover(t *testing.T) {
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	c := newClient(t, Options{})
	c.initialize(`{"textDocument":{"hover":{"contentFormat":["markdown","plaintext"]}}}`)
	c.open(uri, multiByte)
	c.diagnostics(uri)

	// On the statement, away from findings: its scorecard.
	h := c.hoverAt(uri, Position{4, 40})
	if h == nil {
		t.Fatal("no hover on the statement")
	}
	// The scorecard says what the analysis found, whatever it finds.
	doc, _ := lint.Parse("plan.md", []byte(multiByte))
	a := doc.Statements[0].Analysis
	want := []string{"**Vision statement** · heading \"Vision\"",
		fmt.Sprintf("%d words · 1 sentence · grade %.1f · reading ease %.1f", a.Words, a.FleschKincaidGrade, a.FleschReadingEase)}
	comps := a.Components
	for i, list := range [][]lint.Component{comps.Audience, comps.Value, comps.Strategy, comps.Future, comps.Differentiation, comps.Purpose} {
		name := report.ComponentNames[i]
		if len(list) == 0 {
			want = append(want, "- "+name+": none found")
			continue
		}
		var quoted []string
		for _, c := range list {
			quoted = append(quoted, strconv.Quote(c.Text))
		}
		level := ""
		if name == "audience" {
			level = fmt.Sprintf(" (%s)", comps.AudienceLevel())
		}
		want = append(want, "- **"+name+"**"+level+": "+strings.Join(quoted, ", "))
	}
	if len(comps.Audience) == 0 || len(comps.Future) == 0 {
		t.Fatalf("the test needs a vision whose audience and future are found: %+v", comps)
	}
	for _, w := range want {
		if !strings.Contains(h.Contents.Value, w) {
			t.Errorf("the scorecard lacks %q:\n%s", w, h.Contents.Value)
		}
	}
	if h.Contents.Kind != "markdown" {
		t.Errorf("scorecard of kind %q", h.Contents.Kind)
	}
	if strings.Contains(h.Contents.Value, "buzzwords") {
		t.Errorf("a hover away from the findings explains one:\n%s", h.Contents.Value)
	}
	if h.Range == nil || h.Range.Start != (Position{4, 2}) || h.Range.End.Line != 5 {
		t.Errorf("the scorecard's range %+v is not the statement's", h.Range)
	}

	// On a finding: the rule's explanation, shortened, then the scorecard.
	h = c.hoverAt(uri, Position{4, 65})
	if h == nil {
		t.Fatal("no hover on the finding")
	}
	v := h.Contents.Value
	for _, want := range []string{"**buzzwords** (warning): \"world-class\" is a buzzword", "*Report buzzwords.* Words like", "Hint: ", "`vmlint explain buzzwords`", "---", "**Vision statement**"} {
		if !strings.Contains(v, want) {
			t.Errorf("the hover lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "Good:") || strings.Contains(v, "add or remove words") {
		t.Errorf("the explanation is not shortened:\n%s", v)
	}
	if h.Range == nil || *h.Range != (Range{Position{4, 64}, Position{4, 75}}) {
		t.Errorf("the range %+v is not the finding's", h.Range)
	}

	// Elsewhere: nothing.
	if h := c.hoverAt(uri, Position{0, 2}); h != nil {
		t.Errorf("hover on the title: %+v", h)
	}
}

func TestDocumentSymbols(t *testing.T) {
	text := "# Plan\n\n## Vision\n\nEvery 🧑‍🌾 farmer in every town will sell her produce by noon, within walking distance of her farm.\n\n## Mission\n\n\n## Values\n\nNone.\n"
	dir := workspace(t, map[string]string{})
	uri := fileURI(filepath.Join(dir, "plan.md"))
	for _, c := range []struct {
		caps string
		want string
	}{
		{`{"textDocument":{"documentSymbol":{"hierarchicalDocumentSymbolSupport":true}}}`, `[{"name":"Vision: Every 🧑‍🌾 farmer in every town will sell her produce by …","detail":"heading \"Vision\"","kind":15,"range":{"start":{"line":4,"character":0},"end":{"line":4,"character":100}},"selectionRange":{"start":{"line":4,"character":0},"end":{"line":4,"character":100}}},{"name":"Mission (empty)","detail":"heading \"Mission\"","kind":15,"range":{"start":{"line":6,"character":3},"end":{"line":6,"character":10}},"selectionRange":{"start":{"line":6,"character":3},"end":{"line":6,"character":10}}}]`},
		{noCapabilities, `[{"name":"Vision: Every 🧑‍🌾 farmer in every town will sell her produce by …","kind":15,"location":{"uri":"` + uri + `","range":{"start":{"line":4,"character":0},"end":{"line":4,"character":100}}},"containerName":"vision"},{"name":"Mission (empty)","kind":15,"location":{"uri":"` + uri + `","range":{"start":{"line":6,"character":3},"end":{"line":6,"character":10}}},"containerName":"mission"}]`},
	} {
		cl := newClient(t, Options{})
		cl.initialize(c.caps)
		cl.open(uri, text)
		var got json.RawMessage
		cl.call("textDocument/documentSymbol", documentSymbolParams{TextDocument: textDocumentIdentifier{URI: uri}}, &got)
		if string(got) != c.want {
			t.Errorf("symbols\n%s\nwant\n%s", got, c.want)
		}
	}
}
