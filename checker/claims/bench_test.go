package claims

import (
	"os"
	"testing"

	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/rules"
)

// BenchmarkExtract extracts the claims of 500 generated news documents,
// already read, split and recognized; MB/s is document text per second.
func BenchmarkExtract(b *testing.B) {
	dir := b.TempDir()
	if _, err := corpusgen.Generate(dir, corpusgen.DefaultConfig(500)); err != nil {
		b.Fatal(err)
	}
	inputs, _, err := source.Collect(os.DirFS(dir), []string{"."}, source.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*Doc
	var size int64
	for i, in := range inputs {
		src, _, err := source.Read(in, source.Options{})
		if err != nil {
			b.Fatal(err)
		}
		d := &Doc{Source: i, Text: src.Text}
		for _, u := range segment.Split(src) {
			d.Units = append(d.Units, Unit{Start: u.Start, End: u.End, Heading: u.Kind == segment.Heading})
			d.Values = append(d.Values, recognize.Find(src.Text[u.Start:u.End], recognize.Options{}))
		}
		docs = append(docs, d)
		size += int64(len(src.Text))
	}
	lx := NewLexicon(rules.Builtin())
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			lx.Extract(d)
		}
	}
}
