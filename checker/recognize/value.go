// Package recognize finds typed values in English text: dates, years, money,
// counts, percentages and ordinals. It knows nothing about what a value is
// about; that is the claims stage's job.
package recognize

// Type is the kind of a recognized value.
type Type string

// Value types, spelled as in the JSON report.
const (
	Date    Type = "date"
	Year    Type = "year"
	Money   Type = "money"
	Count   Type = "count"
	Percent Type = "percent"
	Rank    Type = "rank" // ordinals and ranks: "fourth", "4th", "fourth-largest"
)

// Qualifier says how exact a stated figure is.
type Qualifier string

// Qualifiers, spelled as in the JSON report.
const (
	Exact   Qualifier = "exact"
	Approx  Qualifier = "approx"   // about, around, nearly, roughly, some, ~
	AtLeast Qualifier = "at-least" // at least, over, more than, upwards of
	AtMost  Qualifier = "at-most"  // at most, under, less than, up to
)

// Civil is a calendar day with no time zone.
type Civil struct{ Year, Month, Day int }

// Value is one value found in a text.
type Value struct {
	Type       Type
	Start, End int    // byte offsets of Text in the input; End is exclusive
	Text       string // input[Start:End], including any qualifier words
	// Norm is the normalized value as the report prints it: dates
	// YYYY-MM-DD, YYYY-MM or YYYY; money "USD 46200000000"; counts "600000";
	// percentages "2.7%"; ranks "4". Empty for an unresolved relative date.
	Norm      string
	Qualifier Qualifier

	// Numbers: the amount (money, count, percentage points, rank). High is
	// the upper end of a range ("57–58%"), equal to Num otherwise.
	Num, High float64
	Currency  string // ISO 4217 code, for money
	Unit      string // unit of a measured count ("km", "ha", "mm"); empty for plain counts

	// Dates and years.
	When DateInfo
}

// DateInfo describes a date or year value.
type DateInfo struct {
	// First day of the period the text names. Month and Day are 0 when the
	// text does not say them ("2024" has Month 0; "April 2025" has Day 0).
	Year, Month, Day int
	// Last day of a range, zero when the value is a single period.
	// "1890s" is 1890..1899; "12/25 November 1917" is one day each.
	EndYear, EndMonth, EndDay int
	// Weekday stated in the text, 1 Monday .. 7 Sunday, 0 when none.
	Weekday int
	// Relative is true when the value came from an expression relative to
	// the reference date ("on Monday", "last week", "this year").
	Relative bool
	// Resolved is false for a relative expression read without a reference
	// date; such a value has an empty Norm and must never be compared.
	Resolved bool
	// NoYear is true when the text gave a month and day but no year and the
	// year was taken from the reference date ("april 28th").
	NoYear bool
	// Future is true for a full date its clause speaks of as to come ("will
	// open on August 1, 2028"): no date a text was written on.
	Future bool
	// Guessed is true for a bare weekday that no tense places before or
	// after the reference date ("Monday's collapse", written on a
	// Friday): the nearer of the two was taken. See WeekBefore.
	Guessed bool
}

// WeekBefore returns a guessed weekday read as the one before the
// reference date: a week earlier than v.
func (v Value) WeekBefore() Value { return v.shifted(-7) }

// WeekAfter returns v, a date, a week later: the other reading of a
// bare weekday (see DateInfo.Guessed).
func (v Value) WeekAfter() Value { return v.shifted(7) }

// shifted returns v, a date, days later, no longer a guess.
func (v Value) shifted(days int) Value {
	c := civilFromDays(daysFromCivil(v.When.Year, v.When.Month, v.When.Day) + days)
	v.When.Year, v.When.Month, v.When.Day = c.Year, c.Month, c.Day
	v.When.Guessed = false
	v.Norm = normDate(v.When)
	return v
}

// Options tune recognition.
type Options struct {
	// Ref is the reference date (the publication date) that relative
	// expressions resolve against; nil when unknown.
	Ref *Civil
}
