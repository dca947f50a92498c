package words

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/fold"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by |, possessives marked with +
	}{
		{"Japan's Prime Minister Shigeru Ishiba", "Japan+|Prime|Minister|Shigeru|Ishiba"},
		{"their Hanoi sit-down, Tô Lâm", "their|Hanoi|sit-down|,|Tô|Lâm"},
		{"U.S. President Trump", "U.S.|President|Trump"},
		{"a photo op.It was", "a|photo|op|.|It|was"},
		{"$46.2 billion", "$|46.2|billion"},
		{"workers' pay", "workers+|pay"},
		{"“two-plus-two”", "“|two-plus-two|”"},
	}
	for _, tt := range tests {
		var parts []string
		for _, tok := range Split(tt.in) {
			s := tok.Text
			if tok.Poss {
				s += "+"
			}
			if tt.in[tok.Start:tok.End] != tok.Text && !tok.Poss {
				t.Errorf("%q: token %q does not match its span %q", tt.in, tok.Text, tt.in[tok.Start:tok.End])
			}
			parts = append(parts, s)
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("Split(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestPhrases(t *testing.T) {
	var p Phrases
	p.Add("prime minister", "prime minister")
	p.Add("prime", "x")
	toks := Split("Japan's Prime Minister Ishiba")
	if v, n := p.Match(toks, 1); v != "prime minister" || n != 2 {
		t.Errorf("Match = %q, %d; want the longest phrase", v, n)
	}
	if v, _ := p.Match(toks, 0); v != "" {
		t.Errorf("Match at Japan = %q, want none", v)
	}
	if v := p.Word("prime"); v != "x" {
		t.Errorf("Word(prime) = %q, want the one-word phrase", v)
	}
	if v := p.Word("minister"); v != "" {
		t.Errorf("Word(minister) = %q, want none: it only ends a phrase", v)
	}
}

func TestSingular(t *testing.T) {
	for in, want := range map[string]string{"members": "member", "membership": "member", "countries": "country", "bus": "bus", "glass": "glass", "talks": "talk",
		"matches": "match", "crashes": "crash", "boxes": "box", "avalanches": "avalanche", "caches": "cache", "axes": "axe"} {
		if got := Singular(in); got != want {
			t.Errorf("Singular(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("Japan's U.S. sit-down 2.7% “x”")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Split(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad token span %d..%d (prev end %d) in %q", tok.Start, tok.End, prev, s)
			}
			prev = tok.End
			// Split folds ASCII words by a path of its own; it must
			// agree with fold.Key.
			if want := fold.Key(tok.Text); tok.Key != want {
				t.Fatalf("key of %q is %q, want fold.Key's %q", tok.Text, tok.Key, want)
			}
		}
	})
}

// benchProse is news-like text with names, figures and marks.
const benchProse = `HANOI, April 28 (Wire) — Prime Minister Shigeru Ishiba met his Vietnamese counterpart on Monday, and the two sides said bilateral trade reached $46.2 billion in 2024, up 2.7% from a year earlier. "We're partners," Ishiba told reporters at the U.S.-built convention centre; officials' figures were not disputed. `

func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat(benchProse, 20)
	b.SetBytes(int64(len(text)))
	var toks []Token
	for b.Loop() {
		toks = AppendSplit(toks[:0], text)
	}
}
