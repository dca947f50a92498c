package checker

import (
	"testing"
	"testing/fstest"

	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/checker/source"
)

func TestDateline(t *testing.T) {
	tests := []struct {
		text     string
		want     string // YYYY-MM-DD, or ""
		yearless bool
	}{
		{"HANOI, April 28, 2025 (Wire) — The leaders met.", "2025-04-28", false},
		{"Published April 28, 2025", "2025-04-28", false},
		{"CAMBRIDGE, England, Nov. 3, 1987 — Dame Elspeth Corrow died.", "1987-11-03", false},
		{"CAMBRIDGE, England, Nov. 3 — Dame Elspeth Corrow died on Monday.", "", true},
		{"KORSHOLM, March 10 (Wire) — Valdmark voted.", "", true},
		{"In Cambridge, on Nov. 3, she died.", "", false},
		{"Cambridge, Nov. 3 — she died.", "", false},
		{"News · University announcements · 2 June 2026", "2026-06-02", false},
		{"Market announcement | 12 May 2026 | Perth", "2026-05-12", false},
		{"News Release Date: January 14, 2026 · Contact: Public Affairs Office, 406-555-0142", "2026-01-14", false},
		{"12 May 2026 · Media release", "2026-05-12", false},
		{"10 March 2026", "2026-03-10", false},
		{"For immediate release — May 8, 2026", "2026-05-08", false},
		{"Opening · Saturday 14 March 2026 · at the Hesketh Theatre, where the company will perform The Rivals by Sheridan for the first time since 1982", "", false},
	}
	for _, tt := range tests {
		d, yearless := dateline(tt.text, recognize.Find(tt.text, recognize.Options{}))
		got := ""
		if d != nil {
			got = d.Format("2006-01-02")
		}
		if got != tt.want || yearless != tt.yearless {
			t.Errorf("dateline(%q) = %q, %v; want %q, %v", tt.text, got, yearless, tt.want, tt.yearless)
		}
	}
}

// TestYearlessDatelineLeavesDateUnknown checks that a story whose dateline
// has no year is not dated by the latest date it tells, a birth in an
// obituary.
func TestYearlessDatelineLeavesDateUnknown(t *testing.T) {
	for _, tt := range []struct {
		text, want, from string
	}{
		{"OBITUARIES\n\nCAMBRIDGE, England, Nov. 3 — Dame Elspeth Corrow, born on March 14, 1911, died on Monday, November 2.\n", "", fromUnknown},
		{"OBITUARIES\n\nDame Elspeth Corrow, born on March 14, 1911, died on November 2, 1987.\n", "1987-11-02", fromInferred},
		// A date to come is no date the text was written on.
		{"The merger was approved on June 2, 2026. The new university will open on August 1, 2028.\n", "2026-06-02", fromInferred},
	} {
		fsys := fstest.MapFS{"a.txt": {Data: []byte(tt.text)}}
		inputs, _, err := source.Collect(fsys, []string{"."}, source.Options{})
		if err != nil {
			t.Fatal(err)
		}
		src, _, err := source.Read(inputs[0], source.Options{})
		if err != nil {
			t.Fatal(err)
		}
		d, from, _ := dateSource(src, segment.Split(src))
		got := ""
		if d != nil {
			got = d.Format("2006-01-02")
		}
		if got != tt.want || from != tt.from {
			t.Errorf("dateSource(%q) = %q from %s; want %q from %s", tt.text, got, from, tt.want, tt.from)
		}
	}
}
