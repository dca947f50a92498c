package source

import (
	"bytes"
	"encoding/json"
	stdhtml "html"
	"slices"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// Elements whose content is not read: not shown, or not the document's
// own text (navigation, page furniture, forms).
const skipped = "script style noscript template svg math head nav aside form button select textarea iframe object canvas video audio dialog"

// Page furniture, skipped unless inside an article or main element, where
// header and footer hold the story's headline and notes.
const furniture = "header footer"

// Elements that separate blocks of text.
const blockElems = `address article aside blockquote body br caption center dd details dialog dir div dl dt fieldset
	figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section
	summary table tbody td tfoot th thead tr ul legend option`

// Elements that never have content.
const voidElems = "area base br col embed hr img input keygen link meta param source track wbr"

// Elements that may stand in a head; any other start tag ends the head.
const headElems = "title meta link script style base noscript template"

// Meta names that give the publication date, most trusted first.
var dateMetas = []string{"article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publish-date", "publish_date", "publishdate", "dc.date.issued", "dc.date", "dcterms.issued", "citation_publication_date", "parsely-pub-date", "sailthru.date"}

// tag is an element name with what the reader needs to know of it. Known
// names are looked up once per tag, in one map, and counted by number.
type tag struct {
	name  string
	id    int // index into htmlReader.openKnown; -1 for a name not in tags
	flags tagFlag
}

type tagFlag uint8

const (
	isBlock tagFlag = 1 << iota
	isVoid
	inHead
	hides
	isFurniture
)

// tags holds every element named above or handled by name below.
var tags = func() map[string]tag {
	m := map[string]tag{}
	add := func(words string, f tagFlag) {
		for _, w := range strings.Fields(words) {
			t, ok := m[w]
			if !ok {
				t = tag{name: w, id: len(m)}
			}
			t.flags |= f
			m[w] = t
		}
	}
	add(skipped, hides)
	add(furniture, isFurniture)
	add(blockElems, isBlock)
	add(voidElems, isVoid)
	add(headElems, inHead)
	add("time h1 h2 h3 h4 h5 h6 li figcaption caption td th blockquote p div section article main body html", 0)
	add("a span b i em strong small sub sup u s q code abbr cite mark label ins del", 0) // counted by number too
	return m
}()

var tagHead, tagSVG = tags["head"], tags["svg"]

// lookupTag returns the tag called name, which is lower case.
func lookupTag(name []byte) tag {
	if t, ok := tags[string(name)]; ok {
		return t
	}
	return tag{name: string(name), id: -1}
}

// The attributes the reader looks at; any other is passed over without
// being kept.
const (
	attrClass = iota
	attrStyle
	attrRole
	attrAriaHidden
	attrHidden
	attrType
	attrRel
	attrHref
	attrProperty
	attrName
	attrItemprop
	attrContent
	attrPubdate
	attrDatetime
	numAttrs
)

var attrKeys = map[string]int{
	"class": attrClass, "style": attrStyle, "role": attrRole, "aria-hidden": attrAriaHidden, "hidden": attrHidden,
	"type": attrType, "rel": attrRel, "href": attrHref, "property": attrProperty, "name": attrName,
	"itemprop": attrItemprop, "content": attrContent, "pubdate": attrPubdate, "datetime": attrDatetime,
}

// attrs holds the first value of each attribute the reader looks at.
type attrs struct {
	val [numAttrs]string
	has uint32 // bit i: attribute i was given
}

func (a *attrs) get(i int) string { return a.val[i] }

func (a *attrs) present(i int) bool { return a.has&(1<<i) != 0 }

// readAttrs reads the current tag's attributes.
func readAttrs(z *html.Tokenizer, a *attrs, more bool) {
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		if i, ok := attrKeys[string(k)]; ok && !a.present(i) {
			a.has |= 1 << i
			a.val[i] = string(v)
		}
	}
}

