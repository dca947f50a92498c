package recognize

import "strconv"

// mkDate builds a date or year value ending before token end.
func (s *scanner) mkDate(typ Type, w DateInfo, end int) match {
	if w.Resolved {
		if typ == Date && w.Month == 0 && w.EndMonth == 0 {
			typ = Year
		}
		return match{end: end, v: s.newValue(Value{Type: typ, Norm: normDate(w), When: w})}
	}
	return match{end: end, v: s.newValue(Value{Type: typ, When: w})}
}

// date recognizes calendar dates: "April 29, 2025", "29 April 2025",
// "2025-04-28", "04/28/2025", "April 2025", "early September", "the 28th
// of April", with an optional weekday in front.
func (s *scanner) date(i int) (match, bool) {
	switch s.kind(i) {
	case kNum:
		best, ok := s.numericDate(i)
		for _, f := range [...]func(int) (match, bool){s.dayFirst, s.quarter, s.yearMonth} {
			if m, ok2 := f(i); ok2 && (!ok || m.end > best.end) {
				best, ok = m, true
			}
		}
		if s.ordSuffix(i + 1) {
			// "the 3rd week of Jan", "the 9th month of next year"
			for _, f := range [...]func(int) (match, bool){s.spanOf, s.week} {
				if m, ok2 := f(i); ok2 && (!ok || m.end > best.end) {
					best, ok = m, true
				}
			}
		}
		return best, ok
	case kWord:
	default:
		return match{}, false
	}
	if m, ok := s.spanOf(i); ok {
		return m, true
	}
	if m, ok := s.quarter(i); ok {
		return m, true
	}
	if m, ok := s.holiday(i); ok {
		return m, true
	}
	if m, ok := s.week(i); ok {
		return m, true
	}
	e := s.lx(i)
	switch {
	case e.weekday != 0:
		j := i + 1
		if e.flags&fAbbrev != 0 && s.sym(j, ".") && s.glued(j) {
			j++
		}
		if s.sym(j, ",") {
			j++
		}
		m, ok := s.monthFirst(j, false)
		if !ok {
			m, ok = s.dayFirst(j)
		}
		if !ok && s.kind(j) == kNum {
			m, ok = s.numericDate(j) // "Friday 7/6"
		}
		if !ok {
			m, ok = s.weekdayDay(int(e.weekday), j)
		}
		if !ok || m.v.When.Day == 0 {
			return match{}, false
		}
		m.v.When.Weekday = int(e.weekday)
		return m, true
	case e.month != 0:
		return s.monthFirst(i, true)
	case e.flags&fPart != 0:
		// "early September", "mid-April", "late March 2024"
		j := i + 1
		if s.dash(j) && s.glued(j) {
			j++
		}
		if s.lx(j).month == 0 || s.lx(j).flags&fAbbrev != 0 {
			return match{}, false
		}
		m, ok := s.monthFirst(j, false)
		if !ok {
			m, ok = s.bareMonth(j, true)
		}
		if !ok || m.v.When.Day != 0 {
			return match{}, false
		}
		return m, true
	case s.is(i, "the") || e.okind != cNone:
		return s.dayFirst(i)
	case e.ckind == cUnit || e.ckind == cTeen || e.ckind == cTens:
		// "twenty five January nineteen eighty six": a day in cardinal
		// words needs a month and a year after it ("two March rallies").
		d, k, ok := s.cardDay(i)
		if !ok {
			return match{}, false
		}
		if s.is(k, "of") {
			k++
		}
		m, k2, ok := s.monthAt(k)
		if !ok {
			return match{}, false
		}
		if y, end, ok := s.yearAfter(k2); ok {
			return s.fixed(DateInfo{Month: m, Day: d}, y, end)
		}
	}
	return match{}, false
}

// cardDay reads a day of the month in cardinal words: "twenty five".
func (s *scanner) cardDay(i int) (int, int, bool) {
	if e := s.lx(i); s.kind(i) != kWord || e.ckind != cUnit && e.ckind != cTeen && e.ckind != cTens {
		return 0, i, false
	}
	v, _, end, ok := s.numberWords(i, false)
	if !ok || v < 1 || v > 31 || s.lx(end).denom != 0 || s.dash(end) {
		return 0, i, false
	}
	return int(v), end, true
}

