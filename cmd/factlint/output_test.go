package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestWriteFileAtomic checks that a file is replaced whole or not at all,
// and that no temporary file is left behind either way.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.sarif")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}

	// A failed write leaves the old file in place.
	boom := errors.New("boom")
	err := writeFileAtomic(path, func(w io.Writer) error {
		io.WriteString(w, "half a rep")
		return boom
	})
	if !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "writing "+path+": ") {
		t.Errorf("error %v, want boom with the path", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("after a failed write the file holds %q", got)
	}
	onlyFile(t, dir, "report.sarif")

	// A successful one replaces it, readable by others.
	if err := writeFileAtomic(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "new report")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new report" {
		t.Errorf("file holds %q", got)
	}
	if st, err := os.Stat(path); err != nil || runtime.GOOS != "windows" && st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, %v; want 0644", st.Mode(), err)
	}
	onlyFile(t, dir, "report.sarif")

	// A missing folder is named plainly, without the temporary file's name.
	err = writeFileAtomic(filepath.Join(dir, "no", "r.sarif"), func(io.Writer) error { return nil })
	if err == nil || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("missing folder: %v", err)
	}
}

func onlyFile(t *testing.T, dir, name string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if len(names) != 1 || names[0] != name {
		t.Errorf("folder holds %v, want only %s", names, name)
	}
}
