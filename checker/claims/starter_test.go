package claims

import (
	"math/bits"
	"testing"

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
	for _, w := range lx.shapes {
		set += bits.OnesCount64(w)
	}
	t.Logf("%d starters, %d of %d shapes", len(lx.starters), set, len(lx.shapes)*64)
	if set > len(lx.shapes)*64/8 {
		t.Errorf("%d of %d shapes set: the filter spares few words", set, len(lx.shapes)*64)
	}
}
