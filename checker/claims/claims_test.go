package claims

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/words"
	"github.com/factlint/factlint/rules"
)

var lexicon = NewLexicon(rules.Builtin())

// extract runs Extract on one-sentence-per-line text published on pub; a
// blank line ends a paragraph.
func extract(text string, pub *recognize.Civil) []Claim {
	doc := &Doc{Text: text, Published: pub}
	start, para := 0, 0
	for _, line := range strings.SplitAfter(text, "\n") {
		end := start + len(strings.TrimRight(line, "\n"))
		if end == start {
			para++
		}
		if end > start {
			doc.Units = append(doc.Units, Unit{Start: start, End: end, Para: para})
			doc.Values = append(doc.Values, recognize.Find(text[start:end], recognize.Options{Ref: pub}))
		}
		start += len(line)
	}
	return lexicon.Extract(doc)
}

// described extracts the claims of text and renders them with describe,
// joined by "|".
func described(text string) string {
	var got []string
	for _, c := range extract(text, nil) {
		got = append(got, describe(c))
	}
	return strings.Join(got, "|")
}

// describe renders a claim as "kind class [people] = value @period".
func describe(c Claim) string {
	var people []string
	for _, p := range c.Persons {
		people = append(people, p.Text)
	}
	s := fmt.Sprintf("%s %s", c.Kind, c.Class)
	if c.Kind == rules.KindRank && c.Place != "" {
		s += " in " + c.Place
	}
	switch {
	case c.ScopeNoun:
		s = fmt.Sprintf("%s %s %s", c.Kind, c.ScopeKey, c.Class)
	case c.ScopeKey != "":
		s += " of " + c.ScopeKey
	}
	if len(people) > 0 {
		s += " [" + strings.Join(people, ", ") + "]"
	}
	v := c.Value.Norm
	if v == "" {
		v = fmt.Sprint(c.Value.Num)
	}
	s += " = " + v
	if c.Period != "" {
		s += " @" + c.Period
	}
	if c.Implied != "" {
		s += " (implied)"
	}
	if c.Earlier != nil {
		s += " (from " + c.Earlier.Norm + ")"
	}
	return s
}

