package rules

import (
	"embed"
	"errors"
	"fmt"
	"os"
	"regexp"
	"sync"

	"go.yaml.in/yaml/v4"
)

// Pack is one YAML rule pack.
type Pack struct {
	Name        string `yaml:"pack"`
	Description string `yaml:"description,omitempty"`
	Vocabulary  `yaml:",inline"`
	Rules       []Rule `yaml:"rules,omitempty"`
	// Disable turns rules off by id; Severity re-levels them.
	Disable  []string          `yaml:"disable,omitempty"`
	Severity map[string]string `yaml:"severity,omitempty"`

	Origin string `yaml:"-"`
}

//go:embed packs/*.yaml
var builtinFS embed.FS

// BuiltinPacks are the packs compiled into factlint, in load order.
var BuiltinPacks = []string{"core", "diplomacy"}

// Builtin returns a new Set holding the built-in packs.
func Builtin() *Set {
	s := &Set{}
	for _, name := range BuiltinPacks {
		data, err := builtinFS.ReadFile("packs/" + name + ".yaml")
		if err != nil {
			panic(err) // embedded at build time
		}
		p, err := Parse("built-in:"+name, data)
		if err != nil {
			panic(err) // tested in TestBuiltinPacksParse
		}
		s.add(p)
	}
	return s
}

// LoadFile reads a pack from disk and adds it to s.
func (s *Set) LoadFile(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	p, err := Parse(path, data)
	if err != nil {
		return err
	}
	s.add(p)
	return nil
}

// Parse reads and validates a pack. origin names it in errors.
func Parse(origin string, data []byte) (*Pack, error) {
	var p Pack
	if err := yaml.Load(data, &p, yaml.WithKnownFields(), yaml.WithUniqueKeys()); err != nil {
		return nil, fmt.Errorf("%s: %w", origin, err)
	}
	p.Origin = origin
	if err := p.validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", origin, err)
	}
	return &p, nil
}

func (p *Pack) validate() error {
	var errs []error
	seen := map[string]bool{}
	for _, r := range p.Rules {
		switch {
		case r.ID == "":
			errs = append(errs, fmt.Errorf("a rule has no id"))
		case seen[r.ID]:
			errs = append(errs, fmt.Errorf("rule %s: duplicate id", r.ID))
		}
		seen[r.ID] = true
		if !validKind(r.Kind) {
			errs = append(errs, fmt.Errorf("rule %s: unknown kind %q", r.ID, r.Kind))
		}
		if !validSeverity(r.Severity) {
			errs = append(errs, fmt.Errorf("rule %s: unknown severity %q", r.ID, r.Severity))
		}
		if r.Subject != "" {
			if _, err := regexp.Compile(r.Subject); err != nil {
				errs = append(errs, fmt.Errorf("rule %s: bad subject pattern: %v", r.ID, err))
			}
		}
	}
	for id, sev := range p.Severity {
		if !validSeverity(sev) {
			errs = append(errs, fmt.Errorf("severity of %s: unknown severity %q", id, sev))
		}
	}
	return errors.Join(errs...)
}

var (
	reMu    sync.Mutex
	reCache = map[string]*regexp.Regexp{}
)

// compiled returns the compiled pattern, or nil when it does not compile
// (packs are validated on load, so that only happens for hand-built rules).
func compiled(pat string) *regexp.Regexp {
	reMu.Lock()
	defer reMu.Unlock()
	re, ok := reCache[pat]
	if !ok {
		re, _ = regexp.Compile(pat)
		reCache[pat] = re
	}
	return re
}
