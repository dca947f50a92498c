package rules

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"
)

// decoder reads a pack from a YAML node tree rather than straight into the
// Pack struct, so that it can report every mistake, each at its own line
// and column, instead of stopping at the first.
type decoder struct {
	path  string
	probs []Problem
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.probs = append(d.probs, Problem{d.path, n.Line, n.Column, fmt.Sprintf(format, args...)})
}

// document parses data and returns the root node of its only document, or
// nil after reporting why there is none. An empty file gives an empty
// mapping when empty is allowed.
func (d *decoder) document(data []byte, emptyOK bool) *yaml.Node {
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
		d.probs = append(d.probs, Problem{d.path, line, col, msg})
		return nil
	}
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		return doc.Content[0]
	}
	return &doc
}

// field is one key a mapping may hold.
type field struct {
	name string
	read func(key, value *yaml.Node)
}

// mapping checks that n is a mapping whose keys are all known and appear
// once, and calls each field's read in the order of the file. It reports
// required keys that are missing and returns false when n is no mapping.
func (d *decoder) mapping(n *yaml.Node, what string, fields []field, required ...string) bool {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s: want a mapping (key: value), got %s", what, describe(n))
		return false
	}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if first := seen[k.Value]; first != nil {
			d.errorf(k, "duplicate key %q (first at line %d)", k.Value, first.Line)
			continue
		}
		seen[k.Value] = k
		j := slices.IndexFunc(fields, func(f field) bool { return f.name == k.Value })
		if j < 0 {
			d.errorf(k, "unknown key %q in %s%s", k.Value, what, suggest(k.Value, fields))
			continue
		}
		fields[j].read(k, v)
	}
	for _, name := range required {
		if seen[name] == nil {
			d.errorf(n, "%s: missing key %q", what, name)
		}
	}
	return true
}

// suggest names the nearest known key, or lists them all.
func suggest(key string, fields []field) string {
	best, dist := "", 3
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
		if e := editDistance(key, f.name); e < dist {
			best, dist = f.name, e
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

// str reads a scalar as text. Any scalar will do ("3.2", "off"), but not
// null, a list or a mapping.
func (d *decoder) str(n *yaml.Node, what string) (string, bool) {
	n = resolve(n)
	if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" {
		d.errorf(n, "%s: want text, got %s", what, describe(n))
		return "", false
	}
	return n.Value, true
}

// word reads one word or phrase of a vocabulary list.
func (d *decoder) word(n *yaml.Node, what string) (string, bool) {
	w, ok := d.str(n, what)
	if ok && strings.TrimSpace(w) == "" {
		d.errorf(n, "%s: empty word", what)
		return "", false
	}
	return w, ok
}

// list calls item for each element of the sequence n.
func (d *decoder) list(n *yaml.Node, what string, item func(*yaml.Node)) {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s: want a list, got %s", what, describe(n))
		return
	}
	for _, c := range n.Content {
		item(c)
	}
}

// words reads a list of words; a single word is taken as a list of one.
func (d *decoder) words(n *yaml.Node, what string) []string {
	var out []string
	if r := resolve(n); r.Kind == yaml.ScalarNode && r.ShortTag() != "!!null" {
		if w, ok := d.word(r, what); ok {
			out = append(out, w)
		}
		return out
	}
	d.list(n, what, func(c *yaml.Node) {
		if w, ok := d.word(c, what); ok {
			out = append(out, w)
		}
	})
	return out
}

