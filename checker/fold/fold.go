// Package fold turns text into matching keys: "Tô Lâm" and "To Lam" fold to
// the same key. The original text is kept for display; keys are only for
// matching.
package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Key folds s for matching: compatibility decomposition, marks removed,
// lower case, typographic quotes and dashes made plain, and runs of space
// made one.
func Key(s string) string {
	if isPlainLower(s) {
		return s
	}
	if k, ok := asciiKey(s); ok {
		return k
	}
	// Typographic quotes and dashes come as tokens of their own.
	switch s {
	case "\u2018", "\u2019", "\u02bc":
		return "'"
	case "\u201c", "\u201d":
		return "\""
	case "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212":
		return "-"
	}
	return slowKey(s)
}

// chains holds the Unicode transformers: a chain keeps state and buffers,
// so each goroutine takes one rather than building its own per word.
var chains = sync.Pool{New: func() any {
	return transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// asciiKey folds ASCII text, which normalization leaves as it is: lower
// case, a backquote made an apostrophe, runs of space made one.
func asciiKey(s string) (string, bool) {
	same := true // s is its own key: no capitals, backquotes or odd spaces
	prev := byte(' ')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case c >= 'A' && c <= 'Z', c == '`', c >= '\t' && c <= '\r', c == ' ' && prev == ' ':
			same = false
		}
		prev = c
	}
	if same && prev != ' ' || s == "" {
		return s, true
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c >= '\t' && c <= '\r':
			space = true
			continue
		case c == '`':
			c = '\''
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b), true
}

func slowKey(s string) string {
	t := chains.Get().(transform.Transformer)
	defer chains.Put(t)
	// The normalizers skip what follows an invalid byte: replace it first.
	out, _, err := transform.String(t, strings.ToValidUTF8(s, "\uFFFD"))
	if err != nil {
		out = s
	}
	var b strings.Builder
	b.Grow(len(out))
	space := false
	for _, r := range out {
		switch r {
		case '\u2018', '\u2019', '\u02bc', '`':
			r = '\''
		case '\u201c', '\u201d':
			r = '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
			r = '-'
		case 'đ', 'Đ':
			r = 'd'
		case 'ø', 'Ø':
			r = 'o'
		case 'ł', 'Ł':
			r = 'l'
		case 'ß':
			b.WriteString("ss")
			space = false
			continue
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isPlainLower reports whether s is already a key: lower-case ASCII letters,
// digits and single spaces.
func isPlainLower(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-', c == '\'', c == '.':
			prevSpace = false
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		default:
			return false
		}
	}
	return !prevSpace || s == ""
}
