package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/checker/goldtest"
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
			compareGolden(t, tt.golden, stdout.Bytes())
		})
	}
}

// TestPacksKeepPrecision scores the fixture corpora against their gold.json
// with and without their example pack: a pack may find more conflicts, but
// it must not report a false finding or a trap, nor lose a conflict.
func TestPacksKeepPrecision(t *testing.T) {
	t.Chdir("../..")
	score := func(t *testing.T, args ...string) goldtest.CaseResult {
		t.Helper()
		var stdout, stderr bytes.Buffer
		run(append([]string{"test", "--format", "json"}, args...), &stdout, &stderr)
		var res goldtest.Result
		if err := json.Unmarshal(stdout.Bytes(), &res); err != nil || len(res.Cases) != 1 {
			t.Fatalf("factlint test %v: %v\n%s", args, err, stderr.String())
		}
		return res.Cases[0]
	}
	for _, tt := range []struct{ pack, corpus string }{
		{"testdata/packs/disaster.yaml", "testdata/corpora/quake"},
		{"testdata/packs/product-docs.yaml", "testdata/corpora/product-docs"},
	} {
		t.Run(filepath.Base(tt.pack), func(t *testing.T) {
			without := score(t, tt.corpus)
			with := score(t, "--rules", tt.pack, tt.corpus)
			for _, f := range with.FalseFindings {
				if !slicesContainsFinding(without.FalseFindings, f) {
					t.Errorf("the pack adds a false finding: %s %s %v", f.Rule, f.Subject, f.Values)
				}
			}
			for i, tr := range with.Traps {
				if tr.Violated && !without.Traps[i].Violated {
					t.Errorf("the pack reports trap %s as a conflict", tr.ID)
				}
			}
			for i, c := range without.Conflicts {
				if c.Found && !with.Conflicts[i].Found {
					t.Errorf("the pack loses conflict %s", c.ID)
				}
			}
		})
	}
}

func slicesContainsFinding(fs []goldtest.FindingRef, f goldtest.FindingRef) bool {
	for _, g := range fs {
		if g.Subject == f.Subject {
			return true
		}
	}
	return false
}