// yearMonth reads "2017 April": a year, then a month name in full.
func (s *scanner) yearMonth(i int) (match, bool) {
	y, j, ok := s.yearAt(i)
	if !ok || s.lx(j).flags&fAbbrev != 0 {
		return match{}, false
	}
	m, k, ok := s.monthAt(j)
	if !ok || m == 5 && !s.t[j].up || m == 3 && !s.t[j].up {
		return match{}, false
	}
	if d, k2, ok := s.dayAt(k); ok && s.kind(k) == kNum {
		return s.fixed(DateInfo{Month: m, Day: d}, y, k2)
	}
	return s.fixed(DateInfo{Month: m}, y, k)
}

// dayAt reads a day of the month: "28", "28th", "twenty-eighth".
func (s *scanner) dayAt(i int) (int, int, bool) {
	switch s.kind(i) {
	case kNum:
		w := s.str(i)
		if len(w) > 2 || s.t[i].dots != 0 {
			return 0, i, false
		}
		d, _ := strconv.Atoi(w)
		j := i + 1
		if s.ordSuffix(j) {
			j++
		} else if s.kind(j) == kWord && s.glued(j) {
			return 0, i, false
		}
		if d < 1 || d > 31 || s.sym(j, ":%") || s.percentWord(j) {
			return 0, i, false
		}
		return d, j, true
	case kWord:
		if e := s.lx(i); e.okind == cNone && e.ckind != cTens {
			return 0, i, false
		}
		v, j, ok := s.ordAt(i)
		if !ok || v < 1 || v > 31 {
			return 0, i, false
		}
		return v, j, true
	}
	return 0, i, false
}

func (s *scanner) percentWord(i int) bool {
	return s.is(i, "percent") || s.is(i, "per") && s.is(i+1, "cent")
}

// yearAt reads a four-digit year, 1000..2199, with an optional era:
// "2025", "2500 BC". It returns an astronomical year (1 BC is 0).
func (s *scanner) yearAt(i int) (int, int, bool) {
	if !s.yearLike(i) && !(s.kind(i) == kNum && s.eraAt(i+1) != 0) {
		return 0, i, false
	}
	w := s.str(i)
	if s.t[i].dots != 0 || len(w) > 4 {
		return 0, i, false
	}
	y, _ := strconv.Atoi(w)
	j := i + 1
	if s.kind(j) == kWord && s.glued(j) && s.eraAt(j) == 0 {
		return 0, i, false
	}
	switch s.eraAt(j) {
	case -1:
		y = 1 - y
		j = s.eraEnd(j)
	case 1:
		j = s.eraEnd(j)
	}
	return y, j, true
}

// eraAt returns -1 for "BC"/"BCE", 1 for "AD"/"CE", 0 otherwise. "B.C." is
// spelled with points.
func (s *scanner) eraAt(i int) int {
	switch {
	case s.is(i, "bc") || s.is(i, "bce"):
		return -1
	case s.is(i, "ad") && s.t[i].up || s.is(i, "ce") && s.t[i].up:
		return 1
	case s.is(i, "b") && s.sym(i+1, ".") && s.is(i+2, "c"):
		return -1
	case s.is(i, "a") && s.t[i].up && s.sym(i+1, ".") && s.is(i+2, "d") && s.glued(i+1):
		return 1
	}
	return 0
}

func (s *scanner) eraEnd(i int) int {
	if s.sym(i+1, ".") && s.glued(i+1) {
		j := i + 3
		if s.sym(j, ".") && s.glued(j) {
			j++
		}
		if s.is(i+3, "e") {
			j = i + 4
		}
		return j
	}
	return i + 1
}

// monthAt reads a month name at i, with the point of an abbreviation.
func (s *scanner) monthAt(i int) (int, int, bool) {
	e := s.lx(i)
	if e.month == 0 || s.kind(i) != kWord {
		return 0, i, false
	}
	j := i + 1
	if e.flags&fAbbrev != 0 && s.sym(j, ".") && s.glued(j) {
		j++
	}
	return int(e.month), j, true
}

