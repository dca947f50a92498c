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
