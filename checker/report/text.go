package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// textPrinter writes the terminal report: a table of findings, the
// evidence for each, and a summary line.
type textPrinter struct {
	opt Options
}

func (p textPrinter) Print(w io.Writer, r *Report) error {
	var b bytes.Buffer
	fs := bySeverity(r.Findings)
	if len(fs) > 0 {
		if err := p.table(&b, fs); err != nil {
			return err
		}
		for i := range fs {
			b.WriteByte('\n')
			p.detail(&b, &fs[i])
		}
		b.WriteByte('\n')
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(&b, "skipped %s: %s\n", oneLine(s.Path), oneLine(s.Reason))
	}
	b.WriteString(summaryLine(r.Summary) + "\n")
	_, err := w.Write(b.Bytes())
	return err
}

// table writes one row per finding, borderless. Cells are wrapped here,
// not by tablewriter, so the subject and values columns share the width
// sensibly; trailing spaces are cut so the output diffs cleanly.
func (p textPrinter) table(w *bytes.Buffer, fs []Finding) error {
	header := []string{"Severity", "Rule", "Subject", "Values"}
	rows := make([][]string, len(fs))
	for i := range fs {
		f := &fs[i]
		var vals []string
		for j := range f.Values {
			vals = append(vals, valueLabel(&f.Values[j]))
		}
		rows[i] = []string{cell(f.Severity), cell(f.Rule), cell(f.Subject), cell(strings.Join(vals, "\n"))}
	}
	fitColumns(header, rows, p.opt.Width)

	var tb bytes.Buffer
	t := tablewriter.NewTable(&tb,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Borders: tw.BorderNone,
			Symbols: tw.NewSymbols(tw.StyleNone),
			Settings: tw.Settings{
				Separators: tw.Separators{BetweenColumns: tw.Off, BetweenRows: tw.Off},
				Lines:      tw.Lines{ShowHeaderLine: tw.Off},
			},
		})),
		// Fixed widths, whatever the locale says, so output is the same everywhere.
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithPadding(tw.Padding{Left: "", Right: "  ", Overwrite: true}),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
	)
	t.Header(header)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	if err := t.Render(); err != nil {
		return err
	}
	for _, line := range strings.Split(strings.TrimRight(tb.String(), "\n"), "\n") {
		w.WriteString(p.colorRow(strings.TrimRight(line, " ")) + "\n")
	}
	return nil
}

// colorRow colours the severity a table line starts with. It is done after
// rendering because tablewriter carries escape sequences into the next cell.
func (p textPrinter) colorRow(line string) string {
	if !p.opt.Color {
		return line
	}
	for _, s := range []string{SeverityError, SeverityWarning, SeverityInfo} {
		if strings.HasPrefix(line, s+" ") || line == s {
			return p.severity(s) + line[len(s):]
		}
	}
	return line
}

// cell makes s safe for a table cell: no tabs (their width depends on the
// terminal) and no carriage returns.
func cell(s string) string {
	return printable(strings.NewReplacer("\t", " ", "\r", "").Replace(s))
}

// textWidth is the display width of s, measured the same way everywhere.
func textWidth(s string) int {
	return twwidth.WidthWithOptions(s, twwidth.Options{})
}

// fitColumns wraps the last two columns (subject, values) so the table
// fits in width. The first columns are short words and never wrap. The
// values column keeps its natural width when it can, as it is what a
// reader compares.
func fitColumns(header []string, rows [][]string, width int) {
	const pad = 2
	natural := make([]int, len(header))
	for c, h := range header {
		natural[c] = textWidth(h)
		for _, r := range rows {
			for _, line := range strings.Split(r[c], "\n") {
				natural[c] = max(natural[c], textWidth(line))
			}
		}
	}
	n := len(header)
	room := width - pad*n
	for c := range n - 2 {
		room -= natural[c]
	}
	subj, vals := natural[n-2], natural[n-1]
	if subj+vals > room {
		const minCol = 12
		vals = min(vals, max(room-subj, room*3/5, minCol))
		subj = max(room-vals, minCol)
	}
	for _, r := range rows {
		r[n-2] = wrap(r[n-2], subj, "")
		r[n-1] = wrap(r[n-1], vals, "  ")
	}
}

