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
	nested bool // reading the base date of "two days after ..."
	tail   tail // the end of the last number read in words
	arena  []Value
}

// match is what a recognizer made of the tokens from its start up to end
// (a token index, exclusive). A match with an empty v.Type consumes the
// tokens without a value: citation markers, times of day, identifiers.
type match struct {
	end int
	v   *Value // nil for a skip
}

// buffers are the scratch space of one run of Find.
type buffers struct {
	t     []tok
	vals  []Value
	arena []Value
}

// newValue returns a pointer to a copy of v. Recognizers make many values
// that lose to longer matches, and every value is copied into the result:
// they are kept in the scanner's arena rather than each on the heap. A
// full arena is replaced, never grown, so earlier pointers stay good.
func (s *scanner) newValue(v Value) *Value {
	if len(s.arena) == cap(s.arena) {
		s.arena = make([]Value, 0, max(16, 2*cap(s.arena)))
	}
	s.arena = append(s.arena, v)
	return &s.arena[len(s.arena)-1]
}

var bufPool = sync.Pool{New: func() any { return &buffers{t: make([]tok, 0, 256)} }}

// chunk is the size above which Find reads a text a few lines at a time,
// so that its token buffer stays small. No value spans a line break.
const chunk = 16 << 10

// Find returns every value in text, sorted by Start, non-overlapping
// (longest match wins).
//
// Norms: dates "2025-04-29", "2025-04" or "2025"; a range is an ISO 8601
// interval, "1968/1972", "2025-04-21/2025-04-27" (weeks), "2019-07/2019-09"
// (quarters), "1890/1899" (the 1890s); BC years are astronomical ("c. 2500
// BC" is "-2499"). Money is "USD 46200000000" (ISO 4217 when the text
// says which currency, else the currency word in capitals, "SHILLING
// 400"); counts "600000", measures "69 km", proportions "0.2" ("one in
// five"); percentages "2.7%", "57-58%", points "1.5 pp"; ranks "4", with
// a superlative or "century" in Unit ("fourth-largest").
//
// Choices where readings differ: "12/25 November 1917" (Julian/Gregorian)
// is the second, New Style day; two full dates joined by a dash are two
// values (a birth and a death), while "from ... to ..." and spans of
// years are one range; a month and day without a year take the year of
// opt.Ref, or the year before when that would put them more than about
// two months ahead (news looks back) and nothing in the clause speaks of
// the future; a bare weekday is the nearest one that tense cues allow, and
// so is "the weekend"; a weekday with a day of the month ("Mon 13th") is
// in the nearest month where they agree, looking back unless the clause
// looks ahead. "Within two years" and "between now and 2030" are spans
// from opt.Ref only when the clause looks ahead or says "now"; "a
// fortnight later" or "3 weeks later" hang on an event, not on opt.Ref,
// and are not read. Relative dates without opt.Ref have Resolved false
// and no Norm.
func Find(text string, opt Options) []Value {
	bp := bufPool.Get().(*buffers)
	s := scanner{t: bp.t[:0], arena: bp.arena[:0]}
	if opt.Ref != nil && validDay(opt.Ref.Year, opt.Ref.Month, opt.Ref.Day) {
		s.hasRef = true
		s.refC = *opt.Ref
		s.ref = opt.Ref.days()
	}
	vals := bp.vals[:0]
	for base := 0; base < len(text); {
		end := len(text)
		if end-base > chunk {
			if k := strings.IndexByte(text[base+chunk:], '\n'); k >= 0 {
				end = base + chunk + k + 1
			}
		}
		s.text = text[base:end]
		s.t = tokenize(s.text, s.t[:0])
		vals = s.scan(vals, base)
		base = end
	}
	// Values are gathered in a scratch slice and copied out once, at
	// their number, rather than grown from nothing on every call.
	var out []Value // most sentences hold no value
	if len(vals) > 0 {
		out = make([]Value, len(vals))
		copy(out, vals)
		clear(vals) // keep no strings of this text alive in the pool
	}
	if cap(s.t) <= 1<<16 && cap(vals) <= 1<<10 && cap(s.arena) <= 1<<10 {
		// The last block of the arena goes back; values live on only as
		// copies in out.
		clear(s.arena)
		bp.t, bp.vals, bp.arena = s.t[:0], vals[:0], s.arena[:0]
		bufPool.Put(bp)
	}
	return out
}

