package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/rules/yamlcheck"
)

// Exit codes, the same for every command.
const (
	exitClean    = 0 // nothing at or above the fail level
	exitFindings = 1 // findings at or above the fail level
	exitUsage    = 2 // a usage, configuration or input error the user must fix
)

const exitStatusHelp = `
EXIT STATUS
  0  no finding at or above the --fail-on level
  1  findings at or above the --fail-on level
  2  a usage or input error: a bad flag or configuration, a path that cannot be read`

// usageError is an error the user must fix; it exits with status 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// errFindings ends a run that printed findings at or above the fail level.
var errFindings = errors.New("findings at or above the fail level")

// run executes the command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	switch {
	case err == nil:
		return exitClean
	case errors.Is(err, errFindings):
		return exitFindings
	case closedPipe(err):
		return exitClean // the reader of stdout stopped early: nothing to say
	}
	// Mistakes in a file the user wrote (a rule pack, the configuration)
	// print one a line as file:line:column: message, for editors to read.
	var perr *yamlcheck.Error
	if errors.As(err, &perr) {
		fmt.Fprintln(stderr, perr.Error())
		return exitUsage
	}
	var merr *source.ManifestError
	if errors.As(err, &merr) {
		fmt.Fprintln(stderr, merr.Error())
		return exitUsage
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "factlint: ") {
		msg = "factlint: " + msg
	}
	fmt.Fprintln(stderr, msg)
	return exitUsage
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "factlint",
		Short: "Check whether several sources agree on the facts",
		Long: `factlint reads documents about one subject (news articles, reports, docs
pages), extracts typed claims from them (dates, years, money, counts,
percentages, ranks, people holding roles), lines up the claims that are about
the same thing, and reports where the sources disagree.` + "\n" + exitStatusHelp,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newCheckCmd(stdout, stderr), newValuesCmd(stdout, stderr), newTestCmd(stdout, stderr), newRulesCmd(stdout, stderr), newInitCmd(stdout, stderr))
	return root
}
