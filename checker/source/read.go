package source

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
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
	data, size, err := readFile(in.FS, in.Name, opt.maxSize())
	if err != nil {
		if in.Named {
			return nil, nil, fmt.Errorf("%s: %v", display, unwrapPath(err))
		}
		return skip("cannot read: %v", unwrapPath(err))
	}
	if data == nil {
		if size > 0 {
			return skip("too large (%s, over the limit of %s); not read", byteSize(size), byteSize(opt.maxSize()))
		}
		return skip("too large (over the limit of %s); not read", byteSize(opt.maxSize()))
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
		line, col := s.idx.pos(bad)
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

// readFile reads at most max bytes. A larger file gives nil data and, when
// the file system knows it, the file's size.
func readFile(fsys fs.FS, name string, max int64) (data []byte, size int64, err error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	want := 0
	if info, err := f.Stat(); err == nil {
		if info.IsDir() {
			return nil, 0, fmt.Errorf("is a folder")
		}
		if info.Mode().IsRegular() && info.Size() > max {
			return nil, info.Size(), nil
		}
		want = int(min(info.Size(), max))
	}
	// Room for the whole file and one byte more: the read that finds its
	// end then needs no new buffer.
	data = make([]byte, 0, want+1)
	for int64(len(data)) <= max {
		if len(data) == cap(data) {
			data = slices.Grow(data, bytes.MinRead)
		}
		room := data[len(data):min(int64(cap(data)), max+1)]
		n, err := f.Read(room)
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, err
		}
	}
	if int64(len(data)) > max {
		return nil, 0, nil
	}
	return data, 0, nil
}

// byteSize shows a size as people read it.
func byteSize(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
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
