package corpus_test

import (
	"slices"
	"strings"
	"testing"

	"spantag/learn/corpus"
)

func TestGenerateIsDeterministic(t *testing.T) {
	a, b := corpus.Generate(1, 20), corpus.Generate(1, 20)
	for i := range a {
		if a[i].Text != b[i].Text || !slices.Equal(a[i].Spans, b[i].Spans) {
			t.Fatalf("document %d differs between two runs with the same seed", i+1)
		}
	}
	if corpus.Generate(2, 1)[0].Text == a[0].Text {
		t.Error("another seed gave the same first document")
	}
}

// TestSpansFitTokens checks that every span starts and ends on a token's
// edge, so the tagger can learn it exactly, and that the labels are where
// the rules put them.
func TestSpansFitTokens(t *testing.T) {
	for n, d := range corpus.Generate(1, 200) {
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, tok := range d.Tokens() {
			starts[tok.Start], ends[tok.End] = true, true
		}
		for _, s := range d.Spans {
			text := d.Text[s.Start:s.End]
			if !starts[s.Start] || !ends[s.End] {
				t.Fatalf("document %d: %s %q is not on token edges", n+1, s.Label, text)
			}
			if s.Label == corpus.Entity && (text[0] < 'A' || text[0] > 'Z' || strings.Contains(text, "Mayor")) {
				t.Fatalf("document %d: entity %q", n+1, text)
			}
			if s.Label == corpus.Claim && !strings.HasSuffix(text, ".") {
				t.Fatalf("document %d: claim %q is not a whole sentence", n+1, text)
			}
		}
	}
}