// needsAttrs reports whether start may look at the attributes of tag t,
// written as raw. Each attribute read costs two copies, and most tags
// have none the reader looks at: the meta data tags always may, other
// elements only when open, and then only through the attributes in
// elemAttrs, whose names must appear in raw (in any case).
func needsAttrs(t tag, closed bool, raw []byte) bool {
	switch t.name {
	case "meta", "link", "script", "time":
		return true
	}
	if t.flags&isVoid != 0 || closed {
		return false
	}
	for _, name := range elemAttrs {
		if containsASCIIFold(raw, name) {
			return true
		}
	}
	return false
}

// elemAttrs are what start reads of any open element: class, style, role,
// and hidden and aria-hidden, both found by "hidden".
var elemAttrs = []string{"class", "style", "role", "hidden"}

// containsASCIIFold reports whether s holds lower, ignoring the case of
// ASCII letters as the tokenizer does in attribute names.
func containsASCIIFold(s []byte, lower string) bool {
	for i := 0; i+len(lower) <= len(s); i++ {
		j := 0
		for j < len(lower) && s[i+j]|0x20 == lower[j] {
			j++
		}
		if j == len(lower) {
			return true
		}
	}
	return false
}

type htmlElem struct {
	tag  tag
	skip bool      // this element hides its content
	kind BlockKind // what a block of text inside it is
}

type htmlReader struct {
	s         *Source
	b         builder
	stack     []htmlElem
	openKnown []int          // open elements by tag id
	openOther map[string]int // open elements of other names
	skip      int            // open elements that hide their content
	article   int            // open article and main elements
	pending   string         // the raw-text element whose text comes next: "title", "ld+json"

	title, ogTitle       string
	metaDates            map[string]string
	jsonDate, timeDate   string
	siteName, url, canon string
}

