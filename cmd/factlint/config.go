package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v4"

	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/rules"
	"github.com/factlint/factlint/rules/yamlcheck"
)

// configName is the configuration file, looked for in the current folder
// and then in each folder above it, as linters do.
const configName = ".factlint.yaml"

// config is what a configuration file says. Paths in it are relative to
// the file's folder and are stored as the user should see them: relative
// to the current folder.
type config struct {
	file string // the file read, as shown to the user; "" when there is none
	dir  string // its folder, absolute

	packs       []string
	paths       []string
	ignore      []string
	failOn      string
	minSeverity string
	format      string
	overrides   []override    // disable and severity, in file order
	manifest    *source.Entry // the entry of sources no manifest lists
}

// override turns a rule off or re-levels it.
type override struct {
	id, severity string
	line, col    int // where the file says so
}

// configFlags are the flags that choose the configuration file.
type configFlags struct {
	file string
	none bool
}

func (c *configFlags) register(f *pflag.FlagSet) {
	f.StringVar(&c.file, "config", "", "read settings from this file instead of the nearest "+configName)
	f.BoolVar(&c.none, "no-config", false, "read no configuration file")
}

// load finds and reads the configuration file: the one --config names, or
// the nearest .factlint.yaml, or none.
func (c *configFlags) load() (*config, error) {
	if c.none {
		if c.file != "" {
			return nil, usagef("--config and --no-config cannot be used together")
		}
		return &config{}, nil
	}
	name := c.file
	if name == "" {
		found, err := findConfig()
		if err != nil {
			return nil, err
		}
		if found == "" {
			return &config{}, nil
		}
		name = found
	}
	data, err := os.ReadFile(name)
	if err != nil {
		if c.file != "" {
			return nil, usagef("--config: %v", err)
		}
		return nil, usageError{err}
	}
	conf, err := parseConfig(name, data)
	if err != nil {
		return nil, usageError{err}
	}
	return conf, nil
}

