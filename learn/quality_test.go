package learn_test

import (
	"testing"

	"spantag/annotations"
	"spantag/learn"
	"spantag/learn/corpus"
)

// TestEntitiesOnUnseenNames trains on the first 50 documents of the
// corpus, then scores the next 50 counting only names that none of the 50
// holds, in what was confirmed and in what was suggested: a model that
// looked names up would score 0.
func TestEntitiesOnUnseenNames(t *testing.T) {
	docs := generated(100)
	m := trained(t, docs[:50])
	seen := textsOf(docs[:50], "ENTITY")
	var total learn.Counts
	unseen := 0
	for _, d := range docs[50:] {
		keep := func(start, end int, label string) bool { return label == "ENTITY" && !seen[d.Text[start:end]] }
		var sugg []learn.Suggestion
		for _, s := range m.Suggest(d) {
			if keep(s.Start, s.End, s.Label) {
				sugg = append(sugg, s)
			}
		}
		var gold []annotations.Span
		for _, s := range d.Spans {
			if keep(s.Start, s.End, s.Label) {
				gold = append(gold, s)
			}
		}
		unseen += len(gold)
		total.Add(learn.Compare(sugg, gold, []string{"ENTITY"})[0])
	}
	t.Logf("unseen names: %d confirmed; precision %.3f recall %.3f F1 %.3f", unseen, total.Precision(), total.Recall(), total.F1())
	if unseen < 200 || total.F1() <= 0.9 {
		t.Errorf("entity F1 on %d unseen names = %.3f, want > 0.9 over at least 200", unseen, total.F1())
	}
}

// TestClaimsAfter50 trains on 50 documents and scores the next 50.
func TestClaimsAfter50(t *testing.T) {
	docs := generated(100)
	m := trained(t, docs[:50])
	var total learn.Counts
	for _, d := range docs[50:] {
		total.Add(learn.Compare(m.Suggest(d), d.Spans, []string{"CLAIM"})[0])
	}
	t.Logf("claims: %+v precision %.3f recall %.3f F1 %.3f", total, total.Precision(), total.Recall(), total.F1())
	if total.TP+total.FN < 100 || total.F1() <= 0.8 {
		t.Errorf("claim F1 = %.3f over %d claims, want > 0.8 over at least 100", total.F1(), total.TP+total.FN)
	}
}

// TestEntityKinds tells people, places and organisations apart: trained on
// 50 documents, scored on the next 50, every kind above 0.9.
func TestEntityKinds(t *testing.T) {
	docs := corpus.GenerateKinds(corpusSeed, 100)
	kinds := []string{corpus.Person, corpus.Place, corpus.Org}
	m, err := learn.Train(learn.Labels{Entities: kinds, Claim: "CLAIM", Boilerplate: "BOILERPLATE"}, docs[:50])
	if err != nil {
		t.Fatal(err)
	}
	total := make([]learn.Counts, len(kinds))
	for _, d := range docs[50:] {
		for i, c := range learn.Compare(m.Suggest(d), d.Spans, kinds) {
			total[i].Add(c)
		}
	}
	for i, c := range total {
		t.Logf("%s: %+v F1 %.3f", kinds[i], c, c.F1())
		if c.TP+c.FN < 50 || c.F1() <= 0.9 {
			t.Errorf("%s: F1 %.3f over %d, want > 0.9 over at least 50", kinds[i], c.F1(), c.TP+c.FN)
		}
	}
}
