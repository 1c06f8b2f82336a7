package render

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestShardWords(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Whose("alice", "news-alice"), "alice's · news-alice"},
		{Whose("alice", ""), "alice's"},
		{Split([]string{"news-a.jsonl", "news-b.jsonl"}, 0.4, 10, 5), "Split into 2 files: news-a.jsonl, news-b.jsonl. 5 of the 10 documents are in every one (an overlap of 40%, drawn by each text's hash)."},
		{Split([]string{"x-a.jsonl"}, 0.125, 8, 1), "Split into 1 file: x-a.jsonl. 1 of the 8 documents is in every one (an overlap of 12.5%, drawn by each text's hash)."},
		{Split([]string{"x-a.jsonl", "x-b.jsonl"}, 0, 8, 0), "Split into 2 files: x-a.jsonl, x-b.jsonl."},
	} {
		if diff := cmp.Diff(c.want, c.got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
}
