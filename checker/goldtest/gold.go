package goldtest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/fold"
)

// GoldFile is the name of the file that makes a folder a test case.
const GoldFile = "gold.json"

// Kinds lists the fact kinds a gold conflict or trap may name.
var Kinds = []string{"date", "year", "money", "count", "percent", "rank", "person", "internal"}

// Gold mirrors gold.json. Fields it does not know are ignored.
type Gold struct {
	Corpus    string     `json:"corpus"`
	Documents []Document `json:"documents"`
	Conflicts []Conflict `json:"conflicts"`
	Traps     []Trap     `json:"traps"`
	// MinRecall and MinPrecision relax the case's thresholds (default 1).
	MinRecall    *float64 `json:"min_recall,omitempty"`
	MinPrecision *float64 `json:"min_precision,omitempty"`
}

// Document is one source of the case. Published is for the reader only:
// factlint dates sources as it always does.
type Document struct {
	File      string  `json:"file"`
	Published *string `json:"published"`
}

// Conflict is a disagreement the checker must report.
type Conflict struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	Slot string `json:"slot"`
	// Explicit is false when finding the conflict takes arithmetic or
	// reasoning; such conflicts are scored apart and carry no target.
	// Absent means explicit.
	Explicit *bool     `json:"explicit,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// IsExplicit reports whether the conflict is stated outright.
func (c *Conflict) IsExplicit() bool { return c.Explicit == nil || *c.Explicit }

// Trap is a look-alike disagreement the checker must not report.
type Trap struct {
	ID              string    `json:"id"`
	Kind            string    `json:"kind"`
	Slot            string    `json:"slot"`
	Mentions        []Mention `json:"mentions"`
	WhyNotAConflict string    `json:"why_not_a_conflict"`
}

// Mention is one place a value is stated: File is relative to the case
// folder, slash-separated; Line is 1-based; Text is the exact span.
type Mention struct {
	File  string `json:"file"`
	Line  int    `json:"line"`
	Text  string `json:"text"`
	Value Scalar `json:"value"`

	// spans are the places Text occurs starting on Line, found by Load.
	// None means the mention matches on file and line alone.
	spans []span
}

// Scalar is a value written as a JSON string or number: a gold file may
// give a count or an amount as 17 or as "17".
type Scalar string

// UnmarshalJSON keeps a number's text as written.
func (v *Scalar) UnmarshalJSON(data []byte) error {
	var s string
	switch {
	case len(data) > 0 && (data[0] == '-' || data[0] >= '0' && data[0] <= '9'):
		s = string(data)
	case string(data) == "null":
	default:
		if err := json.Unmarshal(data, &s); err != nil {
			return errors.New("a value must be a string or a number")
		}
	}
	*v = Scalar(s)
	return nil
}

// Case is one test case: a folder of sources and its gold.
type Case struct {
	Dir  string
	Gold Gold
}

// Paths returns what to check for the case: the documents its gold file
// lists, or its whole folder when it lists none. A folder often holds
// more than the corpus, such as a README saying what is planted, and a
// README's figures must not count as a source's.
func (c *Case) Paths() []string {
	if len(c.Gold.Documents) == 0 {
		return []string{c.Dir}
	}
	paths := make([]string, len(c.Gold.Documents))
	for i, d := range c.Gold.Documents {
		paths[i] = filepath.Join(c.Dir, filepath.FromSlash(d.File))
	}
	return paths
}

// Load reads dir/gold.json, checks it against the sources in dir and finds
// where each mention's text stands. Errors name the gold file, with line
// and column for JSON errors.
func Load(dir string) (*Case, error) {
	name := filepath.Join(dir, GoldFile)
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	g, err := parse(name, data, os.DirFS(dir))
	if err != nil {
		return nil, err
	}
	return &Case{Dir: dir, Gold: *g}, nil
}

// parse decodes and checks gold data named name; sources are read from fsys.
func parse(name string, data []byte, fsys fs.FS) (*Gold, error) {
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, jsonError(name, data, err)
	}
	l := loader{name: name, fsys: fsys, files: map[string]string{}}
	if err := l.check(&g); err != nil {
		return nil, err
	}
	return &g, nil
}

// jsonError places a decoding error at its line and column.
func jsonError(name string, data []byte, err error) error {
	var off int64 = -1
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset - 1 // the offset is just past the offending byte
	case errors.As(err, &typ):
		off = valueStart(data, typ.Offset)
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if off < 0 {
		if len(data) == 0 {
			return fmt.Errorf("%s:1:1: %s", name, msg)
		}
		return fmt.Errorf("%s: %s", name, msg)
	}
	line, col := lineCol(data, int(min(off, int64(len(data)))))
	return fmt.Errorf("%s:%d:%d: %s", name, line, col, msg)
}

// valueStart returns where the JSON value that ends at end starts: type
// errors give the offset just past a string, number or literal, and just
// past the opening bracket of an object or array.
func valueStart(data []byte, end int64) int64 {
	i := min(end, int64(len(data))) - 1
	if i < 0 {
		return -1
	}
	switch c := data[i]; {
	case c == '{' || c == '[':
		return i
	case c == '"':
		for j := i - 1; j >= 0; j-- {
			if data[j] != '"' {
				continue
			}
			k := j
			for k > 0 && data[k-1] == '\\' {
				k--
			}
			if (j-k)%2 == 0 {
				return j
			}
		}
		return i
	}
	for i > 0 && (isDigit(data[i-1]) || strings.IndexByte("+-.eEtruefalsn", data[i-1]) >= 0) {
		i--
	}
	return i
}

// lineCol returns the 1-based line and character column of data[off].
func lineCol(data []byte, off int) (int, int) {
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if data[i] == '\n' {
			line, start = line+1, i+1
		}
	}
	return line, utf8.RuneCount(data[start:off]) + 1
}

// loader checks a decoded gold and resolves its mentions.
type loader struct {
	name  string
	fsys  fs.FS
	files map[string]string // source text by gold file name
	docs  map[string]bool
}

func (l *loader) errorf(format string, args ...any) error {
	return fmt.Errorf("%s: %s", l.name, fmt.Sprintf(format, args...))
}

func (l *loader) check(g *Gold) error {
	for _, t := range []struct {
		field string
		v     *float64
	}{{"min_recall", g.MinRecall}, {"min_precision", g.MinPrecision}} {
		if t.v != nil && !(*t.v >= 0 && *t.v <= 1) {
			return l.errorf("%s %v is not between 0 and 1", t.field, *t.v)
		}
	}
	l.docs = map[string]bool{}
	for i, d := range g.Documents {
		if err := l.file(fmt.Sprintf("document %d", i+1), d.File); err != nil {
			return err
		}
		if l.docs[d.File] {
			return l.errorf("document %d: %s is listed twice", i+1, d.File)
		}
		l.docs[d.File] = true
	}
	ids := map[string]bool{}
	for i := range g.Conflicts {
		c := &g.Conflicts[i]
		what := fmt.Sprintf("conflict %d", i+1)
		if err := l.item(what, c.ID, c.Kind, c.Mentions, ids); err != nil {
			return err
		}
		what = fmt.Sprintf("conflict %q", c.ID)
		if !differ(c.Mentions) {
			return l.errorf("%s: needs two mentions with different values", what)
		}
		for j, m := range c.Mentions {
			if strings.TrimSpace(string(m.Value)) == "" {
				return l.errorf("%s: mention %d has no value", what, j+1)
			}
		}
	}
	for i := range g.Traps {
		t := &g.Traps[i]
		if err := l.item(fmt.Sprintf("trap %d", i+1), t.ID, t.Kind, t.Mentions, ids); err != nil {
			return err
		}
	}
	return nil
}

// differ reports whether two of ms have different values.
func differ(ms []Mention) bool {
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			if sameValue(ms[i].Value, ms[j].Value) {
				continue
			}
			return true
		}
	}
	return false
}

func sameValue(a, b Scalar) bool {
	return fold.Key(strings.TrimSpace(string(a))) == fold.Key(strings.TrimSpace(string(b)))
}

// item checks what a conflict and a trap share and resolves their mentions.
func (l *loader) item(what, id, kind string, ms []Mention, ids map[string]bool) error {
	if id == "" {
		return l.errorf("%s has no id", what)
	}
	if ids[id] {
		return l.errorf("%s: id %q is used twice", what, id)
	}
	ids[id] = true
	what = fmt.Sprintf("%s %q", strings.Fields(what)[0], id)
	if !knownKind(kind) {
		return l.errorf("%s: unknown kind %q (want %s)", what, kind, strings.Join(Kinds, ", "))
	}
	if len(ms) < 2 {
		return l.errorf("%s: needs at least two mentions, has %d", what, len(ms))
	}
	for j := range ms {
		if err := l.mention(fmt.Sprintf("%s: mention %d", what, j+1), &ms[j]); err != nil {
			return err
		}
	}
	return nil
}

func knownKind(k string) bool {
	for _, x := range Kinds {
		if k == x {
			return true
		}
	}
	return false
}

// file checks that a gold file name is a readable source inside the case.
func (l *loader) file(what, name string) error {
	if name == "" {
		return l.errorf("%s has no file", what)
	}
	if !fs.ValidPath(name) || path.Clean(name) != name || name == "." {
		return l.errorf("%s: file %q must be a clean slash-separated path inside the case folder", what, name)
	}
	if name == GoldFile {
		return l.errorf("%s: file %q is the gold file itself", what, name)
	}
	if _, ok := l.files[name]; ok {
		return nil
	}
	data, err := fs.ReadFile(l.fsys, name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return l.errorf("%s: reading %s: %v", what, name, err)
	}
	l.files[name] = string(data)
	return nil
}

// mention checks m and finds where its text stands.
func (l *loader) mention(what string, m *Mention) error {
	if err := l.file(what, m.File); err != nil {
		return err
	}
	if len(l.docs) > 0 && !l.docs[m.File] {
		return l.errorf("%s: file %s is not among the documents", what, m.File)
	}
	src := l.files[m.File]
	starts := lineStarts(src)
	if m.Line < 1 || m.Line > len(starts) {
		return l.errorf("%s: line %d is outside %s (%d lines)", what, m.Line, m.File, len(starts))
	}
	m.spans = nil
	if m.Text == "" {
		return nil
	}
	m.spans = findSpans(src, starts, m.Line, m.Text)
	if len(m.spans) == 0 {
		return l.errorf("%s: text %q is not on line %d of %s", what, clip(m.Text, 60), m.Line, m.File)
	}
	return nil
}

// clip shortens s to at most n characters for a message.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// pos is a 1-based line and character column, as in report.Mention.
type pos struct{ line, col int }

func (p pos) less(q pos) bool {
	return p.line < q.line || p.line == q.line && p.col < q.col
}

// span is a stretch of text; end is the position of its last character.
type span struct{ start, end pos }

func (s span) overlaps(t span) bool {
	return !s.end.less(t.start) && !t.end.less(s.start)
}

// lineStarts returns the offsets where lines start, ending lines the way
// the source reader does: at "\n", "\r\n" and a lone "\r".
func lineStarts(src string) []int {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// position returns the line and column of src[off].
func position(src string, starts []int, off int) pos {
	line := 0
	for line+1 < len(starts) && starts[line+1] <= off {
		line++
	}
	return pos{line + 1, utf8.RuneCountInString(src[starts[line]:off]) + 1}
}

// findSpans returns every occurrence of text that starts on line.
func findSpans(src string, starts []int, line int, text string) []span {
	from, end := starts[line-1], len(src)
	if line < len(starts) {
		end = starts[line]
	}
	var out []span
	for from < end {
		i := strings.Index(src[from:], text)
		if i < 0 || from+i >= end {
			break
		}
		s := from + i
		_, size := utf8.DecodeLastRuneInString(text)
		out = append(out, span{position(src, starts, s), position(src, starts, s+len(text)-size)})
		_, step := utf8.DecodeRuneInString(src[s:])
		from = s + max(step, 1)
	}
	return out
}
