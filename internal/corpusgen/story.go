package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/factlint/factlint/checker/goldtest"
)

// The facts every story states, and the gold kind of each.
const (
	slotDate   = "date"
	slotFirst  = "first"
	slotCount  = "count"
	slotMoney  = "money"
	slotHolder = "holder"
)

var slots = []string{slotDate, slotFirst, slotCount, slotMoney, slotHolder}

var goldKinds = map[string]string{
	slotDate: "date", slotFirst: "year", slotCount: "count", slotMoney: "money", slotHolder: "person",
}

// A fact as one document states it: the text written and the gold value.
type fact struct{ text, gold string }

// story is one subject: a handful of articles from different outlets about
// one event, and what the gold file says about them.
type story struct {
	idx  int
	dom  *domain
	r    *rand.Rand
	vars map[string]string
	docs []*doc

	conflicts []goldtest.Conflict
	traps     []goldtest.Trap
}

// doc is one article of a story, planned and then rendered.
type doc struct {
	file    string
	format  int
	outlet  outlet
	pub     time.Time
	archive bool // an older article, before the story's event
	facts   map[string]fact
	qual    bool     // states the count as a bound ("more than 12,000")
	extra   []string // look-alike sentences to include
	where   map[string]goldtest.Mention
}

// newStory plans story idx with n documents. Its content depends only on
// the seed and idx, apart from the names, which are unique corpus-wide.
func newStory(cfg Config, idx, n int, names *namer) *story {
	r := rand.New(rand.NewPCG(cfg.Seed, uint64(idx)))
	d := domains[r.IntN(len(domains))]
	s := &story{idx: idx, dom: d, r: r, vars: map[string]string{}}
	v := s.vars
	p1, p2, p3 := names.person(r), names.person(r), names.person(r)
	v["P1"], v["P1Last"] = p1.String(), p1.Last
	v["P2"], v["P2Last"] = p2.String(), p2.Last
	v["P3"] = p3.String()
	v["Place"], v["Place2"], v["Product"] = names.word(r), names.word(r), names.word(r)
	d.vars(names, r, v)

	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(700))
	v["Year"] = strconv.Itoa(day.Year() - 1)
	v["PrevYear"] = strconv.Itoa(day.Year() - 2)
	first := day.Year() - 3 - r.IntN(20)
	if d.firstAfter {
		first = day.Year() + 1 + r.IntN(3)
	}
	count := roundTo(d.countMin+r.IntN(d.countMax-d.countMin), d.countRound)
	money := roundTo(d.moneyMin+r.IntN(d.moneyMax-d.moneyMin), d.moneyRound)
	if money >= 1000 {
		money = roundTo(money, 100)
	}
	holder := p1

	archive := n >= 4 && r.Float64() < cfg.TrapRate
	normal := n
	if archive {
		normal--
	}
	outs := r.Perm(len(outlets))
	for j := 0; j < n; j++ {
		dc := &doc{format: pickFormat(r), outlet: outlets[outs[j%len(outlets)]], facts: map[string]fact{}, where: map[string]goldtest.Mention{}}
		dc.pub = day.AddDate(0, 0, 1) // the outlets cover the story the same day
		if j >= normal {
			dc.archive = true
			dc.pub = day.AddDate(0, 0, -60-r.IntN(150))
		}
		ext := map[int]string{formatText: "txt", formatMarkdown: "md", formatHTML: "html"}[dc.format]
		dc.file = fmt.Sprintf("%03d/%s-%s-%s.%s", idx/100, dc.outlet.slug, dc.pub.Format("2006-01-02"), strings.ToLower(firstWord(v["Org1"])), ext)
		s.docs = append(s.docs, dc)
	}

	// Which facts each article states: the first states all, the others
	// most, and every fact is stated at least twice.
	style := func(dc *doc) int { return int(dc.pub.Unix()/86400) % 3 }
	base := map[string]func(dc *doc) fact{
		slotDate:   func(dc *doc) fact { return dateFact(day, style(dc)) },
		slotFirst:  func(*doc) fact { return yearFact(first) },
		slotCount:  func(*doc) fact { return countFact(count) },
		slotMoney:  func(*doc) fact { return moneyFact(money) },
		slotHolder: func(*doc) fact { return personFact(holder) },
	}
	for _, sl := range slots {
		stated := 0
		for j := 0; j < normal; j++ {
			if j == 0 || r.Float64() < 0.8 || j == 1 && stated < 2 {
				s.docs[j].facts[sl] = base[sl](s.docs[j])
				stated++
			}
		}
	}
	if normal < 2 {
		return s
	}

	// Planted conflicts: one article gets one fact wrong.
	planted := map[string]bool{}
	for _, sl := range slots {
		if r.Float64() >= cfg.ConflictRate || sl == slotHolder && archive {
			continue
		}
		odd := s.docs[1+r.IntN(normal-1)]
		var f fact
		switch sl {
		case slotDate:
			f = dateFact(day.AddDate(0, 0, -1-r.IntN(3)), style(odd))
		case slotFirst:
			f = yearFact(first + pickSign(r)*(1+r.IntN(2)))
		case slotCount:
			f = countFact(count + pickSign(r)*max(d.countRound, roundTo(count*(4+r.IntN(12))/100, d.countRound)))
		case slotMoney:
			f = moneyFact(money + pickSign(r)*max(d.moneyRound, roundTo(money*(8+r.IntN(20))/100, d.moneyRound)))
		case slotHolder:
			f = personFact(names.person(r))
		}
		odd.facts[sl] = f
		planted[sl] = true
		s.conflicts = append(s.conflicts, goldtest.Conflict{
			ID:   fmt.Sprintf("s%05d-%s", idx, sl),
			Kind: goldKinds[sl],
			Slot: v["Org1"] + ": " + slotNames[sl],
		})
	}

	// Look-alikes, on facts with no planted conflict.
	if !planted[slotCount] && r.Float64() < cfg.TrapRate {
		dc := s.docs[1+r.IntN(normal-1)]
		dc.qual = true
		dc.facts["count-q"] = countFact(bound(count))
		dc.facts["count-q"] = fact{text: dc.facts["count-q"].text, gold: ">" + dc.facts["count-q"].gold}
		delete(dc.facts, slotCount)
		s.trap(fmt.Sprintf("s%05d-count-bound", idx), "count", slotCount, dc, "count-q",
			"a lower bound the exact count satisfies")
	}
	if !planted[slotMoney] && r.Float64() < cfg.TrapRate {
		dc := s.docs[r.IntN(normal)]
		dc.extra = append(dc.extra, d.moneyPrev[r.IntN(len(d.moneyPrev))])
		dc.facts["money-prev"] = moneyFact(roundTo(money*(70+r.IntN(25))/100, d.moneyRound))
		s.trap(fmt.Sprintf("s%05d-money-previous-year", idx), "money", slotMoney, dc, "money-prev",
			"the figure for the year before: a different period")
	}
	if !planted[slotDate] && r.Float64() < cfg.TrapRate {
		dc := s.docs[r.IntN(normal)]
		dc.extra = append(dc.extra, d.other[r.IntN(len(d.other))])
		dc.facts["date-other"] = dateFact(day.AddDate(0, 0, -5-r.IntN(40)), style(dc))
		s.trap(fmt.Sprintf("s%05d-other-event", idx), "date", slotDate, dc, "date-other",
			"another event, with other participants")
	}
	if archive {
		dc := s.docs[normal]
		dc.facts["holder-old"] = personFact(names.person(r))
		s.trap(fmt.Sprintf("s%05d-former-holder", idx), "person", slotHolder, dc, "holder-old",
			"an older article, written when the role had another holder")
	}
	return s
}

