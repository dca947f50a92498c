package claims

import (
	"slices"
	"strings"
	"sync"

	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/words"
	"github.com/factlint/factlint/rules"
)

// extraction holds the state of one document's extraction.
type extraction struct {
	lx        *Lexicon
	doc       *Doc
	units     []*unitText
	people    map[string]Name // folded full name -> as first written
	names     []nameWords     // the keys of people with their words, once all are found
	topic     []string
	topicPpl  []string // the names in topic that are people's
	claims    []Claim
	skip      []*recognize.Value   // values already read as part of another claim
	main      *Name                // the person the document is mostly about, once found
	byNoun    map[string]string    // word -> the one name of a thing holding it, "" for several; once needed
	bodies    map[string][2]string // body noun -> the one named body of that kind (see namedBody); once needed
	countries int                  // 1 if the document names no country, 2 if it does, 0 until asked
	bufs      *buffers
}

// buffers hold the tokens and chunks of one document's units: most of
// what an extraction allocates, and none of it outlives the extraction,
// so it is reused from one document to the next.
type buffers struct {
	toks   []words.Token
	chunks []chunk
	units  []unitText
	ptrs   []*unitText
	seen   map[string]caseSeen
	claims []Claim
	// The topic's candidates, and where each is in topics.
	topics  []topicCandidate
	topicAt map[string]int
}

var bufferPool = sync.Pool{New: func() any { return &buffers{seen: map[string]caseSeen{}, topicAt: map[string]int{}} }}

// release hands the buffers back, cleared so that they keep no document's
// text alive.
func (x *extraction) release() {
	b := x.bufs
	clear(b.toks) // nothing past their lengths was written
	clear(b.chunks)
	clear(b.units)
	clear(b.ptrs)
	clear(b.seen)
	clear(b.claims)
	b.claims = b.claims[:0]
	clear(b.topics)
	clear(b.topicAt)
	b.topics = b.topics[:0]
	b.toks, b.chunks, b.units, b.ptrs = b.toks[:0], b.chunks[:0], b.units[:0], b.ptrs[:0]
	x.bufs, x.units = nil, nil
	bufferPool.Put(b)
}

// Extract returns the claims of one document, in a slice of their own
// with no room to spare: callers keep claims until the corpus is read.
func (lx *Lexicon) Extract(doc *Doc) []Claim {
	x := lx.prepare(doc)
	defer x.release()
	for _, u := range x.units {
		x.roles(u)
		x.events(u)
		x.measures(u)
		x.ranks(u)
		x.weekdays(u)
	}
	x.inheritParticipants()
	for i := range x.claims {
		x.claims[i].Source = doc.Source
		x.claims[i].Topic, x.claims[i].TopicPeople = x.topic, x.topicPpl
	}
	// The claims grew in the pool's buffer; the caller keeps a copy cut
	// to size.
	x.bufs.claims = x.claims
	return slices.Clone(x.claims)
}

