package recognize

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

var ref = &Civil{2025, 4, 30} // a Wednesday

// want is one expected value, written "type norm [qualifier] @text".
type want struct {
	typ  Type
	norm string
	q    Qualifier
	text string
}

func w(typ Type, norm, text string) want { return want{typ, norm, Exact, text} }

func wq(typ Type, norm string, q Qualifier, text string) want { return want{typ, norm, q, text} }

type findCase struct {
	in   string
	want []want
}

func runFind(t *testing.T, opt Options, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		got := Find(c.in, opt)
		if !sameValues(got, c.want) {
			t.Errorf("Find(%q)\n got: %s\nwant: %s", c.in, fmtValues(got), fmtWants(c.want))
		}
	}
}

func sameValues(got []Value, want []want) bool {
	if len(got) != len(want) {
		return false
	}
	for k, v := range got {
		q := v.Qualifier
		if q == "" {
			q = Exact
		}
		if v.Type != want[k].typ || v.Norm != want[k].norm || q != want[k].q || v.Text != want[k].text {
			return false
		}
	}
	return true
}

func fmtValues(vs []Value) string {
	var b strings.Builder
	for _, v := range vs {
		q := v.Qualifier
		if q == "" {
			q = Exact
		}
		fmt.Fprintf(&b, "[%s %q %s @%q] ", v.Type, v.Norm, q, v.Text)
	}
	return b.String()
}

func fmtWants(ws []want) string {
	var b strings.Builder
	for _, v := range ws {
		fmt.Fprintf(&b, "[%s %q %s @%q] ", v.typ, v.norm, v.q, v.text)
	}
	return b.String()
}

func TestDates(t *testing.T) {
	runFind(t, Options{Ref: ref}, []findCase{
		{"a summit in Hanoi on Monday, April 29, 2025, between", []want{w(Date, "2025-04-29", "Monday, April 29, 2025")}},
		{"29 April 2025", []want{w(Date, "2025-04-29", "29 April 2025")}},
		{"Sept. 13, 2023.", []want{w(Date, "2023-09-13", "Sept. 13, 2023")}},
		{"It began Jan. 5, 2010.", []want{w(Date, "2010-01-05", "Jan. 5, 2010")}},
		{"on 2025-04-28 and 04/28/2025", []want{w(Date, "2025-04-28", "2025-04-28"), w(Date, "2025-04-28", "04/28/2025")}},
		{"28/04/2025", []want{w(Date, "2025-04-28", "28/04/2025")}},
		{"in April 2025 and September 2021", []want{w(Date, "2025-04", "April 2025"), w(Date, "2021-09", "September 2021")}},
		{"in early September", []want{w(Date, "2024-09", "early September")}},
		{"in early March", []want{w(Date, "2025-03", "early March")}},
		{"the 12/25 November 1917 revolution", []want{w(Date, "1917-11-25", "12/25 November 1917")}},
		{"The april 28th summit", []want{w(Date, "2025-04-28", "april 28th")}},
		{"on the 28th of April", []want{w(Date, "2025-04-28", "the 28th of April")}},
		{"by Oct. 25", []want{w(Date, "2024-10-25", "Oct. 25")}},
		{"On April 27, the minister", []want{w(Date, "2025-04-27", "April 27")}},
		{"fourth of july, 1995", []want{w(Date, "1995-07-04", "fourth of july, 1995")}},
		{"November 19-20, 2024", []want{w(Date, "2024-11-19/2024-11-20", "November 19-20, 2024")}},
		{"born January twenty five nineteen eighty six", []want{w(Date, "1986-01-25", "January twenty five nineteen eighty six")}},
		{"On fifteen August nineteen hundred ninety three, it", []want{w(Date, "1993-08-15", "fifteen August nineteen hundred ninety three")}},
		{"in October two thousand and five, on 6 April seventeen hundred thirty three", []want{w(Date, "2005-10", "October two thousand and five"),
			w(Date, "1733-04-06", "6 April seventeen hundred thirty three")}},
		{"back May twenty nine", []want{w(Date, "2025-05-29", "May twenty nine")}},
		{"born in April of 87", []want{w(Date, "1987-04", "April of 87")}},
		{"off between the ninth and the seventeenth of April", []want{w(Date, "2025-04-09/2025-04-17", "the ninth and the seventeenth of April")}},
		{"from April the ninth till the seventeenth", []want{w(Date, "2025-04-09/2025-04-17", "April the ninth till the seventeenth")}},
		{"between 10/1-11/7 and in 10/1-11/2/2017", []want{w(Date, "2024-10-01/2024-11-07", "10/1-11/7"), w(Date, "2017-10-01/2017-11-02", "10/1-11/2/2017")}},
		{"scores of 10/1-11/7", nil},
		{"from next Monday to Friday; Friday 7/6", []want{w(Date, "2025-05-05/2025-05-09", "next Monday to Friday"), w(Date, "2024-07-06", "Friday 7/6")}},
		{"back Sep-23-2020, for Dec/2018-May/2019", []want{w(Date, "2020-09-23", "Sep-23-2020"), w(Date, "2018-12/2019-05", "Dec/2018-May/2019")}},
		{"in next year's first quarter and 2024's second half", []want{w(Date, "2026-01/2026-03", "next year's first quarter"), w(Date, "2024-07/2024-12", "2024's second half")}},
		{"2024's best quarter", []want{w(Year, "2024", "2024")}},
		{"met on Mon 13th", []want{w(Date, "2025-01-13", "Mon 13th")}},
		{"on Monday 21 people died", []want{w(Date, "2025-04-28", "Monday"), w(Count, "21", "21")}},
		// Traps.
		{"In March twenty people died and two March rallies", []want{w(Date, "2025-03", "March"), w(Count, "20", "twenty"), w(Count, "2", "two")}},
		{"This may take longer.", nil},
		{"May I ask why?", nil},
		{"They will march on.", nil},
		{"June Carter sang.", nil},
		{"Two plus Two talks", []want{w(Count, "2", "Two"), w(Count, "2", "Two")}},
		{"in the 21st century", []want{w(Rank, "21", "21st century")}},
		{"ratio 4:3 at 10:30", nil},
		{"The ssn is 123-12-1234", nil},
	})
}

