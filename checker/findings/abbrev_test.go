package findings

import (
	"strings"
	"testing"
)

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
