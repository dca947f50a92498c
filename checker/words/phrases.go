package words

import (
	"sort"
	"strings"
)

// Phrases matches multi-word phrases against tokens, longest first.
type Phrases struct {
	byFirst map[string]Candidates
}

type phrase struct {
	keys  []string
	value string
}

// Add registers a phrase (matched case-insensitively, marks ignored) that
// yields value when found.
func (p *Phrases) Add(text, value string) {
	if p.byFirst == nil {
		p.byFirst = map[string]Candidates{}
	}
	var keys []string
	for _, t := range Split(text) {
		keys = append(keys, t.Key)
	}
	if len(keys) == 0 {
		return
	}
	list := append(p.byFirst[keys[0]], phrase{keys, value})
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].keys) > len(list[j].keys) })
	p.byFirst[keys[0]] = list
}

// Candidates are the phrases that start with one word, longest first.
type Candidates []phrase

// Starting returns the phrases that start with the folded word key: a
// caller that matches several vocabularies at one word can look each up
// once.
func (p *Phrases) Starting(key string) Candidates { return p.byFirst[key] }

// Match returns the value and length (in tokens) of the longest phrase that
// starts at toks[i], or "", 0.
func (p *Phrases) Match(toks []Token, i int) (string, int) {
	return p.byFirst[toks[i].Key].Match(toks, i)
}

// Match returns the value and length (in tokens) of the longest of the
// phrases that starts at toks[i], or "", 0.
func (c Candidates) Match(toks []Token, i int) (string, int) {
	for _, ph := range c {
		if i+len(ph.keys) > len(toks) {
			continue
		}
		ok := true
		for k, key := range ph.keys {
			t := toks[i+k]
			if t.Key != key {
				ok = false
				break
			}
			// A possessive may only end a phrase ("Japan's"), never split one.
			if t.Poss && k < len(ph.keys)-1 {
				ok = false
				break
			}
		}
		if ok {
			return ph.value, len(ph.keys)
		}
	}
	return "", 0
}

// Word returns the value of the one-word phrase key (already folded), or
// "".
func (p *Phrases) Word(key string) string {
	for _, ph := range p.byFirst[key] {
		if len(ph.keys) == 1 {
			return ph.value
		}
	}
	return ""
}

// Firsts calls f with every word that starts a phrase.
func (p *Phrases) Firsts(f func(key string)) {
	for k := range p.byFirst {
		f(k)
	}
}

// Singular is a light English stemmer for counted nouns and measures:
// "members" and "membership" both give "member".
func Singular(key string) string {
	switch {
	case strings.HasSuffix(key, "ship") && len(key) > 7:
		key = strings.TrimSuffix(key, "ship")
	case strings.HasSuffix(key, "ies") && len(key) > 4:
		key = strings.TrimSuffix(key, "ies") + "y"
	case strings.HasSuffix(key, "sses"),
		(strings.HasSuffix(key, "ches") || strings.HasSuffix(key, "shes") || strings.HasSuffix(key, "xes")) && len(key) > 4 && !cheNouns[key[:len(key)-1]]:
		key = strings.TrimSuffix(key, "es") // "matches", "crashes", "boxes"
	case strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") && !strings.HasSuffix(key, "us") && len(key) > 3:
		key = strings.TrimSuffix(key, "s")
	}
	return key
}

// cheNouns end in "che", and take only an "s" in the plural.
var cheNouns = map[string]bool{
	"avalanche": true, "cache": true, "niche": true, "headache": true, "moustache": true,
	"mustache": true, "quiche": true, "creche": true, "cliche": true, "microfiche": true,
}
