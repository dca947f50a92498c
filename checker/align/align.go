// Package align puts claims about the same thing, from any source, into one
// group. Claims are bucketed by key (kind, class, scope) and joined within a
// bucket only through a shared anchor (a person, a named thing, a country,
// the document's topic), found by hashing, never by comparing all pairs.
package align

import (
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/rules"
)

// Group is a set of claims judged to be about the same thing.
type Group struct {
	Kind   string
	Class  string
	Claims []int // indexes into the claims slice, ascending
}

// Anchor levels, strongest first. Two claims are joined only through
// anchors of the same level.
const (
	levelPeople = iota
	levelTopic
	levelScope
)

// Align groups cl. People's names must already be canonical (see People).
// Buckets are joined jobs at a time (one per core when jobs is 0); the
// groups come out in the same order whatever jobs is.
func Align(cl []*claims.Claim, jobs int) []Group {
	// A title with no country is compared only in a corpus that names
	// none: one that does may hold two countries' ministers.
	unscoped := !slices.ContainsFunc(cl, func(c *claims.Claim) bool { return len(c.Countries) > 0 })
	ambiguous := scopeBare(cl)
	adoptEvent(cl)
	buckets := map[string][]int{}
	var order []string
	for i := range cl {
		c := cl[i]
		if c.Kind == rules.KindWeekdayDate || c.Kind == rules.KindRole && c.ScopeKey == "" && !unscoped && !c.Bare || ambiguous[i] {
			continue
		}
		k := c.Kind + "\x00" + c.Class + "\x00" + c.ScopeKey
		if _, ok := buckets[k]; !ok {
			order = append(order, k)
		}
		buckets[k] = append(buckets[k], i)
	}
	sort.Strings(order)
	alone := aloneNames(cl)
	joined := make([][][]int, len(order))
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(jobs, len(order)) {
		wg.Go(func() {
			for b := int(next.Add(1)) - 1; b < len(order); b = int(next.Add(1)) - 1 {
				joined[b] = joinBucket(cl, buckets[order[b]], alone)
			}
		})
	}
	wg.Wait()
	var groups []Group
	for _, j := range joined {
		for _, members := range j {
			c := cl[members[0]]
			groups = append(groups, Group{Kind: c.Kind, Class: c.Class, Claims: members})
		}
	}
	return groups
}

// scopeBare gives each title written with no scope (see claims.Claim.Bare)
// the one scope the corpus gives that office elsewhere: "said head coach
// Ines Valdivia" is Castlereach Rovers' head coach in a corpus whose only
// head coach is "the Castlereach Rovers head coach". Where no scope is
// given, the bare titles are compared among themselves, through the
// topic. It returns the bare titles left out: those of an office the
// corpus gives several scopes, and those of a source that names two
// holders of it, either of which may be meant.
func scopeBare(cl []*claims.Claim) map[int]bool {
	type scope struct {
		text, key string
		noun      bool
	}
	scopes := map[string][]scope{}   // class -> the distinct scopes given
	given := map[[2]string]bool{}    // class and scope key, for distinctness
	holders := map[string][]string{} // class and source -> bare holders
	ownKey := func(c *claims.Claim) string { return c.Class + "\x00" + strconv.Itoa(c.Source) }
	anyBare := false
	for _, c := range cl {
		switch {
		case c.Kind != rules.KindRole:
		case c.Bare:
			anyBare = true
			k := ownKey(c)
			for _, h := range c.Value.Holders {
				if !slices.Contains(holders[k], h.Key) {
					holders[k] = append(holders[k], h.Key)
				}
			}
		case c.ScopeKey != "":
			// A set, not a scan of the scopes so far: a large corpus gives
			// an office such as "chief executive" thousands of scopes.
			if k := [2]string{c.Class, c.ScopeKey}; !given[k] {
				given[k] = true
				scopes[c.Class] = append(scopes[c.Class], scope{c.Scope, c.ScopeKey, c.ScopeNoun})
			}
		}
	}
	if !anyBare {
		return nil
	}
	for class, s := range scopes {
		if named := slices.DeleteFunc(slices.Clone(s), func(x scope) bool { return x.noun }); len(named) == 1 {
			// "the airline's chief executive" is most likely the one
			// airline the corpus names an office of: "Lakeshore CEO".
			scopes[class] = named
		}
	}
	out := map[int]bool{}
	for i := range cl {
		c := cl[i]
		if !c.Bare {
			continue
		}
		s := scopes[c.Class]
		switch {
		case len(s) > 1 || len(holders[ownKey(c)]) > 1:
			out[i] = true
		case len(s) == 1:
			c.Scope, c.ScopeKey, c.ScopeNoun = s[0].text, s[0].key, s[0].noun
		}
	}
	return out
}

