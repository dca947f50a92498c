package corpusgen

import (
	"strings"
)

// A template is one sentence. {Name} stands for a story variable, [slot]
// for a fact whose value the document states there; expanding it records
// where each fact landed so the gold file can point at it.
//
//	{Org1} employs [count] {CountNoun} at sites across the region.

// placed is a fact stated in an expanded sentence: byte offset and text.
type placed struct {
	slot string
	off  int
	text string
}

// expand fills in tmpl. vars holds the story's words, facts the texts of
// the facts as this document states them.
func expand(tmpl string, vars, facts map[string]string) (string, []placed) {
	var b strings.Builder
	var out []placed
	for i := 0; i < len(tmpl); {
		c := tmpl[i]
		if c != '{' && c != '[' {
			b.WriteByte(c)
			i++
			continue
		}
		end := strings.IndexByte(tmpl[i:], map[byte]byte{'{': '}', '[': ']'}[c])
		if end < 0 {
			panic("corpusgen: unclosed placeholder in " + tmpl)
		}
		name := tmpl[i+1 : i+end]
		i += end + 1
		if c == '{' {
			v, ok := vars[name]
			if !ok {
				panic("corpusgen: unknown variable " + name + " in " + tmpl)
			}
			b.WriteString(v)
			continue
		}
		v, ok := facts[name]
		if !ok {
			panic("corpusgen: no value for fact " + name + " in " + tmpl)
		}
		out = append(out, placed{slot: name, off: b.Len(), text: v})
		b.WriteString(v)
	}
	return b.String(), out
}

// slotsOf lists the facts a template states.
func slotsOf(tmpl string) []string {
	var out []string
	for {
		i := strings.IndexByte(tmpl, '[')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(tmpl[i:], ']')
		out = append(out, tmpl[i+1:i+j])
		tmpl = tmpl[i+j+1:]
	}
}
