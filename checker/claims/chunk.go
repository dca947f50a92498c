package claims

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factlint/factlint/checker/fold"
	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/words"
)

type chunkKind uint8

const (
	cWord    chunkKind = iota // any other word
	cPunct                    // punctuation
	cValue                    // a recognized value
	cName                     // a capitalized name not in the vocabulary
	cEntity                   // a known entity (country, organization)
	cRole                     // a role title
	cEvent                    // an event word
	cMeasure                  // a measure word
	cHonor                    // an honorific ("Dr.")
)

// chunk is a run of tokens that means one thing.
type chunk struct {
	// The kind and flags first, in one word: a unit has as many chunks
	// as words, and a smaller chunk is cheaper to write.
	kind   chunkKind
	person bool   // for cName: judged to name a person
	headed bool   // for cName: holds a word of thingHeads ("Bank"), see thingLike
	thing  bool   // for cEntity: a named organization or product, not a country
	i, j   int    // token range
	val    string // canonical role, event class, measure or entity
	v      *recognize.Value
	key    string // folded text
}

// named reports a chunk that names a thing, not a person: a name no one
// is (a place, a body, a product) or an entity that is no country.
func (c chunk) named() bool { return c.kind == cName && !c.person || c.kind == cEntity && c.thing }

// unitText is one unit with its tokens and chunks.
type unitText struct {
	idx     int // index of the unit in the document
	start   int // byte offset of the unit in the document text
	text    string
	heading bool
	para    int
	tops    bool // a chunk is a rank by a superlative alone (see topRank)
	toks    []words.Token
	chunks  []chunk
	values  []recognize.Value // offsets relative to text
	// seen tells, of each word that opens a unit with a capital, how the
	// document writes it elsewhere: a first word it also writes in lower
	// case is capitalized only by position.
	seen map[string]caseSeen
}

// caseSeen records how a document writes a word inside its sentences.
type caseSeen uint8

const (
	seenLower  caseSeen = 1 << iota // "researchers"
	seenCapped                      // "Researchers" after a sentence's first word
)

func (u *unitText) chunkText(c chunk) string {
	return u.text[u.toks[c.i].Start:u.toks[c.j-1].End]
}

// word returns the folded key of token i, or "" out of range.
func (u *unitText) word(i int) string {
	if i < 0 || i >= len(u.toks) {
		return ""
	}
	return u.toks[i].Key
}