// prepare tokenizes and chunks a document's units and finds its people.
func (lx *Lexicon) prepare(doc *Doc) *extraction {
	x := &extraction{lx: lx, doc: doc, people: map[string]Name{}, bufs: bufferPool.Get().(*buffers)}
	x.claims = x.bufs.claims[:0]
	// seen holds the words that open a unit with a capital, and how the
	// document writes them elsewhere.
	seen := x.bufs.seen
	units := slices.Grow(x.bufs.units[:0], len(doc.Units))[:len(doc.Units)]
	x.units = slices.Grow(x.bufs.ptrs[:0], len(doc.Units))
	toks := x.bufs.toks[:0]
	for i, u := range doc.Units {
		ut := &units[i]
		*ut = unitText{idx: i, start: u.Start, text: doc.Text[u.Start:u.End], heading: u.Heading, para: u.Para, seen: seen}
		n := len(toks)
		toks = words.AppendSplit(toks, ut.text)
		ut.toks = toks[n:len(toks):len(toks)]
		for k := range min(len(ut.toks), maxDatelineTokens) {
			if ut.toks[k].Cap && opensSentence(ut.toks, k) {
				seen[ut.toks[k].Key] = 0
			}
		}
		if i < len(doc.Values) {
			ut.values = doc.Values[i]
		}
		x.units = append(x.units, ut)
	}
	x.bufs.toks, x.bufs.units, x.bufs.ptrs = toks, units, x.units
	if len(seen) > 0 {
		// A filter of the keys' shapes rules out most words without
		// hashing them.
		var filter shapeSet
		for key := range seen {
			filter.add(key)
		}
		for _, ut := range x.units {
			for k := 1; k < len(ut.toks); k++ {
				if t := &ut.toks[k]; t.Word && filter.has(t.Key) && !(t.Cap && opensSentence(ut.toks, k)) {
					if s, ok := seen[t.Key]; ok {
						if t.Cap {
							seen[t.Key] = s | seenCapped
						} else {
							seen[t.Key] = s | seenLower
						}
					}
				}
			}
		}
	}
	chunks := x.bufs.chunks[:0]
	for _, ut := range x.units {
		if cap(chunks)-len(chunks) < len(ut.toks) {
			// Earlier units keep the old array; later ones share the new.
			chunks = make([]chunk, 0, max(2*cap(chunks), len(ut.toks)))
		}
		lx.chunkUnit(ut, chunks[len(chunks):])
		// Chunks that outgrew their room (never, by chunkUnit's count)
		// have an array of their own.
		chunks = chunks[:len(chunks)+min(len(ut.chunks), len(ut.toks))]
	}
	x.bufs.chunks = chunks
	x.findPeople()
	x.topic, x.topicPpl = x.topicEntities()
	return x
}

// Person is a person named in a document.
type Person struct {
	Name Name // the full name the mention refers to
	Span Span // the words of the mention
}

// People returns every mention of a person in doc, in order.
func (lx *Lexicon) People(doc *Doc) []Person {
	x := lx.prepare(doc)
	defer x.release()
	var out []Person
	for _, u := range x.units {
		for _, c := range u.chunks {
			if c.kind == cName && c.person {
				out = append(out, Person{
					Name: x.personName(c.key, u, c),
					Span: x.span(u, u.toks[c.i].Start, u.toks[c.j-1].Start+len(u.toks[c.j-1].Text)),
				})
			}
		}
	}
	return out
}

// findPeople marks the name chunks that name people. A name is a person's
// when a title or honorific precedes it, a role follows it as an
// apposition, a verb of speech or a birth or death follows it, or a
// country precedes it ("Vietnam's Pham Minh Chinh"); after that, the same
// name anywhere in the document, or one of its words alone ("Ishiba"), is
// the same person.
func (x *extraction) findPeople() {
	// The names of bodies, for their short forms: "Calder Mutual told
	// customers" is the bank Calder Mutual Bank, not a person.
	var bodies []string
	for _, u := range x.units {
		for _, c := range u.chunks {
			if c.kind == cName && u.thingLike(c) && strings.Contains(c.key, " ") {
				bodies = append(bodies, c.key+" ")
			}
		}
	}
	for _, u := range x.units {
		for k := range u.chunks {
			c := &u.chunks[k]
			if c.kind != cName || u.thingLike(*c) {
				continue
			}
			titled := k > 0 && (u.chunks[k-1].kind == cRole || u.chunks[k-1].kind == cHonor) // "Dr. Henry Ford", of the Henry Ford Hospital
			if !titled && strings.Contains(c.key, " ") && slices.ContainsFunc(bodies, func(b string) bool { return strings.HasPrefix(b, c.key+" ") }) {
				continue
			}
			if x.anchoredPerson(u, k) {
				c.person = true
				if _, ok := x.people[c.key]; !ok {
					x.people[c.key] = Name{Key: c.key, Text: personText(u, *c)}
				}
			}
		}
	}
	x.names = make([]nameWords, 0, len(x.people))
	for key := range x.people {
		x.names = append(x.names, nameWords{key, strings.Fields(key)})
	}
	// A one-word name ("PM Ishiba") is the one known person whose name
	// holds that word.
	for key := range x.people {
		if !strings.Contains(key, " ") {
			if full, ok := x.resolveLonger(key); ok {
				x.people[key] = x.people[full]
			}
		}
	}
	for _, u := range x.units {
		for k := range u.chunks {
			c := &u.chunks[k]
			if c.kind != cName || u.thingLike(*c) {
				continue
			}
			if c.person {
				if full, ok := x.resolveLonger(c.key); ok {
					c.key = full
				}
				continue
			}
			if full, ok := x.resolve(c.key); ok {
				c.person = true
				c.key = full
			}
		}
	}
}

