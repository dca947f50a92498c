package rules

import (
	"embed"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"sync"

	"github.com/factlint/factlint/rules/yamlcheck"
)

// Pack is one YAML rule pack. The format is documented in docs/rules.md.
type Pack struct {
	Name        string `yaml:"pack"`
	Description string `yaml:"description,omitempty"`
	Vocabulary  `yaml:",inline"`
	Rules       []Rule `yaml:"rules,omitempty"`
	// Disable turns rules off by id; Severity re-levels them.
	Disable  []string          `yaml:"disable,omitempty"`
	Severity map[string]string `yaml:"severity,omitempty"`

	Origin string `yaml:"-"`

	// where each id in Disable and Severity is written, for errors
	pos map[string]position
}

type position struct{ line, col int }

type override struct {
	id, severity string
	line, col    int
}

// overrides lists Disable then Severity, each in a stable order.
func (p *Pack) overrides() []override {
	var out []override
	for _, id := range p.Disable {
		pos := p.pos["disable:"+id]
		out = append(out, override{id, "off", pos.line, pos.col})
	}
	ids := make([]string, 0, len(p.Severity))
	for id := range p.Severity {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		pos := p.pos["severity:"+id]
		out = append(out, override{id, p.Severity[id], pos.line, pos.col})
	}
	return out
}

//go:embed packs/*.yaml
var builtinFS embed.FS

// BuiltinPacks are the packs compiled into factlint, in load order.
var BuiltinPacks = []string{"core", "diplomacy"}

// BuiltinSource returns the YAML text of a built-in pack.
func BuiltinSource(name string) ([]byte, error) {
	return builtinFS.ReadFile("packs/" + name + ".yaml")
}

// Builtin returns a new Set holding the built-in packs.
func Builtin() *Set {
	s := &Set{}
	for _, name := range BuiltinPacks {
		data, err := BuiltinSource(name)
		if err != nil {
			panic(err) // embedded at build time
		}
		p, err := Parse("built-in:"+name, data)
		if err != nil {
			panic(err) // tested in TestBuiltinPacks
		}
		if err := s.Add(p); err != nil {
			panic(err)
		}
	}
	return s
}

// LoadFile reads a pack from disk and adds it to s. A mistake in the pack
// is an *Error listing every problem with its line and column; the set is
// then unchanged.
func (s *Set) LoadFile(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return s.Load(path, data)
}

// Load parses a pack and adds it to s, as LoadFile does. origin names the
// pack in errors and in each rule's Origin.
func (s *Set) Load(origin string, data []byte) error {
	d := &decoder{yamlcheck.Decoder{Path: origin}}
	p := d.pack(data)
	if p == nil {
		return &Error{Problems: d.Problems}
	}
	p.Origin = origin
	probs := append(d.Problems, s.unknownIDs(p)...)
	if len(probs) > 0 {
		yamlcheck.Sort(probs)
		return &Error{Problems: probs}
	}
	return s.Add(p)
}

// Parse reads and validates a pack on its own (it cannot tell whether the
// ids it disables exist; Set.Load can). origin names it in errors. A
// mistake in the pack is an *Error listing every problem with its line and
// column.
func Parse(origin string, data []byte) (*Pack, error) {
	d := &decoder{yamlcheck.Decoder{Path: origin}}
	p := d.pack(data)
	if err := d.Err(); err != nil {
		return nil, err
	}
	p.Origin = origin
	return p, nil
}

// unknownIDs reports each id p disables or re-levels that neither s nor p
// defines.
func (s *Set) unknownIDs(p *Pack) []Problem {
	var probs []Problem
	for _, o := range p.overrides() {
		if s.rules[o.id] != nil || slices.ContainsFunc(p.Rules, func(r Rule) bool { return r.ID == o.id }) {
			continue
		}
		probs = append(probs, Problem{Path: p.Origin, Line: o.line, Col: o.col, Msg: fmt.Sprintf("unknown rule %q", o.id)})
	}
	return probs
}

// Problem is one mistake in a pack, at its line and column.
type Problem = yamlcheck.Problem

// Error is every problem found in a pack, in the order of the file.
type Error = yamlcheck.Error

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
