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
	var units []Unit
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
			for _, sp := range splitSentences(text[start:]) {
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
			inList = kind == Bullet && skip == 0 || kind == Sentence && endsWithColon(text)
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
	return units
}

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
	if strings.IndexFunc(text[start:end], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return units
	}
	return append(units, Unit{start, end, kind, block, para})
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
	if same(bi-1) || same(bi+1) || looksLikeCaption(line) {
		return Caption, 0
	}
	if isShortUnpunctuated(line) {
		if inList {
			return Bullet, 0
		}
		return Heading, 0
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
// like a sentence: a heading, or an item of an unmarked list.
func isShortUnpunctuated(line string) bool {
	if len(strings.Fields(line)) > maxHeadingWords {
		return false
	}
	last := strings.TrimRightFunc(line, func(r rune) bool { return isCloser(r) || unicode.IsSpace(r) })
	r, _ := utf8.DecodeLastRuneInString(last)
	return last != "" && !strings.ContainsRune(".!?…:;", r)
}

func endsWithColon(s string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(s, unicode.IsSpace), ":")
}

// captionCredits mark a photo caption or credit line.
var captionCredits = []string{"(Photo", "Photo:", "Photo by ", "Photograph:", "File photo", "FILE PHOTO", "(File", "Getty Images", "(AP Photo", "/AP Photo", "(Reuters", "/Reuters", "REUTERS/", "(AFP", "/AFP", "AFP/", "Image credit", "Image:", "Credit:", "(Xinhua", "/Xinhua", "(EPA", "EPA/", "Shutterstock"}

// captionVerbs are present-tense verbs that open photo captions
// ("Fumio Kishida attends a news conference in Tokyo, Sept. 13, 2023.").
var captionVerbs = map[string]bool{"attends": true, "speaks": true, "poses": true, "gestures": true, "waves": true, "arrives": true, "listens": true, "delivers": true, "shakes": true, "walks": true, "looks": true, "reviews": true, "inspects": true, "greets": true}

// looksLikeCaption is deliberately narrow: a credit, or a single sentence
// whose verb is a caption verb near the start and which ends in a date.
func looksLikeCaption(line string) bool {
	for _, c := range captionCredits {
		if strings.Contains(line, c) {
			return true
		}
	}
	words := strings.Fields(line)
	if len(words) > 35 || len(splitSentences(line)) > 1 {
		return false
	}
	verb := false
	for i, w := range words {
		if i >= 8 {
			break
		}
		if i > 0 && captionVerbs[w] {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	last := strings.TrimRight(words[len(words)-1], ".)")
	return len(last) == 4 && strings.Trim(last, "0123456789") == "" && (last[:2] == "19" || last[:2] == "20")
}
