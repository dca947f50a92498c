package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestManifestErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown key", "- file: a.txt\n  titel: X\n", "sources.yaml:2:3: unknown key \"titel\""},
		{"bad date", "- file: a.txt\n  published: 2025-13-01\n", "sources.yaml:2:14: bad date \"2025-13-01\""},
		{"prose date", "- file: a.txt\n  published: April 28, 2025\n", "sources.yaml:2:14: bad date"},
		{"duplicate file", "- file: a.txt\n- file: b.txt\n- file: ./a.txt\n", "sources.yaml:3:3: file \"a.txt\" is already described at line 1"},
		{"duplicate id", "- {file: a.txt, id: x}\n- {file: b.txt, id: x}\n", "sources.yaml:2:3: id \"x\" is already used at line 1"},
		{"duplicate key", "- file: a.txt\n  file: b.txt\n", "sources.yaml:2:3: duplicate key \"file\""},
		{"no file", "- id: a\n", "sources.yaml:1:3: entry has no file"},
		{"escaping path", "- file: ../a.txt\n", "sources.yaml:1:3: file \"../a.txt\" must be a path relative"},
		{"syntax", "- file: [a.txt\n", "sources.yaml:2:1: did not find expected ',' or ']'"},
		{"tab", "- file: a.txt\n\t- x\n", "sources.yaml:2:1:"},
		{"not a list", "file: a.txt\n", "sources.yaml:1:1: unknown key \"file\" (want sources)"},
		{"scalar root", "hello\n", "sources.yaml:1:1: want a list of sources"},
		{"entry not a map", "- a.txt\n", "sources.yaml:1:3: want an entry with a file key"},
		{"title is a list", "- file: a.txt\n  title: [a, b]\n", "sources.yaml:2:10: want a single value"},
		{"exclude is a map", "- file: a.txt\n  exclude: {a: b}\n", "sources.yaml:2:12: want a list of rule ids"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseManifest([]byte(tt.yaml), "sources.yaml")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant prefix %q", err, tt.want)
			}
		})
	}
}

func TestManifestForms(t *testing.T) {
	for _, y := range []string{
		"- file: a.txt\n  id: A\n  published: 2025-04-28\n  exclude: [r1, r2, r1]\n",
		"sources:\n  - file: a.txt\n    id: A\n    published: 2025-04-28T10:00:00+09:00\n    exclude: [r1, r2]\n",
		"x: &d 2025-04-28\n",
	} {
		entries, err := parseManifest([]byte(y), "m.yaml")
		if strings.HasPrefix(y, "x:") {
			if err == nil {
				t.Errorf("%q: no error", y)
			}
			continue
		}
		if err != nil || len(entries) != 1 {
			t.Fatalf("%q: %v %v", y, entries, err)
		}
		e := entries[0]
		if e.File != "a.txt" || e.ID != "A" || e.Published == nil || e.Published.Format("2006-01-02") != "2025-04-28" || strings.Join(e.Exclude, ",") != "r1,r2" {
			t.Errorf("%q: entry %+v", y, e)
		}
	}
	for _, empty := range []string{"", "# nothing\n", "sources:\n", "[]\n"} {
		if entries, err := parseManifest([]byte(empty), "m.yaml"); err != nil || len(entries) != 0 {
			t.Errorf("%q: %v %v", empty, entries, err)
		}
	}
}

func paths(ins []Input) string {
	var p []string
	for _, in := range ins {
		p = append(p, in.Path)
	}
	return strings.Join(p, " ")
}

