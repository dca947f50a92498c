package claims

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/words"
	"github.com/factlint/factlint/rules"
)

// measures makes a claim of each figure (money, count, percentage) in u
// that is tied to a measure: a measure word before it in the clause
// ("bilateral trade hit $46.2 billion"), a measure or counted noun after it
// ("650,000 members", "three monks"), or a unit of measurement ("69 km").
// A change ("up 2.7% from 2023") is not a claim itself but implies the
// measure's value for the base period.
func (x *extraction) measures(u *unitText) {
	if !hasFigure(u) {
		return // most units state no figure, and converting one needs two
	}
	people, _, countries := x.participants(u)
	people = x.withoutSources(u, people)
	var made []int // indexes in x.claims of this unit's measure claims
	unitPeriod := x.demonstrativePeriod(u)
	final := saysFinal(u)
	lastParts := breakdownStart(u)
	agents := participleAgents(u)
	for k, c := range u.chunks {
		if c.kind != cValue || !isFigure(c.v) {
			continue
		}
		if isChange(u, c) {
			x.change(u, k)
			continue
		}
		if sumChange(u, c) {
			continue // "goes up by $2.50 a month": by how much, no price
		}
		if isAge(u, c) {
			// An age is no count of anything, but the age someone died
			// at is a fact about them.
			if hasEvent(u, "death") && len(people) > 0 && !ageBound(u, c) {
				x.claims = append(x.claims, Claim{
					Kind:    rules.KindMeasure,
					Class:   "age at death",
					Word:    "age at death",
					Persons: people,
					Value:   Val{Value: *c.v},
					Span:    x.valueSpan(u, c.v),
				})
			}
			continue
		}
		if isDeterminer(u, c) || unnamedSources(u, c) || pointInSeries(u, c) || isPart(u, c) || listedPart(u, k) || isThreshold(u, c) || countChange(u, c) || wholeOf(u, k) || startOfChange(u, k) || changedFrom(u, c) || breakdown(u, k, lastParts) || c.v.Type == recognize.Percent && comparatives[u.word(c.j)] {
			continue
		}
		measure, word, who := voteShare(u, k)
		part := false
		if measure == "" {
			if m := partOf(u, k); m >= 0 {
				part = true
				// "58 of the 151 seats" counts seats as the whole does.
				measure, word = measureAfter(u, m)
			} else {
				measure, word = measureFor(u, k)
			}
			// "a 41-storey tower" counts what "44 floors" measures.
			if noun, ok := strings.CutPrefix(measure, "count of "); ok {
				if m := x.lx.measures.Word(noun); m != "" {
					measure = m
				}
			}
		}
		if (measure == "" || strings.HasPrefix(measure, "count of ")) && prisonTerm(u, k) {
			measure, word = "prison sentence", "prison sentence"
		}
		if holdsPeople(u, k, measure) {
			measure, word = "capacity", "capacity"
		}
		if (measure == "count of people" || measure == "count of person") && diedAfter(u, k) {
			// "Three people were killed", "Five people are now known to
			// have died": the toll "killed three people" gives.
			measure, word = "death toll", "death toll"
		}
		if measure == "votes" && who < 0 {
			who = voteWinner(u, k) // each candidate's votes are a count of their own
		}
		if isDuration(c.v) && measure != "" && !strings.HasPrefix(measure, "count of ") && measure != "prison sentence" {
			continue // "revenue for the three months to Dec. 31"
		}
		label := false
		if measure == "" {
			measure, word = x.labelMeasure(u, k)
			label = measure != ""
		}
		if employs(u, c) && (measure == "count of people" || measure == "count of worker" || measure == "count of person") {
			// "employs about 2,300 people" counts employees, not the
			// people a disease affects.
			measure, word = "employees", "employees"
		}
		if measure == "" && c.v.Type == recognize.Money {
			measure, word = x.priceOf(u, k)
		}
		if measure == "" && c.v.Type == recognize.Money {
			measure, word = x.moneyFrom(u, k)
		}
		bought := ""
		if measure == "" && c.v.Type == recognize.Money {
			if bought = dealPrice(u, k); bought == "" {
				bought = paidFor(u, k)
			}
			if bought != "" {
				measure, word = "price", "price paid"
			}
		}
		owner := ""
		if measure == "" && c.v.Type == recognize.Percent {
			if owner = stakeOwner(u, k); owner != "" {
				measure, word = "stake", "stake"
			}
		}
		converted := false
		if measure == "" && k >= 2 && u.chunks[k-1].key == "(" && len(made) > 0 && c.v.Unit != "" {
			// "43 miles (69 km)": the conversion measures what the
			// figure before it does, qualified as it is.
			// Only a figure of the same phrase: in "four basement levels,
			// and at 187 metres (614 ft)" the feet are no levels.
			if prev := x.claims[made[len(made)-1]]; prev.Span.End <= u.start+u.toks[u.chunks[k-1].i].Start && samePhrase(u, prev.Span.End-u.start, k-1) {
				measure, word, converted = prev.Class, prev.Word, true
			}
		}
		unit := ""
		if c.v.Type == recognize.Money {
			unit = perUnit(u, k)
		}
		if unit != "" && !strings.Contains(measure, " per ") {
			// "$38.50 per share", "$36.50 in cash for each share": a
			// price of one unit, which no total is.
			if measure == "" {
				measure, word = "price", "price"
			}
			measure += " per " + unit
			word += " per " + unit
		}
		if measure == "" {
			continue
		}
		// A measure of an event (a quake's depth, a storm's toll) takes the
		// event's class; a count of things does not.
		// A price per unit is the unit's, and an undertaking's cost its
		// own, whatever event is near ("a $640 million crossing opened").
		// A sum right after its verb ("the jury awarded $1.53 billion in
		// damages") is what the verb moved, not a figure of that event.
		// "approved a $2.41 billion budget" too.
		ownVerb := c.v.Type == recognize.Money && k > 0 && (u.chunks[k-1].kind == cEvent || k > 1 && isArticle(u.chunks[k-1].key) && u.chunks[k-2].kind == cEvent)
		// A building's floors are the building's, not its completion's
		// ("Completed in 1989, the tower has 44 floors"), whatever words
		// are added to the measure below.
		ofThing, ofElection := thingMeasures[measure], electionMeasures[measure]
		undertaking := undertakingAfter(u, k) != ""
		if who < 0 && !converted && unit == "" && !ownVerb && !undertaking && !ofThing && !ofElection { // a share of the vote is an election's already
			ev := x.eventContext(u, k)
			if sanctions[measure] {
				// A penalty is of what it punishes ("fined £4.2 million
				// for the spill"), not of the events near it ("the
				// largest penalty the regulator has issued").
				ev = causeEvent(u, k)
			}
			switch {
			case measure == "death toll" || measure == "injured":
				// A toll is a harm's: "killed 213 people" is the toll
				// itself, and "231 deaths is the final toll, following the
				// completion of searches" is no completion's.
				if ev == "" {
					ev = eventBefore(u, k)
				}
				if harmClasses[ev] && ev != "death" {
					measure += " @" + ev
				}
			case ev != "" && !strings.HasPrefix(measure, "count of "):
				measure += " @" + ev
			default:
				if ev := eventBefore(u, k); ev != "" {
					measure += " @" + ev // "killing at least 380 people": a count of the dead
				}
			}
		}
		q := measureQualifiers(u, k)
		if ofElection || measure == "votes" && who >= 0 {
			// A turnout or a candidate's votes are one election's, and one
			// round's: "the 2023 mayoral runoff", "the 2016 referendum".
			if kind := electionKind(u); kind != "" {
				q = strings.TrimSpace(q + " " + kind)
			}
		}
		if p := measurePlace(u, k); p != "" && !converted {
			q = strings.TrimSpace(q + " in " + p) // "Turnout in Halvik was 68.2 percent"
		} else if p := placeOfVerb(u, k); p != "" && !converted {
			q = strings.TrimSpace(q + " in " + p) // "Eleven people died in Marrelin"
		} else if p := openingPlace(u); p >= 0 && u.chunks[p].kind == cName && !converted {
			// "In the province of Halvik, turnout reached 68.2 percent":
			// the province's turnout, which no figure for the whole is. A
			// country is left to the claim's countries.
			q = strings.TrimSpace(q + " in " + u.chunks[p].key)
		}
		if d := durationBefore(u, k); d != "" && !strings.HasPrefix(measure, "count of ") {
			q = strings.TrimSpace(q + " " + d) // "revenue for the first nine months"
		}
		if measure == "votes" && who < 0 && castAfter(u, k) {
			// "56,530 votes were cast": all the votes, no candidate's.
			q = strings.TrimSpace(q + " cast")
		}
		if measure == "employees" {
			if site := workSite(u, k); site != "" {
				q = strings.TrimSpace(q + " " + site)
			}
		}
		if h := locativeHead(u, k); h != "" && strings.HasPrefix(measure, "count of ") {
			q = strings.TrimSpace(q + " " + h + " at")
		}
		if measure == "count of people" && settlementOf(u, k) {
			// "a town of just over 4,000 people" counts the town's
			// people, not those some event touched.
			measure = "population"
		}
		st := stateOf(u, k)
		if st == "" && studyPeople[strings.TrimPrefix(measure, "count of ")] && u.word(c.i-1) == "of" && studyNouns[u.word(c.i-2)] {
			st = "enrolled" // "the Phase 3 trial of 1,248 patients"
		}
		if st == "injured" && (measure == "count of people" || measure == "count of person") {
			// "143 people were injured" is the number injured "four
			// killed and 143 injured" gives.
			measure, st = "injured", ""
		}
		if st != "" && (strings.HasPrefix(measure, "count of ") || measure == "population") && !(st == "aboard" && aboardAlways(measure)) {
			q = strings.TrimSpace(st + " " + q)
			if measure == "population" {
				// Residents evacuated are people evacuated, not a
				// place's population.
				measure = "count of people"
			}
			if st == "enrolled" && studyPeople[strings.TrimPrefix(measure, "count of ")] {
				// A trial that "enrolled 1,284 adults" and one that
				// "enrolled 1,248 patients" count the same people.
				measure = "count of people"
			}
		}
		if n := namedCompound(u, k, measure); n != "" {
			// "Corvexa sales of $1.1 billion" are one product's sales,
			// a part of what the company's sales are.
			q = strings.TrimSpace(q + " " + n)
		}
		if q != "" && !converted {
			measure += " [" + q + "]"
		}
		if c.v.Type == recognize.Money {
			measure += " (" + c.v.Currency + ")"
		}
		period := figurePeriod(u, k)
		if period == "" {
			period = unitPeriod
		}
		if ofThing {
			period = "" // the year a tower was completed is no period of its floors
		}
		if who >= 0 && period == "" {
			period = electionYear(u)
		}
		// "a 24-bed acute medical unit" counts the unit's beds, which
		// are not the wing's of "the 146-bed wing".
		about := ""
		if hyphenNoun(u, c) != "" {
			about = headAfter(u, k)
		} else if dimension(c.v.Unit) == measure {
			// "3,400 tonnes of heavy fuel oil" and "1,900 tonnes of
			// remaining fuel" are masses of two things.
			about = substanceAfter(u, c.j)
		}
		ps, things := people, x.withSubject(u, k, nearThings(u, k))
		if len(agents) > 0 {
			// "The vessel, operated by Pellucid Ocean Lines, was
			// carrying 14,200 containers": the operator is no thing the
			// figure is of.
			things = slices.DeleteFunc(things, func(t string) bool { return slices.Contains(agents, t) })
		}
		if ofElection {
			ps = nil // a turnout is the election's, whoever else the sentence names
		}
		if measure == "prison sentence" {
			ps = x.sentenced(u, k) // not the judge who handed it down
		}
		if part && len(ps) == 0 && len(things) == 0 {
			// "By then 41 of the 64 acts had played": a part that no one
			// holds is a subset only its clause defines.
			continue
		}
		if bought != "" {
			things = []string{bought} // the buyer's other deals are other prices
		}
		if owner != "" {
			ps, things = nil, []string{owner} // each holder's stake is its own
		}
		if undertaking && who < 0 {
			// "which sponsored the £38 million trial": the cost is the
			// trial's, whoever else and whatever year the sentence
			// names; a name before the noun is the trial's own.
			ps, period = nil, ""
			if n := u.chunks[k+1]; n.kind == cName {
				things = []string{n.key}
			}
		}
		if label {
			// "Live albums<tab>1; Live albums - Emperial Live Ceremony,
			// ...": what follows the figure on a label line lists
			// examples; the label alone says what is counted.
			// The label's own capital ("Live albums") names no thing.
			things = thingsBefore(u, k)
		}
		if who >= 0 {
			// A share of the vote is the winner's, whatever else the
			// sentence names.
			if w := u.chunks[who]; w.person {
				ps, things = []Name{x.personName(w.key, u, w)}, nil
			} else {
				ps, things = nil, []string{w.key}
			}
		}
		x.claims = append(x.claims, Claim{
			Kind:      rules.KindMeasure,
			Named:     strings.HasPrefix(measure, "price of ") || strings.HasPrefix(measure, "distance from ") || strings.HasPrefix(measure, "money from "),
			Class:     measure,
			Word:      word,
			Persons:   ps,
			Things:    things,
			Countries: countries,
			Period:    period,
			AsOf:      figureDay(u, k),
			Final:     final,
			SoFar:     soFar(u, c),
			About:     about,
			Earlier:   earlierFigure(u, k),
			Value:     Val{Value: *c.v},
			Span:      x.valueSpan(u, c.v),
		})
		made = append(made, len(x.claims)-1)
	}
	x.impliedValues(u, made)
	x.conversions(u)
}

// saysFinal reports a unit that calls a tally final: "231 deaths is the
// final toll", "according to the ministry's final count", "the final
// death toll"; or that gives it at a peak past.
func saysFinal(u *unitText) bool {
	for i, t := range u.toks {
		// "at the height of the flood", "at its peak": a figure of a
		// moment past, which later reports do not update.
		if t.Key == "at" && (u.word(i+1) == "the" || u.word(i+1) == "its") && (u.word(i+2) == "height" || u.word(i+2) == "peak") {
			return true
		}
		if t.Key != "final" {
			continue
		}
		for j := i + 1; j < len(u.toks) && j <= i+2; j++ {
			if tallyNouns[u.toks[j].Key] {
				return true
			}
		}
	}
	return false
}

var tallyNouns = setOf(`toll count tally figure figures total`)

// soFar reports a figure the text gives as a tally up to now: "had now
// received 31 reports", "14 adverse event reports to date", "so far".
func soFar(u *unitText, c chunk) bool {
	for i := max(c.i-4, 0); i < c.i; i++ {
		if u.toks[i].Key == "now" {
			return true
		}
	}
	// "As of August 15, fires had burned 812,400 hectares": the figure
	// on that day, which the sentence opens with.
	if k := sentenceStart(u); k < len(u.chunks) {
		if s := u.chunks[k].i; s+2 <= c.i && u.toks[s].Key == "as" && u.toks[s+1].Key == "of" && !clauseBetween(u, s+2, c.i) {
			return true
		}
	}
	for i := c.j; i+1 < len(u.toks) && i < c.j+6; i++ {
		w := u.toks[i].Key
		if w == "," || w == ";" || w == "." {
			break
		}
		if w == "to" && u.word(i+1) == "date" || (w == "so" || w == "thus") && u.word(i+1) == "far" {
			return true
		}
	}
	return sinceTally(u, c)
}

// sinceTally reports a figure counted since some time, or up to one, in
// the perfect: "hospitals have admitted 540 patients since the alert",
// "had received 12 reports ... as of Wednesday evening", "By the end of
// last week the authority had received 27 reports". It grows until it
// is final.
func sinceTally(u *unitText, c chunk) bool {
	perfect := false
	for i := max(c.i-3, 0); i < c.i; i++ {
		w := u.toks[i].Key
		perfect = perfect || (w == "has" || w == "have" || w == "had") && edVerb(u.word(i+1))
	}
	if !perfect {
		return false
	}
	for i, t := range u.toks {
		if t.Key == "since" || t.Key == "as" && u.word(i+1) == "of" || i == 0 && t.Key == "by" {
			return true
		}
	}
	return false
}

// startOfChange reports the first figure of "grew from 3,000 to more than
// 10,000" or "from 44 teams to 50": the figure the second changed from,
// which holds no more.
func startOfChange(u *unitText, k int) bool {
	if k < 1 || u.chunks[k-1].key != "from" || u.chunks[k].kind != cValue {
		return false
	}
	to := k + 1
	if to < len(u.chunks) && u.chunks[to].kind != cValue && u.chunks[to].key != "to" && isNoun(u.chunks[to].key) {
		to++ // "from 44 teams to 50 teams"
	}
	if to+1 >= len(u.chunks) || u.chunks[to].key != "to" {
		return false
	}
	n := u.chunks[to+1]
	return n.kind == cValue && n.v.Type == u.chunks[k].v.Type
}

// namedCompound returns the name a measure word is compounded with
// before figure k, in the figure's own phrase: "Corvexa sales of $1.1
// billion", "Azure revenue rose to $25 billion". The name says whose the
// measure is. A possessive ("Corvexa's sales") is left alone: it is as
// often the story's company as a product of it.
func namedCompound(u *unitText, k int, measure string) string {
	for i := k - 1; i >= 1 && i >= k-4; i-- {
		c := u.chunks[i]
		switch c.kind {
		case cMeasure:
			// A verb that says what a sum is ("the Union pledged €45
			// million") has its giver before it, not its owner.
			if !strings.HasPrefix(measure, c.val) || !isNoun(u.word(c.j-1)) {
				return ""
			}
			if n := u.chunks[i-1]; n.named() && n.j == c.i && !u.toks[n.j-1].Poss {
				return n.key
			}
			return ""
		case cValue, cPunct, cName, cEntity, cRole:
			return ""
		}
	}
	return ""
}

// pointInSeries reports a count that says how far along a series is, not
// how many of anything there are: "16th after ten matches", "over the
// next two or three games". "after 200 people were evacuated" counts.
func pointInSeries(u *unitText, c chunk) bool {
	p := c.i - 1
	if w := u.word(p); (w == "or" || w == "to") && isNumberWord(u, p-1) {
		p -= 2 // "the next two or three games"
	}
	switch u.word(p) {
	case "next":
		return true
	case "after":
		n := u.word(c.j)
		return strings.HasSuffix(n, "s") && isNoun(n) && !auxiliaries[u.word(c.j+1)] && !modalWords[u.word(c.j+1)] && !edVerb(u.word(c.j+1))
	}
	return false
}

// isNumberWord reports a token of a recognized count: "two", "12".
func isNumberWord(u *unitText, i int) bool {
	if i < 0 || i >= len(u.toks) {
		return false
	}
	v := valueAt(u, u.toks[i])
	return v != nil && v.Type == recognize.Count
}

// unnamedSources reports a count of the people a report rests on, not of
// anything it reports: "two people familiar with its finances said",
// "three sources with knowledge of the talks".
func unnamedSources(u *unitText, c chunk) bool {
	if !sourceNouns[u.word(c.j)] {
		return false
	}
	switch w, n := u.word(c.j+1), u.word(c.j+2); w {
	case "familiar", "briefed", "close":
		return true
	case "with":
		return n == "knowledge" || n == "direct"
	case "who":
		return n == "spoke" || n == "asked" || n == "requested" || n == "declined"
	case "speaking":
		return n == "on"
	}
	return false
}

var sourceNouns = setOf(`people persons sources officials executives insiders`)

// changedFrom reports a figure given as what another changed from, with a
// noun of its own: "$1.84 billion, up from the $1.71 billion budget the
// council adopted last year". It held at an earlier time, which the
// sentence need not name. ("up from 44" with no noun is read with the
// figure that changed; see earlierFigure.)
func changedFrom(u *unitText, c chunk) bool {
	i := c.i - 1
	if isArticle(u.word(i)) {
		i--
	}
	return u.word(i) == "from" && changeWords[u.word(i-1)]
}