var slotNames = map[string]string{
	slotDate:   "date of the event",
	slotFirst:  "year of the first occurrence",
	slotCount:  "count",
	slotMoney:  "amount of money",
	slotHolder: "holder of the role",
}

// trap records a look-alike between fact slot, as every document of the
// story states it, and fact other of document b; the mentions are filled
// in once the documents are rendered.
func (s *story) trap(id, kind, slot string, b *doc, other, why string) {
	s.traps = append(s.traps, goldtest.Trap{
		ID: id, Kind: kind, Slot: s.vars["Org1"] + ": " + slotNames[slot],
		Mentions:        []goldtest.Mention{{Text: slot}, {File: b.file, Text: other}},
		WhyNotAConflict: why,
	})
}

// resolve fills in the gold mentions once every document is rendered. A
// conflict lists every statement of its fact; so does a trap, beside the
// look-alike, planned with the fact's name as its text.
func (s *story) resolve() {
	every := func(slot string) []goldtest.Mention {
		var out []goldtest.Mention
		for _, dc := range s.docs {
			if m, ok := dc.where[slot]; ok {
				out = append(out, m)
			}
		}
		return out
	}
	for i := range s.conflicts {
		c := &s.conflicts[i]
		c.Mentions = every(c.ID[strings.LastIndexByte(c.ID, '-')+1:])
	}
	for i := range s.traps {
		t := &s.traps[i]
		other := t.Mentions[1]
		for _, dc := range s.docs {
			if dc.file == other.File {
				other = dc.where[other.Text]
			}
		}
		t.Mentions = append(every(t.Mentions[0].Text), other)
	}
}

func roundTo(n, step int) int {
	if step <= 1 {
		return n
	}
	return (n + step/2) / step * step
}

func pickSign(r *rand.Rand) int {
	if r.IntN(2) == 0 {
		return -1
	}
	return 1
}

// bound is a round number below n, for "more than ...".
func bound(n int) int {
	step := 1
	for step*100 <= n {
		step *= 10
	}
	return (n - 1) / step * step
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

func dateFact(t time.Time, style int) fact {
	layout := []string{"January 2, 2006", "2 January 2006", "Monday, January 2, 2006"}[style]
	return fact{text: t.Format(layout), gold: t.Format("2006-01-02")}
}

func yearFact(y int) fact { return fact{text: strconv.Itoa(y), gold: strconv.Itoa(y)} }

func countFact(n int) fact { return fact{text: thousands(n), gold: strconv.Itoa(n)} }

// moneyFact writes an amount given in millions of dollars.
func moneyFact(m int) fact {
	text := "$" + thousands(m) + " million"
	if m >= 1000 {
		text = "$" + strconv.FormatFloat(float64(m)/1000, 'f', -1, 64) + " billion"
	}
	return fact{text: text, gold: "USD " + strconv.Itoa(m) + "000000"}
}

func personFact(p person) fact { return fact{text: p.String(), gold: p.String()} }

// thousands writes n with commas: 12,400.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
