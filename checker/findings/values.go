package findings

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/rules"
)

// interval is the range of values a stated value allows.
type interval struct{ lo, hi float64 }

func (a interval) overlaps(b interval) bool { return a.lo <= b.hi && b.lo <= a.hi }

// approxSpread is how far "about" or "around" may stray: a twentieth.
// "Nearly" and "almost" allow twice that, below the figure only.
const approxSpread = 0.05

// span returns the interval a claim's value allows. Dates are days since
// the Unix epoch; a year or month covers all its days.
func span(v *recognize.Value, tol rules.Tolerance) interval {
	switch v.Type {
	case recognize.Date, recognize.Year:
		return dateSpan(v.When)
	}
	lo, hi := v.Num, v.High
	if hi < lo {
		hi = lo
	}
	if half := halfOpen(unitRounding(v)); half > 0 && (v.Qualifier == recognize.Exact || v.Qualifier == "") {
		lo, hi = lo-half, hi+half
	}
	// Measured figures compare in one unit: 1.4 hectares is 3.5 acres.
	if f, ok := claims.Convert(1, v.Unit, baseUnit(v.Unit)); ok {
		lo, hi = lo*f, hi*f
	}
	// A figure given with a scale word or decimals stands for anything that
	// rounds to it: "$46 billion" allows 46.2 billion.
	if half := halfOpen(roundingHalf(v)); half > 0 && v.Qualifier == recognize.Exact {
		lo, hi = lo-half, hi+half
	}
	switch v.Qualifier {
	case recognize.Approx:
		if isBelowWord(v.Text) { // "nearly", "almost": up to the figure
			return interval{lo * (1 - 2*approxSpread), hi}
		}
		return interval{lo * (1 - approxSpread), hi * (1 + approxSpread)}
	case recognize.AtLeast:
		return interval{lo, math.Inf(1)}
	case recognize.AtMost:
		return interval{math.Inf(-1), hi}
	}
	d := math.Max(tol.Abs, tol.Rel*math.Abs(hi))
	return interval{lo - d, hi + d}
}

// halfOpen narrows a rounding half a hair: a rounded figure stands for
// a half-open interval, so that "11 years" and "12 years", or "$46
// billion" and "$47 billion", do not meet at the half between them.
func halfOpen(half float64) float64 { return half * (1 - 1e-9) }

func isBelowWord(text string) bool {
	t := strings.ToLower(text)
	return strings.HasPrefix(t, "nearly") || strings.HasPrefix(t, "almost") || strings.HasPrefix(t, "just under") || strings.HasPrefix(t, "close to")
}

// unitRounding is half the last stated digit of a measured figure: "1.4
// hectares" stands for 1.35 to 1.45.
func unitRounding(v *recognize.Value) float64 {
	if v.Unit == "" || v.Type != recognize.Count {
		return 0
	}
	i := strings.IndexAny(v.Text, "0123456789")
	if i < 0 {
		return 0
	}
	digits := 0
	rest := v.Text[i:]
	if dot := strings.IndexByte(rest, '.'); dot >= 0 {
		for _, r := range rest[dot+1:] {
			if r < '0' || r > '9' {
				break
			}
			digits++
		}
	}
	return 0.5 * math.Pow(10, -float64(digits))
}

// baseUnit is the unit figures of u's dimension are compared in.
func baseUnit(u string) string {
	for _, b := range []string{"m", "m2", "kg", "l", "km/h"} {
		if _, ok := claims.Convert(1, u, b); ok {
			return b
		}
	}
	return ""
}

// roundingHalf is half the last stated digit's place for figures scaled by
// a word ("46.2 billion": 0.05 billion) and zero for plain digits, which are
// taken as exact ("650,000" is not "about 650,000").
func roundingHalf(v *recognize.Value) float64 {
	t := strings.ToLower(v.Text)
	scale := 0.0
	for _, w := range []struct {
		word string
		n    float64
	}{{"trillion", 1e12}, {"billion", 1e9}, {"bn", 1e9}, {"million", 1e6}, {"mn", 1e6}, {"thousand", 1e3}} {
		if strings.Contains(t, w.word) {
			scale = w.n
			break
		}
	}
	if scale == 0 {
		return 0
	}
	digits := 0
	if i := strings.IndexAny(t, "0123456789"); i >= 0 {
		rest := t[i:]
		if dot := strings.IndexByte(rest, '.'); dot >= 0 {
			for _, r := range rest[dot+1:] {
				if r < '0' || r > '9' {
					break
				}
				digits++
			}
		}
	}
	return scale * 0.5 * math.Pow(10, -float64(digits))
}

