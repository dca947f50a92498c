package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressDelay is how long a check runs before it shows a progress bar:
// a short check finishes before a bar would be worth drawing.
const progressDelay = time.Second

// progress draws a bar of documents read on a terminal. The bar appears
// only once the check has run for a while and is cleared when reading
// ends, so the report that follows is unchanged.
type progress struct {
	w     io.Writer
	start time.Time
	delay time.Duration
	bar   *progressbar.ProgressBar
}

// newProgress returns a progress bar for w, or nil when w is not a
// terminal or the user asked for quiet.
func newProgress(w io.Writer, quiet bool) *progress {
	f, ok := w.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &progress{w: w, start: time.Now(), delay: progressDelay}
}

// update is checker.Options.Progress: called after each document is read,
// one call at a time.
func (p *progress) update(done, total int) {
	if p.bar == nil {
		if time.Since(p.start) < p.delay || done >= total {
			return
		}
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription("reading"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionShowIts(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	p.bar.Set(done)
	if done >= total {
		p.finish()
	}
}

// finish clears the bar, if one was drawn.
func (p *progress) finish() {
	if p == nil || p.bar == nil {
		return
	}
	p.bar.Finish()
	p.bar = nil
	p.delay = time.Duration(1<<63 - 1) // never again in this run
}

// callback returns p.update, or nil for no bar, for checker.Options.
func (p *progress) callback() func(done, total int) {
	if p == nil {
		return nil
	}
	return p.update
}
