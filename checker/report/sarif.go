package report

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// sarifPrinter writes SARIF 2.1.0, for code scanning services: one rule
// descriptor per rule present and one result per finding.
type sarifPrinter struct{}

// FingerprintKey names the partial fingerprint that carries Finding.ID.
const FingerprintKey = "factlint/v1"

// kindDescriptions describe rules by the kind of their findings, as the
// report carries no rule prose.
var kindDescriptions = map[string]string{
	KindConflict: "Sources disagree about the same fact.",
	KindInternal: "A source contradicts itself.",
	KindStale:    "Sources give different values for different times.",
	KindPeriod:   "One measure is reported over several periods.",
}

func (sarifPrinter) Print(w io.Writer, r *Report) error {
	run := sarif.NewRunWithInformationURI("factlint", "https://github.com/factlint/factlint")
	// Report columns count characters, not the UTF-16 units SARIF assumes.
	run.WithColumnKind("unicodeCodePoints")

	fs := bySeverity(r.Findings)
	var rules []string
	kinds := map[string]string{}
	for _, f := range fs {
		if !slices.Contains(rules, f.Rule) {
			rules = append(rules, f.Rule)
			kinds[f.Rule] = f.Kind
		}
	}
	slices.Sort(rules)
	for _, id := range rules {
		rule := run.AddRule(id).WithName(id)
		if d, ok := kindDescriptions[kinds[id]]; ok {
			rule.WithDescription(d)
		}
	}

	for i := range fs {
		f := &fs[i]
		res := run.CreateResultForRule(f.Rule).
			WithLevel(sarifLevel(f.Severity)).
			WithMessage(sarif.NewTextMessage(f.Message)).
			WithPartialFingerprints(map[string]string{FingerprintKey: f.ID}) // AddPartialFingerprint writes to a nil map
		// The first mention is the primary location, the others related.
		id := 0
		for _, v := range f.Values {
			for _, m := range v.Mentions {
				loc := sarifLocation(m).WithMessage(sarif.NewTextMessage(fmt.Sprintf("%s: %q", v.Value, m.Text)))
				if len(res.Locations) == 0 {
					res.AddLocation(loc)
					continue
				}
				id++
				res.AddRelatedLocation(loc.WithID(id))
			}
		}
		for _, rel := range f.Related {
			msg := fmt.Sprintf("kept apart: %s (%s)", rel.Value, rel.Why)
			id++
			res.AddRelatedLocation(sarifLocation(rel.Mention).WithID(id).WithMessage(sarif.NewTextMessage(msg)))
		}
	}

	rep := sarif.NewReport()
	rep.AddRun(run)
	if err := rep.PrettyWrite(w); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func sarifLevel(severity string) string {
	switch severity {
	case SeverityError:
		return sarif.LevelError
	case SeverityWarning:
		return sarif.LevelWarning
	}
	return sarif.LevelNote
}

// sarifLocation places a mention. SARIF's endColumn is exclusive, the
// report's inclusive.
// A mention without a line points at the whole file.
func sarifLocation(m Mention) *sarif.Location {
	phys := sarif.NewPhysicalLocation().
		WithArtifactLocation(sarif.NewSimpleArtifactLocation(sarifURI(m.Path)))
	if m.Line > 0 {
		endLine, endCol := endOf(m)
		region := sarif.NewRegion().WithStartLine(m.Line).WithEndLine(endLine)
		if m.Column > 0 {
			region.WithStartColumn(m.Column).WithEndColumn(endCol + 1)
		}
		phys.WithRegion(region.WithSnippet(sarif.NewArtifactContent().WithText(m.Text)))
	}
	return sarif.NewLocationWithPhysicalLocation(phys)
}

// sarifURI turns a file path into a relative URI reference: slashes,
// escaped spaces and such, and no colon that could read as a scheme.
func sarifURI(path string) string {
	u := url.URL{Path: filepath.ToSlash(path)}
	return u.String()
}
