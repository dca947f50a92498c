package goldtest

import (
	"fmt"
	"math"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/report"
)

// CheckFunc runs the checker on the paths of a case (see Case.Paths). It
// must not read gold.json as a source.
type CheckFunc func(paths []string) (*report.Report, error)

// Result is the outcome of a test run.
type Result struct {
	FailOn string       `json:"fail_on"` // the severity that counted as failing
	Cases  []CaseResult `json:"cases"`
	Total  Totals       `json:"total"`
}

// CaseResult is the outcome of one case.
type CaseResult struct {
	Dir    string `json:"dir"`
	Corpus string `json:"corpus"`
	// Error is set when the checker could not run on the case.
	Error     string           `json:"error,omitempty"`
	Conflicts []ConflictResult `json:"conflicts"`
	Traps     []TrapResult     `json:"traps"`
	// FalseFindings are failing findings that match no gold conflict and
	// no trap.
	FalseFindings []FindingRef `json:"false_findings"`
	Score
	MinRecall    float64  `json:"min_recall"`
	MinPrecision float64  `json:"min_precision"`
	Pass         bool     `json:"pass"`
	Reasons      []string `json:"reasons"` // why the case failed
}

// ConflictResult says whether a gold conflict was found, and by which
// failing findings.
type ConflictResult struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Explicit bool     `json:"explicit"`
	Found    bool     `json:"found"`
	Findings []string `json:"findings"` // finding IDs
}

// TrapResult says whether a trap was reported as a conflict, and by which
// failing findings.
type TrapResult struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Violated bool     `json:"violated"`
	Findings []string `json:"findings"`
}

// FindingRef names a finding in a result.
type FindingRef struct {
	ID       string   `json:"id"`
	Rule     string   `json:"rule"`
	Severity string   `json:"severity"`
	Subject  string   `json:"subject"`
	Values   []string `json:"values"`
}

// Tally counts gold conflicts found out of those expected.
type Tally struct {
	Found    int `json:"found"`
	Expected int `json:"expected"`
}

// Recall is Found/Expected, 1 when nothing is expected.
func (t Tally) Recall() float64 { return ratio(t.Found, t.Expected) }

func (t *Tally) add(u Tally) { t.Found += u.Found; t.Expected += u.Expected }

// Score holds the counts and rates of a case or of a whole run.
type Score struct {
	Explicit Tally `json:"explicit"`
	Implicit Tally `json:"implicit"`
	// Findings counts failing findings; Matched those that match a gold
	// conflict, False those that match neither a conflict nor a trap.
	Findings       int `json:"findings"`
	Matched        int `json:"matched"`
	False          int `json:"false"`
	TrapViolations int `json:"trap_violations"` // traps violated
	// Rates, rounded to four decimals. Recall counts explicit and implicit
	// conflicts together; only ExplicitRecall has a target.
	Recall         float64 `json:"recall"`
	ExplicitRecall float64 `json:"explicit_recall"`
	ImplicitRecall float64 `json:"implicit_recall"`
	Precision      float64 `json:"precision"`
}

// Conflicts returns the conflicts found and expected, of both sorts.
func (s *Score) Conflicts() Tally {
	t := s.Explicit
	t.add(s.Implicit)
	return t
}

func (s *Score) add(u *Score) {
	s.Explicit.add(u.Explicit)
	s.Implicit.add(u.Implicit)
	s.Findings += u.Findings
	s.Matched += u.Matched
	s.False += u.False
	s.TrapViolations += u.TrapViolations
}

// rate fills in the rates from the counts.
func (s *Score) rate() {
	s.Recall = round4(s.Conflicts().Recall())
	s.ExplicitRecall = round4(s.Explicit.Recall())
	s.ImplicitRecall = round4(s.Implicit.Recall())
	s.Precision = round4(ratio(s.Matched, s.Findings))
}

// Totals sums a run.
type Totals struct {
	Cases  int `json:"cases"`
	Passed int `json:"passed"`
	Failed int `json:"failed"`
	Errors int `json:"errors"` // cases the checker could not run on
	Score
}

// Failed reports whether any case failed its thresholds.
func (r *Result) Failed() bool { return r.Total.Failed > 0 }

// Run checks every case and scores it against its gold. failOn is the
// least severity that counts as failing; empty or unknown means "error"
// (callers validate user input).
func Run(cases []*Case, check CheckFunc, failOn string) *Result {
	if report.SeverityRank(failOn) == 0 {
		failOn = report.SeverityError
	}
	r := &Result{FailOn: failOn, Cases: []CaseResult{}}
	for _, c := range cases {
		rep, err := check(c.Paths())
		cr := score(c, rep, err, report.SeverityRank(failOn))
		r.Cases = append(r.Cases, cr)
		r.Total.Cases++
		r.Total.add(&cr.Score)
		if cr.Pass {
			r.Total.Passed++
		} else {
			r.Total.Failed++
		}
		if cr.Error != "" {
			r.Total.Errors++
		}
	}
	r.Total.rate()
	return r
}

