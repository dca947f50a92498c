package source

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// readText reads a plain text file: Text is the file itself, and each
// non-empty line is a Line block. A file hard-wrapped at a fixed width
// (no line over wrapWidth, paragraphs broken across lines) has its wrapped
// lines joined into one block, so sentences stay whole.
func readText(s *Source, doc string) {
	s.Text = doc
	s.setDoc(doc)
	lines := make([]lineSpan, 0, len(s.idx.starts))
	for i, start := range s.idx.starts {
		end := len(doc)
		if i+1 < len(s.idx.starts) {
			end = s.idx.starts[i+1]
		}
		line := strings.TrimRight(doc[start:end], "\r\n")
		lines = append(lines, lineSpan{start, start + len(line), lineChars(line)})
	}
	// The wrap width is the longest line not over wrapWidth that another
	// line follows in its paragraph: a headline or a one-line paragraph can
	// be longer than the width the body is wrapped at. Line i was wrapped
	// if the next line's first word would not have fitted on it.
	width, long, full := 0, 0, 0
	for i, l := range lines {
		if l.runes > 0 {
			full++
		}
		if l.runes > wrapWidth {
			long++
		} else if i+1 < len(lines) && lines[i+1].runes > 0 {
			width = max(width, l.runes)
		}
	}
	// wraps[i] reports that line i was wrapped into line i+1.
	wraps := make([]bool, len(lines))
	wrapped := 0
	for i := 0; i+1 < len(lines); i++ {
		if lines[i].runes < minWrapped || lines[i].runes > wrapWidth || lines[i+1].runes == 0 {
			continue
		}
		cur, next := doc[lines[i].start:lines[i].end], doc[lines[i+1].start:lines[i+1].end]
		word := strings.TrimLeft(next, " \t")
		if k := strings.IndexAny(word, " \t"); k >= 0 {
			word = word[:k]
		}
		if lines[i].runes+1+utf8.RuneCountInString(word) > width && cur != next && !startsBullet(next) {
			wraps[i] = true
			wrapped++
		}
	}
	// A paragraph wrapped by hand or by a ragged-right tool has no one
	// width: its lines, all but the last, are still each near the
	// longest of them.
	ragged := false
	for a := 0; a < len(lines); {
		if lines[a].runes == 0 {
			a++
			continue
		}
		b := a
		for b+1 < len(lines) && lines[b+1].runes > 0 {
			b++
		}
		if raggedWrap(doc, lines[a:b+1]) {
			ragged = true
			for i := a; i < b; i++ {
				if !wraps[i] {
					wraps[i] = true
					wrapped++
				}
			}
		}
		a = b + 1
	}
	joinWrapped := ragged || wrapped >= 3 && long*5 < wrapped
	if full > 0 {
		s.Blocks = make([]Block, 0, full) // a block for each line at most
	}
	list := -1 // lines up to here are a list's, each a block of its own
	for i := 0; i < len(lines); i++ {
		start, end := lines[i].start, lines[i].end
		// A run of wrapped lines whose continuation lines all start with
		// a capital is a list, not a paragraph: the names and titles of a
		// board under a long headline run to about the width too.
		if joinWrapped && i > list {
			last, capital := i, 0
			for wraps[last] {
				last++
				if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(doc[lines[last].start:lines[last].end], " \t")); unicode.IsUpper(r) {
					capital++
				}
			}
			if last-i >= 2 && capital == last-i {
				list = last
			} else {
				end, i = lines[last].end, last
			}
		}
		for start < end && isSpaceByte(doc[start]) {
			start++
		}
		for end > start && isSpaceByte(doc[end-1]) {
			end--
		}
		if start < end {
			s.Blocks = append(s.Blocks, Block{start, end, Line})
		}
	}
}

// lineSpan is a line of a text file, without its line break, and its
// length in characters as lineChars counts them.
type lineSpan struct{ start, end, runes int }

// raggedWrap reports a run of lines, two or more, that is one paragraph
// wrapped: every line but the last at least three quarters as long as the
// longest and of a wrapped line's length, no line a list item or a row of
// columns.
func raggedWrap(doc string, run []lineSpan) bool {
	if len(run) < 2 {
		return false
	}
	most := 0
	for _, l := range run[:len(run)-1] {
		most = max(most, l.runes)
	}
	for k, l := range run {
		line := doc[l.start:l.end]
		if k > 0 && startsBullet(line) || strings.Contains(strings.TrimSpace(line), "   ") || strings.ContainsRune(line, '\t') {
			return false
		}
		if k < len(run)-1 && (l.runes < minWrapped || l.runes > wrapWidth || 4*l.runes < 3*most) {
			return false
		}
	}
	return true
}

// Hard-wrapped text has lines of at least minWrapped and at most wrapWidth
// characters.
const (
	minWrapped = 40
	wrapWidth  = 100
)

// lineChars counts the characters of a line as far as wrapping needs: a
// line of more than wrapWidth characters is never wrapped, and how much
// longer it is does not matter, so counting stops past wrapWidth, and a
// long paragraph on one line is not counted to its end.
func lineChars(line string) int {
	const chunk = 2 * wrapWidth
	n := 0
	for k := 0; k < len(line) && n <= wrapWidth; k += chunk {
		// doc is valid UTF-8, so counting the bytes that start a
		// character counts its characters.
		n += countChars(line[k:min(k+chunk, len(line))])
	}
	return n
}

// startsBullet reports whether a line starts with a list marker.
func startsBullet(line string) bool {
	line = strings.TrimLeft(line, " \t")
	for _, m := range []string{"- ", "* ", "• ", "– ", "— ", "+ "} {
		if strings.HasPrefix(line, m) {
			return true
		}
	}
	n := 0
	for n < len(line) && n < 4 && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	return n > 0 && n < 4 && n+1 < len(line) && (line[n] == '.' || line[n] == ')') && line[n+1] == ' '
}
