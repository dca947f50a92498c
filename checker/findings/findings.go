// Package findings compares the claims of each group and reports where
// they disagree: a conflict between sources, a source that contradicts
// itself, an older source, or one measure over several periods.
package findings

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/align"
	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/checker/fold"
	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/words"
	"github.com/factlint/factlint/rules"
)

// Source is what findings need to know of a source.
type Source struct {
	ID        string
	Path      string
	Published *time.Time
	// Inferred marks a date taken from the latest date the text states
	// rather than from the source's own word.
	Inferred bool
}

// Input is everything Find compares.
type Input struct {
	Claims  []*claims.Claim
	Groups  []align.Group
	Sources []Source
	Rules   *rules.Set
	// Mention locates a claim's evidence in its source.
	Mention func(c *claims.Claim) report.Mention
	// Jobs is how many groups are compared at once; 0 means one per core.
	Jobs int
}

// staleAfter is how far apart two publication dates must be for their
// sources to describe different times.
const staleAfter = 31 * 24 * time.Hour

type finder struct {
	Input
	out        []report.Finding
	withPerson map[string][]int // see groupsWithPerson
	// words holds each name's words (see nameWords): a large group
	// compares every pair of its claims by the names they hold.
	words map[string][]string
	eras  eras
	// topicCountries holds, by source, the countries its topic names.
	topicCountries [][]string
}

// Find returns the findings, sorted most severe first, then by rule,
// subject and first mention.
func Find(in Input) []report.Finding {
	// Groups are compared on all cores. Each group's findings go to its
	// own slot and are joined in group order, so that the result does not
	// depend on which core took which group.
	per := make([][]report.Finding, len(in.Groups))
	index := groupsWithPerson(in)
	era := findEras(in)
	base := finder{Input: in, withPerson: index, eras: era, topicCountries: topicCountries(in)}
	var next atomic.Int64
	var wg sync.WaitGroup
	jobs := in.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	for range min(jobs, len(in.Groups)) {
		wg.Go(func() {
			f := base
			f.words = map[string][]string{}
			for {
				i := int(next.Add(1) - 1)
				if i >= len(in.Groups) {
					return
				}
				f.out = nil
				f.group(in.Groups[i])
				per[i] = f.out
			}
		})
	}
	wg.Wait()
	f := &base
	f.words = map[string][]string{}
	for _, out := range per {
		f.out = append(f.out, out...)
	}
	for i := range in.Claims {
		switch c := in.Claims[i]; c.Kind {
		case rules.KindWeekdayDate:
			f.weekday(c)
		case claims.KindConversion:
			if i+1 < len(in.Claims) && in.Claims[i+1].Kind == claims.KindConversion && in.Claims[i+1].Class == c.Class && in.Claims[i+1].Source == c.Source && in.Claims[i+1].Span.Start > c.Span.Start {
				f.conversion(c, in.Claims[i+1])
			}
		}
	}
	sortFindings(f.out)
	return f.out
}

// groupsWithPerson indexes the groups by kind, class and each person of
// their first claim, for related.
func groupsWithPerson(in Input) map[string][]int {
	index := map[string][]int{}
	for i, h := range in.Groups {
		if len(h.Claims) == 0 {
			continue
		}
		for _, p := range in.Claims[h.Claims[0]].Persons {
			k := h.Kind + "\x00" + h.Class + "\x00" + p.Key
			if l := index[k]; len(l) == 0 || l[len(l)-1] != i {
				index[k] = append(l, i)
			}
		}
	}
	return index
}

func (f *finder) claimsOf(g align.Group) []*claims.Claim {
	out := make([]*claims.Claim, len(g.Claims))
	for i, k := range g.Claims {
		out[i] = f.Claims[k]
	}
	return out
}

func (f *finder) group(g align.Group) {
	cs := f.claimsOf(g)
	subject := subjectOf(cs)
	rule := f.Rules.Match(rules.Query{Kind: g.Kind, Subject: subject, Class: g.Class, Value: typeName(cs[0])})
	if rule == nil {
		return
	}
	if g.Kind != rules.KindMeasure && g.Kind != rules.KindRank {
		f.compare(g, cs, rule, subject)
		return
	}
	// A measure, or a place in a season: one comparison per period, and
	// for a measure a series when the sources give several periods.
	byPeriod := map[string][]*claims.Claim{}
	var periods []string
	for _, c := range cs {
		if _, ok := byPeriod[c.Period]; !ok {
			periods = append(periods, c.Period)
		}
		byPeriod[c.Period] = append(byPeriod[c.Period], c)
	}
	sort.Strings(periods)
	for _, p := range periods {
		s := subject
		switch {
		case strings.HasPrefix(p, "from "):
			s += " " + p
		case p != "":
			s += " in " + periodText(p)
		}
		f.compare(g, byPeriod[p], rule, s)
	}
	if g.Kind == rules.KindMeasure {
		f.series(cs, periods, rule, subject)
	}
}

