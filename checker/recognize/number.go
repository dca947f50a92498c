package recognize

import (
	"math"
	"strconv"
	"strings"
)

// maxAmount bounds every amount: larger figures in prose are identifiers
// or noise, and beyond 2^53 float64 stops counting exactly anyway.
const maxAmount = 1e15

// num is a number read from one or more tokens.
type num struct {
	val      float64
	end      int  // token index after the number
	words    bool // spelled in words ("twenty-one")
	plain    bool // a bare run of digits: no commas, no point, no scale word
	ndig     int  // digits of a plain number
	tok      int  // token of the digits
	scaleExp int  // power of ten of a scale word ("million" is 6), 0 if none
}

// parseDigits reads a number token ("600,000", "1.5") into a decimal
// string without commas, in buf.
func (s *scanner) parseDigits(i int, buf []byte) ([]byte, bool) {
	if s.kind(i) != kNum || s.t[i].dots > 1 {
		return nil, false
	}
	w := s.str(i)
	if len(w) > 60 {
		return nil, false
	}
	for k := 0; k < len(w); k++ {
		if isDigit(w[k]) || w[k] == '.' {
			buf = append(buf, w[k])
		}
	}
	return buf, true
}

// numAt reads a number starting at token i: digits with an optional scale
// word ("1.5 million", "3.5bn", "10k"), or a number in words. cur says a
// currency was written, which lets "m" and "b" mean million and billion.
func (s *scanner) numAt(i int, cur bool) (num, bool) {
	switch s.kind(i) {
	case kWord:
		return s.wordsAt(i)
	case kSym:
		if v, ok := vulgar[s.str(i)]; ok {
			return num{val: v, end: i + 1, tok: i}, true
		}
		return num{}, false
	}
	var b [64]byte
	d, ok := s.parseDigits(i, b[:0])
	if !ok {
		return num{}, false
	}
	n := num{end: i + 1, tok: i}
	w := s.str(i)
	n.plain = len(d) == len(w) && s.t[i].dots == 0
	n.ndig = len(d)
	exp := 0
	if cur && s.str(i+1) == "MM" && s.glued(i+1) {
		// "US$ 1MM": a million in finance.
		exp, n.scaleExp, n.end, n.plain = 6, 6, i+2, false
	} else if e := s.lx(i + 2); s.dash(i+1) && s.glued(i+1) && s.glued(i+2) && e.scale >= 1e6 && e.flags&fScaleAfterCur == 0 && s.kind(i+2) == kWord {
		// "the $48.6-million project", "a 48.6-million-euro building".
		exp = int(math.Round(math.Log10(e.scale)))
		n.scaleExp, n.end, n.plain = exp, i+3, false
	} else if e := s.lx(i + 1); e.scale > 0 && s.kind(i+1) == kWord {
		ok := true
		if e.flags&fScaleAfterCur != 0 {
			// "5m" is five metres unless money is meant or it is "5M".
			w := s.str(i + 1)
			ok = cur && s.glued(i+1) || w == "M" && !s.lx(i+2).isUnitish() ||
				s.glued(i+1) && s.lx(i+2).flags&fQuantNoun != 0 ||
				(w == "b" || w == "B") && s.glued(i+1) && s.t[i].dots != 0 // "1.2b"
		}
		if ok {
			exp = int(math.Round(math.Log10(e.scale)))
			n.end = i + 2
			if lakhCrore(s, i+1) {
				exp, n.end = 12, i+3 // "3 lakh crore"
			}
			n.scaleExp = exp
			n.plain = false
		}
	}
	extra := 0.0
	if exp > 0 {
		d = append(d, 'e')
		d = strconv.AppendInt(d, int64(exp), 10)
		// "3 million and a half"
		if s.is(n.end, "and") {
			if fv, fe, ok := s.fractionStart(n.end+1, false); ok && fv < 1 {
				extra = fv * math.Pow(10, float64(exp))
				n.end = fe
			}
		}
	}
	v, err := strconv.ParseFloat(string(d), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || v > maxAmount {
		return num{}, false
	}
	if exp > 0 && extra == 0 {
		extra, n.end = s.groupsAfter(n.end, exp)
	}
	n.val = v + extra
	if exp == 0 && !s.exponentAfter(&n) {
		s.fractionAfter(&n)
	}
	return n, true
}

// groupsAfter reads the smaller groups that may follow a number in
// digits with a scale word: "4 thousand 3 hundred and 21" after "4
// thousand". exp is the power of ten of the last scale word.
func (s *scanner) groupsAfter(k, exp int) (float64, int) {
	add := 0.0
	for {
		e := s.lx(k + 1)
		w := s.str(k)
		if s.kind(k) == kNum && s.t[k].dots == 0 && len(w) <= 3 && s.kind(k+1) == kWord && e.scale > 0 &&
			e.flags&fScaleAfterCur == 0 && e.scale < math.Pow(10, float64(exp)) {
			add += float64(atoi(w)) * e.scale
			exp = int(math.Round(math.Log10(e.scale)))
			k += 2
			continue
		}
		// "3 hundred and 21", "3 hundred and one"
		if exp == 2 && s.is(k, "and") {
			switch {
			case s.kind(k+1) == kNum && s.t[k+1].dots == 0 && len(s.str(k+1)) <= 2 && !(s.glued(k+2) && s.kind(k+2) != kSym) &&
				atoi(s.str(k+1)) > 0 && s.lx(k+2).scale == 0: // not "3 hundred and 2 hundred"
				return add + float64(atoi(s.str(k+1))), k + 2
			case s.kind(k+1) == kWord:
				if v, _, end, ok := s.numberWords(k+1, false); ok && v < 100 && s.lx(end).denom == 0 {
					return add + v, end
				}
			}
		}
		return add, k
	}
}

// exponentAfter extends a number in digits with a power written after
// it: "1e10", "12.32e+14", "1.1^23", "2.5^-1", "1.3x10^6".
func (s *scanner) exponentAfter(n *num) bool {
	k := n.end
	if !s.glued(k) {
		return false
	}
	base, mul := n.val, 1.0
	var e int
	var end int
	var ok bool
	switch w := s.str(k); {
	case s.sym(k, "^"):
		e, end, ok = s.exponentAt(k + 1)
	case s.kind(k) == kWord && (w == "x10" || w == "X10") && s.sym(k+1, "^") && s.glued(k+1):
		// "1.3x10^6"
		base, mul = 10, n.val
		e, end, ok = s.exponentAt(k + 2)
	case s.kind(k) == kWord && (w[0] == 'e' || w[0] == 'E') && (len(w) == 1 || len(w) <= 3 && isDigit(w[1])):
		// "1e10" is one token after the digits; "1e-3", "1e+14" are three.
		if len(w) > 1 {
			e, end, ok = atoi(w[1:]), k+1, s.kind(k+1) != kWord || !s.glued(k+1)
		} else {
			e, end, ok = s.exponentAt(k + 1)
		}
		base, mul = 10, n.val
	}
	if !ok || e > 30 || e < -30 {
		return false
	}
	v := mul * math.Pow(base, float64(e))
	if math.IsInf(v, 0) || math.IsNaN(v) || math.Abs(v) > maxAmount {
		return false
	}
	n.val, n.end, n.plain = v, end, false
	return true
}

// exponentAt reads the glued, signed whole exponent of a power: "23",
// "+23", "-1".
func (s *scanner) exponentAt(i int) (int, int, bool) {
	neg := false
	j := i
	for ; s.sym(j, "+-−") && s.glued(j); j++ {
		if !s.sym(j, "+") {
			neg = !neg
		}
	}
	w := s.str(j)
	if s.kind(j) != kNum || !s.glued(j) || s.t[j].dots != 0 || len(w) > 2 || s.glued(j+1) && s.kind(j+1) != kSym {
		return 0, i, false
	}
	e := atoi(w)
	if neg {
		e = -e
	}
	return e, j + 1, true
}

// Vulgar fraction characters.
var vulgar = map[string]float64{"½": 1. / 2, "⅓": 1. / 3, "⅔": 2. / 3, "¼": 1. / 4, "¾": 3. / 4,
	"⅕": 1. / 5, "⅖": 2. / 5, "⅗": 3. / 5, "⅘": 4. / 5, "⅙": 1. / 6, "⅚": 5. / 6,
	"⅛": 1. / 8, "⅜": 3. / 8, "⅝": 5. / 8, "⅞": 7. / 8}

// fractionAfter extends a number in digits with what may follow it: "2½",
// "2 1/4", "3/4", "3 dozen".
func (s *scanner) fractionAfter(n *num) {
	k := n.end
	if v, ok := vulgar[s.str(k)]; ok && s.kind(k) == kSym && s.glued(k) && n.plain {
		n.val += v
		n.end, n.plain = k+1, false
		return
	}
	if e := s.lx(k); e.ckind == cDozen && s.kind(k) == kWord {
		n.val *= 12
		n.end, n.plain = k+1, false
		return
	}
	// "3/4", and "2 1/4" with a whole part.
	if !n.plain || n.ndig > 3 {
		return
	}
	j := n.tok
	whole := 0.0
	if s.kind(k) == kNum && s.sym(k+1, "/") && s.glued(k+1) {
		whole, j = n.val, k
	}
	if !s.sym(j+1, "/") || !s.glued(j+1) || !s.glued(j+2) || s.kind(j+2) != kNum || s.t[j+2].dots != 0 ||
		s.glued(j+3) && s.kind(j+3) != kWord {
		return
	}
	a, b := atoi(s.str(j)), atoi(s.str(j+2))
	if len(s.str(j)) > 3 || len(s.str(j+2)) > 3 || a <= 0 || a >= b {
		return
	}
	switch b {
	case 2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100:
	default:
		return
	}
	n.val = whole + float64(a)/float64(b)
	n.end, n.plain = j+3, false
}

func (e *entry) isUnitish() bool { return e.unit != "" || e.cur != "" }

// wordsAt reads a number in words: "twenty-one", "three hundred and six",
// "a dozen", "two million", "two thirds", "one and a half", "half a
// million", "two hundred point five".
func (s *scanner) wordsAt(i int) (num, bool) {
	v, end, frac, scaled := 0.0, 0, false, false
	if fv, fe, ok := s.fractionStart(i, true); ok {
		v, end, frac = fv, fe, true
	} else {
		iv, _, ie, ok := s.numberWords(i, false)
		if !ok {
			return num{}, false
		}
		v, end = iv, ie
		tl := s.tail
		// "two hundred point zero three"
		if s.is(end, "point") {
			if d, e2, ok := s.decimalWords(end + 1); ok {
				v, end = v+d, e2
			}
		}
		// "two thirds", "one-eighth", "twenty-three fifths"
		k := end
		if s.dash(k) {
			k++
		}
		if d := s.lx(k); d.denom > 0 && (d.plural || (v == 1 || tl.and && tl.val == 1) && s.fracContext(k+1, d)) {
			den := float64(d.denom)
			switch {
			case tl.and && tl.scale > 0:
				// "six million and two thirds" of a million
				v = tl.head + tl.val/den*tl.scale
			case tl.and && tl.val < den:
				// "one hundred and three quarters"; but "one hundred
				// and thirty fifths" is 130/5.
				v = tl.head + tl.val/den
			default:
				v = v / den
			}
			end, frac = k+1, true
		}
		// "one and a half", "five and three quarters", "one million and
		// a half" (of a million), "one billion and a half million"
		if s.is(end, "and") && !frac {
			if fv, fe, ok := s.fractionStart(end+1, true); ok && fv >= 1 && tl.endScale > fv {
				v, end = v+fv, fe
				scaled = true
			} else if fv, fe, ok := s.fractionStart(end+1, false); ok && fv < 1 {
				if tl.endScale > 0 {
					fv *= tl.endScale
					scaled = true
				}
				v, end, frac = v+fv, fe, true
			} else if n2, ok := s.numberWordsFrac(end + 1); ok && n2.val < 1 {
				if tl.endScale > 0 {
					n2.val *= tl.endScale
					scaled = true
				}
				v, end, frac = v+n2.val, n2.end, true
			}
		}
	}
	// "five and a half million", "two thirds of a million"
	if frac && !scaled {
		k := end
		if s.is(k, "of") && (s.is(k+1, "a") || s.is(k+1, "an")) {
			k += 2
		}
		if e := s.lx(k); e.ckind == cScale && s.kind(k) == kWord {
			v, end = v*e.scale, k+1
		}
	}
	if v > maxAmount {
		return num{}, false
	}
	return num{val: v, end: end, words: true}, true
}

// numberWordsFrac reads a plain fraction in words: "three quarters",
// "two fifths".
func (s *scanner) numberWordsFrac(i int) (num, bool) {
	v, _, end, ok := s.numberWords(i, false)
	if !ok || v >= 100 {
		return num{}, false
	}
	k := end
	if s.dash(k) {
		k++
	}
	if d := s.lx(k); d.denom > 0 && d.plural {
		return num{val: v / float64(d.denom), end: k + 1, words: true}, true
	}
	return num{}, false
}

// fractionStart reads a fraction that opens a number: "half", "a half",
// "a quarter", "one fifth of", "half a million", "quarter million".
func (s *scanner) fractionStart(i int, scale bool) (float64, int, bool) {
	j := i
	article := s.is(j, "a") || s.is(j, "an") || s.is(j, "one")
	if article {
		j++
	}
	d := s.lx(j)
	// "a twenty-first", "one twenty-fifth of"
	if t := s.lx(j + 2); article && d.ckind == cTens && s.dash(j+1) && t.okind == cUnit && !t.plural &&
		s.kind(j) == kWord && s.kind(j+2) == kWord && (s.is(j+3, "of") || s.kind(j+3) != kWord && !s.dash(j+3)) {
		return 1 / (d.card + float64(t.ord)), j + 3, true
	}
	if d.denom == 0 || d.plural || s.kind(j) != kWord {
		return 0, i, false
	}
	v := 1 / float64(d.denom)
	end := j + 1
	// "half a million", "half a dozen"
	if !scale {
	} else if (s.is(end, "a") || s.is(end, "an")) && (s.lx(end+1).ckind == cScale || s.lx(end+1).ckind == cDozen) {
		e := s.lx(end + 1)
		if e.ckind == cDozen {
			return v * 12, end + 2, true
		}
		return v * e.scale, end + 2, true
	}
	if e := s.lx(end); scale && e.ckind == cScale && s.kind(end) == kWord {
		return v * e.scale, end + 1, true
	}
	if !article && d.denom != 2 {
		return 0, i, false // "quarter" alone is a period of the year
	}
	if !s.fracContext(end, d) && !(article && d.denom == 2) {
		return 0, i, false
	}
	if !article && !s.is(end, "of") && !s.is(i-1, "than") {
		return 0, i, false // "half" needs "half of" or "more than half"
	}
	return v, end, true
}

// fracContext reports whether a singular denominator ("third", "fifth")
// is a fraction rather than an ordinal: "a third of", "one fifth." but
// not "a fourth term".
func (s *scanner) fracContext(i int, d *entry) bool {
	if d.denom == 2 || d.denom == 4 && d.ord == 0 {
		return true // half, quarter
	}
	return s.is(i, "of") || s.kind(i) != kWord
}

// decimalWords reads the digits after "point": "zero three" is .03,
// "seventy-one" is .71.
func (s *scanner) decimalWords(i int) (float64, int, bool) {
	var b [40]byte
	d := append(b[:0], '0', '.')
	j := i
	for j < len(s.t) && len(d) < 30 {
		e := s.lx(j)
		if e.ckind != cUnit || s.kind(j) != kWord {
			break
		}
		d = append(d, byte('0'+int(e.card)))
		j++
	}
	if j == i {
		v, _, end, ok := s.numberWords(i, false)
		if !ok || v >= 100 {
			return 0, i, false
		}
		d = strconv.AppendInt(d, int64(v), 10)
		j = end
	}
	f, err := strconv.ParseFloat(string(d), 64)
	return f, j, err == nil
}

// numberWords parses English number words from token i. With ord set it
// reads an ordinal ("twenty-first", "one hundredth") and returns its value
// as the second result.
func (s *scanner) numberWords(i int, ord bool) (val float64, ordVal float64, end int, ok bool) {
	var total, cur float64
	j := i
	last := cNone
	lastScale := math.Inf(1)
	n := 0
	// What follows the last "and" ("six million and two"), for fractions
	// of the group: "six million and two thirds".
	andCur, andScale, and := 0.0, 0.0, false
	if s.is(j, "a") || s.is(j, "an") {
		e := s.lx(j + 1)
		if e.ckind == cHund || e.ckind == cScale || e.ckind == cDozen || ord && e.okind >= cHund {
			cur = 1
			last = cUnit
			j++
		}
	} else if s.is(j, "hundred") && s.lx(j+1).ckind == cScale && s.kind(j+1) == kWord {
		cur, last = 1, cUnit // "hundred thousand dollars"
	}
	end = -1
	for j < len(s.t) && s.kind(j) == kWord {
		e := s.lx(j)
		switch {
		case e.ckind == cUnit || e.ckind == cTeen:
			if last == cUnit || last == cTeen || last == cTens && e.ckind == cTeen {
				goto done
			}
			cur += e.card
			last = int(e.ckind)
		case e.ckind == cTens:
			if last == cUnit || last == cTeen || last == cTens {
				goto done
			}
			cur += e.card
			last = cTens
			if s.dash(j+1) && s.kind(j+2) == kWord && (s.lx(j+2).ckind == cUnit || ord && s.lx(j+2).okind == cUnit) {
				j++ // "twenty-one"
			}
		case e.ckind == cHund:
			if cur == 0 || cur >= 100 || last == cHund {
				goto done
			}
			cur *= 100
			last = cHund
		case e.ckind == cScale:
			sc := e.scale
			if lakhCrore(s, j) {
				sc = 1e12 // "three lakh crore"
				j++
			}
			if cur == 0 || sc >= lastScale {
				goto done
			}
			total += cur * sc
			cur = 0
			lastScale = sc
			last = cScale
			and = false
		case e.ckind == cDozen:
			if cur == 0 || last == cHund || last == cScale {
				goto done
			}
			cur *= 12
			last = cScale
			lastScale = 12
		case s.is(j, "and"):
			if (last != cHund && last != cScale) || s.lx(j+1).ckind == cNone && !(ord && s.lx(j+1).okind != cNone) {
				goto done
			}
			if s.lx(j+1).ckind == cScale || s.lx(j+1).ckind == cHund {
				goto done
			}
			and, andCur, andScale = true, cur, 0
			if last == cScale {
				andScale = lastScale
			}
		case ord && e.okind != cNone:
			ov := float64(e.ord)
			switch {
			case last == cNone:
			case last == cTens && e.okind == cUnit:
			case (last == cHund || last == cScale) && e.okind <= cTens:
			case e.okind >= cHund && (last == cUnit || last == cTeen || last == cTens) ||
				e.okind == cScale && last == cHund: // "a hundred trillionth"
				if e.okind == cHund && cur >= 100 {
					goto done
				}
				ov = cur * ov
				cur = 0
			default:
				goto done
			}
			return 0, total + cur + ov, j + 1, true
		default:
			goto done
		}
		n++
		j++
		if last != cNone && !s.is(j-1, "and") {
			end = j
		}
	}
done:
	if ord || n == 0 || end < 0 {
		return 0, 0, 0, false
	}
	val = total + cur
	if val > maxAmount {
		return 0, 0, 0, false
	}
	s.tail = tail{and: and, head: total + andCur, val: cur - andCur, scale: andScale}
	if last == cScale && !and {
		s.tail.endScale = lastScale
	}
	return val, 0, end, true
}

// tail describes the end of the last number read in words, for the
// fractions that may follow it.
type tail struct {
	and      bool    // an "and" came before the last group: "six million and two"
	head     float64 // the value before that "and"
	val      float64 // the value after it
	scale    float64 // the scale word just before the "and" ("million"), or 0
	endScale float64 // the scale word the number ends with ("one million"), or 0
}

// fmtNum formats an amount for a Norm: no exponent, no trailing zeros.
func fmtNum(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10)
	}
	f := strconv.FormatFloat(v, 'f', -1, 64)
	if p := strings.IndexByte(f, '.'); p >= 0 && len(f)-p > 7 {
		// Thirds and the like: six significant decimals say enough.
		prec := 6
		if a := math.Abs(v); a < 0.1 {
			prec = min(20, 5-int(math.Floor(math.Log10(a))))
		}
		f = strings.TrimRight(strconv.FormatFloat(v, 'f', prec, 64), "0")
	}
	return f
}

// lakhCrore reports whether "lakh crore" (10^12) starts at token i.
func lakhCrore(s *scanner, i int) bool {
	return (s.is(i, "lakh") || s.is(i, "lakhs")) && (s.is(i+1, "crore") || s.is(i+1, "crores"))
}
