package report

import (
	"fmt"
	"io"
	"testing"
)

// bigReport repeats the fixture's findings n times with distinct IDs.
func bigReport(n int) *Report {
	r := fixture()
	base := r.Findings
	r.Findings = nil
	for i := range n {
		for _, f := range base {
			f.ID = fmt.Sprintf("%s-%d", f.ID, i)
			r.Findings = append(r.Findings, f)
		}
	}
	return r
}

func BenchmarkPrinters(b *testing.B) {
	r := bigReport(200) // 1000 findings
	for _, format := range Formats() {
		b.Run(format, func(b *testing.B) {
			p, err := NewPrinter(format, Options{})
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if err := p.Print(io.Discard, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