// compare reports incompatible values among cs. Only the claims that take
// part in a disagreement, and those that agree with them, are evidence: a
// claim kept apart from all of them (a different thing, a past event) is
// left out of the finding.
func (f *finder) compare(g align.Group, cs []*claims.Claim, rule *rules.Rule, subject string) {
	var crossed, staled, unsure [][2]*claims.Claim
	internal := map[int][]*claims.Claim{}
	modifies := map[int]bool{} // sources that give a figure of the group as a compound's
	for _, c := range cs {
		if c.About != "" {
			modifies[c.Source] = true
		}
	}
	apart := func(a, b *claims.Claim) bool {
		return f.aboutOtherThings(a, b) || otherDimensions(a, b) || otherMagnitudes(a, b) || g.Kind == rules.KindEventDate && (f.recentAndPast(a, b) || f.otherPlaces(a, b) || otherAgents(a, b) || otherEditions(a, b) || f.doneBeforePlan(a, b) || f.doneBeforePlan(b, a)) || g.Kind == rules.KindMeasure && otherHeadNouns(a, b, modifies) || g.Kind == rules.KindRank && f.otherRankPlaces(a, b)
	}
	timeScoped := rule.IsTimeScoped() && !constantMeasure(g)
	// What tells two time-scoped figures' times apart beyond their own
	// dates, looked up once per group rather than once per pair: the
	// claims that give an earlier figure (few), and for a claim of an
	// undated source, the dated claims that agree with it.
	var withEarlier []*claims.Claim
	for _, c := range cs {
		if c.Earlier != nil {
			withEarlier = append(withEarlier, c)
		}
	}
	agreeing := map[*claims.Claim][]*claims.Claim{}
	// datedBy reports whether a, of an undated source, agrees with a dated
	// claim of another source that describes another time than b: a then
	// most likely describes that time too. An undated obituary's "more
	// than 260 papers" agrees with a 2021 entry, not with a 1968 profile's
	// "some 140 papers so far".
	datedBy := func(a, b *claims.Claim) bool {
		if f.timeOf(a) != nil || a.Period != "" {
			return false
		}
		ds, ok := agreeing[a]
		if !ok {
			for _, c := range cs {
				if c.Source != a.Source && f.timeOf(c) != nil && compatible(c, a, rule.Tolerance) {
					ds = append(ds, c)
				}
			}
			agreeing[a] = ds
		}
		if slices.ContainsFunc(ds, func(c *claims.Claim) bool { return c.Source != b.Source && f.sameTime(c, b) != timeSame }) {
			return true
		}
		if b.Period != "" || b.AsOf != "" || f.Sources[b.Source].Published == nil {
			return false
		}
		_, ok = f.eraApart(a, a.Source, b.Source)
		return ok
	}
	// Each source's claims, for what else a source states: a group can
	// hold thousands of claims and a source few of them.
	bySource := map[int][]*claims.Claim{}
	for _, c := range cs {
		bySource[c.Source] = append(bySource[c.Source], c)
	}
	// A holder some source says is leaving the office has a successor,
	// not a rival: "Osei will retire and be succeeded by Whitfield".
	var leaving []*claims.Claim
	for _, c := range cs {
		if c.Leaving {
			leaving = append(leaving, c)
		}
	}
	succeeded := func(a, b *claims.Claim) bool {
		return slices.ContainsFunc(leaving, func(c *claims.Claim) bool {
			return compatible(c, a, rule.Tolerance) || compatible(c, b, rule.Tolerance)
		})
	}
	for i := 0; i < len(cs); i++ {
		for j := i + 1; j < len(cs); j++ {
			a, b := cs[i], cs[j]
			if apart(a, b) {
				continue
			}
			if compatible(a, b, rule.Tolerance) {
				continue
			}
			if a.Source == b.Source {
				if f.selfContradiction(a, b) {
					internal[a.Source] = appendUnique(internal[a.Source], a, b)
				}
				continue
			}
			if f.eachStatesBoth(bySource, a, b, rule.Tolerance) {
				continue
			}
			// A figure "so far" grows, whatever it measures.
			if (timeScoped || rule.IsTimeScoped() && (a.SoFar || b.SoFar)) && (changedFrom(withEarlier, a, b, rule.Tolerance) || changedFrom(withEarlier, b, a, rule.Tolerance) || f.sameTime(a, b) != timeSame ||
				datedBy(a, b) || datedBy(b, a)) ||
				g.Kind == rules.KindEventDate && (f.planOvertaken(a, b) || f.planOvertaken(b, a)) ||
				len(leaving) > 0 && succeeded(a, b) ||
				a.AsOf != "" && b.AsOf != "" && a.AsOf != b.AsOf || // each figure dated, to two days
				g.Kind == rules.KindRole && (f.writtenBefore(a, b.Since) || f.writtenBefore(b, a.Since)) {
				staled = append(staled, [2]*claims.Claim{a, b})
				continue
			}
			if (a.Bare || b.Bare) && !sameSurname(a, b) && !sameSubject(a, b) {
				unsure = append(unsure, [2]*claims.Claim{a, b})
				continue
			}
			crossed = append(crossed, [2]*claims.Claim{a, b})
		}
	}
	withSupport := func(core []*claims.Claim) []*claims.Claim {
		out := append([]*claims.Claim(nil), core...)
		for _, c := range cs {
			ok := false
			for _, k := range core {
				if c == k || apart(c, k) {
					ok = false
					break
				}
				if compatible(c, k, rule.Tolerance) {
					ok = true
				}
			}
			if ok {
				out = appendUnique(out, c)
			}
		}
		return out
	}
	// The subject names what the evidence is about, not every look-alike
	// in the group ("the Vault 3.2 release", not "3.0").
	about := func(ev []*claims.Claim) string {
		if g.Kind == rules.KindEventDate {
			return subjectOf(ev)
		}
		return subject
	}
	// Disagreements that share no claim are about different things the
	// group holds (one party's share in two sources, another party's in
	// two others): each is a finding of its own.
	switch {
	case len(crossed) > 0:
		for _, core := range components(cs, crossed) {
			ev := withSupport(core)
			f.add(rule, report.KindConflict, rule.Severity, about(ev), ev, f.conflictMessage(ev), g)
		}
	case len(unsure) > 0:
		for _, core := range components(cs, unsure) {
			ev := withSupport(core)
			f.add(rule, report.KindConflict, report.SeverityWarning, about(ev), ev, f.conflictMessage(ev)+bareNote, g)
		}
	case len(staled) > 0:
		for _, core := range components(cs, staled) {
			ev := withSupport(core)
			f.add(rule, report.KindStale, report.SeverityWarning, about(ev), ev, f.staleMessage(ev, rule.Tolerance), g)
		}
	}
	srcs := make([]int, 0, len(internal))
	for s := range internal {
		srcs = append(srcs, s)
	}
	sort.Ints(srcs)
	for _, s := range srcs {
		own := internal[s]
		msg := fmt.Sprintf("%s contradicts itself on the %s: %s", f.Sources[s].Path, about(own), joinValues(own))
		f.add(rule, report.KindInternal, rule.Severity, about(own), own, msg, g)
	}
}

// bareNote ends the message of a disagreement over a title written with
// no organization ("said head coach Paul Brannigan"): in a story of two
// clubs or two companies, the two holders may each be one's. Only a name
// written two ways ("Rhiannon" and "Rowan Achterberg") is sure to be one
// office's, and a conflict.
const bareNote = "; a title names no organization, so the holders may be of two"

// sameSubject reports two claims from stories about one subject: the
// same first topic, a name that no person is.
func sameSubject(a, b *claims.Claim) bool {
	return len(a.Topic) > 0 && len(b.Topic) > 0 && a.Topic[0] == b.Topic[0] && !slices.Contains(a.TopicPeople, a.Topic[0])
}