func TestDatesWithoutRef(t *testing.T) {
	got := Find("on April 27 and on Monday, yesterday", Options{})
	if len(got) != 3 {
		t.Fatalf("got %s", fmtValues(got))
	}
	for _, v := range got {
		if v.When.Resolved || v.Norm != "" {
			t.Errorf("%q resolved without a reference date: %+v", v.Text, v)
		}
	}
	if got[0].When.Month != 4 || got[0].When.Day != 27 || !got[0].When.NoYear {
		t.Errorf("April 27: %+v", got[0].When)
	}
}

func TestYears(t *testing.T) {
	runFind(t, Options{Ref: ref}, []findCase{
		{"in 2024", []want{w(Year, "2024", "2024")}},
		{"a 2023 article", []want{w(Year, "2023", "2023")}},
		{"since 1973", []want{w(Year, "1973", "1973")}},
		{"Apollo (1968) flew", []want{w(Year, "1968", "1968")}},
		{"from 1968–1972", []want{w(Year, "1968/1972", "1968–1972")}},
		{"the 2010-11 season", []want{w(Year, "2010/2011", "2010-11")}},
		{"in the 1890s", []want{w(Year, "1890/1899", "1890s")}},
		{"in the early 1970s", []want{w(Year, "1970/1973", "early 1970s")}},
		{"the '90s", []want{w(Year, "1990/1999", "'90s")}},
		{"c. 2500 BC", []want{wq(Year, "-2499", Approx, "c. 2500 BC")}},
		{"in 79 AD", []want{w(Year, "0079", "79 AD")}},
		{"built c1850, managed c2014-c.2018", []want{wq(Year, "1850", Approx, "c1850"), wq(Year, "2014/2018", Approx, "c2014-c.2018")}},
		{"the c2014 printer", nil},
		{"FY2024 and fiscal 2023", []want{w(Year, "2024", "FY2024"), w(Year, "2023", "fiscal 2023")}},
		{"between 2014 and 2018", []want{w(Year, "2014/2018", "between 2014 and 2018")}},
		{"up 2.7% from 2023", []want{w(Percent, "2.7%", "2.7%"), w(Year, "2023", "2023")}},
		{"left in nineteen ninety six and came back in two thousand and fifteen", []want{w(Year, "1996", "nineteen ninety six"), w(Year, "2015", "two thousand and fifteen")}},
		// Counts, not years.
		{"in nineteen twenty games, in two thousand cases", []want{w(Count, "19", "nineteen"), w(Count, "20", "twenty"), w(Count, "2000", "two thousand")}},
		{"2024 people", []want{w(Count, "2024", "2024")}},
		{"1500 km", []want{w(Count, "1500 km", "1500 km")}},
		{"in their 20s", nil},
		{"over 2023 levels", []want{w(Year, "2023", "2023")}},
	})
}

