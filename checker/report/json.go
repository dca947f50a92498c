package report

import (
	"encoding/json"
	"io"
)

// jsonPrinter writes the report as indented JSON, the documented machine
// format. Findings keep the engine's order.
type jsonPrinter struct{}

func (jsonPrinter) Print(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // "<" and "&" in quoted text stay readable
	return enc.Encode(withEmptyLists(r))
}

// withEmptyLists returns a copy of r whose required lists are empty
// rather than nil, so consumers always see arrays, never null.
func withEmptyLists(r *Report) *Report {
	c := *r
	if c.Sources == nil {
		c.Sources = []Source{}
	}
	c.Findings = make([]Finding, len(r.Findings))
	for i, f := range r.Findings {
		f.Values = append(make([]Value, 0, len(f.Values)), f.Values...)
		for j := range f.Values {
			if f.Values[j].Mentions == nil {
				f.Values[j].Mentions = []Mention{}
			}
		}
		c.Findings[i] = f
	}
	return &c
}
