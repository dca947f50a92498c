package align

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/rules"
)

func names(ns ...string) []claims.Name {
	var out []claims.Name
	for _, n := range ns {
		out = append(out, claims.Name{Key: strings.ToLower(n), Text: n})
	}
	return out
}

func TestPeople(t *testing.T) {
	cl := []claims.Claim{
		{Persons: names("Shigeru Ishiba")},
		{Persons: names("Ishiba Shigeru")},
		{Persons: names("Shigeru Ishiba", "Pham Minh Chinh")},
		{Persons: names("Chinh")},
		{Persons: names("Marina Augusta Baker")},
		{Persons: names("Marina Baker")},
		{Persons: names("Ines Varga-Holm")},
		{Persons: names("Ines Varga Holm")},
		{Persons: names("Ines Varga-Holm")},
	}
	People(ptrs(cl))
	var got []string
	for _, c := range cl {
		for _, p := range c.Persons {
			got = append(got, p.Text)
		}
	}
	want := "Shigeru Ishiba|Shigeru Ishiba|Shigeru Ishiba|Pham Minh Chinh|Pham Minh Chinh|Marina Augusta Baker|Marina Augusta Baker|Ines Varga-Holm|Ines Varga-Holm|Ines Varga-Holm"
	if strings.Join(got, "|") != want {
		t.Errorf("canonical names = %s\nwant %s", strings.Join(got, "|"), want)
	}
}

// TestFamiliarNames: a given name's familiar form or initial with the same
// surname is the same person, where only one full name fits it.
func TestFamiliarNames(t *testing.T) {
	cl := []claims.Claim{
		{Persons: names("Robert J. Hanley")},
		{Persons: names("Rob Hanley")},
		{Persons: names("Bill Osei")},
		{Persons: names("William Osei")},
		{Persons: names("Dan Moten")},
		{Persons: names("Daniel Moten")},
		{Persons: names("Danielle Moten")},
		{Persons: names("Paul Ode")},
		{Persons: names("Pauline Ode")},
		{Persons: names("Declan J. Orme")},
		{Persons: names("D. J. Orme")},
		{Persons: names("D. Moten")},
		// Folding has made "Åberg" "Aberg"; "Aaberg" is its older spelling.
		{Persons: names("Sunniva Aberg")},
		{Persons: names("Sunniva Aaberg")},
	}
	People(ptrs(cl))
	var got []string
	for _, c := range cl {
		got = append(got, c.Persons[0].Text)
	}
	want := "Robert J. Hanley|Robert J. Hanley|Bill Osei|Bill Osei|Dan Moten|Daniel Moten|Danielle Moten|Paul Ode|Pauline Ode|Declan J. Orme|Declan J. Orme|D. Moten|Sunniva Aberg|Sunniva Aberg"
	if strings.Join(got, "|") != want {
		t.Errorf("canonical names = %s\nwant %s", strings.Join(got, "|"), want)
	}
}

// TestPeopleFromThings: a name that is a person in one claim is a person
// in every claim that names it; a one-word name, or one nobody is, stays
// a thing.
func TestPeopleFromThings(t *testing.T) {
	cl := []claims.Claim{
		{Persons: names("Jonah Vell")},
		{Things: []string{"jonah vell", "ann pruitt", "ashby"}},
		{Things: []string{"vell"}},
	}
	People(ptrs(cl))
	if got := cl[1]; len(got.Persons) != 1 || got.Persons[0].Key != "jonah vell" || strings.Join(got.Things, "|") != "ann pruitt|ashby" {
		t.Errorf("claim 1: persons %v, things %v; want Jonah Vell, and ann pruitt|ashby", got.Persons, got.Things)
	}
	if got := cl[2]; len(got.Persons) != 0 || len(got.Things) != 1 {
		t.Errorf("claim 2: persons %v, things %v; want the one-word name kept a thing", got.Persons, got.Things)
	}
}

