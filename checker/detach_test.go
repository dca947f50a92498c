package checker

import (
	"reflect"
	"testing"
	"testing/fstest"
	"unsafe"

	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/rules"
	"github.com/factlint/factlint/seeds"
)

// eachString calls f with every string reachable from v, but not those of
// named string types (a value's Type and Qualifier), which hold constants.
func eachString(v reflect.Value, f func(string)) {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == reflect.TypeFor[string]() {
			f(v.String())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			eachString(v.Field(i), f)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			eachString(v.Index(i), f)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			eachString(v.Elem(), f)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			eachString(it.Key(), f)
			eachString(it.Value(), f)
		}
	}
}

// TestDetach checks that what the check keeps of a document holds no
// string inside the document's text, whatever fields claims gain.
func TestDetach(t *testing.T) {
	inputs, _, err := source.Collect(seeds.FS, []string{"."}, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Fields the seeds leave empty: an event's agent, people in a topic.
	more, _, err := source.Collect(fstest.MapFS{"agent.txt": {Data: []byte(
		"Transport Minister Ann Ode said the boards of both hospitals approved the agreement on May 4, 2025.\n" +
			"Ann Ode said the merger would close in June. Ann Ode spoke in Ashby.\n")}}, []string{"."}, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	inputs = append(inputs, more...)
	lx := claims.NewLexicon(rules.Builtin())
	for _, in := range inputs {
		src, _, err := source.Read(in, source.Options{})
		if err != nil {
			t.Fatal(err)
		}
		units := segment.Split(src)
		pub, _, _ := dateSource(src, units)
		cd := recognizeDoc(src, units, pub)
		d := &doc{src: report.Source{ID: src.ID, Path: src.Path, Title: src.Title}, claims: lx.Extract(cd)}
		for _, c := range d.claims {
			u := cd.Units[c.Span.Unit]
			d.mentions = append(d.mentions, mention(src, c.Span, src.Text[u.Start:u.End]))
		}
		lo := uintptr(unsafe.Pointer(unsafe.StringData(src.Text)))
		hi := lo + uintptr(len(src.Text))
		inText := func(v any) int {
			n := 0
			eachString(reflect.ValueOf(v), func(s string) {
				if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); len(s) > 0 && p >= lo && p < hi {
					n++
				}
			})
			return n
		}
		if inText(d.claims) == 0 {
			t.Fatalf("%s: no claim string points into the text; the test proves nothing", in.Path)
		}
		detach(d)
		if n := inText(d.claims) + inText(d.mentions) + inText(d.src); n > 0 {
			t.Errorf("%s: %d strings still point into the text after detach", in.Path, n)
		}
		// What is kept is one block, each distinct string in it once.
		distinct := map[string]bool{}
		first, last := ^uintptr(0), uintptr(0)
		kept := []string{}
		eachString(reflect.ValueOf(d.claims), func(s string) { kept = append(kept, s) })
		for _, m := range d.mentions {
			kept = append(kept, m.Text, m.Sentence)
		}
		for _, s := range kept {
			if s == "" {
				continue
			}
			// Every copy counts, not only the first of each value: a
			// string left out of the block may equal one in it.
			distinct[s] = true
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			first, last = min(first, p), max(last, p+uintptr(len(s)))
		}
		size := 0
		for s := range distinct {
			size += len(s)
		}
		if last-first != uintptr(size) {
			t.Errorf("%s: kept strings span %d bytes, want one block of %d", in.Path, last-first, size)
		}
	}
}

// TestExcludeRulesKeepsNothingDropped checks that a source's excluded
// claims leave no copy behind in the room past the claims kept, where
// detach would not see its strings.
func TestExcludeRulesKeepsNothingDropped(t *testing.T) {
	cl := []claims.Claim{
		{Kind: "a", Span: claims.Span{Text: "one"}},
		{Kind: "b", Span: claims.Span{Text: "two"}},
		{Kind: "a", Span: claims.Span{Text: "three"}},
	}
	out := excludeRules(cl, []string{"b"})
	if len(out) != 2 || out[0].Span.Text != "one" || out[1].Span.Text != "three" {
		t.Fatalf("excludeRules kept %v", out)
	}
	if cap(out) != len(out) || cl[2].Span.Text != "" {
		t.Errorf("cap %d for %d claims, and the slot past them holds %q", cap(out), len(out), cl[2].Span.Text)
	}
}
