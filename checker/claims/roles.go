package claims

import (
	"strings"

	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/words"
	"github.com/factlint/factlint/rules"
)

// roles makes a claim for each role title in u that has both a scope (the
// country or organization) and a holder:
//
//	Japanese Prime Minister Shigeru Ishiba      (scope before, holder after)
//	General Secretary of the Communist Party of Vietnam, Tô Lâm
//	Tran Thanh Man, chairman of the National Assembly
//	The manager of St Eunan's GAA in 2017 was Barry Meehan.
//
// A title with no scope ("President Trump") is not a claim: which
// presidency it is cannot be told from the text. A cabinet minister's
// title is, in a document that names no country (see namesNoCountry).
func (x *extraction) roles(u *unitText) {
	if u.heading && titleCased(u.toks) {
		return
	}
	for k, c := range u.chunks {
		if c.kind != cRole {
			continue
		}
		if notHolder(u, k) || c.val == "leader" && countryScoped(u, k) {
			continue
		}
		kin := kinRoles[c.val]
		scope, scopeKey, after := roleScope(u, k)
		if kin {
			scope, scopeKey, after = x.kinScope(u, k)
		}
		if soleOffice(c.val) && nationality(u, k) {
			// "Dutch coach Henrik Aalbers" coaches Kervania: before an
			// organization's office, a country's adjective says where
			// its holder is from.
			scope, scopeKey = "", ""
		}
		if scopeKey == "" && localRoles[c.val] {
			scope, scopeKey = placeOpening(u, k)
		}
		cabinet := cabinetRole(c)
		noun := false
		if scopeKey == "" && !kin && !cabinet {
			scope, scopeKey, noun = nounScope(u, k)
			if !noun {
				scope, scopeKey, noun = ledByScope(u, k)
			}
			if !noun {
				var end int
				if scope, scopeKey, end, noun = ofNounScope(u, k); noun {
					after = end
				}
			}
			if noun {
				if s, key := x.namedBody(scopeKey); key != "" {
					scope, scopeKey, noun = s, key, false
				} else if same, ok := sameBodyNoun[scopeKey]; ok {
					// "the study's chief investigator" is the trial's.
					scopeKey = same
				}
			}
		}
		// A title with no scope at all names an office of the story's
		// subject only when an organization has one holder of it: "said
		// head coach Ines Valdivia". Package align gives it the scope the
		// corpus gives that office, if there is just one.
		bare := false
		if scopeKey == "" && !(cabinet && x.namesNoCountry()) {
			if !soleOffice(c.val) {
				continue
			}
			bare = true
		}
		holders := x.roleHolders(u, k, after)
		if kin {
			holders = x.kinHolder(u, k, scopeKey, holders)
		}
		if len(holders) == 0 {
			continue
		}
		first, last := holders[0], holders[len(holders)-1]
		var text []string
		for _, h := range holders {
			text = append(text, h.name.Text)
		}
		v := recognize.Value{Type: "person", Norm: strings.Join(text, "; "), Qualifier: recognize.Exact}
		sp := x.span(u, u.toks[first.i].Start, u.toks[last.j-1].End)
		var names []Name
		for _, h := range holders {
			names = append(names, h.name)
		}
		// The text may say the holder is leaving: a successor named
		// elsewhere is then no rival.
		leaving := !kin && leavesOffice(u.toks, last.j, u.chunks[k].j)
		latest := 0 // an office is held by the time the story is written
		if p := x.doc.Published; p != nil {
			latest = p.Year
		}
		period := clauseYears(u, k, true, latest)
		if kin {
			period = "" // a parent is one for life
		}
		// The countries the sentence names tell the aligner that the
		// corpus names one: "Shigeru Ishiba, the prime minister of Japan".
		_, _, countries := x.participants(u)
		x.claims = append(x.claims, Claim{
			Kind:      rules.KindRole,
			Countries: countries,
			Class:     c.val,
			Word:      strings.ToLower(u.chunkText(c)),
			Scope:     scope,
			ScopeKey:  scopeKey,
			ScopeNoun: noun,
			Bare:      bare,
			Leaving:   leaving,
			Since:     tookOfficeOn(u, last.j),
			Period:    period,
			Value:     Val{Value: v, Holders: names},
			Span:      sp,
		})
	}
}

// nationality reports a country's adjective right before the title at
// chunk k ("Dutch", "Swedish"), as opposed to its name ("Netherlands
// coach") or possessive ("Japan's").
func nationality(u *unitText, k int) bool {
	if k == 0 {
		return false
	}
	p := u.chunks[k-1]
	return p.kind == cEntity && !p.thing && p.j == u.chunks[k].i && !u.toks[p.j-1].Poss && !strings.EqualFold(u.chunkText(p), p.val)
}

