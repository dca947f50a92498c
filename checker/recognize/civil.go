package recognize

import "strconv"

// Calendar arithmetic on proleptic Gregorian days, counted from 1970-01-01.
// It is done by hand rather than with package time so that any year the
// recognizers produce (including astronomical years before 1) is safe.

// daysFromCivil returns the day number of y-m-d.
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int) Civil {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Civil{y, m, d}
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// weekdayOf returns 1 for Monday .. 7 for Sunday.
func weekdayOf(days int) int {
	// 1970-01-01 was a Thursday (4).
	w := (days+3)%7 + 1
	if w <= 0 {
		w += 7
	}
	return w
}

func (c Civil) days() int { return daysFromCivil(c.Year, c.Month, c.Day) }

// addMonths moves a year and month by n months.
func addMonths(y, m, n int) (int, int) {
	t := y*12 + (m - 1) + n
	y = t / 12
	if t%12 < 0 {
		y--
	}
	return y, t - y*12 + 1
}

func appendYear(b []byte, y int) []byte {
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	if y < 1000 {
		for p := 1000; p > 1 && y < p; p /= 10 {
			b = append(b, '0')
		}
	}
	return strconv.AppendInt(b, int64(y), 10)
}

func append2(b []byte, n int) []byte {
	return append(b, byte('0'+n/10%10), byte('0'+n%10))
}

// formatDate formats a period: YYYY, YYYY-MM or YYYY-MM-DD as far as the
// month and day are known.
func appendDate(b []byte, y, m, d int) []byte {
	b = appendYear(b, y)
	if m > 0 {
		b = append(b, '-')
		b = append2(b, m)
		if d > 0 {
			b = append(b, '-')
			b = append2(b, d)
		}
	}
	return b
}

// normDate is the Norm of a date value: a single period, or an ISO 8601
// interval "start/end" when the value is a range.
func normDate(w DateInfo) string {
	b := make([]byte, 0, 24)
	b = appendDate(b, w.Year, w.Month, w.Day)
	if w.EndYear != 0 || w.EndMonth != 0 || w.EndDay != 0 {
		b = append(b, '/')
		b = appendDate(b, w.EndYear, w.EndMonth, w.EndDay)
	}
	return string(b)
}

// daysOf returns the days a resolved date covers, [from, to).
func daysOf(w DateInfo) (from, to int) {
	start := func(y, m, d int) int {
		return daysFromCivil(y, max(m, 1), max(d, 1))
	}
	after := func(y, m, d int) int {
		switch {
		case m == 0:
			return daysFromCivil(y+1, 1, 1)
		case d == 0:
			y2, m2 := addMonths(y, m, 1)
			return daysFromCivil(y2, m2, 1)
		}
		return daysFromCivil(y, m, d) + 1
	}
	from = start(w.Year, w.Month, w.Day)
	if w.EndYear != 0 || w.EndMonth != 0 || w.EndDay != 0 {
		return from, after(w.EndYear, w.EndMonth, w.EndDay)
	}
	return from, after(w.Year, w.Month, w.Day)
}
