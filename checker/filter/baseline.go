package filter

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/report"
)

// BaselineVersion is the version of the baseline file format.
const BaselineVersion = 1

// A Baseline is a set of known findings, keyed by their fingerprint
// (report.Finding.ID: rule, subject, values and source paths), so that a
// finding stays known when unrelated text moves it to another line.
type Baseline struct {
	ids  map[string]bool
	seen map[string]bool // ids Process has met
}

// baselineFile is the file format. Rule and subject are there for people
// reviewing the file; only the id is matched.
type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	ID      string `json:"id"`
	Rule    string `json:"rule,omitempty"`
	Subject string `json:"subject,omitempty"`
}

// NewBaseline returns a baseline holding fs.
func NewBaseline(fs []report.Finding) *Baseline {
	b := &Baseline{ids: map[string]bool{}}
	for _, f := range fs {
		b.ids[f.ID] = true
	}
	return b
}

// Len returns the number of findings in the baseline.
func (b *Baseline) Len() int { return len(b.ids) }

// Process implements Processor: it drops the findings in the baseline.
func (b *Baseline) Process(fs []report.Finding) []report.Finding {
	if b.seen == nil {
		b.seen = map[string]bool{}
	}
	out := fs[:0]
	for _, f := range fs {
		if b.ids[f.ID] {
			b.seen[f.ID] = true
		} else {
			out = append(out, f)
		}
	}
	return out
}

// Gone returns how many findings of the baseline Process has not met:
// fixed since it was written, or suppressed.
func (b *Baseline) Gone() int {
	n := 0
	for id := range b.ids {
		if !b.seen[id] {
			n++
		}
	}
	return n
}

// LoadBaseline reads a baseline file.
func LoadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading baseline: %w", err)
	}
	b, err := ParseBaseline(data)
	if err != nil {
		var perr *ParseError
		if errors.As(err, &perr) {
			perr.Path = path
		}
		return nil, err
	}
	return b, nil
}

// ParseError is a malformed baseline file.
type ParseError struct {
	Path      string
	Line, Col int // 1-based; zero when there is no position
	Msg       string
}

func (e *ParseError) Error() string {
	path := e.Path
	if path == "" {
		path = "baseline"
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", path, e.Line, e.Col, e.Msg)
	}
	return path + ": " + e.Msg
}

// ParseBaseline reads a baseline from its JSON encoding; errors are
// *ParseError.
func ParseBaseline(data []byte) (*Baseline, error) {
	var f baselineFile
	if err := json.Unmarshal(data, &f); err != nil {
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case len(bytes.TrimSpace(data)) == 0:
			return nil, &ParseError{Msg: "empty file, want a factlint baseline"}
		case errors.As(err, &syn):
			return nil, posError(data, syn.Offset-1, syn.Error()) // Offset counts the bad byte
		case errors.As(err, &typ):
			return nil, posError(data, typ.Offset, fmt.Sprintf("%s: want %s, not %s", typ.Field, typ.Type, typ.Value))
		}
		return nil, &ParseError{Msg: err.Error()}
	}
	if f.Version != BaselineVersion {
		return nil, &ParseError{Msg: fmt.Sprintf("unsupported baseline version %d (want %d)", f.Version, BaselineVersion)}
	}
	b := &Baseline{ids: map[string]bool{}}
	for i, e := range f.Findings {
		if e.ID == "" {
			return nil, &ParseError{Msg: fmt.Sprintf("finding %d has no id", i+1)}
		}
		b.ids[e.ID] = true
	}
	return b, nil
}

// posError is a ParseError at a byte offset of data.
func posError(data []byte, off int64, msg string) error {
	off = max(0, min(off, int64(len(data))))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := len([]rune(string(before[bytes.LastIndexByte(before, '\n')+1:]))) + 1
	return &ParseError{Line: line, Col: col, Msg: msg}
}

// EncodeBaseline writes the baseline of fs, sorted by id so that the file
// changes only where the findings do.
func EncodeBaseline(w io.Writer, fs []report.Finding) error {
	f := baselineFile{Version: BaselineVersion, Findings: []baselineEntry{}}
	seen := map[string]bool{}
	for _, x := range fs {
		if seen[x.ID] {
			continue
		}
		seen[x.ID] = true
		f.Findings = append(f.Findings, baselineEntry{ID: x.ID, Rule: x.Rule, Subject: x.Subject})
	}
	slices.SortFunc(f.Findings, func(a, b baselineEntry) int { return strings.Compare(a.ID, b.ID) })
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(f)
}