func TestRelative(t *testing.T) {
	runFind(t, Options{Ref: ref}, []findCase{
		{"Today", []want{w(Date, "2025-04-30", "Today")}},
		{"yesterday and tomorrow", []want{w(Date, "2025-04-29", "yesterday"), w(Date, "2025-05-01", "tomorrow")}},
		{"last week", []want{w(Date, "2025-04-21/2025-04-27", "last week")}},
		{"next month", []want{w(Date, "2025-05", "next month")}},
		{"this year", []want{w(Year, "2025", "this year")}},
		{"the first meeting slated for later this year", []want{w(Rank, "1", "first"), w(Year, "2025", "later this year")}},
		{"last year and next year", []want{w(Year, "2024", "last year"), w(Year, "2026", "next year")}},
		{"early next month", []want{w(Date, "2025-05", "early next month")}},
		{"earlier this month", []want{w(Date, "2025-04", "earlier this month")}},
		{"last month", []want{w(Date, "2025-03", "last month")}},
		{"three years ago", []want{w(Year, "2022", "three years ago")}},
		{"Talks stalled over the weekend. They will resume over the weekend.", []want{w(Date, "2025-04-26/2025-04-27", "the weekend"),
			w(Date, "2025-05-03/2025-05-04", "the weekend")}},
		{"the weekend of rain and the weekend's games", nil},
		{"Shares closed up 2% for the day and 5% for the week.", []want{w(Percent, "2%", "2%"), w(Date, "2025-04-30", "the day"),
			w(Percent, "5%", "5%"), w(Date, "2025-04-28/2025-05-04", "the week")}},
		{"the day before, for the day of the vote, for the year", nil},
		{"down 20% in the year to date and 5% YTD", []want{w(Percent, "20%", "20%"), w(Date, "2025-01-01/2025-04-29", "the year to date"),
			w(Percent, "5%", "5%"), w(Date, "2025-01-01/2025-04-29", "YTD")}},
		{"between now and 2030, from now until November 15th", []want{w(Date, "2025-04-30/2030-12-31", "between now and 2030"),
			w(Date, "2025-04-30/2025-11-15", "from now until November 15th")}},
		{"will be built within the next two years", []want{w(Date, "2025-04-30/2027-04-29", "within the next two years")}},
		{"He died within two years, within 5 km", []want{w(Count, "2 year", "two years"), w(Count, "5 km", "5 km")}},
		{"prices rose after Feb, since Dec. but Jan Smith and in jan", []want{w(Date, "2025-02", "Feb"), w(Date, "2024-12", "Dec.")}},
		{"for 3 days starting from next Monday, a week starting tomorrow", []want{w(Date, "2025-05-05/2025-05-07", "3 days starting from next Monday"),
			w(Date, "2025-05-01/2025-05-07", "a week starting tomorrow")}},
		{"2 weeks starting with the vote", []want{w(Count, "2 week", "2 weeks")}},
		// Weekdays: the Ref is a Wednesday.
		{"talks on Wednesday", []want{w(Date, "2025-04-30", "Wednesday")}},
		{"Leaders met on Monday", []want{w(Date, "2025-04-28", "Monday")}},
		{"Leaders will meet on Monday", []want{w(Date, "2025-05-05", "Monday")}},
		{"Japan to host talks on Friday", []want{w(Date, "2025-05-02", "Friday")}},
		{"the Friday talks", []want{w(Date, "2025-05-02", "Friday")}},
		{"the Sunday talks", []want{w(Date, "2025-04-27", "Sunday")}},
		{"next Monday", []want{w(Date, "2025-05-05", "next Monday")}},
		{"last Monday", []want{w(Date, "2025-04-21", "last Monday")}},
		{"on Mondays", nil},
		// "to" before an article or a number is a preposition, no future.
		{"A judge on Monday put an end to the dispute", []want{w(Date, "2025-04-28", "Monday")}},
		{"Talks on Monday could lead to 5 deals", []want{w(Date, "2025-04-28", "Monday"), w(Count, "5", "5")}},
		{"The court on Saturday gave its approval", []want{w(Date, "2025-04-26", "Saturday")}},
		// An irregular past verb outweighs "to" before a noun.
		{"The opposition swept to power in Monday's election", []want{w(Date, "2025-04-28", "Monday")}},
		{"The bill passed on Tuesday, with reforms due in June", []want{w(Date, "2025-04-29", "Tuesday"), w(Date, "2025-06", "June")}},
		{"The storm dumped rain, with gusts of up to 90 mph, in the early hours of Saturday", []want{
			wq(Count, "90 mph", AtMost, "up to 90 mph"), w(Date, "2025-04-26", "Saturday")}},
		{"Temperatures reached 41.2°C in late July, breaking the record set in 2003", []want{
			w(Count, "41.2 °C", "41.2°C"), w(Date, "2024-07", "late July"), w(Year, "2003", "2003")}},
		{"the attack on the 18th", []want{w(Date, "2025-04-18", "the 18th")}},
		{"talks will resume on the 3rd", []want{w(Date, "2025-05-03", "the 3rd")}},
		{"the 18th largest", []want{w(Rank, "18", "18th largest")}},
		{"the talks will resume on January 12", []want{w(Date, "2026-01-12", "January 12")}},
		{"She will be sworn in on Jan. 12 at City Hall", []want{w(Date, "2026-01-12", "Jan. 12")}},
		{"on the 15th day of next month", []want{w(Date, "2025-05-15", "the 15th day of next month")}},
		{"Shareholders would vote on July 22", []want{w(Date, "2025-07-22", "July 22")}},
	})
}

