package recognize

import "strings"

// ordSuffix reports whether token i is an ordinal suffix glued to a
// number: "4th", "21st".
func (s *scanner) ordSuffix(i int) bool {
	if !s.glued(i) || s.kind(i) != kWord || len(s.str(i)) != 2 {
		return false
	}
	// Two bytes in lower case make one of these only if both are ASCII.
	w := s.str(i)
	var buf [2]byte
	switch string(lower(w, buf[:0])) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// ordAt reads an ordinal at i: "4th", "fourth", "twenty-first".
func (s *scanner) ordAt(i int) (int, int, bool) {
	switch s.kind(i) {
	case kNum:
		w := s.str(i)
		if s.t[i].dots != 0 || len(w) > 9 || strings.IndexByte(w, ',') >= 0 || !s.ordSuffix(i+1) {
			return 0, i, false
		}
		v := 0
		for k := 0; k < len(w); k++ {
			v = v*10 + int(w[k]-'0')
		}
		return v, i + 2, true
	case kWord:
		_, v, end, ok := s.numberWords(i, true)
		if !ok || v > maxAmount {
			return 0, i, false
		}
		return int(v), end, true
	}
	return 0, i, false
}

// rank recognizes ordinals and ranks: "fourth", "4th", "fourth-largest",
// "21st century". The superlative or "century" goes in Unit.
func (s *scanner) rank(i int) (match, bool) {
	if s.identNum(i) {
		return match{}, false
	}
	v, end, ok := s.ordAt(i)
	if !ok {
		return match{}, false
	}
	if s.kind(i) == kWord {
		p := i - 1
		last := end - 1
		// "a second" of time, "per second", "30 seconds".
		if s.is(last, "second") && (s.kind(p) == kNum || s.lx(p).ckind != cNone ||
			s.is(p, "per") || s.is(p, "split") || s.is(p, "a") && (s.kind(end) != kWord || s.is(end, "or") || s.is(end, "later"))) {
			return match{}, false
		}
		// "a third of", "one fifth of" are fractions.
		if v >= 3 && end == i+1 && (s.is(p, "a") || s.is(p, "one")) && s.is(end, "of") {
			return match{}, false
		}
		// "a hundredth of a second", "a trillionth."
		if v >= 3 && end == i+2 && (s.is(i, "a") || s.is(i, "an")) &&
			(s.is(end, "of") || s.kind(end) == 0 || s.sym(end, ".,;:!?")) {
			return match{}, false
		}
	}
	val := Value{Type: Rank, Num: float64(v), High: float64(v), Norm: fmtNum(float64(v))}
	k := end
	if s.dash(k) && s.glued(k) && s.glued(k+1) {
		k++
	}
	if s.kind(k) == kWord {
		e := s.lx(k)
		switch {
		case e.flags&fSuperl != 0:
			val.Unit = strings.ToLower(s.str(k))
			end = k + 1
		case s.is(k, "century") || s.is(k, "centuries"):
			val.Unit = "century"
			end = k + 1
		}
	}
	return match{end: end, v: s.newValue(val)}, true
}

// skip consumes what must not be read as a value: citation markers
// "[3]", list numbers at the start of a line, times of day, versions,
// phone numbers and identifiers that start with digits ("5G").
func (s *scanner) skip(i int) (match, bool) {
	switch s.kind(i) {
	case kSym:
		// "[3]", "[[1]]", "[note 2]"
		if s.sym(i, "[") {
			j := i + 1
			if s.sym(j, "[") {
				j++
			}
			for n := 0; n < 3 && s.kind(j) == kWord; n++ {
				j++
			}
			if s.kind(j) == kNum && s.sym(j+1, "]") {
				j += 2
				if s.sym(j, "]") {
					j++
				}
				return match{end: j}, true
			}
		}
		// "+1-222-2222"
		if s.sym(i, "+") && s.kind(i+1) == kNum && s.glued(i+1) {
			return match{end: s.numRun(i + 1)}, true
		}
		return match{}, false
	case kNum:
	default:
		return match{}, false
	}
	t := &s.t[i]
	w := s.str(i)
	// "1." or "2)" opening a list item.
	if t.nl && len(w) <= 3 && t.dots == 0 && s.sym(i+1, ".)") && s.glued(i+1) && i+2 < len(s.t) && s.t[i+2].sp {
		return match{end: i + 2}, true
	}
	// Times of day and ratios: "10:30", "4:3".
	if s.sym(i+1, ":") && s.glued(i+1) && s.kind(i+2) == kNum && s.glued(i+2) {
		j := i + 3
		for s.sym(j, ":") && s.glued(j) && s.kind(j+1) == kNum {
			j += 2
		}
		return match{end: s.ampm(j)}, true
	}
	if j := s.ampm(i + 1); j > i+1 {
		return match{end: j}, true
	}
	// "5 o'clock"
	if s.is(i+1, "o") && s.sym(i+2, "'’") && s.is(i+3, "clock") {
		return match{end: i + 4}, true
	}
	// Versions and dotted identifiers: "1.10.2".
	if t.dots > 1 {
		return match{end: s.numRun(i)}, true
	}
	// Runs of numbers joined by dashes: phone numbers, codes.
	if j := s.numRun(i); j > i+4 || j == i+3 && len(w) == 3 && len(s.str(i+2)) == 4 {
		if _, ok := s.numericDate(i); !ok {
			return match{end: j}, true
		}
	}
	// Digits glued to letters that are no suffix: "5G", "3D", "10am".
	if s.kind(i+1) == kWord && s.glued(i+1) {
		e := s.lx(i + 1)
		_, _, unit := s.unitAt(i + 1)
		n := num{val: 1, end: i + 1}
		if e.scale == 0 && !unit && e.cur == "" && !s.ordSuffix(i+1) && !s.is(i+1, "s") && !s.exponentAfter(&n) {
			j := i + 2
			for j < len(s.t) && s.glued(j) && s.kind(j) != kSym {
				j++
			}
			return match{end: j}, true
		}
	}
	if len(w) > 20 {
		return match{end: i + 1}, true
	}
	return match{}, false
}

// ampm returns the token after "am", "pm", "a.m." or "p.m." at i, or i.
func (s *scanner) ampm(i int) int {
	if s.is(i, "am") || s.is(i, "pm") {
		if s.kind(i-1) == kNum && s.glued(i) || !s.t[i].up {
			return i + 1
		}
	}
	if (s.is(i, "a") || s.is(i, "p")) && s.sym(i+1, ".") && s.is(i+2, "m") && s.glued(i+1) {
		if s.sym(i+3, ".") {
			return i + 4
		}
		return i + 3
	}
	return i
}

// numRun returns the end of a run of numbers joined by dashes, slashes or
// dots with no spaces: "138-2010-2015", "1.10.2".
func (s *scanner) numRun(i int) int {
	j := i + 1
	for s.glued(j) && s.sym(j, "-./‑") && s.kind(j+1) == kNum && s.glued(j+1) {
		j += 2
	}
	return j
}