// adoptEvent gives each sum of money written with no event the one event
// the corpus ties that measure to: "a restructuring charge of EUR 215
// million" is the closure's where the only other charge is written as the
// closure's ("charge @closing"). A measure tied to two events stays
// apart from both.
func adoptEvent(cl []*claims.Claim) {
	tags := map[string]string{} // class less its event -> its class, "" if several
	for _, c := range cl {
		if c.Kind != rules.KindMeasure || c.Value.Type != recognize.Money {
			continue
		}
		if base, ok := withoutEvent(c.Class); ok {
			if t, seen := tags[base]; !seen {
				tags[base] = c.Class
			} else if t != c.Class {
				tags[base] = ""
			}
		}
	}
	if len(tags) == 0 {
		return
	}
	for _, c := range cl {
		if c.Kind == rules.KindMeasure && c.Value.Type == recognize.Money && !strings.Contains(c.Class, " @") {
			if t := tags[c.Class]; t != "" {
				c.Class = t
			}
		}
	}
}

// withoutEvent returns a measure's class less the event it is tied to
// ("charge @closing (EUR)" is "charge (EUR)"), and whether it had one.
func withoutEvent(class string) (string, bool) {
	i := strings.Index(class, " @")
	if i < 0 {
		return class, false
	}
	j := strings.IndexByte(class[i+2:], ' ')
	if j < 0 {
		return class[:i], true
	}
	return class[:i] + class[i+2+j:], true
}

// anchors returns a claim's anchor level and anchors: the scope of a role;
// the people a claim names; else the document's topic. Names of other
// things tell claims apart rather than join them (see package findings).
// A title with no scope ("Transport Minister Margaret Olowe", in a story
// that names no country), or with a common noun for one ("festival
// director"), names no people either: it joins through the topic, so
// that two stories about other subjects stay apart.
func anchors(c *claims.Claim, alone map[string]bool) (int, []string) {
	if c.Kind == rules.KindRole && c.ScopeKey != "" && !c.ScopeNoun {
		return levelScope, []string{c.ScopeKey}
	}
	if len(c.Persons) > 0 {
		keys := make([]string, len(c.Persons))
		for i, p := range c.Persons {
			keys[i] = p.Key
		}
		return levelPeople, keys
	}
	var as []string
	// What the claim names joins it to other claims naming the same thing
	// in any document: "Tidewell Vault 3.2" and "Vault 3.2". A shorter
	// form is marked, to join only a claim that names it in full: two
	// agencies do not join through "space agency".
	for _, t := range c.Things {
		as = append(as, t)
		for _, s := range suffixes(t)[1:] {
			as = append(as, shortForm+s)
		}
	}
	// A class that holds a name ("price of pro per month", "distance from
	// berlin") is specific enough to join across documents by itself.
	if c.Named {
		as = append(as, "\x01")
	}
	if len(c.Topic) == 0 && len(as) == 0 {
		// A document that names nothing joins the others that name nothing.
		return levelTopic, []string{""}
	}
	as = append(as, c.Topic...)
	// A name also joins the same name without "Football Club" or "Inc.",
	// and a one-word name the corpus uses on its own ("Halvren") joins
	// the name it starts ("Halvren Therapeutics").
	for _, names := range [2][]string{c.Things, c.Topic} {
		for _, t := range names {
			if stem, first := kindStems(t); stem != "" {
				as = append(as, stem)
			} else if first != "" && alone[first] {
				as = append(as, first)
			}
		}
	}
	return levelTopic, as
}

