package filter

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/source"
)

// at is a mention in a.md, or in the path given as "path:line".
func at(line int, path ...string) report.Mention {
	p := "a.md"
	if len(path) > 0 {
		p = path[0]
	}
	return report.Mention{Source: strings.TrimSuffix(p, ".md"), Path: p, Line: line, Column: 1, EndLine: line, EndColumn: 4}
}

// conflict is a two-value finding of rule: a.md line la against b.md line lb.
func conflict(rule string, la, lb int) report.Finding {
	return report.Finding{
		ID: rule + "-id", Rule: rule, Kind: report.KindConflict, Severity: report.SeverityError,
		Subject: "date of the launch", Message: "sources disagree: 2019 (1 source) vs 2020 (1 source)",
		Values: []report.Value{
			{Value: "2019", SupportedBy: 1, Mentions: []report.Mention{at(la)}},
			{Value: "2020", SupportedBy: 1, Mentions: []report.Mention{at(lb, "b.md")}},
		},
	}
}

func dir(action string, line int, rules ...string) source.Directive {
	return source.Directive{Action: action, Line: line, Rules: rules}
}

func TestSuppressionsCoverage(t *testing.T) {
	tests := []struct {
		name string
		dirs []source.Directive
		line int  // line of a.md's mention of an event-date conflict
		kept bool // the finding survives
	}{
		{"no comment", nil, 5, true},
		{"next line", []source.Directive{dir(source.DisableNextLine, 4, "event-date")}, 5, false},
		{"next line, no rule named", []source.Directive{dir(source.DisableNextLine, 4)}, 5, false},
		{"next line is not two lines on", []source.Directive{dir(source.DisableNextLine, 3, "event-date")}, 5, true},
		{"next line is not the same line", []source.Directive{dir(source.DisableNextLine, 5, "event-date")}, 5, true},
		{"next line of another rule", []source.Directive{dir(source.DisableNextLine, 4, "rank")}, 5, true},
		{"one of several rules", []source.Directive{dir(source.DisableNextLine, 4, "rank", "event-date")}, 5, false},
		{"disable from its line on", []source.Directive{dir(source.Disable, 2, "event-date")}, 5, false},
		{"disable on the same line", []source.Directive{dir(source.Disable, 5, "event-date")}, 5, false},
		{"disable below the mention", []source.Directive{dir(source.Disable, 6, "event-date")}, 5, true},
		{"disable then enable before", []source.Directive{dir(source.Disable, 1), dir(source.Enable, 3)}, 5, true},
		{"enable on the mention's line still covers it", []source.Directive{dir(source.Disable, 1), dir(source.Enable, 5)}, 5, false},
		{"enable after", []source.Directive{dir(source.Disable, 1, "event-date"), dir(source.Enable, 9, "event-date")}, 5, false},
		{"enable of another rule", []source.Directive{dir(source.Disable, 1, "event-date"), dir(source.Enable, 3, "rank")}, 5, false},
		{"disable all, enable this rule", []source.Directive{dir(source.Disable, 1), dir(source.Enable, 3, "event-date")}, 5, true},
		{"disable again after enable", []source.Directive{dir(source.Disable, 1), dir(source.Enable, 2), dir(source.Disable, 4, "event-date")}, 5, false},
		{"disable of another rule", []source.Directive{dir(source.Disable, 1, "rank")}, 5, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSuppressions(map[string][]source.Directive{"a.md": tt.dirs})
			got := s.Process([]report.Finding{conflict("event-date", tt.line, 5)})
			if kept := len(got) == 1; kept != tt.kept {
				t.Errorf("kept = %v, want %v", kept, tt.kept)
			}
		})
	}
}

// A comment in one source does not suppress another source's lines.
func TestSuppressionsOtherSource(t *testing.T) {
	s := NewSuppressions(map[string][]source.Directive{"c.md": {dir(source.Disable, 1)}})
	if got := s.Process([]report.Finding{conflict("event-date", 5, 5)}); len(got) != 1 {
		t.Fatalf("a comment in c.md suppressed a finding in a.md and b.md")
	}
	if u := s.Unused(); len(u) != 1 || u[0].String() != "c.md:1: unused suppression: factlint-disable suppresses nothing" {
		t.Errorf("Unused() = %v", u)
	}
}