func TestMoney(t *testing.T) {
	runFind(t, Options{}, []findCase{
		{"$46.2 billion", []want{w(Money, "USD 46200000000", "$46.2 billion")}},
		{"nearly $50 billion", []want{wq(Money, "USD 50000000000", Approx, "nearly $50 billion")}},
		{"US$5m", []want{w(Money, "USD 5000000", "US$5m")}},
		{"€3.5bn", []want{w(Money, "EUR 3500000000", "€3.5bn")}},
		{"£20 and ¥1,000", []want{w(Money, "GBP 20", "£20"), w(Money, "JPY 1000", "¥1,000")}},
		{"EUR 12 million", []want{w(Money, "EUR 12000000", "EUR 12 million")}},
		{"12 million euros", []want{w(Money, "EUR 12000000", "12 million euros")}},
		{"400 shillings", []want{w(Money, "SHILLING 400", "400 shillings")}},
		{"HK$ 10.05 billion", []want{w(Money, "HKD 10050000000", "HK$ 10.05 billion")}},
		{"A$300 and C $ 16.4", []want{w(Money, "AUD 300", "A$300"), w(Money, "CAD 16.4", "C $ 16.4")}},
		{"a $1.45 billion mission", []want{w(Money, "USD 1450000000", "$1.45 billion")}},
		{"cost a $ 2 fee", []want{w(Money, "USD 2", "$ 2")}},
		{"125 million Australian dollars", []want{w(Money, "AUD 125000000", "125 million Australian dollars")}},
		{"five million yen", []want{w(Money, "JPY 5000000", "five million yen")}},
		{"$5-10 million", []want{w(Money, "USD 5000000-10000000", "$5-10 million")}},
		{"the $48.6-million project", []want{w(Money, "USD 48600000", "$48.6-million")}},
		{"the 48.6-million-euro building", []want{w(Money, "EUR 48600000", "48.6-million-euro")}},
		{"1,000 billion dong", []want{w(Money, "VND 1000000000000", "1,000 billion dong")}},
		// Traps.
		{"a 200 pound man", []want{w(Count, "200", "200")}},
		{"try 3 times", []want{w(Count, "3", "3")}},
	})
}

