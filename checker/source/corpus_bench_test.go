package source

import (
	"os"
	"path"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen"
)

// BenchmarkCorpus reads a generated corpus one format at a time, to
// show where reading real documents spends its time.
func BenchmarkCorpus(b *testing.B) {
	dir := b.TempDir()
	if _, err := corpusgen.Generate(dir, corpusgen.DefaultConfig(300)); err != nil {
		b.Fatal(err)
	}
	inputs, _, err := Collect(os.DirFS(dir), []string{"."}, Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, ext := range []string{".md", ".html", ".txt"} {
		var ins []Input
		var size int64
		for _, in := range inputs {
			if path.Ext(in.Name) == ext {
				info, err := os.Stat(dir + "/" + in.Name)
				if err != nil {
					b.Fatal(err)
				}
				ins, size = append(ins, in), size+info.Size()
			}
		}
		b.Run(ext[1:], func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, in := range ins {
					if _, _, err := Read(in, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
