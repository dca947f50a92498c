// Package source reads documents (.txt, .md, .html) into plain text with a
// map back to the original file's lines and columns, and dates them from a
// manifest, front matter or HTML metadata.
//
// Every format reader produces the same thing: a Source whose Text is the
// visible text, split into Blocks, and whose Position method turns a byte
// offset in Text into the line and column of the original file.
package source

import (
	"fmt"
	"html"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"
)

// DefaultMaxFileSize is the size above which a file is skipped when
// Options.MaxFileSize is zero.
const DefaultMaxFileSize = 50 << 20

// Options tune reading.
type Options struct {
	// MaxFileSize is the largest file read, in bytes; larger files are
	// skipped with a Problem. Zero means DefaultMaxFileSize.
	MaxFileSize int64
}

func (o Options) maxSize() int64 {
	if o.MaxFileSize > 0 {
		return o.MaxFileSize
	}
	return DefaultMaxFileSize
}

// Input is one document to read.
type Input struct {
	FS   fs.FS  // where to read from
	Name string // path inside FS
	Path string // path shown to the user
	ID   string // stable id; Read derives one from Name when empty
	// Named reports whether the user named this file on the command line;
	// failing to read it is then an error rather than a Problem.
	Named bool
	// Entry is the manifest's entry for this file, if there is one.
	Entry *Entry
}

// Problem is something wrong with an input that does not stop the run.
type Problem struct {
	Path      string
	Line, Col int // 1-based; zero when unknown
	Msg       string
	Skipped   bool // the input was not checked at all
}

func (p Problem) String() string {
	switch {
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", p.Path, p.Line, p.Col, p.Msg)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.Path, p.Msg)
}

// Where the publication date came from.
const (
	FromManifest    = "manifest"
	FromFrontMatter = "front-matter"
	FromHTMLMeta    = "html-meta"
)

// Source is a document read into plain text.
type Source struct {
	ID                 string
	Path               string
	Title, Outlet, URL string
	Published          *time.Time // UTC midnight; nil when unknown
	PublishedFrom      string     // FromManifest, FromFrontMatter, FromHTMLMeta or ""
	PublishedNote      string     // how the manifest says the date was determined
	Text               string     // the visible text
	Blocks             []Block    // structural blocks of Text, in order, non-overlapping
	Directives         []Directive
	Exclude            []string // rule ids the manifest excludes this source from

	doc  string    // the decoded file the offsets in segs point into
	segs []seg     // map from Text offsets to doc offsets, sorted by t
	idx  lineIndex // lines and columns of doc
}

// BlockKind says what a block of text is.
type BlockKind int

const (
	Line      BlockKind = iota // one line of a plain text file
	Paragraph                  // a paragraph of markup
	Heading
	ListItem
	Caption
	TableCell
	Quote
)

var blockKindNames = [...]string{"line", "paragraph", "heading", "list-item", "caption", "table-cell", "quote"}

func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return fmt.Sprintf("BlockKind(%d)", int(k))
}

// Block is a structural piece of Text: Text[Start:End].
type Block struct {
	Start, End int
	Kind       BlockKind
}

// Directive is a factlint comment in the document:
//
//	<!-- factlint-disable RULE... -->
//	<!-- factlint-enable RULE... -->
//	<!-- factlint-disable-next-line RULE... -->
type Directive struct {
	Action string   // "disable", "enable" or "disable-next-line"
	Rules  []string // rule ids; empty means every rule
	Line   int      // line of the comment's end in the original file
	Offset int      // offset in Text where the comment stood
}

// Directive actions.
const (
	Disable         = "disable"
	Enable          = "enable"
	DisableNextLine = "disable-next-line"
)

// parseDirective reads a comment's body; ok is false when it is not a
// factlint directive.
func parseDirective(body string) (d Directive, ok bool) {
	f := strings.Fields(strings.ReplaceAll(body, ",", " "))
	if len(f) == 0 {
		return d, false
	}
	switch f[0] {
	case "factlint-disable":
		d.Action = Disable
	case "factlint-enable":
		d.Action = Enable
	case "factlint-disable-next-line":
		d.Action = DisableNextLine
	default:
		return d, false
	}
	d.Rules = f[1:]
	if len(d.Rules) == 0 {
		d.Rules = nil
	}
	for i, r := range d.Rules {
		d.Rules[i] = strings.Clone(r) // body may be a slice of the whole document
	}
	return d, true
}

