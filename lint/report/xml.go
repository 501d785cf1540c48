package report

import (
	"bytes"
	"encoding/xml"
	"io"

	"github.com/vmlint/vmlint/lint"
)

type checkstyleFile struct {
	XMLName xml.Name          `xml:"file"`
	Name    string            `xml:"name,attr"`
	Errors  []checkstyleError `xml:"error"`
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
func WriteCheckstyle(w io.Writer, r *Result) error { return Write(w, "checkstyle", r, false) }

// appendCheckstyleFile appends one file's <file> element, on lines of its
// own after the one before it.
func appendCheckstyleFile(b []byte, path string, findings []lint.Finding) []byte {
	f := checkstyleFile{Name: path}
	for _, fd := range findings {
		f.Errors = append(f.Errors, checkstyleError{
			Line: fd.Span.Start.Line, Column: fd.Span.Start.Column, Severity: fd.Severity.String(),
			Message: oneLine(fd.Message), Source: "vmlint." + fd.Rule,
		})
	}
	return appendXML(b, f)
}

type junitSuite struct {
	XMLName  xml.Name    `xml:"testsuite"`
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

// WriteJUnit writes JUnit XML as junit-10.xsd allows, as ESLint's junit
// formatter does: a <testsuite> per linted file, named after it, with one
// test case (so the count is stable) and one failure per finding, with the
// location in the failure's message and body. Each suite carries its own
// counts, so that the report is written file by file.
func WriteJUnit(w io.Writer, r *Result) error { return Write(w, "junit", r, false) }

// appendJUnitSuite appends one file's <testsuite> element.
func appendJUnitSuite(b []byte, path string, findings []lint.Finding) []byte {
	c := junitCase{Name: path, Classname: "vmlint", Time: "0"}
	for _, f := range findings {
		line := Line(f)
		c.Failures = append(c.Failures, junitFailure{Type: f.Rule, Message: line, Body: line})
	}
	return appendXML(b, junitSuite{Name: path, Tests: 1, Failures: len(c.Failures), Time: "0", Cases: []junitCase{c}})
}

// xmlHeader opens the XML formats.
const xmlHeader = xml.Header

// appendXML appends an element of the root's, on lines of its own,
// indented by two spaces as the whole document is.
func appendXML(b []byte, v any) []byte {
	var buf bytes.Buffer
	buf.WriteByte('\n')
	enc := xml.NewEncoder(&buf)
	enc.Indent("  ", "  ")
	_ = enc.Encode(v) // the types encode without error
	return append(b, buf.Bytes()...)
}

// xmlClose closes the root element of an XML format after files elements.
func xmlClose(root string, files int) []byte {
	if files == 0 {
		return []byte("</" + root + ">\n")
	}
	return []byte("\n</" + root + ">\n")
}
