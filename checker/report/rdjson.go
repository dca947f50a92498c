package report

import (
	"encoding/json"
	"io"
)

// rdjsonPrinter writes reviewdog's Diagnostic JSON format (rdjson), so
// findings can be posted as review comments.
type rdjsonPrinter struct{}

type rdResult struct {
	Source      rdSource       `json:"source"`
	Severity    string         `json:"severity,omitempty"`
	Diagnostics []rdDiagnostic `json:"diagnostics"`
}

type rdSource struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type rdDiagnostic struct {
	Message          string              `json:"message"`
	Location         rdLocation          `json:"location"`
	Severity         string              `json:"severity"`
	Source           *rdSource           `json:"source,omitempty"`
	Code             rdCode              `json:"code"`
	OriginalOutput   string              `json:"original_output,omitempty"`
	RelatedLocations []rdRelatedLocation `json:"related_locations,omitempty"`
}

type rdLocation struct {
	Path  string  `json:"path"`
	Range rdRange `json:"range"`
}

type rdRange struct {
	Start rdPosition `json:"start"`
	End   rdPosition `json:"end"`
}

type rdPosition struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type rdCode struct {
	Value string `json:"value"`
	URL   string `json:"url,omitempty"`
}

type rdRelatedLocation struct {
	Message  string     `json:"message"`
	Location rdLocation `json:"location"`
}

// One diagnostic per finding: the first mention is where the comment goes,
// the other mentions and the look-alikes kept apart are related locations.
func (rdjsonPrinter) Print(w io.Writer, r *Report) error {
	out := rdResult{
		Source:      rdSource{Name: "factlint", URL: "https://github.com/factlint/factlint"},
		Severity:    rdSeverity(mostSevere(r.Findings)),
		Diagnostics: []rdDiagnostic{},
	}
	for _, f := range bySeverity(r.Findings) {
		d := rdDiagnostic{
			Message:  f.Message,
			Severity: rdSeverity(f.Severity),
			Code:     rdCode{Value: f.Rule},
		}
		first := true
		for _, v := range f.Values {
			for _, m := range v.Mentions {
				if first {
					d.Location = rdLocate(m)
					first = false
					continue
				}
				d.RelatedLocations = append(d.RelatedLocations, rdRelatedLocation{
					Message:  v.Value + ": \"" + m.Text + "\"",
					Location: rdLocate(m),
				})
			}
		}
		if first {
			continue // nothing to point at
		}
		for _, rel := range f.Related {
			d.RelatedLocations = append(d.RelatedLocations, rdRelatedLocation{
				Message:  "kept apart: " + rel.Value + " (" + rel.Why + ")",
				Location: rdLocate(rel.Mention),
			})
		}
		out.Diagnostics = append(out.Diagnostics, d)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// rdLocate places a mention. rdjson ranges end after the last character,
// the report's EndColumn is on it. rdjson counts columns in UTF-8 bytes
// and the report in characters: the two agree only where the line before
// the mention is ASCII, as the report holds no byte columns.
func rdLocate(m Mention) rdLocation {
	endLine, endCol := endOf(m)
	return rdLocation{
		Path: m.Path,
		Range: rdRange{
			Start: rdPosition{Line: m.Line, Column: m.Column},
			End:   rdPosition{Line: endLine, Column: endCol + 1},
		},
	}
}

func rdSeverity(s string) string {
	switch s {
	case SeverityError:
		return "ERROR"
	case SeverityWarning:
		return "WARNING"
	case SeverityInfo:
		return "INFO"
	}
	return ""
}

// mostSevere returns the highest severity among fs, or "" for none.
func mostSevere(fs []Finding) string {
	best := ""
	for _, f := range fs {
		if SeverityRank(f.Severity) > SeverityRank(best) {
			best = f.Severity
		}
	}
	return best
}
