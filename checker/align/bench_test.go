package align

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/rules"
)

var (
	firsts = strings.Fields("lena tomas kari peter arne marta jonas elin ruth omar")
	lasts  = strings.Fields("marsh greve lund hale vik dren sarkis yusuf hollis mirko oduya brandt")
)

// corpusClaims makes n claims the way a large corpus has them: many
// stories, each with its own people (some named in full, some by two of
// their words), its own topic, and the same classes of event, measure and
// office.
func corpusClaims(n int, r *rand.Rand) []claims.Claim {
	var cl []claims.Claim
	for story := 0; len(cl) < n; story++ {
		who := func() claims.Name {
			w := []string{firsts[r.IntN(len(firsts))], fmt.Sprintf("%s%d", lasts[r.IntN(len(lasts))], story)}
			if r.IntN(4) == 0 {
				w = append(w[:1], append([]string{firsts[r.IntN(len(firsts))]}, w[1:]...)...)
			}
			k := strings.Join(w, " ")
			return claims.Name{Key: k, Text: strings.ToUpper(k[:1]) + k[1:]}
		}
		a, b := who(), who()
		topic := []string{fmt.Sprintf("org%d", story), fmt.Sprintf("town%d", story)}
		for range 3 + r.IntN(3) {
			cl = append(cl,
				claims.Claim{Kind: rules.KindEventDate, Class: "meeting", Persons: []claims.Name{a, b}, Topic: topic},
				claims.Claim{Kind: rules.KindEventDate, Class: "meeting", Persons: []claims.Name{a}, Topic: topic},
				claims.Claim{Kind: rules.KindMeasure, Class: "revenue (USD)", Topic: topic},
				claims.Claim{Kind: rules.KindRole, Class: "chief executive", ScopeKey: topic[0], Value: claims.Val{Holders: []claims.Name{a}}},
				// "said chief executive ...": the office's scope is left to
				// the corpus, which gives it one per story.
				claims.Claim{Kind: rules.KindRole, Class: "chief executive", Source: story, Bare: true, Topic: topic, Value: claims.Val{Holders: []claims.Name{a}}},
			)
		}
	}
	return cl[:n]
}

func BenchmarkPeople(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			base := corpusClaims(n, rand.New(rand.NewPCG(1, 2)))
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				cl := append([]claims.Claim(nil), base...)
				b.StartTimer()
				People(ptrs(cl))
			}
		})
	}
}

func BenchmarkAlign(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			cl := corpusClaims(n, rand.New(rand.NewPCG(1, 2)))
			People(ptrs(cl))
			b.ReportAllocs()
			for b.Loop() {
				Align(ptrs(cl), 0)
			}
		})
	}
}

// People finds the longer names through an index; it must join exactly
// the names a comparison of every pair would: a name joins the longer name
// that holds every other longer name holding it.
func TestPeopleMatchesPairwise(t *testing.T) {
	for seed := range uint64(20) {
		r := rand.New(rand.NewPCG(seed, 7))
		var cl []claims.Claim
		for range 60 {
			var w []string
			for range 1 + r.IntN(3) {
				w = append(w, lasts[r.IntN(4)])
			}
			k := strings.Join(w, " ")
			cl = append(cl, claims.Claim{Persons: []claims.Name{{Key: k, Text: k}}})
		}
		want := pairwiseCanon(cl)
		People(ptrs(cl))
		for i, c := range cl {
			if got := c.Persons[0].Key; got != want[i] {
				t.Fatalf("seed %d: claim %d joined to %q, pairwise gives %q", seed, i, got, want[i])
			}
		}
	}
}

// pairwiseCanon is People's joining done the slow way.
func pairwiseCanon(cl []claims.Claim) []string {
	words := map[string][]string{}
	for _, c := range cl {
		w := sortedWords(c.Persons[0].Key)
		words[strings.Join(w, " ")] = w
	}
	var keys []string
	for k := range words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	canon := map[string]string{}
	for _, k := range keys {
		var supers []string
		for _, k2 := range keys {
			if k2 != k && len(words[k2]) > len(words[k]) && isSubset(words[k], words[k2]) {
				supers = append(supers, k2)
			}
		}
		canon[k] = k
		for _, s := range supers {
			holdsAll := true
			for _, o := range supers {
				holdsAll = holdsAll && isSubset(words[o], words[s])
			}
			if holdsAll {
				canon[k] = s
			}
		}
	}
	out := make([]string, len(cl))
	for i, c := range cl {
		k := strings.Join(sortedWords(c.Persons[0].Key), " ")
		for canon[k] != k {
			k = canon[k]
		}
		out[i] = k
	}
	return out
}

// A shorter form of a name joins the claims that name it in full, but two
// names that only end alike do not join through their ending.
func TestShortForms(t *testing.T) {
	m := func(things ...string) claims.Claim {
		return claims.Claim{Kind: rules.KindMeasure, Class: "price (USD)", Things: things}
	}
	cl := []claims.Claim{
		m("tidewell vault 3.2"), m("vault 3.2"), m("acme vault 3.2 pro"),
		m("quenanwyn space agency"), m("varnholt space agency"),
	}
	got := map[int]int{}
	for gi, g := range Align(ptrs(cl), 0) {
		for _, k := range g.Claims {
			got[k] = gi
		}
	}
	if got[0] != got[1] {
		t.Error("“Tidewell Vault 3.2” and “Vault 3.2” are apart")
	}
	if got[3] == got[4] {
		t.Error("two space agencies joined through “space agency”")
	}
	if got[2] == got[1] {
		t.Error("“Acme Vault 3.2 Pro” joined “Vault 3.2”, which is not one of its endings")
	}
}

// BenchmarkScopes places titles in a corpus of many stories, each with its
// own company and county: the work grows with the claims, not with pairs
// of scopes.
func BenchmarkScopes(b *testing.B) {
	for _, stories := range []int{1000, 10000} {
		var cl []claims.Claim
		for s := range stories {
			topic := []string{fmt.Sprintf("story%d", s)}
			company := fmt.Sprintf("halvren%d", s)
			cl = append(cl,
				claims.Claim{Kind: rules.KindRole, Class: "chief executive", Scope: company, ScopeKey: company, Topic: topic},
				claims.Claim{Kind: rules.KindRole, Class: "chief executive", Scope: company + " therapeutics", ScopeKey: company + " therapeutics", Topic: topic},
				claims.Claim{Kind: rules.KindRole, Class: "clerk", Scope: "county", ScopeKey: "county", ScopeNoun: true, Topic: topic},
				claims.Claim{Kind: rules.KindRole, Class: "clerk", Scope: "Harrow County", ScopeKey: fmt.Sprintf("harrow%d county", s), Topic: topic},
			)
		}
		b.Run(fmt.Sprint(stories), func(b *testing.B) {
			work := make([]claims.Claim, len(cl))
			for b.Loop() {
				copy(work, cl)
				Scopes(ptrs(work))
			}
		})
	}
}
