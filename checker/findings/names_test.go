package findings

import "testing"

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
		if got := sameName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