// soleOffice reports an office an organization has exactly one holder
// of at a time, whose title alone, in a story about the organization,
// says whose it is: "said head coach Ines Valdivia". A president,
// director or governor may be of any of the bodies or places a story
// names.
func soleOffice(class string) bool {
	return soleOffices[class] || strings.HasPrefix(class, "chief ") && strings.HasSuffix(class, " officer")
}

// soleOffices are the sole offices by class; a map literal, since setOf
// would split the classes' words.
var soleOffices = map[string]bool{"chief executive": true, "general counsel": true, "vice-chancellor": true, "manager": true,
	"principal investigator": true, "editor-in-chief": true, "chief scientist": true, "chief economist": true, "chief curator": true,
	"fire commissioner": true, "police commissioner": true, "sporting director": true}

// cabinetRole reports the title of a government office of which a
// country has one, written as such: "Transport Minister Margaret Olowe",
// not the "Premier" of "Premier Division". Heads of government and the
// ministers who meet their counterparts abroad are left out: a story
// about two countries' talks may name both countries' without saying
// whose.
func cabinetRole(c chunk) bool {
	return strings.HasSuffix(c.val, " minister") && !envoyRoles[c.val] && (strings.Contains(c.key, "minister") || strings.Contains(c.key, "secretary"))
}

// envoyRoles are the cabinet offices that deal with other countries,
// by class. A map literal, since setOf would split the classes' words.
var envoyRoles = map[string]bool{"prime minister": true, "foreign minister": true, "defense minister": true, "trade minister": true}

// namesNoCountry reports a document that names no country. Its story is
// at home, and a cabinet title it gives without a country ("Transport
// Minister Margaret Olowe") is of the country of its readers; where a
// story names countries, the title could be any of theirs.
func (x *extraction) namesNoCountry() bool {
	if x.countries == 0 {
		x.countries = 1
	units:
		for _, v := range x.units {
			for _, c := range v.chunks {
				if c.kind == cEntity && !c.thing {
					x.countries = 2
					break units
				}
			}
		}
	}
	return x.countries == 1
}

// localRoles are offices of a town or region, whose place a sentence may
// give at its start: "In Port Avalon, where seawater surged, Mayor Diane
// Pruitt said".
var localRoles = setOf(`mayor governor`)

// placeOpening returns the place a sentence opens with (see
// openingPlace), when it comes before chunk k.
func placeOpening(u *unitText, k int) (scope, key string) {
	i := openingPlace(u)
	if i < 0 || i+1 >= k {
		return "", ""
	}
	scope, local := placeAt(u, i)
	if !local {
		return scope, u.chunks[i].val // a country: its canonical name
	}
	return scope, u.chunks[i].key
}

// nounScope reads a scope given as a common noun right before the title:
// "festival director Maren Holt", "the club's captain, Ryan Mabey". The
// noun names no organization, but in a story about one it is that
// organization's; the claim is then compared through the document's
// topic, never across stories. A title after "a" ("a club captain") is
// one of several, and a modifier that says how or when it is held
// ("former", "acting", "managing") is no scope.
func nounScope(u *unitText, k int) (scope, key string, ok bool) {
	if k == 0 {
		return "", "", false
	}
	p := u.chunks[k-1]
	if p.j != p.i+1 {
		return "", "", false
	}
	t := u.toks[p.i]
	// A title written with a capital is a formal one, and a common noun
	// before it is no part of it: "to replace Mayor Gordon Feld". A
	// body's kind written with a capital too is: "City Clerk Ann Ode".
	formal := u.toks[u.chunks[k].i].Cap && p.i != 0
	if formal && !(t.Cap && bodyNouns[t.Key] && !u.toks[p.i-1].Cap) {
		return "", "", false
	}
	switch p.kind {
	case cWord, cEvent, cMeasure:
	case cName:
		// A capital only because the sentence opens with it.
		if p.i != 0 || p.person {
			return "", "", false
		}
	default:
		return "", "", false
	}
	w := t.Key
	if !isNoun(w) || notHolderWords[w] || genderWords[w] || nounScopeStops[w] {
		return "", "", false
	}
	if p.i > 0 {
		if b := u.toks[p.i-1].Key; b == "a" || b == "an" || b == "another" || b == "one" || notHolderWords[b] {
			return "", "", false
		}
	}
	return strings.ToLower(t.Text), w, true
}

// ledByScope reads a scope given as the noun a title and its holder lead:
// "The board, led by chairman Thomas Birke, says".
func ledByScope(u *unitText, k int) (scope, key string, ok bool) {
	if k < 5 || u.chunks[k-1].key != "by" || !ledVerbs[u.chunks[k-2].key] || u.chunks[k-3].key != "," {
		return "", "", false
	}
	n, d := u.chunks[k-4], u.chunks[k-5]
	if n.kind != cWord || n.j != n.i+1 || !isNoun(n.key) || nounScopeStops[n.key] || !opensNoun(d.key) {
		return "", "", false
	}
	return strings.ToLower(u.chunkText(n)), n.key, true
}

