package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitSentences returns the [start, end) byte spans of the sentences of
// s, untrimmed, covering s from the first sentence on.
//
// A sentence ends at '.', '?', '!' or '…' (with any closing quotes,
// brackets and citation marks such as "[3]" that follow) when the next
// word starts it afresh. A period is not an end in a decimal ("2.7"),
// after a title or month ("Dr.", "Jan."), or after an abbreviation or
// initial ("U.S.", "Inc.", "M.") unless the next word is one that usually
// opens a sentence ("The", "It").
func splitSentences(s string) [][2]int {
	return appendSentences(nil, s)
}

// appendSentences is splitSentences appending to spans.
func appendSentences(spans [][2]int, s string) [][2]int {
	start := 0
	var next termFinder
	for i := 0; i < len(s); {
		if i = next.at(s, i); i == len(s) {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isTerminator(r) {
			i += size
			continue
		}
		end := afterTerminator(s, i)
		if isBoundary(s, start, i, end) {
			spans = append(spans, [2]int{start, end})
			start = end
		}
		i = end
	}
	if start < len(s) {
		spans = append(spans, [2]int{start, len(s)})
	}
	return spans
}

// termBytes start every terminator; none of them is ever inside another
// character, so a byte search finds where terminators may stand.
const termBytes = ".?!\xe2"

// termFinder finds the next byte of termBytes, keeping where each occurs
// next so that every byte of a text is searched once.
type termFinder struct {
	pos     [len(termBytes)]int // where each byte next occurs, len(s) if nowhere
	started bool
}

// at returns the index of the first byte of termBytes in s at or after i,
// or len(s). Calls must come with i not decreasing.
func (f *termFinder) at(s string, i int) int {
	best := len(s)
	for k := range f.pos {
		if !f.started || f.pos[k] < i {
			f.pos[k] = len(s)
			if j := strings.IndexByte(s[i:], termBytes[k]); j >= 0 {
				f.pos[k] = i + j
			}
		}
		best = min(best, f.pos[k])
	}
	f.started = true
	return best
}

// asciiSpace holds the ASCII characters unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func isTerminator(r rune) bool {
	return r == '.' || r == '?' || r == '!' || r == '…' || r == '‽'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '}', '»', '›', '』', '」':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '{', '«', '‹', '『', '「':
		return true
	}
	return false
}

// afterTerminator returns the end of the run of terminators at i, with the
// closing quotes, brackets and citation marks that follow it.
func afterTerminator(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isTerminator(r) {
			break
		}
		i += size
	}
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isCloser(r) {
			i += size
			continue
		}
		if r == '[' {
			if n := citation(s[i:]); n > 0 {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// citation returns the length of a citation mark like "[3]", "[a]" or
// "[citation needed]" at the start of s, or 0.
func citation(s string) int {
	end := strings.IndexByte(s[:min(len(s), 26)], ']')
	if end < 2 || end > 24 || strings.ContainsAny(s[1:end], "[\n") {
		return 0
	}
	return end + 1
}

// isBoundary decides whether the terminator run s[term:end] ends the
// sentence that began at start.
func isBoundary(s string, start, term, end int) bool {
	j := end
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsSpace(r) {
			break
		}
		j += size
	}
	if j == len(s) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(s[j:])
	run := s[term:end]
	period := strings.TrimRightFunc(run, isCloser) == "." // one period, maybe closed
	word, long := wordBefore(s, start, term)
	if j == end { // glued to the next word: "a photo op.It was"
		if !startsWord(s[j:]) || long {
			return false // a long run with no space is a number, a path or a link
		}
		if run == "." {
			last, _ := utf8.DecodeLastRuneInString(word)
			return word != "" && (unicode.IsLower(last) || unicode.IsDigit(last)) &&
				!strings.ContainsAny(word, "./@:") && abbrevKind(word) == notAbbrev
		}
		return true // "Why?It", "said.”The"
	}
	if unicode.IsLower(next) {
		return false // "Why?" he asked; e.g. the; 5 p.m. yesterday
	}
	if !period {
		return true
	}
	switch abbrevKind(word) {
	case title:
		return false
	case endable:
		return opensSentence(s[j:])
	}
	return true
}

// maxWord is the longest word wordBefore looks at: an abbreviation is
// short, and looking further back at every period of a long run with no
// space ("1.2.3..." for a megabyte) would take quadratic time.
const maxWord = 64

// wordBefore returns the word ending at term, without opening punctuation.
// A word longer than maxWord bytes comes back empty, with long set.
func wordBefore(s string, start, term int) (word string, long bool) {
	i := term
	for i > start {
		if term-i > maxWord {
			return "", true
		}
		if c := s[i-1]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[start:i])
		if unicode.IsSpace(r) {
			break
		}
		i -= size
	}
	return strings.TrimLeftFunc(s[i:term], isOpener), false
}

// startsWord reports whether s starts with a capitalized word: an upper
// case letter followed by a lower case one ("It", "The").
func startsWord(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[size:])
	return unicode.IsLower(r2)
}

// opensSentence reports whether s starts with a word that usually begins
// a sentence and rarely follows an abbreviation inside one.
func opensSentence(s string) bool {
	s = strings.TrimLeftFunc(s, isOpener)
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if end < 0 {
		end = len(s)
	}
	return sentenceStarters[s[:end]]
}

var sentenceStarters = set(`The A An It Its It's He She They We I You In On At But And Or This That These
	Those His Her Their Our There Here As After Before When While If Although Though However Meanwhile
	Also Still Yet So Then Now Today Yesterday Last Next Some Many Most Both Each Such Under With Without
	For From By To According Since During Despite Following Earlier Later Why What Who How Where Which
	No Not Only Even Instead Other Another All`)

type abbrev int

const (
	notAbbrev abbrev = iota
	title            // never ends a sentence: Dr. Smith, Jan. 5, No. 3
	endable          // may end one: Inc., U.S., a.m., or an initial
)

// Titles, months and the like, which stand before what they qualify.
var titles = set(`Mr Mrs Ms Mx Messrs Mmes Dr Drs Prof Gen Sen Sens Rep Reps Gov Lt Col Capt Cmdr Cdr Sgt Maj
	Adm Brig Rev Hon Pres Supt Insp Fr Mt Ft No Nos Nr Fig Figs Vol Vols Jan Feb Mar Apr
	Jun Jul Aug Sep Sept Oct Nov Dec Tue Tues Wed Thu Thur Thurs Fri
	e.g i.e vs v cf viz approx c ca b d fl fig figs pp vol`)

// Abbreviations that often end a sentence as well.
var endables = set(`Inc Co Corp Ltd Plc Bros Jr Sr St Ave Blvd Rd Dept Univ Assn Esq
	etc al a.m p.m A.M P.M U.S U.K U.N E.U D.C U.S.A Ph.D B.A M.A B.C A.D`)

func abbrevKind(word string) abbrev {
	switch {
	case word == "":
		return notAbbrev
	case titles[word]:
		return title
	case endables[word]:
		return endable
	}
	r, size := utf8.DecodeRuneInString(word)
	if size == len(word) && unicode.IsUpper(r) {
		return endable // an initial: "Wesley M. Oler"
	}
	if isDotted(word) {
		return endable
	}
	return notAbbrev
}

// isDotted reports whether w is single letters joined by periods: "U.S",
// "e.g", "J.R".
func isDotted(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	for {
		p, rest, more := strings.Cut(w, ".")
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(p); !unicode.IsLetter(r) {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
