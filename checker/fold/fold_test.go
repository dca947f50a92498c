package fold

import "testing"

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tô Lâm", "to lam"},
		{"To Lam", "to lam"},
		{"  Shigeru   Ishiba ", "shigeru ishiba"},
		{"Japan’s", "japan's"},
		{"two–plus–two", "two-plus-two"},
		{"Việt Nam", "viet nam"},
		{"Đà Nẵng", "da nang"},
		{"ﬁrst", "first"}, // ligature, by compatibility decomposition
		{"already plain", "already plain"},
		{" The\tU.S.  `Act` ", "the u.s. 'act'"},
		{"000\xf2ų", "000\ufffdu"}, // an invalid byte does not stop folding
		{"", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzKey(f *testing.F) {
	f.Add("Tô Lâm")
	f.Add("\xff\xfe")
	f.Add(" The\tU.S.  `quote` \r\n")
	f.Add("\u201c")
	f.Add("\u2014")
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if Key(k) != k {
			t.Errorf("Key not idempotent on %q: %q then %q", s, k, Key(k))
		}
		// The ASCII shortcut folds as the full path does.
		if fast, ok := asciiKey(s); ok && fast != slowKey(s) {
			t.Errorf("asciiKey(%q) = %q, slowKey = %q", s, fast, slowKey(s))
		}
		if k != slowKey(s) {
			t.Errorf("Key(%q) = %q, slowKey = %q", s, k, slowKey(s))
		}
	})
}
