package source

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"
)

// naivePos is the obvious line and column of a doc offset, to check the
// indexed one against.
func naivePos(doc string, d int) (int, int) {
	line, start := 1, 0
	for i := 0; i < d; i++ {
		if doc[i] == '\n' || doc[i] == '\r' && (i+1 == len(doc) || doc[i+1] != '\n') {
			line, start = line+1, i+1
		}
	}
	return line, utf8.RuneCountInString(doc[start:d]) + 1
}

func TestLineIndexMatchesCounting(t *testing.T) {
	pieces := []string{"a", "word ", "Tô Lâm ", "🏘️", "\n", "\r\n", "\r", "\r\r\n", strings.Repeat("é", 300), strings.Repeat("x", 700)}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		doc := b.String()
		x := newLineIndex(doc)
		for range 50 {
			d := rng.IntN(len(doc) + 1)
			for d < len(doc) && !utf8.RuneStart(doc[d]) {
				d++ // positions are only asked for at character starts
			}
			l, c := x.pos(d)
			if wl, wc := naivePos(doc, d); l != wl || c != wc {
				t.Fatalf("doc %q offset %d: pos %d:%d, want %d:%d", doc, d, l, c, wl, wc)
			}
		}
	}
}

// A single line of megabytes must not make each position cost a count
// from the start of the line: the check reads one position per claim.
func TestLongLinePositions(t *testing.T) {
	line := strings.Repeat("Trade hit $46.2 billion in 2024, up 2.7% — Tô Lâm said. ", 90_000) // about 5 MB
	s, probs := readString(t, "a.txt", line)
	if len(probs) != 0 || len(s.Blocks) != 1 {
		t.Fatalf("problems %v, %d blocks", probs, len(s.Blocks))
	}
	for _, off := range []int{0, 1 << 20, len(line) / 2, len(line) - 7} {
		for !utf8.RuneStart(line[off]) {
			off--
		}
		l, c := s.Position(off)
		if wl, wc := naivePos(line, off); l != wl || c != wc {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", off, l, c, wl, wc)
		}
	}
	// 100,000 positions on the line: linear work, so well under a second
	// even on a slow machine; counting from the line start would take
	// minutes. (No timing is asserted; a regression shows as a slow test.)
	for i := 0; i < 100_000; i++ {
		s.Position(len(s.Text) - 1 - i*7)
	}
}

func TestEmptyAndBlankFiles(t *testing.T) {
	for _, name := range []string{"a.txt", "a.md", "a.html"} {
		for _, text := range []string{"", " ", "\n\n\n", " \t\r\n\r\n  \f", "\ufeff", "\ufeff\n"} {
			s, probs := readString(t, name, text)
			if s == nil || len(probs) != 0 || len(s.Blocks) != 0 || strings.TrimSpace(s.Text) != "" {
				t.Errorf("%s %q: source %v, problems %v", name, text, s, probs)
			}
		}
	}
}

func TestSizeLimit(t *testing.T) {
	// A 200 MB file is skipped from its size alone: a sparse file, so the
	// test writes nothing much and reading it would be noticed.
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Skip("no sparse files:", err)
	}
	f.Close()
	os.WriteFile(filepath.Join(dir, "small.txt"), []byte("ok"), 0o644)
	ins, _, err := Collect(nil, []string{dir}, Options{})
	if err != nil || len(ins) != 2 {
		t.Fatal(ins, err)
	}
	for _, in := range ins {
		s, probs, err := Read(in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(in.Path, "small.txt") {
			if s == nil || len(probs) != 0 {
				t.Errorf("small.txt: %v %v", s, probs)
			}
			continue
		}
		want := "too large (200.0 MiB, over the limit of 50.0 MiB); not read"
		if s != nil || len(probs) != 1 || !probs[0].Skipped || probs[0].Msg != want {
			t.Errorf("big.txt: source %v, problems %v; want skipped %q", s != nil, probs, want)
		}
	}
}

