package yamlcheck

import (
	"testing"

	"go.yaml.in/yaml/v4"
)

func TestDecoder(t *testing.T) {
	const src = "name: x\ncount: -1\nname: y\nflag: maybe\nnmae: z\nlist: {a: 1}\n"
	d := &Decoder{Path: "c.yaml"}
	root := d.Document([]byte(src), false)
	d.Mapping(root, "the file", []Field{
		{Name: "name", Read: func(_, v *yaml.Node) { d.Str(v, "name") }},
		{Name: "count", Read: func(_, v *yaml.Node) { d.Number(v, "count") }},
		{Name: "flag", Read: func(_, v *yaml.Node) { d.Bool(v, "flag") }},
		{Name: "list", Read: func(_, v *yaml.Node) { d.Words(v, "list") }},
	}, "name", "missing")
	want := []string{
		`c.yaml:1:1: the file: missing key "missing"`,
		`c.yaml:2:8: count: want a number of zero or more, got -1`,
		`c.yaml:3:1: duplicate key "name" (first at line 1)`,
		`c.yaml:4:7: flag: want true or false, got "maybe"`,
		`c.yaml:5:1: unknown key "nmae" in the file (did you mean "name"?)`,
		`c.yaml:6:7: list: want a list, got a mapping`,
	}
	err := d.Err()
	e, ok := err.(*Error)
	if !ok || len(e.Problems) != len(want) {
		t.Fatalf("got %v", err)
	}
	for i, p := range e.Problems {
		if p.String() != want[i] {
			t.Errorf("problem %d = %q, want %q", i, p.String(), want[i])
		}
	}
}

func TestDocument(t *testing.T) {
	tests := []struct {
		src     string
		emptyOK bool
		want    string // "" for a document
	}{
		{"a: 1\n", false, ""},
		{"", true, ""},
		{"# only a comment\n", false, "c.yaml: the file is empty"},
		{"a: 1\n---\na: 2\n", false, "c.yaml: the file holds more than one YAML document"},
		{"a: [1\n", false, "c.yaml:2:1: while parsing a flow sequence: did not find expected ',' or ']'"},
	}
	for _, tt := range tests {
		d := &Decoder{Path: "c.yaml"}
		n := d.Document([]byte(tt.src), tt.emptyOK)
		got := ""
		if err := d.Err(); err != nil {
			got = err.Error()
		}
		if got != tt.want || (got == "") != (n != nil) {
			t.Errorf("Document(%q) = %v, %q; want %q", tt.src, n, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"rules", "rules", 0}, {"rule", "rules", 1}, {"fial-on", "fail-on", 2}, {"abc", "", 3}} {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