// resolveLonger returns the one known person with a longer name holding
// all the words of key.
func (x *extraction) resolveLonger(key string) (string, bool) {
	if len(x.names) == 0 {
		return "", false // no one to split the key for
	}
	set := strings.Fields(key)
	return x.onlyName(func(n nameWords) bool { return len(n.words) > len(set) && subset(set, n.words) })
}

// nameWords is a known person's folded name and its words.
type nameWords struct {
	key   string
	words []string
}

// onlyName returns the one known person's name that meets ok, if exactly
// one does.
func (x *extraction) onlyName(ok func(nameWords) bool) (string, bool) {
	found := ""
	for _, n := range x.names {
		if ok(n) {
			if found != "" {
				return "", false
			}
			found = n.key
		}
	}
	return found, found != ""
}

// resolve finds the person a name refers to: the same words in any order,
// or one word of exactly one known person's name.
func (x *extraction) resolve(key string) (string, bool) {
	if _, ok := x.people[key]; ok {
		return key, true
	}
	if len(x.names) == 0 {
		return "", false // no one to split the key for
	}
	set := strings.Fields(key)
	return x.onlyName(func(n nameWords) bool { return subset(set, n.words) })
}

func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return len(a) > 0
}

// personText is a name as written, without a possessive ending.
func personText(u *unitText, c chunk) string {
	text := u.chunkText(c)
	if last := u.toks[c.j-1]; last.Poss {
		text = u.text[u.toks[c.i].Start : last.Start+len(last.Text)]
	}
	return strings.TrimSpace(text)
}

func (x *extraction) anchoredPerson(u *unitText, k int) bool {
	c := u.chunks[k]
	prev := prevChunk(u, k)
	if prev >= 0 {
		p := u.chunks[prev]
		if p.kind == cRole || p.kind == cHonor {
			return true
		}
		// A country's person: "Vietnam's Pham Minh Chinh".
		if p.kind == cEntity && u.toks[p.j-1].Poss && c.j-c.i >= 2 && c.j-c.i <= 4 {
			return true
		}
		// A country's person by trade: "Swedish climber Sofia Lindqvist".
		if p.kind == cWord && tradeNouns[p.key] && prev >= 1 && c.j-c.i >= 2 && c.j-c.i <= 4 && !u.thingLike(c) {
			if e := u.chunks[prev-1]; e.kind == cEntity && !e.thing && !u.toks[e.j-1].Poss {
				return true
			}
		}
		// An apposition after a role phrase: "General Secretary of the
		// Communist Party of Vietnam, Tô Lâm".
		if p.kind == cPunct && p.key == "," && roleBefore(u, prev) {
			return true
		}
	}
	// "Tran Thanh Man, chairman of the National Assembly".
	if n := nextChunk(u, k); n >= 0 && u.chunks[n].kind == cPunct && u.chunks[n].key == "," {
		n2 := nextChunk(u, n)
		// "Rajiv Castellanos, M.D." holds a degree, and perhaps a role
		// after it.
		if n2 >= 0 && isPostNominal(u.chunks[n2].key) {
			return true
		}
		if n2 >= 0 && (u.chunks[n2].kind == cWord && isArticle(u.chunks[n2].key)) {
			n2 = nextChunk(u, n2)
		}
		// "Michael Storrs, Brightwell's chief executive".
		if n2 >= 0 && (u.chunks[n2].kind == cName || u.chunks[n2].kind == cEntity) && u.toks[u.chunks[n2].j-1].Poss {
			n2 = nextChunk(u, n2)
		}
		if n2 >= 0 && u.chunks[n2].kind == cRole {
			return true
		}
	}
	// A verb of speech before a name of two or more words: "said Rajiv
	// Castellanos".
	if prev >= 0 && c.j-c.i >= 2 && !u.thingLike(c) && speechVerbs[u.chunks[prev].key] {
		return true
	}
	// A verb of speech, birth or death after a name of two or more words;
	// of birth or death after any name ("Vell was born in 1950").
	if c.j-c.i >= 2 || !u.thingLike(c) {
		for j := c.j; j < len(u.toks) && j < c.j+3; j++ {
			w := u.toks[j].Key
			if personVerbs[w] && (c.j-c.i >= 2 || w == "born" || w == "died") {
				return true
			}
			if w != "(" && w != "," && w != "was" && w != "is" && w != "had" && w != "has" {
				break
			}
		}
	}
	return false
}

