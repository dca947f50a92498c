package source

import (
	"encoding/json"
	stdhtml "html"
	"slices"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// Elements whose content is not read: not shown, or not the document's
// own text (navigation, page furniture, forms).
var skipped = set("script style noscript template svg math head nav aside form button select textarea iframe object canvas video audio dialog")

// Page furniture, skipped unless inside an article or main element, where
// header and footer hold the story's headline and notes.
var furniture = set("header footer")

// Elements that separate blocks of text.
var blockElems = set(`address article aside blockquote body br caption center dd details dialog dir div dl dt fieldset
	figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section
	summary table tbody td tfoot th thead tr ul legend option`)

// Elements that never have content.
var voidElems = set("area base br col embed hr img input keygen link meta param source track wbr")

// Elements that may stand in a head; any other start tag ends the head.
var headElems = set("title meta link script style base noscript template")

// Meta names that give the publication date, most trusted first.
var dateMetas = []string{"article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publish-date", "publish_date", "publishdate", "dc.date.issued", "dc.date", "dcterms.issued", "citation_publication_date", "parsely-pub-date", "sailthru.date"}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

type htmlElem struct {
	name string
	skip bool      // this element hides its content
	kind BlockKind // what a block of text inside it is
}

type htmlReader struct {
	s       *Source
	b       builder
	stack   []htmlElem
	open    map[string]int // open elements by name
	skip    int            // open elements that hide their content
	article int            // open article and main elements
	pending string         // the raw-text element whose text comes next: "title", "ld+json"

	title, ogTitle       string
	metaDates            map[string]string
	jsonDate, timeDate   string
	siteName, url, canon string
}

// readHTML reads the visible text of an HTML page, and its title, outlet,
// URL and publication date from meta tags, JSON-LD or a <time pubdate>.
func readHTML(s *Source, doc string) []Problem {
	s.setDoc(doc)
	r := &htmlReader{s: s, open: map[string]int{}, metaDates: map[string]string{}}
	r.b.grow(len(doc))
	z := html.NewTokenizer(strings.NewReader(doc))
	pos := 0
	for {
		tt := z.Next()
		raw := z.Raw()
		at := pos
		pos += len(raw)
		switch tt {
		case html.ErrorToken:
			r.b.endBlock(r.kind())
			r.b.finish(s, doc)
			r.finishMeta()
			return nil
		case html.TextToken:
			r.text(string(raw), at)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if _, dup := attrs[string(k)]; !dup {
					attrs[string(k)] = string(v)
				}
			}
			r.start(string(name), attrs, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(string(name))
		case html.CommentToken:
			if d, ok := parseDirective(string(z.Text())); ok {
				d.Line, _ = s.idx.pos(max(at, pos-1))
				d.Offset = len(r.b.text)
				s.Directives = append(s.Directives, d)
			}
		}
	}
}

// kind is what a block of text at the current point is.
func (r *htmlReader) kind() BlockKind {
	if n := len(r.stack); n > 0 {
		return r.stack[n-1].kind
	}
	return Paragraph
}

func (r *htmlReader) text(raw string, at int) {
	switch r.pending {
	case "title":
		r.title = collapse(stdhtml.UnescapeString(raw))
		return
	case "ld+json":
		if r.jsonDate == "" {
			r.jsonDate = jsonLDDate(raw)
		}
		return
	}
	if r.skip == 0 {
		r.b.appendRaw(raw, at, false, true)
	}
}

func (r *htmlReader) start(name string, attrs map[string]string, selfClosing bool) {
	r.pending = ""
	switch name {
	case "meta":
		r.meta(attrs)
	case "link":
		if strings.EqualFold(attrs["rel"], "canonical") && r.canon == "" {
			r.canon = attrs["href"]
		}
	case "title":
		if r.open["svg"] == 0 && r.title == "" {
			r.pending = "title"
		}
	case "script":
		if strings.EqualFold(strings.TrimSpace(attrs["type"]), "application/ld+json") {
			r.pending = "ld+json"
		}
	case "time":
		if _, ok := attrs["pubdate"]; ok || strings.EqualFold(attrs["itemprop"], "datePublished") {
			if r.timeDate == "" {
				r.timeDate = attrs["datetime"]
			}
		}
	case "body":
		r.end("head")
	}
	if r.open["head"] > 0 && !headElems[name] {
		r.end("head") // a page without </head>: the body has begun
	}
	if blockElems[name] {
		r.b.endBlock(r.kind())
	}
	if voidElems[name] || selfClosing {
		return
	}
	e := htmlElem{name: name, kind: r.kind()}
	switch name {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		e.kind = Heading
	case "li":
		e.kind = ListItem
	case "figcaption", "caption":
		e.kind = Caption
	case "td", "th":
		e.kind = TableCell
	case "blockquote":
		e.kind = Quote
	case "p", "div", "section", "article", "main", "body", "html":
		if e.kind == TableCell || e.kind == ListItem || e.kind == Caption || e.kind == Quote {
			break // a paragraph inside a cell or item is still that
		}
		e.kind = Paragraph
	}
	if blockElems[name] && strings.Contains(strings.ToLower(attrs["class"]), "caption") {
		e.kind = Caption // <p class="wp-caption-text">, <div class="image-caption">
	}
	e.skip = skipped[name] || furniture[name] && r.article == 0 || isHidden(attrs)
	r.push(e)
}

func (r *htmlReader) push(e htmlElem) {
	r.stack = append(r.stack, e)
	r.open[e.name]++
	if e.skip {
		r.skip++
	}
	if e.name == "article" || e.name == "main" {
		r.article++
	}
}

// end closes the innermost open element called name, and every element
// left open inside it; an end tag with nothing to close is ignored.
func (r *htmlReader) end(name string) {
	r.pending = ""
	if r.open[name] == 0 {
		if name == "br" || name == "p" {
			r.b.endBlock(r.kind()) // </br> and a stray </p> still break the line
		}
		return
	}
	if blockElems[name] {
		r.b.endBlock(r.kind())
	}
	for len(r.stack) > 0 {
		e := r.stack[len(r.stack)-1]
		r.stack = r.stack[:len(r.stack)-1]
		r.open[e.name]--
		if e.skip {
			r.skip--
		}
		if e.name == "article" || e.name == "main" {
			r.article--
		}
		if blockElems[e.name] {
			r.b.endBlock(e.kind)
		}
		if e.name == name {
			return
		}
	}
}

func isHidden(attrs map[string]string) bool {
	if _, ok := attrs["hidden"]; ok {
		return true
	}
	if strings.EqualFold(strings.TrimSpace(attrs["aria-hidden"]), "true") {
		return true
	}
	switch strings.ToLower(strings.TrimSpace(attrs["role"])) {
	case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search":
		return true
	}
	for _, c := range strings.Fields(attrs["class"]) {
		switch strings.ToLower(c) {
		case "sr-only", "visually-hidden", "screen-reader-text", "hidden":
			return true // text for screen readers only, like "Accessibility links"
		}
	}
	style := strings.ToLower(strings.ReplaceAll(attrs["style"], " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

func (r *htmlReader) meta(attrs map[string]string) {
	key := strings.ToLower(strings.TrimSpace(attrs["property"]))
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(attrs["name"]))
	}
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(attrs["itemprop"]))
	}
	content := strings.TrimSpace(attrs["content"])
	if key == "" || content == "" {
		return
	}
	switch key {
	case "og:title":
		r.ogTitle = content
	case "og:site_name":
		r.siteName = content
	case "og:url":
		r.url = content
	}
	if slices.Contains(dateMetas, key) {
		if _, ok := r.metaDates[key]; !ok {
			r.metaDates[key] = content
		}
	}
}

