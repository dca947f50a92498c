package recognize

import "strings"

// Periods a relative expression can name.
const (
	pDay = iota + 1
	pWeek
	pWeekend
	pMonth
	pQuarter
	pYear
	pDecade
)

func periodOf(s *scanner, i int) int {
	switch {
	case s.is(i, "day"):
		return pDay
	case s.is(i, "week"):
		return pWeek
	case s.is(i, "weekend"):
		return pWeekend
	case s.is(i, "month"):
		return pMonth
	case s.is(i, "quarter"):
		return pQuarter
	case s.is(i, "year"):
		return pYear
	case s.is(i, "decade"):
		return pDecade
	}
	return 0
}

// relative recognizes dates relative to the reference date: "today",
// "yesterday", "on Monday", "last week", "next month", "this year",
// "later this year", "early next month", "three years ago". Without a
// reference date they are values with Resolved false and no Norm.
func (s *scanner) relative(i int) (match, bool) {
	if s.kind(i) == kNum {
		return s.ago(i)
	}
	if s.kind(i) != kWord {
		return match{}, false
	}
	e := s.lx(i)
	switch {
	case s.is(i, "today") || s.is(i, "tonight"):
		return s.relDay(0, i+1), true
	case s.is(i, "yesterday"):
		return s.relDay(-1, i+1), true
	case s.is(i, "tomorrow"):
		return s.relDay(1, i+1), true
	case e.weekday != 0 && e.flags&fAbbrev == 0:
		if strings.HasSuffix(strings.ToLower(s.str(i)), "s") {
			return match{}, false // "on Mondays" is every Monday
		}
		return s.relWeekday(int(e.weekday), "", i+1), true
	case e.flags&fRelWord != 0:
		return s.relPeriod(i)
	case s.is(i, "earlier") || s.is(i, "later"):
		// "later this year", "earlier this month"
		if s.is(i+1, "this") {
			if p := periodOf(s, i+2); p != 0 {
				return s.relSpan(p, 0, i+3), true
			}
		}
	case e.flags&fPart != 0 || s.is(i, "end") || s.is(i, "beginning") || s.is(i, "start"):
		// "early next month", "end of this year"
		j := i + 1
		if s.dash(j) && s.glued(j) {
			j++
		}
		if s.is(j, "of") {
			j++
		}
		if s.lx(j).flags&fRelWord != 0 {
			if m, ok := s.relPeriod(j); ok && m.v.When.Weekday == 0 {
				return m, true
			}
		}
	}
	if e.ckind != cNone || s.is(i, "a") || s.is(i, "an") {
		return s.ago(i)
	}
	return match{}, false
}

func (s *scanner) relDay(n int, end int) match {
	w := DateInfo{Relative: true}
	if s.hasRef {
		c := civilFromDays(s.ref + n)
		w.Year, w.Month, w.Day = c.Year, c.Month, c.Day
		w.Resolved = true
	}
	return s.mkDate(Date, w, end)
}

// relPeriod reads "last week", "next month", "this year", "this past
// Wednesday", "next Monday", "last April".
func (s *scanner) relPeriod(i int) (match, bool) {
	mode := strings.ToLower(s.str(i))
	j := i + 1
	if mode == "this" && (s.is(j, "past") || s.is(j, "coming") || s.is(j, "upcoming")) {
		mode = strings.ToLower(s.str(j))
		j++
	}
	off := 0
	switch mode {
	case "last", "past", "previous":
		off = -1
	case "next", "coming", "following", "upcoming":
		off = 1
	}
	if e := s.lx(j); e.weekday != 0 && e.flags&fAbbrev == 0 {
		return s.relWeekday(int(e.weekday), mode, j+1), true
	}
	if e := s.lx(j); e.month != 0 && e.flags&fAbbrev == 0 && s.kind(j+1) != kNum &&
		(s.t[j].up || e.month != 3 && e.month != 5) {
		w := DateInfo{Month: int(e.month), Relative: true}
		if s.hasRef {
			y := s.refC.Year
			switch {
			case off < 0 && int(e.month) >= s.refC.Month:
				y--
			case off > 0 && int(e.month) <= s.refC.Month:
				y++
			}
			w.Year, w.Resolved = y, true
		}
		return s.mkDate(Date, w, j+1), true
	}
	p := periodOf(s, j)
	if p == 0 || mode == "past" && p != pWeekend {
		// "the past week" is the last seven days, not a calendar week.
		if !(mode == "past" && s.is(i-1, "this")) {
			return match{}, false
		}
	}
	if mode == "following" || mode == "current" && p == pDay {
		if p == pDay || !s.is(i-1, "the") {
			return match{}, false
		}
	}
	if p == pDay {
		return match{}, false
	}
	return s.relSpan(p, off, j+1), true
}

// relSpan builds the period p shifted by off periods from the one that
// holds the reference date.
func (s *scanner) relSpan(p, off, end int) match {
	w := DateInfo{Relative: true}
	if !s.hasRef {
		typ := Date
		if p == pYear || p == pDecade {
			typ = Year
		}
		return match{end: end, v: Value{Type: typ, When: w}}
	}
	w.Resolved = true
	r := s.refC
	switch p {
	case pWeek, pWeekend:
		mon := s.ref - (weekdayOf(s.ref) - 1) + 7*off
		a, b := civilFromDays(mon), civilFromDays(mon+6)
		if p == pWeekend {
			a = civilFromDays(mon + 5)
		}
		w.Year, w.Month, w.Day = a.Year, a.Month, a.Day
		w.EndYear, w.EndMonth, w.EndDay = b.Year, b.Month, b.Day
	case pMonth:
		w.Year, w.Month = addMonths(r.Year, r.Month, off)
	case pQuarter:
		y, m := addMonths(r.Year, (r.Month-1)/3*3+1, 3*off)
		w.Year, w.Month = y, m
		w.EndYear, w.EndMonth = addMonths(y, m, 2)
	case pYear:
		w.Year = r.Year + off
		return s.mkDate(Year, w, end)
	case pDecade:
		w.Year = r.Year - r.Year%10 + 10*off
		w.EndYear = w.Year + 9
		return s.mkDate(Year, w, end)
	}
	return s.mkDate(Date, w, end)
}

