package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Sentences of the fixture, one per line of their source.
const (
	s001  = "Prime Minister Shigeru Ishiba met Phạm Minh Chính in Hanoi on April 28, 2025."
	s002  = "Prime Minister Shigeru Ishiba met Phạm Minh Chính in Hanoi on April 29, 2025."
	s003  = "The leaders met in Hanoi on Monday, April 28, after Ishiba arrived."
	s001b = "The summit in Hanoi on Monday, April 29, 2025, ended with a joint statement."
	s004  = "On April 27, Ishiba met General Secretary Tô Lâm at the Party headquarters."
	s005  = "Prime Minister Fumio Kishida is expected to visit Hanoi, officials said on Sept. 13, 2023."
	s002b = "Two-way trade reached $52.3 billion in 2024, a record."
	s004b = "Trade between the two countries stood at $49.8 billion in 2023."
	s002c = "About 570,000 Vietnamese nationals work in Japan."
	s004c = "Japan hosts 600,000 Vietnamese workers, including trainees."
)

// at builds the mention of text within a sentence that sits alone on the
// given line of path, with columns counted in characters.
func at(source, path string, line int, sentence, text string) Mention {
	i := strings.Index(sentence, text)
	if i < 0 {
		panic("fixture: " + text + " not in " + sentence)
	}
	col := utf8.RuneCountInString(sentence[:i]) + 1
	return Mention{
		Source:    source,
		Path:      path,
		Line:      line,
		Column:    col,
		EndLine:   line,
		EndColumn: col + utf8.RuneCountInString(text) - 1,
		Text:      text,
		Sentence:  sentence,
	}
}

func strp(s string) *string { return &s }

