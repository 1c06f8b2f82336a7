package annotations

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestModelReplyPacked(t *testing.T) {
	for _, r := range []ModelReply{
		{},
		{Learnt: []int{3, 1}, Retrained: true, Scores: ModelScores{Labels: []string{"ENTITY"}, Docs: [][]ModelCounts{{{TP: 1, FP: 2, FN: 3}}}},
			Model: []byte("spantag model\x00\xff"), Base: []byte{1, 2}},
		{Missing: []int{0, 4}, Model: []byte{9}},
	} {
		b, err := r.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got ModelReply
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(r, got); diff != "" {
			t.Errorf("packed and read back (-want +got):\n%s", diff)
		}
		for cut := range len(b) - 1 {
			var torn ModelReply
			_ = torn.UnmarshalBinary(b[:cut]) // an error or less, never a panic
		}
	}
}

func FuzzModelReplyUnpacked(f *testing.F) {
	b, _ := ModelReply{Learnt: []int{1}, Model: []byte("m")}.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		var r ModelReply
		if r.UnmarshalBinary(b) != nil {
			return
		}
		again, err := r.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back ModelReply
		if err := back.UnmarshalBinary(again); err != nil {
			t.Fatalf("a reply read back does not read again: %v", err)
		}
	})
}