// TestRankedPartyIsNoPerson: what a rank ranks may be a town or a
// company; ranking it makes no person of it.
func TestRankedPartyIsNoPerson(t *testing.T) {
	cl := []claims.Claim{
		{Kind: rules.KindRank, Class: "largest town", Persons: names("Hollin Bridge")},
		{Kind: rules.KindMeasure, Things: []string{"hollin bridge"}},
	}
	People(ptrs(cl))
	if got := cl[1]; len(got.Persons) != 0 || len(got.Things) != 1 {
		t.Errorf("persons %v, things %v; want the town kept a thing", got.Persons, got.Things)
	}
}

// TestRankParties: a rank the text says of no one is the party that
// other claims rank in its class, when its document is about that party
// and no other.
func TestRankParties(t *testing.T) {
	cl := []claims.Claim{
		{Kind: rules.KindRank, Class: "largest hospital", Persons: names("St Aldric")},
		{Kind: rules.KindRank, Class: "largest hospital", Persons: names("Royal Esk")},
		{Kind: rules.KindRank, Class: "largest hospital", Topic: []string{"kellbridge", "st aldric"}},
		{Kind: rules.KindRank, Class: "largest hospital", Topic: []string{"st aldric", "royal esk"}},
		{Kind: rules.KindRank, Class: "largest city", Topic: []string{"st aldric"}},
		// A party named by its initials in one story and in full in the
		// topic of another.
		{Kind: rules.KindRank, Class: "largest telescope", Persons: names("ODST")},
		{Kind: rules.KindRank, Class: "largest telescope", Topic: []string{"halvard peak", "orsan deep sky telescope"}},
	}
	People(ptrs(cl))
	RankParties(ptrs(cl))
	cl = append(cl[:5], cl[6:]...)
	var got []string
	for _, c := range cl[2:] {
		var ps []string
		for _, p := range c.Persons {
			ps = append(ps, p.Key)
		}
		got = append(got, strings.Join(ps, ","))
	}
	if want := "aldric st|||odst"; strings.Join(got, "|") != want {
		t.Errorf("parties %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestPeopleInTopics: a person in one document's topic and the same
// person, named in full, in another's are one topic, though no claim
// names them; other names stay.
func TestPeopleInTopics(t *testing.T) {
	a := []string{"marina baker", "pellworth museum"}
	b := []string{"marina augusta baker"}
	ap, bp := []string{"marina baker"}, []string{"marina augusta baker"}
	cl := []claims.Claim{
		{Topic: b, TopicPeople: bp},
		{Topic: a, TopicPeople: ap},
		{Topic: a, TopicPeople: ap},
	}
	People(ptrs(cl))
	if a[0] != b[0] || a[1] != "pellworth museum" {
		t.Errorf("topics %q and %q, want the same key for Marina Baker and pellworth museum kept", a, b)
	}
	// In reading order, as a thing that names her is keyed.
	if a[0] != "marina augusta baker" {
		t.Errorf("topic %q, want marina augusta baker", a[0])
	}
}

// TestTopicNamesJoin: a name in one document's topic joins the one longer
// name in another's with the same first and last words; a name of the
// form "bank of ..." does not.
func TestTopicNamesJoin(t *testing.T) {
	a := []string{"elias moten", "bank of america"}
	b := []string{"elias kirwa moten", "bank of north america"}
	c := []string{"port ardine"}
	d := []string{"port ardine marathon"}
	People(ptrs([]claims.Claim{{Topic: a}, {Topic: b}, {Topic: c}, {Topic: d}}))
	if got := strings.Join(a, "|") + " " + c[0]; got != "elias kirwa moten|bank of america port ardine" {
		t.Errorf("topics %q, %q; want elias moten joined to elias kirwa moten, the others kept", a, c)
	}
	// The longer name a person's: the shorter still joins it.
	e, f := []string{"zara moten"}, []string{"zara kirwa moten"}
	People(ptrs([]claims.Claim{{Topic: e}, {Topic: f, TopicPeople: []string{"zara kirwa moten"}}}))
	if e[0] != f[0] {
		t.Errorf("topics %q and %q, want one name", e, f)
	}
}

// TestAlign: claims join through the same people, a subset of exactly one
// set of people, or a shared topic; never through a subset that fits two
// different sets.
func TestAlign(t *testing.T) {
	ev := func(topic string, people ...string) claims.Claim {
		return claims.Claim{Kind: rules.KindEventDate, Class: "meeting", Persons: names(people...), Topic: []string{topic}}
	}
	cl := []claims.Claim{
		ev("x", "a", "b"), // 0
		ev("y", "b", "a"), // 1: same people, other order
		ev("z", "a", "c"), // 2: another meeting of a
		ev("w", "a"),      // 3: fits both meetings: joins neither
		ev("v", "c"),      // 4: fits only the meeting of a and c
		{Kind: rules.KindEventDate, Class: "meeting", Topic: []string{"t"}}, // 5
		{Kind: rules.KindEventDate, Class: "meeting", Topic: []string{"t"}}, // 6: same topic as 5
		{Kind: rules.KindEventDate, Class: "visit", Topic: []string{"t"}},   // 7: another class
	}
	if got, want := groups(cl), "0,1|2,4|3|5,6|7"; got != want {
		t.Errorf("groups = %s, want %s", got, want)
	}
}

// groups aligns cl and writes its groups as "0,1|2": the claims'
// indexes, one digit each.
func groups(cl []claims.Claim) string {
	var got []string
	for _, g := range Align(ptrs(cl), 0) {
		var s []string
		for _, i := range g.Claims {
			s = append(s, string(rune('0'+i)))
		}
		got = append(got, strings.Join(s, ","))
	}
	return strings.Join(got, "|")
}

// TestShortName: a body's name joins its one-word short form where the
// corpus uses that form on its own, and only there.
func TestShortName(t *testing.T) {
	count := func(topic ...string) claims.Claim {
		return claims.Claim{Kind: rules.KindMeasure, Class: "count of people [enrolled]", Topic: topic}
	}
	cl := []claims.Claim{count("halvren therapeutics", "quellira"), count("halvren", "cmea")}
	if got, want := groups(cl), "0,1"; got != want {
		t.Errorf("groups = %s, want %s", got, want)
	}
	cl = []claims.Claim{count("halvren therapeutics"), count("halvren labs")}
	if got, want := groups(cl), "0|1"; got != want {
		t.Errorf("without the short form on its own, groups = %s, want %s", got, want)
	}
}

// TestUnscopedRoles: titles with no country join through the topic, and
// only in a corpus that names no country.
func TestUnscopedRoles(t *testing.T) {
	role := func(topic string) claims.Claim {
		return claims.Claim{Kind: rules.KindRole, Class: "transport minister", Topic: []string{topic}}
	}
	cl := []claims.Claim{role("bridge"), role("bridge"), role("harbour")}
	if got, want := groups(cl), "0,1|2"; got != want {
		t.Errorf("groups = %s, want %s", got, want)
	}
	cl = append(cl, claims.Claim{Kind: rules.KindMeasure, Class: "length", Countries: []string{"Japan"}})
	if got, want := groups(cl), "3"; got != want {
		t.Errorf("in a corpus naming a country, groups = %s, want %s", got, want)
	}
}

// TestNounScopedRoles: a title whose scope is a common noun ("festival
// director") joins through the topic, whether or not the corpus names a
// country, and not with another noun's.
func TestNounScopedRoles(t *testing.T) {
	role := func(noun, topic string) claims.Claim {
		return claims.Claim{Kind: rules.KindRole, Class: "director", ScopeKey: noun, ScopeNoun: true, Topic: []string{topic}}
	}
	cl := []claims.Claim{
		role("festival", "lennside"),
		role("festival", "lennside"),
		role("festival", "harbour"),
		role("museum", "lennside"),
		{Kind: rules.KindMeasure, Class: "length", Countries: []string{"Japan"}},
	}
	if got, want := groups(cl), "4|0,1|2|3"; got != want {
		t.Errorf("groups = %s, want %s", got, want)
	}
}

func TestKindStems(t *testing.T) {
	tests := []struct{ name, stem, first string }{
		{"ashbourne rovers football club", "ashbourne rovers", ""},
		{"ashbourne rovers f.c.", "ashbourne rovers", ""},
		{"halvers groep n.v.", "halvers groep", ""},
		{"tidewell systems inc.", "tidewell systems", "tidewell"},
		{"apple inc", "", "apple"},           // one word would be left
		{"united football club", "", ""},     // so would "united", and "football" says no kind
		{"tidewell systems", "", "tidewell"}, // two words: nothing to take off for the stem
		{"bank of england company", "bank of england", ""},
		{"halvren therapeutics", "", "halvren"},
		{"northgate financial corp", "northgate financial", "northgate"},
		{"halvren", "", ""},
		{"lusk harbour", "", ""},
	}
	for _, tt := range tests {
		if stem, first := kindStems(tt.name); stem != tt.stem || first != tt.first {
			t.Errorf("kindStems(%q) = %q, %q, want %q, %q", tt.name, stem, first, tt.stem, tt.first)
		}
	}
}

// TestTopicPersonIsNoClaimPerson: a name only a topic gives as a
// person's does not turn a claim's thing into a person with no name.
func TestTopicPersonIsNoClaimPerson(t *testing.T) {
	cl := []claims.Claim{
		{Topic: []string{"marina baker"}, TopicPeople: []string{"marina baker"}},
		{Things: []string{"marina baker"}},
	}
	People(ptrs(cl))
	if len(cl[1].Persons) != 0 || len(cl[1].Things) != 1 {
		t.Errorf("persons %+v, things %v; want the thing kept", cl[1].Persons, cl[1].Things)
	}
}

// TestBareTitles: a title with no scope takes the one scope the corpus
// gives its office, and is left out where there are two, or where its
// source names two holders of it.
func TestBareTitles(t *testing.T) {
	bare := func(src int, holder string) claims.Claim {
		return claims.Claim{Kind: rules.KindRole, Class: "manager", Source: src, Bare: true, Topic: []string{"rovers"},
			Value: claims.Val{Holders: names(holder)}}
	}
	scoped := func(src int, scope, holder string) claims.Claim {
		return claims.Claim{Kind: rules.KindRole, Class: "manager", Source: src, Scope: scope, ScopeKey: scope,
			Value: claims.Val{Holders: names(holder)}}
	}
	noun := func(src int, scope, holder string) claims.Claim {
		c := scoped(src, scope, holder)
		c.ScopeNoun = true
		return c
	}
	for _, tc := range []struct {
		name string
		cl   []claims.Claim
		want string
	}{
		{"among themselves", []claims.Claim{bare(0, "Ines Valdivia"), bare(1, "Paul Brannigan")}, "0,1"},
		{"one scope", []claims.Claim{bare(0, "Ines Valdivia"), scoped(1, "castlereach rovers", "Paul Brannigan")}, "0,1"},
		{"two scopes", []claims.Claim{bare(0, "Ines Valdivia"), scoped(1, "castlereach rovers", "Paul Brannigan"), scoped(2, "ashby town", "Lee Marr")}, "2|1"},
		{"two holders in a source", []claims.Claim{bare(0, "Ines Valdivia"), bare(0, "Lee Marr"), bare(1, "Paul Brannigan")}, "2"},
		{"one named scope and a noun", []claims.Claim{bare(0, "Ines Valdivia"), scoped(1, "castlereach rovers", "Paul Brannigan"), noun(2, "club", "Lee Marr")}, "0,1|2"},
		{"two noun scopes", []claims.Claim{bare(0, "Ines Valdivia"), noun(1, "club", "Paul Brannigan"), noun(2, "team", "Lee Marr")}, "1|2"},
	} {
		if got := groups(tc.cl); got != tc.want {
			t.Errorf("%s: groups = %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestSumsAdoptTheirMeasuresEvent(t *testing.T) {
	sum := func(src int, class string) claims.Claim {
		return claims.Claim{Kind: rules.KindMeasure, Class: class, Source: src, Topic: []string{"norvane"},
			Value: claims.Val{Value: recognize.Value{Type: recognize.Money}}}
	}
	for _, tc := range []struct {
		name string
		cl   []claims.Claim
		want string
	}{
		{"one event", []claims.Claim{sum(0, "charge @closing (EUR)"), sum(1, "charge (EUR)")}, "0,1"},
		{"two events", []claims.Claim{sum(0, "charge @closing (EUR)"), sum(1, "charge (EUR)"), sum(2, "charge @acquisition (EUR)")}, "1|2|0"},
		{"another measure", []claims.Claim{sum(0, "charge @closing (EUR)"), sum(1, "price (EUR)")}, "0|1"},
	} {
		if got := groups(tc.cl); got != tc.want {
			t.Errorf("%s: groups = %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestWithoutEvent(t *testing.T) {
	for _, tc := range []struct{ class, want string }{
		{"charge @closing [forecast] (EUR)", "charge [forecast] (EUR)"},
		{"aid @award", "aid"},
		{"price (USD)", "price (USD)"},
	} {
		if got, _ := withoutEvent(tc.class); got != tc.want {
			t.Errorf("withoutEvent(%q) = %q, want %q", tc.class, got, tc.want)
		}
	}
}

func TestClaimsOfAPersonsStoryJoinThoseNamingThem(t *testing.T) {
	verdict := func(src int, topic []string, persons ...string) claims.Claim {
		return claims.Claim{Kind: rules.KindEventDate, Class: "verdict", Source: src, Topic: topic, Persons: names(persons...)}
	}
	marchetti := []string{"lydia marchetti", "gregory tamm"}
	tamm := []string{"gregory tamm", "lydia marchetti"}
	for _, tc := range []struct {
		name string
		cl   []claims.Claim
		want string
	}{
		{"the story's person", []claims.Claim{verdict(0, marchetti, "Lydia Marchetti"), verdict(1, marchetti)}, "0,1"},
		{"another person's story", []claims.Claim{verdict(0, marchetti, "Lydia Marchetti"), verdict(1, tamm)}, "0|1"},
		{"a claim naming the person with another", []claims.Claim{verdict(0, marchetti, "Lydia Marchetti", "Gregory Tamm"), verdict(1, marchetti)}, "0|1"},
	} {
		if got := groups(tc.cl); got != tc.want {
			t.Errorf("%s: groups = %s, want %s", tc.name, got, tc.want)
		}
	}
}

// TestAlignJobs checks that the groups do not depend on how many buckets
// are joined at once.
func TestAlignJobs(t *testing.T) {
	cl := corpusClaims(5000, rand.New(rand.NewPCG(3, 4)))
	People(ptrs(cl))
	want := Align(ptrs(slices.Clone(cl)), 1)
	if len(want) < 100 {
		t.Fatalf("%d groups: the corpus is too small to tell", len(want))
	}
	for _, jobs := range []int{2, 3, 8} {
		if got := Align(ptrs(slices.Clone(cl)), jobs); !reflect.DeepEqual(got, want) {
			t.Errorf("Align with %d jobs gave other groups than with one", jobs)
		}
	}
}

// ptrs lists the claims of cl as Check does, by pointer.
func ptrs(cl []claims.Claim) []*claims.Claim {
	out := make([]*claims.Claim, len(cl))
	for i := range cl {
		out[i] = &cl[i]
	}
	return out
}
