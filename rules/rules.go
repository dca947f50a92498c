// Package rules holds the rule model and the vocabulary the checker uses to
// recognize what a claim is about. Rules are generic kinds that work on any
// corpus; packs (YAML, built in or the user's) add vocabulary for a domain,
// add rules that sharpen a kind for a subject, and tune or disable rules by
// id.
package rules

import (
	"fmt"
	"slices"
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

// valueTypes are the types of value each kind compares, spelled as in the
// JSON report. A rule's Value must be one of its kind's.
var valueTypes = map[string][]string{
	KindEventDate:   {"date", "year"},
	KindMeasure:     {"money", "count", "percent"},
	KindRole:        {"person"},
	KindFirst:       {"date", "year"},
	KindRank:        {"rank"},
	KindWeekdayDate: {"date"},
}

// ValueTypes returns the types of value a kind compares.
func ValueTypes(kind string) []string { return valueTypes[kind] }

// Rule is one check. Each kind has a default rule whose id is the kind's
// name; a pack may add rules of a known kind restricted to a subject or a
// type of value, which then govern the claims they match.
type Rule struct {
	ID          string `yaml:"id"`
	Kind        string `yaml:"kind"`
	Severity    string `yaml:"severity"`
	Description string `yaml:"description,omitempty"`
	// Subject, when set, is a regular expression (RE2) the finding's
	// subject line ("date of the Ishiba–Chinh summit in Hanoi", "price
	// (USD)") must match for this rule to apply.
	Subject string `yaml:"subject,omitempty"`
	// Value, when set, is the type of value the rule applies to: "money",
	// "count" or "percent" for a measure, "date" or "year" for an event.
	Value string `yaml:"value,omitempty"`
	// Tolerance for numbers: values within Abs or within Rel (a fraction of
	// the larger value) agree.
	Tolerance Tolerance `yaml:"tolerance,omitempty"`
	// TimeScoped says the value may change over time (a role holder, a
	// population): different values from sources of different dates are
	// stale rather than in conflict. Nil means the kind's default.
	TimeScoped *bool  `yaml:"time-scoped,omitempty"`
	Example    string `yaml:"example,omitempty"`

	// Origin says where the rule came from: "built-in:NAME" or a pack's
	// path; Line is the line of its entry there.
	Origin string `yaml:"-"`
	Line   int    `yaml:"-"`

	pack, index int // load order, for precedence among specific rules
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
	return defaultTimeScoped(r.Kind)
}

func defaultTimeScoped(kind string) bool {
	return kind == KindRole || kind == KindMeasure || kind == KindRank
}

// IsDefault reports whether r is its kind's default rule.
func (r *Rule) IsDefault() bool { return r.ID == r.Kind }

// specific reports whether r applies to only some claims of its kind.
func (r *Rule) specific() bool { return r.Subject != "" || r.Value != "" }

func validKind(k string) bool     { return slices.Contains(Kinds, k) }
func validSeverity(s string) bool { return slices.Contains(Severities, s) }

// Entity is a named thing with the other names it goes by.
type Entity struct {
	Name    string   `yaml:"name"`
	Kind    string   `yaml:"kind,omitempty"` // one of EntityKinds
	Aliases []string `yaml:"aliases,omitempty"`
}

// EntityKinds are the kinds an entity may have.
var EntityKinds = []string{"person", "organization", "country", "place", "product"}

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
	rules    map[string]*Rule
	specific []*Rule // rules with a subject or value, in precedence order
	packs    int
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

// For returns the rule that governs a claim of the given kind and subject
// when the type of its value is not known: rules are matched on kind and
// subject only. Callers that know more should use Match.
func (s *Set) For(kind, subject string) *Rule { return s.Match(Query{Kind: kind, Subject: subject}) }

// ForValue is For for a claim whose value type ("money", "date") is known.
func (s *Set) ForValue(kind, subject, value string) *Rule {
	return s.Match(Query{Kind: kind, Subject: subject, Value: value})
}

// Query describes a group of claims for Match.
type Query struct {
	Kind    string // the rule kind
	Subject string // the subject line, as the report prints it
	// Class is the vocabulary class the claims' words map to ("ceasefire"
	// for "truce"), when there is one; a rule's subject pattern may match
	// it instead of the subject line.
	Class string
	Value string // the value type, as in the report; empty when not known
}

// Match returns the rule that governs claims described by q: the first
// specific rule of q's kind whose subject pattern matches (the subject
// line or the class) and whose value type matches, else the kind's
// default rule. Specific rules from a later pack come first; within a
// pack, the first listed. An empty Value matches a rule of any value type.
// Match returns nil when the governing rule is off.
func (s *Set) Match(q Query) *Rule {
	best := s.rules[q.Kind]
	for _, r := range s.specific {
		if r.Kind != q.Kind || (r.Value != "" && q.Value != "" && r.Value != q.Value) {
			continue
		}
		if r.Subject != "" {
			re := compiled(r.Subject)
			matched := re != nil && (re.MatchString(q.Subject) || (q.Class != "" && re.MatchString(q.Class)))
			if !matched {
				continue
			}
		}
		best = r
		break
	}
	if best == nil || best.Severity == "off" {
		return nil
	}
	return best
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

// Add merges a parsed pack into the set: its vocabulary adds to the
// words already known, a rule replaces any rule with the same id, and its
// disable and severity lists apply to every rule loaded so far. When those
// lists name a rule that does not exist, Add changes nothing and returns an
// *Error.
func (s *Set) Add(p *Pack) error {
	if probs := s.unknownIDs(p); len(probs) > 0 {
		return &Error{Problems: probs}
	}
	if s.rules == nil {
		s.rules = map[string]*Rule{}
	}
	s.packs++
	s.Events = mergeMap(s.Events, p.Events)
	s.Roles = mergeMap(s.Roles, p.Roles)
	s.Measures = mergeMap(s.Measures, p.Measures)
	s.Entities = append(s.Entities, p.Entities...)
	for i := range p.Rules {
		r := p.Rules[i]
		r.Origin = p.Origin
		r.pack, r.index = s.packs, i
		s.rules[r.ID] = &r
	}
	for _, o := range p.overrides() {
		s.rules[o.id].Severity = o.severity
	}
	s.sortSpecific()
	return nil
}

// sortSpecific lists the specific rules in precedence order: later packs
// first, then the order of the pack.
func (s *Set) sortSpecific() {
	s.specific = s.specific[:0]
	for _, r := range s.rules {
		if r.specific() {
			s.specific = append(s.specific, r)
		}
	}
	sort.Slice(s.specific, func(i, j int) bool {
		a, b := s.specific[i], s.specific[j]
		if a.pack != b.pack {
			return a.pack > b.pack
		}
		return a.index < b.index
	})
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
