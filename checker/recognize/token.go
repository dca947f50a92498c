package recognize

import (
	"slices"
	"strings"
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
	wlen uint8  // length of a word, 0 for other tokens and words over 255 bytes
	lx   uint16 // 1 + slot of a word's entry in lexTable, 0 if none
}

// entry returns the lexicon entry of t, nil if none. Tokens keep a slot
// number rather than a pointer: a buffer of them is then no work for the
// garbage collector, and appending to it needs no write barrier.
func (t *tok) entry() *entry {
	if t.lx == 0 {
		return nil
	}
	return lexTable[t.lx-1].e
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
		cl, n := asciiClass[s[i]&0x7f], 1
		if s[i] >= utf8.RuneSelf {
			cl, n = classAt(s, i)
		}
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
		// The token is gathered in locals and stored field by field in
		// place: a tok built on the stack and then copied whole makes the
		// processor wait for its narrow stores before the wide load.
		var (
			kind     uint8
			end      int
			dots     uint8
			wlen     uint8
			up       bool
			lx       uint16
			tsp, tnl = sp, nl
		)
		sp, nl = false, false
		switch cl {
		case cDigit:
			kind = kNum
			end, dots = scanNumber(s, i)
		case cLetter:
			kind = kWord
			j := i + n
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf {
					if cl := asciiClass[c]; cl != cLetter && cl != cDigit {
						break
					}
					j++
					continue
				}
				c2, n2 := classAt(s, j)
				if c2 != cLetter && c2 != cDigit {
					break
				}
				j += n2
			}
			// "USD115" is a currency code and an amount.
			if j-i > 3 && isDigit(s[i+3]) && isUpper(s[i:i+3]) {
				if e := lookup(s[i : i+3]); e != nil && e.cur == s[i:i+3] {
					j = i + 3
				}
			}
			end = j
			if j-i < 256 {
				wlen = uint8(j - i)
			}
			if c := s[i]; c < utf8.RuneSelf {
				up = 'A' <= c && c <= 'Z'
			} else {
				r, _ := utf8.DecodeRuneInString(s[i:])
				up = unicode.IsUpper(r)
			}
			lx = lookupSlot(s[i:j])
		default:
			kind = kSym
			end = i + n
			// ".08": a number with no digit before its point.
			if s[i] == '.' && tsp && i+1 < len(s) && isDigit(s[i+1]) {
				kind = kNum
				end, dots = scanNumber(s, i+1)
				dots++
			}
		}
		buf = slices.Grow(buf, 1)[:len(buf)+1]
		t := &buf[len(buf)-1]
		t.s, t.e, t.kind, t.sp, t.nl, t.up, t.dots, t.wlen, t.lx = i, end, kind, tsp, tnl, up, dots, wlen, lx
		i = end
	}
	return buf
}

// scanNumber reads digits with grouping separators and decimal points,
// returning the end and the number of points. Groups are three digits
// after a comma ("600,000"), the Indian two-then-three ("12,34,567"), or
// three after a narrow or no-break space ("40 000"); two or more groups
// after plain spaces ("1 414 021 100").
func scanNumber(s string, i int) (int, uint8) {
	j := digitsEnd(s, i)
	first := j - i
	// Indian grouping: 1-2 digits, pairs, then three.
	if first <= 2 {
		k := j
		pairs := 0
		for k+3 <= len(s) && s[k] == ',' && digitsEnd(s, k+1) == k+3 {
			k += 3
			pairs++
		}
		if pairs > 0 && k+4 <= len(s) && s[k] == ',' && digitsEnd(s, k+1) == k+4 {
			j = k + 4
		}
	}
	if j == i+first {
		for j+4 <= len(s) && s[j] == ',' && digitsEnd(s, j+1) == j+4 {
			j += 4
		}
	}
	if j == i+first && first <= 3 {
		j = spaceGroups(s, j)
	}
	var dots uint8
	for j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j = digitsEnd(s, j+1)
		if dots < 255 {
			dots++
		}
	}
	return j, dots
}

func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// spaceGroups extends a number over groups of three digits separated by
// spaces, when they are unambiguous.
func spaceGroups(s string, j int) int {
	n, plain := 0, 0
	k := j
	for {
		sep := 0
		switch {
		case strings.HasPrefix(s[k:], "\u202f") || strings.HasPrefix(s[k:], "\u00a0") || strings.HasPrefix(s[k:], "\u2009"):
			sep = len("\u202f")
			if strings.HasPrefix(s[k:], "\u00a0") {
				sep = 2
			}
		case k < len(s) && s[k] == ' ':
			sep = 1
		}
		if sep == 0 || digitsEnd(s, k+sep) != k+sep+3 {
			break
		}
		if sep == 1 {
			plain++
		}
		k += sep + 3
		n++
	}
	if n == 0 || plain > 0 && n < 2 {
		return j
	}
	return k
}
