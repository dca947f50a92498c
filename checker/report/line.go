package report

import (
	"bufio"
	"fmt"
	"io"
)

// linePrinter writes one line per mention in the shape editors and
// compilers use: "path:line:column: severity: message [rule]".
type linePrinter struct{}

func (linePrinter) Print(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	for _, f := range bySeverity(r.Findings) {
		msg := oneLine(f.Message)
		for _, m := range mentions(&f) {
			fmt.Fprintf(bw, "%s:%d:%d: %s: %s [%s]\n", oneLine(m.Path), m.Line, m.Column, f.Severity, msg, oneLine(f.Rule))
		}
	}
	return bw.Flush()
}