// ofNounScope returns the body a title is of, named by its kind alone:
// "chair of the council", "Chair of Council" is the council chair, the
// story's council (see nounScope).
func ofNounScope(u *unitText, k int) (scope, key string, after int, ok bool) {
	i := k + 1
	if i >= len(u.chunks) || u.chunks[i].key != "of" {
		return "", "", 0, false
	}
	i++
	if i < len(u.chunks) && u.chunks[i].key == "the" {
		i++
	}
	if i >= len(u.chunks) {
		return "", "", 0, false
	}
	n := u.chunks[i]
	if n.j != n.i+1 || n.kind != cWord && n.kind != cName || n.person || !bodyNouns[n.key] || u.toks[n.i].Poss {
		return "", "", 0, false
	}
	if i+1 < len(u.chunks) && u.chunks[i+1].key == "of" {
		return "", "", 0, false // "of the board of Harrow Trust": the named body's, which ofScope misses
	}
	return n.key, n.key, i + 1, true
}

var ledVerbs = setOf(`led headed chaired`)

// countryScoped reports a title at chunk k given as a country's ("the
// Vietnamese leader", "leader of Japan"), which a country's several heads
// are each called.
func countryScoped(u *unitText, k int) bool {
	country := func(i int) bool {
		return i >= 0 && i < len(u.chunks) && u.chunks[i].kind == cEntity && !u.chunks[i].thing
	}
	if country(k - 1) {
		return true
	}
	if k+1 < len(u.chunks) && u.chunks[k+1].key == "of" {
		return country(k+2) || k+3 < len(u.chunks) && u.chunks[k+2].key == "the" && country(k+3)
	}
	return false
}

// nounScopeStops are words that isNoun lets pass but that come before a
// title without naming what it is of: verbs that name someone to it ("became
// captain") or speak of them ("said director X"), prepositions,
// conjunctions, quantifiers and pronouns.
var nounScopeStops = setOf(`became become becomes remains remain made make makes name
hire hires elect elects appoint appoints chose choose chooses new
said says told tells asks thank thanks praise praises urge urges join joins meet meets
replace replaces succeeds defeat defeats beat beats unseat unseats oust ousts sack sacks
above after against along among before behind below beside besides between beyond
despite except inside into like near since through toward towards
until upon via within without
whom whose how why whether because although though
majority minority
either neither every any several many few most other various numerous
not also now once even just still yet but nor
him them your there here
current longtime long-time veteran`)

// namedBody returns the one body of the kind noun that the document
// names, so that "the county's health officer" is Harrow County's in a
// story that names Harrow County (also as the start of "Harrow County
// Public Health") and no other county; else "".
func (x *extraction) namedBody(noun string) (scope, key string) {
	if !bodyNouns[noun] {
		return "", ""
	}
	// A document asks of a noun once per title and rank it scopes: the
	// answer is kept.
	if b, ok := x.bodies[noun]; ok {
		return b[0], b[1]
	}
	scope, key = x.findBody(noun)
	if x.bodies == nil {
		x.bodies = map[string][2]string{}
	}
	x.bodies[noun] = [2]string{scope, key}
	return scope, key
}

// findBody looks through the document for namedBody.
func (x *extraction) findBody(noun string) (scope, key string) {
	for _, u := range x.units {
		for _, c := range u.chunks {
			if c.kind != cName || c.person {
				continue
			}
			for t := c.i + 1; t < c.j; t++ {
				if u.toks[t].Key != noun {
					continue
				}
				k := orgKey(words.Keys(u.toks, c.i, t+1))
				if key != "" && key != k {
					return "", "" // two of them: which is meant cannot be told
				}
				scope, key = u.text[u.toks[c.i].Start:u.toks[t].End], k
			}
		}
	}
	return scope, key
}

// bodyNouns are the kinds of body whose offices are written as formal
// titles: "City Clerk", "County Health Officer", "Club Captain".
var bodyNouns = setOf(`city county town village borough district state province region parish
club team festival company university college school hospital museum council board
authority agency bureau commission trust foundation federation union association institute
laboratory airline airport`)

// kinRoles are the family relations a person has exactly one of.
var kinRoles = setOf(`father mother`)

// kinScope finds whose parent the kinship word at chunk k names: a name
// in the possessive right before it ("John Ames's father"), or, after
// "his" or "her", the person the document is about.
func (x *extraction) kinScope(u *unitText, k int) (scope, key string, after int) {
	if k == 0 {
		return "", "", k + 1
	}
	p := u.chunks[k-1]
	switch {
	case p.kind == cName && u.toks[p.j-1].Poss && !u.thingLike(p):
		return personText(u, p), p.key, k + 1
	case p.kind == cWord && (p.key == "his" || p.key == "her"):
		if m, ok := x.mainPerson(); ok {
			return m.Text, m.Key, k + 1
		}
	}
	return "", "", k + 1
}