// clauseOpeners after a comma start a clause of their own: "58 members,
// while the league grew", "last June, so here is what the approval means".
var clauseOpeners = setOf(`so but while whereas although though because yet`)

// breakdown reports a count that opens a breakdown of a whole: "Fifty-seven
// cases had no documented dose; three had received one dose; four had
// unknown status" splits the cases, and its 57 is not how many there are.
// Each later part, after a semicolon, is a bare figure and a verb; it
// takes two such parts, as "More than 190 people were on board; twelve were
// injured" is a whole and one part of it.
func breakdown(u *unitText, k, lastParts int) bool {
	if k >= lastParts || u.chunks[k].v.Type != recognize.Count {
		return false
	}
	// "Of the 64 cases, 57 had ...; 3 had ...": 64 is the whole.
	p := u.word(u.chunks[k].i - 1)
	return p != "of" && !(p == "the" && u.word(u.chunks[k].i-2) == "of")
}

// listedPart reports a count of one of several kinds of a thing listed
// together: "three counts of securities fraud, three counts of wire fraud
// and one count of conspiracy" gives no count of counts.
func listedPart(u *unitText, k int) bool {
	kind := func(k int) string {
		c := u.chunks[k]
		if c.kind != cValue || c.v.Type != recognize.Count || c.j+1 >= len(u.toks) || u.toks[c.j+1].Key != "of" || !u.toks[c.j].Word {
			return ""
		}
		return words.Singular(u.toks[c.j].Key)
	}
	n := kind(k)
	if n == "" {
		return false
	}
	for i := range u.chunks {
		if i != k && kind(i) == n {
			return true
		}
	}
	return false
}

// breakdownStart returns the chunk of the second last part of a breakdown
// in u (see breakdown), so that a count before it has two parts after it;
// -1 if u has fewer than two parts.
func breakdownStart(u *unitText) int {
	var parts []int
	for i := 0; i+2 < len(u.chunks); i++ {
		n, verb := u.chunks[i+1], u.chunks[i+2]
		if u.chunks[i].key == ";" && n.kind == cValue && n.v.Type == recognize.Count && verb.kind == cWord && breakdownVerbs[verb.key] {
			parts = append(parts, i)
		}
	}
	if len(parts) < 2 {
		return -1
	}
	return parts[len(parts)-2]
}

var breakdownVerbs = setOf(`had have has were was are is did`)

// aboardAlways reports a count of those who are aboard by what they are:
// "61 passengers on board" counts the passengers, as "64 passengers"
// does.
func aboardAlways(measure string) bool {
	switch strings.TrimPrefix(measure, "count of ") {
	case "passenger", "crew", "crew member", "crewman", "crewmen":
		return true
	}
	return false
}

// stateWord returns the state the word at token i says, if any: not
// "drawn" in "researchers drawn from 11 countries", which no game is.
func stateWord(u *unitText, i int) string {
	if u.toks[i].Key == "drawn" && u.word(i+1) == "from" {
		return ""
	}
	return states[u.toks[i].Key]
}

// diedAfter reports a count of people whose clause says they died:
// "were killed", "have died", "were confirmed dead", "lost their lives".
func diedAfter(u *unitText, k int) bool {
	c := u.chunks[k]
	for i := c.j; i < len(u.toks) && i < c.j+8; i++ {
		switch w := u.toks[i].Key; w {
		case ",", ";", ".", "and", "but", "who", "which", "that":
			return false
		case "died", "die", "killed", "dead":
			return auxiliaries[u.word(i-1)] || w == "died" || u.word(i-1) == "confirmed" || u.word(i-1) == "now"
		case "lost":
			return u.word(i+1) == "their" && (u.word(i+2) == "lives" || u.word(i+2) == "life")
		}
	}
	return false
}

// stateOf returns the state that a count's own phrase puts what it counts
// in, of those that split a population or a stock of homes: "1,870 homes
// as destroyed" and "6,400 homes as having damage" are two counts, and so
// are "210,000 people ... under evacuation orders" and "shelter occupancy
// peaked at 9,300 people". The phrase is a few words before the figure
// and a few after it, up to another figure or the clause's end.
func stateOf(u *unitText, k int) string {
	c := u.chunks[k]
	moved := false // "moved" before the figure, and "out" after it
	for i := c.i - 1; i >= 0 && i >= c.i-4; i-- {
		w := u.toks[i].Key
		if w == "," || w == ";" || w == "and" || w == "but" {
			break
		}
		if st := stateWord(u, i); st != "" {
			return st
		}
		moved = moved || w == "moved"
	}
	end := c.j
	for ; end < len(u.toks) && end < c.j+10; end++ {
		w := u.toks[end].Key
		if w == "," || w == ";" || w == "." || w == "but" || isDigitWord(u.toks[end].Text) || w == "and" && (verbStates[states[u.word(end+1)]] || clauseVerbAfterAnd[u.word(end+1)]) {
			break // "won 45 seats and lost ground", "killed 231 people and left thousands homeless"
		}
	}
	// "Six people were taken to Aslaig General Hospital with minor
	// injuries", "were treated at the county hospital": those the
	// hospital took in, however they were hurt or treated.
	// A verb of care and a preposition, so that "the 120-bed Kellan
	// Hospital" and "adds 146 beds to the hospital" are no state.
	cared, to := false, false
	for i := c.j; i < end; i++ {
		switch w := u.toks[i].Key; w {
		case "to", "at", "in":
			to = cared
		case "hospital", "hospitals":
			if to && wordIn(u, c.j, i, stillWords) {
				// "two riders remained in hospital" are those not yet
				// sent home, of the nine taken there.
				return "still hospitalized"
			}
			if to {
				return "hospitalized"
			}
		default:
			cared = cared || careVerbs[w]
		}
	}
	for i := c.j; i < end; i++ {
		w := u.toks[i].Key
		if st := stateWord(u, i); st != "" {
			return st
		}
		if w == "board" && u.word(i-1) == "on" {
			return "aboard"
		}
		if w == "out" && (u.word(i-1) == "moved" || moved) {
			return "evacuated" // "moved 4,870 people out of the zone"
		}
		if w == "in" && (u.word(i+1) == "ashes" || u.word(i+1) == "ruins") {
			return "destroyed" // "left 321 homes in ashes"
		}
	}
	return ""
}

// careVerbs bring or keep people in a hospital; "are in hospital" says
// they are kept there.
var careVerbs = setOf(`taken treated admitted rushed airlifted flown transported brought sent carried kept remain remains remained are were`)

// clauseVerbAfterAnd open a clause of their own after "and", whose state
// is not the figure's.
var clauseVerbAfterAnd = setOf(`left leaving forced displaced made sent caused destroyed damaged`)

// verbStates are the states a verb gives, which after "and" are another
// clause's.
var verbStates = setOf(`missed lost drawn cancelled postponed`)

// states maps the words of a state to its name.
var states = func() map[string]string {
	m := map[string]string{}
	for _, l := range []string{
		"destroyed destroyed razed flattened",
		"damaged damaged damage",
		"evacuated evacuated evacuation evacuations evacuate relocated relocation",
		"displaced displaced",
		"sheltered shelter shelters sheltered sheltering",
		"injured injured injuries hurt",
		"hospitalized hospitalized hospitalised",
		"treated treated treatment",
		"aboard aboard onboard carrying",
		"killed killing",
		"missing missing",
		"rescued rescued",
		"stranded stranded",
		"trapped trapped",
		"infected infected infections",
		"vaccinated vaccinated vaccination vaccinations",
		"homeless homeless",
		"suspected suspected probable",
		// Games a side lost or missed, or has still to play, are not the
		// games it played; seats a party lost are not those it holds.
		"missed missed",
		"lost lost",
		"drawn drew drawn",
		"remaining remaining",
		"cancelled cancelled canceled",
		"postponed postponed",
		// The counts of a charge a jury convicted or acquitted on are
		// parts of those charged.
		"convicted convicted",
		"acquitted acquitted",
		// Those a study takes in, whatever it calls them.
		"enrolled enrolled enrolling recruited randomized randomised",
		// Those who start a race are not those who fall or finish.
		"started started starters",
	} {
		ws := strings.Fields(l)
		for _, w := range ws[1:] {
			m[w] = ws[0]
		}
	}
	return m
}()

var stillWords = setOf(`remained remain remains still`)

// studyPeople are the nouns, singular, for the people a study enrolls.
var studyPeople = setOf(`people person adult patient participant volunteer subject`)

// studyNouns are what enrolls them: "the Phase 3 trial of 1,248 patients".
var studyNouns = setOf(`trial trials study studies`)

// employs reports a count right after a verb of employing: "employs
// about 2,300 people", "employed 40 workers"; "hired 500 people" counts
// new hires, not the workforce.
func employs(u *unitText, c chunk) bool {
	switch u.word(c.i - 1) {
	case "employ", "employs", "employed", "employing":
		return true
	}
	return false
}

// workSite returns where the staff counted at chunk k work, when the
// figure's phrase says: "employs 212 people at its lakeside campus" (as
// "at lakeside campus") counts one site's staff, which no count of the
// whole company is. A year after "in" is a period, not a site, and
// "sites" or "offices" are all of them.
func workSite(u *unitText, k int) string {
	i := u.chunks[k].j
	for i < len(u.toks) && u.toks[i].Word && !u.toks[i].Cap && (u.toks[i].Key == "people" || isNoun(u.toks[i].Key) && words.Singular(u.toks[i].Key) != u.toks[i].Key) {
		i++ // the counted noun: "people", "staff", "workers"
	}
	if u.word(i) != "at" && u.word(i) != "in" {
		return siteSubject(u, k)
	}
	var site []string
	for n := i + 1; n < len(u.toks) && n <= i+4 && u.toks[n].Word && !isDigitWord(u.toks[n].Key); n++ {
		w := u.toks[n].Key
		if isArticle(w) || w == "its" || w == "their" || w == "our" {
			continue
		}
		if stopWords[w] && !u.toks[n].Cap {
			break
		}
		site = append(site, w)
	}
	// "at sites across the region" is every site.
	if len(site) == 0 || timeNouns[words.Singular(site[0])] || site[0] == "total" || words.Singular(site[0]) != site[0] {
		return ""
	}
	return u.word(i) + " " + strings.Join(site, " ")
}

// siteSubject reads the site that employs a figure's people from the
// verb's subject: "The Lisbrook factory employs 640 people" counts the
// factory's staff, not the company's ("The company, which employs
// 2,300 people across its three sites").
func siteSubject(u *unitText, k int) string {
	c := u.chunks[k]
	for i := c.i - 1; i >= 1 && i >= c.i-3; i-- {
		w := u.toks[i].Key
		if w != "employs" && w != "employ" && w != "employed" {
			continue
		}
		if n := u.word(i - 1); siteNouns[words.Singular(n)] {
			return "at " + words.Singular(n)
		}
		return ""
	}
	return ""
}

// siteNouns name one of a company's places of work.
var siteNouns = setOf(`factory plant mill mine warehouse depot facility site campus branch store office works`)

// earlierFigure returns the figure that the clause says the one at chunk k
// changed from: "58 seats, up from 44", "rose from 44 to 58", "12,000,
// compared with 14,500". Another source giving that figure most likely
// describes the earlier time.
func earlierFigure(u *unitText, k int) *recognize.Value {
	c := u.chunks[k]
	same := func(i int) *recognize.Value {
		if i < 0 || i >= len(u.chunks) {
			return nil
		}
		o := u.chunks[i]
		if o.kind != cValue || o.v.Type != c.v.Type || o.v.Unit != c.v.Unit || o.v.Currency != c.v.Currency {
			return nil
		}
		return o.v
	}
	// "from 44 to 58", "from 44 seats to 58"
	if k >= 3 && u.chunks[k-1].key == "to" {
		f := k - 3
		if f >= 1 && u.chunks[k-2].kind != cValue {
			f--
		}
		if f >= 0 && u.chunks[f].key == "from" && startOfChange(u, f+1) {
			return same(f + 1)
		}
	}
	// "58 ..., up from 44": a few words on, in the same sentence part.
	for i := k + 1; i < len(u.chunks) && u.chunks[i].i-c.j <= 12; i++ {
		o := u.chunks[i]
		if o.kind == cValue && u.word(o.i-1) != "of" && u.word(o.i-2) != "of" || o.key == ";" || o.key == "." {
			return nil // another figure's phrase; "58 of the 151 seats" reads on
		}
		if o.key == "," && (clauseOpeners[u.word(o.i+1)] || u.word(o.i+1) == "and") {
			return nil // "58 members, while the league grew from 44 teams"
		}
		switch o.key {
		case "from", "with", "versus", "vs":
			if o.key == "from" && !changeWords[u.word(o.i-1)] || o.key == "with" && u.word(o.i-1) != "compared" {
				continue
			}
			// "up from 44 teams" is another count unless it counts the same.
			v := same(i + 1)
			if v != nil && i+2 < len(u.chunks) {
				if n := u.chunks[i+2]; (n.kind == cWord || n.kind == cMeasure) && isNoun(n.key) && (k+1 >= len(u.chunks) || n.key != u.chunks[k+1].key) {
					return nil
				}
			}
			return v
		}
	}
	return nil
}

// KindConversion marks a pair of claims, a figure and its conversion in
// brackets ("one inch (26.5 mm)"), that do not agree. It is not a rule of
// its own: the measure-value rule reports it.
const KindConversion = "conversion"

// toBase converts units to a base unit of their dimension.
var toBase = map[string]struct {
	dim    string
	factor float64
}{
	"km": {"length", 1000}, "m": {"length", 1}, "cm": {"length", 0.01}, "mm": {"length", 0.001},
	"mi": {"length", 1609.344}, "ft": {"length", 0.3048}, "in": {"length", 0.0254}, "yd": {"length", 0.9144},
	"ha": {"area", 1e4}, "acre": {"area", 4046.8564224}, "km2": {"area", 1e6}, "m2": {"area", 1},
	"kg": {"mass", 1}, "g": {"mass", 0.001}, "t": {"mass", 1000}, "lb": {"mass", 0.45359237}, "oz": {"mass", 0.028349523125},
	"l": {"volume", 1}, "ml": {"volume", 0.001}, "gal": {"volume", 3.785411784},
	"km/h": {"speed", 1}, "mph": {"speed", 1.609344}, "kn": {"speed", 1.852},
}

// Convert converts n from one unit to another of the same dimension.
func Convert(n float64, from, to string) (float64, bool) {
	a, oka := toBase[from]
	b, okb := toBase[to]
	if !oka || !okb || a.dim != b.dim {
		return 0, false
	}
	return n * a.factor / b.factor, true
}

// conversionSlack is how far a converted figure may stray from its source
// for rounding: "5-metre (16 ft)" is 16.4 ft.
const conversionSlack = 0.03

// conversions reports a figure whose bracketed conversion ("43 miles (69
// km)") gives a different quantity: "one inch (26.5 mm)" is 25.4 mm.
func (x *extraction) conversions(u *unitText) {
	for k := 0; k+3 < len(u.chunks); k++ {
		a := u.chunks[k]
		if a.kind != cValue {
			continue
		}
		// "one inch bore (26.5mm)": up to two words may come between.
		o := k + 1
		for o < len(u.chunks) && o <= k+3 && u.chunks[o].kind == cWord {
			o++
		}
		if o+2 >= len(u.chunks) {
			continue
		}
		open, b, closing := u.chunks[o], u.chunks[o+1], u.chunks[o+2]
		if b.kind != cValue || open.key != "(" || closing.key != ")" {
			continue
		}
		ua, oka := toBase[a.v.Unit]
		ub, okb := toBase[b.v.Unit]
		if !oka || !okb || ua.dim != ub.dim || a.v.Unit == b.v.Unit || a.v.Num <= 0 || b.v.Num <= 0 {
			continue
		}
		qa, qb := a.v.Num*ua.factor, b.v.Num*ub.factor
		hi := math.Max(qa, qb)
		if math.Abs(qa-qb) <= conversionSlack*hi {
			continue
		}
		class := fmt.Sprintf("%s %s", a.v.Norm, u.chunkText(a))
		for _, c := range []chunk{a, b} {
			x.claims = append(x.claims, Claim{
				Kind:  KindConversion,
				Class: class,
				Word:  ua.dim,
				Value: Val{Value: *c.v},
				Span:  x.valueSpan(u, c.v),
			})
		}
	}
}

// withSubject adds to things the name the unit opens with, before chunk k:
// "Rival Rennick Controls reported 2024 revenue of $2.8 billion" is
// Rennick's revenue. A figure that opens a clause of its own (see
// opensClause) takes no subject. See subject for the other ways a unit
// names its subject.
func (x *extraction) withSubject(u *unitText, k int, things []string) []string {
	if opensClause(u, k) {
		return things
	}
	if c := u.chunks[k]; states[u.word(c.i-1)] != "" && isPastForm(u.word(c.i-1)) {
		// "Hennepin County paramedics treated 64 riders": who treated,
		// rescued or evacuated them does not say whose they were.
		return slices.DeleteFunc(things, func(t string) bool {
			return slices.ContainsFunc(u.chunks[:k], func(b chunk) bool { return b.key == t && namesThing(u, b) })
		})
	}
	if subj, _ := x.subject(u, k); subj != "" {
		return mergeStrings(things, []string{subj})
	}
	return things
}

// opensClause reports a figure that opens a clause of its own, whose
// subject the sentence's is not: "Paramedics treated dozens of people,
// and 14 people were taken to hospital".
func opensClause(u *unitText, k int) bool {
	i := k - 1
	if i >= 1 && u.chunks[i].kind == cWord && (u.chunks[i].key == "and" || u.chunks[i].key == "but") {
		i--
	}
	return i >= 0 && (u.chunks[i].key == ";" || u.chunks[i].key == "," && i < k-1) || subjectClause(u, k) >= 0
}

// subjectClause returns the index of the chunk after ", and" (or "but")
// when the figure at chunk k is in the subject that opens that clause:
// "Moten's time erased the record Lemaiyan ran in 2018, and the official
// tally of 31,842 finishers was the largest". The sentence's subject and
// year are the other clause's. It returns -1 otherwise.
func subjectClause(u *unitText, k int) int {
	for i := k - 1; i >= 2 && i >= k-6; i-- {
		c := u.chunks[i]
		if c.kind != cWord {
			return -1
		}
		if (c.key == "and" || c.key == "but") && u.chunks[i-1].key == "," {
			if opensNoun(u.chunks[i+1].key) {
				return i + 1
			}
			return -1
		}
	}
	return -1
}

// periodWords and forecastWords qualify a measure: a quarter's revenue is
// not the year's, and an expected figure is not a reported one.
// partWords say which part of a whole a figure measures: "youth
// unemployment" and "the urban population" are not the region's.
var partWords = setOf(`youth urban rural adult female male metropolitan metro domestic overseas foreign international`)

var periodWords = setOf(`first-quarter second-quarter third-quarter fourth-quarter quarterly q1 q2 q3 q4
first-half second-half half-year half-yearly nine-month six-month monthly weekly daily
organic operating adjusted gross net per-capita average median maximum minimum peak`)

// changeBase reports words just before toks[i] that make what follows the
// base of a change ("up from a year earlier", "than a year ago").
func changeBase(u *unitText, i int) bool {
	for j := i; j >= 0 && j >= i-2; j-- {
		switch u.toks[j].Key {
		case "from", "than", "over", "versus", "vs", "compared", "against":
			return true
		}
	}
	return false
}

// A sum sought ("the carriers are seeking $2.4 billion in damages") is no
// more a fact than a forecast is.
var forecastWords = setOf(`expect expects expected expecting forecast forecasts forecasted projected projects
projection projections guidance outlook target targets estimate estimates aim aims plan plans planned
seek seeks seeking sought demand demands demanded likely`)

