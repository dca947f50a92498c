package checker

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/internal/corpusgen"
)

// checkFiles runs the whole pipeline on an in-memory corpus.
func checkFiles(t *testing.T, files map[string]string) *report.Report {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	inputs, _, err := source.Collect(fsys, []string{"."}, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep, _, err := Check(inputs, Options{Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// summary renders a report's findings as "kind rule: subject = v1 | v2".
func summary(rep *report.Report) []string {
	var out []string
	for _, f := range rep.Findings {
		var vals []string
		for _, v := range f.Values {
			vals = append(vals, v.Value)
		}
		sort.Strings(vals)
		out = append(out, f.Kind+" "+f.Rule+": "+f.Subject+" = "+strings.Join(vals, " | "))
	}
	return out
}

const manifest = `- file: a.txt
  published: 2025-04-28
- file: b.txt
  published: 2025-04-28
- file: c.txt
  published: 2023-10-26
- file: f.txt
  published: 2025-06-20
`

func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // findings, in report order
	}{
		{
			name: "event dates disagree",
			files: map[string]string{
				"a.txt": "The summit in Hanoi on April 29, 2025, between Prime Minister Shigeru Ishiba and Prime Minister Pham Minh Chinh was brief.",
				"b.txt": "The April 28 summit in Hanoi between Prime Minister Ishiba Shigeru and Prime Minister Pham Minh Chinh was brief.",
			},
			want: []string{"conflict event-date: date of the Ishiba–Chinh summit in Hanoi = 2025-04-28 | 2025-04-29"},
		},
		{
			name: "a participle after a comma is said of the name before it",
			files: map[string]string{
				"a.txt": "The Upper Harrow Water Authority operates Coldwater Dam, completed in 1961, along with two smaller dams.",
				"b.txt": "Coldwater Dam, an earthen embankment, was completed in 1964 to control floods.",
			},
			want: []string{"conflict event-date: year of the Coldwater Dam completion = 1961 | 1964"},
		},
		{
			name: "two dates each news in its own document, months apart, are two occurrences",
			files: map[string]string{
				"sources.yaml": "- file: a.txt\n  published: 2024-09-18\n- file: b.txt\n  published: 2026-03-11\n",
				"a.txt":        "Cascadia Sound Ferries has signed a contract to build an electric ferry, the company announced on Wednesday.",
				"b.txt":        "Cascadia Sound Ferries announced on Wednesday that its electric ferry will sail in June.",
			},
			want: nil,
		},
		{
			name: "a vote to come, in a story written after another vote, is another vote",
			files: map[string]string{
				"sources.yaml": "- file: a.txt\n  published: 2026-03-11\n- file: b.txt\n  published: 2026-03-13\n",
				"a.txt":        "The Ashford school board approved the budget. The budget now goes to the Ashford city council, which is expected to vote on it in April.",
				"b.txt":        "The Ashford school board's vote on Tuesday approved the budget.",
			},
			want: nil,
		},
		{
			name: "two dates each news in its own document, days apart, disagree",
			files: map[string]string{
				"a.txt": "Cascadia Sound Ferries announced on Wednesday that its electric ferry will sail in June.",
				"b.txt": "Cascadia Sound Ferries announced on Tuesday that its electric ferry will sail in June.",
			},
			want: []string{"conflict event-date: date of the Cascadia Sound Ferries announcement = 2025-04-22 | 2025-04-23"},
		},
		{
			name: "a common noun opening a sentence scopes a title as it does elsewhere",
			files: map[string]string{
				"a.txt": "The Kestrel Bay Marathon set off at dawn, said race director Colm Brennock.",
				"b.txt": "I ran the Kestrel Bay Marathon again.\n\nRace director Deirdre Vance told us the course was new.",
			},
			want: []string{"conflict role-holder: race director = Colm Brennock | Deirdre Vance"},
		},
		{
			name: "a year naming an edition is no time an office is held",
			files: map[string]string{
				"c.txt": "Kervania's hopes of reaching the 2027 Nations Cup finals faded, and pressure mounted on Kervania head coach Milan Sokolovic.",
				"a.txt": "Kervania sealed a place at the 2027 Nations Cup finals, five months after Kervania head coach Henrik Aalbers took over.",
			},
			want: []string{"stale role-holder: manager of Kervania = Henrik Aalbers | Milan Sokolovic"},
		},
		{
			name: "an area as of a day months before is a tally, not a contradiction",
			files: map[string]string{
				"c.txt": "As of August 15, fires had burned 812,400 hectares across Laurentia.",
				"a.txt": "Fires had burned 1,284,600 hectares across Laurentia by the end of the season.",
			},
			want: []string{"stale measure-value: area = 1284600 ha | 812400 ha"},
		},
		{
			name: "who treated those counted does not say whose they were",
			files: map[string]string{
				"a.txt": "Pedal for Hope ended early in the heat. Medics treated 47 riders for heat exhaustion.",
				"b.txt": "Pedal for Hope ended early in the heat, Kendra Oyelowo said. Kendra Oyelowo rode from the Stone Arch Bridge. The Stone Arch Bridge was hot. Hennepin County paramedics treated 64 riders for heat exhaustion.",
			},
			want: []string{"conflict measure-value: number of riders = 47 | 64"},
		},
		{
			name: "a year a holder speaks of is no time the office is held",
			files: map[string]string{
				"c.txt": "Halvern Therapeutics still expects to report results in the first half of 2026, Halvern chief executive Mark Ellery said.",
				"a.txt": "Halvern Therapeutics will file in the second half of 2026, Halvern chief executive Nadia Ferreira-Holt said.",
			},
			want: []string{"stale role-holder: chief executive of Halvern = Mark Ellery | Nadia Ferreira-Holt"},
		},
		{
			name: "a sum a hundred times another is another sum",
			files: map[string]string{
				"a.txt": "The first 30 minutes on a standard bike cost £1 to unlock.",
				"b.txt": "The scheme cost £14.6 million to set up.",
			},
			want: nil,
		},
		{
			name: "a sum a thousandfold another is a million written for a billion",
			files: map[string]string{
				"a.txt": "The bridge cost £1.2 billion to build.",
				"b.txt": "The bridge cost £1.2 million to build.",
			},
			want: []string{"conflict measure-value: the bridge cost (GBP) = GBP 1200000 | GBP 1200000000"},
		},
		{
			name: "one holder's stake, given two ways",
			files: map[string]string{
				"a.txt": "Skerrie Air is backed by Fjordvest Capital, which owns 24.9 percent of Skerrie.",
				"b.txt": "Skerrie Air is backed by Fjordvest Capital, the investor that holds a 29.4% stake in the airline.",
			},
			want: []string{"conflict measure-value: stake = 24.9% | 29.4%"},
		},
		{
			name: "two holders' stakes",
			files: map[string]string{
				"a.txt": "Skerrie Air is backed by Fjordvest Capital, which owns 24.9 percent of Skerrie.",
				"b.txt": "Skerrie Air is backed by Norvik Partners, which owns 29.4 percent of Skerrie.",
			},
			want: nil,
		},
		{
			name: "one source dating an event years apart tells of two",
			files: map[string]string{
				"a.txt": "The Harrow's highest crest at Millbridge came in 1997, during an ice-jam flood.\n\nThe last time the spillway was used this heavily, in 2011, the resulting flooding caused damage across the valley.",
			},
			want: nil,
		},
		{
			name: "one source dating an event in two years tells of two",
			files: map[string]string{
				"a.md": "---\ndate: 2025-11-11\n---\nHis win rate was respectable for a club of Vellmoor's resources, and the cup final run of 2024 remains the high point of the past decade.\n\nHis first match in charge is Saturday's home game against Harlan Town.\n",
			},
			want: nil,
		},
		{
			name: "one source dating an event days apart contradicts itself",
			files: map[string]string{
				"a.txt": "The Harrow flood struck Millbridge on April 11, 2026, forcing hundreds from their homes.\n\nThe April 12, 2026 flood at Millbridge was the worst in a generation.",
			},
			want: []string{"internal event-date: date of the Harrow flood in Harrow = 2026-04-11 | 2026-04-12"},
		},
		{
			name: "a meeting with other participants is another event",
			files: map[string]string{
				"a.txt": "The summit in Hanoi on April 28, 2025, between Prime Minister Shigeru Ishiba and Prime Minister Pham Minh Chinh was brief.",
				"b.txt": "On April 27, 2025, Prime Minister Shigeru Ishiba met General Secretary To Lam in Hanoi.",
			},
			want: nil,
		},
		{
			name: "a date set for a step to come and one of a step taken are no self-contradiction",
			files: map[string]string{
				"a.md": "---\ndate: 2026-01-20\n---\nA judge on Friday granted preliminary approval to the Marrowgate settlement, in a ruling for Judge Miriam Oyelaran.\n\nOyelaran is expected to decide on final approval after a hearing set for April 28, 2026.\n",
			},
			want: nil,
		},
		{
			name: "a plan that a later source finds overtaken is of another time, and no self-contradiction with a past release",
			files: map[string]string{
				"a.md": "---\ndate: 2024-08-21\n---\nGreywater Interactive has delayed its game, pushing it from its planned October 2024 release into 2025.\n\nGreywater Interactive's last release came in 2016.\n",
				"b.md": "---\ndate: 2026-03-19\n---\nGreywater Interactive said its game sold 3.4 million copies after its release on March 12, 2026.\n",
			},
			want: []string{"stale event-date: date of the Interactive release = 2024-10 | 2026-03-12"},
		},
		{
			name: "what a source announced today is news beside an announcement of years before",
			files: map[string]string{
				"a.md":   "---\ndate: 2024-08-21\n---\nGreywater Interactive pushed the game back in an announcement two years ago.\n",
				"b.html": "<html><body><p>Press Release &middot; March 19, 2026</p><p>Greywater Interactive today announced record sales.</p></body></html>",
			},
			want: nil,
		},
		{
			name: "counts more than ten times apart count two things",
			files: map[string]string{
				"a.txt": "The census counted 38,412,906 people in Moravane.",
				"b.txt": "Aldmere became the second-largest city of Moravane, with 2,114,870 people.",
			},
			want: nil,
		},
		{
			name: "a source that dates two quakes in one sentence tells of two",
			files: map[string]string{
				"a.txt": "A magnitude 5.9 quake near the town of Ostica in October 2011 killed three people, and the 1952 Ostica earthquake, which killed 212, remains the deadliest.",
				"b.txt": "We were here in 2011 too, after the smaller Ostica quake.",
			},
			want: nil,
		},
		{
			name: "a wrong weekday",
			files: map[string]string{
				"a.txt": "The ceremony took place on Monday, April 29, 2025.",
			},
			want: []string{"internal weekday-date: weekday of 2025-04-29 = 2025-04-29 | Monday"},
		},
		{
			name: "agreeing figures with qualifiers",
			files: map[string]string{
				"a.txt": "About 600,000 Vietnamese workers live in Japan. Bilateral trade reached nearly $50 billion in 2024.",
				"b.txt": "Some 600,000 Vietnamese workers live in Japan. Bilateral trade hit $49.2 billion in 2024.",
			},
			want: nil,
		},
		{
			name: "figures for two periods are a series",
			files: map[string]string{
				"a.txt": "Bilateral trade hit $46.2 billion in 2024, up 2.7% from 2023.",
				"c.txt": "Bilateral trade between the two countries reached nearly $50 billion in 2022.",
			},
			want: []string{"period measure-value: bilateral trade (USD) by period = USD 44990000000 | USD 46200000000 | USD 50000000000"},
		},
		{
			name: "an older source names the previous office holder",
			files: map[string]string{
				"a.txt": "Japanese Prime Minister Shigeru Ishiba arrived in Hanoi.",
				"c.txt": "Japanese Prime Minister Fumio Kishida arrived in Tokyo.",
			},
			want: []string{"stale role-holder: prime minister of Japan = Fumio Kishida | Shigeru Ishiba"},
		},
		{
			name: "unrelated documents are not aligned",
			files: map[string]string{
				"a.txt": "Julian Lewis Jones was born on 21 August 1968 in Wales.",
				"b.txt": "Marina Baker was born on 8 December 1967 in England.",
			},
			want: nil,
		},
		{
			name: "a birth date disagrees",
			files: map[string]string{
				"a.txt": "Julian Lewis Jones (born 21 August 1968) is a Welsh actor.",
				"b.txt": "Julian Lewis Jones was born on 27 August 1968.",
			},
			want: []string{"conflict event-date: date of the Jones birth = 1968-08-21 | 1968-08-27"},
		},
		{
			// The manifest does not date these notes, so each one's
			// latest date stands in for its publication date. That must
			// not make h.txt's birth date news and g.txt's history.
			name: "a birth date in life dates disagrees",
			files: map[string]string{
				"g.txt": "Ilse Vandamme (12 August 1879 – 3 February 1951) was a Belgian botanist.",
				"h.txt": "Vandamme was born on 21 August 1879, the second of five children.",
			},
			want: []string{"conflict event-date: date of the Vandamme birth = 1879-08-12 | 1879-08-21"},
		},
		{
			// b.txt is undated, so only a.txt's "up from" dates the 44.
			name: "a figure another source gives as the earlier one",
			files: map[string]string{
				"a.txt": "The Civic Union won 58 seats in the assembly, up from 44 four years ago.",
				"b.txt": "The Civic Union holds 58 seats.",
				"d.txt": "The Civic Union won 44 seats.",
			},
			want: []string{"stale measure-value: number of seats = 44 | 58"},
		},
		{
			name: "without the earlier figure the counts disagree",
			files: map[string]string{
				"b.txt": "The Civic Union holds 58 seats.",
				"d.txt": "The Civic Union won 44 seats.",
			},
			want: []string{"conflict measure-value: number of seats = 44 | 58"},
		},
		{
			// e.txt has no date; it agrees with a.txt, which is dated
			// long after c.txt.
			name: "an undated source that agrees with a later one",
			files: map[string]string{
				"a.txt": "Over her career Elspeth Corrow published more than 260 papers.",
				"c.txt": "Elspeth Corrow has published some 140 papers so far.",
				"e.txt": "Elspeth Corrow published more than 260 papers.",
			},
			want: []string{"stale measure-value: number of papers = 140 | 260"},
		},
		{
			// e.txt has no date, but names a.txt's prime minister, and
			// a.txt and c.txt, far apart, name different ones: e.txt's
			// president is of a.txt's time, not a rival of c.txt's.
			name: "an undated source named the office holders of a later one",
			files: map[string]string{
				"a.txt": "Japanese Prime Minister Shigeru Ishiba arrived in Hanoi.",
				"c.txt": "Japanese Prime Minister Fumio Kishida met Vietnamese President Vo Van Thuong.",
				"e.txt": "Japanese Prime Minister Shigeru Ishiba will meet Vietnamese President Luong Cuong.",
			},
			want: []string{
				"stale role-holder: president of Vietnam = Luong Cuong | Vo Van Thuong",
				"stale role-holder: prime minister of Japan = Fumio Kishida | Shigeru Ishiba",
			},
		},
		{
			// e.txt names b.txt's chief executive, but nothing says an
			// office changed hands between b.txt and f.txt: the prices
			// are of one deal.
			name: "an undated source named the office holders of a source of another month",
			files: map[string]string{
				"b.txt": "Corvane chief executive Daniel Okafor said shareholders will receive $38.50 a share.",
				"f.txt": "Shareholders received $38.50 a share, Corvane chief executive Daniel Okafor said.",
				"e.txt": "Corvane paid $36.50 a share, chief executive Daniel Okafor said.",
			},
			want: []string{"conflict measure-value: price per share (USD) = USD 36.5 | USD 38.5"},
		},
		{
			name: "two trials with other numbers are two things",
			files: map[string]string{
				"a.txt": "Approval was based on the Phase 3 CLEARWAY-3 trial of 1,248 patients.",
				"b.txt": "Phase 2 study (CLEARWAY-2): 312 patients\nPhase 3 pivotal study (CLEARWAY-3): 1,248 patients\n",
				"d.txt": "The pivotal study, CLEARWAY-3, randomized 1,284 patients.",
			},
			want: []string{"conflict measure-value: number of patients = 1248 | 1284"},
		},
		{
			// A release named by its version, however it is written,
			// is not another version's.
			name: "two versions are two releases",
			files: map[string]string{
				"a.md": "---\ndate: 2025-08-25\n---\nLarkspur 3.5.0 shipped on June 10, 2025.\n",
				"b.md": "---\ndate: 2025-08-20\n---\nLarkspur's maintainers released version 3.5.2 with a fix on August 19, 2025.\n",
				"c.md": "---\ndate: 2025-08-20\n---\nThe Larkspur project released version 3.5.2 on August 18, 2025.\n",
			},
			want: []string{"conflict event-date: date of the Larkspur release = 2025-08-18 | 2025-08-19"},
		},
		{
			// A source written before the day another says the office
			// changed hands names the holder of its own time.
			name: "a holder who took office after an older source",
			files: map[string]string{
				"a.md": "---\ndate: 2025-07-19\n---\nThe heatwave in Dunmarrow broke the national record.\n\nHealth Minister Colm Aherne urged people in Dunmarrow to check on neighbours.\n",
				"b.md": "---\ndate: 2025-08-05\n---\nHospitals in Dunmarrow admitted many patients during the heatwave.\n\nHealth Minister Rosalind Tait, who took over the portfolio in the reshuffle on July 28, said the government would study the report.\n",
			},
			want: []string{"stale role-holder: health minister = Colm Aherne | Rosalind Tait"},
		},
		{
			// A figure each source dates, to two days, held at two times,
			// whatever it counts.
			name: "figures dated to two days",
			files: map[string]string{
				"a.md": "---\ndate: 2025-04-16\n---\nThe Calder Ship Canal reopened.\n\nBy Tuesday, April 15, 87 vessels were waiting at the Calder Ship Canal.\n",
				"b.md": "---\ndate: 2025-04-21\n---\nThe Calder Ship Canal backlog grew.\n\nOn Sunday, April 20, 422 vessels were waiting at the Calder Ship Canal.\n",
			},
			want: []string{"stale measure-value: number of vessels = 422 | 87"},
		},
		{
			// A figure counted since some time grows from day to day.
			name: "tallies since a day, two days apart",
			files: map[string]string{
				"a.md": "---\ndate: 2025-07-19\n---\nThe heatwave in Dunmarrow broke records.\n\nHospitals in Dunmarrow had admitted 312 patients with heat-related illness since Monday.\n",
				"b.md": "---\ndate: 2025-07-21\n---\nThe heatwave in Dunmarrow went on.\n\nSince the alert was issued on Wednesday 16 July, hospitals in Dunmarrow have admitted 540 patients with heat-related illness.\n",
			},
			want: []string{"stale measure-value: number of patients = 312 | 540"},
		},
		{
			// One instant, dated in UTC by one source and in local time
			// by another, a day apart.
			name: "a launch dated in UTC and in local time",
			files: map[string]string{
				"a.md": "---\ndate: 2025-09-17\n---\nA Corvid-2 rocket carrying the Aurivel-3 satellite lifted off from Skarnes at 22:42 UTC on Tuesday, September 16.\n",
				"b.md": "---\ndate: 2025-09-18\n---\nThe Aurivel-3 satellite lifted off from Skarnes at 00:42 local time on Wednesday, 17 September.\n",
			},
			want: nil,
		},
		{
			// Founders are no thing founded, and "the company" of a story
			// about a company is that company.
			name: "a founding by its founders",
			files: map[string]string{
				"a.md": "---\ndate: 2025-10-06\n---\nLumeris was founded in 2019 by chief executive Mira Castellanos.\n\nLumeris sells software to insurers.\n",
				"b.md": "---\ndate: 2025-10-07\n---\nNorthgate has bought Lumeris, and Lumeris will keep its name.\n\nThe company was founded in 2018 by Mira Castellanos and Jonah Whitcombe.\n",
			},
			want: []string{"conflict event-date: year of the Lumeris founding = 2018 | 2019"},
		},
		{
			// A holder since a year holds the office still: another
			// named for a year between is a rival.
			name: "a holder since a year",
			files: map[string]string{
				"a.md": "---\ndate: 2025-09-30\n---\nThe Liberal People's Party campaigned on climate.\n\nLiberal leader Mats Edholm, who has led the party since 2019, said he would not sign up to any budget.\n",
				"b.md": "---\ndate: 2025-09-29\n---\nThe Liberal People's Party campaigned on climate.\n\nIn 2023, Liberal leader Karin Solberg said the party would talk to everyone.\n",
			},
			want: []string{"conflict role-holder: leader of Liberal = Karin Solberg | Mats Edholm"},
		},
		{
			// A dismissal is an event; a levee that gave way had an
			// accident.
			name: "a dismissal and a breach dated two ways",
			files: map[string]string{
				"a.md": "---\ndate: 2025-11-02\n---\nVellmoor Athletic dismissed head coach Stefan Lindqvist on Monday, October 27.\n\nThe Elsby levee gave way on Friday, October 31.\n",
				"b.md": "---\ndate: 2025-11-03\n---\nStefan Lindqvist was sacked by Vellmoor Athletic on October 26.\n\nThe Elsby levee gave way on Saturday, November 1.\n",
			},
			want: []string{
				"conflict event-date: date of the Elsby accident = 2025-10-31 | 2025-11-01",
				"conflict event-date: date of the Lindqvist dismissal = 2025-10-26 | 2025-10-27",
			},
		},
		{
			// A study and a paper published in a journal are one paper.
			name: "a study and a paper published on two days",
			files: map[string]string{
				"a.md": "---\ndate: 2025-09-18\n---\nCastellane University researchers found a nylon-eating enzyme, according to a study published on September 17 in the journal Applied Microbial Systems.\n",
				"b.md": "---\ndate: 2025-09-16\n---\nCastellane University scientists reported the enzyme in a paper published on Monday, September 15, in the journal Applied Microbial Systems.\n",
			},
			want: []string{"conflict event-date: date of the Castellane University release = 2025-09-15 | 2025-09-17"},
		},
		{
			// A figure at the height of an event is of that moment, which
			// a later report does not update.
			name: "a figure at the height of a flood",
			files: map[string]string{
				"a.md": "---\ndate: 2025-11-05\n---\nThe Tessen flood receded.\n\nRoughly 38% of the valley's farmland was under water at the height of the flood.\n",
				"b.md": "---\ndate: 2025-11-12\n---\nThe Tessen flood receded.\n\n45% of the valley's farmland was under water at the height of the flood.\n",
			},
			want: []string{"conflict measure-value: share of farmland = 38% | 45%"},
		},
		{
			// Who operates a thing is no thing its figure is of.
			name: "a figure beside its operator",
			files: map[string]string{
				"a.md": "---\ndate: 2025-04-15\n---\nThe Corvina Star ran aground in the Calder Ship Canal.\n\nThe vessel, operated by Pellucid Ocean Lines and Kessling Shipping, was carrying 14,200 containers when it grounded.\n",
				"b.md": "---\ndate: 2025-04-16\n---\nThe Corvina Star ran aground in the Calder Ship Canal.\n\nThe Corvina Star was carrying 16,800 containers when she grounded.\n",
			},
			want: []string{"conflict measure-value: number of containers = 14200 | 16800"},
		},
		{
			// A tally up to a day grows after it.
			name: "tallies up to two days",
			files: map[string]string{
				"a.md": "---\ndate: 2025-04-10\n---\nThe Clarivex eye drops were recalled.\n\nThe regulator said it had received 12 reports of suspected eye infections, as of Wednesday evening.\n",
				"b.md": "---\ndate: 2025-04-21\n---\nThe Clarivex eye drops were recalled.\n\nBy the end of last week the regulator had received 27 reports of suspected eye infections.\n",
			},
			want: []string{"stale measure-value: number of reports = 12 | 27"},
		},
		{
			// A named event's year is its date, and the event is the
			// name's, whoever another sentence names near the word.
			name: "a named fire dated two years",
			files: map[string]string{
				"a.md": "---\ndate: 2025-08-20\n---\nMarrow Creek was evacuated.\n\nIt is the first time the town has been emptied since the Corbett Fire of 1994, which destroyed the old lumber mill.\n\nOstrander County Fire Chief Ray Delgado said engines were staged along Main Street.\n",
				"b.md": "---\ndate: 2025-08-22\n---\nMarrow Creek was evacuated.\n\nThe last time Marrow Creek was fully emptied was during the Corbett Fire of 1996.\n",
			},
			want: []string{"conflict event-date: year of the Corbett fire in Corbett = 1994 | 1996"},
		},
		{
			// Walking off the job is a strike; "no talks" is no meeting;
			// the month members voted for a strike is the vote's.
			name: "a strike dated two ways",
			files: map[string]string{
				"a.md": "---\ndate: 2026-03-04\n---\nNurses at Harlow General Hospital walked off the job on Tuesday, March 3.\n\nMembers of the Harlow Nurses Union had voted for the strike in February.\n",
				"b.md": "---\ndate: 2026-03-11\n---\nThe strike by nurses at Harlow General Hospital, which began on Monday, March 2, entered its second week with no talks scheduled.\n",
			},
			want: []string{"conflict event-date: date of the Harlow General Hospital strike = 2026-03-02 | 2026-03-03"},
		},
		{
			name: "places in a championship",
			files: map[string]string{
				"g.txt": "In the 1998 World Rally Championship, Sami Koskela finished third overall. In 1999 he finished sixth in the championship.",
				"h.txt": "Koskela's best season came in 1998, when he finished fifth in the drivers' championship.",
			},
			want: []string{"conflict rank: Sami Koskela's place in the championship in 1998 = 3 | 5"},
		},
		{
			name: "counts a thousand times apart count two things",
			files: map[string]string{
				"g.txt": "Everyone should have had two doses of MMR vaccine. The clinics have given 5,812 doses of MMR vaccine.",
				"h.txt": "Two doses of MMR vaccine are 97 percent effective.",
			},
			want: nil,
		},
		{
			name: "a quarter's figure and the year's",
			files: map[string]string{
				"g.txt": "Marlowe Fluidics reported revenue of $412.6 million in the fourth quarter of 2025.",
				"h.txt": "Marlowe Fluidics reported revenue of $1,534.2 million in 2025.",
				"i.txt": "Marlowe Fluidics reported revenue of $368.9 million in the fourth quarter of 2024.",
			},
			want: []string{"period measure-value: reported revenue (USD) by period = USD 368900000 | USD 412600000"},
		},
		{
			// h.txt sets its two figures apart under its headings.
			name: "a source that gives both figures does not contradict one",
			files: map[string]string{
				"g.txt": "Net income climbed to $49.2 million.",
				"h.txt": "Results\n\nFourth quarter\n\n- Net income of $49.2 million\n\nFull year\n\n- Net income of $171.8 million\n",
			},
			want: nil,
		},
		{
			name: "two towns of one name in two countries",
			files: map[string]string{
				"g.txt": "Castlebury is a market town in the county of Wessford, England. At the 2021 census it had a population of 8,240.",
				"h.txt": "Castlebury is a town in the Australian state of Victoria. At the 2021 census it had a population of 9,115.",
			},
			want: nil,
		},
		{
			name: "places in two opens, and two places in one",
			files: map[string]string{
				"g.txt": "In 2019, Ana Reyes finished third at the Dunmore Open.",
				"h.txt": "In 2019, Ana Reyes finished fifth at the Kestrel Open.\nIn 2019, Ana Reyes finished second at the Dunmore Open.",
			},
			want: []string{"conflict rank: Ana Reyes's place in the open in 2019 = 2 | 3"},
		},
		{
			name: "one buyer's two deals",
			files: map[string]string{
				"g.txt": "Halvers Groep bought Fenwright Instruments for $48.5 million.",
				"h.txt": "Halvers Groep bought Corlen Optics for $120 million. Fenwright Instruments was acquired by Halvers Groep for $46.2 million.",
			},
			want: []string{"conflict measure-value: price paid (USD) = USD 46200000 | USD 48500000"},
		},
		{
			name: "a region's turnout is not the country's",
			files: map[string]string{
				"g.txt": "Voters in Valdmark went to the polls. Turnout reached 61.3 percent, the commission said.",
				"h.txt": "Voters in Valdmark went to the polls. In the province of Halvik, turnout reached 68.2 percent. Turnout was 63.1 percent.",
			},
			want: []string{"conflict measure-value: turnout = 61.3% | 63.1%"},
		},
		{
			name: "figures that modify other nouns count other things",
			files: map[string]string{
				"d.txt": "The Harland Wing at St Aldric's opened. The wing includes a 24-bed acute medical unit.",
				"a.txt": "The Harland Wing at St Aldric's opened. The 146-bed wing cost a lot.",
				"b.txt": "The Harland Wing at St Aldric's opened. The 164-bed wing cost a lot.",
			},
			want: []string{"conflict measure-value: number of bed = 146 | 164"},
		},
		{
			name: "a race held every year: another year is another edition",
			files: map[string]string{
				"a.txt": "The Marrowick Marathon was run on Sunday, April 27, 2025.",
				"b.txt": "The Marrowick Marathon was run on April 26, 2026.",
				"f.txt": "The Marrowick Marathon was run on April 26, 2025.",
			},
			want: []string{"conflict event-date: date of the Marrowick marathon in Marrowick = 2025-04-26 | 2025-04-27"},
		},
		{
			name: "a running tally changes from one day to the next",
			files: map[string]string{
				"a.txt": "The Ostica earthquake killed 231 people.",
				"f.txt": "The Ostica earthquake killed 213 people.",
			},
			want: []string{"stale measure-value: death toll = 213 | 231"},
		},
		{
			name: "a sum is not a tally: one day apart, two estimates disagree",
			files: map[string]string{
				"a.txt": "Organisers estimate the cancellation of the Lennside festival will cost £2.74 million.",
				"g.md":  "---\ndate: 2025-04-29\n---\nOrganisers put the likely cost of the cancellation of the Lennside festival at £2.47 million.\n",
			},
			want: []string{"conflict measure-value: festival will cost (GBP) = GBP 2470000 | GBP 2740000"},
		},
		{
			name: "a count given as a tally so far grows",
			files: map[string]string{
				"a.txt": "Brenford said it had received 14 reports of illness.",
				"g.md":  "---\ndate: 2025-05-08\n---\nBrenford said it had now received 31 reports of illness.\n",
			},
			want: []string{"stale measure-value: number of reports = 14 | 31"},
		},
		{
			name: "a tally called final does not change after",
			files: map[string]string{
				"a.txt": "The Ostica earthquake killed 231 people, the final toll.",
				"f.txt": "The Ostica earthquake killed 213 people.",
			},
			want: []string{"conflict measure-value: death toll = 213 | 231"},
		},
		{
			name: "a rank said of \"it\" is of the party the story is about",
			files: map[string]string{
				"a.txt": "St Aldric's Hospital serves North Vale. St Aldric's Hospital is the region's second-largest hospital.",
				"b.txt": "St Aldric's Hospital opened a new wing on Friday. With the wing open, it remains the third-largest hospital in North Vale.",
			},
			want: []string{"conflict rank: rank of St Aldric as largest hospital = 2 | 3"},
		},
		{
			name: "ranks in different places",
			files: map[string]string{
				"a.txt": "Holloway is the state's third-largest city.",
				"b.txt": "Holloway is the second-largest city in Marsh County.",
				"f.txt": "Holloway is the third-biggest city in the state.",
			},
			want: nil,
		},
		{
			name: "a bare title takes the scope its office has elsewhere",
			files: map[string]string{
				"a.txt": "Castlereach Rovers head coach Ines Valdivia praised the defence.",
				"b.txt": "\"We were second best,\" head coach Paul Brannigan said after the match.",
			},
			want: []string{"conflict role-holder: manager of Castlereach Rovers = Ines Valdivia | Paul Brannigan"},
		},
		{
			name: "a holder said to be leaving has a successor, not a rival",
			files: map[string]string{
				"a.txt": "Robert Osei, Chief Financial Officer since 2017, has decided to retire, Calloway Instruments said.",
				"b.txt": "Calloway Instruments chief financial officer Dana Whitfield said margins would recover.",
			},
			want: []string{"stale role-holder: chief financial officer of Calloway Instruments = Dana Whitfield | Robert Osei"},
		},
		{
			name: "two dates in one sentence are not a contradiction",
			files: map[string]string{
				"a.txt": "The ship was laid down in 1746 but was unfinished when the war ended in 1748.",
			},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"sources.yaml": manifest}
			for k, v := range tt.files {
				files[k] = v
			}
			got := summary(checkFiles(t, files))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestCheckDeterministic runs the seed-like corpus with different job
// counts and input orders and compares the reports.
func TestCheckDeterministic(t *testing.T) {
	files := map[string]string{
		"sources.yaml": manifest,
		"a.txt":        "The summit in Hanoi on April 29, 2025, between Prime Minister Shigeru Ishiba and Prime Minister Pham Minh Chinh was brief. Japanese Prime Minister Shigeru Ishiba spoke.",
		"b.txt":        "The April 28 summit in Hanoi between Prime Minister Ishiba Shigeru and Prime Minister Pham Minh Chinh was brief.",
		"c.txt":        "Japanese Prime Minister Fumio Kishida spoke in Tokyo.",
	}
	first := strings.Join(summary(checkFiles(t, files)), "\n")
	for i := 0; i < 5; i++ {
		if got := strings.Join(summary(checkFiles(t, files)), "\n"); got != first {
			t.Fatalf("run %d differs:\n%s\nfirst:\n%s", i, got, first)
		}
	}
}

// TestEraMessage checks that a stale finding says how an undated source
// was placed in time.
func TestEraMessage(t *testing.T) {
	rep := checkFiles(t, map[string]string{
		"sources.yaml": manifest,
		"a.txt":        "Japanese Prime Minister Shigeru Ishiba arrived in Hanoi.",
		"c.txt":        "Japanese Prime Minister Fumio Kishida met Vietnamese President Vo Van Thuong.",
		"e.txt":        "Japanese Prime Minister Shigeru Ishiba will meet Vietnamese President Luong Cuong.",
	})
	want := "Luong Cuong (date unknown, but names the office holders of sources published 2025-04-28)"
	for _, f := range rep.Findings {
		if strings.Contains(f.Message, want) {
			return
		}
	}
	t.Errorf("no finding says %q", want)
}

// TestYearlessDateline: a dateline without a year ("HANOI, April 29
// (Wire) —") takes the year of the corpus's other sources when they all
// fall within a year, so that its weekdays resolve; not otherwise.
func TestYearlessDateline(t *testing.T) {
	yearless := "HANOI, April 29 (Wire) — The summit in Hanoi on Tuesday between Prime Minister Shigeru Ishiba and Prime Minister Pham Minh Chinh was brief."
	files := map[string]string{
		"sources.yaml": manifest,
		"a.txt":        "The summit in Hanoi on April 28, 2025, between Prime Minister Shigeru Ishiba and Prime Minister Pham Minh Chinh was brief.",
		"y.txt":        yearless,
		// A date inferred from a text (a birth) tells nothing of when
		// the corpus was written.
		"u.txt": "Tran Van Minh was born on March 3, 1950.",
	}
	rep := checkFiles(t, files)
	want := "conflict event-date: date of the Ishiba–Chinh summit in Hanoi = 2025-04-28 | 2025-04-29"
	if got := strings.Join(summary(rep), "\n"); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
	for _, s := range rep.Sources {
		if s.ID == "y" && (s.Published == nil || *s.Published != "2025-04-29" || s.PublishedFrom != fromCorpusYear) {
			t.Errorf("source y published %v from %q, want 2025-04-29 from %s", s.Published, s.PublishedFrom, fromCorpusYear)
		}
	}

	// Sources two years apart leave the year open.
	files["c.txt"] = "The summit in Hanoi on October 26, 2023, between Prime Minister Fumio Kishida and Prime Minister Pham Minh Chinh was brief."
	for _, s := range checkFiles(t, files).Sources {
		if s.ID == "y" && s.Published != nil {
			t.Errorf("source y published %s, want unknown", *s.Published)
		}
	}
}

// TestBareTitleSeverity: holders of a title that names no organization
// may be two clubs' coaches, and disagree only as a warning; two ways of
// writing one name are a conflict still.
func TestBareTitleSeverity(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"Castlereach Rovers beat Ashby Town. \"We took our chances,\" said head coach Ines Valdivia.",
			"Ashby Town lost to Castlereach Rovers. \"We were second best,\" head coach Paul Brannigan said.", report.SeverityWarning},
		{"Westmarch University said vice-chancellor Rhiannon Achterberg would speak.",
			"Westmarch University said vice-chancellor Rowan Achterberg would speak.", report.SeverityError},
		// Two stories about one company: the title is that company's.
		{"Quillon Semiconductor taped out its first chip. Quillon will ship it in 2027. \"It works,\" said chief technology officer Priya Raghunathan.",
			"Quillon Semiconductor raised money on Monday. Quillon plans to hire. Chief technology officer Daniel Okafor said the chip works.", report.SeverityError},
	} {
		rep := checkFiles(t, map[string]string{"sources.yaml": manifest, "a.txt": tc.a, "b.txt": tc.b})
		var got []string
		for _, f := range rep.Findings {
			got = append(got, f.Severity+" "+f.Rule)
		}
		if want := tc.want + " role-holder"; strings.Join(got, "|") != want {
			t.Errorf("%q and %q: findings %q, want %q", tc.a, tc.b, got, want)
		}
	}
}

// TestReadBatch checks that a worker's batch stops at batchDocs documents
// or once it holds batchBytes of text, and that every document is read
// once.
func TestReadBatch(t *testing.T) {
	fsys := fstest.MapFS{}
	small := "The museum opened on 16 June 2024.\n"
	large := strings.Repeat("The museum cost $108 million.\n", batchBytes/3/30+1) // three fill a batch
	const nSmall, nLarge = 300, 7
	for i := range nSmall {
		fsys[fmt.Sprintf("s%03d.txt", i)] = &fstest.MapFile{Data: []byte(small)}
	}
	for i := range nLarge {
		fsys[fmt.Sprintf("t%03d.txt", i)] = &fstest.MapFile{Data: []byte(large)}
	}
	inputs, _, err := source.Collect(fsys, []string{"."}, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	next := make(chan int, len(inputs))
	for i := range inputs {
		next <- i
	}
	close(next)
	seen := map[int]bool{}
	var sizes []int
	for {
		batch := readBatch(nil, next, inputs, Options{})
		if len(batch) == 0 {
			break
		}
		sizes = append(sizes, len(batch))
		if len(batch) > batchDocs {
			t.Errorf("batch of %d documents, want at most %d", len(batch), batchDocs)
		}
		held := 0
		for _, r := range batch[:len(batch)-1] {
			held += len(r.src.Text)
		}
		if held >= batchBytes {
			t.Errorf("batch took a document after holding %d bytes", held)
		}
		for _, r := range batch {
			if seen[r.idx] {
				t.Errorf("document %d read twice", r.idx)
			}
			seen[r.idx] = true
		}
	}
	if len(seen) != len(inputs) {
		t.Errorf("read %d documents, want %d", len(seen), len(inputs))
	}
	// 300 small ones fill two batches and begin a third, which three large
	// ones fill by size; so do the next three.
	if want := []int{128, 128, 47, 3, 1}; !slices.Equal(sizes, want) {
		t.Errorf("batch sizes %v, want %v", sizes, want)
	}
}

// TestStoriesStayApart checks a generated corpus of many stories about
// subjects of the same kinds (museums, airlines, storms): no finding may
// quote two stories. One word that several stories share, taken for a
// name, once joined the museum costs of dozens of stories into one
// finding.
func TestStoriesStayApart(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and checks 1,000 documents")
	}
	dir := t.TempDir()
	st, err := corpusgen.Generate(dir, corpusgen.DefaultConfig(1000))
	if err != nil {
		t.Fatal(err)
	}
	inputs, _, err := source.Collect(os.DirFS(dir), []string{"."}, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep, _, err := Check(inputs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Findings {
		stories := map[int]bool{}
		for _, v := range f.Values {
			for _, m := range v.Mentions {
				s, ok := st.Story[filepath.ToSlash(m.Path)]
				if !ok {
					t.Fatalf("finding %s quotes %s, which is no generated document", f.ID, m.Path)
				}
				stories[s] = true
			}
		}
		if len(stories) > 1 {
			t.Errorf("finding %s (%s) quotes %d stories: %v", f.ID, f.Subject, len(stories), slices.Sorted(maps.Keys(stories)))
		}
	}
}
