package recognize

import (
	"bytes"
	"math"
	"strconv"
	"strings"
)

// qualPhrase is a qualifier phrase less its first word, whose lexicon
// entry keeps it.
type qualPhrase struct {
	rest []string
	q    Qualifier
}

// initQualifiers gives the lexicon entry of each qualifier phrase's first
// word the phrase; the lexicon's init calls it. "~" and "≈" are symbols,
// which the qualifier reads by themselves.
func initQualifiers() {
	for p, q := range map[string]Qualifier{
		"about": Approx, "around": Approx, "approximately": Approx, "roughly": Approx,
		"some": Approx, "nearly": Approx, "almost": Approx, "an estimated": Approx,
		"estimated": Approx, "close to": Approx, "approx": Approx, "approx .": Approx,
		"circa": Approx, "ca .": Approx, "~": Approx, "≈": Approx, "just about": Approx,
		"an approximate": Approx, "more or less": Approx, "almost exactly": Approx,
		"over": AtLeast, "more than": AtLeast, "at least": AtLeast, "upwards of": AtLeast,
		"in excess of": AtLeast, "no less than": AtLeast, "not less than": AtLeast,
		"greater than": AtLeast, "above": AtLeast, "just over": AtLeast,
		"well over": AtLeast, "a minimum of": AtLeast, "no fewer than": AtLeast,
		"more than about": AtLeast, "exceeding": AtLeast, "over than": AtLeast,
		"under": AtMost, "less than": AtMost, "fewer than": AtMost, "at most": AtMost,
		"up to": AtMost, "no more than": AtMost, "not more than": AtMost,
		"as many as": AtMost, "as much as": AtMost, "below": AtMost,
		"just under": AtMost, "a maximum of": AtMost, "as high as": AtMost,
		"just below": AtMost, "well under": AtMost, "a little under": AtMost,
		"a little over": AtLeast, "slightly more than": AtLeast,
		"slightly less than": AtMost,
		// "pay as little as $5" names the lowest figure, not the one all pay.
		"as little as": AtLeast, "as low as": AtLeast, "as few as": AtLeast,
	} {
		w := strings.Fields(p)
		if len(w[0]) > 1 || w[0][0] < 0x80 && w[0][0] >= 'a' {
			e := lex(w[0])
			e.flags |= fQualStart
			e.quals = append(e.quals, qualPhrase{w[1:], q})
		}
	}
}

// currencyAdjFirst holds the first word of every key of currencyAdj.
var currencyAdjFirst = map[string]bool{}

func init() {
	for k := range currencyAdj {
		w, _, _ := strings.Cut(k, " ")
		currencyAdjFirst[w] = true
	}
}

// qualifier reads a qualifier phrase at token i, returning the token after
// it, or Exact and i when there is none.
func (s *scanner) qualifier(i int) (Qualifier, int) {
	k := s.kind(i)
	if k == kSym {
		switch s.str(i) {
		case "~", "≈":
			return Approx, i + 1
		}
		return Exact, i
	}
	if k != kWord || s.lx(i).flags&fQualStart == 0 {
		return Exact, i
	}
	best, bestEnd := Exact, i
	for _, p := range s.lx(i).quals {
		j := i + 1
		ok := true
		for _, w := range p.rest {
			if w == "." {
				ok = s.sym(j, ".")
			} else {
				ok = s.is(j, w)
			}
			if !ok {
				break
			}
			j++
		}
		if ok && j > bestEnd {
			best, bestEnd = p.q, j
		}
	}
	return best, bestEnd
}

