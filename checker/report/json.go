package report

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"sync"
)

// jsonPrinter writes the report as indented JSON, the documented machine
// format. Findings keep the engine's order.
type jsonPrinter struct{}

func (jsonPrinter) Print(w io.Writer, r *Report) error {
	return printJSON(w, r, runtime.GOMAXPROCS(0))
}

// printJSON encodes the findings, most of a large report, in parts at
// once and sets them into the rest of the report. The bytes are those of
// encoding the whole report in one go (TestJSONInParts).
func printJSON(w io.Writer, r *Report, parts int) error {
	c := withEmptyLists(r)
	findings := c.Findings
	c.Findings = []Finding{}
	var top bytes.Buffer
	if err := encodeJSON(&top, c, ""); err != nil {
		return err
	}
	// The findings are the array at the top level's "findings" key; at
	// that depth a line can start with the key only there, since a line
	// break inside a string is escaped.
	const empty = "\n  \"findings\": []"
	head, tail, found := bytes.Cut(top.Bytes(), []byte(empty))
	if len(findings) == 0 || !found {
		c.Findings = findings
		return encodeJSON(w, c, "")
	}

	parts = max(1, min(parts, len(findings)))
	bufs := make([]bytes.Buffer, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := len(findings)*p/parts, len(findings)*(p+1)/parts
		wg.Go(func() {
			// Each part is an array of its own, indented as the
			// report's; its brackets are dropped below.
			errs[p] = encodeJSON(&bufs[p], findings[lo:hi], "  ")
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	// Each part is written as it is, not copied into one buffer: at
	// 100,000 documents the report is a hundred megabytes.
	out := [][]byte{head, []byte("\n  \"findings\": [\n")}
	for p := range parts {
		if p > 0 {
			out = append(out, []byte(",\n"))
		}
		b := bytes.TrimPrefix(bufs[p].Bytes(), []byte("[\n"))
		out = append(out, bytes.TrimSuffix(b, []byte("\n  ]\n")))
	}
	out = append(out, []byte("\n  ]"), tail)
	for _, b := range out {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// encodeJSON writes v as indented JSON, each line after the first
// starting with prefix.
func encodeJSON(w io.Writer, v any, prefix string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false) // "<" and "&" in quoted text stay readable
	return enc.Encode(v)
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
