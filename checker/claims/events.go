package claims

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/factlint/factlint/checker/fold"
	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/words"
	"github.com/factlint/factlint/rules"
)

// maxTriggerDistance is how many tokens may separate a date from the event
// word it dates.
const maxTriggerDistance = 12

// events makes a claim of each resolved date or year in u that dates an
// event: the nearest event word in the unit, or, for a date in a unit with
// none, an event the next unit refers back to ("their Hanoi sit-down").
func (x *extraction) events(u *unitText) {
	if len(u.values) == 0 {
		return // no value chunk, so no date to place an event at
	}
	for k, c := range u.chunks {
		if c.kind != cValue || !isTime(c.v) || !c.v.When.Resolved || c.v.Norm == "" {
			continue
		}
		if isComparisonBase(u, c) || bracketedBase(u, k) || isMeasurePeriod(u, k) || isDateline(u, c) || isBylineDate(u, c) || namesEvent(u, k) || isStatementDate(u, k) || dayAsModifier(u, c) || boundDate(u, c) || simileDate(u, c) || recurring(u, c) || yearAsThing(u, c) || hypotheticalNow(u, c) {
			continue
		}
		if x.skipped(c.v) || x.firstOccurrence(u, k) || x.lifespan(u, k) || x.bornOrDied(u, k) || x.workYear(u, k) {
			continue
		}
		ev, taken := nearestEvent(u, k)
		if ev < 0 && taken {
			// Every event word near is nearer another date: it is that
			// date's event ("laid down in 1746 ... when the war ended in
			// 1748").
			continue
		}
		src := u
		if ev < 0 && isLabelLine(u) && (u.word(0) == "when" || u.word(0) == "date") {
			// A fact box: "When: Tuesday, October 7, 2025" under a heading
			// or title that names the event.
			src, ev = x.headingEvent(u)
		}
		if ev < 0 {
			if possessiveEvent(u) {
				// "the festival's insurers were notified on Sunday": the
				// date is of what belongs to the event the sentence
				// names, not of an event the next one names.
				continue
			}
			if wordIn(u, c.j, len(u.toks), sequenceWords) {
				// "celebrating on Wednesday after the court ruled": the
				// date is of what followed the event, not of the event
				// the next sentence goes on to describe.
				continue
			}
			src, ev = x.eventReferredBack(u)
			if ev < 0 {
				continue
			}
		}
		e := src.chunks[ev]
		if src == u && ev > k && wordIn(u, c.j, e.i, sequenceWords) || ended(src, e) {
			// "were still unable to run payroll on Thursday after a fire":
			// the date is of what followed the fire, not the fire's. "ended
			// a nine-day walkout on Wednesday": the end of an event that
			// lasts is no date of it.
			continue
		}
		class := e.val
		if class == "founding" && isBeginWord(src.toks[e.i].Key) {
			// "Ruth Okafor began in 2014 as a ...": a person's start.
			if s := auxBefore(src, ev); s >= 0 && src.chunks[s].kind == cName && src.chunks[s].person {
				continue
			}
		}
		if class == "meeting" && mountainTop(src, e) {
			class = "ascent" // "six climbers reached the summit on Tuesday"
		}
		if class == "election" && electedTo(src, ev) {
			// "the Assembly elected Jonas Aldrecht as Speaker": a body
			// filling an office, not an election the voters hold.
			class = "appointment"
		}
		if n := editionNumber(src, ev); n != "" {
			// "won the 11th Tour of the Kessel Valley" and "the 13th Tour
			// ... will take place in May 2027": two editions.
			class += " #" + n
		}
		if src == u {
			if y := editionYear(u, ev); y != 0 && y != c.v.When.Year {
				// "Registration for the 2027 Marrowick Marathon opens on
				// June 1": a date of another year is not that edition's.
				continue
			}
		}
		people, _, countries := x.participants(src)
		things := nearThings(src, ev)
		if objectClasses[e.val] {
			// "The company was founded in 2018 by Mira Castellanos":
			// the founders are no thing founded.
			agents := byAgents(src, ev)
			things = slices.DeleteFunc(things, func(t string) bool { return slices.Contains(agents, t) })
		}
		about := ""
		if subj, text := x.subject(src, ev); subj != "" {
			things = mergeStrings(things, []string{subj})
			about = text
		}
		if class == "decision" && len(things) == 0 && len(people) == 0 {
			// A vote is a body's decision only when the body is named:
			// "the 31.4 percent who voted" took part in an election.
			continue
		}
		// What is founded, opened or released is the event's subject; its
		// founders or guests do not tell two foundings apart.
		if objectClasses[e.val] && len(things) > 0 {
			people = nil
		}
		if src != u {
			p2, _, c2 := x.participants(u)
			people, countries = mergeNames(people, p2), mergeStrings(countries, c2)
		}
		// "Born: 14 March 1912, Dunfermline" in a fact sheet is its
		// subject's birth.
		if len(people) == 0 && len(things) == 0 && lifeEvents[class] && isLabelLine(u) {
			if p, ok := x.mainPerson(); ok {
				people = []Name{p}
			}
		}
		if obj := passiveObject(src, ev); obj != "" && objectClasses[class] {
			// "figures published by the project this week": what was
			// made is the noun the participle hangs on, not a name near.
			if same, ok := samePublication[obj]; ok {
				obj = same // "a study published on", "a paper published on"
			}
			class += ": " + obj
			people, things = nil, nil
		}
		if class == "completion" {
			// "completed the casting of the mirror" and "completed its
			// final polishing": what is completed tells one completion
			// from another, whoever completes it.
			if obj := objectAfter(src, ev); obj != "" {
				class += ": " + obj
			}
		}
		// An event that makes something ("established diplomatic ties")
		// is that thing's event: without a person or name to anchor it,
		// its object is part of what it is.
		if namedByObject[class] {
			// "issued the boil-water notice", "declared a state of
			// emergency": what is issued or declared tells one from
			// another, whoever issues it; a statement is no event.
			obj := objectAfter(src, ev)
			if obj == "" || statementWords[obj] {
				continue
			}
			if w := strings.Fields(obj); len(w) > 2 {
				obj = strings.Join(w[len(w)-2:], " ") // "a precautionary boil-water notice"
			}
			class += ": " + obj
		} else if len(people) == 0 && len(things) == 0 && objectClasses[class] {
			obj := objectAfter(src, ev)
			if obj == "door" {
				// "Since it opened its doors on Sunday": the subject's
				// own opening, of what the story is about.
				obj = "-"
			}
			if obj == "" {
				// "The crane, which went into service in 2009": the
				// story's crane, as its subject names it.
				obj = x.definiteSubject(src, ev)
			}
			if obj == "" {
				continue
			}
			if obj != "-" {
				class += ": " + obj
			}
		}
		agent := ""
		if agentClasses[e.val] {
			agent = agentOf(src, ev)
		}
		place, local := placeAfter(src, ev)
		if place == "" && src == u {
			place, local = placeBy(u, k)
		}
		v := *c.v
		if v.When.Guessed {
			// "vote Sunday" in a story that says "on Sunday, April 26"
			// elsewhere is that Sunday, whichever is nearer.
			switch x.statedWeekApart(v) {
			case 7:
				v = v.WeekAfter()
			case -7:
				v = v.WeekBefore()
			}
		}
		if p := x.doc.Published; v.When.Guessed && unplanned[class] && p != nil && v.Norm > civilNorm(p.Year, p.Month, p.Day) {
			// "Monday night's collapse", written on a Friday: a
			// collapse is not announced ahead, so it is the Monday past.
			v = v.WeekBefore()
		}
		if y := x.yearReferred(u, k); y != 0 {
			v.When.Year, v.Norm = y, civilNorm(y, v.When.Month, v.When.Day)
		}
		if y := sequelYear(u, k); y != 0 {
			v.When.Year, v.Norm = y, civilNorm(y, 0, 0)
		}
		x.claims = append(x.claims, Claim{
			Kind:      rules.KindEventDate,
			Class:     class,
			Word:      strings.ToLower(src.chunkText(e)),
			Persons:   people,
			Things:    things,
			Countries: countries,
			Place:     place,
			Local:     local,
			About:     about,
			Agent:     agent,
			Zoned:     zonedDate(u, c),
			Value:     Val{Value: v},
			Span:      x.valueSpan(u, c.v),
		})
	}
}

// samePublication are the words for one piece of published research.
var samePublication = map[string]string{"study": "paper", "article": "paper"}

// byAgents returns the names after "by" that follow the event at chunk
// ev in its clause: who did it, in the passive ("founded in 2018 by Mira
// Castellanos and Jonah Whitcombe").
func byAgents(u *unitText, ev int) []string {
	for i := ev + 1; i < len(u.chunks) && i <= ev+10; i++ {
		switch u.chunks[i].key {
		case "by":
			return byNames(u, i)
		case ".", ";":
			return nil
		}
	}
	return nil
}

// participleAgents returns the names in u after a participle and "by":
// "operated by Pellucid Ocean Lines", "funded by the Aurelian Foundation".
func participleAgents(u *unitText) []string {
	var out []string
	for i := 1; i < len(u.chunks); i++ {
		if u.chunks[i].key == "by" && edVerb(u.chunks[i-1].key) {
			out = append(out, byNames(u, i)...)
		}
	}
	return out
}

// byNames returns the names of the "by" phrase at chunk i, with their
// titles and joined by "and": "by Chief Executive Mira Castellanos and
// Jonah Whitcombe".
func byNames(u *unitText, i int) []string {
	var out []string
	for i++; i < len(u.chunks); i++ {
		switch c := u.chunks[i]; {
		case c.kind == cName || c.kind == cEntity:
			out = append(out, c.key)
		case c.key == "and" || c.key == "," || c.kind == cRole || c.kind == cHonor:
		default:
			return out
		}
	}
	return out
}