// lower appends w to buf with ASCII letters folded to lower case. Callers
// index maps with string(lower(...)), which does not allocate.
func lower(w string, buf []byte) []byte {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// quantity recognizes money, percentages and counts, with an optional
// qualifier in front.
func (s *scanner) quantity(i int) (match, bool) {
	q, j := s.qualifier(i)
	m, ok := s.amount(j)
	if !ok {
		return match{}, false
	}
	if q != Exact {
		if m.v.Type == Count && m.v.Unit == "" && m.end == j+1 && s.yearLike(j) {
			// "over 2023" is a year, not a count.
			return match{}, false
		}
		if d, ok := s.date(j); ok && d.end > m.end {
			// "up to 1 April" is a date, not a count of at most one.
			return match{}, false
		}
		m.v.Qualifier = q
	}
	return m, true
}

// amount recognizes money, a percentage or a count at token i.
func (s *scanner) amount(i int) (match, bool) {
	// "percent of 10", the order some tables use.
	if k, unit, ok := s.percentSuffix(i); ok && unit == "" && s.is(k, "of") && s.kind(i) == kWord {
		if n, ok := s.numAt(k+1, false); ok && !s.is(n.end, "percent") {
			return match{end: n.end, v: s.newValue(Value{Type: Percent, Num: n.val, High: n.val, Norm: fmtNum(n.val) + "%"})}, true
		}
	}
	if s.identNum(i) || s.nameNumber(i) {
		return match{}, false
	}
	neg := false
	j := i
	if s.sym(i, "-−") && s.t[i].sp && s.kind(i+1) == kNum && s.glued(i+1) &&
		!(s.glued(i+2) && s.kind(i+2) == kSym && !s.sym(i+2, "^/")) {
		neg, j = true, i+1
	} else if (s.is(i, "minus") || s.is(i, "negative")) && s.kind(i+1) != kSym {
		neg, j = true, i+1
	}
	// Currency before the amount: "$46.2 billion", "US$5m", "EUR 12 million".
	if code, k, ok := s.curPrefix(j); ok {
		n, ok := s.numAt(k, true)
		if !ok {
			return match{}, false
		}
		if _, ok := s.millionCode(j); ok && n.scaleExp == 0 {
			n.val = s.rescale(n, 6) // "MAUD 60"
		}
		end := n.end
		lo, hi := n.val, n.val
		// A range: "$5-10 million".
		if s.dash(end) {
			k2 := end + 1
			if c2, k3, ok := s.curPrefix(k2); ok && c2 == code {
				k2 = k3
			}
			if n2, ok := s.numAt(k2, true); ok && !n2.words && n2.val > n.val {
				hi = n2.val
				if n2.scaleExp > 0 && n.scaleExp == 0 {
					lo = s.rescale(n, n2.scaleExp)
				}
				end = n2.end
			}
		}
		// "$10 dollars" and "US$ 5 million dollars" say it twice.
		if c2, k2, ok := s.curSuffix(end, true); ok && (c2 == code || c2 == "USD" && strings.HasSuffix(s.str(k), "$")) {
			end = k2
		}
		return s.money(end, code, lo, hi, neg), true
	}
	n, ok := s.numAt(j, true)
	if !ok || !n.words && s.ordSuffix(n.end) {
		return match{}, false // "about 3rd week" is an ordinal
	}
	if n.words && n.val == 1 && n.end == j+1 && s.pronounOne(j) {
		return match{}, false
	}
	end := n.end
	if s.is(end, "s") && s.glued(end) {
		return match{}, false // "in their 20s"
	}
	lo, hi := n.val, n.val
	// A range "57–58%" or "10-12 people": the second number takes the same
	// unit.
	if s.dash(end) && !n.words {
		if n2, ok := s.numAt(end+1, true); ok && !n2.words && n2.val > n.val && !s.dash(n2.end) {
			if n2.scaleExp > 0 && n.scaleExp == 0 {
				lo = s.rescale(n, n2.scaleExp)
			}
			hi = n2.val
			end = n2.end
		}
	}
	if neg {
		lo, hi = -hi, -lo
	}
	// "one in five", "two out of three": a proportion.
	if lo == hi && lo >= 1 && lo == math.Trunc(lo) && n.scaleExp == 0 {
		k := end
		if s.is(k, "in") {
			k++
		} else if s.is(k, "out") && s.is(k+1, "of") {
			k += 2
		}
		if k > end {
			if d, ok := s.numAt(k, false); ok && d.val > lo && d.val == math.Trunc(d.val) && !s.yearLike(k) && d.scaleExp == 0 {
				v := lo / d.val
				return match{end: d.end, v: s.newValue(Value{Type: Count, Num: v, High: v, Norm: fmtNum(v)})}, true
			}
		}
		// "one over three", "2000 over 3"; but "40 over five years" is
		// a time, so nothing may follow the second number.
		if s.is(end, "over") {
			if d, ok := s.numAt(end+1, false); ok && d.val >= 1 && d.val == math.Trunc(d.val) && d.scaleExp == 0 &&
				!s.yearLike(end+1) && (d.end >= len(s.t) || s.sym(d.end, ".,;:!?)") && !s.glued(d.end+1)) {
				v := lo / d.val
				return match{end: d.end, v: s.newValue(Value{Type: Count, Num: v, High: v, Norm: fmtNum(v)})}, true
			}
		}
	}
	// Percentages.
	if k, unit, ok := s.percentSuffix(end); ok {
		v := Value{Type: Percent, Num: lo, High: hi, Unit: unit}
		b := make([]byte, 0, 16)
		b = append(b, fmtNum(lo)...)
		if hi != lo {
			b = append(b, '-')
			b = append(b, fmtNum(hi)...)
		}
		if unit == "" {
			b = append(b, '%')
		} else {
			b = append(b, ' ')
			b = append(b, unit...)
		}
		v.Norm = string(b)
		return match{end: k, v: s.newValue(v)}, true
	}
	// Money with the currency after the amount: "12 million euros",
	// "12-cent", "30 MUSD".
	k0 := end
	if s.dash(k0) && s.glued(k0) && s.glued(k0+1) && s.lx(k0+1).cur != "" {
		k0++
	}
	if c, ok := s.millionCode(k0); ok && n.scaleExp == 0 {
		return s.money(k0+1, c, s.rescale(n, 6), s.rescale(n, 6), neg), true
	}
	if code, k, ok := s.curSuffix(k0, n.end != j+1 || !n.plain || !s.is(k0, "pounds") && !s.is(k0, "pound")); ok {
		// "75 USD million"
		if e := s.lx(k); e.ckind == cScale && n.scaleExp == 0 && !n.words {
			exp := int(math.Round(math.Log10(e.scale)))
			lo, hi, k = s.rescale(n, exp), s.rescale(n, exp), k+1
		}
		// "3 dollars 50 cents", "thirteen dollars and forty-five cents"
		if c, k2, ok := s.centsAfter(k); ok && lo == hi && code != "CENT" && code != "GBX" {
			lo, hi, k = lo+c, hi+c, k2
		}
		return s.money(k, code, lo, hi, neg), true
	}
	// "5m" without a currency is five metres: read the number again.
	if n.scaleExp > 0 && s.lx(n.end-1).flags&fScaleAfterCur != 0 && s.str(n.end-1) != "M" {
		if n2, ok := s.numAt(j, false); ok {
			n, end, lo, hi = n2, n2.end, n2.val, n2.val
			if neg {
				lo, hi = -lo, -hi
			}
		}
	}
	v := Value{Type: Count, Num: lo, High: hi}
	if in, k, ok := s.feetInches(n); ok && lo == hi && !neg {
		lo, hi = in, in
		v.Num, v.High, v.Unit, end = in, in, "in", k
	} else if u, k, ok := s.unitAt(end); ok {
		v.Unit = u
		end = k
	}
	b := make([]byte, 0, 16)
	b = append(b, fmtNum(lo)...)
	if hi != lo {
		b = append(b, '-')
		b = append(b, fmtNum(hi)...)
	}
	if v.Unit != "" {
		b = append(b, ' ')
		b = append(b, v.Unit...)
	}
	v.Norm = string(b)
	return match{end: end, v: s.newValue(v)}, true
}

func (s *scanner) money(end int, code string, lo, hi float64, neg bool) match {
	if neg {
		lo, hi = -hi, -lo
	}
	v := Value{Type: Money, Num: lo, High: hi, Currency: code}
	b := make([]byte, 0, 24)
	b = append(b, code...)
	b = append(b, ' ')
	b = append(b, fmtNum(lo)...)
	if hi != lo {
		b = append(b, '-')
		b = append(b, fmtNum(hi)...)
	}
	v.Norm = string(b)
	return match{end: end, v: s.newValue(v)}
}

// centsAfter reads the cents that may follow "3 dollars": "50 cents",
// "and 50", "forty-five".
func (s *scanner) centsAfter(i int) (float64, int, bool) {
	j := i
	if s.is(j, "and") {
		j++
	}
	n, ok := s.numAt(j, false)
	if !ok || n.val != math.Trunc(n.val) || n.val < 1 || n.val > 99 || n.scaleExp != 0 {
		return 0, i, false
	}
	k := n.end
	if s.is(k, "cents") || s.is(k, "cent") || s.is(k, "pence") || s.is(k, "p") && s.glued(k) {
		return n.val / 100, k + 1, true
	}
	if s.kind(k) == kWord || s.kind(k) == kNum {
		return 0, i, false
	}
	return n.val / 100, k, true
}

// rescale reads number n again with a scale of 10^exp, for the first
// half of "$5-10 million".
func (s *scanner) rescale(n num, exp int) float64 {
	if n.words {
		return n.val * math.Pow(10, float64(exp))
	}
	var b [64]byte
	d, ok := s.parseDigits(n.tok, b[:0])
	if !ok {
		return n.val
	}
	d = append(d, 'e')
	d = strconv.AppendInt(d, int64(exp), 10)
	v, err := strconv.ParseFloat(string(d), 64)
	if err != nil || v > maxAmount {
		return n.val
	}
	return v
}

// pronounOne reports whether the word "one" at i is a pronoun ("the one
// you mentioned", "one of them") rather than a count.
func (s *scanner) pronounOne(i int) bool {
	if i > 0 && s.lx(i-1).flags&fDeterminer != 0 {
		return true
	}
	return s.is(i+1, "of") || s.is(i+1, "another") || s.is(i+1, "by") || s.sym(i+1, "'’")
}

// identNum reports whether the number at i is part of an identifier:
// "COVID-19", "F-16", "v1.2", "+1-222".
func (s *scanner) identNum(i int) bool {
	if s.kind(i) != kNum || !s.glued(i) {
		return false
	}
	p := i - 1
	switch {
	case s.dash(p) || s.sym(p, "./_#:/%=&?"):
		if !s.glued(p) {
			return false
		}
		if s.kind(p-1) == kNum && s.dash(p) {
			return false // "10-12" is a range
		}
		return s.kind(p-1) != kSym && s.lx(p-1).flags&fPart == 0 && !s.is(p-1, "pre") && !s.is(p-1, "post")
	case s.sym(p, "+"):
		return true
	}
	return false
}

// nameNumber reports whether the number at i belongs to a name: "the
// Boeing 737 MAX", "Section 230", "Apollo 11". It follows a capitalized
// word inside a sentence, unless the text is in title case ("Japan Sends
// 12 Ships").
func (s *scanner) nameNumber(i int) bool {
	p := i - 1
	if s.kind(i) == kNum && s.dash(p) && s.glued(p) && s.glued(i) && s.nameNumber(p-1) {
		return true // the "800" of "Boeing 737-800" is the model's too
	}
	// "ATR 72-600": a model's two numbers, after a maker's initials.
	model := s.dash(i+1) && s.glued(i+1) && s.kind(i+2) == kNum && s.glued(i+2)
	if s.kind(i) != kNum || !s.t[i].sp || s.t[i].dots != 0 || len(s.str(i)) > 4 ||
		s.kind(p) != kWord || !s.t[p].up || s.t[p].nl || s.glued(p) && s.kind(p-1) == kSym {
		return false
	}
	if e := s.lx(p); e.starts || e.cur != "" || e.unit != "" || isUpper(s.str(p)) && len(s.str(p)) <= 3 && !model {
		return false // "June 5", "About 5", "USD 5"
	}
	// The capital must not just open a sentence or a clause.
	if p == 0 || s.t[p].nl || s.sym(p-1, ".!?:;\"“(") {
		return false
	}
	if s.kind(p-1) == kWord && s.t[p-1].up && s.kind(i+1) == kWord && s.t[i+1].up {
		return false // title case
	}
	// "gave the Civic Union 58 of the 151 seats": a part of a whole.
	if n := i + 1; s.is(n, "of") {
		if s.is(n+1, "the") {
			n++
		}
		if s.kind(n+1) == kNum {
			return false
		}
	}
	return true
}

// yearLike reports whether token i is a plain four-digit number that reads
// as a year.
func (s *scanner) yearLike(i int) bool {
	if s.kind(i) != kNum || s.t[i].dots != 0 {
		return false
	}
	w := s.str(i)
	if len(w) != 4 {
		return false
	}
	y, _ := strconv.Atoi(w)
	return y >= 1000 && y <= 2199
}

// curPrefix reads a currency written before an amount.
func (s *scanner) curPrefix(i int) (string, int, bool) {
	switch s.kind(i) {
	case kSym:
		c, ok := currencySymbols[s.str(i)]
		if !ok {
			return "", i, false
		}
		if s.kind(i+1) == kNum || s.kind(i+1) == kWord && s.lx(i+1).ckind != cNone {
			return c, i + 1, true
		}
	case kWord:
		w := s.str(i)
		var buf [16]byte
		lw := lower(w, buf[:0])
		if len(w) > 4 {
			return "", i, false
		}
		// "US$5m", "HK$ 10", "C$300", and "c $ 16.4" in spaced copy; but
		// in "a $1.4 billion mission" the letter is an article.
		if s.sym(i+1, "$") && (s.glued(i+1) || s.kind(i+2) == kNum && !s.glued(i+2) && string(lw) != "a") {
			if c, ok := dollarPrefixes[string(lw)]; ok {
				return c, i + 2, true
			}
		}
		// "U.S. $5": the letters come as "U", ".", "S", ".".
		if string(lw) == "u" && s.sym(i+1, ".") && s.is(i+2, "s") {
			k := i + 3
			if s.sym(k, ".") {
				k++
			}
			if s.sym(k, "$") {
				return "USD", k + 1, true
			}
		}
		e := s.lx(i)
		if e.cur != "" && len(w) == 3 && s.isoCode(i) && (s.kind(i+1) == kNum) {
			return e.cur, i + 1, true
		}
		// "MAUD 60": millions of Australian dollars.
		if c, ok := s.millionCode(i); ok && s.kind(i+1) == kNum {
			return c, i + 1, true
		}
		if string(lw) == "rs" || string(lw) == "inr" {
			k := i + 1
			if s.sym(k, ".") && s.glued(k) {
				k++
			}
			if s.kind(k) == kNum {
				return "INR", k, true
			}
		}
	}
	return "", i, false
}

// isoCode reports whether the word at i is an ISO currency code: in
// capitals, or in lower case when it is no English word ("usd", not "try").
func (s *scanner) isoCode(i int) bool {
	w := s.str(i)
	if len(w) != 3 || s.lx(i).cur != strings.ToUpper(w) && !strings.EqualFold(w, "rmb") {
		return false
	}
	if isUpper(w) {
		return true
	}
	switch strings.ToLower(w) {
	case "try", "pen", "cop", "all", "top", "mad", "cup", "php":
		return false
	}
	return true
}

// millionCode reads "MUSD", "MEUR": an ISO code in millions.
func (s *scanner) millionCode(i int) (string, bool) {
	w := s.str(i)
	if len(w) != 4 || w[0] != 'M' || !isUpper(w) {
		return "", false
	}
	e := lookup(w[1:])
	if e == nil || e.cur != w[1:] {
		return "", false
	}
	return e.cur, true
}

func isUpper(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}

// curSuffix reads a currency written after an amount: "euros", "US
// dollars", "€", "USD". pound says "pounds" may be money; a bare "200
// pounds" is a weight.
func (s *scanner) curSuffix(i int, pound bool) (string, int, bool) {
	switch s.kind(i) {
	case kSym:
		if c, ok := currencySymbols[s.str(i)]; ok {
			if s.kind(i+1) == kNum && !s.glued(i) {
				return "", i, false // "10 $ 30" belongs to the next amount
			}
			return c, i + 1, true
		}
		return "", i, false
	case kWord:
	default:
		return "", i, false
	}
	// Nationality and noun: "Hong Kong dollars", "Swiss francs".
	var buf [48]byte
	key := buf[:0]
	for n := 0; n < 3 && s.kind(i+n) == kWord; n++ {
		if n > 0 {
			key = append(key, ' ')
		}
		w := s.str(i + n)
		if len(key)+len(w) > cap(key) {
			break
		}
		for k := 0; k < len(w); k++ {
			c := w[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
		}
		if n == 0 {
			// Every key starts with its first word whole: most words
			// after a number start none, and need no keys built.
			if !currencyAdjFirst[string(key)] {
				break
			}
			continue
		}
		// The keys are looked up as bytes, which builds no strings.
		if c, ok := currencyAdj[string(key)]; ok {
			return c, i + n + 1, true
		}
		if key[len(key)-1] == 's' {
			if c, ok := currencyAdj[string(key[:len(key)-1])]; ok {
				return c, i + n + 1, true
			}
		}
		if bytes.HasSuffix(key, []byte("ies")) {
			var buf2 [48]byte
			y := append(append(buf2[:0], key[:len(key)-3]...), 'y')
			if c, ok := currencyAdj[string(y)]; ok {
				return c, i + n + 1, true
			}
		}
	}
	e := s.lx(i)
	if e.cur == "" {
		return "", i, false
	}
	w := s.str(i)
	if len(w) == 3 && e.cur == strings.ToUpper(w) && !s.isoCode(i) && w != "yen" {
		return "", i, false // "try", "pen" in lower case are words
	}
	if s.kind(i+1) == kNum && s.glued(i+1) {
		return "", i, false // "3 USD50": the code belongs to the next amount
	}
	if e.cur == "GBP" && (s.is(i, "pound") || s.is(i, "pounds")) && !pound && !s.is(i+1, "sterling") {
		return "", i, false
	}
	end := i + 1
	if s.is(end, "sterling") {
		end++
	}
	return e.cur, end, true
}

// percentSuffix reads "%", "percent", "per cent" or "percentage points"
// at i, returning the unit ("" for percent, "pp" for points).
func (s *scanner) percentSuffix(i int) (int, string, bool) {
	switch {
	case s.sym(i, "%％"):
		if s.glued(i+1) && s.kind(i+1) != kSym {
			return i, "", false // "%20" in a URL
		}
		return i + 1, "", true
	case s.is(i, "percent") || s.is(i, "pct") || s.is(i, "percents"):
		if s.is(i+1, "points") || s.is(i+1, "point") {
			return i + 2, "pp", true
		}
		return i + 1, "", true
	case s.is(i, "per") && s.is(i+1, "cent"):
		return i + 2, "", true
	case s.is(i, "percentage") && (s.is(i+1, "points") || s.is(i+1, "point")):
		return i + 2, "pp", true
	case s.is(i, "pp") || s.is(i, "ppt") || s.is(i, "ppts"):
		return i + 1, "pp", true
	case s.is(i, "percentage") && !s.is(i+1, "of"):
		return i + 1, "", true
	}
	return i, "", false
}

// feetInches reads a height in feet and inches after the feet: 6' 8",
// 5′11″, "6 ft 8 in", "6 feet 8 inches". The value is in inches.
func (s *scanner) feetInches(n num) (float64, int, bool) {
	if !n.plain || n.val > 12 {
		return 0, 0, false
	}
	k := n.end
	switch {
	case s.sym(k, "'′’") && s.glued(k):
		k++
	case s.is(k, "ft") || s.is(k, "feet") || s.is(k, "foot"):
		k++
	default:
		return 0, 0, false
	}
	m, ok := s.numAt(k, false)
	if !ok || m.val >= 12 || m.words {
		return 0, 0, false
	}
	e := m.end
	switch {
	case s.sym(e, "\"″”") && s.glued(e):
		e++
	case s.sym(e, "'′’") && s.glued(e) && s.sym(e+1, "'′’") && s.glued(e+1):
		e += 2
	case s.is(e, "in") && !s.t[k-1].up && (s.is(k-1, "ft") || s.is(k-1, "feet") || s.is(k-1, "foot")) && s.kind(e+1) != kNum:
		e++
	case s.is(e, "inches") || s.is(e, "inch"):
		e++
	default:
		return 0, 0, false
	}
	return 12*n.val + m.val, e, true
}

// unitAt reads a unit of measure after a number.
func (s *scanner) unitAt(i int) (string, int, bool) {
	if s.kind(i) == kSym {
		if s.sym(i, "°") {
			if s.glued(i+1) && (s.is(i+1, "c") || s.is(i+1, "f")) {
				return "°" + strings.ToUpper(s.str(i+1)), i + 2, true
			}
			return "deg", i + 1, true
		}
		// "5-metre", "a 10-km race"
		if s.dash(i) && s.glued(i) && s.glued(i+1) && s.kind(i+1) == kWord && len(s.str(i+1)) > 1 {
			if u2, k, ok := s.unitAt(i + 1); ok {
				return u2, k, true
			}
		}
		return "", i, false
	}
	if s.kind(i) != kWord {
		return "", i, false
	}
	if s.kind(i+1) == kWord {
		var buf [40]byte
		if w1, w2 := s.str(i), s.str(i+1); len(w1)+len(w2) < len(buf) {
			k := lower(w1, buf[:0])
			k = append(k, ' ')
			k = lower(w2, k)
			if u, ok := units2[string(k)]; ok && u != "" {
				return u, i + 2, true
			}
		}
	}
	if s.sym(i+1, "/") && s.glued(i+1) && s.is(i+2, "h") && s.is(i, "km") {
		return "km/h", i + 3, true
	}
	u := s.lx(i).unit
	if u == "" {
		return "", i, false
	}
	if s.sym(i+1, "²2") && s.glued(i+1) && (u == "km" || u == "m") {
		return u + "2", i + 2, true
	}
	// One-letter units must touch the number or stand alone: "5 m", "5m",
	// but not "5 m people"; their case matters ("5G" is no weight).
	if w := s.str(i); len(w) == 1 {
		if s.kind(i+1) == kWord && !s.glued(i) && s.lx(i+1).flags&fQuantNoun != 0 {
			return "", i, false
		}
		if (w[0] >= 'A' && w[0] <= 'Z') != (u == "W" || u == "l") && w != "l" {
			return "", i, false
		}
	}
	return u, i + 1, true
}