// estimatePuts reports "estimates put" at token i: "Estimates put the
// toll at 300" says what is reckoned now, no forecast.
func estimatePuts(u *unitText, i int) bool {
	w := u.toks[i].Key
	return (w == "estimate" || w == "estimates") && (u.word(i+1) == "put" || u.word(i+1) == "puts" || u.word(i+1) == "place" || u.word(i+1) == "places")
}

// modalWords make a figure a forecast ("revenue could reach $5 billion"),
// but a physical quantity an ability ("could direct 5-metre plumes").
var modalWords = setOf(`could may might`)

// willChangeTo reports a figure a change to come will bring something to:
// "The scheme will raise the ground's capacity to 41,250". Whatever holds
// now is another figure.
func willChangeTo(u *unitText, c chunk) bool {
	if u.word(c.i-1) != "to" {
		return false
	}
	for i := c.i - 2; i > 0 && i >= c.i-8; i-- {
		if !u.toks[i].Word {
			return false
		}
		if changeToVerbs[u.toks[i].Key] {
			return u.word(i-1) == "will" || u.word(i-1) == "would"
		}
	}
	return false
}

// resultOfChange reports a figure a clause gives as what a change it
// follows leads to: "620 new positions, bringing total site headcount to
// approximately 2,070" is the headcount after the hiring, which the
// headcount now is not.
func resultOfChange(u *unitText, c chunk) bool {
	if u.word(c.i-1) != "to" {
		return false
	}
	for i := c.i - 2; i >= 0 && i >= c.i-8; i-- {
		if !u.toks[i].Word {
			return false
		}
		switch u.toks[i].Key {
		case "bringing", "taking", "lifting", "raising", "pushing", "boosting", "swelling":
			return true
		}
	}
	return false
}

var changeToVerbs = setOf(`raise lift increase expand boost grow extend cut reduce lower`)

// measureQualifiers returns the words in u's clause that qualify the figure
// at chunk k: period modifiers ("fourth-quarter") and, for a forecast,
// "forecast".
func measureQualifiers(u *unitText, k int) string {
	c := u.chunks[k]
	var qs []string
	forecast, combined := false, false
	for i := 0; i < len(u.toks) && i < c.i; i++ {
		// "May" with a capital is the month.
		if forecastWords[u.toks[i].Key] && !estimatePuts(u, i) || modalWords[u.toks[i].Key] && !u.toks[i].Cap && c.v.Unit == "" {
			forecast = true
		}
		// "200 bones, which together make up 56 percent": the figure's
		// own things, taken as a whole, are no several parties.
		combined = combined && u.toks[i].Key != ";" || combinedWords[u.toks[i].Key] && !gatherVerbs[u.word(i-1)] && !relativeWords[u.word(i-1)] && u.word(i-1) != "that" && u.word(i+1) != "with" && u.word(i+1) != "by"
		// A clause of its own after the forecast reports what happened:
		// "overran the original estimate of $900 million, and the total
		// cost reached $1.2 billion".
		if newClause(u, i, c.i) {
			forecast, combined = false, false
		}
	}
	// The words of this figure's own phrase: back to the previous figure,
	// comma or "and".
	start := c.i - 8
	for i := c.i - 1; i >= 0 && i >= c.i-8; i-- {
		t := u.toks[i]
		if !t.Word && t.Key != "-" || t.Key == "and" || t.Key == "but" {
			start = i + 1
			break
		}
		if i < c.i-1 && i > 0 && isDigitWord(t.Text) && strings.ContainsAny(t.Text, ".,") {
			start = i + 1
			break
		}
	}
	if w := u.word(c.i - 1); w == "for" || w == "among" {
		// "upended daily routines for 421,300 households": the words
		// before say nothing of the households.
		start = c.i
	}
	look := func(i int) {
		w := u.toks[i].Key
		if periodWords[w] || partWords[w] {
			qs = mergeStrings(qs, []string{w})
		}
		if typicalWords[w] {
			// "a single sortie typically costs about $9,000": what such
			// things cost, not what this one did.
			qs = mergeStrings(qs, []string{"typical"})
		}
		if w == "quarter" && i > 0 && !opensNoun(u.toks[i-1].Key) && u.toks[i-1].Key != "this" && u.toks[i-1].Key != "that" {
			// "third quarter" as "third-quarter"; "the quarter" says
			// no more than the sentence's time.
			qs = mergeStrings(qs, []string{u.toks[i-1].Key + "-quarter"})
		}
		// "$3.69 billion a year earlier": an earlier period's figure,
		// unless it is the base of a change ("up from a year earlier").
		if pastAdverbs[w] && i > 1 && timeNouns[words.Singular(u.toks[i-1].Key)] && !changeBase(u, i-2) {
			qs = mergeStrings(qs, []string{"earlier"})
		}
	}
	// A clause that opens the sentence frames all of it: "For the fourth
	// quarter of 2024, Corvane expects ...", "A year earlier, it had ...";
	// one that holds a figure of its own ("Q3 revenue was $4.2 billion,
	// and ...") is that figure's.
	for i := 0; i < k && u.chunks[i].i < 9; i++ {
		if p := u.chunks[i]; p.kind == cValue && isFigure(p.v) {
			break
		} else if p.kind == cPunct && p.key == "," {
			for f := 0; f < p.i; f++ {
				look(f)
			}
			break
		}
	}
	// After the figure, its phrase ends at a comma or conjunction too.
	for i := max(start, 0); i < c.j+3 && i < len(u.toks); i++ {
		if w := u.toks[i].Key; i >= c.j && (w == "," || w == ";" || w == "and" || w == "but") {
			break
		}
		look(i)
	}
	if combined {
		qs = append(qs, "combined")
	}
	if thenClause(u, c.i) {
		qs = append(qs, "then")
	}
	if willChangeTo(u, c) {
		forecast = true
	}
	if resultOfChange(u, c) {
		qs = append(qs, "after")
	}
	if forecast {
		qs = append(qs, "forecast")
	}
	return strings.Join(qs, " ")
}

// thenClause reports a sentence that opens with a clause of time before
// token i: "When directors cast their votes, the reservoir stood at 23
// percent" gives the level at that moment, which no level of another
// day contradicts.
func thenClause(u *unitText, i int) bool {
	if len(u.toks) == 0 || u.toks[0].Key != "when" && !(u.toks[0].Key == "at" && u.word(1) == "the" && u.word(2) == "time") {
		return false
	}
	comma := slices.IndexFunc(u.toks[:i], func(t words.Token) bool { return t.Key == "," })
	// "When complete, it will have 72 turbines" is no moment but the
	// thing done: a clause of time has a subject and a verb.
	return comma >= 3 || comma > 0 && u.toks[0].Key == "at"
}

// typicalWords make a figure what is usual, not a fact of one case.
var typicalWords = setOf(`typically usually normally generally ordinarily customarily`)

// combinedWords make a figure the sum of several parties' ("Together the
// two parties hold 79 seats"), which no one party's figure is.
// "Brought together 3,860 scientists" gathers them, and counts them
// still; "together with the new wing, the building offers 9,900 square
// metres" is the whole's figure; "assessments carried out jointly by the
// department and the agency indicate that 61.4 percent" were made by two
// bodies of one figure.
var combinedWords = setOf(`together combined jointly`)

var gatherVerbs = setOf(`bring brings bringing brought put puts putting come comes coming came
get gets getting got pull pulled pulling work works worked working band banded`)

// newClause reports whether token i, a comma, colon or semicolon, opens a clause
// with a finite verb of its own before token end: "; costs rose", ", and
// the total reached", but not ", and profit of".
func newClause(u *unitText, i, end int) bool {
	t := u.toks[i]
	if t.Key != ";" && t.Key != ":" && !(t.Key == "," && (u.word(i+1) == "and" || u.word(i+1) == "but" || u.word(i+1) == "while")) {
		return false
	}
	for j := i + 1; j < end; j++ {
		w := u.toks[j].Key
		if forecastWords[w] || modalWords[w] {
			return false
		}
		if copulas[w] || clauseVerbs[w] || edVerb(w) {
			return true
		}
	}
	return false
}

// clauseVerbs are irregular past tenses that report a figure.
var clauseVerbs = setOf(`rose fell grew hit stood came topped took made ran spent paid`)

// countChange reports a count that is a change, not a total: "lost 15
// seats", "gained three", "two more deaths".
func countChange(u *unitText, c chunk) bool {
	if c.v.Type != recognize.Count || c.v.Unit != "" {
		return false
	}
	for i := c.i - 1; i >= 0 && i >= c.i-2; i-- {
		if countChangeWords[u.toks[i].Key] {
			return true
		}
	}
	// "two more deaths", "12 additional cases", "another 40 homes": what
	// was added to a tally, not the tally.
	switch u.word(c.j) {
	case "more", "additional", "further", "extra":
		return true
	}
	switch u.word(c.i - 1) {
	case "another", "additional", "further", "extra":
		return true // "purchase rights on a further 10 aircraft"
	case "of":
		// "an increase of 2,480,792 people" is the change, no count.
		return changeNouns[u.word(c.i-2)]
	}
	return false
}

var countChangeWords = setOf(`lost gained shed added dropped lose gain loses gains losing gaining`)

// partOf returns, for a count at chunk k that is part of a whole ("58 of
// the 151 seats"), the chunk of the whole; else -1.
func partOf(u *unitText, k int) int {
	c := u.chunks[k]
	i := k + 1
	if c.v.Type != recognize.Count || i >= len(u.chunks) || u.chunks[i].key != "of" {
		return -1
	}
	i++
	if i < len(u.chunks) && u.chunks[i].key == "the" {
		i++
	}
	if i < len(u.chunks) && u.chunks[i].kind != cValue && u.toks[u.chunks[i].j-1].Poss {
		i++ // "47 of the National Assembly's 120 seats"
	}
	if i < len(u.chunks) && u.chunks[i].kind == cValue && u.chunks[i].v.Type == recognize.Count && u.chunks[i].v.Num > c.v.Num {
		return i
	}
	return -1
}

// wholeOf reports the whole a part is counted in at chunk k: the 151 of
// "58 of the 151 seats" is the assembly's size, not anyone's share.
func wholeOf(u *unitText, k int) bool {
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		if u.chunks[p].kind == cValue {
			return partOf(u, p) == k
		}
	}
	return false
}

// isPart reports a figure that is a part of another ("of whom about 5,400",
// "including 300", "Of these, approximately 268,000 packs had been
// distributed", "the first 38 turbines").
func isPart(u *unitText, c chunk) bool {
	p1, p2 := u.word(c.i-1), u.word(c.i-2)
	if c.i == 3 && p1 == "," && u.word(0) == "of" {
		p1, p2 = p2, "of" // a sentence that opens with what the part is of
	}
	return p2 == "of" && (p1 == "whom" || p1 == "which" || p1 == "them" || p1 == "these" || p1 == "those") ||
		p1 == "including" || p1 == "among" ||
		p2 == "the" && p1 == "first" || // "the first 38 turbines began exporting power"
		aloneInClause(u, c)
}