func TestCounts(t *testing.T) {
	runFind(t, Options{}, []findCase{
		{"600,000 workers", []want{w(Count, "600000", "600,000")}},
		{"652,723 people", []want{w(Count, "652723", "652,723")}},
		{"1.5 million", []want{w(Count, "1500000", "1.5 million")}},
		{"twenty-one, a dozen, three hundred and six", []want{w(Count, "21", "twenty-one"), w(Count, "12", "a dozen"), w(Count, "306", "three hundred and six")}},
		{"seven major directions", []want{w(Count, "7", "seven")}},
		{"7 major directions", []want{w(Count, "7", "7")}},
		{"about 200, around 5, some 600 workers", []want{wq(Count, "200", Approx, "about 200"), wq(Count, "5", Approx, "around 5"), wq(Count, "600", Approx, "some 600")}},
		{"more than 100 and at least 5 and over 40", []want{wq(Count, "100", AtLeast, "more than 100"), wq(Count, "5", AtLeast, "at least 5"), wq(Count, "40", AtLeast, "over 40")}},
		{"fewer than 3, up to 20 and no more than 9", []want{wq(Count, "3", AtMost, "fewer than 3"), wq(Count, "20", AtMost, "up to 20"), wq(Count, "9", AtMost, "no more than 9")}},
		{"pay as little as $5, as few as 3 and as low as 2%", []want{wq(Money, "USD 5", AtLeast, "as little as $5"), wq(Count, "3", AtLeast, "as few as 3"), wq(Percent, "2%", AtLeast, "as low as 2%")}},
		{"cases confirmed up to 1 April 2025", []want{w(Date, "2025-04-01", "1 April 2025")}},
		{"an estimated 2,000 and ~40", []want{wq(Count, "2000", Approx, "an estimated 2,000"), wq(Count, "40", Approx, "~40")}},
		{"69 km and 1.4 hectares and 26.5mm", []want{w(Count, "69 km", "69 km"), w(Count, "1.4 ha", "1.4 hectares"), w(Count, "26.5 mm", "26.5mm")}},
		{"one inch, 5 m, 1.5 kg", []want{w(Count, "1 in", "one inch"), w(Count, "5 m", "5 m"), w(Count, "1.5 kg", "1.5 kg")}},
		{"10-12 people", []want{w(Count, "10-12", "10-12")}},
		{"6' 8\" tall, 5′11″, 6 ft 2 in, a 5-metre flame, 1370 g", []want{w(Count, "80 in", "6' 8\""), w(Count, "71 in", "5′11″"),
			w(Count, "74 in", "6 ft 2 in"), w(Count, "5 m", "5-metre"), w(Count, "1370 g", "1370 g")}},
		// Traps.
		{"the source [[1]] and [3]", nil},
		{"1. Reinforcing trust\n2. Expanding ties", nil},
		{"call 555-1234 or +1-222-333-4444", nil},
		{"version 1.10.2 and v1.2.3", nil},
		{"COVID-19 and F-16", nil},
		{"at 10:30 or 3 p.m. or 10am or 5 o'clock", nil},
		{"5G networks and 3D printing", nil},
		{"The one you mentioned, which one, one of them", nil},
		{"hundreds of people", nil},
		{"the Boeing 737 MAX and Section 230 reforms", nil},
		{"the Boeing 737-800 and the ATR 72-600", nil},
		{"a USD 5-10 million fund", []want{w(Money, "USD 5000000-10000000", "USD 5-10 million")}},
		{"it gave the Civic Union 58 of the 151 seats", []want{w(Count, "58", "58"), w(Count, "151", "151")}},
		{"Japan Sends 12 Ships", []want{w(Count, "12", "12")}},
		{"He won 3 seats. Some 40 people came", []want{w(Count, "3", "3"), wq(Count, "40", Approx, "Some 40")}},
		{"two thirds of voters, one and a half, half a million", []want{w(Count, "0.666667", "two thirds"), w(Count, "1.5", "one and a half"), w(Count, "500000", "half a million")}},
		{"one in five adults, 2 out of 3 voters", []want{w(Count, "0.2", "one in five"), w(Count, "0.666667", "2 out of 3")}},
		{"3/4 of them, 2½ times, three dozen eggs, .08", []want{w(Count, "0.75", "3/4"), w(Count, "2.5", "2½"), w(Count, "36", "three dozen"), w(Count, "0.08", ".08")}},
		{"six million and two thirds", []want{w(Count, "6666666.666667", "six million and two thirds")}},
		{"3 million and a half, two million and one half", []want{w(Count, "3500000", "3 million and a half"), w(Count, "2500000", "two million and one half")}},
		{"dozens of people, 24/7", []want{w(Count, "24", "24")}},
		{"China's population is 1 414 021 100 or 12,34,567", []want{w(Count, "1414021100", "1 414 021 100"), w(Count, "1234567", "12,34,567")}},
		{"a 9999999999999999999999 figure", nil},
		{"1e10, 1.3e6, -12e-1, 1.1^23, 2.5^-1, 6.23x10^-4", []want{w(Count, "10000000000", "1e10"), w(Count, "1300000", "1.3e6"),
			w(Count, "-1.2", "-12e-1"), w(Count, "8.954302", "1.1^23"), w(Count, "0.4", "2.5^-1"), w(Count, "0.000623", "6.23x10^-4")}},
		{"-4/5 and 1.2b users", []want{w(Count, "-0.8", "-4/5"), w(Count, "1200000000", "1.2b")}},
		{"4 thousand 3 hundred and 21, 3 hundred and one", []want{w(Count, "4321", "4 thousand 3 hundred and 21"), w(Count, "301", "3 hundred and one")}},
		{"a hundredth of a second, a trillionth.", []want{w(Count, "0.01", "a hundredth"), w(Count, "0.000000000001", "a trillionth")}},
		{"Rs 3 lakh crore, three lakh crore, hundred thousand dollars", []want{w(Money, "INR 3000000000000", "Rs 3 lakh crore"),
			w(Count, "3000000000000", "three lakh crore"), w(Money, "USD 100000", "hundred thousand dollars")}},
		{"one over three, 2000 over 3.", []want{w(Count, "0.333333", "one over three"), w(Count, "666.666667", "2000 over 3")}},
		{"rose 40 over five years, 3 hundred and 2 hundred", []want{w(Count, "40", "40"), wq(Count, "5 year", AtLeast, "over five years"),
			w(Count, "300", "3 hundred"), w(Count, "200", "2 hundred")}},
		// Traps: an exponent must be glued; "5 million and 200" stays two.
		{"grade 5 e 10 and flat 5b, 5 million and 200 injured", []want{w(Count, "5", "5"), w(Count, "10", "10"), w(Count, "5", "5"), w(Count, "5000000", "5 million"), w(Count, "200", "200")}},
	})
}

