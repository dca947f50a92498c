package corpusgen

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/goldtest"
)

func generate(t *testing.T, cfg Config) (string, Stats) {
	t.Helper()
	dir := t.TempDir()
	st, err := Generate(dir, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

// files returns the corpus's files by slash path.
func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDeterministic(t *testing.T) {
	a, _ := generate(t, DefaultConfig(40))
	b, _ := generate(t, DefaultConfig(40))
	fa, fb := files(t, a), files(t, b)
	if len(fa) != len(fb) {
		t.Fatalf("%d files, then %d", len(fa), len(fb))
	}
	for name, data := range fa {
		if !bytes.Equal(data, fb[name]) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
	}
	cfg := DefaultConfig(40)
	cfg.Seed = 2
	c, _ := generate(t, cfg)
	if bytes.Equal(fa[goldtest.GoldFile], files(t, c)[goldtest.GoldFile]) {
		t.Error("seeds 1 and 2 gave the same corpus")
	}
}

// A smaller corpus is the start of a larger one: a scale run at 1,000
// documents checks the same stories as the first 1,000 of 100,000.
func TestPrefix(t *testing.T) {
	small, _ := generate(t, DefaultConfig(30))
	large, _ := generate(t, DefaultConfig(90))
	fs, fl := files(t, small), files(t, large)
	same := 0
	for name, data := range fs {
		if name == goldtest.GoldFile {
			continue
		}
		if bytes.Equal(data, fl[name]) {
			same++
		}
	}
	// Only the last story may differ, in its number of documents.
	if same < len(fs)-1-7 {
		t.Errorf("%d of %d documents of the small corpus are in the large one", same, len(fs)-1)
	}
}

func TestGold(t *testing.T) {
	dir, st := generate(t, DefaultConfig(200))
	if st.Docs != 200 {
		t.Errorf("wrote %d documents, want 200", st.Docs)
	}
	// Load checks every mention: its file is a document and its text
	// stands on its line.
	c, err := goldtest.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	g := c.Gold
	if len(g.Documents) != 200 || len(g.Conflicts) != st.Conflicts || len(g.Traps) != st.Traps {
		t.Errorf("gold has %d documents, %d conflicts, %d traps; stats say %+v", len(g.Documents), len(g.Conflicts), len(g.Traps), st)
	}
	// Five facts a story, each planted at the conflict rate.
	want := float64(st.Stories) * 5 * DefaultConfig(0).ConflictRate
	if n := float64(st.Conflicts); n < want*0.6 || n > want*1.4 {
		t.Errorf("%d planted conflicts in %d stories, want about %.0f", st.Conflicts, st.Stories, want)
	}
	kinds := map[string]bool{}
	for _, cf := range g.Conflicts {
		kinds[cf.Kind] = true
		if len(cf.Mentions) < 2 {
			t.Errorf("%s: %d mentions", cf.ID, len(cf.Mentions))
		}
	}
	for _, k := range []string{"date", "year", "count", "money", "person"} {
		if !kinds[k] {
			t.Errorf("no planted conflict of kind %s", k)
		}
	}
	traps := map[string]int{}
	for _, tr := range g.Traps {
		traps[tr.ID[strings.IndexByte(tr.ID, '-')+1:]]++
	}
	for _, k := range []string{"count-bound", "money-previous-year", "other-event", "former-holder", "count-other-story"} {
		if traps[k] == 0 {
			t.Errorf("no look-alike of kind %s", k)
		}
	}
}

func TestDocuments(t *testing.T) {
	dir, _ := generate(t, DefaultConfig(120))
	exts := map[string]int{}
	for name, data := range files(t, dir) {
		if name == goldtest.GoldFile {
			continue
		}
		exts[filepath.Ext(name)]++
		if n := len(data); n < 2048 || n > 8192 {
			t.Errorf("%s: %d bytes, want 2-8 KB", name, n)
		}
		text := string(data)
		switch filepath.Ext(name) {
		case ".txt":
			if !strings.Contains(text, ") — ") {
				t.Errorf("%s: no dateline", name)
			}
		case ".md":
			if !strings.HasPrefix(text, "---\ntitle: ") || !strings.Contains(text, "\ndate: ") {
				t.Errorf("%s: no front matter", name)
			}
		case ".html":
			for _, s := range []string{"<nav>", "<script>", "<footer>", "article:published_time"} {
				if !strings.Contains(text, s) {
					t.Errorf("%s: no %s", name, s)
				}
			}
		}
	}
	for _, ext := range []string{".txt", ".md", ".html"} {
		if exts[ext] == 0 {
			t.Errorf("no %s documents", ext)
		}
	}
}

func TestRefusesNonEmptyDir(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(keep, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(dir, DefaultConfig(5)); err == nil {
		t.Fatal("Generate wrote into a folder that was not empty")
	}
	if data, _ := os.ReadFile(keep); string(data) != "mine" {
		t.Error("Generate changed a file it did not write")
	}
}

func TestExpand(t *testing.T) {
	got, placed := expand("{Org} employs [count] people; [count] again.", map[string]string{"Org": "Varnholt Group"}, map[string]string{"count": "12,400"})
	if want := "Varnholt Group employs 12,400 people; 12,400 again."; got != want {
		t.Errorf("expand = %q, want %q", got, want)
	}
	if len(placed) != 2 {
		t.Fatalf("placed = %+v, want two", placed)
	}
	for _, p := range placed {
		if p.slot != "count" || got[p.off:p.off+len(p.text)] != "12,400" {
			t.Errorf("placed %+v does not point at the value", p)
		}
	}
}

func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0"}, {999, "999"}, {1000, "1,000"}, {12400, "12,400"}, {1234567, "1,234,567"}} {
		if got := thousands(tc.n); got != tc.want {
			t.Errorf("thousands(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
	for _, tc := range []struct{ n, want int }{{12400, 12000}, {12000, 11000}, {41025, 41000}, {850, 840}, {101, 100}} {
		if got := bound(tc.n); got != tc.want || got >= tc.n {
			t.Errorf("bound(%d) = %d, want %d", tc.n, got, tc.want)
		}
	}
	if f := moneyFact(2300); f.text != "$2.3 billion" || f.gold != "USD 2300000000" {
		t.Errorf("moneyFact(2300) = %+v", f)
	}
	if f := moneyFact(310); f.text != "$310 million" || f.gold != "USD 310000000" {
		t.Errorf("moneyFact(310) = %+v", f)
	}
}
