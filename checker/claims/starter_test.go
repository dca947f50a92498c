package claims

import (
	"math/bits"
	"testing"

	"github.com/factlint/factlint/checker/words"
	"github.com/factlint/factlint/rules"
)

// TestStarterShapes checks that the shape filter never hides a starter and
// that it does spare most words the lookup.
func TestStarterShapes(t *testing.T) {
	lx := NewLexicon(rules.Builtin())
	for key := range lx.starters {
		if !lx.starter(key) {
			t.Errorf("starter(%q) = false, want true", key)
		}
	}
	set := 0
	for _, w := range lx.starterShapes {
		set += bits.OnesCount64(w)
	}
	t.Logf("%d starters, %d of %d shapes", len(lx.starters), set, len(lx.starterShapes)*64)
	if set > len(lx.starterShapes)*64/8 {
		t.Errorf("%d of %d shapes set: the filter spares few words", set, len(lx.starterShapes)*64)
	}
}

// TestVocabWords checks that one lookup of a word tells what each word
// list and vocabulary would.
func TestVocabWords(t *testing.T) {
	lx := NewLexicon(rules.Builtin())
	var keys []string
	for key := range lx.vocab {
		keys = append(keys, key)
	}
	keys = append(keys, "unheard", "m.d.", "md.", "md..", ".", "the", "")
	for _, key := range keys {
		w := lx.word(key)
		for _, c := range []struct {
			f    wordFlags
			want bool
		}{
			{fStarter, lx.starters[key]},
			{fNotName, notName[key]},
			{fPostNominal, isPostNominal(key)},
			{fThingHead, thingHeads[key]},
			{fHonorific, honorifics[key]},
		} {
			if w.has(c.f) != c.want {
				t.Errorf("word(%q) flag %b = %v, want %v", key, c.f, w.has(c.f), c.want)
			}
		}
		for _, c := range []struct {
			got  words.Candidates
			want *words.Phrases
		}{{w.roles, &lx.roles}, {w.entities, &lx.entities}, {w.events, &lx.events}, {w.measures, &lx.measures}} {
			if len(c.got) != len(c.want.Starting(key)) {
				t.Errorf("word(%q): %d phrases, want %d", key, len(c.got), len(c.want.Starting(key)))
			}
		}
	}
}

// TestTopWordsSuffix checks that the suffix isTopWord tests first hides
// none of topWords.
func TestTopWordsSuffix(t *testing.T) {
	for w := range topWords {
		if !isTopWord(w) {
			t.Errorf("isTopWord(%q) = false, want true", w)
		}
	}
	if isTopWord("larger") || isTopWord("best") {
		t.Error("isTopWord takes a word outside topWords")
	}
}
