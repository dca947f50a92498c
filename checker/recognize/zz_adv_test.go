package recognize

import (
	"strings"
	"testing"
	"time"
)

func TestZZAdversarial(t *testing.T) {
	for _, unit := range []string{"2 days after ", "one hundred and ", "twenty-", "1-", "1/", "Monday ", "$1 ", "the ", "last ", "early ", "between 2014 and ", "1,000,", "1.1.", "[[", "April ", "Q1 ", "- ", "% ", "111 ", "\xff", "a a ", "more than ", "next 3 ", "in 2 weeks ", "half a ", "point ", "one and a half and "} {
		in := strings.Repeat(unit, 20000)
		st := time.Now()
		Find(in, Options{Ref: ref})
		if d := time.Since(st); d > 200*time.Millisecond {
			t.Errorf("%q x20000: %v", unit, d)
		}
	}
}
