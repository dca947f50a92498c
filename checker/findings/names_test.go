package findings

import (
	"testing"

	"github.com/factlint/factlint/checker/align"
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
	}
	for _, tt := range tests {
		if got := sameWords(nameWords(tt.a), nameWords(tt.b)); got != tt.want {
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
