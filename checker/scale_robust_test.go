package checker

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/rules"
)

// BenchmarkCheckScale checks corpora where many sources, or many
// sentences of one source, state the same fact, and a document that is a
// long list of years: the time per source, sentence or year should stay
// flat as their number doubles.
//
//	go test ./checker -run '^$' -bench CheckScale -benchtime 3x
func BenchmarkCheckScale(b *testing.B) {
	const fact = "The summit in Hanoi on April 28, 2025, between Prime Minister Shigeru Ishiba and Prime Minister Pham Minh Chinh was brief.\n"
	set := rules.Builtin()
	for _, n := range []int{250, 500, 1000, 2000} {
		b.Run(fmt.Sprintf("sources=%d", n), func(b *testing.B) {
			fsys := fstest.MapFS{}
			for i := range n {
				fsys[fmt.Sprintf("%05d.txt", i)] = &fstest.MapFile{Data: []byte(fact)}
			}
			benchmarkCheck(b, fsys, set)
		})
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			fsys := fstest.MapFS{"a.txt": {Data: []byte(strings.Repeat(fact, n))}, "b.txt": {Data: []byte(fact)}}
			benchmarkCheck(b, fsys, set)
		})
		b.Run(fmt.Sprintf("years=%d", n), func(b *testing.B) {
			var years strings.Builder
			for i := range n {
				fmt.Fprintf(&years, "%d ", 1900+i%120)
			}
			fsys := fstest.MapFS{"a.txt": {Data: []byte(years.String())}, "b.txt": {Data: []byte(fact)}}
			benchmarkCheck(b, fsys, set)
		})
	}
}

func benchmarkCheck(b *testing.B, fsys fstest.MapFS, set *rules.Set) {
	inputs, _, err := source.Collect(fsys, []string{"."}, source.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := Check(inputs, Options{Rules: set}); err != nil {
			b.Fatal(err)
		}
	}
}