// tradeNouns name what a person does for a living or a sport, as a
// nationality and a name come around them: "Swedish climber Sofia
// Lindqvist". A company's kind ("the Dutch conglomerate Halvers Groep")
// is not one of them.
var tradeNouns = setOf(`climber mountaineer explorer astronaut pilot sailor
player athlete runner cyclist swimmer skier boxer golfer driver rider striker midfielder defender goalkeeper
actor actress singer musician composer writer author novelist poet artist painter sculptor photographer filmmaker comedian dancer
scientist researcher physicist chemist biologist economist historian philosopher mathematician
journalist reporter lawyer doctor surgeon nurse engineer architect designer chef
politician diplomat activist businessman businesswoman entrepreneur banker billionaire
soldier student teacher professor`)

// roleBefore reports whether the chunks before index k (a comma) go back to
// a role title through only "of", "the" and names.
func roleBefore(u *unitText, k int) bool {
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		c := u.chunks[i]
		switch {
		case c.kind == cRole:
			return true
		case c.kind == cName, c.kind == cEntity:
		case c.kind == cWord && (c.key == "of" || c.key == "the"):
		case c.kind == cValue && isTime(c.v) && i > 0 && (u.chunks[i-1].key == "in" || u.chunks[i-1].key == "during"):
			i-- // "head coach in 2015, Ian Reid"
		default:
			return false
		}
	}
	return false
}

func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// opensNoun reports a word that opens a noun phrase about a thing: an
// article, "its" or "their".
func opensNoun(w string) bool { return isArticle(w) || w == "its" || w == "their" }

func prevChunk(u *unitText, k int) int {
	if k > 0 {
		return k - 1
	}
	return -1
}

func nextChunk(u *unitText, k int) int {
	if k+1 < len(u.chunks) {
		return k + 1
	}
	return -1
}

// topicEntities returns the document's three most mentioned names and
// countries: what the document is about, used to anchor claims whose own
// sentence names nothing; and which of them name people.
func (x *extraction) topicEntities() (keys, people []string) {
	// Each candidate once, in order of first mention, with its count.
	cands := x.bufs.topics[:0]
	at := x.bufs.topicAt // key -> index in cands
	defer func() { x.bufs.topics = cands }()
	lead := true // before the first sentence of the body
	for _, u := range x.units {
		if isCredit(u) {
			continue
		}
		leadUnit := lead && !u.heading
		if leadUnit {
			lead = false
		}
		// A dated dateline's place and agency say where and by whom a
		// story was filed, not what it is about. A dateline of a place
		// alone ("BRENNERTON —") is kept: it is often the town the story
		// is about, and no subject of its first sentence (see
		// placeDatelineEnd).
		start := 0
		if u.idx < 8 {
			start = sentenceStart(u)
		}
		for _, c := range u.chunks[start:] {
			var key string
			var named bool
			switch {
			case c.kind == cEntity:
				key = c.val
				if c.thing {
					key = c.key // as things are keyed: folded, with any version
				}
				named = true
			case c.kind == cName && (c.person || !u.heading):
				key = withoutInitials(c.key)
				named = c.person || c.j-c.i > 1 || !opensUnit(u, c.i) || leadUnit && definedAt(u, c)
			default:
				continue
			}
			if len(key) < 2 {
				continue // "98 F": a unit, no name
			}
			if u.word(c.j) == ":" || metaWords[key] {
				continue // "News Release Date: January 14", "Embargoed until 10:00": a page's labels
			}
			i, ok := at[key]
			if !ok {
				i = len(cands)
				at[key] = i
				cands = append(cands, topicCandidate{key: key})
			}
			cands[i].count++
			cands[i].named = cands[i].named || named
			cands[i].person = cands[i].person || c.kind == cName && c.person
		}
	}
	cands = slices.DeleteFunc(cands, func(c topicCandidate) bool { return !c.named })
	// Most mentioned first; of equals, the first mentioned.
	slices.SortStableFunc(cands, func(a, b topicCandidate) int { return b.count - a.count })
	for _, c := range cands[:min(3, len(cands))] {
		keys = append(keys, c.key)
		if c.person {
			people = append(people, c.key)
		}
	}
	return keys, people
}