// chunkUnit groups a unit's tokens into chunks.
func (lx *Lexicon) chunkUnit(u *unitText, buf []chunk) {
	toks := u.toks
	u.chunks = buf[:0:len(toks)] // at most one chunk a token
	vi := 0
	for i := 0; i < len(toks); {
		t := toks[i]
		// A recognized value covers whole tokens.
		for vi < len(u.values) && u.values[vi].End <= t.Start {
			vi++
		}
		if vi < len(u.values) && u.values[vi].Start < t.End {
			v := &u.values[vi]
			j := i
			for j < len(toks) && toks[j].Start < v.End {
				j++
			}
			// "first observed" is an event phrase, not a rank and a word.
			if v.Type == recognize.Rank && j == i+1 {
				if ev, n := lx.events.Match(toks, i); n > 1 {
					u.chunks = append(u.chunks, chunk{kind: cEvent, i: i, j: i + n, val: ev, key: words.Keys(toks, i, i+n)})
					i += n
					vi++
					continue
				}
				if t.Key == "first" && i+1 < len(toks) && !toks[i+1].Cap && pastParticiple(toks[i+1].Key) && lx.events.Word(toks[i+1].Key) == "" {
					// "was first synthesized in 2011", "first climbed in
					// 1978": the first time, an event of its own. One the
					// lexicon knows ("first spotted") is that event.
					u.chunks = append(u.chunks, chunk{kind: cEvent, i: i, j: i + 2, val: "first-" + toks[i+1].Key, key: words.Keys(toks, i, i+2)})
					i += 2
					vi++
					continue
				}
			}
			u.chunks = append(u.chunks, chunk{kind: cValue, i: i, j: j, v: v})
			i = j
			vi++
			continue
		}
		if !t.Word {
			u.chunks = append(u.chunks, chunk{kind: cPunct, i: i, j: i + 1, key: t.Key})
			i++
			continue
		}
		if isTopWord(t.Key) && topRank(toks, i) {
			// "the largest software IPO": first, by a superlative alone.
			v := &recognize.Value{Type: recognize.Rank, Start: t.Start, End: t.End, Text: t.Text, Norm: "1", Num: 1, High: 1, Unit: t.Key, Qualifier: recognize.Exact}
			u.chunks = append(u.chunks, chunk{kind: cValue, i: i, j: i + 1, v: v})
			u.tops = true
			i++
			continue
		}
		if isBeginWord(t.Key) && beganProject(u, i) {
			// "The project began in 2016": the project's founding.
			u.chunks = append(u.chunks, chunk{kind: cEvent, i: i, j: i + 1, val: "founding", key: t.Key})
			i++
			continue
		}
		if t.Key == "version" && i+1 < len(toks) && isVersion(toks[i+1].Text) {
			// "released version 3.5.2 with a fix": a version is a thing
			// of its own, as "Version 3.0" with a capital is.
			u.chunks = append(u.chunks, chunk{kind: cName, i: i, j: i + 2, key: words.Keys(toks, i, i+2)})
			i += 2
			continue
		}
		if !t.Cap && !lx.starterShapes.has(t.Key) || clockSuffix(toks, i) {
			// Most words: in lower case and no vocabulary's, only a
			// plain word; so is the "PM" of "until 9 PM", which is no
			// prime minister, and the "AM" of "6:15 AM", no name.
			u.chunks = append(u.chunks, chunk{kind: cWord, i: i, j: i + 1, key: t.Key})
			i++
			continue
		}
		w := lx.word(t.Key)
		if !w.has(fStarter) {
			i = lx.nameOrWord(u, i, w)
			continue
		}
		val, n := w.roles.Match(toks, i)
		if m := officerTitle(toks, i, n); n > 0 && m > n {
			// Whether it is used as a title shows after "officer", not
			// after "chief".
			val, n = words.Keys(toks, i, i+m), m
		}
		if n > 0 && lx.roleHere(u, i, n) {
			u.chunks = append(u.chunks, chunk{kind: cRole, i: i, j: i + n, val: val, key: words.Keys(toks, i, i+n)})
			i += n
			continue
		}
		if t.Cap {
			if val, n := w.entities.Match(toks, i); n > 0 && !(n == 1 && lx.kinds[val] == "country" && lx.givenName(u, i, vi)) {
				c := chunk{kind: cEntity, i: i, j: i + n, val: val, key: words.Keys(toks, i, i+n)}
				if lx.kinds[val] != "country" {
					// A named organization or product is a thing the text
					// is about, under its canonical name and with its
					// version: "Vault 3.2" is "tidewell vault 3.2".
					c.key = fold.Key(val)
					if i+n < len(toks) && isVersion(toks[i+n].Text) && !toks[i+n-1].Poss {
						c.key += " " + toks[i+n].Key
						c.j++
					}
					c.thing = true
				}
				u.chunks = append(u.chunks, c)
				i = c.j
				continue
			}
		}
		// The longer of an event word and a measure wins: "death toll" is
		// a measure, "death" alone an event.
		ev, evn := w.events.Match(toks, i)
		ms, msn := w.measures.Match(toks, i)
		if t.Cap && i > 0 {
			msn = 0
		}
		if msn > evn {
			u.chunks = append(u.chunks, chunk{kind: cMeasure, i: i, j: i + msn, val: ms, key: words.Keys(toks, i, i+msn)})
			i += msn
			continue
		}
		if evn > 0 && t.Cap && headsName(toks, i+evn) {
			// "the Wildfire Service": an event word in an
			// organization's name is no event.
			evn = 0
		}
		if ev == "release" && startedAs(toks, i+evn) {
			// "launched in 2013 as an internal tool": its founding.
			ev = "founding"
		}
		if evn > 0 && !(t.Key == "release" && i > 0 && releaseKinds[toks[i-1].Key]) {
			u.chunks = append(u.chunks, chunk{kind: cEvent, i: i, j: i + evn, val: ev, key: words.Keys(toks, i, i+evn)})
			i += evn
			continue
		}
		if w.has(fHonorific) && t.Cap && i+1 < len(toks) && (toks[i+1].Cap || toks[i+1].Key == ".") {
			j := i + 1
			if toks[j].Key == "." {
				j++
			}
			u.chunks = append(u.chunks, chunk{kind: cHonor, i: i, j: j, key: t.Key})
			i = j
			continue
		}
		i = lx.nameOrWord(u, i, w)
	}
	appositions(u)
}