func TestExtract(t *testing.T) {
	pub := &recognize.Civil{Year: 2025, Month: 4, Day: 28}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"event with its participants",
			"The summit in Hanoi on April 29, 2025, between Japanese Prime Minister Shigeru Ishiba and Vietnamese Prime Minister Pham Minh Chinh ended.",
			[]string{
				"role-holder prime minister of Japan = Shigeru Ishiba @2025",
				"role-holder prime minister of Vietnam = Pham Minh Chinh @2025",
				"event-date meeting [Shigeru Ishiba, Pham Minh Chinh] = 2025-04-29",
			}},
		{"a relative date resolves against the publication date",
			"Prime Minister Shigeru Ishiba met President Luong Cuong on Monday.",
			[]string{"event-date meeting [Shigeru Ishiba, Luong Cuong] = 2025-04-28"}},
		{"a role with its scope after it, set off by commas",
			"On April 27, Ishiba met with General Secretary of the Communist Party of Vietnam, Tô Lâm, in Hanoi.",
			[]string{
				"role-holder general secretary of communist party of vietnam = Tô Lâm",
				"event-date meeting [Tô Lâm] = 2025-04-27",
			}},
		{"a role's scope after its holder",
			"President Joe Biden of the United States spoke. Chief executive Maria Lopez of Tidewell Systems resigned.",
			[]string{
				"role-holder president of United States = Joe Biden",
				"role-holder chief executive of tidewell systems = Maria Lopez",
			}},
		{"a year that names an occasion is a figure's period",
			"At the 2011 census it had a population of 12,400. According to the 2001 census, Tarrow had 11,900 inhabitants.",
			[]string{
				"measure-value population = 12400 @2011",
				"measure-value population = 11900 @2001",
			}},
		{"a former, first or deputy holder holds no office now",
			"Former Brightwell chief executive Michael Storrs said so. Former U.S. President Joe Biden spoke. The first president of Norland was Edgar Hale. Deputy Prime Minister Tran Hong Ha of Vietnam arrived. Japan's first female prime minister, Sanae Takaichi, and U.S. President Donald Trump met.",
			[]string{
				"role-holder president of United States = Donald Trump",
			}},
		{"a place in a named contest in a year",
			"In the 1998 World Rally Championship, Sami Koskela finished third overall.\nKoskela's best season came in 1999, when he finished fifth in the drivers' championship.\nMira Holt finished second in 2001.\nHolt finished fourth at the Monaco Grand Prix.",
			[]string{
				"rank place in championship [Sami Koskela] = 3 @1998",
				"rank place in championship [Koskela] = 5 @1999",
			}},
		{"a place at a venue the words do not call a contest is none",
			"In 2001, after a poor start to the championship, Holt finished first at Monza.\nHolt finished second in the 2001 championship.",
			[]string{
				"rank place in championship [Holt] = 2 @2001",
			}},
		{"a role's holder after a phrase of time",
			"Dunmere's mayor at the time of the 1926 general strike was Walter Castell.\nThe mayor of Ashby told reporters that the winner was Jonah Vell.\nThe mayor of Ashby during the flood, whose main rival was Tom Hale, resigned.",
			[]string{
				"role-holder mayor of dunmere = Walter Castell @1926",
			}},
		{"a building's floors, counted or measured, at no event and in no year",
			"Completed in 1989, Meridian Tower has 44 floors.\nThe 41-storey Meridian Tower houses a bank.\nIn Halvik, the tower built in 1990 has 30 floors.",
			[]string{
				"event-date completion = 1989",
				"measure-value floors = 44",
				"measure-value floors = 41",
				"event-date construction = 1990",
				"measure-value floors [in halvik] = 30",
			}},
		{"a sum's own noun says what it is, before a word further back",
			"Residents will share the $45.8 million settlement.",
			[]string{
				"measure-value settlement (USD) = USD 45800000",
			}},
		{"a sum's noun after a compound word is that sum's, not the next sum's",
			"Moten collected the race's $50,000 course-record bonus on top of the $60,000 winner's cheque.",
			[]string{
				"measure-value bonus (USD) = USD 50000",
			}},
		{"a maker and model between a count and its noun say which",
			"Vestavind Air has placed an order for 14 Embraer E195-E2 jets.",
			[]string{
				"measure-value count of jet = 14",
			}},
		{"a place in the possessive stands for the article before a rank",
			"Vestavind carried more passengers, making it Norway's third-largest airline.",
			[]string{
				"rank largest airline in norway [Vestavind] = 3",
			}},
		{"a plural in the possessive is inside a body's name",
			"\"We won,\" said Marguerite Vallance, regional secretary of the Allied Nurses' Federation.",
			[]string{
				"role-holder secretary of allied nurses federation = Marguerite Vallance",
			}},
		{"a walkout is a strike",
			"The walkout began on March 2, when nurses set up picket lines.",
			[]string{
				"event-date strike = 2025-03-02",
			}},
		{"a cost named by another measure word is a cost of its own",
			"Staff costs rose to £13 million. The club paid a transfer fee of £18 million.",
			[]string{
				"measure-value price [staff] (GBP) = GBP 13000000",
				"measure-value price (GBP) = GBP 18000000",
			}},
		{"a term is a prison's only where the words say so",
			"Base salaries rise by 14.5 percent over the three-year term of the contract.\nHe was sentenced to a 12-year term in federal prison.",
			[]string{
				"measure-value prison sentence = 12 year",
			}},
		{"a rank after an aside, or after \"ranked it as\"",
			"That makes it, by my count, the second-most expensive manuscript ever sold.\nDealers said the price ranked it as the third-most expensive medieval manuscript ever sold.",
			[]string{
				"rank most expensive manuscript = 2",
				"rank most expensive medieval manuscript = 3",
			}},
		{"what went missing was last seen once, its \"since\" no base of a change",
			"Unseen since 1939, the psalter returns to view.\nThe psalter was last seen in 1944.",
			[]string{
				"event-date last-sighting = 1939",
				"event-date last-sighting = 1944",
			}},
		{"a general manager is a manager, and an authority a body the story names",
			"Marlow Bend Water Authority opened a plant.\n\"It is safe,\" said Delphine Arceneaux, the authority's general manager.",
			[]string{
				"role-holder manager of marlow bend water authority = Delphine Arceneaux",
			}},
		{"what a definite subject names opened or entered service, not what an indefinite one does",
			"The crane, which went into service in 2009, broke.\nThe crane involved was commissioned in 2011.\nA plant opened in 1990.\nThe jury awarded $1.5 million on February 5, 2026.",
			[]string{
				"event-date commissioning: crane = 2009",
				"event-date commissioning: crane = 2011",
			}},
		{"a schedule that repeats dates no meeting",
			"Its public meetings are held on the first and third Tuesday of each month.\nThe board met on March 3, 2025.",
			[]string{
				"event-date meeting = 2025-03-03",
			}},
		{"a figure after a clause of time is that moment's",
			"When directors cast their votes, Oster Reservoir stood at 23 percent of capacity.\nOster Reservoir held 21 percent of capacity.",
			[]string{
				"measure-value share of capacity [then] = 23%",
				"measure-value share of capacity = 21%",
			}},
		{"a figure said to be usual is no fact of one case",
			"The evacuation cost $48,500.\nA single helicopter sortie typically costs about $9,000.",
			[]string{
				"measure-value price (USD) = USD 48500",
				"measure-value price [typical] (USD) = USD 9000",
			}},
		{"the first time a thing was done is an event of its own, unless the lexicon knows the verb",
			"The compound was first synthesized in 2009.\nStaff first spotted the intrusion on April 14, 2025.",
			[]string{
				"event-date first-synthesized = 2009",
				"event-date discovery: intrusion = 2025-04-14",
			}},
		{"a number in a compound of manner counts nothing",
			"The first two-plus-two dialogue was held in 2023.\nA one-on-one meeting and two-way talks followed.",
			[]string{
				"event-date dialogue = 2023",
			}},
		{"the first of a kind no lexicon names, where no other time or event is",
			"Its first ascent came in 1978.\nThe authority today confirmed it will admit its first patients later this week.\nThe first quarter of 2024 was slow.",
			[]string{
				"first-occurrence ascent = 1978",
			}},
		{"an order that takes effect enters into force",
			"The Harlow Water Order took effect on June 2, 2025.",
			[]string{
				"event-date entry-into-force = 2025-06-02",
			}},
		{"what will close closes, and a deficit is a measure",
			"The University of Westmarch will close its Kestrel Bay campus on July 31, 2027.\nThe university faces a deficit of £38.5 million.",
			[]string{
				"event-date closing = 2027-07-31",
				"measure-value deficit (GBP) = GBP 38500000",
			}},
		{"a press release is no release",
			"FOR IMMEDIATE RELEASE, Thursday, May 7, 2026.\nPress Release, March 19, 2026.\nTidewright 4.0 was released on April 14, 2026.",
			[]string{
				"event-date release = 2026-04-14",
			}},
		{"what opened its doors opened, and what was built is the subject after a participle clause",
			"Since it opened its doors on June 12, 2025, the building has drawn crowds.\nBuilt in 2004 at a yard in Ulsan, the Saltire Dawn had passed an inspection.",
			[]string{
				"event-date opening = 2025-06-12",
				"event-date construction = 2004",
			}},
		{"a date before \"after\" an event is not the event's, and a statement's date is none",
			"Employers were unable to run payroll on March 5, 2026, after a fire at a data centre.\nAustralia issued statements on March 1, 2026, welcoming an orderly vote.",
			nil},
		{"a year in the possessive is a figure's period",
			"For comparison, last year's field was 3,950 riders.",
			[]string{
				"measure-value count of rider = 3950 @2024",
			}},
		{"\"the following year\" counts from the year its sentence gave; what began as a project was founded",
			"TernDB began in 2014 as a side project, and was released under the Apache licence the following year.",
			[]string{
				"event-date founding = 2014",
				"event-date release = 2015",
			}},
		{"an ordinal before a named event says which edition it is",
			"Sander Voskuijlen won the 11th Tour of the Kessel Valley on Sunday, May 18, 2025.\nThe 13th Tour of the Kessel Valley will take place in May 2027.",
			[]string{
				"event-date visit #11 = 2025-05-18",
				"event-date visit #13 = 2027-05",
			}},
		{"what a notice published on a day dates is the notice",
			"The paper was retracted by the Journal of Cell Signalling in a notice published on Friday, February 27, 2026.",
			[]string{"event-date release: notice = 2026-02-27"}},
		{"what is completed tells one completion from another, whoever completes it",
			"Brackenford Optical Works completed the casting of the mirror in March 2025.\nBrackenford Optical Works completed the final polishing of the mirror in 2026.",
			[]string{
				"event-date completion = 2025-03",
				"event-date completion: final = 2026",
			}},
		{"what is launched as a tool, or a project that began, was founded then",
			"TernDB, launched in 2013 as an internal tool at an energy company, has grown.\nSince the project was started in 2016, it has grown.\nThe project began in 2016.",
			[]string{
				"event-date founding = 2013",
				"event-date founding: project = 2016",
				"event-date founding: project = 2016",
			}},
		{"a strike, a person or work that begins is founded by nothing",
			"The strike began on Monday, May 11, 2026.\nOkafor began in 2014 as a project manager at the Herald.\nWork began in 2019 on the tunnel.\nThe satellite was launched on March 3, 2026 as a replacement.",
			[]string{
				"event-date strike = 2026-05-11",
				"event-date release: satellite = 2026-03-03",
			}},
		{"a date before \"and\" and a verb is the verb's before it; a bank is shut",
			"Regulators closed Cascade Meridian Bank on May 8, 2026, and appointed a receiver.\nRegulators shut Cascade Meridian Bank on May 7, 2026.",
			[]string{
				"event-date closing = 2026-05-08",
				"event-date closing = 2026-05-07",
			}},
		{"a superlative joined to its participle, after \"become\", in its year",
			"The okapi yard has become the zoo's second most-visited exhibit.\nIn 2024, the okapi yard was the ninth most-visited exhibit at the zoo.",
			[]string{
				"rank most-visited exhibit in zoo = 2",
				"rank most-visited exhibit = 9 @2024",
			}},
		{"a rank in reported speech is said of the reported clause's subject",
			"Meteorologist Dale Brandvold of WCCN said Sunday's high was the second-hottest June day on record.\nOfficials said Castlereach is now the third-largest club in England.",
			[]string{
				"rank hottest june day = 2",
				"rank largest club in england [Castlereach] = 3",
			}},
		{"an increase of a number is no count",
			"This represents an increase of 2,480,792 people on the 2015 census.",
			nil},
		{"\"When complete,\" is no moment; a national statistics office only counted",
			"When complete, the installation will consist of 72 turbines.\nStatistics Moravane counted 11,280,455 households.",
			[]string{
				"measure-value count of turbine = 72",
				"measure-value count of household = 11280455",
			}},
		{"the end of an event that lasts is no date of it",
			"Bus drivers ended a nine-day walkout on June 3, 2026.\nThe strike ended on June 3, 2026.\nThe strike began on May 26, 2026.",
			[]string{
				"event-date strike = 2026-05-26",
			}},
		{"a treaty's entry into force is an event of its own",
			"The Treaty of Valmora was signed in 1652.\nThe Treaty of Valmora came into force in 1654.",
			[]string{
				"event-date signing = 1652",
				"event-date entry-into-force = 1654",
			}},
		{"a sum paid for something named",
			"Halvers Groep purchased Fenwright Instruments for $48.5 million.\nBrightwell agreed to acquire Tidewell Systems for $2.1 billion.\nOver the years Brightwell bought several start-ups for less than $300 million.",
			[]string{
				"measure-value price @acquisition (USD) = USD 48500000",
				"measure-value price (USD) = USD 2100000000",
			}},
		{"an event verb of its subject's standing founds nothing",
			"Under Stuart Kinnear, manager from 2019 to 2023, Rovers established themselves in the Premier Division.",
			[]string{"role-holder manager = Stuart Kinnear @2019/2023"}},
		{"games missed or still to play are not the games played",
			"The captain missed only two league games.\nThey played 38 league games.\nThey face their remaining 20 league games.",
			[]string{
				"measure-value count of league game [missed] = 2",
				"measure-value count of league game = 38",
				"measure-value count of league game [remaining] = 20",
			}},
		{"a quarter or a month is a period of its own",
			"Revenue was $412.6 million in the fourth quarter of 2025.\nRevenue was $1,534.2 million in 2025.\nRevenue was $130 million in March 2025.",
			[]string{
				"measure-value revenue (USD) = USD 412600000 @2025-10/2025-12",
				"measure-value revenue (USD) = USD 1534200000 @2025",
				"measure-value revenue (USD) = USD 130000000 @2025-03",
			}},
		{"the first count of a breakdown is a part",
			"Fifty-seven cases had no documented dose; three had received one dose; four had unknown status.\nMore than 190 people were on board; twelve were injured.\nThe party won 45 seats and lost ground in the north.",
			[]string{
				"measure-value count of people [aboard] = 190",
				"measure-value count of seat = 45",
			}},
		{"a participle before a counted noun says which kind is counted",
			"Officials reported 64 confirmed cases of measles.\nThe county found four linked cases.",
			[]string{
				"measure-value count of confirmed case = 64",
				"measure-value count of linked case = 4",
			}},
		{"a span of time is when a figure holds, not a figure of the measure",
			"Revenue for the three months to Dec. 31 rose 11.8 percent to $412.6 million from $368.9 million a year earlier.\nStaff told the exposed students to stay home for 21 days.",
			[]string{
				"measure-value revenue [3-month] (USD) = USD 412600000",
			}},
		{"a year before a work's noun and title is its release",
			"Rausch's 1959 film The Lighthouse Keeper's Daughter starred Hanne Vogt.\nIn 1959 film critics praised it.",
			[]string{
				"event-date release = 1959",
			}},
		{"an event phrase that starts with an ordinal",
			"Comet Ferrant was first observed by Lucia Ferrant at the Brera Observatory in 1846.",
			[]string{
				"event-date first-observation = 1846",
			}},
		{"a clause after \", when\" tells of the year before it",
			"It was the strongest quake since 1953, when a magnitude 7.1 tremor levelled the old town and killed more than 1,000 people.",
			[]string{
				"measure-value magnitude @earthquake = 7.1 @1953",
				"measure-value death toll = 1000 @1953",
			}},
		{"a marathon is a race on a day; a date of another year is not the named edition's",
			"The Marrowick Marathon was run on Sunday, April 27.\nRegistration for the 2026 Marrowick Marathon opens on June 1.",
			[]string{"event-date race = 2025-04-27"}},
		{"a sum after \"fined\" is a penalty",
			"U.S. District Judge Harriet Okafor also fined Lydia Marchetti $3.5 million.",
			[]string{"measure-value penalty (USD) [Harriet Okafor] = USD 3500000"}},
		{"those a quake killed are its death toll; a state after \"and left\" and a year after \", and\" are another clause's",
			"A quake near Ostica in October 2011 killed three people, and the 1952 Ostica earthquake, which killed 212, remains the deadliest.\nThe earthquake killed 231 people and left tens of thousands homeless.",
			[]string{
				"event-date earthquake = 2011-10",
				"measure-value death toll = 3 @2011-10",
				"measure-value death toll = 231",
			}},
		{"a prison term handed down is a measure of whom it was handed to; one asked for is none",
			"Judge Harriet Okafor sentenced Lydia Marchetti, the former chief executive, to 11 years in prison.\nProsecutors had asked for 17 years in prison.\nShe will serve three years of supervised release.\nMarchetti, 47, received a 12-year sentence.\nJurors convicted her on seven counts but acquitted her on two counts.",
			[]string{
				"measure-value prison sentence [Lydia Marchetti] = 11 year",
				"measure-value prison sentence [Marchetti] = 12 year",
				"measure-value count of count [convicted] = 7",
				"measure-value count of count [acquitted] = 2",
			}},
		{"what a participle with its agent makes is the noun it hangs on",
			"Tidewright 4.0 was released on April 14. Its users switched fast, according to figures published by the project on Monday.",
			[]string{
				"event-date release = 2025-04-14",
				"event-date release: figure = 2025-04-28",
			}},
		{"a body that voted decided; voters who voted took part in an election",
			"The Board of Regents voted on Thursday to raise tuition.\nTurnout rose from the 31.4 percent who voted four years ago.",
			[]string{
				"event-date decision = 2025-04-24",
			}},
		{"a turnout, a region's turnout, and a tally that finishes no event",
			"Turnout in the March 9 election was 63.1 percent.\nIn the province of Halvik, turnout reached 68.2 percent.\nIbarra finished with 48,311 votes.\nTurnout was 37.8 percent of registered voters.",
			[]string{
				"event-date election = 2025-03-09",
				"measure-value turnout = 63.1%",
				"measure-value turnout [in halvik] = 68.2%",
				"measure-value votes = 48311",
				"measure-value turnout = 37.8%",
			}},
		{"a place in one event of a championship is none; a turnout's place and kind",
			"Ana Reyes finished third in the heptathlon at the 2019 World Championships.\nTurnout in Halvik was 68.2 percent.\nTurnout in the 2016 referendum was 72.2 percent.\nAttendance was 60 percent higher than last year.\nIn the 2023 mayoral runoff, Ibarra received 61,200 votes.",
			[]string{
				"measure-value turnout [in halvik] = 68.2%",
				"measure-value turnout [referendum] = 72.2% @2016",
				"measure-value votes [mayoral runoff] = 61200 @2023",
			}},
		{"a clause that refers back to the sentence's year",
			"In 2015, the vote failed; at the time Westmarch had 16,200 students.\nIn 2015, the vote failed; Westmarch now has 19,400 students.",
			[]string{
				"event-date election = 2015",
				"measure-value count of student = 16200 @2015",
				"event-date election = 2015",
				"measure-value count of student = 19400",
			}},
		{"a figure in a clause about a day to come is of that time",
			"The new university will open on August 1, 2028, with about 31,000 students.\nWestmarch has 19,400 students.\nThe hearing is scheduled for March 3, 2026, and the union has 1,200 members.\nThe stadium, which holds 52,000 fans, will close on May 4, 2026.",
			[]string{
				"measure-value count of student = 31000 @2028",
				"measure-value count of student = 19400",
				"measure-value membership = 1200",
				"measure-value capacity = 52000",
			}},
		{"a count of two kinds joined by and counts neither alone",
			"Vantria is recalling 118,400 Kestrel SUVs and Arden estates.\nIn total 97,300 Kestrel SUVs and 21,100 Arden estates are affected.\nThe fleet has 48 trams and 30 ferries.\nThe city runs 52 trams and ferries.\nHalcyon operates a fleet of 46 aircraft and flies to 70 destinations.\nPolice arrested 12 people and seized weapons.\nThe chain has 300 stores and Smith said profits rose.",
			[]string{
				"measure-value count of kestrel suv and arden estate = 118400",
				"measure-value count of kestrel suv = 97300",
				"measure-value count of arden estate = 21100",
				"measure-value count of tram = 48",
				"measure-value count of ferry = 30",
				"measure-value count of tram and ferry = 52",
				"measure-value count of aircraft = 46",
				"measure-value count of destination = 70",
				"measure-value count of people = 12",
				"measure-value count of store = 300",
			}},
		{"a verb of purpose after a sum names what it paid for",
			"It cost £2.8 million to build and opened to the public in 2012.",
			[]string{
				"measure-value price @construction (GBP) = GBP 2800000",
			}},
		{"a noun before a plural noun says which kind is counted",
			"He scored 312 goals in 418 league appearances.",
			[]string{
				"measure-value count of goal = 312",
				"measure-value count of league appearance = 418",
			}},
		{"a figure for a part of the whole",
			"Youth unemployment in Sarn reached 19.7% in 2015.\nThe urban population of Sarn was 12,000.",
			[]string{
				"measure-value unemployment [youth in sarn] = 19.7% @2015",
				"measure-value population [urban] = 12000",
			}},
		{"a candidate's share of the vote",
			"Agnes Whitcombe of the Liberal Party won the by-election with 52.4% of the vote.\nWhitcombe took the seat at the 1974 by-election with 48.9% of the vote.",
			[]string{
				"measure-value share of vote [by-election] = 52.4%",
				"event-date election = 1974",
				"measure-value share of vote [by-election] = 48.9% @1974",
			}},
		{"what became of the people counted",
			"The jet was carrying 148 passengers.\nTwelve people received medical treatment.\nMore than 190 people were on board.\nTwo passengers remain in hospital.\nThe captain had about 9,800 flight hours.",
			[]string{
				"measure-value count of passenger = 148",
				"measure-value count of people [treated] = 12",
				"measure-value count of people [aboard] = 190",
				"measure-value count of passenger [still hospitalized] = 2",
				"measure-value count of flight hour = 9800",
			}},
		{"incorporation is not founding",
			"Marlow & Pike was founded in 1887 and incorporated in 1894.",
			[]string{
				"event-date founding = 1887",
				"event-date incorporation = 1894",
			}},
		{"the day a statement was made does not date the event it is about",
			"The Cedar Ridge Fire has killed 12 people, the county sheriff said on Thursday.\nThe blaze broke out on 4 August 2024, officials told reporters Friday.\nThe Cedar Ridge Fire was declared contained on Monday.",
			[]string{
				"measure-value death toll = 12",
				"event-date fire = 2024-08-04",
			}},
		{"an earlier period's figure and a quarter framed by the sentence's opening",
			"A year earlier, the company had reported revenue of $3.69 billion.\nFor the fourth quarter of 2024, Corvane expects revenue of $4.4 billion.",
			[]string{
				"measure-value revenue [earlier] (USD) = USD 3690000000",
				"measure-value revenue [fourth-quarter forecast] (USD) = USD 4400000000 @2024-10/2024-12",
			}},
		{"an opening clause with a figure of its own frames nothing",
			"Q3 revenue was $4.2 billion, and Q4 revenue reached $4.6 billion.",
			[]string{
				"measure-value revenue [q3] (USD) = USD 4200000000 @2024-07/2024-09",
				"measure-value revenue [q4] (USD) = USD 4600000000",
			}},
		{"a clause of its own after an estimate reports what happened",
			"Costs overran the original estimate of $900 million, and the total cost reached $1.2 billion.\nThe company expects revenue of $5 billion, and profit of $1 billion.",
			[]string{
				"measure-value price [forecast] (USD) = USD 900000000",
				"measure-value price (USD) = USD 1200000000",
				"measure-value revenue [forecast] (USD) = USD 5000000000",
				"measure-value profit [forecast] (USD) = USD 1000000000",
			}},
		{"a sum before an undertaking is its cost",
			"Halcyon, a $1.45 billion mission, is the agency's costliest project.\nThe $40 million renovation took two years.\nThe Halden Bridge, a $640 million crossing, carries four lanes.\nThe $690 million project opened on Monday.",
			[]string{
				"measure-value price (USD) = USD 1450000000",
				"rank costliest project in agency [Halcyon] = 1",
				"measure-value price (USD) = USD 40000000",
				"measure-value price (USD) = USD 640000000",
				"measure-value count of lane = 4",
				"measure-value price (USD) = USD 690000000",
			}},
		{"those trapped are a count of their own",
			"Rescuers reached the mine, where 17 miners were trapped after an explosion.\nTwo miners were killed in the blast.",
			[]string{"measure-value count of miner [trapped] = 17", "measure-value count of miner = 2"}},
		{"a breach detected or spotted is discovered",
			"Engineers first detected the intrusion on April 14, 2025.\nStaff spotted the intrusion on April 21, 2025.",
			[]string{"event-date discovery: intrusion = 2025-04-14", "event-date discovery: intrusion = 2025-04-21"}},
		{"a title set off after its holder opens with its body's name",
			`"We are ready," said Renata K. Oyelaran, VRTA Chief Executive Officer.`,
			[]string{"role-holder chief executive of vrta = Renata K. Oyelaran"}},
		{"a holder who took a role on lately, will serve in it, or holds two titles",
			"Renata Oyelaran, who took over as chief executive of the Veldmoor Transit Authority in March, spoke.\nDr. Marisol Hale will serve as president and chief executive officer of Calloway Health.\nTom Hale was named chief executive of Brightwell.",
			[]string{
				"role-holder chief executive of veldmoor transit authority = Renata Oyelaran",
				"role-holder president of calloway health = Marisol Hale",
				"role-holder chief executive of calloway health = Marisol Hale",
			}},
		{"a body led by a title and its holder is the title's scope",
			"The board, led by chairman Thomas Birke, says it looked at outside candidates.",
			[]string{"role-holder board chairman = Thomas Birke"}},
		{"a leader of a party or team, not of a country; a capital's name as a given name",
			"Expedition leader Sofia Lindqvist spoke. Vietnamese leader To Lam spoke. Senate majority leader John Thune spoke.\nSwedish climber Sofia Lindqvist reached the summit on October 16, 2025.",
			[]string{
				"role-holder leader of expedition = Sofia Lindqvist",
				"event-date ascent [Sofia Lindqvist] = 2025-10-16",
			}},
		{"an event word that qualifies a noun, is only hoped for, or is the next one dates nothing",
			"Skyreach signed the launch contract with Halcyon in 2022.\nIt hopes to launch eight missions this year.\nThe town will review traffic before the next launch, scheduled for late August.\nThe merger will cost 24 million euros.",
			[]string{
				"event-date signing = 2022",
				"measure-value count of mission = 8",
				"measure-value price @acquisition (EUR) = EUR 24000000",
			}},
		{"a title before another title's scope, or after a possessive",
			"\"We are proud,\" said Priya Raman, chief executive officer and co-founder of Brightwell.\nMichael Storrs, Brightwell's chief executive, said the company had not been looking for a buyer.\nBrightwell chief executive Michael Storrs declined to comment.",
			[]string{
				"role-holder chief executive of brightwell = Priya Raman",
				"role-holder chief executive of brightwell = Michael Storrs",
				"role-holder chief executive of brightwell = Michael Storrs",
			}},
		{"a price per unit",
			"Corvane will acquire Brightwell for $38.50 per share in cash.\nCorvane paid $36.50 in cash for each Brightwell share.\nAt $38.50 a share, the deal is rich.",
			[]string{
				"measure-value price per share (USD) = USD 38.5",
				"measure-value price per share (USD) = USD 36.5",
				"measure-value price per share (USD) = USD 38.5",
			}},
		{"a change in a count, a part of a whole, a measure word that modifies",
			"The Social Democrats lost 15 seats.\nThe count gave the Civic Union 58 of the 151 seats.\nThe company now keeps two price lists.",
			[]string{
				"measure-value count of seat = 58",
				"measure-value count of price list = 2",
			}},
		{"the figure a change started from",
			"The count gave the Civic Union 58 of the 151 seats in the National Assembly, up from 44 four years ago.\n" +
				"Its seats rose from 44 to 58 seats.\n" +
				"The workforce grew from 3,000 to more than 10,000.\n" +
				"Revenue was $4.6 billion, compared with $4.2 billion a year earlier.\n" +
				"The company employs 12,000 people, down from 14,500 in 2019.\n" +
				"The company employs 12,000 people and 30 engineers from 40 countries.",
			[]string{
				"measure-value count of seat = 58 (from 44)",
				"measure-value count of seat = 58 (from 44)",
				"measure-value employees = 10000 (from 3000)",
				"measure-value revenue (USD) = USD 4600000000 (from USD 4200000000)",
				"measure-value employees = 12000 (from 14500)",
				"measure-value employees = 12000",
				"measure-value count of engineer = 30",
				"measure-value count of country = 40",
			}},
		{"officers, degrees after a name, and the speaker after a verb",
			"\"It worked,\" said Rajiv Castellanos, M.D., Chief Medical Officer of Northmere.\nPaul Eberhardt, Northmere's chief medical officer, spoke.\nThe chief of Northmere is Ann Lee.\nAcme chief medical officer Jane Doe spoke.",
			[]string{
				"role-holder chief medical officer of northmere = Rajiv Castellanos",
				"role-holder chief medical officer of northmere = Paul Eberhardt",
				"role-holder head of northmere = Ann Lee",
				"role-holder chief medical officer of acme = Jane Doe",
			}},
		{"a price for a time, a floor, and a count of employees",
			"Northmere set the list price at $6,850 a month.\nThe list price works out to $82,200 a year.\nPatients pay as little as $5 per month.\nNorthmere employs about 2,300 people.\nRevenue was $4.6 billion, up from $4.2 billion a year earlier.",
			[]string{
				"measure-value price per month (USD) = USD 6850",
				"measure-value price per year (USD) = USD 82200",
				"measure-value price per month (USD) = USD 5",
				"measure-value employees = 2300",
				"measure-value revenue (USD) = USD 4600000000 (from USD 4200000000)",
			}},
		{"a date and an event word in another clause",
			"I have followed it since the readout last June, so here is what the approval means.\nThe FDA approved the drug on March 14, 2025.",
			[]string{"event-date approval = 2025-03-14"}},
		{"counts of homes and people in different states, and what was added to a tally",
			"Teams classified 1,870 homes as destroyed and approximately 6,400 homes as having major or minor damage.\n" +
				"About 210,000 people in zones A and B were under mandatory evacuation orders.\n" +
				"Shelter occupancy peaked at 9,300 people.\n" +
				"The campaign aims to reach 540,000 children.\n" +
				"Examiners attributed two more deaths to the hurricane.",
			[]string{
				"measure-value count of home [destroyed] = 1870",
				"measure-value count of home [damaged] = 6400",
				"measure-value count of people [evacuated] = 210000",
				"measure-value count of people [sheltered] = 9300",
				"measure-value count of children [forecast] = 540000",
			}},
		{"a local office's place at the start of the sentence, and a label",
			"In Port Avalon, where seawater surged, Mayor Diane Pruitt said the plant was running.\nPort Avalon mayor: Luis Ferrante\nIn Tokyo, Prime Minister Shigeru Ishiba spoke.",
			[]string{
				"role-holder mayor of port avalon = Diane Pruitt",
				"role-holder mayor of port avalon = Luis Ferrante",
			}},
		{"a date counted from an event is not the event's",
			"The White House approved a declaration for seven Florida counties on Sept. 13, 2025, two days after landfall.",
			[]string{
				"event-date approval = 2025-09-13",
				"measure-value count of florida county = 7",
			}},
		{"a life in brackets or between commas, honours, and a fact sheet's subject",
			"In 1940 she married the physicist Thomas Ashby (d. 1979); they had two children.\n" +
				"The plaque reads: Dame Elspeth Corrow DBE FRS, 1911–1987, crystallographer, was born here.\n" +
				"The institute was founded in 1952 by Margaret Hollis FRS (d. 1990).",
			[]string{
				"event-date death [Thomas Ashby] = 1979",
				"measure-value count of children = 2",
				"event-date birth [Elspeth Corrow] = 1911",
				"event-date death [Elspeth Corrow] = 1987",
				"event-date founding: institute = 1952",
				"event-date death [Margaret Hollis] = 1990",
			}},
		{"years between commas after no name are no life",
			"Maria Lopez led the club in its golden era, 1998–2004, when it grew fast.\nThe chief told an officer on Monday.",
			nil},
		{"a fact sheet's life events are its subject's",
			"Full name: Elspeth Marian Corrow\nBorn: 14 March 1912, Dunfermline, Fife, Scotland",
			[]string{"event-date birth [Elspeth Marian Corrow] = 1912-03-14"}},
		{"a court's sums, its verdict and a company's counsel",
			"The jury awarded $1.53 billion in damages on February 5, 2026.\nThe carriers are seeking $2.4 billion in damages.\nThe judge imposed $410 million in civil penalties.\nThe verdict came on February 4, 2026.\nPriya Ostrander, Corvane's general counsel, said the company would appeal.",
			[]string{
				"measure-value damages (USD) = USD 1530000000",
				"measure-value damages [forecast] (USD) = USD 2400000000",
				"measure-value penalty (USD) = USD 410000000",
				"event-date verdict = 2026-02-04",
				"role-holder general counsel of corvane = Priya Ostrander",
			}},
		{"a count joined to its noun by a hyphen",
			"The club will move into a 42,500-seat stadium in 2027.\nThe new 120-bed hospital opened in March.\nThe minister began a three-day visit to Hanoi.\nThe 151-member chamber met.",
			[]string{
				"measure-value capacity = 42500",
				"measure-value count of bed = 120 @2025-03",
				"measure-value count of member = 151",
			}},
		{"a figure of several parties together",
			"Together the two parties would command 79 seats.\nCombined, the two companies employ 20,000 people.\nThe two parties together hold 79 seats; the Civic Union holds 58 seats.\nTogether with the new wing, the building offers 9,900 square metres of exhibition space.\nThe agency brought together 3,860 scientists.",
			[]string{
				"measure-value count of seat [combined] = 79",
				"measure-value employees [combined] = 20000",
				"measure-value count of seat [combined] = 79",
				"measure-value count of seat = 58",
				"measure-value area = 9900 m2",
				"measure-value count of scientist = 3860",
			}},
		{"a title's holder set off by commas, with or without an honorific",
			"Halvren's chief medical officer, Lena Varga, told investors on Monday.\nHalvren's chief financial officer, Dr. Ian Reid, told investors on Monday.",
			[]string{
				"role-holder chief medical officer of halvren = Lena Varga",
				"role-holder chief financial officer of halvren = Ian Reid",
			}},
		{"a budget an approval adopted, with a word for which budget, and a rise that is no level",
			"The regents adopted a $2.14 billion operating budget for fiscal 2027.\nThe board approved a $2.41 billion operating budget for fiscal year 2027 and a 4.5 percent increase in tuition.",
			[]string{
				"measure-value budget [operating] (USD) = USD 2140000000 @2027",
				"measure-value budget [operating] (USD) = USD 2410000000 @2027",
			}},
		{"a share of one whole, and a party's share",
			"Researchers recovered 221 bones, accounting for about 65 percent of the skeleton.\nThe bones, which together make up about 56 percent of the skeleton, are in Pellworth.\nThe state pays 80 percent of the cost.\nTurnout reached 61.3 percent of the 4,218,000 registered voters.",
			[]string{
				"measure-value count of bone = 221",
				"measure-value share of skeleton = 65%",
				"measure-value share of skeleton = 56%",
				"measure-value turnout = 61.3%",
				"measure-value count of registered voter = 4218000",
			}},
		{"a count of the places something is at",
			"Escalators at two stations were out of service.\nThe line serves 16 stations.",
			[]string{
				"measure-value count of station [escalators at] = 2",
				"measure-value count of station = 16",
			}},
		{"a founding told by an opening participle",
			"Founded in 1998 and headquartered in Austin, Texas, Corvane Systems helps more than 20,000 organizations.",
			[]string{
				"event-date founding = 1998",
				"measure-value count of organization = 20000 @1998",
			}},
		{"an age that bounds a group is no one's age at death",
			"Two children have died, both under the age of five, according to health director Samuel Okafor.",
			[]string{
				"role-holder health director = Samuel Okafor",
				"measure-value count of children [Samuel Okafor] = 2",
			}},
		{"a turnout is no person's, and an election it is compared with does not qualify it",
			"Turnout reached 41.2%, up 6.5 percentage points from the last mayoral election.\nTurnout was 41.2 percent, when Mayor Thaddeus Quimby was re-elected.\nTurnout in the last mayoral election was 34.7 percent.",
			[]string{
				"measure-value turnout = 41.2%",
				"measure-value turnout = 41.2%",
				"measure-value turnout [previous mayoral] = 34.7%",
			}},
		{"a ship enters service once, and runs aground",
			"The Glen Corrach, which entered service in 1997, ran aground on 10 March 2026.",
			[]string{
				"event-date commissioning = 1997",
				"event-date accident = 2026-03-10",
			}},
		{"a reopening is neither the opening nor the closure it ends",
			"The Torvane Bridge reopened to traffic on Saturday, April 18, 2026, ending a closure of 19 months.",
			[]string{"event-date reopening = 2026-04-18"}},
		{"an event word in the possessive names what belongs to the event",
			"The Lennside festival's insurers were notified on 17 August 2025.",
			nil},
		{"a title without a scope is no claim",
			"President Trump spoke.",
			nil},
		{"a common noun before a title is its scope, of the story's subject",
			"Festival director Maren Holt spoke. He thanked club captain Ryan Mabey. The club's captain, Ryan Mabey, spoke.",
			[]string{
				"role-holder festival director = Maren Holt",
				"role-holder club captain = Ryan Mabey",
				"role-holder club captain = Ryan Mabey",
			}},
		{"the name before a title and its scope, set off by commas, holds it, not the employer after",
			"“Our team has earned this,” said Ingrid Valcke, Plant Manager, Norvale Ghent.",
			[]string{"role-holder manager of plant = Ingrid Valcke"}},
		{"particles inside a name are the name's",
			"“There are no words,” said Joachim van der Sloot, Chief Executive of Northlight Live.",
			[]string{"role-holder chief executive of northlight live = Joachim van der Sloot"}},
		{"a sporting director is no director of a body called Sporting, but the club's one sporting director",
			"Sporting director Hugo Brannigan deserves credit.",
			[]string{"role-holder sporting director = Hugo Brannigan"}},
		{"a study and a trial, or a team and a club, are one body as a title's scope",
			"Said the study's chief investigator, Professor Declan Moorcroft. The team's captain, Ryan Mabey, spoke.",
			[]string{
				"role-holder trial principal investigator = Declan Moorcroft",
				"role-holder club captain = Ryan Mabey",
			}},
		{"a noun before a title is no scope after a or former, nor before a capital title",
			"Former festival director Priya Castellan spoke. He thanked a club captain, Ryan Mabey. The race to replace Mayor Gordon Feld began. Several Premier Division clubs called. It was, said director Annelies de Broek, a joy. Outgoing mayor Tom Hale spoke.",
			nil},
		{"a year set off after a sentence's subject is the period of each figure after it",
			"The last outbreak, in 2023, infected 37 people, and led to exclusions at two schools.\nIn 2019, it infected 12 people and kept four schools shut.",
			[]string{
				"measure-value count of people [infected] = 37 @2023",
				"measure-value count of school [exclusions at] = 2 @2023",
				"measure-value count of people [infected] = 12 @2019",
				"measure-value count of school = 4 @2019",
			}},
		{"a date between an event and the verb after it is the event's",
			"A quake near the town of Ostica in October 2011 killed three people.",
			[]string{
				"event-date earthquake = 2011-10",
				"measure-value death toll = 3 @2011-10",
			}},
		{"a share of a group in a place that is named says which place; in one that is not, it is the story's",
			"About 60 percent of homes in the district are built of stone.\nAbout 62% of buildings in Hollam were damaged.",
			[]string{
				"measure-value share of home @construction = 60%",
				"measure-value share of building in hollam = 62%",
			}},
		{"a rank set off after its party, and where it holds",
			"Vessaria's Orvana Province was hit.\nThe quake hit Marrelin, the province's second-largest city, at dawn.\nMarrelin, the second-largest city in Orvana Province and the fifth-largest in Vessaria, fared better.",
			[]string{
				"rank largest city in orvana province [Marrelin] = 2",
				"rank largest city in orvana province [Marrelin] = 2",
			}},
		{"a place in the possessive before a rank is where it holds, not who holds it",
			"Japan is Vietnam's third-largest investor.",
			[]string{"rank largest investor in vietnam [Japan] = 3"}},
		{"words set off between a measure and its figure belong to the measure's subject",
			"The project's final cost, confirmed by the transit authority this week, is $1.36 billion.\nThe project's final cost, approved by the council last month, is $18.4 million.",
			[]string{
				"measure-value price (USD) = USD 1360000000",
				"event-date approval = 2025-03",
				"measure-value price (USD) = USD 18400000",
			}},
		{"a sentence opening with \"That\" and a noun is about the year of the sentence before",
			"Holloway last renovated the library in 1994.\nThat renovation, which took 14 months, cost $2.1 million.",
			[]string{"measure-value price (USD) = USD 2100000 @1994"}},
		{"a body's kind written with a capital is part of a formal title",
			"He said City Clerk Daniel Reyes counted. County Health Officer Dr. Helen Okafor spoke.",
			[]string{
				"role-holder city clerk = Daniel Reyes",
				"role-holder county health officer = Helen Okafor",
			}},
		{"a holder set off before a title and its scope",
			"\"It is not over,\" Dr. Priya Nandakumar, the county's health officer, said.\n\"Stay home,\" said Dr. Priya Nandakumar, Harrow County Health Officer.",
			[]string{
				"role-holder health officer of harrow county = Priya Nandakumar",
				"role-holder health officer of harrow county = Priya Nandakumar",
			}},
		{"a body's kind is the body the story names, if it names one",
			"Harrow County Public Health said so.\nDr. Priya Nandakumar, the county's health officer, said.\nThe city's clerk, Ann Ode, said. Ashford City Council and Millbrook City Council met.",
			[]string{
				"role-holder health officer of harrow county = Priya Nandakumar",
				"role-holder city clerk = Ann Ode",
			}},
		{"a cabinet title without a country is the country's where the story names none",
			"Transport Minister Margaret Olowe cut the ribbon.\nThe club plays in the Premier Division.",
			[]string{"role-holder transport minister = Margaret Olowe"}},
		{"a cabinet title without a country is no claim where the story names countries",
			"Transport Minister Margaret Olowe met Japanese officials.",
			nil},
		{"the first of something named in quotes",
			`Japan and Vietnam will hold their first "two-plus-two" dialogue this year.`,
			[]string{"first-occurrence two plus two = 2025"}},
		{"a figure, its period and the figure a change implies",
			"Bilateral trade hit $46.2 billion in 2024, up 2.7% from 2023.",
			[]string{
				"measure-value trade (USD) = USD 46200000000 @2024",
				"measure-value change in trade = 2.7% @from 2023",
				"measure-value trade (USD) = 4.498539435248296e+10 @2023 (implied)",
			}},
		{"a stated change of the figure before it, and a fiscal year before the measure",
			"The company reported full-year fiscal 2024 revenue of $4.3 billion, up 12% from fiscal 2023.",
			[]string{
				"measure-value revenue (USD) = USD 4300000000 @2024",
				"measure-value change in revenue = 12% @from 2023",
				"measure-value revenue (USD) = 3.839285714285714e+09 @2023 (implied)",
			}},
		{"the two countries points back; three monks is a number",
			"The two countries agreed. The recipe is known to the three monks who prepare it.",
			[]string{"measure-value count of monk = 3"}},
		{"a part and a threshold are not figures",
			"We had 12,150 employees, of whom about 5,400 were abroad.\nThere were 48 aftershocks, and more of magnitude 4 or above.\nA magnitude 6.5 or larger quake is likely.",
			[]string{"measure-value employees = 12150", "measure-value count of aftershock = 48"}},
		{"a part that no one holds is no claim",
			"By then 41 of the 64 acts on the bill had played.\nThe count gave the Civic Union 58 of the 151 seats.",
			[]string{"measure-value count of seat = 58"}},
		{"a site's staff are not the company's",
			"Brightfold employs 212 people at its lakeside campus.\nBrightfold employs 640 people in 2025.\nOrvialey employs 21,500 workers at sites across the region.",
			[]string{"measure-value employees [at lakeside campus] = 212", "measure-value employees = 640 @2025", "measure-value employees = 21500"}},
		{"a deal's worth and value are the price of what is bought",
			"Kestrel will buy Brightfold Software, its longtime rival from Lake Tamsin, in a deal worth $372 million.\nKestrel will acquire Brightfold Software in an all-cash deal that values its smaller rival at $312 million.",
			[]string{"measure-value price (USD) = USD 372000000", "measure-value price (USD) = USD 312000000"}},
		{"a likely figure is a forecast",
			"Organisers put the likely cost of the repairs at £2.47 million.",
			[]string{"measure-value price [forecast] (GBP) = GBP 2470000"}},
		{"a clause after a colon reports what happened",
			"The price is higher and the target is bigger: Brightfold's revenue rose to $88.4 million in 2025.",
			[]string{"measure-value revenue (USD) = USD 88400000 @2025"}},
		{"a quarter's figure and a forecast keep their words",
			"Fourth-quarter revenue was $1.16 billion. We expect revenue of $4.4 billion.",
			[]string{"measure-value revenue [fourth-quarter] (USD) = USD 1160000000", "measure-value revenue [forecast] (USD) = USD 4400000000"}},
		{"a share of a group, with where",
			"An engineering survey found that 62% of buildings in Hollam had been damaged.",
			[]string{"measure-value share of building in hollam = 62%"}},
		{"money from a named giver; an other giver is another measure",
			"The European Union pledged €45 million in emergency aid, and the World Bank said it would provide $120 million for shelter.",
			[]string{"measure-value aid (EUR) = EUR 45000000", "measure-value money from world bank (USD) = USD 120000000"}},
		{"a side subject's figure names it",
			"Rival Rennick Controls last week reported 2024 revenue of $2.8 billion.",
			[]string{"measure-value revenue (USD) = USD 2800000000 @2024"}},
		{"a rank names who holds it",
			"Japan ranks as the third-largest investor in Vietnam. It is the fourth-largest trading partner.",
			// A country is no thing "It" refers to: the second rank is
			// the document's subject's.
			[]string{"rank largest investor in vietnam [Japan] = 3", "rank largest trading partner = 4"}},
		{"a superlative said of the sentence's subject",
			"St Aldric's, founded in 1887, is now the region's second-largest hospital.\nThe Saltings Stadium opens this summer, which will make it the third-biggest club stadium in England.\nAt 7.8 metres long, it is the second-largest horned dinosaur known to science.\nThe company, the third-largest provider of encrypted backup in Europe, grew.\nIt was the 11th flight of the Ardent.",
			[]string{"event-date founding = 1887", "rank largest hospital in region [St Aldric] = 2", "rank largest club stadium in england [Saltings Stadium] = 3", "measure-value length = 7.8 m", "rank largest horned dinosaur = 2", "rank largest provider of encrypted backup in europe = 3"}},
		{"what follows a rank's noun after \"after\" is no part of it",
			"Halden is the busiest airport. Kestrel Bay is the second-busiest airport after Halden.",
			[]string{"rank busiest airport [Halden] = 1", "rank busiest airport [Kestrel Bay] = 2"}},
		{"a lifespan gives a birth and a death",
			"Karl Weyprecht (8 September 1838 – 2 March 1881) was an explorer.",
			[]string{"event-date birth [Karl Weyprecht] = 1838-09-08", "event-date death [Karl Weyprecht] = 1881-03-02"}},
		{"a conversion that does not convert",
			"The pistols are of one inch bore (26.5mm).",
			[]string{"measure-value length of bore = 1 in", "measure-value length of bore = 26.5 mm", "conversion 1 in one inch = 1 in", "conversion 1 in one inch = 26.5 mm"}},
		{"a length measures the noun after it, or what that noun is of",
			"Crews could direct 5-metre (16 ft) plumes of flame.\nThe wall is 3 m thick, and a 5 km race starts here.",
			[]string{"measure-value length of flame = 5 m", "measure-value length of flame = 16 ft", "measure-value thickness = 3 m"}},
		{"a role after a possessive, held in a year, with its holder set off",
			"Harbor United's head coach in 2015, Ian Reid, resigned.",
			[]string{"role-holder manager of harbor united = Ian Reid @2015", "event-date resignation [Ian Reid] = 2015"}},
		{"a holder before 'served as' or 'is', and none in the past at no stated time",
			"Jonah Vell served as mayor of Ashby from 1990 to 1994.\nAnn Pruitt is the mayor of Ashby.\nTom Reed was mayor of Ashby.",
			[]string{"role-holder mayor of ashby = Jonah Vell @1990/1994", "role-holder mayor of ashby = Ann Pruitt"}},
		{"a role's holder and term stay in their clause",
			"Edda Lorne was president of the Tawe Society from 1970 to 1974; the current president is Ruth Gale.",
			[]string{"role-holder president of tawe society = Edda Lorne @1970/1974"}},
		{"a one-word name that is born is a person",
			"Vell was born in Leeds in 1950.",
			[]string{"event-date birth [Vell] = 1950"}},
		{"a chart position: its peak and its debut are two facts",
			"The single Blue Hour peaked at number 5 on the Billboard Hot 100.\nBlue Hour debuted at No. 12 on the UK Singles Chart, and number 3 was its best.",
			[]string{"rank peak position on billboard hot 100 [Blue Hour] = 5", "rank debut position on uk singles chart [Blue Hour] = 12"}},
		{"a count of a named kind of thing",
			"Mara Quist won three Grammy Awards and two Beatles songs.\nThe film Grey Harbour grossed $50 million.",
			[]string{"measure-value count of grammy award = 3", "measure-value count of beatles song = 2", "measure-value box office (USD) = USD 50000000"}},
		{"a count after a verb of release counts what it counts; after a killing, the dead",
			"The series aired 52 episodes.\nThe storm killed 12 people.",
			[]string{"measure-value count of episode = 52", "measure-value death toll = 12"}},
		{"a conversion that does",
			"The town is about 43 miles (69 km) northeast of Berlin.",
			[]string{"measure-value distance from berlin = 43 mi", "measure-value distance from berlin = 69 km"}},
		{"a conversion of a figure that makes no claim is none either",
			"It has four basement levels, and at 187 metres (614 ft) it was the tallest.",
			[]string{"measure-value count of basement level = 4"}},
		{"a wrong weekday; an opening of nothing named is no event claim",
			"It opened on Monday, April 29, 2025.",
			[]string{"weekday-date Monday = 2025-04-29"}},
		{"what is released is the sentence's subject, even far from the verb",
			"Vault 3.2, the latest major release, became generally available on March 25, 2025.",
			[]string{"event-date release = 2025-03-25"}},
		{"a founding is told apart by what is founded, not by its founders",
			"Tidewell was founded in 2014 in Gothenburg by Jonas Lindqvist and Priya Nair.",
			[]string{"event-date founding = 2014"}},
		{"a year that names an event is not its date",
			"The 2025 annual meeting will be held on Thursday, May 15, 2025.",
			[]string{"event-date annual-meeting = 2025-05-15"}},
		{"an event word dates only its nearest date",
			"HMS Royal George was laid down in 1746 but was unfinished when the war ended in 1748.",
			[]string{"event-date construction = 1746"}},
		{"events that happen to a thing once; an unnamed thing's are its noun's",
			"The Alder Hotel was demolished in 1975.\nThe Lanterns broke up in 2001.\nThe frigate Tamsin was decommissioned on 4 May 1946.\nThe annex was demolished in 1980.",
			[]string{"event-date demolition = 1975", "event-date dissolution = 2001", "event-date decommissioning = 1946-05-04", "event-date demolition: annex = 1980"}},
		{"a share of the vote is its winner's",
			"In the general election, the Harbour Party (HP) received 41.2% (44% with its allies).\nIn the election Dr. Mara Quist won 52% of the vote.",
			[]string{"measure-value share of vote [general] = 41.2%", "measure-value share of vote [Mara Quist] = 52%"}},
		{"a share of the vote is one election's, or one round's",
			"In the first round of the 2022 presidential election, Dr. Lena Moravec received 38.2% of the vote.\nIn the runoff of the presidential election on 8 May 2022, Dr. Lena Moravec received 51.4%.",
			[]string{"measure-value share of vote [first-round presidential] [Lena Moravec] = 38.2% @2022", "event-date election [Lena Moravec] = 2022-05-08", "measure-value share of vote [runoff presidential] [Lena Moravec] = 51.4% @2022"}},
		{"a parent named with a possessive",
			"Ruth Ames's mother, Clara Ames, ran the farm.",
			[]string{"role-holder mother of ruth ames = Clara Ames"}},
		{"his or her father is the document's subject's, when the family name is theirs",
			"John Henry Vell was tried in Ohio.\nThey buried him next to his father, Paul Vell, at Ironton.\nKoop said that his father, Edgar Lund, knew Vell.",
			[]string{"role-holder father of john henry vell = Paul Vell"}},
		{"an age counts no members",
			"The club has only a handful of members above the age of twenty, and 40 members aged 16 or 17.",
			[]string{"measure-value membership = 40"}},
		{"the age someone died at",
			"Dr. Jonah Vell died in London in 2001 at the age of 51.",
			[]string{"event-date death [Jonah Vell] = 2001", "measure-value age at death [Jonah Vell] = 51"}},
		{"a date takes the nearest event word no other date is nearer",
			"The pier was renamed the Harbor Point Memorial Pier on June 2, 1991, following a May 14, 1991 council vote.",
			[]string{"event-date renaming = 1991-06-02", "event-date election = 1991-05-14"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(tt.text, pub) {
				got = append(got, describe(c))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("claims of %q:\n%s\nwant:\n%s", tt.text, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestEventReferredBack: a date in a sentence with no event word takes the
// event the next sentence refers back to.
func TestEventReferredBack(t *testing.T) {
	text := "Japan and Vietnam locked horns on Monday, agreeing to a framework.\n" +
		"In a joint presser following their Hanoi sit-down, Japan's Prime Minister Shigeru Ishiba and Vietnam's Pham Minh Chinh spoke."
	var got []string
	for _, c := range extract(text, &recognize.Civil{Year: 2025, Month: 4, Day: 28}) {
		if c.Kind == rules.KindEventDate {
			got = append(got, describe(c))
		}
	}
	want := "event-date meeting [Shigeru Ishiba, Pham Minh Chinh] = 2025-04-28"
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPeople: one person however the text writes the name.
func TestPeople(t *testing.T) {
	text := "Japanese Prime Minister Shigeru Ishiba arrived.\nJapan's PM Ishiba spoke.\nIshiba left."
	doc := &Doc{Text: text}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		end := start + len(strings.TrimRight(line, "\n"))
		doc.Units = append(doc.Units, Unit{Start: start, End: end})
		doc.Values = append(doc.Values, nil)
		start += len(line)
	}
	var got []string
	for _, p := range lexicon.People(doc) {
		got = append(got, p.Span.Text+"="+p.Name.Key)
	}
	want := "Shigeru Ishiba=shigeru ishiba|Ishiba=shigeru ishiba|Ishiba=shigeru ishiba"
	if strings.Join(got, "|") != want {
		t.Errorf("people = %s, want %s", strings.Join(got, "|"), want)
	}
}

func TestQualifiedTitle(t *testing.T) {
	// The court before a judge's title is no part of the judge's name.
	for _, tc := range []struct{ text, want string }{
		{"U.S. District Judge Harriet Okafor fined Marchetti $3.5 million.", "Harriet Okafor=harriet okafor"},
		{"Harwick County Superior Court Judge Howard Lindqvist signed the order.", "Howard Lindqvist=howard lindqvist"},
	} {
		doc := &Doc{Text: tc.text, Units: []Unit{{Start: 0, End: len(tc.text)}}, Values: [][]recognize.Value{recognize.Find(tc.text, recognize.Options{})}}
		var got []string
		for _, p := range lexicon.People(doc) {
			got = append(got, p.Span.Text+"="+p.Name.Key)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("people of %q = %s, want %s", tc.text, strings.Join(got, "|"), tc.want)
		}
	}
}

func TestNameWithSuffix(t *testing.T) {
	for _, text := range []string{
		"The pier was renamed the Oren B. Hale Jr. Memorial Pier in 1991.",
		"The pier was renamed the Oren B. Hale, Jr. Memorial Pier in 1991.",
	} {
		cl := extract(text, nil)
		if len(cl) != 1 || strings.Join(cl[0].Things, "|") != "oren b hale jr memorial pier" {
			t.Errorf("claims of %q: %v, want one naming oren b hale jr memorial pier", text, cl)
		}
	}
}

func TestEventPlace(t *testing.T) {
	tests := []struct {
		text, place string
		local       bool
	}{
		{"Rovers won the Tall Cup final against Wanderers in Orvardane on 31 July 2024.", "Orvardane", true},
		{"The final was played in Asharwyn on Sunday, August 17, 2025, and Rovers won it.", "Asharwyn", true},
		{"Tidewell was founded in 2014 in Gothenburg by two engineers.", "Gothenburg", true},
		{"Their Hanoi summit took place on April 28, 2025.", "Hanoi", false},      // a capital stands for its country
		{"Rovers won the final on 31 July 2024.", "", false},                      // the winner is no place
		{"Founded in 1998 and headquartered in Austin, Corvane grew.", "", false}, // the headquarters' place
		{"The new wing of the Osoland Museum opened on Friday, September 19, 2025.", "", false},
	}
	for _, tt := range tests {
		cl := extract(tt.text, nil)
		if len(cl) == 0 {
			t.Errorf("%q: no claim", tt.text)
			continue
		}
		if cl[0].Place != tt.place || cl[0].Local != tt.local {
			t.Errorf("%q: place %q (local %v), want %q (local %v)", tt.text, cl[0].Place, cl[0].Local, tt.place, tt.local)
		}
	}
}

func TestWeekdayWithoutYear(t *testing.T) {
	// With no year and no publication date, no year is known to check
	// "Tuesday, June 3" against.
	for _, c := range extract("The transaction closed on Tuesday, June 3.", nil) {
		if c.Kind == rules.KindWeekdayDate {
			t.Errorf("weekday claim %+v for a date without a year", c)
		}
	}
}

func TestItRefersBack(t *testing.T) {
	tests := []struct {
		text  string
		thing string // the thing the last claim is about; "" for no claim
	}{
		{"Halcyon is a sample-return mission of the Pacific Space Agency.\nIt was launched on 14 March 2024 aboard a Hoshi-3 rocket.", "halcyon"},
		{"Halcyon is a sample-return mission.\nIt carries two solar arrays.\nIt was launched on 14 March 2024.", "halcyon"},
		{"The Orla Bridge is the longest in the region.\nIts main span is 1,104 metres long.", "orla bridge"},
		{"Museum Vreeland is an art museum in Utrecht.\nFounded in 1887, it is one of the oldest in the country.", "museum vreeland"},
		// "The museum" is the one museum the document names.
		{"Museum Vreeland reopened on Saturday.\nSome background: the museum was founded in 1878.", "museum vreeland"},
		{"Museum Vreeland reopened.\nFounded in 1887 by a merchant, the museum holds many works.", "museum vreeland"},
		{"Museum Vreeland and the Centraal Museum reopened.\nThe museum was founded in 1878.", ""},
		// A name with words left out is the same name; a head word
		// before another heads nothing.
		{"The Calder Ship Canal was closed.\nThe Calder Canal Authority said so.\nThe Calder Canal may reopen.\nThe canal, which opened in 1911, is busy.", "calder ship canal"},
		// A figure takes its subject the same ways a date does.
		{"Museum Vreeland reopened on Saturday.\nIn 2019 the museum received 387,000 visitors.", "museum vreeland"},
		// "It" does not reach into another paragraph.
		{"Halcyon is a sample-return mission.\n\nIt was launched on 14 March 2024.", ""},
		// Nor past a sentence about something else.
		{"Halcyon is a sample-return mission.\nThe agency was reorganized.\nIt was launched on 14 March 2024.", ""},
	}
	for _, tt := range tests {
		cl := extract(tt.text, nil)
		var got string
		if len(cl) > 0 {
			got = strings.Join(cl[len(cl)-1].Things, ",")
			if got == "" {
				got = "(nothing)"
			}
		}
		if got != tt.thing {
			t.Errorf("%q: last claim about %q, want %q", tt.text, got, tt.thing)
		}
	}
}

func TestDatelineIsNoSubject(t *testing.T) {
	pub := &recognize.Civil{Year: 2025, Month: 10, Day: 6}
	text := "MARSK, Oct 6 (CPW) — A powerful earthquake struck the province before dawn on Monday, killing at least 380 people."
	var events []Claim
	for _, c := range extract(text, pub) {
		if c.Kind == rules.KindEventDate {
			events = append(events, c)
		}
	}
	if len(events) != 1 || events[0].About != "" || events[0].Value.Norm != "2025-10-06" {
		t.Errorf("event claims %+v, want one dating the quake 2025-10-06, about nothing named", events)
	}
}

// TestCapitalDatelineOpensSentence: after a dateline in capitals, the
// first word has its capital from its position and names nothing.
func TestCapitalDatelineOpensSentence(t *testing.T) {
	pub := &recognize.Civil{Year: 2026, Month: 3, Day: 25}
	text := "VELTRIN — Lawmakers on Tuesday voted for a fund for the province devastated by the earthquake of Friday, March 13, which killed 231 people."
	for _, c := range extract(text, pub) {
		if len(c.Things) > 0 || c.About != "" {
			t.Errorf("claim %s about %q, things %v; want none named", describe(c), c.About, c.Things)
		}
	}
}

// TestLongDatelineOpensSentence: a dateline with a state and an agency
// is longer than most; "Rescue crews" after it names nothing.
func TestLongDatelineOpensSentence(t *testing.T) {
	text := "ASHBY GAP, W.Va., March 12, 2026 (Meridian Press) — Rescue crews on Thursday pushed into the mine."
	doc := &Doc{Text: text, Units: []Unit{{Start: 0, End: len(text)}}, Values: [][]recognize.Value{recognize.Find(text, recognize.Options{})}}
	x := lexicon.prepare(doc)
	defer x.release()
	for _, c := range x.units[0].chunks {
		if c.kind == cName && c.key == "rescue" {
			t.Errorf("chunk %q is a name; want a word", x.units[0].chunkText(c))
		}
	}
}

// TestPlaceOfVerb: a count the verb after it puts in a place is that
// place's part of a toll.
func TestPlaceOfVerb(t *testing.T) {
	for text, want := range map[string]string{
		"Eleven people died in Marrelin, the province's second-largest city.": "death toll [in marrelin]",
		"Eleven people died in the collapse.":                                 "death toll",
		"The quake killed 213 people in the province.":                        "death toll",
	} {
		cl := slices.DeleteFunc(extract(text, nil), func(c Claim) bool { return c.Kind != rules.KindMeasure })
		if len(cl) != 1 || cl[0].Class != want {
			t.Errorf("%q: claims %+v, want one of class %q", text, cl, want)
		}
	}
}

// TestFigureScope: what a figure is of, from the words around it.
func TestFigureScope(t *testing.T) {
	for text, want := range map[string]string{
		// An increment is no total.
		"Vestavind also holds purchase rights on a further 10 aircraft.": "",
		// What a change to come will bring is not what holds now.
		"The scheme will raise the ground's capacity to 41,250.": "measure-value capacity [forecast] = 41250",
		"The ground's capacity is 41,250.":                       "measure-value capacity = 41250",
		// A year after a relative clause's words dates the figure.
		"The fee eclipses the £21 million Rovers paid for midfielder Callum Ashdown in 2019.": "measure-value price (GBP) = GBP 21000000 @2019",
	} {
		var got []string
		for _, c := range extract(text, nil) {
			if c.Kind == rules.KindMeasure {
				got = append(got, describe(c))
			}
		}
		if strings.Join(got, "; ") != want {
			t.Errorf("%q: measures %q, want %q", text, got, want)
		}
	}
}

// TestFinalTally: a tally the text calls final is marked so.
func TestFinalTally(t *testing.T) {
	for text, want := range map[string]bool{
		"The quake killed 213 people, according to the Interior Ministry's final count.": true,
		"231 deaths is the final toll.":                                     true,
		"The final death toll stood at 231.":                                true,
		"The quake killed 213 people, the ministry said in its final days.": false,
		"The quake killed 213 people.":                                      false,
	} {
		cl := slices.DeleteFunc(extract(text, nil), func(c Claim) bool { return c.Kind != rules.KindMeasure })
		if len(cl) != 1 || cl[0].Final != want {
			t.Errorf("%q: claims %+v, want one with Final %v", text, cl, want)
		}
	}
}

// TestTollOfNoObjectEvent: a completion or an opening has no death toll;
// the toll near one is the disaster's.
func TestTollOfNoObjectEvent(t *testing.T) {
	cl := extract("231 deaths is the final toll, following the completion of searches in all 64 settlements.", nil)
	if len(cl) == 0 || cl[0].Class != "death toll" {
		t.Errorf("claims %+v, want first the death toll of no event", cl)
	}
}

// TestPlaceDatelineIsNoSubject: a dateline that gives only a place in
// capitals is not what the sentence is about.
func TestPlaceDatelineIsNoSubject(t *testing.T) {
	pub := &recognize.Civil{Year: 2026, Month: 4, Day: 1}
	cl := extract("BRENNERTON — Harrowgate Health today announced the new Tarn Clinic.", pub)
	if len(cl) != 1 || cl[0].About != "Harrowgate Health" {
		t.Errorf("claims %+v, want one about Harrowgate Health", cl)
	}
}

// TestEventAgent: the kind of party that approved, from the subject or
// after "by"; none for a name.
func TestEventAgent(t *testing.T) {
	for text, want := range map[string]string{
		"The boards of both hospitals approved the agreement on September 15, 2025.":                "board",
		"The deal cleared on March 12, 2026, when the state attorney general's office approved it.": "office",
		"The plan was approved by the city council on May 2, 2025.":                                 "council",
		"Regulators formally approved the deal on May 2, 2025.":                                     "regulator",
		"Harrowgate Health approved the deal on May 2, 2025.":                                       "",
		// An announcement of a thing the class names ("announcement: plan").
		"The city council announced the plan on March 3, 2025.": "council",
	} {
		cl := extract(text, nil)
		if len(cl) != 1 || cl[0].Agent != want {
			t.Errorf("%s: claims %+v, want one whose agent is %q", text, cl, want)
		}
	}
}

// TestDatelineIsNoTopic: the place and agency of a dateline are not what
// the story is about.
func TestDatelineIsNoTopic(t *testing.T) {
	pub := &recognize.Civil{Year: 2026, Month: 3, Day: 18}
	text := "ALDOUS CROSSING, March 18, 2026 (Continental News Service) — A museum opened in the Carrock Basin in 2019."
	cl := extract(text, pub)
	if len(cl) == 0 || strings.Join(cl[0].Topic, "|") != "carrock basin" {
		t.Errorf("claims %+v, want the topic carrock basin alone", cl)
	}
}

func TestLabelLineThings(t *testing.T) {
	// The titles after the figure are examples, not what is counted.
	cl := extract("Live albums\t2; Live albums - Harrow Night, Live at Fenwick Hall", nil)
	if len(cl) != 1 || cl[0].Class != "count of live album" || len(cl[0].Things) != 0 {
		t.Errorf("claims = %+v, want one count of live album naming no thing", cl)
	}
}

func TestSaintInName(t *testing.T) {
	cl := extract("St. Bridget's Hospital was founded in 1908.", nil)
	if len(cl) != 1 || strings.Join(cl[0].Things, "|") != "st bridget" {
		t.Errorf("claims = %+v, want one about st bridget", cl)
	}
}

// TestNoThingNamed: words written with a capital that name nothing a
// claim is about: an adjective ("Liberian-flagged", "Danish-Irish"), a
// quantity opening a sentence ("Thousands"), the story's own parliament,
// and a statistics office that only counted.
func TestNoThingNamed(t *testing.T) {
	for text, not := range map[string]string{
		"A Liberian-flagged bulk carrier ran aground on Feb. 3, 2026.":                                "liberian-flagged",
		"The Danish-Irish project comprises 75 turbines.":                                             "danish-irish",
		"Thousands of employers lost payroll when fire hit the Quillon data centre on March 3, 2026.": "thousands",
		"Parliament's $2.1 billion reconstruction fund was approved in March.":                        "",
		"Statistics Moravane counted 11,280,455 households.":                                          "",
		// A word in -ing that only opens a sentence is no name.
		"Building work at the Ashia Museum cost $193 million in 2023.":   "building",
		"Rising costs pushed the Ashia Museum's budget to $193 million.": "rising",
	} {
		cl := extract(text, nil)
		if len(cl) != 1 || not == "" && len(cl[0].Things) != 0 || slices.Contains(cl[0].Things, not) {
			t.Errorf("%q: claims %+v, want one naming no %q", text, cl, not)
		}
	}
}

func TestEventSubject(t *testing.T) {
	for _, tc := range []struct {
		text, date, want string
	}{
		// Of two hospitals, "the hospital" is the one just named.
		{"Kellan Hospital opened in 2020.\nHarbour Hospital treats children.\nThe hospital was renamed in 2022.", "2022", "harbour hospital"},
		// Named only after, it is not known yet.
		{"The hospital was renamed in 2022.\nKellan Hospital and Harbour Hospital treat children.", "2022", ""},
		// A relative clause is about the name it hangs on.
		{"Nurses at the new Kellan Hospital, which opened in 2024, said the wards were full.", "2024", "kellan hospital"},
		{"Kellan Hospital treats children.\nMost were sent to the hospital, which was opened in 2024.", "2024", "kellan hospital"},
		// So is a phrase set off after the noun that opens the sentence.
		{"The Torvane Bridge reopened on Saturday.\nThe bridge, nearly 3,900 feet long and opened in 1968, had been closed.", "1968", "torvane bridge"},
		{"The Torvane Bridge reopened on Saturday.\nThe bridge, long in need of repair, said engineers, opened in 1968.", "1968", ""},
	} {
		var got []string
		found := false
		for _, c := range extract(tc.text, nil) {
			if c.Kind == rules.KindEventDate && c.Value.Norm == tc.date {
				got, found = c.Things, true
			}
		}
		if want := tc.want; strings.Join(got, ",") != want || want != "" && !found {
			t.Errorf("%q: the %s event is about %q, want %q", tc.text, tc.date, got, want)
		}
	}
}

func TestThatMonthTakesTheYearBefore(t *testing.T) {
	pub := &recognize.Civil{Year: 2026, Month: 4, Day: 20}
	for _, tc := range []struct{ text, want string }{
		{"Inspectors found cracks in the summer of 2024, and the Orla Bridge was closed that September.", "2024-09"},
		{"Inspectors found cracks in 2024.\nThe Orla Bridge was closed that September.", "2024-09"},
		// Without "that", or with no year before it, the month is the
		// last one before the story.
		{"Inspectors found cracks in 2024.\nThe Orla Bridge was closed in September.", "2025-09"},
		{"The Orla Bridge was closed that September.", "2025-09"},
		// Another paragraph's year is not referred to.
		{"Inspectors found cracks in 2024.\n\nThe Orla Bridge was closed that September.", "2025-09"},
		// A sentence that opens with its year gives it to its dates.
		{"In 2019 high winds forced the Orla Bridge to be closed on Saturday 10 August.", "2019-08-10"},
	} {
		var got []string
		for _, c := range extract(tc.text, pub) {
			if c.Kind == rules.KindEventDate && c.Class == "closing" {
				got = append(got, c.Value.Norm)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: closing dated %q, want %s", tc.text, got, tc.want)
		}
	}
}

func TestWeekdayInTheSentencesYear(t *testing.T) {
	pub := &recognize.Civil{Year: 2025, Month: 8, Day: 18}
	// 10 August 2019 was a Saturday; 10 August 2025 a Sunday.
	for _, tc := range []struct {
		text string
		want int
	}{
		{"In 2019 high winds forced the main stage to close early on Saturday 10 August.", 0},
		{"High winds forced the main stage to close early on Saturday 10 August.", 1},
	} {
		n := 0
		for _, c := range extract(tc.text, pub) {
			if c.Kind == rules.KindWeekdayDate {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d weekday claims, want %d", tc.text, n, tc.want)
		}
	}
}

// TestMeasureReadings checks how figures are read: a change names what it
// changes and its base where the text gives one; those a study enrolls are
// people, whatever it calls them; a total a change brings something to is
// the total after it; "estimates put" a figure at what is reckoned now.
func TestMeasureReadings(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The regents voted to raise in-state tuition by 4.5 percent.", "measure-value change in price = 4.5%"},
		{"The board approved a 4.5 percent increase in resident tuition.", "measure-value change in price = 4.5%"},
		{"The decision to lift tuition 4.5 percent was criticized.", "measure-value change in price = 4.5%"},
		{"It announced a 12% reduction in staff.", "measure-value change in employees = -12%"},
		{"It will reduce its overall staffing by approximately 9%.", "measure-value change in employees = -9%"},
		{"Total throughput rose 8.2 percent from 2024.", "measure-value change in throughput = 8.2% @from 2024"},
		{"In 2025 the port handled 4.87 million containers, an increase of 8.2 percent over the prior year.", "measure-value count of container = 4870000 @2025; measure-value change in count of container = 8.2% @from 2024"},
		// What changes may be a noun before the change noun, or the
		// noun after "in"; "the number of" names its measure further on.
		{"Crew members will receive a 5.7 percent pay rise this year.", "measure-value change in pay = 5.7%"},
		{"The agreement provides a 5.2% increase in basic pay for 2026.", "measure-value change in pay = 5.2%"},
		{"There was a 12% increase in the number of visitors.", ""},
		// No base, and no word that names what changes: a quarter's or
		// a year's. The level a change starts from is no change.
		{"Revenue rose 8.8%.", ""},
		{"Turnout was up from 34.7 percent in 2021.", ""},
		// What is cut is a share of the whole.
		{"The university plans to cut about 9 percent of its workforce.", "measure-value share of employees [forecast] = 9%"},

		{"The trial enrolled 1,284 adults.", "measure-value count of people [enrolled] = 1284"},
		{"It randomized 1,248 patients.", "measure-value count of people [enrolled] = 1248"},
		{"Approval was based on the Phase 3 trial of 1,248 patients.", "measure-value count of people [enrolled] = 1248"},
		{"The school enrolled 900 students.", "measure-value count of student [enrolled] = 900"},
		{"The fire left 321 homes in ashes.", "measure-value count of home @fire [destroyed] = 321"},
		{"Of the 147 riders who started in Merrivale, most finished.", "measure-value count of rider [started] = 147"},
		{"A total of 143 people were injured in the crush.", "measure-value injured = 143"},
		// A site's staff are no count of the company's.
		{"The Lisbrook factory employs 640 people.", "measure-value employees [at factory] = 640"},
		{"The company, which employs 2,300 people across its three sites, is a big employer.", "measure-value employees = 2300"},
		// A penalty is of what it punishes, not of the events near it.
		{"It imposed a £4.2 million fine for late notification, the largest penalty of its kind that the regulator has issued.", "measure-value penalty (GBP) = GBP 4200000"},
		{"The operator was fined $2 million over the explosion.", "measure-value penalty @attack (USD) = USD 2000000"},
		// A share of all of them is a share of them.
		{"Women made up 41% of all finishers.", "measure-value share of finisher = 41%"},
		// How far along a series is counts nothing.
		{"The defeat left Vellmoor 17th in the table after ten matches.", ""},
		{"He will get a chance over the next two or three matches.", ""},
		{"The road reopened after 200 people were evacuated.", "measure-value count of people [evacuated] = 200"},
		// "the quarter" qualifies nothing; "the third quarter" does.
		{"Net income for the quarter was $612 million.", "measure-value profit [net] (USD) = USD 612000000"},
		{"Net income for the third quarter was $612 million.", "measure-value profit [net third-quarter] (USD) = USD 612000000"},
		// The people a report rests on are no count of what it reports.
		{"Two people familiar with its finances said revenue had passed $30 million.", "measure-value revenue (USD) = USD 30000000"},
		{"Three sources with knowledge of the talks said the deal was close.", ""},
		{"Four officials who spoke on condition of anonymity confirmed it.", ""},
		{"Four officials were briefed.", "measure-value count of official = 4"},
		// People said to have died are the death toll.
		{"Three people were killed on Tuesday when the train left the tracks.", "measure-value death toll = 3"},
		{"Five people are now known to have died after the derailment.", "measure-value death toll = 5"},
		{"Two people lost their lives in the fire.", "measure-value death toll @fire = 2"},
		{"Three people who were killed in the crash were named.", "measure-value count of people = 3"},
		{"The expansion adds 620 jobs, bringing total site headcount to approximately 2,070.", "measure-value count of job = 620; measure-value employees [after] = 2070"},

		// A ransom demanded is a sum of its own, whoever demands it; a
		// body's name that ends in "Partners" is no person's, though it
		// says something.
		{"Valmorrow Health Partners said it received a ransom demand of $3.4 million.", "measure-value ransom [forecast] (USD) = USD 3400000"},
		// A sum to be repaid is a repayment.
		{"The university has agreed to repay $1.24 million to the research council.", "measure-value repayment (USD) = USD 1240000"},
		// An event past another sum is that sum's.
		{"The repairs came with a $24.7 million price tag, well above the initial estimate of $19 million given by engineers shortly after the closure.", "measure-value price (USD) = USD 24700000"},
		// A part of a figure is none of its own, nor are the first few.
		{"The first 38 turbines began exporting power last October.", ""},
		{"In total, 412,000 packs are affected.\nOf these, approximately 268,000 packs had already been distributed.", "measure-value count of pack = 412000"},
		// A year that opens the sentence is every figure's in it.
		{"In 2011 the bridge was shut for six weeks while its deck was resurfaced, at a cost of $3.2 million.", "event-date closing: bridge = 2011; measure-value price @closing (USD) = USD 3200000 @2011"},
		// Two bodies that made one assessment give no combined figure.
		{"Assessments carried out jointly by the department and the agency indicate that 61.4 percent of the cherry crop was lost.", "measure-value share of cherry crop = 61.4%"},

		// What a figure changed from, with a noun of its own, held at
		// another time.
		{"The budget of $1.84 billion is up from the $1.71 billion budget adopted last year.", "measure-value budget (USD) = USD 1840000000"},
		{"It set the budget at $1.84 billion, up from a $1.71 billion budget in 2024.", "measure-value budget (USD) = USD 1840000000"},

		// A name compounded with the measure says whose it is.
		{"Third-quarter revenue was $3.42 billion, driven by worldwide Corvexa sales of $1.1 billion.", "measure-value revenue [third-quarter] (USD) = USD 3420000000; measure-value revenue [corvexa] (USD) = USD 1100000000"},

		// A part singled out with "alone" is no figure of the whole.
		{"The 3.5 release line alone included commits from 87 contributors.", ""},
		{"In March alone, 300 people were evacuated.", ""},
		{"Acting alone, the firm built 14 bridges.", "measure-value count of bridge = 14"},
		{"In Harwick district alone, 3,100 people were living in shelters.", "measure-value count of people [sheltered] = 3100"},

		{"Estimates put the death toll at 300.", "measure-value death toll = 300"},
		{"Industry estimates put the budget at roughly $240 million.", "measure-value budget (USD) = USD 240000000"},
		{"The company estimates revenue of $5 billion.", "measure-value revenue [forecast] (USD) = USD 5000000000"},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range extract(tt.text, nil) {
			got = append(got, describe(c))
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("claims of %q:\n got %s\nwant %s", tt.text, g, tt.want)
		}
	}
}

func TestNoEventDate(t *testing.T) {
	pub := &recognize.Civil{Year: 2025, Month: 8, Day: 18}
	for _, text := range []string{
		// The day figures came out is a statement's.
		"The M4 has carried 94,000 passengers a day, according to figures the Varnholm Transit Authority released on Monday.",
		"The Varnholm Transit Authority released figures on Monday showing 94,000 passengers a day.",
		// The date is of what belongs to the event, and the event the
		// next sentence names is not it.
		"Maren Holt said the festival's insurers had been notified on Sunday morning.\nMaren Holt put the likely cost of the cancellation at £2.47 million.",
		// A weekday that says which tickets dates nothing.
		"Organisers put the cost of the cancellation at £2.47 million, covering refunds for Sunday tickets.",
		// A bound on an event, and a comparison, date none.
		"The fire had forced residents from their homes by Tuesday.",
		"The blaze was 35 percent contained as of Tuesday morning.",
		"As of 7 a.m. on Wednesday, August 13, the Hatcher Ridge Fire is estimated at 24,300 acres.",
		"We had a fire that behaved like it was October, not August.",
		// A year that names another event.
		"Larkspur was the second-largest fire, behind only the 1988 Cinder Flats Fire.",
		// A year a verb of ending takes as its object is the year ended;
		// a year described is a thing, not the date of what follows it.
		"Velhaven closed 2025 with 4.87 million containers, the best total in its history.",
		"The IPO market reopens after a sluggish 2025.",
		// A clause that supposes dates nothing.
		"The same eruption today would cause far more disruption than it did then.",
		// A year or month after the event and "of" names which of them.
		"Residents who were also affected in the summer floods of 2007 can ask for a survey.",
		"It broke the record of 4.93 metres set during the snowmelt floods of March 1947.",
		"The mayor has campaigned for the scheme since the floods of 2007 and 2012.",
		"The levee held during the February 2019 flood.",
		// When what was approved applies is not when it was approved.
		"The board also approved a 4.5 percent rate increase for residential customers, effective Jan. 1.",
		// What is sought has not happened.
		"Northmere is on course to seek U.S. approval later this year.",
		"Northmere sought regulatory approval in 2024.",
	} {
		for _, c := range extract(text, pub) {
			if c.Kind == rules.KindEventDate {
				t.Errorf("%q: event claim %s, want none", text, describe(c))
			}
		}
	}
	// What did not happen until a day happened that day.
	cl := extract("The equipment had not been released until Tuesday afternoon.", pub)
	if len(cl) != 1 || cl[0].Kind != rules.KindEventDate || cl[0].Value.Norm != "2025-08-12" {
		t.Errorf("claims %v, want the release on 2025-08-12", cl)
	}
	// A cancellation is an event of its own.
	cl = extract("Lennside Sounds was called off on 17 August, when the storm swept across the park.", pub)
	if len(cl) != 1 || describe(cl[0]) != "event-date cancellation = 2025-08-17" {
		t.Errorf("claims %v, want the cancellation on 2025-08-17", cl)
	}
}

func TestThingMeasureHasNoPeriod(t *testing.T) {
	// A bridge is as long as it was built, whatever year is near.
	for _, c := range extract("The Torvane Bridge, nearly 3,900 feet long and opened in 1968, was closed.", nil) {
		if c.Kind == rules.KindMeasure && (c.Period != "" || c.Class != "length") {
			t.Errorf("claim %s, want the length with no period", describe(c))
		}
	}
}

func TestSourceIsNoSubject(t *testing.T) {
	// Who reports a figure is not what it is about; a name that opens a
	// clause may be.
	for _, tc := range []struct {
		text, want string
	}{
		{"The repairs cost £48.7 million, according to the Harbour Board.", ""},
		{"The repairs cost £48.7 million, the Harbour Board confirmed.", ""},
		{"The repairs cost £48.7 million, the Harbour Board confirmed, making it the largest job.", ""},
		{"On the federal side, Harbour Board says the repairs cost £48.7 million.", "harbour board"},
		{"The Harbour Board repairs cost £48.7 million.", "harbour board"},
		{"The repairs cost £48.7 million, Transport Minister Margaret Olowe said.", ""},
		{"The repairs cost £48.7 million, said Margaret Olowe, the minister.", ""},
		{"The repairs cost £48.7 million, according to Dr. Margaret Olowe.", ""},
		{"According to the Department of Agriculture and Rural Affairs, 61.4% of the cherry crop is gone.", ""},
		{"Margaret Olowe said the repairs cost £48.7 million.", "margaret olowe"},
		// The scope of the speaker's title stays: it may be the figure's.
		{"The repairs cost £48.7 million, Harbour Board chief executive Daniel Okafor said.", "harbour board"},
		{"Margaret Olowe runs 14 bakeries, the ministry said.", "margaret olowe"},
		// A public body that reports a count is its source; a company
		// that reports its revenue is what the revenue is about.
		{"Harrow County Public Health (HCPH) today reported 64 confirmed cases of measles.", ""},
		{"The Interior Ministry's noon briefing put the death toll at 1,900.", ""},
		{"Corvane Systems reported revenue of $4.2 billion.", "corvane systems"},
		{"The Ministry of the Interior has confirmed that 231 deaths is the final toll.", ""},
		{"The Office of National Statistics reported 64 deaths.", ""},
	} {
		cl := slices.DeleteFunc(extract(tc.text, nil), func(c Claim) bool { return c.Kind != rules.KindMeasure })
		if len(cl) != 1 {
			t.Errorf("%q: claims = %+v, want one", tc.text, cl)
			continue
		}
		about := cl[0].Things
		for _, p := range cl[0].Persons {
			about = append(about, p.Key)
		}
		if strings.Join(about, ",") != tc.want {
			t.Errorf("%q: claims = %+v, want one about %q", tc.text, cl, tc.want)
		}
	}
}

func TestNumberInName(t *testing.T) {
	// "Line 1" is a name, not a count of one line, and what the sentence
	// counts is Line 1's.
	cl := extract("The line runs east.\nLine 1, the first line, opened in 1998 and has 12 stations.", nil)
	var got []string
	for _, c := range cl {
		if c.Kind == rules.KindMeasure {
			got = append(got, fmt.Sprintf("%s = %s %v", c.Class, c.Value.Norm, c.Things))
		}
	}
	if want := "count of station = 12 [line 1]"; strings.Join(got, "; ") != want {
		t.Errorf("measures = %q, want %q", got, want)
	}
	// A version is a thing, written with a capital or without.
	for text, want := range map[string]string{
		"The maintainers released version 3.5.2 on August 19, 2025.": "version 3.5.2",
		"Version 3.0 was released in January 2022.":                  "version 3.0",
	} {
		cl := extract(text, nil)
		if len(cl) != 1 || !slices.Contains(cl[0].Things, want) {
			t.Errorf("%q: claims %+v, want one naming %q", text, cl, want)
		}
	}
	// A capital that only opens the sentence names nothing.
	cl = extract("Only 3 ships remain.", nil)
	if len(cl) != 1 || cl[0].Class != "count of ship" {
		t.Errorf("claims = %+v, want the count of ships", cl)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("The summit in Hanoi on April 29, 2025, between Prime Minister Shigeru Ishiba and Tô Lâm (1838 – 1881) cost $4 billion (26.5mm).")
	f.Add("Live albums\t1; Depth: 35 km\nThe 2025 annual meeting, a magnitude 5.6 tremor, on Monday")
	pub := &recognize.Civil{Year: 2025, Month: 4, Day: 28}
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range extract(text, pub) {
			if c.Span.Start < 0 || c.Span.End > len(text) || c.Span.Start > c.Span.End {
				t.Fatalf("claim span %d..%d outside the text (%d bytes)", c.Span.Start, c.Span.End, len(text))
			}
			if text[c.Span.Start:c.Span.End] != c.Span.Text {
				t.Fatalf("span text %q is not text[%d:%d] = %q", c.Span.Text, c.Span.Start, c.Span.End, text[c.Span.Start:c.Span.End])
			}
		}
	})
}

// TestBuffersReused checks that the token and chunk buffers one
// extraction hands back leave nothing behind for the next: a document
// gives the same claims whatever was extracted before it, at once or
// from several goroutines.
func TestBuffersReused(t *testing.T) {
	long := strings.Repeat("Prime Minister Shigeru Ishiba met President Luong Cuong in Hanoi on April 28, 2025, at the summit.\n", 40)
	short := "The bridge opened in 1962.\nTrade reached $46.2 billion in 2024, the ministry said."
	key := func(cl []Claim) string {
		var b strings.Builder
		for _, c := range cl {
			fmt.Fprintf(&b, "%s|%d-%d\n", describe(c), c.Span.Start, c.Span.End)
		}
		return b.String()
	}
	wantShort, wantLong := key(extract(short, nil)), key(extract(long, nil))
	if wantShort == "" || wantLong == "" {
		t.Fatal("no claims to compare")
	}
	done := make(chan struct{})
	for range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := range 20 {
				text, want := short, wantShort
				if i%2 == 0 {
					text, want = long, wantLong
				}
				if got := key(extract(text, nil)); got != want {
					t.Errorf("round %d: claims changed:\n%s\nwant\n%s", i, got, want)
					return
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
}

func TestVotesOwner(t *testing.T) {
	// Each candidate's votes are theirs; the votes cast are no one's.
	for _, tc := range []struct {
		text, value, owner, class string
	}{
		{"Hollingworth finished with 28,164 votes to Pemberton-Ruiz's 24,903, by 1:20 a.m. Wednesday.", "28164", "hollingworth", "votes"},
		{"Hollingworth finished with 28,164 votes to Pemberton-Ruiz's 24,903, by 1:20 a.m. Wednesday.", "24903", "pemberton-ruiz", "votes"},
		{"The count gave 24,903 votes for Pemberton-Ruiz.", "24903", "pemberton-ruiz", "votes"},
		{"About 56,500 votes were cast in the mayoral race.", "56500", "", "votes [cast]"},
	} {
		var got *Claim
		for _, c := range extract(tc.text, &recognize.Civil{Year: 2025, Month: 11, Day: 5}) {
			if c.Kind == rules.KindMeasure && c.Value.Norm == tc.value {
				got = &c
			}
		}
		if got == nil {
			t.Errorf("%q: no claim of %s", tc.text, tc.value)
			continue
		}
		owner := strings.Join(got.Things, ", ")
		if owner != tc.owner || got.Class != tc.class || got.Period != "" {
			t.Errorf("%q: %s is %s of [%s] @%q, want %s of [%s] with no period", tc.text, tc.value, got.Class, owner, got.Period, tc.class, tc.owner)
		}
	}
}

func TestBracketedBaseDatesNoEvent(t *testing.T) {
	// The date in brackets is 3.0.0's, not the release's.
	for _, c := range extract("Quillstore 4.0 is our first major release since 3.0.0 (2024-09-10).", nil) {
		if c.Kind == rules.KindEventDate {
			t.Errorf("claim %s, want no event date", describe(c))
		}
	}
}

func TestHospitalized(t *testing.T) {
	// Those a hospital took in are counted apart from the injured and
	// the treated, however the sentence says how they were hurt; a
	// clause of its own has its own subject.
	for _, tc := range []struct{ text, class, things string }{
		{"Six people were taken to Aslaig General Hospital with minor injuries.", "count of people [hospitalized]", "aslaig general hospital"},
		{"Six people were treated at Aslaig General Hospital and released.", "count of people [hospitalized]", "aslaig general hospital"},
		{"Paramedics treated dozens of people at the site, and 14 people were taken to hospital.", "count of people [hospitalized]", ""},
		{"Six people were treated for minor injuries.", "count of people [treated]", ""},
		{"The 120-bed Kellan Regional Hospital is due to open.", "count of bed", "kellan regional hospital"},
		{"The wing adds 146 beds to the hospital.", "count of bed", ""},
		{"Fourteen people are in hospital.", "count of people [hospitalized]", ""},
	} {
		var got []string
		for _, c := range extract(tc.text, nil) {
			if c.Kind == rules.KindMeasure {
				got = append(got, c.Class+" of ["+strings.Join(c.Things, ", ")+"]")
			}
		}
		if want := tc.class + " of [" + tc.things + "]"; len(got) != 1 || got[0] != want {
			t.Errorf("%q: claims %q, want %q", tc.text, got, want)
		}
	}
}

func TestFigureModifies(t *testing.T) {
	// The noun a figure in a compound modifies holds what it counts: "a
	// 24-bed unit" is not "the 146-bed wing". A noun too general to tell
	// two apart, or a phrase that runs into a verb, gives none.
	for _, tc := range []struct{ text, want string }{
		{"The wing includes a 24-bed acute medical unit, two surgical wards and a shop.", "unit"},
		{"The 146-bed wing, which cost £84.5 million, opened.", "wing"},
		{"The 150-bed hospital has admitted 300 patients.", "hospital"},
		{"The ministry built a 120-bed facility on the edge of the city.", ""},
		{"The 42-bed unit opened in May.", "unit"},
		{"The hospital put up a 30-bed isolation shed.", "shed"}, // a noun in "-ed"
		{"The four-bed wards hold 146 people.", ""},
		{"The 120-bed hospital serves the region.", "hospital"},
		{"It is a 24-bed acute unit for the elderly.", "unit"},
		{"It houses a 24-bed pediatric intensive care unit and a helipad.", "unit"},
		{"It houses a 24-bed pediatric intensive care unit (PICU) with views.", "unit"},
	} {
		var got []string
		for _, c := range extract(tc.text, nil) {
			if c.Kind == rules.KindMeasure && strings.Contains(c.Span.Text+"-", "-") && strings.HasPrefix(c.Class, "count of bed") {
				got = append(got, c.About)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: modifies %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestUndertakingCost(t *testing.T) {
	// A trial's cost is the trial's: not the year or the people the
	// sentence names besides.
	for _, tc := range []struct{ text, want string }{
		{"Professor Rathmore licensed it in 2019 to Brennock, which sponsored the £38 million trial.", "price (GBP) [brennock] = GBP 38000000 @"},
		{"Brennock has spent most of its cash on the £38m ARDENT-BP programme.", "price (GBP) [ardent-bp] = GBP 38000000 @"},
	} {
		var got []string
		for _, c := range extract(tc.text, nil) {
			if c.Kind == rules.KindMeasure && len(c.Persons) == 0 {
				got = append(got, fmt.Sprintf("%s [%s] = %s @%s", c.Class, strings.Join(c.Things, ", "), c.Value.Norm, c.Period))
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: claims %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestEventYearIsNoFigurePeriod: a year that dates an event in an aside
// is no period of a figure after it.
func TestEventYearIsNoFigurePeriod(t *testing.T) {
	for _, c := range extract("Marrowgate, founded in 1978 by Walter Marrow, has grown and employs about 6,800 people.", nil) {
		if c.Kind == rules.KindMeasure && c.Period != "" {
			t.Errorf("%s: period %q, want none", describe(c), c.Period)
		}
	}
}

// TestYearInsideAsideDatesItsFigure: a figure within the aside that names
// an event is of that event's year.
func TestYearInsideAsideDatesItsFigure(t *testing.T) {
	cl := extract("The museum's earlier species, named in 2011 from 74 bones, lived in the same formation.", nil)
	for _, c := range cl {
		if c.Kind == rules.KindMeasure && c.Period != "2011" {
			t.Errorf("%s: period %q, want 2011", describe(c), c.Period)
		}
	}
}

// TestFigureInNextClausesSubject: a figure in the subject of the clause
// after ", and" takes neither the sentence's subject nor its year.
func TestFigureInNextClausesSubject(t *testing.T) {
	cl := extract("Elias Moten's winning time erased the record Lemaiyan ran here in 2018, and the official tally of 31,842 finishers was the largest.", nil)
	if len(cl) != 1 || cl[0].Period != "" || len(cl[0].Things) > 0 || len(cl[0].Persons) > 0 {
		t.Errorf("claims %+v, want one count with no period, things or people", cl)
	}
}

// TestPluralNounOpeningSentenceIsNoThing: "Researchers" and, after a
// dateline, "Palaeontologists" are capitalized by position only; a
// surname the document also writes mid-sentence stays a name.
func TestPluralNounOpeningSentenceIsNoThing(t *testing.T) {
	pub := &recognize.Civil{Year: 2026, Month: 3, Day: 18}
	text := "ALDOUS CROSSING, March 18, 2026 (CNS) — Palaeontologists on Wednesday unveiled a dinosaur.\nResearchers recovered 221 bones from the site."
	for _, c := range extract(text, pub) {
		if len(c.Things) > 0 || len(c.Topic) > 0 {
			t.Errorf("%s: things %v, topic %v, want none", describe(c), c.Things, c.Topic)
		}
	}
	// A word before such a plural says which of them; "critics" and
	// "officials" are such plurals too.
	for _, text := range []string{"Opposition politicians called for details.", "Critics noted that it was late.", "Officials said so.", "Civil protection authorities report it.", "People familiar with the project put it at $210 million."} {
		doc := &Doc{Text: text, Units: []Unit{{Start: 0, End: len(text)}}, Values: [][]recognize.Value{nil}}
		x := lexicon.prepare(doc)
		for _, c := range x.units[0].chunks {
			if c.kind == cName {
				t.Errorf("%q: name %q, want none", text, x.units[0].chunkText(c))
			}
		}
		x.release()
	}
	cl := extract("Rogers counted 212 bones.\nThe team of Anna Rogers worked for years.", nil)
	if len(cl) == 0 || !slices.Contains(cl[0].Things, "rogers") && len(cl[0].Persons) == 0 {
		t.Errorf("claims %+v, want the count to name Rogers", cl)
	}
}

// TestTopicPersonWithoutInitials: a person in a document's topic is the
// same topic with or without a middle initial.
func TestTopicPersonWithoutInitials(t *testing.T) {
	text := "Lead author Imogen T. Achterberg said the team found 212 bones. Imogen T. Achterberg said so again."
	cl := extract(text, nil)
	if len(cl) == 0 || !slices.Contains(cl[0].Topic, "imogen achterberg") {
		t.Errorf("claims %+v, want the topic to hold imogen achterberg", cl)
	}
}

// A unit or a time of day written in capitals is no topic: "88°F", "9 PM".
func TestTopicHoldsNoUnitOrTimeOfDay(t *testing.T) {
	text := "HEAT WARNING until 9 PM | Currently 88°F\nPosted at 6:15 AM CT\nAt 9 PM, 98°F, and at 6 AM, 82°F.\nUpdated 10:15 a.m. CT, 17:42 UTC, 09:42 Pacific time.\nMedics treated 64 riders at the Pedal ride."
	cl := extract(text, nil)
	if len(cl) == 0 {
		t.Fatal("no claims")
	}
	for _, k := range cl[0].Topic {
		if k == "f" || k == "am" || k == "pm" || k == "ct" || k == "utc" || k == "pacific" {
			t.Errorf("topic %q holds %q", cl[0].Topic, k)
		}
	}
}

// TestBodyKindIsNoThing: a capitalized kind of body alone ("City" of "City
// Clerk") names nothing that a figure could be about.
func TestBodyKindIsNoThing(t *testing.T) {
	for _, c := range extract("The City Clerk Ann Ode said the budget rose to $3 million.\nCounty officials counted 1,200 ballots.", nil) {
		if len(c.Things) > 0 {
			t.Errorf("%s: things %v, want none", describe(c), c.Things)
		}
	}
}

func TestOpeningParticipleIsNoThing(t *testing.T) {
	cs := extract("Based on the investigation, approximately 2.3 million customers were affected.\nSpeaking at the plant, she said 240 people work there.", nil)
	if len(cs) != 2 {
		t.Fatalf("got %d claims, want 2", len(cs))
	}
	for _, c := range cs {
		if len(c.Things) > 0 {
			t.Errorf("%s: things %v, want none", describe(c), c.Things)
		}
	}
}

func TestWithoutInitials(t *testing.T) {
	for key, want := range map[string]string{
		"imogen t. achterberg": "imogen achterberg",
		"imogen t achterberg":  "imogen achterberg",
		"j. r. r. tolkien":     "j. tolkien",
		"mary ann smith":       "mary ann smith",
		"elias moten":          "elias moten",
		"moten":                "moten",
	} {
		if got := withoutInitials(key); got != want {
			t.Errorf("withoutInitials(%q) = %q, want %q", key, got, want)
		}
	}
}

// TestRankNounEndsInEd: a noun that ends in "ed" is no participle that
// ends what a rank ranks.
func TestRankNounEndsInEd(t *testing.T) {
	cl := extract("The Vallhund is the third-largest dog breed in Sweden.", nil)
	if len(cl) != 1 || cl[0].Class != "largest dog breed" {
		t.Errorf("claims %+v, want the rank of the largest dog breed", cl)
	}
}

func TestMassOfWhat(t *testing.T) {
	// A mass is of what follows "of"; a cell with the figure alone says
	// nothing of what it measures.
	cl := extract("The ship was carrying about 3,400 tonnes of heavy fuel oil.\nSalvors removed 1,900 tonnes of remaining fuel.\nThe building offers 9,900 square metres.", nil)
	var got []string
	for _, c := range cl {
		got = append(got, c.Class+" "+c.About)
	}
	want := []string{"mass heavy fuel oil", "mass remaining fuel", "area "}
	if !slices.Equal(got, want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
	doc := &Doc{Text: "1,200 tonnes", Units: []Unit{{Start: 0, End: 12}}, Values: [][]recognize.Value{recognize.Find("1,200 tonnes", recognize.Options{})}}
	if cl := lexicon.Extract(doc); len(cl) != 0 {
		t.Errorf("a cell with the figure alone: claims %+v, want none", cl)
	}
}

func TestBareTitle(t *testing.T) {
	// A title with no scope is a claim only for an office an
	// organization has one holder of.
	for text, want := range map[string]string{
		`"We were beaten by the better side," said head coach Ines Valdivia.`: "role-holder manager = Ines Valdivia",
		"Chief technology officer Priya Raman said the site was safe.":        "role-holder chief technology officer = Priya Raman",
		"The decision was taken by sporting director Ruben Castellano.":       "role-holder sporting director = Ruben Castellano",
		"Director Amara Okafor leads the laboratory.":                         "",
		"Governor Anneliese Koruna says the roads are open.":                  "",
	} {
		var got []string
		for _, c := range extract(text, nil) {
			if c.Kind == rules.KindRole && c.Bare {
				got = append(got, describe(c))
			}
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: bare titles %q, want %q", text, got, want)
		}
	}
}

func TestLeavingOffice(t *testing.T) {
	for text, want := range map[string]bool{
		"Robert Osei, Chief Financial Officer since 2017, has decided to retire.":                                       true,
		"Chief Financial Officer Robert Osei, 61, will retire and be succeeded on April 1 by treasurer Dana Whitfield.": true,
		"Daniel Okafor, who has served as Chief Technology Officer since 2019, has stepped down.":                       true,
		"Chief Financial Officer Robert Osei said the company would retire its older notes.":                            false,
		"Robert Osei, Chief Financial Officer since 2017, said revenue rose.":                                           false,
	} {
		cl := extract(text, nil)
		if len(cl) != 1 || cl[0].Kind != rules.KindRole || cl[0].Leaving != want {
			t.Errorf("%q: claims %+v, want one role claim, leaving %v", text, cl, want)
		}
	}
}

func TestTitleCased(t *testing.T) {
	for text, want := range map[string]bool{
		"Calloway Instruments Reports Fourth-Quarter and Full-Year 2024 Results; Announces CFO Transition": true,
		"Calloway Instruments reports results and names a new CFO":                                         false,
		"CFO Dana Whitfield": false, // too short to tell
	} {
		if got := titleCased(words.Split(text)); got != want {
			t.Errorf("titleCased(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestFirmNamesAndDealPrices(t *testing.T) {
	// Two names joined by "&" are one firm's, and a sum before a word for
	// a deal is the price paid, as one after "buy ... for" is.
	for text, want := range map[string]string{
		"Brightmarket Group agreed to buy family-controlled rival Hollins & Day for $1.85 billion.": "measure-value price (USD) = USD 1850000000 {hollins day} price paid",
		"The regulator approved the $1.85 billion merger of Brightmarket and Hollins & Day.":        "measure-value price (USD) = USD 1850000000 {hollins day} price paid",
		"Marlow & Finch said 3.2 million customers were affected.":                                  "measure-value count of customer = 3200000 {marlow finch} customers",
	} {
		var got []string
		for _, c := range extract(text, nil) {
			var things []string
			for _, th := range c.Things {
				if th == "hollins day" || th == "marlow finch" {
					things = append(things, th)
				}
			}
			got = append(got, fmt.Sprintf("%s {%s} %s", describe(c), strings.Join(things, ","), c.Word))
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: claims %q, want %q", text, got, want)
		}
	}
}

// TestSentenceClaims: what single sentences claim, with why.
func TestSentenceClaims(t *testing.T) {
	const billed = "rank largest festival in united kingdom [Saltmarsh Sound] = 3"
	const evacuated = "measure-value count of people [evacuated] = 4870"
	for _, tc := range []struct{ why, text, want string }{
		{"a rank the subject is to be is its", "Saltmarsh Sound is proud to be Britain's third-largest festival.", billed},
		{"a rank the subject describes itself as is its", "Saltmarsh Sound, now in its 14th year, describes itself as Britain's third-largest festival.", billed},
		{"a rank the subject is billed as is its", "Saltmarsh Sound, billed as Britain's third-largest festival, announced at dawn that it would close.", billed},
		{"a rank the subject calls itself is its", "Saltmarsh Sound calls itself Britain's third-largest festival.", billed},
		{"a superlative alone ranks first", "At full output it will be the largest wind farm in Ireland.", "rank largest wind farm in ireland = 1"},
		{"a superlative after a possessive ranks first", "Saltmarsh Sound is Britain's biggest festival.", "rank largest festival in united kingdom [Saltmarsh Sound] = 1"},
		{"one of the largest is no first", "It will be one of the largest wind farms in Ireland.", ""},
		{"among the largest is no first", "Ardley is among the largest employers in the county.", ""},
		{"residents moved out are evacuated", "Officials said 4,870 residents had been moved out of the exclusion zone.", evacuated},
		{"people moved out are evacuated", "Officials have now moved 4,870 people out of the danger zone.", evacuated},
		{"people relocated are evacuated", "Authorities report that 4,870 people have been relocated.", evacuated},
		{"residents evacuated are no population", "Officials said 4,870 residents were evacuated.", evacuated},
		{"a count is of the plural after a product's name and kind", "Brightwell is recalling approximately 418,000 NestGuard 360 convertible car seats sold in the United States.", "measure-value count of seat = 418000"},
		{"a participle after the plural leaves it a noun", "The recall covers 418,000 NestGuard 360 seats sold in the United States.", "measure-value count of seat = 418000"},
		{"a maker and model say which jets", "Vestavind ordered 14 Embraer E195-E2 jets.", "measure-value count of jet = 14"},
		{"an adverb before the verb leaves its subject", "The site was first spotted from the air in 1958.", "event-date discovery: site = 1958"},
		{"signed off is an approval, not a signing", "The FDA signed off on the drug on March 11, 2026.", "event-date approval = 2026-03-11"},
		{"a judgment is an event", "The 5-2 judgment was handed down on March 17, 2026.", "event-date ruling = 2026-03-17"},
		{"people of a town are its population", "For a town of just over 4,000 people, it is hard to overstate the loss.", "measure-value population = 4000"},
		{"a charge is a sum of its own", "Norvane expects to book a restructuring charge of around 185 million euros.", "measure-value charge [forecast] (EUR) = EUR 185000000"},
		{"a bill is a cost", "The repair bill has reached $3.2 million.", "measure-value price (USD) = USD 3200000"},
		{"a share of what a named owner has", "The plant makes 14 percent of Norvane's output.", "measure-value share of output = 14%"},
		{"a share of what its owner has", "The studio laid off about 19 percent of its workforce.", "measure-value share of employees = 19%"},
		{"a share of a measure is the measure's, whatever word names it", "The studio cut roughly 12 percent of staff.", "measure-value share of employees = 12%"},
		{"a word that may head a name modifies a noun", "It accounts for approximately 14% of group manufacturing volume.", "measure-value share of group manufacturing volume = 14%"},
		{"a model's two numbers are no count", "Skerrie placed a firm order for eight ATR 72-600 turboprops.", "measure-value count of turboprop = 8"},
		{"a country's adjective before a club's office is the holder's nationality", "The federation turned to Dutch coach Henrik Aalbers.", "role-holder manager = Henrik Aalbers"},
		{"a country's name before an office is its scope", "Netherlands coach Ronald Koeman named his squad.", "role-holder manager of Netherlands = Ronald Koeman"},
		{"a lead curator is a sole office", "Lead curator Dr Imogen Rask said the show was years in the making.", "role-holder chief curator = Imogen Rask"},
		{"a year in a relative clause dates its event, not a figure", "The mine, which opened in 1987 and is the county's largest private employer, employs 400 people.", "event-date opening: mine = 1987|measure-value employees @opening = 400|rank largest private employer in county = 1"},
		{"an organization's history is no place", "The grant is the second-largest single research award in Tallowmere's history.", "rank largest single research award = 2"},
		{"an organization's long history is no place", "The grant is the second-largest single research award in Tallowmere's 187-year history.", "rank largest single research award = 2"},
		{"counts of kinds listed together give no count of the whole", "A jury convicted her of three counts of securities fraud, three counts of wire fraud and one count of conspiracy.", ""},
		{"those still in hospital are no count of those taken there", "As of Monday, two riders remained in hospital for observation.", "measure-value count of rider [still hospitalized] = 2"},
		{"a collapse is an accident", "The crane collapsed at the port on March 10, 2026.", "event-date accident = 2026-03-10"},
		{"a date before after is of what followed, not of the next sentence's event", "Farmers across the Solenne valley were celebrating on March 18, 2026, after the Supreme Court ruled in Veyrn's favour.\nThe 5-2 judgment, handed down on March 17, 2026, guarantees Veyrn 45 percent of the flow of the Solenne.", "event-date ruling = 2026-03-17"},
		{"a date after the verb of an event counted from is that event's", "Rescuers arrived about eighteen hours after the earthquake struck at 3:14 a.m. on March 16, 2026.", "event-date earthquake = 2026-03-16"},
		{"a line that begins service opens", "The Amber Line began service on May 9, 2026.", "event-date opening = 2026-05-09"},
		{"a sum before a building is its cost", "The £92 million building, paid for by the health authority, sits off Mill Lane.", "measure-value price (GBP) = GBP 92000000"},
		{"an event word heading an organization's name is no event", "The Laurentia Wildfire Service reported on May 4, 2026, that crews were ready.", ""},
		{"events counted are many, no one of them dated", "There were 14 floods between April 1 and October 31, 2025.", "measure-value count of flood = 14"},
		{"a rocket that lifts off is launched", "The rocket lifted off on June 2, 2026.", "event-date release: rocket = 2026-06-02"},
		{"a statement's date is no event's", "The operator said on June 4, 2026, a day after the spacecraft lifted off at 11:05 a.m. local time on June 3, 2026.", "event-date release: spacecraft = 2026-06-03"},
		{"an inspection is an event", "Inspectors found the fault during an inspection on March 10, 2026.", "event-date inspection = 2026-03-10"},
		{"a fine after an inspection is no measure of it", "The regulator imposed a $4.2 million penalty after the inspection.", "measure-value penalty (USD) = USD 4200000"},
		{"taking up a post is an appointment", "Adaeze Kettering will take up the post on September 1, 2026.", "event-date appointment = 2026-09-01"},
		{"a fire commissioner is a sole office", "Fire Commissioner Anders Lindqvist said crews were tired.", "role-holder fire commissioner = Anders Lindqvist"},
		{"a level adjective before an office scopes nothing", "\"We held the line,\" said Teodor Lindqvist, Provincial Fire Commissioner.", "role-holder fire commissioner = Teodor Lindqvist"},
		{"a rank set beside a figure is the figure's", "Tanui won in 2:08:14, the third-fastest winning time in the race's history.", "rank fastest winning time = 3"},
		{"what goes down as a rank has it; quickest is fastest", "His 2:08:14 goes down as the third-quickest winning time ever run here.", "rank fastest winning time = 3"},
		{"a title after another and \"and\" is the holder's too", "\"It works,\" said Priya Raghunathan, co-founder and chief technology officer.", "role-holder chief technology officer = Priya Raghunathan"},
		{"a chair of a body named by its kind", "Malcolm Dredge, chair of the council, said the vote was clear.", "role-holder council chairman = Malcolm Dredge"},
		{"a holder right after a formal title's scope", "Chair of the board Jane Doe said the vote was clear.", "role-holder board chairman = Jane Doe"},
		{"a date of a report on an event is the report's", "The board put out its preliminary report on the Pellston Bay explosion on April 16, 2026.", ""},
		{"those a blast is killing are no count of those there", "An explosion ripped through the plant, killing three workers.", "measure-value count of worker [killed] = 3"},
		{"a body electing a holder of an office appoints", "The new Assembly elected Jonas Aldrecht as Speaker on May 5, 2026.", "event-date appointment = 2026-05-05"},
		{"a sum something goes up by is no price", "The ad-free Standard plan goes up by $2.50 a month.", ""},
		{"a sum a price rises by is no price, the price it rises to is", "The price rose by $2 to $17.99 a month.", "measure-value price per month (USD) = USD 17.99"},
		{"what a party needs is no count of what it has", "A party or coalition needs 61 seats to command a majority.", ""},
		{"what a party is short of is no count of what it has", "It is still a dozen seats short of governing alone.", ""},
		{"the whole a part is of, after its owner, is no count of the part", "The party took 47 of the National Assembly's 120 seats.", "measure-value count of seat = 47"},
		{"a sum in a measure the words between qualify", "Ridgemark booked $46.8 million in first-quarter net income.", "measure-value profit [first-quarter net] (USD) = USD 46800000"},
		{"a date after an event word is no object of it", "Opening Saturday, June 13, 2026 at the Halvorsen Gallery.", ""},
		{"what became effective on a day is dated by it", "Their merger became effective Wednesday, July 1, 2026.", "event-date entry-into-force = 2026-07-01"},
		{"what applies from a day is not dated by it", "The board approved a rate increase, effective on July 1, 2026.", ""},
		{"taking up one's post is an appointment", "Ingrid Halvorsen will take up her post on April 1, 2026.", "event-date appointment = 2026-04-01"},
		{"researchers drawn from abroad are no games drawn", "The laboratory is home to 64 researchers drawn from 11 countries.", "measure-value count of researcher = 64|measure-value count of country = 11"},
		{"words before \"for\" say nothing of what it counts", "The order upended daily routines for 421,300 households.", "measure-value count of household = 421300"},
		{"a count after a group's noun and \"of\" is the group's size", "Only a winter crew of 16 will stay behind.", "measure-value count of winter crew = 16"},
		{"a preposition after a count is no noun counted", "The station keeps a winter crew of 18 through the dark months.", "measure-value count of winter crew = 18"},
		{"a name before a title and its scope holds it, not the employer after", "By Dana K. Whitfield, Vice President of Infrastructure Reliability, Corvane Cloud", "role-holder vice president of infrastructure reliability = Dana K. Whitfield"},
		{"a title after a copula is one", "Rachel Osei-Barnes, who became chief executive in 2022, said the club was stable.", "role-holder chief executive = Rachel Osei-Barnes @2022"},
		{"an honorific before the holder after a copula", "The chief investigator is Dr Anjali Rathmore.", "role-holder principal investigator = Anjali Rathmore"},
		{"a declaration is of what it declares", "The county declared the outbreak on April 21, 2026.", "event-date declaration: outbreak = 2026-04-21"},
		{"climbers reaching the summit make an ascent, no meeting", "Six climbers reached the summit on January 13, 2026.", "event-date ascent = 2026-01-13|measure-value count of climber = 6"},
		{"a summit in a city is a meeting", "The summit in Hanoi on April 28, 2025, was brief.", "event-date meeting = 2025-04-28"},
		{"a ship that grounds has an accident", "The bulk carrier grounded on February 2, 2026.", "event-date accident = 2026-02-02"},
		{"a main that ruptures has an accident", "The main ruptured on March 3, 2026.", "event-date accident = 2026-03-03"},
		{"a disclosure is an announcement", "Ridgemark disclosed the breach on April 27, 2026.", "event-date announcement = 2026-04-27"},
		{"taking the oath of office is an appointment", "Varkonyi took the oath of office on May 13, 2026.", "event-date appointment = 2026-05-13"},
		{"an event noun another event's verb acts on is no event dated", "Corvane announced the acquisition on March 3, 2026.", "event-date announcement = 2026-03-03"},
		{"a rank set beside a name is the name's", "Tovik, now the third-largest city, grew by 2 percent.", "rank largest city [Tovik] = 3"},
		{"what ranks as a rank has it", "Vestavind ranks as Norway's third-largest airline by traffic.", "rank largest airline in norway [Vestavind] = 3"},
		{"a name's position as a rank has it", "Throughput rose, cementing Velhaven's position as the third-busiest container port in the country.", "rank busiest container port in country [Velhaven] = 3"},
		{"an event said of \"it\" is not the sentence subject's", "Vance starts March 2, and she will be the park's 14th superintendent since it was established in 1913.", ""},
		{"a participle after an event word is no object of it", "Construction completion scheduled for 2028.", ""},
		{"an -ing word before a plural says which are counted", "The scheme has 2,100 docking points across the city.", "measure-value count of docking point = 2100"},
		{"a sum before a contract, and its term, is its price", "The council signed a £14.6 million five-year contract with VeloNexa.", "measure-value price (GBP) = GBP 14600000"},
		{"a sum on a label line is no sum of its heading's event", "Brennmoor Station building opened\n\nFinal cost: EUR 48.6 million", "measure-value price (EUR) = EUR 48600000"},
		{"a change from a figure is a change in what the figure measures", "The total was up 8.4 percent from the 3,148,400 visits counted in 2024.", "measure-value change in count of visit = 8.4% @from 2024|measure-value count of visit = 3148400 @2024"},
		{"a flight that diverts is diverted", "Flight LR 2207 diverted to Dryden on April 20, 2026.", "event-date diversion = 2026-04-20"},
		{"an emergency landing is a diversion", "A turboprop made an emergency landing at Dryden on April 21, 2026.", "event-date diversion = 2026-04-21"},
		{"a ship that strikes rocks has an accident", "The MV Glen Corrach struck rocks at Sgeir Lannach on March 11, 2026.", "event-date accident = 2026-03-11"},
		{"what a body issues names the issuance", "The Marlow Bend Water Authority issued a precautionary boil-water notice on May 7, 2026.", "event-date issuance: boil-water notice = 2026-05-07"},
		{"a word of time is no object", "The Marlow Bend Water Authority issued the boil-water notice late on May 6, 2026.", "event-date issuance: boil-water notice = 2026-05-06"},
		{"a statement issued is no event", "The ministry issued a statement on May 6, 2026.", ""},
		{"an event word before a noun after an adjective only qualifies it", "The agency had issued a severe flood warning for the town on February 8, 2026.", "event-date issuance: flood warning = 2026-02-08"},
		{"an event word opening a heading before a noun qualifies it", "Flood update: Thursday 12 February 2026", ""},
		{"a rank's head noun takes the one word for its meaning", "Vestavind is the country's second-biggest carrier.", "rank largest airline in country [Vestavind] = 2"},
		{"\"it's\" is \"it is\" before a rank", "The Saltings Stadium opened in May.\nIt's the fourth-biggest club ground in the country.", "rank largest club stadium in country [Saltings Stadium] = 4"},
		{"a share a named party owns is its stake", "Halvers Groep owns 24.9 percent of Skerrie Air.", "measure-value stake = 24.9%"},
		{"a stake held by the name an appositive describes", "Part of the answer is Fjordvest, the Bergen-based investor that holds a 29.4% stake in the airline.", "measure-value stake = 29.4%"},
		{"what is erected is built", "The old Brennmoor Station, erected in 1987, was cramped.", "event-date construction = 1987"},
		{"what rolls off the production line is built", "The aircraft, registered C-GLRK, rolled off the production line in 2011.", "event-date construction = 2011"},
		{"passengers on board are the passengers", "The flight had 61 passengers on board.", "measure-value count of passenger = 61"},
		{"a share of voters who cast a ballot is the turnout", "Some 64.8% of registered voters cast a ballot.", "measure-value turnout = 64.8%"},
		{"a finite verb ends a share's noun", "Roughly 42% of Halbury's income comes from international tuition fees.", "measure-value share of income = 42%"},
		{"a sum paid for a named thing is its price", "St. Aldric is paying $412 million in cash for Riverside Valley.", "measure-value price (USD) = USD 412000000"},
		{"a sum paid for a player is the fee", "Eastmere have paid a club-record £24m for Joel Amankwah-Lind.", "measure-value price (GBP) = GBP 24000000"},
		{"what returns to service reopens", "The locomotive returned to service on the Cawder Valley Railway on May 9, 2026.", "event-date reopening = 2026-05-09"},
		{"the first one there is no first occurrence", "I was at the station by half past eight on May 10, 2026, and I wasn't the first there.", ""},
		{"starting in a role is an appointment", "Professor Adaeze Kettering will start in the role on October 1, 2026.", "event-date appointment [Adaeze Kettering] = 2026-10-01"},
		{"a year before the measure word is the figure's period", "The Library's 2026 budget allocates €7.9 million to Open Shelves.", "measure-value budget (EUR) = EUR 7900000 @2026"},
		{"a date before an event counted from is not that event's", "Rescuers arrived on March 17, 2026, about eighteen hours after the earthquake.", ""},
	} {
		if got := described(tc.text); got != tc.want {
			t.Errorf("%s: %q claims %q, want %q", tc.why, tc.text, got, tc.want)
		}
	}
}

// A bare weekday no tense places is the nearer of the two; an event no
// one schedules is the one past.
func TestUnplannedWeekdayIsPast(t *testing.T) {
	friday := &recognize.Civil{Year: 2026, Month: 3, Day: 13}
	for _, tc := range []struct{ text, want string }{
		{"Monday night's collapse at Terminal 3 is first a human tragedy.", "event-date accident = 2026-03-09"},
		{"Monday's meeting at the town hall is open to all residents.", "event-date meeting = 2026-03-16"},
		{"The crane collapsed on Monday night.", "event-date accident = 2026-03-09"},
	} {
		var got []string
		for _, c := range extract(tc.text, friday) {
			got = append(got, describe(c))
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q claims %q, want %q", tc.text, g, tc.want)
		}
	}
}

// An event's subject is the name its verb is said of, not the first name
// of the sentence, nor an appositive's noun.
func TestEventAbout(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Amber Line is the first new rail line in the region since the Teal Line opened in 2011.", "Teal Line"},
		{"Riders boarded the Amber Line, the region's newest light-rail line, which began service on May 9, 2026.", "Amber Line"},
		{"Riders boarded the Amber Line, which began service on May 9, 2026.", "Amber Line"},
		{"Ardley Park, the city's oldest park, reopened on May 9, 2026.", "Ardley Park"},
	} {
		var got []string
		for _, c := range extract(tc.text, nil) {
			if c.Kind == rules.KindEventDate {
				got = append(got, c.About)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: event of %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A bare weekday is the day the document states outright a week away,
// when it states one: the story's own reading of it.
func TestWeekdayTheStoryStates(t *testing.T) {
	monday := &recognize.Civil{Year: 2026, Month: 4, Day: 20}
	var got []string
	for _, c := range extract("Veskarians vote Sunday.\nThe parliamentary election is on Sunday, April 26, 2026.", monday) {
		got = append(got, describe(c))
	}
	want := "event-date election = 2026-04-26|event-date election = 2026-04-26"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("claims %q, want %q", g, want)
	}
	// With the day taken stated too, or both weeks, it stays as read.
	for _, text := range []string{
		"Veskarians vote Sunday.\nThe parliamentary election is on Sunday, April 26, 2026.\nThe old poll was on Sunday, April 19, 2026.",
		"Veskarians vote Sunday.\nThe parliamentary election is on Sunday, April 26, 2026.\nThe first round was on Sunday, April 12, 2026.",
	} {
		cl := extract(text, monday)
		if len(cl) == 0 || cl[0].Value.Norm != "2026-04-19" {
			t.Errorf("%q: first claim %v, want the Sunday read, 2026-04-19", text, cl)
		}
	}
}

// A figure "now", "so far" or "as of" a day is a tally that may grow.
func TestSoFar(t *testing.T) {
	for text, want := range map[string]bool{
		"As of August 15, fires had burned 812,400 hectares across the province.": true,
		"The toll now stands at 41 dead.":                                         true,
		"Crews have cleared 300 tonnes of debris so far.":                         true,
		"Fires burned 1,284,600 hectares in 2025.":                                false,
		"As of August 15 the ban applied; fires burned 812,400 hectares.":         false,
	} {
		var got []bool
		for _, c := range extract(text, nil) {
			if c.Kind == rules.KindMeasure {
				got = append(got, c.SoFar)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: so far %v, want %v", text, got, want)
		}
	}
}

// A month's year may follow the noun the month names: not the year the
// story was written.
func TestMonthYearAfterNoun(t *testing.T) {
	published := &recognize.Civil{Year: 2025, Month: 9, Day: 10}
	var got []string
	for _, c := range extract("The schooner vanished when she sank in a November gale in 1868.", published) {
		got = append(got, describe(c))
	}
	if g, want := strings.Join(got, "|"), "event-date accident = 1868-11"; g != want {
		t.Errorf("claims %q, want %q", g, want)
	}
}

// A date that ends a span an event opens is no date of the event.
func TestSpanAfterEvent(t *testing.T) {
	monday := &recognize.Civil{Year: 2026, Month: 3, Day: 16}
	for _, c := range extract("A total of 47 sailings were cancelled between the grounding and the weekend.", monday) {
		if c.Kind == rules.KindEventDate {
			t.Errorf("claims %s, want no event date", describe(c))
		}
	}
}

// A page's labels and notes on itself name nothing it is about.
func TestTopicHoldsNoLabels(t *testing.T) {
	text := "News Release Date: January 14, 2026 · Contact: Public Affairs Office\nMedia release · 12 May 2026 · Embargoed until 10:00\nLarkspur Canyon recorded 3,412,870 visits in 2025."
	cl := extract(text, nil)
	if len(cl) == 0 {
		t.Fatal("no claims")
	}
	for _, k := range cl[0].Topic {
		if k == "news release date" || k == "contact" || k == "embargoed" {
			t.Errorf("topic %q holds %q", cl[0].Topic, k)
		}
	}
}

// TestBylineDatesNoEvent: the date a byline ends with dates the document,
// not the event the next sentence names.
func TestBylineDatesNoEvent(t *testing.T) {
	text := "M4 Eastern Line: opening programme and first timetable\nPress release — Varnholm Transit Authority (VTA), 3 June 2025\nThe Varnholm Transit Authority today published the opening programme for the M4 Eastern Line."
	var got []string
	for _, c := range extract(text, &recognize.Civil{Year: 2025, Month: 6, Day: 3}) {
		got = append(got, describe(c))
	}
	if want := "event-date release = 2025-06-03"; strings.Join(got, "; ") != want {
		t.Errorf("claims %q, want %q", got, want)
	}
}

// TestBodyShortFormIsNoPerson: a body's name less its last word is the
// body, whatever verb of speech follows it; a title before it still makes
// it a person's.
func TestBodyShortFormIsNoPerson(t *testing.T) {
	for text, want := range map[string]string{
		"The regulator fined Calder Mutual Bank £18.4 million.\nCalder Mutual told customers a week later.": "",
		"Henry Ford Hospital opened a wing.\nDr. Henry Ford told reporters the wing cost $12 million.":      "henry ford",
	} {
		doc := &Doc{Text: text}
		start := 0
		for _, line := range strings.SplitAfter(text, "\n") {
			doc.Units = append(doc.Units, Unit{Start: start, End: start + len(strings.TrimSuffix(line, "\n"))})
			doc.Values = append(doc.Values, recognize.Find(strings.TrimSuffix(line, "\n"), recognize.Options{}))
			start += len(line)
		}
		var got []string
		for _, p := range lexicon.People(doc) {
			got = append(got, p.Name.Key)
		}
		if g := strings.Join(slices.Compact(got), "|"); g != want {
			t.Errorf("%q: people %q, want %q", text, g, want)
		}
	}
}

// TestOpeningClauseKeepsItsDate: a date in a clause the sentence opens with
// ("Since work began in 2017,") dates neither an event nor a term of
// office of the main clause.
func TestOpeningClauseKeepsItsDate(t *testing.T) {
	text := "Since work began in 2017, our teams have dealt with flooding, said VTA chief executive Renate Hollweg."
	var got []string
	for _, c := range extract(text, nil) {
		got = append(got, describe(c))
	}
	if want := "role-holder chief executive of vta = Renate Hollweg"; strings.Join(got, "; ") != want {
		t.Errorf("claims %q, want %q", got, want)
	}
}

// TestDateOfTheVerbNotItsObject: an event noun that a vote is for takes no
// date of the vote's.
func TestDateOfTheVerbNotItsObject(t *testing.T) {
	var got []string
	for _, c := range extract("Members of the union had voted for the strike in February.", &recognize.Civil{Year: 2026, Month: 3, Day: 4}) {
		got = append(got, describe(c))
	}
	if want := ""; strings.Join(got, "; ") != want {
		t.Errorf("claims %q, want %q", got, want)
	}
}
