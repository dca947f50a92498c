// Package corpusgen writes synthetic corpora for measuring factlint at
// scale: many stories, each told by a few outlets, with conflicts planted
// at a known rate and look-alikes that must not be reported, and a
// gold.json that says which is which, so a timed run is also scored.
//
// The output depends only on the configuration: the same seed gives the
// same bytes, and a smaller corpus is the start of a larger one (story i is
// the same whatever the size, bar the last story's length).
package corpusgen

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/factlint/factlint/checker/goldtest"
)

// Config says what to generate.
type Config struct {
	Docs int    // documents to write
	Seed uint64 // the same seed gives the same corpus
	// ConflictRate is the chance that one source of a story states one of
	// its facts wrongly; each of a story's five facts is drawn on its own.
	ConflictRate float64
	// TrapRate is the chance of each kind of look-alike in a story: a
	// bound ("more than 12,000"), another period's figure, another event
	// with other people, an older article naming a former role holder.
	TrapRate float64
}

// DefaultConfig is the configuration the benchmarks use.
func DefaultConfig(docs int) Config {
	return Config{Docs: docs, Seed: 1, ConflictRate: 0.2, TrapRate: 0.3}
}

// Stats describes a generated corpus.
type Stats struct {
	Docs, Stories    int
	Conflicts, Traps int
	Bytes            int64
	// Story gives each document's story by its slash-separated path in
	// the corpus: a finding quoting two stories has joined subjects that
	// have nothing to do with each other.
	Story map[string]int
}

// Generate writes cfg.Docs documents and their gold.json into dir, which
// must not exist or be empty: nothing already there is overwritten.
func Generate(dir string, cfg Config) (Stats, error) {
	st := Stats{Story: map[string]int{}}
	if cfg.Docs < 1 {
		return st, errors.New("corpusgen: need at least one document")
	}
	if err := emptyDir(dir); err != nil {
		return st, err
	}
	gold := goldtest.Gold{Corpus: fmt.Sprintf("factlint-scale-%d-seed-%d", cfg.Docs, cfg.Seed)}
	names := newNamer()
	lastCount := map[*domain]goldtest.Mention{} // a look-alike across stories
	for left, idx := cfg.Docs, 0; left > 0; idx++ {
		n := min(3+int((cfg.Seed+uint64(idx)*7)%3), left)
		if left-n < 2 {
			n = left
		}
		s := newStory(cfg, idx, n, names)
		for _, dc := range s.docs {
			text := s.render(dc)
			path := filepath.Join(dir, filepath.FromSlash(dc.file))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return st, err
			}
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				return st, err
			}
			pub := dc.pub.Format("2006-01-02")
			gold.Documents = append(gold.Documents, goldtest.Document{File: dc.file, Published: &pub})
			st.Bytes += int64(len(text))
			st.Story[dc.file] = idx
		}
		s.resolve()
		if m, ok := s.docs[0].where[slotCount]; ok {
			if prev, ok := lastCount[s.dom]; ok && prev.Value != m.Value {
				gold.Traps = append(gold.Traps, goldtest.Trap{
					ID:              fmt.Sprintf("s%05d-count-other-story", idx),
					Kind:            "count",
					Slot:            s.vars["Org1"] + ": count",
					Mentions:        []goldtest.Mention{prev, m},
					WhyNotAConflict: "the same kind of count in another story, about another subject",
				})
			}
			lastCount[s.dom] = m
		}
		gold.Conflicts = append(gold.Conflicts, s.conflicts...)
		gold.Traps = append(gold.Traps, s.traps...)
		st.Docs += len(s.docs)
		st.Stories++
		left -= n
	}
	st.Conflicts, st.Traps = len(gold.Conflicts), len(gold.Traps)
	if gold.Conflicts == nil {
		gold.Conflicts = []goldtest.Conflict{}
	}
	if gold.Traps == nil {
		gold.Traps = []goldtest.Trap{}
	}
	return st, writeJSON(filepath.Join(dir, goldtest.GoldFile), &gold)
}

// emptyDir creates dir, or checks that it is empty.
func emptyDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s: not empty", dir)
	}
	return nil
}

func writeJSON(path string, v any) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