// monthFirst reads "April 29, 2025", "Sept. 13", "April 2025", and, when
// bare is set, a month alone in a date context ("in September").
func (s *scanner) monthFirst(i int, bare bool) (match, bool) {
	m, j, ok := s.monthAt(i)
	if !ok {
		return match{}, false
	}
	abbrev := s.lx(i).flags&fAbbrev != 0
	k := j
	if s.is(k, "the") {
		k++
	} else if s.sym(k, "/") && s.glued(k) && s.glued(k+1) && s.kind(k+1) == kNum && len(s.str(k+1)) <= 2 {
		k++ // "Oct/2"
	} else if s.sym(k, ",") && s.kind(k+1) == kNum && s.ordSuffix(k+2) {
		k++ // "October, 1st"
	} else if s.dash(k) && s.glued(k) && s.glued(k+1) && s.kind(k+1) == kNum && len(s.str(k+1)) <= 2 &&
		s.dash(k+2) && s.glued(k+2) && s.glued(k+3) && s.kind(k+3) == kNum {
		k++ // "Sep-23-2020"
	}
	if d, k2, ok := s.dayAt(k); ok && !(s.kind(k) == kNum && s.glued(k) && k == j) {
		w := DateInfo{Month: m, Day: d}
		end := k2
		// "November 19-20", "April 9th through 17th"
		if s.rangeWord(end) && !s.is(end, "and") {
			k1 := end + 1
			if s.is(k1, "the") && s.kind(k1+1) == kWord {
				k1++ // "April the ninth till the seventeenth"
			}
			if d2, k3, ok := s.dayAt(k1); ok && d2 > d && !s.monthNext(k3) {
				w.EndMonth, w.EndDay = m, d2
				end = k3
			}
		}
		y, end2, ok := s.yearAfter(end)
		if ok {
			return s.fixed(w, y, end2)
		}
		if abbrev && !s.t[i].up && s.kind(k) != kNum {
			return match{}, false
		}
		if s.lx(i).month == 5 && !s.t[i].up && s.kind(k) == kNum && !s.ordSuffix(k+1) {
			return match{}, false // "may 5" in lower case is too often a verb
		}
		return s.noYear(w, end)
	}
	// "May twenty nine", "January twenty five nineteen eighty six"; but
	// "in March twenty people died".
	if d, k2, ok := s.cardDay(k); ok && (s.t[i].up || s.lx(i).month != 5 && s.lx(i).month != 3) && !abbrev {
		w := DateInfo{Month: m, Day: d}
		if y, end, ok := s.yearAfter(k2); ok {
			return s.fixed(w, y, end)
		}
		if s.kind(k2) != kWord {
			return s.noYear(w, k2)
		}
	}
	if y, end, ok := s.yearAfter(j); ok {
		return s.fixed(DateInfo{Month: m}, y, end)
	}
	if !bare {
		return match{}, false
	}
	return s.bareMonth(i, false)
}

// monthNext reports whether a month name follows at i ("26 june to 28
// june"), which makes the second number a day of another date.
func (s *scanner) monthNext(i int) bool {
	return s.lx(i).month != 0 || s.is(i, "of") && s.lx(i+1).month != 0
}

// yearAfter reads the year that may close a date: ", 2025", " 2025", "of
// 2025", "-2018", "/2018".
func (s *scanner) yearAfter(i int) (int, int, bool) {
	j := i
	if s.sym(j, ",") || s.is(j, "of") || s.is(j, "in") {
		j++
	} else if s.sym(j, "-/") && s.glued(j) && s.glued(j+1) {
		j++
	}
	y, end, ok := s.yearAt(j)
	if !ok {
		if y, end, ok = s.spelledYear(j); ok {
			return y, end, true
		}
		// "April of 87"
		if w := s.str(j); s.is(i, "of") && s.kind(j) == kNum && len(w) == 2 && s.t[j].dots == 0 && s.kind(j+1) != kWord {
			return s.century(atoi(w)), j + 1, true
		}
		return 0, i, false
	}
	if s.is(i, "in") && s.dash(end) {
		return 0, i, false
	}
	// "March 5 2024 people" is not a date in any reading worth having.
	if s.lx(end).flags&fQuantNoun != 0 && s.eraAt(j+1) == 0 {
		return 0, i, false
	}
	return y, end, true
}