// givenName reports a country's or capital's name at toks[i] that is a
// person's given name: "Sofia Lindqvist", "Jordan Ames". A surname
// follows it, a capitalized word that is no word of the vocabulary, no
// value (vi indexes the first value not before toks[i]: "Paris Tuesday")
// and ends the name.
func (lx *Lexicon) givenName(u *unitText, i, vi int) bool {
	toks := u.toks
	if i+1 >= len(toks) || toks[i].Poss {
		return false
	}
	s := toks[i+1]
	if !s.Word || !s.Cap || allCaps(s.Text) || i+2 < len(toks) && toks[i+2].Cap {
		return false
	}
	if vi < len(u.values) && u.values[vi].Start < s.End {
		return false
	}
	w := lx.word(s.Key)
	return !w.has(fStarter) && !w.has(fThingHead)
}

// officerTitle returns the length of a title such as "chief medical
// officer" that starts with the role word "chief" at toks[i] (n tokens
// long), or n: each such officer is a role of its own, not the head.
func officerTitle(toks []words.Token, i, n int) int {
	if toks[i].Key != "chief" || n != 1 {
		return n
	}
	for m := 2; m <= 3 && i+m < len(toks); m++ {
		// "chief medical officer", "Chief Financial Officer", but not
		// "the chief told an officer".
		w := toks[i+m-1]
		if !w.Word || w.Cap != toks[i].Cap || stopWords[w.Key] || strings.HasSuffix(w.Key, "ed") {
			break
		}
		if toks[i+m].Key == "officer" {
			return m + 1
		}
	}
	return n
}

// releaseKinds make "release" a statement, no event: "Press Release ·
// May 7", "FOR IMMEDIATE RELEASE".
var releaseKinds = setOf(`press news immediate`)

// nameOrWord appends the name that starts at token i, or the word, and
// returns the index of the token after it; w is what the lexicon knows of
// the word.
func (lx *Lexicon) nameOrWord(u *unitText, i int, w *vocabWord) int {
	if lx.nameStart(u, i, w) {
		j := lx.nameEnd(u, i)
		if j+1 < len(u.toks) && qualifiedTitles[u.toks[j].Key] && u.toks[j].Cap && u.toks[j+1].Cap {
			// "U.S. District Judge", "Superior Court Judge": the words
			// before the title say which court, and the name follows it.
			u.chunks = append(u.chunks, chunk{kind: cHonor, i: i, j: j + 1, key: u.toks[j].Key})
			return j + 1
		}
		if j == i+1 && (bodyNouns[u.toks[i].Key] || lawmakers[u.toks[i].Key]) {
			// "City" of "City Clerk Ann Ode", or opening a sentence: a
			// kind of body, no name (see nounScope). "Parliament" alone
			// is whichever parliament the story is in, as "the
			// government" is.
			u.chunks = append(u.chunks, chunk{kind: cWord, i: i, j: j, key: u.toks[i].Key})
			return j
		}
		// The first word's flags are known; the rest are looked up.
		// A name of two joined by "&" is a firm's, not a person's.
		headed := w.has(fThingHead) || lx.headed(u.toks[i+1:j]) || slices.ContainsFunc(u.toks[i+1:j], func(t words.Token) bool { return t.Key == "&" })
		u.chunks = append(u.chunks, chunk{kind: cName, i: i, j: j, key: nameKey(u.toks, i, j), headed: headed})
		return j
	}
	u.chunks = append(u.chunks, chunk{kind: cWord, i: i, j: i + 1, key: u.toks[i].Key})
	return i + 1
}

// lawmakers are bodies every country has, written with a capital
// when they are the country's own.
var lawmakers = setOf(`parliament congress senate legislature government cabinet`)

// nameStart reports whether a capitalized name starts at token i, whose
// word is w.
func (lx *Lexicon) nameStart(u *unitText, i int, w *vocabWord) bool {
	t := u.toks[i]
	if !t.Cap || w.has(fPostNominal) {
		return false
	}
	if isDigitWord(t.Text) || hyphenAdjective(t.Text) || quantityNouns[t.Key] || lx.countryCompound(t.Key) {
		return false
	}
	afterTitle := len(u.chunks) > 0 && (u.chunks[len(u.chunks)-1].kind == cRole || u.chunks[len(u.chunks)-1].kind == cHonor)
	closed := knownClosed(t, w)
	if closed && !afterTitle {
		return false
	}
	seen := caseSeen(0)
	if opensSentence(u.toks, i) {
		seen = u.seen[t.Key]
		if seen == 0 && (agentPlural(u.toks[i:]) || openingParticiple(u.toks[i:])) {
			return false
		}
	}
	if !closed && seen&seenLower == 0 {
		return true // whatever follows
	}
	// "Line 1, the first line": a word the document writes in lower case
	// starts a name when a number follows it.
	return nameContinues(u.toks, i) || i+1 < len(u.toks) && !t.Poss && nameNumber(u, i, i+1)
}