// kinHolder keeps the parent named for the person with key: a person,
// or a name of two words or more set off after the kinship word ("his
// father, Paul Ames,"). After "his" or "her" the parent must share the
// person's family name, so that a pronoun read as the wrong person
// names no parent.
func (x *extraction) kinHolder(u *unitText, k int, key string, holders []holder) []holder {
	if len(holders) == 0 && k+2 < len(u.chunks) && u.chunks[k+1].key == "," {
		if c := u.chunks[k+2]; c.kind == cName && c.j-c.i >= 2 && !u.thingLike(c) {
			holders = []holder{{c.i, c.j, Name{Key: c.key, Text: personText(u, c)}}}
		}
	}
	if len(holders) != 1 || holders[0].name.Key == key {
		return nil
	}
	if p := u.chunks[k-1]; p.kind == cWord {
		f, g := strings.Fields(key), strings.Fields(holders[0].name.Key)
		if f[len(f)-1] != g[len(g)-1] {
			return nil
		}
	}
	return holders
}

// mainPerson returns the person the document is about: the first name of
// two words or more it gives that is not a thing's, as an article or a
// biography opens with its subject.
func (x *extraction) mainPerson() (Name, bool) {
	if x.main == nil {
		x.main = &Name{}
	find:
		for _, u := range x.units {
			for _, c := range u.chunks {
				// A name in capitals is a heading's ("FACT SHEET").
				if c.kind == cName && c.j-c.i >= 2 && !u.thingLike(c) && !u.heading && !allCaps(u.chunkText(c)) {
					*x.main = x.personName(c.key, u, c)
					break find
				}
			}
		}
	}
	return *x.main, x.main.Key != ""
}

// leavesOffice reports a clause that says the holder, whose name ends at
// token h, leaves office; the title ends at token t. The title may stand
// in an aside after the name: "Robert Osei, Chief Financial Officer since
// 2017, has decided to retire", "Daniel Okafor, who has served as CTO
// since 2019, has stepped down". Words of time or intent may come before
// the verb.
func leavesOffice(toks []words.Token, h, t int) bool {
	i := max(h, t)
	if h < t && h < len(toks) && toks[h].Key == "," {
		// The aside ends at the next comma.
		for i < len(toks) && toks[i].Key != "," {
			i++
		}
		i++
	} else if i < len(toks) && toks[i].Key == "," {
		// An aside after the name: "Chief Financial Officer Robert
		// Osei, 61, will retire".
		for i++; i < len(toks) && toks[i].Key != ","; i++ {
		}
		i++
	}
	for n := 0; i < len(toks) && n < 4; i, n = i+1, n+1 {
		k := toks[i].Key
		if leaveVerbs[k] {
			return true
		}
		if (k == "step" || k == "steps" || k == "stepped" || k == "stepping") && i+1 < len(toks) && toks[i+1].Key == "down" {
			return true
		}
		if !leaveAuxiliaries[k] {
			return false
		}
	}
	return false
}

// tookOfficeOn returns the day the clause after a holder's name, at
// token i, says the holder took office: "Rosalind Tait, who took over
// the health portfolio in the reshuffle on July 28". A source written
// before that day names whoever held the office then.
func tookOfficeOn(u *unitText, i int) string {
	took := false
	for n := 0; i < len(u.toks) && n < 16; i, n = i+1, n+1 {
		k := u.toks[i].Key
		if k == ";" || k == "." {
			break
		}
		if !took {
			took = takeOfficeVerbs[k] || (k == "took" || k == "taking" || k == "takes") && (u.word(i+1) == "over" || u.word(i+1) == "office") || k == "sworn" && u.word(i+1) == "in"
			continue
		}
		if v := valueAt(u, u.toks[i]); v != nil && v.Start == u.toks[i].Start && v.Type == recognize.Date && v.When.Resolved && v.When.Day != 0 && v.When.EndYear == 0 && u.word(i-1) == "on" {
			return v.Norm[:10]
		}
	}
	return ""
}

// takeOfficeVerbs say that someone came into an office.
var takeOfficeVerbs = setOf(`appointed installed succeeded replaced`)

var leaveVerbs = setOf(`resign resigns resigned resigning retire retires retired retiring
quit quits depart departs departed`)

var leaveAuxiliaries = setOf(`has have had will would is was be been to decided decides announced
plans planned intends expected set also abruptly`)

type holder struct {
	i, j int
	name Name
}

