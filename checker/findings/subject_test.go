package findings

import (
	"testing"

	"github.com/factlint/factlint/checker/claims"
)

// TestEventNoun: the words for an event name it when they are a noun; a
// verb or a phrase such as "into service" gives way to the event's class.
func TestEventNoun(t *testing.T) {
	for _, tc := range []struct{ word, class, want string }{
		{"summit", "meeting", "summit"},
		{"laid down", "construction", "construction"},
		{"commissioned", "commissioning: crane", "commissioning"},
		{"into service", "commissioning", "commissioning"},
		{"unseen since", "last-sighting", "last-sighting"},
	} {
		if got := eventNoun(&claims.Claim{Word: tc.word, Class: tc.class}); got != tc.want {
			t.Errorf("eventNoun(%q, %q) = %q, want %q", tc.word, tc.class, got, tc.want)
		}
	}
}
