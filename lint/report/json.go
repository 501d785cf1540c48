package report

import (
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
func WriteJSON(w io.Writer, r *Result) error {
	out := jsonReport{Version: JSONVersion, Tool: jsonTool{"vmlint", r.Version}, Findings: []jsonFinding{}}
	prints := Fingerprints(r.Findings)
	for i, f := range r.Findings {
		out.Findings = append(out.Findings, jsonFinding{
			Rule: f.Rule, Severity: f.Severity, Message: f.Message, Path: f.Path, Kind: f.Kind,
			Start: f.Span.Start, End: f.Span.End, Hint: f.Hint, Replacement: f.Replacement, Fingerprint: prints[i],
		})
	}
	c := Count(r.Findings)
	out.Summary = jsonSummary{Files: len(r.paths()), Findings: len(r.Findings), Errors: c.Errors, Warnings: c.Warnings, Infos: c.Infos}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
