package annotations

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSuggestReplyPacked(t *testing.T) {
	kp := Reason{From: FromPattern, Text: "pattern line 1 (kp)", Pattern: `"kp"`}
	want := SuggestReply{
		Suggestions: []Suggestion{
			sug(12, 21, "ENTITY", kp),
			sug(0, 7, "ENTITY", pat("2")), // out of order: starts go back too
			sug(28, 35, "ENTITY", pat("2"), again),
			sug(40, 49, "BOILERPLATE"),
			sug(40, 49, "ENTITY", kp),
		},
		Refused:  []string{"line 3: not JSON"},
		Patterns: 2,
	}
	b, err := want.MarshalBinary()
	must(t, err)
	var got SuggestReply
	must(t, got.UnmarshalBinary(b))
	if diff := cmp.Diff(want, got, emptyEdits); diff != "" {
		t.Errorf("packed and read back (-want +got):\n%s", diff)
	}
	for cut := range len(b) - 1 {
		var r SuggestReply
		if err := r.UnmarshalBinary(b[:cut]); err == nil && len(r.Suggestions) == len(want.Suggestions) {
			t.Errorf("a reply cut to %d of %d bytes reads whole", cut, len(b))
		}
	}
}

func FuzzSuggestReply(f *testing.F) {
	b, _ := SuggestReply{Suggestions: []Suggestion{sug(1, 4, "ENTITY", pat("1"))}}.MarshalBinary()
	f.Add(b)
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, b []byte) {
		var r SuggestReply
		if r.UnmarshalBinary(b) != nil {
			return
		}
		again, err := r.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back SuggestReply
		if err := back.UnmarshalBinary(again); err != nil {
			t.Fatalf("a reply read cannot be read again once packed: %v", err)
		}
	})
}
