package goldtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// WriteText writes a block per case (status line, a table of its gold
// conflicts, traps and false findings, its score and why it failed) and
// a total line.
func WriteText(w io.Writer, r *Result) error {
	var b bytes.Buffer
	for i := range r.Cases {
		if err := writeCase(&b, &r.Cases[i]); err != nil {
			return err
		}
		b.WriteByte('\n')
	}
	b.WriteString(totalLine(&r.Total) + "\n")
	_, err := w.Write(b.Bytes())
	return err
}

func writeCase(b *bytes.Buffer, c *CaseResult) error {
	status := "ok  "
	if !c.Pass {
		status = "FAIL"
	}
	name := c.Dir
	if c.Corpus != "" && c.Corpus != filepath.Base(c.Dir) {
		name += " (" + c.Corpus + ")"
	}
	fmt.Fprintf(b, "%s %s\n", status, name)

	var rows [][]string
	for _, x := range c.Conflicts {
		class, result := "implicit", "missed"
		if x.Explicit {
			class = "explicit"
		}
		if x.Found {
			result = "found"
		}
		rows = append(rows, []string{x.ID, x.Kind, class, result, strings.Join(x.Findings, ", ")})
	}
	for _, t := range c.Traps {
		result := "kept"
		if t.Violated {
			result = "violated"
		}
		rows = append(rows, []string{t.ID, t.Kind, "trap", result, strings.Join(t.Findings, ", ")})
	}
	for _, f := range c.FalseFindings {
		what := f.ID + ": " + clip(f.Subject, 48) + " (" + clip(strings.Join(f.Values, " vs "), 40) + ")"
		rows = append(rows, []string{"-", "-", "finding", "false", what})
	}
	if len(rows) > 0 {
		if err := writeTable(b, rows); err != nil {
			return err
		}
	}
	fmt.Fprintf(b, "    %s\n", scoreLine(&c.Score))
	for _, why := range c.Reasons {
		fmt.Fprintf(b, "    fail: %s\n", why)
	}
	return nil
}

// writeTable writes a borderless table indented under its case, with
// trailing spaces cut so the output diffs cleanly.
func writeTable(b *bytes.Buffer, rows [][]string) error {
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
		tablewriter.WithPadding(tw.Padding{Left: "", Right: "  ", Overwrite: true}),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
	)
	t.Header("Gold", "Kind", "Class", "Result", "Findings")
	if err := t.Bulk(rows); err != nil {
		return err
	}
	if err := t.Render(); err != nil {
		return err
	}
	for line := range strings.Lines(tb.String()) {
		if line = strings.TrimRight(line, " \n"); line != "" {
			b.WriteString("    " + line + "\n")
		}
	}
	return nil
}

// scoreLine is "conflicts 1/2 found, recall 0.50 (explicit 1.00,
// implicit 0.00), precision 1.00, 0 false findings, 0 trap violations".
func scoreLine(s *Score) string {
	t := s.Conflicts()
	return fmt.Sprintf("conflicts %d/%d found, recall %s (explicit %s, implicit %s), precision %s, %s, %s",
		t.Found, t.Expected, rate(t), rate(s.Explicit), rate(s.Implicit),
		rateOf(s.Matched, s.Findings), plural(s.False, "false finding"), plural(s.TrapViolations, "trap violation"))
}

// totalLine is "total: 40 cases (3 failed), conflicts ...".
func totalLine(t *Totals) string {
	head := "total: " + plural(t.Cases, "case")
	if t.Failed > 0 {
		head += fmt.Sprintf(" (%d failed", t.Failed)
		if t.Errors > 0 {
			head += fmt.Sprintf(", %d not checked", t.Errors)
		}
		head += ")"
	}
	return head + ", " + scoreLine(&t.Score)
}

// rate prints a recall with two decimals, or "-" when nothing is expected.
func rate(t Tally) string { return rateOf(t.Found, t.Expected) }

func rateOf(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", float64(n)/float64(d))
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// WriteJSON writes r as indented JSON: every list present, rates rounded
// to four decimals.
func WriteJSON(w io.Writer, r *Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