// bareMonth reads a month name without day or year, which needs context:
// a preceding preposition, or a capital letter for the unambiguous names.
// part says an "early"/"mid"/"late" precedes.
func (s *scanner) bareMonth(i int, part bool) (match, bool) {
	m, j, ok := s.monthAt(i)
	if !ok {
		return match{}, false
	}
	// "Jan-Feb 2017", "May to March": the next month vouches for this one.
	if (s.dash(j) && s.glued(j) || s.is(j, "to") || s.is(j, "through") || s.is(j, "until")) &&
		s.lx(j+1).month != 0 && (s.t[i].up || s.t[j+1].up == s.t[i].up) {
		return s.noYear(DateInfo{Month: m}, j)
	}
	p := i - 1
	if s.is(p, "the") {
		p--
	}
	// "after Feb", "since Dec.", but not "Jan Smith" or "in jan".
	abbrevOK := s.t[i].up && s.strongPrep(p) && !s.is(p, "to") && !s.is(p, "and") && !s.is(p, "of") &&
		!(s.kind(j) == kWord && s.t[j].up)
	if s.lx(i).flags&fAbbrev != 0 && !abbrevOK && !((s.is(i-1, "to") || s.dash(i-1) || s.is(i-1, "through")) && s.lx(i-2).month != 0) {
		return match{}, false
	}
	prep := part || s.lx(p).flags&fDatePrep != 0
	switch m {
	case 3, 5: // "march", "may" are verbs too
		if !part && !s.strongPrep(p) {
			return match{}, false
		}
		if s.kind(j) == kWord && !s.t[j].up && s.lx(j).flags&(fDatePrep|fQuantNoun) == 0 && !s.is(j, "and") {
			// "in May the" fine; "by march forward" is a verb.
			if m == 3 && !s.t[i].up {
				return match{}, false
			}
		}
	default:
		if !prep && !s.t[i].up {
			return match{}, false
		}
		if !prep && s.kind(j) == kWord && s.t[j].up {
			return match{}, false // "June Carter"
		}
	}
	if s.t[i].up == false && !prep {
		return match{}, false
	}
	return s.noYear(DateInfo{Month: m}, j)
}

// strongPrep reports whether the word at i introduces a month for sure:
// "in May", "since March", "by May". Bare "may" and "march" need one.
func (s *scanner) strongPrep(i int) bool {
	if s.kind(i) != kWord {
		return false
	}
	var buf [16]byte
	switch string(lower(s.str(i), buf[:0])) {
	case "in", "of", "since", "until", "till", "by", "before", "after", "from", "during",
		"through", "throughout", "early", "mid", "late", "last", "next", "end", "beginning",
		"start", "middle", "between", "to", "and":
		return !(s.is(i, "to") || s.is(i, "and")) || s.lx(i-1).month != 0 || s.kind(i-1) == kNum
	}
	return false
}

// fixed completes a date with a stated year.
func (s *scanner) fixed(w DateInfo, y, end int) (match, bool) {
	w.Year = y
	if w.EndMonth != 0 {
		w.EndYear = y
	}
	if w.Day != 0 && !validDay(y, w.Month, w.Day) {
		return match{}, false
	}
	if w.EndDay != 0 && !validDay(y, w.EndMonth, w.EndDay) {
		return match{}, false
	}
	w.Resolved = true
	return s.mkDate(Date, w, end), true
}

// noYear completes a month and day (or a month alone) that has no year:
// the year comes from the reference date, one year back when the date
// would fall more than about two months after it (news looks back) and
// nothing in the clause speaks of the future.
func (s *scanner) noYear(w DateInfo, end int) (match, bool) {
	if w.Day != 0 && w.Day > daysIn(2000, w.Month) {
		return match{}, false
	}
	w.NoYear = true
	if !s.hasRef {
		return s.mkDate(Date, w, end), true
	}
	y := s.refC.Year
	d := w.Day
	if d == 0 {
		d = 1
	}
	if !validDay(y, w.Month, d) {
		d = daysIn(y, w.Month)
	}
	switch t := s.tense(end - 1); {
	case daysFromCivil(y, w.Month, d) > s.ref+61 && t <= 0:
		y-- // unless the clause speaks of the future ("would vote on May 22")
	case daysFromCivil(y, w.Month, d) < s.ref-61 && t == 1:
		y++ // "will meet on January 12", written in November
	}
	for n := 0; n < 3 && w.Day != 0 && !validDay(y, w.Month, w.Day); n++ {
		y-- // "Feb 29" was in the last leap year
	}
	if w.Day != 0 && !validDay(y, w.Month, w.Day) {
		return match{}, false
	}
	w.Year = y
	if w.EndMonth != 0 {
		w.EndYear = y
	}
	w.Resolved = true
	return s.mkDate(Date, w, end), true
}