// score matches one case's report against its gold.
func score(c *Case, rep *report.Report, err error, failRank int) CaseResult {
	g := &c.Gold
	cr := CaseResult{
		Dir:           c.Dir,
		Corpus:        g.Corpus,
		Conflicts:     make([]ConflictResult, len(g.Conflicts)),
		Traps:         make([]TrapResult, len(g.Traps)),
		FalseFindings: []FindingRef{},
		MinRecall:     threshold(g.MinRecall),
		MinPrecision:  threshold(g.MinPrecision),
		Reasons:       []string{},
	}
	for i := range g.Conflicts {
		gc := &g.Conflicts[i]
		cr.Conflicts[i] = ConflictResult{ID: gc.ID, Kind: gc.Kind, Explicit: gc.IsExplicit(), Findings: []string{}}
	}
	for i := range g.Traps {
		cr.Traps[i] = TrapResult{ID: g.Traps[i].ID, Kind: g.Traps[i].Kind, Findings: []string{}}
	}
	if err != nil {
		cr.Error = oneLine(err.Error())
	} else if rep != nil {
		d := newCaseDir(c.Dir)
		// A finding can only match the conflicts and traps with a mention
		// where it has one: look those up by file name and line rather
		// than trying every conflict and trap on every finding.
		conflictsAt, trapsAt := map[string][]int{}, map[string][]int{}
		for j := range g.Conflicts {
			indexMentions(conflictsAt, j, g.Conflicts[j].Mentions)
		}
		for j := range g.Traps {
			indexMentions(trapsAt, j, g.Traps[j].Mentions)
		}
		for i := range rep.Findings {
			f := &rep.Findings[i]
			if report.SeverityRank(f.Severity) < failRank {
				continue
			}
			cr.Findings++
			matched, trapped := false, false
			for _, j := range candidates(conflictsAt, f) {
				if d.finds(f, &g.Conflicts[j]) {
					matched = true
					cr.Conflicts[j].Found = true
					cr.Conflicts[j].Findings = append(cr.Conflicts[j].Findings, f.ID)
				}
			}
			for _, j := range candidates(trapsAt, f) {
				if d.violates(f, &g.Traps[j]) {
					trapped = true
					cr.Traps[j].Violated = true
					cr.Traps[j].Findings = append(cr.Traps[j].Findings, f.ID)
				}
			}
			switch {
			case matched:
				cr.Matched++
			case !trapped:
				cr.False++
				cr.FalseFindings = append(cr.FalseFindings, ref(f))
			}
		}
	}
	for _, x := range cr.Conflicts {
		t := &cr.Implicit
		if x.Explicit {
			t = &cr.Explicit
		}
		t.Expected++
		if x.Found {
			t.Found++
		}
	}
	for _, t := range cr.Traps {
		if t.Violated {
			cr.TrapViolations++
		}
	}
	cr.rate()
	cr.judge()
	return cr
}

// judge decides pass or fail and says why, from exact counts.
// placeKey is where a mention stands, by the base name of its file: a
// report path and the gold file it names always share a base name.
func placeKey(file string, line int) string {
	return path.Base(filepath.ToSlash(file)) + "\x00" + strconv.Itoa(line)
}

// indexMentions records item j under the place of each of its mentions.
func indexMentions(at map[string][]int, j int, ms []Mention) {
	for _, m := range ms {
		k := placeKey(m.File, m.Line)
		if l := at[k]; len(l) == 0 || l[len(l)-1] != j {
			at[k] = append(l, j)
		}
	}
}

// candidates returns the items with a mention where f has one, ascending.
func candidates(at map[string][]int, f *report.Finding) []int {
	var out []int
	for _, v := range f.Values {
		for _, m := range v.Mentions {
			out = append(out, at[placeKey(m.Path, m.Line)]...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (cr *CaseResult) judge() {
	if cr.Error != "" {
		cr.Reasons = append(cr.Reasons, "checker failed: "+cr.Error)
	}
	if cr.Explicit.Recall() < cr.MinRecall-1e-9 {
		var missed []string
		for _, c := range cr.Conflicts {
			if c.Explicit && !c.Found {
				missed = append(missed, c.ID)
			}
		}
		cr.Reasons = append(cr.Reasons, fmt.Sprintf("explicit recall %.2f below %.2f: missed %s",
			cr.Explicit.Recall(), cr.MinRecall, strings.Join(missed, ", ")))
	}
	if p := ratio(cr.Matched, cr.Findings); p < cr.MinPrecision-1e-9 {
		cr.Reasons = append(cr.Reasons, fmt.Sprintf("precision %.2f below %.2f: %d of %d failing findings match no conflict",
			p, cr.MinPrecision, cr.Findings-cr.Matched, cr.Findings))
	}
	for _, t := range cr.Traps {
		if t.Violated {
			cr.Reasons = append(cr.Reasons, fmt.Sprintf("trap %s reported as a conflict by %s", t.ID, strings.Join(t.Findings, ", ")))
		}
	}
	cr.Pass = len(cr.Reasons) == 0
}

func threshold(v *float64) float64 {
	if v == nil {
		return 1
	}
	return *v
}

func ref(f *report.Finding) FindingRef {
	r := FindingRef{ID: f.ID, Rule: f.Rule, Severity: f.Severity, Subject: oneLine(f.Subject), Values: []string{}}
	for _, v := range f.Values {
		r.Values = append(r.Values, v.Value)
	}
	return r
}

// oneLine joins the lines of s with spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// ratio is n/d, or 1 when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