// Position maps a byte offset in Text to the 1-based line and column (in
// characters) of the original file. Offsets out of range are clamped.
func (s *Source) Position(off int) (line, col int) {
	return s.idx.pos(s.docOffset(off))
}

// docOffset maps an offset in Text to an offset in the decoded file.
func (s *Source) docOffset(off int) int {
	if len(s.segs) == 0 {
		return 0
	}
	off = max(0, min(off, len(s.Text)))
	i := sort.Search(len(s.segs), func(i int) bool { return s.segs[i].t > off }) - 1
	if i < 0 {
		i = 0
	}
	g := s.segs[i]
	d := g.d
	if g.copy {
		d += off - g.t
	}
	if i+1 < len(s.segs) && d > s.segs[i+1].d {
		d = s.segs[i+1].d
	}
	d = max(0, min(d, len(s.doc)))
	for d > 0 && d < len(s.doc) && !utf8.RuneStart(s.doc[d]) {
		d-- // inside a character: report the character
	}
	return d
}

// seg maps Text[t:] onward (until the next seg) to the document: a copied
// run maps byte for byte from d; a replaced run (an entity, an inserted
// separator) maps every offset to d.
type seg struct {
	t, d int
	copy bool
}

// lineIndex turns offsets in a document into lines and columns. Columns
// count characters; a running count kept every charStep bytes makes that
// cheap even on a line megabytes long, where counting from the start of
// the line for every position would take quadratic time.
type lineIndex struct {
	doc    string
	starts []int // byte offsets where lines start
	chars  []int // chars[k] is the number of characters in doc[:k*charStep]
}

const charStep = 256

// newLineIndex indexes doc, which must be valid UTF-8. "\r\n", "\n" and a
// lone "\r" each end a line.
func newLineIndex(doc string) lineIndex {
	// Without a '\r' there is one byte to look for, and IndexAny then
	// searches as IndexByte does.
	ends, lines := "\n", strings.Count(doc, "\n")
	if strings.IndexByte(doc, '\r') >= 0 {
		ends, lines = "\r\n", lines+strings.Count(doc, "\r")
	}
	x := lineIndex{doc: doc, starts: make([]int, 1, lines+1), chars: make([]int, 0, len(doc)/charStep+2)}
	for i := 0; ; {
		j := strings.IndexAny(doc[i:], ends)
		if j < 0 {
			break
		}
		i += j + 1
		if doc[i-1] == '\r' && i < len(doc) && doc[i] == '\n' {
			i++ // the line ends after the '\n'
		}
		x.starts = append(x.starts, i)
	}
	n := 0
	for k := 0; k < len(doc); k += charStep {
		x.chars = append(x.chars, n)
		n += countChars(doc[k:min(k+charStep, len(doc))])
	}
	x.chars = append(x.chars, n)
	return x
}

func isContinuation(c byte) bool { return c&0xC0 == 0x80 }

// startsChar[c] is 1 when byte c starts a character, 0 for a continuation
// byte: adding from a table spares countChars a branch on every byte,
// which makes it about twice as fast.
var startsChar = func() (t [256]uint8) {
	for c := range t {
		if !isContinuation(byte(c)) {
			t[c] = 1
		}
	}
	return t
}()

// countChars counts the bytes of s that start a character.
func countChars(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n += int(startsChar[s[i]])
	}
	return n
}

// charsBefore returns the number of characters in doc[:d].
func (x *lineIndex) charsBefore(d int) int {
	k := d / charStep
	return x.chars[k] + countChars(x.doc[k*charStep:d])
}

// pos returns the 1-based line and column of doc offset d, clamped to the
// document.
func (x *lineIndex) pos(d int) (line, col int) {
	if len(x.starts) == 0 {
		return 1, 1 // the zero index, of no document
	}
	d = max(0, min(d, len(x.doc)))
	i := max(sort.SearchInts(x.starts, d+1)-1, 0)
	return i + 1, x.charsBefore(d) - x.charsBefore(x.starts[i]) + 1
}

