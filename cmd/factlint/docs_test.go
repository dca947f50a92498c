package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/factlint/factlint/rules"
)

// docExample is one fenced block of a Markdown document: a file, when a
// line such as "`pack.yaml`:" names it, or a console transcript.
type docExample struct {
	line int    // of the opening fence
	lang string // the fence's info string
	name string // the file's name, for a file
	body string
}

var fileCaption = regexp.MustCompile("^`([^`]+)`:$")

// docBlocks returns the fenced blocks of a Markdown document in order.
func docBlocks(doc string) []docExample {
	var out []docExample
	lines := strings.Split(doc, "\n")
	caption := ""
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if m := fileCaption.FindStringSubmatch(l); m != nil {
			caption = m[1]
			continue
		}
		if !strings.HasPrefix(l, "```") {
			if strings.TrimSpace(l) != "" {
				caption = ""
			}
			continue
		}
		ex := docExample{line: i + 1, lang: strings.TrimSpace(strings.TrimPrefix(l, "```")), name: caption}
		var body []string
		for i++; i < len(lines) && !strings.HasPrefix(lines[i], "```"); i++ {
			body = append(body, lines[i])
		}
		if len(body) > 0 {
			ex.body = strings.Join(body, "\n") + "\n"
		}
		out = append(out, ex)
		caption = ""
	}
	return out
}

// TestDocsRules runs docs/rules.md: each file it shows is written to one
// folder (a later file replaces an earlier one of the same name), each
// pack and configuration file it shows must load unless its name starts
// with "bad", and each command of a console transcript is run there in
// order and must print what the transcript shows ("$ echo $?" shows the
// previous command's exit status). The document cannot drift from the code.
func TestDocsRules(t *testing.T) {
	doc, err := os.ReadFile("../../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	commands := 0
	for _, ex := range docBlocks(string(doc)) {
		where := fmt.Sprintf("docs/rules.md:%d", ex.line)
		switch {
		case ex.name != "":
			if err := os.WriteFile(filepath.Join(dir, ex.name), []byte(ex.body), 0o644); err != nil {
				t.Fatal(err)
			}
			if ex.lang == "yaml" && !strings.HasPrefix(ex.name, "bad") {
				checkDocYAML(t, where, ex)
			}
		case ex.lang == "yaml":
			t.Errorf("%s: a YAML example without a file name (write `name.yaml`: above it) is not tested", where)
		case ex.lang == "console":
			commands += runTranscript(t, where, ex.body)
		}
	}
	if commands < 10 {
		t.Errorf("ran only %d commands from docs/rules.md; were the examples lost?", commands)
	}
}

// checkDocYAML loads a pack or a configuration file shown in the docs.
func checkDocYAML(t *testing.T, where string, ex docExample) {
	t.Helper()
	var err error
	if strings.Contains(ex.name, "factlint") {
		_, err = parseConfig(ex.name, []byte(ex.body))
	} else {
		err = rules.Builtin().Load(ex.name, []byte(ex.body))
	}
	if err != nil {
		t.Errorf("%s: %s does not load:\n%v", where, ex.name, err)
	}
}

// runTranscript runs each "$ factlint ..." line of a console block and
// compares what it prints (stdout, then stderr) with the lines after it.
// It returns the number of commands run.
func runTranscript(t *testing.T, where, body string) int {
	t.Helper()
	type step struct{ cmd, want string }
	var steps []step
	for _, l := range strings.SplitAfter(body, "\n") {
		if cmd, ok := strings.CutPrefix(l, "$ "); ok {
			steps = append(steps, step{cmd: strings.TrimSpace(cmd)})
			continue
		}
		if len(steps) == 0 {
			t.Errorf("%s: output before the first command", where)
			return 0
		}
		steps[len(steps)-1].want += l
	}
	status := 0
	for _, s := range steps {
		args := strings.Fields(s.cmd)
		var got string
		switch {
		case s.cmd == "echo $?":
			got = strconv.Itoa(status) + "\n"
		case len(args) > 0 && args[0] == "factlint":
			var stdout, stderr bytes.Buffer
			status = run(args[1:], &stdout, &stderr)
			got = stdout.String() + stderr.String()
		default:
			t.Errorf("%s: cannot run %q", where, s.cmd)
			continue
		}
		if got != s.want {
			t.Errorf("%s: $ %s\ngot:\n%swant:\n%s", where, s.cmd, got, s.want)
		}
	}
	return len(steps)
}