// sameSurname reports two role claims whose first holders share their
// last name as written (keys are canonical, their words in no order).
func sameSurname(a, b *claims.Claim) bool {
	last := func(c *claims.Claim) string {
		if len(c.Value.Holders) == 0 {
			return ""
		}
		w := strings.Fields(c.Value.Holders[0].Text)
		return fold.Key(w[len(w)-1])
	}
	return last(a) != "" && last(a) == last(b)
}

// otherDimensions reports two figures that cannot measure the same thing,
// whatever words name them: a percentage and a count ("a premium of 27%"
// and "two price lists"), a sum and a count, a length and a mass. Units of
// one dimension compare ("43 miles", "69 km").
func otherDimensions(a, b *claims.Claim) bool {
	va, vb := &a.Value.Value, &b.Value.Value
	if a.Kind != rules.KindMeasure || va.Type == vb.Type && va.Unit == vb.Unit {
		return false
	}
	if va.Type != vb.Type {
		return true
	}
	base := baseUnit(va.Unit)
	return base == "" || base != baseUnit(vb.Unit)
}

// otherMagnitudes reports two counts more than ten times apart: not one
// count misreported but two things counted, as "two doses" of a vaccine,
// each child's, and the 5,812 doses a clinic gave, or a city's 2.1 million
// people and the nation's 38.4 million. A count misreported is off in a
// digit or two, not tenfold.
func otherMagnitudes(a, b *claims.Claim) bool {
	va, vb := &a.Value.Value, &b.Value.Value
	lo, hi := min(va.Num, vb.Num), max(va.Num, vb.Num)
	if a.Kind == rules.KindMeasure && va.Type == recognize.Money && vb.Type == recognize.Money {
		// A sum a hundred times another is another sum: "£1 to unlock
		// a bike" and "a £14.6 million contract". A million written
		// for a billion is a thousandfold, and a sum is seldom
		// misread by a factor between.
		r := hi / lo
		return lo > 0 && (r > 100 && r < 900 || r > 1100)
	}
	if a.Kind != rules.KindMeasure || va.Type != recognize.Count || vb.Type != recognize.Count || va.Unit != "" || vb.Unit != "" {
		return false
	}
	return lo > 0 && hi > 10*lo
}

// constantMeasure reports a measure of a thing that does not change over
// time (an earthquake's magnitude or depth), as opposed to a running figure
// (a death toll).
func constantMeasure(g align.Group) bool {
	m, _, _ := strings.Cut(g.Class, " ")
	switch m {
	case "magnitude", "depth", "height", "thickness":
		return true
	case "length", "width", "area":
		// A bridge's length is fixed; the area a fire has burned ("area
		// @fire") grows while it burns.
		return !strings.Contains(g.Class, " @")
	}
	return g.Class == "age at death"
}

// components returns the claims of pairs joined into connected sets, each
// in the order of cs, the sets in the order of their first claim.
func components(cs []*claims.Claim, pairs [][2]*claims.Claim) [][]*claims.Claim {
	root := map[*claims.Claim]*claims.Claim{}
	var find func(*claims.Claim) *claims.Claim
	find = func(c *claims.Claim) *claims.Claim {
		r, ok := root[c]
		if !ok || r == c {
			return c
		}
		r = find(r)
		root[c] = r
		return r
	}
	for _, p := range pairs {
		a, b := find(p[0]), find(p[1])
		root[p[0]], root[p[1]] = a, a
		if a != b {
			root[b] = a
		}
	}
	var out [][]*claims.Claim
	index := map[*claims.Claim]int{}
	for _, c := range cs {
		if _, ok := root[c]; !ok {
			continue
		}
		r := find(c)
		k, ok := index[r]
		if !ok {
			k = len(out)
			index[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], c)
	}
	return out
}

func appendUnique(list []*claims.Claim, cs ...*claims.Claim) []*claims.Claim {
	for _, c := range cs {
		if !slices.Contains(list, c) {
			list = append(list, c)
		}
	}
	return list
}

// selfContradiction reports whether two incompatible claims of one source
// contradict each other. Two values in one sentence are a sequence or a
// range, not a contradiction; and a document gives a measure for several
// parties and moments, so its figures contradict only when they state the
// same period.
func (f *finder) selfContradiction(a, b *claims.Claim) bool {
	if a.Span.Unit == b.Span.Unit {
		return false
	}
	if a.Kind == rules.KindMeasure {
		return a.Period != "" && a.Period == b.Period
	}
	if a.Kind == rules.KindEventDate && a.Value.When.Year != b.Value.When.Year {
		// "the 1997 flood ... the flooding of 2011", "the cup final run
		// of 2024" and "Saturday's game": an article that dates an event
		// in two years tells of two of its kind. One event misdated is
		// off by days, not into another year.
		return false
	}
	// A date set for what is to come and one of what has happened are
	// two steps: "granted preliminary approval on Friday ... a hearing
	// set for April 28".
	return f.planned(a) == f.planned(b)
}

// planned reports an event date its source speaks of as to come: so its
// words say ("will open on"), or it lies after the source's publication.
func (f *finder) planned(c *claims.Claim) bool {
	if c.Value.When.Future {
		return true
	}
	p := f.Sources[c.Source].Published
	return p != nil && dateSpan(c.Value.When).lo > dayNumber(*p)
}

// doneBeforePlan reports an event date a's source speaks of as to come
// while b's had already passed when a's source was written: a source does
// not plan what has happened, so the two are two events ("the council is
// expected to vote in April", written the day after "the board's Tuesday
// vote").
func (f *finder) doneBeforePlan(a, b *claims.Claim) bool {
	pa := f.Sources[a.Source].Published
	return f.planned(a) && !f.planned(b) && pa != nil && dateSpan(b.Value.When).hi < dayNumber(*pa)
}

// planOvertaken reports an event date a's source planned that b's
// source, written after that date had come, gives otherwise: the plan
// changed ("its planned October 2024 release", in August 2024, and the
// launch of March 2026 a later review tells of). The two describe
// different times.
func (f *finder) planOvertaken(a, b *claims.Claim) bool {
	pb := f.Sources[b.Source].Published
	return f.planned(a) && pb != nil && dayNumber(*pb) > dateSpan(a.Value.When).hi
}

