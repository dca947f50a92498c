// Package claims turns a document's units and recognized values into claims:
// each value attached to what it is about (an event and its participants, a
// measure and its period, a role and its scope, a first occurrence, a rank).
package claims

import (
	"github.com/factlint/factlint/checker/recognize"
)

// Doc is one source ready for claim extraction.
type Doc struct {
	Source    int // index of the source in the corpus
	Text      string
	Units     []Unit
	Values    [][]recognize.Value // per unit; offsets relative to the unit
	Published *recognize.Civil    // nil when unknown
}

// Unit is a sentence, heading, bullet or caption of Doc.Text.
type Unit struct {
	Start, End int
	Heading    bool
	Para       int // paragraph number, counted from 0
}

// Name is a person or thing as written, with its folded key.
type Name struct {
	Key  string // folded words, in written order
	Text string
}

// Claim is one value about one thing.
type Claim struct {
	Kind   string // a rules kind
	Source int
	Seq    int // the claim's position in the corpus, set by the caller
	// What the claim is about.
	Class     string   // event class, measure, role, first-occurrence key or rank key
	Word      string   // the words the text uses for it ("summit", "bilateral trade")
	Persons   []Name   // people the claim is about (participants; the ranked or measured party)
	Things    []string // folded names of other named things in the unit
	Countries []string // canonical countries in the unit
	Scope     string   // role or rank scope as written ("Japan", "the National Assembly")
	ScopeKey  string   // canonical or folded scope
	ScopeNoun bool     // Scope is a common noun ("festival director"): the organization is the document's subject
	Bare      bool     // the title has no scope at all ("said head coach Ines Valdivia"); see package align
	Leaving   bool     // the text says the holder leaves or has left the office ("has decided to retire")
	Since     string   // for a role: the day the text says its holder took office ("took over on July 28"), YYYY-MM-DD, or ""
	Zoned     bool     // a date given after a time in a named zone ("22:42 UTC on September 16"): the local date may be a day off
	Place     string   // where an event happened, as written; where a rank holds, folded ("north vale", "region")
	Local     bool     // Place is a town or venue, not a country
	About     string   // the thing an event happened to, as written ("Vault 3.2"); the noun a measure's figure modifies ("unit" in "a 24-bed unit")
	Agent     string   // the common noun for who acted in an event ("board"), if the text gives one
	Period    string   // reference period stated in the text ("2024"), or ""
	AsOf      string   // the day a time-scoped figure held ("by Tuesday"), YYYY-MM-DD, or ""
	Final     bool     // the text calls a running tally final ("the final toll"): later figures cannot update it
	SoFar     bool     // the text gives the figure as a tally so far ("has now received 31", "14 reports to date"): later figures may update it
	// The document's most mentioned entities (folded), for anchoring.
	// Every claim of a document shares one array: package align rewrites
	// a document's topic in place, once, through any of its claims.
	Topic []string
	// The names in Topic that are people's, which People makes canonical
	// across documents.
	TopicPeople []string
	Named       bool // Class itself names the thing measured ("price of pro")
	// The figure a measure changed from, when its clause gives it ("58
	// seats, up from 44"), or nil.
	Earlier *recognize.Value

	Value   Val
	Span    Span
	Implied string // for an implied value: the words it follows from
}

// Val is a claim's value.
type Val struct {
	recognize.Value
	Holders []Name // for role claims: the people holding the role
}

// Span locates a claim's evidence in the document text.
type Span struct {
	Unit       int
	Start, End int // byte offsets in Doc.Text
	Text       string
}
