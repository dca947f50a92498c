package goldtest

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/factlint/factlint/checker/report"
)

// caseDir knows the forms a case folder may take in report paths.
type caseDir struct {
	prefixes []string // cleaned, slash-separated; "." for the working folder
}

func newCaseDir(dir string) caseDir {
	var d caseDir
	d.prefixes = append(d.prefixes, path.Clean(filepath.ToSlash(dir)))
	if abs, err := filepath.Abs(dir); err == nil {
		if a := path.Clean(filepath.ToSlash(abs)); a != d.prefixes[0] {
			d.prefixes = append(d.prefixes, a)
		}
	}
	return d
}

// names reports whether the display path p names gold file f. A path
// inside the case folder must equal f once the folder is cut off; any
// other path must end in f at a folder boundary.
func (d caseDir) names(p, f string) bool {
	p = path.Clean(filepath.ToSlash(p))
	for _, pre := range d.prefixes {
		if rel, ok := cutDir(p, pre); ok {
			return rel == f
		}
	}
	return p == f || strings.HasSuffix(p, "/"+f)
}

// cutDir returns p relative to dir when p lies inside dir.
func cutDir(p, dir string) (string, bool) {
	switch {
	case dir == ".":
		if path.IsAbs(p) || p == ".." || strings.HasPrefix(p, "../") {
			return "", false
		}
		return p, true
	case dir == "/":
		return strings.CutPrefix(p, "/")
	}
	return strings.CutPrefix(p, dir+"/")
}

// at reports whether report mention rm stands where gold mention m does:
// the same file and line and, when both carry columns, overlapping text.
func (d caseDir) at(m *Mention, rm *report.Mention) bool {
	if rm.Line != m.Line || !d.names(rm.Path, m.File) {
		return false
	}
	if len(m.spans) == 0 || rm.Column < 1 {
		return true
	}
	s := span{pos{rm.Line, rm.Column}, pos{rm.EndLine, rm.EndColumn}}
	if s.end.less(s.start) { // no end given
		s.end = s.start
	}
	for _, g := range m.spans {
		if g.overlaps(s) {
			return true
		}
	}
	return false
}

// valuesAt returns the indexes of the values of f with a mention at m.
func (d caseDir) valuesAt(f *report.Finding, m *Mention) []int {
	var out []int
	for i := range f.Values {
		for j := range f.Values[i].Mentions {
			if d.at(m, &f.Values[i].Mentions[j]) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// finds reports whether finding f reports conflict c: two of c's mentions
// with different gold values are matched by mentions under two different
// values of f, each compatible with its gold value.
func (d caseDir) finds(f *report.Finding, c *Conflict) bool {
	at := make([][]int, len(c.Mentions))
	for i := range c.Mentions {
		m := &c.Mentions[i]
		for _, v := range d.valuesAt(f, m) {
			if compatible(c.Kind, string(m.Value), f.Values[v].Value) {
				at[i] = append(at[i], v)
			}
		}
	}
	for i := range c.Mentions {
		for j := i + 1; j < len(c.Mentions); j++ {
			if sameValue(c.Mentions[i].Value, c.Mentions[j].Value) {
				continue
			}
			if apart(at[i], at[j]) {
				return true
			}
		}
	}
	return false
}

// violates reports whether finding f sets two of trap t's mentions
// against each other: they stand under two different values of f.
// Position alone decides.
func (d caseDir) violates(f *report.Finding, t *Trap) bool {
	at := make([][]int, len(t.Mentions))
	for i := range t.Mentions {
		at[i] = d.valuesAt(f, &t.Mentions[i])
	}
	for i := range at {
		for j := i + 1; j < len(at); j++ {
			if apart(at[i], at[j]) {
				return true
			}
		}
	}
	return false
}

// apart reports whether some value in a differs from some value in b.
func apart(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x != y {
				return true
			}
		}
	}
	return false
}