// metaWords are the words of a page's notes on itself, written with a
// capital at the head of a note, which name nothing it is about.
var metaWords = setOf(`embargoed updated posted published revised modified filed contact`)

// withoutInitials drops the middle initials of a folded name: "imogen t.
// achterberg" is the topic "imogen achterberg" in every document, however
// each writes it, and whether or not a title says she is a person.
func withoutInitials(key string) string {
	first, last := strings.IndexByte(key, ' '), strings.LastIndexByte(key, ' ')
	if first == last {
		return key // fewer than three words: most names, kept without allocating
	}
	initial := func(w string) bool { return len(strings.TrimSuffix(w, ".")) == 1 }
	middle := key[first+1 : last]
	for w := range strings.FieldsSeq(middle) {
		if initial(w) {
			kept := slices.DeleteFunc(strings.Fields(middle), initial)
			return strings.Join(append(append([]string{key[:first]}, kept...), key[last+1:]), " ")
		}
	}
	return key
}

// topicCandidate is a name that may be a document's topic.
type topicCandidate struct {
	key   string
	count int
	// A single capitalized word only ever seen opening a sentence
	// ("Critics said", "“Patience is needed,”") is not known to be a name;
	// as a topic it would join the claims of unrelated documents.
	named  bool
	person bool
}

// isCredit reports a byline or credit line ("By Ilse Vaar", "(Reporting by
// Ken Osei; Editing by Mina Torvik)"): its names are the writers', not what
// the document is about, and the same writers sign many documents.
func isCredit(u *unitText) bool {
	for i, t := range u.toks {
		if !t.Word {
			continue
		}
		switch t.Key {
		case "by":
			return i <= 2
		case "reporting", "writing", "written", "editing", "compiled", "additional", "photos", "photo":
			continue
		}
		return false
	}
	return false
}

// definedAt reports the subject of a definition, as an encyclopedia's
// first sentence gives it: "Tarrow is a market town".
func definedAt(u *unitText, c chunk) bool {
	switch u.word(c.j) {
	case "is", "was", "are", "were":
		return isArticle(u.word(c.j + 1))
	}
	return false
}

// opensUnit reports whether token i is the first word of u, after at most
// punctuation (an opening quote, a bullet).
func opensUnit(u *unitText, i int) bool {
	for _, t := range u.toks[:i] {
		if t.Word {
			return false
		}
	}
	return true
}

// parenthesized reports whether chunk c stands alone in parentheses,
// after at most an article, as a credit before a dash: "HANOI (The
// Coastal Ledger) — Floods struck". Elsewhere a name in parentheses names
// what comes before it: "Phase 2 study (CLEARWAY-2)".
func parenthesized(u *unitText, c chunk) bool {
	i := c.i - 1
	if i > 0 && isArticle(u.toks[i].Key) {
		i--
	}
	if i < 0 || c.j >= len(u.toks) || u.toks[i].Text != "(" || u.toks[c.j].Text != ")" {
		return false
	}
	return c.j+1 < len(u.toks) && isDash(u.toks[c.j+1].Text)
}

// participants returns the people, other named things and countries a unit mentions.
func (x *extraction) participants(u *unitText) (people []Name, things, countries []string) {
	// The lists are short: a search of each is cheaper than a set.
	var seen []string // the people's names as the chunks hold them
	for _, c := range u.chunks {
		switch {
		case c.kind == cName && c.person:
			if !slices.Contains(seen, c.key) {
				seen = append(seen, c.key)
				people = append(people, x.personName(c.key, u, c))
			}
		case c.kind == cName && !u.heading:
			if len(c.key) > 1 && !slices.Contains(things, c.key) {
				things = append(things, c.key)
			}
		case c.kind == cEntity && !c.thing:
			if !slices.Contains(countries, c.val) {
				countries = append(countries, c.val)
			}
		}
	}
	return
}