// fixture is a report shaped like a real one. Its findings are in the
// engine's order on purpose not by severity, so printers must sort.
func fixture() *Report {
	const (
		p1 = "corpus/001_summit.txt"
		p2 = "corpus/002_partner.html"
		p3 = "corpus/003_dialogue.md"
		p4 = "corpus/004_trade,labour:2025.md" // a comma and a colon to escape
		p5 = "corpus/005_preview.txt"
	)
	return &Report{
		Version: Version,
		Sources: []Source{
			{ID: "001", Path: p1, Title: "Japan and Vietnam agree on two-plus-two framework", Published: strp("2025-04-29"), PublishedFrom: "front-matter"},
			{ID: "002", Path: p2, Title: "Japan names Vietnam its irreplaceable partner", Published: strp("2025-04-28"), PublishedFrom: "html-meta"},
			{ID: "003", Path: p3, Published: strp("2025-04-28"), PublishedFrom: "dateline"},
			{ID: "004", Path: p4, Title: "Tô Lâm hosts Ishiba", Published: nil, PublishedFrom: "unknown"},
			{ID: "005", Path: p5, Published: strp("2023-09-13"), PublishedFrom: "inferred"},
		},
		Findings: []Finding{
			{
				ID:       "weekday-date/5c1e09a7d2",
				Rule:     "weekday-date",
				Kind:     KindInternal,
				Severity: SeverityWarning,
				Subject:  "date of the Hanoi summit",
				Message:  `"Monday, April 29, 2025" names a Monday, but 2025-04-29 is a Tuesday`,
				Values: []Value{
					{Value: "Monday", Type: "text", Qualifier: "weekday", SupportedBy: 1,
						Mentions: []Mention{at("001", p1, 7, s001b, "Monday")}},
					{Value: "2025-04-29", Type: "date", Qualifier: "Tuesday", SupportedBy: 1,
						Mentions: []Mention{at("001", p1, 7, s001b, "April 29, 2025")}},
				},
			},
			{
				ID:       "event-date/9f3a2c1b77",
				Rule:     "event-date",
				Kind:     KindConflict,
				Severity: SeverityError,
				Subject:  "date of the Hanoi summit",
				Message:  "sources disagree on the date of the Hanoi summit: 2025-04-28 (2 sources) vs 2025-04-29 (1 source)",
				Values: []Value{
					{Value: "2025-04-28", Type: "date", Qualifier: "event", SupportedBy: 2,
						Mentions: []Mention{
							at("001", p1, 3, s001, "April 28, 2025"),
							at("003", p3, 12, s003, "Monday, April 28"),
						}},
					{Value: "2025-04-29", Type: "date", Qualifier: "event", SupportedBy: 1,
						Mentions: []Mention{at("002", p2, 41, s002, "April 29, 2025")}},
				},
				Majority: "2025-04-28",
				Related: []Related{
					{Value: "2025-04-27", Why: "different event: a meeting with Tô Lâm, not the summit",
						Mention: at("004", p4, 5, s004, "April 27")},
				},
			},
			{
				ID:       "role-holder/0b8d44e1f6",
				Rule:     "role-holder",
				Kind:     KindStale,
				Severity: SeverityInfo,
				Subject:  "Prime Minister of Japan",
				Message:  "sources name different holders, but describe different times: Fumio Kishida as of 2023-09-13, Shigeru Ishiba as of 2025-04-28",
				Values: []Value{
					{Value: "Shigeru Ishiba", Type: "person", Qualifier: "Prime Minister of Japan", SupportedBy: 2,
						Mentions: []Mention{
							at("001", p1, 3, s001, "Shigeru Ishiba"),
							at("002", p2, 41, s002, "Shigeru Ishiba"),
						}},
					{Value: "Fumio Kishida", Type: "person", Qualifier: "Prime Minister of Japan", SupportedBy: 1,
						Mentions: []Mention{at("005", p5, 2, s005, "Fumio Kishida")}},
				},
			},
			{
				ID:       "trade-series/71aa0c3e95",
				Rule:     "trade-series",
				Kind:     KindPeriod,
				Severity: SeverityInfo,
				Subject:  "Japan–Vietnam two-way trade",
				Message:  "one measure over 2 periods; growth 2023–2024 implied at 5.0%",
				Values: []Value{
					{Value: "USD 49.8 billion", Type: "money", Qualifier: "trade", Period: "2023", SupportedBy: 1,
						Mentions: []Mention{at("004", p4, 9, s004b, "$49.8 billion")}},
					{Value: "USD 52.3 billion", Type: "money", Qualifier: "trade", Period: "2024", SupportedBy: 1,
						Mentions: []Mention{at("002", p2, 58, s002b, "$52.3 billion")}},
					{Value: "5.0%", Type: "percent", Qualifier: "growth", Period: "2023–2024", Implied: true},
				},
			},
			{
				ID:       "count/e4d2b9a013",
				Rule:     "count",
				Kind:     KindConflict,
				Severity: SeverityError,
				Subject:  "Vietnamese workers in Japan",
				Message:  "sources disagree on Vietnamese workers in Japan: 570,000 vs 600,000 (5.3% apart)\nthe larger figure may count trainees",
				Values: []Value{
					{Value: "570000", Type: "count", Qualifier: "workers", SupportedBy: 1,
						Mentions: []Mention{at("002", p2, 63, s002c, "570,000")}},
					{Value: "600000", Type: "count", Qualifier: "workers", SupportedBy: 1,
						Mentions: []Mention{at("004", p4, 14, s004c, "600,000")}},
				},
			},
		},
		Summary: Summary{Sources: 5, Claims: 42, Errors: 2, Warnings: 1, Infos: 2, Skipped: 1},
		Skipped: []Skipped{{Path: "corpus/scan.pdf", Reason: "unsupported file type .pdf"}},
	}
}

func emptyReport() *Report {
	return &Report{Version: Version, Summary: Summary{Sources: 2, Claims: 7}}
}

func render(t *testing.T, format string, opt Options, r *Report) []byte {
	t.Helper()
	p, err := NewPrinter(format, opt)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := p.Print(&b, r); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.Bytes()
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file (run go test -update and review the diff)\n--- got\n%s", name, got)
	}
}

func goldenExt(format string) string {
	switch format {
	case "json", "rdjson":
		return ".json"
	case "sarif":
		return ".sarif"
	case "junit":
		return ".xml"
	case "markdown":
		return ".md"
	}
	return ".txt"
}

func TestGolden(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			checkGolden(t, format+goldenExt(format), render(t, format, Options{}, fixture()))
			checkGolden(t, format+"-empty"+goldenExt(format), render(t, format, Options{}, emptyReport()))
		})
	}
	t.Run("text-color", func(t *testing.T) {
		checkGolden(t, "text-color.txt", render(t, "text", Options{Color: true}, fixture()))
	})
	t.Run("text-narrow", func(t *testing.T) {
		checkGolden(t, "text-narrow.txt", render(t, "text", Options{Width: 60}, fixture()))
	})
}