// eachStatesBoth reports whether a's source also states a value agreeing
// with b and b's source one agreeing with a: the two sources then give the
// same figures (for different parties or moments the group could not tell
// apart) and do not disagree with each other.
//
// One source stating both figures of a measure is enough when it does not
// contradict itself in doing so: a press release's quarterly net income of
// $49.2 million and its full-year $171.8 million are two figures to it, so
// a wire story's $49.2 million agrees with the one and says nothing of the
// other. So are two dates of one kind of event in one sentence: "a quake
// in October 2011 killed three, and the 1952 earthquake killed 212" tells
// of two quakes, and a blog's "the 2011 quake" is the one.
func (f *finder) eachStatesBoth(bySource map[int][]*claims.Claim, a, b *claims.Claim, tol rules.Tolerance) bool {
	// states reports that own's source also gives a figure agreeing with
	// x; apart, one it does not set against own.
	states := func(own, x *claims.Claim, apart bool) bool {
		for _, c := range bySource[own.Source] {
			if compatible(c, x, tol) && !(apart && f.selfContradiction(c, own)) {
				return true
			}
		}
		return false
	}
	return states(a, b, false) && states(b, a, false) ||
		(a.Kind == rules.KindMeasure || a.Kind == rules.KindEventDate) && (states(b, a, true) || states(a, b, true))
}

// changedFrom reports whether some claim of cs agreeing with a gives b's
// figure as the one it changed from ("58 seats, up from 44"): b then most
// likely describes the earlier time, even where no source is dated.
func changedFrom(cs []*claims.Claim, a, b *claims.Claim, tol rules.Tolerance) bool {
	for _, c := range cs {
		if c.Earlier != nil && compatible(c, a, tol) && span(c.Earlier, tol).overlaps(span(&b.Value.Value, tol)) {
			return true
		}
	}
	return false
}

// recentAndPast reports two event dates of which one is news (within two
// months of its source's publication) and the other history (more than a
// year before its own source's): they are two events of the same kind, as
// in "the quake on Monday" and "the 2011 quake on the same fault".
func (f *finder) recentAndPast(a, b *claims.Claim) bool {
	age := func(c *claims.Claim) (float64, bool) {
		p := f.Sources[c.Source].Published
		if p == nil {
			return 0, false
		}
		pub := dayNumber(*p)
		sp := dateSpan(c.Value.When)
		return pub - sp.hi, true
	}
	da, oka := age(a)
	db, okb := age(b)
	if !oka || !okb {
		return false
	}
	// A date inferred from the latest date a text states would make that
	// date's own event news whatever its age: a birth date is no news in
	// a note that tells of nothing later. Such an event is recent only
	// when the text tells of a later day within two months.
	recent := func(c *claims.Claim, d float64) bool {
		// A date told from the publication's ("today", "on Monday") is
		// news, however the publication date was found.
		if f.Sources[c.Source].Inferred && !c.Value.When.Relative {
			return d > 0 && d < 62
		}
		return d > -62 && d < 62
	}
	if recent(a, da) && db > 365 || recent(b, db) && da > 365 {
		return true
	}
	// Two dates each news in its own document, months apart, are two
	// occurrences: "the company announced on Wednesday" in 2024 and
	// "today announced" in 2026. One event misdated is off by days.
	sa, sb := dateSpan(a.Value.When), dateSpan(b.Value.When)
	return recent(a, da) && recent(b, db) && (sa.lo-sb.hi > 62 || sb.lo-sa.hi > 62)
}

// aboutOtherThings reports two claims about different things: each names
// (or its document is about) something the other does not: "HMS Royal
// George was laid down" and "HMS Victory was laid down", or a rival
// company's revenue in a story about another company.
func (f *finder) aboutOtherThings(a, b *claims.Claim) bool {
	if len(a.Things) == 0 && len(b.Things) == 0 {
		return f.otherCountries(a, b)
	}
	// A claim that names nothing is about what its document is about; it
	// differs from one that names a side subject of its own document (a
	// rival in a story about a company) unless its topic holds that name.
	as, bs := a.Things, b.Things
	switch {
	case len(as) == 0 && f.sideSubject(b):
		as = a.Topic
	case len(bs) == 0 && f.sideSubject(a):
		bs = b.Topic
	}
	if len(as) == 0 || len(bs) == 0 {
		return false
	}
	return f.otherNumbers(as, bs) || !f.shareName(as, bs)
}

// topicCountries returns, by source, the countries its claims' topic
// names: a topic is the document's, the same in all its claims.
func topicCountries(in Input) [][]string {
	countries := map[string]bool{}
	for _, e := range in.Rules.Entities {
		if e.Kind == "country" {
			countries[e.Name] = true
		}
	}
	out := make([][]string, len(in.Sources))
	done := make([]bool, len(in.Sources))
	for _, c := range in.Claims {
		if done[c.Source] {
			continue
		}
		done[c.Source] = true
		for _, t := range c.Topic {
			if countries[t] {
				out[c.Source] = append(out[c.Source], t)
			}
		}
	}
	return out
}

// otherCountries reports two claims whose documents' topics each name
// countries, none of them the same: a town of one name in England and
// another in Australia, each defined in its own article, are two towns.
func (f *finder) otherCountries(a, b *claims.Claim) bool {
	ca, cb := f.topicCountries[a.Source], f.topicCountries[b.Source]
	if len(ca) == 0 || len(cb) == 0 {
		return false
	}
	for _, x := range ca {
		if slices.Contains(cb, x) {
			return false
		}
	}
	return true
}

// otherNumbers reports whether two lists name the same thing with other
// numbers: "CLEARWAY-2" and "CLEARWAY-3", "Apollo 11" and "Apollo 13" are
// two trials, two missions, whatever other name the claims share.
func (f *finder) otherNumbers(as, bs []string) bool {
	for _, x := range as {
		wx := f.nameWords(x)
		if len(wx) < 2 || !isNumber(wx[len(wx)-1]) {
			continue
		}
		for _, y := range bs {
			wy := f.nameWords(y)
			if len(wy) == len(wx) && wy[len(wy)-1] != wx[len(wx)-1] && isNumber(wy[len(wy)-1]) && slices.Equal(wx[:len(wx)-1], wy[:len(wy)-1]) {
				return true
			}
			// A dotted version is a release whatever names it: "Larkspur
			// 3.5.0" and "version 3.5.2" are two releases.
			if vx, vy := wx[len(wx)-1], wy[len(wy)-1]; vx != vy && len(wy) >= 2 && dotted(vx) && dotted(vy) {
				return true
			}
		}
	}
	return false
}

