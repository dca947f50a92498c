package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	yaml "go.yaml.in/yaml/v4"
)

// markdownExtensions are the extensions of both Markdown parsers, which
// must read a file alike.
var markdownExtensions = goldmark.WithExtensions(extension.Table)

var markdown = goldmark.New(markdownExtensions)

// markdownNoRefs is markdown without the search of every paragraph for
// link reference definitions ("[label]: url"), which costs a reader per
// paragraph. It reads a source with no "]:", where none can be written:
// the label's closing bracket must be followed at once by the colon.
var markdownNoRefs = goldmark.New(
	goldmark.WithParser(parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
	)),
	markdownExtensions,
)

// readMarkdown reads a Markdown file: YAML front matter for metadata, then
// the visible text of headings, paragraphs, list items, table cells and
// block quotes. Code and HTML blocks are left out; HTML comments are read
// for directives.
func readMarkdown(s *Source, doc string) (probs []Problem) {
	body := 0
	s.setDoc(doc)
	if fm, start, end, ok := frontMatter(doc); ok {
		probs = s.readFrontMatter(fm, start)
		body = end
	}
	// The parser gets bytes of its own: a string's memory is not a
	// third party's to be trusted with.
	raw := []byte(doc[body:])
	src, cuts := tameLines(raw)
	for _, c := range cuts {
		line, col := s.idx.pos(body + c)
		probs = append(probs, Problem{Line: line, Col: col, Msg: fmt.Sprintf("a line of over %d KiB with nowhere to break it; the rest of the line is not read", mdHardLine>>10)})
	}
	visible := doc[body:]
	if len(src) > 0 && &src[0] != &raw[0] {
		visible = string(src) // long lines were broken
	}
	r := &mdReader{src: src, text: visible, base: body, s: s}
	r.b.grow(len(src))
	func() {
		// The parser is not ours; a crash in it must not end the run.
		defer func() {
			if e := recover(); e != nil {
				probs = append(probs, Problem{Msg: fmt.Sprintf("cannot parse Markdown: %v", e)})
			}
		}()
		md := markdown
		if !bytes.Contains(r.src, []byte("]:")) {
			md = markdownNoRefs
		}
		root := md.Parser().Parse(text.NewReader(r.src))
		r.blocks(root, Paragraph)
	}()
	r.b.finish(s)
	s.Directives = r.dirs
	return probs
}

// The Markdown parser takes time quadratic in the length of a line on some
// inputs: "[a](" repeated, a run of links that never close, takes seconds
// at 64 KiB and hours at a megabyte. So a line longer than mdSoftLine is
// broken at spaces where a line break changes nothing (inside a paragraph
// Markdown shows one as a space), and what is still longer than mdHardLine
// after that is not read.
const (
	mdSoftLine = 2 << 10
	mdHardLine = 16 << 10
)

// tameLines returns src with its long lines broken or cut as above, byte
// for byte the same length so that offsets still hold, and the offsets
// where lines were cut. src is not changed.
func tameLines(src []byte) (out []byte, cuts []int) {
	out = src
	// Only a stretch between two '\n' longer than mdSoftLine can hold a
	// long line; '\r' ends lines too, so such a stretch is looked into.
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if end-start > mdSoftLine {
			out, cuts = tameStretch(src, out, cuts, start, end)
		}
		start = end + 1
	}
	return out, cuts
}

// tameStretch tames the lines of src[start:end], which has no '\n', into
// out, cloning src first if out is still src.
func tameStretch(src, out []byte, cuts []int, start, end int) ([]byte, []int) {
	for start < end {
		stop := start
		for stop < end && src[stop] != '\r' {
			stop++
		}
		if stop-start > mdSoftLine {
			if &out[0] == &src[0] {
				out = bytes.Clone(src)
			}
			if at := breakLine(out[start:stop]); at >= 0 {
				cuts = append(cuts, start+at)
			}
		}
		start = stop + 1
	}
	return out, cuts
}

// breakLine breaks a long line in place (see tameLines) and returns where
// it was cut, or -1.
func breakLine(l []byte) int {
	table := bytes.IndexByte(l, '|') >= 0 // a table row must stay one line
	piece := 0                            // where the current piece of the line starts
	for i := 0; i < len(l); i++ {
		if i-piece >= mdHardLine {
			for i > piece && !utf8.RuneStart(l[i]) {
				i--
			}
			for j := i; j < len(l); j++ {
				l[j] = ' '
			}
			return i
		}
		if i-piece >= mdSoftLine && !table && l[i] == ' ' && l[i-1] != ' ' && i+1 < len(l) && continues(l[i+1]) {
			l[i] = '\n'
			piece = i + 1
		}
	}
	return -1
}

// continues reports whether a line starting with c goes on the paragraph
// before it, rather than starting a list, heading, quote, table, code
// block or thematic break.
func continues(c byte) bool {
	return c != ' ' && c != '\t' && (c < '0' || c > '9') && !strings.ContainsRune("#>-*+=`~<|_:", rune(c))
}

// frontMatter finds YAML front matter: a first line "---", then the YAML,
// then a line "---" or "...". It returns the YAML, its offset, and where
// the body starts.
func frontMatter(doc string) (fm string, start, end int, ok bool) {
	first, rest, found := cutLine(doc)
	if !found || strings.TrimRight(first, " \t") != "---" {
		return "", 0, 0, false
	}
	start = len(doc) - len(rest)
	for pos := start; pos < len(doc); {
		line, next, _ := cutLine(doc[pos:])
		if l := strings.TrimRight(line, " \t"); l == "---" || l == "..." {
			return doc[start:pos], start, len(doc) - len(next), true
		}
		pos = len(doc) - len(next)
	}
	return "", 0, 0, false
}

