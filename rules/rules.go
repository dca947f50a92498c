// Package rules holds the rule model and the vocabulary the checker uses to
// recognize what a claim is about. Rules are generic kinds that work on any
// corpus; packs (YAML, built in or the user's) add vocabulary for a domain
// and tune or disable rules by id.
package rules

import (
	"fmt"
	"sort"
	"strings"
)

// Kinds of rule. Each kind compares one kind of claim.
const (
	KindEventDate   = "event-date"       // the date or year of an event
	KindMeasure     = "measure-value"    // a measure (money, count, percentage) for a period
	KindRole        = "role-holder"      // who holds a role
	KindFirst       = "first-occurrence" // when something happened for the first time
	KindRank        = "rank"             // a rank ("fourth-largest trading partner")
	KindWeekdayDate = "weekday-date"     // a stated weekday that does not match its date
)

// Kinds lists every rule kind, in the order the docs present them.
var Kinds = []string{KindEventDate, KindMeasure, KindRole, KindFirst, KindRank, KindWeekdayDate}

// Severities a rule may have; "off" disables it.
var Severities = []string{"error", "warning", "info", "off"}

// Rule is one check. Built-in rules have the id of their kind; a pack may add
// rules of a known kind restricted to a subject.
type Rule struct {
	ID          string `yaml:"id"`
	Kind        string `yaml:"kind"`
	Severity    string `yaml:"severity"`
	Description string `yaml:"description,omitempty"`
	// Subject, when set, is a regular expression (RE2) the claim's subject
	// must match for this rule to apply instead of the kind's default rule.
	Subject string `yaml:"subject,omitempty"`
	// Tolerance for numbers: values within Abs or within Rel (a fraction of
	// the larger value) agree.
	Tolerance Tolerance `yaml:"tolerance,omitempty"`
	// TimeScoped says the value may change over time (a role holder, a
	// population): different values from sources of different dates are
	// stale rather than in conflict. Nil means the kind's default.
	TimeScoped *bool  `yaml:"time-scoped,omitempty"`
	Example    string `yaml:"example,omitempty"`

	// Origin says where the rule came from: "built-in" or a pack's path.
	Origin string `yaml:"-"`
}

// Tolerance is how far apart two numbers may be and still agree.
type Tolerance struct {
	Abs float64 `yaml:"abs,omitempty"`
	Rel float64 `yaml:"rel,omitempty"`
}

// Within reports whether a and b agree under t.
func (t Tolerance) Within(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	if d <= t.Abs {
		return true
	}
	m := a
	if b > m {
		m = b
	}
	if m < 0 {
		m = -m
	}
	return d <= t.Rel*m
}

// IsTimeScoped reports whether values under r may change over time.
func (r *Rule) IsTimeScoped() bool {
	if r.TimeScoped != nil {
		return *r.TimeScoped
	}
	return r.Kind == KindRole || r.Kind == KindMeasure || r.Kind == KindRank
}

func validKind(k string) bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

func validSeverity(s string) bool {
	for _, x := range Severities {
		if x == s {
			return true
		}
	}
	return false
}

// Entity is a named thing with the other names it goes by.
type Entity struct {
	Name    string   `yaml:"name"`
	Kind    string   `yaml:"kind"` // person, organization, country, place
	Aliases []string `yaml:"aliases,omitempty"`
}

// Vocabulary is the words the claims stage recognizes.
type Vocabulary struct {
	// Events maps an event class to the words that name it
	// ("meeting": summit, talks, sit-down).
	Events map[string][]string `yaml:"events,omitempty"`
	// Roles maps a role to its titles ("prime minister": premier, PM).
	Roles map[string][]string `yaml:"roles,omitempty"`
	// Measures maps a measure to the phrases that name it.
	Measures map[string][]string `yaml:"measures,omitempty"`
	Entities []Entity            `yaml:"entities,omitempty"`
}

// Set is the vocabulary and rules in force: the built-in packs plus the
// user's, merged in order, with overrides applied.
type Set struct {
	Vocabulary
	rules map[string]*Rule
}

// Rules returns every rule, sorted by id.
func (s *Set) Rules() []*Rule {
	out := make([]*Rule, 0, len(s.rules))
	for _, r := range s.rules {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Rule returns the rule with the given id, or nil.
func (s *Set) Rule(id string) *Rule { return s.rules[id] }

// For returns the rule that governs a claim of the given kind and subject:
// a pack rule of that kind whose subject pattern matches, else the kind's
// built-in rule. It returns nil when the rule is off.
func (s *Set) For(kind, subject string) *Rule {
	var best *Rule
	for _, r := range s.Rules() {
		if r.Kind != kind || r.Subject == "" {
			continue
		}
		if re := compiled(r.Subject); re != nil && re.MatchString(subject) {
			best = r
			break
		}
	}
	if best == nil {
		best = s.rules[kind]
	}
	if best == nil || best.Severity == "off" {
		return nil
	}
	return best
}

// add merges a pack into the set; later packs win.
func (s *Set) add(p *Pack) {
	if s.rules == nil {
		s.rules = map[string]*Rule{}
	}
	s.Events = mergeMap(s.Events, p.Events)
	s.Roles = mergeMap(s.Roles, p.Roles)
	s.Measures = mergeMap(s.Measures, p.Measures)
	s.Entities = append(s.Entities, p.Entities...)
	for i := range p.Rules {
		r := p.Rules[i]
		r.Origin = p.Origin
		s.rules[r.ID] = &r
	}
	for _, id := range p.Disable {
		if r := s.rules[id]; r != nil {
			r.Severity = "off"
		}
	}
	for id, sev := range p.Severity {
		if r := s.rules[id]; r != nil {
			r.Severity = sev
		}
	}
}

func mergeMap(dst, src map[string][]string) map[string][]string {
	if dst == nil {
		dst = map[string][]string{}
	}
	for k, v := range src {
		dst[k] = append(dst[k], v...)
	}
	return dst
}

// Override disables (severity "off") or re-levels a rule by id.
func (s *Set) Override(id, severity string) error {
	r := s.rules[id]
	if r == nil {
		return fmt.Errorf("unknown rule %q", id)
	}
	if !validSeverity(severity) {
		return fmt.Errorf("rule %s: unknown severity %q (want %s)", id, severity, strings.Join(Severities, ", "))
	}
	r.Severity = severity
	return nil
}