// dotted reports a version number with a point: "3.5.2", "2.0".
func dotted(w string) bool { return isNumber(w) && strings.Contains(strings.Trim(w, "."), ".") }

func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789.") == ""
}

// otherEditions reports two dates of an event held every year in two
// years: "its 2025 edition" and this year's race are two races, and a
// year alone cannot tell a wrong date from another edition.
func otherEditions(a, b *claims.Claim) bool {
	class, _, _ := strings.Cut(a.Class, ":")
	return yearlyClasses[class] && a.Value.When.Year != b.Value.When.Year
}

// yearlyClasses are the classes of event held again every year.
var yearlyClasses = map[string]bool{"race": true, "annual-meeting": true}

// otherHeadNouns reports two figures whose compounds modify different
// nouns: "a 24-bed unit" and "the 146-bed wing" count two things' beds.
// A figure that modifies no noun ("96 beds are in service") is of the
// story's subject, which a compound's noun may or may not name; it is
// not of the compound's noun when its own source gives a figure of that
// kind as a compound (modifies), and so tells the two apart.
func otherHeadNouns(a, b *claims.Claim, modifies map[int]bool) bool {
	if a.About == b.About {
		return false
	}
	if a.About != "" && b.About != "" {
		return true
	}
	if a.About == "" {
		return modifies[a.Source]
	}
	return modifies[b.Source]
}

// otherAgents reports two events done by different kinds of party: the
// boards' approval of a merger and a regulator's are two approvals.
func otherAgents(a, b *claims.Claim) bool {
	return a.Agent != "" && b.Agent != "" && a.Agent != b.Agent
}

// otherPlaces reports two events in different towns or venues: one event
// happens in one place. A country holds many towns, so it tells nothing
// apart.
func (f *finder) otherPlaces(a, b *claims.Claim) bool {
	return a.Local && b.Local && !f.sameName(fold.Key(a.Place), fold.Key(b.Place))
}

// otherRankPlaces reports two ranks that hold in different places: in
// the world and in Europe, in the state and in the nation. A place a
// noun stands for ("the region's second-largest hospital") is the one a
// name gives ("the third-largest hospital in North Vale") when the
// noun's document is about that place too.
func (f *finder) otherRankPlaces(a, b *claims.Claim) bool {
	if a.Place == "" || b.Place == "" || f.sameName(a.Place, b.Place) {
		return false
	}
	if claims.PlaceNoun(b.Place) {
		a, b = b, a
	}
	if !claims.PlaceNoun(a.Place) || claims.PlaceNoun(b.Place) {
		return true // two names, or two nouns, of different places
	}
	in := func(names []string) bool {
		return slices.ContainsFunc(names, func(n string) bool { return f.sameName(strings.ToLower(n), b.Place) })
	}
	return !in(a.Topic) && !in(f.topicCountries[a.Source])
}

// sideSubject reports a claim whose named things are none of its
// document's main subjects.
func (f *finder) sideSubject(c *claims.Claim) bool {
	return len(c.Things) > 0 && !f.shareName(c.Things, c.Topic)
}

// shareName reports whether two lists of folded names share one.
func (f *finder) shareName(as, bs []string) bool {
	for _, x := range as {
		for _, y := range bs {
			if f.sameName(x, y) {
				return true
			}
		}
	}
	return false
}

// sameName reports whether two folded names are one (see sameWords),
// with each name split once.
func (f *finder) sameName(x, y string) bool {
	wx, wy := f.nameWords(x), f.nameWords(y)
	return sameWords(wx, wy) || len(wx) == 1 && abbreviates(x, wy) || len(wy) == 1 && abbreviates(y, wx)
}

// abbreviates reports whether a one-word name is made of the starts of a
// longer name's words, in order: "ndmo" of "national disaster management
// office", "normetsat" of "northern meteorological satellite
// consortium". Small words may be left out, and so may a last word that
// only says what kind of body it is.
func abbreviates(short string, long []string) bool {
	if len(short) < 3 || len(long) < 2 {
		return false
	}
	for len(long) > 2 && bodyWords[long[len(long)-1]] {
		long = long[:len(long)-1]
	}
	// can(i, j): short[i:] abbreviates long[j:]; each answer is kept, so
	// that the search is quadratic, not exponential.
	memo := make([]int8, (len(short)+1)*(len(long)+1)) // 0 unknown, 1 yes, 2 no
	var can func(i, j int) bool
	can = func(i, j int) bool {
		if j == len(long) {
			return i == len(short)
		}
		m := &memo[i*(len(long)+1)+j]
		if *m != 0 {
			return *m == 1
		}
		ok := smallWords[long[j]] && can(i, j+1)
		w := long[j]
		for n := 1; !ok && n <= len(w) && i+n <= len(short) && short[i+n-1] == w[n-1]; n++ {
			ok = can(i+n, j+1)
		}
		*m = 2
		if ok {
			*m = 1
		}
		return ok
	}
	return can(0, 0)
}

var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "&": true}

// bodyWords say what kind of body a name is, and are often left out of
// its short form.
var bodyWords = map[string]bool{"consortium": true, "organisation": true, "organization": true, "agency": true,
	"company": true, "corporation": true, "group": true, "inc": true, "ltd": true, "plc": true}

func (f *finder) nameWords(name string) []string {
	w, ok := f.words[name]
	if !ok {
		w = nameWords(name)
		f.words[name] = w
	}
	return w
}

// sameWords reports whether the shorter of two names' words are all among
// the longer's: two folded names are one when they are the same, or one's
// words are all among the other's ("vault 3.2", "tidewell vault 3.2"),
// with hyphens as spaces and plurals as singulars ("socialist
// revolutionaries", "socialist-revolutionary party").
func sameWords(wx, wy []string) bool {
	if len(wx) > len(wy) {
		wx, wy = wy, wx
	}
	for _, w := range wx {
		if !slices.Contains(wy, w) {
			return false
		}
	}
	return true
}

type timeRelation int

const (
	timeSame        timeRelation = iota // the same time, or unknown
	timeDifferent                       // sources published far apart
	timeStatedApart                     // the texts state different periods
)

