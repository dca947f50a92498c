package source

import (
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf16"
	"unsafe"
)

// readString reads text as a file called name.
func readString(t testing.TB, name, text string) (*Source, []Problem) {
	t.Helper()
	fsys := fstest.MapFS{name: {Data: []byte(text)}}
	s, probs, err := Read(Input{FS: fsys, Name: name, Path: name}, Options{})
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return s, probs
}

// at returns the line and column of the first occurrence of sub in Text.
func at(t *testing.T, s *Source, sub string) [2]int {
	t.Helper()
	i := strings.Index(s.Text, sub)
	if i < 0 {
		t.Fatalf("%q not in Text %q", sub, s.Text)
	}
	l, c := s.Position(i)
	return [2]int{l, c}
}

func utf16le(s string) string {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

func utf16be(s string) string {
	b := []byte{0xfe, 0xff}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return string(b)
}

func TestPositionText(t *testing.T) {
	tests := []struct {
		name, file, sub string
		want            [2]int
	}{
		{"lf", "one\ntwo three\n", "three", [2]int{2, 5}},
		{"crlf", "one\r\ntwo three\r\nfour", "four", [2]int{3, 1}},
		{"lone cr", "one\rtwo\rthree", "three", [2]int{3, 1}},
		{"mixed", "a\r\nb\rc\nd", "d", [2]int{4, 1}},
		{"bom", "\ufeffHello world", "world", [2]int{1, 7}},
		{"multibyte columns", "General Secretary Tô Lâm met Ishiba", "Ishiba", [2]int{1, 30}},
		{"emoji", "🏘️ Let Realtique", "Let", [2]int{1, 4}},
		{"utf-16 le", utf16le("first\r\nTô Lâm met"), "met", [2]int{2, 8}},
		{"utf-16 be", utf16be("first\nTô Lâm met"), "met", [2]int{2, 8}},
		{"invalid utf-8", "ab\xffcd\nx\xfe\xfey", "y", [2]int{2, 4}},
		{"invalid before", "a\xffb word", "word", [2]int{1, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := readString(t, "a.txt", tt.file)
			if got := at(t, s, tt.sub); got != tt.want {
				t.Errorf("position of %q = %v, want %v", tt.sub, got, tt.want)
			}
		})
	}
}

func TestDecodeProblems(t *testing.T) {
	s, probs := readString(t, "a.txt", "good\nba\xffd and \xfe")
	if len(probs) != 1 || probs[0].String() != "a.txt:2:3: invalid UTF-8 at byte offset 7 (2 bad bytes shown as U+FFFD)" {
		t.Errorf("problems = %v", probs)
	}
	if !strings.Contains(s.Text, "ba\ufffdd") {
		t.Errorf("Text = %q, want U+FFFD for the bad byte", s.Text)
	}
	if _, probs := readString(t, "a.txt", "\xff\xfea\x00b"); len(probs) != 1 || !strings.Contains(probs[0].Msg, "truncated UTF-16") {
		t.Errorf("odd UTF-16: problems = %v", probs)
	}
}

func TestTextBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"lines", "Title\n\n  One. Two.  \nThree\n", []string{"Title", "One. Two.", "Three"}},
		{"crlf", "a\r\n\r\nb\r\n", []string{"a", "b"}},
		{"empty", "", nil},
		{"hard wrapped", strings.Join([]string{
			"Heading",
			"",
			"Japan and Vietnam agreed on Monday to set up a new",
			"framework for talks on foreign affairs and defense,",
			"the two leaders said after meeting in Hanoi.",
			"",
			"The first meeting of the new dialogue is to be held",
			"in Japan later this year, officials said in a joint",
			"statement released after the summit.",
			"- a bullet that is long enough to look wrapped, ok",
			"- and another one right after it",
		}, "\n"), []string{
			"Heading",
			"Japan and Vietnam agreed on Monday to set up a new\nframework for talks on foreign affairs and defense,\nthe two leaders said after meeting in Hanoi.",
			"The first meeting of the new dialogue is to be held\nin Japan later this year, officials said in a joint\nstatement released after the summit.",
			"- a bullet that is long enough to look wrapped, ok",
			"- and another one right after it",
		}},
		{"a headline longer than the body's width", strings.Join([]string{
			"Ibarra's win certified as late ballots widen her lead; turnout highest in years",
			"",
			"Ibarra received 48,113 votes, or 52.6 percent, in the",
			"election, according to the certified count. Stephen",
			"Achterberg won 38,324 votes, or 41.9 percent, and Lena",
			"Cho received 5,029 votes.",
		}, "\n"), []string{
			"Ibarra's win certified as late ballots widen her lead; turnout highest in years",
			"Ibarra received 48,113 votes, or 52.6 percent, in the\nelection, according to the certified count. Stephen\nAchterberg won 38,324 votes, or 41.9 percent, and Lena\nCho received 5,029 votes.",
		}},
		{"a list under a long headline is not wrapped", strings.Join([]string{
			"Board of directors of Halvers Groep after the annual meeting of shareholders",
			"",
			"Anastasia Reyes, born 1961, chair, formerly of Orland Capital",
			"Thomasina Hale, born 1958, director since 2014, audit chair",
			"Magdalena Cho, born 1970, director, chief executive, Kestrel",
			"Wilhelmina Holt, born 1966, director since 2019, ex-partner",
			"Sami Koskela, born 1975, director, member of the audit committee",
		}, "\n"), []string{
			"Board of directors of Halvers Groep after the annual meeting of shareholders",
			"Anastasia Reyes, born 1961, chair, formerly of Orland Capital",
			"Thomasina Hale, born 1958, director since 2014, audit chair",
			"Magdalena Cho, born 1970, director, chief executive, Kestrel",
			"Wilhelmina Holt, born 1966, director since 2019, ex-partner",
			"Sami Koskela, born 1975, director, member of the audit committee",
		}},
		{"a paragraph wrapped ragged, on its own", strings.Join([]string{
			"DRYDEN, Ontario, April 22, 2026 (Northern Press) — A Lakeshore Regional Airways",
			"turboprop with 68 people on board made an emergency landing at Dryden Regional",
			"Airport on Tuesday evening.",
		}, "\n"), []string{
			"DRYDEN, Ontario, April 22, 2026 (Northern Press) — A Lakeshore Regional Airways\nturboprop with 68 people on board made an emergency landing at Dryden Regional\nAirport on Tuesday evening.",
		}},
		{"columns are no paragraph", strings.Join([]string{
			"  Civic Renewal Party (CRP)      34.9%   47 seats",
			"  National Unity (NU)            28.3%   38 seats",
		}, "\n"), []string{
			"Civic Renewal Party (CRP)      34.9%   47 seats",
			"National Unity (NU)            28.3%   38 seats",
		}},
		{"long lines are not wrapped", strings.Repeat(strings.Repeat("x ", 60)+"\n", 4), []string{
			strings.Repeat("x ", 59) + "x", strings.Repeat("x ", 59) + "x", strings.Repeat("x ", 59) + "x", strings.Repeat("x ", 59) + "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := readString(t, "a.txt", tt.in)
			var got []string
			for _, b := range s.Blocks {
				if b.Kind != Line {
					t.Errorf("block kind %v, want line", b.Kind)
				}
				got = append(got, s.Text[b.Start:b.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("blocks\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSkipped(t *testing.T) {
	fsys := fstest.MapFS{
		"pic.txt":  {Data: []byte("\x89PNG\r\n\x1a\n rest")},
		"nul.txt":  {Data: []byte("text\x00more")},
		"big.txt":  {Data: []byte(strings.Repeat("a", 100))},
		"bz.txt":   {Data: []byte("BZh is not bzip2 here")},
		"zip.html": {Data: []byte("PK\x03\x04...")},
	}
	for name, want := range map[string]string{
		"pic.txt":  "pic.txt: binary file (image or archive signature); not read",
		"nul.txt":  "nul.txt: binary file (NUL bytes); not read",
		"big.txt":  "big.txt: too large (100 bytes, over the limit of 50 bytes); not read",
		"zip.html": "zip.html: binary file (image or archive signature); not read",
		"bz.txt":   "",
	} {
		s, probs, err := Read(Input{FS: fsys, Name: name, Path: name}, Options{MaxFileSize: 50})
		if name == "bz.txt" {
			if name == "bz.txt" && (s == nil || len(probs) > 0 || err != nil) {
				t.Errorf("bz.txt: %v %v", probs, err)
			}
			continue
		}
		if err != nil || s != nil || len(probs) != 1 || !probs[0].Skipped || probs[0].String() != want {
			t.Errorf("%s: source %v, problems %v, err %v; want skipped %q", name, s != nil, probs, err, want)
		}
	}
	// A file the user named that cannot be read is an error.
	if _, _, err := Read(Input{FS: fsys, Name: "gone.txt", Path: "gone.txt", Named: true}, Options{}); err == nil {
		t.Error("named missing file: no error")
	}
	if s, probs, err := Read(Input{FS: fsys, Name: "gone.txt", Path: "gone.txt"}, Options{}); err != nil || s != nil || len(probs) != 1 || !probs[0].Skipped {
		t.Errorf("found missing file: %v %v", probs, err)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2025-04-28":                "2025-04-28",
		"2025-04-28T23:30:00-05:00": "2025-04-28",
		"2025-04-28T01:00:00Z":      "2025-04-28",
		"2025-04-28 10:00":          "2025-04-28",
		"April 28, 2025":            "2025-04-28",
		"Apr 28, 2025":              "2025-04-28",
		"28 April 2025":             "2025-04-28",
		"2025-02-30":                "",
		"2025-04-28Tgarbage":        "",
		"yesterday":                 "",
		"2025":                      "",
	} {
		got, ok := parseDate(in)
		gs := ""
		if ok {
			gs = got.Format("2006-01-02")
			if got.Location().String() != "UTC" || got.Hour() != 0 {
				t.Errorf("parseDate(%q) = %v, want UTC midnight", in, got)
			}
		}
		if gs != want {
			t.Errorf("parseDate(%q) = %q, want %q", in, gs, want)
		}
	}
}

func TestPositionClamps(t *testing.T) {
	s, _ := readString(t, "a.txt", "ab\ncd")
	for off, want := range map[int][2]int{-5: {1, 1}, 0: {1, 1}, 3: {2, 1}, 5: {2, 3}, 99: {2, 3}} {
		if l, c := s.Position(off); [2]int{l, c} != want {
			t.Errorf("Position(%d) = %d:%d, want %v", off, l, c, want)
		}
	}
}

// checkSource asserts the invariants every reader must hold.
func checkSource(t *testing.T, s *Source) {
	t.Helper()
	prev := 0
	for i, b := range s.Blocks {
		if b.Start < prev || b.End <= b.Start || b.End > len(s.Text) {
			t.Fatalf("block %d [%d,%d) out of order or bounds (len %d)", i, b.Start, b.End, len(s.Text))
		}
		prev = b.End
	}
	pl, pc := 0, 0
	for off := 0; off <= len(s.Text); off++ {
		l, c := s.Position(off)
		if l < 1 || c < 1 || l < pl || l == pl && c < pc {
			t.Fatalf("Position(%d) = %d:%d after %d:%d", off, l, c, pl, pc)
		}
		pl, pc = l, c
	}
}

func benchmarkRead(b *testing.B, name, text string) {
	fsys := fstest.MapFS{name: {Data: []byte(text)}}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, _, err := Read(Input{FS: fsys, Name: name}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

const benchPara = "Japan and Vietnam agreed on Monday, April 28, 2025, to set up a new “two-plus-two” dialogue &amp; more."

func BenchmarkReadText(b *testing.B) { benchmarkRead(b, "a.txt", strings.Repeat(benchPara+"\n", 500)) }

func BenchmarkReadMarkdown(b *testing.B) {
	benchmarkRead(b, "a.md", "---\ntitle: x\n---\n"+strings.Repeat("## Head\n\n"+benchPara+" *em* [link](u)\n\n", 250))
}

func BenchmarkReadHTML(b *testing.B) {
	benchmarkRead(b, "a.html", "<html><head><title>x</title></head><body><article>"+strings.Repeat("<h2>Head</h2><p>"+benchPara+" <a href=u>link</a></p>\n", 250)+"</article></body></html>")
}

func TestCountChars(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "aébcdéfghé€𝄞xyz", strings.Repeat("é€a", 40), "\x80\xbf\xc0\xff abcdefghij"} {
		want := 0
		for j := 0; j <= len(s); j++ {
			if got := countChars(s[:j]); got != want {
				t.Errorf("countChars(%q) = %d, want %d", s[:j], got, want)
			}
			if j < len(s) && !isContinuation(s[j]) {
				want++
			}
		}
	}
}

func TestCommonEntities(t *testing.T) {
	for _, e := range commonEntities {
		if e.text == "" || e.text == e.ref {
			t.Errorf("%s decodes to %q", e.ref, e.text)
		}
		for _, rest := range []string{"", ";", "x", "amp;", " a", "&amp;", "#39;", strings.Repeat("y", 50), "é&"} {
			text, n := decodeEntity(e.ref + rest)
			if gt, gn := entity(e.ref + rest); gt != text || gn != n {
				t.Errorf("entity(%q) = %q, %d; want %q, %d", e.ref+rest, gt, gn, text, n)
			}
		}
	}
}

// TestMetadataKeepsNoDocument checks that what callers keep of a source
// after its text (title, directives) holds no slice of the file.
func TestMetadataKeepsNoDocument(t *testing.T) {
	for name, in := range map[string]string{
		"a.html": `<title>Home</title><meta property="og:site_name" content="Wire"><link rel="canonical" href="https://news.example/a"><p>x<!-- factlint-disable r1 r2 --></p>`,
		"a.md":   "# T\n\n<!-- factlint-disable r1 r2 -->\n\ntext <!-- factlint-enable r1 -->\n",
	} {
		s, _ := readString(t, name, in)
		lo := uintptr(unsafe.Pointer(unsafe.StringData(s.doc)))
		inDoc := func(v string) bool {
			p := uintptr(unsafe.Pointer(unsafe.StringData(v)))
			return v != "" && p >= lo && p < lo+uintptr(len(s.doc))
		}
		kept := []string{s.Title, s.Outlet, s.URL}
		for _, d := range s.Directives {
			kept = append(kept, d.Rules...)
		}
		if len(s.Directives) == 0 || name == "a.html" && (s.Outlet == "" || s.URL == "") {
			t.Fatalf("%s: no directives, outlet or URL; the test proves nothing", name)
		}
		for _, v := range kept {
			if inDoc(v) {
				t.Errorf("%s: %q is a slice of the document", name, v)
			}
		}
	}
}