// builder assembles Text, its map to the document and its blocks.
type builder struct {
	text     []byte
	segs     []seg
	blocks   []Block
	blockCap int // room to make for blocks when the first one comes
	start    int // where the open block starts in text
	dend     int // doc offset just after the last piece written
}

// grow makes room for a document of n bytes: its text is rarely longer,
// a run of text is mapped by one seg for every few words, and a block of
// prose seldom comes more often than every 128 bytes of markup.
func (b *builder) grow(n int) {
	b.text = make([]byte, 0, n)
	b.segs = make([]seg, 0, n/64+1)
	b.blockCap = n/128 + 1
}

// copyText appends doc[d:d+len(s)] verbatim.
func (b *builder) copyText(s string, d int) {
	if s == "" {
		return
	}
	b.mark(d, true)
	b.text = append(b.text, s...)
	b.dend = d + len(s)
}

// replace appends s standing for doc[d:dend].
func (b *builder) replace(s string, d, dend int) {
	if s == "" {
		return
	}
	b.mark(d, false)
	b.text = append(b.text, s...)
	b.dend = dend
}

// space appends one space for a run of whitespace at d, unless the open
// block is empty or already ends in a space.
func (b *builder) space(d, dend int) {
	if len(b.text) == b.start || b.text[len(b.text)-1] == ' ' || b.text[len(b.text)-1] == '\n' {
		return
	}
	b.replace(" ", d, dend)
}

func (b *builder) mark(d int, copy bool) {
	t := len(b.text)
	if n := len(b.segs); n > 0 {
		last := &b.segs[n-1]
		if last.copy && copy && last.d+(t-last.t) == d {
			return // continues the previous run
		}
		if last.t == t {
			*last = seg{t, max(d, last.d), copy}
			return
		}
		d = max(d, last.d) // keep the map monotonic
	}
	b.segs = append(b.segs, seg{t, d, copy})
}

// endBlock closes the open block, trimming surrounding spaces; an empty
// block is dropped. Blocks are separated by a newline in Text.
func (b *builder) endBlock(kind BlockKind) {
	s, e := b.start, len(b.text)
	for s < e && isSpaceByte(b.text[s]) {
		s++
	}
	for e > s && isSpaceByte(b.text[e-1]) {
		e--
	}
	if s < e {
		if b.blocks == nil {
			b.blocks = make([]Block, 0, b.blockCap)
		}
		b.blocks = append(b.blocks, Block{s, e, kind})
		b.replace("\n", b.dend, b.dend)
	}
	b.start = len(b.text)
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// finish stores the built text and map in s, whose file setDoc has set.
// The text is not copied: the builder is not used again.
func (b *builder) finish(s *Source) {
	s.Text = unsafe.String(unsafe.SliceData(b.text), len(b.text))
	s.Blocks = b.blocks
	if b.segs != nil {
		s.segs = b.segs
	}
}

// setDoc keeps the file as read and indexes its lines. A reader sets it
// before reading, so that problems have lines.
func (s *Source) setDoc(doc string) {
	s.idx = newLineIndex(doc)
	s.doc = doc
	if s.segs == nil {
		s.segs = []seg{{0, 0, true}}
	}
}

// idFor is the default id of a file: its name without extension.
func idFor(name string) string {
	base := path.Base(name)
	return strings.TrimSuffix(base, path.Ext(base))
}

// parseDate reads a publication date: YYYY-MM-DD, RFC 3339 (the date as
// written, whatever the offset), or "April 28, 2025" / "28 April 2025".
// The result is UTC midnight.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		rest := s[10:]
		if rest == "" || rest[0] == 'T' || rest[0] == 't' || rest[0] == ' ' {
			if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
				if rest != "" {
					if _, ok := parseClock(rest[1:]); !ok {
						return time.Time{}, false
					}
				}
				return t, true
			}
		}
		return time.Time{}, false
	}
	for _, layout := range []string{"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006", "January 2 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseClock checks the time part of an RFC 3339-like timestamp loosely:
// a clock, optionally with fractions and an offset or zone.
func parseClock(s string) (string, bool) {
	for _, layout := range []string{"15:04:05Z07:00", "15:04:05.999999999Z07:00", "15:04:05", "15:04:05.999999999", "15:04Z07:00", "15:04", "15:04:05 MST", "15:04:05-0700"} {
		if _, err := time.Parse(layout, s); err == nil {
			return s, true
		}
	}
	return "", false
}

// appendRaw appends raw markup text found at doc offset d, decoding
// character references ("&amp;", "&#8217;") and, with escapes, Markdown
// backslash escapes; with collapse, each run of white space becomes one
// space, as a browser shows it.
func (b *builder) appendRaw(raw string, d int, escapes, collapse bool) {
	start := 0
	flush := func(i int) {
		b.copyText(raw[start:i], d+start)
	}
	special := &rawSpecial[b2i(escapes)][b2i(collapse)]
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case !special[c]:
			i++ // most bytes are only copied
			continue
		case escapes && c == '\\' && i+1 < len(raw) && isASCIIPunct(raw[i+1]):
			flush(i)
			b.copyText(raw[i+1:i+2], d+i+1)
			i += 2
		case c == '&':
			s, n := entity(raw[i:])
			if n == 0 {
				i++
				continue
			}
			flush(i)
			b.replace(s, d+i, d+i+n)
			i += n
		case collapse && c == ' ' && i > start && (i+1 == len(raw) || !isSpaceByte(raw[i+1])):
			// A lone space after a word is its own collapsed form: copying
			// it keeps one seg for the whole run of text.
			i++
			continue
		case collapse && isSpaceByte(c):
			flush(i)
			j := i
			for j < len(raw) && isSpaceByte(raw[j]) {
				j++
			}
			b.space(d+i, d+j)
			i = j
		default:
			i++
			continue
		}
		start = i
	}
	flush(len(raw))
}

