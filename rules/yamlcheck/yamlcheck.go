// Package yamlcheck reads YAML files written by people (rule packs,
// configuration) and reports every mistake in them at its line and column,
// in the form editors understand: file:line:column: message.
//
// Decoding straight into a struct stops at the first mistake and names Go
// types in its messages; walking the node tree instead lets each value be
// checked where it is written.
package yamlcheck

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"
)

// Problem is one mistake in a file, at its line and column (1-based; zero
// when unknown).
type Problem struct {
	Path      string
	Line, Col int
	Msg       string
}

func (p Problem) String() string {
	switch {
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", p.Path, p.Line, p.Col, p.Msg)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.Path, p.Msg)
}

// Error is every problem found in a file, in the order of the file.
type Error struct {
	Problems []Problem
}

// Error prints one problem a line, as file:line:column: message.
func (e *Error) Error() string {
	var b []byte
	for i, p := range e.Problems {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, p.String()...)
	}
	return string(b)
}

// Sort orders problems by position, keeping the order of those at the
// same place.
func Sort(probs []Problem) {
	sort.SliceStable(probs, func(i, j int) bool {
		a, b := probs[i], probs[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Decoder reads one file. Its methods check a node and report what is
// wrong with it; they go on after a mistake so that a file's every problem
// is found in one pass.
type Decoder struct {
	Path     string // the file, as shown in problems
	Problems []Problem
}

// Errorf reports a problem at n.
func (d *Decoder) Errorf(n *yaml.Node, format string, args ...any) {
	d.Problems = append(d.Problems, Problem{Path: d.Path, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
}

// Err returns the problems found, sorted by position, as an *Error, or
// nil when there are none.
func (d *Decoder) Err() error {
	if len(d.Problems) == 0 {
		return nil
	}
	Sort(d.Problems)
	return &Error{Problems: d.Problems}
}

// Document parses data and returns the root node of its only document, or
// nil after reporting why there is none. An empty file gives an empty
// mapping when emptyOK is true.
func (d *Decoder) Document(data []byte, emptyOK bool) *yaml.Node {
	var doc yaml.Node
	err := yaml.Load(data, &doc)
	if err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		var line, col int
		var le *yaml.LoadError
		if errors.As(err, &le) {
			msg, line, col = strings.TrimPrefix(le.Message, "yaml: "), le.Mark.Line, le.Mark.Column
			if le.ContextMsg != "" {
				msg = le.ContextMsg + ": " + msg
			}
		}
		switch {
		case strings.Contains(msg, "no documents") && emptyOK:
			return &yaml.Node{Kind: yaml.MappingNode, Line: 1, Column: 1}
		case strings.Contains(msg, "no documents"):
			msg = "the file is empty"
		case strings.Contains(msg, "expected single document"):
			msg = "the file holds more than one YAML document"
		}
		d.Problems = append(d.Problems, Problem{Path: d.Path, Line: line, Col: col, Msg: msg})
		return nil
	}
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		return doc.Content[0]
	}
	return &doc
}

// Field is one key a mapping may hold, and what to do with its value.
type Field struct {
	Name string
	Read func(key, value *yaml.Node)
}

// Mapping checks that n is a mapping whose keys are all known and appear
// once, and calls each Field's read in the order of the file. It reports
// required keys that are missing and returns false when n is no mapping.
func (d *Decoder) Mapping(n *yaml.Node, what string, fields []Field, required ...string) bool {
	seen := map[string]bool{}
	ok := d.Each(n, what, func(k, v *yaml.Node) {
		seen[k.Value] = true
		j := slices.IndexFunc(fields, func(f Field) bool { return f.Name == k.Value })
		if j < 0 {
			d.Errorf(k, "unknown key %q in %s%s", k.Value, what, suggest(k.Value, fields))
			return
		}
		fields[j].Read(k, v)
	})
	if !ok {
		return false
	}
	for _, name := range required {
		if !seen[name] {
			d.Errorf(Resolve(n), "%s: missing key %q", what, name)
		}
	}
	return true
}

// Each checks that n is a mapping whose keys appear once, and calls read
// for each key and value in the order of the file. It returns false when n
// is no mapping.
func (d *Decoder) Each(n *yaml.Node, what string, read func(key, value *yaml.Node)) bool {
	n = Resolve(n)
	if n.Kind != yaml.MappingNode {
		d.Errorf(n, "%s: want a mapping (key: value), got %s", what, Describe(n))
		return false
	}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if first := seen[k.Value]; first != nil {
			d.Errorf(k, "duplicate key %q (first at line %d)", k.Value, first.Line)
			continue
		}
		seen[k.Value] = k
		read(k, v)
	}
	return true
}

// suggest names the nearest known key, or lists them all.
func suggest(key string, fields []Field) string {
	best, dist := "", 3
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.Name
		if e := editDistance(key, f.Name); e < dist {
			best, dist = f.Name, e
		}
	}
	if best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return " (want " + strings.Join(names, ", ") + ")"
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Str reads a scalar as text. Any scalar will do ("3.2", "off"), but not
// null, a list or a mapping.
func (d *Decoder) Str(n *yaml.Node, what string) (string, bool) {
	n = Resolve(n)
	if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" {
		d.Errorf(n, "%s: want text, got %s", what, Describe(n))
		return "", false
	}
	return n.Value, true
}

// Word reads one word or phrase of a vocabulary list.
func (d *Decoder) Word(n *yaml.Node, what string) (string, bool) {
	w, ok := d.Str(n, what)
	if ok && strings.TrimSpace(w) == "" {
		d.Errorf(n, "%s: empty word", what)
		return "", false
	}
	return w, ok
}

// List calls item for each element of the sequence n.
func (d *Decoder) List(n *yaml.Node, what string, item func(*yaml.Node)) {
	n = Resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.Errorf(n, "%s: want a list, got %s", what, Describe(n))
		return
	}
	for _, c := range n.Content {
		item(c)
	}
}

// Words reads a list of words; a single word is taken as a list of one.
func (d *Decoder) Words(n *yaml.Node, what string) []string {
	var out []string
	if r := Resolve(n); r.Kind == yaml.ScalarNode && r.ShortTag() != "!!null" {
		if w, ok := d.Word(r, what); ok {
			out = append(out, w)
		}
		return out
	}
	d.List(n, what, func(c *yaml.Node) {
		if w, ok := d.Word(c, what); ok {
			out = append(out, w)
		}
	})
	return out
}

// Number reads a non-negative number.
func (d *Decoder) Number(n *yaml.Node, what string) (float64, bool) {
	n = Resolve(n)
	tag := n.ShortTag()
	if n.Kind != yaml.ScalarNode || (tag != "!!int" && tag != "!!float") {
		d.Errorf(n, "%s: want a number, got %s", what, Describe(n))
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
	if err != nil || f < 0 || f != f {
		d.Errorf(n, "%s: want a number of zero or more, got %s", what, n.Value)
		return 0, false
	}
	return f, true
}

// Bool reads true or false.
func (d *Decoder) Bool(n *yaml.Node, what string) (bool, bool) {
	n = Resolve(n)
	if n.Kind == yaml.ScalarNode {
		switch n.Value {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	d.Errorf(n, "%s: want true or false, got %s", what, Describe(n))
	return false, false
}

// OneOf reads text that must be one of allowed; noun names it in errors
// ("unknown kind").
func (d *Decoder) OneOf(n *yaml.Node, noun string, allowed []string) (string, bool) {
	s, ok := d.Str(n, noun)
	if !ok {
		return "", false
	}
	if !slices.Contains(allowed, s) {
		d.Errorf(n, "unknown %s %q (want %s)", noun, s, strings.Join(allowed, ", "))
		return "", false
	}
	return s, true
}

// Resolve follows an alias to the node it names.
func Resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// Describe names what a node holds, for "want X, got Y" messages.
func Describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return "nothing"
		case "!!int", "!!float":
			return "the number " + n.Value
		case "!!bool":
			return n.Value
		}
		return strconv.Quote(n.Value)
	}
	return "something else"
}
