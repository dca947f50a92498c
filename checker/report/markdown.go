package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// markdownPrinter writes a compact report for a pull-request comment or
// $GITHUB_STEP_SUMMARY: a heading with counts, a table of findings and
// the quoted evidence of each.
type markdownPrinter struct{}

func (markdownPrinter) Print(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	s := summaryLine(r.Summary)
	counts := s[strings.Index(s, ": ")+2:]
	fmt.Fprintf(bw, "## factlint: %s\n\n", counts)
	fmt.Fprintf(bw, "%s.\n", mdEscape(s[:strings.Index(s, ": ")]))
	if len(r.Skipped) > 0 {
		bw.WriteString("\nSkipped:\n\n")
		for _, sk := range r.Skipped {
			fmt.Fprintf(bw, "- %s: %s\n", mdEscape(sk.Path), mdEscape(oneLine(sk.Reason)))
		}
	}

	fs := bySeverity(r.Findings)
	if len(fs) > 0 {
		bw.WriteString("\n| Severity | Rule | Subject | Values |\n| --- | --- | --- | --- |\n")
		for i := range fs {
			f := &fs[i]
			var vals []string
			for j := range f.Values {
				vals = append(vals, mdEscape(valueLabel(&f.Values[j])))
			}
			fmt.Fprintf(bw, "| %s | %s | %s | %s |\n",
				f.Severity, mdEscape(f.Rule), mdEscape(oneLine(f.Subject)), strings.Join(vals, "<br>"))
		}
	}
	for i := range fs {
		f := &fs[i]
		fmt.Fprintf(bw, "\n### %s %s: %s\n\n", f.Severity, mdEscape(f.Rule), mdEscape(oneLine(f.Subject)))
		// Lines of the message end in a hard break ("\\"), not a space.
		lines := strings.Split(strings.TrimRight(f.Message, "\n"), "\n")
		for k, line := range lines {
			line = mdEscape(printable(strings.TrimRight(line, "\r")))
			if k < len(lines)-1 {
				line += "\\"
			}
			bw.WriteString(line + "\n")
		}
		for j := range f.Values {
			v := &f.Values[j]
			fmt.Fprintf(bw, "\n**%s**\n", mdEscape(valueLabel(v)))
			for _, m := range v.Mentions {
				fmt.Fprintf(bw, "\n> %s — %s:%d\n", mdQuote(m), mdEscape(m.Path), m.Line)
			}
		}
		for _, rel := range f.Related {
			fmt.Fprintf(bw, "\nKept apart, %s: %s\n\n> %s — %s:%d\n",
				mdEscape(rel.Value), mdEscape(oneLine(rel.Why)), mdQuote(rel.Mention), mdEscape(rel.Mention.Path), rel.Mention.Line)
		}
	}
	return bw.Flush()
}

// mdQuote shows a mention in its sentence with the quoted words in bold,
// or the words alone when the sentence is unknown.
func mdQuote(m Mention) string {
	text := oneLine(m.Text)
	sentence := oneLine(m.Sentence)
	i := strings.Index(sentence, text)
	if text == "" || i < 0 {
		return "\"" + mdEscape(text) + "\""
	}
	return mdEscape(sentence[:i]) + "**" + mdEscape(text) + "**" + mdEscape(sentence[i+len(text):])
}

// mdEscape keeps text from being read as Markdown or HTML. "$" is escaped
// because GitHub renders text between dollar signs as maths.
var mdEscape = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "~", `\~`, "$", `\$`, "#", `\#`,
).Replace