// sameTime tells whether two time-scoped claims describe the same time: by
// the periods they state; else by the day each figure is given for ("by
// Tuesday evening") or, failing that, its source's publication date. An
// event's running tally changes from day to day (a death toll); a price or
// a role holder only over weeks.
func (f *finder) sameTime(a, b *claims.Claim) timeRelation {
	if a.Period != "" && b.Period != "" {
		if periodsOverlap(a.Period, b.Period) {
			return timeSame
		}
		return timeStatedApart
	}
	ta, tb := f.timeOf(a), f.timeOf(b)
	c := a
	if b.SoFar {
		c = b // a tally so far on either side is one that grows
	}
	if ta == nil || tb == nil || !f.farApart(c, *ta, *tb) {
		return timeSame
	}
	// A tally its earlier source calls final does not change after.
	if ta.Before(*tb) && a.Final || tb.Before(*ta) && b.Final {
		return timeSame
	}
	return timeDifferent
}

// writtenBefore reports a claim made before day, a day some other
// source says an office changed hands: "Tait, who took over on July 28"
// and a source of July 19 that names another holder describe two times.
func (f *finder) writtenBefore(c *claims.Claim, day string) bool {
	if day == "" {
		return false
	}
	t := f.timeOf(c)
	return t != nil && t.Format("2006-01-02") < day
}

// farApart reports whether claims like c, made at times ta and tb, would
// describe different times. An event's running tally changes from day to
// day (a death toll); a price or a role holder only over weeks.
func (f *finder) farApart(c *claims.Claim, ta, tb time.Time) bool {
	d := ta.Sub(tb)
	if d < 0 {
		d = -d
	}
	if c.Kind == rules.KindMeasure && c.Value.Currency == "" && (runningTally(c.Class) || c.SoFar) {
		return d >= 24*time.Hour
	}
	return d >= staleAfter
}

// eras records which sources seem to write in one time, by the office
// holders they name. A source that names the same prime minister as
// articles of April 2025 most likely writes in that time too; if those
// articles and a 2023 one name different holders of one office, an era
// lies between them, and the undated source's other holders (a president,
// a chairman) are of the later era, not rivals of the 2023 article's.
type eras struct {
	like   map[int][]int   // undated source -> dated sources naming its holders
	rivals map[[2]int]bool // dated sources naming different holders of an office
}

func findEras(in Input) eras {
	e := eras{like: map[int][]int{}, rivals: map[[2]int]bool{}}
	// Most corpora date every source: then there is nothing to place, and
	// no pair of a large group need be looked at.
	if !slices.ContainsFunc(in.Sources, func(s Source) bool { return s.Published == nil }) {
		return e
	}
	for _, g := range in.Groups {
		if g.Kind != rules.KindRole {
			continue
		}
		for _, i := range g.Claims {
			a := in.Claims[i]
			dated := a.AsOf == "" && in.Sources[a.Source].Published != nil
			for _, j := range g.Claims {
				b := in.Claims[j]
				if b.Source == a.Source || b.AsOf != "" || in.Sources[b.Source].Published == nil {
					continue
				}
				same := compatible(a, b, rules.Tolerance{})
				switch {
				case dated && !same:
					e.rivals[[2]int{a.Source, b.Source}] = true
				case !dated && a.AsOf == "" && same && !slices.Contains(e.like[a.Source], b.Source):
					e.like[a.Source] = append(e.like[a.Source], b.Source)
				}
			}
		}
	}
	return e
}

// eraApart reports whether a claim c of undated source s describes
// another era than dated source b, and returns the publication date of
// the source that dates s.
func (f *finder) eraApart(c *claims.Claim, s, b int) (time.Time, bool) {
	tb := f.Sources[b].Published
	for _, e := range f.eras.like[s] {
		if te := f.Sources[e].Published; e != b && f.eras.rivals[[2]int{e, b}] && f.farApart(c, *te, *tb) {
			return *te, true
		}
	}
	return time.Time{}, false
}

// runningTally reports a measure that changes from day to day: any
// measure of an event ("count of people @earthquake"), and a death or
// injury toll, which is always a tally of something still going on (an
// outbreak, a war) even where no event word names it. farApart leaves out
// sums of money: what a cancellation will cost is estimated again over
// weeks, not overnight.
func runningTally(class string) bool {
	return strings.Contains(class, " @") || strings.HasPrefix(class, "death toll") || strings.HasPrefix(class, "injured")
}

func (f *finder) timeOf(c *claims.Claim) *time.Time {
	if c.AsOf != "" {
		if t, err := time.Parse("2006-01-02", c.AsOf); err == nil {
			return &t
		}
	}
	return f.Sources[c.Source].Published
}

// periodsOverlap compares periods written "2017", "2024-03" or "2014/2018".
func periodsOverlap(a, b string) bool {
	alo, ahi := periodRange(a)
	blo, bhi := periodRange(b)
	return alo <= bhi && blo <= ahi
}

// periodHolds reports whether period p holds all of period q.
func periodHolds(p, q string) bool {
	plo, phi := periodRange(p)
	qlo, qhi := periodRange(q)
	return plo <= qlo && qhi <= phi
}

func periodRange(p string) (lo, hi string) {
	lo, hi, ok := strings.Cut(p, "/")
	if !ok {
		hi = lo
	}
	return lo, hi + "\xff"
}

// series reports a measure given for several periods by two or more
// sources, as information.
func (f *finder) series(cs []*claims.Claim, periods []string, rule *rules.Rule, subject string) {
	var stated []string
	sources := map[int]bool{}
	for _, c := range cs {
		if c.Period != "" {
			sources[c.Source] = true
		}
	}
	for _, p := range periods {
		if p != "" {
			stated = append(stated, p)
		}
	}
	// A year that holds a quarter or month also stated ("2011", "March
	// 2011") is no step of the series: the series is of the finer periods.
	var finest []string
	for _, p := range stated {
		if !slices.ContainsFunc(stated, func(q string) bool { return q != p && periodHolds(p, q) }) {
			finest = append(finest, p)
		}
	}
	stated = finest
	if len(stated) < 2 || len(sources) < 2 {
		return
	}
	var with []*claims.Claim
	var parts []string
	for _, p := range stated {
		var vals []string
		for _, c := range cs {
			if c.Period != p {
				continue
			}
			with = append(with, c)
			v := readable(c) + " (" + f.Sources[c.Source].ID + ")"
			if c.Implied != "" {
				v = readable(c) + ", implied by \"" + c.Implied + "\" (" + f.Sources[c.Source].ID + ")"
			}
			vals = append(vals, v)
		}
		parts = append(parts, periodText(p)+": "+strings.Join(dedupe(vals), "; "))
	}
	msg := fmt.Sprintf("%s over %d periods: %s", subject, len(stated), strings.Join(parts, " · "))
	f.add(rule, report.KindPeriod, report.SeverityInfo, subject+" by period", with, msg, align.Group{})
}

