package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
)

func TestLineOnePerMention(t *testing.T) {
	r := fixture()
	want := 0
	for i := range r.Findings {
		want += len(mentions(&r.Findings[i]))
	}
	out := string(render(t, "line", Options{}, r))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != want {
		t.Fatalf("%d lines, want one per mention (%d)", len(lines), want)
	}
	if got := lines[0]; !strings.HasPrefix(got, "corpus/001_summit.txt:3:63: error: sources disagree") || !strings.HasSuffix(got, " [event-date]") {
		t.Errorf("first line = %q", got)
	}
}

func TestGitHubEscaping(t *testing.T) {
	tests := []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"5.3% apart", "5.3%25 apart", "5.3%25 apart"},
		{"a\nb\r\n", "a%0Ab%0D%0A", "a%0Ab%0D%0A"},
		{"a:b,c", "a:b,c", "a%3Ab%2Cc"},
		{"%0A", "%250A", "%250A"}, // already-escaped text must not be read back as a newline
	}
	for _, tt := range tests {
		if got := githubData(tt.in); got != tt.data {
			t.Errorf("githubData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := githubProperty(tt.in); got != tt.prop {
			t.Errorf("githubProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
	out := string(render(t, "github", Options{}, fixture()))
	if !strings.Contains(out, "::error file=corpus/004_trade%2Clabour%3A2025.md,line=14,col=13,endLine=14,endColumn=19,title=count::") {
		t.Errorf("escaped annotation missing:\n%s", out)
	}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if !strings.HasPrefix(line, "::error ") && !strings.HasPrefix(line, "::warning ") && !strings.HasPrefix(line, "::notice ") {
			t.Errorf("not a workflow command: %q", line)
		}
	}
}

func TestSARIFResults(t *testing.T) {
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID              string            `json:"ruleId"`
				RuleIndex           int               `json:"ruleIndex"`
				Level               string            `json:"level"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Locations           []sarifLoc        `json:"locations"`
				RelatedLocations    []sarifLoc        `json:"relatedLocations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(render(t, "sarif", Options{}, fixture()), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	var rules []string
	for _, r := range run.Tool.Driver.Rules {
		rules = append(rules, r.ID)
	}
	if got, want := strings.Join(rules, " "), "count event-date role-holder trade-series weekday-date"; got != want {
		t.Errorf("rules = %q, want %q", got, want)
	}
	first := run.Results[0]
	if first.RuleID != "event-date" || rules[first.RuleIndex] != "event-date" || first.Level != "error" {
		t.Errorf("first result = %s (index %d), level %s", first.RuleID, first.RuleIndex, first.Level)
	}
	if got := first.PartialFingerprints[FingerprintKey]; got != "event-date/9f3a2c1b77" {
		t.Errorf("fingerprint = %q", got)
	}
	// "April 28, 2025" is columns 63 to 76 inclusive: SARIF ends at 77.
	reg := first.Locations[0].PhysicalLocation.Region
	if reg.StartLine != 3 || reg.StartColumn != 63 || reg.EndLine != 3 || reg.EndColumn != 77 {
		t.Errorf("primary region = %+v, want 3:63-3:77", reg)
	}
	// Two more mentions and one look-alike kept apart.
	if n := len(first.RelatedLocations); n != 3 {
		t.Errorf("%d related locations, want 3", n)
	}
	if len(run.Results) != len(fixture().Findings) {
		t.Errorf("%d results, want one per finding", len(run.Results))
	}
	levels := map[string]string{}
	for _, r := range run.Results {
		levels[r.RuleID] = r.Level
	}
	if levels["weekday-date"] != "warning" || levels["trade-series"] != "note" {
		t.Errorf("levels = %v", levels)
	}
}

type sarifLoc struct {
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region struct {
			StartLine   int `json:"startLine"`
			StartColumn int `json:"startColumn"`
			EndLine     int `json:"endLine"`
			EndColumn   int `json:"endColumn"`
		} `json:"region"`
	} `json:"physicalLocation"`
}

func TestSARIFURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"corpus/a.txt", "corpus/a.txt"},
		{"a b.txt", "a%20b.txt"},
		{"c:notes.txt", "./c:notes.txt"}, // not a URI scheme
		{"docs/100%.md", "docs/100%25.md"},
	}
	for _, tt := range tests {
		if got := sarifURI(tt.in); got != tt.want {
			t.Errorf("sarifURI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestJUnit(t *testing.T) {
	out := render(t, "junit", Options{}, fixture())
	var doc junitSuites
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if len(doc.Suites) != 1 {
		t.Fatalf("%d suites, want 1", len(doc.Suites))
	}
	s := doc.Suites[0]
	if len(s.Cases) != 5 || s.Cases[0].Name != "event-date" {
		t.Fatalf("cases = %+v", s.Cases)
	}
	f := s.Cases[0].Failures[0]
	if f.Message != "date of the Hanoi summit" || f.Type != "error" || !strings.Contains(f.Body, `corpus/003_dialogue.md:12:29: "Monday, April 28"`) {
		t.Errorf("failure = %+v", f)
	}
	if got := xmlSafe("a\x00b\x1bc\td"); got != "a\uFFFDb\uFFFDc\td" {
		t.Errorf("xmlSafe = %q", got)
	}
}

func TestRDJSON(t *testing.T) {
	var res rdResult
	if err := json.Unmarshal(render(t, "rdjson", Options{}, fixture()), &res); err != nil {
		t.Fatal(err)
	}
	if res.Source.Name != "factlint" || res.Severity != "ERROR" || len(res.Diagnostics) != 5 {
		t.Fatalf("result = %+v", res)
	}
	d := res.Diagnostics[0]
	if d.Code.Value != "event-date" || d.Severity != "ERROR" || d.Location.Path != "corpus/001_summit.txt" {
		t.Errorf("first diagnostic = %+v", d)
	}
	if d.Location.Range.End.Column != 77 || len(d.RelatedLocations) != 3 {
		t.Errorf("range %+v, %d related", d.Location.Range, len(d.RelatedLocations))
	}
}

func TestMarkdownEscapes(t *testing.T) {
	r := fixture()
	r.Findings[1].Subject = "pipes | and *stars* and $5"
	out := string(render(t, "markdown", Options{}, r))
	if !strings.Contains(out, `| pipes \| and \*stars\* and \$5 |`) {
		t.Errorf("subject not escaped in table:\n%s", out)
	}
	// Dollar amounts in evidence must not start maths.
	if strings.Contains(out, " $52.3") {
		t.Errorf("unescaped dollar sign")
	}
}

// A finding with missing or broken positions must still print, and in
// valid SARIF.
func TestMissingPositions(t *testing.T) {
	r := brokenReport()
	for _, format := range Formats() {
		if out := render(t, format, Options{}, r); len(out) == 0 {
			t.Errorf("%s: no output", format)
		}
	}
	gh := string(render(t, "github", Options{}, r))
	if !strings.Contains(gh, "::error file=a.txt,title=x::m") || !strings.Contains(gh, "file=b.txt,line=4,col=2,endLine=4,endColumn=2,") {
		t.Errorf("github:\n%s", gh)
	}
	sarifOut := render(t, "sarif", Options{}, r)
	if bytes.Contains(sarifOut, []byte(`"startLine": 0`)) || bytes.Contains(sarifOut, []byte(`"endLine": 0`)) {
		t.Errorf("SARIF has a zero line:\n%s", sarifOut)
	}
}

// brokenReport has a finding whose positions are missing or incomplete.
func brokenReport() *Report {
	r := emptyReport()
	r.Findings = []Finding{{
		ID: "x/1", Rule: "x", Kind: KindInternal, Severity: SeverityError, Subject: "s", Message: "m",
		Values: []Value{
			{Value: "a", Mentions: []Mention{{Path: "a.txt"}}},                     // no position at all
			{Value: "b", Mentions: []Mention{{Path: "b.txt", Line: 4, Column: 2}}}, // no end
			{Value: "c", Implied: true},                                            // no mentions
		},
	}}
	return r
}

// FuzzPrinters puts arbitrary text where the engine puts text from the
// sources. Every format must still print, stay parseable, and keep one
// line per mention where it promises to.
func FuzzPrinters(f *testing.F) {
	f.Add("sources disagree: 5%, 6%\nsee below", "Tô Lâm", `"quoted" <b>&</b>`, "a:b,c.txt")
	f.Add("", "", "", "")
	f.Add("]]>", "\x00\x1b[31m", "\r\n", "%0A")
	f.Fuzz(func(t *testing.T, message, subject, text, path string) {
		r := fixture()
		for i := range r.Findings {
			r.Findings[i].Message = message
			r.Findings[i].Subject = subject
			for j := range r.Findings[i].Values {
				for k := range r.Findings[i].Values[j].Mentions {
					m := &r.Findings[i].Values[j].Mentions[k]
					m.Text, m.Path = text, path
				}
			}
		}
		want := 0
		for i := range r.Findings {
			want += len(mentions(&r.Findings[i]))
		}
		for _, format := range Formats() {
			out := render(t, format, Options{}, r)
			switch format {
			case "json", "rdjson", "sarif":
				if !json.Valid(out) {
					t.Fatalf("%s: invalid JSON", format)
				}
			case "junit":
				var doc junitSuites
				if err := xml.Unmarshal(out, &doc); err != nil {
					t.Fatalf("junit: %v", err)
				}
			case "line", "github":
				if n := bytes.Count(out, []byte("\n")); n != want {
					t.Fatalf("%s: %d lines, want %d", format, n, want)
				}
			}
		}
	})
}

func TestTextWidths(t *testing.T) {
	for _, width := range []int{1, 20, 60, 100, 300} {
		out := string(render(t, "text", Options{Width: width}, fixture()))
		if !strings.HasSuffix(out, "5 sources, 42 claims: 2 errors, 1 warning, 2 info (1 skipped)\n") {
			t.Errorf("width %d: summary line missing", width)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.HasSuffix(line, " ") {
				t.Errorf("width %d: trailing space in %q", width, line)
			}
		}
	}
	// At 60 columns the table wraps to fit; the first lines are table rows.
	out := string(render(t, "text", Options{Width: 60}, fixture()))
	for _, line := range strings.Split(out, "\n")[:8] {
		if w := textWidth(line); w > 60 {
			t.Errorf("table line %q is %d wide, want <= 60", line, w)
		}
	}
}
