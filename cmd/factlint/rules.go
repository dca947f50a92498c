package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v4"

	"github.com/factlint/factlint/rules"
	"github.com/factlint/factlint/rules/yamlcheck"
)

// settingsExitHelp is the EXIT STATUS of the commands that only read or
// write settings.
const settingsExitHelp = `
EXIT STATUS
  0  done
  2  a usage error, or a mistake in a rule pack or the configuration file`

// rulesOptions choose the rules in force, as for check.
type rulesOptions struct {
	packs    []string
	disable  []string
	severity []string
	config   configFlags
}

func (o *rulesOptions) register(f *pflag.FlagSet) {
	f.StringArrayVar(&o.packs, "rules", nil, "load a rule pack (YAML); repeatable")
	f.StringArrayVar(&o.disable, "disable", nil, "turn a rule off by id; repeatable")
	f.StringArrayVar(&o.severity, "severity", nil, "re-level a rule, as ID=LEVEL; repeatable")
	o.config.register(f)
}

// set builds the rules in force, as check would.
func (o *rulesOptions) set() (*rules.Set, error) {
	conf, err := o.config.load()
	if err != nil {
		return nil, err
	}
	return conf.ruleSet(o.packs, o.disable, o.severity)
}

func newRulesCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &rulesOptions{}
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the rules in force, show one, or check a rule pack",
		Long: `Rules lists every rule in force with its id, kind, severity and origin: the
built-in packs, the packs the configuration file (.factlint.yaml) names,
and those given with --rules, after any rule is turned off or re-levelled.

Each rule is one of six generic kinds (event-date, measure-value,
role-holder, first-occurrence, rank, weekday-date); a pack adds rules that
sharpen a kind for a subject. The format is described in docs/rules.md.` + "\n" + settingsExitHelp,
		Example: `  factlint rules
  factlint rules --rules packs/docs.yaml
  factlint rules show measure-value
  factlint rules check packs/docs.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := opts.set()
			if err != nil {
				return err
			}
			return listRules(stdout, set)
		},
	}
	opts.register(cmd.Flags())

	showOpts := &rulesOptions{}
	show := &cobra.Command{
		Use:   "show ID",
		Short: "Print one rule in full, with an example of what it matches",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := showOpts.set()
			if err != nil {
				return err
			}
			r := set.Rule(args[0])
			if r == nil {
				return usagef("unknown rule %q (factlint rules lists them)", args[0])
			}
			return showRule(stdout, set, r)
		},
	}
	showOpts.register(show.Flags())

	check := &cobra.Command{
		Use:   "check FILE...",
		Short: "Check rule packs and report every mistake in them",
		Long: `Check reads each rule pack in turn, after the built-in packs, and reports
