package checker

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/rules"
)

// fuzzExts are the formats the two documents of FuzzCheck are read as.
var fuzzExts = [][2]string{{".txt", ".txt"}, {".md", ".txt"}, {".html", ".md"}, {".txt", ".html"}}

// fuzzSplit is where FuzzCheck cuts its input into two documents; without
// it the input is cut in the middle.
const fuzzSplit = "\n=====\n"

// fuzzHang is how long FuzzCheck lets one input run, plus a millisecond a
// byte: a check of a few kilobytes takes milliseconds, so anything near it
// is a hang or work quadratic in the input.
const fuzzHang = 30 * time.Second

// FuzzCheck runs the whole pipeline on a corpus of two documents made
// from the input: it must not panic, every mention must point inside its
// file, and two runs (with different numbers of workers) must give the
// same report, byte for byte.
func FuzzCheck(f *testing.F) {
	f.Add("HANOI, April 28, 2025 — The summit was held on Monday.\nTrade hit $46.2 billion in 2024, up 2.7% from 2023."+fuzzSplit+
		"The summit in Hanoi on April 29, 2025 was brief. Trade reached $44 billion in 2024.", uint8(0))
	f.Add("# Summit\n\nPrime Minister Shigeru Ishiba met Pham Minh Chinh on April 28, 2025.\n\n| year | trade |\n|--|--|\n| 2024 | $46.2 billion |"+fuzzSplit+
		"Japanese Prime Minister Fumio Kishida spoke in Tokyo in 2023.", uint8(1))
	f.Add("<p>The 1931 bridge &amp; the <b>first</b> crossing in 1932.<!-- factlint-disable-next-line -->\r\n<p>It opened in 1933."+fuzzSplit+
		"---\ndate: 2020-01-01\n---\nThe bridge opened in 1931, the first of its kind.", uint8(2))
	f.Add("The death toll rose to at least 2,300 on Tuesday.\rOfficials said 2,341 died."+fuzzSplit+"<html><body><article>Nearly 2,000 died last week.", uint8(3))
	set := rules.Builtin() // read once: parsing the packs costs more than a small check
	f.Fuzz(func(t *testing.T, data string, kind uint8) {
		// A hang is a failure too: crash with the input rather than let
		// the fuzzer wait on it forever.
		limit := fuzzHang + time.Duration(len(data))*time.Millisecond
		watchdog := time.AfterFunc(limit, func() { panic(fmt.Sprintf("Check has run for %v on %q (kind %d)", limit, data, kind)) })
		defer watchdog.Stop()
		a, b, ok := strings.Cut(data, fuzzSplit)
		if !ok {
			a, b = data[:len(data)/2], data[len(data)/2:]
		}
		ext := fuzzExts[int(kind)%len(fuzzExts)]
		files := map[string]string{"a" + ext[0]: a, "b" + ext[1]: b}
		fsys := fstest.MapFS{
			// A fixed publication date for one source, so relative dates
			// resolve; the other is dated from its text, if at all.
			"sources.yaml": {Data: []byte("- file: a" + ext[0] + "\n  published: 2025-04-28\n")},
		}
		for name, text := range files {
			fsys[name] = &fstest.MapFile{Data: []byte(text)}
		}
		inputs, _, err := source.Collect(fsys, []string{"."}, source.Options{})
		if err != nil {
			t.Fatal(err)
		}
		rep1, probs, err := Check(inputs, Options{Rules: set, Jobs: 1})
		if err != nil {
			t.Fatal(err)
		}
		rep2, _, err := Check(inputs, Options{Rules: set, Jobs: 3})
		if err != nil {
			t.Fatal(err)
		}
		j1, j2 := reportJSON(t, rep1), reportJSON(t, rep2)
		if !bytes.Equal(j1, j2) {
			t.Fatalf("two runs differ:\n%s\n%s", j1, j2)
		}
		for _, p := range probs {
			if _, ok := files[p.Path]; !ok || p.Line < 0 || p.Col < 0 || p.Line == 0 && p.Col > 0 {
				t.Fatalf("problem %+v names no input or a bad position", p)
			}
		}
		for _, fd := range rep1.Findings {
			for _, m := range findingMentions(fd) {
				text, ok := files[m.Path]
				if !ok {
					t.Fatalf("mention of unknown file %q", m.Path)
				}
				checkMention(t, text, m)
			}
		}
		for _, format := range report.Formats() {
			p, err := report.NewPrinter(format, report.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Print(new(bytes.Buffer), rep1); err != nil {
				t.Fatalf("%s printer: %v", format, err)
			}
		}
	})
}

func reportJSON(t *testing.T, rep *report.Report) []byte {
	t.Helper()
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func findingMentions(f report.Finding) []report.Mention {
	var ms []report.Mention
	for _, v := range f.Values {
		ms = append(ms, v.Mentions...)
	}
	for _, r := range f.Related {
		ms = append(ms, r.Mention)
	}
	return ms
}

// checkMention asserts that a mention's start and end lie inside the file
// it names, in order. Lines end at "\n", "\r\n" or a lone "\r" as in
// package source; columns count characters of the decoded file, which for
// invalid UTF-8 is one character per bad byte.
func checkMention(t *testing.T, file string, m report.Mention) {
	t.Helper()
	lines := fileLines(decodeLike(file))
	inside := func(line, col int) bool {
		return line >= 1 && line <= len(lines) && col >= 1 && col <= utf8.RuneCountInString(lines[line-1])+1
	}
	if !inside(m.Line, m.Column) || !inside(m.EndLine, m.EndColumn) ||
		m.EndLine < m.Line || m.EndLine == m.Line && m.EndColumn < m.Column {
		t.Fatalf("mention %q at %d:%d-%d:%d is outside its file (%d lines)", m.Text, m.Line, m.Column, m.EndLine, m.EndColumn, len(lines))
	}
	if m.Text == "" {
		t.Fatalf("mention at %d:%d has no text", m.Line, m.Column)
	}
	// In a plain text file the quote is the file's own text there.
	if strings.HasSuffix(m.Path, ".txt") && m.Line == m.EndLine {
		line := []rune(lines[m.Line-1])
		if got := string(line[m.Column-1 : min(m.EndColumn, len(line))]); got != m.Text {
			t.Fatalf("mention %q at %d:%d-%d quotes %q from the file", m.Text, m.Line, m.Column, m.EndColumn, got)
		}
	}
}

// decodeLike decodes a file's bytes as package source does, for counting
// lines and columns: the BOM dropped, UTF-16 converted.
func decodeLike(s string) string {
	var u []uint16
	switch {
	case strings.HasPrefix(s, "\xef\xbb\xbf"):
		return s[3:]
	case strings.HasPrefix(s, "\xff\xfe"):
		for i := 2; i+1 < len(s); i += 2 {
			u = append(u, uint16(s[i])|uint16(s[i+1])<<8)
		}
	case strings.HasPrefix(s, "\xfe\xff"):
		for i := 2; i+1 < len(s); i += 2 {
			u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
		}
	default:
		return s
	}
	d := string(utf16.Decode(u))
	if len(s)%2 == 1 {
		d += "\ufffd"
	}
	return d
}

func fileLines(s string) []string {
	var lines []string
	for {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			return append(lines, s)
		}
		lines = append(lines, s[:i])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		s = s[i+1:]
	}
}
