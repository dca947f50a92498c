package report

import (
	"strings"
	"testing"
)

func TestWordDiff(t *testing.T) {
	tests := []struct {
		a, b, want string
	}{
		{"met on April 28, 2025.", "met on April 29, 2025.", "met on April [-28-]{+29+}, 2025."},
		{"same words", "same words", "same words"},
		{"", "new text", "{+new text+}"},
		{"old text", "", "[-old text-]"},
		// A word that only grows must not be cut mid-word.
		{"in 2024 trade", "in 20245 trade", "in [-2024-]{+20245+} trade"},
		{"Tô Lâm met Ishiba", "To Lam met Ishiba", "[-Tô Lâm-]{+To Lam+} met Ishiba"},
		{"a b c", "a x c", "a [-b-]{+x+} c"},
	}
	for _, tt := range tests {
		if got, _ := wordDiff(tt.a, tt.b, false); got != tt.want {
			t.Errorf("wordDiff(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
	got, _ := wordDiff("on April 28", "on April 29", true)
	if want := "on April " + ansiRed + "28" + ansiReset + ansiGreen + "29" + ansiReset; got != want {
		t.Errorf("coloured diff = %q, want %q", got, want)
	}
}

func TestSplitWords(t *testing.T) {
	for _, s := range []string{"", "a", "Tô Lâm, 2025-04-28!", "  two  spaces\tand\ttabs ", "e\u0301cole"} {
		words := splitWords(s)
		if got := strings.Join(words, ""); got != s {
			t.Errorf("splitWords(%q) joins to %q", s, got)
		}
	}
	if got := splitWords("April 28, 2025"); len(got) != 6 {
		t.Errorf("splitWords(%q) = %q, want 6 pieces", "April 28, 2025", got)
	}
}

func FuzzWordDiff(f *testing.F) {
	f.Add("met on April 28, 2025.", "met on April 29, 2025.")
	f.Add("Tô Lâm", "To Lam")
	f.Fuzz(func(t *testing.T, a, b string) {
		if strings.ContainsAny(a+b, "[]{}") {
			t.Skip()
		}
		got, shared := wordDiff(a, b, false)
		if shared < 0 || shared > 1 {
			t.Fatalf("shared = %v, want within [0, 1]", shared)
		}
		// Dropping the insertions gives a back; dropping the deletions gives b.
		if old := strip(got, "{+", "+}", "[-", "-]"); old != a {
			t.Fatalf("old side %q, want %q", old, a)
		}
		if new := strip(got, "[-", "-]", "{+", "+}"); new != b {
			t.Fatalf("new side %q, want %q", new, b)
		}
	})
}

// strip removes the spans between drop markers and the keep markers
// themselves.
func strip(s, dropOpen, dropClose, keepOpen, keepClose string) string {
	var b strings.Builder
	for s != "" {
		switch {
		case strings.HasPrefix(s, dropOpen):
			end := strings.Index(s, dropClose)
			s = s[end+len(dropClose):]
		case strings.HasPrefix(s, keepOpen):
			s = s[len(keepOpen):]
		case strings.HasPrefix(s, keepClose):
			s = s[len(keepClose):]
		default:
			b.WriteByte(s[0])
			s = s[1:]
		}
	}
	return b.String()
}

func TestWordDiffShared(t *testing.T) {
	tests := []struct {
		a, b string
		min  float64 // shared must be at least min, and below max
		max  float64
	}{
		{"met in Hanoi on April 28, 2025.", "met in Hanoi on April 29, 2025.", 0.8, 1},
		{"same", "same", 1, 1.01},
		{"About 570,000 Vietnamese nationals work in Japan.", "Japan hosts 600,000 Vietnamese workers, including trainees.", 0, 0.5},
		{"", "", 0, 0.01},
	}
	for _, tt := range tests {
		if _, got := wordDiff(tt.a, tt.b, false); got < tt.min || got >= tt.max {
			t.Errorf("wordDiff(%q, %q) shared = %v, want in [%v, %v)", tt.a, tt.b, got, tt.min, tt.max)
		}
	}
}
