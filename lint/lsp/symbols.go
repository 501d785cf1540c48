package lsp

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/vmlint/vmlint/lint/lsp/jsonrpc"
)

// symbolNameLength is how much of a statement's text names its symbol.
const symbolNameLength = 60

// documentSymbol lists the document's statements, so that an editor's
// outline jumps to them: "Vision: Every market trader will …", with how
// the document marks the statement as the detail.
func (s *server) documentSymbol(params, _ json.RawMessage) (any, *jsonrpc.Error) {
	var p documentSymbolParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	d, r := s.current(p.TextDocument.URI)
	hierarchical := s.caps.TextDocument.DocumentSymbol.HierarchicalDocumentSymbolSupport
	symbols, flat := []documentSymbol{}, []symbolInformation{}
	if r != nil && r.file != nil && r.file.Doc != nil {
		for _, st := range r.file.Doc.Statements {
			name := capitalise(string(st.Kind)) + ": " + shorten(st.Text(), symbolNameLength)
			switch {
			case st.Empty:
				name = capitalise(string(st.Kind)) + " (empty)"
			case st.Placeholder:
				name = capitalise(string(st.Kind)) + " (template text)"
			}
			rng := r.text.rangeOf(st.Span.Start.Offset, st.Span.End.Offset, s.enc)
			symbols = append(symbols, documentSymbol{Name: name, Detail: formOf(st), Kind: symbolString, Range: rng, SelectionRange: rng})
			flat = append(flat, symbolInformation{Name: name, Kind: symbolString, Location: Location{URI: d.uri, Range: rng}, ContainerName: fmt.Sprint(st.Kind)})
		}
	}
	if !hierarchical {
		return flat, nil
	}
	return symbols, nil
}

// shorten cuts text to at most n characters, at a blank where there is
// one, and marks the cut.
func shorten(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	count, cut := 0, 0
	for i, r := range text {
		if count == n {
			if cut == 0 {
				cut = i
			}
			return text[:cut] + " …"
		}
		if r == ' ' {
			cut = i
		}
		count++
	}
	return text
}