func TestNoColorByDefault(t *testing.T) {
	for _, format := range Formats() {
		if out := render(t, format, Options{}, fixture()); bytes.Contains(out, []byte("\x1b")) {
			t.Errorf("%s: escape sequence in output without Options.Color", format)
		}
	}
	if out := render(t, "text", Options{Color: true}, fixture()); !bytes.Contains(out, []byte(ansiRed)) {
		t.Errorf("text: no colour with Options.Color")
	}
	// Escapes quoted from a source must not reach the terminal either.
	r := fixture()
	r.Findings[0].Message = "bad \x1b[2J message"
	r.Findings[0].Values[0].Mentions[0].Text = "\x1b]0;title\x07"
	r.Findings[0].Values[0].Mentions[0].Sentence = "a \x1b[31m sentence"
	for _, format := range []string{"text", "line", "markdown"} {
		if out := render(t, format, Options{}, r); bytes.Contains(out, []byte("\x1b")) {
			t.Errorf("%s: escape from the source text reached the output", format)
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, format := range Formats() {
		r := fixture()
		first := render(t, format, Options{}, r)
		for range 5 {
			if again := render(t, format, Options{}, r); !bytes.Equal(first, again) {
				t.Fatalf("%s: output changed between runs", format)
			}
		}
		if !reflect.DeepEqual(r, fixture()) {
			t.Errorf("%s: printing changed the report", format)
		}
	}
}

func TestSeverityOrder(t *testing.T) {
	got := bySeverity(fixture().Findings)
	var ids []string
	for _, f := range got {
		ids = append(ids, f.ID)
	}
	want := []string{
		"event-date/9f3a2c1b77", "count/e4d2b9a013", // errors, in the given order
		"weekday-date/5c1e09a7d2",
		"role-holder/0b8d44e1f6", "trade-series/71aa0c3e95",
	}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("order = %q, want %q", ids, want)
	}
}

func TestNewPrinterUnknown(t *testing.T) {
	_, err := NewPrinter("yaml", Options{})
	if err == nil {
		t.Fatal("no error for an unknown format")
	}
	for _, f := range Formats() {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not list format %q", err, f)
		}
	}
}

func TestSummaryLine(t *testing.T) {
	tests := []struct {
		s    Summary
		want string
	}{
		{Summary{Sources: 5, Claims: 42, Errors: 3, Warnings: 2, Infos: 1}, "5 sources, 42 claims: 3 errors, 2 warnings, 1 info"},
		{Summary{Sources: 1, Claims: 1, Errors: 1}, "1 source, 1 claim: 1 error"},
		{Summary{Sources: 2, Claims: 0}, "2 sources, 0 claims: no findings"},
		{Summary{Sources: 2, Claims: 9, Infos: 4, Skipped: 1}, "2 sources, 9 claims: 4 info (1 skipped)"},
	}
	for _, tt := range tests {
		if got := summaryLine(tt.s); got != tt.want {
			t.Errorf("summaryLine(%+v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// The JSON format is the machine format: read back and printed again it
// must give the same bytes, so no field is lost on the way.
func TestJSONRoundTrip(t *testing.T) {
	out := render(t, "json", Options{}, fixture())
	var back Report
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	if again := render(t, "json", Options{}, &back); !bytes.Equal(out, again) {
		t.Errorf("JSON changed on a round trip:\n%s", again)
	}
	if len(back.Findings) != len(fixture().Findings) {
		t.Errorf("round trip kept %d findings, want %d", len(back.Findings), len(fixture().Findings))
	}
}

// TestJSONInParts checks that the findings encoded in parts and set into
// the report give the bytes of the whole report encoded in one go.
func TestJSONInParts(t *testing.T) {
	r := fixture()
	for i := range 40 {
		for _, f := range fixture().Findings {
			f.Subject = fmt.Sprintf("%s %d", f.Subject, i)
			r.Findings = append(r.Findings, f)
		}
	}
	for _, rep := range []*Report{r, {Findings: r.Findings[:1]}, {}} {
		var want bytes.Buffer
		if err := encodeJSON(&want, withEmptyLists(rep), ""); err != nil {
			t.Fatal(err)
		}
		for _, parts := range []int{1, 2, 3, 7, 1000} {
			var got bytes.Buffer
			if err := printJSON(&got, rep, parts); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("%d findings in %d parts differ from the report encoded whole:\n%s", len(rep.Findings), parts, got.Bytes())
			}
		}
	}
}
