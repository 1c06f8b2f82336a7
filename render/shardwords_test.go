package render

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestShardWords(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Whose("alice", "news-alice"), "alice's · news-alice"},
		{Whose("alice", ""), "alice's"},
		{Split([]string{"news-a.jsonl", "news-b.jsonl"}, 0.1), "Split into 2 files, with 10% of the documents in every one: news-a.jsonl, news-b.jsonl."},
		{Split([]string{"x-a.jsonl"}, 0.125), "Split into 1 file, with 12.5% of the documents in every one: x-a.jsonl."},
	} {
		if diff := cmp.Diff(c.want, c.got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
}
