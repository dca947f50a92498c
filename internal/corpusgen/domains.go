package corpusgen

import (
	"math/rand/v2"
)

// A domain is a kind of story: its sentences for each fact, its look-alikes
// and its filler. Every domain states the same five facts (an event's
// date, the year of a first occurrence, a count, an amount of money and a
// role's holder) so that planted conflicts cover every rule kind the
// built-in rules check, in words that differ from domain to domain.
type domain struct {
	section   string
	headlines []string
	event     []string // [date]: the day of the story's event
	role      []string // [holder]: who holds the story's role
	first     []string // [first]: the year of a first occurrence
	count     []string // [count]
	money     []string // [money], for {Year}
	// Look-alikes: true statements that differ from the facts above.
	countQual []string // [count-q]: a bound the count satisfies
	moneyPrev []string // [money-prev]: the figure for {PrevYear}
	other     []string // [date-other]: another event with other people
	stale     []string // [holder-old]: the role's former holder, in an older article
	filler    []string

	firstAfter         bool // the first occurrence lies after the event (a plan)
	countMin, countMax int
	countRound         int
	moneyMin, moneyMax int // millions of US dollars
	moneyRound         int
	vars               func(n *namer, r *rand.Rand, v map[string]string)
}

func pick(r *rand.Rand, list ...string) string { return list[r.IntN(len(list))] }

