package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/source"
)

type valuesOptions struct {
	ref    string
	format string
}

// valueRow is one recognized value, as `values --format json` prints it.
type valueRow struct {
	Type      string `json:"type"`
	Value     string `json:"value"`
	Qualifier string `json:"qualifier"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Text      string `json:"text"`
}

func newValuesCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &valuesOptions{}
	cmd := &cobra.Command{
		Use:   "values FILE",
		Short: "Print every typed value factlint recognizes in a file",
		Long: `Values prints each date, year, money amount, count, percentage and rank that
factlint recognizes in a file, with its normalized value and position, so you
can see what the checker sees. Relative dates ("on Monday", "this year")
resolve against --ref, or the file's own publication date; without either
they are shown unresolved.` + "\n" + exitStatusHelp,
		Example: `  factlint values seeds/003_1a830b7e9f7a6e23.txt
  factlint values --ref 2025-04-28 --format json article.md`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runValues(opts, args[0], stdout, stderr)
		},
	}
	cmd.Flags().StringVar(&opts.ref, "ref", "", "reference date (YYYY-MM-DD) for relative dates; default: the file's publication date")
	cmd.Flags().StringVarP(&opts.format, "format", "f", "text", "output format: text or json")
	return cmd
}

func runValues(opts *valuesOptions, path string, stdout, stderr io.Writer) error {
	if opts.format != "text" && opts.format != "json" {
		return usagef("--format: unknown format %q (want text or json)", opts.format)
	}
	inputs, problems, err := source.Collect(nil, []string{path}, source.Options{})
	if err != nil {
		return usageError{err}
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	if len(inputs) != 1 {
		return usagef("%s: not a single readable file", path)
	}
	ref, err := dateFlag("--ref", opts.ref)
	if err != nil {
		return err
	}
	vals, probs, err := checker.Values(inputs[0], ref, nil)
	for _, p := range probs {
		fmt.Fprintln(stderr, p)
	}
	if err != nil {
		return usageError{err}
	}
	rows := []valueRow{}
	for _, v := range vals {
		norm := v.Value
		if norm == "" {
			norm = "(unresolved)"
		}
		m := v.Mention
		rows = append(rows, valueRow{v.Type, norm, v.Qualifier, m.Line, m.Column, m.EndLine, m.EndColumn, m.Text})
	}
	if opts.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "POSITION\tTYPE\tVALUE\tQUALIFIER\tTEXT")
	for _, r := range rows {
		fmt.Fprintf(tw, "%d:%d\t%s\t%s\t%s\t%s\n", r.Line, r.Column, r.Type, r.Value, r.Qualifier, r.Text)
	}
	return tw.Flush()
}
