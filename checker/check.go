// Package checker runs the whole check: sources are read and turned into
// claims concurrently, a small batch of documents at a time, each let go
// once its claims are taken; the claims are then aligned across the
// corpus and compared into a report.
package checker

import (
	"runtime"
	"slices"
	"sort"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/align"
	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/checker/findings"
	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/rules"
)

// Options control a check.
type Options struct {
	Rules       *rules.Set // nil means the built-in rules
	Jobs        int        // documents read, and groups compared, at once; 0 means one per core
	MaxFileSize int64
	// Progress, when set, is called after each document is read.
	Progress func(done, total int)
	// Directives, when set, is called with the factlint comments of each
	// source that has any, for suppressions; it may be called from several
	// goroutines at once.
	Directives func(path string, ds []source.Directive)
	// Now, when set, is the date relative dates ("last Monday") resolve
	// against in a source whose publication date is unknown; they stay
	// unresolved otherwise. The check never reads the clock, so that a
	// report does not change with the day it is made.
	Now *time.Time
}

// Problem is a diagnostic about one input; the check goes on without it
// (or without the part of it that is named).
type Problem = source.Problem

// doc is what the check keeps of one source after reading it: its
// metadata, its claims and where each claim's evidence is. The text itself
// is dropped.
type doc struct {
	src      report.Source
	pub      *time.Time
	exclude  []string
	claims   []claims.Claim
	mentions []report.Mention // one per claim
	problems []Problem
	err      error
	// monthDay is the month and day of a dateline that gives no year
	// ("PORT ASLAIG, March 11 (SPA) -"), for a source with no other date.
	monthDay [2]int
}

// Check reads inputs and returns the report. The error is for an input the
// user named that cannot be read; the report then still covers the others.
func Check(inputs []source.Input, opt Options) (*report.Report, []Problem, error) {
	set := opt.Rules
	if set == nil {
		set = rules.Builtin()
	}
	lx := claims.NewLexicon(set)
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}

	docs := make([]*doc, len(inputs))
	var wg sync.WaitGroup
	next := make(chan int)
	var mu sync.Mutex
	done := 0
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			batch := make([]*reading, 0, batchDocs)
			for {
				batch = readBatch(batch[:0], next, inputs, opt)
				if len(batch) == 0 {
					return
				}
				for _, r := range batch {
					r.recognize(opt)
				}
				for k, r := range batch {
					r.extract(lx)
					docs[r.idx] = r.d
					batch[k] = nil
					if opt.Progress != nil {
						mu.Lock()
						done++
						opt.Progress(done, len(inputs))
						mu.Unlock()
					}
				}
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	dateYearless(docs, inputs, lx, opt)

	rep := &report.Report{Version: report.Version, Sources: []report.Source{}, Findings: []report.Finding{}}
	var problems []Problem
	var firstErr error
	// The corpus's claims stay where each document's extraction put them,
	// and are listed in one slice of pointers: copying them into one slice
	// would hold two copies of them at once, several hundred megabytes at
	// 100,000 documents. Their mentions, far smaller, are copied; each
	// document is let go once listed.
	n := 0
	for _, d := range docs {
		n += len(d.claims)
	}
	all := make([]*claims.Claim, 0, n)
	mentions := make([]report.Mention, 0, n)
	srcs := make([]findings.Source, 0, len(docs))
	for k, d := range docs {
		docs[k] = nil
		problems = append(problems, d.problems...)
		if d.err != nil && firstErr == nil {
			firstErr = d.err
		}
		if d.src.Path == "" {
			continue
		}
		idx := len(srcs)
		for i := range d.claims {
			d.claims[i].Source = idx
			d.claims[i].Seq = len(all) + i
		}
		rep.Sources = append(rep.Sources, d.src)
		srcs = append(srcs, findings.Source{ID: d.src.ID, Path: d.src.Path, Published: d.pub, Inferred: d.src.PublishedFrom == fromInferred || d.src.PublishedFrom == fromCorpusYear})
		for i := range d.claims {
			all = append(all, &d.claims[i])
		}
		mentions = append(mentions, d.mentions...)
	}
	for _, p := range problems {
		if p.Skipped {
			rep.Skipped = append(rep.Skipped, report.Skipped{Path: p.Path, Reason: p.Msg})
		}
	}

	align.People(all)
	align.RankParties(all)
	align.Scopes(all)
	groups := align.Align(all, jobs)
	rep.Findings = findings.Find(findings.Input{
		Claims:  all,
		Groups:  groups,
		Sources: srcs,
		Rules:   set,
		Mention: func(c *claims.Claim) report.Mention { return mentions[c.Seq] },
		Jobs:    jobs,
	})
	if rep.Findings == nil {
		rep.Findings = []report.Finding{}
	}
	rep.Summary = summarize(rep, len(all))
	return rep, problems, firstErr
}

