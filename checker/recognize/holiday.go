package recognize

import (
	"strings"
	"unicode/utf8"
)

// Holidays with a fixed or computable date. Holidays whose date depends
// on the country ("Independence Day", "Labour Day") or on a lunar
// calendar are left out: a wrong date is worse than none.

type holidayRule func(y int) (month, day int)

func fixedDay(m, d int) holidayRule { return func(int) (int, int) { return m, d } }

// nthWeekday is the n-th weekday wd (1 Monday) of a month; n < 0 counts
// from the end.
func nthWeekday(m, wd, n int) holidayRule {
	return func(y int) (int, int) {
		if n > 0 {
			first := daysFromCivil(y, m, 1)
			d := 1 + (wd-weekdayOf(first)+7)%7 + 7*(n-1)
			return m, d
		}
		last := daysFromCivil(y, m, daysIn(y, m))
		return m, daysIn(y, m) - (weekdayOf(last)-wd+7)%7
	}
}

// easter is Easter Sunday (Gregorian, anonymous computus) shifted by off
// days.
func easter(off int) holidayRule {
	return func(y int) (int, int) {
		a, b, c := y%19, y/100, y%100
		d, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		h := (19*a + b - d - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - h - k) % 7
		m := (a + 11*h + 22*l) / 451
		month := (h + l - 7*m + 114) / 31
		day := (h+l-7*m+114)%31 + 1
		c2 := civilFromDays(daysFromCivil(y, month, day) + off)
		return c2.Month, c2.Day
	}
}

func dayAfterRule(r holidayRule, n int) holidayRule {
	return func(y int) (int, int) {
		m, d := r(y)
		c := civilFromDays(daysFromCivil(y, m, d) + n)
		return c.Month, c.Day
	}
}

var thanksgiving = nthWeekday(11, 4, 4)

// holidays are keyed by their words in lower case, apostrophes dropped
// ("new years day").
var holidays = map[string]holidayRule{
	"christmas": fixedDay(12, 25), "christmas day": fixedDay(12, 25), "xmas": fixedDay(12, 25),
	"christmas eve": fixedDay(12, 24), "boxing day": fixedDay(12, 26),
	"new years day": fixedDay(1, 1), "new year day": fixedDay(1, 1), "new years eve": fixedDay(12, 31),
	"halloween": fixedDay(10, 31), "valentines day": fixedDay(2, 14), "valentine day": fixedDay(2, 14),
	"st patricks day": fixedDay(3, 17), "saint patricks day": fixedDay(3, 17),
	"saint patrick": fixedDay(3, 17), "st . patricks day": fixedDay(3, 17), "earth day": fixedDay(4, 22),
	"international workers day": fixedDay(5, 1),
	"thanksgiving":              thanksgiving, "thanksgiving day": thanksgiving,
	"black friday": dayAfterRule(thanksgiving, 1), "memorial day": nthWeekday(5, 1, -1),
	"labor day": nthWeekday(9, 1, 1), "mothers day": nthWeekday(5, 7, 2),
	"fathers day": nthWeekday(6, 7, 3), "martin luther king day": nthWeekday(1, 1, 3),
	"mlk day": nthWeekday(1, 1, 3), "easter": easter(0), "easter sunday": easter(0),
	"easter monday": easter(1), "good friday": easter(-2), "ash wednesday": easter(-46),
	"pentecost": easter(49),
}

// holidayFirst holds the first word of every holiday name.
var holidayFirst = map[string]bool{}

func init() {
	for k := range holidays {
		holidayFirst[strings.Fields(k)[0]] = true
	}
}

// holidayFirstAt reports whether word i, in lower case, is in
// holidayFirst. An ASCII word of up to 16 letters has an entry whenever
// it is, which says so without lower-casing it.
func (s *scanner) holidayFirstAt(i int) bool {
	w := s.str(i)
	if len(w) <= 16 && isASCII(w) {
		return s.lx(i).holidayFirst
	}
	return holidayFirst[strings.ToLower(w)]
}

