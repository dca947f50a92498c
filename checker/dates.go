package checker

import (
	"io/fs"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/checker/source"
)

// How a source's publication date was found, beyond what package source
// reads from manifests and metadata.
const (
	fromDateline = "dateline"
	fromInferred = "inferred"
	// A dateline's month and day, in the year of the corpus's other
	// sources.
	fromCorpusYear = "dateline-corpus-year"
	fromUnknown    = "unknown"
)

// datelineUnits is how many units from the top a dateline may sit.
const datelineUnits = 8

// dateSource returns a source's publication date and where it came from:
// the manifest, front matter or HTML metadata when package source found one;
// else a dateline ("HANOI, April 28, 2025 —") or a "Published ..." line near
// the top; else, unless such a line gives no year ("Updated March 3"), the
// latest full date the text states, not as one to come ("will open on
// August 1, 2028"), marked inferred. A dateline that gives no year leaves
// the date unknown, and its month and day are returned as yearless, for
// dateYearless.
func dateSource(src *source.Source, units []segment.Unit) (t *time.Time, from string, yearless [2]int) {
	if src.Published != nil {
		return src.Published, src.PublishedFrom, yearless
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
		d, noYear := dateline(src.Text[u.Start:u.End], values(i))
		if d != nil {
			return d, fromDateline, yearless
		}
		if noYear {
			// "CAMBRIDGE, England, Nov. 3 —": the story's year is not
			// given, and the latest date it tells (a birth, a past
			// election) is no guide to it.
			w := values(i)[0].When
			return nil, fromUnknown, [2]int{w.Month, w.Day}
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
		d := time.Date(latest.When.Year, time.Month(latest.When.Month), latest.When.Day, 0, 0, 0, 0, time.UTC)
		return &d, fromInferred, yearless
	}
	return nil, fromUnknown, yearless
}

// maxCorpusSpan is how far apart the corpus's publication dates may lie
// for a yearless dateline to take their year.
const maxCorpusSpan = 366 * 24 * time.Hour

// dateYearless dates the sources whose dateline gives no year ("PORT
// ASLAIG, March 11 (SPA) -", as wire copy is written) with the year that
// puts the dateline nearest the middle of the other sources' dates, when
// those all fall within a year, and reads them again: their weekdays ("on
// Tuesday evening") resolve only against a full date. A date inferred from
// a text's latest date (a birth, an old election) says nothing of when the
// corpus was written and is left out. A source that is not a regular file
// (a pipe) is not read twice.
func dateYearless(docs []*doc, inputs []source.Input, lx *claims.Lexicon, opt Options) {
	var lo, hi time.Time
	for _, d := range docs {
		if d.pub == nil || d.src.PublishedFrom == fromInferred {
			continue
		}
		if lo.IsZero() || d.pub.Before(lo) {
			lo = *d.pub
		}
		if hi.IsZero() || d.pub.After(hi) {
			hi = *d.pub
		}
	}
	if lo.IsZero() || hi.Sub(lo) > maxCorpusSpan {
		return
	}
	mid := lo.Add(hi.Sub(lo) / 2)
	for i, d := range docs {
		if d.monthDay == [2]int{} {
			continue
		}
		if info, err := fs.Stat(inputs[i].FS, inputs[i].Name); err != nil || !info.Mode().IsRegular() {
			continue
		}
		var best time.Time
		for y := mid.Year() - 1; y <= mid.Year()+1; y++ {
			t := time.Date(y, time.Month(d.monthDay[0]), d.monthDay[1], 0, 0, 0, 0, time.UTC)
			if t.Month() != time.Month(d.monthDay[0]) {
				continue // February 29 of a common year
			}
			if best.IsZero() || t.Sub(mid).Abs() < best.Sub(mid).Abs() {
				best = t
			}
		}
		if best.IsZero() {
			continue
		}
		if again := readDated(inputs[i], i, lx, opt, &best); again.err == nil && again.pub != nil {
			docs[i] = again
		}
	}
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
	// "News Release Date: January 14, 2026", "Release date:".
	ok = ok || strings.HasSuffix(lower, "release date:") || strings.HasSuffix(lower, "publication date:")
	if !ok && strings.HasSuffix(head, ",") {
		ok = datelinePlace(strings.TrimSuffix(head, ","))
	}
	if !ok {
		ok = metaLine(text, head, v)
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

// metaLine reports a page's short line of notes on itself whose date is
// one of its fields: "News · University announcements · 2 June 2026",
// "Market announcement | 12 May 2026 | Perth".
func metaLine(text, head string, v recognize.Value) bool {
	sep := func(s string) bool {
		return strings.HasSuffix(s, "·") || strings.HasSuffix(s, "|") || strings.HasSuffix(s, "—") || strings.HasSuffix(s, "–")
	}
	tail := strings.TrimSpace(text[v.End:])
	after := tail == "" || strings.HasPrefix(tail, "·") || strings.HasPrefix(tail, "|")
	// A date on a line of its own ("10 March 2026" under a headline) is
	// such a note too.
	return (head == "" || sep(head)) && after && len(strings.Fields(text)) <= 12
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
