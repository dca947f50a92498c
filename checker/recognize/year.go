package recognize

import "strings"

// year recognizes years and spans of years: "2024", "(1968)", "1968–1972",
// "2010-11", "the 1890s", "early 1970s", "c. 2500 BC", "FY2024", "fiscal
// 2024", "between 2014 and 2018".
func (s *scanner) year(i int) (match, bool) {
	switch s.kind(i) {
	case kNum:
		return s.plainYear(i, false)
	case kSym:
		// "'90s"
		if s.sym(i, "'’‘") && s.kind(i+1) == kNum && s.glued(i+1) && s.is(i+2, "s") && s.glued(i+2) {
			return s.decade(i+1, true)
		}
		return match{}, false
	}
	e := s.lx(i)
	// "in nineteen ninety six", "since two thousand and five"
	if y, end, ok := s.spelledYear(i); ok && s.strongPrep(i-1) && !s.is(i-1, "and") && !s.is(i-1, "to") &&
		(s.kind(end) != kWord || s.is(end, "and") || s.lx(end).flags&fDatePrep != 0) {
		return s.mkDate(Year, DateInfo{Year: y, Resolved: true}, end), true
	}
	switch {
	case e.flags&fPart != 0:
		j := i + 1
		if s.dash(j) && s.glued(j) {
			j++
		}
		if s.is(j, "the") {
			j++
		}
		m, ok := s.plainYear(j, true)
		if !ok {
			if y := decadeWord(s, j); y > 0 {
				m, ok = s.mkDate(Year, DateInfo{Year: y, EndYear: y + 9, Resolved: true}, j+1), true
			}
		}
		if !ok {
			return match{}, false
		}
		w := &m.v.When
		if m.v.Type == Year && w.EndYear == w.Year+9 && w.Year%10 == 0 {
			// Thirds of a decade: early 1970s is 1970..1973.
			switch {
			case s.is(i, "early"):
				w.EndYear = w.Year + 3
			case s.is(i, "mid") || s.is(i, "middle"):
				w.Year, w.EndYear = w.Year+4, w.Year+6
			case s.is(i, "late"):
				w.Year += 7
			}
			m.v.Norm = normDate(*w)
		}
		return m, true
	case e.flags&fApproxYear != 0:
		j := i + 1
		if s.sym(j, ".") && s.glued(j) {
			j++
		} else if s.is(i, "c") || s.is(i, "ca") {
			return match{}, false
		}
		m, ok := s.plainYear(j, true)
		if !ok {
			return match{}, false
		}
		m.v.Qualifier = Approx
		return m, true
	case e.flags&fEra != 0:
		// "AD 79"
		if s.eraAt(i) == 1 && s.kind(i+1) == kNum && len(s.str(i+1)) <= 4 && s.t[i+1].dots == 0 {
			y := atoi(s.str(i + 1))
			if y > 0 {
				return s.mkDate(Year, DateInfo{Year: y, Resolved: true}, i+2), true
			}
		}
		return match{}, false
	case s.is(i, "fiscal") || s.is(i, "year") || s.is(i, "fy"):
		j := i + 1
		if s.is(i, "fiscal") && s.is(j, "year") {
			j++
		}
		return s.plainYear(j, true)
	case s.is(i, "the") && (s.is(i+1, "end") || s.is(i+1, "beginning") || s.is(i+1, "start") || s.is(i+1, "middle")):
		return s.year(i + 1)
	case s.is(i, "end") || s.is(i, "beginning") || s.is(i, "start") || s.is(i, "middle"):
		// "the end of 2000" keeps the year: the part is not a date of
		// its own.
		j := i + 1
		if !s.is(j, "of") {
			return match{}, false
		}
		j++
		if s.is(j, "the") {
			j++
		}
		if m, ok := s.plainYear(j, true); ok {
			return m, true
		}
		// "the end of June"
		if m, ok := s.date(j); ok && m.v != nil && m.v.When.Month != 0 && m.v.When.Day == 0 {
			return m, true
		}
		return match{}, false
	case (s.is(i, "the") || s.is(i, "in")) && decadeWord(s, i+1) > 0:
		// "the nineties"
		y := decadeWord(s, i+1)
		return s.mkDate(Year, DateInfo{Year: y, EndYear: y + 9, Resolved: true}, i+2), true
	case s.is(i, "between") || s.is(i, "from"):
		y1, j, ok := s.yearAt(i + 1)
		if !ok || !(s.is(j, "and") && s.is(i, "between") || s.is(i, "from") && (s.is(j, "to") || s.is(j, "through") || s.is(j, "until") || s.is(j, "till"))) {
			return match{}, false
		}
		y2, end, ok := s.yearAt(j + 1)
		if !ok || y2 <= y1 || !s.yearEnds(end) {
			return match{}, false
		}
		return s.mkDate(Year, DateInfo{Year: y1, EndYear: y2, Resolved: true}, end), true
	}
	// "c1850", "c2014-c.2018": circa glued to the year, as reference
	// works abbreviate it. "the C2014 printer" is a model.
	if w := s.str(i); len(w) == 5 && w[0] == 'c' && allDigits(w[1:]) && !s.is(i-1, "the") && !s.is(i-1, "a") && !s.is(i-1, "an") {
		if y := atoi(w[1:]); y >= 1000 && y <= 2199 && s.yearEnds(i+1) {
			m := s.mkDate(Year, DateInfo{Year: y, Resolved: true}, i+1)
			m.v.Qualifier = Approx
			return m, true
		}
	}
	// "FY2024", "FY24"
	if w := s.str(i); len(w) > 2 && strings.EqualFold(w[:2], "fy") {
		d := w[2:]
		y := atoi(d)
		switch len(d) {
		case 2:
			y += 2000
		case 4:
		default:
			return match{}, false
		}
		if y >= 1000 && y <= 2199 {
			return s.mkDate(Year, DateInfo{Year: y, Resolved: true}, i+1), true
		}
	}
	return match{}, false
}