// aloneNames returns the names the claims' topics and things hold that
// are one word: those a longer name of a body may be shortened to.
func aloneNames(cl []*claims.Claim) map[string]bool {
	out := map[string]bool{}
	add := func(names []string) {
		for _, t := range names {
			if !strings.Contains(t, " ") {
				out[t] = true
			}
		}
	}
	for _, c := range cl {
		add(c.Things)
	}
	for _, i := range topicClaims(cl) {
		add(cl[i].Topic)
	}
	return out
}

// kindStems returns an organization's name without the words at its end
// that only say what kind of body it is. stem keeps two words at least:
// "ashbourne rovers football club" is "ashbourne rovers", "halvers groep
// n.v." is "halvers groep", and "united football club" no bare "united".
// first is the one word left when all the others go ("halvren" of
// "halvren therapeutics"), which joins only a name the corpus uses alone
// (see aloneNames). Each is "" where it would take nothing off.
func kindStems(name string) (stem, first string) {
	if !legalWords[name[strings.LastIndexByte(name, ' ')+1:]] {
		return "", "" // most names: no need to split them
	}
	w := strings.Fields(name)
	n := len(w)
	for n > 1 && legalWords[w[n-1]] {
		n--
	}
	if n == 1 && len(w) > 1 {
		first = w[0]
	}
	n = max(n, 2)
	if n <= len(w) && w[n-1] == "football" { // "football club" less its "club"
		n--
	}
	if n >= 2 && n < len(w) {
		stem = strings.Join(w[:n], " ")
	}
	return stem, first
}

var legalWords = map[string]bool{
	"inc": true, "inc.": true, "incorporated": true, "ltd": true, "ltd.": true, "limited": true,
	"corp": true, "corp.": true, "corporation": true, "plc": true, "llc": true, "gmbh": true,
	"ag": true, "s.a.": true, "sa": true, "n.v.": true, "nv": true, "co": true, "co.": true,
	"company": true, "club": true, "fc": true, "f.c.": true, "afc": true,
	// Words that say what a company does, which a short name leaves off
	// ("Halvren" for "Halvren Therapeutics").
	"group": true, "holdings": true, "therapeutics": true, "pharmaceuticals": true, "pharma": true,
	"technologies": true, "labs": true, "laboratories": true, "industries": true, "systems": true,
	"interactive": true, "studios": true, "software": true, "financial": true, "partners": true,
}

// shortForm marks an anchor that is the ending of a longer name.
const shortForm = "\x02"

// suffixes returns a name and its endings of two words or more: "tidewell
// vault 3.2" gives itself and "vault 3.2".
func suffixes(name string) []string {
	out := []string{name}
	w := strings.Fields(name)
	for i := 1; i+2 <= len(w); i++ {
		out = append(out, strings.Join(w[i:], " "))
	}
	return out
}

