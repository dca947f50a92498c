package filter

import (
	"bytes"
	"errors"
	"testing"

	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/source"
)

// FuzzParseBaseline: any input either parses, and then re-encodes to a
// baseline that parses to the same set, or fails with a positioned
// *ParseError; it never panics.
func FuzzParseBaseline(f *testing.F) {
	f.Add([]byte(`{"version": 1, "findings": [{"id": "a", "rule": "r", "subject": "s"}]}`))
	f.Add([]byte(`{"version": 1, "findings": []}`))
	f.Add([]byte("{\n  \"version\": 1,\n  \"findings\": [,]\n}"))
	f.Add([]byte(`{"version": "1"}`))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ParseBaseline(data)
		if err != nil {
			var perr *ParseError
			if !errors.As(err, &perr) {
				t.Fatalf("error %T %v is not a *ParseError", err, err)
			}
			if perr.Line < 0 || perr.Col < 0 || perr.Line > 0 && perr.Col < 1 {
				t.Fatalf("bad position %d:%d", perr.Line, perr.Col)
			}
			return
		}
		var fs []report.Finding
		for id := range b.ids {
			fs = append(fs, report.Finding{ID: id})
		}
		var buf bytes.Buffer
		if err := EncodeBaseline(&buf, fs); err != nil {
			t.Fatal(err)
		}
		again, err := ParseBaseline(buf.Bytes())
		if err != nil || again.Len() != b.Len() {
			t.Fatalf("round trip: %v, %d ids, want %d", err, again.Len(), b.Len())
		}
	})
}

// FuzzSuppressions: whatever the comments, suppression only removes
// evidence, never leaves a kept finding without a value, and keeps ids.
func FuzzSuppressions(f *testing.F) {
	f.Add(uint8(0), 4, uint8(1), 7, 5, 9)
	f.Add(uint8(1), 1, uint8(2), 3, 2, 2)
	f.Add(uint8(2), 0, uint8(0), 0, 1, 1)
	actions := []string{source.Disable, source.Enable, source.DisableNextLine}
	f.Fuzz(func(t *testing.T, a1 uint8, l1 int, a2 uint8, l2, la, lb int) {
		dirs := []source.Directive{
			{Action: actions[int(a1)%3], Line: l1, Rules: []string{"event-date"}},
			{Action: actions[int(a2)%3], Line: l2},
		}
		in := []report.Finding{conflict("event-date", la, lb), conflict("rank", lb, la)}
		before := 0
		for _, x := range in {
			before += len(mentions(x))
		}
		s := NewSuppressions(map[string][]source.Directive{"a.md": dirs, "b.md": dirs})
		out := s.Process(append([]report.Finding(nil), in...))
		after := 0
		for _, x := range out {
			if len(x.Values) == 0 {
				t.Fatalf("kept %s with no value", x.ID)
			}
			if x.ID != "event-date-id" && x.ID != "rank-id" {
				t.Fatalf("id changed to %q", x.ID)
			}
			after += len(mentions(x))
		}
		if after > before {
			t.Fatalf("%d mentions after, %d before", after, before)
		}
		for _, u := range s.Unused() {
			if u.Line != l1 && u.Line != l2 {
				t.Fatalf("unused comment at line %d, none there", u.Line)
			}
		}
	})
}

func mentions(f report.Finding) []report.Mention {
	var ms []report.Mention
	for _, v := range f.Values {
		ms = append(ms, v.Mentions...)
	}
	return ms
}