// finishMeta fills the source's metadata from what the page said.
func (r *htmlReader) finishMeta() {
	s := r.s
	s.Title = firstOf(r.ogTitle, r.title)
	s.Outlet = r.siteName
	s.URL = firstOf(r.canon, r.url)
	candidates := []string{}
	for _, k := range dateMetas {
		if v, ok := r.metaDates[k]; ok {
			candidates = append(candidates, v)
		}
	}
	candidates = append(candidates, r.jsonDate, r.timeDate)
	for _, c := range candidates {
		if t, ok := parseDate(c); ok {
			s.Published, s.PublishedFrom = &t, FromHTMLMeta
			return
		}
	}
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// jsonLDDate finds datePublished in a JSON-LD script, looking through
// @graph and nested objects; anything that is not JSON gives "".
func jsonLDDate(raw string) string {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(raw)), &v) != nil {
		return ""
	}
	return findDatePublished(v, 0)
}

func findDatePublished(v any, depth int) string {
	if depth > 16 {
		return ""
	}
	switch v := v.(type) {
	case map[string]any:
		if d, ok := v["datePublished"].(string); ok {
			if _, valid := parseDate(d); valid {
				return d
			}
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys) // maps have no order; the answer must not vary
		if i := slices.Index(keys, "@graph"); i > 0 {
			keys[0], keys[i] = keys[i], keys[0]
		}
		for _, k := range keys {
			if d := findDatePublished(v[k], depth+1); d != "" {
				return d
			}
		}
	case []any:
		for _, e := range v {
			if d := findDatePublished(e, depth+1); d != "" {
				return d
			}
		}
	}
	return ""
}
