package goldtest

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/report"
)

// at builds the report mention the checker would give for text on line
// of file in dir, under the display path shown.
func at(t *testing.T, dir, shown, file string, line int, text string) report.Mention {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	i := strings.Index(lines[line-1], text)
	if i < 0 {
		t.Fatalf("%s:%d: no %q", file, line, text)
	}
	col := utf8.RuneCountInString(lines[line-1][:i]) + 1
	return report.Mention{
		Source: strings.TrimSuffix(file, ".txt"), Path: shown,
		Line: line, Column: col, EndLine: line, EndColumn: col + utf8.RuneCountInString(text) - 1,
		Text: text,
	}
}

func val(v string, ms ...report.Mention) report.Value {
	return report.Value{Value: v, Type: "date", Qualifier: "exact", SupportedBy: len(ms), Mentions: ms}
}

func finding(id, severity string, vs ...report.Value) report.Finding {
	return report.Finding{ID: id, Rule: strings.Split(id, "/")[0], Kind: report.KindConflict,
		Severity: severity, Subject: "subject of " + id, Values: vs}
}

func loadCase(t *testing.T, dir string) *Case {
	t.Helper()
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

const born = "testdata/cases/born"

// bornFindings are findings about testdata/cases/born, by name.
func bornFindings(t *testing.T) map[string]report.Finding {
	a := func(line int, text string) report.Mention {
		return at(t, born, filepath.Join(born, "a.txt"), "a.txt", line, text)
	}
	b := func(line int, text string) report.Mention {
		return at(t, born, filepath.Join(born, "b.txt"), "b.txt", line, text)
	}
	return map[string]report.Finding{
		"birth": finding("birth-date/1", "error",
			val("1968-08-21", a(1, "21 August 1968")), val("1968-08-27", b(1, "27 August 1968"))),
		"birth-month": finding("birth-date/2", "error",
			val("1968-08", a(1, "August 1968")), val("1968-08-27", b(1, "27 August 1968"))),
		"birth-wrong-value": finding("birth-date/3", "error",
			val("1968-08-22", a(1, "21 August 1968")), val("1968-08-27", b(1, "27 August 1968"))),
		"birth-one-side": finding("birth-date/4", "error",
			val("1968-08", a(1, "21 August 1968"), b(1, "27 August 1968")), val("1969", a(2, "1999"))),
		"birth-warning": finding("birth-date/5", "warning",
			val("1968-08-21", a(1, "21 August 1968")), val("1968-08-27", b(1, "27 August 1968"))),
		"joined": finding("join-year/1", "error",
			val("1999", a(2, "1999")), val("2001", b(2, "2001"))),
		"joined-wrong-line": finding("join-year/2", "error",
			val("1999", a(1, "1968")), val("2001", b(2, "2001"))),
		"joined-wrong-span": finding("join-year/3", "error",
			val("2004", a(2, "2004")), val("2001", b(2, "2001"))),
		"roads": finding("roads/1", "error",
			val("GBP 800000", b(3, "£1.6 million")), val("GBP 1100000", a(3, "£1.1 million"))),
		"members": finding("members/1", "error",
			val("41", a(3, "41 members")), val("45", b(3, "45 members"))),
		"members-one-side": finding("members/2", "error",
			val("41", a(3, "41 members"), b(3, "45 members")), val("2010", b(3, "2010"))),
		"false": finding("led/1", "error",
			val("2004", a(2, "2004")), val("2010", b(3, "2010"))),
	}
}

func TestRun(t *testing.T) {
	type want struct {
		found     []string // conflict ids found
		matched   int
		false_    int
		violated  []string
		pass      bool
		precision float64
	}
	tests := []struct {
		name     string
		findings []string
		failOn   string
		minR     *float64
		minP     *float64
		err      error
		want     want
	}{
		{name: "nothing reported", want: want{precision: 1}},
		{name: "all explicit found", findings: []string{"birth", "joined"},
			want: want{found: []string{"birth", "joined"}, matched: 2, pass: true, precision: 1}},
		{name: "implicit found too", findings: []string{"birth", "joined", "roads"},
			want: want{found: []string{"birth", "joined", "roads"}, matched: 3, pass: true, precision: 1}},
		{name: "coarser date matches", findings: []string{"birth-month", "joined"},
			want: want{found: []string{"birth", "joined"}, matched: 2, pass: true, precision: 1}},
		{name: "same conflict twice", findings: []string{"birth", "birth-month", "joined"},
			want: want{found: []string{"birth", "joined"}, matched: 3, pass: true, precision: 1}},
		{name: "incompatible value", findings: []string{"birth-wrong-value", "joined"},
			want: want{found: []string{"joined"}, matched: 1, false_: 1, precision: 0.5}},
		{name: "both mentions on one side", findings: []string{"birth-one-side", "joined"},
			want: want{found: []string{"joined"}, matched: 1, false_: 1, precision: 0.5}},
		{name: "wrong line", findings: []string{"birth", "joined-wrong-line"},
			want: want{found: []string{"birth"}, matched: 1, false_: 1, precision: 0.5}},
		{name: "right line, other value on it", findings: []string{"birth", "joined-wrong-span"},
			want: want{found: []string{"birth"}, matched: 1, false_: 1, precision: 0.5}},
		{name: "warning does not fail at error", findings: []string{"birth-warning", "joined"},
			want: want{found: []string{"joined"}, matched: 1, precision: 1}},
		{name: "warning counts at warning", findings: []string{"birth-warning", "joined"}, failOn: "warning",
			want: want{found: []string{"birth", "joined"}, matched: 2, pass: true, precision: 1}},
		{name: "unknown fail level means error", findings: []string{"birth-warning", "joined"}, failOn: "fatal",
			want: want{found: []string{"joined"}, matched: 1, precision: 1}},
		{name: "false finding", findings: []string{"birth", "joined", "false"},
			want: want{found: []string{"birth", "joined"}, matched: 2, false_: 1, precision: 0.6667}},
		{name: "trap violated", findings: []string{"birth", "joined", "members"},
			want: want{found: []string{"birth", "joined"}, matched: 2, violated: []string{"members"}, precision: 0.6667}},
		{name: "trap mentions on one side", findings: []string{"birth", "joined", "members-one-side"},
			want: want{found: []string{"birth", "joined"}, matched: 2, false_: 1, precision: 0.6667}},
		{name: "min_recall", findings: []string{"birth"}, minR: ptr(0.5),
			want: want{found: []string{"birth"}, matched: 1, pass: true, precision: 1}},
		{name: "min_recall not reached", findings: []string{"birth-warning"}, minR: ptr(0.5),
			want: want{precision: 1}},
		{name: "min_precision", findings: []string{"birth", "joined", "false"}, minP: ptr(0.6),
			want: want{found: []string{"birth", "joined"}, matched: 2, false_: 1, pass: true, precision: 0.6667}},
		{name: "min_precision does not excuse a trap", findings: []string{"birth", "joined", "members"}, minP: ptr(0.5),
			want: want{found: []string{"birth", "joined"}, matched: 2, violated: []string{"members"}, precision: 0.6667}},
		{name: "checker error", err: errors.New("reading b.txt: boom"), want: want{precision: 1}},
	}
	fs := bornFindings(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := loadCase(t, born)
			c.Gold.MinRecall, c.Gold.MinPrecision = tt.minR, tt.minP
			rep := &report.Report{Version: report.Version}
			for _, name := range tt.findings {
				rep.Findings = append(rep.Findings, fs[name])
			}
			check := func(paths []string) (*report.Report, error) {
				if !slices.Equal(paths, c.Paths()) {
					t.Errorf("checked %q, want %q", paths, c.Paths())
				}
				return rep, tt.err
			}
			r := Run([]*Case{c}, check, tt.failOn)
			cr := r.Cases[0]
			var found, violated []string
			for _, x := range cr.Conflicts {
				if x.Found {
					found = append(found, x.ID)
				}
			}
			for _, x := range cr.Traps {
				if x.Violated {
					violated = append(violated, x.ID)
				}
			}
			got := want{found, cr.Matched, cr.False, violated, cr.Pass, cr.Precision}
			if !equalWant(got.found, tt.want.found) || !equalWant(got.violated, tt.want.violated) ||
				got.matched != tt.want.matched || got.false_ != tt.want.false_ ||
				got.pass != tt.want.pass || got.precision != tt.want.precision {
				t.Errorf("got  %+v\nwant %+v\nreasons %q", got, tt.want, cr.Reasons)
			}
			if cr.Pass != (len(cr.Reasons) == 0) || r.Failed() == cr.Pass {
				t.Errorf("pass %v, failed %v, reasons %q", cr.Pass, r.Failed(), cr.Reasons)
			}
			if len(cr.FalseFindings) != cr.False {
				t.Errorf("%d false findings listed, %d counted", len(cr.FalseFindings), cr.False)
			}
			if tt.err != nil && (cr.Error == "" || r.Total.Errors != 1) {
				t.Errorf("checker error not recorded: %+v", cr)
			}
		})
	}
}