// cutLine splits s after its first line ending ("\n", "\r\n" or "\r");
// line has no ending. found is false when s has no line ending.
func cutLine(s string) (line, rest string, found bool) {
	i := strings.IndexAny(s, "\r\n")
	if i < 0 {
		return s, "", false
	}
	j := i + 1
	if s[i] == '\r' && j < len(s) && s[j] == '\n' {
		j++
	}
	return s[:i], s[j:], true
}

// readFrontMatter takes title, outlet (or source), url and the date
// (date or published) from front matter; other keys are the author's own.
func (s *Source) readFrontMatter(fm string, start int) []Problem {
	line, _ := s.idx.pos(start)
	root, err := loadYAML([]byte(fm), "", line-1)
	if err != nil {
		var me *ManifestError
		if errors.As(err, &me) {
			return []Problem{{Line: me.Line, Col: me.Col, Msg: "front matter: " + me.Msg}}
		}
		return []Problem{{Line: line, Msg: "front matter: " + err.Error()}}
	}
	if root == nil {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		return []Problem{{Line: root.Line + line - 1, Col: root.Column, Msg: "front matter: want keys and values"}}
	}
	var probs []Problem
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], deref(root.Content[i+1])
		if v == nil || v.Kind != yaml.ScalarNode || isNull(v) {
			continue
		}
		val := strings.TrimSpace(v.Value)
		switch strings.ToLower(k.Value) {
		case "title":
			s.Title = val
		case "outlet", "source":
			s.Outlet = val
		case "url":
			s.URL = val
		case "date", "published":
			t, ok := parseDate(val)
			if !ok {
				probs = append(probs, Problem{Line: v.Line + line - 1, Col: v.Column, Msg: fmt.Sprintf("front matter: bad date %q (want YYYY-MM-DD, RFC 3339 or \"April 28, 2025\")", val)})
				continue
			}
			if s.Published == nil || k.Value == "published" {
				s.Published, s.PublishedFrom = &t, FromFrontMatter
			}
		}
	}
	return probs
}

type mdReader struct {
	src  []byte // the body, after any front matter
	text string // src as a string: text of the parse is sliced from it
	base int    // offset of src in the document
	s    *Source
	b    builder
	dirs []Directive
}

// blocks walks block nodes; kind is what a paragraph met inside is.
func (r *mdReader) blocks(n ast.Node, kind BlockKind) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			r.inlines(c)
			r.b.endBlock(Heading)
		case *ast.Paragraph, *ast.TextBlock:
			r.inlines(c)
			r.b.endBlock(kind)
		case *ast.Blockquote:
			r.blocks(c, Quote)
		case *ast.ListItem:
			r.blocks(c, ListItem)
		case *extast.TableCell:
			r.inlines(c)
			r.b.endBlock(TableCell)
		case *ast.HTMLBlock:
			lines := c.Lines()
			if lines.Len() == 0 {
				continue
			}
			start, stop := lines.At(0).Start, lines.At(lines.Len()-1).Stop
			if c.HasClosure() {
				stop = max(stop, c.ClosureLine.Stop)
			}
			r.comments(r.text[start:stop], start)
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.ThematicBreak:
			// not prose
		default:
			r.blocks(c, kind)
		}
	}
}

// inlines appends the visible text of n's inline children.
func (r *mdReader) inlines(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			if c.IsRaw() {
				r.b.copyText(r.value(seg), r.base+seg.Start)
			} else {
				r.b.appendRaw(r.value(seg), r.base+seg.Start, true, false)
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
				r.b.replace(" ", r.b.dend, r.b.dend)
			}
		case *ast.String:
			r.b.replace(string(c.Value), r.b.dend, r.b.dend)
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					r.b.copyText(r.value(t.Segment), r.base+t.Segment.Start)
				}
			}
		case *ast.RawHTML:
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				raw := r.value(seg)
				if i == 0 && len(raw) > 3 && strings.EqualFold(raw[:3], "<br") {
					r.b.replace(" ", r.base+seg.Start, r.base+seg.Stop)
				}
				r.comments(raw, seg.Start)
			}
		case *ast.Image, *ast.AutoLink:
			// alt text and bare URLs are not prose
		default:
			r.inlines(c)
		}
	}
}

// value is the text of seg, sliced from the source when it can be.
func (r *mdReader) value(seg text.Segment) string {
	if seg.Padding == 0 {
		return r.text[seg.Start:seg.Stop]
	}
	return string(seg.Value(r.src))
}

// comments records the factlint directives in HTML comments in raw, which
// starts at offset start of the body.
func (r *mdReader) comments(raw string, start int) {
	for i := 0; ; {
		j := strings.Index(raw[i:], "<!--")
		if j < 0 {
			return
		}
		j += i + 4
		k := strings.Index(raw[j:], "-->")
		if k < 0 {
			k = len(raw) - j
		}
		if d, ok := parseDirective(raw[j : j+k]); ok {
			d.Line, _ = r.s.idx.pos(r.base + start + j + k)
			d.Offset = len(r.b.text)
			r.dirs = append(r.dirs, d)
		}
		i = min(j+k+3, len(raw))
	}
}