func TestBinaryAndNUL(t *testing.T) {
	tests := []struct {
		name, data, msg string // msg "" means read as text
	}{
		{"png.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (image or archive signature); not read"},
		{"jpeg.md", "\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (image or archive signature); not read"},
		{"webp.html", "RIFF\x10\x00\x00\x00WEBPVP8 ", "binary file (image or media signature); not read"},
		{"pdf.txt", "%PDF-1.7\n", "binary file (image or archive signature); not read"},
		{"docx.md", "PK\x03\x04\x14\x00", "binary file (image or archive signature); not read"},
		{"nul.txt", "text\x00more", "binary file (NUL bytes); not read"},
		{"late-nul.txt", strings.Repeat("a", 9000) + "\x00 After 2024.", ""},
		{"bzh.txt", "BZh is not bzip2 without a digit", ""},
		{"utf16.txt", utf16le("Hanoi, April 28"), ""},
	}
	for _, tt := range tests {
		s, probs := readString(t, tt.name, tt.data)
		if tt.msg == "" {
			if s == nil || len(probs) != 0 {
				t.Errorf("%s: not read as text: %v", tt.name, probs)
			}
			continue
		}
		if s != nil || len(probs) != 1 || !probs[0].Skipped || probs[0].Msg != tt.msg || probs[0].Path != tt.name {
			t.Errorf("%s: source %v, problems %v; want skipped %q", tt.name, s != nil, probs, tt.msg)
		}
	}
}

func TestInvalidUTF8KeepsReading(t *testing.T) {
	for _, name := range []string{"a.txt", "a.md", "a.html"} {
		doc := "First line.\r\nTrade \xff\xfe hit $46 billion.\nLast line stays, 2024."
		s, probs := readString(t, name, doc)
		if len(probs) != 1 || probs[0].Line != 2 || probs[0].Col != 7 || probs[0].Skipped ||
			probs[0].Msg != "invalid UTF-8 at byte offset 19 (2 bad bytes shown as U+FFFD)" {
			t.Errorf("%s: problems %v", name, probs)
		}
		if !strings.Contains(s.Text, "Last line stays, 2024.") || !strings.Contains(s.Text, "\ufffd\ufffd hit") {
			t.Errorf("%s: text %q", name, s.Text)
		}
		if got := at(t, s, "Last"); got != [2]int{3, 1} {
			t.Errorf("%s: Last at %v", name, got)
		}
	}
}

func TestByteOrderMarks(t *testing.T) {
	for name, data := range map[string]string{
		"utf8.txt":    "\ufeffHanoi\r\nApril 28",
		"utf16le.txt": utf16le("Hanoi\r\nApril 28"),
		"utf16be.txt": utf16be("Hanoi\r\nApril 28"),
		"utf16le.md":  utf16le("# Hanoi\r\n\r\nApril 28"),
		"utf16be.htm": utf16be("<p>Hanoi</p>\r\n<p>April 28</p>"),
	} {
		s, probs := readString(t, name, data)
		if len(probs) != 0 || strings.ContainsRune(s.Text, '\ufeff') {
			t.Errorf("%s: problems %v, text %q", name, probs, s.Text)
			continue
		}
		if got := at(t, s, "April"); got[0] != 2 && got[0] != 3 || got[1] != 1 && got[1] != 4 {
			t.Errorf("%s: April at %v", name, got)
		}
	}
	// An odd UTF-16 byte count: the last half character is reported.
	_, probs := readString(t, "odd.txt", utf16le("ab")+"x")
	if len(probs) != 1 || !strings.HasPrefix(probs[0].Msg, "truncated UTF-16") {
		t.Errorf("odd UTF-16: %v", probs)
	}
}

func TestLineEndingsInMarkup(t *testing.T) {
	for _, eol := range []string{"\n", "\r\n", "\r"} {
		md := strings.ReplaceAll("# Title\n\nOne.\nTwo words here.\n\n| a | b |\n|---|---|\n| x | cell |\n", "\n", eol)
		s, _ := readString(t, "a.md", md)
		if got := at(t, s, "words"); got != [2]int{4, 5} {
			t.Errorf("md %q: words at %v", eol, got)
		}
		if got := at(t, s, "cell"); got != [2]int{8, 7} {
			t.Errorf("md %q: cell at %v", eol, got)
		}
		html := strings.ReplaceAll("<html>\n<body>\n<p>One\nTwo &amp; words</p>\n</body>", "\n", eol)
		s, _ = readString(t, "a.html", html)
		if got := at(t, s, "words"); got != [2]int{4, 11} {
			t.Errorf("html %q: words at %v", eol, got)
		}
	}
}