// A worker's batch ends at batchDocs documents or batchBytes of their
// text, whichever comes first, so that what a worker holds stays small
// however large the files.
const (
	batchDocs  = 128
	batchBytes = 1 << 20
)

// readBatch loads documents whose indexes it takes from next, appending
// them to batch until the batch is full or next is closed.
func readBatch(batch []*reading, next <-chan int, inputs []source.Input, opt Options) []*reading {
	size := 0
	for len(batch) < batchDocs && size < batchBytes {
		i, ok := <-next
		if !ok {
			break
		}
		r := load(inputs[i], i, opt, nil)
		if r.src != nil {
			size += len(r.src.Text)
		}
		batch = append(batch, r)
	}
	return batch
}

func summarize(rep *report.Report, claims int) report.Summary {
	s := report.Summary{Sources: len(rep.Sources), Claims: claims, Skipped: len(rep.Skipped)}
	for _, f := range rep.Findings {
		switch f.Severity {
		case report.SeverityError:
			s.Errors++
		case report.SeverityWarning:
			s.Warnings++
		case report.SeverityInfo:
			s.Infos++
		}
	}
	return s
}

// readDoc reads one input and extracts its claims.
func readDoc(in source.Input, idx int, lx *claims.Lexicon, opt Options) *doc {
	return readDated(in, idx, lx, opt, nil)
}

// readDated reads a source as readDoc does, dated known when known is
// not nil.
func readDated(in source.Input, idx int, lx *claims.Lexicon, opt Options, known *time.Time) *doc {
	r := load(in, idx, opt, known)
	r.recognize(opt)
	r.extract(lx)
	return r.d
}

// A reading is one document on its way to claims: read and split, then
// its values recognized, then its claims extracted. Workers take a batch
// of documents through each step before the next (see readBatch): each
// step's code and tables then stay in the processor's caches for many
// documents, which makes the whole about a sixth faster than taking one
// document through every step at a time.
type reading struct {
	d     *doc
	idx   int
	src   *source.Source // nil when the input could not be read
	units []segment.Unit
	cd    *claims.Doc
}

// load reads and splits one input and dates it, with known when known is
// not nil and the source tells no date of its own.
func load(in source.Input, idx int, opt Options, known *time.Time) *reading {
	d := &doc{}
	r := &reading{d: d, idx: idx}
	src, probs, err := source.Read(in, source.Options{MaxFileSize: opt.MaxFileSize})
	d.problems = probs
	if err != nil || src == nil {
		d.err = err
		return r
	}
	r.src = src
	r.units = segment.Split(src)
	pub, from, yearless := dateSource(src, r.units)
	if known != nil && pub == nil {
		pub, from = known, fromCorpusYear
	}
	d.monthDay = yearless
	d.pub = pub
	d.src = report.Source{ID: src.ID, Path: src.Path, Title: src.Title, PublishedFrom: from}
	if pub != nil {
		s := pub.Format("2006-01-02")
		d.src.Published = &s
	}
	d.exclude = src.Exclude
	if opt.Directives != nil && len(src.Directives) > 0 && known == nil { // a second reading has told them already
		opt.Directives(src.Path, src.Directives)
	}
	return r
}

// recognize finds the values of a loaded document.
func (r *reading) recognize(opt Options) {
	if r.src == nil {
		return
	}
	ref := r.d.pub
	if ref == nil {
		ref = opt.Now
	}
	r.cd = recognizeDoc(r.src, r.units, ref)
	r.cd.Source = r.idx
}

