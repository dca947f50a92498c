// Package report holds the result of a check: the sources read and the
// findings made about them. It is the one shape every output format prints,
// and its JSON encoding is the documented machine format (version 1).
package report

// Version is the version of the JSON report format.
const Version = 1

// Report is the outcome of checking one corpus.
type Report struct {
	Version  int       `json:"version"`
	Sources  []Source  `json:"sources"`
	Findings []Finding `json:"findings"`
	Summary  Summary   `json:"summary"`
	// Skipped lists inputs that could not be checked, with the reason.
	Skipped []Skipped `json:"skipped,omitempty"`
}

// Source describes one document that was checked.
type Source struct {
	ID            string  `json:"id"`
	Path          string  `json:"path"`
	Title         string  `json:"title,omitempty"`
	Published     *string `json:"published"`      // YYYY-MM-DD, nil when unknown
	PublishedFrom string  `json:"published_from"` // manifest|front-matter|html-meta|dateline|dateline-corpus-year|inferred|unknown
}

// Skipped is an input that was not checked.
type Skipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Finding kinds.
const (
	KindConflict = "conflict" // same thing, same scope, incompatible values
	KindInternal = "internal" // one source contradicts itself
	KindStale    = "stale"    // values differ, but the sources describe different times
	KindPeriod   = "period"   // one measure over several periods
)

// Severities, from most to least severe.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

// SeverityRank orders severities: error 3, warning 2, info 1, anything else 0.
func SeverityRank(s string) int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

// Finding is one disagreement (or, for kind period, one series) with its evidence.
type Finding struct {
	ID       string  `json:"id"` // stable fingerprint: rule, subject, values, source paths
	Rule     string  `json:"rule"`
	Kind     string  `json:"kind"`
	Severity string  `json:"severity"`
	Subject  string  `json:"subject"`
	Message  string  `json:"message"`
	Values   []Value `json:"values"`
	// Majority is the normalized value most sources support, when one does.
	Majority string `json:"majority,omitempty"`
	// Related lists claims that look alike but were judged to be about
	// something else, with why, so a reader sees they were not merged silently.
	Related []Related `json:"related,omitempty"`
}

// Value is one distinct value of a finding with every mention supporting it.
type Value struct {
	Value       string    `json:"value"`
	Type        string    `json:"type"` // date|year|money|count|percent|rank|person|text
	Qualifier   string    `json:"qualifier"`
	Period      string    `json:"period,omitempty"` // reference period, for kind period
	Implied     bool      `json:"implied,omitempty"`
	SupportedBy int       `json:"supported_by"` // number of distinct sources
	Mentions    []Mention `json:"mentions"`
}

// Mention is one place in a source where a value is stated. Lines and
// columns are 1-based; columns count characters; EndColumn is the column of
// the last character of Text.
type Mention struct {
	Source    string `json:"source"`
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Text      string `json:"text"`
	// Sentence is the unit of text the value was read from, for display.
	Sentence string `json:"sentence,omitempty"`
}

// Related is a look-alike claim that was kept apart from a finding.
type Related struct {
	Value   string  `json:"value"`
	Why     string  `json:"why"`
	Mention Mention `json:"mention"`
}

// Summary counts what the report holds.
type Summary struct {
	Sources  int `json:"sources"`
	Claims   int `json:"claims"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	Skipped  int `json:"skipped,omitempty"`
}
