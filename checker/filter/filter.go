// Package filter holds the processors a report's findings pass through
// after the check: suppression comments in the sources, a baseline of
// known findings, and the lowest severity shown. Each processor keeps or
// drops findings and is independent of the others; the caller chains them.
package filter

import "github.com/factlint/factlint/checker/report"

// A Processor returns the findings to keep. It may reuse fs's storage.
type Processor interface {
	Process(fs []report.Finding) []report.Finding
}

// Apply passes fs through each processor in turn.
func Apply(fs []report.Finding, ps ...Processor) []report.Finding {
	for _, p := range ps {
		fs = p.Process(fs)
	}
	return fs
}

// MinSeverity keeps the findings at or above a severity rank (see
// report.SeverityRank); rank 0 keeps everything.
type MinSeverity int

// Process implements Processor.
func (m MinSeverity) Process(fs []report.Finding) []report.Finding {
	out := fs[:0]
	for _, f := range fs {
		if report.SeverityRank(f.Severity) >= int(m) {
			out = append(out, f)
		}
	}
	return out
}

// Recount sets the report's summary counts of errors, warnings and infos
// to what its findings hold, after filtering.
func Recount(r *report.Report) {
	r.Summary.Errors, r.Summary.Warnings, r.Summary.Infos = 0, 0, 0
	for _, f := range r.Findings {
		switch f.Severity {
		case report.SeverityError:
			r.Summary.Errors++
		case report.SeverityWarning:
			r.Summary.Warnings++
		case report.SeverityInfo:
			r.Summary.Infos++
		}
	}
}
