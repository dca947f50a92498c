package align

import (
	"testing"

	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/rules"
)

// TestScopes: a title scoped by a common noun takes the one named scope of
// its story whose last word is that noun; with two, or none of its story,
// it keeps the noun.
func TestScopes(t *testing.T) {
	role := func(scope, key string, noun bool, topic ...string) claims.Claim {
		return claims.Claim{Kind: rules.KindRole, Class: "clerk", Scope: scope, ScopeKey: key, ScopeNoun: noun, Topic: topic}
	}
	cl := []claims.Claim{
		role("Calderwick City", "calderwick city", false, "ward 3"),
		role("city", "city", true, "calderwick"),       // named in its topic's words
		role("city", "city", true, "ward 3", "quimby"), // shares a topic
		role("city", "city", true, "ashby"),            // another story
		role("county", "county", true, "ward 3"),       // no county named
	}
	Scopes(ptrs(cl))
	want := []struct {
		key  string
		noun bool
	}{{"calderwick city", false}, {"calderwick city", false}, {"calderwick city", false}, {"city", true}, {"county", true}}
	for i, c := range cl {
		if c.ScopeKey != want[i].key || c.ScopeNoun != want[i].noun {
			t.Errorf("claim %d: scope %q (noun %v), want %q (noun %v)", i, c.ScopeKey, c.ScopeNoun, want[i].key, want[i].noun)
		}
	}

	// Two named cities fit: which is meant cannot be told.
	cl = []claims.Claim{
		role("Calderwick City", "calderwick city", false, "ward 3"),
		role("Ashby City", "ashby city", false, "ward 3"),
		role("city", "city", true, "ward 3"),
	}
	Scopes(ptrs(cl))
	if !cl[2].ScopeNoun || cl[2].ScopeKey != "city" {
		t.Errorf("with two cities: scope %q (noun %v), want the noun kept", cl[2].ScopeKey, cl[2].ScopeNoun)
	}
}

// TestLongerScopes: a scope that opens the one longer scope of the same
// title in its story, or ends it in two words or more, takes it; a
// country's, another story's, or one that opens two longer scopes keeps
// its own.
func TestLongerScopes(t *testing.T) {
	role := func(key string, topic ...string) claims.Claim {
		return claims.Claim{Kind: rules.KindRole, Class: "president", Scope: key, ScopeKey: key, Topic: topic}
	}
	cl := []claims.Claim{
		role("halvren therapeutics", "quellira"),
		role("halvren", "quellira"), // same story
		role("halvren", "ashby"),    // another story
		role("Ghana", "quellira"),   // a country
		role("ghana football association", "quellira"),
		role("tarn", "quellira"), // opens two
		role("tarn clinic", "quellira"),
		role("tarn college", "quellira"),
		role("marlow bend water authority", "marlow bend"),
		role("water authority", "marlow bend"), // ends it
		role("authority", "marlow bend"),       // one word: a noun's business
		role("water authority", "ashby"),       // another story
	}
	Scopes(ptrs(cl))
	want := []string{"halvren therapeutics", "halvren therapeutics", "halvren", "Ghana", "ghana football association", "tarn", "tarn clinic", "tarn college",
		"marlow bend water authority", "marlow bend water authority", "authority", "water authority"}
	for i, c := range cl {
		if c.ScopeKey != want[i] {
			t.Errorf("claim %d: scope %q, want %q", i, c.ScopeKey, want[i])
		}
	}
}

// TestAcronymScopes: a scope written as an acronym takes the one named
// scope of its story with those initials, under any title; another
// story's, or two of the same initials, leave it alone.
func TestAcronymScopes(t *testing.T) {
	role := func(class, scope, key string, topic ...string) claims.Claim {
		return claims.Claim{Kind: rules.KindRole, Class: class, Scope: scope, ScopeKey: key, Topic: topic}
	}
	cl := []claims.Claim{
		role("secretary", "Allied Nurses' Federation", "allied nurses federation", "tarrow"),
		role("secretary", "ANF", "anf", "tarrow"),       // same story
		role("chief executive", "ANF", "anf", "tarrow"), // another title
		role("secretary", "ANF", "anf", "ashby"),        // another story
		role("director", "Bureau of Labor Statistics", "bureau of labor statistics", "jobs"),
		role("director", "BLS", "bls", "jobs"),                          // "of" left out
		role("chair", "Kell Valley Board", "kell valley board", "kell"), // two of one set of initials
		role("chair", "Kell Village Bank", "kell village bank", "kell"),
		role("chair", "KVB", "kvb", "kell"),
	}
	for i := range cl {
		cl[i].Source = i // each a source of its own
	}
	Scopes(ptrs(cl))
	want := []string{"allied nurses federation", "allied nurses federation", "allied nurses federation", "anf",
		"bureau of labor statistics", "bureau of labor statistics", "kell valley board", "kell village bank", "kvb"}
	for i, c := range cl {
		if c.ScopeKey != want[i] {
			t.Errorf("claim %d: scope %q, want %q", i, c.ScopeKey, want[i])
		}
	}
}

// TestAcronymScopeOfSourceNamingOneThing: an acronym takes the one scope
// of its initials given by a source that names a thing its own source
// names, though their topics differ.
func TestAcronymScopeOfSourceNamingOneThing(t *testing.T) {
	role := func(src int, scope, key string, topic ...string) claims.Claim {
		return claims.Claim{Kind: rules.KindRole, Class: "director", Source: src, Scope: scope, ScopeKey: key, Topic: topic}
	}
	cl := []claims.Claim{
		role(0, "National Disaster Management Office", "national disaster management office", "kalesi"),
		{Kind: rules.KindEventDate, Class: "eruption", Source: 0, Things: []string{"mount orun"}, Topic: []string{"kalesi"}},
		role(1, "NDMO", "ndmo", "mount orun", "port amsel"),
		role(2, "NDMO", "ndmo", "harbour"), // a source that names nothing of the story
	}
	Scopes(ptrs(cl))
	for i, want := range map[int]string{2: "national disaster management office", 3: "ndmo"} {
		if cl[i].ScopeKey != want {
			t.Errorf("claim %d: scope %q, want %q", i, cl[i].ScopeKey, want)
		}
	}
}
