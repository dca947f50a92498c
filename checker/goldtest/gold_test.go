package goldtest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// sources are the files every parse test can name.
var sources = fstest.MapFS{
	"a.txt":     {Data: []byte("First line.\nBorn on 21 August 1968 in Cardiff.\r\nÉtienne won in 1999.\n")},
	"b.txt":     {Data: []byte("Born 27 August 1968.\n")},
	"sub/c.txt": {Data: []byte("Two 1999 and 1999.\n")},
}

func goldWith(conflicts, traps string) string {
	return `{"corpus": "t", "documents": [{"file": "a.txt", "published": null}, {"file": "b.txt", "published": "2024-03-01"}, {"file": "sub/c.txt", "published": null}],
"conflicts": [` + conflicts + `], "traps": [` + traps + `]}`
}

const birth = `{"id": "birth", "kind": "date", "slot": "birth", "mentions": [
{"file": "a.txt", "line": 2, "text": "21 August 1968", "value": "1968-08-21"},
{"file": "b.txt", "line": 1, "text": "27 August 1968", "value": "1968-08-27"}]}`

func TestParse(t *testing.T) {
	g, err := parse("gold.json", []byte(goldWith(birth, `{"id": "tr", "kind": "year", "mentions": [
{"file": "sub/c.txt", "line": 1, "text": "1999", "value": "1999"},
{"file": "a.txt", "line": 3, "text": "1999"}], "why_not_a_conflict": "same"}`)), sources)
	if err != nil {
		t.Fatal(err)
	}
	if g.Corpus != "t" || len(g.Documents) != 3 || *g.Documents[1].Published != "2024-03-01" || g.Documents[0].Published != nil {
		t.Errorf("documents: %+v", g.Documents)
	}
	c := g.Conflicts[0]
	if !c.IsExplicit() || c.Mentions[0].spans[0] != (span{pos{2, 9}, pos{2, 22}}) {
		t.Errorf("conflict: %+v", c)
	}
	tr := g.Traps[0]
	if tr.WhyNotAConflict != "same" || len(tr.Mentions[0].spans) != 2 {
		t.Errorf("trap: %+v", tr)
	}
	// Columns count characters, not bytes.
	if got := tr.Mentions[1].spans[0]; got != (span{pos{3, 16}, pos{3, 19}}) {
		t.Errorf("span after a non-ASCII letter: %+v", got)
	}
}

