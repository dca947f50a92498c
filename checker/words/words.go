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
	// The ASCII words with capitals are keyed last, their keys cut from
	// one string: one allocation a text rather than one a capitalized
	// word. Most texts have few, so the indexes and lower-case text
	// start on the stack.
	var capsArr [32]int
	var lowerArr [256]byte
	caps, lower := capsArr[:0], lowerArr[:0]
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, most of any text, is classed by table.
			cls := asciiClass[c]
			if cls&classSpace != 0 {
				i++
				continue
			}
			if cls&classWord == 0 {
				toks = append(toks, Token{Start: i, End: i + 1, Text: text[i : i+1], Key: fold.Key(text[i : i+1])})
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			if !isWordRune(r) {
				toks = append(toks, Token{Start: i, End: i + n, Text: text[i : i+n], Key: fold.Key(text[i : i+n])})
				i += n
				continue
			}
		}
		var upper bool
		toks, upper = appendWord(toks, text, i)
		t := &toks[len(toks)-1]
		if upper {
			caps = append(caps, len(toks)-1)
			for k := 0; k < len(t.Text); k++ {
				lower = append(lower, lowerASCII[t.Text[k]])
			}
		}
		i = t.End
	}
	if len(caps) > 0 {
		keys := string(lower)
		for _, k := range caps {
			t := &toks[k]
			t.Key, keys = keys[:len(t.Text)], keys[len(t.Text):]
		}
	}
	return toks
}

// Classes of ASCII bytes.
const (
	classSpace = 1 << iota
	classWord  // a letter or digit
	classUpper // an upper-case letter
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case c == ' ' || unicode.IsSpace(rune(c)):
			t[c] = classSpace
		case 'A' <= c && c <= 'Z':
			t[c] = classWord | classUpper
		case isWordRune(rune(c)):
			t[c] = classWord
		}
	}
	return t
}()

// lowerASCII maps ASCII capitals to lower case, other bytes to themselves.
var lowerASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// appendWord appends the word that starts at text[i], a word rune, and
// reports an ASCII word with capitals, which it leaves without a key.
func appendWord(toks []Token, text string, i int) ([]Token, bool) {
	upper := false    // the word has an ASCII capital
	nonASCII := false // the word has a byte of a multi-byte rune
	dotted := false   // the word has a dot
	j := i
	for j < len(text) {
		// Runs of ASCII letters and digits, by table.
		for j < len(text) && text[j] < utf8.RuneSelf {
			cls := asciiClass[text[j]]
			if cls&classWord == 0 {
				break
			}
			upper = upper || cls&classUpper != 0
			j++
		}
		if j >= len(text) {
			break
		}
		r2, n2 := rune(text[j]), 1
		if r2 < utf8.RuneSelf {
			if asciiClass[r2]&classSpace != 0 {
				break // the end of most words
			}
		} else {
			r2, n2 = utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				nonASCII = true
				j += n2
				continue
			}
		}
		// Inner joiners: a hyphen, apostrophe or dot followed by a word rune.
		if isJoiner(r2) && j+n2 < len(text) {
			r3, _ := utf8.DecodeRuneInString(text[j+n2:])
			if isWordRune(r3) && (r2 != '.' || !unicode.IsUpper(r3) || initials(text, i, j)) {
				nonASCII = nonASCII || n2 > 1
				dotted = dotted || r2 == '.'
				j += n2
				continue
			}
		}
		// "U.S." keeps its final dot: a dot after a single letter
		// that followed another dot.
		if r2 == '.' && dotted && singleLetters(text[i:j]) {
			j += n2
		}
		// "workers'" keeps its possessive apostrophe.
		if (r2 == '\'' || r2 == '’') && text[j-1] == 's' {
			r3, _ := utf8.DecodeRuneInString(text[j+n2:])
			if j+n2 >= len(text) || !isWordRune(r3) {
				nonASCII = nonASCII || n2 > 1
				j += n2
			}
		}
		break
	}
	// The token is written once, whole: most of a tokenizer's time goes
	// to writing tokens.
	w, poss := trimPossessive(text[i:j])
	var capital bool
	if c := w[0]; c < utf8.RuneSelf {
		capital = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(w)
		capital = unicode.IsUpper(r)
	}
	k := w
	switch {
	case nonASCII:
		k = key(w)
		upper = k == "" && isASCII(w)
	case upper:
		k = ""
	}
	return append(toks, Token{Start: i, End: j, Text: w, Key: k, Word: true, Cap: capital, Poss: poss}), upper
}

// trimPossessive cuts a possessive ending off the word w: "Japan's",
// "workers'", and the same with a typographic apostrophe.
func trimPossessive(w string) (string, bool) {
	n := len(w)
	switch w[n-1] {
	case 's':
		if n > 2 && w[n-2] == '\'' {
			return w[:n-2], true
		}
		if n > 4 && w[n-4:n-1] == "’" {
			return w[:n-4], true
		}
	// "workers'" is possessive; "rock 'n'" is rare enough to ignore.
	case '\'':
		if n > 1 && w[n-2] == 's' {
			return w[:n-1], true
		}
	case 0x99: // the last byte of ’
		if n > 3 && w[n-4:] == "s’" {
			return w[:n-3], true
		}
	}
	return w, false
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

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

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
	if j == i+1 {
		return toks[i].Key // most phrases are one word: no copy
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Key)
	}
	return b.String()
}
