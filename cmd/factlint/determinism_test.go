package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// determinismCorpora are the corpora the determinism tests check: the seed
// corpus and every fixture corpus.
func determinismCorpora(t *testing.T) map[string]string {
	t.Helper()
	dirs := map[string]string{"seeds": "../../seeds"}
	entries, err := os.ReadDir("../../testdata/corpora")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			dirs[e.Name()] = filepath.Join("../../testdata/corpora", e.Name())
		}
	}
	for name, dir := range dirs {
		abs, err := filepath.Abs(dir) // the tests change directory
		if err != nil {
			t.Fatal(err)
		}
		dirs[name] = abs
	}
	return dirs
}

// corpusFiles lists the files under dir, as slash-separated paths.
func corpusFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		files = append(files, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// copyCorpus copies files from src to dst/corpus, creating them in the
// order given: on most file systems that changes the order a folder lists
// in. edit, when not nil, may change each file's text on the way.
func copyCorpus(t *testing.T, src, dst string, files []string, edit func(name, text string) string) {
	t.Helper()
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		if edit != nil {
			data = []byte(edit(f, string(data)))
		}
		p := filepath.Join(dst, "corpus", filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runIn runs factlint in dir and returns its status, stdout and stderr.
func runIn(t *testing.T, dir string, args ...string) (int, []byte, []byte) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	status := run(args, &stdout, &stderr)
	if status == exitUsage {
		t.Fatalf("factlint %s: status 2: %s", strings.Join(args, " "), stderr.String())
	}
	return status, stdout.Bytes(), stderr.Bytes()
}

// TestDeterminism checks the seed corpus and the fixture corpora many
// times, each from a fresh copy whose files were created in a shuffled
// order, with the paths given in a shuffled order, and with different
// GOMAXPROCS and --jobs; every report must be the same, byte for byte, in
// every format.
func TestDeterminism(t *testing.T) {
	seed := uint64(20250428)
	rng := rand.New(rand.NewPCG(seed, seed))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	procs := []int{1, 2, 4, 8, 3}
	jobs := []string{"1", "0", "2", "7", "64"}
	rounds := len(procs)
	if testing.Short() {
		rounds = 2
	}
	allFormats := []string{"text", "json", "line", "github", "sarif", "junit", "markdown", "rdjson"}

	corpora := determinismCorpora(t)
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range corpora {
			if !yield(n) {
				return
			}
		}
	})
	for _, name := range names {
		src := corpora[name]
		files := corpusFiles(t, src)
		var docs []string // the documents, to name one by one
		for _, f := range files {
			switch filepath.Ext(f) {
			case ".txt", ".md", ".html":
				docs = append(docs, "corpus/"+f)
			}
		}
		want := map[string][]byte{}
		for round := range rounds {
			rng.Shuffle(len(files), func(i, j int) { files[i], files[j] = files[j], files[i] })
			rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
			root := t.TempDir()
			copyCorpus(t, src, root, files, nil)
			runtime.GOMAXPROCS(procs[round])

			// The folder, or the documents one by one (and the folder too,
			// which must not count them twice), in a shuffled order.
			paths := []string{"corpus"}
			if round%2 == 1 {
				paths = append(slices.Clone(docs), "corpus")
				rng.Shuffle(len(paths), func(i, j int) { paths[i], paths[j] = paths[j], paths[i] })
			}
			formats := []string{"json"}
			if round == 0 || round == rounds-1 {
				formats = allFormats
			}
			for _, format := range formats {
				args := append([]string{"check", "--format", format, "--jobs", jobs[round]}, paths...)
				status, stdout, stderr := runIn(t, root, args...)
				got := fmt.Appendf(nil, "status %d\n%s\n--- stderr\n%s", status, stdout, stderr)
				if want[format] == nil {
					want[format] = got
					continue
				}
				if !bytes.Equal(got, want[format]) {
					t.Fatalf("%s, round %d (GOMAXPROCS %d, --jobs %s, paths %v), format %s: output differs from round 0\n%s",
						name, round, procs[round], jobs[round], paths, format, firstDiff(want[format], got))
				}
			}
		}
	}
}

// firstDiff shows where two outputs start to differ.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-200)
	return fmt.Sprintf("first:\n%s\nthen:\n%s", a[from:min(len(a), i+200)], b[from:min(len(b), i+200)])
}

// TestFingerprintsSurviveUnrelatedEdits edits every source of the seed
// corpus around its evidence (a note before the text, a paragraph after
// the first, a line at the end) and checks that every finding keeps its
// id, while its evidence has moved to other lines.
func TestFingerprintsSurviveUnrelatedEdits(t *testing.T) {
	src := determinismCorpora(t)["seeds"]
	files := corpusFiles(t, src)
	ids := func(edit func(name, text string) string) (map[string]string, []string) {
		root := t.TempDir()
		copyCorpus(t, src, root, files, edit)
		_, stdout, _ := runIn(t, root, "check", "--format", "json", "corpus")
		var rep struct {
			Findings []struct {
				ID     string
				Values []struct {
					Mentions []struct {
						Path string
						Line int
					}
				}
			}
		}
		if err := json.Unmarshal(stdout, &rep); err != nil {
			t.Fatal(err)
		}
		byID := map[string]string{}
		var lines []string
		for _, f := range rep.Findings {
			var where []string
			for _, v := range f.Values {
				for _, m := range v.Mentions {
					where = append(where, fmt.Sprintf("%s:%d", m.Path, m.Line))
				}
			}
			byID[f.ID] = strings.Join(where, " ")
			lines = append(lines, where...)
		}
		return byID, lines
	}
	before, beforeLines := ids(nil)
	after, afterLines := ids(func(name, text string) string {
		if !strings.HasSuffix(name, ".txt") {
			return text
		}
		head, rest, _ := strings.Cut(text, "\n")
		return "Editor's note: this story has been updated with background.\n\n" +
			head + "\n\nRead more of our coverage of the region in the links below.\n" +
			rest + "\n\nThis article was edited for length and clarity.\n"
	})
	if len(before) == 0 {
		t.Fatal("no findings in the seed corpus")
	}
	for id, where := range before {
		if _, ok := after[id]; !ok {
			t.Errorf("finding %s (at %s) lost its id after unrelated edits", id, where)
		}
	}
	for id, where := range after {
		if _, ok := before[id]; !ok {
			t.Errorf("finding %s (at %s) is new after unrelated edits", id, where)
		}
	}
	if slices.Equal(beforeLines, afterLines) {
		t.Errorf("the edits moved no evidence: %v", beforeLines)
	}
}

// TestNoClock keeps the engine from reading the clock: a report must not
// depend on the day it is made (--now is the user's way to give a date).
func TestNoClock(t *testing.T) {
	fset := token.NewFileSet()
	for _, root := range []string{"../../checker", "../../rules"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(fset, p, nil, 0)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if id, ok := sel.X.(*ast.Ident); ok && id.Name == "time" && (sel.Sel.Name == "Now" || sel.Sel.Name == "Since" || sel.Sel.Name == "Until") {
					t.Errorf("%s: time.%s: the engine must not read the clock", fset.Position(sel.Pos()), sel.Sel.Name)
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