// scan appends the values of s.text to out, their offsets moved by base.
func (s *scanner) scan(out []Value, base int) []Value {
	for i := 0; i < len(s.t); {
		if s.cold(i) {
			i++
			continue
		}
		m, ok := s.at(i)
		if !ok {
			i++
			continue
		}
		if m.v != nil {
			if m.v.Qualifier == "" {
				m.v.Qualifier = Exact
			}
			m.v.Start += base
			m.v.End += base
			out = append(out, *m.v)
		}
		i = m.end
	}
	return out
}

// cold reports, from a look at token i alone, that at(i) finds nothing
// there: a word without a starting entry and of no shape startWord
// accepts, or a symbol no recognizer starts at. Most tokens are such.
func (s *scanner) cold(i int) bool {
	t := &s.t[i]
	switch t.kind {
	case kWord:
		if lx := t.entry(); lx != nil && lx.starts {
			return false
		}
		return !s.mayStartWord(i)
	case kSym:
		return !symStarts(s.text[t.s:t.e])
	}
	return false
}

// at tries every recognizer at token i, which cold has let through, and
// keeps the longest match; on a tie the earlier recognizer in the list
// wins.
func (s *scanner) at(i int) (match, bool) {
	t := &s.t[i]
	if t.kind == kWord {
		if lx := t.entry(); lx == nil || !lx.starts {
			if !s.startWord(i) {
				return match{}, false
			}
		} else if lx.holidayOnly && lx.flags&fQualStart == 0 {
			m, ok := s.holiday(i)
			if ok {
				s.span(i, &m)
			}
			return m, ok
		} else if lx.qualOnly {
			m, ok := s.quantity(i)
			// "more than 2 weeks before today"
			if m2, ok2 := s.relative(i); ok2 && m2.v != nil && (!ok || m2.end > m.end) {
				m, ok = m2, true
			}
			if ok {
				s.span(i, &m)
			}
			return m, ok
		} else if !s.gateOpen(i) {
			return match{}, false
		}
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
	try(s.rank(i))
	try(s.quantity(i))
	if found && best.v != nil && (best.v.Type == Date || best.v.Type == Year) {
		s.yearsPart(&best)
		s.extendRange(i, &best)
	}
	if found {
		s.span(i, &best)
	}
	return best, found
}

// startSyms holds every symbol a recognizer can start at: "'90s" (year),
// "[3]" and "+1-222" (skip), "~", "≈" (qualifier), "-5" (amount), currency
// symbols and vulgar fractions (amount). date, relative and rank start at
// no symbol. Most punctuation is none of these.
var startSyms = "'’‘[+~≈-−"

var asciiStartSym [128]bool

func init() {
	for k := range currencySymbols {
		startSyms += k
	}
	for k := range vulgar {
		startSyms += k
	}
	for k := 0; k < len(startSyms); k++ {
		if c := startSyms[k]; c < utf8.RuneSelf {
			asciiStartSym[c] = true
		}
	}
}

// symStarts reports whether a value may start at the symbol w. It may
// say yes for a stray byte of a broken character, never no for a start.
func symStarts(w string) bool {
	if c := w[0]; c < utf8.RuneSelf {
		return asciiStartSym[c]
	}
	return strings.Contains(startSyms, w)
}

// dateAt returns the longest date or year that starts at token i.
func (s *scanner) dateAt(i int) (match, bool) {
	best, ok := s.date(i)
	for _, f := range [...]func(int) (match, bool){s.relative, s.year} {
		if m, ok2 := f(i); ok2 && (!ok || m.end > best.end) {
			best, ok = m, true
		}
	}
	return best, ok && best.v != nil && (best.v.Type == Date || best.v.Type == Year)
}

// span sets the offsets and text of a match that starts at token i.
func (s *scanner) span(i int, m *match) {
	if m.v == nil || m.end <= i || m.end > len(s.t) {
		return
	}
	m.v.Start = s.t[i].s
	m.v.End = s.t[m.end-1].e
	m.v.Text = s.text[m.v.Start:m.v.End]
	if w := &m.v.When; m.v.Type == Date && w.Day != 0 && !w.Relative {
		w.Future = s.tense(i) == 1
	}
}

// gateOpen reports whether the start word at i may start a value, from a
// look at the token after it.
func (s *scanner) gateOpen(i int) bool {
	switch s.lx(i).gate {
	case gateDollar:
		return s.sym(i+1, "$")
	case gateNext:
		if s.lx(i).flags&fQualStart != 0 {
			return true
		}
		k := s.kind(i + 1)
		if k == kNum || k == kSym {
			return true
		}
		n := s.lx(i + 1)
		return n.ckind != cNone || n.okind != cNone || n.denom != 0 || n.month != 0 ||
			n.weekday != 0 || n.flags&(fPart|fRelWord|fApproxYear) != 0 || n.cur != "" ||
			s.is(i+1, "of") || s.is(i+1, "year") || s.is(i+1, "a") || s.is(i+1, "an") ||
			s.is(i+1, "the") || s.is(i+1, "fiscal") || s.is(i+1, "to") && s.is(i+2, "date") || s.is(i+1, "now") || s.is(i+1, "calendar") ||
			s.is(i+1, "cent") || s.is(i+1, "week") || s.is(i+1, "day") || s.is(i+1, "weekend") || s.partWordAt(i+1) || decadeWord(s, i+1) > 0
	}
	return true
}

func (s *scanner) partWordAt(i int) bool {
	_, _, ok := s.partWord(i)
	return ok
}

// mayStartWord is false for most words that startWord rejects, from their
// shape alone: startWord needs a word of two letters, or one that starts
// with "f" or "c".
func (s *scanner) mayStartWord(i int) bool {
	t := &s.t[i]
	c := s.text[t.s]
	return t.e-t.s == 2 || c|0x20 == 'f' || c == 'c'
}

// startWord reports whether a word without a lexicon entry can still
// start a value ("FY2024", "Q1", "c1850").
func (s *scanner) startWord(i int) bool {
	w := s.str(i)
	if _, _, ok := s.partWord(i); ok {
		return true
	}
	return len(w) > 2 && (w[0] == 'F' || w[0] == 'f') && (w[1] == 'Y' || w[1] == 'y') ||
		len(w) == 5 && w[0] == 'c' && allDigits(w[1:])
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
	if i < 0 || i >= len(s.t) || s.t[i].lx == 0 {
		return &noEntry
	}
	return lexTable[s.t[i].lx-1].e
}

var noEntry entry

// is reports whether token i is the word w (w lower-case). It is small
// enough to inline: most calls end at the length.
func (s *scanner) is(i int, w string) bool {
	return uint(i) < uint(len(s.t)) && int(s.t[i].wlen) == len(w) && s.isFold(i, w)
}

// isFold reports whether word t, of the same length as w, is w.
func (s *scanner) isFold(i int, w string) bool {
	t := &s.t[i]
	if t.kind != kWord || t.e-t.s != len(w) {
		return false
	}
	// ASCII letters that differ other than in case differ in more than
	// the 0x20 bit: most calls end here, without folding.
	if c := s.text[t.s]; c < utf8.RuneSelf && w[0] < utf8.RuneSelf && c|0x20 != w[0]|0x20 {
		return false
	}
	// Two ASCII strings of one length are equal folded when their
	// letters are; EqualFold is only needed beyond ASCII.
	x := s.text[t.s:t.e]
	for k := 0; k < len(w); k++ {
		a, b := x[k], w[k]
		if a|b >= utf8.RuneSelf {
			return strings.EqualFold(x, w)
		}
		if lowerASCII(a) != lowerASCII(b) {
			return false
		}
	}
	return true
}

// sym reports whether token i is one of the symbols in set.
func (s *scanner) sym(i int, set string) bool {
	return uint(i) < uint(len(s.t)) && s.t[i].kind == kSym && s.symIn(i, set)
}

func (s *scanner) symIn(i int, set string) bool {
	c := s.text[s.t[i].s:s.t[i].e]
	if c[0] < utf8.RuneSelf {
		// A symbol token is one character; an ASCII byte in set is
		// always a whole character of it.
		return strings.IndexByte(set, c[0]) >= 0
	}
	r, n := utf8.DecodeRuneInString(c)
	return r != utf8.RuneError && n == len(c) && strings.ContainsRune(set, r)
}

// glued reports whether token i follows the previous one with no space.
func (s *scanner) glued(i int) bool {
	return i > 0 && i < len(s.t) && !s.t[i].sp
}

// dash reports whether token i is a hyphen or dash.
func (s *scanner) dash(i int) bool { return s.sym(i, "-–—‑−") }