func TestCollect(t *testing.T) {
	fsys := fstest.MapFS{
		"c/b.md":                {Data: []byte("# B")},
		"c/a.txt":               {Data: []byte("A")},
		"c/z.HTML":              {Data: []byte("<p>Z")},
		"c/notes.pdf":           {Data: []byte("%PDF-")},
		"c/.hidden.txt":         {Data: []byte("h")},
		"c/.git/x.txt":          {Data: []byte("g")},
		"c/sub/a.txt":           {Data: []byte("sub a")},
		"c/sub/pic.txt":         {Data: []byte("\x89PNG\r\n\x1a\n")},
		"c/sources.yaml":        {Data: []byte("- file: a.txt\n  id: first\n  published: 2025-04-28\n  note: dateline\n- file: missing.txt\n- file: notes.pdf\n")},
		"other/readme.markdown": {Data: []byte("x")},
		"lone.dat":              {Data: []byte("named explicitly")},
	}
	ins, probs, err := Collect(fsys, []string{"other", "c", "lone.dat", "c/a.txt", "./c"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := paths(ins), "c/a.txt c/b.md c/sub/a.txt c/sub/pic.txt c/z.HTML lone.dat other/readme.markdown"; got != want {
		t.Errorf("paths\n got %s\nwant %s", got, want)
	}
	var ps []string
	for _, p := range probs {
		ps = append(ps, p.String())
	}
	if got, want := strings.Join(ps, "\n"), "c/sources.yaml:5:3: missing.txt: no such file\nc/sources.yaml:6:3: notes.pdf: not checked (hidden, or not .txt .md .markdown .html .htm)"; got != want {
		t.Errorf("problems\n got %s\nwant %s", got, want)
	}
	ids := map[string]string{}
	for _, in := range ins {
		ids[in.Path] = in.ID
		if in.Named != (in.Path == "c/a.txt" || in.Path == "lone.dat") {
			t.Errorf("%s: Named = %v", in.Path, in.Named)
		}
	}
	if ids["c/a.txt"] != "first" || ids["c/sub/a.txt"] != "a" || ids["c/b.md"] != "b" || ids["lone.dat"] != "lone" {
		t.Errorf("ids = %v", ids)
	}
	// Reading applies the manifest; the binary file is skipped.
	for _, in := range ins {
		s, probs, err := Read(in, Options{})
		switch in.Path {
		case "c/a.txt":
			if err != nil || s.ID != "first" || s.PublishedFrom != FromManifest || s.PublishedNote != "dateline" || s.Published.Format("2006-01-02") != "2025-04-28" {
				t.Errorf("c/a.txt: %+v %v", s, err)
			}
		case "c/sub/pic.txt":
			if s != nil || len(probs) != 1 || !probs[0].Skipped {
				t.Errorf("pic.txt not skipped: %v", probs)
			}
		}
	}
}

func TestCollectErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"c/a.txt":        {Data: []byte("A")},
		"c/sources.yaml": {Data: []byte("- file: a.txt\n  colour: red\n")},
		"d/a.txt":        {Data: []byte("A")},
		"d/sources.yaml": {Data: []byte("- {file: a.txt, id: same}\n")},
		"e/b.txt":        {Data: []byte("B")},
		"e/sources.yml":  {Data: []byte("- {file: b.txt, id: same}\n")},
		"f/sources.yml":  {Data: []byte("")},
		"f/sources.yaml": {Data: []byte("")},
		"f/a.txt":        {Data: []byte("")},
	}
	for args, want := range map[string]string{
		"nope":      "nope: file does not exist",
		"c/a.txt":   "c/sources.yaml:2:3: unknown key \"colour\"",
		"c":         "c/sources.yaml:2:3: unknown key \"colour\"",
		"d e":       "e/sources.yml:1:3: id \"same\" is also given to d/a.txt",
		"f":         "f: both sources.yaml and sources.yml exist; keep one",
		"d/a.txt x": "x: file does not exist",
	} {
		_, _, err := Collect(fsys, strings.Fields(args), Options{})
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("Collect(%s) error = %v, want %q", args, err, want)
		}
	}
}

func TestCollectDisk(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("corpus/a.txt", "A")
	write("corpus/sub/b.md", "B")
	// A loop: corpus/sub/loop -> corpus.
	if err := os.Symlink(filepath.Join(dir, "corpus"), filepath.Join(dir, "corpus/sub/loop")); err != nil {
		t.Skip("no symlinks:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "corpus/a.txt"), filepath.Join(dir, "corpus/link.txt")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	ins, probs, err := Collect(nil, []string{"corpus", filepath.Join(dir, "corpus", "a.txt")}, Options{})
	if err != nil || len(probs) > 0 {
		t.Fatal(err, probs)
	}
	if got, want := paths(ins), "corpus/a.txt corpus/link.txt corpus/sub/b.md"; got != want {
		t.Errorf("paths\n got %s\nwant %s", got, want)
	}
	for _, in := range ins {
		if s, _, err := Read(in, Options{}); err != nil || s == nil {
			t.Errorf("Read(%s): %v", in.Path, err)
		}
	}
	if _, _, err := Collect(nil, []string{"corpus/none.txt"}, Options{}); err == nil || err.Error() != "corpus/none.txt: no such file or directory" {
		t.Errorf("missing path: %v", err)
	}
}