// rawSpecial[escapes][collapse] marks the bytes appendRaw may do more
// with than copy, given its flags.
var rawSpecial = func() (t [2][2][256]bool) {
	for e := range 2 {
		for c := range 2 {
			t[e][c]['&'] = true
			t[e][c]['\\'] = e == 1
			for sp := range 256 {
				if isSpaceByte(byte(sp)) {
					t[e][c][sp] = c == 1
				}
			}
		}
	}
	return t
}()

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// entity decodes the character reference at the start of s, returning the
// text and the length it replaces, or n == 0 when there is none. A
// no-break space comes back as a plain space.
func entity(s string) (text string, n int) {
	for _, e := range commonEntities {
		if strings.HasPrefix(s, e.ref) {
			return e.text, len(e.ref)
		}
	}
	return decodeEntity(s)
}

// commonEntities are references met often enough to be worth knowing
// without a call to html.UnescapeString, which allocates. Each ends in
// ';', so what follows it cannot change it: decodeEntity gives the same.
var commonEntities = func() []struct{ ref, text string } {
	var es []struct{ ref, text string }
	for _, ref := range []string{"&amp;", "&nbsp;", "&quot;", "&lt;", "&gt;", "&#39;", "&#8217;", "&rsquo;", "&mdash;", "&ndash;"} {
		text, _ := decodeEntity(ref)
		es = append(es, struct{ ref, text string }{ref, text})
	}
	return es
}()

// decodeEntity is entity for any reference.
func decodeEntity(s string) (text string, n int) {
	end := strings.IndexByte(s[1:], '&') + 1
	if end <= 0 {
		end = len(s)
	}
	chunk := s[:min(end, 40)]
	u := html.UnescapeString(chunk)
	if u == chunk {
		return "", 0
	}
	// Only the reference at the start changed: the rest is a common suffix.
	k := 0
	for k < len(u)-1 && k < len(chunk)-1 && u[len(u)-1-k] == chunk[len(chunk)-1-k] {
		k++
	}
	return strings.ReplaceAll(u[:len(u)-k], "\u00a0", " "), len(chunk) - k
}

func isASCIIPunct(c byte) bool {
	return c < 0x80 && (c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~')
}
