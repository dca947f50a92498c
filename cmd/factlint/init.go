package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/rules"
)

func newInitCmd(stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "init",
		Short: "Write a commented starter " + configName,
		Long: `Init writes a starter ` + configName + ` in the current folder, with every
setting explained. factlint reads that file when run in the folder or any
folder below it; flags on the command line override it. Init never
overwrites an existing file.` + "\n" + settingsExitHelp,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runInit(stdout)
		},
	}
}

func runInit(stdout io.Writer) error {
	f, err := os.OpenFile(configName, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return usagef("%s already exists; edit it, or remove it first", configName)
	}
	if err != nil {
		return usageError{err}
	}
	if _, err := io.WriteString(f, starterConfig()); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", configName)
	return nil
}

// starterConfig is the file init writes: every setting, explained, with
// the defaults in force and the optional ones commented out.
func starterConfig() string {
	return `# Settings for factlint (https://github.com/factlint/factlint).
# factlint reads this file when run in this folder or any folder below it;
# flags on the command line override it. Paths are relative to this file.

# Files and folders to check when the command line names none. Folders are
# read recursively (.txt, .md and .html).
paths:
  - .

# Files to skip. A pattern is matched against the path from this folder;
# ** stands for any number of folders, and a pattern without a / matches a
# name at any depth.
ignore:
  - "**/node_modules"
# - "drafts/**"
# - "*.draft.md"

# Rule packs to load after the built-in ones: vocabulary and rules for your
# domain (see docs/rules.md; check one with: factlint rules check FILE).
# packs:
#   - factlint/pack.yaml

# Exit with status 1 when a finding is at or above this severity:
# error, warning, info or none.
fail-on: error

# Show only findings at or above this severity: error, warning or info.
min-severity: info

# Report format: ` + strings.Join(report.Formats(), ", ") + `.
format: text

# Turn rules off, or re-level them, by id (factlint rules lists them).
# Severities: ` + strings.Join(rules.Severities, ", ") + `.
# disable:
#   - rank
# severity:
#   measure-value: warning

# For sources that no sources.yaml lists, as if a manifest entry said so:
# the kinds of claim not to take from them.
# manifest:
#   exclude: [weekday-date]
`
}
