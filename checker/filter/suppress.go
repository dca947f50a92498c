package filter

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/source"
)

// Suppressions applies the factlint comments of Markdown and HTML sources:
//
//	<!-- factlint-disable RULE... -->            from its line on
//	<!-- factlint-enable RULE... -->             up to and including its line
//	<!-- factlint-disable-next-line RULE... -->  the line after it
//
// A comment naming no rule applies to every rule; the last comment that
// applies to a rule on a line decides. Coverage is by line: a value on a
// covered line is suppressed for the rule.
//
// A suppressed statement does not count as evidence: its mention is removed
// from the finding, and a value left without mentions is removed. A
// finding that no longer shows a disagreement (no value left, or one value
// where it had several) is dropped. A finding that still does is kept with
// the evidence that remains; its message and id stay those of the whole
// corpus (so a baseline still matches it), with a note of the suppressed
// values and where they were.
type Suppressions struct {
	byPath map[string][]directive
}

// directive is a source.Directive with a record of the rules it
// suppressed something for.
type directive struct {
	source.Directive
	path string
	used map[string]bool // by rule id; "" for a directive naming no rule
}

// NewSuppressions returns the processor for the directives of each source,
// keyed by the source's path as mentions give it. The directives of one
// source must be in the order they appear.
func NewSuppressions(byPath map[string][]source.Directive) *Suppressions {
	s := &Suppressions{byPath: map[string][]directive{}}
	for path, ds := range byPath {
		for _, d := range ds {
			s.byPath[path] = append(s.byPath[path], directive{Directive: d, path: path, used: map[string]bool{}})
		}
	}
	return s
}

// Process implements Processor.
func (s *Suppressions) Process(fs []report.Finding) []report.Finding {
	if len(s.byPath) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if g, keep := s.finding(f); keep {
			out = append(out, g)
		}
	}
	return out
}

// finding removes f's suppressed mentions and reports whether what is left
// is still a finding.
func (s *Suppressions) finding(f report.Finding) (report.Finding, bool) {
	var removed []string // "value at path:line"
	var vals []report.Value
	for _, v := range f.Values {
		var ms []report.Mention
		for _, m := range v.Mentions {
			if s.covers(f.Rule, m) {
				removed = append(removed, fmt.Sprintf("%s at %s:%d", v.Value, m.Path, m.Line))
				continue
			}
			ms = append(ms, m)
		}
		if len(ms) == 0 {
			continue
		}
		v.Mentions = ms
		v.SupportedBy = len(sourcesOf(ms))
		vals = append(vals, v)
	}
	var related []report.Related
	for _, r := range f.Related {
		if !s.covers(f.Rule, r.Mention) {
			related = append(related, r)
		}
	}
	if len(removed) == 0 {
		f.Related = related
		return f, true
	}
	if len(vals) == 0 || len(f.Values) >= 2 && len(vals) < 2 {
		return f, false
	}
	// Most supported first, as the engine orders them.
	slices.SortStableFunc(vals, func(a, b report.Value) int { return b.SupportedBy - a.SupportedBy })
	f.Values, f.Related = vals, related
	f.Majority = ""
	if len(vals) >= 2 && vals[0].SupportedBy > vals[1].SupportedBy {
		f.Majority = vals[0].Value
	}
	if len(removed) > 3 {
		removed = append(removed[:3], fmt.Sprintf("%d more", len(removed)-3))
	}
	f.Message += " (suppressed: " + strings.Join(removed, ", ") + ")"
	return f, true
}

// covers reports whether a comment suppresses rule at m's line, and marks
// the comment used when it does.
func (s *Suppressions) covers(rule string, m report.Mention) bool {
	ds := s.byPath[m.Path]
	var by *directive // the disable comment in force
	for i := range ds {
		d := &ds[i]
		if !d.names(rule) {
			continue
		}
		switch d.Action {
		case source.DisableNextLine:
			if d.Line+1 == m.Line {
				d.use(rule)
				return true
			}
		case source.Disable:
			if d.Line <= m.Line {
				by = d
			}
		case source.Enable:
			if d.Line < m.Line {
				by = nil
			}
		}
	}
	if by == nil {
		return false
	}
	by.use(rule)
	return true
}

func (d *directive) names(rule string) bool {
	return len(d.Rules) == 0 || slices.Contains(d.Rules, rule)
}

func (d *directive) use(rule string) {
	if len(d.Rules) == 0 {
		rule = ""
	}
	d.used[rule] = true
}

// Unused is a suppression that suppressed nothing.
type Unused struct {
	Path   string
	Line   int
	Action string // source.Disable or source.DisableNextLine
	Rule   string // "" for a comment naming no rule
}

func (u Unused) String() string {
	what := "factlint-" + u.Action
	if u.Rule != "" {
		what += " " + u.Rule
	}
	return fmt.Sprintf("%s:%d: unused suppression: %s suppresses nothing", u.Path, u.Line, what)
}

// Unused lists the disable comments, one per rule they name, that
// suppressed nothing in the findings processed so far, sorted by path and
// line.
func (s *Suppressions) Unused() []Unused {
	var out []Unused
	for _, ds := range s.byPath {
		for _, d := range ds {
			if d.Action == source.Enable {
				continue
			}
			rules := d.Rules
			if len(rules) == 0 {
				rules = []string{""}
			}
			for _, r := range rules {
				if !d.used[r] {
					out = append(out, Unused{Path: d.path, Line: d.Line, Action: d.Action, Rule: r})
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Unused) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	return out
}

// sourcesOf returns the distinct sources of ms.
func sourcesOf(ms []report.Mention) map[string]bool {
	ids := map[string]bool{}
	for _, m := range ms {
		id := m.Source
		if id == "" {
			id = m.Path
		}
		ids[id] = true
	}
	return ids
}
