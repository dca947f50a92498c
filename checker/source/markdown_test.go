package source

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/text"
)

// blockTexts renders blocks as "kind:text" for comparison.
func blockTexts(s *Source) []string {
	var out []string
	for _, b := range s.Blocks {
		out = append(out, b.Kind.String()+":"+s.Text[b.Start:b.End])
	}
	return out
}

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"heading and paragraph", "# Title *one*\n\nSome **bold** and _em_ text\nwrapped here.\n",
			[]string{"heading:Title one", "paragraph:Some bold and em text wrapped here."}},
		{"setext heading", "Title\n=====\n\ntext\n", []string{"heading:Title", "paragraph:text"}},
		{"link text kept, url dropped", "See [the report](https://example.com/a \"t\") and <https://x.org>.\n",
			[]string{"paragraph:See the report and ."}},
		{"image dropped", "Before ![alt text](p.png) after.\n", []string{"paragraph:Before  after."}},
		{"code skipped", "Text.\n\n```\nfenced 2025\n```\n\n    indented 2024\n\nMore `inline code`.\n",
			[]string{"paragraph:Text.", "paragraph:More inline code."}},
		{"html block skipped", "<div>\nhidden 2025\n</div>\n\nShown.\n", []string{"paragraph:Shown."}},
		{"lists", "- one\n- two\n  wrapped\n\n1. first\n\n   second para\n", []string{
			"list-item:one", "list-item:two wrapped", "list-item:first", "list-item:second para"}},
		{"quote", "> quoted *text*\n> more\n", []string{"quote:quoted text more"}},
		{"table", "| Year | Trade |\n|---|---|\n| 2024 | $46.2 billion |\n", []string{
			"table-cell:Year", "table-cell:Trade", "table-cell:2024", "table-cell:$46.2 billion"}},
		{"entities and escapes", "AT&amp;T \\*not em\\* &#8217;s &nbsp;x &copy; &bogus; a & b\n",
			[]string{"paragraph:AT&T *not em* ’s  x © &bogus; a & b"}},
		{"hard break", "one  \ntwo\\\nthree<br>four<BR/>five <b>six</b>\n", []string{"paragraph:one two three four five six"}},
		{"thematic break", "a\n\n---\n\nb\n", []string{"paragraph:a", "paragraph:b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, probs := readString(t, "a.md", tt.in)
			if len(probs) > 0 {
				t.Errorf("problems: %v", probs)
			}
			if got := blockTexts(s); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("blocks\n got %q\nwant %q", got, tt.want)
			}
			checkSource(t, s)
		})
	}
}

func TestMarkdownPositions(t *testing.T) {
	in := "---\r\ntitle: T\r\n---\r\n# Tô Lâm\r\n\r\nSee [the *report*](http://x) on &amp; 2025.\r\n\r\n| a | Tô b |\r\n|---|---|\r\n"
	s, _ := readString(t, "a.md", in)
	for sub, want := range map[string][2]int{
		"Lâm":    {4, 6},
		"report": {6, 11},
		"&":      {6, 33},
		"2025":   {6, 39},
		"b":      {8, 10},
	} {
		if got := at(t, s, sub); got != want {
			t.Errorf("%q at %v, want %v", sub, got, want)
		}
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, in                string
		title, outlet, url, pub string
		probs                   []string
		body                    string
	}{
		{name: "fields", in: "---\ntitle: Summit\nsource: VOA\nurl: https://v.com/x\ndate: 2025-04-28\ntags: [a]\n---\nBody.\n",
			title: "Summit", outlet: "VOA", url: "https://v.com/x", pub: "2025-04-28", body: "Body."},
		{name: "published beats date", in: "---\ndate: 2025-01-01\npublished: April 28, 2025\n---\nBody.\n", pub: "2025-04-28", body: "Body."},
		{name: "rfc3339", in: "---\npublished: 2025-04-28T22:00:00-05:00\n---\n", pub: "2025-04-28"},
		{name: "bad date", in: "---\ntitle: X\ndate: someday\n---\nBody.\n", title: "X",
			probs: []string{`a.md:3:7: front matter: bad date "someday" (want YYYY-MM-DD, RFC 3339 or "April 28, 2025")`}, body: "Body."},
		{name: "malformed", in: "---\ntitle: [unclosed\n---\nBody.\n",
			probs: []string{"a.md:3:1: front matter: did not find expected ',' or ']'"}, body: "Body."},
		{name: "not a map", in: "---\n- a\n---\nBody.\n", probs: []string{"a.md:2:1: front matter: want keys and values"}, body: "Body."},
		{name: "unclosed is a rule", in: "---\ntitle: X\n", body: "title: X"},
		{name: "empty", in: "---\n---\nBody.\n", body: "Body."},
		{name: "crlf", in: "---\r\ntitle: X\r\n---\r\nBody.\r\n", title: "X", body: "Body."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, probs := readString(t, "a.md", tt.in)
			var ps []string
			for _, p := range probs {
				ps = append(ps, p.String())
			}
			pub := ""
			if s.Published != nil {
				pub = s.Published.Format("2006-01-02")
				if s.PublishedFrom != FromFrontMatter {
					t.Errorf("PublishedFrom = %q", s.PublishedFrom)
				}
			}
			body := strings.Join(blockTexts(s), "|")
			if s.Title != tt.title || s.Outlet != tt.outlet || s.URL != tt.url || pub != tt.pub ||
				strings.Join(ps, "|") != strings.Join(tt.probs, "|") || strings.TrimPrefix(strings.TrimPrefix(body, "paragraph:"), "heading:") != tt.body {
				t.Errorf("got title %q outlet %q url %q pub %q probs %q body %q", s.Title, s.Outlet, s.URL, pub, ps, body)
			}
		})
	}
}