// number reads a non-negative number.
func (d *decoder) number(n *yaml.Node, what string) (float64, bool) {
	n = resolve(n)
	tag := n.ShortTag()
	if n.Kind != yaml.ScalarNode || (tag != "!!int" && tag != "!!float") {
		d.errorf(n, "%s: want a number, got %s", what, describe(n))
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
	if err != nil || f < 0 || f != f {
		d.errorf(n, "%s: want a number of zero or more, got %s", what, n.Value)
		return 0, false
	}
	return f, true
}

// boolean reads true or false.
func (d *decoder) boolean(n *yaml.Node, what string) (bool, bool) {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode {
		switch n.Value {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	d.errorf(n, "%s: want true or false, got %s", what, describe(n))
	return false, false
}

// oneOf reads text that must be one of allowed; noun names it in errors
// ("unknown kind").
func (d *decoder) oneOf(n *yaml.Node, noun string, allowed []string) (string, bool) {
	s, ok := d.str(n, noun)
	if !ok {
		return "", false
	}
	if !slices.Contains(allowed, s) {
		d.errorf(n, "unknown %s %q (want %s)", noun, s, strings.Join(allowed, ", "))
		return "", false
	}
	return s, true
}

func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// describe names what a node holds, for "want X, got Y" messages.
func describe(n *yaml.Node) string {
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

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// pack reads a whole pack.
func (d *decoder) pack(data []byte) *Pack {
	root := d.document(data, false)
	if root == nil {
		return nil
	}
	p := &Pack{pos: map[string]position{}}
	ids := map[string]int{} // rule id -> line of its first definition
	d.mapping(root, "the pack", []field{
		{"pack", func(_, v *yaml.Node) { p.Name, _ = d.str(v, "pack") }},
		{"description", func(_, v *yaml.Node) { p.Description, _ = d.str(v, "description") }},
		{"events", func(_, v *yaml.Node) { p.Events = d.classes(v, "events", "event class") }},
		{"roles", func(_, v *yaml.Node) { p.Roles = d.classes(v, "roles", "role") }},
		{"measures", func(_, v *yaml.Node) { p.Measures = d.classes(v, "measures", "measure") }},
		{"entities", func(_, v *yaml.Node) {
			d.list(v, "entities", func(c *yaml.Node) {
				if e, ok := d.entity(c); ok {
					p.Entities = append(p.Entities, e)
				}
			})
		}},
		{"rules", func(_, v *yaml.Node) {
			d.list(v, "rules", func(c *yaml.Node) {
				if r, ok := d.rule(c, ids); ok {
					p.Rules = append(p.Rules, r)
				}
			})
		}},
		{"disable", func(_, v *yaml.Node) {
			d.list(v, "disable", func(c *yaml.Node) {
				id, ok := d.str(c, "disable")
				if !ok {
					return
				}
				if _, dup := p.pos["disable:"+id]; dup {
					d.errorf(c, "disable: rule %q is listed twice", id)
					return
				}
				p.Disable = append(p.Disable, id)
				p.pos["disable:"+id] = position{c.Line, c.Column}
			})
		}},
		{"severity", func(_, v *yaml.Node) {
			p.Severity = map[string]string{}
			var fields []field
			if m := resolve(v); m.Kind == yaml.MappingNode {
				for i := 0; i+1 < len(m.Content); i += 2 {
					id := m.Content[i].Value
					fields = append(fields, field{id, func(k, v *yaml.Node) {
						if sev, ok := d.oneOf(v, "severity", Severities); ok {
							p.Severity[id] = sev
							p.pos["severity:"+id] = position{k.Line, k.Column}
						}
					}})
				}
			}
			d.mapping(v, "severity", fields)
		}},
	}, "pack")
	for _, id := range p.Disable {
		if _, ok := p.Severity[id]; ok {
			pos := p.pos["severity:"+id]
			d.probs = append(d.probs, Problem{d.path, pos.line, pos.col, fmt.Sprintf("rule %q is both disabled and given a severity", id)})
		}
	}
	sortProblems(d.probs)
	return p
}

// classes reads a mapping of class names to the words that name them.
func (d *decoder) classes(n *yaml.Node, what, class string) map[string][]string {
	out := map[string][]string{}
	m := resolve(n)
	if m.Kind != yaml.MappingNode {
		d.errorf(m, "%s: want a mapping of %s to words, got %s", what, class, describe(m))
		return out
	}
	var fields []field
	for i := 0; i+1 < len(m.Content); i += 2 {
		name := m.Content[i].Value
		fields = append(fields, field{name, func(k, v *yaml.Node) {
			if strings.TrimSpace(name) == "" {
				d.errorf(k, "%s: empty %s name", what, class)
				return
			}
			out[name] = d.words(v, what+": "+name)
		}})
	}
	d.mapping(n, what, fields)
	return out
}

// entity reads one entity.
func (d *decoder) entity(n *yaml.Node) (Entity, bool) {
	var e Entity
	ok := d.mapping(n, "an entity", []field{
		{"name", func(_, v *yaml.Node) { e.Name, _ = d.word(v, "entity name") }},
		{"kind", func(_, v *yaml.Node) { e.Kind, _ = d.oneOf(v, "entity kind", EntityKinds) }},
		{"aliases", func(_, v *yaml.Node) { e.Aliases = d.words(v, "aliases") }},
	}, "name")
	return e, ok && e.Name != ""
}

// rule reads and checks one rule. ids holds the ids seen so far in the
// pack, with their lines.
func (d *decoder) rule(n *yaml.Node, ids map[string]int) (Rule, bool) {
	r := Rule{Line: n.Line}
	var kindNode, subjectNode, valueNode, tolNode *yaml.Node
	before := len(d.probs)
	if !d.mapping(n, "a rule", []field{
		{"id", func(_, v *yaml.Node) {
			id, ok := d.str(v, "rule id")
			if !ok {
				return
			}
			if !idPattern.MatchString(id) {
				d.errorf(v, "rule id %q: want lower-case letters, digits and single hyphens", id)
			}
			if line, dup := ids[id]; dup {
				d.errorf(v, "duplicate rule id %q (first at line %d)", id, line)
			} else {
				ids[id] = v.Line
			}
			r.ID = id
		}},
		{"kind", func(_, v *yaml.Node) {
			kindNode = v
			r.Kind, _ = d.oneOf(v, "kind", Kinds)
		}},
		{"severity", func(_, v *yaml.Node) { r.Severity, _ = d.oneOf(v, "severity", Severities) }},
		{"description", func(_, v *yaml.Node) { r.Description, _ = d.str(v, "description") }},
		{"subject", func(_, v *yaml.Node) {
			subjectNode = v
			s, ok := d.str(v, "subject")
			if !ok {
				return
			}
			if _, err := regexp.Compile(s); err != nil {
				d.errorf(v, "subject: bad regular expression: %s", strings.TrimPrefix(err.Error(), "error parsing regexp: "))
				return
			}
			r.Subject = s
		}},
		{"value", func(_, v *yaml.Node) {
			valueNode = v
			r.Value, _ = d.str(v, "value")
		}},
		{"tolerance", func(_, v *yaml.Node) {
			tolNode = v
			d.mapping(v, "tolerance", []field{
				{"abs", func(_, v *yaml.Node) { r.Tolerance.Abs, _ = d.number(v, "tolerance abs") }},
				{"rel", func(_, v *yaml.Node) {
					rel, ok := d.number(v, "tolerance rel")
					if ok && rel > 1 {
						d.errorf(v, "tolerance rel: want a fraction from 0 to 1 (0.05 is 5%%), got %s", v.Value)
					}
					r.Tolerance.Rel = rel
				}},
			})
		}},
		{"time-scoped", func(_, v *yaml.Node) {
			if b, ok := d.boolean(v, "time-scoped"); ok {
				r.TimeScoped = &b
			}
		}},
		{"example", func(_, v *yaml.Node) { r.Example, _ = d.str(v, "example") }},
	}, "id", "kind") {
		return r, false
	}
	if r.Severity == "" {
		r.Severity = "error"
	}
	if r.Kind != "" {
		d.checkRule(n, &r, kindNode, subjectNode, valueNode, tolNode)
	}
	return r, len(d.probs) == before
}

// checkRule checks what a rule's fields say together.
func (d *decoder) checkRule(n *yaml.Node, r *Rule, kindNode, subjectNode, valueNode, tolNode *yaml.Node) {
	if r.Value != "" && !slices.Contains(valueTypes[r.Kind], r.Value) {
		d.errorf(valueNode, "value: a %s rule compares %s, not %q", r.Kind, strings.Join(valueTypes[r.Kind], " or "), r.Value)
	}
	if tolNode != nil && r.Kind != KindMeasure {
		d.errorf(tolNode, "tolerance: only %s rules compare numbers with a tolerance", KindMeasure)
	}
	switch {
	case validKind(r.ID) && r.ID != r.Kind:
		d.errorf(kindNode, "rule %s is the default rule of its kind and must have kind %s", r.ID, r.ID)
	case r.IsDefault() && subjectNode != nil:
		d.errorf(subjectNode, "rule %s is the default rule of its kind: it applies to every subject; give a narrower rule its own id", r.ID)
	case r.IsDefault() && valueNode != nil:
		d.errorf(valueNode, "rule %s is the default rule of its kind: it applies to every value; give a narrower rule its own id", r.ID)
	case r.ID != "" && !r.IsDefault() && subjectNode == nil && valueNode == nil:
		d.errorf(n, "rule %s: give a subject or a value to say which claims it governs (to change every %s claim, re-level rule %s)", r.ID, r.Kind, r.Kind)
	}
}
