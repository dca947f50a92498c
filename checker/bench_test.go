package checker

import (
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/factlint/factlint/checker/align"
	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/checker/findings"
	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/rules"
)

// benchCorpus generates n documents and returns them as inputs with their
// total size in bytes.
func benchCorpus(b *testing.B, n int) ([]source.Input, int64) {
	b.Helper()
	dir := b.TempDir()
	st, err := corpusgen.Generate(dir, corpusgen.DefaultConfig(n))
	if err != nil {
		b.Fatal(err)
	}
	inputs, _, err := source.Collect(os.DirFS(dir), []string{"."}, source.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return inputs, st.Bytes
}

// BenchmarkCheck runs the whole pipeline; MB/s is input read per second.
func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{300, 3000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			inputs, size := benchCorpus(b, n)
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := Check(inputs, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStages times each stage on its own, on one core, over the same
// corpus: reading, splitting, recognizing, extracting claims, then the
// corpus-wide alignment and comparison.
func BenchmarkStages(b *testing.B) {
	inputs, size := benchCorpus(b, 1000)
	lx := claims.NewLexicon(rules.Builtin())
	var srcs []*source.Source
	for _, in := range inputs {
		src, _, err := source.Read(in, source.Options{})
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	units := make([][]segment.Unit, len(srcs))
	docs := make([]*claims.Doc, len(srcs))
	for i, src := range srcs {
		units[i] = segment.Split(src)
		docs[i] = &claims.Doc{Source: i, Text: src.Text}
		for _, u := range units[i] {
			docs[i].Units = append(docs[i].Units, claims.Unit{Start: u.Start, End: u.End, Heading: u.Kind == segment.Heading, Para: u.Para})
			docs[i].Values = append(docs[i].Values, recognize.Find(src.Text[u.Start:u.End], recognize.Options{}))
		}
	}

	b.Run("read", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, in := range inputs {
				source.Read(in, source.Options{})
			}
		}
	})
	b.Run("segment", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, src := range srcs {
				segment.Split(src)
			}
		}
	})
	b.Run("recognize", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for i, src := range srcs {
				for _, u := range units[i] {
					recognize.Find(src.Text[u.Start:u.End], recognize.Options{})
				}
			}
		}
	})
	b.Run("claims", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, d := range docs {
				lx.Extract(d)
			}
		}
	})

	var all []claims.Claim
	var fsrcs []findings.Source
	for i, d := range docs {
		cl := lx.Extract(d)
		for j := range cl {
			cl[j].Source = i
			cl[j].Seq = len(all) + j
		}
		all = append(all, cl...)
		fsrcs = append(fsrcs, findings.Source{ID: srcs[i].ID, Path: srcs[i].Path})
	}
	b.Run("align", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			// People rewrites the documents' topics in place: each run
			// starts from fresh copies of them, as Check does.
			cl := append([]claims.Claim(nil), all...)
			topics := map[*string][]string{}
			for i := range cl {
				if t := cl[i].Topic; len(t) > 0 {
					if topics[&t[0]] == nil {
						topics[&t[0]] = slices.Clone(t)
					}
					cl[i].Topic = topics[&t[0]]
				}
			}
			ptrs := pointers(cl)
			align.People(ptrs)
			align.RankParties(ptrs)
			align.Scopes(ptrs)
			align.Align(ptrs, 0)
		}
	})
	ptrs := pointers(all)
	align.People(ptrs)
	align.RankParties(ptrs)
	align.Scopes(ptrs)
	groups := align.Align(ptrs, 0)
	b.Run("findings", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			findings.Find(findings.Input{
				Claims: ptrs, Groups: groups, Sources: fsrcs, Rules: rules.Builtin(),
				Mention: func(c *claims.Claim) report.Mention { return report.Mention{Path: fsrcs[c.Source].Path} },
			})
		}
	})
}

// pointers lists the claims of cl as Check does, by pointer.
func pointers(cl []claims.Claim) []*claims.Claim {
	out := make([]*claims.Claim, len(cl))
	for i := range cl {
		out[i] = &cl[i]
	}
	return out
}