// zonedDate reports a date given after a time in a named zone: "at 22:42
// UTC on Tuesday, September 16". A source that gives the local time may
// date the same instant a day later or earlier.
func zonedDate(u *unitText, c chunk) bool {
	for i := c.i - 1; i >= 1 && i >= c.i-3; i-- {
		if timeZones[u.toks[i].Key] && clockSuffix(u.toks, i) {
			return true
		}
	}
	return false
}

// wordIn reports a token from i up to j whose key is in set.
func wordIn(u *unitText, i, j int, set map[string]bool) bool {
	return slices.ContainsFunc(u.toks[max(i, 0):min(j, len(u.toks))], func(t words.Token) bool { return set[t.Key] })
}

// sequenceWords put what precedes them after or before what follows: "on
// Thursday after a fire".
var sequenceWords = setOf(`after following before`)

// ended reports an event word that a verb of ending governs: "ended a
// nine-day walkout", "the strike ended", "the end of the strike".
func ended(u *unitText, e chunk) bool {
	return wordIn(u, e.i-3, e.i, endWords) || wordIn(u, e.j, e.j+1, endWords)
}

var endWords = setOf(`end ends ended ending concluded`)

// agentClasses are events that several parties each do once in a story:
// a merger is approved by two boards, then by a regulator.
var agentClasses = setOf(`approval announcement`)

// agentOf returns the common noun, singular, for who did the event whose
// verb is chunk ev: the head of the subject before it ("The boards of
// both hospitals approved" gives "board", "the state attorney general's
// office approved it" gives "office") or of the phrase after "by" in the
// passive ("was approved by the city council"). It returns "" for a name,
// which the claim's things or people hold, and when the text gives none.
func agentOf(u *unitText, ev int) string {
	e := u.chunks[ev]
	if !strings.HasSuffix(u.toks[e.j-1].Key, "ed") {
		return "" // "the approval", not who approved
	}
	i := e.i - 1
	for i >= 0 && (auxiliaries[u.toks[i].Key] || strings.HasSuffix(u.toks[i].Key, "ly") || agentAdverbs[u.toks[i].Key]) {
		if u.toks[i].Key == "was" || u.toks[i].Key == "were" || u.toks[i].Key == "been" {
			return agentAfterBy(u, e.j) // passive
		}
		i--
	}
	end := i + 1
	for i >= 0 && u.toks[i].Word && !subjectBounds[u.toks[i].Key] {
		i--
	}
	np := u.toks[i+1 : end]
	for j, t := range np {
		if t.Key == "of" {
			np = np[:j]
			break
		}
	}
	if len(np) == 0 {
		return ""
	}
	return commonHead(u, i+len(np))
}

// agentAfterBy returns the head noun of the phrase after "by" at token i.
func agentAfterBy(u *unitText, i int) string {
	if i >= len(u.toks) || u.toks[i].Key != "by" {
		return ""
	}
	j := i + 1
	for j < len(u.toks) && u.toks[j].Word && !stopWords[u.toks[j].Key] || j == i+1 && j < len(u.toks) && u.toks[j].Key == "the" {
		j++
	}
	if j == i+1 {
		return ""
	}
	return commonHead(u, j-1)
}

// commonHead returns token i of u, a plural or singular common noun, in
// the singular, or "" for a name, a pronoun or any other word. A capital
// that only opens the sentence is no name's ("Regulators approved").
func commonHead(u *unitText, i int) string {
	t := u.toks[i]
	if t.Cap && !opensSentence(u.toks, i) || t.Poss || !isNoun(t.Key) || notName[t.Key] {
		return ""
	}
	return words.Singular(t.Key)
}

var agentAdverbs = setOf(`first formally finally also today yesterday then later already`)

// subjectBounds end, going back, the subject of the verb after them.
var subjectBounds = setOf(`when after before and but which that who as while since once where`)

// yearReferred returns the year "that September" at chunk k refers back
// to: the last year the paragraph gave before it ("found cracks in the
// summer of 2024, and the bridge was closed that September"), where the
// publication date would give the last September before it. 0 if chunk
// k is no such month, or no year comes before it.
//
// A sentence that opens with its year ("In 2019 high winds forced the
// stage to close on Saturday 10 August") gives it to every date in it
// that has none.
func (x *extraction) yearReferred(u *unitText, k int) int {
	c := u.chunks[k]
	if !c.v.When.NoYear || c.v.When.Month == 0 || c.v.When.EndYear != 0 {
		return 0
	}
	if u.word(c.i-1) != "that" {
		// "sank in a November gale in 1868": the year after the month's
		// noun is its year.
		for j := k + 1; j < len(u.chunks) && j <= k+4; j++ {
			y := u.chunks[j]
			if y.kind == cPunct {
				break
			}
			if y.kind == cValue {
				if y.v.Type == recognize.Year && y.v.When.EndYear == 0 && y.v.When.Resolved && u.word(y.i-1) == "in" {
					return y.v.When.Year
				}
				break
			}
		}
		if k > 1 && (u.chunks[0].key == "in" || u.chunks[0].key == "during") {
			if y := u.chunks[1]; y.kind == cValue && y.v.Type == recognize.Year && y.v.When.EndYear == 0 && y.v.When.Resolved {
				return y.v.When.Year
			}
		}
		return 0
	}
	for n := u.idx; n >= 0 && n >= u.idx-maxReferentDistance; n-- {
		v := x.units[n]
		if v.para != u.para || v.heading {
			break
		}
		end := len(v.chunks)
		if v == u {
			end = k
		}
		if y := lastYear(v, end); y != nil {
			return y.When.Year
		}
	}
	return 0
}

// sequelYear returns the year "the following year" or "a year earlier"
// at chunk k names, counted from the year its sentence gives before it:
// "began in 2014 ... and was released the following year" is 2015, not
// the year after publication. It returns 0 for any other value.
func sequelYear(u *unitText, k int) int {
	c := u.chunks[k]
	if c.v.Type != recognize.Year {
		return 0
	}
	step := 0
	switch t := strings.ToLower(c.v.Text); {
	case strings.HasSuffix(t, "following year") || strings.HasSuffix(t, "year later") || strings.HasSuffix(t, "year after"):
		step = 1
	case strings.HasSuffix(t, "previous year") || strings.HasSuffix(t, "year earlier") || strings.HasSuffix(t, "year before") || strings.HasSuffix(t, "prior year"):
		step = -1
	default:
		return 0
	}
	if y := lastYear(u, k); y != nil {
		return y.When.Year + step
	}
	return 0
}

// lastYear returns the last time before chunk end of v that states its
// year, or nil.
func lastYear(v *unitText, end int) *recognize.Value {
	for i := end - 1; i >= 0; i-- {
		w := v.chunks[i]
		if w.kind == cValue && isTime(w.v) && w.v.When.Resolved && !w.v.When.NoYear && !w.v.When.Relative && w.v.When.Year != 0 {
			return w.v
		}
	}
	return nil
}

// lifeEvents happen to a person, once or a few times in a life.
var lifeEvents = setOf(`birth death marriage graduation retirement`)

// sentenceSubject returns the name a unit opens with (folded, and as
// written), when it comes before
// the event word at ev and names a thing: "Vault 3.2, the latest major
// release, became generally available on March 25".
func sentenceSubject(u *unitText, ev int) (key, text string) {
	start := max(sentenceStart(u), placeDatelineEnd(u))
	for i, c := range u.chunks {
		if i < start {
			continue
		}
		if i >= ev {
			break
		}
		switch {
		case c.named() && !u.heading && !isCompoundAdjective(c.key):
			if personVerbs[u.word(c.j)] || authorityReports(u, c) {
				return "", "" // "The centre said the quake struck": a source, not the subject
			}
			return c.key, personText(u, c)
		case c.kind == cWord && isArticle(c.key):
			continue
		}
		break
	}
	return "", ""
}

// subject returns the thing the words before chunk k of u are about: the
// name a relative clause or aside around k hangs on (see relativeSubject);
// else the name the sentence opens with; else what "It" opening it refers
// to; else
// the subject an opening participle leaves for after its comma; else the
// one name that a definite noun just before k stands for ("the museum
// was founded").
func (x *extraction) subject(u *unitText, k int) (key, text string) {
	if key, text = x.relativeSubject(u, k); key != "" {
		return key, text
	}
	if k > 0 && k > sentenceStart(u) {
		// "since the Teal Line opened in 2011": a name just before the
		// event word is its subject, whatever the sentence opens with.
		if c := u.chunks[k-1]; c.named() && !u.heading && !isCompoundAdjective(c.key) && !u.toks[c.j-1].Poss {
			return c.key, personText(u, c)
		}
	}
	if itBefore(u, k) {
		// "she will be the park's 14th superintendent since it was
		// established in 1913": the event is said of "it", not of the
		// sentence's subject.
		return "", ""
	}
	if key, text = sentenceSubject(u, k); key != "" {
		return key, text
	}
	if opensWithIt(u) && k > 0 {
		if key, text = x.referred(u); key != "" {
			return key, text
		}
	}
	if key, text = x.participleSubject(u, k); key != "" {
		return key, text
	}
	at := u.chunks[k].i
	for i := at - 1; i >= 0 && i >= at-4; i-- {
		if u.toks[i].Key == "the" {
			return x.definiteThing(u, i)
		}
	}
	return "", ""
}