// countryCompound reports a word of countries joined by hyphens, as an
// adjective: "Danish-Irish", "Franco-German" is left to its lexicon.
func (lx *Lexicon) countryCompound(key string) bool {
	if !strings.Contains(key, "-") {
		return false
	}
	for part := range strings.SplitSeq(key, "-") {
		if lx.kinds[lx.entities.Word(part)] != "country" {
			return false
		}
	}
	return true
}

// quantityNouns open a sentence as a number would: "Thousands of
// customers", "Dozens of fire engines".
var quantityNouns = setOf(`hundreds thousands millions billions dozens scores tens`)

// hyphenAdjective reports a capitalized word that a hyphen and a
// lower-case participle make an adjective: "Liberian-flagged",
// "Bergen-based", "state-owned" is lower case anyway.
func hyphenAdjective(w string) bool {
	h := strings.LastIndexByte(w, '-')
	if h < 1 || h == len(w)-1 {
		return false
	}
	rest := w[h+1:]
	return rest[0] >= 'a' && rest[0] <= 'z' && (strings.HasSuffix(rest, "ed") || strings.HasSuffix(rest, "born") || strings.HasSuffix(rest, "made") || strings.HasSuffix(rest, "run"))
}

// qualifiedTitles are honorifics that the words of a court or chamber
// may precede: "District Judge", "Supreme Court Justice", "State Senator".
var qualifiedTitles = setOf(`judge justice senator representative`)

// opensSentence reports a token capitalized by its position: a unit's
// first, or the first after a dateline, which holds a date or is written
// in capitals ("ALDOUS CROSSING, March 18, 2026 (CNS) — Palaeontologists
// on Wednesday unveiled", "VELTRIN — Lawmakers on Tuesday voted").
func opensSentence(toks []words.Token, i int) bool {
	if i == 0 {
		return true
	}
	if i < 2 || i >= maxDatelineTokens || !isDash(toks[i-1].Key) || !toks[0].Cap {
		return false
	}
	head := toks[:i-1]
	return slices.ContainsFunc(head, func(t words.Token) bool { return isDigitWord(t.Key) }) ||
		!slices.ContainsFunc(head, func(t words.Token) bool { return t.Word && !allCaps(t.Text) })
}

// openingParticiple reports a unit that opens with a participle and a
// preposition or article: "Based on the investigation", "Speaking at the
// rally"; or with a word in -ing and one in lower case: "Building work
// at the museum", "Rising costs". Only its position capitalizes it. (The
// caller has checked that the document writes the word nowhere else,
// where a surname such as "Fleming" would stand again.)
func openingParticiple(toks []words.Token) bool {
	if len(toks) < 2 || toks[1].Cap || toks[0].Poss {
		return false
	}
	w := toks[0].Key
	ing := strings.HasSuffix(w, "ing")
	return (strings.HasSuffix(w, "ed") || ing) && participleNext[toks[1].Key] ||
		ing && len(w) >= 6 && toks[1].Word && !isDigitWord(toks[1].Text)
}

var participleNext = setOf(`on to at about by with from in for after before into over under the a an`)

// agentPlural reports a unit that opens with a plural noun for people by
// what they do, followed by a word in lower case: "Researchers recovered",
// "Firefighters said". Only its position capitalizes it; the caller has
// checked that the document writes it nowhere else, where a surname such
// as "Rogers" would stand again capitalized.
// A word that opens a unit before such a plural in lower case only says
// which of them: "Opposition politicians called", "Rescue workers found",
// "Civil protection authorities report".
func agentPlural(toks []words.Token) bool {
	if len(toks) < 2 || toks[1].Cap || !toks[1].Word || toks[0].Poss {
		return false
	}
	return isAgentPlural(toks[0].Key) || len(toks) > 2 && !toks[2].Cap && isAgentPlural(toks[1].Key) ||
		len(toks) > 3 && toks[2].Word && !toks[2].Cap && !toks[3].Cap && isAgentPlural(toks[2].Key)
}

