package recognize

import (
	"math"
	"testing"
)

// recognizers are the recognizers Find tries at each token, by name, so
// that each can be fuzzed on its own: at every token, not only where Find
// would call it, and without a longer match of another hiding its faults.
var recognizers = []struct {
	name string
	at   func(*scanner, int) (match, bool)
}{
	{"date", (*scanner).date},
	{"relative", (*scanner).relative},
	{"year", (*scanner).year},
	{"rank", (*scanner).rank},
	{"quantity", (*scanner).quantity},
	{"holiday", (*scanner).holiday},
	{"skip", (*scanner).skip},
}

// FuzzRecognizers runs one recognizer (chosen by the low bits of which;
// the high bit gives a reference date) at every token of the input. It
// must not panic, and a value it reads must lie inside the input with a
// finite amount in range.
func FuzzRecognizers(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, uint8(i))
		f.Add(s, uint8(i)|0x80)
	}
	f.Fuzz(func(t *testing.T, text string, which uint8) {
		rc := recognizers[int(which&0x7f)%len(recognizers)]
		s := scanner{text: text, t: tokenize(text, nil)}
		if which&0x80 != 0 {
			s.hasRef, s.refC, s.ref = true, *ref, ref.days()
		}
		for i := range s.t {
			m, ok := rc.at(&s, i)
			if !ok || m.v == nil || m.end <= i || m.end > len(s.t) {
				continue // Find ignores a match that reads no token
			}
			s.span(i, &m)
			v := m.v
			if v.Start < 0 || v.End < v.Start || v.End > len(text) || text[v.Start:v.End] != v.Text {
				t.Fatalf("%s at token %d of %q: span %d:%d %q", rc.name, i, text, v.Start, v.End, v.Text)
			}
			for _, n := range []float64{v.Num, v.High} {
				if math.IsNaN(n) || math.IsInf(n, 0) || math.Abs(n) > maxAmount {
					t.Fatalf("%s at token %d of %q: %q has amount %v", rc.name, i, text, v.Text, n)
				}
			}
		}
	})
}
