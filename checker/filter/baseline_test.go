package filter

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/report"
)

func finding(id, sev string) report.Finding {
	return report.Finding{ID: id, Rule: "event-date", Severity: sev, Subject: "date of " + id}
}

func ids(fs []report.Finding) string {
	var s []string
	for _, f := range fs {
		s = append(s, f.ID)
	}
	return strings.Join(s, ",")
}

func TestBaselineRoundTrip(t *testing.T) {
	known := []report.Finding{finding("b2", "error"), finding("a1", "warning"), finding("b2", "error")}
	var buf bytes.Buffer
	if err := EncodeBaseline(&buf, known); err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": 1,
  "findings": [
    {
      "id": "a1",
      "rule": "event-date",
      "subject": "date of a1"
    },
    {
      "id": "b2",
      "rule": "event-date",
      "subject": "date of b2"
    }
  ]
}
`
	if buf.String() != want {
		t.Errorf("encoded:\n%s\nwant (sorted, each id once):\n%s", buf.String(), want)
	}
	b, err := ParseBaseline(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if b.Len() != 2 {
		t.Errorf("Len() = %d, want 2", b.Len())
	}
	got := b.Process([]report.Finding{finding("a1", "warning"), finding("new", "error"), finding("b2", "error")})
	if ids(got) != "new" {
		t.Errorf("kept %q, want only the new finding", ids(got))
	}
	if b.Gone() != 0 {
		t.Errorf("Gone() = %d, want 0", b.Gone())
	}
	b, _ = ParseBaseline(buf.Bytes())
	b.Process([]report.Finding{finding("b2", "error")})
	if b.Gone() != 1 {
		t.Errorf("Gone() = %d after a1 was fixed, want 1", b.Gone())
	}
}

func TestBaselineEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := EncodeBaseline(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"findings": []`) {
		t.Errorf("empty baseline encodes as %s", buf.String())
	}
	b, err := ParseBaseline(buf.Bytes())
	if err != nil || b.Len() != 0 {
		t.Fatalf("ParseBaseline: %v, %d", err, b.Len())
	}
}

func TestBaselineErrors(t *testing.T) {
	tests := []struct{ data, want string }{
		{"", "x.json: empty file, want a factlint baseline"},
		{"{\n  \"version\": 1,\n  \"findings\": [\n    {\"id\": \"a\"},,\n  ]\n}", "x.json:4:17: invalid character ',' looking for beginning of value"},
		{`{"version": "1"}`, "x.json:1:16: version: want int, not string"},
		{`{"version": 2, "findings": []}`, "x.json: unsupported baseline version 2 (want 1)"},
		{`{"findings": []}`, "x.json: unsupported baseline version 0 (want 1)"},
		{`{"version": 1, "findings": [{"rule": "x"}]}`, "x.json: finding 1 has no id"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		path := filepath.Join(dir, "x.json")
		if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := LoadBaseline(path)
		if err == nil {
			t.Errorf("%q: no error", tt.data)
			continue
		}
		if got := strings.TrimPrefix(err.Error(), dir+string(filepath.Separator)); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.data, got, tt.want)
		}
	}
	if _, err := LoadBaseline(filepath.Join(dir, "missing.json")); err == nil || !strings.HasPrefix(err.Error(), "reading baseline: ") {
		t.Errorf("missing file: %v", err)
	}
}

func TestApplyChain(t *testing.T) {
	fs := []report.Finding{finding("a", "error"), finding("b", "warning"), finding("c", "info"), finding("d", "error")}
	got := Apply(fs, NewBaseline([]report.Finding{finding("d", "error")}), MinSeverity(report.SeverityRank("warning")))
	if ids(got) != "a,b" {
		t.Errorf("kept %q, want a,b", ids(got))
	}
	r := &report.Report{Findings: got, Summary: report.Summary{Errors: 9, Infos: 9}}
	Recount(r)
	if r.Summary.Errors != 1 || r.Summary.Warnings != 1 || r.Summary.Infos != 0 {
		t.Errorf("Recount: %+v", r.Summary)
	}
}