// aloneInClause reports a clause that singles out a part with "alone":
// "The 3.5 release line alone included commits from 87 contributors",
// "In March alone, 300 people died". Its figure is of that part.
func aloneInClause(u *unitText, c chunk) bool {
	for _, dir := range [2]int{-1, 1} {
		i := c.i - 1
		if dir > 0 {
			i = c.j
		}
		for n := 0; n < 12 && i >= 1 && i < len(u.toks); n, i = n+1, i+dir {
			w := u.toks[i].Key
			if w == ";" || w == "." || dir > 0 && w == "," {
				break
			}
			if w == "alone" && u.toks[i-1].Word && !aloneVerbs[u.toks[i-1].Key] {
				// "In Harwick district alone, 3,100 people": a part
				// with a name of its own is read as that place's or
				// thing's figure instead.
				for k := i - 1; k >= 1 && k >= i-3 && u.toks[k].Word; k-- {
					if u.toks[k].Cap && !inValue(u, u.toks[k]) {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// aloneVerbs before "alone" say that someone is alone, not that a part is
// singled out: "she lived alone", "was not alone".
var aloneVerbs = setOf(`be is are was were been being not live lives lived living left leave leaves stand stands stood standing feel feels felt act acts acted acting work works worked working go goes went travel travels travelled traveled`)

// labelMeasure reads a "Label: figure" line, as in fact boxes, tables and
// infoboxes ("Depth: 35 km", "Dead: at least 2,300", "Live albums<tab>1"):
// the label names the measure, or, for a plain count, what is counted.
func (x *extraction) labelMeasure(u *unitText, k int) (measure, word string) {
	v := u.chunks[k].v
	sep := -1 // the first token after the label
	for i, t := range u.toks {
		if i > 5 {
			break
		}
		if i > 0 && strings.Contains(u.text[u.toks[i-1].End:t.Start], "\t") {
			sep = i
			break
		}
		if t.Start >= v.Start {
			break
		}
		if t.Key == ":" {
			sep = i
			break
		}
	}
	if sep <= 0 || u.toks[sep-1].End > v.Start {
		return "", ""
	}
	label := strings.ToLower(u.text[u.toks[0].Start:u.toks[sep-1].End])
	for i := 0; i < sep; i++ {
		if m, n := x.lx.measures.Match(u.toks, i); n > 0 && i+n == sep {
			return m, label
		}
	}
	if v.Type != recognize.Count || v.Unit != "" {
		return "", ""
	}
	var parts []string
	for i := 0; i < sep; i++ {
		t := u.toks[i]
		if !t.Word || stopWords[t.Key] {
			return "", ""
		}
		parts = append(parts, t.Key)
	}
	parts[len(parts)-1] = words.Singular(parts[len(parts)-1])
	if !isNoun(parts[len(parts)-1]) {
		return "", ""
	}
	return "count of " + strings.Join(parts, " "), label
}

// eventBefore returns the class of an event word at most two words before
// the figure at chunk k ("killed 187 people").
func eventBefore(u *unitText, k int) string {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		c := u.chunks[i]
		if c.kind == cEvent && u.chunks[k].i-c.j <= 2 {
			if !harmClasses[c.val] {
				// "released two albums", "aired 52 episodes": the
				// albums are counted the same with or without the verb.
				return ""
			}
			return c.val
		}
		if c.kind != cWord {
			break
		}
	}
	return ""
}

// harmClasses are the events whose victims a count after them counts:
// "killing 380 people" counts the dead, not the people.
var harmClasses = setOf(`death attack accident earthquake aftershock storm flood fire battle`)

// transferWords are the verbs and nouns of money given: the giver is who
// the money is from.
var transferWords = setOf(`pledge pledged pledges committed commit commits provide provides provided
donate donated donates give gave gives promised promise promises grant granted grants allocated allocate
contribute contributed contributes offered offer offers aid funding`)

// moneyFrom reads money a named party gives: "the World Bank has committed
// $150 million", "the World Bank said it would provide $120 million", or a
// fact-box line "World Bank: $120 million" under a heading about aid.
func (x *extraction) moneyFrom(u *unitText, k int) (measure, word string) {
	c := u.chunks[k]
	verb := -1
	for i := c.i - 1; i >= 0 && i >= c.i-4; i-- {
		if transferWords[u.toks[i].Key] {
			verb = i
			break
		}
	}
	var giver string
	if verb >= 0 {
		for i := k - 1; i >= 0; i-- {
			p := u.chunks[i]
			if p.i >= verb {
				continue
			}
			if p.kind == cPunct && (p.key == "," || p.key == ";") || p.kind == cValue || verb-p.j > 6 {
				break
			}
			if (p.kind == cName || p.kind == cEntity) && !p.person {
				giver = personText(u, p)
				break
			}
		}
	} else if isLabelLine(u) && len(u.chunks) > 1 && (u.chunks[0].kind == cName || u.chunks[0].kind == cEntity) && u.chunks[1].key == ":" {
		if h, ok := x.headingWith(u, transferWords); ok {
			_ = h
			giver = personText(u, u.chunks[0])
		}
	}
	if giver == "" {
		return "", ""
	}
	return "money from " + strings.ToLower(giver), "money from " + giver
}

var voteVerbs = setOf(`won got received polled secured obtained took garnered captured`)

// voteShare reads the share of the vote that a party or candidate won in
// an election the unit names: "the Socialist Revolutionaries (SRs) got
// 17,943,000 corresponding to 40.4%", "Ortiz won 52% of the vote". It
// returns the chunk of the winner, or -1 when the figure is not one.
func voteShare(u *unitText, k int) (measure, word string, who int) {
	c := u.chunks[k]
	if c.v.Type != recognize.Percent || !hasEvent(u, "election") {
		return "", "", -1
	}
	verb := -1 // chunk index
	counts := 0
	for i := k - 1; i >= 0 && c.i-u.chunks[i].j <= 8; i-- {
		p := u.chunks[i]
		if p.kind == cValue {
			// The votes themselves may come first: "got 17,943,000
			// (40.4%)"; another share may not. The election's year may
			// stand between ("took the seat at the 1974 by-election").
			if isTime(p.v) {
				continue
			}
			if p.v.Type != recognize.Count || counts > 0 {
				return "", "", -1
			}
			counts++
			continue
		}
		if p.kind == cPunct && (p.key == ";" || p.key == ".") {
			return "", "", -1
		}
		if (p.kind == cWord || p.kind == cEvent) && voteVerbs[p.key] {
			verb = i
			break
		}
	}
	if verb < 0 {
		return "", "", -1
	}
	i := candidate(u, verb)
	if i < 0 {
		return "", "", -1
	}
	measure = "share of vote"
	if q := electionKind(u); q != "" {
		measure += " [" + q + "]"
	}
	return measure, "share of the vote of " + personText(u, u.chunks[i]), i
}

// candidate returns the chunk of the party or candidate who is the subject
// of the vote verb at chunk verb, or -1.
func candidate(u *unitText, verb int) int {
	for i := verb - 1; i >= 0 && u.chunks[verb].i-u.chunks[i].j <= 6; i-- {
		p := u.chunks[i]
		if p.kind == cPunct && p.key == ")" {
			// Skip an abbreviation in brackets: "(SRs)".
			for i > 0 && u.chunks[i].key != "(" {
				i--
			}
			continue
		}
		if isCandidate(p) {
			// "Agnes Whitcombe of the Liberal Party won": the candidate's
			// share, not the party's.
			if j := i - 1; j >= 1 && !p.person {
				if u.chunks[j].key == "the" {
					j--
				}
				if j >= 1 && u.chunks[j].key == "of" && u.chunks[j-1].kind == cName {
					i = j - 1
				}
			}
			return i
		}
		if p.kind != cWord || !isArticle(p.key) {
			break
		}
	}
	return -1
}

// voteWinner returns the chunk of the candidate a count of votes is
// given for: "Ibarra received 48,113 votes", "Ibarra finished with 48,311
// votes"; -1 if none is named so.
func voteWinner(u *unitText, k int) int {
	i := k - 1
	// "to Pemberton-Ruiz's 24,903", "24,903 (votes) for Pemberton-Ruiz".
	if i >= 0 && isCandidate(u.chunks[i]) && u.toks[u.chunks[i].j-1].Poss {
		return i
	}
	n := k + 1
	if n < len(u.chunks) && (u.chunks[n].key == "votes" || u.chunks[n].key == "vote") {
		n++
	}
	if n+1 < len(u.chunks) && u.chunks[n].key == "for" && isCandidate(u.chunks[n+1]) {
		return n + 1
	}
	if i >= 1 && u.chunks[i].key == "with" && placingVerbs[u.chunks[i-1].key] {
		i-- // "finished with"
	} else if i < 0 || !voteVerbs[u.chunks[i].key] {
		return -1
	}
	return candidate(u, i)
}

// castAfter reports a count of votes that says they were cast: "56,530
// votes were cast", "56,530 votes cast".
func castAfter(u *unitText, k int) bool {
	for i := k + 1; i < len(u.chunks) && i <= k+4; i++ {
		switch c := u.chunks[i]; {
		case c.key == "cast":
			return true
		case c.kind == cPunct || c.kind == cValue:
			return false
		}
	}
	return false
}

// isCandidate reports a chunk that may name a candidate or a party.
func isCandidate(c chunk) bool {
	return c.kind == cName || c.kind == cEntity && c.thing
}

// electionWords tell one election, or one round of it, from another.
var electionWords = setOf(`presidential parliamentary legislative general local municipal regional national
state federal provincial primary primaries runoff run-off by-election midterm senate gubernatorial mayoral
first-round second-round referendum`)

// electionKind returns the words of u that say which election, or which
// round of it, the unit speaks of ("presidential runoff", "first-round"),
// in the order written: the words right before an election noun and the
// noun itself, and the word before "round". A "presidential year" or the
// "National Electoral Commission" names none.
func electionKind(u *unitText) string {
	var ws []string
	for i, t := range u.toks {
		switch t.Key {
		case "round":
			if i > 0 && !u.toks[i-1].Cap {
				ws = mergeStrings(ws, []string{u.toks[i-1].Key + "-round"})
			}
		case "election", "elections", "referendum", "runoff", "run-off", "primary", "primaries", "by-election", "poll", "vote", "midterm", "midterms":
			compared, previous := electionReferred(u, i)
			if compared {
				continue
			}
			if previous {
				ws = mergeStrings(ws, []string{"previous"})
			}
			for j := max(0, i-3); j <= i; j++ {
				if w := u.toks[j].Key; electionWords[w] {
					ws = mergeStrings(ws, []string{w})
				}
			}
		}
	}
	return strings.Join(ws, " ")
}

// electionReferred tells how the words before an election noun at token
// i refer to it. compared: it is the election a figure is compared with,
// not the figure's own ("up 6.5 points from the last mayoral election",
// "compared with the 2021 municipal election"). previous: it is an
// election before the one the story is about ("turnout in the last
// mayoral election was 34.7 percent"), whose figures no other election's
// are.
func electionReferred(u *unitText, i int) (compared, previous bool) {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch u.toks[j].Key {
		case "from", "than", "with", "since":
			return true, false
		case "last", "previous":
			previous = true
		case ",", ";", ".":
			return false, previous
		}
	}
	return false, previous
}

// electionYear returns the year of the election u names, written before
// it ("the 2022 presidential election") or anywhere as its date.
func electionYear(u *unitText) string {
	for _, c := range u.chunks {
		// Not a day said relative to the story's ("by 1:20 a.m.
		// Wednesday"): the count may be of an election long before.
		if c.kind == cValue && isTime(c.v) && c.v.When.Resolved && c.v.Norm != "" && c.v.When.EndYear == 0 && !c.v.When.Relative && !c.v.When.NoYear {
			return c.v.Norm[:4]
		}
	}
	return ""
}

// hasEvent reports whether u names an event of class.
func hasEvent(u *unitText, class string) bool {
	for _, c := range u.chunks {
		if c.kind == cEvent && c.val == class {
			return true
		}
	}
	return false
}

// headingWith returns the nearest heading above u if it holds one of ws.
func (x *extraction) headingWith(u *unitText, ws map[string]bool) (*unitText, bool) {
	for i := u.idx - 1; i >= 0; i-- {
		h := x.units[i]
		if !h.heading {
			continue
		}
		for _, t := range h.toks {
			if ws[t.Key] {
				return h, true
			}
		}
		return nil, false
	}
	return nil, false
}

var priceVerbs = setOf(`is are costs cost was were starts`)

// priceOf reads the price of a named thing: "Pro is $24 per month", or a
// table row whose first cell names it ("| Pro | $29/month |"). The period
// a price is per ("per month", "/month", "per user") is part of what it
// measures.
func (x *extraction) priceOf(u *unitText, k int) (measure, word string) {
	c := u.chunks[k]
	var name string
	switch {
	case k >= 2 && u.chunks[k-1].kind == cWord && priceVerbs[u.chunks[k-1].key] && u.chunks[k-2].kind == cName:
		name = u.chunkText(u.chunks[k-2])
	case k == 0 && u.idx > 0 && len(u.chunks) <= 5:
		// A cell holding only the price: the row's name is the cell before.
		prev := x.units[u.idx-1]
		if len(prev.chunks) == 1 && prev.chunks[0].kind == cName {
			name = prev.chunkText(prev.chunks[0])
		}
	}
	if name == "" {
		return "", ""
	}
	per := ""
	for i := c.j; i+1 < len(u.toks) && i < c.j+6; i += 2 {
		if w := u.toks[i].Key; w != "per" && w != "/" && w != "a" {
			break
		}
		per += " per " + words.Singular(u.toks[i+1].Key)
	}
	return "price of " + strings.ToLower(name) + per, "price of " + name + per
}

// paidFor returns what a sum is paid for, when the sum follows a verb of
// paying and a name follows "for": "St. Aldric is paying $412 million in
// cash for Riverside Valley"; else "".
func paidFor(u *unitText, k int) string {
	p := k - 1
	for p > 0 && p >= k-2 && (isArticle(u.chunks[p].key) || u.chunks[p].key == "record" || u.chunks[p].key == "club-record") {
		p-- // "paid a club-record £24m for"
	}
	if p < 0 || !payVerbs[u.chunks[p].key] {
		return ""
	}
	for i := k + 1; i+1 < len(u.chunks) && i <= k+4; i++ {
		c := u.chunks[i]
		if c.kind == cPunct || c.kind == cValue {
			return ""
		}
		if c.key == "for" {
			// A club pays for a player as a buyer for a company.
			if n := u.chunks[i+1]; n.kind == cName || n.kind == cEntity && n.thing {
				return n.key
			}
			return ""
		}
	}
	return ""
}

var payVerbs = setOf(`pay pays paying paid`)

// stakeOwner returns who holds a stake the percentage at chunk k gives,
// when the text names it: "Fjordvest Capital, which owns 24.9 percent of
// Skerrie", "Fjordvest, the Bergen-based investor that holds a 29.4%
// stake in the airline"; else "".
func stakeOwner(u *unitText, k int) string {
	c := u.chunks[k]
	j := k - 1
	article := j >= 0 && (u.chunks[j].key == "a" || u.chunks[j].key == "an")
	if article {
		j--
	}
	if j < 1 || !ownVerbs[u.chunks[j].key] {
		return ""
	}
	if next := u.word(c.j); article && next != "stake" && next != "holding" || !article && next != "of" {
		return ""
	}
	s := j - 1
	if relativeWords[u.chunks[s].key] || u.chunks[s].key == "that" {
		s--
		if s >= 0 && u.chunks[s].key == "," {
			s--
		}
	}
	if s < 0 {
		return ""
	}
	if n := u.chunks[s]; n.named() {
		return n.key
	}
	if u.chunks[s].kind == cWord {
		key, _ := appositiveOf(u, s)
		return key
	}
	return ""
}

// ownVerbs say a party holds part of a company.
var ownVerbs = setOf(`owns own owned holds hold held controls control controlled`)

// buyVerbs buy a company, a building, a team.
var buyVerbs = setOf(`acquire acquires acquired acquiring buy buys bought buying purchase purchases purchased purchasing`)

// dealPrice returns what a sum is paid for, when it is named: "Halvers
// Groep purchased Fenwright Instruments in 1998 for $48.5 million", "was
// acquired by Halvers Groep for $46.2 million" (the name before the verb
// then). What is bought must be named: "bought several start-ups for less
// than $300 million" prices no one deal. It returns "" for a sum that is
// no price of a named thing.
func dealPrice(u *unitText, k int) string {
	if k < 3 {
		return ""
	}
	reach := 10
	switch p := u.chunks[k-1].key; {
	case p == "for":
	case p == "worth" || p == "at" && slices.ContainsFunc(u.chunks[max(0, k-5):k-1], func(c chunk) bool { return valueVerbs[c.key] }):
		// "will buy Brightfold Software, its rival, in a deal worth $372
		// million", "... that values its smaller rival at $312 million".
		reach = 16
	default:
		return ""
	}
	var object string
	for i := k - 2; i >= 0 && i >= k-reach; i-- {
		c := u.chunks[i]
		switch {
		case c.kind == cPunct && c.key != "," || c.kind == cValue && !isTime(c.v):
			return ""
		case c.named():
			object = c.key // the nearest the verb, once the loop reaches it
		case buyVerbs[c.key]:
			if slices.ContainsFunc(u.chunks[i+1:k-1], func(c chunk) bool { return c.key == "by" }) {
				// Passive ("was bought outright by"): what was bought is
				// the name before the verb.
				for j := i - 1; j >= 0 && j >= i-4; j-- {
					if u.chunks[j].named() {
						return u.chunks[j].key
					}
				}
				return ""
			}
			return object
		}
	}
	return ""
}

var valueVerbs = setOf(`values valued valuing`)

// substanceAfter returns what a quantity ending before token i is of:
// "heavy fuel oil" in "3,400 tonnes of heavy fuel oil"; else "".
func substanceAfter(u *unitText, i int) string {
	if u.word(i) != "of" {
		return ""
	}
	ws, _ := commonNouns(u, i+1)
	return strings.Join(ws, " ")
}

// commonNouns returns the lower-case words of the noun phrase at token i,
// up to three, the last in the singular, and the token after them. A
// mark, function word, capital, possessive, number or the head of a name
// ends the phrase.
func commonNouns(u *unitText, i int) (ws []string, end int) {
	for ; i < len(u.toks) && len(ws) < 3; i++ {
		t := u.toks[i]
		if !t.Word || stopWords[t.Key] || t.Cap || t.Poss || thingHeads[t.Key] && !modifier(u, i) || isDigitWord(t.Key) {
			break
		}
		if len(ws) > 0 && finiteVerbs[t.Key] {
			break // "42% of Halbury's income comes from": the noun ends
		}
		ws = append(ws, t.Key)
	}
	if len(ws) > 0 {
		ws[len(ws)-1] = words.Singular(ws[len(ws)-1])
	}
	return ws, i
}

// modifier reports a lower-case word that another lower-case word
// follows in the same phrase: "group" and "global" in "group
// manufacturing volume" and "global output" modify, where "the group" is
// a body.
func modifier(u *unitText, i int) bool {
	n := i + 1
	return n < len(u.toks) && u.toks[n].Word && !u.toks[n].Cap && !u.toks[n].Poss && !stopWords[u.toks[n].Key] && !isDigitWord(u.toks[n].Key)
}

// subjectClasses are the event classes a figure can describe (a quake's
// magnitude, a storm's toll); meetings and briefings only report figures.
func subjectEvent(class string) bool {
	switch class {
	case "press-conference", "announcement", "meeting", "visit", "release", "appointment", "resignation", "inspection":
		return false
	}
	return true
}

// eventContext returns the class of the event a figure describes: the
// nearest event word in its unit, else, for a fact-box line, the event the
// nearest heading above names, else the document's title.
func (x *extraction) eventContext(u *unitText, k int) string {
	if ev := x.lx.purposeEvent(u, k); ev != "" {
		return ev
	}
	best, bestD := "", 1<<30
	c := u.chunks[k]
	from, to := asideBefore(u, k)
	for i, e := range u.chunks {
		if e.kind != cEvent || !subjectEvent(e.val) || notEvent(u, i) || from < i && i < to || sumBetween(u, k, i) {
			continue
		}
		d := e.i - c.j
		if e.j <= c.i {
			d = c.i - e.j
		}
		if d < bestD && d <= 20 {
			best, bestD = e.val, d
		}
	}
	if best != "" || !isLabelLine(u) || c.v.Type == recognize.Money {
		// "Final cost: EUR 48.6 million" under "New main building
		// opens" is the building's cost, not the opening's.
		return best
	}
	if h, k := x.headingEvent(u); k >= 0 {
		return h.chunks[k].val
	}
	return ""
}

// sanctions are the sums a body is made to pay.
var sanctions = setOf(`penalty damages settlement`)

// causeEvent returns the event after "for" or "over" in the figure's
// clause: what a penalty punishes ("£4.2 million for the 2024 breach").
func causeEvent(u *unitText, k int) string {
	because := false
	for i := k + 1; i < len(u.chunks) && i <= k+12; i++ {
		c := u.chunks[i]
		switch {
		case c.key == "." || c.key == ";" || c.key == "—":
			return ""
		case c.key == "for" || c.key == "over":
			because = true
		case because && c.kind == cEvent && subjectEvent(c.val):
			return c.val
		}
	}
	return ""
}

// sumBetween reports another sum of money between chunks k and i: an
// event past it is that sum's ("a $24.7 million price tag, well above the
// initial estimate of $19 million given shortly after the closure").
func sumBetween(u *unitText, k, i int) bool {
	lo, hi := min(k, i), max(k, i)
	for j := lo + 1; j < hi; j++ {
		if c := u.chunks[j]; c.kind == cValue && c.v.Type == recognize.Money {
			return true
		}
	}
	return false
}

// purposeEvent returns the event a figure is spent on when a verb of
// purpose follows it: "it cost £2.8 million to build and opened in 2012"
// is the building's cost, not the opening's. The verb is in its plain
// form; the lexicon knows the event by its past participle.
func (lx *Lexicon) purposeEvent(u *unitText, k int) string {
	if k+2 >= len(u.chunks) || u.chunks[k+1].key != "to" || u.chunks[k+2].kind != cWord {
		return ""
	}
	verb := u.chunks[k+2].key
	forms := []string{verb + "ed", verb + "d", irregularParticiples[verb]}
	if w, ok := strings.CutSuffix(verb, "y"); ok {
		forms = append(forms, w+"ied")
	}
	for _, f := range forms {
		if f == "" {
			continue
		}
		if ev := lx.events.Word(f); ev != "" && subjectEvent(ev) {
			return ev
		}
	}
	return ""
}

var irregularParticiples = map[string]string{
	"build": "built", "make": "made", "buy": "bought", "sell": "sold", "rebuild": "rebuilt",
	"lay": "laid", "hold": "held", "win": "won", "run": "run", "send": "sent",
	"fly": "flown", "write": "written", "sing": "sung", "show": "shown", "see": "seen",
	"draw": "drawn", "grow": "grown", "swear": "sworn",
}

// participles are irregularParticiples' forms, by the form.
var participles = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range irregularParticiples {
		m[p] = true
	}
	return m
}()

// pastParticiple reports a word that may be a past participle:
// "synthesized", "built".
func pastParticiple(w string) bool { return edVerb(w) || participles[w] }

// measurePlace returns the place a measure word is of when a name follows
// it ("turnout in Halvik was 68.2 percent", "unemployment in Tarrow"), for
// the measure word nearest before chunk k; "" if none.
func measurePlace(u *unitText, k int) string {
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		c := u.chunks[i]
		if c.kind == cPunct && c.key != "'" || c.kind == cValue && isFigure(c.v) {
			return ""
		}
		if c.kind != cMeasure {
			continue
		}
		if i+2 < k && u.chunks[i+1].key == "in" && u.chunks[i+2].kind == cName && !u.chunks[i+2].person {
			return u.chunks[i+2].key
		}
		return ""
	}
	return ""
}

// placeOfVerb returns the place the verb after a count puts it in:
// "Eleven people died in Marrelin", "31 were killed in Dunhold", a part of
// a toll that other places share; "" if none.
func placeOfVerb(u *unitText, k int) string {
	i := k + 1
	if i < len(u.chunks) && (u.chunks[i].kind == cMeasure || u.chunks[i].kind == cWord && isNoun(u.chunks[i].key) && !auxiliaries[u.chunks[i].key]) {
		i++ // "people"
	}
	for i < len(u.chunks) && u.chunks[i].kind == cWord && auxiliaries[u.chunks[i].key] {
		i++
	}
	if i >= len(u.chunks) || u.chunks[i].kind != cWord && u.chunks[i].kind != cEvent || !isPastForm(u.chunks[i].key) {
		return ""
	}
	if i+2 < len(u.chunks) && u.chunks[i+1].key == "in" && u.chunks[i+2].kind == cName && !u.chunks[i+2].person {
		return u.chunks[i+2].key
	}
	return ""
}

// isPastForm reports a verb in the past: "died", "killed", "fell".
func isPastForm(w string) bool { return edVerb(w) || pastForms[w] }

// openingPlace returns the chunk of the place a sentence opens with, which
// what it says is of: "In the province of Halvik, ... turnout reached 68.2
// percent", "In Japan, the prime minister ..."; -1 if none. A time ("In
// 2024,") is no place.
func openingPlace(u *unitText) int {
	if len(u.chunks) < 3 {
		return -1
	}
	switch u.chunks[0].key {
	case "in", "across", "throughout":
	default:
		return -1
	}
	i := 1
	if u.chunks[i].key == "the" && i+3 < len(u.chunks) && u.chunks[i+1].kind == cWord && u.chunks[i+2].key == "of" {
		i += 3 // "In the province of"
	}
	if i+1 >= len(u.chunks) || u.chunks[i+1].key != "," {
		return -1
	}
	if p, _ := placeAt(u, i); p == "" {
		return -1
	}
	return i
}

// electionMeasures are an election's whatever event word is near: "the
// turnout in the March 9 election".
var electionMeasures = setOf(`turnout`)

// thingMeasures measure a thing's build, whatever event is near; a
// prison sentence is its court's, whichever verdict is near. A map
// literal, since setOf would split "prison sentence".
var thingMeasures = map[string]bool{"floors": true, "length": true, "capacity": true, "prison sentence": true}

// prisonTerm reports a span of years or months that a court sent someone
// to prison for: "sentenced her to 11 years", "11 years in prison", "a
// 12-year sentence". A term only asked for or possible ("prosecutors
// sought 17 years", "faces up to 20 years in prison") is none.
func prisonTerm(u *unitText, k int) bool {
	c := u.chunks[k]
	if !isDuration(c.v) || c.v.Unit != "year" && c.v.Unit != "month" {
		return false
	}
	for i := c.i - 1; i >= 0 && i >= c.i-8; i-- {
		if termHedges[u.toks[i].Key] {
			return false
		}
	}
	if strings.HasSuffix(u.chunkText(c), "-"+c.v.Unit) {
		// "a 12-year sentence", "a 30-month prison term"
		switch u.word(c.j) {
		case "sentence", "prison", "jail":
			return true
		case "term":
			// "a three-year term of the contract", "a four-year term as
			// mayor": a term is a prison's only where the words say so.
			return slices.ContainsFunc(u.toks, func(t words.Token) bool { return prisonNouns[t.Key] || t.Key == "sentenced" || t.Key == "convicted" })
		}
		return false
	}
	switch {
	case u.word(c.j) == "of":
		return false // "three years of supervised release"
	case u.word(c.j) == "in" && (prisonNouns[u.word(c.j+1)] || prisonNouns[u.word(c.j+2)]):
		return true // "11 years in federal prison"
	case u.word(c.j) == "behind" && u.word(c.j+1) == "bars":
		return true
	case u.word(c.i-1) == "to":
		for i := c.i - 2; i >= 0 && i >= c.i-7; i-- {
			if w := u.toks[i].Key; w == "sentenced" || w == "sentences" || w == "sentence" || w == "jailed" {
				return true // "sentenced Lydia Marchetti to 11 years"
			}
		}
	}
	return false
}

var prisonNouns = setOf(`prison jail custody`)

// sentenced returns the person the prison term at chunk k was handed to,
// as the clause names them next to its verb: "sentenced Lydia Marchetti
// to", "Marchetti was sentenced to", "Marchetti received"; else none.
func (x *extraction) sentenced(u *unitText, k int) []Name {
	for i := k - 1; i >= 1 && i >= k-12; i-- {
		c := u.chunks[i]
		if c.kind != cWord || c.key != "sentenced" && c.key != "received" && c.key != "receives" && c.key != "jailed" {
			continue
		}
		if n := u.chunks[i+1]; n.kind == cName && !u.thingLike(n) {
			return []Name{x.personName(n.key, u, n)}
		}
		j := i - 1
		for j > 0 && auxiliaries[u.chunks[j].key] {
			j--
		}
		if u.chunks[j].key == "," {
			// "Lydia Marchetti, 47, received": the name before the aside.
			open := j - 1
			for open > 0 && open > i-10 && u.chunks[open].key != "," {
				open--
			}
			if open < 1 || u.chunks[open].key != "," {
				return nil
			}
			j = open - 1
		}
		if p := u.chunks[j]; p.kind == cName && !u.thingLike(p) {
			return []Name{x.personName(p.key, u, p)}
		}
		return nil
	}
	return nil
}

// termHedges make a term one only asked for or possible.
var termHedges = setOf(`sought seek seeks asked asking requested request recommended recommend faces face facing faced maximum up could would possible`)

// samePhrase reports whether nothing but words lies between the byte
// offset end (in u) and chunk k: no other figure, no punctuation.
func samePhrase(u *unitText, end, k int) bool {
	for i := k - 1; i >= 0 && u.toks[u.chunks[i].i].Start >= end; i-- {
		if c := u.chunks[i]; c.kind == cValue || c.kind == cPunct {
			return false
		}
	}
	return true
}

func isLabelLine(u *unitText) bool {
	for i, t := range u.toks {
		if i > 4 {
			return false
		}
		if t.Key == ":" {
			return true
		}
	}
	return false
}

// change makes a claim of a stated change of a measure over a base period
// ("revenue of $4.3 billion, up 12% from fiscal 2023"), so that two
// statements of the same change can be compared.
func (x *extraction) change(u *unitText, k int) {
	c := u.chunks[k]
	measure, word := measureFor(u, k)
	for i := k - 1; measure == "" && i >= 0 && i >= k-7; i-- {
		// "revenue of $4.3 billion, up 12%": the change is of the figure
		// before it.
		if p := u.chunks[i]; p.kind == cValue && isFigure(p.v) {
			measure, word = measureFor(u, i)
			break
		}
	}
	// "up 8.4 percent from the 3,148,400 visits counted in 2024": of the
	// figure it is a change from, whose year is the base.
	fromFigure := false
	if measure == "" && k+2 < len(u.chunks) && u.chunks[k+1].key == "from" {
		f := k + 2
		if u.chunks[f].key == "the" && f+1 < len(u.chunks) {
			f++
		}
		if p := u.chunks[f]; p.kind == cValue && isFigure(p.v) && p.v.Type != recognize.Percent {
			measure, word = measureFor(u, f)
			fromFigure = true
		}
	}
	after := false
	if n := nounBeforeChange(u, c); n != "" {
		// "crew members will receive a 5.7 percent pay rise": the pay
		// changes, whatever measure the sentence named before.
		measure, word, after = n, n, true
	} else if m, w := changedMeasure(u, k); m != "" && measure == "" {
		// "a 4.5 percent increase in resident tuition": the measure
		// after the change.
		measure, word, after = m, w, true
	}
	if measure == "" {
		return
	}
	base, year := "", -1
	for i := k + 1; i < len(u.chunks) && i <= k+8; i++ {
		n := u.chunks[i]
		if n.kind == cValue && isTime(n.v) && n.v.When.Resolved {
			if p := u.word(n.i - 1); p == "from" || p == "over" || p == "on" || p == "fiscal" || strings.HasPrefix(strings.ToLower(n.v.Text), "fiscal") || fromFigure && p == "in" {
				base = periodOf(n.v)
			} else {
				year = i
			}
			break
		}
	}
	period := ""
	switch {
	case base != "":
		period = "from " + base
	case priorYear(u, c.j):
		// "an increase of 8.2 percent over the prior year", in a
		// sentence about 2025: from 2024.
		y := clauseYear(u, k)
		if y < 0 {
			return
		}
		period = "from " + strconv.Itoa(u.chunks[y].v.When.Year-1)
	default:
		// A change with no base is read only where a verb or noun of
		// change says what it changes ("voted to raise tuition by 4.5
		// percent", "a 12% reduction in staff"): "revenue rose 8.8%"
		// may be a quarter's or a year's. It is compared only with
		// others that give no base, and dated by a year its clause
		// gives, if any. The level before or after a change ("up from
		// 34.7 percent", "rose to 41 percent") is no change.
		if w := u.word(c.i - 1); w == "from" || w == "to" || w == "at" || changeVerbBy(u, c) == "" && !after {
			return
		}
		if year < 0 {
			year = clauseYear(u, k)
		}
		// Only a year said to hold the change dates it: "rose 3% in
		// 2019", not "for fiscal year 2027" of a budget beside it.
		if year >= 0 && (u.word(u.chunks[year].i-1) == "in" || u.word(u.chunks[year].i-1) == "during") {
			period = periodOf(u.chunks[year].v)
		}
	}
	v := *c.v
	if down(u, changeStart(u, c)) || fallWords[u.word(c.j)] || fallWords[changeVerbBy(u, c)] {
		v.Num, v.High = -v.Num, -v.High
		v.Norm = "-" + v.Norm
	}
	x.claims = append(x.claims, Claim{
		Kind:   rules.KindMeasure,
		Class:  "change in " + measure,
		Word:   "change in " + word,
		Period: period,
		Value:  Val{Value: v},
		Span:   x.valueSpan(u, c.v),
	})
}

// changedMeasure returns the measure a change noun after the percentage
// at chunk k is of: "a 4.5 percent increase in resident tuition", or the
// noun its phrase ends with, singular, where the vocabulary has no
// measure: "a 5.2% increase in basic pay for 2026". A phrase with "of"
// ("an increase in the number of visitors") names its measure further
// on, and is left alone.
func changedMeasure(u *unitText, k int) (measure, word string) {
	c := u.chunks[k]
	if !changeNouns[u.word(c.j)] || u.word(c.j+1) != "in" {
		return "", ""
	}
	head := ""
phrase:
	for i := k + 1; i < len(u.chunks) && u.chunks[i].i <= c.j+5; i++ {
		n := u.chunks[i]
		switch {
		case n.i <= c.j+1:
			// the change noun and "in"
		case n.kind == cMeasure:
			return compoundMeasure(u, i), measurePhrase(u, i)
		case n.kind != cWord || n.key == "of":
			return "", ""
		case stopWords[n.key] && n.key != "the":
			break phrase
		case isNoun(n.key):
			head = n.key
		}
	}
	if head == "" {
		return "", ""
	}
	return words.Singular(head), words.Singular(head)
}

// priorYear reports a change's base given as the year before the one its
// clause is about, in the words from token i: "over the prior year", "on
// the year before", "from a year earlier".
func priorYear(u *unitText, i int) bool {
	switch u.word(i) {
	case "over", "on", "from", "than":
	default:
		return false
	}
	w1, w2, w3 := u.word(i+1), u.word(i+2), u.word(i+3)
	return w1 == "the" && (w2 == "prior" || w2 == "previous" || w2 == "preceding") && w3 == "year" ||
		w1 == "the" && w2 == "year" && w3 == "before" ||
		w1 == "a" && w2 == "year" && (w3 == "earlier" || w3 == "before" || w3 == "ago")
}

// clauseYear returns the index of the chunk of the year a change's
// sentence is about, stated before it ("In 2025 the port handled ..., an
// increase of 8.2 percent"), or -1.
func clauseYear(u *unitText, k int) int {
	for i := k - 1; i >= 0; i-- {
		if n := u.chunks[i]; n.kind == cValue && n.v.Type == recognize.Year && n.v.When.Resolved {
			return i
		}
	}
	return -1
}

// changeStart returns the first word of a change: "up" in "up 2.7%".
func changeStart(u *unitText, c chunk) int {
	start := c.i
	for start > 0 && start > c.i-3 && (changeWords[u.toks[start-1].Key] || u.toks[start-1].Key == "of" || isArticle(u.toks[start-1].Key)) {
		start--
	}
	return start
}

// isThreshold reports a figure that bounds a class rather than stating a
// fact ("aftershocks of magnitude 4 or above", "5,000 or more").
func isThreshold(u *unitText, c chunk) bool {
	n1, n2 := u.word(c.j), u.word(c.j+1)
	if (n1 == "or" || n1 == "and") && boundWords[n2] ||
		n1 == "+" || u.word(c.i-1) == "than" && c.v.Qualifier == recognize.Exact || needWords[u.word(c.i-1)] {
		return true
	}
	// "a dozen seats short of a majority": what is missing, no count.
	for i := c.j; i < len(u.toks) && i <= c.j+2; i++ {
		if u.toks[i].Key == "short" && u.word(i+1) == "of" {
			return true
		}
	}
	return false
}

// needWords say a figure is what something takes, not what there is: "a
// party needs 61 seats to command a majority".
var needWords = setOf(`needs need needed requires require required`)

// boundWords make a figure before "or" a bound: "magnitude 6.5 or larger".
var boundWords = setOf(`above more higher greater over larger bigger stronger below less fewer lower smaller`)

// isAge reports a count that is someone's age ("members above the age of
// twenty", "aged 38"): it does not count what a measure word near it names.
func isAge(u *unitText, c chunk) bool {
	if c.v.Type != recognize.Count || c.v.Unit != "" {
		return false
	}
	p1 := u.word(c.i - 1)
	return p1 == "aged" || p1 == "of" && (u.word(c.i-2) == "age" || u.word(c.i-2) == "ages")
}

// ageBound reports an age that bounds a group rather than giving
// someone's: "both under the age of five".
func ageBound(u *unitText, c chunk) bool {
	for i := c.i - 1; i >= 0 && i >= c.i-4; i-- {
		switch u.toks[i].Key {
		case "under", "over", "above", "below", "between":
			return true
		}
	}
	return false
}

// hasFigure reports whether any value of u is a figure.
func hasFigure(u *unitText) bool {
	for i := range u.values {
		if isFigure(&u.values[i]) {
			return true
		}
	}
	return false
}

func isFigure(v *recognize.Value) bool {
	return v != nil && (v.Type == recognize.Money || v.Type == recognize.Count || v.Type == recognize.Percent)
}

var changeWords = setOf(`up down rose fell increased decreased grew dropped declined climbed jumped gained lost increase decrease growth drop decline rise fall`)

// sumChange reports a sum by which something changes: "the plan goes up
// by $2.50 a month", "raised fares by $1".
func sumChange(u *unitText, c chunk) bool {
	if c.v.Type != recognize.Money || u.word(c.i-1) != "by" {
		return false
	}
	for i := c.i - 2; i >= 0 && i >= c.i-6; i-- {
		if w := u.toks[i].Key; changeWords[w] || changeVerbs[w] {
			return true
		}
	}
	return false
}

var changeVerbs = setOf(`raise raises raised raising hike hikes hiked cut cuts cutting reduce reduces reduced reducing
increase increases increasing decrease decreases lower lowers lowered lift lifts lifting`)

// isChange reports a percentage that is a change, not a level.
func isChange(u *unitText, c chunk) bool {
	if c.v.Type != recognize.Percent {
		return false
	}
	for i := c.i - 1; i >= 0 && i >= c.i-3; i-- {
		if changeWords[u.toks[i].Key] && !(u.toks[i].Key == "up" && makeForms[u.word(i-1)]) {
			return true
		}
	}
	// "a 4.5 percent increase in tuition", "a 5.7 percent pay rise"
	return changeNouns[u.word(c.j)] || changeVerbBy(u, c) != "" || nounBeforeChange(u, c) != ""
}

// nounBeforeChange returns, singular, the noun between a percentage and a
// change noun, which names what changes: "pay" in "a 5.7 percent pay
// rise", "fare" in "a 4% fare increase"; or "".
func nounBeforeChange(u *unitText, c chunk) string {
	if c.j >= len(u.toks) || u.toks[c.j].Cap || !changeNouns[u.word(c.j+1)] || !isNoun(u.word(c.j)) {
		return ""
	}
	return words.Singular(u.word(c.j))
}

// changeVerbBy returns the verb of change a percentage changes its object
// by: "raise" in "raise in-state tuition by 4.5 percent", "lift" in "lift
// tuition 4.5 percent", but none in "cut 9 percent of its workforce",
// which is a share; else "".
func changeVerbBy(u *unitText, c chunk) string {
	if u.word(c.j) == "of" {
		return ""
	}
	reach := 2
	if u.word(c.i-1) == "by" {
		reach = 7
	}
	for i := c.i - 1; i >= 0 && i >= c.i-reach; i-- {
		t := u.toks[i]
		if !t.Word {
			return ""
		}
		if changeVerbs[t.Key] {
			return t.Key
		}
	}
	return ""
}

var changeNouns = setOf(`increase increases rise rises hike hikes cut cuts decrease decreases decline declines drop drops jump gain gains reduction reductions`)

// makeForms are the forms of "make". In "make up" they name a share
// ("bones that make up 56 percent of the skeleton"), not a rise; "making it
// the largest" ranks what it made.
var makeForms = setOf(`make makes made making`)

// holdsPeople reports a figure at chunk k that says how many a place
// holds, not how many came: "the 44,150-seat stadium", "will hold 41,500
// spectators", "seats 900".
func holdsPeople(u *unitText, k int, measure string) bool {
	c := u.chunks[k]
	if c.v.Type != recognize.Count {
		return false
	}
	if last := u.toks[c.j-1].Key; last == "seat" || strings.HasSuffix(last, "-seat") {
		return true
	}
	switch measure {
	case "attendance", "count of people", "count of fan", "count of guest", "count of passenger":
		// Not seats: a party "holds 58 seats".
	default:
		return false
	}
	i := c.i - 1
	for i >= 0 && (u.toks[i].Key == "up" || u.toks[i].Key == "to" || u.toks[i].Key == "about" || u.toks[i].Key == "some") {
		i-- // "can hold up to 41,500"
	}
	return i >= 0 && holdVerbs[u.toks[i].Key]
}

var holdVerbs = setOf(`hold holds holding seat seats seating accommodate accommodates accommodating`)

// isDeterminer reports a count that only picks out a known set ("the two
// countries", "both leaders") or stands for "a" ("one possible scenario"):
// not a figure anyone states as a fact.
func isDeterminer(u *unitText, c chunk) bool {
	if c.v.Type != recognize.Count || c.v.Unit != "" {
		return false
	}
	switch u.word(c.i - 1) {
	case "both", "all", "its", "their", "his", "her", "our", "my", "your", "every", "each":
		return true
	case "the", "these", "those":
		// "the two countries" points back; "the three monks who
		// prepare it" states a number.
		return c.v.Num <= 2
	}
	// "one" as a word is mostly "a"; the digit 1 is a figure.
	return c.v.Num == 1 && (c.v.Qualifier == recognize.Exact || c.v.Qualifier == "") && !strings.ContainsAny(c.v.Text, "0123456789")
}

// collectiveBefore returns the group a count after "of" sizes, with the
// words before it that say which: "winter crew" in "a winter crew of
// 16"; else "".
func collectiveBefore(u *unitText, k int) string {
	c := u.chunks[k]
	if c.v.Unit != "" || u.word(c.i-1) != "of" || c.i < 2 || !collectiveNouns[u.word(c.i-2)] {
		return ""
	}
	n := c.i - 2
	ws := []string{u.toks[n].Key}
	if m := n - 1; m >= 0 && u.toks[m].Word && !u.toks[m].Cap && isNoun(u.toks[m].Key) && !isArticle(u.toks[m].Key) {
		ws = append([]string{u.toks[m].Key}, ws...)
	}
	return strings.Join(ws, " ")
}

// collectiveNouns name a group that a count after "of" sizes.
var collectiveNouns = setOf(`crew team squad field fleet class cohort contingent delegation panel roster`)

// measureFor names what the figure at chunk k measures, and the words the
// text uses for it: for a count, the measure or counted noun right after it
// comes first ("600,000 Vietnamese workers"); otherwise a measure word
// shortly before it in the same clause ("bilateral trade hit $46.2 billion").
func measureFor(u *unitText, k int) (measure, word string) {
	c := u.chunks[k]
	if n := undertakingAfter(u, k); n != "" {
		if dealNouns[strings.ToLower(n)] {
			return "price", "price paid" // "the $1.85 billion merger", as dealPrice
		}
		return "price", "cost"
	}
	if c.v.Type == recognize.Count {
		if n := collectiveBefore(u, k); n != "" {
			// "a winter crew of 16 will stay": the crew's size.
			if m, _ := measureAfter(u, k); m == "" {
				return "count of " + n, n
			}
		}
		if m, w := measureAfter(u, k); m != "" {
			if (m == "count of people" || m == "count of person") && k > 0 && u.chunks[k-1].kind == cEvent && u.chunks[k-1].val == "death" {
				// "killed 213 people" is the death toll "231 deaths" gives.
				return "death toll", "death toll"
			}
			return m, w
		}
	}
	if c.v.Type == recognize.Percent {
		// "a turnout of 38.7 percent of registered voters" is the
		// turnout; the share it gives is what the measure is.
		if i := measureJustBefore(u, k); i >= 0 {
			return u.chunks[i].val, measurePhrase(u, i)
		}
		if m, w := shareOf(u, k); m != "" {
			return m, w
		}
	}
	if m := sumNoun(u, k); m > 0 {
		// "Residents will share the $45.8 million settlement": the sum
		// says what it is before any word further back does.
		return compoundMeasure(u, m), strings.ToLower(u.chunkText(u.chunks[m]))
	}
	from := c.i // where the distance to a measure word counts from
	aside, asideEnd := asideBefore(u, k)
	for i := k - 1; i >= 0 && from-u.chunks[i].j <= 12; i-- {
		p := u.chunks[i]
		if i == asideEnd {
			i, from = aside, u.chunks[aside].i
			continue
		}
		// "rose 11.8 percent to $412.6 million": the change leads to the
		// figure, and the measure named before both is the figure's.
		changeTo := p.kind == cValue && i == k-2 && u.chunks[k-1].key == "to" && isChange(u, p)
		if p.kind == cValue && isFigure(p.v) && !isDeterminer(u, p) && !startOfChange(u, i) && !isDuration(p.v) && !changeTo || p.kind == cPunct && (p.key == ";" || p.key == "(" || p.key == "." || p.key == ",") {
			break
		}
		if p.kind == cMeasure {
			if owner := sumBefore(u, i); owner >= 0 && owner != k {
				// "the $50,000 course-record bonus on top of the $60,000
				// winner's cheque": the bonus is the first sum's.
				break
			}
			return compoundMeasure(u, i), measurePhrase(u, i)
		}
	}
	return measureAfter(u, k)
}

// mannerNouns make a number and a hyphen a word of manner, not a count:
// "two-way trade", "a one-off payment".
var mannerNouns = setOf(`way off sided fold stop shot`)

// pluralAfterName returns the chunk of a plural noun after the name at
// chunk i, with at most two words that say which kind between ("E195-E2
// jets", "NestGuard 360 convertible car seats"), or -1.
func pluralAfterName(u *unitText, i int) int {
	m := i + 1
	for m < len(u.chunks) && m <= i+2 && u.chunks[m].kind == cWord && !isPlural(u.chunks[m].key) && (isModifier(u.chunks[m].key) || isNoun(u.chunks[m].key)) {
		m++
	}
	if m >= len(u.chunks) {
		return -1
	}
	if n := u.chunks[m]; n.kind == cWord && isPlural(n.key) && isNoun(n.key) && !verbAfter(u, n.j) {
		return m
	}
	return -1
}

// verbAfter reports a token at i that makes the plural word before it a
// verb: an object or a preposition a verb takes, not a mark or a word a
// noun goes on with ("jets, the biggest", "jets for Vestavind").
func verbAfter(u *unitText, i int) bool {
	if i >= len(u.toks) || !u.toks[i].Word {
		return false
	}
	switch u.toks[i].Key {
	case "and", "or", "for", "from", "in", "on", "at", "to", "by", "of", "worth", "valued", "that", "which":
		return false
	}
	// "seats sold in the United States": a participle goes on with a noun.
	return !pastParticiple(u.toks[i].Key)
}

// compoundMeasure returns the measure of the measure chunk i, told apart
// by another measure word right before a cost: "wage costs" are no
// transfer fee, though both are prices.
func compoundMeasure(u *unitText, i int) string {
	c := u.chunks[i]
	if c.val != "price" || i == 0 {
		return c.val
	}
	if p := u.chunks[i-1]; p.kind == cMeasure && p.val != c.val && p.j == c.i {
		return c.val + " [" + words.Singular(p.key) + "]"
	}
	return c.val
}

// sumNoun returns the measure chunk a sum at chunk k modifies, as in "the
// $45.8 million settlement" or "a $50,000 course-record bonus", or -1. Up
// to two nouns may stand between: "a $1.2 billion reconstruction fund".
func sumNoun(u *unitText, k int) int {
	if u.chunks[k].v.Type != recognize.Money {
		return -1
	}
	for m := k + 1; m < len(u.chunks) && m <= k+3; m++ {
		switch n := u.chunks[m]; {
		case n.kind == cMeasure:
			return m
		case n.kind != cWord || !compoundWord(n.key):
			return -1
		}
	}
	return -1
}

// sumBefore returns the sum whose noun is the measure chunk m (see
// sumNoun), or -1.
func sumBefore(u *unitText, m int) int {
	for k := m - 1; k >= 0 && k >= m-3; k-- {
		if c := u.chunks[k]; c.kind == cValue {
			if c.v.Type == recognize.Money && sumNoun(u, k) == m {
				return k
			}
			return -1
		}
	}
	return -1
}

// compoundWord reports a lower-case word that may modify a noun after
// it: "course-record" in "course-record bonus".
func compoundWord(w string) bool {
	return isNoun(w) || isModifier(w) || strings.Contains(w, "-") && !strings.HasSuffix(w, "-")
}

// asideBefore finds an aside set off by commas right before the copula
// of the figure at chunk k: "The final cost, confirmed this week, is $1.36
// billion". Its words belong to the subject, not to the figure. It returns
// the chunks of the opening and closing commas, or -1, -1.
func asideBefore(u *unitText, k int) (start, end int) {
	end = k - 2
	if end < 1 || u.chunks[end].key != "," || !copulas[u.chunks[k-1].key] {
		return -1, -1
	}
	for i := end - 1; i > 0 && u.toks[u.chunks[end].i].Start-u.toks[u.chunks[i].i].Start < 80; i-- {
		c := u.chunks[i]
		switch {
		case c.key == ",":
			return i, end
		case c.kind == cPunct || c.kind == cValue && isFigure(c.v):
			return -1, -1
		}
	}
	return -1, -1
}

// perUnit returns the unit a sum at chunk k is given for: "$38.50 per
// share", "$38.50 a share", "$36.50 in cash for each Brightwell share".
func perUnit(u *unitText, k int) string {
	i := u.chunks[k].j
	if u.word(i) == "in" && (u.word(i+1) == "cash" || u.word(i+1) == "stock") {
		i += 2
	}
	switch u.word(i) {
	case "annually", "yearly":
		return "year"
	case "monthly":
		return "month"
	case "weekly":
		return "week"
	case "daily":
		return "day"
	}
	// "$6,850 a month" is a price per month, as "$82,200 a year" is per
	// year; "per annum" too.
	if w := u.word(i + 1); (u.word(i) == "a" || u.word(i) == "per" || u.word(i) == "each") && timeNouns[w] && !pastAdverbs[u.word(i+2)] && u.word(i+2) != "later" {
		return w
	}
	if u.word(i) == "per" && u.word(i+1) == "annum" {
		return "year"
	}
	switch {
	case u.word(i) == "per" || u.word(i) == "a" && i == u.chunks[k].j:
		i++
	case u.word(i) == "for" && (u.word(i+1) == "each" || u.word(i+1) == "every"):
		i += 2
	case u.word(i) == "each":
		i++
	default:
		return ""
	}
	// A name may say whose unit it is: "each Brightwell share".
	for n := 0; n < 3 && i < len(u.toks) && u.toks[i].Cap; n++ {
		i++
	}
	if i >= len(u.toks) || !u.toks[i].Word || !isNoun(u.word(i)) {
		return ""
	}
	return words.Singular(u.word(i))
}

// undertakingAfter returns the undertaking a sum right before it is the
// cost of: "a $1.45 billion mission", "the $40 million renovation".
func undertakingAfter(u *unitText, k int) string {
	c := u.chunks[k]
	if c.v.Type != recognize.Money || k+1 >= len(u.chunks) {
		return ""
	}
	n := k + 1
	if n+1 < len(u.chunks) && u.chunks[n].kind == cName && !u.chunks[n].person && u.chunks[n].i == c.j {
		n++ // "the £38m ARDENT-BP programme"
	}
	if n+1 < len(u.chunks) && u.chunks[n].kind == cValue && isDuration(u.chunks[n].v) && u.chunks[n].i == c.j {
		n++ // "a £14.6 million five-year contract"
	}
	if w := u.chunks[n]; (w.kind == cWord || w.kind == cEvent) && (costNouns[w.key] || dealNouns[w.key]) && w.i == u.chunks[n-1].j {
		return u.chunkText(w)
	}
	return ""
}

// costNouns are undertakings whose cost a sum before them gives.
var costNouns = setOf(`mission missions project projects programme program renovation refurbishment restoration
redevelopment expansion extension upgrade overhaul rebuild reconstruction construction
bridge crossing tunnel stadium arena terminal railway highway motorway dam plant facility complex campus
building wing hospital school museum library station tower headquarters factory warehouse airport runway
trial trials study studies scheme initiative campaign inquiry investigation`)

// dealNouns are the undertakings that buy a firm: what a sum before them
// gives is the price paid.
var dealNouns = setOf(`merger acquisition takeover buyout tie-up deal contract`)

// measureJustBefore returns the measure word a figure follows closely
// ("turnout of 38.7 percent", "Turnout was 37.8 percent", "Turnout:
// 38.7%"), or -1.
func measureJustBefore(u *unitText, k int) int {
	if comparatives[u.word(u.chunks[k].j)] {
		return -1 // "was 60 percent higher than last year" is a change
	}
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		c := u.chunks[i]
		switch {
		case c.kind == cMeasure:
			return i
		case c.key == ":" || c.kind == cWord && (c.key == "of" || c.key == "was" || c.key == "is" || c.key == "stood" || c.key == "at"):
			continue
		}
		return -1
	}
	return -1
}

// holdsShare reports a clause before token end that says whose share a
// percentage is: "the state pays 80 percent of the cost", "bought 30
// percent of the shares". Other parties hold the rest.
func holdsShare(u *unitText, end int) bool {
	for i := end - 1; i >= 0 && i >= end-6; i-- {
		w := u.toks[i].Key
		if !u.toks[i].Word {
			return false
		}
		if shareVerbs[w] {
			return true
		}
	}
	return false
}

var shareVerbs = setOf(`own owns owned holds hold held stake pays pay paid cover covers covered fund funds funded
bought buy buys sold sell sells acquire acquires acquired control controls controlled contribute contributes
contributed bear bears bore split splits share shares stakes`)

var comparatives = setOf(`higher lower more less fewer greater larger smaller above below up down`)

// shareOf reads a percentage of a group: "62% of buildings in Hollam" is
// the share of buildings in Hollam, which "18% of buildings across the
// province" is not, and "60% of homes in the district" that of homes.
func shareOf(u *unitText, k int) (measure, word string) {
	c := u.chunks[k]
	i := c.j
	if i >= len(u.toks) || u.toks[i].Key != "of" {
		return "", ""
	}
	i++
	if i < len(u.toks) && isArticle(u.toks[i].Key) {
		// "65 percent of the skeleton" is a share of one whole, which
		// another source may state; "30 percent of the company" is a
		// party's stake in it, which each party holds its own of.
		if u.toks[i].Key != "the" || holdsShare(u, c.i) {
			return "", ""
		}
		i++
	}
	if u.word(i) == "all" && i+1 < len(u.toks) && !u.toks[i+1].Cap {
		i++ // "41% of all finishers" is a share of finishers
	}
	if owner := ownerEnd(u, i); owner > i {
		// "14 percent of Norvane's global output", "of its workforce":
		// a share of the whole its owner has.
		if holdsShare(u, c.i) {
			return "", ""
		}
		i = owner
	}
	noun, i := commonNouns(u, i)
	if len(noun) == 0 {
		return "", ""
	}
	if noun[len(noun)-1] == "voter" && (u.word(i) == "cast" || u.word(i) == "voted" || u.word(i) == "turned") {
		// "Some 64.8% of registered voters cast a ballot": the turnout.
		return "turnout", "turnout"
	}
	m := "share of " + strings.Join(noun, " ")
	w := m
	if mw := measureWordAt(u, i-1); mw != "" {
		// "19 percent of the workforce" and "12 percent of staff" are
		// one share: the lexicon's measure, whatever word names it.
		m = "share of " + mw
	}
	if i+1 < len(u.toks) && (u.toks[i].Key == "in" || u.toks[i].Key == "across" || u.toks[i].Key == "nationwide") {
		j := i + 1
		if u.toks[j].Key == "the" && j+1 < len(u.toks) {
			j++
		}
		// "in the district" is the story's district, as a share with no
		// place is; "in Hollam" and "across the province" say which.
		if u.toks[i].Key != "in" || u.toks[j].Cap {
			m += " " + u.toks[i].Key + " " + u.toks[j].Key
			w += " " + u.toks[i].Text + " " + u.toks[j].Text
		}
	}
	return m, w
}

// measureWordAt returns the measure a measure word at token i names, or "".
func measureWordAt(u *unitText, i int) string {
	for _, c := range u.chunks {
		if c.kind == cMeasure && c.i <= i && i < c.j {
			return c.val
		}
	}
	return ""
}

// ownerEnd returns the token after an owner that opens a noun phrase at
// i, a possessive pronoun ("its") or a name or noun of up to three words
// with "'s" ("Norvane's", "the studio's" after its article), or i.
func ownerEnd(u *unitText, i int) int {
	if i >= len(u.toks) {
		return i
	}
	switch u.toks[i].Key {
	case "its", "their", "his", "her":
		return i + 1
	}
	for j := i; j < len(u.toks) && j < i+3 && u.toks[j].Word; j++ {
		if u.toks[j].Poss {
			return j + 1
		}
	}
	return i
}

// conjunct returns "and" or "or" and the plural noun it joins to a
// counted noun that ends before token end, as in "recalling 118,400
// Kestrel SUVs and Arden estates": the figure counts both kinds, and is
// no count of Kestrel SUVs. The plural must come after names only
// ("Arden estates") or end the phrase ("trams and ferries."); anything
// else may be a clause of its own: "12 people and seized weapons", "46
// aircraft and flies to 70 destinations", "97,300 Kestrel SUVs and
// 21,100 Arden estates".
func conjunct(u *unitText, end int) string {
	and := u.word(end)
	if and != "and" && and != "or" {
		return ""
	}
	var names []string
	for i := end + 1; i < len(u.toks) && i <= end+3; i++ {
		t := u.toks[i]
		if !t.Word {
			return ""
		}
		if s := words.Singular(t.Key); s != t.Key && isNoun(t.Key) && (len(names) > 0 || endsPhrase(u, i+1)) {
			return and + " " + strings.Join(append(names, s), " ")
		}
		if !t.Cap || isDigitWord(t.Key) {
			return ""
		}
		names = append(names, t.Key)
	}
	return ""
}

// endsPhrase reports whether token i ends the sentence or is a mark: after
// "48 trams and ferries," the plural is a noun, where in "46 aircraft and
// flies to 70 destinations" it is a verb.
func endsPhrase(u *unitText, i int) bool {
	return i >= len(u.toks) || !u.toks[i].Word
}

// measureAfter finds a measure word or counted noun right after chunk k,
// or the dimension of a unit of measurement.
func measureAfter(u *unitText, k int) (measure, word string) {
	c := u.chunks[k]
	if noun := hyphenNoun(u, c); noun != "" {
		// "a 42,500-seat stadium" counts seats, and "a three-day visit"
		// or "two-way trade" counts nothing.
		if timeNouns[noun] || mannerNouns[noun] {
			return "", ""
		}
		return "count of " + noun, noun
	} else if t := u.chunkText(c); len(t) > len(c.v.Text) && strings.HasPrefix(t, c.v.Text+"-") {
		return "", "" // "the two-plus-two dialogue", "a one-on-one meeting"
	}
	// "$1.35 billion in damages", "$4.3 billion in revenue".
	if k+2 < len(u.chunks) && u.chunks[k+1].key == "in" {
		// "$46.8 million in first-quarter net income": words that say
		// which income may come between.
		for j := k + 2; j < len(u.chunks) && j <= k+4; j++ {
			n := u.chunks[j]
			if n.kind == cMeasure {
				return n.val, u.chunkText(n)
			}
			if !(n.kind == cWord && (isModifier(n.key) || sumQualifiers[n.key]) || n.kind == cValue && n.v.Type == recognize.Rank && n.j == n.i+1 && strings.Contains(u.toks[n.i].Text, "-")) {
				break
			}
		}
	}
	var mods []string // "studio" in "four studio albums": a different count from "live albums"
	for i := k + 1; i < len(u.chunks) && i <= k+3; i++ {
		n := u.chunks[i]
		plural := -1 // a plural after a maker's or product's name right after the figure
		if n.kind == cName && !n.person && n.j-n.i <= 3 && i == k+1 {
			plural = pluralAfterName(u, i)
		}
		switch {
		case n.kind == cMeasure:
			// "two price lists": the measure word only modifies what is
			// counted.
			if w := u.word(n.j); c.v.Type == recognize.Count && c.v.Unit == "" && n.j < len(u.toks) && u.toks[n.j].Word && isPlural(w) {
				noun := strings.Join(append(mods, strings.ToLower(u.chunkText(n)), words.Singular(w)), " ")
				return "count of " + noun, strings.ToLower(u.text[u.toks[n.i].Start:u.toks[n.j].End])
			}
			return n.val, u.chunkText(n)
		case n.kind == cEntity:
			continue
		case n.kind == cName && !n.person && n.j-n.i == 1 && len(mods) == 0 && i+1 < len(u.chunks) && u.chunks[i+1].kind == cWord && isNoun(u.chunks[i+1].key):
			// "seven Florida counties", "two Beatles songs": the name
			// says which kind.
			mods = append(mods, n.key)
			continue
		case plural == i+1:
			// "14 Embraer E195-E2 jets": a maker and model say which
			// jets, and the count is of jets. In "macOS 11 Big Sur ends
			// with this release" the word is a verb.
			continue
		case plural > i+1:
			// "418,000 NestGuard 360 convertible car seats": the count is
			// of seats.
			p := u.chunks[plural]
			return "count of " + words.Singular(p.key), strings.ToLower(u.text[u.toks[n.i].Start:u.toks[p.j-1].End])
		case n.kind == cWord && isModifier(n.key):
			mods = append(mods, n.key)
			continue
		case n.kind == cWord && strings.HasSuffix(n.key, "ing") && i+1 < len(u.chunks) && u.chunks[i+1].kind == cMeasure:
			// "a $2.14 billion operating budget": the word says which
			// budget, as measureQualifiers tells.
			continue
		case n.kind == cWord && strings.HasSuffix(n.key, "ing") && len(n.key) > 4 && c.v.Type == recognize.Count && c.v.Unit == "" && i+1 < len(u.chunks) && u.chunks[i+1].kind == cWord && isPlural(u.chunks[i+1].key) && i == k+1:
			// "2,100 docking points", "400 parking spaces": the "-ing"
			// word says which points.
			p := u.chunks[i+1]
			noun := strings.Join(append(mods, n.key, words.Singular(p.key)), " ")
			return "count of " + noun, strings.ToLower(u.text[u.toks[n.i].Start:u.toks[p.i].End])
		case n.kind == cWord && edVerb(n.key) && i+1 < len(u.chunks) && u.chunks[i+1].kind == cWord && isNoun(u.chunks[i+1].key):
			// "64 confirmed cases" counts confirmed cases, which "four
			// linked cases" are not.
			mods = append(mods, n.key)
			continue
		case (n.kind == cWord || n.kind == cEvent) && c.v.Type == recognize.Count && c.v.Unit == "" && c.v.Num == math.Trunc(c.v.Num) && isNoun(n.key):
			end := n.j
			noun := append(mods, words.Singular(n.key))
			// "418 league appearances": a noun before a plural noun only
			// says which kind is counted.
			// "9,800 flight hours" counts hours.
			if w := u.word(n.j); words.Singular(n.key) == n.key && n.j < len(u.toks) && u.toks[n.j].Word && (isNoun(w) || timeNouns[words.Singular(w)]) && words.Singular(w) != w {
				noun, end = append(noun, words.Singular(w)), n.j+1
			}
			if other := conjunct(u, end); other != "" {
				noun = append(noun, other)
			}
			return "count of " + strings.Join(noun, " "), strings.ToLower(u.text[u.toks[u.chunks[k+1].i].Start:u.toks[end-1].End])
		case n.kind == cName && !n.person && n.j-n.i >= 2 && len(mods) == 0 && c.v.Type == recognize.Count && c.v.Unit == "" && c.v.Num == math.Trunc(c.v.Num):
			// "three Grammy Awards": a name that ends in a plural noun.
			ws := strings.Fields(n.key)
			last := ws[len(ws)-1]
			if !isNoun(last) || !strings.HasSuffix(last, "s") || words.Singular(last) == last {
				break
			}
			ws[len(ws)-1] = words.Singular(last)
			if other := conjunct(u, n.j); other != "" {
				ws = append(ws, other)
			}
			return "count of " + strings.Join(ws, " "), u.chunkText(n)
		}
		break
	}
	if place := distanceFrom(u, k); place != "" {
		return "distance from " + strings.ToLower(place), "distance from " + place
	}
	if dim := dimensionAfter(u, k); dim != "" {
		return dim, dim
	}
	if noun, text := lengthOf(u, k); noun != "" {
		return "length of " + noun, text
	}
	// An area or a mass is one measure of its thing even unnamed ("the
	// 1.4 hectares temple precinct"); a length is too often a distance
	// between two places to tell apart.
	if dim := dimension(c.v.Unit); dim != "" && c.v.Type == recognize.Count && len(u.chunks) > 1 {
		// A table cell that holds only the figure ("1,200 tonnes" under
		// "Oil released") does not say whose it is.
		return dim, dim
	}
	return "", ""
}

// hyphenNoun returns the noun a whole count is joined to by a hyphen, as
// it describes what follows ("a 42,500-seat stadium", "the 151-member
// chamber"); "12-year-old" is no such noun.
func hyphenNoun(u *unitText, c chunk) string {
	v := c.v
	if v.Type != recognize.Count || v.Unit != "" || v.Num != math.Trunc(v.Num) {
		return ""
	}
	rest, ok := strings.CutPrefix(u.chunkText(c), v.Text)
	if !ok || !strings.HasPrefix(rest, "-") {
		return ""
	}
	w := strings.ToLower(rest[1:])
	if !isNoun(w) || strings.Contains(w, "-") {
		return ""
	}
	return w
}

// headAfter returns the head noun, singular, of the phrase a figure at
// chunk k modifies: the last of up to three lower-case words after it, up
// to a mark, a function word or a participle ("unit" in "a 24-bed acute
// medical unit, two wards"), or the word before a verb that an article
// follows ("hospital" in "the 120-bed hospital serves the region"); ""
// when the phrase runs on past three words ("the four-bed wards hold 146
// people") or is a kind of place too general to tell two apart ("a
// 120-bed facility").
func headAfter(u *unitText, k int) string {
	head, before := "", ""
	for i := u.chunks[k].j; ; i++ {
		if i >= len(u.toks) {
			break
		}
		t := u.toks[i]
		if !t.Word || stopWords[t.Key] || copulas[t.Key] || edVerb(t.Key) {
			if before != "" && opensNoun(t.Key) {
				// "the 120-bed hospital serves the region": an article
				// after two words makes the second a verb.
				head = before
			}
			if t.Word || t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == ")" || t.Text == "(" {
				break
			}
			return ""
		}
		before = head
		// A compound noun runs to four words ("pediatric intensive care
		// unit"), and holds no capital and no figure.
		if t.Cap || isDigitWord(t.Key) || i-u.chunks[k].j == 4 {
			return ""
		}
		head = t.Key
	}
	if len(head) < 3 || genericHeads[head] {
		return ""
	}
	return words.Singular(head)
}

// genericHeads name a place or work by its kind only, as a text does when
// it has named it already by a narrower noun.
var genericHeads = setOf(`facility facilities building buildings complex site structure project scheme venue development`)

// pastAdverbs after "a year" make it a time before, not a rate: "$3.69
// billion a year earlier".
var pastAdverbs = setOf(`earlier ago before`)

// durationBefore returns the span of time a figure is given for, between
// its measure word and it: "9-month" in "Revenue for the first nine months
// of fiscal 2024 was $3,148 million"; else "".
func durationBefore(u *unitText, k int) string {
	for i := k - 1; i >= 0; i-- {
		c := u.chunks[i]
		switch {
		case c.kind == cMeasure, c.kind == cPunct && c.key != "'":
			return ""
		case c.kind == cValue && isDuration(c.v):
			return strings.ReplaceAll(c.v.Norm, " ", "-")
		}
	}
	return ""
}

// isDuration reports a span of time ("the three months to Dec. 31"): it
// is when a figure holds, not a figure of the measure named before it.
func isDuration(v *recognize.Value) bool {
	return v.Type == recognize.Count && timeNouns[v.Unit]
}

var timeNouns = setOf(`second minute hour day night week weekend month quarter year decade century season term`)

// lengthOf returns what a length right before a noun measures: "2
// meters (6 ft 7 in) flame", "5-metre plumes of flame" (the plumes are
// the flame's). After an article the figure describes one of many ("a
// 5 km race"), so it is no measure of the thing.
func lengthOf(u *unitText, k int) (noun, text string) {
	if !standaloneLength(u, k) {
		return "", ""
	}
	i := afterConversion(u, k)
	if i >= len(u.chunks) || u.chunks[i].kind != cWord || !isNoun(u.chunks[i].key) || spatialWords[u.chunks[i].key] {
		return "", ""
	}
	n := u.chunks[i]
	if i+2 < len(u.chunks) && u.chunks[i+1].key == "of" && u.chunks[i+2].kind == cWord && isNoun(u.chunks[i+2].key) {
		n = u.chunks[i+2]
	}
	return words.Singular(n.key), u.chunkText(n)
}

// thingsBefore returns the names of things that u writes before chunk k.
func thingsBefore(u *unitText, k int) []string {
	var out []string
	for _, c := range u.chunks[:k] {
		if namesThing(u, c) {
			out = mergeStrings(out, []string{c.key})
		}
	}
	return out
}

// dimensionAfter returns the dimension a length gives when an adjective
// follows it: "310 m tall" is a height of what the sentence is about.
func dimensionAfter(u *unitText, k int) string {
	if !standaloneLength(u, k) {
		return ""
	}
	if i := afterConversion(u, k); i < len(u.chunks) && u.chunks[i].kind == cWord {
		return dimensionWords[u.chunks[i].key]
	}
	return ""
}

// standaloneLength reports a length at chunk k that is not one of many:
// not after an article or "each" ("a 5 km race").
func standaloneLength(u *unitText, k int) bool {
	c := u.chunks[k]
	if b, ok := toBase[c.v.Unit]; !ok || b.dim != "length" || c.v.Type != recognize.Count {
		return false
	}
	p := u.word(c.i - 1)
	return !isArticle(p) && p != "each" && p != "every" && p != "per"
}

// afterConversion returns the chunk after k and the bracketed conversion
// that may follow it ("43 miles (69 km)").
func afterConversion(u *unitText, k int) int {
	i := k + 1
	if i+2 < len(u.chunks) && u.chunks[i].key == "(" && u.chunks[i+2].key == ")" {
		i += 3
	}
	return i
}

// dimensionWords name the dimension a length after a verb of being gives:
// "is 310 m tall".
var dimensionWords = map[string]string{"tall": "height", "high": "height", "long": "length", "wide": "width", "deep": "depth", "thick": "thickness"}

// spatialWords follow a length without naming what it is of: "3 m
// thick", "5 km away".
var spatialWords = setOf(`thick long wide high tall deep across away apart above below ahead behind beyond
offshore inland downstream upstream underground underwater deeper higher longer wider taller farther further`)

var directions = setOf(`north south east west northeast northwest southeast southwest north-east north-west south-east south-west northern southern eastern western`)

// distanceFrom returns the place a length is measured from: "69 km
// northeast of Berlin", "80 km from the coast of Chile".
func distanceFrom(u *unitText, k int) string {
	c := u.chunks[k]
	if b, ok := toBase[c.v.Unit]; !ok || b.dim != "length" {
		return ""
	}
	i := afterConversion(u, k) // "43 miles (69 km) northeast of"
	for i < len(u.chunks) && u.chunks[i].kind == cWord && directions[u.chunks[i].key] {
		i++
	}
	if i+1 >= len(u.chunks) || u.chunks[i].key != "of" && u.chunks[i].key != "from" {
		return ""
	}
	p := u.chunks[i+1]
	if p.kind == cWord && p.key == "the" && i+2 < len(u.chunks) {
		p = u.chunks[i+2]
	}
	if p.kind == cEntity || p.kind == cName {
		return personText(u, p) // as written: a distance from Berlin is not one from Germany
	}
	return ""
}

// dimension names what a unit measures, for the units whose figures are a
// thing's own size.
func dimension(unit string) string {
	switch unit {
	case "ha", "acre", "km2", "m2", "sq mi", "sq km":
		return "area"
	case "kg", "g", "t", "lb", "tonnes", "tons":
		return "mass"
	}
	return ""
}

// measurePhrase is the measure's words as written, with the adjectives
// right before the measure word ("bilateral trade").
func measurePhrase(u *unitText, i int) string {
	c := u.chunks[i]
	start := c.i
	for start > 0 && u.toks[start-1].Word && !u.toks[start-1].Cap && !stopWords[u.toks[start-1].Key] && start > c.i-2 {
		start--
	}
	if start > 0 && u.toks[start-1].Cap && start-1 == 0 {
		start--
	}
	return strings.ToLower(u.text[u.toks[start].Start:u.toks[c.j-1].End])
}

var stopWords = setOf(`the a an of in on at by for from to and or with its their his her our this that these those is was are were be been has have had`)

// isModifier reports words that may stand between a number and its noun.
func isModifier(w string) bool {
	return setAdjectives[w]
}

// finiteVerbs end the noun phrase before them.
var finiteVerbs = setOf(`come comes came remain remains remained cast casts voted vote votes found saw went goes go turned`)

// sumQualifiers say which sum a measure word names: "$3 million in legal
// fees", "in annual revenue".
var sumQualifiers = setOf(`annual quarterly yearly monthly net gross total operating legal combined full-year`)

var setAdjectives = setOf(`elderly native local foreign new old young senior junior adult more additional other full-time part-time registered active live studio`)

// isNoun is a conservative test for a counted noun: a lower-case word that
// is not a function word, verb form or adverb we know of.
func isNoun(w string) bool {
	if stopWords[w] || notNoun[w] || len(w) < 3 {
		return false
	}
	// A past tense ends in "ed"; "bed" and "seed" do too.
	if strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || edVerb(w) {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			if r != '-' {
				return false
			}
		}
	}
	return true
}