func isAgentPlural(k string) bool {
	if groupNouns[k] {
		return true
	}
	for _, suffix := range agentSuffixes {
		if len(k) > len(suffix)+2 && strings.HasSuffix(k, suffix) {
			return true
		}
	}
	return false
}

// agentSuffixes end plural nouns for people: researchers, investigators,
// scientists, historians, residents, participants, employees, critics,
// officials.
var agentSuffixes = []string{"ers", "ors", "ists", "ians", "ents", "ants", "ees", "ics", "ials"}

// groupNouns are plural nouns for bodies of people that no suffix tells:
// "Rescue crews pushed into", "Search teams found", "People familiar with
// the talks said".
var groupNouns = setOf(`crews teams troops staff families police forces squads units authorities people`)

// postNominals are degrees and honours written after a name ("Rajiv
// Castellanos, M.D., Chief Medical Officer"): no name of their own. Keys
// are without a final dot.
var postNominals = setOf(`m.d md ph.d phd d.phil dphil mba mph dds rn jr sr esq qc kc
obe cbe mbe dbe kbe gbe frs frse fba freng facs`)

// isPostNominal reports a folded word that is a degree or an honour,
// with or without its final dot ("M.D.", "FRS").
func isPostNominal(key string) bool { return postNominals[strings.TrimSuffix(key, ".")] }

// maxDatelineTokens is how many tokens a dateline and its dash may take:
// "ASHBY GAP, W.Va., March 12, 2026 (Meridian Press) —" takes 17.
const maxDatelineTokens = 24

// titleCased reports a headline that capitalizes every word but the
// short ones: "Calloway Instruments Reports Results; Announces CFO
// Transition". Its capitals tell no names from other words.
func titleCased(toks []words.Token) bool {
	n := 0
	for _, t := range toks {
		if !t.Word || len(t.Text) < 4 || isDigitWord(t.Key) {
			continue
		}
		if !t.Cap {
			return false
		}
		n++
	}
	return n >= 3
}

// topWords are the superlatives that rank a thing first on their own:
// "the largest software IPO", "Norway's busiest airport".
var topWords = setOf(`largest biggest busiest tallest longest deadliest costliest oldest`)

// isTopWord reports one of topWords. Every token is asked, and all of them
// end in "est": the suffix rules out nearly every word without hashing it.
func isTopWord(key string) bool {
	return strings.HasSuffix(key, "est") && topWords[key]
}

// topRank reports a superlative at toks[i] that ranks what follows first:
// after "the" or a name in the possessive ("Britain's largest"), but not
// after "one of the" or "among the", which place it among the first few.
func topRank(toks []words.Token, i int) bool {
	if i == 0 || toks[i].Cap {
		return false
	}
	p := toks[i-1]
	if p.Poss {
		return true
	}
	if p.Key != "the" {
		return false
	}
	if i >= 2 {
		switch toks[i-2].Key {
		case "of", "among", "amongst":
			return false
		}
	}
	return true
}

// allCaps reports text with capitals and no lower-case letters: "FDA",
// "HANOI", "FACT SHEET".
func allCaps(s string) bool {
	upper := false
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper = true
		}
	}
	return upper
}

// appositions gives an event word set off by a comma after another event
// word that other word's class: in "the strongest aftershock so far, a
// magnitude 5.6 tremor", the tremor is the aftershock.
func appositions(u *unitText) {
	for k := range u.chunks {
		c := &u.chunks[k]
		if c.kind != cEvent {
			continue
		}
		comma := -1
		for i := k - 1; i >= 0 && i >= k-5; i-- {
			if u.chunks[i].kind == cPunct && u.chunks[i].key == "," {
				comma = i
				break
			}
			if u.chunks[i].kind == cEvent || u.chunks[i].kind == cPunct {
				break
			}
		}
		if comma < 0 || comma+1 >= k || !isArticle(u.chunks[comma+1].key) {
			continue
		}
		for i := comma - 1; i >= 0 && i >= comma-6; i-- {
			if p := u.chunks[i]; p.kind == cEvent {
				c.val = p.val
				break
			} else if p.kind == cPunct {
				break
			}
		}
	}
}

