package source

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestHTMLBlocks(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"paragraphs", "<p>One.</p><p>Two <b>bold</b>  and\n\t<i>it</i>.</p>", []string{"paragraph:One.", "paragraph:Two bold and it."}},
		{"inline joins words", "<p>Hel<span>lo</span> world</p>", []string{"paragraph:Hello world"}},
		{"kinds", "<h2>Head</h2><ul><li>a</li><li><p>b</p></li></ul><figure><figcaption>Cap</figcaption></figure>" +
			"<table><caption>Tab</caption><tr><th>x</th><td>1</td></tr></table><blockquote><p>q</p></blockquote>",
			[]string{"heading:Head", "list-item:a", "list-item:b", "caption:Cap", "caption:Tab", "table-cell:x", "table-cell:1", "quote:q"}},
		{"unclosed", "<div><p>one<p>two<li>three<div>four", []string{"paragraph:one", "paragraph:two", "list-item:three", "list-item:four"}},
		{"br", "<p>a<br>b<br/>c</p>", []string{"paragraph:a", "paragraph:b", "paragraph:c"}},
		{"stray end tags", "</div></span><p>a</b></p></p>b", []string{"paragraph:a", "paragraph:b"}},
		{"skipped elements", "<nav>Menu</nav><header>Site</header><p>Text</p><script>var a='<p>x</p>';</script>" +
			"<style>p{}</style><noscript>js</noscript><template><p>t</p></template><svg><text>s</text></svg>" +
			"<aside>More</aside><form>f<button>Go</button></form><footer>(c)</footer>",
			[]string{"paragraph:Text"}},
		{"hidden", `<p hidden>h1</p><div aria-hidden="true">h2</div><div role="navigation">h3</div>` +
			`<p style="display: none">h4</p><p aria-hidden="false">shown</p><a class="sr-only">Skip</a><span class="visually-hidden">x</span>`,
			[]string{"paragraph:shown"}},
		{"caption class", `<p class="wp-caption-text">Leaders meet. (Photo: VNA)</p><span class="caption">inline</span>`,
			[]string{"caption:Leaders meet. (Photo: VNA)", "paragraph:inline"}},
		{"article header kept", "<header>Site</header><article><header><h1>Headline</h1></header><p>Body</p><footer>Note</footer></article>",
			[]string{"heading:Headline", "paragraph:Body", "paragraph:Note"}},
		{"unclosed nav ends with its parent", "<div><nav>menu</div><p>shown</p>", []string{"paragraph:shown"}},
		{"head without body tag", "<html><head><title>T</title><p>Body text", []string{"paragraph:Body text"}},
		{"entities", "<p>AT&amp;T&nbsp;x &#8217;s &#x2019; &copy; &amp &bogus; a&b</p>", []string{"paragraph:AT&T x ’s ’ © & &bogus; a&b"}},
		{"comment and cdata", "<p>a<!-- hidden -->b</p>", []string{"paragraph:ab"}},
		{"img alt not read", `<p>a <img alt="pic"> b</p>`, []string{"paragraph:a b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, probs := readString(t, "a.html", tt.in)
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

func TestHTMLDeepNesting(t *testing.T) {
	in := strings.Repeat("<div><span>", 50000) + "deep" + strings.Repeat("</b>", 1000)
	s, _ := readString(t, "a.html", in)
	if got := strings.Join(blockTexts(s), "|"); got != "paragraph:deep" {
		t.Errorf("blocks = %q", got)
	}
}

func TestHTMLPositions(t *testing.T) {
	in := "<html>\r\n<body>\r\n<p>Tô Lâm &amp; Ishiba\r\n  met &#8217;twice&#8217; in 2025.</p>\r\n</body>"
	s, _ := readString(t, "a.htm", in)
	for sub, want := range map[string][2]int{
		"Lâm":    {3, 7},
		"&":      {3, 11},
		"Ishiba": {3, 17},
		"met":    {4, 3},
		"’":      {4, 7},
		"twice":  {4, 14},
		"2025":   {4, 30},
	} {
		if got := at(t, s, sub); got != want {
			t.Errorf("%q at %v, want %v", sub, got, want)
		}
	}
}

func TestHTMLMeta(t *testing.T) {
	tests := []struct {
		name, in                string
		title, outlet, url, pub string
	}{
		{name: "article meta", in: `<head><title>Doc title</title><meta property="og:title" content="OG title">` +
			`<meta property="og:site_name" content="VOA"><link rel="canonical" href="https://v.com/a">` +
			`<meta property="article:published_time" content="2025-04-28T23:00:00-05:00"></head>`,
			title: "OG title", outlet: "VOA", url: "https://v.com/a", pub: "2025-04-28"},
		{name: "title tag", in: "<title>A &amp; B</title><p>x", title: "A & B"},
		{name: "name date", in: `<meta name="pubdate" content="2025-04-27"><meta name="date" content="2025-01-01">`, pub: "2025-01-01"},
		{name: "bad meta falls through", in: `<meta name="date" content="yesterday"><meta name="publish-date" content="April 28, 2025">`, pub: "2025-04-28"},
		{name: "json-ld graph", in: `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-04-26T08:00:00Z"}]}</script>`, pub: "2025-04-26"},
		{name: "json-ld list", in: `<script type="application/ld+json">[{"dateModified":"2025-05-01"},{"datePublished":"2025-04-25"}]</script>`, pub: "2025-04-25"},
		{name: "json-ld garbage", in: `<script type="application/ld+json">{"datePublished": "2025-04-25",,}</script><p>x</p>`, pub: ""},
		{name: "meta beats json-ld", in: `<script type="application/ld+json">{"datePublished":"2025-04-25"}</script><meta name="date" content="2025-04-24">`, pub: "2025-04-24"},
		{name: "time pubdate", in: `<article><time datetime="2025-04-23" pubdate>Apr 23</time><time datetime="2025-04-01">x</time></article>`, pub: "2025-04-23"},
		{name: "plain time ignored", in: `<time datetime="2025-04-01">x</time>`, pub: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := readString(t, "a.html", tt.in)
			pub := ""
			if s.Published != nil {
				pub = s.Published.Format("2006-01-02")
				if s.PublishedFrom != FromHTMLMeta {
					t.Errorf("PublishedFrom = %q", s.PublishedFrom)
				}
			}
			if s.Title != tt.title || s.Outlet != tt.outlet || s.URL != tt.url || pub != tt.pub {
				t.Errorf("got title %q outlet %q url %q pub %q", s.Title, s.Outlet, s.URL, pub)
			}
		})
	}
}

func TestHTMLDirectives(t *testing.T) {
	in := "<p>One.</p>\n<!-- factlint-disable-next-line r1 r2 -->\n<p>Two.</p><!--factlint-enable-->"
	s, _ := readString(t, "a.html", in)
	if len(s.Directives) != 2 {
		t.Fatalf("directives = %+v", s.Directives)
	}
	d := s.Directives[0]
	if d.Action != DisableNextLine || strings.Join(d.Rules, ",") != "r1,r2" || d.Line != 2 || s.Text[d.Offset:d.Offset+4] != "Two." {
		t.Errorf("first directive %+v", d)
	}
	if d := s.Directives[1]; d.Action != Enable || d.Rules != nil || d.Line != 3 || d.Offset != len(s.Text) {
		t.Errorf("second directive %+v (len %d)", d, len(s.Text))
	}
}

func TestPrecedence(t *testing.T) {
	// A manifest date beats front matter, which beats HTML meta.
	e := &Entry{ID: "m", Title: "Manifest title", Note: "from the dateline"}
	pub, _ := parseDate("2025-01-02")
	e.Published = &pub
	s, _ := readString(t, "a.md", "---\ntitle: FM\ndate: 2025-03-04\n---\nx\n")
	applyEntry(s, e)
	if s.Title != "Manifest title" || s.PublishedFrom != FromManifest || s.Published.Format("2006-01-02") != "2025-01-02" || s.PublishedNote != "from the dateline" || s.ID != "m" {
		t.Errorf("%+v", s)
	}
	s, _ = readString(t, "a.md", "---\ntitle: FM\ndate: 2025-03-04\n---\nx\n")
	applyEntry(s, &Entry{Outlet: "O"})
	if s.Title != "FM" || s.PublishedFrom != FromFrontMatter || s.Outlet != "O" {
		t.Errorf("%+v", s)
	}
}

// TestNeedsAttrs checks that a tag whose attributes are passed over has
// none that start looks at.
func TestNeedsAttrs(t *testing.T) {
	in := `<p CLASS="a"><div Style=x><span rOlE=menu><b aria-HIDDEN=true><i hidden><a href="/class">` +
		`<em data-class=1><img class=x><br style=""><p id=x title="y"><div/ class=z><span ` + "\x00class" + `=1>` +
		`<q clas=s><u s\tyle=1><meta name=date content=x><time pubdate datetime=2025-01-01><p class>`
	z := html.NewTokenizer(strings.NewReader(in))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		raw := string(z.Raw())
		name, more := z.TagName()
		tg, closed := lookupTag(name), tt == html.SelfClosingTagToken
		if needsAttrs(tg, closed, []byte(raw)) {
			continue
		}
		var a attrs
		readAttrs(z, &a, more)
		for _, i := range []int{attrClass, attrStyle, attrRole, attrAriaHidden, attrHidden} {
			if a.present(i) && !(tg.flags&isVoid != 0 || closed) {
				t.Errorf("%s: attribute %d passed over", raw, i)
			}
		}
	}
}
