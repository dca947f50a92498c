package findings

import (
	"testing"

	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/rules"
)

func figure(text string, num float64, unit string, q recognize.Qualifier) *claims.Claim {
	return &claims.Claim{Kind: rules.KindMeasure, Value: claims.Val{Value: recognize.Value{
		Type: recognize.Count, Text: text, Num: num, High: num, Unit: unit, Qualifier: q}}}
}

func money(text string, num float64, q recognize.Qualifier) *claims.Claim {
	c := figure(text, num, "", q)
	c.Value.Type, c.Value.Currency = recognize.Money, "USD"
	return c
}

func date(y, m, d int) *claims.Claim {
	return &claims.Claim{Kind: rules.KindEventDate, Value: claims.Val{Value: recognize.Value{
		Type: recognize.Date, When: recognize.DateInfo{Year: y, Month: m, Day: d, Resolved: true}}}}
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		name string
		a, b *claims.Claim
		want bool
	}{
		{"at least agrees with more", figure("at least 2,300", 2300, "", recognize.AtLeast), figure("2,341", 2341, "", recognize.Exact), true},
		{"at least disagrees with less", figure("at least 2,300", 2300, "", recognize.AtLeast), figure("1,900", 1900, "", recognize.Exact), false},
		{"nearly is at most the figure", money("nearly $50 billion", 50e9, recognize.Approx), money("$49.2 billion", 49.2e9, recognize.Exact), true},
		{"nearly is not more", money("nearly $50 billion", 50e9, recognize.Approx), money("$50.5 billion", 50.5e9, recognize.Exact), false},
		{"a scale word rounds", money("$46 billion", 46e9, recognize.Exact), money("$46.2 billion", 46.2e9, recognize.Exact), true},
		{"rounded figures do not meet halfway", money("$46 billion", 46e9, recognize.Exact), money("$47 billion", 47e9, recognize.Exact), false},
		{"whole units do not meet halfway", figure("11 years", 11, "year", recognize.Exact), figure("12-year", 12, "year", recognize.Exact), false},
		{"a half is within the rounding", figure("11 years", 11, "year", recognize.Exact), figure("11.4 years", 11.4, "year", recognize.Exact), true},
		{"plain digits are exact", figure("650,000", 650000, "", recognize.Exact), figure("652,723", 652723, "", recognize.Exact), false},
		{"about is a twentieth", figure("about 12,000", 12000, "", recognize.Approx), figure("12,150", 12150, "", recognize.Exact), true},
		{"about is not a tenth", figure("around 1.6 hectares", 1.6, "ha", recognize.Approx), figure("1.4 hectares", 1.4, "ha", recognize.Exact), false},
		{"units convert", figure("1.4 hectares", 1.4, "ha", recognize.Exact), figure("3.5 acres", 3.5, "acre", recognize.Exact), true},
		{"a year holds its days", date(2025, 0, 0), date(2025, 4, 28), true},
		{"two days", date(2025, 4, 28), date(2025, 4, 29), false},
		{"a month holds its days", date(1993, 4, 0), date(1993, 4, 30), true},
	}
	for _, tt := range tests {
		if got := compatible(tt.a, tt.b, rules.Tolerance{}); got != tt.want {
			t.Errorf("%s: compatible(%q, %q) = %v, want %v", tt.name, tt.a.Value.Text, tt.b.Value.Text, got, tt.want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	for in, want := range map[float64]string{46.2: "46.2", 44.985394: "44.99", 600000: "600000", 0.125: "0.125"} {
		if got := formatNumber(in); got != want {
			t.Errorf("formatNumber(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestOtherDimensions(t *testing.T) {
	measure := func(typ recognize.Type, num float64, unit string) *claims.Claim {
		return &claims.Claim{Kind: rules.KindMeasure, Value: claims.Val{Value: recognize.Value{Type: typ, Num: num, Unit: unit}}}
	}
	tests := []struct {
		a, b *claims.Claim
		want bool
	}{
		{measure(recognize.Count, 2, ""), measure(recognize.Percent, 27, ""), true},
		{measure(recognize.Count, 2, ""), measure(recognize.Money, 27, ""), true},
		{measure(recognize.Count, 43, "mi"), measure(recognize.Count, 69, "km"), false},
		{measure(recognize.Count, 43, "km"), measure(recognize.Count, 69, "kg"), true},
		{measure(recognize.Count, 43, "km"), measure(recognize.Count, 69, ""), true},
		{measure(recognize.Count, 43, ""), measure(recognize.Count, 69, ""), false},
	}
	for _, tt := range tests {
		if got := otherDimensions(tt.a, tt.b); got != tt.want {
			t.Errorf("otherDimensions(%+v, %+v) = %v, want %v", tt.a.Value.Value, tt.b.Value.Value, got, tt.want)
		}
	}
}

func TestPeriodText(t *testing.T) {
	tests := []struct{ period, want string }{
		{"2025-10/2025-12", "Q4 2025"},
		{"2025-01/2025-03", "Q1 2025"},
		{"2025-03", "March 2025"},
		{"2025", "2025"},
		{"2025-02/2025-04", "2025-02/2025-04"}, // no quarter
		{"2014/2018", "2014/2018"},
		{"from 2023", "from 2023"},
	}
	for _, tt := range tests {
		if got := periodText(tt.period); got != tt.want {
			t.Errorf("periodText(%q) = %q, want %q", tt.period, got, tt.want)
		}
	}
}
