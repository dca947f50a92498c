package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestIgnored(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	tests := []struct {
		pattern string
		path    string
		want    bool
	}{
		{"drafts", "drafts/a.md", true},
		{"drafts", "news/drafts/a.md", true}, // a name without / at any depth
		{"drafts", "news/drafts-2024.md", false},
		{"drafts/**", "drafts/x/y.md", true},
		{"drafts/**", "news/drafts/a.md", false}, // with a /, from the file's folder
		{"**/node_modules", "a/b/node_modules/c/readme.txt", true},
		{"*.bak.txt", "old/notes.bak.txt", true},
		{"*.bak.txt", "notes.txt", false},
		{"docs/*.md", "docs/a.md", true},
		{"docs/*.md", "docs/sub/a.md", false},
		{"./docs/", "docs/sub/a.md", true},
		{"docs", "../docs/a.md", false}, // outside the file's folder
	}
	for _, tt := range tests {
		c := &config{dir: dir, ignore: []string{tt.pattern}}
		if got := c.ignored(filepath.FromSlash(tt.path)); got != tt.want {
			t.Errorf("ignore %q: ignored(%q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

// TestStarterConfig: what init writes is a configuration factlint reads.
func TestStarterConfig(t *testing.T) {
	t.Chdir(t.TempDir())
	c, err := parseConfig(configName, []byte(starterConfig()))
	if err != nil {
		t.Fatal(err)
	}
	if c.failOn != "error" || c.format != "text" || len(c.paths) != 1 || len(c.ignore) != 1 {
		t.Errorf("starter config read as %+v", c)
	}
	// Every key the reader knows is in the starter file.
	_, err = parseConfig("x.yaml", []byte("zzz: 1\n"))
	keys := err.Error()[strings.Index(err.Error(), "(want ")+len("(want ") : len(err.Error())-1]
	for _, key := range strings.Split(keys, ", ") {
		if !strings.Contains(starterConfig(), key+":") {
			t.Errorf("the starter file does not explain %q", key)
		}
	}
	if !strings.Contains(keys, "manifest") {
		t.Errorf("keys not listed in the unknown-key error: %q", err)
	}
}