var domains = []*domain{
	{
		section: "business",
		headlines: []string{
			"{Org1} and {Org2} agree on {PNoun} deal",
			"{Org1} signs supply agreement with {Org2}",
			"{Org2} backs {Org1} expansion in {Place}",
		},
		event: []string{
			"{P1} and {Org2} chairman {P2} met in {Place} on [date] to sign the agreement.",
			"{Org2} chairman {P2} met {P1} in {Place} on [date], and the two signed the agreement the same day.",
		},
		role: []string{
			"{Org1} chief executive [holder] said the deal would secure work at its plants for years.",
			"[holder], chief executive of {Org1}, called the agreement a turning point for the company.",
		},
		first: []string{
			"The companies said the first “{Product}” {PNoun} would enter service in [first].",
			"Under the agreement, the first “{Product}” {PNoun} is due in [first], the companies said.",
		},
		count: []string{
			"{Org1} employs [count] {CountNoun} at sites across the region.",
			"{Org1}, which employs [count] {CountNoun}, has been looking for a partner for some time.",
		},
		money: []string{
			"{Org1} reported revenue of [money] in {Year}, according to its annual report.",
			"In {Year}, {Org1} had revenue of [money].",
		},
		countQual: []string{"{Org1} employs more than [count-q] {CountNoun}, according to its website."},
		moneyPrev: []string{"{Org1} reported revenue of [money-prev] in {PrevYear}."},
		other:     []string{"{P1Last} had met {Org3} chairman {P3} in {Place2} on [date-other] to discuss financing."},
		stale:     []string{"{Org1} chief executive [holder-old] said the company would look for new partners in the north."},
		filler: []string{
			"Analysts said the agreement would help {Org1} compete for contracts that have gone to larger rivals.",
			"Shares in {Org2} were little changed after the announcement.",
			"The terms of the deal were not disclosed.",
			"Unions at the {Place} plant welcomed the news but asked for guarantees on jobs.",
			"{P2Last} said the bank had studied the project for a long time before deciding to take part.",
			"Competition authorities are expected to review the agreement before it takes effect.",
			"Suppliers in the region said they hoped the deal would bring steady orders.",
			"The company has faced pressure from investors to cut costs and sell weaker units.",
		},
		firstAfter: true,
		countMin:   2000, countMax: 60000, countRound: 100,
		moneyMin: 1200, moneyMax: 9800, moneyRound: 100,
		vars: func(n *namer, r *rand.Rand, v map[string]string) {
			v["Org1"] = n.word(r) + " " + pick(r, "Group", "Holdings", "Corporation")
			v["Org2"] = n.word(r) + " " + pick(r, "Bank", "Holdings", "Group")
			v["Org3"] = n.word(r) + " Bank"
			v["PNoun"] = pick(r, "train", "turbine", "freighter", "tram")
			v["CountNoun"] = pick(r, "workers", "employees")
		},
	},
	{
		section: "science",
		headlines: []string{
			"{Probe} probe lifts off from {Place}",
			"{Org1} launches {Probe} mission",
			"New probe {Probe} on its way after launch",
		},
		event: []string{
			"The {Probe} probe was launched from {Place} on [date], {Org1} said.",
			"{Org1} launched the {Probe} probe from {Place} on [date] after a delay caused by high winds.",
		},
		role: []string{
			"{Org1} director [holder] said the launch had gone exactly as planned.",
			"[holder], director of {Org1}, told reporters the team was relieved.",
		},
		first: []string{
			"{Org1} flew its first “{Product}” mission in [first].",
			"{Org1} carried out the first “{Product}” mission in [first], a milestone for the programme.",
		},
		count: []string{
			"A team of [count] scientists at {Org1} worked on the probe.",
			"{Org1} brought together [count] scientists from universities in the region.",
		},
		money: []string{
			"The budget of {Org1} was [money] in {Year}.",
			"{Org1} had a budget of [money] in {Year}, according to its accounts.",
		},
		countQual: []string{"More than [count-q] scientists at {Org1} took part in the project."},
		moneyPrev: []string{"The budget of {Org1} was [money-prev] in {PrevYear}."},
		other:     []string{"A second probe, {Probe2}, was launched by {Org3} from {Place2} on [date-other]."},
		stale:     []string{"{Org1} director [holder-old] said the agency was ready for its most ambitious mission yet."},
		filler: []string{
			"Engineers at {Org1} will spend the coming weeks testing the probe's instruments.",
			"The probe carries cameras, a radar and a dust analyser built by partner institutes.",
			"Scientists hope the mission will shed light on how the early solar system formed.",
			"Ground stations will track the probe throughout its cruise.",
			"The launch was watched by hundreds of people gathered near {Place}.",
			"{P2Last}, a planetary scientist on the team, said the data would keep researchers busy for years.",
			"Critics have questioned whether the money would be better spent on climate research.",
			"The agency plans to publish the first images once the instruments are calibrated.",
		},
		countMin: 300, countMax: 4000, countRound: 10,
		moneyMin: 120, moneyMax: 950, moneyRound: 10,
		vars: func(n *namer, r *rand.Rand, v map[string]string) {
			v["Org1"] = n.word(r) + " Space Agency"
			v["Org3"] = n.word(r) + " " + pick(r, "Institute", "Space Agency")
			v["Probe"] = n.word(r)
			v["Probe2"] = n.word(r)
		},
	},
	{
		section: "sport",
		headlines: []string{
			"{Club1} win the {Cup}",
			"{Club1} beat {Club2} to lift the {Cup}",
			"Cup glory for {Club1} in {Place}",
		},
		event: []string{
			"{Club1} won the {Cup} final against {Club2} in {Place} on [date].",
			"The {Cup} final was played in {Place} on [date], and {Club1} won it against {Club2}.",
		},
		role: []string{
			"{Club1} head coach [holder] said the players had earned the win.",
			"[holder], head coach of {Club1}, praised the defence.",
		},
		first: []string{
			"{Club1} won its first “{Product}” in [first].",
			"{Club1} lifted its first “{Product}” in [first] under a different coach.",
		},
		count: []string{
			"A crowd of [count] spectators watched {Club1} win the final.",
			"The final drew [count] spectators to see {Club1} play in {Place}.",
		},
		money: []string{
			"The budget of {Club1} was [money] in {Year}.",
			"{Club1} had a budget of [money] in {Year}, according to the league.",
		},
		countQual: []string{"More than [count-q] spectators saw {Club1} win."},
		moneyPrev: []string{"The budget of {Club1} was [money-prev] in {PrevYear}."},
		other:     []string{"{Club2} had won the {Cup2} against {Club3} in {Place2} on [date-other]."},
		stale:     []string{"{Club1} head coach [holder-old] said the squad needed time to settle."},
		filler: []string{
			"{Club1} dominated possession for long spells but struggled to turn it into chances.",
			"The visitors had a goal ruled out for offside shortly before half time.",
			"Supporters of {Club2} applauded their team off the pitch despite the defeat.",
			"The win caps a remarkable season for a side that was nearly relegated a short while ago.",
			"{P2Last}, the captain, said the dressing room was full of pride.",
			"Police said the match passed off without serious incident.",
			"The league will decide on the schedule for the new season in the summer.",
			"Fans celebrated late into the night in the streets of {Place}.",
		},
		countMin: 8000, countMax: 80000, countRound: 1,
		moneyMin: 20, moneyMax: 400, moneyRound: 1,
		vars: func(n *namer, r *rand.Rand, v map[string]string) {
			v["Club1"] = n.word(r) + " Club"
			v["Club2"] = n.word(r) + " Club"
			v["Club3"] = n.word(r) + " Club"
			v["Cup"] = n.word(r) + " Cup"
			v["Cup2"] = n.word(r) + " Cup"
			v["Org1"] = v["Club1"]
		},
	},
	{
		section: "culture",
		headlines: []string{
			"{Org1} opens new wing",
			"New wing of {Org1} welcomes visitors",
			"{Place} celebrates opening of {Org1} extension",
		},
		event: []string{
			"The {Org1} opened its new wing in {Place} on [date].",
			"The new wing of the {Org1} opened to the public on [date] after years of building work.",
		},
		role: []string{
			"{Org1} director [holder] said the extension would double the space for exhibitions.",
			"[holder], director of the {Org1}, thanked the donors who paid for the work.",
		},
		first: []string{
			"The {Org1} held its first “{Product}” exhibition in [first].",
			"The {Org1} staged the first “{Product}” exhibition in [first].",
		},
		count: []string{
			"The {Org1} expects [count] visitors a year once the wing is open.",
			"Organisers said [count] visitors had booked tickets for the {Org1} in the opening season.",
		},
		money: []string{
			"The new wing of the {Org1} cost [money] in {Year}.",
			"Building work at the {Org1} cost [money] in {Year}, according to the city.",
		},
		countQual: []string{"More than [count-q] visitors had booked tickets for the {Org1}, organisers said."},
		moneyPrev: []string{"A first phase of the work at the {Org1} cost [money-prev] in {PrevYear}."},
		other:     []string{"The {Org3} in {Place2} opened its own extension on [date-other]."},
		stale:     []string{"{Org1} director [holder-old] said the museum had outgrown its old rooms."},
		filler: []string{
			"The wing was designed by a local architecture studio and uses light stone from nearby quarries.",
			"Critics praised the new galleries, which are lit from above.",
			"Schools in {Place} will be able to book free visits during term.",
			"{P2Last}, a curator, said the collection had been in storage for far too long.",
			"The museum shop and café will open later in the season.",
			"Some residents had objected to the height of the building during planning.",
			"The opening exhibition brings together paintings lent by collectors across the country.",
			"Volunteers will guide visitors through the galleries at weekends.",
		},
		countMin: 100000, countMax: 900000, countRound: 1000,
		moneyMin: 15, moneyMax: 240, moneyRound: 1,
		vars: func(n *namer, r *rand.Rand, v map[string]string) {
			v["Org1"] = n.word(r) + " Museum"
			v["Org3"] = n.word(r) + " Museum"
		},
	},
	{
		section: "weather",
		headlines: []string{
			"Floods hit {Region}",
			"Thousands of homes damaged as floods sweep {Region}",
			"{Region} counts cost of floods",
		},
		event: []string{
			"Floods struck {Region} on [date], cutting roads around {Place}.",
			"The floods that hit {Region} on [date] left much of {Place} under water.",
		},
		role: []string{
			"{Region} governor [holder] said rescue teams were working through the night.",
			"[holder], governor of {Region}, asked residents to stay away from the river banks.",
		},
		first: []string{
			"{Region} issued its first “{Product}” warning in [first].",
			"Forecasters issued the first “{Product}” warning for {Region} in [first].",
		},
		count: []string{
			"The water damaged [count] homes in {Region}.",
			"Officials in {Region} said [count] homes had been damaged.",
		},
		money: []string{
			"The emergency budget of {Region} was [money] in {Year}.",
			"{Region} had an emergency budget of [money] in {Year}.",
		},
		countQual: []string{"More than [count-q] homes were damaged in {Region}, officials said."},
		moneyPrev: []string{"The emergency budget of {Region} was [money-prev] in {PrevYear}."},
		other:     []string{"Floods had also struck {Region2} on [date-other]."},
		stale:     []string{"{Region} governor [holder-old] said the flood defences needed urgent repair."},
		filler: []string{
			"Rescue teams used boats to reach families stranded on rooftops.",
			"Schools in {Place} were closed and turned into shelters.",
			"Farmers said crops had been ruined just weeks before the harvest.",
			"{P2Last}, who leads a volunteer group, said supplies of clean water were running low.",
			"Forecasters warned that more rain was expected in the hills.",
			"The army sent trucks and helicopters to help with the evacuation.",
			"Residents accused the authorities of ignoring warnings about the state of the river banks.",
			"Power was cut to large parts of the province.",
		},
		countMin: 300, countMax: 9000, countRound: 1,
		moneyMin: 10, moneyMax: 180, moneyRound: 1,
		vars: func(n *namer, r *rand.Rand, v map[string]string) {
			v["Region"] = n.word(r) + " Province"
			v["Region2"] = n.word(r) + " Province"
			v["Org1"] = v["Region"]
		},
	},
}

// generic filler fits any story.
var genericFiller = []string{
	"The announcement was welcomed by local officials.",
	"{P1Last} said the news showed what could be achieved when people worked together.",
	"Not everyone was convinced.",
	"Opposition politicians called for more details to be made public.",
	"The story has drawn wide attention in {Place}, where residents followed every step.",
	"Observers said the coming months would show whether the hopes were justified.",
	"A spokesperson declined to comment further.",
	"Local newspapers carried the news on their front pages.",
	"Officials said more information would be released in due course.",
	"Residents interviewed in the town centre were mostly positive.",
}
