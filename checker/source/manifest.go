package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"
	"time"

	yaml "go.yaml.in/yaml/v4"
)

// Manifest file names, looked up in every folder that holds inputs.
var manifestNames = []string{"sources.yaml", "sources.yml"}

// Entry is one document described by a manifest:
//
//   - file: reuters-2025-04-28.html
//     id: reuters
//     title: Japan and Vietnam agree ...
//     outlet: Reuters
//     url: https://...
//     published: 2025-04-28
//     note: from the article's dateline
//     exclude: [stale-value]
type Entry struct {
	File      string // relative to the manifest's folder
	ID        string
	Title     string
	Outlet    string
	URL       string
	Published *time.Time
	Note      string
	Exclude   []string

	Manifest  string // path of the manifest, as shown to the user
	Line, Col int    // where the entry starts in the manifest
}

// ManifestError is a mistake in a manifest, which the user must fix.
type ManifestError struct {
	Path      string
	Line, Col int
	Msg       string
}

func (e *ManifestError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.Path, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
}

// parseManifest reads a manifest: a list of entries, or a map whose only
// key, sources, holds that list. display is the manifest's path for errors.
func parseManifest(data []byte, display string) ([]*Entry, error) {
	root, err := loadYAML(data, display, 0)
	if err != nil {
		return nil, err
	}
	if root == nil {
		return nil, nil
	}
	fail := func(n *yaml.Node, format string, args ...any) error {
		return &ManifestError{display, n.Line, n.Column, fmt.Sprintf(format, args...)}
	}
	list := root
	if root.Kind == yaml.MappingNode {
		list = nil
		for i := 0; i+1 < len(root.Content); i += 2 {
			k := root.Content[i]
			if k.Value != "sources" {
				return nil, fail(k, "unknown key %q (want sources)", k.Value)
			}
			if list != nil {
				return nil, fail(k, "duplicate key %q", k.Value)
			}
			list = deref(root.Content[i+1])
		}
		if list == nil {
			return nil, fail(root, "missing sources list")
		}
		if isNull(list) {
			return nil, nil
		}
	}
	if list.Kind != yaml.SequenceNode {
		return nil, fail(list, "want a list of sources")
	}
	var entries []*Entry
	files := map[string]*Entry{}
	ids := map[string]*Entry{}
	for _, n := range list.Content {
		n = deref(n)
		e, err := parseEntry(n, display, fail)
		if err != nil {
			return nil, err
		}
		if prev := files[e.File]; prev != nil {
			return nil, fail(n, "file %q is already described at line %d", e.File, prev.Line)
		}
		files[e.File] = e
		if e.ID != "" {
			if prev := ids[e.ID]; prev != nil {
				return nil, fail(n, "id %q is already used at line %d", e.ID, prev.Line)
			}
			ids[e.ID] = e
		}
		entries = append(entries, e)
	}
	return entries, nil
}

func parseEntry(n *yaml.Node, display string, fail func(*yaml.Node, string, ...any) error) (*Entry, error) {
	if n.Kind != yaml.MappingNode {
		return nil, fail(n, "want an entry with a file key")
	}
	e := &Entry{Manifest: display, Line: n.Line, Col: n.Column}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], deref(n.Content[i+1])
		if seen[k.Value] {
			return nil, fail(k, "duplicate key %q", k.Value)
		}
		seen[k.Value] = true
		if k.Value == "exclude" {
			ex, err := stringList(v, fail)
			if err != nil {
				return nil, err
			}
			e.Exclude = ex
			continue
		}
		var dst *string
		switch k.Value {
		case "file":
			dst = &e.File
		case "id":
			dst = &e.ID
		case "title":
			dst = &e.Title
		case "outlet":
			dst = &e.Outlet
		case "url":
			dst = &e.URL
		case "note":
			dst = &e.Note
		case "published":
		default:
			return nil, fail(k, "unknown key %q (want file, id, title, outlet, url, published, note or exclude)", k.Value)
		}
		s, err := scalar(v, fail)
		if err != nil {
			return nil, err
		}
		if dst != nil {
			*dst = s
			continue
		}
		if s != "" {
			t, ok := parseDate(s)
			if !ok || !isISODate(s) {
				return nil, fail(v, "bad date %q (want YYYY-MM-DD or RFC 3339)", s)
			}
			e.Published = &t
		}
	}
	if e.File == "" {
		return nil, fail(n, "entry has no file")
	}
	clean := path.Clean(e.File)
	if path.IsAbs(e.File) || clean == "." || clean == ".." || strings.HasPrefix(clean, "../") || strings.Contains(e.File, "\\") {
		return nil, fail(n, "file %q must be a path relative to the manifest's folder", e.File)
	}
	e.File = clean
	return e, nil
}

// isISODate reports whether s starts like YYYY-MM-DD; the manifest accepts
// no other spelling.
func isISODate(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 10 && s[4] == '-' && s[7] == '-'
}

func scalar(n *yaml.Node, fail func(*yaml.Node, string, ...any) error) (string, error) {
	if isNull(n) {
		return "", nil
	}
	if n.Kind != yaml.ScalarNode {
		return "", fail(n, "want a single value")
	}
	return strings.TrimSpace(n.Value), nil
}

func stringList(n *yaml.Node, fail func(*yaml.Node, string, ...any) error) ([]string, error) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind == yaml.ScalarNode {
		return []string{strings.TrimSpace(n.Value)}, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, fail(n, "want a list of rule ids")
	}
	var out []string
	for _, c := range n.Content {
		s, err := scalar(deref(c), fail)
		if err != nil {
			return nil, err
		}
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out, nil
}

func isNull(n *yaml.Node) bool {
	return n == nil || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 16; i++ {
		n = n.Alias
	}
	return n
}

// loadYAML parses one YAML document and returns its root node, nil for an
// empty document. lineOffset is added to error lines, for YAML embedded in
// a larger file.
func loadYAML(data []byte, display string, lineOffset int) (root *yaml.Node, err error) {
	defer func() {
		// The parser is not ours; a crash in it must not end the run.
		if r := recover(); r != nil {
			root, err = nil, &ManifestError{display, 0, 0, fmt.Sprintf("cannot parse YAML: %v", r)}
		}
	}()
	var doc yaml.Node
	l, err := yaml.NewLoader(bytes.NewReader(data))
	if err == nil {
		err = l.Load(&doc)
	}
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		var le *yaml.LoadError
		var les *yaml.LoadErrors
		if errors.As(err, &les) && len(les.Errors) > 0 {
			le = les.Errors[0]
		}
		if le != nil || errors.As(err, &le) {
			line, col := le.Mark.Line, le.Mark.Column
			if line > 0 {
				line += lineOffset
			}
			return nil, &ManifestError{display, line, col, le.Message}
		}
		return nil, &ManifestError{display, 0, 0, err.Error()}
	}
	if doc.Kind == yaml.DocumentNode {
		if len(doc.Content) == 0 {
			return nil, nil
		}
		return deref(doc.Content[0]), nil
	}
	if doc.Kind == 0 {
		return nil, nil
	}
	return &doc, nil
}
