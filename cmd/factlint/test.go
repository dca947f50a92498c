package main

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/goldtest"
	"github.com/factlint/factlint/checker/report"
)

type testOptions struct {
	format string
	failOn string
	packs  []string
}

func newTestCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &testOptions{}
	cmd := &cobra.Command{
		Use:   "test [DIR...]",
		Short: "Check corpora against their expected findings (gold.json)",
		Long: `Test finds every gold.json below the given folders (default: the current
folder). Each folder holding one is a case: the documents its gold file
lists are checked (the whole folder when it lists none, so a README beside
them is no source), and the findings are compared with the gold file's
conflicts (which must be reported at a failing severity, with their
mentions as evidence) and traps (which must not be).

For each case it prints conflicts found, recall, failing findings that match
no conflict, precision and trap violations, then a total. A case fails when
a conflict is missed, a finding is false or a trap is violated, unless the
gold file lowers the bar with "min_recall" or "min_precision". Implicit
conflicts ("explicit": false: arithmetic or reasoning needed) are counted
apart and never fail a case.` + "\n" + exitStatusHelp,
		Example: `  factlint test testdata/corpora
  factlint test --format json ../eval/wikicontradict-dev > scores.json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTest(opts, args, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.format, "format", "f", "text", "output format: text or json")
	f.StringVar(&opts.failOn, "fail-on", "error", "severity at which a finding counts as reported: error, warning or info")
	f.StringArrayVar(&opts.packs, "rules", nil, "load a rule pack (YAML) for every case; repeatable")
	return cmd
}

func runTest(opts *testOptions, args []string, stdout, stderr io.Writer) error {
	if opts.format != "text" && opts.format != "json" {
		return usagef("--format: unknown format %q (want text or json)", opts.format)
	}
	if _, err := severityFlag("--fail-on", opts.failOn, false); err != nil {
		return err
	}
	set, err := ruleSet(opts.packs, nil)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		args = []string{"."}
	}
	dirs, err := goldtest.Discover(args)
	if err != nil {
		return usageError{err}
	}
	if len(dirs) == 0 {
		return usagef("no %s found under %s", goldtest.GoldFile, strings.Join(args, ", "))
	}
	var cases []*goldtest.Case
	for _, d := range dirs {
		c, err := goldtest.Load(d)
		if err != nil {
			return usageError{err}
		}
		cases = append(cases, c)
	}
	check := func(paths []string) (*report.Report, error) {
		inputs, _, err := collect(paths, 0)
		if err != nil {
			return nil, err
		}
		rep, _, err := checker.Check(inputs, checker.Options{Rules: set})
		return rep, err
	}
	res := goldtest.Run(cases, check, opts.failOn)
	if opts.format == "json" {
		err = goldtest.WriteJSON(stdout, res)
	} else {
		err = goldtest.WriteText(stdout, res)
	}
	if err != nil {
		return err
	}
	if res.Failed() {
		return errFindings
	}
	return nil
}
