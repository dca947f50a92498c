package goldtest

import (
	"os"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/report"
)

// FuzzLoad feeds arbitrary gold.json bytes to the loader. It must never
// panic; errors must name the file; a gold it accepts must be well formed,
// and a report that states exactly its conflicts must find them all.
func FuzzLoad(f *testing.F) {
	for _, p := range []string{"testdata/cases/born/gold.json", "testdata/cases/inner/gold.json", "testdata/cases/clean/gold.json"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(goldWith(birth, ``)))
	f.Add([]byte(goldWith(`{"id": "n", "kind": "count", "mentions": [{"file": "a.txt", "line": 3, "text": "1999", "value": ">1"}, {"file": "sub/c.txt", "line": 1, "text": "1999", "value": "57-58%"}]}`, ``)))
	f.Add([]byte(`{"conflicts": [{"id": "x", "kind": "person", "mentions": [{"file": "a.txt", "line": 3, "text": "Étienne", "value": "Étienne"}, {"file": "b.txt", "line": 2, "value": "Tô Lâm"}]}]}`))
	f.Add([]byte("{\n\"min_recall\": 0.5, \"conflicts\": [{\"id\": 7}]}"))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := parse("gold.json", data, sources)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "gold.json") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		ids := map[string]bool{}
		for _, c := range g.Conflicts {
			if c.ID == "" || ids[c.ID] || len(c.Mentions) < 2 || !differ(c.Mentions) {
				t.Fatalf("accepted bad conflict %+v", c)
			}
			ids[c.ID] = true
			for _, m := range c.Mentions {
				if m.Line < 1 || (m.Text != "" && len(m.spans) == 0) {
					t.Fatalf("accepted bad mention %+v", m)
				}
			}
		}
		c := &Case{Dir: "fuzz", Gold: *g}
		perfect := &report.Report{}
		for _, gc := range g.Conflicts {
			f := report.Finding{ID: gc.ID, Severity: report.SeverityError}
			for _, m := range gc.Mentions {
				rm := report.Mention{Path: "fuzz/" + m.File, Line: m.Line}
				if len(m.spans) > 0 {
					s := m.spans[0]
					rm.Column, rm.EndLine, rm.EndColumn = s.start.col, s.end.line, s.end.col
				}
				f.Values = append(f.Values, report.Value{Value: string(m.Value), Mentions: []report.Mention{rm}})
			}
			perfect.Findings = append(perfect.Findings, f)
		}
		r := Run([]*Case{c}, func([]string) (*report.Report, error) { return perfect, nil }, "")
		for _, x := range r.Cases[0].Conflicts {
			if !x.Found {
				t.Fatalf("conflict %s not found in a report stating it", x.ID)
			}
		}
		if r.Cases[0].Recall != 1 {
			t.Fatalf("recall %v", r.Cases[0].Recall)
		}
		empty := Run([]*Case{c}, func([]string) (*report.Report, error) { return nil, nil }, "")
		if empty.Cases[0].Findings != 0 || empty.Cases[0].Precision != 1 {
			t.Fatalf("empty report scored %+v", empty.Cases[0].Score)
		}
	})
}
