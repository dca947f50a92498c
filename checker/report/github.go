package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// githubPrinter writes GitHub Actions workflow commands, one annotation
// per mention.
type githubPrinter struct{}

func (githubPrinter) Print(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	for _, f := range bySeverity(r.Findings) {
		for _, m := range mentions(&f) {
			props := "file=" + githubProperty(m.Path)
			if m.Line > 0 {
				endLine, endCol := endOf(m)
				props += fmt.Sprintf(",line=%d,col=%d,endLine=%d,endColumn=%d", m.Line, m.Column, endLine, endCol)
			}
			fmt.Fprintf(bw, "::%s %s,title=%s::%s\n", githubLevel(f.Severity), props, githubProperty(f.Rule), githubData(f.Message))
		}
	}
	return bw.Flush()
}

func githubLevel(severity string) string {
	switch severity {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	}
	return "notice"
}

// githubData escapes a command's message as the runner expects.
var githubData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// githubProperty escapes a property value, which also ends at ":" and ",".
var githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
