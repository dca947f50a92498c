package checker

import "github.com/factlint/factlint/checker/claims"

// The check keeps every document's claims and the sentences the report may
// quote until the corpus is aligned, but not the documents: a string cut
// from a document's text keeps all of that text alive, so whatever is kept
// is copied out of it first. TestDetach checks that no field is missed.

// detacher copies the strings a document keeps into one string of their
// own: each distinct string once, and all in one allocation, so that the
// collector, which marks everything the check keeps until the corpus is
// aligned, sees one object a document rather than one a string.
type detacher struct {
	kept  []keptString   // the strings to repoint, in the order met
	at    map[string]int // where each distinct string lies in arena
	arena []byte
	topic *string // the topic last copied
}

// keptString is a string to repoint and where its copy lies in the arena.
type keptString struct {
	p  *string
	at int
}

func (d *detacher) str(s *string) {
	if *s == "" {
		return
	}
	at, ok := d.at[*s]
	if !ok {
		at = len(d.arena)
		d.at[*s] = at
		d.arena = append(d.arena, *s...)
	}
	d.kept = append(d.kept, keptString{s, at})
}

// finish points every string met at its copy.
func (d *detacher) finish() {
	arena := string(d.arena)
	for _, k := range d.kept {
		*k.p = arena[k.at : k.at+len(*k.p)]
	}
}

func (d *detacher) strs(ss []string) {
	for i := range ss {
		d.str(&ss[i])
	}
}

func (d *detacher) names(ns []claims.Name) {
	for i := range ns {
		d.str(&ns[i].Key)
		d.str(&ns[i].Text)
	}
}

func (d *detacher) claim(c *claims.Claim) {
	for _, s := range []*string{
		&c.Kind, &c.Class, &c.Word, &c.Scope, &c.ScopeKey, &c.Place, &c.About, &c.Agent, &c.Period, &c.AsOf, &c.Implied,
		&c.Value.Text, &c.Value.Norm, &c.Value.Currency, &c.Value.Unit, &c.Span.Text,
	} {
		d.str(s)
	}
	if c.Earlier != nil {
		v := *c.Earlier // the original lies in the document's values
		for _, s := range []*string{&v.Text, &v.Norm, &v.Currency, &v.Unit} {
			d.str(s)
		}
		c.Earlier = &v
	}
	d.names(c.Persons)
	d.names(c.Value.Holders)
	d.strs(c.Things)
	d.strs(c.Countries)
	// A document's claims share its topic: it is copied once.
	if len(c.Topic) > 0 && &c.Topic[0] != d.topic {
		d.topic = &c.Topic[0]
		d.strs(c.Topic)
		d.strs(c.TopicPeople)
	}
}

// detach copies what dc keeps out of its source's text and file.
func detach(dc *doc) {
	// About thirteen strings a claim, half of them distinct.
	n := 14 * (len(dc.claims) + 1)
	d := &detacher{at: make(map[string]int, n/2), kept: make([]keptString, 0, n)}
	for i := range dc.claims {
		d.claim(&dc.claims[i])
	}
	for i := range dc.mentions {
		d.str(&dc.mentions[i].Text)
		d.str(&dc.mentions[i].Sentence)
	}
	d.str(&dc.src.Title)
	d.finish()
}
