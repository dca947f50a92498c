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
func Scopes(cl []claims.Claim) {
	longerScopes(cl)
	// Named scopes by title class and last word.
	byNoun := map[string][]*namedScope{}
	for i := range cl {
		c := &cl[i]
		if c.Kind != rules.KindRole || c.ScopeNoun || c.ScopeKey == "" {
			continue
		}
		sp := strings.LastIndexByte(c.ScopeKey, ' ')
		if sp < 0 {
			continue
		}
		addScope(byNoun, c.Class+"\x00"+c.ScopeKey[sp+1:], c)
	}
	if len(byNoun) == 0 {
		return
	}
	for i := range cl {
		c := &cl[i]
		if c.Kind != rules.KindRole || !c.ScopeNoun {
			continue
		}
		var fit *namedScope
		for _, n := range byNoun[c.Class+"\x00"+c.ScopeKey] {
			if !ofStory(n.key, n.topics, c.Topic) {
				continue
			}
			if fit != nil {
				fit = nil // two fit: which is meant cannot be told
				break
			}
			fit = n
		}
		if fit != nil {
			c.Scope, c.ScopeKey, c.ScopeNoun = fit.text, fit.key, false
		}
	}
}

// namedScope is a named scope of a title, with the topics of the stories
// that give it.
type namedScope struct {
	key, text string
	topics    map[string]bool
}

// addScope adds claim c's scope to the scopes under k, once.
func addScope(m map[string][]*namedScope, k string, c *claims.Claim) {
	var n *namedScope
	for _, s := range m[k] {
		if s.key == c.ScopeKey {
			n = s
		}
	}
	if n == nil {
		n = &namedScope{key: c.ScopeKey, text: c.Scope, topics: map[string]bool{}}
		m[k] = append(m[k], n)
	}
	for _, t := range c.Topic {
		n.topics[t] = true
	}
}

// longerScopes gives a named scope the one longer scope of the same title
// in its story that opens with its words: "Halvren's chief medical
// officer" is the "Chief Medical Officer of Halvren Therapeutics" of
// another source. Countries' names, which are canonical and capitalized,
// are left alone: the president of Ghana is no president of the Ghana
// Football Association.
func longerScopes(cl []claims.Claim) {
	byClass := map[string][]*namedScope{}
	for i := range cl {
		c := &cl[i]
		if c.Kind != rules.KindRole || c.ScopeNoun || c.ScopeKey == "" || strings.ToLower(c.ScopeKey) != c.ScopeKey {
			continue
		}
		addScope(byClass, c.Class, c)
	}
	longer := map[string]*namedScope{} // class and short key -> the longer scope; nil for several
	for class, scopes := range byClass {
		for _, short := range scopes {
			for _, n := range scopes {
				if len(n.key) <= len(short.key) || n.key[len(short.key)] != ' ' || !strings.HasPrefix(n.key, short.key) {
					continue
				}
				k := class + "\x00" + short.key
				if _, ok := longer[k]; ok {
					longer[k] = nil
				} else {
					longer[k] = n
				}
			}
		}
	}
	for i := range cl {
		c := &cl[i]
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

// ofStory reports whether a named scope belongs to a story with the given
// topics: its claims share one, or its name less its last word is one.
func ofStory(key string, scopeTopics map[string]bool, topics []string) bool {
	stem := key[:strings.LastIndexByte(key, ' ')]
	for _, t := range topics {
		if scopeTopics[t] || t == stem {
			return true
		}
	}
	return false
}