// extract takes the claims of a recognized document and where each is,
// and lets its text go.
func (r *reading) extract(lx *claims.Lexicon) {
	if r.src == nil {
		return
	}
	d, src, cd := r.d, r.src, r.cd
	d.claims = excludeRules(lx.Extract(cd), src.Exclude)
	d.mentions = make([]report.Mention, 0, len(d.claims))
	for i := range d.claims {
		c := &d.claims[i]
		u := cd.Units[c.Span.Unit]
		d.mentions = append(d.mentions, mention(src, c.Span, src.Text[u.Start:u.End]))
	}
	detach(d)
	r.src, r.units, r.cd = nil, nil, nil
}

// recognizeDoc finds the typed values of each unit of src, relative dates
// resolving against pub.
func recognizeDoc(src *source.Source, units []segment.Unit, pub *time.Time) *claims.Doc {
	var ref *recognize.Civil
	if pub != nil {
		ref = &recognize.Civil{Year: pub.Year(), Month: int(pub.Month()), Day: pub.Day()}
	}
	cd := &claims.Doc{Text: src.Text, Published: ref, Units: make([]claims.Unit, 0, len(units)), Values: make([][]recognize.Value, 0, len(units))}
	for _, u := range units {
		cd.Units = append(cd.Units, claims.Unit{Start: u.Start, End: u.End, Heading: u.Kind == segment.Heading, Para: u.Para})
		cd.Values = append(cd.Values, recognize.Find(src.Text[u.Start:u.End], recognize.Options{Ref: ref}))
	}
	return cd
}

// Recognized is a typed value (or a person) found in a source.
type Recognized struct {
	Type      string
	Value     string // normalized; "" for an unresolved relative date
	Qualifier string
	Mention   report.Mention
}

// Values reads one source and returns every typed value and every person
// factlint recognizes in it, in order: what the checker sees. Relative
// dates resolve against ref, or the source's own publication date when ref
// is nil.
func Values(in source.Input, ref *time.Time, set *rules.Set) ([]Recognized, []Problem, error) {
	if set == nil {
		set = rules.Builtin()
	}
	src, probs, err := source.Read(in, source.Options{})
	if err != nil || src == nil {
		return nil, probs, err
	}
	units := segment.Split(src)
	if ref == nil {
		ref, _, _ = dateSource(src, units)
	}
	cd := recognizeDoc(src, units, ref)
	var out []Recognized
	for i, u := range cd.Units {
		sentence := src.Text[u.Start:u.End]
		for _, v := range cd.Values[i] {
			q := string(v.Qualifier)
			if q == "" {
				q = string(recognize.Exact)
			}
			sp := claims.Span{Unit: i, Start: u.Start + v.Start, End: u.Start + v.End, Text: v.Text}
			out = append(out, Recognized{Type: string(v.Type), Value: v.Norm, Qualifier: q, Mention: mention(src, sp, sentence)})
		}
	}
	for _, p := range claims.NewLexicon(set).People(cd) {
		u := cd.Units[p.Span.Unit]
		out = append(out, Recognized{Type: "person", Value: p.Name.Text, Qualifier: string(recognize.Exact), Mention: mention(src, p.Span, src.Text[u.Start:u.End])})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Mention, out[j].Mention
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return out, probs, nil
}

// excludeRules drops the claims of rule kinds the manifest excludes the
// source from. DeleteFunc clears the slots it frees, so a dropped claim
// keeps none of the document's text alive; the claims are kept until the
// corpus is read, so the slice is clipped to them.
func excludeRules(cl []claims.Claim, exclude []string) []claims.Claim {
	if len(exclude) == 0 {
		return cl
	}
	return slices.Clip(slices.DeleteFunc(cl, func(c claims.Claim) bool { return slices.Contains(exclude, c.Kind) }))
}

// mention locates a span in its source's original file.
func mention(src *source.Source, sp claims.Span, sentence string) report.Mention {
	line, col := src.Position(sp.Start)
	last := sp.End
	if last > sp.Start {
		_, size := utf8.DecodeLastRuneInString(src.Text[sp.Start:sp.End])
		last -= size
	}
	endLine, endCol := src.Position(last)
	return report.Mention{
		Source: src.ID, Path: src.Path,
		Line: line, Column: col, EndLine: endLine, EndColumn: endCol,
		Text: sp.Text, Sentence: sentence,
	}
}
