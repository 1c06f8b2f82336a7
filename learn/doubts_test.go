package learn

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// TestNamedDoubts: of the least sure tokens and sentences, those at least
// half as unsure as the least sure are named, least sure first, tokens next
// to one another as one (unsure as the least sure of them), a text once,
// at most n; worked out by hand.
func TestNamedDoubts(t *testing.T) {
	// 0         1         2         3         4         5
	// 012345678901234567890123456789012345678901234567890123456789
	// The Harlow Ledger met Eastgate.
	// Eastgate and Kettleby said so.
	text := "The Harlow Ledger met Eastgate.\nEastgate and Kettleby said so.\n"
	tok := func(start, end int, u float64) annotations.Doubt {
		return annotations.Doubt{Start: start, End: end, Unsure: u}
	}
	all := []annotations.Doubt{
		tok(0, 3, 0.28), tok(4, 10, 0.2), tok(11, 17, 0.28), tok(18, 21, 0.01), tok(22, 30, 0.3),
		tok(32, 40, 0.3), tok(45, 53, 0.1),
		{Start: 32, End: 62, Sentence: true, Unsure: 0.16},
	}
	tests := []struct {
		n    int
		want []annotations.Doubt
	}{
		{3, []annotations.Doubt{tok(22, 30, 0.3), tok(0, 17, 0.28), {Start: 32, End: 62, Sentence: true, Unsure: 0.16}}},
		{1, []annotations.Doubt{tok(22, 30, 0.3)}},
	}
	if got := namedDoubts("  ", nil, 3); got != nil {
		t.Errorf("a text of no token: %v", got)
	}
	for _, tt := range tests {
		got := namedDoubts(text, append([]annotations.Doubt(nil), all...), tt.n)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("n=%d (-want +got):\n%s", tt.n, diff)
		}
	}
}

// TestNamedDoubtsLeavePunctuation: a punctuation token the model is unsure of is
// not named, nor joined to its neighbours ("“Northwick.”", "“. Critics”": QA pass
// 19, L4).
func TestNamedDoubtsLeavePunctuation(t *testing.T) {
	text := "Northwick. Critics"
	tok := func(start, end int, u float64) annotations.Doubt {
		return annotations.Doubt{Start: start, End: end, Unsure: u}
	}
	all := []annotations.Doubt{tok(0, 9, 0.3), tok(9, 10, 0.35), tok(11, 18, 0.25)}
	want := []annotations.Doubt{tok(0, 9, 0.3), tok(11, 18, 0.25)}
	if diff := cmp.Diff(want, namedDoubts(text, all, 3)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
