package learn_test

import (
	"testing"

	"spantag/annotations"
	"spantag/learn"
	"spantag/learn/corpus"
	"spantag/learn/curve"
)

// corpusSeed is the seed of the corpus the tests and eval-learning use.
const corpusSeed = curve.CorpusSeed

// trained is a model trained on docs in order.
func trained(t testing.TB, docs []*annotations.Document) *learn.Model {
	t.Helper()
	m, err := learn.Train(learn.DefaultLabels, docs)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// learntFrom is a model that learnt pages, marked as curve.ReadMarked reads
// them, in order.
func learntFrom(t *testing.T, pages []string) *learn.Model {
	t.Helper()
	m, err := learn.New(learn.DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	for _, page := range pages {
		d, err := curve.ReadMarked(page, learn.DefaultLabels)
		if err != nil {
			t.Fatal(err)
		}
		m.Learn(d)
	}
	return m
}

func generated(n int) []*annotations.Document { return corpus.Generate(corpusSeed, n) }

// textsOf is the set of the texts of the spans of label in docs.
func textsOf(docs []*annotations.Document, label string) map[string]bool {
	seen := map[string]bool{}
	for _, d := range docs {
		for _, s := range d.Spans {
			if s.Label == label {
				seen[d.Text[s.Start:s.End]] = true
			}
		}
	}
	return seen
}
