package goldtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/report"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// sampleRun runs the cases under testdata/cases, plus one the checker
// fails on, against hand-made reports.
func sampleRun(t *testing.T) *Result {
	dirs, err := Discover([]string{"testdata/cases"})
	if err != nil {
		t.Fatal(err)
	}
	var cases []*Case
	for _, d := range dirs {
		cases = append(cases, loadCase(t, d))
	}
	cases = append(cases, &Case{Dir: "testdata/cases/unreadable", Gold: Gold{Corpus: "unreadable"}})

	fs := bornFindings(t)
	const inner = "testdata/cases/inner"
	im := func(text string) report.Mention { return at(t, inner, "inner/a.txt", "a.txt", 1, text) }
	cm := func(file, text string) report.Mention {
		return at(t, "testdata/cases/clean", file, file, 1, text)
	}
	reports := map[string]*report.Report{
		born: {Findings: []report.Finding{fs["birth"], fs["joined-wrong-span"], fs["roads"], fs["members"], fs["false"], fs["birth-warning"]}},
		inner: {Findings: []report.Finding{
			finding("opened/1", "error", val("1890s", im("1890s")), val("1887", im("1887"))),
		}},
		"testdata/cases/clean": {Findings: []report.Finding{
			finding("galleries/1", "warning", val("12", cm("a.txt", "12")), val("12", cm("b.txt", "12"))),
		}},
	}
	// A case's paths are its folder or the documents in it.
	check := func(paths []string) (*report.Report, error) {
		dir := paths[0]
		if _, ok := reports[filepath.ToSlash(dir)]; !ok {
			dir = filepath.Dir(dir)
		}
		if rep, ok := reports[filepath.ToSlash(dir)]; ok {
			return rep, nil
		}
		return nil, errors.New("reading " + paths[0] + ": permission denied")
	}
	return Run(cases, check, "")
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update to rewrite)\n--- got\n%s--- want\n%s", path, got, want)
	}
}

func TestWriteText(t *testing.T) {
	r := sampleRun(t)
	var b bytes.Buffer
	if err := WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "run.txt", b.Bytes())
	last := b.String()[strings.LastIndex(strings.TrimSuffix(b.String(), "\n"), "\n")+1:]
	if !strings.HasPrefix(last, "total: ") || !strings.Contains(last, "recall") {
		t.Errorf("last line %q", last)
	}
	var again bytes.Buffer
	if err := WriteText(&again, sampleRun(t)); err != nil || !bytes.Equal(again.Bytes(), b.Bytes()) {
		t.Errorf("second run differs (%v)", err)
	}
}

func TestWriteJSON(t *testing.T) {
	r := sampleRun(t)
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "run.json", b.Bytes())
	var back Result
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Total != r.Total || len(back.Cases) != len(r.Cases) {
		t.Errorf("round trip: %+v", back.Total)
	}
}

func TestWriteEmpty(t *testing.T) {
	r := Run(nil, nil, "")
	var text, js bytes.Buffer
	if err := WriteText(&text, r); err != nil {
		t.Fatal(err)
	}
	want := "total: 0 cases, conflicts 0/0 found, recall - (explicit -, implicit -), precision -, 0 false findings, 0 trap violations\n"
	if text.String() != want {
		t.Errorf("got  %q\nwant %q", text.String(), want)
	}
	if err := WriteJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"cases": []`) {
		t.Errorf("json: %s", js.String())
	}
}
