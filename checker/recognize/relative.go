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
	if e := s.lx(i); !e.plural && s.kind(i) == kWord {
		return int(e.period)
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
	// "more than 2 weeks before today"
	if q, j := s.qualifier(i); q != Exact && j > i {
		if m, ok := s.ago(j); ok && m.v != nil {
			m.v.Qualifier = q
			return m, true
		}
	}
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
		// "Tuesday of next week", "monday of the following week"
		if j := i + 1; s.is(j, "of") {
			j++
			if s.is(j, "the") {
				j++
			}
			if s.lx(j).flags&fRelWord != 0 && periodOf(s, j+1) == pWeek {
				off := 0
				switch {
				case s.is(j, "next") || s.is(j, "following") || s.is(j, "coming"):
					off = 1
				case s.is(j, "last") || s.is(j, "previous") || s.is(j, "past"):
					off = -1
				}
				return s.weekOf(int(e.weekday), off, j+2), true
			}
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
			if m, ok := s.relPeriod(j); ok && m.v != nil && m.v.When.Weekday == 0 {
				return m, true
			}
		}
		// "end of year", "the end of the month": the current one.
		if s.is(j-1, "of") {
			k := j
			if s.is(k, "the") {
				k++
			}
			if p := periodOf(s, k); p == pWeek || p == pMonth || p == pYear {
				return s.relSpan(p, 0, k+1), true
			}
		}
	}
	if s.is(i, "within") {
		return s.within(i)
	}
	if (s.is(i, "between") || s.is(i, "from")) && s.is(i+1, "now") {
		return s.fromNow(i)
	}
	if end := s.yearToDate(i); end > i {
		// "up 20% in the year to date", "year-to-date", "YTD": from
		// January 1 to the day before the reference date.
		if !s.hasRef {
			return s.mkDate(Date, DateInfo{Relative: true}, end), true
		}
		if s.refC.Month == 1 && s.refC.Day == 1 {
			return match{}, false // nothing of the year has passed
		}
		z := civilFromDays(s.ref - 1)
		w := DateInfo{Year: s.refC.Year, Month: 1, Day: 1, EndYear: z.Year, EndMonth: z.Month, EndDay: z.Day,
			Relative: true, Resolved: true}
		return s.mkDate(Date, w, end), true
	}
	// "closed up 2% for the day", "for the week": the reference day or
	// week. "For the month" or "for the year" is as often the one being
	// reported on, which has passed.
	if s.is(i, "the") && s.is(i-1, "for") && (s.is(i+1, "day") || s.is(i+1, "week")) &&
		(s.kind(i+2) != kWord || s.is(i+2, "and") || s.is(i+2, "but")) {
		if s.is(i+1, "day") {
			return s.relDay(0, i+2), true
		}
		return s.relSpan(pWeek, 0, i+2), true
	}
	if s.is(i, "the") && s.is(i+1, "weekend") && !s.is(i+2, "of") && !s.sym(i+2, "'’") {
		return s.theWeekend(i + 2), true
	}
	if e.ckind != cNone || s.is(i, "a") || s.is(i, "an") {
		return s.ago(i)
	}
	if s.is(i, "in") {
		return s.inPeriods(i)
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
	if s.is(j, "calendar") && periodOf(s, j+1) == pYear {
		j++ // "this calendar year"
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
	if off != 0 {
		if m, ok := s.relHoliday(j, off); ok {
			if mode == "following" {
				// "the following Easter" is the one after next.
				m, _ = s.relHoliday(j, 1)
				if m.v != nil && m.v.When.Resolved {
					w := m.v.When
					if daysFromCivil(w.Year, w.Month, w.Day) < s.ref+183 && s.hasRef {
						return m, true
					}
				}
			}
			return m, true
		}
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
	// "the last 3 months", "the next two decades", "past two quarters"
	if off != 0 && (s.kind(j) == kNum || s.lx(j).ckind != cNone) {
		if v, e, ok := s.intAt(j); ok {
			if p := unitsOf(s, e); p != 0 {
				return s.lastN(p, off, v, e+1), true
			}
		}
	}
	p := periodOf(s, j)
	// "next week Monday", "next week on Tuesday", "previous week - Monday"
	if p == pWeek && mode != "past" {
		k := j + 1
		if s.is(k, "on") || s.dash(k) || s.sym(k, ",") {
			k++
		}
		if e := s.lx(k); e.weekday != 0 {
			return s.weekOf(int(e.weekday), off, k+1), true
		}
	}
	if p == 0 || mode == "past" && p != pWeekend && p != pQuarter {
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

// howMany reads the count of periods at token i, "a" or "an" being one
// ("a week ago", "within 9 months"), and returns it with the next token.
func (s *scanner) howMany(i int) (n, next int, ok bool) {
	if s.is(i, "a") || s.is(i, "an") {
		return 1, i + 1, true
	}
	return s.intAt(i)
}

// intAt reads a whole number from 1 to 1000 in digits or words, with no
// fraction or scale word: the count of "3 days", "two quarters".
func (s *scanner) intAt(i int) (int, int, bool) {
	if s.kind(i) == kWord {
		v, _, end, ok := s.numberWords(i, false)
		if !ok || v < 1 || v > 1000 {
			return 0, i, false
		}
		return int(v), end, true
	}
	w := s.str(i)
	if s.kind(i) != kNum || s.t[i].dots != 0 || len(w) > 4 {
		return 0, i, false
	}
	v := atoi(w)
	if v < 1 || v > 1000 {
		return 0, i, false
	}
	return v, i + 1, true
}

// unitsOf reads a period, singular or plural: "days", "weeks", "months",
// "quarters", "years", "decades".
func unitsOf(s *scanner, i int) int {
	if s.kind(i) != kWord {
		return 0
	}
	return int(s.lx(i).period)
}

// weekOf is the weekday wd of the week off weeks from the reference one.
func (s *scanner) weekOf(wd, off, end int) match {
	w := DateInfo{Relative: true, Weekday: wd}
	if !s.hasRef {
		return s.mkDate(Date, w, end)
	}
	c := civilFromDays(s.ref - (weekdayOf(s.ref) - 1) + 7*off + wd - 1)
	w.Year, w.Month, w.Day, w.Resolved = c.Year, c.Month, c.Day, true
	return s.mkDate(Date, w, end)
}

// lastN is the span of n periods before the reference date (off -1) or
// after it (off 1): "the last 3 months" ends the day before the reference
// date; "the next 3 days" starts the day after it. Quarters and decades
// are whole calendar ones.
func (s *scanner) lastN(p, off, n, end int) match {
	w := DateInfo{Relative: true}
	if !s.hasRef {
		return s.mkDate(Date, w, end)
	}
	r := s.refC
	var from, to int // days, to exclusive
	switch p {
	case pDay, pWeek:
		k := n
		if p == pWeek {
			k *= 7
		}
		if off < 0 {
			from, to = s.ref-k, s.ref
		} else {
			from, to = s.ref+1, s.ref+1+k
		}
	case pMonth, pYear:
		k := n
		if p == pYear {
			k *= 12
		}
		y, m := addMonths(r.Year, r.Month, off*k)
		d := min(r.Day, daysIn(y, m))
		if off < 0 {
			from, to = daysFromCivil(y, m, d), s.ref
		} else {
			from, to = s.ref+1, daysFromCivil(y, m, d)+1
		}
	case pQuarter, pDecade:
		size := 3
		sy, sm := r.Year, (r.Month-1)/3*3+1
		if p == pDecade {
			size = 120
			sy, sm = r.Year-r.Year%10, 1
		}
		a, b := 0, 0
		if off < 0 {
			a, b = -n, 0
		} else {
			a, b = 1, n+1
		}
		y1, m1 := addMonths(sy, sm, a*size)
		y2, m2 := addMonths(sy, sm, b*size)
		from, to = daysFromCivil(y1, m1, 1), daysFromCivil(y2, m2, 1)
	default:
		return match{}
	}
	a, b := civilFromDays(from), civilFromDays(to-1)
	w.Year, w.Month, w.Day = a.Year, a.Month, a.Day
	w.EndYear, w.EndMonth, w.EndDay = b.Year, b.Month, b.Day
	w.Resolved = true
	return s.mkDate(Date, w, end)
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
		return match{end: end, v: s.newValue(Value{Type: typ, When: w})}
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
			case 1, 2:
				d = r + fwd
			case -1:
				d = r - (7 - fwd)
			default:
				w.Guessed = true
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

// tense looks for tense cues in the sentence around token i: +1 future,
// -1 past, 0 none. The verb mostly comes before the time ("met on
// Monday"), so the nearest cue before i wins; after i only the same
// clause counts (up to a comma). A bare "to" ("Japan to host talks on
// Monday") is a weak sign of the future, returned as 2.
func (s *scanner) tense(i int) int {
	weak := 0
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		if s.t[k+1].nl || s.sym(k, ".!?;") && !s.abbrevPoint(k) {
			break
		}
		if c := s.cue(k); c == 2 {
			weak = 2
		} else if c != 0 {
			return c
		}
	}
	for k := i + 1; k < len(s.t) && k <= i+8; k++ {
		if s.t[k].nl || s.sym(k, ".!?;,") {
			break
		}
		if c := s.cue(k); c == 2 {
			weak = 2
		} else if c != 0 {
			return c
		}
	}
	return weak
}

// abbrevPoint reports the point of an abbreviated month ("Jan. 5"), which
// ends no sentence.
func (s *scanner) abbrevPoint(k int) bool {
	if k == 0 || !s.sym(k, ".") || !s.glued(k) {
		return false
	}
	e := s.lx(k - 1)
	return e.month != 0 && e.flags&fAbbrev != 0 && s.kind(k-1) == kWord
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
		for _, w := range [...]string{"up", "according", "close", "next", "prior", "compared", "back", "from", "due"} {
			if s.is(k-1, w) {
				return 0
			}
		}
		// "gave final approval to a settlement", "rose to 5%": a
		// preposition, where an infinitive would have a verb.
		if s.kind(k+1) == kNum || s.kind(k+1) == kWord && (s.lx(k+1).flags&fDeterminer != 0 || s.t[k+1].up) {
			return 0
		}
		return 2
	}
	// "set to", "due to", "expected to", "scheduled for" look ahead;
	// "the record set in 2003" does not.
	for _, w := range [...]string{"set", "due", "expected", "slated", "going", "scheduled", "planned"} {
		if s.is(k, w) {
			if s.is(k+1, "to") || s.is(k+1, "for") {
				return 1
			}
			if w == "set" || w == "due" || w == "going" {
				return 0
			}
			return -1
		}
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

// ago reads "three years ago", "a week ago", "2 days ago"; and, for a
// day, "two days after today", "3 weeks from tomorrow", "two months from
// now", "2 weeks before May 13 1999".
func (s *scanner) ago(i int) (match, bool) {
	// "the 5 upcoming years", "the 10 previous weeks"
	if v, e, ok := s.intAt(i); ok && s.lx(e).flags&fRelWord != 0 && !s.is(e, "this") {
		if p := unitsOf(s, e+1); p != 0 && s.lx(e+1).plural {
			off := 1
			if s.is(e, "past") || s.is(e, "previous") || s.is(e, "last") {
				off = -1
			}
			return s.lastN(p, off, v, e+2), true
		}
	}
	k, j, ok := s.howMany(i)
	if !ok {
		return match{}, false
	}
	p := unitsOf(s, j)
	if p == 0 || p == pWeekend {
		return match{}, false
	}
	switch {
	case s.is(j+1, "ago"):
		return s.shifted(p, -k, j+2, nil), true
	case (s.is(j+1, "starting") || s.is(j+1, "beginning") || s.is(j+1, "commencing")) && !s.nested:
		// "3 days starting tomorrow", "2 weeks starting from May 20th"
		b := j + 2
		if s.is(b, "from") || s.is(b, "on") {
			b++
		}
		s.nested = true
		m, ok := s.dateAt(b)
		s.nested = false
		if !ok || m.v.When.Day == 0 || m.v.When.EndDay != 0 || !m.v.When.Resolved {
			return match{}, false
		}
		w := m.v.When
		z := s.shifted(p, k, m.end, &Civil{w.Year, w.Month, w.Day})
		if z.v == nil || !z.v.When.Resolved {
			return match{}, false
		}
		last := civilFromDays(daysFromCivil(z.v.When.Year, z.v.When.Month, max(z.v.When.Day, 1)) - 1)
		w.EndYear, w.EndMonth, w.EndDay = last.Year, last.Month, last.Day
		w.Weekday = 0
		return s.mkDate(Date, w, m.end), true
	case s.is(j+1, "from") && s.is(j+2, "now"):
		return s.shifted(p, k, j+3, nil), true
	case (s.is(j+1, "from") || s.is(j+1, "after") || s.is(j+1, "before")) && !s.nested:
		// The base date is a plain one: "2 days after 2 days after ..."
		// would take quadratic time.
		s.nested = true
		b, ok := s.dateAt(j + 2)
		s.nested = false
		if !ok || b.v.When.Day == 0 || b.v.When.EndDay != 0 || !b.v.When.Resolved {
			return match{}, false
		}
		if s.is(j+1, "before") {
			k = -k
		}
		w := b.v.When
		return s.shifted(p, k, b.end, &Civil{w.Year, w.Month, w.Day}), true
	}
	return match{}, false
}

// inPeriods reads "in two weeks", "in 3 days" as a day after the
// reference date, when the sentence speaks of the future; "in two years"
// of a past event is a duration.
func (s *scanner) inPeriods(i int) (match, bool) {
	if !s.is(i, "in") {
		return match{}, false
	}
	n, j := 1, i+2
	if !s.is(i+1, "a") && !s.is(i+1, "an") {
		v, e, ok := s.intAt(i + 1)
		if !ok {
			return match{}, false
		}
		n, j = v, e
	}
	p := unitsOf(s, j)
	if p == 0 || p == pWeekend || p == pQuarter || p == pDecade {
		return match{}, false
	}
	// The tense looks at up to 28 tokens around: it is asked last, once
	// "in" is seen to be followed by periods.
	if s.tense(i) != 1 {
		return match{}, false
	}
	m := s.shifted(p, n, j+1, nil)
	if m.v == nil {
		return match{}, false
	}
	m.v.When.Relative = true
	return m, true
}

// shifted is the day k periods from base (the reference date when nil).
// "Three years ago" keeps the granularity of its period: a year, a month;
// days and weeks give a day.
func (s *scanner) shifted(p, k, end int, base *Civil) match {
	w := DateInfo{Relative: base == nil}
	if base == nil {
		if !s.hasRef {
			typ := Date
			if p == pYear || p == pDecade {
				typ = Year
			}
			return match{end: end, v: s.newValue(Value{Type: typ, When: w})}
		}
		base = &s.refC
	}
	b := base.days()
	switch p {
	case pDay:
		return s.dayAfter(b+k, w, end)
	case pWeek:
		return s.dayAfter(b+7*k, w, end)
	case pMonth, pQuarter, pYear, pDecade:
		months := k
		switch p {
		case pQuarter:
			months *= 3
		case pYear:
			months *= 12
		case pDecade:
			months *= 120
		}
		y, m := addMonths(base.Year, base.Month, months)
		if w.Relative && k < 0 {
			// "two years ago" names a year, "two months ago" a month.
			w.Year, w.Resolved = y, true
			if p == pMonth {
				w.Month = m
			}
			return s.mkDate(Date, w, end)
		}
		return s.dayAfter(daysFromCivil(y, m, min(base.Day, daysIn(y, m))), w, end)
	}
	return match{}
}

func (s *scanner) dayAfter(d int, w DateInfo, end int) match {
	c := civilFromDays(d)
	w.Year, w.Month, w.Day, w.Resolved = c.Year, c.Month, c.Day, true
	return s.mkDate(Date, w, end)
}

// theWeekend reads "over the weekend": the last weekend before the
// reference date (news looks back), the one under way on a Saturday or
// Sunday, and the coming one when the clause speaks of the future or the
// reference date is a Friday.
func (s *scanner) theWeekend(end int) match {
	if !s.hasRef {
		return s.relSpan(pWeekend, 0, end)
	}
	off := -1
	wd := weekdayOf(s.ref)
	if t := s.tense(end - 1); wd >= 6 || wd == 5 && t != -1 || t == 1 || t == 2 {
		off = 0
	}
	return s.relSpan(pWeekend, off, end)
}

// within reads "within 9 months", "within the next two years": the span
// from the reference date to that many periods after it, when the clause
// looks ahead; of a past event ("died within two years") it is a duration
// from an unknown start.
func (s *scanner) within(i int) (match, bool) {
	j := i + 1
	if s.is(j, "the") {
		j++
	}
	if s.is(j, "next") || s.is(j, "coming") {
		j++
	}
	n, e, ok := s.howMany(j)
	if !ok {
		return match{}, false
	}
	p := unitsOf(s, e)
	if t := s.tense(i); p != pDay && p != pWeek && p != pMonth && p != pYear || s.lx(e).plural != (n > 1) || t != 1 && t != 2 {
		return match{}, false
	}
	if !s.hasRef {
		return s.mkDate(Date, DateInfo{Relative: true}, e+1), true
	}
	z := s.shifted(p, n, e+1, nil)
	if z.v == nil || !z.v.When.Resolved || z.v.When.Day == 0 {
		return match{}, false
	}
	last := civilFromDays(daysFromCivil(z.v.When.Year, z.v.When.Month, z.v.When.Day) - 1)
	r := s.refC
	w := DateInfo{Year: r.Year, Month: r.Month, Day: r.Day, EndYear: last.Year, EndMonth: last.Month,
		EndDay: last.Day, Relative: true, Resolved: true}
	return s.mkDate(Date, w, e+1), true
}

// yearToDate returns the token after "the year to date", "year-to-date"
// or "YTD" at i, or i.
func (s *scanner) yearToDate(i int) int {
	j := i
	if s.is(j, "the") {
		j++
	}
	switch {
	case s.is(j, "ytd"):
		return j + 1
	case s.is(j, "year") && s.is(j+1, "to") && s.is(j+2, "date"):
		return j + 3
	case s.is(j, "year") && s.dash(j+1) && s.is(j+2, "to") && s.dash(j+3) && s.is(j+4, "date"):
		return j + 5
	}
	return i
}

// fromNow reads "between now and 2030", "from now until November 15th":
// the reference date to the end of the second date.
func (s *scanner) fromNow(i int) (match, bool) {
	k := i + 2
	if !(s.is(i, "between") && s.is(k, "and") || s.is(i, "from") && (s.is(k, "to") || s.is(k, "until") || s.is(k, "till") || s.is(k, "through"))) {
		return match{}, false
	}
	m, ok := s.dateAt(k + 1)
	if !ok {
		return match{}, false
	}
	z := m.v.When
	if !s.hasRef || !z.Resolved {
		return s.mkDate(Date, DateInfo{Relative: true}, m.end), true
	}
	_, to := daysOf(z)
	if to <= s.ref+1 && z.NoYear {
		// "from now until November 15th" looks ahead whatever the tense.
		z.Year++
		if z.EndYear != 0 {
			z.EndYear++
		}
		if z.Day != 0 && !validDay(z.Year, z.Month, z.Day) {
			return match{}, false
		}
		_, to = daysOf(z)
	}
	if to <= s.ref+1 {
		return match{}, false // it lies behind: no span from now
	}
	r, e := s.refC, civilFromDays(to-1)
	w := DateInfo{Year: r.Year, Month: r.Month, Day: r.Day, EndYear: e.Year, EndMonth: e.Month, EndDay: e.Day,
		Relative: true, Resolved: true}
	return s.mkDate(Date, w, m.end), true
}