// dayFirst reads "29 April 2025", "28th of April", "the 28th of April",
// "12/25 November 1917" and "9-12 June".
func (s *scanner) dayFirst(i int) (match, bool) {
	j := i
	the := false
	if s.is(j, "the") {
		j++
		the = true
	}
	d, k, ok := s.dayAt(j)
	if !ok || the && s.kind(j) == kNum && !s.ordSuffix(j+1) {
		return match{}, false
	}
	w := DateInfo{Day: d}
	// Dual dating, Julian/Gregorian: "12/25 November 1917". The second
	// day is the New Style (Gregorian) date and is the one kept.
	if s.sym(k, "/") && s.glued(k) && s.glued(k+1) {
		if d2, k2, ok := s.dayAt(k + 1); ok && s.monthNext(k2) {
			w.Day, k = d2, k2
		}
	}
	// "9-12 June", "9 to 12 June", "the ninth and the seventeenth of April"
	if s.rangeWord(k) {
		k1 := k + 1
		if the && s.is(k1, "the") {
			k1++
		}
		if d2, k2, ok := s.dayAt(k1); ok && d2 > w.Day && s.monthNext(k2) {
			w.EndDay, k = d2, k2
		}
	}
	if s.is(k, "day") && s.is(k+1, "of") && w.EndDay == 0 {
		// "the 15th day of June", "the 15th day of next month"
		k += 2
		if m, ok := s.relative(k); ok && m.v != nil && m.v.When.Month != 0 && m.v.When.Day == 0 && m.v.When.EndMonth == 0 {
			return s.dayOfRelativeMonth(w.Day, m)
		}
	} else if s.is(k, "of") {
		k++
	} else if s.sym(k, "-/") && s.glued(k) && s.glued(k+1) && s.lx(k+1).month != 0 {
		k++ // "05-Aug-2016"
	}
	// "the 21st of this month", "the 3rd next month"
	if (the || s.ordSuffix(j+1) || s.kind(j) == kWord) && w.EndDay == 0 && s.lx(k).flags&fRelWord != 0 && periodOf(s, k+1) == pMonth {
		if m, ok := s.relative(k); ok && m.v != nil && m.v.When.Month != 0 && m.v.When.Day == 0 {
			return s.dayOfRelativeMonth(w.Day, m)
		}
	}
	m, k2, ok := s.monthAt(k)
	if !ok {
		if the && w.EndDay == 0 && !s.is(k-1, "of") {
			return s.dayOfMonth(i, w.Day, k, false)
		}
		return match{}, false
	}
	w.Month = m
	if w.EndDay != 0 {
		w.EndMonth = m
	}
	if y, end, ok := s.yearAfter(k2); ok {
		return s.fixed(w, y, end)
	}
	e := s.lx(k)
	if !s.t[k].up && (m == 3 || m == 5) && !s.is(k-1, "of") {
		return match{}, false
	}
	if e.flags&fAbbrev != 0 && !s.t[k].up && s.kind(j) != kNum {
		return match{}, false
	}
	return s.noYear(w, k2)
}

// dayOfMonth reads "on the 18th" without a month: a day of the reference
// month, or of the month before when that day is still ahead and nothing
// speaks of the future. It needs "on", "by", "since" or the like before
// it, unless ok says the context is a date's ("the week of the 18th"):
// "the 18th" alone is a rank.
func (s *scanner) dayOfMonth(i, d, end int, ok bool) (match, bool) {
	for _, w := range [...]string{"on", "by", "until", "till", "since", "before", "after", "from"} {
		ok = ok || s.is(i-1, w)
	}
	if !ok || s.lx(end).flags&fSuperl != 0 || s.kind(end) == kWord && periodOf(s, end) != 0 {
		return match{}, false
	}
	w := DateInfo{Day: d, NoYear: true}
	if !s.hasRef {
		return s.mkDate(Date, w, end), true
	}
	y, m := s.refC.Year, s.refC.Month
	switch t := s.tense(i); {
	case d > s.refC.Day && t != 1 && t != 2:
		y, m = addMonths(y, m, -1)
	case d < s.refC.Day && (t == 1 || t == 2):
		y, m = addMonths(y, m, 1)
	}
	if !validDay(y, m, d) {
		return match{}, false
	}
	w.Year, w.Month, w.Resolved = y, m, true
	return s.mkDate(Date, w, end), true
}

