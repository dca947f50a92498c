package segment

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/factlint/factlint/checker/source"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "It rained. We left.", []string{"It rained.", "We left."}},
		{"question and exclamation", "Why? Because! Then done.", []string{"Why?", "Because!", "Then done."}},
		{"question then lower case", `"Why?" he asked. She left.`, []string{`"Why?" he asked.`, "She left."}},
		{"title", "Mr. Smith met Dr. Jones.", []string{"Mr. Smith met Dr. Jones."}},
		{"titles list", "Gen. Lee, Sen. Kim, Rep. Ode, Prof. Ng and St. John met.", []string{"Gen. Lee, Sen. Kim, Rep. Ode, Prof. Ng and St. John met."}},
		{"initial", "Wesley M. Oler won. He left.", []string{"Wesley M. Oler won.", "He left."}},
		{"initial ends sentence", "He took vitamin D. The rest is history.", []string{"He took vitamin D.", "The rest is history."}},
		{"decimal", "Trade rose 2.7 percent. It fell.", []string{"Trade rose 2.7 percent.", "It fell."}},
		{"money", "It cost $46.2 billion in 2024. Then less.", []string{"It cost $46.2 billion in 2024.", "Then less."}},
		{"month abbreviation", "He died on Jan. 5, 2010. She lived.", []string{"He died on Jan. 5, 2010.", "She lived."}},
		{"month at end of block", "He died on Jan. 5, 2010.", []string{"He died on Jan. 5, 2010."}},
		{"sept", "In Tokyo, Sept. 13, 2023. Next.", []string{"In Tokyo, Sept. 13, 2023.", "Next."}},
		{"U.S. inside", "The U.S. Army left.", []string{"The U.S. Army left."}},
		{"U.S. at end", "He moved to the U.S. The rest followed.", []string{"He moved to the U.S.", "The rest followed."}},
		{"company", "Acme Inc. said so. Globex Corp. Chief Bob agreed.", []string{"Acme Inc. said so.", "Globex Corp. Chief Bob agreed."}},
		{"e.g. and i.e.", "Use tools, e.g. hammers, i.e. heavy ones. Fine.", []string{"Use tools, e.g. hammers, i.e. heavy ones.", "Fine."}},
		{"a.m.", "It began at 9 a.m. Tuesday. It ended at 5 p.m. The crowd left.", []string{"It began at 9 a.m. Tuesday.", "It ended at 5 p.m.", "The crowd left."}},
		{"No.", "He ranked No. 3 in the world.", []string{"He ranked No. 3 in the world."}},
		{"closing quote", `He said "yes." Then he left.`, []string{`He said "yes."`, "Then he left."}},
		{"curly quote", "“Go home,” she said. “Now.” He went.", []string{"“Go home,” she said.", "“Now.”", "He went."}},
		{"bracket", "(It was late.) They slept.", []string{"(It was late.)", "They slept."}},
		{"glued", "It was a photo op.It was a dialogue.", []string{"It was a photo op.", "It was a dialogue."}},
		{"glued title", "Dr.Anya Sharma spoke.", []string{"Dr.Anya Sharma spoke."}},
		{"glued domain", "See example.com for more. Done.", []string{"See example.com for more.", "Done."}},
		{"glued acronym", "The U.S.Army band.", []string{"The U.S.Army band."}},
		{"citation", "It grew.[3] Then it shrank.[a][12] End.", []string{"It grew.[3]", "Then it shrank.[a][12]", "End."}},
		{"ellipsis", "Wait... What now? Fine…", []string{"Wait...", "What now?", "Fine…"}},
		{"number after period", "It ended in 2010. 2011 was calm.", []string{"It ended in 2010.", "2011 was calm."}},
		{"no terminator", "A line without an end", []string{"A line without an end"}},
		{"multibyte", "Tô Lâm arrived. Ishiba met him.", []string{"Tô Lâm arrived.", "Ishiba met him."}},
		{"et al.", "Smith et al. found it. We agree.", []string{"Smith et al. found it.", "We agree."}},
		{"circa and born", "Built c. 1900 by him (b. 1850, d. 1920). Gone.", []string{"Built c. 1900 by him (b. 1850, d. 1920).", "Gone."}},
		{"newline inside", "It rained\nhard. We left.", []string{"It rained\nhard.", "We left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range splitSentences(tt.in) {
				got = append(got, strings.TrimSpace(tt.in[sp[0]:sp[1]]))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("splitSentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// read builds a Source from an in-memory file.
func read(t testing.TB, name, text string) *source.Source {
	t.Helper()
	fsys := fstest.MapFS{name: {Data: []byte(text)}}
	s, _, err := source.Read(source.Input{FS: fsys, Name: name, Path: name}, source.Options{})
	if err != nil || s == nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return s
}

type unitText struct {
	Kind Kind
	Text string
}

func units(s *source.Source) []unitText {
	var out []unitText
	for _, u := range Split(s) {
		out = append(out, unitText{u.Kind, s.Text[u.Start:u.End]})
	}
	return out
}

func TestSplitLines(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []unitText
	}{
		{"heading then text", "A Strategic Partnership\nThey met. They agreed.\n", []unitText{
			{Heading, "A Strategic Partnership"}, {Sentence, "They met."}, {Sentence, "They agreed."}}},
		{"bullets", "- first point. More.\n* second\n• third\n– fourth\n1. fifth\n2) sixth\n", []unitText{
			{Bullet, "first point."}, {Bullet, "More."}, {Bullet, "second"}, {Bullet, "third"},
			{Bullet, "fourth"}, {Bullet, "fifth"}, {Bullet, "sixth"}}},
		{"not bullets", "2025. It was a year.\n-5 degrees was cold.\n", []unitText{
			{Sentence, "2025."}, {Sentence, "It was a year."}, {Sentence, "-5 degrees was cold."}}},
		{"unmarked list after colon", "Today:\nJapan is the largest donor\nTrade hit $46.2 billion in 2024\nThese milestones matter.\nNext Steps\nMore.\n", []unitText{
			{Sentence, "Today:"}, {Bullet, "Japan is the largest donor"}, {Bullet, "Trade hit $46.2 billion in 2024"},
			{Sentence, "These milestones matter."}, {Heading, "Next Steps"}, {Sentence, "More."}}},
		{"label lines of a fact sheet", "CLINICAL PROGRAM\nPhase 3 study (CLEARWAY-3): 1,248 patients\nStudy sites: 112\nResults\nNone.\n", []unitText{
			{Heading, "CLINICAL PROGRAM"}, {Bullet, "Phase 3 study (CLEARWAY-3): 1,248 patients"}, {Bullet, "Study sites: 112"},
			{Heading, "Results"}, {Sentence, "None."}}},
		{"repeated caption", "Kishida attends a news conference in Tokyo, Sept. 13, 2023.\nKishida attends a news conference in Tokyo, Sept. 13, 2023.\nHe spoke.\n", []unitText{
			{Caption, "Kishida attends a news conference in Tokyo, Sept. 13, 2023."},
			{Caption, "Kishida attends a news conference in Tokyo, Sept. 13, 2023."},
			{Sentence, "He spoke."}}},
		{"caption verb with date", "Prime Minister Ishiba speaks in Hanoi, April 28, 2025.\n", []unitText{
			{Caption, "Prime Minister Ishiba speaks in Hanoi, April 28, 2025."}}},
		{"caption credit", "Leaders shake hands in Hanoi. (Photo: VNA)\n", []unitText{
			{Caption, "Leaders shake hands in Hanoi."}, {Caption, "(Photo: VNA)"}}},
		{"verb without date is a sentence", "The minister speaks often about trade.\n", []unitText{
			{Sentence, "The minister speaks often about trade."}}},
		{"long line without period", strings.Repeat("word ", 13) + "\n", []unitText{
			{Sentence, strings.TrimSpace(strings.Repeat("word ", 13))}}},
		{"question is not a heading", "Did You Know?\nYes.\n", []unitText{{Sentence, "Did You Know?"}, {Sentence, "Yes."}}},
		{"last line is not a heading", "He won.\nJulian Lewis Jones Born 27 August 1968\n", []unitText{
			{Sentence, "He won."}, {Sentence, "Julian Lewis Jones Born 27 August 1968"}}},
		{"cut-off line is not a heading", "Julian Jones (born 21 August 1968\nHe won.\n", []unitText{
			{Sentence, "Julian Jones (born 21 August 1968"}, {Sentence, "He won."}}},
		{"crlf", "Title\r\nOne. Two.\r\n", []unitText{{Heading, "Title"}, {Sentence, "One."}, {Sentence, "Two."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := units(read(t, "a.txt", tt.in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestParaAndBlock(t *testing.T) {
	s := read(t, "a.txt", "Head\n\nOne. Two.\n...\nThree.\n")
	got := Split(s)
	want := []struct{ block, para int }{{0, 0}, {1, 1}, {1, 1}, {3, 2}}
	if len(got) != len(want) {
		t.Fatalf("got %d units, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Block != w.block || got[i].Para != w.para {
			t.Errorf("unit %d: block %d para %d, want %d %d", i, got[i].Block, got[i].Para, w.block, w.para)
		}
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Sentence: "sentence", Heading: "heading", Bullet: "bullet", Caption: "caption", Kind(9): "Kind(9)"} {
		if k.String() != want {
			t.Errorf("%d.String() = %q, want %q", int(k), k.String(), want)
		}
	}
}

// checkUnits asserts the invariants every split must hold.
func checkUnits(t *testing.T, s *source.Source, us []Unit) {
	t.Helper()
	prevEnd := 0
	for i, u := range us {
		if u.Start < prevEnd || u.End <= u.Start || u.End > len(s.Text) {
			t.Fatalf("unit %d [%d,%d) out of order or bounds (prev end %d, len %d)", i, u.Start, u.End, prevEnd, len(s.Text))
		}
		b := s.Blocks[u.Block]
		if u.Start < b.Start || u.End > b.End {
			t.Fatalf("unit %d [%d,%d) crosses block %d [%d,%d)", i, u.Start, u.End, u.Block, b.Start, b.End)
		}
		if i > 0 && u.Para < us[i-1].Para {
			t.Fatalf("unit %d para %d goes backwards", i, u.Para)
		}
		prevEnd = u.End
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"It was a photo op.It was. Dr.Anya spoke. Jan. 5, 2010. U.S. The end.",
		"- a\n* b\n1. c\nHeading\n\nText:\nitem\n",
		"“Now.” [3] ... ? ! \r\n\r x",
		"Caption attends a thing, 2020.\nCaption attends a thing, 2020.\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, name := range []string{"a.txt", "a.md", "a.html"} {
			fsys := fstest.MapFS{name: {Data: []byte(text)}}
			s, _, err := source.Read(source.Input{FS: fsys, Name: name}, source.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if s != nil { // nil: skipped as binary
				checkUnits(t, s, Split(s))
			}
		}
		for _, sp := range splitSentences(text) {
			if sp[0] > sp[1] || sp[1] > len(text) {
				t.Fatalf("span %v out of bounds", sp)
			}
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat("Japan and Vietnam agreed on Monday, April 28, 2025, to set up a new dialogue. Trade hit $46.2 billion in 2024, up 2.7% from 2023, said Dr. Anya Sharma of the U.S. Institute.\nA Heading Here\n- a bullet point\n", 200)
	s := read(b, "a.txt", text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Split(s)
	}
}

// TestLastField checks lastField against strings.Fields.
func TestLastField(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "in 2021.", "x\u00a0y", "\xa0\xc2 1999", "a\u2003b\t", "\xe2\x80 7", "é 2020)"} {
		f := strings.Fields(s)
		got, ok := lastField(s)
		if ok != (len(f) > 0) || ok && got != f[len(f)-1] {
			t.Errorf("lastField(%q) = %q, %v; Fields gives %q", s, got, ok, f)
		}
	}
}