// roleScope finds the scope of the role at chunk k: a country or
// organization right before it ("Japanese", "Japan's", "Vietnamese National
// Assembly"), or after it with "of" ("of the Communist Party of Vietnam").
// after is the chunk index just past a scope that follows the title.
func roleScope(u *unitText, k int) (scope, key string, after int) {
	after = k + 1
	if p := k - 1; p >= 0 {
		pc := u.chunks[p]
		switch {
		case pc.kind == cEntity:
			return u.chunkText(pc), pc.val, after
		case pc.kind == cName && !pc.person && !levelAdjectives[pc.key] && (u.thingLike(pc) || u.toks[pc.j-1].Poss || titledPerson(u, k) || labelHolder(u, k) >= 0 || appositiveTitle(u, p)):
			// "Harbor United's head coach" too.
			// "Vietnamese National Assembly Chairman": the organization,
			// qualified by the country before it.
			key := orgKey(pc.key)
			text := personText(u, pc) // without its possessive ending
			if p > 0 && u.chunks[p-1].kind == cEntity {
				return u.chunkText(u.chunks[p-1]) + " " + text, key, after
			}
			return text, key, after
		}
	}
	n := k + 1
	// "chief executive officer and co-founder of Brightwell": both
	// titles are of the organization named after the second.
	if n+2 < len(u.chunks) && u.chunks[n].key == "and" && (u.chunks[n+1].kind == cRole || founderWords[u.chunks[n+1].key]) && u.chunks[n+2].key == "of" {
		n += 2
	}
	if scope, key, end := ofScope(u, n); key != "" {
		return scope, key, end
	}
	// After the holder: "Prime Minister Shigeru Ishiba of Japan". The
	// holder stays right after the title, where roleHolders looks.
	if n < len(u.chunks) && u.chunks[n].kind == cName && u.chunks[n].person && n+2 < len(u.chunks) && u.chunks[n+1].key == "of" {
		if scope, key, _ := ofScope(u, n+1); key != "" {
			return scope, key, after
		}
	}
	return "", "", after
}

// ofScope reads a scope given with "of" at chunk n ("of the Communist
// Party of Vietnam") and returns it with the chunk index just past it.
func ofScope(u *unitText, n int) (scope, key string, after int) {
	if n >= len(u.chunks) || u.chunks[n].kind != cWord || u.chunks[n].key != "of" {
		return "", "", n
	}
	i := n + 1
	if i < len(u.chunks) && u.chunks[i].kind == cWord && u.chunks[i].key == "the" {
		i++
	}
	if i >= len(u.chunks) {
		return "", "", n
	}
	sc := u.chunks[i]
	switch {
	case sc.kind == cEntity:
		return u.chunkText(sc), sc.val, i + 1
	case sc.kind == cName && !sc.person:
		// "of the Communist Party of Vietnam": the name and its "of X".
		end := i + 1
		if end+1 < len(u.chunks) && u.chunks[end].key == "of" && (u.chunks[end+1].kind == cEntity || u.chunks[end+1].kind == cName) {
			end += 2
		}
		text := u.text[u.toks[sc.i].Start:u.toks[u.chunks[end-1].j-1].End]
		return text, orgKey(strings.Join(chunkKeys(u, i, end), " ")), end
	}
	return "", "", n
}

var founderWords = setOf(`founder co-founder cofounder owner co-owner`)

// labelHolder returns the chunk of the person a label line names after
// the title at chunk k ("Port Avalon mayor: Luis Ferrante"), or -1.
func labelHolder(u *unitText, k int) int {
	if k+2 >= len(u.chunks) || u.chunks[k+1].key != ":" {
		return -1
	}
	c := u.chunks[k+2]
	if c.kind == cName && (c.person || c.j-c.i >= 2 && !u.thingLike(c)) {
		return k + 2
	}
	return -1
}

// appositiveTitle reports a name at chunk p that opens a title set off
// after a person: "Renata K. Oyelaran, VRTA Chief Executive Officer". The
// name is the body whose title it is, not a person of its own.
func appositiveTitle(u *unitText, p int) bool {
	return p >= 2 && u.chunks[p-1].key == "," && u.chunks[p-2].kind == cName && u.chunks[p-2].person
}

// levelAdjectives say at what level an office is held, not whose it is:
// "Provincial Fire Commissioner" is the province's.
var levelAdjectives = setOf(`provincial federal national regional municipal territorial`)

// titledPerson reports a person named right after the title at chunk k:
// "Brightwell chief executive Michael Storrs", where the name before the
// title is the organization's.
func titledPerson(u *unitText, k int) bool {
	return k+1 < len(u.chunks) && u.chunks[k+1].kind == cName && u.chunks[k+1].person
}