// findConfig returns the nearest .factlint.yaml in the current folder or
// above, relative to the current folder, or "" when there is none.
func findConfig() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; {
		p := filepath.Join(dir, configName)
		// A folder that cannot be read (not ours, say) holds no file
		// for us: keep looking above it.
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return displayPath(wd, p), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// displayPath returns p relative to wd when that is shorter to read.
func displayPath(wd, p string) string {
	if rel, err := filepath.Rel(wd, p); err == nil {
		return rel
	}
	return p
}

// parseConfig reads a configuration file and reports every mistake in it
// at its line and column. file is the file's path as shown to the user.
func parseConfig(file string, data []byte) (*config, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	wd, _ := os.Getwd()
	c := &config{file: file, dir: filepath.Dir(abs)}
	// rel turns a path written in the file into one relative to the
	// current folder.
	rel := func(p string) string {
		if filepath.IsAbs(p) {
			return p
		}
		return displayPath(wd, filepath.Join(c.dir, filepath.FromSlash(p)))
	}
	d := &yamlcheck.Decoder{Path: file}
	root := d.Document(data, true)
	if root == nil {
		return nil, d.Err()
	}
	// list reads a list of words, or one word as a list of one.
	list := func(v *yaml.Node, what string, item func(string, *yaml.Node)) {
		if r := yamlcheck.Resolve(v); r.Kind == yaml.ScalarNode {
			if s, ok := d.Word(r, what); ok {
				item(s, r)
			}
			return
		}
		d.List(v, what, func(n *yaml.Node) {
			if s, ok := d.Word(n, what); ok {
				item(s, n)
			}
		})
	}
	oneOf := func(v *yaml.Node, key string, allowed []string) string {
		s, _ := d.OneOf(v, key, allowed)
		return s
	}
	fields := []yamlcheck.Field{
		{Name: "packs", Read: func(_, v *yaml.Node) {
			list(v, "packs", func(s string, n *yaml.Node) {
				p := rel(s)
				if st, err := os.Stat(p); err != nil {
					d.Errorf(n, "packs: %s: %v", p, pathErr(err))
					return
				} else if st.IsDir() {
					d.Errorf(n, "packs: %s is a folder, not a rule pack", p)
					return
				}
				c.packs = append(c.packs, p)
			})
		}},
		{Name: "paths", Read: func(_, v *yaml.Node) {
			list(v, "paths", func(s string, n *yaml.Node) {
				p := rel(s)
				if _, err := os.Stat(p); err != nil {
					d.Errorf(n, "paths: %s: %v", p, pathErr(err))
					return
				}
				c.paths = append(c.paths, p)
			})
		}},
		{Name: "ignore", Read: func(_, v *yaml.Node) {
			list(v, "ignore", func(s string, n *yaml.Node) {
				if _, err := path.Match(strings.ReplaceAll(s, "**", "*"), ""); err != nil {
					d.Errorf(n, "ignore: bad pattern %q", s)
					return
				}
				c.ignore = append(c.ignore, s)
			})
		}},
		{Name: "fail-on", Read: func(_, v *yaml.Node) {
			c.failOn = oneOf(v, "fail-on level", []string{"error", "warning", "info", "none"})
		}},
		{Name: "min-severity", Read: func(_, v *yaml.Node) {
			c.minSeverity = oneOf(v, "min-severity level", []string{"error", "warning", "info"})
		}},
		{Name: "format", Read: func(_, v *yaml.Node) { c.format = oneOf(v, "format", report.Formats()) }},
		{Name: "disable", Read: func(_, v *yaml.Node) {
			list(v, "disable", func(id string, n *yaml.Node) {
				c.overrides = append(c.overrides, override{id, "off", n.Line, n.Column})
			})
		}},
		{Name: "severity", Read: func(_, v *yaml.Node) {
			d.Each(v, "severity", func(k, v *yaml.Node) {
				if sev, ok := d.OneOf(v, "severity", rules.Severities); ok {
					c.overrides = append(c.overrides, override{k.Value, sev, k.Line, k.Column})
				}
			})
		}},
		{Name: "manifest", Read: func(_, v *yaml.Node) {
			e := &source.Entry{}
			d.Mapping(v, "manifest", []yamlcheck.Field{
				{Name: "exclude", Read: func(_, v *yaml.Node) {
					list(v, "exclude", func(kind string, n *yaml.Node) {
						if !slices.Contains(rules.Kinds, kind) {
							d.Errorf(n, "unknown kind %q (want %s)", kind, strings.Join(rules.Kinds, ", "))
							return
						}
						e.Exclude = append(e.Exclude, kind)
					})
				}},
			})
			c.manifest = e
		}},
	}
	d.Mapping(root, "the configuration", fields)
	if err := d.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// apply gives each flag named in flags the configuration's value for it,
// unless the command line set the flag.
func (c *config) apply(f *pflag.FlagSet, flags map[string]*string) {
	vals := map[string]string{"fail-on": c.failOn, "min-severity": c.minSeverity, "format": c.format}
	for name, dst := range flags {
		if v := vals[name]; v != "" && !f.Changed(name) {
			*dst = v
		}
	}
}

// ruleSet builds the rules in force: the built-in packs, the packs the
// configuration names, those of --rules, then the configuration's disable
// and severity settings, then --disable and --severity (ID=LEVEL), so the
// command line has the last word.
func (c *config) ruleSet(packs, disable, severity []string) (*rules.Set, error) {
	if c == nil {
		c = &config{}
	}
	set := rules.Builtin()
	for _, p := range append(slices.Clone(c.packs), packs...) {
		if err := set.LoadFile(p); err != nil {
			return nil, usageError{err}
		}
	}
	var probs []yamlcheck.Problem
	for _, o := range c.overrides {
		if set.Rule(o.id) == nil {
			probs = append(probs, yamlcheck.Problem{Path: c.file, Line: o.line, Col: o.col, Msg: fmt.Sprintf("unknown rule %q", o.id)})
			continue
		}
		set.Override(o.id, o.severity)
	}
	if len(probs) > 0 {
		return nil, usageError{&yamlcheck.Error{Problems: probs}}
	}
	for _, id := range disable {
		if err := set.Override(id, "off"); err != nil {
			return nil, usagef("--disable: %v", err)
		}
	}
	for _, s := range severity {
		id, level, ok := strings.Cut(s, "=")
		if !ok {
			return nil, usagef("--severity: want ID=LEVEL, got %q", s)
		}
		if err := set.Override(id, level); err != nil {
			return nil, usagef("--severity: %v", err)
		}
	}
	return set, nil
}

// inputs returns the paths to check: those given on the command line, else
// the configuration's.
func (c *config) inputs(args []string) []string {
	if len(args) > 0 || c == nil {
		return args
	}
	return c.paths
}

// filter drops the inputs (and the problems with inputs) that the
// configuration ignores, and gives the configuration's manifest entry to
// sources that no manifest lists.
func (c *config) filter(inputs []source.Input, problems []source.Problem) ([]source.Input, []source.Problem) {
	if c == nil {
		return inputs, problems
	}
	out := inputs[:0]
	for _, in := range inputs {
		if c.ignored(in.Path) {
			continue
		}
		if c.manifest != nil && in.Entry == nil {
			e := *c.manifest
			in.Entry = &e
		}
		out = append(out, in)
	}
	keep := problems[:0]
	for _, p := range problems {
		if !c.ignored(p.Path) {
			keep = append(keep, p)
		}
	}
	return out, keep
}

// ignored reports whether a path matches one of the ignore patterns. A
// pattern is matched against the path relative to the configuration's
// folder, with / between names; ** stands for any number of folders, a
// pattern without a / matches a name at any depth, and a pattern that
// matches a folder ignores everything in it.
func (c *config) ignored(p string) bool {
	if len(c.ignore) == 0 {
		return false
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(c.dir, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return false
	}
	names := strings.Split(filepath.ToSlash(rel), "/")
	for _, pat := range c.ignore {
		pat = strings.TrimSuffix(strings.TrimPrefix(pat, "./"), "/")
		if !strings.Contains(pat, "/") {
			pat = "**/" + pat
		}
		pats := strings.Split(pat, "/")
		for n := 1; n <= len(names); n++ {
			if matchNames(pats, names[:n]) {
				return true
			}
		}
	}
	return false
}

// matchNames matches a pattern split at / against a path split at /.
func matchNames(pats, names []string) bool {
	if len(pats) == 0 {
		return len(names) == 0
	}
	if pats[0] == "**" {
		for i := 0; i <= len(names); i++ {
			if matchNames(pats[1:], names[i:]) {
				return true
			}
		}
		return false
	}
	if len(names) == 0 {
		return false
	}
	ok, _ := path.Match(pats[0], names[0])
	return ok && matchNames(pats[1:], names[1:])
}

// readConfig reads the configuration file and gives its settings to the
// flags the command line left alone.
func (o *checkOptions) readConfig(f *pflag.FlagSet) error {
	conf, err := o.config.load()
	if err != nil {
		return err
	}
	conf.apply(f, map[string]*string{"format": &o.format, "fail-on": &o.failOn, "min-severity": &o.minSeverity})
	o.conf = conf
	return nil
}

// pathErr drops the operation and path from a file error, which the
// message around it already says: "no such file or directory".
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
