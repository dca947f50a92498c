package main

import (
	"os"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/goldtest"
	"github.com/factlint/factlint/checker/report"
)

// Floors for the fixture corpora and the real-world development set, raised
// as recognition improves: a change that finds fewer planted conflicts, or
// reports anything false, fails here.
const (
	fixtureMinExplicitRecall = 0.86
	devMinExplicitRecall     = 0.61
)

// TestFixtureCorpora scores the project's own corpora (testdata/corpora,
// each with a gold.json) as `factlint test` does. Precision is held at 1:
// no false finding and no trap reported.
func TestFixtureCorpora(t *testing.T) {
	total := scoreCases(t, "../../testdata/corpora")
	if total.False != 0 || total.TrapViolations != 0 {
		t.Errorf("fixture corpora: %d false findings, %d trap violations; want none", total.False, total.TrapViolations)
	}
	if total.ExplicitRecall < fixtureMinExplicitRecall {
		t.Errorf("fixture corpora: explicit recall %.2f below the floor %.2f", total.ExplicitRecall, fixtureMinExplicitRecall)
	}
	t.Logf("fixture corpora: explicit recall %.2f, precision %.2f", total.ExplicitRecall, total.Precision)
}

// TestDevSet scores the WikiContradict development set kept beside the
// project (../shared/eval/wikicontradict-dev), when it is there: no
// failing finding on a copy or an unrelated pair, and recall at its floor.
func TestDevSet(t *testing.T) {
	dir := "../../../shared/eval/wikicontradict-dev"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("development set not found at %s; CI has it beside the project", dir)
	}
	total := scoreCases(t, dir)
	if total.False != 0 || total.TrapViolations != 0 {
		t.Errorf("dev set: %d false findings, %d trap violations; want none", total.False, total.TrapViolations)
	}
	if total.ExplicitRecall < devMinExplicitRecall {
		t.Errorf("dev set: explicit recall %.2f below the floor %.2f", total.ExplicitRecall, devMinExplicitRecall)
	}
	t.Logf("dev set: explicit recall %.2f, implicit %.2f, precision %.2f", total.ExplicitRecall, total.ImplicitRecall, total.Precision)
}

func scoreCases(t *testing.T, root string) goldtest.Totals {
	t.Helper()
	dirs, err := goldtest.Discover([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	var cases []*goldtest.Case
	for _, d := range dirs {
		c, err := goldtest.Load(d)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	check := func(paths []string) (*report.Report, error) {
		inputs, _, err := collect(paths, 0)
		if err != nil {
			return nil, err
		}
		rep, _, err := checker.Check(inputs, checker.Options{})
		return rep, err
	}
	return goldtest.Run(cases, check, "error").Total
}