func chunkKeys(u *unitText, from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		c := u.chunks[i]
		if c.kind == cEntity {
			out = append(out, strings.ToLower(c.val))
		} else {
			out = append(out, c.key)
		}
	}
	return out
}

// orgKey folds an organization's name for matching.
func orgKey(key string) string {
	return strings.TrimPrefix(key, "the ")
}

// roleHolders finds who holds the role at chunk k.
func (x *extraction) roleHolders(u *unitText, k, after int) []holder {
	person := func(i int) (holder, bool) {
		if i >= 0 && i < len(u.chunks) && u.chunks[i].kind == cName && u.chunks[i].person {
			c := u.chunks[i]
			return holder{c.i, c.j, x.personName(c.key, u, c)}, true
		}
		return holder{}, false
	}
	// Right after the title: "Prime Minister Shigeru Ishiba", "Health
	// Officer Dr. Helen Okafor".
	if h, ok := person(k + 1); ok {
		return []holder{h}
	}
	if k+1 < len(u.chunks) && u.chunks[k+1].kind == cHonor {
		if h, ok := person(k + 2); ok {
			return []holder{h}
		}
	}
	if i := labelHolder(u, k); i >= 0 {
		c := u.chunks[i]
		return []holder{{c.i, c.j, x.personName(c.key, u, c)}}
	}
	// Right after a formal title's scope: "Chair of Council Malcolm
	// Dredge".
	if after > k+1 && u.toks[u.chunks[k].i].Cap {
		if h, ok := person(after); ok {
			return []holder{h}
		}
	}
	// After the scope, set off by a comma: "..., Tô Lâm", or after the
	// time it is held: "head coach in 2015, Ian Reid".
	if after+2 < len(u.chunks) && (u.chunks[after].key == "in" || u.chunks[after].key == "during") &&
		u.chunks[after+1].kind == cValue && isTime(u.chunks[after+1].v) {
		after += 2
	}
	if after < len(u.chunks) && u.chunks[after].key == "," {
		comma := k - 1
		if comma >= 1 && u.chunks[comma].kind != cPunct && u.chunks[comma].j == u.chunks[comma].i+1 && u.toks[u.chunks[comma].i].Cap {
			comma-- // "Ingrid Valcke, Plant Manager, Norvale Ghent"
		}
		if comma >= 1 && u.chunks[comma].key == "," {
			// "By Dana K. Whitfield, Vice President of Infrastructure
			// Reliability, Corvane Cloud": the name before the title is
			// the holder, the one after the holder's employer.
			if h, ok := person(comma - 1); ok {
				return []holder{h}
			}
		}
		n := after + 1
		if n < len(u.chunks) && u.chunks[n].kind == cHonor {
			n++
		}
		if h, ok := person(n); ok {
			return []holder{h}
		}
		// A full name set off by commas after the title is its holder,
		// whether or not a verb of speech says it is a person's:
		// "Halvren's chief medical officer, Lena Varga, told investors".
		if n+1 < len(u.chunks) && u.chunks[n+1].key == "," {
			if c := u.chunks[n]; c.kind == cName && c.j-c.i >= 2 && !u.thingLike(c) {
				return []holder{{c.i, c.j, Name{Key: c.key, Text: personText(u, c)}}}
			}
		}
	}
	// Before the title, set off by a comma: "Tran Thanh Man, chairman of",
	// "Michael Storrs, Brightwell's chief executive,".
	i := k - 1
	if i >= 1 && u.chunks[i].key == "and" && u.chunks[i-1].kind == cRole && !founderWords[u.chunks[k].key] {
		// "Vell, president and chief executive of X": both are Vell's;
		// a co-founder is one of several.
		i -= 2
	}
	if i >= 0 && u.chunks[i].kind == cWord && isArticle(u.chunks[i].key) {
		i--
	}
	if i >= 1 && (u.chunks[i].kind == cName || u.chunks[i].kind == cEntity || u.chunks[i].kind == cWord) && !u.chunks[i].person && u.toks[u.chunks[i].j-1].Poss {
		i-- // "the county's health officer" too
		if i >= 1 && u.chunks[i].kind == cWord && isArticle(u.chunks[i].key) {
			i--
		}
	} else if i == k-1 && i >= 2 && u.chunks[i].kind == cName && !u.chunks[i].person && u.chunks[i-1].key == "," {
		i-- // "Priya Nandakumar, Harrow County Health Officer"
	}
	if i >= 3 && u.chunks[i].key == "," && u.chunks[i-2].key == "," && isPostNominal(u.chunks[i-1].key) {
		i -= 2 // "Rajiv Castellanos, M.D., Chief Medical Officer"
	}
	if i >= 1 && u.chunks[i].key == "," {
		if h, ok := person(i - 1); ok {
			return []holder{h}
		}
	}
	// "Jonah Vell served as mayor of Ashby", "Vell was the mayor of",
	// "Vell, who took over as mayor of Ashby in March,", "Vell will serve
	// as mayor", "Vell was named mayor".
	if i >= 1 && u.chunks[i].key == "now" {
		i--
	}
	if i >= 1 {
		j := i
		switch {
		case u.chunks[j].key == "as" && j >= 1 && asVerbs[u.chunks[j-1].key]:
			j--
		case u.chunks[j].key == "as" && j >= 2 && u.chunks[j-1].key == "over" && takeVerbs[u.chunks[j-2].key]:
			j -= 2
		case namedVerbs[u.chunks[j].key] && j >= 1 && (copulas[u.chunks[j-1].key] || u.chunks[j-1].key == "been"):
		case !copulas[u.chunks[j].key]:
			j = -1
		}
		// In the past and at no stated time, the role is no longer
		// theirs at a time that can be told: "Vell was mayor of Ashby".
		// A time of this year's news ("in March", "last week") says the
		// change is recent.
		if j >= 1 && pastVerbs[u.chunks[j].key] && clausePeriod(u, k) == "" && !recentTime(u, k) {
			j = -1
		}
		if j >= 1 {
			j = subjectBefore(u, j)
		}
		if j >= 1 {
			if h, ok := person(j - 1); ok {
				return []holder{h}
			}
			if c := u.chunks[j-1]; c.kind == cName && c.j-c.i >= 2 && !u.thingLike(c) {
				return []holder{{c.i, c.j, Name{Key: c.key, Text: personText(u, c)}}}
			}
		}
	}
	// "The manager of X (in 2017) was/were A and B", "Dunmere's mayor at
	// the time of the 1926 general strike was Walter Castell".
	for j := after; j < len(u.chunks) && j < after+12; j++ {
		c := u.chunks[j]
		if c.key == ";" || c.key == "that" || relativeWords[c.key] || otherActs[c.key] {
			break // "...; the current president is Y" is another clause's
		}
		if c.kind != cWord || !copulas[c.key] {
			continue
		}
		var hs []holder
		for m := j + 1; m < len(u.chunks); m++ {
			if u.chunks[m].kind == cHonor {
				continue // "The chief investigator was Dr Anjali Rathmore"
			}
			if h, ok := person(m); ok {
				hs = append(hs, h)
				continue
			}
			if cm := u.chunks[m]; cm.kind == cName && !u.thingLike(cm) && cm.j-cm.i >= 2 {
				hs = append(hs, holder{cm.i, cm.j, Name{Key: cm.key, Text: u.chunkText(cm)}})
				continue
			}
			if u.chunks[m].key == "and" || u.chunks[m].key == "," {
				continue
			}
			break
		}
		return hs
	}
	return nil
}