// plainYear reads a year or a span of years at a number token. strong
// says the context already marks it as a year ("fiscal 2024", "c. 2500").
func (s *scanner) plainYear(i int, strong bool) (match, bool) {
	if s.kind(i) != kNum || s.identNum(i) && !strong {
		return match{}, false
	}
	if s.is(i+1, "s") && (s.glued(i+1) || len(s.str(i)) == 4 && s.kind(i+2) != kWord) {
		return s.decade(i, strong)
	}
	y, end, ok := s.yearAt(i)
	if !ok {
		// Eras make short numbers years: "79 AD", "500 BC".
		if s.kind(i) == kNum && s.t[i].dots == 0 && len(s.str(i)) <= 4 && s.eraAt(i+1) != 0 {
			y = atoi(s.str(i))
			if s.eraAt(i+1) < 0 {
				y = 1 - y
			}
			return s.mkDate(Year, DateInfo{Year: y, Resolved: true}, s.eraEnd(i+1)), true
		}
		return match{}, false
	}
	if !strong && !s.yearEnds(end) {
		return match{}, false
	}
	w := DateInfo{Year: y, Resolved: true}
	// "1968–1972", "1968-72", "2024/25"
	if (s.dash(end) || s.sym(end, "/")) && s.eraAt(end-1) == 0 && s.kind(end+1) == kNum {
		k := end + 1
		w2 := s.str(k)
		y2 := 0
		switch {
		case len(w2) == 4 && s.t[k].dots == 0:
			y2 = atoi(w2)
		case len(w2) == 2 && s.t[k].dots == 0 && s.glued(k) && s.glued(end):
			// "2019-20", "1939-45"; "2015-32" is no span of years.
			if y2 = y - y%100 + atoi(w2); y2-y > 10 {
				y2 = 0
			}
		}
		if y2 > y && y2-y <= 200 && s.yearEnds(k+1) && s.numRun(i) <= k+1 {
			w.EndYear = y2
			end = k + 1
		}
	}
	return s.mkDate(Year, w, end), true
}

