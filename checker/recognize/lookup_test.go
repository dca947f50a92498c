package recognize

import (
	"strings"
	"testing"
)

// TestLookupTable checks the hash table against the lexicon map it is
// built from, in every case a text may use.
func TestLookupTable(t *testing.T) {
	mapLookup := func(w string) *entry {
		if len(w) == 0 || len(w) > 16 {
			return nil
		}
		b := []byte(w)
		for i, c := range b {
			b[i] = lowerASCII(c)
		}
		return lexicon[string(b)]
	}
	var words []string
	for w := range lexicon {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w[:len(w)-1], "x"+w)
	}
	words = append(words, "", "a", "Zz", "K", "\u212aM", "de\xff", "ÉTÉ")
	for _, w := range words {
		if got, want := lookup(w), mapLookup(w); got != want {
			t.Errorf("lookup(%q) = %p, want %p", w, got, want)
		}
	}
}
