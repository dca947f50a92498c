package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/factlint/factlint/rules/yamlcheck"
)

// decoder reads a pack from its YAML node tree rather than straight into
// the Pack struct, so that it reports every mistake, each at its own line
// and column, instead of stopping at the first.
type decoder struct {
	yamlcheck.Decoder
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// pack reads a whole pack.
func (d *decoder) pack(data []byte) *Pack {
	root := d.Document(data, false)
	if root == nil {
		return nil
	}
	p := &Pack{pos: map[string]position{}}
	ids := map[string]int{} // rule id -> line of its first definition
	d.Mapping(root, "the pack", []yamlcheck.Field{
		{Name: "pack", Read: func(_, v *yaml.Node) { p.Name, _ = d.Str(v, "pack") }},
		{Name: "description", Read: func(_, v *yaml.Node) { p.Description, _ = d.Str(v, "description") }},
		{Name: "events", Read: func(_, v *yaml.Node) { p.Events = d.classes(v, "events", "event class") }},
		{Name: "roles", Read: func(_, v *yaml.Node) { p.Roles = d.classes(v, "roles", "role") }},
		{Name: "measures", Read: func(_, v *yaml.Node) { p.Measures = d.classes(v, "measures", "measure") }},
		{Name: "entities", Read: func(_, v *yaml.Node) {
			d.List(v, "entities", func(c *yaml.Node) {
				if e, ok := d.entity(c); ok {
					p.Entities = append(p.Entities, e)
				}
			})
		}},
		{Name: "rules", Read: func(_, v *yaml.Node) {
			d.List(v, "rules", func(c *yaml.Node) {
				if r, ok := d.rule(c, ids); ok {
					p.Rules = append(p.Rules, r)
				}
			})
		}},
		{Name: "disable", Read: func(_, v *yaml.Node) {
			d.List(v, "disable", func(c *yaml.Node) {
				id, ok := d.Str(c, "disable")
				if !ok {
					return
				}
				if _, dup := p.pos["disable:"+id]; dup {
					d.Errorf(c, "disable: rule %q is listed twice", id)
					return
				}
				p.Disable = append(p.Disable, id)
				p.pos["disable:"+id] = position{c.Line, c.Column}
			})
		}},
		{Name: "severity", Read: func(_, v *yaml.Node) {
			p.Severity = map[string]string{}
			d.Each(v, "severity", func(k, v *yaml.Node) {
				if sev, ok := d.OneOf(v, "severity", Severities); ok {
					p.Severity[k.Value] = sev
					p.pos["severity:"+k.Value] = position{k.Line, k.Column}
				}
			})
		}},
	}, "pack")
	for _, id := range p.Disable {
		if _, ok := p.Severity[id]; ok {
			pos := p.pos["severity:"+id]
			d.Problems = append(d.Problems, Problem{Path: d.Path, Line: pos.line, Col: pos.col, Msg: fmt.Sprintf("rule %q is both disabled and given a severity", id)})
		}
	}
	return p
}

// classes reads a mapping of class names to the words that name them.
func (d *decoder) classes(n *yaml.Node, what, class string) map[string][]string {
	out := map[string][]string{}
	if m := yamlcheck.Resolve(n); m.Kind != yaml.MappingNode {
		d.Errorf(m, "%s: want a mapping of %s to words, got %s", what, class, yamlcheck.Describe(m))
		return out
	}
	d.Each(n, what, func(k, v *yaml.Node) {
		if strings.TrimSpace(k.Value) == "" {
			d.Errorf(k, "%s: empty %s name", what, class)
			return
		}
		out[k.Value] = d.Words(v, what+": "+k.Value)
	})
	return out
}

// entity reads one entity.
func (d *decoder) entity(n *yaml.Node) (Entity, bool) {
	var e Entity
	ok := d.Mapping(n, "an entity", []yamlcheck.Field{
		{Name: "name", Read: func(_, v *yaml.Node) { e.Name, _ = d.Word(v, "entity name") }},
		{Name: "kind", Read: func(_, v *yaml.Node) { e.Kind, _ = d.OneOf(v, "entity kind", EntityKinds) }},
		{Name: "aliases", Read: func(_, v *yaml.Node) { e.Aliases = d.Words(v, "aliases") }},
	}, "name")
	return e, ok && e.Name != ""
}

// rule reads and checks one rule. ids holds the ids seen so far in the
// pack, with their lines.
func (d *decoder) rule(n *yaml.Node, ids map[string]int) (Rule, bool) {
	r := Rule{Line: n.Line}
	var kindNode, subjectNode, valueNode, tolNode *yaml.Node
	before := len(d.Problems)
	if !d.Mapping(n, "a rule", []yamlcheck.Field{
		{Name: "id", Read: func(_, v *yaml.Node) {
			id, ok := d.Str(v, "rule id")
			if !ok {
				return
			}
			if !idPattern.MatchString(id) {
				d.Errorf(v, "rule id %q: want lower-case letters, digits and single hyphens", id)
			}
			if line, dup := ids[id]; dup {
				d.Errorf(v, "duplicate rule id %q (first at line %d)", id, line)
			} else {
				ids[id] = v.Line
			}
			r.ID = id
		}},
		{Name: "kind", Read: func(_, v *yaml.Node) {
			kindNode = v
			r.Kind, _ = d.OneOf(v, "kind", Kinds)
		}},
		{Name: "severity", Read: func(_, v *yaml.Node) { r.Severity, _ = d.OneOf(v, "severity", Severities) }},
		{Name: "description", Read: func(_, v *yaml.Node) { r.Description, _ = d.Str(v, "description") }},
		{Name: "subject", Read: func(_, v *yaml.Node) {
			subjectNode = v
			s, ok := d.Str(v, "subject")
			if !ok {
				return
			}
			if _, err := regexp.Compile(s); err != nil {
				d.Errorf(v, "subject: bad regular expression: %s", strings.TrimPrefix(err.Error(), "error parsing regexp: "))
				return
			}
			r.Subject = s
		}},
		{Name: "value", Read: func(_, v *yaml.Node) {
			valueNode = v
			r.Value, _ = d.Str(v, "value")
		}},
		{Name: "tolerance", Read: func(_, v *yaml.Node) {
			tolNode = v
			d.Mapping(v, "tolerance", []yamlcheck.Field{
				{Name: "abs", Read: func(_, v *yaml.Node) { r.Tolerance.Abs, _ = d.Number(v, "tolerance abs") }},
				{Name: "rel", Read: func(_, v *yaml.Node) {
					rel, ok := d.Number(v, "tolerance rel")
					if ok && rel > 1 {
						d.Errorf(v, "tolerance rel: want a fraction from 0 to 1 (0.05 is 5%%), got %s", v.Value)
					}
					r.Tolerance.Rel = rel
				}},
			})
		}},
		{Name: "time-scoped", Read: func(_, v *yaml.Node) {
			if b, ok := d.Bool(v, "time-scoped"); ok {
				r.TimeScoped = &b
			}
		}},
		{Name: "example", Read: func(_, v *yaml.Node) { r.Example, _ = d.Str(v, "example") }},
	}, "id", "kind") {
		return r, false
	}
	if r.Severity == "" {
		r.Severity = "error"
	}
	if r.Kind != "" {
		d.checkRule(n, &r, kindNode, subjectNode, valueNode, tolNode)
	}
	return r, len(d.Problems) == before
}

// checkRule checks what a rule's fields say together.
func (d *decoder) checkRule(n *yaml.Node, r *Rule, kindNode, subjectNode, valueNode, tolNode *yaml.Node) {
	if r.Value != "" && !slices.Contains(valueTypes[r.Kind], r.Value) {
		d.Errorf(valueNode, "value: %s rules compare %s values, not %q", r.Kind, strings.Join(valueTypes[r.Kind], " or "), r.Value)
	}
	if tolNode != nil && r.Kind != KindMeasure {
		d.Errorf(tolNode, "tolerance: only %s rules compare numbers with a tolerance", KindMeasure)
	}
	switch {
	case validKind(r.ID) && r.ID != r.Kind:
		d.Errorf(kindNode, "rule %s is the default rule of its kind and must have kind %s", r.ID, r.ID)
	case r.IsDefault() && subjectNode != nil:
		d.Errorf(subjectNode, "rule %s is the default rule of its kind: it applies to every subject; give a narrower rule its own id", r.ID)
	case r.IsDefault() && valueNode != nil:
		d.Errorf(valueNode, "rule %s is the default rule of its kind: it applies to every value; give a narrower rule its own id", r.ID)
	case r.ID != "" && !r.IsDefault() && subjectNode == nil && valueNode == nil:
		d.Errorf(n, "rule %s: give a subject or a value to say which claims it governs (to change every %s claim, re-level rule %s)", r.ID, r.Kind, r.Kind)
	}
}
