package curve

import (
	"fmt"
	"path/filepath"
	"testing"

	"spantag/learn"
)

// TestQueues: every queue of ../testdata reads, and the models learn each well
// enough over its last pages (26 on), scored before training on each: F1 at least
// the floor, a little below what they reach now (README), so that a change that
// makes them learn worse fails here.
func TestQueues(t *testing.T) {
	floors := map[string][3]float64{ // ENTITY, CLAIM, BOILERPLATE
		"uk-daily":    {0.89, 0.78, 0.97},
		"us-city":     {0.88, 0.8, 0.97},
		"wire":        {0.86, 0.9, 0.97},
		"de-regional": {0.72, 0.77, 0.97},
	}
	for name, floor := range floors {
		docs, err := readMarked(filepath.Join("..", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) < 40 {
			t.Errorf("%s: %d pages, want at least 40", name, len(docs))
		}
		eval, _, err := Run(docs, learn.DefaultLabels, 0)
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range eval.Total(25, len(docs)) {
			t.Logf("%s %s: %s", name, eval.Labels[i], fmt.Sprintf("P %.3f R %.3f F1 %.3f", c.Precision(), c.Recall(), c.F1()))
			if c.F1() < floor[i] {
				t.Errorf("%s: %s F1 over pages 26–%d = %.3f, want at least %.2f", name, eval.Labels[i], len(docs), c.F1(), floor[i])
			}
		}
	}
}
