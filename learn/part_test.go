package learn_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
	"spantag/learn"
)

// TestSuggestLines suggests for a long document three lines at a time:
// the same suggestions as all at once.
func TestSuggestLines(t *testing.T) {
	docs := generated(60)
	m := trained(t, docs[:50])
	var text string
	for _, d := range docs[50:] {
		text += d.Text
	}
	d, err := annotations.NewDocument(text + "no line break at the end, Anna Berg said.")
	if err != nil {
		t.Fatal(err)
	}
	var parts []learn.Suggestion
	for from := -3; from < len(d.Lines())+3; from += 3 {
		parts = append(parts, m.SuggestLines(d, from, from+3)...)
	}
	whole := m.Suggest(d)
	if len(whole) < 100 {
		t.Fatalf("only %d suggestions: the test cannot tell much", len(whole))
	}
	if diff := cmp.Diff(whole, parts); diff != "" {
		t.Errorf("(-all at once +three lines at a time):\n%s", diff)
	}
}