// relativeWords open a clause about something else: "The mayor of Ashby,
// whose main rival was Tom Hale, resigned".
var relativeWords = setOf(`who whose whom which where while whereas`)

var copulas = setOf(`is was are were become became becomes remains remained`)

var pastVerbs = setOf(`was were became remained served acted worked took named appointed elected`)

// asVerbs come before "as" and a role its subject holds.
var asVerbs = setOf(`served serves serving serve acted acts worked works`)

// takeVerbs come before "over as" and a role its subject took on.
var takeVerbs = setOf(`took takes take taking`)

// namedVerbs put someone in a role: "was named chief executive".
var namedVerbs = setOf(`named appointed elected`)

// subjectBefore returns the chunk index where the subject of the verb at
// chunk j ends, past words that come between them: "will serve", "has
// served", "also served", and "who" after a comma ("Vell, who took over
// as"). The subject is the chunk before the result.
func subjectBefore(u *unitText, j int) int {
	if namedVerbs[u.chunks[j].key] {
		j-- // "was" of "was named"
		if u.chunks[j].key == "been" && j >= 1 {
			j--
		}
	}
	for j >= 1 && auxWords[u.chunks[j-1].key] {
		j--
	}
	if j >= 2 && u.chunks[j-1].key == "who" && u.chunks[j-2].key == "," {
		j -= 2
	}
	return j
}

// auxWords come between a subject and its verb: "Vell will serve as".
var auxWords = setOf(`will shall has have had also now currently`)

// recentTime reports a time in the clause of chunk k that the news gives
// without a year ("in March", "last week"): one of the year it is written.
func recentTime(u *unitText, k int) bool {
	from, to := clauseBounds(u, k)
	for i := range u.values {
		v := &u.values[i]
		if v.Start >= from && v.End <= to && v.Type == recognize.Date && (v.When.Relative || v.When.NoYear) {
			return true
		}
	}
	return false
}

