package recognize

// Quarters and halves of a year: "Q1 2019", "2019-Q1", "the third quarter
// of 2013", "first half of 2024", "H2 2019". The value is a range of
// months; without a year it takes the latest such period that has begun
// by the reference date.

// partWord reads "Q3" or "H1" at i: the number of months in the part (3
// or 6) and which part it is.
func (s *scanner) partWord(i int) (size, n int, ok bool) {
	w := s.str(i)
	if s.kind(i) != kWord || len(w) != 2 || w[1] < '1' || w[1] > '4' {
		return 0, 0, false
	}
	switch w[0] {
	case 'q', 'Q':
		return 3, int(w[1] - '0'), true
	case 'h', 'H':
		if w[1] <= '2' {
			return 6, int(w[1] - '0'), true
		}
	}
	return 0, 0, false
}

// ordPart reads "third quarter", "1st quarter", "first half", with an
// optional "the" before.
func (s *scanner) ordPart(i int) (size, n, end int, ok bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	v, k, ok := s.ordAt(j)
	if !ok {
		return 0, 0, 0, false
	}
	switch {
	case s.is(k, "quarter") && v >= 1 && v <= 4:
		return 3, v, k + 1, true
	case s.is(k, "half") && v >= 1 && v <= 2:
		return 6, v, k + 1, true
	}
	return 0, 0, 0, false
}

// quarter recognizes a quarter or half of a year starting at i.
func (s *scanner) quarter(i int) (match, bool) {
	size, n, end, ok := 0, 0, 0, false
	if s.kind(i) == kNum {
		// "2019 Q1", "2019-Q1"
		y, k, ok := s.yearAt(i)
		if !ok {
			return match{}, false
		}
		if s.dash(k) && s.glued(k) {
			k++
		}
		size, n, ok = s.partWord(k)
		if !ok {
			return match{}, false
		}
		return s.partOf(y, size, n, k+1), true
	}
	if size, n, ok = s.partWord(i); ok {
		end = i + 1
	} else if size, n, end, ok = s.ordPart(i); !ok {
		return match{}, false
	}
	// "Q1 2019", "q1-2019", "Q3 of 2018", "third quarter of 2013"
	k := end
	if s.is(k, "of") || s.dash(k) && s.glued(k) {
		k++
	}
	if y, e, ok := s.yearAt(k); ok && s.yearEnds(e) {
		return s.partOf(y, size, n, e), true
	}
	if s.is(k-1, "of") {
		if s.is(k, "the") && s.is(k+1, "year") {
			end = k + 2
		} else if m, ok := s.relative(k); ok && m.v != nil && m.v.Type == Year && m.v.When.Resolved && m.v.When.EndYear == 0 {
			return s.partOf(m.v.When.Year, size, n, m.end), true
		}
	}
	// No year: the latest such period begun by the reference date.
	w := DateInfo{NoYear: true}
	if !s.hasRef {
		w.Month = (n-1)*size + 1
		w.EndMonth = w.Month + size - 1
		return s.mkDate(Date, w, end), true
	}
	y := s.refC.Year
	if (n-1)*size+1 > s.refC.Month {
		y--
	}
	m := s.partOf(y, size, n, end)
	m.v.When.NoYear = true
	return m, true
}

func (s *scanner) partOf(y, size, n, end int) match {
	m := (n-1)*size + 1
	return s.mkDate(Date, DateInfo{Year: y, Month: m, EndYear: y, EndMonth: m + size - 1, Resolved: true}, end)
}