func dedupe(s []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// weekday reports a stated weekday that does not match its date.
func (f *finder) weekday(c *claims.Claim) {
	rule := f.Rules.For(rules.KindWeekdayDate, "")
	if rule == nil {
		return
	}
	subject := "weekday of " + c.Value.Norm
	msg := fmt.Sprintf("%s: %s is a %s, not a %s", f.Sources[c.Source].Path, c.Value.Norm, c.Word, c.Class)
	fd := report.Finding{
		Rule:     rule.ID,
		Kind:     report.KindInternal,
		Severity: rule.Severity,
		Subject:  subject,
		Message:  msg,
		Values:   weekdayValues(c, f.Mention(c)),
	}
	fd.ID = fingerprint(&fd)
	f.out = append(f.out, fd)
}

// conversion reports a figure and its bracketed conversion that disagree.
func (f *finder) conversion(a, b *claims.Claim) {
	rule := f.Rules.For(rules.KindMeasure, a.Word)
	if rule == nil {
		return
	}
	subject := a.Word + " given as " + a.Span.Text + " and " + b.Span.Text
	msg := fmt.Sprintf("%s: %s converts to about %s, not %s", f.Sources[a.Source].Path, a.Span.Text, converted(a, b), b.Span.Text)
	f.add(rule, report.KindInternal, rule.Severity, subject, []*claims.Claim{a, b}, msg, align.Group{})
}

// weekdayValues splits "Monday, April 29, 2025" into its two statements
// that disagree: the weekday and the date.
func weekdayValues(c *claims.Claim, m report.Mention) []report.Value {
	day, date := m, m
	if i := strings.IndexAny(m.Text, ", "); i > 0 && m.Line == m.EndLine {
		head := m.Text[:i]
		day.Text = head
		day.EndColumn = m.Column + utf8.RuneCountInString(head) - 1
		rest := strings.TrimLeft(m.Text[i:], ", ")
		date.Text = rest
		date.Column = m.EndColumn - utf8.RuneCountInString(rest) + 1
	}
	return []report.Value{
		{Value: c.Class, Type: "text", Qualifier: "exact", SupportedBy: 1, Mentions: []report.Mention{day}},
		{Value: c.Value.Norm, Type: "date", Qualifier: "exact", SupportedBy: 1, Mentions: []report.Mention{date}},
	}
}

func (f *finder) conflictMessage(cs []*claims.Claim) string {
	vals := f.values(cs, "")
	var parts []string
	for _, v := range vals {
		parts = append(parts, fmt.Sprintf("%s (%s)", v.Value, plural(v.SupportedBy, "source")))
	}
	return "sources disagree: " + strings.Join(parts, " vs ")
}

func (f *finder) staleMessage(cs []*claims.Claim, tol rules.Tolerance) string {
	for _, c := range cs {
		for _, d := range cs {
			if c.Earlier != nil && c.Source != d.Source && span(c.Earlier, tol).overlaps(span(&d.Value.Value, tol)) {
				return fmt.Sprintf("values differ, but %s gives %s as the earlier figure: %s", f.Sources[c.Source].Path, readable(d), joinValues(cs))
			}
		}
	}
	for _, c := range cs {
		if c.Leaving {
			return fmt.Sprintf("values differ, but %s says %s is leaving the office: %s", f.Sources[c.Source].Path, normalized(c), joinValues(cs))
		}
	}
	// The newest source's value, and each older value with its date.
	byValue := map[string]*time.Time{}
	period := map[string]string{}  // the time a value's text states, if any
	like := map[string]time.Time{} // for an undated value, see eras
	var order []string
	for _, c := range cs {
		v := normalized(c)
		if period[v] == "" {
			period[v] = periodText(c.Period)
		}
		for _, d := range cs {
			if f.Sources[c.Source].Published != nil {
				break // only an undated value takes another's time
			}
			if f.Sources[d.Source].Published == nil {
				continue
			}
			if t, ok := f.eraApart(c, c.Source, d.Source); ok && t.After(like[v]) {
				like[v] = t
			}
		}
		p := f.Sources[c.Source].Published
		if cur, ok := byValue[v]; !ok {
			order = append(order, v)
			byValue[v] = p
		} else if p != nil && (cur == nil || p.After(*cur)) {
			byValue[v] = p
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := byValue[order[i]], byValue[order[j]]
		return a != nil && (b == nil || a.After(*b))
	})
	var parts []string
	for _, v := range order {
		when := "date unknown"
		switch p := byValue[v]; {
		case p != nil:
			when = "published " + p.Format("2006-01-02")
		case period[v] != "":
			when = "in " + period[v]
		case !like[v].IsZero():
			when = "date unknown, but names the office holders of sources published " + like[v].Format("2006-01-02")
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", v, when))
	}
	return "values differ, but the sources describe different times: " + strings.Join(parts, " vs ")
}

func joinValues(cs []*claims.Claim) string {
	var parts []string
	seen := map[string]bool{}
	for _, c := range cs {
		v := readable(c)
		if !seen[v] {
			seen[v] = true
			parts = append(parts, v)
		}
	}
	return strings.Join(parts, " vs ")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// add records a finding.
func (f *finder) add(rule *rules.Rule, kind, severity, subject string, cs []*claims.Claim, msg string, g align.Group) {
	if severity == "off" {
		return
	}
	period := ""
	if kind == report.KindPeriod {
		period = "by-period"
	}
	fd := report.Finding{
		Rule:     rule.ID,
		Kind:     kind,
		Severity: severity,
		Subject:  subject,
		Message:  msg,
		Values:   f.values(cs, period),
	}
	fd.Majority = majority(fd.Values)
	if kind == report.KindConflict && g.Kind == rules.KindEventDate {
		fd.Related = f.related(g)
	}
	fd.ID = fingerprint(&fd)
	f.out = append(f.out, fd)
}

// values groups claims by value, most supported first.
func (f *finder) values(cs []*claims.Claim, period string) []report.Value {
	byKey := map[string]*report.Value{}
	srcs := map[string]map[int]bool{}
	reps := map[string]*claims.Claim{}
	var keys []string
	// Exact figures first, so that "at least 2,300" joins 2,341 as a
	// supporting mention rather than standing as a value of its own.
	ordered := append([]*claims.Claim(nil), cs...)
	sort.SliceStable(ordered, func(i, j int) bool {
		return exactRank(ordered[i]) < exactRank(ordered[j])
	})
	for _, c := range ordered {
		norm := normalized(c)
		key := norm + "\x00" + string(c.Value.Qualifier)
		if period != "" {
			key = c.Period + "\x00" + key
		} else if c.Value.Qualifier != "" && c.Value.Qualifier != recognize.Exact {
			for _, k := range keys {
				if reps[k].Kind != rules.KindWeekdayDate && compatible(reps[k], c, rules.Tolerance{}) {
					key = k
					break
				}
			}
		}
		v := byKey[key]
		if v == nil {
			v = &report.Value{Value: norm, Type: typeName(c), Qualifier: string(c.Value.Qualifier)}
			if v.Qualifier == "" {
				v.Qualifier = string(recognize.Exact)
			}
			if period != "" {
				v.Period = c.Period
				v.Implied = c.Implied != ""
			}
			byKey[key] = v
			srcs[key] = map[int]bool{}
			reps[key] = c
			keys = append(keys, key)
		}
		v.Mentions = append(v.Mentions, f.Mention(c))
		srcs[key][c.Source] = true
	}
	out := make([]report.Value, 0, len(keys))
	for _, k := range keys {
		v := byKey[k]
		v.SupportedBy = len(srcs[k])
		sortMentions(v.Mentions)
		v.Mentions = dedupeMentions(v.Mentions)
		out = append(out, *v)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if period != "" && out[i].Period != out[j].Period {
			return out[i].Period < out[j].Period
		}
		if out[i].SupportedBy != out[j].SupportedBy {
			return out[i].SupportedBy > out[j].SupportedBy
		}
		return out[i].Value < out[j].Value
	})
	return out
}

func sortMentions(ms []report.Mention) {
	sort.Slice(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

func dedupeMentions(ms []report.Mention) []report.Mention {
	out := ms[:0]
	for i, m := range ms {
		if i > 0 && m.Path == ms[i-1].Path && m.Line == ms[i-1].Line && m.Column == ms[i-1].Column {
			continue
		}
		out = append(out, m)
	}
	return out
}

// exactRank orders exact figures before qualified ones.
func exactRank(c *claims.Claim) int {
	if c.Value.Qualifier == "" || c.Value.Qualifier == recognize.Exact {
		return 0
	}
	return 1
}

// majority is the value most sources support, when one does.
func majority(vs []report.Value) string {
	if len(vs) < 2 || vs[0].SupportedBy == vs[1].SupportedBy {
		return ""
	}
	return vs[0].Value
}

// related lists the claims of look-alike groups: the same class of event
// sharing a participant but not the same participants, kept apart.
func (f *finder) related(g align.Group) []report.Related {
	mine := map[string]bool{}
	for _, k := range g.Claims {
		for _, p := range f.Claims[k].Persons {
			mine[p.Key] = true
		}
	}
	// Only groups naming one of the same people can be look-alikes: find
	// them through the index rather than by reading every group.
	var cands []int
	for p := range mine {
		cands = append(cands, f.withPerson[g.Kind+"\x00"+g.Class+"\x00"+p]...)
	}
	sort.Ints(cands)
	var out []report.Related
	for n, i := range cands {
		h := f.Groups[i]
		if n > 0 && cands[n-1] == i || h.Claims[0] == g.Claims[0] {
			continue
		}
		c := f.Claims[h.Claims[0]]
		shared, others := false, []string{}
		for _, p := range c.Persons {
			if mine[p.Key] {
				shared = true
			} else {
				others = append(others, p.Text)
			}
		}
		if !shared || len(others) == 0 {
			continue
		}
		for _, k := range h.Claims {
			c := f.Claims[k]
			out = append(out, report.Related{
				Value:   normalized(c),
				Why:     fmt.Sprintf("a %s with %s: different participants, a different event", c.Class, strings.Join(others, " and ")),
				Mention: f.Mention(c),
			})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Mention, out[j].Mention
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Line < b.Line
	})
	return out
}

// fingerprint identifies a finding by its rule, subject, values and the
// paths of its sources: stable when unrelated text moves.
func fingerprint(fd *report.Finding) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00", fd.Rule, fd.Kind, fd.Subject)
	var vals, paths []string
	for _, v := range fd.Values {
		vals = append(vals, v.Value+"|"+v.Qualifier+"|"+v.Period)
		for _, m := range v.Mentions {
			paths = append(paths, m.Path)
		}
	}
	sort.Strings(vals)
	sort.Strings(paths)
	fmt.Fprintf(h, "%s\x00%s", strings.Join(vals, "\x01"), strings.Join(dedupe(paths), "\x01"))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func sortFindings(fs []report.Finding) {
	kindRank := map[string]int{report.KindConflict: 0, report.KindInternal: 1, report.KindStale: 2, report.KindPeriod: 3}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if ra, rb := report.SeverityRank(a.Severity), report.SeverityRank(b.Severity); ra != rb {
			return ra > rb
		}
		if kindRank[a.Kind] != kindRank[b.Kind] {
			return kindRank[a.Kind] < kindRank[b.Kind]
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		return a.ID < b.ID
	})
}

func nameWords(name string) []string {
	f := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	for i, w := range f {
		f[i] = words.Singular(w)
	}
	return f
}

// periodText shows a period as people write it: "Q4 2025" for
// "2025-10/2025-12", "March 2025" for "2025-03"; other periods as they are.
func periodText(p string) string {
	t, err := time.Parse("2006-01", p)
	if err == nil {
		return t.Format("January 2006")
	}
	lo, hi, ok := strings.Cut(p, "/")
	a, err1 := time.Parse("2006-01", lo)
	b, err2 := time.Parse("2006-01", hi)
	if ok && err1 == nil && err2 == nil && a.Year() == b.Year() && a.Month()%3 == 1 && b.Month() == a.Month()+2 {
		return fmt.Sprintf("Q%d %d", (a.Month()+2)/3, a.Year())
	}
	return p
}