// isPlural reports a plural common noun: "stations", "people".
func isPlural(w string) bool { return isNoun(w) && words.Singular(w) != w }

// edVerb reports a word that ends like a past tense or participle:
// "described", "recorded", not "bed" or "breed".
func edVerb(w string) bool { return strings.HasSuffix(w, "ed") && !edNouns[w] }

// edNouns end in "ed" and are no past tense.
var edNouns = setOf(`bed beds shed red seed need speed breed creed greed weed feed steed reed deed sled`)

var notNoun = setOf(`times per percent each all both more less than over under about around nearly
almost some such who which that what when where while plus minus major minor key
years year months month weeks week days day hours hour minutes minute seconds
ago later earlier late early old will would could should might must shall
through across during since until into onto upon within without along among between behind beyond`)

// figurePeriod returns the reporting period a figure is for: a year (or
// month) after "in", "for", "of", "by" or "during" in its clause ("hit
// $46.2 billion in 2024", "in March 2011"), naming an occasion ("at the
// 2011 census"), framing the whole sentence ("In 2023, ..."), or the time
// to come a sentence is set in; "" when the text gives none.
// A day is not a reporting period; see figureDay.
func figurePeriod(u *unitText, k int) string {
	ok := func(c chunk) bool {
		if c.kind != cValue || !isTime(c.v) || !c.v.When.Resolved || c.v.Norm == "" || c.v.When.Day != 0 {
			return false
		}
		switch u.word(c.i - 1) {
		case "from", "than", "since", "over", "with":
			return false // the base of a comparison, not this figure's period
		}
		if t := strings.ToLower(c.v.Text); strings.HasPrefix(t, "fiscal") || strings.HasPrefix(t, "fy") {
			return true
		}
		if u.toks[c.j-1].Poss {
			return true // "last year's field was 3,950 riders", "2024's revenue"
		}
		if c.v.Type == recognize.Year && measureWordAt(u, c.j) != "" {
			return true // "The Library's 2026 budget allocates €7.9 million"
		}
		switch u.word(c.i - 1) {
		case "in", "for", "of", "by", "during", "fiscal":
			return true
		case "the", "its", "their":
			// A year that names an occasion: "at the 2011 census", "the
			// 1974 by-election".
			return c.j < len(u.toks) && u.toks[c.j].Word && !isDigitWord(u.toks[c.j].Key)
		}
		return false
	}
	for i := k + 1; i < len(u.chunks) && i <= k+7; i++ {
		c := u.chunks[i]
		if c.kind == cPunct && (c.key == ";" || c.key == ".") {
			break
		}
		if c.key == "," && i+1 < len(u.chunks) && (clauseOpeners[u.chunks[i+1].key] || u.chunks[i+1].key == "and") {
			break // "killed three people, and the 1952 earthquake": another clause's
		}
		if ok(c) {
			return periodOf(c.v)
		}
		if c.kind == cValue && isFigure(c.v) {
			break // "up 10.7% from $3.9 billion in fiscal 2023": the other figure's
		}
	}
	crossed := false // a figure stands between the year and this one
	clause := subjectClause(u, k)
	for i := k - 1; i >= 0; i-- {
		if i < clause && !(ok(u.chunks[i]) && framingYear(u, i)) {
			continue // the other clause's, unless it frames the sentence
		}
		c := u.chunks[i]
		if c.key == ";" && u.chunks[0].key == "in" && ok(u.chunks[1]) && thenAfter(u, c.j, u.chunks[k].i) {
			// "In 2015, a merger failed; at the time Westmarch had 16,200
			// students": the clause refers back to the sentence's year.
			return periodOf(u.chunks[1].v)
		}
		if c.key == ";" {
			break // the other clause's
		}
		if c.key == "when" && i >= 2 && u.chunks[i-1].key == "," {
			// "since 1953, when a magnitude 7.1 tremor killed more than
			// 1,000 people": the clause, every figure in it, tells of
			// that year.
			if y := u.chunks[i-2]; y.kind == cValue && isTime(y.v) && y.v.When.Resolved && y.v.When.Day == 0 && y.v.Norm != "" {
				return periodOf(y.v)
			}
		}
		if c.kind == cValue && isFigure(c.v) {
			// A year after another figure is that figure's, unless it
			// frames the whole sentence (see framingYear).
			crossed = true
			continue
		}
		isPeriod := ok(c)
		if crossed {
			if isPeriod && framingYear(u, i) {
				return periodOf(c.v)
			}
			continue
		}
		if isPeriod && i >= 3 && u.chunks[i-2].kind == cEvent && (u.chunks[i-3].key == "," && commaBetween(u, i, k) || relativeAfterComma(u, i-3)) {
			// "Marrowgate, founded in 1978, employs 6,800 people", "The
			// plant, which opened in 1987 and is West Cork's
			// second-largest employer": the year is the founding's, the
			// opening's. A figure inside the aside is of its time: "the
			// earlier species, named in 2011 from 74 bones".
			break
		}
		if isPeriod || i == 0 && c.kind == cValue && isTime(c.v) && c.v.When.Day == 0 && c.v.Norm != "" || futureFrame(u, i, k) {
			return periodOf(c.v)
		}
	}
	return ""
}

