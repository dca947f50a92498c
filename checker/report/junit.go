package report

import (
	"encoding/xml"
	"io"
	"strings"
)

// junitPrinter writes JUnit XML for CI test dashboards: one test suite,
// one test case per rule, one failure per finding.
type junitPrinter struct{}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string         `xml:"name,attr"`
	ClassName string         `xml:"classname,attr"`
	Failures  []junitFailure `xml:"failure"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",cdata"` // keeps the evidence lines readable
}

func (junitPrinter) Print(w io.Writer, r *Report) error {
	suite := junitSuite{Name: "factlint", Cases: []junitCase{}}
	index := map[string]int{} // rule -> case
	for _, f := range bySeverity(r.Findings) {
		i, ok := index[f.Rule]
		if !ok {
			i = len(suite.Cases)
			index[f.Rule] = i
			suite.Cases = append(suite.Cases, junitCase{Name: f.Rule, ClassName: "factlint"})
		}
		suite.Cases[i].Failures = append(suite.Cases[i].Failures, junitFailure{
			Message: oneLine(f.Subject),
			Type:    f.Severity,
			Body:    xmlSafe(strings.Join(evidence(&f), "\n")),
		})
	}
	// Every case holds at least one failure; counting cases, not findings,
	// keeps failures <= tests as dashboards expect.
	suite.Tests = len(suite.Cases)
	suite.Failures = len(suite.Cases)
	doc := junitSuites{Name: "factlint", Tests: suite.Tests, Failures: suite.Failures, Suites: []junitSuite{suite}}

	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// xmlSafe replaces characters XML 1.0 cannot carry, which CDATA sections
// do not escape.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r',
			r >= 0x20 && r <= 0xD7FF,
			r >= 0xE000 && r <= 0xFFFD,
			r >= 0x10000 && r <= 0x10FFFF:
			return r
		}
		return '\uFFFD'
	}, s)
}