// roleHere reports whether a role title at toks[i:i+n] is used as a title:
// capitalized; after "the", a possessive or a comma; before "of", "and",
// ":" or a name.
func (lx *Lexicon) roleHere(u *unitText, i, n int) bool {
	t := u.toks[i]
	if t.Cap {
		return true
	}
	next := u.word(i + n)
	prev := u.word(i - 1)
	// "Priya Raman, chief executive officer and co-founder of Brightwell";
	// "Port Avalon mayor: Luis Ferrante"; "Priya Raman, co-founder and
	// chief technology officer".
	if prev == "and" && len(u.chunks) >= 2 && u.chunks[len(u.chunks)-2].kind == cRole {
		return true
	}
	if copulas[prev] || namedVerbs[prev] || prev == "as" {
		return true // "Osei-Barnes, who became chief executive in 2022"
	}
	return next == "of" || prev == "," || next == "and" || next == ":" || prev == "the" || prev == "'s" || prev == "his" || prev == "her" || i > 0 && u.toks[i-1].Poss ||
		(i+n < len(u.toks) && u.toks[i+n].Cap)
}

// headsName reports a capitalized head of an organization's or place's
// name at token i: "Service" in "Laurentia Wildfire Service".
func headsName(toks []words.Token, i int) bool {
	return i < len(toks) && toks[i].Cap && thingHeads[toks[i].Key]
}

// nameEnd returns the end of the capitalized name that starts at toks[i]:
// capitalized words, initials ("M."), particles between capitals ("de",
// "van", "of the" only inside names of things), up to a possessive.
func (lx *Lexicon) nameEnd(u *unitText, i int) (j int) {
	toks := u.toks
	j = i + 1
	if toks[i].Poss {
		return j
	}
	defer func() {
		// A product and its version are one name: "Vault 3.2.1"; so are
		// a line, route or terminal and its number: "Line 1 has 12
		// stations" counts Line 1's stations, not one of anything.
		if j < len(toks) && !toks[j-1].Poss && (isVersion(toks[j].Text) || nameNumber(u, i, j)) {
			j++
		}
	}()
	for j < len(toks) {
		t := toks[j]
		w := &unknown
		if t.Word && t.Cap {
			w = lx.word(t.Key)
		}
		switch {
		case t.Word && t.Cap && !isDigitWord(t.Text) && !knownClosed(t, w):
			if _, n := w.roles.Match(toks, j); n > 0 {
				return j
			}
			if qualifiedTitles[t.Key] && j+1 < len(toks) && toks[j+1].Cap {
				return j // "District Judge Harriet Okafor": see nameOrWord
			}
			// "Elspeth Corrow DBE FRS": honours end the name.
			if w.has(fPostNominal) && allCaps(t.Text) {
				return j
			}
			if _, n := w.events.Match(toks, j); n > 0 {
				return j
			}
			if _, n := w.entities.Match(toks, j); n > 0 && !w.has(fThingHead) {
				return j
			}
		case t.Key == "." && j+1 < len(toks) && len([]rune(toks[j-1].Text)) == 1 && toks[j+1].Cap:
			// an initial: "Wesley M. Oler"
		case (t.Key == "jr" || t.Key == "sr") && t.Cap:
		case t.Key == "." && (toks[j-1].Key == "jr" || toks[j-1].Key == "sr" || nameAbbrevs[toks[j-1].Key]) && j+1 < len(toks) && toks[j+1].Cap && !closedWord(toks[j+1]):
			// "Arland D. Williams Jr. Memorial Bridge", "St. Bridget's"
		case t.Key == "&" && j+1 < len(toks) && toks[j+1].Word && toks[j+1].Cap && !closedWord(toks[j+1]):
			// "Hollins & Day", "Marlow & Finch": one firm
		case t.Key == "," && j+1 < len(toks) && (toks[j+1].Key == "jr" || toks[j+1].Key == "sr") && toks[j+1].Cap:
			// "Martin Luther King, Jr.": the comma is not the name's end
		case particleRun(toks, j):
			// "Simone de Beauvoir", "Joachim van der Sloot"
		default:
			return j
		}
		j++
		if toks[j-1].Poss && !(pluralPossessive(u, j-1) && j < len(toks) && toks[j].Cap && lx.word(toks[j].Key).has(fThingHead)) {
			// A plural in the possessive is inside a body's name: "the
			// Allied Nurses' Federation", "the Transport Workers' Union".
			return j
		}
	}
	return j
}

// pluralPossessive reports a token written with an apostrophe after its
// plural s: "Nurses'".
func pluralPossessive(u *unitText, i int) bool {
	t := u.toks[i]
	return t.Poss && strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(u.text[t.Start:t.End], "s")
}