// relativeAfterComma reports a "which" or "that" at chunk i that opens a
// clause after a comma.
func relativeAfterComma(u *unitText, i int) bool {
	return i >= 1 && (u.chunks[i].key == "which" || u.chunks[i].key == "that") && u.chunks[i-1].key == ","
}

// locativeHead returns the plural noun before "at" and a count, whose
// places the count counts: "Escalators at two stations were out of
// service" counts the stations with escalators out, not the line's
// stations.
func locativeHead(u *unitText, k int) string {
	if k < 2 || u.chunks[k-1].key != "at" {
		return ""
	}
	h := u.chunks[k-2]
	if h.kind != cWord || !isPlural(h.key) {
		return ""
	}
	return h.key
}

// commaBetween reports a comma among the chunks after i and before k.
func commaBetween(u *unitText, i, k int) bool {
	return slices.ContainsFunc(u.chunks[i+1:k], func(c chunk) bool { return c.key == "," })
}

// framingYear reports whether the year at chunk d is set off as the time of
// the whole sentence, opening it ("In 2023, ...", with or without the
// comma) or between commas after
// its subject ("The last outbreak, in 2023, infected 37 people and closed
// two schools"), so that it is every figure's that follows, not only the
// first's.
func framingYear(u *unitText, d int) bool {
	if d == 1 && u.chunks[0].key == "in" {
		return true // "In 2011 it was shut for six weeks ..., at a cost of $3.2 million"
	}
	if d < 1 || d+1 >= len(u.chunks) || u.chunks[d+1].key != "," {
		return false
	}
	return d == 1 || u.chunks[d-2].key == "," // "In 2023, ..." or ", in 2023,"
}