// joinBucket joins the claims of one bucket that share an anchor. At the
// people level a claim naming a subset of another's people joins it only
// when exactly one distinct set of people contains it, so "Ishiba's
// meeting" is not joined to two different meetings at once.
func joinBucket(cl []*claims.Claim, idx []int, alone map[string]bool) [][]int {
	parent := make(map[int]int, len(idx))
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if ra < rb {
			parent[rb] = ra
		} else {
			parent[ra] = rb
		}
	}
	for _, i := range idx {
		parent[i] = i
	}

	// People level: group by the exact set of people, then attach subsets.
	sets := map[string][]int{} // sorted people -> claims
	var setKeys []string
	byAnchor := map[string][]int{} // level:anchor -> claims
	var anchorKeys []string
	type short struct {
		claim int
		key   string
	}
	var shorts []short
	for _, i := range idx {
		lvl, as := anchors(cl[i], alone)
		if len(as) == 0 {
			continue
		}
		if lvl == levelPeople {
			s := append([]string(nil), as...)
			sort.Strings(s)
			k := strings.Join(s, "\x00")
			if _, ok := sets[k]; !ok {
				setKeys = append(setKeys, k)
			}
			sets[k] = append(sets[k], i)
			continue
		}
		for _, a := range as {
			if s, ok := strings.CutPrefix(a, shortForm); ok {
				shorts = append(shorts, short{i, string(rune('0'+lvl)) + s})
				continue
			}
			k := string(rune('0'+lvl)) + a
			if _, ok := byAnchor[k]; !ok {
				anchorKeys = append(anchorKeys, k)
			}
			byAnchor[k] = append(byAnchor[k], i)
		}
	}
	for _, s := range shorts {
		if m, ok := byAnchor[s.key]; ok {
			byAnchor[s.key] = append(m, s.claim)
		}
	}
	sort.Strings(setKeys)
	for _, k := range setKeys {
		m := sets[k]
		for _, i := range m[1:] {
			union(m[0], i)
		}
	}
	// A set that is a proper subset of exactly one maximal set joins it.
	// The sets that may contain it are those holding its rarest person,
	// found through an index rather than by comparing every pair of sets.
	people := map[string][]string{}
	withPerson := map[string][]string{} // person -> set keys, in order
	for _, k := range setKeys {
		people[k] = strings.Split(k, "\x00")
		for _, p := range people[k] {
			if l := withPerson[p]; len(l) == 0 || l[len(l)-1] != k {
				withPerson[p] = append(l, k)
			}
		}
	}
	for _, k := range setKeys {
		sub := people[k]
		cands := withPerson[sub[0]]
		for _, p := range sub[1:] {
			if len(withPerson[p]) < len(cands) {
				cands = withPerson[p]
			}
		}
		var supers []string
		for _, k2 := range cands {
			if k2 != k && isSubset(sub, people[k2]) {
				supers = append(supers, k2)
			}
		}
		if max := maximal(supers); max != "" {
			union(sets[k][0], sets[max][0])
		}
	}
	// A claim that names nothing, in a document about one person above
	// all ("returned its verdict on Tuesday", in a story about Lydia
	// Marchetti), joins the claims that name that person alone: "a jury
	// convicted Lydia Marchetti on Thursday".
	for _, i := range idx {
		if p := topPerson(cl[i]); p != "" {
			if m, ok := sets[p]; ok {
				union(i, m[0])
			}
		}
	}
	sort.Strings(anchorKeys)
	for _, k := range anchorKeys {
		m := byAnchor[k]
		for _, i := range m[1:] {
			union(m[0], i)
		}
	}

	groups := map[int][]int{}
	for _, i := range idx {
		r := find(i)
		groups[r] = append(groups[r], i)
	}
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		out = append(out, groups[r])
	}
	return out
}

// topPerson returns what a claim that names no one and nothing is about:
// its document's most mentioned entity, which joins the claims naming
// that person alone; else "".
func topPerson(c *claims.Claim) string {
	if len(c.Persons) > 0 || len(c.Things) > 0 || c.Named || c.Kind == rules.KindRole || len(c.Topic) == 0 {
		return ""
	}
	return c.Topic[0]
}

// maximal returns the one set among keys that contains all the others, or "".
func maximal(keys []string) string {
	if len(keys) == 0 {
		return ""
	}
	best := keys[0]
	for _, k := range keys[1:] {
		if len(strings.Split(k, "\x00")) > len(strings.Split(best, "\x00")) {
			best = k
		}
	}
	b := strings.Split(best, "\x00")
	for _, k := range keys {
		if !isSubset(strings.Split(k, "\x00"), b) {
			return ""
		}
	}
	return best
}

func isSubset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
