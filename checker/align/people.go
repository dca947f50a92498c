package align

import (
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker/claims"
)

// People makes people's names canonical across the corpus: "Shigeru
// Ishiba" and "Ishiba Shigeru" (the same words in another order), and
// "Marina Baker" and "Marina Augusta Baker" (one name inside the other, first
// and last words the same) are one person. It rewrites the keys in cl and
// returns each canonical key's display name: the spelling most mentions
// use. A thing a claim names that is a person elsewhere becomes one of the
// claim's people.
func People(cl []claims.Claim) map[string]string {
	type person struct {
		words  []string
		counts map[string]int // display spelling -> mentions
		first  map[string]int // display spelling -> order first seen
	}
	seen := 0
	byWords := map[string]*person{}
	visit := func(n claims.Name) {
		w := sortedWords(n.Key)
		k := strings.Join(w, " ")
		p := byWords[k]
		if p == nil {
			p = &person{words: w, counts: map[string]int{}, first: map[string]int{}}
			byWords[k] = p
		}
		if _, ok := p.first[n.Text]; !ok {
			p.first[n.Text] = seen
			seen++
		}
		p.counts[n.Text]++
	}
	for i := range cl {
		for _, n := range cl[i].Persons {
			visit(n)
		}
		for _, n := range cl[i].Value.Holders {
			visit(n)
		}
	}
	keys := make([]string, 0, len(byWords))
	for k := range byWords {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	// A shorter name joins the one longer name that holds all its words.
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
		if len(supers) == 1 {
			canon[k] = supers[0]
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
	// A person's name in a document's topic takes the canonical form too:
	// "Imogen T. Achterberg", the topic of one document, and "Imogen
	// Achterberg", of another, join their claims. A document's claims
	// share one topic.
	done := map[*string]bool{}
	for i := range cl {
		t := cl[i].Topic
		if len(t) == 0 || done[&t[0]] {
			continue
		}
		done[&t[0]] = true
		for j, name := range t {
			w := sortedWords(name)
			k := strings.Join(w, " ")
			if p, ok := byWords[k]; ok && (len(p.words) >= 2 || canon[k] != k) {
				t[j] = canon[k]
				continue
			}
			// A name no claim gives a person may still be a shorter form
			// of the one person whose name holds all its words.
			if len(w) < 2 {
				continue
			}
			var super string
			for _, k2 := range withWord[w[0]] {
				if len(byWords[k2].words) > len(w) && isSubset(w, byWords[k2].words) {
					if super != "" && canon[k2] != super {
						super = ""
						break
					}
					super = canon[k2]
				}
			}
			if super != "" {
				t[j] = super
			}
		}
	}
	// A name that is a person's in one source is that person's in every
	// source: "Jonah Vell and Ann Pruitt were married" names Vell, who is
	// a person where a title or a verb of speech says so.
	for i := range cl {
		c := &cl[i]
		var things []string
		var moved []claims.Name
		for _, t := range c.Things {
			k := strings.Join(sortedWords(t), " ")
			if p, ok := byWords[k]; ok && len(p.words) >= 2 {
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
		w = append(w, f)
	}
	sort.Strings(w)
	return w
}
