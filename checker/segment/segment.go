// Package segment splits a source's text into units: sentences, headings,
// bullets and captions, each with exact byte offsets.
//
// Units never cross a block of the source. Blocks from markup already say
// what they are; plain text lines are classified here with a few
// conservative rules (list markers, short unpunctuated lines, repeated or
// credited photo captions).
package segment

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/source"
)

// Kind says what a unit is.
type Kind int

const (
	Sentence Kind = iota
	Heading
	Bullet
	Caption
)

var kindNames = [...]string{"sentence", "heading", "bullet", "caption"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Unit is a piece of src.Text: Text[Start:End], trimmed of spaces.
type Unit struct {
	Start, End int
	Kind       Kind
	Block      int // index in src.Blocks
	Para       int // paragraph number: blocks that hold units, counted from 0
}

// Split cuts src.Text into units, in order and without overlap.
func Split(src *source.Source) []Unit {
	sc := scratchPool.Get().(*scratch)
	units, spans := sc.units[:0], sc.spans[:0]
	para := 0
	inList := false // previous lines were an unmarked list after a colon
	for bi, b := range src.Blocks {
		if b.Start < 0 || b.End > len(src.Text) || b.Start >= b.End {
			continue
		}
		text := src.Text[b.Start:b.End]
		n := len(units)
		add := func(start, end int, kind Kind) {
			units = appendTrimmed(units, src.Text, b.Start+start, b.Start+end, kind, bi, para)
		}
		sentences := func(start int, kind Kind) {
			spans = appendSentences(spans[:0], text[start:])
			for _, sp := range spans {
				add(start+sp[0], start+sp[1], kind)
			}
		}
		switch b.Kind {
		case source.Heading:
			add(0, len(text), Heading)
		case source.ListItem:
			sentences(0, Bullet)
		case source.Caption:
			sentences(0, Caption)
		case source.Line:
			kind, skip := classifyLine(src, bi, inList)
			inList = kind == Bullet && skip == 0 && (inList || !isLabelLine(text)) || kind == Sentence && endsWithColon(text)
			if kind == Heading {
				add(0, len(text), Heading)
			} else {
				sentences(skip, kind)
			}
		default:
			sentences(0, Sentence)
		}
		if len(units) > n {
			para++
		}
	}
	// Units are gathered in pooled scratch space and copied out once,
	// at their number.
	var out []Unit
	if len(units) > 0 {
		out = make([]Unit, len(units))
		copy(out, units)
	}
	if cap(units) <= 1<<16 && cap(spans) <= 1<<12 {
		sc.units, sc.spans = units[:0], spans[:0]
		scratchPool.Put(sc)
	}
	return out
}

type scratch struct {
	units []Unit
	spans [][2]int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// appendTrimmed appends text[start:end] as a unit, trimmed of spaces,
// unless nothing but spaces and punctuation is left.
func appendTrimmed(units []Unit, text string, start, end int, kind Kind, block, para int) []Unit {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if !hasAlnum(text[start:end]) {
		return units
	}
	return append(units, Unit{start, end, kind, block, para})
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		i += size
	}
	return false
}

// classifyLine decides what a plain text line is. skip is the length of a
// list marker to leave out of the unit.
func classifyLine(src *source.Source, bi int, inList bool) (kind Kind, skip int) {
	b := src.Blocks[bi]
	line := src.Text[b.Start:b.End]
	if n := bulletMarker(line); n > 0 {
		return Bullet, n
	}
	same := func(j int) bool {
		if j < 0 || j >= len(src.Blocks) || src.Blocks[j].Kind != source.Line {
			return false
		}
		o := src.Blocks[j]
		return src.Text[o.Start:o.End] == line
	}
	// Both tests below count words; a count capped at 41 serves both.
	words := countWords(line, 41)
	if same(bi-1) || same(bi+1) || looksLikeCaption(line, words) {
		return Caption, 0
	}
	if isShortUnpunctuated(line, words) {
		switch {
		case inList || isLabelLine(line):
			return Bullet, 0
		case bi+1 < len(src.Blocks) && balanced(line):
			return Heading, 0 // a heading heads something; a cut-off "(born 1968" is not one
		}
	}
	return Sentence, 0
}

// bulletMarker returns the length of a list marker and the spaces after
// it at the start of line, or 0: "- ", "* ", "• ", "– ", "1. ", "1) ".
func bulletMarker(line string) int {
	for _, m := range []string{"- ", "* ", "• ", "– ", "— ", "+ ", "· ", "▪ ", "◦ "} {
		if strings.HasPrefix(line, m) {
			return len(m) + spaces(line[len(m):])
		}
	}
	n := 0
	for n < len(line) && n < 4 && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	if n > 0 && n < 4 && n+1 < len(line) && (line[n] == '.' || line[n] == ')') && (line[n+1] == ' ' || line[n+1] == '\t') {
		return n + 1 + spaces(line[n+1:])
	}
	return 0
}

func spaces(s string) int {
	return len(s) - len(strings.TrimLeft(s, " \t"))
}

// maxHeadingWords is the longest line, in words, taken for a heading.
const maxHeadingWords = 12

// isShortUnpunctuated reports whether a line is short and does not end
// like a sentence: a heading, or an item of an unmarked list. words is
// the line's count of words, counted up to at least maxHeadingWords+1.
func isShortUnpunctuated(line string, words int) bool {
	if words > maxHeadingWords {
		return false
	}
	last := strings.TrimRightFunc(line, func(r rune) bool { return isCloser(r) || unicode.IsSpace(r) })
	r, _ := utf8.DecodeLastRuneInString(last)
	return last != "" && !strings.ContainsRune(".!?…:;", r)
}

// isLabelLine reports a line of a fact sheet, a label and its value
// ("Capacity: 42,500"): an item of a list, not a heading, whatever
// follows it.
func isLabelLine(line string) bool {
	label, value, ok := strings.Cut(line, ": ")
	return ok && label != "" && countWords(label, 7) <= 6 &&
		strings.IndexFunc(value, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// balanced reports whether the brackets in s are closed.
func balanced(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		}
		if depth < 0 {
			return false
		}
	}
	return depth == 0
}

func endsWithColon(s string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(s, unicode.IsSpace), ":")
}

