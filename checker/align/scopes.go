package align

import (
	"strings"

	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/rules"
)

// Scopes gives a title scoped by a common noun ("the county's health
// officer", "City Clerk Ann Ode") the named scope of the same title
// elsewhere in the corpus ("Harrow County Health Officer"), when exactly
// one named scope of that kind fits: its last word is the noun, and it is
// of the claim's story, sharing a topic with it or named in one of its
// topics' words ("Calderwick City" in a story about Calderwick). It
// rewrites the scopes in cl; a title it cannot place keeps its noun.
func Scopes(cl []*claims.Claim) {
	nounScopes(cl)
	longerScopes(cl)
	acronymScopes(cl)
	// Named scopes by title class and last word.
	byNoun := scopeSet{}
	for _, c := range cl {
		if c.Kind != rules.KindRole || c.ScopeNoun || c.ScopeKey == "" {
			continue
		}
		sp := strings.LastIndexByte(c.ScopeKey, ' ')
		if sp < 0 {
			continue
		}
		byNoun.add(c.Class+"\x00"+c.ScopeKey[sp+1:], c)
	}
	if len(byNoun) == 0 {
		return
	}
	// The named scopes of each story, found through its topics rather than
	// by trying every scope of the kind: by a topic their claims share, or
	// by their name less its last word.
	ofTopic := map[string][]*namedScope{}
	for bucket, scopes := range byNoun {
		for _, n := range scopes {
			stem := bucket + "\x00" + n.key[:strings.LastIndexByte(n.key, ' ')]
			ofTopic[stem] = append(ofTopic[stem], n)
			for t := range n.topics {
				ofTopic[bucket+"\x00"+t] = append(ofTopic[bucket+"\x00"+t], n)
			}
		}
	}
	for _, c := range cl {
		if c.Kind != rules.KindRole || !c.ScopeNoun {
			continue
		}
		var fit *namedScope
		several := false
		for _, t := range c.Topic {
			for _, n := range ofTopic[c.Class+"\x00"+c.ScopeKey+"\x00"+t] {
				several = several || fit != nil && fit != n
				fit = n
			}
		}
		if fit != nil && !several { // with two, which is meant cannot be told
			c.Scope, c.ScopeKey, c.ScopeNoun = fit.text, fit.key, false
		}
	}
}

// nounScopes makes a one-word named scope of a title the common noun it
// is elsewhere in the corpus: "Race director Deirdre Vance", capitalized
// only because the sentence opens with it, is the "race director" of
// other stories.
func nounScopes(cl []*claims.Claim) {
	nouns := map[string]bool{}
	for _, c := range cl {
		if c.Kind == rules.KindRole && c.ScopeNoun {
			nouns[c.Class+"\x00"+c.ScopeKey] = true
		}
	}
	if len(nouns) == 0 {
		return
	}
	for _, c := range cl {
		if c.Kind == rules.KindRole && !c.ScopeNoun && c.ScopeKey != "" && !strings.Contains(c.ScopeKey, " ") && nouns[c.Class+"\x00"+c.ScopeKey] {
			c.Scope, c.ScopeNoun = strings.ToLower(c.Scope), true
		}
	}
}

// namedScope is a named scope of a title, with the topics of the stories
// that give it.
type namedScope struct {
	key, text string
	topics    map[string]bool
	sources   map[int]bool
}

// scopeSet holds named scopes by a key of their own (a title's class, and
// more), each scope once.
type scopeSet map[string]map[string]*namedScope

// add adds claim c's scope under k.
func (s scopeSet) add(k string, c *claims.Claim) {
	if s[k] == nil {
		s[k] = map[string]*namedScope{}
	}
	n := s[k][c.ScopeKey]
	if n == nil {
		n = &namedScope{key: c.ScopeKey, text: c.Scope, topics: map[string]bool{}, sources: map[int]bool{}}
		s[k][c.ScopeKey] = n
	}
	n.sources[c.Source] = true
	for _, t := range c.Topic {
		n.topics[t] = true
	}
}

