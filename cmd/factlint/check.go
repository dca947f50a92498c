package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/rules"
	"github.com/factlint/factlint/seeds"
)

type checkOptions struct {
	format      string
	failOn      string
	minSeverity string
	color       string
	jobs        int
	maxFileSize int64
	now         string // YYYY-MM-DD: relative dates in undated sources resolve against it
	packs       []string
	disable     []string
	quiet       bool
	severity    []string    // ID=LEVEL
	config      configFlags // which configuration file to read
	conf        *config     // the configuration read, set before runCheck

	outputs       []string // FORMAT=FILE
	baseline      string
	writeBaseline string
	reportUnused  bool
}

func newCheckCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Check sources for conflicting facts",
		Long: `Check reads the files and folders given (folders recursively: .txt, .md and
.html files), or the embedded seed corpus when given none, and prints a
report of where the sources disagree.

Finding kinds:
  conflict  (error)   sources give incompatible values for the same thing
  internal  (error)   one source contradicts itself
  stale     (warning) values differ, but the sources describe different times
  period    (info)    one measure given for several periods, as a series

ENVIRONMENT
  GOMEMLIMIT  the heap size past which memory is collected harder rather than
              grown; 800MiB unless set ("off" for none)
  GOGC        how far the heap grows, in percent of what is live, before a
              collection; 200 unless set` + "\n" + exitStatusHelp,
		Example: `  factlint check                          # the embedded seed corpus
  factlint check news/ extra.md           # files and folders, any mix
  factlint check --format json seeds/ > report.json
  factlint check --fail-on warning docs/  # fail on stale sources too
  factlint check --format github --output sarif=factlint.sarif docs/
  factlint check --write-baseline .factlint-baseline.json docs/  # accept what is found now
  factlint check --baseline .factlint-baseline.json docs/        # fail only on new findings`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := opts.readConfig(cmd.Flags()); err != nil {
				return err
			}
			return runCheck(opts, opts.conf.inputs(args), stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.format, "format", "f", "text", "output format: "+strings.Join(report.Formats(), ", "))
	f.StringVar(&opts.failOn, "fail-on", "error", "exit 1 when a finding is at or above this severity: error, warning, info or none")
	f.StringVar(&opts.minSeverity, "min-severity", "info", "show only findings at or above this severity")
	f.StringVar(&opts.color, "color", "auto", "colour the text report: auto, always or never (NO_COLOR turns auto off)")
	f.IntVarP(&opts.jobs, "jobs", "j", 0, "documents to read, and groups of claims to compare, at once (0: one per core)")
	f.Int64Var(&opts.maxFileSize, "max-file-size", source.DefaultMaxFileSize, "skip files larger than this many bytes")
	f.StringVar(&opts.now, "now", "", "resolve relative dates in sources with no publication date against this date (YYYY-MM-DD); the clock is never read")
	f.StringArrayVar(&opts.packs, "rules", nil, "load a rule pack (YAML); repeatable")
	f.StringArrayVar(&opts.disable, "disable", nil, "turn a rule off by id; repeatable")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "print no diagnostics about skipped inputs and no progress bar")
	f.StringArrayVar(&opts.severity, "severity", nil, "re-level a rule, as ID=LEVEL (error, warning, info or off); repeatable")
	opts.config.register(f)
	f.StringArrayVarP(&opts.outputs, "output", "o", nil, "also write the report to FILE in FORMAT, as FORMAT=FILE; repeatable")
	f.StringVar(&opts.baseline, "baseline", "", "do not report or fail on the findings recorded in this file")
	f.StringVar(&opts.writeBaseline, "write-baseline", "", "record the current findings in this file (they are then known, this run included)")
	f.BoolVar(&opts.reportUnused, "report-unused-suppressions", false, "report factlint-disable comments that suppress nothing, and fail on them")
	return cmd
}

