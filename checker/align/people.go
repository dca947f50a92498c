package align

import (
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/rules"
)

// People makes people's names canonical across the corpus: "Shigeru
// Ishiba" and "Ishiba Shigeru" (the same words in another order), and
// "Marina Baker" and "Marina Augusta Baker" (one name inside the other, first
// and last words the same) are one person. It rewrites the keys in cl and
// returns each canonical key's display name: the spelling most mentions
// use. A thing a claim names that is a person elsewhere becomes one of the
// claim's people.
func People(cl []*claims.Claim) map[string]string {
	type person struct {
		words  []string
		counts map[string]int // display spelling -> mentions
		first  map[string]int // display spelling -> order first seen
		// said makes a person of the name: a title, a verb of speech. A
		// ranked party may be a town or a company.
		said bool
	}
	seen := 0
	byWords := map[string]*person{}
	// reading holds each key's words as first written ("marina baker" for
	// "baker marina"): topics, like things, are keyed in reading order.
	reading := map[string]string{}
	visit := func(n claims.Name, said bool) {
		w := sortedWords(n.Key)
		k := strings.Join(w, " ")
		p := byWords[k]
		if p == nil {
			p = &person{words: w, counts: map[string]int{}, first: map[string]int{}}
			byWords[k] = p
			reading[k] = n.Key
		}
		if _, ok := p.first[n.Text]; !ok {
			p.first[n.Text] = seen
			seen++
		}
		p.counts[n.Text]++
		p.said = p.said || said
	}
	for i := range cl {
		for _, n := range cl[i].Persons {
			visit(n, cl[i].Kind != rules.KindRank)
		}
		for _, n := range cl[i].Value.Holders {
			visit(n, true)
		}
	}
	// The people in documents' topics take part in the canonical names
	// but not in how they are displayed.
	docs := topicClaims(cl)
	for _, i := range docs {
		for _, k := range cl[i].TopicPeople {
			w := sortedWords(k)
			if key := strings.Join(w, " "); byWords[key] == nil {
				byWords[key] = &person{words: w, counts: map[string]int{}, first: map[string]int{}}
				reading[key] = k
			}
		}
	}
	keys := make([]string, 0, len(byWords))
	for k := range byWords {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	// A shorter name joins the longer name that holds all its words and
	// every other longer name that does.
	// The longer names that may hold a name are those with its rarest
	// word, found through an index rather than by comparing every pair.
	withWord := map[string][]string{} // word -> names, in order
	for _, k := range keys {
		for _, w := range byWords[k].words {
			if l := withWord[w]; len(l) == 0 || l[len(l)-1] != k {
				withWord[w] = append(l, k)
			}
		}
	}
	canon := map[string]string{}
	for _, k := range keys {
		p := byWords[k]
		cands := keys
		for i, w := range p.words {
			if i == 0 || len(withWord[w]) < len(cands) {
				cands = withWord[w]
			}
		}
		var supers []string
		for _, k2 := range cands {
			if k2 != k && len(byWords[k2].words) > len(p.words) && isSubset(p.words, byWords[k2].words) {
				supers = append(supers, k2)
			}
		}
		canon[k] = k
		if i := holdingAll(len(supers), func(a, b int) bool { return isSubset(byWords[supers[b]].words, byWords[supers[a]].words) }); i >= 0 {
			canon[k] = supers[i]
		}
	}
	// Follow chains to the longest name.
	for _, k := range keys {
		c := canon[k]
		for canon[c] != c {
			c = canon[c]
		}
		canon[k] = c
	}
	joinNicknames(keys, reading, canon)
	// The display name is the full spelling most mentions use; on a tie,
	// the one written first.
	display := map[string]string{}
	best := map[string][2]int{} // mentions, -first seen
	for _, k := range keys {
		c := canon[k]
		for text, n := range byWords[k].counts {
			if len(nameWords(text)) < len(byWords[c].words) {
				n = 0 // prefer full names for display
			}
			score := [2]int{n, -byWords[k].first[text]}
			if _, ok := display[c]; !ok || score[0] > best[c][0] || score[0] == best[c][0] && score[1] > best[c][1] {
				display[c], best[c] = text, score
			}
		}
	}
	rewrite := func(n *claims.Name) {
		n.Key = canon[strings.Join(sortedWords(n.Key), " ")]
		n.Text = display[n.Key]
	}
	for i := range cl {
		for j := range cl[i].Persons {
			rewrite(&cl[i].Persons[j])
		}
		for j := range cl[i].Value.Holders {
			rewrite(&cl[i].Value.Holders[j])
		}
		if len(cl[i].Value.Holders) > 0 {
			var names []string
			for _, h := range cl[i].Value.Holders {
				names = append(names, h.Text)
			}
			cl[i].Value.Norm = strings.Join(names, "; ")
		}
	}
	// A name in a document's topic joins the longer one another topic
	// gives it, then takes the canonical form if it is someone's: the
	// topics "Elias Kirwa Moten" of one document and "Elias Moten" of
	// another join their claims, whether or not a title said either was a
	// person's.
	joinTopicNames(cl, docs)
	for _, i := range docs {
		t := cl[i].Topic
		for j, name := range t {
			if c, ok := canon[strings.Join(sortedWords(name), " ")]; ok {
				t[j] = reading[c]
			}
		}
	}
	// A name that is a person's in one source is that person's in every
	// source: "Jonah Vell and Ann Pruitt were married" names Vell, who is
	// a person where a title or a verb of speech says so.
	for _, c := range cl {
		var things []string
		var moved []claims.Name
		for _, t := range c.Things {
			k := strings.Join(sortedWords(t), " ")
			// A person only a topic names has no display name: the
			// name stays a thing.
			if p, ok := byWords[k]; ok && len(p.words) >= 2 && display[canon[k]] != "" && (p.said || byWords[canon[k]].said) {
				moved = append(moved, claims.Name{Key: canon[k], Text: display[canon[k]]})
				continue
			}
			things = append(things, t)
		}
		if len(moved) == 0 {
			continue
		}
		persons := append([]claims.Name(nil), c.Persons...)
		for _, m := range moved {
			if !slices.ContainsFunc(persons, func(n claims.Name) bool { return n.Key == m.Key }) {
				persons = append(persons, m)
			}
		}
		c.Persons, c.Things = persons, things
	}
	return display
}

// RankParties gives a rank the text says of no named party ("it remains
// the third-largest hospital in North Vale") the one party that other
// claims rank in the same class, if its document's topic names that party:
// the story is about it.
func RankParties(cl []*claims.Claim) {
	type party struct {
		name  claims.Name
		words []string
	}
	// class, then a word of the party's name -> parties
	byWord := map[string]map[string][]party{}
	for _, c := range cl {
		if c.Kind != rules.KindRank || len(c.Persons) != 1 {
			continue
		}
		p := party{c.Persons[0], sortedWords(c.Persons[0].Key)}
		if byWord[c.Class] == nil {
			byWord[c.Class] = map[string][]party{}
		}
		for _, w := range p.words {
			if l := byWord[c.Class][w]; !slices.ContainsFunc(l, func(q party) bool { return q.name.Key == p.name.Key }) {
				byWord[c.Class][w] = append(l, p)
			}
		}
	}
	for _, c := range cl {
		if c.Kind != rules.KindRank || len(c.Persons) > 0 || byWord[c.Class] == nil {
			continue
		}
		var found []claims.Name
		add := func(p party) {
			if !slices.ContainsFunc(found, func(n claims.Name) bool { return n.Key == p.name.Key }) {
				found = append(found, p.name)
			}
		}
		for _, t := range c.Topic {
			tw := sortedWords(t)
			for _, w := range tw {
				for _, p := range byWord[c.Class][w] {
					if isSubset(p.words, tw) || isSubset(tw, p.words) {
						add(p)
					}
				}
			}
			// A party named by its initials: "ODST", the Orsan Deep Sky
			// Telescope.
			if len(tw) >= 3 {
				for _, p := range byWord[c.Class][initials(t)] {
					add(p)
				}
			}
		}
		if len(found) == 1 {
			c.Persons = found
		}
	}
}

// joinTopicNames makes a shorter name in documents' topics the one longer
// topic name with the same first and last words that holds all its words
// in order: "elias moten" joins "elias kirwa moten". Names with words such
// as "of" stay apart: "bank of america" is no "bank of north america".
// docs holds one claim of each document (see topicClaims).
func joinTopicNames(cl []*claims.Claim, docs []int) {
	type name struct {
		key   string
		words []string
	}
	byEnds := map[string][]name{} // first and last word -> names
	seen := map[string]bool{}
	for _, i := range docs {
		for _, key := range cl[i].Topic {
			if w := strings.Fields(key); len(w) >= 2 && !seen[key] && !slices.ContainsFunc(w, func(x string) bool { return joinWords[x] }) {
				seen[key] = true
				ends := w[0] + " " + w[len(w)-1]
				byEnds[ends] = append(byEnds[ends], name{key, w})
			}
		}
	}
	longer := map[string]string{}
	for _, names := range byEnds {
		for _, n := range names {
			var supers []name
			for _, m := range names {
				if len(m.words) > len(n.words) && inOrder(n.words, m.words) {
					supers = append(supers, m)
				}
			}
			if i := holdingAll(len(supers), func(a, b int) bool { return inOrder(supers[b].words, supers[a].words) }); i >= 0 {
				longer[n.key] = supers[i].key
			}
		}
	}
	if len(longer) == 0 {
		return
	}
	for _, i := range docs {
		t := cl[i].Topic
		for j, key := range t {
			if l, ok := longer[key]; ok {
				t[j] = l
			}
		}
	}
}

// joinNicknames makes a name whose given name is a familiar form or the
// initial of another's, with the same surname, that name: "Rob Hanley" is
// "Robert J. Hanley", "Ray Osei" is "Raymond K. Osei", "D. J. Orme" is
// "Declan J. Orme". Only where one such name fits; keys are the sorted
// keys, reading their words as written, canon their canonical keys
// (rewritten).
func joinNicknames(keys []string, reading, canon map[string]string) {
	type named struct{ key, first string }
	bySurname := map[string][]named{} // surname -> canonical keys and their given names
	for _, k := range keys {
		if canon[k] != k {
			continue
		}
		if w := strings.Fields(reading[k]); len(w) >= 2 {
			bySurname[w[len(w)-1]] = append(bySurname[w[len(w)-1]], named{k, w[0]})
		}
	}
	joined := map[string]string{}
	for _, ns := range bySurname {
		for _, n := range ns {
			if !mayBeFamiliar(n.first) {
				continue // most given names: no need to look through the others
			}
			fit := ""
			for _, n2 := range ns {
				if n2.key != n.key && (familiarForm(n.first, n2.first) || initialOf(n.first, n2.first)) {
					if fit != "" {
						fit = "-" // two fit: which is meant cannot be told
						break
					}
					fit = n2.key
				}
			}
			if fit != "" && fit != "-" {
				joined[n.key] = fit
			}
		}
	}
	for _, k := range keys {
		if to, ok := joined[canon[k]]; ok {
			canon[k] = to
		}
	}
}

// mayBeFamiliar reports a given name that familiarForm or initialOf may
// find to be the short form of some other.
func mayBeFamiliar(short string) bool {
	return familiar[short] != "" || len(short) >= 3 && len(short) <= 4 || isInitial(short)
}

// initialOf reports a given name written as its initial: the "D." of "D.
// J. Orme" for Declan J. Orme.
func initialOf(short, long string) bool {
	return isInitial(short) && !isInitial(long) && long[0] == short[0]
}

// isInitial reports a word of one letter, with or without its dot.
func isInitial(w string) bool {
	return len(w) == 1 || len(w) == 2 && w[1] == '.'
}

// familiarForm reports a given name that is a short or familiar form of
// another, longer one: "Rob" of "Robert", "Bill" of "William".
func familiarForm(short, long string) bool {
	if familiar[short] == long {
		return true
	}
	// "Dan" of "Daniel", not "Daniel" of "Danielle" or "Jan" of "Janet":
	// a longer name made by an ending is another name.
	rest, ok := strings.CutPrefix(long, short)
	return ok && len(short) >= 3 && len(short) <= 4 && len(rest) >= 2 && !nameEndings[rest]
}

// nameEndings make one given name of another: "Paul" and "Pauline".
var nameEndings = map[string]bool{"le": true, "ne": true, "na": true, "et": true, "elle": true, "ette": true, "ine": true, "ina": true, "ie": true, "ia": true}

// familiar maps familiar given names that are no prefix of the full name.
var familiar = map[string]string{
	"bob": "robert", "bobby": "robert", "bill": "william", "billy": "william", "jim": "james", "jimmy": "james",
	"mike": "michael", "tom": "thomas", "dick": "richard", "rick": "richard", "liz": "elizabeth", "beth": "elizabeth",
	"betty": "elizabeth", "kate": "katherine", "dave": "david", "steve": "stephen", "joe": "joseph", "tony": "anthony",
	"ted": "edward", "ed": "edward", "jack": "john", "harry": "henry", "hank": "henry", "chuck": "charles",
	"charlie": "charles", "jerry": "gerald", "larry": "lawrence", "andy": "andrew", "peggy": "margaret",
	"maggie": "margaret", "sally": "sarah", "becky": "rebecca", "kathy": "katherine", "sandy": "sandra",
}

// topicClaims returns the index of one claim of each document whose
// claims have a topic: a document's claims share their topic's array.
func topicClaims(cl []*claims.Claim) []int {
	var out []int
	seen := map[*string]bool{}
	for i := range cl {
		if t := cl[i].Topic; len(t) > 0 && !seen[&t[0]] {
			seen[&t[0]] = true
			out = append(out, i)
		}
	}
	return out
}

// holdingAll returns the index of the one of n longer names that holds
// every other (of "Elias Moten" and "Elias Kirwa Moten", the second), or
// -1 when there is none or none holds all. holds(a, b) reports whether
// name a holds name b.
func holdingAll(n int, holds func(a, b int) bool) int {
	for a := range n {
		all := true
		for b := range n {
			all = all && holds(a, b)
		}
		if all {
			return a
		}
	}
	return -1
}

// joinWords join the words of a name that is no person's.
var joinWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "&": true, "de": true, "du": true, "la": true, "le": true}

// inOrder reports whether the words of a appear in b in the same order.
func inOrder(a, b []string) bool {
	i := 0
	for _, w := range b {
		if i < len(a) && a[i] == w {
			i++
		}
	}
	return i == len(a)
}

// nameWords splits a name into its words, a hyphen parting them as a
// space does: "Ines Varga-Holm" and "Ines Varga Holm" are one name.
func nameWords(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
}

func sortedWords(key string) []string {
	var w []string
	for _, f := range nameWords(key) {
		if f == "jr" || f == "sr" || f == "." {
			continue
		}
		// Å, which folding makes "a", is written "aa" in older Nordic
		// spellings and in English: "Åberg" and "Aaberg" are one name.
		w = append(w, strings.ReplaceAll(f, "aa", "a"))
	}
	sort.Strings(w)
	return w
}
