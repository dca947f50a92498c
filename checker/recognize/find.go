package recognize

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// scanner holds one run of Find over a text.
type scanner struct {
	text   string
	t      []tok
	ref    int // reference date as a day number, when hasRef
	refC   Civil
	hasRef bool
}

// match is what a recognizer made of the tokens from its start up to end
// (a token index, exclusive). A match with an empty v.Type consumes the
// tokens without a value: citation markers, times of day, identifiers.
type match struct {
	end int
	v   Value
}

var tokPool = sync.Pool{New: func() any { b := make([]tok, 0, 256); return &b }}

// Find returns every value in text, sorted by Start, non-overlapping
// (longest match wins).
func Find(text string, opt Options) []Value {
	bp := tokPool.Get().(*[]tok)
	s := scanner{text: text, t: tokenize(text, (*bp)[:0])}
	if opt.Ref != nil && validDay(opt.Ref.Year, opt.Ref.Month, opt.Ref.Day) {
		s.hasRef = true
		s.refC = *opt.Ref
		s.ref = opt.Ref.days()
	}
	var out []Value
	for i := 0; i < len(s.t); {
		m, ok := s.at(i)
		if !ok {
			i++
			continue
		}
		if m.v.Type != "" {
			out = append(out, m.v)
		}
		i = m.end
	}
	if cap(s.t) <= 1<<16 {
		*bp = s.t[:0]
		tokPool.Put(bp)
	}
	return out
}

// at tries every recognizer at token i and keeps the longest match; on a
// tie the earlier recognizer in the list wins.
func (s *scanner) at(i int) (match, bool) {
	t := &s.t[i]
	if t.kind == kWord && t.lx == nil && !s.startWord(i) {
		return match{}, false
	}
	// What skip recognizes (times, versions, phone numbers, citation
	// marks) is never a value, whatever else could start here.
	if m, ok := s.skip(i); ok && m.end > i && m.end <= len(s.t) {
		return m, true
	}
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && m.end > i && m.end <= len(s.t) && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	try(s.date(i))
	try(s.relative(i))
	try(s.year(i))
	try(s.quantity(i))
	try(s.rank(i))
	if found && best.v.Type != "" {
		best.v.Start = s.t[i].s
		if best.v.Start > s.t[best.end-1].e {
			best.v.Start = s.t[best.end-1].s
		}
		best.v.End = s.t[best.end-1].e
		best.v.Text = s.text[best.v.Start:best.v.End]
	}
	return best, found
}

// startWord reports whether a word without a lexicon entry can still
// start a value ("FY2024", "Q1").
func (s *scanner) startWord(i int) bool {
	w := s.str(i)
	return len(w) > 2 && (w[0] == 'F' || w[0] == 'f') && (w[1] == 'Y' || w[1] == 'y')
}

// Token helpers. All of them are safe for any index.

func (s *scanner) str(i int) string {
	if i < 0 || i >= len(s.t) {
		return ""
	}
	return s.text[s.t[i].s:s.t[i].e]
}

func (s *scanner) kind(i int) uint8 {
	if i < 0 || i >= len(s.t) {
		return 0
	}
	return s.t[i].kind
}

func (s *scanner) lx(i int) *entry {
	if i < 0 || i >= len(s.t) || s.t[i].lx == nil {
		return &noEntry
	}
	return s.t[i].lx
}

var noEntry entry

// is reports whether token i is the word w (w lower-case).
func (s *scanner) is(i int, w string) bool {
	return s.kind(i) == kWord && strings.EqualFold(s.str(i), w)
}

// sym reports whether token i is one of the symbols in set.
func (s *scanner) sym(i int, set string) bool {
	if s.kind(i) != kSym {
		return false
	}
	c := s.str(i)
	r, n := utf8.DecodeRuneInString(c)
	return r != utf8.RuneError && n == len(c) && strings.ContainsRune(set, r)
}

// glued reports whether token i follows the previous one with no space.
func (s *scanner) glued(i int) bool {
	return i > 0 && i < len(s.t) && !s.t[i].sp
}

// dash reports whether token i is a hyphen or dash.
func (s *scanner) dash(i int) bool { return s.sym(i, "-–—‑−") }