// nearThings returns the names of things within four tokens of the chunks
// at the given indexes: what an event word or figure is about ("HMS Royal
// George was laid down", "the Toyota Supra began"), as opposed to names the
// sentence mentions in passing ("according to the National Seismological
// Centre").
func nearThings(u *unitText, at ...int) []string {
	var out []string
	for ci, c := range u.chunks {
		if !namesThing(u, c) {
			continue
		}
		near := slices.ContainsFunc(at, func(k int) bool {
			return k >= 0 && c.j >= u.chunks[k].i-4 && c.i <= u.chunks[k].j+4
		})
		// Whether a name is a source takes a look around it: only for
		// one that is near.
		if near && !givesSource(u, ci) {
			out = mergeStrings(out, []string{c.key})
		}
	}
	return out
}

// givesSource reports a name that says where a figure comes from, not
// what it is about: "according to the Ministry of Transport", ", the
// ministry confirmed", ", said Margaret Olowe". Another source names no
// one, and the figure must still meet theirs.
func givesSource(u *unitText, ci int) bool {
	c := u.chunks[ci]
	// Back over the title before the name, with its scope or article:
	// ", Transport Minister Margaret Olowe said", ", Corvane chief
	// executive Daniel Okafor said".
	p := ci - 1
	for p >= 0 && (u.chunks[p].kind == cRole || u.chunks[p].kind == cHonor) {
		p--
		if p >= 0 && (u.chunks[p].kind == cName && !u.chunks[p].person || u.chunks[p].kind == cEntity) {
			p--
		}
	}
	// Back over the words of a name that runs to several chunks: "the
	// Department of Agriculture and Rural Affairs".
	for p >= 1 && (u.chunks[p].key == "of" || u.chunks[p].key == "and" || u.chunks[p].key == "&") && (u.chunks[p-1].kind == cName && !u.chunks[p-1].person || u.chunks[p-1].kind == cEntity) {
		p -= 2
	}
	if p >= 0 && u.chunks[p].kind == cWord && isArticle(u.chunks[p].key) {
		p--
	}
	if p >= 1 && u.chunks[p].key == "to" && u.chunks[p-1].key == "according" {
		return true
	}
	// The source closes its clause; "FEMA says it has approved" opens one.
	closes := func(i int) bool {
		switch u.word(i) {
		case ",", ".", ";", "":
			return true
		}
		return false
	}
	if p >= 0 && u.chunks[p].key == "," && sourceVerbs[u.word(c.j)] && closes(c.j+1) {
		return true
	}
	if authorityReports(u, c) {
		return true
	}
	// The acronym of such a body: "(HCPH)".
	if ci >= 2 && u.chunks[ci-1].key == "(" && u.chunks[ci-2].kind == cName && authorityReports(u, u.chunks[ci-2]) {
		return true
	}
	return p >= 1 && sourceVerbs[u.chunks[p].key] && u.chunks[p-1].key == "," && closes(c.j)
}

// withoutSources drops from people those who only report u's figures:
// "the repairs cost £48.7 million, Margaret Olowe said" is not hers.
func (x *extraction) withoutSources(u *unitText, people []Name) []Name {
	for ci, c := range u.chunks {
		if c.kind == cName && c.person && givesSource(u, ci) {
			n := x.personName(c.key, u, c)
			people = slices.DeleteFunc(people, func(p Name) bool { return p.Key == n.Key })
		}
	}
	return people
}

// authorityReports reports a public body's name followed by a verb of
// reporting, or its report: "Harrow County Public Health (HCPH) today
// reported 64 confirmed cases", "the Interior Ministry's briefing put the
// toll at 1,900" give the figure's source, not what it counts. A
// company that reports its revenue is no authority, and its revenue is
// its own.
func authorityReports(u *unitText, c chunk) bool {
	// The head may end the name ("Harrow County Public Health") or, in a
	// name of two words or more, open it ("Statistics Canada", "Health
	// Canada").
	first, _, several := strings.Cut(c.key, " ")
	if !authorityHeads[c.key[strings.LastIndexByte(c.key, ' ')+1:]] && !(several && authorityHeads[first]) && !authorityOf(u, c.i) {
		return false
	}
	i := c.j
	if u.toks[i-1].Poss {
		// "The Interior Ministry's noon briefing put the death toll at"
		for ; i < len(u.toks) && i <= c.j+2; i++ {
			if reportNouns[u.toks[i].Key] {
				return true
			}
		}
		return false
	}
	if u.word(i) == "of" {
		// "the Ministry of the Interior has confirmed"
		i++
		if u.word(i) == "the" {
			i++
		}
		for i < len(u.toks) && u.toks[i].Cap {
			i++
		}
	}
	if u.word(i) == "(" && u.word(i+2) == ")" {
		i += 3 // its acronym
	}
	for reportAdverbs[u.word(i)] {
		i++
	}
	return reportVerbs[u.word(i)]
}

