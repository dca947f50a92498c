package recognize

// Weeks: "the week of April 10", "the week beginning February 4", "the
// first week of 2015", "the last week of Dec 2016", "week 31", "week 3 of
// 2027". Weeks run Monday to Sunday; numbered weeks are ISO 8601 weeks.

// isoWeek1 is the Monday of ISO week 1 of year y.
func isoWeek1(y int) int {
	jan4 := daysFromCivil(y, 1, 4)
	return jan4 - (weekdayOf(jan4) - 1)
}

// weekSpan is the value for the week that starts on Monday mon.
func (s *scanner) weekSpan(mon, end int, rel bool) match {
	a, b := civilFromDays(mon), civilFromDays(mon+6)
	w := DateInfo{Year: a.Year, Month: a.Month, Day: a.Day, EndYear: b.Year, EndMonth: b.Month,
		EndDay: b.Day, Resolved: true, Relative: rel}
	return s.mkDate(Date, w, end)
}

// week recognizes a week starting at i.
func (s *scanner) week(i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	// "week 31", "week 3 of 2027", "week 27 of last year"
	if s.is(j, "week") && s.kind(j+1) == kNum && len(s.str(j+1)) <= 2 && s.t[j+1].dots == 0 {
		n := atoi(s.str(j + 1))
		if n < 1 || n > 53 {
			return match{}, false
		}
		end := j + 2
		y, rel := 0, true
		if s.is(end, "of") {
			if yy, e, ok := s.yearAt(end + 1); ok {
				y, end, rel = yy, e, false
			} else if m, ok := s.relative(end + 1); ok && m.v != nil && m.v.Type == Year && m.v.When.Resolved && m.v.When.EndYear == 0 {
				y, end = m.v.When.Year, m.end
			}
		}
		if y == 0 {
			if !s.hasRef {
				return s.mkDate(Date, DateInfo{Relative: true}, end), true
			}
			y = s.refC.Year
		}
		return s.weekSpan(isoWeek1(y)+7*(n-1), end, rel), true
	}
	// "the week of April 10", "the week beginning February 4"
	if s.is(j, "week") && j > i {
		k := j + 1
		switch {
		case s.is(k, "of") || s.is(k, "beginning") || s.is(k, "commencing"):
			k++
		case s.is(k, "starting"):
			k++
			if s.is(k, "on") {
				k++
			}
		default:
			return match{}, false
		}
		m, ok := s.date(k)
		if d, e, ok2 := s.dayAt(k + 1); !ok && ok2 && s.is(k, "the") && (s.kind(k+1) == kWord || s.ordSuffix(k+2)) {
			m, ok = s.dayOfMonth(k, d, e, true) // "the week of the 18th"
		}
		if !ok || m.v == nil || m.v.When.Day == 0 || !m.v.When.Resolved || m.v.When.EndDay != 0 {
			return match{}, false
		}
		w := m.v.When
		d := daysFromCivil(w.Year, w.Month, w.Day)
		r := s.weekSpan(d-(weekdayOf(d)-1), m.end, w.Relative)
		r.v.When.NoYear = w.NoYear
		return r, true
	}
	// "the first week of 2015", "the last week of Dec 2016"
	n, k := 0, j
	if s.is(k, "last") {
		n, k = -1, k+1
	} else if v, e, ok := s.ordAt(k); ok && v >= 1 && v <= 5 {
		n, k = v, e
	}
	if n == 0 || !s.is(k, "week") || !s.is(k+1, "of") {
		return match{}, false
	}
	k += 2
	m, ok := s.date(k)
	if mm, k2, ok2 := s.monthAt(k); !ok && ok2 {
		m, ok = s.noYear(DateInfo{Month: mm}, k2) // "the 3rd week of Jan"
	}
	if ok && m.v != nil && m.v.When.Resolved && m.v.When.Month != 0 && m.v.When.Day == 0 && m.v.When.EndMonth == 0 {
		// Weeks of a month: the first holds its first Thursday.
		w := m.v.When
		if n > 0 {
			first := daysFromCivil(w.Year, w.Month, 1)
			thu := first + (4-weekdayOf(first)+7)%7
			return s.weekSpan(thu-3+7*(n-1), m.end, w.Relative), true
		}
		last := daysFromCivil(w.Year, w.Month, daysIn(w.Year, w.Month))
		thu := last - (weekdayOf(last)-4+7)%7
		return s.weekSpan(thu-3, m.end, w.Relative), true
	}
	y, end, rel := 0, 0, false
	if yy, e, ok := s.yearAt(k); ok {
		y, end = yy, e
	} else if m, ok := s.relative(k); ok && m.v != nil && m.v.Type == Year && m.v.When.Resolved && m.v.When.EndYear == 0 {
		y, end, rel = m.v.When.Year, m.end, true
	} else {
		return match{}, false
	}
	if n > 0 {
		return s.weekSpan(isoWeek1(y)+7*(n-1), end, rel), true
	}
	dec28 := daysFromCivil(y, 12, 28)
	return s.weekSpan(dec28-(weekdayOf(dec28)-1), end, rel), true
}