// demonstrativePeriod returns the year of the sentence before u, in its
// paragraph, when u opens with "That" or "This" and a noun: "Holloway last
// renovated the library in 1994. That renovation cost $2.1 million" gives
// the 1994 renovation's cost. Else "".
func (x *extraction) demonstrativePeriod(u *unitText) string {
	if len(u.toks) < 2 || u.idx == 0 || !u.toks[1].Word || u.toks[1].Cap {
		return ""
	}
	if w := u.toks[0].Key; w != "that" && w != "this" && w != "those" && w != "these" {
		return ""
	}
	prev := x.units[u.idx-1]
	if prev.para != u.para || prev.heading {
		return ""
	}
	if y := lastYear(prev, len(prev.chunks)); y != nil {
		return periodOf(y)
	}
	return ""
}

// futureFrame reports whether chunk d is a date to come that frames the
// figure at chunk k after it, in one clause: "will open on August 1,
// 2028, with about 31,000 students" speaks of 31,000 students then. A
// clause joined between them ("is scheduled for March 3, 2026, and the
// union has 1,200 members") or a figure changed from ("will list on May
// 4, 2026, with revenue up from $3 billion") has a time of its own.
func futureFrame(u *unitText, d, k int) bool {
	c := u.chunks[d]
	if c.kind != cValue || !isTime(c.v) || !c.v.When.Future || !c.v.When.Resolved || c.v.Norm == "" {
		return false
	}
	switch u.word(u.chunks[k].i - 1) {
	case "from", "than", "since":
		return false
	}
	for _, b := range u.chunks[d+1 : k] {
		switch b.key {
		case "and", "but", "or", "while", "whereas", "which", "who", "where":
			return false
		}
	}
	return true
}

// thenAfter reports "at the time" or "then" among tokens from to to: a
// clause that refers back to a time already given.
func thenAfter(u *unitText, from, to int) bool {
	for i := from; i < to; i++ {
		switch {
		case u.word(i) == "then",
			u.word(i) == "at" && u.word(i+1) == "the" && u.word(i+2) == "time":
			return true
		}
	}
	return false
}

// figureDay returns the day a figure held or was given: a date after "on",
// "by" or "as of" in the same clause ("confirmed 1,214 deaths by Tuesday
// evening", "at a briefing on Wednesday"), or "".
func figureDay(u *unitText, k int) string {
	for d := 1; d <= 15; d++ {
		for _, i := range []int{k + d, k - d} {
			if i < 0 || i >= len(u.chunks) {
				continue
			}
			c := u.chunks[i]
			if c.kind != cValue || c.v.Type != recognize.Date || !c.v.When.Resolved || c.v.When.Day == 0 {
				continue
			}
			switch u.word(c.i - 1) {
			case "on", "by", "of", "until", "through":
				return c.v.Norm[:10]
			}
		}
	}
	return ""
}

// periodOf is the reporting period a time value names: its month or
// quarter ("2025-03", "2025-10/2025-12"), as recognized, for a quarter's
// revenue is not the year's; else its year.
func periodOf(v *recognize.Value) string {
	w := v.When
	if w.Month != 0 && w.Day == 0 && (w.EndYear == 0 || w.EndYear == w.Year && w.EndDay == 0) &&
		(w.EndMonth == 0 || w.EndMonth == w.Month || w.Month%3 == 1 && w.EndMonth == w.Month+2) {
		return v.Norm
	}
	if len(v.Norm) > 4 {
		return v.Norm[:4]
	}
	return v.Norm
}

// impliedValues adds, for each change in u ("up 2.7% from 2023"), the
// value the change implies for its base period, derived from the unit's
// measure claim.
func (x *extraction) impliedValues(u *unitText, made []int) {
	if len(made) != 1 {
		return // which figure the change applies to would be a guess
	}
	base := x.claims[made[0]]
	if base.Value.Type == recognize.Percent || base.Period == "" {
		return
	}
	for _, c := range u.chunks {
		if c.kind != cValue || c.v.Type != recognize.Percent || !isChange(u, c) {
			continue
		}
		// The base period: "from 2023", "over 2023", "compared with 2023".
		var period string
		var end int
		for _, n := range u.chunks {
			if n.kind == cValue && n.v.Type == recognize.Year && n.i > c.i && n.i <= c.j+3 {
				if p := u.word(n.i - 1); p == "from" || p == "over" || p == "with" || p == "on" {
					period, end = periodOf(n.v), n.j
				}
			}
		}
		if period == "" || period == base.Period {
			continue
		}
		rate := c.v.Num / 100
		start := c.i
		for start > 0 && start > c.i-2 && changeWords[u.toks[start-1].Key] {
			start--
		}
		if down(u, start) {
			rate = -rate
		}
		if rate <= -1 {
			continue
		}
		imp := base
		v := base.Value.Value
		v.Num = base.Value.Num / (1 + rate)
		v.High = base.Value.High / (1 + rate)
		v.Qualifier = recognize.Approx
		v.Norm = ""
		imp.Value = Val{Value: v}
		imp.Period = period
		imp.Span = x.span(u, u.toks[start].Start, u.toks[end-1].End)
		imp.Implied = imp.Span.Text
		x.claims = append(x.claims, imp)
	}
}

func down(u *unitText, i int) bool { return fallWords[u.toks[i].Key] }

// fallWords say a change lowers what it changes: "down 3%", "a 12%
// reduction", "reduce staffing by 9%".
var fallWords = setOf(`down fell decreased dropped declined lost decrease decreases drop drops decline declines fall falls
cut cuts cutting reduce reduces reduced reducing reduction reductions lower lowers lowered`)