// captionCredits mark a photo caption or credit line.
var captionCredits = []string{"(Photo", "Photo:", "Photo by ", "Photograph:", "File photo", "FILE PHOTO", "(File", "Getty Images", "(AP Photo", "/AP Photo", "(Reuters", "/Reuters", "REUTERS/", "(AFP", "/AFP", "AFP/", "Image credit", "Image:", "Credit:", "(Xinhua", "/Xinhua", "(EPA", "EPA/", "Shutterstock"}

// creditsBy lists captionCredits by their first byte, so that a line is
// read once, trying only the credits that start where it stands.
var creditsBy [256][]string

func init() {
	for _, c := range captionCredits {
		creditsBy[c[0]] = append(creditsBy[c[0]], c)
	}
}

// hasCredit reports whether line contains one of captionCredits.
func hasCredit(line string) bool {
	for i := 0; i < len(line); i++ {
		for _, c := range creditsBy[line[i]] {
			if strings.HasPrefix(line[i:], c) {
				return true
			}
		}
	}
	return false
}

// captionVerbs are present-tense verbs that open photo captions
// ("Fumio Kishida attends a news conference in Tokyo, Sept. 13, 2023.").
var captionVerbs = map[string]bool{"attends": true, "speaks": true, "poses": true, "gestures": true, "waves": true, "arrives": true, "listens": true, "delivers": true, "shakes": true, "walks": true, "looks": true, "reviews": true, "inspects": true, "greets": true}

// looksLikeCaption is deliberately narrow: a short line with a credit, or
// a single sentence of at most 40 words whose verb is a caption verb near
// the start and which ends in a year. words is the line's count of words,
// counted up to at least 41.
func looksLikeCaption(line string, words int) bool {
	if words > 40 {
		return false
	}
	if hasCredit(line) {
		return true
	}
	last, ok := lastField(line[max(0, len(line)-12):])
	if !ok {
		return false
	}
	year := strings.TrimRight(last, ".)")
	if len(year) != 4 || strings.Trim(year, "0123456789") != "" || year[:2] != "19" && year[:2] != "20" {
		return false
	}
	for i, w := range strings.Fields(line[:min(len(line), 120)]) {
		if i >= 8 {
			break
		}
		if i > 0 && captionVerbs[w] {
			return len(splitSentences(line)) == 1
		}
	}
	return false
}

// lastField returns the last of strings.Fields(s), without making them
// all, reading s forward as Fields does.
func lastField(s string) (string, bool) {
	start, last, ok := -1, "", false
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				last, ok, start = s[start:i], true, -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		last, ok = s[start:], true
	}
	return last, ok
}

// countWords counts the words of s, stopping at limit.
func countWords(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		space, size := false, 1
		switch {
		case ' ' < c && c < utf8.RuneSelf:
			// Printable ASCII is never a space: run over the rest of
			// such a word at once.
			for i++; i < len(s) && ' ' < s[i] && s[i] < utf8.RuneSelf; i++ {
			}
			size = 0
		case c < utf8.RuneSelf:
			space = wordSpace[c]
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		i += size
		if space {
			in = false
		} else if !in {
			in = true
			n++
			if n >= limit {
				return n
			}
		}
	}
	return n
}

// wordSpace holds the ASCII characters countWords takes for spaces: not
// all that unicode.IsSpace does.
var wordSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true}