// particleRun reports particles from toks[j] that a capital follows,
// inside a name: "de", "van der". The capital is looked at first: most
// names end at a lower-case word, which is not looked up.
func particleRun(toks []words.Token, j int) bool {
	k := j
	for k < len(toks) && k < j+3 && particles[toks[k].Key] {
		k++
	}
	return k > j && k < len(toks) && toks[k].Cap && !closedWord(toks[k])
}

// nameAbbrevs are the abbreviations a name goes on after: "St. Bridget's
// Hospital", "Mt. Hood", "Ft. Worth".
var nameAbbrevs = setOf(`st mt ft`)

// knownClosed is closedWord(t) for a token whose word is w: for most
// words, the key is the spelling closedWord would look up.
func knownClosed(t words.Token, w *vocabWord) bool {
	if strings.IndexByte(t.Key, '\'') < 0 && isASCII(t.Text) {
		return w.has(fNotName)
	}
	return closedWord(t)
}

// closedWord reports a closed-class word ("The", "During", "We're") by its
// unfolded spelling, so that "Tô" is not taken for "to".
func closedWord(t words.Token) bool {
	w := t.Key // the text in lower case, when it is ASCII
	cut := strings.IndexByte(w, '\'')
	if !isASCII(t.Text) {
		w = strings.ToLower(t.Text)
		cut = strings.IndexAny(w, "'’")
	}
	if cut > 0 {
		w = w[:cut]
	}
	return notName[w]
}

// nameContinues reports whether the word after toks[i] carries a name on:
// a capitalized word or a version number.
func nameContinues(toks []words.Token, i int) bool {
	if i+1 >= len(toks) || toks[i].Poss {
		return false
	}
	n := toks[i+1]
	return n.Word && (n.Cap && !closedWord(n) || isVersion(n.Text))
}

// isVersion reports a version number: digits joined by dots ("3.2",
// "3.2.1"), or the same with a leading v.
func isVersion(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "v"), "V")
	dots := 0
	for i, r := range s {
		switch {
		case r == '.' && i > 0 && i < len(s)-1 && s[i-1] != '.':
			dots++
		case r < '0' || r > '9':
			return false
		}
	}
	return dots > 0
}

// nameNumber reports a bare number of up to three digits at token j that
// counts nothing, after a name that starts at token start: it is part of
// the name. Inside a sentence the recognizer has already decided: it keeps
// such numbers ("Apollo 11", "the Phase 3 trial") out of its values, and a
// count it did read ("the Civic Union 58 of the 151 seats") is one. At the
// start of a unit it cannot tell "Line 1 opened" from "Only 3 ships
// remain", which counts ships.
func nameNumber(u *unitText, start, j int) bool {
	t := u.toks[j]
	if !(t.End-t.Start <= 3 && strings.TrimLeft(t.Text, "0123456789") == "" || modelNumber(t.Text)) || j == 0 || u.toks[j-1].End == t.Start {
		return false
	}
	read := -1 // the value the recognizer read at t, if any
	for k, v := range u.values {
		if v.Start == t.Start {
			read = k
			break
		}
	}
	if !opensUnit(u, start) {
		// "the Phase 3 trial": a number the recognizer left unread.
		return read < 0
	}
	if read < 0 || j+1 < len(u.toks) && u.toks[j+1].Word && isNoun(u.toks[j+1].Key) {
		return false
	}
	v := u.values[read]
	return v.End == t.End && v.Type == recognize.Count && v.Unit == ""
}

// clockSuffix reports the "AM" or "PM" of a time of day at token i: after
// a number.
func clockSuffix(toks []words.Token, i int) bool {
	if i == 0 {
		return false
	}
	if toks[i].Key == "am" || toks[i].Key == "pm" {
		return isDigitWord(toks[i-1].Text)
	}
	// "10:15 a.m. CT", "17:42 UTC", "09:42 Pacific time": a time zone,
	// no name.
	p := toks[i-1].Key
	afterTime := isDigitWord(toks[i-1].Text) || p == "a.m." || p == "p.m." || p == "am" || p == "pm" || p == "."
	return afterTime && (timeZones[toks[i].Key] || i+1 < len(toks) && toks[i+1].Key == "time" && !toks[i+1].Cap)
}

// timeZones are the abbreviations of time zones written after a time.
var timeZones = setOf(`ct et pt mt cst cdt est edt pst pdt mst mdt gmt utc bst cet cest eet eest ist jst aest aedt nzst nzdt`)

