package findings

import (
	"sort"
	"strings"

	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/rules"
)

// subjectOf writes a one-line subject for a group of claims, such as "date
// of the Ishiba–Chinh summit in Hanoi" or "prime minister of Japan".
func subjectOf(cs []*claims.Claim) string {
	c := cs[0]
	switch c.Kind {
	case rules.KindEventDate:
		if verb, ok := strings.CutPrefix(c.Class, "first-"); ok {
			// "year Zelpravir was first synthesized"
			if thing := mostCommon(cs, about); thing != "" {
				return unitWord(cs) + " " + thing + " was first " + verb
			}
			return unitWord(cs) + " first " + verb
		}
		what := mostCommon(cs, func(c *claims.Claim) string { return eventNoun(c) })
		if who := people(cs); who != "" {
			what = who + " " + what
		} else if thing := mostCommon(cs, about); thing != "" {
			what = thing + " " + what
		}
		s := unitWord(cs) + " of the " + what
		if place := mostCommon(cs, func(c *claims.Claim) string { return c.Place }); place != "" {
			s += " in " + place
		}
		return s
	case rules.KindFirst:
		word := mostCommon(cs, func(c *claims.Claim) string { return c.Word })
		return unitWord(cs) + " of the first “" + word + "”"
	case rules.KindRole:
		scope := mostCommon(cs, func(c *claims.Claim) string {
			if c.ScopeKey != "" && strings.ToLower(c.ScopeKey) != c.ScopeKey {
				return c.ScopeKey // a canonical entity name
			}
			return strings.TrimPrefix(strings.TrimPrefix(c.Scope, "the "), "The ")
		})
		if scope == "" {
			return c.Class
		}
		if c.ScopeNoun {
			return scope + " " + c.Class // "festival director"
		}
		return c.Class + " of " + scope
	case rules.KindRank:
		if strings.HasPrefix(c.Word, "place in ") {
			return c.Persons[0].Text + "'s " + c.Word // "Koskela's place in the championship"
		}
		if len(c.Persons) == 0 {
			return "rank as " + c.Word // said of the documents' subject
		}
		return "rank of " + c.Persons[0].Text + " as " + c.Word
	case rules.KindMeasure:
		word := mostCommon(cs, func(c *claims.Claim) string { return c.Word })
		if strings.HasPrefix(c.Class, "count of ") {
			return "number of " + word
		}
		if c.Value.Currency != "" {
			return word + " (" + c.Value.Currency + ")"
		}
		return word
	}
	return c.Class
}

// about is what a claim's subject names, as written in its sentence; a
// dateline's place in capitals ("KESTREL BAY") is left out, as not how
// the name is written, but an acronym ("FDA") is kept.
func about(c *claims.Claim) string {
	if strings.ToUpper(c.About) == c.About && (len(c.About) > 6 || strings.Contains(c.About, " ")) {
		return ""
	}
	// "The authority was founded": the subject's article is the
	// sentence's, not the name's.
	if rest, ok := strings.CutPrefix(c.About, "The "); ok {
		return rest
	}
	return c.About
}

// eventNoun is the noun for a claim's event: the word the text uses when
// it is a noun ("summit"), else the event's class ("born" gives "birth").
func eventNoun(c *claims.Claim) string {
	// Any verb in the phrase makes it no noun: "laid down", "first
	// observed".
	for _, w := range strings.Fields(c.Word) {
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
			return strings.SplitN(c.Class, ":", 2)[0]
		}
		switch w {
		case "born", "met", "meet", "meets", "won", "sank", "built", "began", "died", "held", "shut", "set", "laid", "gave",
			"into",          // "into service"
			"seen", "since", // "last seen", "unseen since"
			"will": // "will close"
			return strings.SplitN(c.Class, ":", 2)[0]
		case "opens", "reopens", "erupts", "takes", "take", "comes", "enters", "goes", "becomes", "begins", "assumes":
			// a present tense: "takes office"
			return strings.SplitN(c.Class, ":", 2)[0]
		}
	}
	return c.Word
}

// unitWord is "year" when every claim gives only a year, else "date".
func unitWord(cs []*claims.Claim) string {
	for _, c := range cs {
		if len(c.Value.Norm) != 4 {
			return "date"
		}
	}
	return "year"
}

// people joins the surnames of the participants most of a group's claims
// name: "Ishiba–Chinh".
func people(cs []*claims.Claim) string {
	count := map[string]int{}
	for _, c := range cs {
		for _, p := range c.Persons {
			count[p.Key]++
		}
	}
	var names []string
	seen := map[string]bool{}
	for _, c := range cs {
		for _, p := range c.Persons {
			if !seen[p.Key] && 2*count[p.Key] >= len(cs) {
				seen[p.Key] = true
				f := strings.Fields(p.Text)
				if len(f) > 0 {
					names = append(names, f[len(f)-1])
				}
			}
		}
	}
	if len(names) > 3 {
		return ""
	}
	return strings.Join(names, "–")
}

// mostCommon returns the most common non-empty value of key over cs, ties
// broken by the first seen.
func mostCommon(cs []*claims.Claim, key func(*claims.Claim) string) string {
	count := map[string]int{}
	var order []string
	for _, c := range cs {
		k := key(c)
		if k == "" {
			continue
		}
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	if len(order) == 0 {
		return ""
	}
	return order[0]
}
