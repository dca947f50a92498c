package source

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// documentExts are the extensions taken from folders.
var documentExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// Collect expands args (files and folders, in any mix; folders are walked
// recursively) into inputs sorted by Path, each file once.
//
// With fsys nil, args are paths on disk and Paths are shown relative to the
// working directory when possible. Otherwise args are slash-separated paths
// inside fsys ("." for all of it).
//
// Folders yield only .txt, .md, .markdown, .html and .htm files, and skip
// hidden files and folders; symbolic links to folders are not followed, so
// loops cannot hang the walk. A file named in args is read whatever its
// name. The manifest (sources.yaml or sources.yml) of each folder holding
// an input is applied to the inputs beside it.
//
// The error is for what the user must fix: a named path that does not
// exist, a malformed manifest, two manifests giving one id.
func Collect(fsys fs.FS, args []string, opt Options) ([]Input, []Problem, error) {
	c := collector{byPath: map[string]int{}, manifests: map[string]*manifest{}}
	for _, arg := range args {
		r, info, err := resolve(fsys, arg)
		if err != nil {
			return nil, nil, err
		}
		if info.IsDir() {
			if err := c.walk(r); err != nil {
				return nil, nil, err
			}
		} else {
			c.add(r, r.name, true)
		}
	}
	sort.Slice(c.inputs, func(i, j int) bool { return c.inputs[i].Path < c.inputs[j].Path })
	if err := c.applyManifests(); err != nil {
		return nil, nil, err
	}
	if err := assignIDs(c.inputs); err != nil {
		return nil, nil, err
	}
	sort.SliceStable(c.problems, func(i, j int) bool { return c.problems[i].Path < c.problems[j].Path })
	return c.inputs, c.problems, nil
}

// root is where one argument points: a name in an FS and how to show
// names beside and below it.
type root struct {
	fsys    fs.FS
	name    string // file or folder inside fsys
	base    string // the folder: name, or the file's folder
	display string // what the user sees for base
}

func newRoot(fsys fs.FS, name, display string, dir bool) root {
	if dir {
		return root{fsys, name, name, display}
	}
	return root{fsys, name, path.Dir(name), filepath.Dir(display)}
}

// show returns the user's view of a name under r's folder.
func (r root) show(name string) string {
	rel := name
	if r.base != "." {
		rel = strings.TrimPrefix(strings.TrimPrefix(name, r.base), "/")
	}
	if rel == "" {
		return r.display
	}
	if r.display == "." {
		return filepath.FromSlash(rel)
	}
	return filepath.Join(r.display, filepath.FromSlash(rel))
}

func resolve(fsys fs.FS, arg string) (root, fs.FileInfo, error) {
	if fsys != nil {
		name := path.Clean(strings.TrimPrefix(arg, "./"))
		info, err := fs.Stat(fsys, name)
		if err != nil {
			return root{}, nil, fmt.Errorf("%s: %v", arg, unwrapPath(err))
		}
		return newRoot(fsys, name, name, info.IsDir()), info, nil
	}
	info, err := os.Stat(arg)
	if err != nil {
		return root{}, nil, fmt.Errorf("%s: %v", arg, unwrapPath(err))
	}
	abs, err := filepath.Abs(arg)
	if err != nil {
		return root{}, nil, fmt.Errorf("%s: %v", arg, err)
	}
	display := filepath.Clean(arg)
	if filepath.IsAbs(arg) {
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
				display = rel
			}
		}
	}
	if info.IsDir() {
		return newRoot(os.DirFS(abs), ".", display, true), info, nil
	}
	return newRoot(os.DirFS(filepath.Dir(abs)), filepath.Base(abs), display, false), info, nil
}

// unwrapPath drops the operation and path from a *fs.PathError, which the
// caller has already named.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

type collector struct {
	inputs    []Input
	problems  []Problem
	byPath    map[string]int       // index in inputs
	manifests map[string]*manifest // by the folder's display path
}

// manifest is one folder's manifest, with what is needed to match it.
type manifest struct {
	r       root   // the root its folder was reached from
	dir     string // the folder, inside r.fsys
	display string // the manifest's path as shown
	entries []*Entry
	walked  bool // the folder was walked, so every document in it was collected
}

func (c *collector) add(r root, name string, named bool) {
	p := r.show(name)
	if i, ok := c.byPath[p]; ok {
		c.inputs[i].Named = c.inputs[i].Named || named
		return
	}
	c.byPath[p] = len(c.inputs)
	c.inputs = append(c.inputs, Input{FS: r.fsys, Name: name, Path: p, Named: named})
	c.noteManifest(r, path.Dir(name), false)
}