func TestMarkdownDirectives(t *testing.T) {
	in := "Intro.\n\n<!-- factlint-disable-next-line event-date -->\nSkip this 2025.\n\nText <!-- factlint-disable a, b --> more.\n\n<!--\nfactlint-enable\n-->\n\n```\n<!-- factlint-disable in-code -->\n```\n\n<!-- ordinary comment -->\n"
	s, _ := readString(t, "a.md", in)
	var got []string
	for _, d := range s.Directives {
		got = append(got, d.Action+" "+strings.Join(d.Rules, ",")+" @"+strconv.Itoa(d.Line)+" "+s.Text[:d.Offset][max(0, d.Offset-5):])
	}
	want := []string{"disable-next-line event-date @3 tro.\n", "disable a,b @6 Text ", "enable  @10 ore.\n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("directives\n got %q\nwant %q", got, want)
	}
}

// tameLinesByByte is tameLines as first written, looking at every byte for
// a line ending: the reference the faster version must match.
func tameLinesByByte(src []byte) (out []byte, cuts []int) {
	out = src
	for start := 0; start < len(src); {
		end := start
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
		if end-start > mdSoftLine {
			if &out[0] == &src[0] {
				out = bytes.Clone(src)
			}
			if at := breakLine(out[start:end]); at >= 0 {
				cuts = append(cuts, start+at)
			}
		}
		start = end + 1
	}
	return out, cuts
}

func TestTameLinesMatchesByByte(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"word ", "a", " ", "\n", "\r", "\r\n", "|", "# ", "é", strings.Repeat("x", 3000), strings.Repeat("ab ", 3000)}
	for range 300 {
		var sb strings.Builder
		for n := rng.IntN(60); n > 0; n-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		src := []byte(sb.String())
		want, wantCuts := tameLinesByByte(bytes.Clone(src))
		got, gotCuts := tameLines(bytes.Clone(src))
		if !bytes.Equal(got, want) || !slices.Equal(gotCuts, wantCuts) {
			t.Fatalf("tameLines(%q) differs: cuts %v, want %v", src, gotCuts, wantCuts)
		}
	}
}

// readMarkdownWith reads src as a Markdown body with the given parser.
func readMarkdownWith(md goldmark.Markdown, src string) *Source {
	s := &Source{}
	s.setDoc(src)
	r := &mdReader{src: []byte(src), text: src, s: s}
	r.b.grow(len(src))
	r.blocks(md.Parser().Parse(text.NewReader(r.src)), Paragraph)
	r.b.finish(s)
	s.Directives = r.dirs
	return s
}

// TestMarkdownNoRefs checks that, on a source with no "]:", leaving out
// the search for link reference definitions changes nothing.
func TestMarkdownNoRefs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"word ", "[a]", "[", "]", ":", " : ", "(u)", "[a]: /u\n", "]:", "[A] \n", "\n", "\n\n", "> ", "- ", "1. ", "   ", "\t",
		"*", "`", "\\]", "\\[", "[a][]", "[a][b]", "![i](p)", "<!-- factlint-disable x -->", "| a | b |\n|---|---|\n", "\"t\"", "'t'", "\r\n", "<u>"}
	differ := 0
	for range 3000 {
		var sb strings.Builder
		for n := rng.IntN(25); n > 0; n-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		src := sb.String()
		want, got := readMarkdownWith(markdown, src), readMarkdownWith(markdownNoRefs, src)
		same := got.Text == want.Text && slices.Equal(got.Blocks, want.Blocks) && slices.Equal(got.segs, want.segs) &&
			fmt.Sprint(got.Directives) == fmt.Sprint(want.Directives)
		if !same {
			if !strings.Contains(src, "]:") {
				t.Fatalf("%q: without reference definitions\n got %q\nwant %q", src, got.Text, want.Text)
			}
			differ++
		}
	}
	if differ == 0 {
		t.Errorf("no source with a definition read differently; the test proves nothing")
	}
}