func dateSpan(w recognize.DateInfo) interval {
	start := day(w.Year, w.Month, w.Day, false)
	ey, em, ed := w.EndYear, w.EndMonth, w.EndDay
	if ey == 0 {
		ey, em, ed = w.Year, w.Month, w.Day
	}
	end := day(ey, em, ed, true)
	return interval{start, end}
}

// day returns the day number of the first (or last) day of a year, month
// or day.
func day(y, m, d int, last bool) float64 {
	switch {
	case m == 0 && !last:
		m, d = 1, 1
	case m == 0:
		m, d = 12, 31
	case d == 0 && !last:
		d = 1
	case d == 0:
		t := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		d = t.Day()
	}
	return dayNumber(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC))
}

// dayNumber is the day of t counted from 1970, as day counts.
func dayNumber(t time.Time) float64 { return float64(t.Unix() / 86400) }

// compatible reports whether two claims' values can both be true.
func compatible(a, b *claims.Claim, tol rules.Tolerance) bool {
	if a.Kind == rules.KindRole {
		for _, h := range a.Value.Holders {
			for _, g := range b.Value.Holders {
				if h.Key == g.Key {
					return true
				}
			}
		}
		return false
	}
	if a.Value.Type == recognize.Rank || b.Value.Type == recognize.Rank {
		return a.Value.Num == b.Value.Num
	}
	sa, sb := span(&a.Value.Value, tol), span(&b.Value.Value, tol)
	if a.Zoned != b.Zoned && a.Value.When.Day != 0 && b.Value.When.Day != 0 {
		// "22:42 UTC on September 16" is "00:42 local time on 17
		// September" two time zones east: a day either way is one
		// instant.
		sa.lo, sa.hi = sa.lo-1, sa.hi+1
	}
	return sa.overlaps(sb)
}

// normalized is the value as the report prints it.
func normalized(c *claims.Claim) string {
	if c.Value.Norm != "" {
		return c.Value.Norm
	}
	v := c.Value.Value
	n := formatNumber(v.Num)
	switch v.Type {
	case recognize.Money:
		return v.Currency + " " + n
	case recognize.Percent:
		return n + "%"
	}
	if v.Unit != "" {
		return n + " " + v.Unit
	}
	return n
}

// formatNumber prints n plainly, to at most four significant decimals for
// derived figures.
func formatNumber(n float64) string {
	if n == math.Trunc(n) && math.Abs(n) < 1e18 {
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	mag := math.Floor(math.Log10(math.Abs(n)))
	places := 3 - int(mag) // four significant digits
	if places < 0 {
		p := math.Pow(10, float64(-places))
		return strconv.FormatFloat(math.Round(n/p)*p, 'f', 0, 64)
	}
	s := strconv.FormatFloat(n, 'f', places, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// typeName is the report's type for a claim's value.
func typeName(c *claims.Claim) string {
	switch c.Value.Type {
	case "person":
		return "person"
	case recognize.Date:
		if len(c.Value.Norm) == 4 {
			return "year"
		}
	}
	if c.Value.Type == "" {
		return "text"
	}
	return string(c.Value.Type)
}

// converted is a's figure in b's unit, for a message.
func converted(a, b *claims.Claim) string {
	n, ok := claims.Convert(a.Value.Num, a.Value.Unit, b.Value.Unit)
	if !ok {
		return "?"
	}
	return formatNumber(n) + " " + b.Value.Unit
}

// readable renders a value for a message: "USD 46.2 billion", "≈USD 50 billion".
func readable(c *claims.Claim) string {
	v := c.Value.Value
	var s string
	switch v.Type {
	case recognize.Money:
		s = v.Currency + " " + humanNumber(v.Num)
	case recognize.Count:
		s = normalized(c)
		if v.Unit == "" {
			s = humanNumber(v.Num)
		}
	default:
		s = normalized(c)
	}
	switch v.Qualifier {
	case recognize.Approx:
		s = "about " + s
	case recognize.AtLeast:
		s = "at least " + s
	case recognize.AtMost:
		s = "at most " + s
	}
	return s
}

func humanNumber(n float64) string {
	for _, u := range []struct {
		word string
		n    float64
	}{{"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}} {
		if math.Abs(n) >= u.n {
			return formatNumber(n/u.n) + " " + u.word
		}
	}
	return formatNumber(n)
}
