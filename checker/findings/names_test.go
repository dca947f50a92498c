package findings

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/align"
	"github.com/factlint/factlint/checker/claims"
)

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"vault 3.2", "tidewell vault 3.2", true},
		{"socialist revolutionaries", "socialist-revolutionary party", true},
		{"harbour party", "harbour parties", true},
		{"harbour party", "labour party", false},
		{"hms royal george", "hms victory", false},
		{"normetsat", "northern meteorological satellite consortium", true},
		{"ndmo", "national disaster management office", true},
	}
	f := &finder{words: map[string][]string{}}
	for _, tt := range tests {
		if got := f.sameName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestConstantMeasure(t *testing.T) {
	for class, want := range map[string]bool{
		"magnitude @earthquake": true,
		"depth @earthquake":     true,
		"length":                true,
		"area":                  true,
		"area @fire":            false, // grows while the fire burns
		"length @spill":         false,
		"count of people":       false,
	} {
		if got := constantMeasure(align.Group{Class: class}); got != want {
			t.Errorf("constantMeasure(%q) = %v, want %v", class, got, want)
		}
	}
}

func TestRunningTally(t *testing.T) {
	for class, want := range map[string]bool{
		"count of people @earthquake": true,
		"death toll":                  true, // an outbreak's, with no event word
		"injured [peak]":              true,
		"revenue (USD)":               false,
		"count of station":            false,
	} {
		if got := runningTally(class); got != want {
			t.Errorf("runningTally(%q) = %v, want %v", class, got, want)
		}
	}
}

func TestOtherHeadNouns(t *testing.T) {
	c := func(src int, about string) *claims.Claim { return &claims.Claim{Source: src, About: about} }
	modifies := map[int]bool{1: true, 2: true} // sources 1 and 2 give a figure as a compound's
	for _, tc := range []struct {
		a, b *claims.Claim
		want bool
	}{
		{c(1, "unit"), c(2, "wing"), true},
		{c(1, "unit"), c(2, "unit"), false},
		{c(1, "unit"), c(2, ""), true},  // "96 beds are in service", where source 2 also writes "a 28-bed unit"
		{c(1, "unit"), c(3, ""), false}, // "the hospital has 150 beds": perhaps the same thing
		{c(3, ""), c(4, ""), false},
	} {
		if got := otherHeadNouns(tc.a, tc.b, modifies); got != tc.want {
			t.Errorf("otherHeadNouns(%q of %d, %q of %d) = %v, want %v", tc.a.About, tc.a.Source, tc.b.About, tc.b.Source, got, tc.want)
		}
	}
}

func TestAbbreviates(t *testing.T) {
	for _, tc := range []struct {
		short, long string
		want        bool
	}{
		{"ndmo", "national disaster management office", true},
		{"normetsat", "northern meteorological satellite consortium", true},
		{"fbi", "federal bureau of investigation", true},
		{"nasa", "national aeronautics and space administration", true},
		{"normetsat", "northern meteorological consortium", false},
		{"met", "meteorological office", false},
		{"ab", "alpha beta", false},
		{"station", "state transport authority", false},
		// Many ways to split: answered at once all the same.
		{strings.Repeat("a", 40), strings.TrimSpace(strings.Repeat("aaaa ", 30)), true},
		{strings.Repeat("a", 40) + "b", strings.TrimSpace(strings.Repeat("aaaa ", 30)), false},
	} {
		if got := abbreviates(tc.short, strings.Fields(tc.long)); got != tc.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", tc.short, tc.long, got, tc.want)
		}
	}
}