// yearEnds reports whether the token at i lets the number before it be a
// year: "2024 people", "1500 km", "2000%" and "2024 million" are counts.
func (s *scanner) yearEnds(i int) bool {
	e := s.lx(i)
	switch s.kind(i) {
	case kWord:
		if s.glued(i) && e.flags&fEra == 0 {
			return false
		}
		if e.flags&fQuantNoun != 0 || e.scale > 0 || e.cur != "" && !s.is(i, "mark") || s.percentWord(i) {
			return false
		}
		if u, _, ok := s.unitAt(i); ok && u != "year" && u != "month" && u != "day" &&
			u != "week" && u != "second" && u != "hour" && u != "minute" {
			return false // "1370 g", "1500 km"
		}
		// "2,000 more people" is cut at "more"; "2000 new jobs" too.
		if (s.is(i, "new") || s.is(i, "more") || s.is(i, "additional") || s.is(i, "other")) && s.lx(i+1).flags&fQuantNoun != 0 {
			return false
		}
	case kSym:
		if s.sym(i, "%") {
			return false
		}
		if _, ok := currencySymbols[s.str(i)]; ok && s.glued(i) {
			return false
		}
		if s.sym(i, ":") && s.glued(i) && s.kind(i+1) == kNum {
			return false
		}
	}
	return true
}

// decade reads "1890s" or "90s" at the number i (followed by a glued
// "s"). Two-digit decades need an apostrophe or "the" before them: "in
// their 20s" is an age.
func (s *scanner) decade(i int, strong bool) (match, bool) {
	w := s.str(i)
	if s.t[i].dots != 0 || w[len(w)-1] != '0' {
		return match{}, false
	}
	y := atoi(w)
	switch len(w) {
	case 4:
		if y < 1000 || y > 2190 {
			return match{}, false
		}
	case 2:
		p := i - 1
		if !strong && !s.sym(p, "'’‘") && !s.is(p, "the") && s.lx(p).flags&fPart == 0 {
			return match{}, false
		}
		y += 1900
		if y < 1930 {
			y += 100
		}
	default:
		return match{}, false
	}
	return s.mkDate(Year, DateInfo{Year: y, EndYear: y + 9, Resolved: true}, i+2), true
}

// decadeWord returns 1920 for "twenties" up to 1990 for "nineties", 0
// otherwise. Callers require "the" or "early"/"late" before it: "in their
// forties" is an age.
func decadeWord(s *scanner, i int) int {
	if s.kind(i) != kWord {
		return 0
	}
	for k, w := range [...]string{"twenties", "thirties", "forties", "fifties", "sixties",
		"seventies", "eighties", "nineties"} {
		if s.is(i, w) {
			return 1920 + 10*k
		}
	}
	return 0
}

// century places a two-digit year ("'87", "of 87") in the hundred years
// that end ten years after the reference date (or 2035).
func (s *scanner) century(yy int) int {
	top := 2035
	if s.hasRef {
		top = s.refC.Year + 10
	}
	y := top - top%100 + yy
	if y > top {
		y -= 100
	}
	return y
}

// spelledYear reads a year in words: "nineteen eighty six", "nineteen
// oh five", "seventeen hundred thirty three", "twenty twenty", "two
// thousand and fifteen".
func (s *scanner) spelledYear(i int) (int, int, bool) {
	e := s.lx(i)
	if s.kind(i) != kWord || e.ckind == cNone {
		return 0, i, false
	}
	hi := int(e.card)
	switch {
	case e.ckind == cTeen && hi > 10 || e.ckind == cTens && hi == 20 && !s.dash(i+1):
		j := i + 1
		switch n := s.lx(j); {
		case n.ckind == cHund && e.ckind == cTeen:
			// "nineteen hundred", "seventeen hundred and thirty three"
			k := j + 1
			if s.is(k, "and") {
				k++
			}
			if v, _, end, ok := s.numberWords(k, false); ok && v < 100 && s.lx(k).ckind != cHund {
				return hi*100 + int(v), end, true
			}
			return hi * 100, j + 1, true
		case (s.is(j, "oh") || s.is(j, "o")) && s.lx(j+1).ckind == cUnit:
			return hi*100 + int(s.lx(j+1).card), j + 2, true
		case n.ckind == cTens || n.ckind == cTeen && hi != 20:
			if v, _, end, ok := s.numberWords(j, false); ok && v >= 10 && v < 100 {
				return hi*100 + int(v), end, true
			}
		}
	case e.ckind == cUnit && (hi == 1 || hi == 2) && s.is(i+1, "thousand"):
		v, _, end, ok := s.numberWords(i, false)
		if ok && v >= 1000 && v < 2200 && s.lx(end).denom == 0 && s.lx(end).ckind == cNone {
			return int(v), end, true
		}
	}
	return 0, i, false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
