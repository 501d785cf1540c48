package report

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// SARIF 2.1.0, in the shape GitHub code scanning accepts.
type sarifLog struct {
	Version string     `json:"version"`
	Schema  string     `json:"$schema"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string        `json:"id"`
	Name                 string        `json:"name"`
	ShortDescription     sarifText     `json:"shortDescription"`
	FullDescription      sarifText     `json:"fullDescription"`
	Help                 sarifHelp     `json:"help"`
	DefaultConfiguration sarifDefault  `json:"defaultConfiguration"`
	Properties           sarifRuleProp `json:"properties"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifDefault struct {
	Level string `json:"level"`
}

type sarifRuleProp struct {
	Tags []string `json:"tags"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
}

// sarifFix is a finding's suggested replacement: one change of one file.
type sarifFix struct {
	Description     sarifText           `json:"description"`
	ArtifactChanges []sarifArtifactEdit `json:"artifactChanges"`
}

type sarifArtifactEdit struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifDeleted `json:"deletedRegion"`
	InsertedContent *sarifText   `json:"insertedContent,omitempty"`
}

// sarifDeleted is the exact span a fix replaces: its lines and columns,
// and its bytes.
type sarifDeleted struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
	ByteOffset  int `json:"byteOffset"`
	ByteLength  int `json:"byteLength"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

// sarifLevel maps a severity onto SARIF's levels (info is "note").
func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "note"
}

// WriteSARIF writes a SARIF 2.1.0 log with one run: the full rule list and
// a result per finding. Columns count Unicode code points, as vmlint's do.
func WriteSARIF(w io.Writer, r *Result) error { return Write(w, "sarif", r, false) }

// The sarif format is written file by file, as the json format is: the
// log up to its results, each file's results, then the log's close, cut
// from the whole log encoded with no results.
const sarifResultsKey = `"results": [`

// sarifLogOf is the log of a run with no results.
func sarifLogOf(run Run) sarifLog {
	sr := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name: "vmlint", Version: run.Version, InformationURI: "https://github.com/vmlint/vmlint",
		}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	for _, rule := range run.Rules {
		title, body, _ := strings.Cut(rule.Doc, "\n")
		full := strings.TrimSpace(body)
		if full == "" {
			full = title
		}
		help := full + "\n\nGood: " + rule.Good + "\nBad: " + rule.Bad
		md := full + "\n\n**Good:** " + rule.Good + "\n\n**Bad:** " + rule.Bad
		if rule.Hint != "" {
			help += "\nHint: " + rule.Hint
			md += "\n\n**Hint:** " + rule.Hint
		}
		tags := []string{"documentation", string(rule.Applies)}
		sr.Tool.Driver.Rules = append(sr.Tool.Driver.Rules, sarifRule{
			ID: rule.Name, Name: rule.Name,
			ShortDescription:     sarifText{title},
			FullDescription:      sarifText{full},
			Help:                 sarifHelp{Text: help, Markdown: md},
			DefaultConfiguration: sarifDefault{sarifLevel(rule.Severity)},
			Properties:           sarifRuleProp{Tags: tags},
		})
	}
	return sarifLog{Version: "2.1.0", Schema: "https://json.schemastore.org/sarif-2.1.0.json", Runs: []sarifRun{sr}}
}

// sarifOpen is the log up to its results.
func sarifOpen(run Run) []byte {
	whole := encodeJSON(sarifLogOf(run))
	return whole[:bytes.Index(whole, []byte(sarifResultsKey))+len(sarifResultsKey)]
}

// sarifClose is the log after its results.
func sarifClose(run Run, items bool) []byte {
	whole := encodeJSON(sarifLogOf(run))
	whole = append(whole, '\n')
	rest := whole[bytes.Index(whole, []byte(sarifResultsKey))+len(sarifResultsKey):]
	if items {
		return append([]byte("\n      "), rest...)
	}
	return rest
}

// appendSARIFResults appends one file's results, each after a comma,
// indented as in the whole log; rules gives each rule's index.
func appendSARIFResults(b []byte, findings []lint.Finding, rules map[string]int) []byte {
	prints := Fingerprints(findings)
	enc := newJSONEncoder("        ")
	for i, f := range findings {
		end := f.Span.End
		if end.Line < f.Span.Start.Line || end.Line == f.Span.Start.Line && end.Column <= f.Span.Start.Column {
			end = lint.Pos{Line: f.Span.Start.Line, Column: f.Span.Start.Column + 1}
		}
		b = append(b, ",\n        "...)
		b = enc.append(b, sarifResult{
			RuleID: f.Rule, RuleIndex: rules[f.Rule], Level: sarifLevel(f.Severity),
			Message: sarifText{f.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtifact{URI: sarifURI(f.Path), URIBaseID: "%SRCROOT%"},
				Region:           sarifRegion{StartLine: f.Span.Start.Line, StartColumn: f.Span.Start.Column, EndLine: end.Line, EndColumn: end.Column},
			}}},
			PartialFingerprints: map[string]string{"vmlintFinding/v2": prints[i]},
			Fixes:               sarifFixes(f),
		})
	}
	return b
}

// sarifFixes is the finding's suggested replacement as a SARIF fix.
func sarifFixes(f lint.Finding) []sarifFix {
	if f.Replacement == nil {
		return nil
	}
	sp := f.Span
	r := sarifReplacement{DeletedRegion: sarifDeleted{
		StartLine: sp.Start.Line, StartColumn: sp.Start.Column, EndLine: sp.End.Line, EndColumn: sp.End.Column,
		ByteOffset: sp.Start.Offset, ByteLength: sp.End.Offset - sp.Start.Offset,
	}}
	desc := fmt.Sprintf("Remove %q", strings.TrimSpace(f.Text))
	if *f.Replacement != "" {
		r.InsertedContent = &sarifText{*f.Replacement}
		desc = fmt.Sprintf("Replace %q with %q", f.Text, *f.Replacement)
	}
	return []sarifFix{{
		Description:     sarifText{desc},
		ArtifactChanges: []sarifArtifactEdit{{ArtifactLocation: sarifArtifact{URI: sarifURI(f.Path), URIBaseID: "%SRCROOT%"}, Replacements: []sarifReplacement{r}}},
	}}
}

// sarifURI turns a path into a relative URI reference with "/" separators.
func sarifURI(path string) string {
	p := filepath.ToSlash(path)
	p = strings.TrimPrefix(p, "./")
	var b strings.Builder
	for _, c := range []byte(p) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.IndexByte("-._~/!$&'()*+,;=:@", c) >= 0:
			b.WriteByte(c)
		default:
			b.WriteString("%" + strings.ToUpper(hexByte(c)))
		}
	}
	return b.String()
}

func hexByte(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}