// numericDate reads dates written in digits: "2025-04-28", "2025/04/28",
// "04/28/2025" (US order unless the first number is above 12),
// "28.04.2025", "20161016", "2015-12".
func (s *scanner) numericDate(i int) (match, bool) {
	w := s.str(i)
	t := &s.t[i]
	if t.dots == 2 {
		a, b, c, ok := split3(w, '.')
		if !ok {
			return match{}, false
		}
		if len(a) == 4 {
			return s.ymd(atoi(a), atoi(b), atoi(c), i+1)
		}
		if len(c) == 4 && len(a) <= 2 && len(b) <= 2 {
			return s.ymd(atoi(c), atoi(b), atoi(a), i+1)
		}
		return match{}, false
	}
	if t.dots != 0 {
		return match{}, false
	}
	if len(w) == 8 && s.numRun(i) == i+1 && !(s.kind(i+1) == kWord && s.glued(i+1)) {
		y, m, d := atoi(w[:4]), atoi(w[4:6]), atoi(w[6:])
		if y >= 1900 && y < 2100 {
			return s.ymd(y, m, d, i+1)
		}
		return match{}, false
	}
	sep := s.str(i + 1)
	if (sep != "-" && sep != "/") || !s.glued(i+1) || !s.glued(i+2) {
		return match{}, false
	}
	// "2019/aug/01", "2019-Aug-1"
	if m, k, ok := s.monthAt(i + 2); ok && len(w) == 4 && s.str(k) == sep && s.glued(k) && s.glued(k+1) {
		if d, end, ok := s.dayAt(k + 1); ok {
			return s.ymd(atoi(w), m, d, end)
		}
	}
	if s.kind(i+2) != kNum {
		return match{}, false
	}
	w2 := s.str(i + 2)
	has3 := s.str(i+3) == sep && s.glued(i+3) && s.kind(i+4) == kNum && s.glued(i+4)
	if len(w) == 4 {
		if has3 {
			return s.ymd(atoi(w), atoi(w2), atoi(s.str(i+4)), i+5)
		}
		// "2015-12" is a month unless it reads as consecutive years
		// ("2010-11").
		y, m := atoi(w), atoi(w2)
		if len(w2) <= 2 && m >= 1 && m <= 12 && (y+1)%100 != m && !s.glued(i+3) {
			if y >= 1000 && y <= 2199 {
				return s.fixed(DateInfo{Month: m}, y, i+3)
			}
		}
		return match{}, false
	}
	// "12-2015", "12/2015": a month.
	if !has3 && len(w) <= 2 && len(w2) == 4 && !s.glued(i+3) {
		m, y := atoi(w), atoi(w2)
		if m >= 1 && m <= 12 && y >= 1000 && y <= 2199 {
			return s.fixed(DateInfo{Month: m}, y, i+3)
		}
		return match{}, false
	}
	// "10/1-11/7": a range of two short dates.
	next := s.dash(i+3) && s.kind(i+4) == kNum && s.sym(i+5, "/") && s.glued(i+4) && s.glued(i+5)
	if !has3 && sep == "/" && len(w) <= 2 && len(w2) <= 2 && (!s.glued(i+3) || next || s.sym(i+3, ",.;:)")) {
		// "10/1-11/2/2017" needs no preposition: the year vouches for it.
		next = next && s.sym(i+7, "/") && s.glued(i+7) && len(s.str(i+8)) == 4
		return s.shortDate(i, atoi(w), atoi(w2), next)
	}
	if !has3 || len(w) > 2 || len(w2) > 2 {
		return match{}, false
	}
	w3 := s.str(i + 4)
	if s.numRun(i) > i+5 && s.str(i+5) == sep {
		return match{}, false
	}
	a, b, y := atoi(w), atoi(w2), atoi(w3)
	switch len(w3) {
	case 2:
		y += 1900
		if y < 1930 {
			y += 100
		}
	case 4:
	default:
		return match{}, false
	}
	if a > 12 {
		a, b = b, a
	}
	return s.ymd(y, a, b, i+5)
}

