package source

import (
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
)

// Read reads one input into a Source. Problems that stop the file from
// being checked (binary, too large, unreadable) come back as a skipped
// Problem with a nil Source. The error is only for an input the user named
// that cannot be read.
func Read(in Input, opt Options) (*Source, []Problem, error) {
	display := in.Path
	if display == "" {
		display = in.Name
	}
	skip := func(format string, args ...any) (*Source, []Problem, error) {
		return nil, []Problem{{Path: display, Msg: fmt.Sprintf(format, args...), Skipped: true}}, nil
	}
	if in.FS == nil {
		return nil, nil, fmt.Errorf("%s: no file system to read from", display)
	}
	data, err := readFile(in.FS, in.Name, opt.maxSize())
	if err != nil {
		if in.Named {
			return nil, nil, fmt.Errorf("%s: %v", display, unwrapPath(err))
		}
		return skip("cannot read: %v", unwrapPath(err))
	}
	if data == nil {
		return skip("larger than %d bytes; not read", opt.maxSize())
	}
	if why := binaryKind(data); why != "" {
		return skip("%s; not read", why)
	}
	doc, msg, bad := decode(data)
	s := &Source{ID: in.ID, Path: display}
	if s.ID == "" {
		s.ID = idFor(in.Name)
	}
	var probs []Problem
	switch strings.ToLower(path.Ext(in.Name)) {
	case ".md", ".markdown":
		probs = readMarkdown(s, doc)
	case ".html", ".htm":
		probs = readHTML(s, doc)
	default:
		readText(s, doc)
	}
	if msg != "" {
		line, col := lineCol(s.doc, s.lines, bad)
		probs = append([]Problem{{Line: line, Col: col, Msg: msg}}, probs...)
	}
	for i := range probs {
		probs[i].Path = display
	}
	if e := in.Entry; e != nil {
		applyEntry(s, e)
	}
	return s, probs, nil
}

// readFile reads at most max bytes; a larger file gives nil data.
func readFile(fsys fs.FS, name string, max int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil {
		if info.IsDir() {
			return nil, fmt.Errorf("is a folder")
		}
		if info.Size() > max {
			return nil, nil
		}
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, nil
	}
	if data == nil {
		data = []byte{}
	}
	return data, nil
}

// applyEntry lets the manifest's word beat what the file says of itself.
func applyEntry(s *Source, e *Entry) {
	if e.ID != "" {
		s.ID = e.ID
	}
	if e.Title != "" {
		s.Title = e.Title
	}
	if e.Outlet != "" {
		s.Outlet = e.Outlet
	}
	if e.URL != "" {
		s.URL = e.URL
	}
	if e.Published != nil {
		t := *e.Published
		s.Published, s.PublishedFrom, s.PublishedNote = &t, FromManifest, e.Note
	}
	s.Exclude = append([]string(nil), e.Exclude...)
}
