package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/factlint/factlint/checker/filter"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/source"
)

// reporting is what happens to a check's findings after the check:
// suppression comments, the baseline and the lowest severity decide what
// is reported, and --output and --write-baseline write files beside the
// report on stdout.
type reporting struct {
	outputs       []output
	baseline      *filter.Baseline // nil without --baseline
	baselinePath  string
	writeBaseline string
	reportUnused  bool
	quiet         bool

	mu     sync.Mutex
	dirs   map[string][]source.Directive // by source path
	unused int                           // unused suppressions reported
}

// output is one --output FORMAT=FILE.
type output struct {
	format, path string
	printer      report.Printer
}

// newReporting checks the flags about files to read and write before the
// check starts, so that a mistake costs no time: unknown formats, a file
// named twice, a file to write that is one of the inputs.
func newReporting(opts *checkOptions, inputs []source.Input) (*reporting, error) {
	r := &reporting{writeBaseline: opts.writeBaseline, reportUnused: opts.reportUnused, quiet: opts.quiet, dirs: map[string][]source.Directive{}}
	targets := map[string]string{} // cleaned path -> flag that writes it
	claim := func(flag, path string) error {
		key := filepath.Clean(path)
		if prev, ok := targets[key]; ok {
			return usagef("%s: %s is already written by %s", flag, path, prev)
		}
		targets[key] = flag
		if st, err := os.Stat(filepath.Dir(path)); err != nil || !st.IsDir() {
			return usagef("%s: %s: no such folder", flag, filepath.Dir(path))
		}
		if isInput(path, inputs) {
			return usagef("%s: %s is one of the inputs; factlint never writes to its inputs", flag, path)
		}
		return nil
	}
	for _, spec := range opts.outputs {
		format, path, ok := strings.Cut(spec, "=")
		if !ok || format == "" || path == "" {
			return nil, usagef("--output: want FORMAT=FILE, not %q", spec)
		}
		p, err := report.NewPrinter(format, report.Options{})
		if err != nil {
			return nil, usagef("--output: %v", err)
		}
		if err := claim("--output", path); err != nil {
			return nil, err
		}
		r.outputs = append(r.outputs, output{format, path, p})
	}
	if opts.writeBaseline != "" {
		if err := claim("--write-baseline", opts.writeBaseline); err != nil {
			return nil, err
		}
	}
	if opts.baseline != "" {
		b, err := filter.LoadBaseline(opts.baseline)
		if err != nil {
			return nil, usageError{err}
		}
		r.baseline, r.baselinePath = b, opts.baseline
	}
	return r, nil
}

// isInput reports whether path names a file that is one of the inputs.
func isInput(path string, inputs []source.Input) bool {
	st, err := os.Stat(path)
	if err != nil {
		return false // not there yet: cannot be an input
	}
	base := filepath.Base(path)
	for _, in := range inputs {
		if filepath.Base(in.Path) != base {
			continue
		}
		if ist, err := os.Stat(in.Path); err == nil && os.SameFile(st, ist) {
			return true
		}
	}
	return false
}

// directives collects each source's suppression comments during the
// check (checker.Options.Directives).
func (r *reporting) directives(path string, ds []source.Directive) {
	r.mu.Lock()
	r.dirs[path] = ds
	r.mu.Unlock()
}

// filter passes the findings through suppressions, the baseline and the
// lowest severity shown, writing the baseline between the first two when
// asked to. complete is false when some input could not be read; no
// baseline is written from a partial run.
func (r *reporting) filter(rep *report.Report, minRank int, complete bool, stderr io.Writer) error {
	sup := filter.NewSuppressions(r.dirs)
	fs := sup.Process(rep.Findings)
	if r.reportUnused {
		for _, u := range sup.Unused() {
			fmt.Fprintln(stderr, u)
			r.unused++
		}
	}
	if r.writeBaseline != "" {
		if !complete {
			fmt.Fprintf(stderr, "factlint: %s not written: not every input could be read\n", r.writeBaseline)
		} else {
			if err := writeFileAtomic(r.writeBaseline, func(w io.Writer) error { return filter.EncodeBaseline(w, fs) }); err != nil {
				return err
			}
			if !r.quiet {
				fmt.Fprintf(stderr, "factlint: wrote %s to %s\n", plural(len(fs), "finding"), r.writeBaseline)
			}
			// The findings just recorded are known from now on, this run included.
			r.baseline = filter.NewBaseline(fs)
		}
	}
	ps := []filter.Processor{filter.MinSeverity(minRank)}
	if r.baseline != nil {
		ps = append([]filter.Processor{r.baseline}, ps...)
	}
	rep.Findings = filter.Apply(fs, ps...)
	filter.Recount(rep)
	if r.baseline != nil && r.writeBaseline == "" && !r.quiet {
		if n := r.baseline.Gone(); n > 0 {
			fmt.Fprintf(stderr, "factlint: %s in %s no longer found; --write-baseline %[2]s drops them\n", plural(n, "finding"), r.baselinePath)
		}
	}
	return nil
}

// write writes the report to each --output file.
func (r *reporting) write(rep *report.Report) error {
	for _, o := range r.outputs {
		if err := writeFileAtomic(o.path, func(w io.Writer) error { return o.printer.Print(w, rep) }); err != nil {
			return err
		}
	}
	return nil
}

// writeFileAtomic writes a file through a temporary file in the same
// folder, renamed over path when complete, so that a reader never sees
// half a file and a failed run leaves the old one in place.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, unwrapPathError(err))
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			err = fmt.Errorf("writing %s: %w", path, unwrapPathError(err))
		}
	}()
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// unwrapPathError drops the temporary file's name from an error, which
// would only confuse.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*os.LinkError); ok {
		return le.Err
	}
	return err
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