// authorityOf reports a name after a public body's head noun and "of":
// "the Ministry of the Interior", "the Office of National Statistics".
func authorityOf(u *unitText, i int) bool {
	i--
	if u.word(i) == "the" {
		i--
	}
	return u.word(i) == "of" && authorityHeads[u.word(i-1)]
}

// reportVerbs say a body counted something; "announced" may be of its
// own doings.
var reportVerbs = setOf(`reported reports confirmed confirms recorded records counted counts enumerated tallied`)

// authorityHeads are the head nouns of the names of public bodies that
// report figures.
var authorityHeads = setOf(`health ministry department agency office police service commission centre center
authority bureau survey institute administration statistics`)

var reportNouns = setOf(`briefing statement report figures data tally count update bulletin estimate`)

var reportAdverbs = setOf(`today yesterday also has have had later earlier`)

// sourceVerbs are the verbs of a source quoted after what it says:
// "the repairs cost £48.7 million, the ministry confirmed".
var sourceVerbs = setOf(`said says confirmed confirms announced announces reported reports stated states estimated estimates added noted`)

// namesThing reports whether chunk c names a thing.
func namesThing(u *unitText, c chunk) bool {
	if !c.named() || u.heading || len(c.key) < 2 {
		return false
	}
	// Not things: a single capitalized word opening the sentence
	// ("Organisers said"), a credit in parentheses ("(Reuters) —").
	// Joined on, they would tie the claims of unrelated documents.
	return !(c.kind == cName && c.j-c.i == 1 && opensUnit(u, c.i) || parenthesized(u, c))
}

// personName is the full name a person chunk refers to, as first written.
func (x *extraction) personName(key string, u *unitText, c chunk) Name {
	if n, ok := x.people[key]; ok {
		return n
	}
	return Name{Key: key, Text: personText(u, c)}
}

func (x *extraction) span(u *unitText, start, end int) Span {
	return Span{Unit: u.idx, Start: u.start + start, End: u.start + end, Text: u.text[start:end]}
}

func (x *extraction) valueSpan(u *unitText, v *recognize.Value) Span {
	return x.span(u, v.Start, v.End)
}

// weekdays reports dates whose stated weekday is not the date's weekday.
func (x *extraction) weekdays(u *unitText) {
	for i := range u.values {
		v := &u.values[i]
		w := v.When
		// A date whose year the text leaves open ("Tuesday, June 3" in a
		// source of unknown date) cannot be checked.
		if v.Type != recognize.Date || w.Weekday == 0 || w.Relative || w.Day == 0 || w.Month == 0 || !w.Resolved || v.Norm == "" {
			continue
		}
		if w.NoYear {
			// "In 2019 ... on Saturday 10 August" is in 2019.
			if k := slices.IndexFunc(u.chunks, func(c chunk) bool { return c.v == v }); k >= 0 {
				if y := x.yearReferred(u, k); y != 0 {
					w.Year = y
				}
			}
		}
		if actual := weekdayOf(w.Year, w.Month, w.Day); actual != w.Weekday {
			x.claims = append(x.claims, Claim{
				Kind:  rules.KindWeekdayDate,
				Class: weekdayNames[w.Weekday],
				Word:  weekdayNames[actual],
				Value: Val{Value: *v},
				Span:  x.valueSpan(u, v),
			})
		}
	}
}

var weekdayNames = [...]string{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// weekdayOf returns the ISO weekday (1 Monday .. 7 Sunday) of a
// proleptic Gregorian date.
func weekdayOf(y, m, d int) int {
	// Sakamoto's method.
	t := [...]int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	if m < 3 {
		y--
	}
	w := (y + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400) + t[m-1] + d) % 7
	if w < 0 {
		w += 7
	}
	if w == 0 {
		return 7
	}
	return w
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
