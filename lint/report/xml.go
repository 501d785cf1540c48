package report

import (
	"encoding/xml"
	"fmt"
	"io"
)

type checkstyleXML struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// WriteCheckstyle writes Checkstyle XML: a <file> per linted file (clean
// ones too) with an <error> per finding.
func WriteCheckstyle(w io.Writer, r *Result) error {
	doc := checkstyleXML{Version: "4.3"}
	groups := byPath(r.Findings)
	for _, path := range r.paths() {
		f := checkstyleFile{Name: path}
		for _, fd := range groups[path] {
			f.Errors = append(f.Errors, checkstyleError{
				Line: fd.Span.Start.Line, Column: fd.Span.Start.Column, Severity: fd.Severity.String(),
				Message: oneLine(fd.Message), Source: "vmlint." + fd.Rule,
			})
		}
		doc.Files = append(doc.Files, f)
	}
	return writeXML(w, doc)
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string         `xml:"name,attr"`
	Classname string         `xml:"classname,attr"`
	Time      string         `xml:"time,attr"`
	Failures  []junitFailure `xml:"failure"`
}

type junitFailure struct {
	Type    string `xml:"type,attr"`
	Message string `xml:"message,attr"`
	Body    string `xml:",chardata"`
}

// WriteJUnit writes JUnit XML as junit-10.xsd allows: one test case per
// linted file (so the count is stable) and one failure per finding, with
// the location in the failure's message and body.
func WriteJUnit(w io.Writer, r *Result) error {
	suite := junitSuite{Name: "vmlint", Time: "0"}
	groups := byPath(r.Findings)
	for _, path := range r.paths() {
		c := junitCase{Name: path, Classname: "vmlint", Time: "0"}
		for _, f := range groups[path] {
			line := Line(f)
			c.Failures = append(c.Failures, junitFailure{Type: f.Rule, Message: line, Body: line})
		}
		suite.Cases = append(suite.Cases, c)
		suite.Tests++
		suite.Failures += len(c.Failures)
	}
	doc := junitSuites{Name: "vmlint", Tests: suite.Tests, Failures: suite.Failures, Time: "0", Suites: []junitSuite{suite}}
	return writeXML(w, doc)
}

func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}