// modelNumber reports a model's two numbers joined by a hyphen: "72-600"
// in "ATR 72-600", "737-800" in "Boeing 737-800".
func modelNumber(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	return ok && a != "" && b != "" && len(a) <= 4 && len(b) <= 4 && strings.Trim(a+b, "0123456789") == ""
}

var particles = setOf(`de da del della der den van von bin binti al el la le du dos das di ibn ben`)

func isDigitWord(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// nameKey folds a name for matching: words only, initials and particles kept.
func nameKey(toks []words.Token, i, j int) string {
	if j == i+1 && toks[i].Word {
		return toks[i].Key // most names are one word, with its key already
	}
	n := 0
	for k := i; k < j; k++ {
		if toks[k].Word {
			n += len(toks[k].Key) + 1
		}
	}
	var b strings.Builder
	b.Grow(max(n-1, 0))
	first := true
	for k := i; k < j; k++ {
		if toks[k].Word {
			if !first {
				b.WriteByte(' ')
			}
			b.WriteString(toks[k].Key)
			first = false
		}
	}
	return b.String()
}

// thingLike reports whether a name chunk names a thing (an organization,
// place or work) rather than a person: whether it holds a word of
// thingHeads ("Bank"), as found once when the name was chunked.
func (u *unitText) thingLike(c chunk) bool { return c.headed }

// headed reports whether toks hold a word of thingHeads.
func (lx *Lexicon) headed(toks []words.Token) bool {
	for k := range toks {
		if lx.word(toks[k].Key).has(fThingHead) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// projectNouns name what begins, or is launched, as a thing that then
// lasts: "began in 2014 as a side project", "the initiative started in
// 2018".
var projectNouns = setOf(`project tool initiative programme program scheme company firm business startup start-up venture spin-off spinoff
service platform app library database framework collaboration partnership charity foundation club band organisation organization society association network`)

// isBeginWord reports "began", "begun" or "started".
func isBeginWord(key string) bool { return key == "began" || key == "begun" || key == "started" }

// startedAs reports "as a side project", "as an internal tool" in the few
// words from toks[i], past a date: what began as a thing of its own.
func startedAs(toks []words.Token, i int) bool {
	for j := i; j < len(toks) && j <= i+3; j++ {
		if !toks[j].Word {
			return false
		}
		if toks[j].Key != "as" {
			continue
		}
		if j+1 >= len(toks) || toks[j+1].Key != "a" && toks[j+1].Key != "an" {
			return false
		}
		// The head is the last word of the noun: "a project manager"
		// began as no project.
		head := ""
		for h := j + 2; h < len(toks) && h <= j+4 && toks[h].Word && !toks[h].Cap && !stopWords[toks[h].Key]; h++ {
			head = toks[h].Key
		}
		return projectNouns[head]
	}
	return false
}

// beganProject reports "began" or "started" at toks[i] said of a project
// or a body that came into being then: "TernDB began in 2014 as a side
// project", "the project began in 2016", "since the project was started
// in 2016", but not "the strike began" or "Smith began as a reporter". A
// named subject must be a person's to be left out, which package claims
// knows only later (see events).
func beganProject(u *unitText, i int) bool {
	if startedAs(u.toks, i+1) {
		return true
	}
	k := auxBefore(u, len(u.chunks))
	if k < 0 {
		return false
	}
	s := u.chunks[k]
	named := s.kind == cEntity && s.thing || s.kind == cName && s.headed
	noun := s.kind == cWord && projectNouns[s.key] && k > 0 && (opensNoun(u.chunks[k-1].key) || u.chunks[k-1].key == "this" || u.chunks[k-1].key == "our")
	if !named && !noun || i+2 >= len(u.toks) || u.toks[i+1].Key != "in" && u.toks[i+1].Key != "on" {
		return false
	}
	// A date right after: "began in 2014".
	for _, v := range u.values {
		if v.Start == u.toks[i+2].Start {
			return v.Type == recognize.Year || v.Type == recognize.Date
		}
	}
	return false
}

// auxBefore returns the index of the chunk before chunk k and any
// auxiliary verbs before it ("was", "had been"), or -1.
func auxBefore(u *unitText, k int) int {
	k--
	for k >= 0 && u.chunks[k].kind == cWord && auxiliaries[u.chunks[k].key] {
		k--
	}
	return k
}
