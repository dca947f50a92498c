package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata/golden")

// TestGoldenReports checks the reports on the seed corpus and the fixture
// corpora against testdata/golden, byte for byte. Run with -update to
// rewrite them after a deliberate change, and read the diff.
func TestGoldenReports(t *testing.T) {
	t.Chdir("../..") // paths in reports are relative to the working directory
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"seeds.txt", []string{"check", "--color", "never"}, exitFindings},
		{"seeds.json", []string{"check", "--format", "json"}, exitFindings},
		{"seeds.line", []string{"check", "--format", "line"}, exitFindings},
		{"seeds.github", []string{"check", "--format", "github"}, exitFindings},
		{"seeds.sarif", []string{"check", "--format", "sarif"}, exitFindings},
		{"seeds.junit", []string{"check", "--format", "junit"}, exitFindings},
		{"seeds.markdown", []string{"check", "--format", "markdown"}, exitFindings},
		{"seeds.rdjson", []string{"check", "--format", "rdjson"}, exitFindings},
		{"quake.txt", []string{"check", "--color", "never", "--fail-on", "none", "testdata/corpora/quake"}, exitClean},
		{"product-docs.txt", []string{"check", "--color", "never", "--fail-on", "none", "testdata/corpora/product-docs"}, exitClean},
		{"filings.txt", []string{"check", "--color", "never", "--fail-on", "none", "testdata/corpora/filings"}, exitClean},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tt.args, &stdout, &stderr); code != tt.code {
				t.Fatalf("exit status %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
			compareGolden(t, tt.name, stdout.Bytes())
			// A second run gives the same bytes.
			var again bytes.Buffer
			run(tt.args, &again, &bytes.Buffer{})
			if !bytes.Equal(again.Bytes(), stdout.Bytes()) {
				t.Errorf("second run differs from the first")
			}
		})
	}
}

// compareGolden checks got against testdata/golden/name (the working
// directory is the repository root), or rewrites the file under -update.
func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("report differs from %s (run go test -update and read the diff):\n%s", golden, got)
	}
}
