package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestProgressOnlyOnTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, w := range []io.Writer{&bytes.Buffer{}, f} {
		if p := newProgress(w, false); p != nil {
			t.Errorf("%T: a progress bar on a writer that is not a terminal", w)
		}
	}
	var none *progress
	if none.callback() != nil {
		t.Error("no bar, but a callback")
	}
	none.finish() // must not panic
}

func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, start: time.Now(), delay: 0}
	for i := 1; i <= 50; i++ {
		p.update(i, 50)
	}
	// Drawn (throttled), then cleared when the last document is read, so
	// the report starts on a clean line.
	out := buf.String()
	if !strings.Contains(out, "reading") || !strings.Contains(out, "docs") {
		t.Errorf("bar output %q: want the description and the unit", out)
	}
	if !strings.HasSuffix(out, "\r") || strings.TrimSpace(out[strings.LastIndex(out[:len(out)-1], "\r"):]) != "" {
		t.Errorf("bar output %q does not end by clearing the line", out)
	}
	buf.Reset()
	p.update(50, 50)
	p.finish()
	if buf.Len() != 0 {
		t.Errorf("output after the bar finished: %q", buf.String())
	}
}

func TestProgressWaits(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, start: time.Now(), delay: time.Hour}
	for i := 1; i <= 10; i++ {
		p.update(i, 10)
	}
	p.finish()
	if buf.Len() != 0 {
		t.Errorf("a short check drew a bar: %q", buf.String())
	}
}
