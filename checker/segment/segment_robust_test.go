package segment

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/factlint/factlint/checker/source"
)

// TestHostileText splits texts built to be slow or confusing: one word of
// a megabyte, a megabyte with no sentence end, abbreviations and dots by
// the hundred thousand, line endings of every kind. Units must stay
// inside their blocks, in order (checkUnits), and the words be kept.
func TestHostileText(t *testing.T) {
	tests := map[string]string{
		"long word":       strings.Repeat("x", 1<<18) + ". Next sentence here.",
		"no sentence end": strings.Repeat("and then ", 30_000),
		"abbreviations":   strings.Repeat("U.S. Dr. Jan. e.g. ", 8_000) + "End.",
		"dots":            strings.Repeat(".", 50_000) + " x",
		"ellipses":        strings.Repeat("Wait... ", 12_000),
		"quotes":          strings.Repeat("“He said.” ", 12_000),
		"line endings":    strings.Repeat("One.\rTwo.\r\nThree.\n\n", 5_000),
		"bullets":         strings.Repeat("- item one\n* item two\n1. item three\n", 5_000),
		"brackets":        strings.Repeat("x.[", 30_000) + "]",
		"digits":          strings.Repeat("1,", 50_000) + strings.Repeat("1.", 50_000),
	}
	for name, text := range tests {
		for _, file := range []string{"a.txt", "a.md"} {
			s, _, err := source.Read(source.Input{FS: fstest.MapFS{file: {Data: []byte(text)}}, Name: file}, source.Options{})
			if err != nil || s == nil {
				t.Fatalf("%s %s: %v", name, file, err)
			}
			us := Split(s)
			checkUnits(t, s, us)
			if len(s.Text) > 0 && len(us) == 0 && strings.TrimSpace(s.Text) != "" && file == "a.txt" {
				t.Errorf("%s %s: no units", name, file)
			}
		}
	}
}

// A long run with no space is one word however many periods it holds,
// and the sentence after it still starts afresh.
func TestLongRunEndsOnce(t *testing.T) {
	run := strings.Repeat("1.", 50_000)
	text := "Build " + run + "It stays. The end."
	var got []string
	for _, sp := range splitSentences(text) {
		got = append(got, text[sp[0]:sp[1]])
	}
	if len(got) != 2 || got[1] != " The end." {
		t.Errorf("sentences %q", got)
	}
}
