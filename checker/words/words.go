// Package words splits a unit of text into word and punctuation tokens with
// byte offsets, and matches vocabulary phrases against them.
package words

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/fold"
)

// Token is one word or punctuation mark.
type Token struct {
	Start, End int    // byte offsets in the text; End exclusive
	Text       string // as written, without a possessive 's
	Key        string // folded, for matching
	Word       bool   // a word (letters or digits), not punctuation
	Cap        bool   // starts with an upper-case letter
	Poss       bool   // was followed by a possessive 's
}

// Split tokenizes text. Words may hold inner hyphens, apostrophes and dots
// ("sit-down", "O'Brien", "U.S."); a trailing possessive ("Japan's") is
// dropped from Text and recorded in Poss.
func Split(text string) []Token {
	return AppendSplit(make([]Token, 0, len(text)/5+1), text) // about one token in five bytes of prose
}

// AppendSplit appends the tokens of text to toks, so that a caller
// tokenizing many texts can reuse one buffer.
func AppendSplit(toks []Token, text string) []Token {
	first := len(toks)
	capsBytes := 0 // the length of the ASCII words with capitals, keyed last
	i := 0
	for i < len(text) {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				r2, n2 := rune(text[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(text[j:])
				}
				if isWordRune(r2) {
					j += n2
					continue
				}
				// Inner joiners: a hyphen, apostrophe or dot followed by a word rune.
				if isJoiner(r2) && j+n2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if isWordRune(r3) && (r2 != '.' || !unicode.IsUpper(r3) || initials(text, i, j)) {
						j += n2
						continue
					}
				}
				// "U.S." keeps its final dot: a dot after a single letter
				// that followed another dot.
				if r2 == '.' && isAbbrevDot(text[i:j]) {
					j += n2
				}
				// "workers'" keeps its possessive apostrophe.
				if (r2 == '\'' || r2 == '’') && text[j-1] == 's' {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if j+n2 >= len(text) || !isWordRune(r3) {
						j += n2
					}
				}
				break
			}
			toks = append(toks, word(text, i, j))
			if t := &toks[len(toks)-1]; unkeyed(t) {
				capsBytes += len(t.Text)
			}
			i = j
		default:
			toks = append(toks, Token{Start: i, End: i + n, Text: text[i : i+n], Key: fold.Key(text[i : i+n])})
			i += n
		}
	}
	if capsBytes > 0 {
		lowerKeys(toks[first:], capsBytes)
	}
	return toks
}

// word returns the word token text[i:j]. An ASCII word with capitals is
// left without a key, for lowerKeys.
func word(text string, i, j int) Token {
	t := Token{Start: i, End: j, Text: text[i:j], Word: true}
	// A possessive ends in s, ' or ’ (whose last byte is 0x99).
	possible := false
	switch t.Text[len(t.Text)-1] {
	case 's', '\'', 0x99:
		possible = true
	}
	for _, suf := range possessives {
		if !possible {
			break
		}
		if strings.HasSuffix(t.Text, suf) && len(t.Text) > len(suf) {
			if suf == "'" || suf == "’" {
				// "workers'" is possessive; "rock 'n'" is rare enough to ignore.
				if !strings.HasSuffix(strings.TrimSuffix(t.Text, suf), "s") {
					continue
				}
			}
			t.Text = t.Text[:len(t.Text)-len(suf)]
			t.Poss = true
			break
		}
	}
	if c := t.Text[0]; c < utf8.RuneSelf {
		t.Cap = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(t.Text)
		t.Cap = unicode.IsUpper(r)
	}
	t.Key = key(t.Text)
	return t
}

// key returns the folded key of the word w, or "" for an ASCII word with
// capitals.
func key(w string) string {
	caps := false
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= utf8.RuneSelf:
			return fold.Key(w)
		case 'A' <= c && c <= 'Z':
			caps = true
		}
	}
	if caps {
		return ""
	}
	return w
}

// unkeyed reports an ASCII word with capitals, which word leaves without a
// key. (A word of marks alone folds to "" too.)
func unkeyed(t *Token) bool {
	if !t.Word || t.Key != "" {
		return false
	}
	for k := 0; k < len(t.Text); k++ {
		if t.Text[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerKeys gives the ASCII words with capitals among toks their keys,
// their text in lower case, all cut from one string of size bytes: one
// allocation a text rather than one a capitalized word.
func lowerKeys(toks []Token, size int) {
	var b strings.Builder
	b.Grow(size)
	for _, t := range toks {
		if unkeyed(&t) {
			for k := 0; k < len(t.Text); k++ {
				c := t.Text[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
		}
	}
	keys := b.String()
	for i := range toks {
		if t := &toks[i]; unkeyed(t) {
			t.Key, keys = keys[:len(t.Text)], keys[len(t.Text):]
		}
	}
}

var possessives = []string{"'s", "’s", "'", "’"}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isJoiner(r rune) bool {
	switch r {
	case '-', '\'', '’', '.', '\u2010', '\u2011', '&':
		return true
	}
	return false
}

// initials reports whether text[i:j] is a single letter (or letters joined
// by dots) followed by ".X." — the start of a dotted abbreviation like U.S.
func initials(text string, i, j int) bool {
	if !singleLetters(text[i:j]) || j+3 > len(text) {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[j+1:])
	return unicode.IsLetter(r) && j+1+n < len(text) && text[j+1+n] == '.'
}

// isAbbrevDot reports whether w looks like a dotted abbreviation in progress
// ("U.S", "e.g"): single letters separated by dots.
func isAbbrevDot(w string) bool {
	return strings.Contains(w, ".") && singleLetters(w)
}

// singleLetters reports whether every dot-separated part of w is one
// character.
func singleLetters(w string) bool {
	for {
		part, rest, more := strings.Cut(w, ".")
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
}

// Keys returns the folded keys of toks[i:j] joined by spaces.
func Keys(toks []Token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Key)
	}
	return b.String()
}