// relWeekday resolves a weekday name. "next Monday" is the Monday of next
// week and "last Monday" that of last week; "this past"/"coming" take the
// nearest one before/after. A bare weekday is the reference day when it
// matches it; otherwise tense cues around it decide, and without cues the
// nearer of the two within three days wins.
func (s *scanner) relWeekday(wd int, mode string, end int) match {
	w := DateInfo{Relative: true, Weekday: wd}
	if !s.hasRef {
		return s.mkDate(Date, w, end)
	}
	r := s.ref
	wr := weekdayOf(r)
	mon := r - (wr - 1)
	var d int
	switch mode {
	case "next", "following":
		d = mon + 7 + wd - 1
	case "last", "previous":
		d = mon - 7 + wd - 1
	case "this", "current":
		d = mon + wd - 1
	case "past":
		d = r - ((wr-wd+7)%7 + 7*b2i(wr == wd))
	case "coming", "upcoming":
		d = r + (wd-wr+7)%7 + 7*b2i(wr == wd)
	default:
		fwd := (wd - wr + 7) % 7
		switch {
		case fwd == 0:
			d = r
		default:
			switch s.tense(end - 1) {
			case 1:
				d = r + fwd
			case -1:
				d = r - (7 - fwd)
			default:
				if fwd <= 3 && fwd < 7-fwd {
					d = r + fwd
				} else {
					d = r - (7 - fwd)
				}
			}
		}
	}
	c := civilFromDays(d)
	w.Year, w.Month, w.Day = c.Year, c.Month, c.Day
	w.Resolved = true
	return s.mkDate(Date, w, end)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// tense looks for tense cues in the clause around token i: +1 future, -1
// past, 0 none. The nearest strong cue wins; a bare "to" ("Japan to
// host talks on Monday") is a weak sign of the future.
func (s *scanner) tense(i int) int {
	weak := 0
	for dist := 1; dist <= 12; dist++ {
		for _, k := range [2]int{i - dist, i + dist} {
			if k < 0 || k >= len(s.t) || (k > i && dist > 8) {
				continue
			}
			if s.clauseBreak(i, k) {
				continue
			}
			if c := s.cue(k); c == 2 {
				weak = 1
			} else if c != 0 {
				return c
			}
		}
	}
	return weak
}

// clauseBreak reports whether a sentence boundary lies between i and k.
func (s *scanner) clauseBreak(i, k int) bool {
	a, b := i, k
	if a > b {
		a, b = b, a
	}
	for j := a + 1; j <= b; j++ {
		if s.t[j].nl || s.kind(j) == kSym && s.sym(j, ".!?;") {
			return true
		}
	}
	return false
}

// cue classifies one token: 1 future, -1 past, 2 weak future, 0 none.
func (s *scanner) cue(k int) int {
	if s.kind(k) != kWord {
		return 0
	}
	e := s.lx(k)
	if s.is(k, "to") {
		return 2
	}
	if e.flags&fFuture != 0 {
		return 1
	}
	if e.flags&fPast != 0 {
		return -1
	}
	w := s.str(k)
	if len(w) >= 5 && w[len(w)-2:] == "ed" && !s.t[k].up {
		return -1
	}
	return 0
}

// ago reads "three years ago", "a week ago", "2 days ago".
func (s *scanner) ago(i int) (match, bool) {
	n := 1.0
	j := i + 1
	if !s.is(i, "a") && !s.is(i, "an") {
		nm, ok := s.numAt(i, false)
		if !ok || nm.val > 1000 || nm.val != float64(int(nm.val)) {
			return match{}, false
		}
		n, j = nm.val, nm.end
	}
	p := periodOf(s, j)
	if p == 0 {
		w := strings.ToLower(s.str(j))
		p = periodOf(s, j)
		switch w {
		case "days":
			p = pDay
		case "weeks":
			p = pWeek
		case "months":
			p = pMonth
		case "years":
			p = pYear
		case "decades":
			p = pDecade
		}
	}
	if p == 0 || p == pWeekend || p == pQuarter || !s.is(j+1, "ago") {
		return match{}, false
	}
	end := j + 2
	k := int(n)
	w := DateInfo{Relative: true}
	if !s.hasRef {
		typ := Date
		if p == pYear || p == pDecade {
			typ = Year
		}
		return match{end: end, v: Value{Type: typ, When: w}}, true
	}
	switch p {
	case pDay:
		return s.relDay(-k, end), true
	case pWeek:
		return s.relDay(-7*k, end), true
	case pMonth:
		w.Year, w.Month = addMonths(s.refC.Year, s.refC.Month, -k)
	case pYear:
		w.Year = s.refC.Year - k
	case pDecade:
		w.Year = s.refC.Year - 10*k
	}
	w.Resolved = true
	return s.mkDate(Date, w, end), true
}
