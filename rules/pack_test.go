package rules

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestBuiltinPacks(t *testing.T) {
	for _, name := range BuiltinPacks {
		data, err := BuiltinSource(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse("built-in:"+name, data); err != nil {
			t.Errorf("%s:\n%v", name, err)
		}
	}
	s := Builtin()
	for _, k := range Kinds {
		r := s.Rule(k)
		if r == nil || r.Kind != k || r.Example == "" || r.Description == "" {
			t.Errorf("built-in rule %s: missing, or without kind, example or description: %+v", k, r)
		}
	}
	// The seed domain's words live in the diplomacy pack, not in code.
	if !slices.Contains(s.Events["dialogue"], "two-plus-two") {
		t.Errorf("the diplomacy pack's event words are not loaded")
	}
}

// TestMistakes gives one pack per kind of mistake and the problems it must
// produce, each as the start of "line:column: message".
func TestMistakes(t *testing.T) {
	tests := []struct {
		name string
		pack string
		want []string
	}{
		{"syntax", "pack: x\nevents: [a, b\n", []string{"3:1: while parsing a flow sequence"}},
		{"tab", "pack: x\n\tevents: {}\n", []string{"2:1: "}},
		{"empty file", "", []string{" the file is empty"}},
		{"two documents", "pack: a\n---\npack: b\n", []string{" the file holds more than one YAML document"}},
		{"not a mapping", "- a\n- b\n", []string{"1:1: the pack: want a mapping"}},
		{"no name", "events: {}\n", []string{`1:1: the pack: missing key "pack"`}},
		{"unknown key", "pack: x\nevent: {meeting: [talks]}\n", []string{`2:1: unknown key "event" in the pack (did you mean "events"?)`}},
		{"unknown key far off", "pack: x\nvocabulary: {}\n", []string{`2:1: unknown key "vocabulary" in the pack (want pack, description`}},
		{"duplicate key", "pack: x\nevents: {}\nevents: {}\n", []string{`3:1: duplicate key "events" (first at line 2)`}},
		{"events not a mapping", "pack: x\nevents: [summit]\n", []string{"2:9: events: want a mapping of event class to words, got a list"}},
		{"words not a list", "pack: x\nroles:\n  ceo: {a: b}\n", []string{"3:8: roles: ceo: want a list, got a mapping"}},
		{"empty word", "pack: x\nmeasures:\n  price: [cost, '']\n", []string{"3:17: measures: price: empty word"}},
		{"null word", "pack: x\nmeasures:\n  price: [cost, ~]\n", []string{"3:17: measures: price: want text, got nothing"}},
		{"entity without name", "pack: x\nentities:\n  - {kind: person}\n", []string{`3:5: an entity: missing key "name"`}},
		{"entity kind", "pack: x\nentities:\n  - {name: Acme, kind: company}\n", []string{`3:24: unknown entity kind "company"`}},
		{"rule without id and kind", "pack: x\nrules:\n  - severity: error\n", []string{`3:5: a rule: missing key "id"`, `3:5: a rule: missing key "kind"`}},
		{"unknown kind", "pack: x\nrules:\n  - {id: a, kind: event-dates, subject: x}\n", []string{`3:19: unknown kind "event-dates" (want event-date, measure-value`}},
		{"unknown severity", "pack: x\nrules:\n  - {id: a, kind: rank, subject: x, severity: fatal}\n", []string{`3:47: unknown severity "fatal"`}},
		{"bad id", "pack: x\nrules:\n  - {id: My_Rule, kind: rank, subject: x}\n", []string{`3:10: rule id "My_Rule": want lower-case letters`}},
		{"duplicate id", "pack: x\nrules:\n  - {id: a, kind: rank, subject: x}\n  - {id: a, kind: rank, subject: y}\n", []string{`4:10: duplicate rule id "a" (first at line 3)`}},
		{"bad pattern", "pack: x\nrules:\n  - {id: a, kind: rank, subject: '(x'}\n", []string{"3:34: subject: bad regular expression: missing closing )"}},
		{"backtracking pattern", "pack: x\nrules:\n  - {id: a, kind: rank, subject: '(a)\\1'}\n", []string{"3:34: subject: bad regular expression: invalid escape sequence"}},
		{"wrong value type", "pack: x\nrules:\n  - {id: a, kind: event-date, value: money}\n", []string{`3:38: value: event-date rules compare date or year values, not "money"`}},
		{"tolerance on dates", "pack: x\nrules:\n  - {id: a, kind: event-date, subject: x, tolerance: {abs: 1}}\n", []string{"3:54: tolerance: only measure-value rules"}},
		{"tolerance not a number", "pack: x\nrules:\n  - {id: a, kind: measure-value, subject: x, tolerance: {rel: five}}\n", []string{`3:63: tolerance rel: want a number, got "five"`}},
		{"tolerance negative", "pack: x\nrules:\n  - {id: a, kind: measure-value, subject: x, tolerance: {abs: -2}}\n", []string{"3:63: tolerance abs: want a number of zero or more"}},
		{"tolerance as percent", "pack: x\nrules:\n  - {id: a, kind: measure-value, subject: x, tolerance: {rel: 5}}\n", []string{"3:63: tolerance rel: want a fraction from 0 to 1"}},
		{"tolerance unknown key", "pack: x\nrules:\n  - {id: a, kind: measure-value, subject: x, tolerance: {relative: 0.1}}\n", []string{`3:58: unknown key "relative" in tolerance`}},
		{"time-scoped not a bool", "pack: x\nrules:\n  - {id: a, kind: rank, subject: x, time-scoped: sometimes}\n", []string{`3:50: time-scoped: want true or false, got "sometimes"`}},
		{"default rule narrowed", "pack: x\nrules:\n  - {id: rank, kind: rank, subject: x}\n", []string{"3:37: rule rank is the default rule of its kind: it applies to every subject"}},
		{"default rule id, other kind", "pack: x\nrules:\n  - {id: rank, kind: event-date}\n", []string{"3:22: rule rank is the default rule of its kind and must have kind rank"}},
		{"rule with nothing to match", "pack: x\nrules:\n  - {id: a, kind: rank}\n", []string{"3:5: rule a: give a subject or a value"}},
		{"unknown rule disabled", "pack: x\ndisable: [no-such-rule]\n", []string{`2:11: unknown rule "no-such-rule"`}},
		{"disabled twice", "pack: x\ndisable: [rank, rank]\n", []string{`2:17: disable: rule "rank" is listed twice`}},
		{"unknown severity for a rule", "pack: x\nseverity: {rank: loud}\n", []string{`2:18: unknown severity "loud"`}},
		{"unknown rule re-levelled", "pack: x\nseverity: {no-such-rule: info}\n", []string{`2:12: unknown rule "no-such-rule"`}},
		{"disabled and re-levelled", "pack: x\ndisable: [rank]\nseverity: {rank: info}\n", []string{`3:12: rule "rank" is both disabled and given a severity`}},
		{"every problem at once", "pack: x\nevnts: {}\nrules:\n  - {id: a, kind: nope, subject: x}\n  - {id: b, kind: rank, subject: '['}\n", []string{`2:1: unknown key "evnts"`, `4:19: unknown kind "nope"`, "5:34: subject: bad regular expression"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Builtin()
			before := len(s.Rules())
			err := s.Load("p.yaml", []byte(tt.pack))
			var perr *Error
			if !errors.As(err, &perr) {
				t.Fatalf("Load = %v, want an *Error", err)
			}
			if len(perr.Problems) != len(tt.want) {
				t.Errorf("got %d problems, want %d:\n%v", len(perr.Problems), len(tt.want), err)
			}
			lines := strings.Split(err.Error(), "\n")
			for i, w := range tt.want {
				if i < len(lines) && !strings.HasPrefix(lines[i], "p.yaml:"+w) {
					t.Errorf("problem %d = %q, want prefix p.yaml:%s", i, lines[i], w)
				}
			}
			if len(s.Rules()) != before {
				t.Errorf("a pack with mistakes changed the set")
			}
		})
	}
}

func TestLoadGoodPack(t *testing.T) {
	const pack = `
pack: docs
description: Product documentation.
events:
  release: [rollout, "general availability", GA]
measures:
  price: [price, costs]
  max file size: "file size limit"
entities:
  - {name: Tidewell, kind: organization, aliases: [Tidewell Software, Tidewell Software AB]}
rules:
  - id: price-exact
    kind: measure-value
    subject: '^price\b'
    value: money
    severity: error
    time-scoped: false
  - id: storage-close
    kind: measure-value
    subject: storage
    tolerance: {rel: 0.05, abs: 1}
    severity: warning
disable: [rank]
severity:
  weekday-date: warning
`
	s := Builtin()
	if err := s.Load("docs.yaml", []byte(pack)); err != nil {
		t.Fatal(err)
	}
	r := s.Rule("price-exact")
	if r == nil || r.Origin != "docs.yaml" || r.Line != 12 || r.Value != "money" || r.IsTimeScoped() {
		t.Errorf("price-exact = %+v", r)
	}
	if r := s.Rule("storage-close"); r.Tolerance != (Tolerance{Abs: 1, Rel: 0.05}) || r.Severity != "warning" || !r.IsTimeScoped() {
		t.Errorf("storage-close = %+v", r)
	}
	if s.Rule("rank").Severity != "off" || s.Rule("weekday-date").Severity != "warning" {
		t.Errorf("disable and severity not applied")
	}
	if !slices.Contains(s.Events["release"], "GA") || !slices.Contains(s.Events["release"], "released") {
		t.Errorf("events not merged: %v", s.Events["release"])
	}
	if got := s.Measures["max file size"]; !slices.Equal(got, []string{"file size limit"}) {
		t.Errorf("a single word is a list of one: %v", got)
	}
	if s.Entities[len(s.Entities)-1].Name != "Tidewell" {
		t.Errorf("entity not added")
	}
}

func TestForValue(t *testing.T) {
	s := Builtin()
	must(t, s.Load("a.yaml", []byte(`
pack: a
rules:
  - {id: price-a, kind: measure-value, subject: price, severity: warning}
  - {id: price-b, kind: measure-value, subject: 'price \(USD\)', severity: info}
  - {id: money-a, kind: measure-value, value: money}
  - {id: toll, kind: measure-value, subject: 'death toll', severity: off}
`)))
	must(t, s.Load("b.yaml", []byte(`
pack: b
rules:
  - {id: price-late, kind: measure-value, subject: 'price \(EUR\)'}
`)))
	tests := []struct {
		kind, subject, value string
		want                 string // "" for no rule
	}{
		{"measure-value", "revenue", "count", "measure-value"},
		{"measure-value", "revenue (USD)", "money", "money-a"},
		{"measure-value", "revenue (USD)", "", "money-a"}, // type unknown: any value type
		{"measure-value", "number of people", "count", "measure-value"},
		{"measure-value", "price (USD)", "money", "price-a"},    // the first listed wins within a pack
		{"measure-value", "price (EUR)", "money", "price-late"}, // a later pack wins
		{"measure-value", "death toll", "count", ""},            // a specific rule that is off
		{"event-date", "price (USD)", "date", "event-date"},     // other kinds are untouched
	}
	for _, tt := range tests {
		r := s.ForValue(tt.kind, tt.subject, tt.value)
		got := ""
		if r != nil {
			got = r.ID
		}
		if got != tt.want {
			t.Errorf("ForValue(%q, %q, %q) = %q, want %q", tt.kind, tt.subject, tt.value, got, tt.want)
		}
	}
	if r := s.Match(Query{Kind: "measure-value", Subject: "the monthly fee (EUR)", Class: "price (EUR)"}); r == nil || r.ID != "price-late" {
		t.Errorf("a subject pattern may match the class: got %v", r)
	}
	if r := s.For("measure-value", "price (USD)"); r == nil || r.ID != "price-a" {
		t.Errorf("For ignores the value type: got %v", r)
	}
}

func TestRedefineDefault(t *testing.T) {
	s := Builtin()
	must(t, s.Load("a.yaml", []byte("pack: a\nrules:\n  - {id: measure-value, kind: measure-value, tolerance: {rel: 0.01}, severity: warning}\n")))
	r := s.For("measure-value", "anything")
	if r.Origin != "a.yaml" || r.Tolerance.Rel != 0.01 || r.Severity != "warning" {
		t.Errorf("the default rule was not replaced: %+v", r)
	}
}

func TestOverride(t *testing.T) {
	s := Builtin()
	if err := s.Override("rank", "off"); err != nil || s.For("rank", "x") != nil {
		t.Errorf("Override(rank, off) = %v; rule still in force", err)
	}
	if err := s.Override("nope", "off"); err == nil {
		t.Errorf("Override of an unknown rule succeeded")
	}
	if err := s.Override("rank", "loud"); err == nil {
		t.Errorf("Override with an unknown severity succeeded")
	}
}

func TestTolerance(t *testing.T) {
	tests := []struct {
		tol  Tolerance
		a, b float64
		want bool
	}{
		{Tolerance{}, 5, 5, true},
		{Tolerance{}, 5, 5.0001, false},
		{Tolerance{Abs: 1}, 10, 11, true},
		{Tolerance{Abs: 1}, 10, 11.5, false},
		{Tolerance{Rel: 0.1}, 100, 109, true},
		{Tolerance{Rel: 0.1}, 100, 112, false},
		{Tolerance{Rel: 0.1}, -100, -95, true},
	}
	for _, tt := range tests {
		if got := tt.tol.Within(tt.a, tt.b); got != tt.want {
			t.Errorf("%+v.Within(%v, %v) = %v, want %v", tt.tol, tt.a, tt.b, got, tt.want)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// FuzzLoad: any input either loads or gives problems that each name the
// file and, when they have a line, a column too; it never panics.
func FuzzLoad(f *testing.F) {
	for _, name := range BuiltinPacks {
		data, _ := BuiltinSource(name)
		f.Add(data)
	}
	f.Add([]byte("pack: x\nrules:\n  - {id: a, kind: rank, subject: '('}\n"))
	f.Add([]byte("pack: x\nevents: &a {x: [y]}\nroles: *a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := Builtin()
		err := s.Load("f.yaml", data)
		if err == nil {
			for _, r := range s.Rules() {
				if !validKind(r.Kind) || !validSeverity(r.Severity) {
					t.Fatalf("loaded an invalid rule %+v", r)
				}
			}
			return
		}
		var perr *Error
		if !errors.As(err, &perr) || len(perr.Problems) == 0 {
			t.Fatalf("error %v is not a list of problems", err)
		}
		for _, p := range perr.Problems {
			if p.Path != "f.yaml" || (p.Line > 0) != (p.Col > 0) || p.Msg == "" {
				t.Fatalf("problem without a proper position: %+v", p)
			}
		}
	})
}
