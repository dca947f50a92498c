package recognize

import (
	"strings"
	"testing"
)

// newsText is written to look like wire copy: mostly words, a value every
// sentence or two.
const newsText = `Japan and Vietnam agreed on Monday to deepen security ties, with the first vice-ministerial talks slated for later this year in Tokyo.
The leaders met in Hanoi on April 28, 2025, a day after the Japanese prime minister arrived for a three-day visit, his first to Southeast Asia since taking office in October.
Trade between the two countries reached $46.2 billion last year, up 2.7% from 2023, and Japan remains the fourth-largest investor in Vietnam with projects worth nearly $80 billion.
About 600,000 Vietnamese workers live in Japan, roughly a quarter of all foreign workers there, according to government data published in March.
The agreement covers seven major directions, including defense equipment, digital transformation and the training of more than 1,000 engineers a year.
Officials said the two sides would also discuss the Paracel Islands, which both Vietnam and China claim, and maritime patrols in the South China Sea.
Shares of Vietnamese lenders rose as much as 4.5 percent in early trading, while the dong was little changed at 25,950 per dollar.
The Hanoi summit comes amid concern over tariffs announced by Washington earlier this month, which analysts said could cut growth by 0.8 percentage points.
`

func BenchmarkFind(b *testing.B) {
	sentences := strings.Split(strings.TrimSpace(newsText), "\n")
	b.Run("sentence", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		for _, s := range sentences {
			n += len(s)
		}
		b.SetBytes(int64(n / len(sentences)))
		for i := 0; b.Loop(); i++ {
			Find(sentences[i%len(sentences)], Options{Ref: ref})
		}
	})
	b.Run("MB", func(b *testing.B) {
		doc := strings.Repeat(newsText, 1<<20/len(newsText)+1)
		b.ReportAllocs()
		b.SetBytes(int64(len(doc)))
		for b.Loop() {
			Find(doc, Options{Ref: ref})
		}
	})
}

// BenchmarkRepeats guards against work that grows faster than the input.
func BenchmarkRepeats(b *testing.B) {
	for _, r := range repeats {
		in := strings.Repeat(r, 20000)
		b.Run(strings.TrimSpace(r), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				Find(in, Options{Ref: ref})
			}
		})
	}
}
