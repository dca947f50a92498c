package corpusgen

import (
	"math/rand/v2"
	"strings"
)

// Filler is what makes a document 2-8 KB: comment and colour with no
// figures, dates or counts in it, so it adds reading and recognizing work
// but no claims. Sentences are built from parts for variety.
var (
	speakers = []string{
		"{P1Last}", "{P2Last}", "A spokesperson for {Org1}", "Local officials", "Analysts",
		"Residents", "Critics", "Supporters of the plan", "One observer", "A senior official",
		"People in {Place}", "Commentators",
	}
	speechVerbs = []string{"said", "told reporters", "argued", "noted", "warned", "added", "insisted"}
	clauses     = []string{
		"the decision had been a long time coming",
		"more work lay ahead",
		"the plan had broad support",
		"questions remained about how it would be paid for",
		"the region needed good news",
		"the timing was not ideal",
		"lessons had been learned from earlier setbacks",
		"the public deserved clear answers",
		"nothing had been decided about the next steps",
		"the response had been better than expected",
		"patience would be needed",
		"the outcome reflected years of careful preparation",
		"smaller communities must not be forgotten",
		"the mood had changed over recent weeks",
		"it was too early to draw conclusions",
		"the hard part was only beginning",
		"they would keep a close eye on what happened next",
		"the details still had to be worked out",
	}
)

// fillerSentence returns one sentence of comment or colour.
func fillerSentence(r *rand.Rand, d *domain) string {
	switch r.IntN(4) {
	case 0:
		return d.filler[r.IntN(len(d.filler))]
	case 1:
		return genericFiller[r.IntN(len(genericFiller))]
	case 2:
		c := clauses[r.IntN(len(clauses))]
		return "“" + strings.ToUpper(c[:1]) + c[1:] + ",” " + lowerFirst(speakers[r.IntN(len(speakers))]) + " " + speechVerbs[r.IntN(len(speechVerbs))] + "."
	}
	return speakers[r.IntN(len(speakers))] + " " + speechVerbs[r.IntN(len(speechVerbs))] + " that " + clauses[r.IntN(len(clauses))] + "."
}

// lowerFirst lowers a speaker that starts with a common word ("Analysts"
// after a quote reads "analysts"), leaving names alone.
func lowerFirst(s string) string {
	if strings.HasPrefix(s, "{") {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