func (c *collector) walk(r root) error {
	return fs.WalkDir(r.fsys, r.name, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			if name == r.name {
				return fmt.Errorf("%s: %v", r.show(name), unwrapPath(err))
			}
			c.problems = append(c.problems, Problem{Path: r.show(name), Msg: fmt.Sprintf("cannot read: %v", unwrapPath(err)), Skipped: true})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		hidden := name != r.name && strings.HasPrefix(d.Name(), ".")
		if d.IsDir() {
			if hidden {
				return fs.SkipDir
			}
			c.noteManifest(r, name, true)
			return nil
		}
		if hidden || !documentExts[strings.ToLower(path.Ext(name))] {
			return nil
		}
		if why := irregular(r.fsys, name, d); why != "" {
			c.problems = append(c.problems, Problem{Path: r.show(name), Msg: why, Skipped: true})
			return nil
		}
		c.add(r, name, false)
		return nil
	})
}

// irregular says why a file met in a folder is not a regular file (or a
// link to one) and is skipped, or returns "". Opening a named pipe found in a folder would
// wait for a writer forever, and a device may never end; a file the user
// names is read whatever it is, so that "factlint check <(cmd)" works.
func irregular(fsys fs.FS, name string, d fs.DirEntry) string {
	mode := d.Type()
	if mode&fs.ModeSymlink != 0 {
		info, err := fs.Stat(fsys, name)
		if err != nil {
			return fmt.Sprintf("cannot read: %v", unwrapPath(err))
		}
		mode = info.Mode().Type()
	}
	switch {
	case mode.IsRegular():
		return ""
	case mode.IsDir():
		return "link to a folder; not followed"
	case mode&fs.ModeNamedPipe != 0:
		return "named pipe, not a file; not read"
	case mode&fs.ModeSocket != 0:
		return "socket, not a file; not read"
	case mode&fs.ModeDevice != 0:
		return "device, not a file; not read"
	}
	return "not a regular file; not read"
}

// noteManifest remembers a folder whose manifest must be loaded.
func (c *collector) noteManifest(r root, dir string, walked bool) {
	key := r.show(dir)
	if m := c.manifests[key]; m != nil {
		m.walked = m.walked || walked
		return
	}
	c.manifests[key] = &manifest{r: r, dir: dir, walked: walked}
}

// applyManifests loads each noted folder's manifest and attaches its
// entries to the inputs they describe.
func (c *collector) applyManifests() error {
	byName := map[string]*Input{}
	for i := range c.inputs {
		in := &c.inputs[i]
		byName[in.Path] = in
	}
	keys := make([]string, 0, len(c.manifests))
	for k := range c.manifests {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		m := c.manifests[k]
		if err := m.load(); err != nil {
			return err
		}
		for _, e := range m.entries {
			name := path.Join(m.dir, e.File)
			if in := byName[m.r.show(name)]; in != nil {
				in.Entry = e
				continue
			}
			p := Problem{Path: m.display, Line: e.Line, Col: e.Col}
			info, err := fs.Stat(m.r.fsys, name)
			switch {
			case err != nil:
				p.Msg = fmt.Sprintf("%s: no such file", e.File)
			case info.IsDir():
				p.Msg = fmt.Sprintf("%s: is a folder", e.File)
			case m.walked:
				p.Msg = fmt.Sprintf("%s: not checked (hidden, or not .txt .md .markdown .html .htm)", e.File)
			default:
				continue // the user named other files of this folder
			}
			c.problems = append(c.problems, p)
		}
	}
	return nil
}

func (m *manifest) load() error {
	var found string
	var data []byte
	for _, n := range manifestNames {
		name := path.Join(m.dir, n)
		b, err := fs.ReadFile(m.r.fsys, name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return fmt.Errorf("%s: %v", m.r.show(name), unwrapPath(err))
		}
		if found != "" {
			return &ManifestError{Path: m.r.show(m.dir), Msg: fmt.Sprintf("both %s and %s exist; keep one", found, n)}
		}
		found, data = n, b
	}
	if found == "" {
		return nil
	}
	m.display = m.r.show(path.Join(m.dir, found))
	entries, err := parseManifest(data, m.display)
	m.entries = entries
	return err
}

// assignIDs gives each input a unique id: the manifest's, or the file name
// without extension, or, when that is taken, its path without extension.
func assignIDs(inputs []Input) error {
	owner := map[string]string{}
	for i := range inputs {
		in := &inputs[i]
		if in.Entry == nil || in.Entry.ID == "" {
			continue
		}
		if prev, ok := owner[in.Entry.ID]; ok {
			return &ManifestError{in.Entry.Manifest, in.Entry.Line, in.Entry.Col, fmt.Sprintf("id %q is also given to %s", in.Entry.ID, prev)}
		}
		owner[in.Entry.ID] = in.Path
		in.ID = in.Entry.ID
	}
	for i := range inputs {
		in := &inputs[i]
		if in.ID != "" {
			continue
		}
		id := idFor(in.Name)
		if _, taken := owner[id]; taken {
			id = strings.TrimSuffix(filepath.ToSlash(in.Path), path.Ext(in.Path))
		}
		for n := 2; ; n++ {
			if _, taken := owner[id]; !taken {
				break
			}
			id = fmt.Sprintf("%s~%d", strings.TrimSuffix(filepath.ToSlash(in.Path), path.Ext(in.Path)), n)
		}
		owner[id] = in.Path
		in.ID = id
	}
	return nil
}