func TestPercent(t *testing.T) {
	runFind(t, Options{}, []findCase{
		{"2.7%, 40.4%", []want{w(Percent, "2.7%", "2.7%"), w(Percent, "40.4%", "40.4%")}},
		{"57–58%", []want{w(Percent, "57-58%", "57–58%")}},
		{"12 percent, 12 per cent, twelve percent", []want{w(Percent, "12%", "12 percent"), w(Percent, "12%", "12 per cent"), w(Percent, "12%", "twelve percent")}},
		{"about 5%", []want{wq(Percent, "5%", Approx, "about 5%")}},
		{"rose 1.5 percentage points", []want{w(Percent, "1.5 pp", "1.5 percentage points")}},
	})
}

func TestRanks(t *testing.T) {
	runFind(t, Options{}, []findCase{
		{"the fourth recipient", []want{w(Rank, "4", "fourth")}},
		{"the fourth-largest economy", []want{w(Rank, "4", "fourth-largest")}},
		{"third largest", []want{w(Rank, "3", "third largest")}},
		{"4th, 50th, 21st", []want{w(Rank, "4", "4th"), w(Rank, "50", "50th"), w(Rank, "21", "21st")}},
		{"his first visit", []want{w(Rank, "1", "first")}},
		{"twenty-first", []want{w(Rank, "21", "twenty-first")}},
		// Traps.
		{"wait a second.", nil},
		{"a third of voters", []want{w(Count, "0.333333", "a third")}},
		{"the fourth term", []want{w(Rank, "4", "fourth")}},
		{"the a hundred trillionth visitor", []want{w(Rank, "100000000000000", "a hundred trillionth")}},
		{"a fifth term", []want{w(Rank, "5", "fifth")}},
		{"one twenty-fifth of it, a twenty-first century city", []want{w(Count, "0.04", "one twenty-fifth"), w(Rank, "21", "twenty-first century")}},
	})
	v := Find("the fourth-largest economy", Options{})
	if len(v) != 1 || v[0].Unit != "largest" {
		t.Errorf("fourth-largest: %+v", v)
	}
}

// checkInvariants holds for every output of Find.
func checkInvariants(t *testing.T, in string, vs []Value) {
	t.Helper()
	last := 0
	for _, v := range vs {
		if v.Start < last || v.End <= v.Start || v.End > len(in) {
			t.Fatalf("Find(%q): bad span %d:%d after %d", in, v.Start, v.End, last)
		}
		if in[v.Start:v.End] != v.Text {
			t.Fatalf("Find(%q): Text %q != input[%d:%d] %q", in, v.Text, v.Start, v.End, in[v.Start:v.End])
		}
		for _, f := range []float64{v.Num, v.High} {
			if math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > maxAmount {
				t.Fatalf("Find(%q): %q has amount %v", in, v.Text, f)
			}
		}
		if v.When.Resolved != (v.Norm != "") && (v.Type == Date || v.Type == Year) {
			t.Fatalf("Find(%q): %q Resolved=%v with Norm %q", in, v.Text, v.When.Resolved, v.Norm)
		}
		last = v.End
	}
}

