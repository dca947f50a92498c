package recognize

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord = iota + 1 // letters, then letters or digits ("April", "FY2024", "A320")
	kNum             // digits with grouping commas and decimal points ("600,000", "1.5")
	kSym             // any other single character ("$", "%", "-", "€")
)

// tok is one token of the input. Offsets are bytes; end is exclusive.
type tok struct {
	s, e int
	kind uint8
	sp   bool   // preceded by white space or the start of the text
	nl   bool   // preceded by a line break or the start of the text
	up   bool   // a word that starts with an upper-case letter
	dots uint8  // number of decimal points in a number ("1.10.2" has 2)
	lx   *entry // lexicon entry of a word, nil if none
}

const (
	cOther = iota
	cSpace
	cNewline
	cDigit
	cLetter
)

var asciiClass [128]uint8

func init() {
	for c := 0; c < 128; c++ {
		switch {
		case c == '\n' || c == '\r':
			asciiClass[c] = cNewline
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			asciiClass[c] = cSpace
		case '0' <= c && c <= '9':
			asciiClass[c] = cDigit
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			asciiClass[c] = cLetter
		}
	}
}

// classAt returns the class of the character at i and its size in bytes.
func classAt(s string, i int) (uint8, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiClass[c], 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError:
		return cOther, n
	case r == '\u2028' || r == '\u2029' || r == '\u0085':
		return cNewline, n
	case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
		return cSpace, n
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return cLetter, n
	case unicode.IsDigit(r):
		// Digits of other scripts are kept out of numbers: they would
		// need their own parser.
		return cLetter, n
	}
	return cOther, n
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// tokenize splits s into tokens, appending them to buf.
func tokenize(s string, buf []tok) []tok {
	sp, nl := true, true
	for i := 0; i < len(s); {
		cl, n := classAt(s, i)
		switch cl {
		case cSpace:
			sp = true
			i += n
			continue
		case cNewline:
			sp, nl = true, true
			i += n
			continue
		}
		t := tok{s: i, sp: sp, nl: nl}
		sp, nl = false, false
		switch cl {
		case cDigit:
			t.kind = kNum
			t.e, t.dots = scanNumber(s, i)
		case cLetter:
			t.kind = kWord
			j := i + n
			for j < len(s) {
				c2, n2 := classAt(s, j)
				if c2 != cLetter && c2 != cDigit {
					break
				}
				j += n2
			}
			t.e = j
			if c := s[i]; c < utf8.RuneSelf {
				t.up = 'A' <= c && c <= 'Z'
			} else {
				r, _ := utf8.DecodeRuneInString(s[i:])
				t.up = unicode.IsUpper(r)
			}
			t.lx = lookup(s[i:j])
		default:
			t.kind = kSym
			t.e = i + n
		}
		buf = append(buf, t)
		i = t.e
	}
	return buf
}

// scanNumber reads digits with grouping commas (three digits after each)
// and decimal points, returning the end and the number of points.
func scanNumber(s string, i int) (int, uint8) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	var dots uint8
	for j+1 < len(s) {
		c := s[j]
		if c == ',' && dots == 0 {
			k := j + 1
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			if k-(j+1) != 3 {
				break
			}
			j = k
			continue
		}
		if c == '.' && isDigit(s[j+1]) {
			k := j + 1
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			if dots < 255 {
				dots++
			}
			j = k
			continue
		}
		break
	}
	return j, dots
}
