package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/vmlint/vmlint/lint"
)

// JSONVersion is the version of the json format's schema.
const JSONVersion = 1

// jsonReport is the json format: {"version":1,"findings":[…],"summary":{…}}.
type jsonReport struct {
	Version  int           `json:"version"`
	Tool     jsonTool      `json:"tool"`
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonFinding struct {
	Rule        string        `json:"rule"`
	Severity    lint.Severity `json:"severity"`
	Message     string        `json:"message"`
	Path        string        `json:"path"`
	Kind        lint.Kind     `json:"kind,omitempty"`
	Start       lint.Pos      `json:"start"`
	End         lint.Pos      `json:"end"`
	Hint        string        `json:"hint,omitempty"`
	Replacement *string       `json:"replacement,omitempty"`
	Fingerprint string        `json:"fingerprint"`
}

type jsonSummary struct {
	Files    int `json:"files"`
	Findings int `json:"findings"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

// WriteJSON writes the versioned json report.
func WriteJSON(w io.Writer, r *Result) error { return Write(w, "json", r, false) }

// The json format is written file by file: the report's opening up to its
// findings, each file's findings, then the summary. The opening and the
// close are cut from the whole report encoded with no findings, so that
// every byte is what encoding/json writes for the whole.
const jsonFindingsKey = `"findings": [`

// jsonOpen is the report up to its findings.
func jsonOpen(run Run) []byte {
	whole := encodeJSON(jsonReport{Version: JSONVersion, Tool: jsonTool{"vmlint", run.Version}, Findings: []jsonFinding{}})
	return whole[:bytes.Index(whole, []byte(jsonFindingsKey))+len(jsonFindingsKey)]
}

// jsonClose is the report after its findings: the summary of files files
// and of the findings tally counted.
func jsonClose(run Run, files int, t Tally, items bool) []byte {
	c := t.Counts
	whole := encodeJSON(jsonReport{Version: JSONVersion, Tool: jsonTool{"vmlint", run.Version}, Findings: []jsonFinding{},
		Summary: jsonSummary{Files: files, Findings: c.Errors + c.Warnings + c.Infos, Errors: c.Errors, Warnings: c.Warnings, Infos: c.Infos}})
	whole = append(whole, '\n')
	rest := whole[bytes.Index(whole, []byte(jsonFindingsKey))+len(jsonFindingsKey):]
	if items {
		return append([]byte("\n  "), rest...)
	}
	return rest
}

// appendJSONFindings appends one file's findings, each after a comma and
// on its own lines, indented as in the whole report.
func appendJSONFindings(b []byte, findings []lint.Finding) []byte {
	prints := Fingerprints(findings)
	enc := newJSONEncoder("    ")
	for i, f := range findings {
		b = append(b, ",\n    "...)
		b = enc.append(b, jsonFinding{
			Rule: f.Rule, Severity: f.Severity, Message: f.Message, Path: f.Path, Kind: f.Kind,
			Start: f.Span.Start, End: f.Span.End, Hint: f.Hint, Replacement: f.Replacement, Fingerprint: prints[i],
		})
	}
	return b
}

// jsonEncoder encodes values as the json and sarif formats write JSON:
// indented by two spaces after a prefix, HTML characters as they are.
type jsonEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func newJSONEncoder(prefix string) *jsonEncoder {
	e := &jsonEncoder{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetIndent(prefix, "  ")
	e.enc.SetEscapeHTML(false)
	return e
}

// append appends v encoded, without the final line break.
func (e *jsonEncoder) append(b []byte, v any) []byte {
	e.buf.Reset()
	_ = e.enc.Encode(v) // the types encode without error
	return append(b, bytes.TrimSuffix(e.buf.Bytes(), []byte("\n"))...)
}

// encodeJSON encodes a whole document as the json and sarif formats write
// JSON, with no final line break.
func encodeJSON(v any) []byte { return newJSONEncoder("").append(nil, v) }
