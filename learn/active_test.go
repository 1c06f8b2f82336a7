package learn_test

import (
	"slices"
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

// TestActiveLearningHelps learns 5 to 30 documents out of the first 150 of
// the corpus, in file order or each time the most uncertain of the next 20
// (PickNext), and scores entities on the last 50: picking helps.
func TestActiveLearningHelps(t *testing.T) {
	docs := generated(200)
	pool, held := docs[:150], docs[150:]
	f1 := func(m *learn.Model) float64 {
		var c learn.Counts
		for _, d := range held {
			c.Add(learn.Compare(m.Suggest(d), d.Spans, []string{"ENTITY"})[0])
		}
		return c.F1()
	}
	for _, n := range []int{5, 10, 15, 20, 30} {
		active := trained(t, nil)
		queue := slices.Clone(pool)
		for range n {
			u := make([]float64, min(20, len(queue)))
			for i := range u {
				u[i] = active.Uncertainty(queue[i])
			}
			next := learn.PickNext(u, 20)
			active.Learn(queue[next])
			queue = slices.Delete(queue, next, next+1)
		}
		inOrder, picked := f1(trained(t, pool[:n])), f1(active)
		t.Logf("%d documents: entity F1 %.3f in file order, %.3f picked by uncertainty", n, inOrder, picked)
		if picked <= inOrder {
			t.Errorf("%d documents: picked by uncertainty %.3f, not above file order %.3f", n, picked, inOrder)
		}
	}
}