// readHTML reads the visible text of an HTML page, and its title, outlet,
// URL and publication date from meta tags, JSON-LD or a <time pubdate>.
func readHTML(s *Source, doc string) []Problem {
	s.setDoc(doc)
	r := &htmlReader{s: s, stack: make([]htmlElem, 0, 16), openKnown: make([]int, len(tags)), metaDates: map[string]string{}}
	r.b.grow(len(doc))
	z := html.NewTokenizer(strings.NewReader(doc))
	pos := 0
	for {
		tt := z.Next()
		at := pos
		pos += len(z.Raw())
		switch tt {
		case html.ErrorToken:
			r.b.endBlock(r.kind())
			r.b.finish(s)
			r.finishMeta()
			return nil
		case html.TextToken:
			r.text(doc[at:pos], at) // the token as written, without a copy
		case html.StartTagToken, html.SelfClosingTagToken:
			raw := z.Raw()
			name, more := z.TagName()
			t, closed := lookupTag(name), tt == html.SelfClosingTagToken
			var a attrs
			if more && needsAttrs(t, closed, raw) {
				readAttrs(z, &a, more)
			}
			r.start(t, &a, closed)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(lookupTag(name))
		case html.CommentToken:
			// Most comments are not directives: only those are turned
			// into strings.
			if text := z.Text(); bytes.Contains(text, []byte("factlint-")) {
				if d, ok := parseDirective(string(text)); ok {
					d.Line, _ = s.idx.pos(max(at, pos-1))
					d.Offset = len(r.b.text)
					s.Directives = append(s.Directives, d)
				}
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

// open returns the number of open elements called t.
func (r *htmlReader) open(t tag) int {
	if t.id >= 0 {
		return r.openKnown[t.id]
	}
	return r.openOther[t.name]
}

// count adds n to the number of open elements called t.
func (r *htmlReader) count(t tag, n int) {
	switch {
	case t.id >= 0:
		r.openKnown[t.id] += n
	case r.openOther == nil:
		r.openOther = map[string]int{t.name: n}
	default:
		r.openOther[t.name] += n
	}
}

func (r *htmlReader) text(raw string, at int) {
	switch r.pending {
	case "title":
		// raw is a slice of the document, which the title must not keep.
		r.title = strings.Clone(collapse(stdhtml.UnescapeString(raw)))
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

func (r *htmlReader) start(t tag, a *attrs, selfClosing bool) {
	r.pending = ""
	name := t.name
	switch name {
	case "meta":
		r.meta(a)
	case "link":
		if strings.EqualFold(a.get(attrRel), "canonical") && r.canon == "" {
			r.canon = a.get(attrHref)
		}
	case "title":
		if r.open(tagSVG) == 0 && r.title == "" {
			r.pending = "title"
		}
	case "script":
		if strings.EqualFold(strings.TrimSpace(a.get(attrType)), "application/ld+json") {
			r.pending = "ld+json"
		}
	case "time":
		if a.present(attrPubdate) || strings.EqualFold(a.get(attrItemprop), "datePublished") {
			if r.timeDate == "" {
				r.timeDate = a.get(attrDatetime)
			}
		}
	case "body":
		r.end(tagHead)
	}
	if r.open(tagHead) > 0 && t.flags&inHead == 0 {
		r.end(tagHead) // a page without </head>: the body has begun
	}
	if t.flags&isBlock != 0 {
		r.b.endBlock(r.kind())
	}
	if t.flags&isVoid != 0 || selfClosing {
		return
	}
	e := htmlElem{tag: t, kind: r.kind()}
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
	if t.flags&isBlock != 0 && strings.Contains(strings.ToLower(a.get(attrClass)), "caption") {
		e.kind = Caption // <p class="wp-caption-text">, <div class="image-caption">
	}
	e.skip = t.flags&hides != 0 || t.flags&isFurniture != 0 && r.article == 0 || isHidden(a)
	r.push(e)
}

func (r *htmlReader) push(e htmlElem) {
	r.stack = append(r.stack, e)
	r.count(e.tag, 1)
	if e.skip {
		r.skip++
	}
	if e.tag.name == "article" || e.tag.name == "main" {
		r.article++
	}
}

// end closes the innermost open element called t, and every element left
// open inside it; an end tag with nothing to close is ignored.
func (r *htmlReader) end(t tag) {
	r.pending = ""
	if r.open(t) == 0 {
		if t.name == "br" || t.name == "p" {
			r.b.endBlock(r.kind()) // </br> and a stray </p> still break the line
		}
		return
	}
	if t.flags&isBlock != 0 {
		r.b.endBlock(r.kind())
	}
	for len(r.stack) > 0 {
		e := r.stack[len(r.stack)-1]
		r.stack = r.stack[:len(r.stack)-1]
		r.count(e.tag, -1)
		if e.skip {
			r.skip--
		}
		if e.tag.name == "article" || e.tag.name == "main" {
			r.article--
		}
		if e.tag.flags&isBlock != 0 {
			r.b.endBlock(e.kind)
		}
		if e.tag.name == t.name {
			return
		}
	}
}

func isHidden(a *attrs) bool {
	if a.present(attrHidden) {
		return true
	}
	if strings.EqualFold(strings.TrimSpace(a.get(attrAriaHidden)), "true") {
		return true
	}
	switch strings.ToLower(strings.TrimSpace(a.get(attrRole))) {
	case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search":
		return true
	}
	for c := range strings.FieldsSeq(a.get(attrClass)) {
		switch strings.ToLower(c) {
		case "sr-only", "visually-hidden", "screen-reader-text", "hidden":
			return true // text for screen readers only, like "Accessibility links"
		}
	}
	style := strings.ToLower(strings.ReplaceAll(a.get(attrStyle), " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

func (r *htmlReader) meta(a *attrs) {
	key := strings.ToLower(strings.TrimSpace(a.get(attrProperty)))
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(a.get(attrName)))
	}
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(a.get(attrItemprop)))
	}
	content := strings.TrimSpace(a.get(attrContent))
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
	for _, k := range dateMetas {
		if v, ok := r.metaDates[k]; ok && r.setDate(v) {
			return
		}
	}
	if !r.setDate(r.jsonDate) {
		r.setDate(r.timeDate)
	}
}

// setDate sets the publication date to v if v is a date.
func (r *htmlReader) setDate(v string) bool {
	t, ok := parseDate(v)
	if ok {
		r.s.Published, r.s.PublishedFrom = &t, FromHTMLMeta
	}
	return ok
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