// relativeSubject returns what the clause set off by commas that holds
// chunk k is about: the name a relative clause hangs on ("Nurses at the
// new Kellan Hospital, which opened last week," speaks of the hospital's
// opening, whatever the sentence opens with), or the definite noun that
// opens the sentence ("The bridge, nearly 3,900 feet long and opened in
// 1968,").
func (x *extraction) relativeSubject(u *unitText, k int) (key, text string) {
	if u.heading {
		return "", ""
	}
	i := k - 1
	for i >= 0 && u.chunks[i].kind == cWord && auxiliaries[u.chunks[i].key] {
		i-- // "which had been closed"
	}
	// "operates Coldwater Dam, completed in 1961": a participle after a
	// comma is said of the name before it, as a relative clause is.
	participle := i == k-1 && i >= 1 && u.chunks[i].key == "," && pastParticiple(u.chunks[k].key)
	if participle {
		i++ // as if a "which" stood after the comma
	}
	if i >= 2 && (participle || u.chunks[i].key == "which") && u.chunks[i-1].key == "," {
		c := u.chunks[i-2]
		switch {
		case c.named():
			return c.key, personText(u, c)
		case c.kind == cWord && c.i > 0 && u.toks[c.i-1].Key == "the":
			return x.definiteThing(u, c.i-1)
		case c.kind == cWord:
			return appositiveOf(u, i-2)
		}
		return "", ""
	}
	// "The bridge, ... opened in 1968,": no comma between the one after
	// the noun and the event word.
	if k < 3 || u.toks[0].Key != "the" || u.chunks[2].key != "," || u.chunks[2].i != 2 {
		return "", ""
	}
	for _, c := range u.chunks[3:k] {
		if c.kind == cPunct {
			return "", ""
		}
	}
	return x.definiteThing(u, 0)
}

// auxiliaries may come between a relative pronoun and its verb.
var auxiliaries = setOf(`was were is are had has have been be being`)

// appositiveOf returns the name an appositive ending at chunk k stands
// beside: in "the Amber Line, the region's newest line, which opened" the
// relative clause is said of the line the appositive describes.
func appositiveOf(u *unitText, k int) (key, text string) {
	for i := k - 1; i >= 1; i-- {
		c := u.chunks[i]
		if c.kind != cPunct {
			continue
		}
		n := u.chunks[i-1]
		if c.key != "," || c.j >= len(u.toks) || !isArticle(u.toks[c.j].Key) {
			return "", ""
		}
		if n.named() {
			return n.key, personText(u, n)
		}
		return "", ""
	}
	return "", ""
}

// referred returns the subject of the sentences before u that "it" in u
// refers to: the subject of the sentence before, in the same paragraph
// ("Halcyon is a sample-return mission. It was launched on 14 March
// 2024"). A sentence that itself opens with "It" passes the question
// back, up to maxReferentDistance sentences.
func (x *extraction) referred(u *unitText) (key, text string) {
	for i := u.idx - 1; i >= 0 && i >= u.idx-maxReferentDistance; i-- {
		prev := x.units[i]
		if prev.heading || prev.para != u.para {
			break
		}
		if key, text := sentenceSubject(prev, len(prev.chunks)); key != "" {
			return key, text
		}
		if !opensWithIt(prev) {
			break
		}
	}
	return "", ""
}

// participleSubject returns the subject of a sentence that opens with the
// event word as a participle: "Founded in 1998 and headquartered in
// Austin, Texas, Corvane Systems helps ..." is Corvane's founding. The
// subject is the first name after a comma that a word, not punctuation,
// follows ("Texas," is part of the place).
//
// The subject may be "it" or "the museum", read as in a sentence that
// opens with them.
func (x *extraction) participleSubject(u *unitText, ev int) (key, text string) {
	e := u.chunks[ev]
	if e.i != 0 || !pastParticiple(u.toks[0].Key) {
		return "", "" // "Founded in 1887, ...", "Built in 2004, ..."
	}
	for i := ev + 1; i+2 < len(u.chunks); i++ {
		if u.chunks[i].key != "," {
			continue
		}
		c, next := u.chunks[i+1], u.chunks[i+2]
		switch {
		case c.named() && next.kind != cPunct:
			return c.key, personText(u, c)
		case c.kind == cWord && c.key == "it":
			return x.referred(u)
		case c.kind == cWord && c.key == "the" && next.named():
			return next.key, personText(u, next) // "Built in 2004 ..., the Saltire Dawn"
		case c.kind == cWord && c.key == "the":
			return x.definiteThing(u, c.i)
		}
	}
	return "", ""
}

// definiteThing returns the name that "the museum" at token i stands for:
// the one name of a thing in the document that holds the noun ("Museum
// Vreeland"), as a writer calls a thing already named by what it is.
func (x *extraction) definiteThing(u *unitText, i int) (key, text string) {
	if u.word(i) != "the" || i+1 >= len(u.toks) || u.toks[i+1].Cap || !thingHeads[u.word(i+1)] {
		return "", ""
	}
	if x.byNoun == nil {
		// Built once a document: a long one may ask many times.
		x.byNoun = map[string]string{}
		for _, v := range x.units {
			for _, c := range v.chunks {
				if c.kind == cName && !c.person && c.j-c.i >= 2 || c.kind == cEntity && c.thing {
					ws := strings.Fields(c.key)
					for n, w := range ws {
						// "the Calder Canal Authority" is an authority, no
						// canal: a head word before another is no head.
						if !thingHeads[w] || slices.ContainsFunc(ws[n+1:], func(h string) bool { return thingHeads[h] }) {
							continue
						}
						if k, ok := x.byNoun[w]; !ok {
							x.byNoun[w] = c.key
						} else if k != c.key && !(k != "" && shortFormOf(k, c.key)) {
							if k != "" && shortFormOf(c.key, k) {
								x.byNoun[w] = c.key // "Calder Canal" is "Calder Ship Canal" short
							} else {
								x.byNoun[w] = "" // two candidates: no telling which
							}
						}
					}
				}
			}
		}
	}
	noun := u.word(i + 1)
	key, ok := x.byNoun[noun]
	if ok && key == "" {
		key = x.lastNamed(u, i, noun)
	}
	if key == "" {
		return "", ""
	}
	return key, u.text[u.toks[i].Start:u.toks[i+1].End]
}

// shortFormOf reports a name that is long's with words left out between
// its first and last: "calder canal" of "calder ship canal".
func shortFormOf(long, short string) bool {
	lw, sw := strings.Fields(long), strings.Fields(short)
	if len(sw) < 2 || len(sw) >= len(lw) || sw[0] != lw[0] || sw[len(sw)-1] != lw[len(lw)-1] {
		return false
	}
	return subset(sw, lw)
}

// maxNamedDistance is how many sentences back "the bridge" may find the
// bridge last named, when the document names more than one.
const maxNamedDistance = 3