func TestHostileHTML(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string // blocks
	}{
		{"deep nesting", strings.Repeat("<div><span>", 50_000) + "On April 28, 2025, leaders met." + strings.Repeat("</span></div>", 50_000), []string{"On April 28, 2025, leaders met."}},
		{"never closed", strings.Repeat("<div><p><b>", 20_000) + "Trade hit $46 billion", []string{"Trade hit $46 billion"}},
		{"unclosed tags", "<p>One <b>bold <i>two<p>Three<li>Four<td>Five", []string{"One bold two", "Three", "Four", "Five"}},
		{"stray end tags", "</p></div>Text</b> here</html></body>", []string{"Text here"}},
		{"entities", "<p>A&amp;B &lt;x&gt; &#8217; &#x2019; &nbsp;&copy; &bogus; &amp</p>", []string{"A&B <x> ’ ’  © &bogus; &"}},
		{"unterminated comment", "<p>Before</p><!-- factlint-disable x", []string{"Before"}},
		{"unterminated script", "<p>Before</p><script>var a = '<p>not text</p>';", []string{"Before"}},
		{"attribute soup", `<p class="a b" data-x='1' =junk x=y>Text</p><img src=x alt="Not text">`, []string{"Text"}},
	}
	for _, tt := range tests {
		s, probs := readString(t, "a.html", tt.html)
		if len(probs) != 0 {
			t.Errorf("%s: problems %v", tt.name, probs)
		}
		var got []string
		for _, b := range s.Blocks {
			got = append(got, s.Text[b.Start:b.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: blocks %q, want %q", tt.name, got, tt.want)
		}
		checkSource(t, s)
	}
}

func TestMarkdownCodeAndTables(t *testing.T) {
	md := "Intro, 2024.\n\n```\nThe summit was on April 29, 2025.\n```\n\n    indented code 1999\n\n" +
		"~~~python\nx = 2023\n~~~\n\nInline `code 1998` stays.\n\n| Year | Trade |\n|---:|:---|\n| 2024 | $46.2 billion |\n| 2023 | \\| piped |\n\n" +
		"```\nnever closed 1997\n"
	s, probs := readString(t, "a.md", md)
	if len(probs) != 0 {
		t.Fatal(probs)
	}
	var got []string
	for _, b := range s.Blocks {
		got = append(got, b.Kind.String()+":"+s.Text[b.Start:b.End])
	}
	want := "paragraph:Intro, 2024.|paragraph:Inline code 1998 stays.|table-cell:Year|table-cell:Trade|table-cell:2024|table-cell:$46.2 billion|table-cell:2023|table-cell:| piped"
	if strings.Join(got, "|") != want {
		t.Errorf("blocks\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
	if got := at(t, s, "$46.2"); got != [2]int{17, 10} {
		t.Errorf("$46.2 at %v", got)
	}
}

func TestDeepMarkdown(t *testing.T) {
	md := strings.Repeat(">", 10_000) + " quoted 2024\n\n" + strings.Repeat("- ", 3000) + "item\n\n" +
		strings.Repeat("[", 50_000) + "\n\n" + strings.Repeat("*", 50_000) + "\n\n" + strings.Repeat("`", 30_000) + "\n"
	s, _ := readString(t, "a.md", md)
	checkSource(t, s)
	if !strings.Contains(s.Text, "quoted 2024") {
		t.Errorf("quote lost: %.80q", s.Text)
	}
}

// faultFS fails to open or list the names in errs.
type faultFS struct {
	fstest.MapFS
	errs map[string]error
}

func (f faultFS) Open(name string) (fs.File, error) {
	if err := f.errs[name]; err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return f.MapFS.Open(name)
}

func (f faultFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if err := f.errs[name]; err != nil {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: err}
	}
	return f.MapFS.ReadDir(name)
}

func TestUnreadable(t *testing.T) {
	fsys := faultFS{
		MapFS: fstest.MapFS{
			"c/ok.txt":      {Data: []byte("ok")},
			"c/secret.txt":  {Data: []byte("x")},
			"c/locked/a.md": {Data: []byte("x")},
		},
		errs: map[string]error{"c/secret.txt": syscall.EACCES, "c/locked": syscall.EACCES},
	}
	ins, probs, err := Collect(fsys, []string{"c"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(probs); got != "[c/locked: cannot read: permission denied]" {
		t.Errorf("collect problems %s", got)
	}
	var msgs []string
	for _, in := range ins {
		s, probs, err := Read(in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range probs {
			msgs = append(msgs, fmt.Sprintf("%s skipped=%v", p, p.Skipped && s == nil))
		}
	}
	if got := strings.Join(msgs, "\n"); got != "c/secret.txt: cannot read: permission denied skipped=true" {
		t.Errorf("read problems %s", got)
	}
	// Named explicitly, the same file is an error the user must act on.
	_, _, err = Read(Input{FS: fsys, Name: "c/secret.txt", Path: "c/secret.txt", Named: true}, Options{})
	if err == nil || err.Error() != "c/secret.txt: permission denied" {
		t.Errorf("named: %v", err)
	}
}

func TestUnreadableOnDisk(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.txt")
	os.WriteFile(p, []byte("x"), 0o000)
	ins, _, err := Collect(nil, []string{dir}, Options{})
	if err != nil || len(ins) != 1 {
		t.Fatal(ins, err)
	}
	if _, probs, err := Read(ins[0], Options{}); err != nil || len(probs) != 1 || !strings.Contains(probs[0].Msg, "permission denied") {
		t.Errorf("folder member: %v %v", probs, err)
	}
	ins, _, _ = Collect(nil, []string{p}, Options{})
	if _, _, err := Read(ins[0], Options{}); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("named: %v", err)
	}
}

func TestSpecialFilesInFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "A")
	link := func(target, name string) {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skip("no symlinks:", err)
		}
	}
	link("loop2.txt", "loop1.txt") // a loop of two links
	link("loop1.txt", "loop2.txt")
	link("self.md", "self.md")
	link("gone.txt", "dangling.txt")
	link(".", "folder.html") // a link to a folder with a document's name
	fifo := filepath.Join(dir, "pipe.txt")
	hasFifo := mkfifo(fifo) == nil

	done := make(chan struct{})
	var ins []Input
	var probs []Problem
	go func() {
		defer close(done)
		var err error
		ins, probs, err = Collect(nil, []string{dir}, Options{})
		if err != nil {
			t.Error(err)
		}
		for _, in := range ins {
			_, ps, err := Read(in, Options{})
			if err != nil {
				t.Error(err)
			}
			probs = append(probs, ps...)
		}
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("reading the folder hangs (a named pipe opened?)")
	}
	if got := paths(ins); !strings.HasSuffix(got, "a.txt") || strings.Contains(got, "pipe") || strings.Contains(got, "loop") {
		t.Errorf("inputs %s", got)
	}
	var got []string
	for _, p := range probs {
		got = append(got, filepath.Base(p.Path)+": "+p.Msg)
	}
	want := []string{
		"dangling.txt: cannot read: no such file or directory",
		"folder.html: link to a folder; not followed",
		"loop1.txt: cannot read: too many levels of symbolic links",
		"loop2.txt: cannot read: too many levels of symbolic links",
	}
	if hasFifo {
		want = append(want, "pipe.txt: named pipe, not a file; not read")
	}
	want = append(want, "self.md: cannot read: too many levels of symbolic links")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems\n got %s\nwant %s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTenThousandFiles(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 10_000 {
		// Names whose sorted order differs from their numeric order, and
		// ids that collide across folders.
		fsys[fmt.Sprintf("big/%d.txt", i)] = &fstest.MapFile{Data: []byte("x")}
	}
	fsys["big/sub/7.txt"] = &fstest.MapFile{Data: []byte("x")}
	ins, probs, err := Collect(fsys, []string{"big"}, Options{})
	if err != nil || len(probs) != 0 || len(ins) != 10_001 {
		t.Fatalf("%d inputs, %v, %v", len(ins), probs, err)
	}
	ids := map[string]bool{}
	for i, in := range ins {
		if i > 0 && ins[i-1].Path >= in.Path {
			t.Fatalf("not sorted at %d: %s, %s", i, ins[i-1].Path, in.Path)
		}
		if ids[in.ID] {
			t.Fatalf("id %s given twice", in.ID)
		}
		ids[in.ID] = true
	}
}

func TestCollectOrderIndependent(t *testing.T) {
	fsys := fstest.MapFS{
		"a/x.txt": {Data: []byte("1")}, "a/y.md": {Data: []byte("2")}, "b/x.txt": {Data: []byte("3")}, "c.txt": {Data: []byte("4")},
		"a/sources.yaml": {Data: []byte("- file: y.md\n  id: why\n")},
	}
	var first string
	for _, args := range [][]string{{"a", "b", "c.txt"}, {"c.txt", "b", "a"}, {"b", "a/x.txt", "c.txt", "a"}, {"./a", "b/", "c.txt", "a/y.md"}} {
		ins, _, err := Collect(fsys, args, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, in := range ins {
			got = append(got, in.Path+"="+in.ID)
		}
		if first == "" {
			first = strings.Join(got, " ")
		} else if s := strings.Join(got, " "); s != first {
			t.Errorf("args %v: %s\nfirst: %s", args, s, first)
		}
	}
}

// Long Markdown lines are broken where a break changes nothing, so the
// parser (quadratic in a line's length on some inputs) stays fast; a line
// with nowhere to break is cut at 16 KiB, with a diagnostic.
func TestLongMarkdownLines(t *testing.T) {
	prose := strings.Repeat("Many words of prose run on here, ", 1500) // 49.5 KB
	s, probs := readString(t, "a.md", "# Title\n\n"+prose+"The summit was on April 28, 2025.\n\nNext paragraph.\n")
	if len(probs) != 0 {
		t.Errorf("prose: problems %v", probs)
	}
	if got := at(t, s, "April 28"); got != [2]int{3, 49519} {
		t.Errorf("prose: April 28 at %v", got)
	}
	if !strings.Contains(s.Text, "Title\n"+strings.TrimSpace(prose)+" The summit") {
		t.Errorf("prose: the paragraph is not kept whole")
	}
	var blocks []string
	for _, b := range s.Blocks {
		blocks = append(blocks, b.Kind.String())
	}
	if strings.Join(blocks, " ") != "heading paragraph paragraph" {
		t.Errorf("prose: blocks %v", blocks)
	}

	// A run of links that never close, "[a](" a hundred thousand times:
	// minutes for the parser as it is, so the line is cut.
	links := strings.Repeat("[a](", 100_000)
	s, probs = readString(t, "a.md", "Before, 2024.\n\n"+links+"\n\nAfter, 2025.\n")
	if len(probs) != 1 || probs[0].Line != 3 || probs[0].Col != 16385 ||
		probs[0].Msg != "a line of over 16 KiB with nowhere to break it; the rest of the line is not read" {
		t.Errorf("links: problems %v", probs)
	}
	if !strings.Contains(s.Text, "Before, 2024.") || !strings.Contains(s.Text, "After, 2025.") {
		t.Errorf("links: text around the line lost")
	}
	checkSource(t, s)

	// A table row is never broken; text with no spaces is cut at a
	// character boundary.
	head := "|" + strings.Repeat(" h |", 300) + "\n|" + strings.Repeat("---|", 300) + "\n"
	row := "| " + strings.Repeat("cell words | ", 300) + "\n"
	s, probs = readString(t, "a.md", head+row+"\n"+strings.Repeat("漢字", 4000)+"\n")
	if len(probs) != 1 || probs[0].Line != 5 {
		t.Errorf("table: problems %v", probs)
	}
	cells := 0
	for _, b := range s.Blocks {
		if b.Kind == TableCell {
			cells++
		}
	}
	if cells != 600 {
		t.Errorf("table: %d cells", cells)
	}
	if !utf8.ValidString(s.Text) {
		t.Errorf("cut inside a character")
	}
}

func TestZeroSourcePosition(t *testing.T) {
	var s Source
	if l, c := s.Position(5); l != 1 || c != 1 {
		t.Errorf("zero Source: %d:%d", l, c)
	}
}
