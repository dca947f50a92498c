package checker

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/checker/source"
)

// How a source's publication date was found, beyond what package source
// reads from manifests and metadata.
const (
	fromDateline = "dateline"
	fromInferred = "inferred"
	fromUnknown  = "unknown"
)

// datelineUnits is how many units from the top a dateline may sit.
const datelineUnits = 8

// dateSource returns a source's publication date and where it came from:
// the manifest, front matter or HTML metadata when package source found one;
// else a dateline ("HANOI, April 28, 2025 —") or a "Published ..." line near
// the top; else, unless such a line gives no year ("Updated March 3"), the
// latest full date the text states, not as one to come ("will open on
// August 1, 2028"), marked inferred.
func dateSource(src *source.Source, units []segment.Unit) (*time.Time, string) {
	if src.Published != nil {
		return src.Published, src.PublishedFrom
	}
	// Each unit is recognized once, for its dateline and its dates.
	found := make([][]recognize.Value, len(units))
	done := make([]bool, len(units))
	values := func(i int) []recognize.Value {
		if !done[i] {
			found[i], done[i] = recognize.Find(src.Text[units[i].Start:units[i].End], recognize.Options{}), true
		}
		return found[i]
	}
	for i, u := range units {
		if i >= datelineUnits {
			break
		}
		d, yearless := dateline(src.Text[u.Start:u.End], values(i))
		if d != nil {
			return d, fromDateline
		}
		if yearless {
			// "CAMBRIDGE, England, Nov. 3 —": the story's year is not
			// given, and the latest date it tells (a birth, a past
			// election) is no guide to it.
			return nil, fromUnknown
		}
	}
	var latest *recognize.Value
	for i := range units {
		for _, v := range values(i) {
			w := v.When
			if v.Type != recognize.Date || w.Relative || w.NoYear || w.Day == 0 || w.EndYear != 0 || w.Future {
				continue
			}
			if latest == nil || later(w, latest.When) {
				v := v
				latest = &v
			}
		}
	}
	if latest != nil {
		t := time.Date(latest.When.Year, time.Month(latest.When.Month), latest.When.Day, 0, 0, 0, 0, time.UTC)
		return &t, fromInferred
	}
	return nil, fromUnknown
}

func later(a, b recognize.DateInfo) bool {
	if a.Year != b.Year {
		return a.Year > b.Year
	}
	if a.Month != b.Month {
		return a.Month > b.Month
	}
	return a.Day > b.Day
}

var publishedWords = []string{"published", "posted", "updated", "last updated", "date:", "dated"}

// dateline reads a full date at the head of a unit that is a dateline
// ("NAIROBI, March 3, 2025 (Wire) —") or a publication line ("Published
// April 28, 2025"), from the values recognized in it without a reference.
//
// yearless reports a dateline or publication line that gives a month and
// day but no year ("KORSHOLM, March 10 (Wire) —").
func dateline(text string, vals []recognize.Value) (t *time.Time, yearless bool) {
	if len(vals) == 0 {
		return nil, false
	}
	v := vals[0]
	w := v.When
	if v.Type != recognize.Date || w.Relative || w.Day == 0 || v.Start > 60 {
		return nil, false
	}
	head := strings.TrimSpace(text[:v.Start])
	lower := strings.ToLower(head)
	ok := false
	for _, p := range publishedWords {
		if strings.HasPrefix(lower, p) {
			ok = true
		}
	}
	if !ok && strings.HasSuffix(head, ",") {
		ok = datelinePlace(strings.TrimSuffix(head, ","))
	}
	if !ok {
		return nil, false
	}
	if w.NoYear {
		return nil, true
	}
	d := time.Date(w.Year, time.Month(w.Month), w.Day, 0, 0, 0, 0, time.UTC)
	return &d, false
}

// datelinePlace reports the place of a dateline: a town in capitals, and
// perhaps its region or country ("CAMBRIDGE, England").
func datelinePlace(place string) bool {
	town, rest, _ := strings.Cut(place, ",")
	if town == "" || strings.ToUpper(town) != town || strings.ToLower(town) == town {
		return false
	}
	for _, w := range strings.Fields(strings.ReplaceAll(rest, ",", " ")) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