func runCheck(opts *checkOptions, args []string, stdout, stderr io.Writer) error {
	failRank, err := severityFlag("--fail-on", opts.failOn, true)
	if err != nil {
		return err
	}
	minRank, err := severityFlag("--min-severity", opts.minSeverity, false)
	if err != nil {
		return err
	}
	color, err := useColor(opts.color, stdout)
	if err != nil {
		return err
	}
	printer, err := report.NewPrinter(opts.format, report.Options{Color: color})
	if err != nil {
		return usageError{err}
	}
	set, err := opts.conf.ruleSet(opts.packs, opts.disable, opts.severity)
	if err != nil {
		return err
	}
	now, err := dateFlag("--now", opts.now)
	if err != nil {
		return err
	}

	inputs, problems, err := collect(args, opts.maxFileSize)
	if err != nil {
		return usageError{err}
	}
	inputs, problems = opts.conf.filter(inputs, problems)
	out, err := newReporting(opts, inputs)
	if err != nil {
		return err
	}
	prog := newProgress(stderr, opts.quiet)
	rep, more, checkErr := checker.Check(inputs, checker.Options{Rules: set, Jobs: opts.jobs, MaxFileSize: opts.maxFileSize, Directives: out.directives, Progress: prog.callback(), Now: now})
	prog.finish()
	// Inputs skipped while collecting (a link loop, a named pipe) count in
	// the report as those skipped while reading do.
	for _, p := range problems {
		if p.Skipped {
			rep.Skipped = append(rep.Skipped, report.Skipped{Path: p.Path, Reason: p.Msg})
		}
	}
	slices.SortStableFunc(rep.Skipped, func(a, b report.Skipped) int { return strings.Compare(a.Path, b.Path) })
	rep.Summary.Skipped = len(rep.Skipped)
	problems = append(problems, more...)
	if !opts.quiet {
		for _, p := range problems {
			fmt.Fprintln(stderr, p)
		}
	}
	if err := out.filter(rep, minRank, checkErr == nil, stderr); err != nil {
		return err
	}
	// A reader that went away early has had what it wanted: the run
	// still writes its files and exits as the findings say.
	if err := printer.Print(stdout, rep); err != nil && !closedPipe(err) {
		return err
	}
	if err := out.write(rep); err != nil {
		return err
	}
	if checkErr != nil {
		return usageError{checkErr}
	}
	for _, f := range rep.Findings {
		if failRank > 0 && report.SeverityRank(f.Severity) >= failRank {
			return errFindings
		}
	}
	if failRank > 0 && out.unused > 0 {
		return errFindings
	}
	return nil
}

// collect expands the paths to check, or the embedded seed corpus when
// there are none.
func collect(args []string, maxSize int64) ([]source.Input, []source.Problem, error) {
	opt := source.Options{MaxFileSize: maxSize}
	if len(args) == 0 {
		inputs, problems, err := source.Collect(seeds.FS, []string{"."}, opt)
		for i := range inputs {
			inputs[i].Path = "seeds/" + inputs[i].Path
		}
		return inputs, problems, err
	}
	return source.Collect(nil, args, opt)
}

// severityFlag parses a severity flag; "none" (rank 0) is allowed where
// the flag may turn failing off.
func severityFlag(name, v string, allowNone bool) (int, error) {
	if allowNone && v == "none" {
		return 0, nil
	}
	if r := report.SeverityRank(v); r > 0 {
		return r, nil
	}
	want := "error, warning or info"
	if allowNone {
		want = "error, warning, info or none"
	}
	return 0, usagef("%s: unknown severity %q (want %s)", name, v, want)
}

// useColor decides whether to colour output: always, never, or on a
// terminal when NO_COLOR is not set.
func useColor(mode string, w io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		if _, ok := os.LookupEnv("NO_COLOR"); ok {
			return false, nil
		}
		f, ok := w.(*os.File)
		return ok && term.IsTerminal(int(f.Fd())), nil
	}
	return false, usagef("--color: unknown mode %q (want auto, always or never)", mode)
}

// ruleSet builds the rules in force: the built-in packs, the user's packs,
// then the rules turned off.
func ruleSet(packs, disable []string) (*rules.Set, error) {
	set := rules.Builtin()
	for _, p := range packs {
		if err := set.LoadFile(p); err != nil {
			return nil, usageError{err}
		}
	}
	for _, id := range disable {
		if err := set.Override(id, "off"); err != nil {
			return nil, usagef("--disable: %v", err)
		}
	}
	return set, nil
}

// dateFlag parses a YYYY-MM-DD flag value; empty gives nil.
func dateFlag(name, value string) (*time.Time, error) {
	if value == "" {
		return nil, nil
	}
	t, err := time.Parse("2006-01-02", value)
	if err != nil {
		return nil, usagef("%s: want a date as YYYY-MM-DD, got %q", name, value)
	}
	return &t, nil
}
