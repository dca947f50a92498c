package corpusgen

import (
	"math/rand/v2"
	"strings"

	"github.com/factlint/factlint/checker/goldtest"
)

// Formats a document may take.
const (
	formatText     = iota // wire copy: headline, dateline, paragraphs, credits
	formatMarkdown        // front matter, headings
	formatHTML            // a page with navigation, scripts and a footer
)

func pickFormat(r *rand.Rand) int {
	switch n := r.IntN(10); {
	case n < 4:
		return formatText
	case n < 7:
		return formatMarkdown
	}
	return formatHTML
}

type outlet struct{ name, slug string }

var outlets = []outlet{
	{"Northwire", "northwire"}, {"The Coastal Ledger", "coastal-ledger"},
	{"Meridian Daily", "meridian-daily"}, {"Harbour Times", "harbour-times"},
	{"The Valley Post", "valley-post"}, {"Eastgate Herald", "eastgate-herald"},
	{"Lakeside Journal", "lakeside-journal"}, {"Plainsview Press", "plainsview-press"},
	{"Ridge Radio", "ridge-radio"}, {"The Evening Tribune", "evening-tribune"},
}

var reporters = strings.Split("Petra Hollis,Dan Mirko,Sam Oduya,Lea Brandt,Ken Osei,Mina Torvik,Raul Serra,Ilse Vaar", ",")

// paragraph is one line of body text and the facts it states.
type paragraph struct {
	text   string
	placed []placed
	head   bool // a subheading
}

// render writes dc as its format asks and records where each fact stands.
func (s *story) render(dc *doc) string {
	r, d, v := s.r, s.dom, s.vars
	facts := map[string]string{}
	for k, f := range dc.facts {
		facts[k] = f.text
	}
	sentence := func(list []string) paragraph {
		t, p := expand(list[r.IntN(len(list))], v, facts)
		return paragraph{text: t, placed: p}
	}
	filler := func() string {
		t, _ := expand(fillerSentence(r, d), v, nil)
		return t
	}

	// The lead states the event; each other fact gets a paragraph of its
	// own, with some comment around it.
	var lead paragraph
	if _, ok := dc.facts[slotDate]; ok {
		lead = sentence(d.event)
	} else {
		lead = paragraph{text: filler()}
	}
	var body []paragraph
	add := func(p paragraph) {
		if r.IntN(2) == 0 {
			p.text += " " + filler()
		}
		body = append(body, p)
	}
	if dc.archive {
		add(sentence(d.stale))
	} else {
		add(paragraph{text: "“We have worked towards this for a long time,” " + v["P1"] + " said."})
	}
	if _, ok := dc.facts[slotHolder]; ok {
		add(sentence(d.role))
	}
	if _, ok := dc.facts[slotFirst]; ok {
		add(sentence(d.first))
	}
	if _, ok := dc.facts[slotCount]; ok {
		add(sentence(d.count))
	}
	if dc.qual {
		add(sentence(d.countQual))
	}
	if _, ok := dc.facts[slotMoney]; ok {
		add(sentence(d.money))
	}
	for _, t := range dc.extra {
		add(sentence([]string{t}))
	}
	r.Shuffle(len(body), func(i, j int) { body[i], body[j] = body[j], body[i] })

	// Comment paragraphs, placed anywhere after the lead, up to the size
	// the document is to have: 2-8 KB with the markup.
	overhead := map[int]int{formatText: 100, formatMarkdown: 150, formatHTML: 950}[dc.format]
	target := 2300 + r.IntN(5600)
	size := overhead + len(lead.text)
	for _, p := range body {
		size += len(p.text) + 2
	}
	for size < target {
		var b strings.Builder
		for k := 2 + r.IntN(3); k > 0; k-- {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(filler())
		}
		p := paragraph{text: b.String()}
		if size+len(p.text) > 8000 {
			break
		}
		if dc.format != formatText && r.IntN(6) == 0 {
			body = insertAt(body, r.IntN(len(body)+1), paragraph{text: pick(r, "Background", "Reaction", "What comes next", "Context"), head: true})
		}
		body = insertAt(body, r.IntN(len(body)+1), p)
		size += len(p.text) + 2
	}

	headline, _ := expand(d.headlines[r.IntN(len(d.headlines))], v, nil)
	if dc.archive {
		headline, _ = expand(pick(r, "{Org1} sets out its plans", "Interview: the head of {Org1}", "{Org1} under pressure to change"), v, nil)
	}
	var lines []string
	place := func(p paragraph, prefix string) {
		lines = append(lines, prefix)
		line := len(lines)
		lines[line-1] += p.text
		for _, pl := range p.placed {
			dc.where[pl.slot] = goldtest.Mention{File: dc.file, Line: line, Text: pl.text, Value: goldtest.Scalar(dc.facts[pl.slot].gold)}
		}
	}
	reporter := reporters[r.IntN(len(reporters))]
	switch dc.format {
	case formatText:
		lines = append(lines, headline, "")
		place(lead, strings.ToUpper(v["Place"])+", "+dc.pub.Format("January 2, 2006")+" ("+dc.outlet.name+") — ")
		for _, p := range body {
			lines = append(lines, "")
			place(p, "")
		}
		lines = append(lines, "", "(Reporting by "+reporter+"; Editing by "+reporters[(r.IntN(len(reporters)))]+")")
	case formatMarkdown:
		lines = append(lines, "---", "title: \""+headline+"\"", "date: "+dc.pub.Format("2006-01-02"),
			"author: "+reporter, "tags: ["+d.section+", "+strings.ToLower(firstWord(v["Place"]))+"]", "---", "",
			"# "+headline, "")
		place(lead, "")
		for _, p := range body {
			lines = append(lines, "")
			if p.head {
				lines = append(lines, "## "+p.text)
				continue
			}
			place(p, "")
		}
	case formatHTML:
		lines = append(lines, "<!DOCTYPE html>", `<html lang="en">`, "<head>", `<meta charset="utf-8">`,
			"<title>"+headline+" | "+dc.outlet.name+"</title>",
			`<meta property="article:published_time" content="`+dc.pub.Format("2006-01-02")+`T08:30:00Z">`,
			"<style>body{font-family:serif;max-width:42em} nav a{margin:0 0.5em}</style>",
			`<script>window.dataLayer=[{"section":"`+d.section+`","words":1250,"updated":"2025-01-01"}];</script>`,
			"</head>", "<body>",
			`<nav><a href="/">Home</a> <a href="/`+d.section+`">`+strings.ToUpper(d.section[:1])+d.section[1:]+`</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></nav>`,
			"<article>", "<h1>"+headline+"</h1>", `<p class="byline">By `+reporter+"</p>")
		place(lead, "<p>")
		lines[len(lines)-1] += "</p>"
		for _, p := range body {
			if p.head {
				lines = append(lines, "<h2>"+p.text+"</h2>")
				continue
			}
			place(p, "<p>")
			lines[len(lines)-1] += "</p>"
		}
		lines = append(lines, "</article>", `<footer><p>Copyright `+dc.outlet.name+`. All rights reserved.</p></footer>`, "</body>", "</html>")
	}
	return strings.Join(lines, "\n") + "\n"
}

func insertAt(ps []paragraph, i int, p paragraph) []paragraph {
	ps = append(ps, paragraph{})
	copy(ps[i+1:], ps[i:])
	ps[i] = p
	return ps
}
