package source

import (
	"testing"
	"unicode/utf8"
)

// fuzzRead reads data as a file called name and checks the invariants
// every reader must hold.
func fuzzRead(t *testing.T, name string, data []byte) {
	s, _ := readString(t, name, string(data))
	if s == nil {
		return // skipped as binary
	}
	if !utf8.ValidString(s.Text) {
		t.Fatalf("Text is not valid UTF-8: %q", s.Text)
	}
	checkSource(t, s)
	for _, d := range s.Directives {
		if d.Offset < 0 || d.Offset > len(s.Text) || d.Line < 1 {
			t.Fatalf("directive %+v out of range", d)
		}
	}
}

func FuzzReadHTML(f *testing.F) {
	for _, s := range []string{
		"<p>Tô Lâm &amp; x</p>",
		"<div><p>a<li>b<td>c</table></div><!-- factlint-disable x -->",
		`<meta name="date" content="2025-04-28"><script type="application/ld+json">{"datePublished":"2025"}</script>`,
		"<nav><header>x</nav></header>\r\n&#x2019;&nbsp&amp;&",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "a.html", data) })
}

func FuzzReadMarkdown(f *testing.F) {
	for _, s := range []string{
		"# T\n\npara *a* [l](u) &amp; \\*\n\n- x\n\n> q\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
		"---\ntitle: x\n---\n<!-- factlint-disable-next-line r -->\ntext\r\n",
		"```\ncode\n```\n    indented\n<div>\nhtml\n</div>\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "a.md", data) })
}

func FuzzReadText(f *testing.F) {
	for _, s := range []string{
		"Title\n\nJapan and Vietnam agreed on Monday to set up a new\nframework for talks on foreign affairs and defense,\nthe two leaders said.\n",
		"DRYDEN, April 22, 2026 (Northern Press) — A Lakeshore Regional Airways turbo\nprop with 68 people on board made an emergency landing\n- a bullet\n\t x   y\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "a.txt", data) })
}

func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: x\ndate: 2025-04-28\n---\nbody",
		"---\r\n[a\r\n---\r\n",
		"---\ndate: [1, 2]\npublished: *x\n---\n",
		"---\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		fm, start, end, ok := frontMatter(in)
		if ok && (start > end || end > len(in) || in[start:start+len(fm)] != fm) {
			t.Fatalf("frontMatter(%q) = %q %d %d", in, fm, start, end)
		}
		fuzzRead(t, "a.md", []byte(in))
	})
}

func FuzzManifest(f *testing.F) {
	for _, s := range []string{
		"- file: a.txt\n  id: a\n  published: 2025-04-28\n  exclude: [x]\n",
		"sources:\n  - {file: b.md, note: n}\n",
		"- &a {file: a.txt}\n- *a\n",
		"sources: [",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		entries, err := parseManifest([]byte(in), "sources.yaml")
		if err != nil {
			if me, ok := err.(*ManifestError); !ok || me.Line < 0 || me.Col < 0 {
				t.Fatalf("error %#v", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, e := range entries {
			if e.File == "" || seen[e.File] {
				t.Fatalf("entry with empty or repeated file: %+v", e)
			}
			seen[e.File] = true
		}
	})
}