// lastNamed returns the name holding noun in the last sentence before
// token i of u that names one, within maxNamedDistance sentences: of two
// bridges, "the bridge" is the one just spoken of. A sentence that names
// two ("Museum Vreeland and the Centraal Museum") leaves it open.
func (x *extraction) lastNamed(u *unitText, i int, noun string) string {
	for n := u.idx; n >= 0 && n >= u.idx-maxNamedDistance; n-- {
		v := x.units[n]
		found := ""
		for _, c := range v.chunks {
			if v == u && c.i >= i {
				break
			}
			if (c.kind == cName && !c.person && c.j-c.i >= 2 || c.kind == cEntity && c.thing) && slices.Contains(strings.Fields(c.key), noun) {
				if found != "" && found != c.key {
					return ""
				}
				found = c.key
			}
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// maxReferentDistance is how many sentences back "It" may refer.
const maxReferentDistance = 3

func opensWithIt(u *unitText) bool {
	return len(u.toks) > 1 && u.toks[0].Cap && (u.toks[0].Key == "it" || u.toks[0].Key == "its")
}

// isCompoundAdjective reports a name used as an adjective: "the
// Cleveland-based company".
func isCompoundAdjective(key string) bool {
	for _, suf := range []string{"-based", "-born", "-led", "-owned", "-made", "-run", "-backed"} {
		if strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

// editionYear returns the year that names the edition of the event at
// chunk ev ("the 2027 Marrowick Marathon", "the 2016 referendum"), or 0.
func editionYear(u *unitText, ev int) int {
	for i := ev - 1; i >= 0 && i >= ev-3; i-- {
		c := u.chunks[i]
		switch {
		case c.kind == cValue:
			if c.v.Type == recognize.Year && c.v.When.EndYear == 0 && u.word(c.i-1) == "the" {
				return c.v.When.Year
			}
			return 0
		case c.kind != cName && c.kind != cEntity:
			return 0
		}
	}
	return 0
}

// editionNumber returns the ordinal right before the event word at chunk
// ev that says which edition of a recurring event it is ("11" in "the
// 11th Tour of the Kessel Valley"), or "".
func editionNumber(u *unitText, ev int) string {
	if ev < 2 || u.chunks[ev-2].key != "the" {
		return ""
	}
	c := u.chunks[ev-1]
	if c.kind != cValue || c.v.Type != recognize.Rank || c.v.Unit != "" || !u.toks[u.chunks[ev].i].Cap {
		return ""
	}
	return c.v.Norm
}

// objectClasses are the classes of event that make, end or hand over a
// thing, so that the thing tells two such events apart.
var objectClasses = setOf(`founding opening closing release signing acquisition construction completion award appointment announcement
declaration issuance renaming demolition dissolution discovery invention commissioning decommissioning bankruptcy annexation`)

// definiteSubject returns the head noun, singular, of a subject with the
// definite article that the event at chunk ev befell: "The mine, which
// opened in 1987", "The crane involved was commissioned", "The plant went
// into service"; else "". The subject of an active verb did the event
// ("The jury awarded"), and a noun the document's names end with may
// stand for any of them ("the museum", with two museums named).
func (x *extraction) definiteSubject(u *unitText, ev int) string {
	e := u.chunks[ev]
	i := e.i - 1
	undergone := intransitiveClasses[e.val] || intransitiveWords[e.key]
	for i >= 0 && (auxiliaries[u.toks[i].Key] || u.toks[i].Key == "went" || u.toks[i].Key == "came" || verbAdverbs[u.toks[i].Key] || u.toks[i].Key == "not") {
		undergone = undergone || !verbAdverbs[u.toks[i].Key] && u.toks[i].Key != "not"
		i--
	}
	if !undergone {
		return ""
	}
	if i >= 1 && (u.toks[i].Key == "which" || u.toks[i].Key == "that") {
		i--
		if u.toks[i].Key == "," {
			i--
		}
	}
	if i >= 1 && edVerb(u.toks[i].Key) {
		i-- // "The crane involved"
	}
	if i < 1 || u.toks[i].Cap || !u.toks[i].Word || !isNoun(u.toks[i].Key) {
		return ""
	}
	if d := u.toks[i-1].Key; d != "the" && !(i >= 2 && u.toks[i-2].Key == "the" && u.toks[i-1].Word && !u.toks[i-1].Cap) {
		return "" // "the plant", "the new plant"; not "a plant"
	}
	noun := u.toks[i].Key
	for _, v := range x.units {
		for _, c := range v.chunks {
			if c.kind == cName && !c.person && v.toks[c.j-1].Key == noun {
				return ""
			}
		}
	}
	if orgNouns[noun] && len(x.topic) > 0 && !slices.Contains(x.topicPpl, x.topic[0]) {
		// "The company was founded in 2018", in a story first of all
		// about a body: that body's founding.
		return "-"
	}
	return words.Singular(noun)
}

// orgNouns are what a story calls the body it is about.
var orgNouns = setOf(`company firm startup start-up business organisation organization`)

// verbAdverbs stand between a subject and its verb without changing
// whom the event befell: "The site was first spotted", "the mine
// originally opened".
var verbAdverbs = setOf(`first originally initially officially formally finally eventually only`)

// unplanned are the classes of event no one schedules: one a source
// dates to a day it has not seen yet is not one at all.
var unplanned = setOf(`earthquake aftershock eruption accident fire attack death discovery`)

// intransitiveClasses are the events a thing undergoes with an active
// verb: "the mine opened".
var intransitiveClasses = setOf(`opening closing reopening`)

// intransitiveWords are event words of other classes that a thing
// undergoes: "the rocket lifted off".
var intransitiveWords = map[string]bool{"lifted off": true, "blasted off": true, "debuted": true, "premiered": true, "began": true, "begun": true, "started": true}

// passiveObject returns the common noun, singular, that a participle
// with its agent follows ("figures published by the project"), or that a
// participle dated by "on" or "in" follows after a preposition and "a"
// ("in a notice published on Friday, February 27": the notice's
// publication, not the paper's; but "A plant opened in 1990" is said of
// the sentence's subject); else "".
func passiveObject(u *unitText, ev int) string {
	e := u.chunks[ev]
	if ev == 0 || e.j-e.i != 1 {
		return ""
	}
	p := u.chunks[ev-1]
	if p.kind != cWord || p.j-p.i != 1 || !isNoun(p.key) || u.toks[p.i].Cap {
		return ""
	}
	a, pre := u.word(p.i-1), u.word(p.i-2)
	if u.word(e.j) != "by" && !(isPastForm(e.key) && (a == "a" || a == "an") && stopWords[pre] && (u.word(e.j) == "on" || u.word(e.j) == "in")) {
		return ""
	}
	return words.Singular(p.key)
}

// objectAfter returns the folded object of the event word at chunk ev: the
// lower-case words after it up to a preposition or punctuation mark
// ("diplomatic ties", "extensive strategic partnership").
func objectAfter(u *unitText, ev int) string {
	c := u.chunks[ev]
	var parts []string
	for i := c.j; i < len(u.toks) && len(parts) < 4; i++ {
		t := u.toks[i]
		if !t.Word || t.Cap && len(parts) > 0 || inValue(u, t) {
			break // "Opening Saturday, June 13": a date, no object
		}
		if isArticle(t.Key) || t.Key == "their" || t.Key == "its" || t.Key == "his" || t.Key == "her" {
			if len(parts) == 0 {
				continue
			}
			break
		}
		if stopWords[t.Key] || copulas[t.Key] || !isNoun(t.Key) && !isModifier(t.Key) && !ingNouns[t.Key] {
			break // "completion scheduled for 2028", "finished until 2029": no object
		}
		parts = append(parts, t.Key)
	}
	if len(parts) == 0 {
		return ""
	}
	parts[len(parts)-1] = words.Singular(parts[len(parts)-1])
	return strings.Join(parts, " ")
}

// skipped reports a value another claim has already read.
func (x *extraction) skipped(v *recognize.Value) bool {
	for _, s := range x.skip {
		if s == v {
			return true
		}
	}
	return false
}

// isDateline reports a date that is the dateline of a news story ("MARSK,
// Oct 6 (CPW) —"): the date it was filed, not the date of an event.
func isDateline(u *unitText, c chunk) bool {
	if u.idx >= 8 || c.i == 0 || c.i > 8 || u.toks[c.i-1].Key != "," || !u.toks[0].Word {
		return false
	}
	caps := true // "HANOI, April 28": a place in capitals
	for _, t := range u.toks[:c.i-1] {
		if caps && t.Word && !allCaps(t.Text) {
			caps = false
		}
		if t.Word && !t.Cap {
			return false
		}
	}
	if caps && u.idx <= 2 {
		return true
	}
	// "CAMBRIDGE, England, Nov. 3 —" further down, after a release's
	// header: the place opens in capitals and a dash ends the dateline.
	if !allCaps(u.toks[0].Text) {
		return false
	}
	for i := c.j; i < len(u.toks) && i < c.j+6; i++ {
		if isDash(u.toks[i].Text) {
			return true
		}
	}
	return false
}

// isBylineDate reports the date that ends a short line near the top,
// after a dash and a comma: "Press release — Varnholm Transit Authority
// (VTA), 3 June 2025". It dates the document, not an event.
func isBylineDate(u *unitText, c chunk) bool {
	if u.idx >= 8 || c.i < 3 || c.i > 14 || u.toks[c.i-1].Key != "," {
		return false
	}
	for i := c.j; i < len(u.toks); i++ {
		if u.toks[i].Word {
			return false
		}
	}
	return slices.ContainsFunc(u.toks[:c.i], func(t words.Token) bool { return isDash(t.Text) })
}

// sentenceStart returns the index of the chunk a unit's sentence starts
// at: after its dateline, if it opens with one ("MARSK, Oct 6 (CPW) — A
// powerful earthquake struck"), else 0.
func sentenceStart(u *unitText) int {
	for i := 0; i < len(u.chunks) && i < 4; i++ {
		if c := u.chunks[i]; c.kind == cValue && isDateline(u, c) {
			return datelineEnd(u, i)
		}
	}
	return 0
}

// placeDatelineEnd returns the index of the chunk after a dateline that
// gives a place in capitals and no date ("BRENNERTON — Harrowgate and St.
// Bridget's today announced"), or 0. The place is where the story was
// filed, not what it is about.
func placeDatelineEnd(u *unitText) int {
	if u.idx >= 8 || len(u.toks) == 0 || !u.toks[0].Word {
		return 0
	}
	for i := 1; i < len(u.chunks) && i < 4; i++ {
		if c := u.chunks[i]; c.kind == cPunct && isDash(c.key) {
			if allCaps(u.text[:u.toks[c.i].Start]) {
				return i + 1
			}
			return 0
		}
	}
	return 0
}

// datelineEnd returns the index of the chunk after the dash that ends the
// dateline whose date is chunk k, or k+1 when there is none.
func datelineEnd(u *unitText, k int) int {
	for i := k + 1; i < len(u.chunks) && i <= k+6; i++ {
		if c := u.chunks[i]; c.kind == cPunct && isDash(c.key) {
			return i + 1
		}
	}
	return k + 1
}

// workNouns name works that come out in a year: "his 1959 film".
var workNouns = setOf(`film films movie album novel book song single play opera documentary musical`)

// workYear reads a year before a work's noun and its title as the work's
// release: "Rausch's 1959 film The Lighthouse Keeper's Daughter starred
// Hanne Vogt" dates the film, not its starring.
func (x *extraction) workYear(u *unitText, k int) bool {
	c := u.chunks[k]
	if c.v.Type != recognize.Year || k+2 >= len(u.chunks) || u.chunks[k+1].kind != cWord || !workNouns[u.chunks[k+1].key] {
		return false
	}
	title := u.chunks[k+2]
	if title.key == "the" && k+3 < len(u.chunks) {
		title = u.chunks[k+3]
	}
	if title.kind != cName || title.person {
		return false
	}
	x.claims = append(x.claims, Claim{
		Kind:   rules.KindEventDate,
		Class:  "release",
		Word:   u.chunks[k+1].key,
		Things: []string{title.key},
		Value:  Val{Value: *c.v},
		Span:   x.valueSpan(u, c.v),
	})
	return true
}

// namesEvent reports a year that is part of an event's name rather than
// its date: "the 2025 annual meeting ... will be held on May 15", "the
// 2011 quake", "the 1988 Cinder Flats Fire". So is a year or month after
// the event and "of": "the summer floods of 2007", "the floods of March
// 1947 and 2007" say which of the floods a place has had, as "the 2007
// floods" does, and two stories naming two of them are not at odds.
func namesEvent(u *unitText, k int) bool {
	c := u.chunks[k]
	if c.v.Type == recognize.Year || c.v.Type == recognize.Date && c.v.When.Day == 0 {
		p := k - 1
		// "of March 1947 and 2007": back over a list of such dates.
		for p >= 2 && (u.chunks[p].key == "and" || u.chunks[p].key == "or" || u.chunks[p].key == ",") && isTime(u.chunks[p-1].v) {
			p -= 2
		}
		if p >= 1 && u.chunks[p].kind == cWord && u.chunks[p].key == "of" && u.chunks[p-1].kind == cEvent {
			// But a named event's year is its date: "the Corbett Fire
			// of 1994" is one fire, which another source may date 1996.
			e := u.chunks[p-1]
			return !(u.toks[e.i].Cap && p >= 2 && u.chunks[p-2].kind == cName && !u.chunks[p-2].person)
		}
	}
	// "the 2011 quake", and "the February 2019 flood" with its month
	// (but "in October 2011 killed three").
	monthNames := c.v.Type == recognize.Date && c.v.When.Day == 0 && c.v.When.EndYear == 0 && opensNoun(u.word(c.i-1))
	if !(c.v.Type == recognize.Year || monthNames) || k+1 >= len(u.chunks) {
		return false
	}
	n := u.chunks[k+1]
	if c.v.Type == recognize.Year && (n.kind == cWord && !u.toks[n.i].Cap && !stopWords[n.key] || n.kind == cName && !n.person) && k+2 < len(u.chunks) && u.chunks[k+2].kind == cEvent {
		// "the 2025 annual meeting", "the 1988 Cinder Flats Fire", but
		// not "1887 and renamed"
		n = u.chunks[k+2]
	}
	return n.kind == cEvent
}

func isTime(v *recognize.Value) bool {
	return v != nil && (v.Type == recognize.Date || v.Type == recognize.Year)
}

// isComparisonBase reports a year that is only the base of a change
// ("up 2.7% from 2023").
func isComparisonBase(u *unitText, c chunk) bool {
	p := u.word(c.i - 1)
	if p == "since" && slices.ContainsFunc(u.chunks, func(e chunk) bool { return e.kind == cEvent && e.j == c.i }) {
		return false // "unseen since 1939": the event's own words
	}
	return p == "from" || p == "than" || p == "since" || p == "over" && c.v.Type == recognize.Year
}

// bracketedBase reports a date in brackets after what a comparison
// measures from: "our first major release since 3.0.0 (2024-09-10)" dates
// 3.0.0, not the release the sentence is about.
func bracketedBase(u *unitText, k int) bool {
	if k < 3 || u.chunks[k-1].key != "(" || k+1 >= len(u.chunks) || u.chunks[k+1].key != ")" {
		return false
	}
	for i := k - 3; i >= 0 && i >= k-5; i-- {
		switch c := u.chunks[i]; {
		case c.key == "since" || c.key == "than" || c.key == "from":
			return true
		case c.kind == cPunct || c.kind == cEvent:
			return false
		}
	}
	return false
}

// isStatementDate reports a date that says when something was said ("the
// sheriff said on Thursday", "officials told reporters Friday") or when
// an event's course changed ("the fire was contained on Thursday"): not
// the day of the event itself.
func isStatementDate(u *unitText, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		c := u.chunks[j]
		if c.kind == cEvent && c.val == "release" {
			// "according to figures the authority released on Monday":
			// a day figures came out is a statement's.
			for i := j - 1; i >= 0 && i >= j-5; i-- {
				if dataNouns[u.chunks[i].key] {
					return true
				}
			}
		}
		if c.kind != cWord {
			return false
		}
		if dataNouns[c.key] && j > 0 && u.chunks[j-1].kind == cEvent && u.chunks[j-1].val == "release" {
			return true // "released figures on Monday"
		}
		switch c.key {
		case "on", "late", "early", "reporters", "journalists", "the", "press", "a":
			continue
		}
		return otherActs[c.key] || (c.key == "statement" || c.key == "statements") && j > 0 && (u.chunks[j-1].key == "issued" || u.chunks[j-1].key == "released")
	}
	return false
}

// dataNouns are what a body releases when it reports.
var dataNouns = setOf(`figures data statistics numbers`)

var otherActs = setOf(`said says say told tells stated added wrote noted explained warned tweeted posted confirmed
contained extinguished`)

// isMeasurePeriod reports a year that gives the period of a figure just
// before it ("hit $46.2 billion in 2024"), or a fiscal year: it dates the
// figure, not an event.
func isMeasurePeriod(u *unitText, k int) bool {
	// A fiscal year is a period of accounts, never an event's date.
	if t := strings.ToLower(u.chunks[k].v.Text); strings.HasPrefix(t, "fiscal") || strings.HasPrefix(t, "fy") {
		return true
	}
	if k < 2 {
		return false
	}
	switch u.chunks[k-1].key {
	case "in", "for", "during", "by":
	default:
		return false
	}
	p := u.chunks[k-2]
	return p.kind == cValue && isFigure(p.v)
}

// nearestEvent returns the index of the event chunk nearest to chunk k
// within maxTriggerDistance tokens, preferring one before it, among those
// that no other date is nearer; -1 if none. taken reports that there were
// event words near, all of them other dates'.
func nearestEvent(u *unitText, k int) (ev int, taken bool) {
	best, bestD := -1, maxTriggerDistance+1
	c := u.chunks[k]
	open := openingClauseEnd(u)
	for i, e := range u.chunks {
		if e.kind != cEvent {
			continue
		}
		if open >= 0 && c.i < open && e.i > open {
			// "Since work began in 2017, our teams have dealt with
			// flooding": a date in an opening clause is that clause's.
			continue
		}
		var d int
		if i < k {
			d = c.i - e.j
		} else {
			d = e.i - c.j + 1 // ties go to the word before
		}
		if d >= bestD || i > k && clauseBetween(u, c.j, e.i) || offsetAnchor(u, e, c) || notEvent(u, i) {
			continue
		}
		// An event word that another date is nearer belongs to that
		// date: "renamed the ... Bridge on March 13, 1985, following a
		// December 4, 1984 vote" dates the renaming, not the vote.
		if nearestTime(u, i) != k {
			taken = true
			continue
		}
		best, bestD = i, d
	}
	if best > k && (bestD == 1 || wordIn(u, c.j, u.chunks[best].i, coordinators)) {
		// A date between a subject and its verb is the subject's: "A
		// quake near Ostica in October 2011 killed three people". One
		// before "and" and a verb ends its own predicate: "closed the
		// bank on Friday and appointed a receiver".
		if b := subjectEventAt(u, k); b >= 0 {
			best = b
		}
	}
	return best, taken && best < 0
}

// openingClauseEnd returns the token of the comma that ends a clause the
// sentence opens with a subordinating word ("Since work began in 2017,"),
// or -1.
func openingClauseEnd(u *unitText) int {
	i := 0
	for i < len(u.toks) && !u.toks[i].Word {
		i++ // an opening quote mark
	}
	if i >= len(u.toks) || !subordinators[u.toks[i].Key] {
		return -1
	}
	for ; i < len(u.toks); i++ {
		if u.toks[i].Key == "," {
			return i
		}
	}
	return -1
}

// subordinators open a clause that a sentence's main clause follows.
var subordinators = setOf(`since after before while although though because once until unless whereas`)

// coordinators join two predicates.
var coordinators = setOf(`and but`)

// subjectEventAt returns the event word before the date at chunk k in its
// own clause, with no comma or other date between, or -1.
func subjectEventAt(u *unitText, k int) int {
	c := u.chunks[k]
	for i := k - 1; i >= 0; i-- {
		e := u.chunks[i]
		if e.kind == cPunct || e.kind == cValue && isTime(e.v) || c.i-e.j > maxTriggerDistance {
			return -1
		}
		if e.kind == cEvent && !offsetAnchor(u, e, c) && !notEvent(u, i) {
			return i
		}
	}
	return -1
}

// notEvent reports an event word that here is none: a placing ("finished
// third"), a tally ("finished with 48,311 votes"), a verb of its
// subject's standing ("established themselves"), or a possessive.
func notEvent(u *unitText, i int) bool {
	e := u.chunks[i]
	// "the festival's insurers were told on Sunday": a date of what
	// belongs to the event, not of the event.
	return placedAt(u, i) || reflexiveAfter(u, e) || counted(u, i) || reportedOn(u, e) || objectOfEvent(u, i) || placingVerbs[e.key] && u.word(e.j) == "with" || u.toks[e.j-1].Poss ||
		modifiesNoun(u, i) || intendedOnly(u, e) || otherInstance[u.word(e.i-1)] || u.word(e.i-1) == "no" // "with no talks scheduled"
}

// inValue reports a token inside a recognized value.
func inValue(u *unitText, t words.Token) bool { return valueAt(u, t) != nil }

// valueAt returns the recognized value a token is inside, or nil.
func valueAt(u *unitText, t words.Token) *recognize.Value {
	for i := range u.values {
		if v := &u.values[i]; v.Start <= t.Start && t.End <= v.End {
			return v
		}
	}
	return nil
}

// electedTo reports an election word at chunk ev followed by the office
// it fills: "elected Jonas P. Aldrecht as Speaker".
func electedTo(u *unitText, ev int) bool {
	for i := ev + 1; i < len(u.chunks) && i <= ev+6; i++ {
		c := u.chunks[i]
		if c.kind == cPunct {
			return false
		}
		if c.key == "as" && i+1 < len(u.chunks) && (u.chunks[i+1].kind == cRole || i+2 < len(u.chunks) && u.chunks[i+1].key == "the" && u.chunks[i+2].kind == cRole) {
			return true
		}
	}
	return false
}

// statedWeekApart returns 7 or -7 when the document states outright the
// date a week after or before the bare weekday v was taken for, and not
// that day itself nor the day a week the other way, else 0.
func (x *extraction) statedWeekApart(v recognize.Value) int {
	day := func(w recognize.DateInfo) int {
		return int(time.Date(w.Year, time.Month(w.Month), w.Day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	d0 := day(v.When)
	apart := 0
	for _, u := range x.units {
		for i := range u.values {
			w := u.values[i].When
			if u.values[i].Type != recognize.Date || !w.Resolved || w.Guessed || w.Relative || w.Day == 0 || w.EndDay != 0 {
				continue
			}
			switch d := day(w) - d0; {
			case d == 0:
				return 0 // the day taken is stated too
			case d == 7 || d == -7:
				if apart != 0 && apart != d {
					return 0 // both weeks stated: no telling
				}
				apart = d
			}
		}
	}
	return apart
}

// itBefore reports "it" as the subject of the event word at chunk k, in a
// clause of its own: "since it was established".
func itBefore(u *unitText, k int) bool {
	i := u.chunks[k].i - 1
	for i > 0 && auxiliaries[u.toks[i].Key] {
		i--
	}
	return i > 0 && u.toks[i].Key == "it" && !u.toks[i].Cap
}

// namedByObject are the classes of events that are told apart by their
// objects alone.
var namedByObject = setOf(`issuance declaration`)

// statementWords are what a body issues that is no event of the story.
var statementWords = setOf(`statement statements release press`)

// objectOfEvent reports an event noun that another event's verb acts on:
// in "approved a declaration on Sept. 13" the date is the approval's, and
// in "had voted for the strike in February" the vote's.
func objectOfEvent(u *unitText, i int) bool {
	if i < 2 || !opensNoun(u.chunks[i-1].key) {
		return false
	}
	p := i - 2
	if k := u.chunks[p].key; (k == "for" || k == "against") && p > 0 {
		p--
	}
	v := u.chunks[p]
	return v.kind == cEvent && v.j == v.i+1 && isPastForm(v.key)
}

// mountainTop reports "summit" as a mountain's top: "six climbers
// reached the summit", "stood on the summit", no meeting but an ascent.
func mountainTop(u *unitText, e chunk) bool {
	if e.key != "summit" || e.i < 2 || u.toks[e.i-1].Key != "the" {
		return false
	}
	switch u.toks[e.i-2].Key {
	case "reached", "reach", "reaching", "reaches", "on", "to", "from", "near", "below", "atop", "toward", "towards":
		return true
	}
	return false
}

// reportedOn reports an event word that a report or inquiry is on: in
// "put out its preliminary report on the Pellston Bay explosion on April
// 16" the date is the report's.
func reportedOn(u *unitText, e chunk) bool {
	for i := e.i - 1; i >= 1 && i >= e.i-6; i-- {
		t := u.toks[i]
		switch {
		case t.Key == "on" || t.Key == "into" || t.Key == "about":
			return writtenOn[u.toks[i-1].Key]
		case !t.Word || !t.Cap && !isArticle(t.Key) && !eventAdjectives[t.Key]:
			return false
		}
	}
	return false
}

// writtenOn are what is written or held about an event.
var writtenOn = setOf(`report reports inquiry investigation probe hearing review study findings article story
documentary book update briefing`)

// eventAdjectives may stand between "the" and an event word: "the deadly
// explosion".
var eventAdjectives = setOf(`deadly fatal massive huge major devastating recent latest initial`)

// counted reports an event word counted, as in "1,486 wildfires between
// April 1 and October 31": many events, none of which the date is.
func counted(u *unitText, i int) bool {
	if i == 0 {
		return false
	}
	c, key := u.chunks[i-1], u.chunks[i].key
	return c.kind == cValue && c.v.Type == recognize.Count && c.v.Num > 1 && words.Singular(key) != key
}

// modifiesNoun reports an event word that only qualifies the noun after
// it: "signed the launch contract in 2022" dates the contract, not the
// launch. A ceremony, day or date is still the event's own: "the opening
// ceremony on Friday".
func modifiesNoun(u *unitText, i int) bool {
	e := u.chunks[i]
	if i+1 >= len(u.chunks) || e.j != e.i+1 {
		return false
	}
	// "the launch contract", "a severe flood warning", or opening a
	// heading: "Flood update".
	opens := func(k int) bool { return opensNoun(u.toks[k].Key) || u.toks[k].Poss }
	if e.i > 0 && !opens(e.i-1) && !(e.i > 1 && u.toks[e.i-1].Word && !u.toks[e.i-1].Cap && adjectiveLike(u.toks[e.i-1].Key) && opens(e.i-2)) {
		return false
	}
	if e.i == 0 && !u.heading && u.word(e.j+1) != ":" {
		return false // "Flood update: Thursday 12 February", a title
	}
	n := u.chunks[i+1]
	return n.kind == cWord && !u.toks[n.i].Cap && (isNoun(n.key) || ingNouns[n.key]) && !nounScopeStops[n.key] && !eventHeads[n.key] && !pastForms[n.key] && !modals[n.key]
}

var modals = setOf(`will would could should may might must can shall does did`)

// ingNouns are nouns in "-ing" that an event word may qualify: "a flood
// warning", "the fire building".
var ingNouns = setOf(`warning warnings building buildings housing funding spending training`)

// adjectiveLike reports a word that may be an adjective between an
// article and a noun: "a severe flood warning".
func adjectiveLike(w string) bool {
	return !stopWords[w] && !isPastForm(w) && !strings.HasSuffix(w, "ing") && !modals[w] && !copulas[w]
}

// pastForms are irregular past tenses, which isNoun lets pass: in "the
// blaze broke out on Monday" the event word is the subject of a verb.
var pastForms = setOf(`arose awoke beat became began bent bound bit bled blew broke brought built burst bought caught chose
clung came cost crept cut dealt dug dove drew drank drove ate fell fed felt fought found fled flew forbade forgot froze
got gave went ground grew hung had heard hid hit held hurt kept knelt knew laid led leapt left lent let lay lit lost made
meant met paid put quit read rode rang rose ran said saw sought sold sent set shook shone shot showed shut sang sank sat
slept slid spoke sped spent spun split spread sprang stood stole stuck stung struck swore swept swam swung took taught tore
told thought threw understood woke wore wove wept won wound wrote`)

// eventHeads are nouns whose compound with an event word still names the
// event: "the opening ceremony", "the launch date".
var eventHeads = setOf(`ceremony ceremonies day date night service services celebration celebrations event time weekend gala`)

// intendedOnly reports an event word that says what someone hopes or
// plans to do: "hopes to launch eight missions this year".
func intendedOnly(u *unitText, e chunk) bool {
	if e.i >= 2 && u.toks[e.i-1].Key == "to" && intentVerbs[u.toks[e.i-2].Key] {
		return true
	}
	// The event noun sought: "to seek U.S. approval later this year",
	// "sought regulatory approval".
	for i := e.i - 1; i >= 0 && i >= e.i-3; i-- {
		t := u.toks[i]
		switch {
		case intentVerbs[t.Key]:
			return true
		case !t.Cap && !opensNoun(t.Key) && !isNoun(t.Key):
			return false
		}
	}
	return false
}

var intentVerbs = setOf(`hope hopes hoped hoping plan plans planned planning aim aims aimed aiming
want wants wanted intend intends intended intending seek seeks seeking sought wish wishes
request requests requesting requested`)

// otherInstance are words before an event word that make it another
// instance than the one a story reports: "before the next launch".
var otherInstance = setOf(`next upcoming following subsequent`)

// boundDate reports a date that bounds an event rather than dates it:
// "had forced 2,100 residents from their homes by Tuesday", "closed until
// March", "35 percent contained as of Tuesday".
func boundDate(u *unitText, c chunk) bool {
	switch u.word(c.i - 1) {
	case "by", "through":
		return true
	case "until", "till":
		// "had not been released until Tuesday": released on Tuesday.
		for i := c.i - 2; i >= 0 && i >= c.i-6; i-- {
			if w := u.toks[i].Key; w == "not" || w == "never" || strings.HasSuffix(w, "n't") {
				return false
			}
		}
		return true
	case "of":
		return u.word(c.i-2) == "as"
	case "effective":
		// "approved a rate increase, effective Jan. 1": when it applies.
		// What "became effective" on a day is dated by it.
		return !becomeForms[u.word(c.i-2)]
	case "on":
		// "As of 7 a.m. on Wednesday, August 13": a time a state held.
		for i := c.i - 2; i >= 1 && i >= c.i-6; i-- {
			if u.toks[i].Key == "of" && u.toks[i-1].Key == "as" {
				return true
			}
		}
		return u.word(c.i-2) == "effective" && !becomeForms[u.word(c.i-3)]
	case "from":
		return u.word(c.i-2) == "effective"
	case "and", "the":
		// "between the grounding and the weekend": the end of a span
		// that the event opens.
		for i := c.i - 2; i >= 0 && i >= c.i-6; i-- {
			if u.toks[i].Key == "between" {
				return true
			}
		}
	}
	return false
}

// yearAsThing reports a year the sentence speaks of as a thing rather
// than a time: one a verb of ending takes as its object ("closed 2025
// with 4.87 million TEU" ended the year, and closed nothing in it), or
// one described ("reopens after a sluggish 2025").
func yearAsThing(u *unitText, c chunk) bool {
	if c.v.Type != recognize.Year {
		return false
	}
	switch u.word(c.i - 1) {
	case "closed", "closes", "closing", "ended", "ends", "ending", "finished", "finishes":
		return true
	}
	a := u.word(c.i - 2)
	return (a == "a" || a == "an") && c.i >= 1 && u.toks[c.i-1].Word && !u.toks[c.i-1].Cap && !isDigitWord(u.toks[c.i-1].Text)
}

// hypotheticalNow reports "today" or "now" in a clause that supposes:
// "the same eruption today would cause far more disruption" dates no
// eruption.
func hypotheticalNow(u *unitText, c chunk) bool {
	if !c.v.When.Relative || !strings.EqualFold(c.v.Text, "today") && !strings.EqualFold(c.v.Text, "now") {
		return false
	}
	for i := c.j; i < len(u.toks) && i <= c.j+2; i++ {
		if w := u.toks[i].Key; w == "would" || modalWords[w] {
			return true
		}
	}
	return false
}

// simileDate reports a date a comparison names: "a fire that behaved like
// it was October".
func simileDate(u *unitText, c chunk) bool {
	for i := c.i - 1; i >= 0 && i >= c.i-4; i-- {
		switch w := u.toks[i].Key; {
		case w == "like" || w == "unlike" || w == "if" && u.word(i-1) == "as" || w == "though" && u.word(i-1) == "as":
			return true
		case !u.toks[i].Word:
			return false
		}
	}
	return false
}

// recurring reports a date of a schedule that repeats: "held on the
// first and third Tuesday of each month" dates no one meeting.
func recurring(u *unitText, c chunk) bool {
	for i := c.j; i < len(u.toks) && i <= c.j+6; i++ {
		switch w := u.toks[i].Key; {
		case (w == "each" || w == "every") && i+1 < len(u.toks) && timeNouns[u.toks[i+1].Key]:
			return true
		case !u.toks[i].Word:
			return false
		}
	}
	return false
}

// dayAsModifier reports a bare weekday that says which kind a plural
// noun is: "refunds for Sunday tickets" dates nothing.
func dayAsModifier(u *unitText, c chunk) bool {
	w := c.v.When
	if w.Weekday == 0 || w.Day != 0 && c.j-c.i > 1 || c.j >= len(u.toks) {
		return false
	}
	switch u.word(c.i - 1) {
	case "on", "last", "next", "this", "since", "until", "by", "from":
		return false
	}
	n := u.toks[c.j].Key
	return u.toks[c.j].Word && isPlural(n)
}

// possessiveEvent reports an event word in the possessive in u.
func possessiveEvent(u *unitText) bool {
	return slices.ContainsFunc(u.chunks, func(c chunk) bool { return c.kind == cEvent && u.toks[c.j-1].Poss })
}

// reflexiveAfter reports an event verb used of its subject's standing,
// not of an event: "established themselves in the Premier Division" founds
// nothing.
func reflexiveAfter(u *unitText, e chunk) bool {
	switch u.word(e.j) {
	case "themselves", "itself", "himself", "herself", "ourselves", "myself", "yourself":
		return true
	}
	return false
}

var becomeForms = setOf(`become becomes became`)

// offsetAnchor reports an event word that a span of time is counted
// from, for the date at chunk c: in "on Sept. 13, two days after
// landfall" the date is not the landfall's. A date after the event's own
// verb is its own: "eighteen hours after the earthquake struck on Monday".
func offsetAnchor(u *unitText, e, c chunk) bool {
	if c.i >= e.j && e.j < len(u.toks) && ownVerb(u.toks[e.j].Key) {
		return false
	}
	i := e.i - 1
	if i >= 0 && isArticle(u.toks[i].Key) {
		i--
	}
	if i < 1 || u.toks[i].Key != "after" && u.toks[i].Key != "before" {
		return false
	}
	return timeNouns[words.Singular(u.toks[i-1].Key)]
}

// ownVerb reports a word that can be the verb of the event word before
// it: "the quake struck", "the vote was held", "the plant opened".
func ownVerb(w string) bool {
	return isPastForm(w) || w == "was" || w == "were" || w == "had"
}

// clauseBetween reports a new clause between tokens from and to: a
// semicolon, or a comma before a conjunction ("since the readout last
// June, so here is what the approval means").
func clauseBetween(u *unitText, from, to int) bool {
	for i := from; i < to; i++ {
		switch u.toks[i].Key {
		case ";":
			return true
		case ",":
			if clauseOpeners[u.word(i+1)] {
				return true
			}
		}
	}
	return false
}

// lifespan reads "Name (8 September 1838 – 2 March 1881)", the way
// reference works give a person's birth and death, as two claims. The
// dates may come as one range or as two dates around a dash.
func (x *extraction) lifespan(u *unitText, k int) bool {
	c := u.chunks[k]
	// "Name (1911–1987)", or set off by commas: "Name, 1911–1987, ...".
	if k == 0 || u.chunks[k-1].key != "(" && (u.chunks[k-1].key != "," || c.v.When.EndYear == 0) {
		return false
	}
	closing := ")"
	if u.chunks[k-1].key == "," {
		closing = ","
	}
	birth, death := *c.v, *c.v
	end := k + 1 // the chunk that must close the bracket
	switch w := c.v.When; {
	case w.EndYear != 0:
		birth.When.EndYear, birth.When.EndMonth, birth.When.EndDay = 0, 0, 0
		birth.Norm = civilNorm(w.Year, w.Month, w.Day)
		death.When = recognize.DateInfo{Year: w.EndYear, Month: w.EndMonth, Day: w.EndDay, Resolved: true}
		death.Norm = civilNorm(w.EndYear, w.EndMonth, w.EndDay)
	case k+3 < len(u.chunks) && isDash(u.chunks[k+1].key) && u.chunks[k+2].kind == cValue && isTime(u.chunks[k+2].v):
		death = *u.chunks[k+2].v
		end = k + 3
	default:
		return false
	}
	if end >= len(u.chunks) || u.chunks[end].key != closing || !birth.When.Resolved || !death.When.Resolved {
		return false
	}
	// In brackets, the life is the sentence's first name's; between
	// commas, the name's right before them, after any honours ("Elspeth
	// Corrow DBE FRS, 1911–1987"), so that "led the club in its golden
	// era, 1998–2004," is no life.
	var who *chunk
	if closing == ")" {
		for i := 0; i < k-1; i++ {
			if n := &u.chunks[i]; n.kind == cName && !u.thingLike(*n) {
				who = n
				break
			}
		}
	} else {
		i := beforeHonours(u, k-2)
		if i >= 0 && u.chunks[i].kind == cName && !u.thingLike(u.chunks[i]) {
			who = &u.chunks[i]
		}
	}
	if who == nil {
		return false
	}
	x.lifeEvent(u, *who, "birth", &birth)
	x.lifeEvent(u, *who, "death", &death)
	// The death date, read here, is not an event date of its own.
	if end == k+3 {
		x.skip = append(x.skip, u.chunks[k+2].v)
	}
	return true
}

// bornOrDied reads "Thomas Ashby (d. 1979)" and "(b. 1950)", a person's
// death or birth in brackets after the name, as that person's claim and
// no one else's: the 1979 does not date the marriage in "she married
// Thomas Ashby (d. 1979)".
func (x *extraction) bornOrDied(u *unitText, k int) bool {
	i := k - 1 // the "d" or "died"
	if i >= 1 && u.chunks[i].key == "." {
		i--
	}
	if i < 2 || u.chunks[i-1].key != "(" || k+1 >= len(u.chunks) || u.chunks[k+1].key != ")" {
		return false
	}
	class := ""
	switch u.chunks[i].key {
	case "d", "died":
		class = "death"
	case "b", "born":
		class = "birth"
	default:
		return false
	}
	// The name comes right before the brackets, after any honours:
	// "Elspeth Corrow FRS (d. 1987)".
	n := beforeHonours(u, i-2)
	if n < 0 {
		return true
	}
	if who := u.chunks[n]; who.kind == cName && (who.person || who.j-who.i >= 2) && !u.thingLike(who) {
		x.lifeEvent(u, who, class, u.chunks[k].v)
	}
	return true
}

// beforeHonours returns the index of the chunk before the degrees and
// honours that end at chunk i ("Elspeth Corrow DBE FRS"), or i when there
// are none; -1 when nothing comes before them.
func beforeHonours(u *unitText, i int) int {
	for i >= 0 && isPostNominal(u.chunks[i].key) {
		i--
	}
	return i
}

// lifeEvent adds the claim that the person named by who was born or died
// (class) at v.
func (x *extraction) lifeEvent(u *unitText, who chunk, class string, v *recognize.Value) {
	x.claims = append(x.claims, Claim{
		Kind:    rules.KindEventDate,
		Class:   class,
		Word:    class,
		Persons: []Name{x.personName(who.key, u, who)},
		Value:   Val{Value: *v},
		Span:    x.valueSpan(u, v),
	})
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// civilNorm writes a date as YYYY-MM-DD, YYYY-MM or YYYY, as precise as
// it is known.
func civilNorm(y, m, d int) string {
	switch {
	case m == 0:
		return fmt.Sprintf("%04d", y)
	case d == 0:
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// nearestTime returns the index of the resolved date or year chunk nearest
// to the event chunk ev, preferring one after it.
func nearestTime(u *unitText, ev int) int {
	best, bestD := -1, 1<<30
	e := u.chunks[ev]
	for i, c := range u.chunks {
		if c.kind != cValue || !isTime(c.v) || !c.v.When.Resolved || c.v.Norm == "" || namesEvent(u, i) || isDateline(u, c) || isStatementDate(u, i) {
			continue
		}
		d := c.i - e.j
		if i < ev {
			d = e.i - c.j + 1
		}
		if d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// headingEvent returns the event word of the nearest heading above u, or
// of the document's first unit (its title).
func (x *extraction) headingEvent(u *unitText) (*unitText, int) {
	for i := u.idx - 1; i >= 0; i-- {
		h := x.units[i]
		if !h.heading && i != 0 {
			continue
		}
		for k, e := range h.chunks {
			if e.kind == cEvent && subjectEvent(e.val) {
				return h, k
			}
		}
	}
	return nil, -1
}

// eventReferredBack looks at the two units after u for an event word
// introduced by a possessive or definite article ("their Hanoi sit-down",
// "the meeting") that shares a participant with u: the text goes on to talk
// about the event u dates.
func (x *extraction) eventReferredBack(u *unitText) (*unitText, int) {
	for n := u.idx + 1; n < len(x.units) && n <= u.idx+2; n++ {
		next := x.units[n]
		for i, c := range next.chunks {
			if c.kind != cEvent || c.i > 12 {
				continue
			}
			for back := c.i - 1; back >= 0 && back >= c.i-2; back-- {
				switch next.toks[back].Key {
				case "their", "the", "its", "this", "that", "his", "her":
					if shareParticipant(x, u, next) {
						return next, i
					}
				}
			}
		}
	}
	return nil, -1
}

func shareParticipant(x *extraction, a, b *unitText) bool {
	pa, ta, ca := x.participants(a)
	pb, tb, cb := x.participants(b)
	for _, p := range pa {
		for _, q := range pb {
			if p.Key == q.Key {
				return true
			}
		}
	}
	return len(intersect(ta, tb)) > 0 || len(intersect(ca, cb)) > 0
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if x == y {
				out = append(out, x)
			}
		}
	}
	return out
}

// placeAfter returns the place named by "in X" after an event word in its
// clause ("won the cup final against Rovers in Orvardane"), or by a name
// inside the event's noun phrase ("their Hanoi sit-down"). It reports
// local reports a town or venue rather than a country.
func placeAfter(u *unitText, ev int) (place string, local bool) {
	for i := ev + 1; i < len(u.chunks) && i <= ev+8; i++ {
		c := u.chunks[i]
		if c.kind == cPunct && c.key != "(" && c.key != ")" || c.kind == cEvent {
			break
		}
		// "Founded in 1998 and headquartered in Austin": the place is
		// another verb's.
		if c.key == "and" && i+1 < len(u.chunks) && u.chunks[i+1].kind == cWord && strings.HasSuffix(u.chunks[i+1].key, "ed") {
			break
		}
		if c.kind == cWord && c.key == "in" && i+1 < len(u.chunks) {
			if p, local := placeAt(u, i+1); p != "" {
				return p, local
			}
		}
	}
	// A name between a determiner and the event word; "Rovers won" names
	// the winner, not a place, and so does "the Osoland Museum opened".
	if ev > 1 {
		d, p := u.chunks[ev-2], u.chunks[ev-1]
		// Nor does an acronym: "Friday's FDA approval" is the agency's.
		if (d.kind == cWord && determiners[d.key] || u.toks[d.j-1].Poss) && !(p.kind == cName && (u.thingLike(p) || isAcronym(u.chunkText(p)))) {
			return placeAt(u, ev-1)
		}
	}
	return "", false
}

// isAcronym reports a name written in capitals, as agencies and firms are:
// "FDA", "NASA".
func isAcronym(s string) bool {
	return len(s) >= 2 && len(s) <= 6 && allCaps(s)
}

// placeBy returns the place named by "in X" right before or after the
// date at chunk k: "played in Asharwyn on Sunday, August 17".
func placeBy(u *unitText, k int) (place string, local bool) {
	j := k - 1 // the place's chunk
	if j >= 0 && (u.chunks[j].key == "on" || u.chunks[j].key == "at") {
		j--
	}
	if j >= 1 && u.chunks[j-1].key == "in" {
		if p, local := placeAt(u, j); p != "" {
			return p, local
		}
	}
	if k+2 < len(u.chunks) && u.chunks[k+1].key == "in" {
		return placeAt(u, k+2)
	}
	return "", false
}

// placeAt returns the place chunk i names, if it names one.
func placeAt(u *unitText, i int) (place string, local bool) {
	switch c := u.chunks[i]; {
	case c.kind == cEntity && !c.thing:
		return u.chunkText(c), false
	case c.kind == cName && !c.person:
		return u.chunkText(c), true
	}
	return "", false
}

var determiners = setOf(`the a an their his her its our this that these those`)

// firstWords mark a first occurrence.
var firstWords = setOf(`first inaugural maiden debut`)

// firstOccurrence makes a first-occurrence claim when the date at chunk k
// dates the first of something: "first" or "inaugural" in the unit before
// a named thing (a quoted term, a name, or an event word). It reports
// whether it made one.
func (x *extraction) firstOccurrence(u *unitText, k int) bool {
	c := u.chunks[k]
	for i := range u.toks {
		if !firstWords[u.toks[i].Key] || i < c.i-15 || i > c.j+15 {
			continue
		}
		// The first-thing's name: a quoted term within six tokens after
		// "first", else a quoted term anywhere in the unit when "first"
		// heads a generic event word ("the first meeting").
		name, word := quotedAfter(u, i, 6)
		if name == "" {
			if ev := eventAt(u, i+1, 3); ev >= 0 {
				name, word = quotedAfter(u, 0, len(u.toks))
				if name == "" {
					continue
				}
			}
		}
		if name == "" && i+1 < len(u.toks) && firstNoun(u.toks[i+1]) && !slices.ContainsFunc(u.chunks, func(c chunk) bool { return c.kind == cEvent }) && onlyTime(u, k) && (i == 0 || u.toks[i-1].Key != "the" || i+2 >= len(u.toks) || u.toks[i+2].Key != "of") {
			// "its first ascent came in 1978", "the first commit in
			// 2017": the first of a kind no lexicon names, where no
			// event the lexicon knows is dated instead, and no other
			// time ("today confirmed it will admit its first patients
			// later this week"). In "the first patients of the day" it
			// is no one event.
			name = words.Singular(u.toks[i+1].Key)
			word = name
		}
		if name == "" {
			continue
		}
		people, _, countries := x.participants(u)
		things := nearThings(u, k)
		x.claims = append(x.claims, Claim{
			Kind:      rules.KindFirst,
			Class:     name,
			Word:      word,
			Persons:   people,
			Things:    things,
			Countries: countries,
			Value:     Val{Value: *c.v},
			Span:      x.valueSpan(u, c.v),
		})
		return true
	}
	return false
}

// onlyTime reports whether chunk k holds the unit's one time value.
func onlyTime(u *unitText, k int) bool {
	for i, c := range u.chunks {
		if i != k && c.kind == cValue && isTime(c.v) {
			return false
		}
	}
	return true
}

// firstNoun reports a common noun after "first" that names a kind of
// occurrence: not a time ("first quarter"), a title ("first minister"),
// or a word the lexicon knows.
func firstNoun(t words.Token) bool {
	return t.Word && !t.Cap && isNoun(t.Key) && !timeNouns[words.Singular(t.Key)] && !firstNotOccurrence[words.Singular(t.Key)] && !edVerb(t.Key)
}

var firstNotOccurrence = setOf(`time round half place lady minister secretary person one step there here`)

// quotedAfter returns the folded key and text of the first quoted term
// that opens within n tokens after token i.
func quotedAfter(u *unitText, i, n int) (key, text string) {
	for j := i + 1; j < len(u.toks) && j <= i+n; j++ {
		if !isOpenQuote(u.toks[j].Text) {
			continue
		}
		for e := j + 1; e < len(u.toks) && e <= j+6; e++ {
			if isCloseQuote(u.toks[e].Text) {
				if e == j+1 {
					break
				}
				text = u.text[u.toks[j+1].Start:u.toks[e-1].End]
				return strings.ReplaceAll(fold.Key(text), "-", " "), text
			}
		}
	}
	return "", ""
}

func isOpenQuote(s string) bool  { return s == "\"" || s == "“" || s == "‘" }
func isCloseQuote(s string) bool { return s == "\"" || s == "”" || s == "’" }

// eventAt returns the chunk index of an event word starting within n
// tokens from token i, or -1.
func eventAt(u *unitText, i, n int) int {
	for k, c := range u.chunks {
		if c.kind == cEvent && c.i >= i && c.i < i+n {
			return k
		}
	}
	return -1
}

// inheritParticipants gives a dated event that names no one the people of
// the document's other mentions of the same class of event, when those
// mentions all name the same people: "the April 28th summit in Hanoi" in an
// article whose opening names the summit's two leaders.
func (x *extraction) inheritParticipants() {
	if !slices.ContainsFunc(x.claims, func(cl Claim) bool { return cl.Kind == rules.KindEventDate && len(cl.Persons) == 0 }) {
		return // no claim to give participants to
	}
	sets := map[string][][]Name{}
	for _, u := range x.units {
		if !slices.ContainsFunc(u.chunks, func(c chunk) bool { return c.kind == cEvent }) {
			continue
		}
		people, _, _ := x.participants(u)
		if len(people) == 0 {
			continue
		}
		for _, c := range u.chunks {
			if c.kind == cEvent {
				sets[c.val] = append(sets[c.val], people)
			}
		}
	}
	for i := range x.claims {
		cl := &x.claims[i]
		// An event with a subject of its own ("the Corbett Fire of 1994")
		// is that subject's, whoever other sentences name beside the word.
		if cl.Kind != rules.KindEventDate || len(cl.Persons) > 0 || cl.About != "" || len(cl.Things) > 0 && objectClasses[strings.SplitN(cl.Class, ":", 2)[0]] {
			continue
		}
		if max, ok := maximalSet(sets[cl.Class]); ok {
			cl.Persons = max
		}
	}
}

// maximalSet returns the one set of names that contains every other in
// sets, if there is one.
func maximalSet(sets [][]Name) ([]Name, bool) {
	var max []Name
	for _, s := range sets {
		if len(s) > len(max) {
			max = s
		}
	}
	if max == nil {
		return nil, false
	}
	keys := make([]string, len(max))
	for i, n := range max {
		keys[i] = n.Key
	}
	for _, s := range sets {
		for _, n := range s {
			found := false
			for _, k := range keys {
				if k == n.Key {
					found = true
					break
				}
			}
			if !found {
				return nil, false
			}
		}
	}
	return max, true
}

func mergeNames(a, b []Name) []Name {
	out := append([]Name(nil), a...)
	for _, n := range b {
		dup := false
		for _, m := range out {
			if m.Key == n.Key {
				dup = true
			}
		}
		if !dup {
			out = append(out, n)
		}
	}
	return out
}

func mergeStrings(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