// editionOf reports a year that names an edition of what follows it: "a
// place at the 2027 Nations Cup finals" says which cup, not when an
// office is held.
func editionOf(u *unitText, v *recognize.Value) bool {
	if v.Type != recognize.Year {
		return false
	}
	for _, t := range u.toks {
		if t.Start >= v.End {
			return t.Cap
		}
	}
	return false
}

// clausePeriod returns the years the clause of chunk k states ("2017", or
// "2014/2018" for a range or several years), or "". A semicolon ends a
// clause: in "X was president from 1970 to 1974; the current president is
// Y", Y's term is not 1970 to 1974.
func clausePeriod(u *unitText, k int) string { return clauseYears(u, k, false, 0) }

// clauseYears returns the years clausePeriod does. For an office it
// leaves out those naming an edition (see editionOf), which say nothing
// of when the office is held, as a placing's do, and years after latest,
// the story's own, when known (not 0): "chief executive Mark Ellery said
// results are expected in the first half of 2026" holds the office in
// 2025, when he said so.
func clauseYears(u *unitText, k int, office bool, latest int) string {
	from, to := clauseBounds(u, k)
	if open := openingClauseEnd(u); open >= 0 && u.chunks[k].i > open {
		// "Since work began in 2017, said chief executive Renate
		// Hollweg": the opening clause's year is its own.
		from = max(from, u.toks[open].End)
	}
	var years []string
	for i := range u.values {
		v := &u.values[i]
		if v.Start < from || v.End > to {
			continue
		}
		// Only what the text states outright: a relative date ("later on
		// Monday") dates an event, not a term of office.
		if (v.Type == recognize.Year || v.Type == recognize.Date) && v.When.Resolved && v.Norm != "" && !v.When.Relative && !v.When.NoYear && !(office && (editionOf(u, v) || latest > 0 && v.When.Year > latest)) {
			y := v.Norm
			if len(y) > 4 {
				y = y[:4]
			}
			years = append(years, y)
			if v.When.EndYear != 0 && v.When.EndYear != v.When.Year {
				years = append(years, itoa4(v.When.EndYear))
			}
			if office && latest > 0 && precededBy(u, v, "since") {
				// "who has run the department since 2019" holds it
				// still, when the story is written.
				years = append(years, itoa4(latest))
			}
		}
	}
	if len(years) == 0 {
		return ""
	}
	lo, hi := years[0], years[0]
	for _, y := range years {
		if y < lo {
			lo = y
		}
		if y > hi {
			hi = y
		}
	}
	if lo == hi {
		return lo
	}
	return lo + "/" + hi
}

// precededBy reports a value right after the word w.
func precededBy(u *unitText, v *recognize.Value, w string) bool {
	for i, t := range u.toks {
		if t.Start == v.Start {
			return u.word(i-1) == w
		}
	}
	return false
}

// clauseBounds returns the byte offsets in u of the clause of chunk k:
// semicolons end a clause.
func clauseBounds(u *unitText, k int) (from, to int) {
	from, to = 0, len(u.text)
	for i := k - 1; i >= 0; i-- {
		if u.chunks[i].key == ";" {
			from = u.toks[u.chunks[i].i].End
			break
		}
	}
	for i := k + 1; i < len(u.chunks); i++ {
		if u.chunks[i].key == ";" {
			to = u.toks[u.chunks[i].i].Start
			break
		}
	}
	return from, to
}

func itoa4(y int) string {
	s := []byte("0000")
	for i := 3; i >= 0 && y > 0; i-- {
		s[i] = byte('0' + y%10)
		y /= 10
	}
	return string(s)
}

// notHolder reports a role title whose modifier says the person named does
// not hold it now, or holds another office: "former", "the late", "the
// first", "deputy", "acting". The modifier may stand before the scope, as
// in "Former U.S. President Joe Biden" or "former Brightwell chief
// executive".
func notHolder(u *unitText, k int) bool {
	for i := k - 1; i >= 0; i-- {
		c := u.chunks[i]
		switch {
		case c.kind == cEntity, c.kind == cWord && (isArticle(c.key) || genderWords[c.key]):
			continue
		case c.kind == cName:
			// A scope the vocabulary does not know, which a capital
			// modifier may open: "Former Brightwell chief executive".
			if first, _, _ := strings.Cut(c.key, " "); notHolderWords[first] {
				return true
			}
			continue
		case c.kind == cValue:
			return c.v.Type == recognize.Rank
		}
		return notHolderWords[c.key]
	}
	return false
}

var notHolderWords = setOf(`former late ex then previous past founding future incoming acting interim
deputy assistant associate honorary emeritus designate would-be one-time onetime
outgoing retiring departing`)

var genderWords = setOf(`female male woman women`)

// sameBodyNoun gives one word for nouns of one kind of body, as the scope
// of a title: the story's "study" and its "trial" are one.
var sameBodyNoun = map[string]string{"study": "trial", "firm": "company", "team": "club"}