// spanOf reads a part of a period counted in smaller ones: "the first 2
// weeks of 2021", "the last four months of 2021", "first ten days of last
// year", "the third month of 2021", "the 9th month of next year". Weeks
// run Monday to Sunday, the first being the one with the period's first
// Thursday, as in week().
func (s *scanner) spanOf(i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	if s.lx(j).okind == cNone && !(s.kind(j) == kNum && s.ordSuffix(j+1)) && !s.is(j, "last") && !s.is(j, "final") {
		return match{}, false
	}
	first, n, nth := true, 1, false
	switch {
	case s.is(j, "first"):
		j++
	case s.is(j, "last") || s.is(j, "final"):
		first = false
		j++
	default:
		v, e, ok := s.ordAt(j)
		if !ok || v < 2 || v > 31 {
			return match{}, false
		}
		n, nth, j = v, true, e
	}
	if !nth {
		if v, e, ok := s.intAt(j); ok && s.lx(e).plural {
			n, j = v, e
		}
	}
	p := unitsOf(s, j)
	if p != pDay && p != pWeek && p != pMonth || s.lx(j).plural != (n > 1 && !nth) || !s.is(j+1, "of") {
		return match{}, false
	}
	c, ok := s.dateAt(j + 2)
	if !ok || !c.v.When.Resolved || c.v.When.Day != 0 && c.v.When.EndDay == 0 || s.fiscal(j+2) {
		return match{}, false // a fiscal year's months are not the calendar's
	}
	cw := c.v.When
	from, to := daysOf(cw)
	w := DateInfo{Resolved: true, Relative: cw.Relative}
	if nth {
		first = true
	}
	switch p {
	case pMonth:
		if cw.Month != 0 && cw.EndMonth == 0 || cw.Day != 0 {
			return match{}, false // months of a month
		}
		a, z := civilFromDays(from), civilFromDays(to-1)
		months := (z.Year-a.Year)*12 + z.Month - a.Month + 1
		if n > months {
			return match{}, false
		}
		k, size := 0, n
		switch {
		case nth:
			k, size = n-1, 1
		case !first:
			k = months - n
		}
		w.Year, w.Month = addMonths(a.Year, a.Month, k)
		if size > 1 {
			w.EndYear, w.EndMonth = addMonths(a.Year, a.Month, k+size-1)
		}
		return s.mkDate(Date, w, c.end), true
	case pWeek:
		// Mondays of the first and last weeks whose Thursday is inside.
		mon1 := from + (4-weekdayOf(from)+7)%7 - 3
		monL := to - 1 - (weekdayOf(to-1)-4+7)%7 - 3
		if nth {
			from = mon1 + 7*(n-1)
			to = from + 7
		} else if first {
			from, to = mon1, mon1+7*n
		} else {
			from, to = monL+7-7*n, monL+7
		}
		if from < mon1 || to > monL+7 {
			return match{}, false
		}
	default:
		if nth {
			from += n - 1
			to = from + 1
		} else if first {
			to = from + n
		} else {
			from = to - n
		}
	}
	if from < 0 || to <= from {
		return match{}, false
	}
	a, z := civilFromDays(from), civilFromDays(to-1)
	w.Year, w.Month, w.Day = a.Year, a.Month, a.Day
	if to-from > 1 {
		w.EndYear, w.EndMonth, w.EndDay = z.Year, z.Month, z.Day
	}
	return s.mkDate(Date, w, c.end), true
}

// fiscal reports whether a fiscal year starts at i: "fiscal 2024", "FY24".
func (s *scanner) fiscal(i int) bool {
	if s.is(i, "the") {
		i++
	}
	w := s.str(i)
	return s.is(i, "fiscal") || s.kind(i) == kWord && len(w) >= 2 && (w[0] == 'F' || w[0] == 'f') && (w[1] == 'Y' || w[1] == 'y')
}

// yearsPart extends a year to the part of it named after "'s": "next
// year's first quarter", "2024's second half".
func (s *scanner) yearsPart(m *match) {
	w := m.v.When
	k := m.end
	if m.v.Type != Year || !w.Resolved || w.EndYear != 0 ||
		!(s.sym(k, "'’") && s.glued(k) && s.is(k+1, "s") && s.glued(k+1)) {
		return
	}
	size, n, end, ok := s.ordPart(k + 2)
	if !ok {
		if size, n, ok = s.partWord(k + 2); ok {
			end = k + 3
		}
	}
	if !ok {
		return
	}
	r := s.partOf(w.Year, size, n, end)
	r.v.When.Relative = w.Relative
	r.v.Qualifier = m.v.Qualifier
	*m = r
}