// shortDate reads "5/12" or "22/04" without a year. Such pairs are more
// often fractions or scores, so a preposition or weekday must come first:
// "on 22/04", "from 10/1 to 11/7", "Friday 5/12", unless ctx says a full
// date follows ("10/1-11/2/2017").
func (s *scanner) shortDate(i, a, b int, ctx bool) (match, bool) {
	p := i - 1
	if s.is(p, "this") || s.is(p, "next") {
		p--
	}
	ctx = ctx || p < i-1 || s.lx(p).weekday != 0 || s.dash(p) && s.glued(p) && s.kind(p-1) == kNum
	for _, w := range [...]string{"on", "from", "to", "until", "till", "by", "between", "since",
		"before", "after", "date", "dated"} {
		ctx = ctx || s.is(p, w)
	}
	if !ctx {
		return match{}, false
	}
	m, d := a, b
	if a > 12 {
		m, d = b, a
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(2000, m) {
		return match{}, false
	}
	if y, end, ok := s.yearAfter(i + 3); ok && s.sym(i+3, ",") {
		return s.fixed(DateInfo{Month: m, Day: d}, y, end)
	}
	if s.is(i-1, "next") && s.hasRef {
		// "next 5/12": the first one after the reference date.
		y := s.refC.Year
		if !validDay(y, m, d) || daysFromCivil(y, m, d) <= s.ref {
			y++
		}
		return s.ymd(y, m, d, i+3)
	}
	return s.noYear(DateInfo{Month: m, Day: d}, i+3)
}

func (s *scanner) ymd(y, m, d, end int) (match, bool) {
	if y < 1000 || y > 2199 || !validDay(y, m, d) {
		return match{}, false
	}
	return s.fixed(DateInfo{Month: m, Day: d}, y, end)
}

func split3(w string, sep byte) (a, b, c string, ok bool) {
	p := -1
	q := -1
	for k := 0; k < len(w); k++ {
		if w[k] == sep {
			if p < 0 {
				p = k
			} else if q < 0 {
				q = k
			} else {
				return "", "", "", false
			}
		}
	}
	if q < 0 {
		return "", "", "", false
	}
	return w[:p], w[p+1 : q], w[q+1:], true
}

// atoi reads up to 9 digits; anything else is 0.
func atoi(w string) int {
	if len(w) == 0 || len(w) > 9 {
		return 0
	}
	n := 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// nowAt reads "now", "date" (after "to"), "current date" or "today" as
// the end of a range, returning the token after it or 0.
func (s *scanner) nowAt(i int) int {
	switch {
	case s.is(i, "now"):
		return i + 1
	case s.is(i, "date") && (s.is(i-1, "to") || s.is(i-1, "till") || s.is(i-1, "until")):
		return i + 1
	case s.is(i, "current") && s.is(i+1, "date"):
		return i + 2
	}
	return 0
}

// extendRange joins a date with a second one after "to", "through",
// "until", a dash, or "and" after "between": "from 2014 to 2018", "Nov
// 18-Dec 19, 2015", "from May to October 2020". A first date without a
// year takes the year of the second.
func (s *scanner) extendRange(i int, m *match) {
	k := m.end
	words := true
	switch {
	case s.dash(k) || s.sym(k, "~"):
		// "from 10/1/2018 - 10/7/2018" reads as a period all the same.
		words = s.is(i-1, "from") || s.is(i-1, "between")
	case s.is(k, "to") || s.is(k, "through") || s.is(k, "thru") || s.is(k, "until") || s.is(k, "till"):
	case s.is(k, "and") && s.is(i-1, "between"):
	default:
		return
	}
	b, ok := s.dateAt(k + 1)
	if !ok {
		// "from March to date", "between Jan 22 and now"
		if e := s.nowAt(k + 1); e > 0 && s.hasRef {
			b, ok = s.relDay(0, e), true
		} else {
			return
		}
	}
	a, z := m.v.When, b.v.When
	if a.Relative && !a.Resolved || z.Relative && !z.Resolved || z.Weekday != 0 && z.Day == 0 {
		return
	}
	// Two dates joined by a dash that stand on their own stay two values:
	// "(8 September 1838 – 2 March 1881)" is a birth and a death. Words
	// make a period ("from May 1993 to August 2002"), and so do spans of
	// years ("1968–1972") and dates that borrow the year of the second
	// ("Nov 18-Dec 19, 2015").
	if !words && !a.NoYear && !(m.v.Type == Year && b.v.Type == Year) && !(a.Day == 0 && z.Day == 0) {
		return
	}
	// "from next Monday to Friday": the Friday after.
	if z.Weekday != 0 && z.Relative && z.Resolved && a.Resolved && a.Day != 0 && a.EndDay == 0 {
		first := daysFromCivil(a.Year, a.Month, a.Day)
		c := civilFromDays(first + (z.Weekday-weekdayOf(first)+7)%7)
		z.Year, z.Month, z.Day = c.Year, c.Month, c.Day
	}
	if a.NoYear && !z.NoYear && z.Resolved {
		a.Year, a.Resolved = z.Year, true
		if a.EndYear != 0 {
			a.EndYear = z.Year
		}
	}
	if !z.Resolved || !a.Resolved {
		if !(a.NoYear && z.NoYear) {
			return
		}
	}
	// The last period of the second date.
	ly, lm, ld := z.Year, z.Month, z.Day
	if z.EndYear != 0 || z.EndMonth != 0 || z.EndDay != 0 {
		ly, lm, ld = z.EndYear, z.EndMonth, z.EndDay
	}
	if a.Resolved {
		first := daysFromCivil(a.Year, max(a.Month, 1), max(a.Day, 1))
		last := daysFromCivil(ly, max(lm, 1), max(ld, 1))
		if first > last && a.NoYear && z.NoYear && a.Year > ly {
			// "will run from May to September", written in September:
			// the first took the future from the clause, the second
			// is this year's.
			a.Year = ly
			first = daysFromCivil(a.Year, max(a.Month, 1), max(a.Day, 1))
		}
		if first > last && a.NoYear && z.NoYear && (ly == z.Year || ly == z.EndYear) {
			// "from November to March": the second comes after.
			ly++
			last = daysFromCivil(ly, max(lm, 1), max(ld, 1))
		} else if first > last && a.NoYear {
			a.Year--
			first = daysFromCivil(a.Year, max(a.Month, 1), max(a.Day, 1))
		}
		if first > last || a.Day != 0 && !validDay(a.Year, a.Month, a.Day) {
			return
		}
	}
	w := DateInfo{Year: a.Year, Month: a.Month, Day: a.Day, EndYear: ly, EndMonth: lm, EndDay: ld,
		Weekday: a.Weekday, Relative: a.Relative || z.Relative, Resolved: a.Resolved && z.Resolved,
		NoYear: a.NoYear && z.NoYear}
	if !w.Resolved {
		w.Year, w.EndYear = 0, 0
	}
	typ := Date
	if m.v.Type == Year && b.v.Type == Year {
		typ = Year
	}
	q := m.v.Qualifier
	*m = s.mkDate(typ, w, b.end)
	m.v.Qualifier = q
}

// weekdayDay reads the day of the month after a weekday with no month:
// "Mon 13th", "Monday 21!", "wednesday the thirty first". The month is
// the reference month when the day falls on that weekday there, else the
// nearest month before it where it does (news looks back), or after it
// when the clause speaks of the future.
func (s *scanner) weekdayDay(wd, i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	d, end, ok := s.dayAt(j)
	if !ok || s.kind(j) == kNum && !s.ordSuffix(j+1) && s.kind(end) == kWord || j > i && s.kind(j) == kNum && !s.ordSuffix(j+1) ||
		s.glued(end) && s.kind(end) == kSym && !s.sym(end, ",.;:!?)") {
		return match{}, false // "Friday 7-6" is some other date
	}
	w := DateInfo{Day: d, NoYear: true}
	if !s.hasRef {
		return s.mkDate(Date, w, end), true
	}
	step := -1
	if t := s.tense(i); t == 1 || t == 2 {
		step = 1
	}
	y, m := s.refC.Year, s.refC.Month
	for n := 0; n < 48; n++ {
		if validDay(y, m, d) && weekdayOf(daysFromCivil(y, m, d)) == wd {
			w.Year, w.Month, w.Resolved = y, m, true
			return s.mkDate(Date, w, end), true
		}
		y, m = addMonths(y, m, step)
	}
	return match{}, false
}

// rangeWord reports whether token i joins the two ends of a range of days.
func (s *scanner) rangeWord(i int) bool {
	return s.dash(i) || s.is(i, "to") || s.is(i, "and") || s.is(i, "through") || s.is(i, "until") ||
		s.is(i, "till") || s.is(i, "thru")
}

// dayOfRelativeMonth dates day in the month a relative expression m names
// ("the 15th day of next month"); unresolved when m is.
func (s *scanner) dayOfRelativeMonth(day int, m match) (match, bool) {
	mw := m.v.When
	if !mw.Resolved {
		return s.mkDate(Date, DateInfo{Day: day, Relative: true}, m.end), true
	}
	if !validDay(mw.Year, mw.Month, day) {
		return match{}, false
	}
	return s.mkDate(Date, DateInfo{Year: mw.Year, Month: mw.Month, Day: day, Relative: true, Resolved: true}, m.end), true
}
