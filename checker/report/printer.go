package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
)

// Options tune how a report is printed. Formats that have no use for an
// option ignore it.
type Options struct {
	// Color allows ANSI colour escapes (text format only).
	Color bool
	// Width is the width the text format wraps its table to; 0 means 100.
	Width int
}

// A Printer writes a report in one output format.
type Printer interface {
	Print(w io.Writer, r *Report) error
}

// printers maps each format name to its constructor.
var printers = map[string]func(Options) Printer{
	"text":     func(o Options) Printer { return textPrinter{o} },
	"json":     func(Options) Printer { return jsonPrinter{} },
	"line":     func(Options) Printer { return linePrinter{} },
	"github":   func(Options) Printer { return githubPrinter{} },
	"sarif":    func(Options) Printer { return sarifPrinter{} },
	"junit":    func(Options) Printer { return junitPrinter{} },
	"markdown": func(Options) Printer { return markdownPrinter{} },
	"rdjson":   func(Options) Printer { return rdjsonPrinter{} },
}

// Formats returns the names of the output formats, sorted.
func Formats() []string {
	names := make([]string, 0, len(printers))
	for name := range printers {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// NewPrinter returns the printer for format, one of Formats():
//
//	text      terminal report: table of findings, evidence, summary line
//	json      the Report itself, the documented machine format
//	line      path:line:column: severity: message [rule], one per mention
//	github    GitHub Actions annotations, one per mention
//	sarif     SARIF 2.1.0 for code scanning, one result per finding
//	junit     JUnit XML, one test case per rule, one failure per finding
//	markdown  pull-request comment or job summary
//	rdjson    reviewdog diagnostics, one per finding
func NewPrinter(format string, opt Options) (Printer, error) {
	newp, ok := printers[format]
	if !ok {
		return nil, fmt.Errorf("unknown output format %q (valid: %s)", format, strings.Join(Formats(), ", "))
	}
	if opt.Width <= 0 {
		opt.Width = 100
	}
	return newp(opt), nil
}

// bySeverity returns the findings with the most severe first, keeping the
// given order among findings of equal severity.
func bySeverity(fs []Finding) []Finding {
	out := slices.Clone(fs)
	slices.SortStableFunc(out, func(a, b Finding) int {
		return SeverityRank(b.Severity) - SeverityRank(a.Severity)
	})
	return out
}

// mentions returns every mention of a finding, value by value.
func mentions(f *Finding) []Mention {
	var ms []Mention
	for _, v := range f.Values {
		ms = append(ms, v.Mentions...)
	}
	return ms
}

// sourceIDs lists the distinct sources of a value's mentions in order of
// first appearance.
func sourceIDs(v *Value) []string {
	var ids []string
	for _, m := range v.Mentions {
		id := m.Source
		if id == "" {
			id = m.Path
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// valueLabel describes a value with its sources, as in
// "2025-04-28 ×2 (001, 003)" or "2024: 5.1% implied (002)".
func valueLabel(v *Value) string {
	var b strings.Builder
	if v.Period != "" {
		b.WriteString(oneLine(v.Period) + ": ")
	}
	b.WriteString(oneLine(v.Value))
	if v.Implied {
		b.WriteString(" implied")
	}
	if v.SupportedBy > 1 {
		fmt.Fprintf(&b, " ×%d", v.SupportedBy)
	}
	if ids := sourceIDs(v); len(ids) > 0 {
		b.WriteString(" (" + oneLine(strings.Join(ids, ", ")) + ")")
	}
	return b.String()
}

// oneLine folds line breaks into spaces, for formats that are read one
// line per record, and makes the text printable.
func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return printable(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s))
}

// printable replaces control characters other than newline and tab, so
// text quoted from a source cannot move the cursor or change colours on
// the reader's terminal.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && unicode.IsControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

// plural returns "n word" with an s added unless n is 1.
func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// summaryLine is the one-line summary shared by the human formats:
// "5 sources, 42 claims: 3 errors, 2 warnings, 1 info".
func summaryLine(s Summary) string {
	head := plural(s.Sources, "source") + ", " + plural(s.Claims, "claim")
	var parts []string
	if s.Errors > 0 {
		parts = append(parts, plural(s.Errors, "error"))
	}
	if s.Warnings > 0 {
		parts = append(parts, plural(s.Warnings, "warning"))
	}
	if s.Infos > 0 {
		parts = append(parts, fmt.Sprintf("%d info", s.Infos))
	}
	if len(parts) == 0 {
		parts = append(parts, "no findings")
	}
	line := head + ": " + strings.Join(parts, ", ")
	if s.Skipped > 0 {
		line += fmt.Sprintf(" (%d skipped)", s.Skipped)
	}
	return line
}

// evidence lists a finding's message and where each value is stated, one
// line per item, for formats that carry plain text.
func evidence(f *Finding) []string {
	lines := strings.Split(strings.TrimRight(f.Message, "\n"), "\n")
	for i := range f.Values {
		v := &f.Values[i]
		lines = append(lines, valueLabel(v))
		for _, m := range v.Mentions {
			lines = append(lines, "  "+mentionLine(m))
		}
	}
	for _, rel := range f.Related {
		lines = append(lines, "kept apart: "+oneLine(rel.Value)+": "+oneLine(rel.Why), "  "+mentionLine(rel.Mention))
	}
	return lines
}

// endOf returns where a mention ends (inclusive column), falling back to
// its start when the end is missing or before the start.
func endOf(m Mention) (line, col int) {
	line, col = m.EndLine, m.EndColumn
	if line < m.Line || (line == m.Line && col < m.Column) {
		return m.Line, m.Column
	}
	return line, col
}
