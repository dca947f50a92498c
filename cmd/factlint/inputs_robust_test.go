package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
)

// writeTree writes files (path -> content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func utf16LE(s string) string {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

const summit = "The summit in Hanoi on April %s, 2025, between Prime Minister Shigeru Ishiba and Prime Minister Pham Minh Chinh was brief."

func summitOn(day string) string { return strings.Replace(summit, "%s", day, 1) }

// TestHostileFolder checks one folder holding every kind of odd input:
// each problem is one diagnostic naming the file (and line and column
// where there is one), the rest is still checked with positions right,
// the report counts what was skipped and why, and the status is that of
// the findings, not 2.
func TestHostileFolder(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"corpus/empty.txt":  "",
		"corpus/blank.md":   " \n\t\r\n",
		"corpus/crlf.txt":   "Notes\r\n\r\n" + summitOn("28") + "\rEnd.\r\n",
		"corpus/invalid.md": "Intro \xff\xfe here.\n\n" + summitOn("29") + "\n",
		"corpus/utf16.txt":  utf16LE("Heading\r\n" + summitOn("28")),
		"corpus/bom.html":   "\ufeff<html><body><div><div><p>" + summitOn("28") + "<p>unclosed <b>tags &amp; entities",
		"corpus/code.md":    "# Notes\n\n```\n" + summitOn("30") + "\n```\n\n| Day | Event |\n|---|---|\n| 28 | summit |\n",
		"corpus/photo.txt":  "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"corpus/photo.png":  "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", // not a document: not looked at
		"corpus/nul.md":     "text\x00more",
		"corpus/huge.txt":   strings.Repeat("word ", 80_000),
		"corpus/front.md":   "---\ntitle: [unclosed\n---\n" + summitOn("28") + "\n",
		"corpus/words.txt":  strings.Repeat("x", 200_000) + " " + summitOn("28") + "\n",
		"corpus/sources.yaml": "- file: crlf.txt\n  published: 2025-04-30\n" +
			"- file: gone.txt\n",
	})
	if err := os.Symlink("loop.txt", filepath.Join(dir, "corpus/loop.txt")); err != nil {
		t.Skip("no symlinks:", err)
	}

	status, stdout, stderr := runIn(t, dir, "check", "--format", "line", "--max-file-size", "300000", "corpus")
	if status != exitFindings {
		t.Errorf("status %d, want %d", status, exitFindings)
	}
	wantErr := []string{
		"corpus/loop.txt: cannot read: too many levels of symbolic links",
		"corpus/sources.yaml:3:3: gone.txt: no such file",
		"corpus/front.md:3:1: front matter: did not find expected ',' or ']'",
		"corpus/huge.txt: too large (400000 bytes, over the limit of 300000 bytes); not read",
		"corpus/invalid.md:1:7: invalid UTF-8 at byte offset 6 (2 bad bytes shown as U+FFFD)",
		"corpus/nul.md: binary file (NUL bytes); not read",
		"corpus/photo.txt: binary file (image or archive signature); not read",
	}
	if got := strings.Split(strings.TrimSpace(string(stderr)), "\n"); strings.Join(got, "\n") != strings.Join(wantErr, "\n") {
		t.Errorf("stderr\n got %s\nwant %s", strings.Join(got, "\n"), strings.Join(wantErr, "\n"))
	}
	// The 29th (after the invalid bytes) disagrees with the 28th of the
	// others; each mention's line and column is that of the original file,
	// whatever its line endings, encoding or markup. The code block's 30th
	// is not read.
	for _, want := range []string{
		`corpus/invalid.md:3:24: error: sources disagree: 2025-04-28 \(\d sources\) vs 2025-04-29 \(1 source\) \[event-date\]`,
		`corpus/crlf.txt:3:24: error: `,
		`corpus/utf16.txt:2:24: error: `,
		`corpus/bom.html:1:49: error: `,
		`corpus/front.md:4:24: error: `,
		`corpus/words.txt:1:200025: error: `,
	} {
		if !regexp.MustCompile(`(?m)^` + want).Match(stdout) {
			t.Errorf("no line %q in\n%s", want, stdout)
		}
	}
	if bytes.Contains(stdout, []byte("2025-04-30")) {
		t.Errorf("the date in a code block was read:\n%s", stdout)
	}

	_, stdout, _ = runIn(t, dir, "check", "--format", "json", "--quiet", "--max-file-size", "300000", "corpus")
	var rep struct {
		Summary struct{ Sources, Skipped int }
		Skipped []struct{ Path, Reason string }
	}
	if err := json.Unmarshal(stdout, &rep); err != nil {
		t.Fatal(err)
	}
	var skipped []string
	for _, s := range rep.Skipped {
		skipped = append(skipped, s.Path+": "+s.Reason)
	}
	wantSkipped := "corpus/huge.txt: too large (400000 bytes, over the limit of 300000 bytes); not read\n" +
		"corpus/loop.txt: cannot read: too many levels of symbolic links\n" +
		"corpus/nul.md: binary file (NUL bytes); not read\n" +
		"corpus/photo.txt: binary file (image or archive signature); not read"
	if rep.Summary.Skipped != 4 || strings.Join(skipped, "\n") != wantSkipped || rep.Summary.Sources != 9 {
		t.Errorf("summary %+v, skipped\n%s\nwant\n%s", rep.Summary, strings.Join(skipped, "\n"), wantSkipped)
	}
}

