package findings

import (
	"testing"

	"github.com/factlint/factlint/checker/claims"
	"github.com/factlint/factlint/checker/recognize"
	"github.com/factlint/factlint/rules"
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
		{"takes office", "appointment", "appointment"},
	} {
		if got := eventNoun(&claims.Claim{Word: tc.word, Class: tc.class}); got != tc.want {
			t.Errorf("eventNoun(%q, %q) = %q, want %q", tc.word, tc.class, got, tc.want)
		}
	}
}

// TestFirstTimeSubject: the first time a thing was done reads as such.
func TestFirstTimeSubject(t *testing.T) {
	year := func(about string) *claims.Claim {
		return &claims.Claim{Kind: rules.KindEventDate, Class: "first-synthesized", About: about, Value: claims.Val{Value: recognize.Value{Norm: "2011"}}}
	}
	for _, tc := range []struct {
		cs   []*claims.Claim
		want string
	}{
		{[]*claims.Claim{year("Zelpravir"), year("Zelpravir")}, "year Zelpravir was first synthesized"},
		{[]*claims.Claim{year(""), year("")}, "year first synthesized"},
	} {
		if got := subjectOf(tc.cs); got != tc.want {
			t.Errorf("subjectOf = %q, want %q", got, tc.want)
		}
	}
}

// TestSubjectLeavesOutDatelineCapitals: a subject written in capitals
// because a dateline opened the sentence is left out; an acronym is kept.
func TestSubjectLeavesOutDatelineCapitals(t *testing.T) {
	closing := func(about string) *claims.Claim {
		return &claims.Claim{Kind: rules.KindEventDate, Class: "closing", Word: "will close", About: about, Value: claims.Val{Value: recognize.Value{Norm: "2027-07-31"}}}
	}
	for _, tc := range []struct {
		about, want string
	}{
		{"KESTREL BAY", "date of the closing"},
		{"FDA", "date of the FDA closing"},
		{"Kestrel Bay", "date of the Kestrel Bay closing"},
		{"The authority", "date of the authority closing"},
	} {
		if got := subjectOf([]*claims.Claim{closing(tc.about)}); got != tc.want {
			t.Errorf("subjectOf(about %q) = %q, want %q", tc.about, got, tc.want)
		}
	}
}