func equalWant(a, b []string) bool { return slices.Equal(a, b) }

func ptr(f float64) *float64 { return &f }

// TestImplicitApart checks that implicit conflicts are counted apart and
// do not decide the case.
func TestImplicitApart(t *testing.T) {
	c := loadCase(t, born)
	fs := bornFindings(t)
	rep := &report.Report{Findings: []report.Finding{fs["birth"], fs["joined"]}}
	r := Run([]*Case{c}, func([]string) (*report.Report, error) { return rep, nil }, "")
	s := r.Cases[0].Score
	if s.Explicit != (Tally{2, 2}) || s.Implicit != (Tally{0, 1}) {
		t.Fatalf("explicit %+v, implicit %+v", s.Explicit, s.Implicit)
	}
	if s.Recall != 0.6667 || s.ExplicitRecall != 1 || s.ImplicitRecall != 0 {
		t.Errorf("recall %v explicit %v implicit %v", s.Recall, s.ExplicitRecall, s.ImplicitRecall)
	}
	if !r.Cases[0].Pass || r.Failed() {
		t.Errorf("missing an implicit conflict failed the case: %q", r.Cases[0].Reasons)
	}
}

// TestPaths checks that display paths in every form name the right file.
func TestPaths(t *testing.T) {
	abs, err := filepath.Abs(born)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		a, b   string // display paths of a.txt and b.txt
		dir    string // the case folder as given
		found  bool
		inside bool
	}{
		{"relative to the working folder", born + "/a.txt", born + "/b.txt", born, true, true},
		{"absolute", abs + "/a.txt", abs + "/b.txt", born, true, true},
		{"case folder given absolute", born + "/a.txt", born + "/b.txt", abs, true, true},
		{"bare names", "a.txt", "b.txt", born, true, false},
		{"other prefix", "x/y/a.txt", "/elsewhere/b.txt", born, true, false},
		{"dotted", "./" + born + "/./a.txt", born + "//b.txt", born, true, true},
		{"swapped files", born + "/b.txt", born + "/a.txt", born, false, true},
		{"file in a subfolder", born + "/old/a.txt", born + "/b.txt", born, false, true},
		{"name is only a suffix", "xa.txt", "b.txt", born, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := loadCase(t, tt.dir)
			ma := at(t, born, tt.a, "a.txt", 2, "1999")
			mb := at(t, born, tt.b, "b.txt", 2, "2001")
			f := finding("join-year/1", "error", val("1999", ma), val("2001", mb))
			d := newCaseDir(c.Dir)
			if got := d.finds(&f, &c.Gold.Conflicts[1]); got != tt.found {
				t.Errorf("found %v, want %v", got, tt.found)
			}
		})
	}
}