// ranks makes a claim of each rank ("the fourth-largest trading partner",
// "the fourth recipient of Japan's Official Security Assistance") whose
// ranked party is named just before it ("making Japan the ...", "Japan
// ranks as the ..."). "It is the fourth-largest ..." names no one and
// makes no claim.
func (x *extraction) ranks(u *unitText) {
	if len(u.values) == 0 && !u.tops {
		return // no value chunk, so no rank or chart position
	}
	for k, c := range u.chunks {
		if c.kind != cValue {
			continue // as chartPosition would find, and no rank
		}
		class, word, ranked := chartPosition(u, k)
		period, place := "", ""
		var things []string
		if class == "" && c.v.Type == recognize.Rank {
			// A place is a season's or a year's.
			var thing string
			if class, word, ranked, thing = placing(u, k); class != "" {
				if period = clausePeriod(u, k); period == "" {
					continue // which season, a career can tell many
				}
				if thing != "" {
					things = []string{thing}
				}
			}
		}
		if class == "" {
			if c.v.Type != recognize.Rank {
				continue
			}
			class = rankNoun(u, c)
			if class == "" || (c.v.Unit == "" && c.v.Num == 1) {
				continue
			}
			if c.v.Unit != "" {
				class = rankUnit(u, c) + " " + class
			}
			word, ranked = class, rankedParty(u, k)
			if ranked.Key == "" && c.v.Unit != "" {
				// A superlative said of the sentence's subject.
				key, text, ok := x.rankSubject(u, k)
				if !ok {
					continue
				}
				ranked = Name{Key: key, Text: text}
			}
			if ranked.Key == "" && c.v.Unit == "" {
				continue // "It was the 11th flight": of no one in particular
			}
			class = sameSuperlative(class)
			place = x.rankPlace(u, k)
			// "In 2024, the okapi yard was the ninth most-visited
			// exhibit": that year's rank.
			period = figurePeriod(u, k)
		}
		var persons []Name
		if ranked.Key != "" {
			persons = []Name{ranked}
		}
		x.claims = append(x.claims, Claim{
			Kind:    rules.KindRank,
			Class:   class,
			Word:    word,
			Persons: persons,
			Things:  things,
			Place:   place,
			Period:  period,
			Value:   Val{Value: *c.v},
			Span:    x.valueSpan(u, c.v),
		})
	}
}

// placingVerbs say where a contestant ended: "finished third".
var placingVerbs = setOf(`finished placed came ended`)

// contests are the head nouns of what a placing is in: a championship and
// one of its races are two contests.
var contests = setOf(`championship championships league table standings race tournament cup election
contest competition prix open marathon division poll primary ballot final rally classic tour`)

// placedAt reports an event word that is a contestant's placing, not an
// event: "finished" in "finished third".
func placedAt(u *unitText, i int) bool {
	return i+1 < len(u.chunks) && u.chunks[i+1].kind == cValue && u.chunks[i+1].v.Type == recognize.Rank && placingVerbs[u.chunks[i].key]
}

// placing reads a contestant's place in a contest: "Sami Koskela finished
// third overall" in a sentence that names the championship, or "he
// finished fifth in the drivers' championship". The class names the
// contest's head noun, so that a season's standing is not compared with
// one race's, and a contest with a name of its own ("the U.S. Open") is
// also the claim's thing, so that two opens are two contests. A place at
// a venue or race the words do not call a contest ("at Monza") is no
// claim, nor is a place in no named contest. A pronoun stands for the one
// name before it in the sentence. A place is a season's: ranks takes it
// only with the year the clause gives.
func placing(u *unitText, k int) (class, word string, ranked Name, thing string) {
	if k == 0 || !placedAt(u, k-1) {
		return "", "", Name{}, ""
	}
	contest := ""
	after := false
forward:
	for i := k + 1; i < len(u.chunks); i++ {
		c := u.chunks[i]
		switch {
		case c.kind == cWord && (c.key == "overall" || c.key == "place" || c.key == "position" || c.key == "the"):
		case c.kind == cWord && (c.key == "in" || c.key == "at" || c.key == "of"):
			after = true
		case c.kind == cValue && isTime(c.v):
		case contestOf(u, c) != "":
			contest = contestOf(u, c)
			if c.kind == cName && c.j-c.i >= 2 {
				thing = c.key
			}
			break forward
		case after && (c.kind == cName || c.kind == cEntity):
			return "", "", Name{}, "" // "finished first at Monza": a race the words do not name as one
		default:
			if c.kind != cWord || after && !isNoun(c.key) {
				break forward
			}
			if n := u.word(c.j); after && (n == "at" || n == "in" || n == "of") {
				// "third in the heptathlon at the World Championships":
				// a place in one event of the contest.
				return "", "", Name{}, ""
			}
		}
	}
	for i := 0; i < k && contest == ""; i++ {
		c := u.chunks[i]
		if contest = contestOf(u, c); contest != "" && c.kind == cName && c.j-c.i >= 2 {
			thing = c.key
		}
	}
	if contest == "" {
		return "", "", Name{}, ""
	}
	var names []Name
	pronoun := false
	for i := k - 2; i >= 0; i-- {
		c := u.chunks[i]
		switch {
		case c.kind == cName && c.key != thing:
			names = append(names, Name{Key: c.key, Text: personText(u, c)})
		case c.kind == cWord && (c.key == "he" || c.key == "she") && len(names) == 0 && i >= k-3:
			pronoun = true
		}
	}
	switch {
	case len(names) == 0, pronoun && len(names) > 1:
		return "", "", Name{}, ""
	case pronoun:
		ranked = names[0]
	default:
		if n := u.chunks[k-2]; n.kind != cName && !(k >= 3 && u.chunks[k-3].kind == cName && u.chunks[k-2].kind == cWord) {
			return "", "", Name{}, ""
		}
		ranked = names[0]
	}
	return "place in " + contest, "place in the " + contest, ranked, thing
}

// contestOf returns the contest a chunk names, by its head noun.
func contestOf(u *unitText, c chunk) string {
	if c.kind != cWord && c.kind != cName && c.kind != cEntity {
		return ""
	}
	for i := c.j - 1; i >= c.i; i-- {
		if w := words.Singular(u.toks[i].Key); contests[w] || contests[u.toks[i].Key] {
			return u.toks[i].Key
		}
	}
	return ""
}

// chartVerbs say how a chart position was reached: its peak, or where it
// entered the chart.
var chartVerbs = map[string]string{"peaked": "peak", "reached": "peak", "climbed": "peak", "rose": "peak", "debuted": "debut", "entered": "debut"}

// chartPosition reads a position on a chart: "Blue Hour peaked at number
// 5 on the Billboard Hot 100". It returns the claim's class, its words as
// written, and what is ranked: the name the sentence opens with, or the
// nearest before.
func chartPosition(u *unitText, k int) (class, word string, ranked Name) {
	c := u.chunks[k]
	if c.kind != cValue || c.v.Type != recognize.Count || c.v.Unit != "" || c.v.Num < 1 || c.v.Num > 200 || c.v.Num != math.Trunc(c.v.Num) {
		return "", "", Name{}
	}
	i := c.i - 1
	if u.word(i) == "." {
		i--
	}
	if w := u.word(i); w != "number" && w != "no" {
		return "", "", Name{}
	}
	kind := ""
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if v, ok := chartVerbs[u.word(j)]; ok {
			kind = v
			break
		}
	}
	if kind == "" || k+2 >= len(u.chunks) || u.chunks[k+1].key != "on" && u.chunks[k+1].key != "in" {
		return "", "", Name{}
	}
	n := k + 2
	if u.chunks[n].key == "the" && n+1 < len(u.chunks) {
		n++
	}
	chart := u.chunks[n]
	if chart.kind == cEntity && !chart.thing && n+1 < len(u.chunks) && u.chunks[n+1].kind == cName {
		// "the UK Singles Chart": a country's chart.
		chart.j = u.chunks[n+1].j
		n++
	} else if chart.kind != cName && !(chart.kind == cEntity && chart.thing) {
		return "", "", Name{}
	}
	name := u.chunkText(chart)
	if n+1 < len(u.chunks) && isDigitWord(u.toks[u.chunks[n+1].i].Text) {
		name += " " + u.chunkText(u.chunks[n+1]) // "Billboard Hot 100"
	}
	subj, text := sentenceSubject(u, k)
	if subj == "" {
		// "The single Blue Hour peaked at": the name nearest before.
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			if p := u.chunks[j]; p.kind == cName && !p.person {
				subj, text = p.key, personText(u, p)
				break
			}
		}
	}
	if subj == "" {
		return "", "", Name{}
	}
	word = kind + " position on " + name
	return strings.ToLower(word), word, Name{Key: subj, Text: text}
}

// rankNoun returns what a rank is a rank of: the words after it up to a
// punctuation mark, conjunction or verb, with an "of X" kept ("recipient
// of official security assistance").
func rankNoun(u *unitText, c chunk) string {
	var parts []string
	for i := c.j; i < len(u.toks) && i < c.j+6; i++ {
		t := u.toks[i]
		if !t.Word || rankNounEnds[t.Key] || copulas[t.Key] || len(parts) > 0 && parts[len(parts)-1] != "of" && edVerb(t.Key) {
			// "second-busiest airport after Halden" ranks airports; so
			// does "the second-largest horned dinosaur known to science"
			// horned dinosaurs.
			break
		}
		if t.Key == "of" && len(parts) == 0 {
			break
		}
		parts = append(parts, t.Key)
	}
	if len(parts) == 0 || parts[len(parts)-1] == "of" || parts[len(parts)-1] == "the" {
		return ""
	}
	switch parts[0] {
	case "century", "centuries", "time", "times", "round", "half", "quarter", "day", "week", "month", "year":
		return ""
	}
	return strings.Join(parts, " ")
}

// rankNounEnds end the noun a rank ranks.
var rankNounEnds = setOf(`and in for to since after behind by on at among ever known yet so with from`)

// rankedParty returns the country or name a rank is about: the one named
// just before "the <rank>", or before "ranks as the", or set off before
// it: "Marrelin, the province's second-largest city".
func rankedParty(u *unitText, k int) Name {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		c := u.chunks[i]
		if i == k-1 && u.toks[c.j-1].Poss {
			continue // where it holds: "Vietnam's largest donor"
		}
		switch c.kind {
		case cEntity:
			return Name{Key: strings.ToLower(c.val), Text: c.val}
		case cName:
			return Name{Key: c.key, Text: u.chunkText(c)}
		case cWord:
			if c.key == "the" || c.key == "ranks" || c.key == "ranked" || c.key == "as" || copulas[c.key] {
				continue
			}
			// "cementing Velhaven's position as the third-busiest port".
			if standingWords[c.key] && i > 0 && u.toks[u.chunks[i-1].j-1].Poss {
				switch p := u.chunks[i-1]; p.kind {
				case cEntity:
					return Name{Key: strings.ToLower(p.val), Text: p.val}
				case cName:
					return Name{Key: p.key, Text: personText(u, p)}
				}
			}
		case cPunct:
			if c.key == "," && i+1 < k && u.chunks[i+1].key == "the" {
				continue
			}
		}
		return Name{}
	}
	return Name{}
}

// standingWords name the rank a party holds: "Velhaven's position as the
// third-busiest port".
var standingWords = setOf(`position status standing place`)

// PlaceNoun reports a noun that stands for a place the text has named or
// takes as known: "the region's second-largest hospital", "the
// third-largest city in the state".
func PlaceNoun(w string) bool { return placeNouns[w] }

var placeNouns = setOf(`region country nation state province county city area`)

// sameNoun gives one noun for nouns of one place: "the nation's" and
// "in the country".
func sameNoun(w string) string {
	if w == "nation" {
		return "country"
	}
	return w
}

// rankUnit returns the superlative of a rank at chunk c, with the
// participle its token joins to it: "most-visited" in "the second
// most-visited exhibit", where the value reads "second most".
func rankUnit(u *unitText, c chunk) string {
	t := strings.ToLower(u.chunkText(c))
	if i := strings.Index(t, c.v.Unit+"-"); i >= 0 {
		return t[i:]
	}
	return c.v.Unit
}

// rankSubject returns what a rank said of a sentence's subject is about,
// when no name stands just before it: "St Aldric's, founded in 1887, is
// now the region's second-largest hospital", "which will make it the
// third-largest club stadium", "The company, the third-largest satellite
// operator". ok is false when the rank is not said of the subject; a key
// of "" with ok means the words do not tell whose it is, and the rank is
// the document's subject's.
func (x *extraction) rankSubject(u *unitText, k int) (key, text string, ok bool) {
	i := k - 1
	poss := i >= 0 && u.toks[u.chunks[i].j-1].Poss
	if poss {
		i-- // "the region's second-largest hospital"
	}
	switch {
	case i >= 0 && u.chunks[i].key == "the":
		i--
	case !poss || i < 0 || u.chunks[i+1].kind == cWord:
		// A name in the possessive stands for the article: "making it
		// Norway's third-largest airline"; a noun does not.
		return "", "", false
	}
	for i >= 0 && u.chunks[i].kind == cWord && rankAdverbs[u.chunks[i].key] {
		i--
	}
	if i > 0 && u.chunks[i].key == "," {
		// "That makes it, by my count, the second-most expensive": an
		// aside between the verb and the rank.
		for a := i - 1; a >= 0 && a >= i-6; a-- {
			if c := u.chunks[a]; c.key == "," {
				i = a - 1
				break
			} else if c.kind == cPunct || c.kind == cValue {
				break
			}
		}
	}
	if i > 1 && u.chunks[i].key == "as" && u.chunks[i-1].key == "it" {
		i-- // "ranked it as the third-most expensive"
	}
	if i < 0 {
		return "", "", false
	}
	switch c := u.chunks[i]; {
	case c.kind == cWord && copulas[c.key]:
		// "it is the", "St Aldric's ... is now the"
	case c.kind == cWord && (c.key == "it" || c.key == "that") && u.toks[c.j-1].Poss:
		// "It's the fourth-biggest club ground": "it is"
	case c.kind == cWord && c.key == "it" && i > 0 && (makeForms[u.chunks[i-1].key] || rankVerbs[u.chunks[i-1].key]):
		// "making it the third-largest wildfire", "ranked it as the"
	case c.kind == cWord && (c.key == "be" || c.key == "being"):
		// "is proud to be Britain's third-largest festival"
	case c.kind == cWord && billedAs(u, i):
		// "billed as the UK's second-largest", "describes itself as"
	case c.key == "," && i > 0 && u.chunks[i-1].kind == cWord && u.chunks[i-1].i == 1 && u.toks[0].Key == "the":
		// "The company, the third-largest satellite operator"
	case c.key == "," && i > 0 && u.chunks[i-1].named():
		// "Tovik, now the third-largest city": the name the rank is
		// set beside.
		n := u.chunks[i-1]
		return n.key, personText(u, n), true
	case c.key == "," && i > 0 && (u.chunks[i-1].kind == cValue && isFigure(u.chunks[i-1].v) || u.chunks[i-1].kind == cWord && isDigitWord(u.chunks[i-1].key)):
		// "won in 2:08:14, the third-fastest winning time": the rank
		// is the figure's, of no party the sentence names.
		return "", "", true
	default:
		return "", "", false
	}
	// "Dale Brandvold said Sunday's high was the second-hottest June
	// day": the rank is said of the reported clause's subject.
	for s := i - 1; s >= 0; s-- {
		if !speechVerbs[u.chunks[s].key] {
			continue
		}
		if n := u.chunks[s+1]; s+1 < i && (n.kind == cName && !n.person || n.kind == cEntity) {
			return strings.ToLower(u.chunkText(n)), u.chunkText(n), true
		}
		return "", "", true
	}
	key, text = x.subject(u, k)
	return key, text, true
}

// billedAs reports chunk i as the words that call the subject what
// follows: "billed as", "describes itself as", "calls itself".
func billedAs(u *unitText, i int) bool {
	word := func(i int) string {
		if i < 0 {
			return ""
		}
		return u.chunks[i].key
	}
	switch word(i) {
	case "as":
		// "goes down as the third-quickest": recorded as; "ranks as
		// Norway's third-largest airline".
		return billedVerbs[word(i-1)] || reflexives[word(i-1)] && billedVerbs[word(i-2)] || word(i-1) == "down" && goForms[word(i-2)] || rankVerbs[word(i-1)]
	case "itself", "themselves":
		return word(i-1) == "calls" || word(i-1) == "call" || word(i-1) == "called"
	}
	return false
}

var billedVerbs = setOf(`billed bills bill described describes describe hailed touted touts known regarded
considered seen positioned positions marketed markets styled styles branded brands presented presents`)

var goForms = setOf(`go goes going went gone`)

var reflexives = setOf(`itself themselves himself herself`)

// rankVerbs place what they rank: "ranked it as the third-most
// expensive".
var rankVerbs = setOf(`rank ranks ranked ranking rate rates rated rating`)

// rankAdverbs may come between a verb and the rank it gives.
var rankAdverbs = setOf(`now still also already currently officially easily comfortably firmly`)

// sameSuperlative gives one word for superlatives of one meaning:
// "third-biggest" and "third-largest" rank the same way.
func sameSuperlative(class string) string {
	if rest, ok := strings.CutPrefix(class, "biggest "); ok {
		class = "largest " + rest
	}
	if rest, ok := strings.CutPrefix(class, "quickest "); ok {
		class = "fastest " + rest
	}
	// One word for nouns of one meaning as a rank's head: "the
	// second-biggest carrier" ranks airlines, "the fourth-biggest club
	// ground" stadiums.
	if sp := strings.LastIndexByte(class, ' '); sp > 0 {
		if w, ok := sameHead[class[sp+1:]]; ok {
			class = class[:sp+1] + w
		}
	}
	return class
}

// sameHead maps a rank's head noun to the one word for its meaning.
var sameHead = map[string]string{
	"carrier": "airline", "ground": "stadium", "gateway": "port", "lender": "bank",
	"playhouse": "theatre", "theater": "theatre", "grocer": "supermarket", "retailer": "store",
}

// rankPlace returns where a rank holds, when the text says: a named place
// after its noun ("the second-largest city in Orvana Province") or before
// it ("Vietnam's largest donor"), or a noun in the possessive before it
// ("the province's second-largest city"), which stands for the one body of
// its kind the document names, if it names one; else "".
func (x *extraction) rankPlace(u *unitText, k int) string {
	if k > 0 {
		switch p := u.chunks[k-1]; {
		case !u.toks[p.j-1].Poss:
		case p.kind == cEntity:
			return strings.ToLower(p.val)
		case p.kind == cName:
			return orgKey(p.key)
		case p.kind == cWord:
			if _, key := x.namedBody(p.key); key != "" {
				return key
			}
			return sameNoun(p.key)
		}
	}
	for i := k + 1; i < len(u.chunks) && i <= k+6; i++ {
		c := u.chunks[i]
		if c.kind == cPunct {
			break
		}
		if c.key == "in" && i+1 < len(u.chunks) {
			n := u.chunks[i+1]
			if n.kind == cWord && n.key == "the" && i+2 < len(u.chunks) {
				n = u.chunks[i+2]
			}
			switch {
			case n.kind == cEntity:
				return strings.ToLower(n.val)
			case n.kind == cName && u.toks[n.j-1].Poss && (recordNouns[u.word(n.j)] || recordNouns[u.word(n.j+1)]):
				// "in Tallowmere's history", "in Tallowmere's 187-year
				// history" is the university's own record, as "in the
				// university's history" is: no place.
				return ""
			case n.kind == cName:
				return orgKey(n.key)
			case n.kind == cWord && PlaceNoun(n.key):
				return sameNoun(n.key) // "in the state"
			}
			break
		}
	}
	return ""
}

var recordNouns = setOf(`history record records`)

// settlementOf reports a figure that a place noun takes with "of": "a
// town of 4,000 people", "a nation of 5.4 million".
func settlementOf(u *unitText, k int) bool {
	i := u.chunks[k].i
	return i >= 2 && u.toks[i-1].Key == "of" && settlementNouns[u.toks[i-2].Key]
}

var settlementNouns = setOf(`town towns city cities village villages community county country nation island region province district municipality borough parish suburb neighborhood neighbourhood`)
