package recognize

import (
	"math"
	"strconv"
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
	if len(w) > 40 {
		return nil, false
	}
	for k := 0; k < len(w); k++ {
		if w[k] != ',' {
			buf = append(buf, w[k])
		}
	}
	return buf, true
}

// numAt reads a number starting at token i: digits with an optional scale
// word ("1.5 million", "3.5bn", "10k"), or a number in words. cur says a
// currency was written, which lets "m" and "b" mean million and billion.
func (s *scanner) numAt(i int, cur bool) (num, bool) {
	if s.kind(i) == kWord {
		return s.wordsAt(i)
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
	if e := s.lx(i + 1); e.scale > 0 && s.kind(i+1) == kWord {
		ok := true
		if e.flags&fScaleAfterCur != 0 {
			// "5m" is five metres unless money is meant or it is "5M".
			w := s.str(i + 1)
			ok = cur && s.glued(i+1) || w == "M" && !s.lx(i+2).isUnitish() ||
				s.glued(i+1) && s.lx(i+2).flags&fQuantNoun != 0
		}
		if ok {
			exp = int(math.Round(math.Log10(e.scale)))
			n.scaleExp = exp
			n.end = i + 2
			n.plain = false
		}
	}
	if exp > 0 {
		d = append(d, 'e')
		d = strconv.AppendInt(d, int64(exp), 10)
	}
	v, err := strconv.ParseFloat(string(d), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || v > maxAmount {
		return num{}, false
	}
	n.val = v
	return n, true
}

func (e *entry) isUnitish() bool { return e.unit != "" || e.cur != "" }

// wordsAt reads a cardinal number in words: "twenty-one", "three hundred
// and six", "a dozen", "two million".
func (s *scanner) wordsAt(i int) (num, bool) {
	v, _, end, ok := s.numberWords(i, false)
	if !ok {
		return num{}, false
	}
	return num{val: v, end: end, words: true}, true
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
	if s.is(j, "a") || s.is(j, "an") {
		e := s.lx(j + 1)
		if e.ckind == cHund || e.ckind == cScale || e.ckind == cDozen || ord && e.okind >= cHund {
			cur = 1
			last = cUnit
			j++
		}
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
			if cur == 0 || e.scale >= lastScale {
				goto done
			}
			total += cur * e.scale
			cur = 0
			lastScale = e.scale
			last = cScale
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
		case ord && e.okind != cNone:
			ov := float64(e.ord)
			switch {
			case last == cNone:
			case last == cTens && e.okind == cUnit:
			case (last == cHund || last == cScale) && e.okind <= cTens:
			case e.okind >= cHund && (last == cUnit || last == cTeen || last == cTens):
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
	return val, 0, end, true
}

// fmtNum formats an amount for a Norm: no exponent, no trailing zeros.
func fmtNum(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