func isASCII(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// holidayAt reads a holiday name at i, returning its rule and the token
// after it.
func (s *scanner) holidayAt(i int) (holidayRule, int, bool) {
	if s.kind(i) != kWord || !s.holidayFirstAt(i) {
		return nil, i, false
	}
	var key []byte
	var best holidayRule
	end := i
	for j, n := i, 0; j < len(s.t) && n < 5; j++ {
		switch {
		case s.sym(j, "'’") && s.glued(j) && s.is(j+1, "s") && s.glued(j+1):
			key = append(key, 's')
			j++
			continue
		case s.sym(j, "'’") && s.glued(j):
			continue
		case s.kind(j) == kWord:
		case s.sym(j, "."):
		default:
			j = len(s.t)
			continue
		}
		if n > 0 {
			key = append(key, ' ')
		}
		key = lower(s.str(j), key)
		n++
		if r, ok := holidays[string(key)]; ok {
			best, end = r, j+1
		}
		if r, ok := holidays[strings.TrimSuffix(string(key), "s")]; ok && strings.HasSuffix(string(key), "s") {
			best, end = r, j+1
		}
	}
	return best, end, best != nil
}

// holiday recognizes "Christmas", "Easter 2018", "Thanksgiving of this
// year". Without a year it is the latest one by the reference date,
// unless it is at most two months ahead.
func (s *scanner) holiday(i int) (match, bool) {
	// "the weekend of Halloween", "Labor Day weekend", "Halloween
	// weekend 2021", "Labor Day 2021 weekend"
	j := i
	if s.is(j, "the") && s.is(j+1, "weekend") {
		j++
	}
	if s.is(j, "weekend") {
		if !s.is(j+1, "of") {
			return match{}, false
		}
		m, ok := s.holidayDay(j + 2)
		if !ok || !m.v.When.Resolved {
			return match{}, false
		}
		return s.longWeekend(m), true
	}
	m, ok := s.holidayDay(i)
	if !ok || !s.is(m.end, "weekend") || !m.v.When.Resolved {
		return m, ok
	}
	m.end++
	if y, e, ok := s.yearAfter(m.end); ok && m.v.When.NoYear {
		r, _, _ := s.holidayAt(i)
		mo, d := r(y)
		if m2, ok := s.fixed(DateInfo{Month: mo, Day: d}, y, e); ok {
			m = m2
		}
	}
	return s.longWeekend(m), true
}

// longWeekend is the weekend a holiday falls in or next to, with the
// holiday itself: Saturday to Monday for a Monday, Thursday to Sunday for
// Thanksgiving.
func (s *scanner) longWeekend(m match) match {
	w := m.v.When
	d := daysFromCivil(w.Year, w.Month, w.Day)
	from, to := d, d
	switch weekdayOf(d) {
	case 1:
		from = d - 2
	case 2:
		from = d - 3
	case 3:
		from, to = d+3, d+4
	case 4:
		to = d + 3
	case 5:
		to = d + 2
	case 6:
		to = d + 1
	case 7:
		from = d - 1
	}
	a, z := civilFromDays(from), civilFromDays(to)
	w.Year, w.Month, w.Day = a.Year, a.Month, a.Day
	w.EndYear, w.EndMonth, w.EndDay = z.Year, z.Month, z.Day
	return s.mkDate(Date, w, m.end)
}

// holidayDay reads the day of a holiday at i.
func (s *scanner) holidayDay(i int) (match, bool) {
	r, end, ok := s.holidayAt(i)
	if !ok {
		return match{}, false
	}
	if y, e, ok := s.yearAfter(end); ok {
		m, d := r(y)
		return s.fixed(DateInfo{Month: m, Day: d}, y, e)
	}
	if s.is(end, "of") {
		if m2, ok := s.relative(end + 1); ok && m2.v != nil && m2.v.Type == Year && m2.v.When.Resolved && m2.v.When.EndYear == 0 {
			y := m2.v.When.Year
			m, d := r(y)
			w := DateInfo{Month: m, Day: d, Relative: true}
			v, _ := s.fixed(w, y, m2.end)
			return v, true
		}
	}
	if !s.hasRef {
		return s.mkDate(Date, DateInfo{NoYear: true}, end), true
	}
	y := s.refC.Year
	if m, d := r(y); daysFromCivil(y, m, d) > s.ref+61 {
		y--
	}
	m, d := r(y)
	mm, _ := s.fixed(DateInfo{Month: m, Day: d, NoYear: true}, y, end)
	return mm, true
}

// relHoliday reads "last Easter", "next Christmas": the one before or
// after the reference date.
func (s *scanner) relHoliday(i int, off int) (match, bool) {
	r, end, ok := s.holidayAt(i)
	if !ok {
		return match{}, false
	}
	if !s.hasRef {
		return s.mkDate(Date, DateInfo{Relative: true}, end), true
	}
	y := s.refC.Year
	m, d := r(y)
	day := daysFromCivil(y, m, d)
	switch {
	case off < 0 && day >= s.ref:
		y--
	case off > 0 && day <= s.ref:
		y++
	}
	m, d = r(y)
	mm, _ := s.fixed(DateInfo{Month: m, Day: d, Relative: true}, y, end)
	return mm, true
}
