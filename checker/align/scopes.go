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
	type named struct {
		key, text string
		topics    map[string]bool
	}
	// Named scopes by title class and last word.
	byNoun := map[string][]*named{}
	for i := range cl {
		c := &cl[i]
		if c.Kind != rules.KindRole || c.ScopeNoun || c.ScopeKey == "" {
			continue
		}
		sp := strings.LastIndexByte(c.ScopeKey, ' ')
		if sp < 0 {
			continue
		}
		k := c.Class + "\x00" + c.ScopeKey[sp+1:]
		var n *named
		for _, m := range byNoun[k] {
			if m.key == c.ScopeKey {
				n = m
			}
		}
		if n == nil {
			n = &named{key: c.ScopeKey, text: c.Scope, topics: map[string]bool{}}
			byNoun[k] = append(byNoun[k], n)
		}
		for _, t := range c.Topic {
			n.topics[t] = true
		}
	}
	if len(byNoun) == 0 {
		return
	}
	for i := range cl {
		c := &cl[i]
		if c.Kind != rules.KindRole || !c.ScopeNoun {
			continue
		}
		var fit *named
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
