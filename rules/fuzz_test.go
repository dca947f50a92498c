package rules

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzParse parses one pack on its own, the fast path of what FuzzLoad
// does (no built-in packs to load first, so many more inputs a second).
// Any input either parses into rules that are all valid, with patterns
// that compile, or gives problems that each name the file and have a
// column whenever they have a line; it never panics.
func FuzzParse(f *testing.F) {
	// The head of each built-in pack: small seeds mutate faster than whole
	// packs of a hundred kilobytes.
	for _, name := range BuiltinPacks {
		data, _ := BuiltinSource(name)
		lines := bytes.SplitAfter(data, []byte("\n"))
		f.Add(bytes.Join(lines[:min(len(lines), 40)], nil))
	}
	f.Add([]byte("pack: x\nrules:\n  - {id: a, kind: rank, subject: '(', value: '[', severity: loud}\n"))
	f.Add([]byte("pack: x\ndisable: [a, a]\nseverity: {b: off, c: nope}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("f.yaml", data)
		if err != nil {
			var perr *Error
			if !errors.As(err, &perr) || len(perr.Problems) == 0 {
				t.Fatalf("error %v is not a list of problems", err)
			}
			for _, pr := range perr.Problems {
				if pr.Path != "f.yaml" || (pr.Line > 0) != (pr.Col > 0) || pr.Msg == "" {
					t.Fatalf("problem without a proper position: %+v", pr)
				}
			}
			return
		}
		for _, r := range p.Rules {
			if !validKind(r.Kind) || r.Severity != "" && !validSeverity(r.Severity) {
				t.Fatalf("parsed an invalid rule %+v", r)
			}
			for _, pat := range []string{r.Subject, r.Value} {
				if pat != "" && compiled(pat) == nil {
					t.Fatalf("rule %s: pattern %q does not compile", r.ID, pat)
				}
			}
		}
	})
}
