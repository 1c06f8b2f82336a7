package learn_test

import (
	"testing"

	"spantag/learn"
)

func TestPickNext(t *testing.T) {
	for _, tt := range []struct {
		name   string
		u      []float64
		window int
		want   int
	}{
		{"the most uncertain", []float64{0.1, 0.8, 0.3}, 3, 1},
		{"only within the window", []float64{0.1, 0.2, 0.9}, 2, 1},
		{"the earliest of a tie", []float64{0.5, 0.7, 0.7}, 3, 1},
		{"a window past the end", []float64{0.4}, 10, 0},
		{"nothing left", nil, 5, -1},
		{"no window", []float64{0.4}, 0, -1},
	} {
		if got := learn.PickNext(tt.u, tt.window); got != tt.want {
			t.Errorf("%s: PickNext(%v, %d) = %d, want %d", tt.name, tt.u, tt.window, got, tt.want)
		}
	}
}

// TestUncertaintyFalls checks that the model is less unsure of documents
// like those it learnt from than an untrained model, which is unsure of
// everything.
func TestUncertaintyFalls(t *testing.T) {
	docs := generated(60)
	untrained, trainedOn50 := trained(t, nil), trained(t, docs[:50])
	for _, d := range docs[50:] {
		before, after := untrained.Uncertainty(d), trainedOn50.Uncertainty(d)
		if before != 1 || after >= before || after < 0 {
			t.Fatalf("uncertainty untrained %v, trained %v; want 1, then lower", before, after)
		}
	}
}