var fuzzSeeds = []string{
	"The announcement came during a summit in Hanoi on Monday, April 29, 2025, between leaders.",
	"The presence of 600,000 Vietnamese workers in Japan [[1]].",
	"Revenue hit $46.2 billion, nearly $50 billion, US$5m, €3.5bn, £20, ¥1,000.",
	"Inflation was 57–58%, up 2.7% from 2023; the fourth-largest.",
	"12/25 November 1917, the 1890s, early 1970s, c. 2500 BC.",
	"call +1-222-333-4444 v1.10.2 COVID-19 10:30 am",
	"\xff\xfe\x00 9999999999999999999999999999.5 $ - - -1e308",
	"twenty-one trillion and three hundred twenty second",
	"",
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, in string, withRef bool) {
		opt := Options{}
		if withRef {
			opt.Ref = ref
		}
		checkInvariants(t, in, Find(in, opt))
	})
}

func TestInvariantsOnSeeds(t *testing.T) {
	for _, s := range fuzzSeeds {
		checkInvariants(t, s, Find(s, Options{Ref: ref}))
		checkInvariants(t, s, Find(s, Options{}))
	}
}

func TestCivil(t *testing.T) {
	for _, c := range []Civil{{1970, 1, 1}, {2000, 2, 29}, {2025, 4, 30}, {-2499, 3, 1}, {1, 1, 1}, {0, 12, 31}} {
		if got := civilFromDays(c.days()); got != c {
			t.Errorf("round trip %v -> %v", c, got)
		}
	}
	if w := weekdayOf(daysFromCivil(2025, 4, 28)); w != 1 {
		t.Errorf("2025-04-28 weekday %d, want 1 (Monday)", w)
	}
}

func TestQuarters(t *testing.T) {
	runFind(t, Options{Ref: ref}, []findCase{
		{"in Q1 2019 and 2019-Q3", []want{w(Date, "2019-01/2019-03", "Q1 2019"), w(Date, "2019-07/2019-09", "2019-Q3")}},
		{"the third quarter of 2013", []want{w(Date, "2013-07/2013-09", "the third quarter of 2013")}},
		{"first half of 2024 and H2 2023", []want{w(Date, "2024-01/2024-06", "first half of 2024"), w(Date, "2023-07/2023-12", "H2 2023")}},
		{"profit in the fourth quarter", []want{w(Date, "2024-10/2024-12", "the fourth quarter")}},
		{"the first quarter of this year", []want{w(Date, "2025-01/2025-03", "the first quarter of this year")}},
	})
}

func TestRelativeSpans(t *testing.T) {
	runFind(t, Options{Ref: ref}, []findCase{
		{"over the past three years", []want{w(Date, "2022-04-30/2025-04-29", "past three years")}},
		{"in the next 3 days", []want{w(Date, "2025-05-01/2025-05-03", "next 3 days")}},
		{"the last two quarters", []want{w(Date, "2024-10-01/2025-03-31", "last two quarters")}},
		{"next week Monday", []want{w(Date, "2025-05-05", "next week Monday")}},
		{"two days after today", []want{w(Date, "2025-05-02", "two days after today")}},
		{"2 weeks before May 13 1999", []want{w(Date, "1999-04-29", "2 weeks before May 13 1999")}},
		{"They will meet in two weeks", []want{w(Date, "2025-05-14", "in two weeks")}},
		{"It grew in two years", []want{w(Count, "2 year", "two years")}},
		{"two months ago", []want{w(Date, "2025-02", "two months ago")}},
		{"from 2014 to 2018", []want{w(Year, "2014/2018", "from 2014 to 2018")}},
		{"2014 through 2018", []want{w(Year, "2014/2018", "2014 through 2018")}},
		{"Nov 18-Dec 19, 2015", []want{w(Date, "2015-11-18/2015-12-19", "Nov 18-Dec 19, 2015")}},
		{"from May to October 2020", []want{w(Date, "2020-05/2020-10", "May to October 2020")}},
	})
}

