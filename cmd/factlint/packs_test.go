package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestPackGoldens checks the example packs in testdata/packs on the fixture
// corpora of their domains against testdata/golden/packs-*.txt, byte for
// byte. Run with -update to rewrite them after a deliberate change.
func TestPackGoldens(t *testing.T) {
	t.Chdir("../..")
	tests := []struct {
		golden, pack, corpus string
	}{
		{"packs-disaster.txt", "testdata/packs/disaster.yaml", "testdata/corpora/quake"},
		{"packs-product-docs.txt", "testdata/packs/product-docs.yaml", "testdata/corpora/product-docs"},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run([]string{"rules", "check", tt.pack}, &stdout, &stderr); code != exitClean {
				t.Fatalf("rules check %s: status %d\n%s", tt.pack, code, stderr.String())
			}
			stdout.Reset()
			args := []string{"check", "--no-config", "--color", "never", "--fail-on", "none", "--rules", tt.pack, tt.corpus}
			if code := run(args, &stdout, &stderr); code != exitClean {
				t.Fatalf("exit status %d; stderr:\n%s", code, stderr.String())
			}
			golden := filepath.Join("testdata", "golden", tt.golden)
			if *update {
				if err := os.WriteFile(golden, stdout.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(stdout.Bytes(), want) {
				t.Errorf("report differs from %s (run go test -update and read the diff):\n%s", golden, stdout.String())
			}
		})
	}
}
