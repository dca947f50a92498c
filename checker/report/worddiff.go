package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// ANSI escapes used when colour is on.
const (
	ansiReset  = "\x1b[0m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
)

// wordDiff shows how sentence b differs from sentence a, word by word:
// removed words as [-old-], added ones as {+new+}, or in red and green
// when color is set. shared is the fraction of the longer sentence's words
// that both have; a diff of two unrelated sentences helps nobody.
//
// go-diff compares characters, so each distinct word, run of spaces and
// punctuation mark is mapped to one rune, the rune strings are diffed and
// the result is mapped back.
func wordDiff(a, b string, color bool) (diff string, shared float64) {
	index := map[string]rune{}
	var words []string
	encode := func(s string) []rune {
		var rs []rune
		for _, w := range splitWords(s) {
			r, ok := index[w]
			if !ok {
				r = wordRune(len(words))
				index[w] = r
				words = append(words, w)
			}
			rs = append(rs, r)
		}
		return rs
	}
	ra, rb := encode(a), encode(b)

	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // a deadline would make the output depend on machine speed
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(ra, rb, false))

	decode := func(s string) string {
		var sb strings.Builder
		for _, r := range s {
			sb.WriteString(words[runeWord(r)])
		}
		return sb.String()
	}
	var out, del, ins strings.Builder
	same := 0
	flush := func() {
		if del.Len() > 0 {
			out.WriteString(mark(del.String(), "[-", "-]", ansiRed, color))
		}
		if ins.Len() > 0 {
			out.WriteString(mark(ins.String(), "{+", "+}", ansiGreen, color))
		}
		del.Reset()
		ins.Reset()
	}
	for _, d := range diffs {
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			del.WriteString(decode(d.Text))
		case diffmatchpatch.DiffInsert:
			ins.WriteString(decode(d.Text))
		default:
			flush()
			out.WriteString(decode(d.Text))
			for _, r := range d.Text {
				if isWord(words[runeWord(r)]) {
					same++
				}
			}
		}
	}
	flush()
	if n := max(countWords(a), countWords(b)); n > 0 {
		shared = float64(same) / float64(n)
	}
	return out.String(), shared
}

func isWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return wordClass(r) == classWord
}

func countWords(s string) int {
	n := 0
	for _, w := range splitWords(s) {
		if isWord(w) {
			n++
		}
	}
	return n
}

func mark(s, open, close, ansi string, color bool) string {
	if color {
		return ansi + s + ansiReset
	}
	return open + s + close
}

// wordRune and runeWord map a word's index to a valid, non-surrogate rune
// and back, so the rune strings survive conversion to Go strings.
func wordRune(i int) rune {
	r := rune(i) + 1
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

func runeWord(r rune) int {
	if r >= 0xE000 {
		r -= 0x800
	}
	return int(r) - 1
}

// splitWords cuts s into runs of letters and digits, runs of spaces and
// single other characters; joined, they give s back.
func splitWords(s string) []string {
	var out []string
	start := 0
	prev := 0
	for i, r := range s {
		c := wordClass(r)
		if i > start && (c != prev || c == classOther) {
			out = append(out, s[start:i])
			start = i
		}
		prev = c
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// Classes of characters for splitWords.
const (
	classWord = iota + 1
	classSpace
	classOther
)

func wordClass(r rune) int {
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
		return classWord
	case unicode.IsSpace(r):
		return classSpace
	}
	return classOther
}