// repeats are inputs that once took quadratic time or could: each is run
// many times over.
var repeats = []string{"2 days after ", "one hundred and ", "twenty-", "1-", "1/", "Monday ",
	"$1 ", "the ", "last ", "early ", "between 2014 and ", "1,000,", "1.1.", "[[", "April ",
	"Q1 ", "- ", "% ", "111 ", "\xff", "a a ", "more than ", "next 3 ", "in 2 weeks ",
	"half a ", "point ", "one and a half and ", "2014 to "}

func TestLongRepetitiveInputs(t *testing.T) {
	for _, r := range repeats {
		in := strings.Repeat(r, 3000)
		checkInvariants(t, in, Find(in, Options{Ref: ref}))
	}
}

func TestHolidays(t *testing.T) {
	runFind(t, Options{Ref: ref}, []findCase{
		{"on Christmas 2020", []want{w(Date, "2020-12-25", "Christmas 2020")}},
		{"Easter 2018 and Thanksgiving 2023", []want{w(Date, "2018-04-01", "Easter 2018"), w(Date, "2023-11-23", "Thanksgiving 2023")}},
		{"since last Easter", []want{w(Date, "2025-04-20", "last Easter")}},
		{"on New Year's Day", []want{w(Date, "2025-01-01", "New Year's Day")}},
		{"good news for black cars in the new year", nil},
		{"over Labor Day weekend 2024 and the weekend of Thanksgiving 2023", []want{w(Date, "2024-08-31/2024-09-02", "Labor Day weekend 2024"),
			w(Date, "2023-11-23/2023-11-26", "the weekend of Thanksgiving 2023")}},
		{"a weekend of rain", nil},
	})
}

func TestWeeks(t *testing.T) {
	runFind(t, Options{Ref: ref}, []findCase{
		{"the week of April 10, 2017", []want{w(Date, "2017-04-10/2017-04-16", "the week of April 10, 2017")}},
		{"the first week of 2015", []want{w(Date, "2014-12-29/2015-01-04", "the first week of 2015")}},
		{"the last week of Dec 2016", []want{w(Date, "2016-12-26/2017-01-01", "the last week of Dec 2016")}},
		{"in week 3 of 2027", []want{w(Date, "2027-01-18/2027-01-24", "week 3 of 2027")}},
		{"last week and a week of talks", []want{w(Date, "2025-04-21/2025-04-27", "last week")}},
		{"around the 21st this month, on the 3rd of next month", []want{w(Date, "2025-04-21", "the 21st this month"), w(Date, "2025-05-03", "the 3rd of next month")}},
		{"the 21st this year", []want{w(Rank, "21", "21st"), w(Year, "2025", "this year")}},
		{"for the week of the 18th", []want{w(Date, "2025-04-14/2025-04-20", "the week of the 18th")}},
		{"done this 5/12 or next 5/12", []want{w(Date, "2025-05-12", "5/12"), w(Date, "2025-05-12", "5/12")}},
		{"How about 3rd week of Jan", []want{w(Date, "2025-01-13/2025-01-19", "3rd week of Jan")}},
	})
}

func TestSpansOf(t *testing.T) {
	runFind(t, Options{Ref: ref}, []findCase{
		{"in the first three months of 2024", []want{w(Date, "2024-01/2024-03", "the first three months of 2024")}},
		{"the last four months of 2021", []want{w(Date, "2021-09/2021-12", "the last four months of 2021")}},
		{"the third month of 2021", []want{w(Date, "2021-03", "the third month of 2021")}},
		{"first ten days of last year", []want{w(Date, "2024-01-01/2024-01-10", "first ten days of last year")}},
		{"the first 2 weeks of 2021", []want{w(Date, "2021-01-04/2021-01-17", "the first 2 weeks of 2021")}},
		{"the last week of this month", []want{w(Date, "2025-04-21/2025-04-27", "the last week of this month")}},
		// Traps: months of a month, more months than there are.
		{"the first two months of March", []want{w(Rank, "1", "first"), w(Count, "2 month", "two months"), w(Date, "2025-03", "March")}},
		{"the first nine months of fiscal 2024", []want{w(Rank, "1", "first"), w(Count, "9 month", "nine months"), w(Year, "2024", "fiscal 2024")}},
		{"the first 13 months of 2021", []want{w(Rank, "1", "first"), w(Count, "13 month", "13 months"), w(Year, "2021", "2021")}},
	})
}