// TestInternal checks a conflict whose two mentions share one line of
// one file.
func TestInternal(t *testing.T) {
	const dir = "testdata/cases/inner"
	c := loadCase(t, dir)
	p := filepath.Join(dir, "a.txt")
	m := func(text string) report.Mention { return at(t, dir, p, "a.txt", 1, text) }
	tests := []struct {
		name  string
		f     report.Finding
		found bool
	}{
		{"decade against year", finding("opened/1", "error", val("1890s", m("1890s")), val("1887", m("1887"))), true},
		{"interval value", finding("opened/2", "error", val("1890/1899", m("1890s")), val("1887", m("1887"))), true},
		{"other year on the line", finding("opened/3", "error", val("1890s", m("1890s")), val("1911", m("1911"))), false},
		{"year outside the decade", finding("opened/4", "error", val("1880s", m("1890s")), val("1887", m("1887"))), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := &report.Report{Findings: []report.Finding{tt.f}}
			r := Run([]*Case{c}, func([]string) (*report.Report, error) { return rep, nil }, "error")
			if got := r.Cases[0].Conflicts[0].Found; got != tt.found {
				t.Errorf("found %v, want %v", got, tt.found)
			}
		})
	}
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		kind, want, got string
		ok              bool
	}{
		{"date", "1993-04", "1993-04-15", true},
		{"date", "1993-04-15", "1993-04", true},
		{"date", "1993-04", "1993-05", false},
		{"date", "1746", "1747-01-08", false},
		{"date", "1970/1973", "1972", true},
		{"date", "1970/1973", "1975", false},
		{"date", "-2499", "-2499", true},
		{"date", "-2499", "2499", false},
		{"year", "1919", "1918", false},
		{"year", "2021", "2021-09-24", true},
		{"date", "spring 1993", "1993-07", true}, // gold unreadable: position decides
		{"count", "652723", "652,723", true},
		{"count", "652723", "650000", true}, // within 0.5%
		{"count", "652723", "640000", false},
		{"count", "1000", "1005", true},
		{"count", "1000", "1006", false},
		{"count", "1.4 ha", "1.4 ha", true},
		{"count", "1.4 ha", "1.6 ha", false},
		{"count", "80 in", "203 cm", true}, // units differ: not compared
		{"count", ">1", "3", true},
		{"count", ">1", "0", false},
		{"count", "<10", "3", true},
		{"percent", "57-58%", "57.5%", true},
		{"percent", "57-58%", "40.4%", false},
		{"percent", "handful", "25%", true},
		{"percent", "12", "-12%", true}, // a fall, signed by the checker
		{"percent", "12", "-9%", false},
		{"percent", "-12", "12%", false},
		{"money", "USD 46200000000", "USD 46200000000", true},
		{"money", "GBP 20", "GBP 25", false},
		{"rank", "4", "4", true},
		{"person", "Barry Meehan; Eddie Brennan", "Meehan", true},
		{"person", "Abner Kneeland", "Charles Lee Smith", false},
		{"person", "Tô Lâm", "To Lam", true},
		{"person", "Abner Kneeland", "1838", true}, // not a name: position decides
		{"internal", "1911", "1890/1899", false},
		{"internal", "1.5 kg", "1.285 kg", false},
		{"internal", "5000000", "5,000,000", true},
		{"internal", "1 in", "26.5 mm", true},
		{"internal", "Gregory Corso", "Verta Kali Smart", false},
	}
	for _, tt := range tests {
		if got := compatible(tt.kind, tt.want, tt.got); got != tt.ok {
			t.Errorf("compatible(%q, %q, %q) = %v, want %v", tt.kind, tt.want, tt.got, got, tt.ok)
		}
	}
}

func TestNoCases(t *testing.T) {
	r := Run(nil, nil, "")
	if r.Failed() || r.Total.Cases != 0 || r.Total.Recall != 1 || r.Total.Precision != 1 {
		t.Errorf("empty run: %+v", r.Total)
	}
}

// TestCasePaths checks that a case is checked on the documents its gold
// lists, so that a README beside them is no source, and on its whole
// folder when it lists none.
func TestCasePaths(t *testing.T) {
	c := loadCase(t, born)
	want := []string{filepath.Join(born, "a.txt"), filepath.Join(born, "b.txt")}
	if got := c.Paths(); !slices.Equal(got, want) {
		t.Errorf("listed documents: got %q, want %q", got, want)
	}
	c.Gold.Documents = nil
	if got := c.Paths(); !slices.Equal(got, []string{born}) {
		t.Errorf("no documents listed: got %q, want %q", got, []string{born})
	}
}