// TestExitStatus checks that status 2 is kept for what the user must
// act on, with one line that says what and where.
func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"ok/a.txt":            "The bridge opened on March 3, 2021.",
		"ok/b.txt":            "The bridge opened on March 3, 2021, after years of work.",
		"ok/pic.txt":          "\x89PNG\r\n\x1a\n",
		"baddate/a.txt":       "x",
		"baddate/sources.yml": "- file: a.txt\n  published: 2025-02-30\n",
		"badyaml/a.txt":       "x",
		"badyaml/sources.yml": "- file: a.txt\n  published: [\n",
		"ids1/a.txt":          "x",
		"ids1/sources.yaml":   "- {file: a.txt, id: same}\n",
		"ids2/b.txt":          "x",
		"ids2/sources.yaml":   "- {file: b.txt, id: same}\n",
		"pack.yaml":           "pack: mine\nrules:\n  - {id: price, kind: measure-value, subject: 'price('}\n",
	})
	if err := os.Symlink("loop.txt", filepath.Join(dir, "ok/loop.txt")); err != nil {
		t.Skip("no symlinks:", err)
	}
	tests := []struct {
		args   string
		status int
		stderr string // a regular expression for the whole of stderr
	}{
		{"check ok", 0, `^ok/loop.txt: cannot read: too many levels of symbolic links\nok/pic.txt: binary file \(image or archive signature\); not read\n$`},
		{"check --quiet ok", 0, `^$`},
		{"check ok/pic.txt", 0, `^ok/pic.txt: binary file \(image or archive signature\); not read\n$`},
		{"check --max-file-size 10 ok/a.txt", 0, `^ok/a.txt: too large \(35 bytes, over the limit of 10 bytes\); not read\n$`},
		{"check --jobs x ok", 2, `^factlint: invalid argument "x" for "-j, --jobs" flag`},
		{"check --format yaml ok", 2, `^factlint: unknown output format "yaml"`},
		{"check --now tomorrow ok", 2, `^factlint: --now: want a date as YYYY-MM-DD, got "tomorrow"\n$`},
		{"check ok nope", 2, `^factlint: nope: no such file or directory\n$`},
		{"check ok/loop.txt", 2, `^factlint: ok/loop.txt: too many levels of symbolic links\n$`},
		{"check baddate", 2, `^baddate/sources.yml:2:14: bad date "2025-02-30" \(want YYYY-MM-DD or RFC 3339\)\n$`},
		{"check badyaml", 2, `^badyaml/sources.yml:3:1: `},
		{"check ids1 ids2", 2, `^ids2/sources.yaml:1:3: id "same" is also given to ids1/a.txt\n$`},
		{"check --rules pack.yaml ok", 2, `^pack.yaml:3:\d+: subject: bad regular expression: `},
		{"check --rules none.yaml ok", 2, `none.yaml`},
	}
	for _, tt := range tests {
		status, _, stderr := runAny(t, dir, strings.Fields(tt.args)...)
		if status != tt.status || !regexp.MustCompile(tt.stderr).Match(stderr) {
			t.Errorf("factlint %s: status %d, stderr %q; want %d, %s", tt.args, status, stderr, tt.status, tt.stderr)
		}
	}
}

// runAny is runIn for runs that may end with status 2.
func runAny(t *testing.T, dir string, args ...string) (int, []byte, []byte) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	status := run(args, &stdout, &stderr)
	return status, stdout.Bytes(), stderr.Bytes()
}

// TestTenThousandFiles checks a folder of ten thousand documents, two of
// which disagree: every one is read, the finding is found, and the
// collected paths are in order whatever the folder's listing order.
func TestTenThousandFiles(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"corpus/a-1.txt": summitOn("28"),
		"corpus/z-2.txt": summitOn("29"),
	})
	note := []byte("A short note about the old bridge and its keepers.\n")
	for i := range 10_000 {
		if err := os.WriteFile(filepath.Join(dir, "corpus", fmt.Sprintf("note-%d.txt", i)), note, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	status, stdout, stderr := runIn(t, dir, "check", "--format", "json", "corpus")
	if status != exitFindings || len(stderr) != 0 {
		t.Fatalf("status %d, stderr %s", status, stderr)
	}
	var rep struct {
		Summary  struct{ Sources, Errors int }
		Findings []struct{ Values []struct{ Value string } }
	}
	if err := json.Unmarshal(stdout, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Summary.Sources != 10_002 || rep.Summary.Errors != 1 || len(rep.Findings) != 1 || len(rep.Findings[0].Values) != 2 {
		t.Errorf("report: %+v", rep)
	}
}