// longerScopes gives a named scope the one longer scope of the same title
// in its story that opens or ends with its words: "Halvren's chief
// medical officer" is the "Chief Medical Officer of Halvren Therapeutics"
// of another source. Countries' names, which are canonical and capitalized,
// are left alone: the president of Ghana is no president of the Ghana
// Football Association.
func longerScopes(cl []*claims.Claim) {
	byClass := scopeSet{}
	for _, c := range cl {
		if c.Kind != rules.KindRole || c.ScopeNoun || c.ScopeKey == "" || strings.ToLower(c.ScopeKey) != c.ScopeKey {
			continue
		}
		byClass.add(c.Class, c)
	}
	// The shorter scopes a scope may stand for are its openings that end
	// before a space, and its endings of two words or more ("water
	// authority" for "Marlow Bend Water Authority"): looked up, not
	// compared with every other scope.
	longer := map[string]*namedScope{} // class and short key -> the longer scope; nil for several
	for class, scopes := range byClass {
		for key, n := range scopes {
			for i := range len(key) {
				if key[i] != ' ' {
					continue
				}
				for _, short := range [2]string{key[:i], key[i+1:]} {
					if scopes[short] == nil || short == key[i+1:] && !strings.Contains(short, " ") {
						continue
					}
					k := class + "\x00" + short
					if _, ok := longer[k]; ok {
						longer[k] = nil
					} else {
						longer[k] = n
					}
				}
			}
		}
	}
	for _, c := range cl {
		if c.Kind != rules.KindRole || c.ScopeNoun {
			continue
		}
		n := longer[c.Class+"\x00"+c.ScopeKey]
		if n == nil {
			continue
		}
		for _, t := range c.Topic {
			if n.topics[t] {
				c.Scope, c.ScopeKey = n.text, n.key
				break
			}
		}
	}
}

// acronymScopes gives a scope written as an acronym ("ANF regional
// secretary") the one named scope of its story whose initials it is
// ("the Allied Nurses' Federation"), as given with any title.
func acronymScopes(cl []*claims.Claim) {
	byInitials := scopeSet{}
	for _, c := range cl {
		if c.Kind != rules.KindRole || c.ScopeNoun || !strings.Contains(c.ScopeKey, " ") {
			continue
		}
		if in := initials(c.ScopeKey); len(in) >= 2 {
			byInitials.add(in, c)
		}
	}
	if len(byInitials) == 0 {
		return
	}
	names := sourceNames{cl: cl}
	for _, c := range cl {
		if c.Kind != rules.KindRole || c.ScopeNoun || !isAcronym(c.Scope) {
			continue
		}
		var fit *namedScope
		for _, n := range byInitials[strings.ToLower(c.Scope)] {
			if !sharesTopic(n, c) && !names.share(n.sources, c.Source) {
				continue
			}
			if fit != nil {
				fit = nil // two bodies of those initials: which is meant cannot be told
				break
			}
			fit = n
		}
		if fit != nil {
			c.Scope, c.ScopeKey = fit.text, fit.key
		}
	}
}

// sourceNames holds the names each source's claims give, in their topics
// and as the things they name, built on first use: two sources that name
// one thing tell of one story though their topics differ ("Mount Orun",
// in a wire story about its villages and a bulletin about the volcano).
type sourceNames struct {
	cl    []*claims.Claim
	names map[int]map[string]bool
}

// share reports whether source s names a thing any of sources names.
func (sn *sourceNames) share(sources map[int]bool, s int) bool {
	if sn.names == nil {
		sn.names = map[int]map[string]bool{}
		for _, c := range sn.cl {
			m := sn.names[c.Source]
			if m == nil {
				m = map[string]bool{}
				sn.names[c.Source] = m
			}
			for _, t := range c.Topic {
				m[t] = true
			}
			for _, t := range c.Things {
				m[t] = true
			}
		}
	}
	for o := range sources {
		if o == s {
			return true
		}
		for t := range sn.names[s] {
			if sn.names[o][t] {
				return true
			}
		}
	}
	return false
}

// sharesTopic reports a named scope given in a story of claim c.
func sharesTopic(n *namedScope, c *claims.Claim) bool {
	for _, t := range c.Topic {
		if n.topics[t] {
			return true
		}
	}
	return false
}

// initials returns the first letters of a folded name's words, less the
// function words an acronym leaves out: "allied nurses federation" is
// "anf", "bureau of labor statistics" "bls".
func initials(key string) string {
	var b strings.Builder
	for _, w := range strings.Fields(key) {
		switch w {
		case "of", "the", "and", "for", "&":
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// isAcronym reports a scope written in two to six capital letters.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for i := range len(s) {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