// wrap breaks each line of s at spaces so it fits in width, starting
// continuation lines with indent. A word longer than width stays whole.
func wrap(s string, width int, indent string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		cur, lead := "", ""
		for _, word := range strings.Fields(line) {
			switch {
			case cur == "":
				cur = lead + word
			case textWidth(cur)+1+textWidth(word) <= width:
				cur += " " + word
			default:
				out = append(out, cur)
				lead = indent
				cur = lead + word
			}
		}
		out = append(out, cur)
	}
	return strings.Join(out, "\n")
}

// detail writes a finding's message and evidence.
func (p textPrinter) detail(w *bytes.Buffer, f *Finding) {
	fmt.Fprintf(w, "%s %s: %s\n", p.severity(f.Severity), oneLine(f.Rule), oneLine(f.Subject))
	for _, line := range strings.Split(strings.TrimRight(f.Message, "\n"), "\n") {
		fmt.Fprintf(w, "  %s\n", printable(strings.TrimRight(line, "\r")))
	}
	for i := range f.Values {
		v := &f.Values[i]
		fmt.Fprintf(w, "  %s\n", valueLabel(v))
		for _, m := range v.Mentions {
			fmt.Fprintf(w, "    %s\n", mentionLine(m))
			if m.Sentence != "" {
				fmt.Fprintf(w, "      %s\n", oneLine(m.Sentence))
			}
		}
	}
	if a, b, ok := contrast(f); ok {
		// Only sentences that mostly agree are worth a diff.
		if diff, shared := wordDiff(oneLine(a.Sentence), oneLine(b.Sentence), p.opt.Color); shared >= 0.5 {
			fmt.Fprintf(w, "  difference %s → %s:\n", sourceOf(a), sourceOf(b))
			fmt.Fprintf(w, "    %s\n", diff)
		}
	}
	if len(f.Related) > 0 {
		w.WriteString("  kept apart:\n")
		for _, rel := range f.Related {
			fmt.Fprintf(w, "    %s: %s\n", oneLine(rel.Value), oneLine(rel.Why))
			fmt.Fprintf(w, "      %s\n", mentionLine(rel.Mention))
		}
	}
}

// severity returns s, coloured when colour is on.
func (p textPrinter) severity(s string) string {
	if !p.opt.Color {
		return s
	}
	switch s {
	case SeverityError:
		return ansiRed + s + ansiReset
	case SeverityWarning:
		return ansiYellow + s + ansiReset
	case SeverityInfo:
		return ansiCyan + s + ansiReset
	}
	return s
}

// mentionLine formats a mention as `path:line:col: "text"`.
func mentionLine(m Mention) string {
	return fmt.Sprintf("%s:%d:%d: \"%s\"", oneLine(m.Path), m.Line, m.Column, oneLine(m.Text))
}

func sourceOf(m Mention) string {
	if m.Source != "" {
		return m.Source
	}
	return m.Path
}

// contrast picks, for a finding with exactly two values, one sentence
// stating each, when the two sentences differ.
func contrast(f *Finding) (a, b Mention, ok bool) {
	if len(f.Values) != 2 {
		return a, b, false
	}
	first := func(v *Value) (Mention, bool) {
		for _, m := range v.Mentions {
			if m.Sentence != "" {
				return m, true
			}
		}
		return Mention{}, false
	}
	a, okA := first(&f.Values[0])
	b, okB := first(&f.Values[1])
	if !okA || !okB || a.Sentence == b.Sentence {
		return a, b, false
	}
	return a, b, true
}