func TestValueAsNumber(t *testing.T) {
	g, err := parse("gold.json", []byte(goldWith(birth+`, {"id": "n", "kind": "count", "mentions": [
{"file": "a.txt", "line": 3, "value": 1999}, {"file": "a.txt", "line": 3, "value": -2.5e3}]}`,
		`{"id": "t", "kind": "count", "mentions": [{"file": "a.txt", "line": 3, "value": null}, {"file": "a.txt", "line": 3}]}`)), sources)
	if err != nil {
		t.Fatal(err)
	}
	var got []Scalar
	for _, m := range append(g.Conflicts[1].Mentions, g.Traps[0].Mentions...) {
		got = append(got, m.Value)
	}
	if want := []Scalar{"1999", "-2.5e3", "", ""}; !slices.Equal(got, want) {
		t.Errorf("values %q, want %q", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, gold, want string
	}{
		{"empty", ``, "gold.json:1:1: unexpected end of JSON input"},
		{"syntax", "{\n  \"corpus\": \"x\",\n  \"conflicts\": [}\n", "gold.json:3:17: invalid character '}'"},
		{"number for a string", "{\n\"conflicts\": [{\"id\": 712}]}", "gold.json:2:22: cannot unmarshal number into Go struct field"},
		{"string for a number", "{\"conflicts\": [{\"mentions\": [{\"line\": \"3 \\\"x\\\"\"}]}]}", "gold.json:1:39: cannot unmarshal string into Go struct field"},
		{"object for a string", "{\"corpus\":\n  {\"a\": 1}}", "gold.json:2:3: cannot unmarshal object into Go struct field"},
		{"object for a value", goldWith(`{"id": "x", "kind": "year", "mentions": [{"file": "a.txt", "line": 3, "value": {}}]}`, ``), "gold.json: a value must be a string or a number"},
		{"trailing data", `{} {}`, "gold.json:1:4: invalid character '{' after top-level value"},
		{"no id", goldWith(`{"kind": "date"}`, ``), "gold.json: conflict 1 has no id"},
		{"unknown kind", goldWith(strings.Replace(birth, `"date"`, `"dates"`, 1), ``), `gold.json: conflict "birth": unknown kind "dates"`},
		{"duplicate id", goldWith(birth+","+birth, ``), `gold.json: conflict 2: id "birth" is used twice`},
		{"id shared with a trap", goldWith(birth, birth), `gold.json: trap 1: id "birth" is used twice`},
		{"one mention", goldWith(`{"id": "x", "kind": "year", "mentions": [{"file": "a.txt", "line": 1, "value": "1"}]}`, ``),
			`gold.json: conflict "x": needs at least two mentions, has 1`},
		{"same values", goldWith(`{"id": "x", "kind": "year", "mentions": [{"file": "a.txt", "line": 3, "text": "1999", "value": "1999"}, {"file": "sub/c.txt", "line": 1, "text": "1999", "value": " 1999"}]}`, ``),
			`gold.json: conflict "x": needs two mentions with different values`},
		{"no value", goldWith(`{"id": "x", "kind": "year", "mentions": [{"file": "a.txt", "line": 3, "text": "1999", "value": "1999"}, {"file": "b.txt", "line": 1, "text": "1968", "value": "1968"}, {"file": "b.txt", "line": 1}]}`, ``),
			`gold.json: conflict "x": mention 3 has no value`},
		{"missing file", goldWith(strings.Replace(birth, `"b.txt"`, `"sub/c.txt"`, 1), ``),
			`gold.json: conflict "birth": mention 2: text "27 August 1968" is not on line 1 of sub/c.txt`},
		{"text on another line", goldWith(strings.Replace(birth, `"line": 2`, `"line": 1`, 1), ``),
			`gold.json: conflict "birth": mention 1: text "21 August 1968" is not on line 1 of a.txt`},
		{"line past the end", goldWith(strings.Replace(birth, `"line": 2`, `"line": 9`, 1), ``),
			`gold.json: conflict "birth": mention 1: line 9 is outside a.txt (4 lines)`},
		{"line zero", goldWith(strings.Replace(birth, `"line": 2`, `"line": 0`, 1), ``),
			`gold.json: conflict "birth": mention 1: line 0 is outside a.txt`},
		{"outside the case", goldWith(strings.Replace(birth, `"a.txt"`, `"../a.txt"`, 1), ``),
			`gold.json: conflict "birth": mention 1: file "../a.txt" must be a clean slash-separated path`},
		{"unclean path", goldWith(strings.Replace(birth, `"file": "b.txt"`, `"file": "./b.txt"`, 1), ``),
			`gold.json: conflict "birth": mention 2: file "./b.txt" must be a clean slash-separated path`},
		{"not among documents", `{"documents": [{"file": "a.txt"}], "conflicts": [` + birth + `]}`,
			`gold.json: conflict "birth": mention 2: file b.txt is not among the documents`},
		{"document missing", `{"documents": [{"file": "z.txt"}]}`,
			`gold.json: document 1: reading z.txt: file does not exist`},
		{"document twice", `{"documents": [{"file": "a.txt"}, {"file": "a.txt"}]}`,
			`gold.json: document 2: a.txt is listed twice`},
		{"gold as a source", `{"documents": [{"file": "gold.json"}]}`,
			`gold.json: document 1: file "gold.json" is the gold file itself`},
		{"min_recall", `{"min_recall": 1.5}`, `gold.json: min_recall 1.5 is not between 0 and 1`},
		{"min_precision", `{"min_precision": -0.1}`, `gold.json: min_precision -0.1 is not between 0 and 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse("gold.json", []byte(tt.gold), sources)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got  %v\nwant %s…", err, tt.want)
			}
		})
	}
}

func TestLoadNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "gold.json")) {
		t.Errorf("missing gold: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "gold.json"), []byte("{\n\"corpus\": 1}"), 0o666); err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, "gold.json") + ":2:"
	if _, err := Load(dir); err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("got %v, want %s…", err, want)
	}
}

func TestLoadUnknownFields(t *testing.T) {
	c := loadCase(t, born)
	if c.Dir != born || len(c.Gold.Conflicts) != 3 || len(c.Gold.Traps) != 1 || c.Gold.Conflicts[2].IsExplicit() {
		t.Errorf("%+v", c)
	}
}

func TestDiscover(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"case-10", "case-2", "case-2/sub", "a/b", ".hidden", "case-1x", "plain"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o777); err != nil {
			t.Fatal(err)
		}
		if d == "plain" {
			continue
		}
		if err := os.WriteFile(filepath.Join(root, d, GoldFile), []byte("{}"), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Discover([]string{root, filepath.Join(root, "case-2"), filepath.Join(root, "case-10", GoldFile)})
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, d := range got {
		r, _ := filepath.Rel(root, d)
		rel = append(rel, filepath.ToSlash(r))
	}
	want := []string{"a/b", "case-1x", "case-2", "case-2/sub", "case-10"}
	if !slices.Equal(rel, want) {
		t.Errorf("got %q, want %q", rel, want)
	}

	if _, err := Discover([]string{filepath.Join(root, "nope")}); err == nil {
		t.Error("missing root: no error")
	}
	if _, err := Discover([]string{filepath.Join(root, "case-2", "sub", GoldFile+".bak")}); err == nil {
		t.Error("missing file root: no error")
	}
	if got, err := Discover([]string{filepath.Join(root, "plain")}); err != nil || len(got) != 0 {
		t.Errorf("no cases: %q, %v", got, err)
	}
}

func TestNaturalCompare(t *testing.T) {
	in := []string{"neg-10", "neg-2", "108-same", "12", "108", "5", "005", "neg-1", "a", "110"}
	slices.SortFunc(in, naturalCompare)
	want := []string{"005", "5", "12", "108", "108-same", "110", "a", "neg-1", "neg-2", "neg-10"}
	if !slices.Equal(in, want) {
		t.Errorf("got %q", in)
	}
}
