package goldtest

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/factlint/factlint/checker/fold"
)

// compatible reports whether got, a value the checker reported, may be
// the gold value want. Positions already matched, so it says no only when
// both values read the same way (as dates, quantities or names) and
// clearly disagree; anything it cannot compare is accepted.
func compatible(kind, want, got string) bool {
	want, got = strings.TrimSpace(want), strings.TrimSpace(got)
	var order []func(a, b string) (same, ok bool)
	switch kind {
	case "date", "year":
		order = append(order, sameDate)
	case "money", "count", "percent", "rank":
		order = append(order, sameQuantity)
	case "person":
		order = append(order, sameNames)
	default: // internal: judge by the values' shape
		order = append(order, sameDate, sameQuantity, sameNames)
	}
	for _, cmp := range order {
		if same, ok := cmp(want, got); ok {
			return same
		}
	}
	return true
}

// sameDate compares two dates, years, decades or intervals ("1890/1899")
// as day ranges: they agree when the ranges meet, which compares "1993-04"
// and "1993-04-15" at the coarser precision.
func sameDate(a, b string) (same, ok bool) {
	alo, ahi, aok := parseDate(a)
	blo, bhi, bok := parseDate(b)
	if !aok || !bok {
		return false, false
	}
	return alo <= bhi && blo <= ahi, true
}

// parseDate reads YYYY, YYYY-MM, YYYY-MM-DD (a leading "-" for years BC,
// astronomically numbered), a decade "1890s", or two of these joined by
// "/". It returns the first and last day as sortable yyyymmdd numbers.
func parseDate(s string) (lo, hi int, ok bool) {
	if a, b, cut := strings.Cut(s, "/"); cut {
		lo, _, ok1 := parseDate(a)
		_, hi, ok2 := parseDate(b)
		return lo, hi, ok1 && ok2 && lo <= hi
	}
	if y, cut := strings.CutSuffix(s, "s"); cut {
		n, ok := year(y)
		if !ok || n%10 != 0 {
			return 0, 0, false
		}
		return day(n, 1, 1), day(n+9, 12, 31), true
	}
	neg := strings.HasPrefix(s, "-")
	parts := strings.Split(strings.TrimPrefix(s, "-"), "-")
	if neg {
		parts[0] = "-" + parts[0]
	}
	y, ok := year(parts[0])
	if !ok || len(parts) > 3 {
		return 0, 0, false
	}
	lo, hi = day(y, 1, 1), day(y, 12, 31)
	if len(parts) >= 2 {
		m, ok := field(parts[1], 12)
		if !ok {
			return 0, 0, false
		}
		lo, hi = day(y, m, 1), day(y, m, 31)
		if len(parts) == 3 {
			d, ok := field(parts[2], 31)
			if !ok {
				return 0, 0, false
			}
			lo, hi = day(y, m, d), day(y, m, d)
		}
	}
	return lo, hi, true
}

// year reads a year of one to four digits, optionally negative.
func year(s string) (int, bool) {
	digits := strings.TrimPrefix(s, "-")
	if len(digits) < 1 || len(digits) > 4 || !allDigits(digits) {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// field reads a two-digit month or day from 1 to max.
func field(s string, max int) (int, bool) {
	if len(s) != 2 || !allDigits(s) {
		return 0, false
	}
	n, _ := strconv.Atoi(s)
	return n, n >= 1 && n <= max
}

func day(y, m, d int) int { return y*10000 + m*100 + d }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// quantity is a number or range with its unit: "%", a currency code, a
// measure unit ("km"), or several of these joined by a space.
type quantity struct {
	lo, hi float64
	unit   string
}

// sameQuantity compares two amounts: they agree when the range of b meets
// the range of a widened by 0.5% at each end. Amounts in different units
// are not compared.
func sameQuantity(a, b string) (same, ok bool) {
	qa, aok := parseQuantity(a)
	qb, bok := parseQuantity(b)
	if !aok || !bok {
		return false, false
	}
	if qa.unit != "" && qb.unit != "" && qa.unit != qb.unit {
		return false, false
	}
	if qb.hi < 0 && qa.lo >= 0 {
		// A fall the checker signs ("a 12% reduction in staff" is
		// -12%) is the figure the text writes, which gold gives
		// unsigned.
		qb.lo, qb.hi = -qb.hi, -qb.lo
	}
	return widen(qa.lo, -1) <= qb.hi && qb.lo <= widen(qa.hi, 1), true
}

// widen moves x away by 0.5% of its size, down (dir -1) or up (dir 1).
func widen(x float64, dir float64) float64 {
	return x + dir*0.005*math.Abs(x)
}

// parseQuantity reads values such as "652723", "652,723", "40.4%",
// "57-58%", "USD 46200000000", "1.4 ha", ">1" and "~5 m".
func parseQuantity(s string) (quantity, bool) {
	var q quantity
	above, below := false, false
	for _, p := range []string{">=", "≥", ">", "<=", "≤", "<", "~", "≈"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			above, below = p[0] == '>' || p == "≥", p[0] == '<' || p == "≤"
			s = strings.TrimSpace(rest)
			break
		}
	}
	var units []string
	if len(s) > 4 && s[3] == ' ' && isUpperCode(s[:3]) {
		units = append(units, s[:3])
		s = s[4:]
	}
	lo, rest, ok := number(s)
	if !ok {
		return q, false
	}
	hi := lo
	for _, sep := range []string{"-", "–", "—", " to "} {
		if r, cut := strings.CutPrefix(rest, sep); cut {
			if n, r2, ok := number(strings.TrimSpace(r)); ok && n >= lo {
				hi, rest = n, r2
			}
			break
		}
	}
	if r, cut := strings.CutPrefix(rest, "%"); cut {
		units = append(units, "%")
		rest = r
	}
	if u := strings.TrimSpace(rest); u != "" {
		if strings.IndexFunc(u, unicode.IsDigit) >= 0 {
			return q, false
		}
		units = append(units, fold.Key(u))
	}
	q.lo, q.hi, q.unit = lo, hi, strings.Join(units, " ")
	if above {
		q.hi = math.Inf(1)
	}
	if below {
		q.lo = math.Inf(-1)
	}
	return q, true
}

// number reads a decimal number with optional thousands commas from the
// start of s and returns the rest.
func number(s string) (float64, string, bool) {
	i := 0
	if strings.HasPrefix(s, "-") {
		i++
	}
	start := i
	for i < len(s) && (isDigit(s[i]) || s[i] == ',' && i > start && i+1 < len(s) && isDigit(s[i+1])) {
		i++
	}
	if i == start {
		return 0, s, false
	}
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(s[:i], ",", ""), 64)
	if err != nil || math.IsInf(n, 0) {
		return 0, s, false
	}
	return n, s[i:], true
}

func isUpperCode(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// sameNames compares two lists of names: they agree when they share a
// folded name token ("Barry Meehan; Eddie Brennan" and "Meehan").
// Values holding digits are not names.
func sameNames(a, b string) (same, ok bool) {
	ta, tb := nameTokens(a), nameTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false, false
	}
	for t := range ta {
		if tb[t] {
			return true, true
		}
	}
	return false, true
}

func nameTokens(s string) map[string]bool {
	if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		return nil
	}
	out := map[string]bool{}
	for _, t := range strings.FieldsFunc(fold.Key(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(t)) > 1 && t != "and" {
			out[t] = true
		}
	}
	return out
}