every mistake in it as file:line:column: message: an unknown key, a value
of the wrong type, a bad regular expression, a duplicate rule id, an
unknown kind or severity. For a pack without mistakes it prints a summary.` + "\n" + settingsExitHelp,
		Example: `  factlint rules check packs/docs.yaml`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return checkPacks(stdout, args)
		},
	}
	cmd.AddCommand(show, check)
	return cmd
}

// listRules prints one line a rule.
func listRules(w io.Writer, set *rules.Set) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tSEVERITY\tORIGIN")
	for _, r := range set.Rules() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Kind, r.Severity, origin(r))
	}
	return tw.Flush()
}

// origin is where a rule comes from: a built-in pack, or a file and line.
func origin(r *rules.Rule) string {
	if r.Line > 0 && !strings.HasPrefix(r.Origin, "built-in:") {
		return r.Origin + ":" + strconv.Itoa(r.Line)
	}
	return r.Origin
}

// showRule prints every field of a rule, the effective values of those the
// pack leaves out, an example, and the rule as a pack would write it.
func showRule(w io.Writer, set *rules.Set, r *rules.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	row := func(k, v string) { fmt.Fprintf(tw, "%s:\t%s\n", k, v) }
	row("id", r.ID)
	row("kind", r.Kind)
	row("severity", r.Severity)
	row("origin", origin(r))
	if r.Description != "" {
		row("description", r.Description)
	}
	switch {
	case r.Subject != "":
		row("subject", r.Subject+"  (Go regular expression, matched against the finding's subject)")
	case r.IsDefault():
		row("applies to", "every "+r.Kind+" claim that no narrower rule governs")
	}
	if r.Value != "" {
		row("value", r.Value)
	} else {
		row("value", strings.Join(rules.ValueTypes(r.Kind), ", "))
	}
	if r.Kind == rules.KindMeasure {
		row("tolerance", tolerance(r.Tolerance))
	}
	scoped := "no: different values conflict whatever the sources' dates"
	if r.IsTimeScoped() {
		scoped = "yes: values from sources of different dates are stale, not in conflict"
	}
	if r.TimeScoped == nil {
		scoped += " (the kind's default)"
	}
	row("time-scoped", scoped)
	switch {
	case r.Example != "":
		row("example", r.Example)
	case set.Rule(r.Kind) != nil && set.Rule(r.Kind).Example != "":
		row("kind example", set.Rule(r.Kind).Example)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	data, err := yaml.Dump([]*rules.Rule{r}, yaml.WithLineWidth(-1))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nIn a pack:\n\nrules:\n%s", indent(string(data), "  "))
	return nil
}

func tolerance(t rules.Tolerance) string {
	if t == (rules.Tolerance{}) {
		return "none: figures must agree exactly (after rounding and qualifiers such as \"about\")"
	}
	var parts []string
	if t.Abs > 0 {
		parts = append(parts, strconv.FormatFloat(t.Abs, 'f', -1, 64))
	}
	if t.Rel > 0 {
		parts = append(parts, strconv.FormatFloat(t.Rel*100, 'f', -1, 64)+"% of the larger")
	}
	return "figures agree when they differ by at most " + strings.Join(parts, " or ")
}

func indent(s, prefix string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if l != "" && l != "\n" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "")
}

// checkPacks loads each pack after the built-in ones and those before it,
// prints a summary of each good one, and returns every problem found.
func checkPacks(stdout io.Writer, files []string) error {
	set := rules.Builtin()
	var probs []yamlcheck.Problem
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			probs = append(probs, yamlcheck.Problem{Path: file, Msg: pathErr(err).Error()})
			continue
		}
		before := len(set.Rules())
		if err := set.Load(file, data); err != nil {
			var perr *rules.Error
			if !errors.As(err, &perr) {
				return err
			}
			probs = append(probs, perr.Problems...)
			continue
		}
		p, _ := rules.Parse(file, data)
		fmt.Fprintf(stdout, "%s: pack %s: %s\n", file, p.Name, summary(p, len(set.Rules())-before))
	}
	if len(probs) > 0 {
		return usageError{&yamlcheck.Error{Problems: probs}}
	}
	return nil
}

// summary counts what a pack holds: "2 rules (1 new), 3 event classes".
func summary(p *rules.Pack, added int) string {
	count := func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	}
	parts := []string{count(len(p.Rules), "rule", "rules")}
	if replaced := len(p.Rules) - added; replaced > 0 {
		parts[0] += fmt.Sprintf(" (%d replacing a rule with the same id)", replaced)
	}
	for _, c := range []struct {
		n         int
		one, many string
	}{
		{len(p.Events), "event class", "event classes"},
		{len(p.Roles), "role", "roles"},
		{len(p.Measures), "measure", "measures"},
		{len(p.Entities), "entity", "entities"},
		{len(p.Disable) + len(p.Severity), "override", "overrides"},
	} {
		if c.n > 0 {
			parts = append(parts, count(c.n, c.one, c.many))
		}
	}
	return strings.Join(parts, ", ")
}
