package corpusgen

import (
	"math/rand/v2"
	"strings"
)

// Syllables for invented proper names. Every subject gets names of its own,
// so that stories never share a person, organization or place by accident:
// a finding that spans two stories is then always a mistake.
var (
	onsets = strings.Fields(`Var Bren Os Tal Kes Mor Dal Fen Gar Hal Ist Jor Kal Lun Mer
		Nor Orv Pel Quen Ros Sel Tor Ul Vel Wen Yar Zan Ash Bel Cor`)
	nuclei = strings.Fields(`a e i o u ae ei ia io ou ar er or an en`)
	codas  = strings.Fields(`holt nick lund dra vik sen ton mar berg dane wick mont rell
		stad ford vell sby gate mere dorf land thorn wyn rik ley`)
)

var firstNames = strings.Fields(`Lena Tomas Kari Peter Arne Marta Jonas Elin Ruth Omar Ines
	Nadia Felix Hana Ivo Clara Dario Selma Viktor Leila Anton Maya Pavel Rosa Emil Sara
	Milan Noor Oskar Lidia Hugo Vera Karim Agnes Lukas Irene Samir Greta Tobias Amina
	Henrik Julia Matteo Zofia Andrei Mira Stefan Ada Yusuf Eva Nils Lotte Bruno Dana`)

// namer hands out invented names that are unique across the whole corpus.
type namer struct {
	used map[string]bool
}

func newNamer() *namer { return &namer{used: map[string]bool{}} }

// word returns a new capitalized word of two or three syllables.
func (n *namer) word(r *rand.Rand) string {
	for {
		w := onsets[r.IntN(len(onsets))] + nuclei[r.IntN(len(nuclei))]
		if r.IntN(3) == 0 {
			w += strings.ToLower(onsets[r.IntN(len(onsets))]) + nuclei[r.IntN(len(nuclei))]
		}
		w += codas[r.IntN(len(codas))]
		if !n.used[w] {
			n.used[w] = true
			return w
		}
	}
}

// person returns a first name and a new surname.
func (n *namer) person(r *rand.Rand) person {
	return person{First: firstNames[r.IntN(len(firstNames))], Last: n.word(r)}
}

type person struct{ First, Last string }

func (p person) String() string { return p.First + " " + p.Last }