// A finding that still shows a disagreement keeps the evidence left, with
// its id, recounted support and a note.
func TestSuppressionsPartial(t *testing.T) {
	f := conflict("event-date", 5, 5)
	f.Values[1].Mentions = append(f.Values[1].Mentions, at(7, "c.md"))
	f.Values[1].SupportedBy = 2
	f.Values = append(f.Values, report.Value{Value: "2021", SupportedBy: 1, Mentions: []report.Mention{at(9)}})
	f.Majority = "2020"
	// Suppress b.md's mention of 2020: 2019 and 2021 (a.md), 2020 (c.md) remain.
	s := NewSuppressions(map[string][]source.Directive{"b.md": {dir(source.DisableNextLine, 4, "event-date")}})
	got := s.Process([]report.Finding{f})
	if len(got) != 1 {
		t.Fatalf("finding dropped although three values remain")
	}
	g := got[0]
	if g.ID != f.ID {
		t.Errorf("id changed: %s", g.ID)
	}
	var vals []string
	for _, v := range g.Values {
		vals = append(vals, v.Value)
		if v.SupportedBy != 1 {
			t.Errorf("%s supported by %d, want 1", v.Value, v.SupportedBy)
		}
	}
	if !slices.Equal(vals, []string{"2019", "2020", "2021"}) {
		t.Errorf("values %v", vals)
	}
	if g.Majority != "" {
		t.Errorf("majority %q, want none: every value has one source", g.Majority)
	}
	if !strings.HasSuffix(g.Message, " (suppressed: 2020 at b.md:5)") {
		t.Errorf("message %q has no note", g.Message)
	}
	if len(s.Unused()) != 0 {
		t.Errorf("used comment reported unused: %v", s.Unused())
	}
}

// A one-value finding (a weekday that does not match its date) goes when
// its mention is suppressed; a rule named by an unrelated finding is not
// touched.
func TestSuppressionsSingleValue(t *testing.T) {
	wk := report.Finding{ID: "w", Rule: "weekday-date", Kind: report.KindInternal, Severity: report.SeverityError,
		Values: []report.Value{{Value: "2025-04-29", SupportedBy: 1, Mentions: []report.Mention{at(3)}}}}
	s := NewSuppressions(map[string][]source.Directive{"a.md": {dir(source.DisableNextLine, 2, "weekday-date")}})
	got := s.Process([]report.Finding{wk, conflict("event-date", 3, 3)})
	if len(got) != 1 || got[0].Rule != "event-date" {
		t.Fatalf("got %v, want only the event-date finding", got)
	}
}

func TestSuppressionsUnused(t *testing.T) {
	s := NewSuppressions(map[string][]source.Directive{"a.md": {
		dir(source.DisableNextLine, 4, "rank", "event-date"), // event-date used, rank not
		dir(source.Disable, 10),                              // covers nothing
		dir(source.Enable, 12),                               // an enable is never unused
		dir(source.DisableNextLine, 6),                       // no mention on line 7
	}})
	s.Process([]report.Finding{conflict("event-date", 5, 5)})
	var got []string
	for _, u := range s.Unused() {
		got = append(got, u.String())
	}
	want := []string{
		"a.md:4: unused suppression: factlint-disable-next-line rank suppresses nothing",
		"a.md:6: unused suppression: factlint-disable-next-line suppresses nothing",
		"a.md:10: unused suppression: factlint-disable suppresses nothing",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Unused():\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Related look-alikes on a suppressed line are not shown.
func TestSuppressionsRelated(t *testing.T) {
	f := conflict("event-date", 5, 5)
	f.Related = []report.Related{{Value: "2018", Why: "different participants", Mention: at(8)}, {Value: "2017", Mention: at(9)}}
	s := NewSuppressions(map[string][]source.Directive{"a.md": {dir(source.DisableNextLine, 7, "event-date")}})
	got := s.Process([]report.Finding{f})
	if len(got) != 1 || len(got[0].Related) != 1 || got[0].Related[0].Value != "2017" {
		t.Fatalf("got %+v", got)
	}
	if strings.Contains(got[0].Message, "suppressed") {
		t.Errorf("message notes a suppression although no evidence was removed: %q", got[0].Message)
	}
}

// The note names at most three suppressed mentions.
func TestSuppressionsNoteCap(t *testing.T) {
	f := conflict("event-date", 5, 5)
	f.Values = append(f.Values, report.Value{Value: "2021", SupportedBy: 1, Mentions: []report.Mention{at(1, "c.md")}})
	for line := 2; line <= 5; line++ {
		f.Values[0].Mentions = append(f.Values[0].Mentions, at(line*10))
	}
	s := NewSuppressions(map[string][]source.Directive{"a.md": {dir(source.Disable, 1)}})
	got := s.Process([]report.Finding{f})
	if len(got) != 1 {
		t.Fatal("finding dropped although 2020 and 2021 remain")
	}
	want := " (suppressed: 2019 at a.md:5, 2019 at a.md:20, 2019 at a.md:30, 2 more)"
	if !strings.HasSuffix(got[0].Message, want) {
		t.Errorf("message %q, want suffix %q", got[0].Message, want)
	}
}
