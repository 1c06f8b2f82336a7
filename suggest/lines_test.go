package suggest

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
	"spantag/boiler"
	"spantag/learn"
	"spantag/learn/corpus"
)

// lineCounts scores the boilerplate lines suggested in d against those
// confirmed (covered by its BOILERPLATE spans), and gives the reasons.
func lineCounts(t *testing.T, dataset string, d *annotations.Document) (c annotations.ModelCounts, reasons []string) {
	t.Helper()
	job := annotations.SuggestJob{Dataset: dataset, Text: d.Text, Labels: modelLabels}
	job.Assist.Turn(annotations.FromBoilerplate, true)
	job.Assist.Turn(annotations.FromPattern, false)
	job.Assist.Turn(annotations.FromOccurrence, false)
	suggested := map[int]bool{}
	for _, g := range Suggest(job).Suggestions {
		suggested[g.Start] = true
		reasons = append(reasons, g.Reasons[0].Text)
	}
	for _, dec := range boiler.NewCorpus().Decide(boiler.Page{Text: d.Text}, boiler.DefaultThreshold) {
		line := strings.TrimSpace(d.Text[dec.Start:dec.End])
		if line == "" {
			continue
		}
		start := dec.Start + strings.Index(d.Text[dec.Start:dec.End], line)
		yes, want := suggested[start], confirmedBoilerplate(d, dec, "BOILERPLATE")
		switch {
		case yes && want:
			c.TP++
		case yes:
			c.FP++
		case want:
			c.FN++
		}
	}
	return c, reasons
}

func add(a, b annotations.ModelCounts) annotations.ModelCounts {
	return annotations.ModelCounts{TP: a.TP + b.TP, FP: a.FP + b.FP, FN: a.FN + b.FN}
}

// TestLineModelReplacesTheHeuristic: an annotator who confirms the site's
// template lines and rejects the headlines and bylines the heuristic also
// suggests: once the model learnt from twenty such documents, its
// decisions replace the heuristic's, with both in the reason, and follow
// the annotator better than the heuristic does.
func TestLineModelReplacesTheHeuristic(t *testing.T) {
	const dataset = "lines"
	docs := fedTo(dataset, corpus.Generate(11, 40))
	var heuristic, model annotations.ModelCounts
	for _, d := range docs[20:] {
		counts, reasons := lineCounts(t, dataset, d)
		heuristic = add(heuristic, counts)
		for _, r := range reasons {
			if strings.Contains(r, "(model)") {
				t.Fatalf("a model's reason %q before the model learnt anything", r)
			}
		}
	}
	for i, d := range docs[:20] {
		if _, err := models.Learn(annotations.ModelLearnJob{Dataset: dataset, Labels: modelLabels, Doc: i, Answer: annotations.Accept, Text: d.Text, Spans: d.Spans}); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range docs[20:] {
		counts, reasons := lineCounts(t, dataset, d)
		model = add(model, counts)
		for _, r := range reasons {
			if !strings.HasPrefix(r, "boilerplate ") || !strings.Contains(r, " (model), heuristic ") {
				t.Fatalf("a reason %q: want the model's score and the heuristic's", r)
			}
		}
	}
	f1 := func(c annotations.ModelCounts) float64 { return float64(2*c.TP) / float64(2*c.TP+c.FP+c.FN) }
	t.Logf("lines of 20 documents: heuristic %+v (F1 %.2f), model %+v (F1 %.2f)", heuristic, f1(heuristic), model, f1(model))
	if f1(model) < 0.9 || f1(model) <= f1(heuristic) {
		t.Errorf("the line model's F1 %.2f: want over 0.9 and over the heuristic's %.2f", f1(model), f1(heuristic))
	}
}

// TestModelScoresItsLines: once its line classifier is trained, the model
// suggests the lines it decides are boilerplate, as its own suggestions,
// and its scores count them as it suggested them, each document scored
// before the model learns it (the chart read 0 suggested while the model
// decided every line); before, every line confirmed is missed.
func TestModelScoresItsLines(t *testing.T) {
	const dataset = "scored"
	docs := fedTo(dataset, corpus.Generate(12, 30))
	var want []annotations.ModelCounts
	var reply annotations.ModelReply
	for i, d := range docs {
		shown, err := models.Suggest(annotations.ModelSuggestJob{Dataset: dataset, Labels: modelLabels, Threshold: 0.5, Text: d.Text})
		if err != nil {
			t.Fatal(err)
		}
		var lines []learn.Suggestion
		for _, g := range shown {
			if g.Label == "BOILERPLATE" {
				lines = append(lines, learn.Suggestion{Start: g.Start, End: g.End, Label: g.Label})
			}
		}
		want = append(want, annotations.ModelCounts(learn.Compare(lines, d.Spans, []string{"BOILERPLATE"})[0]))
		if reply, err = models.Learn(annotations.ModelLearnJob{Dataset: dataset, Labels: modelLabels, Threshold: 0.5, Doc: i, Answer: annotations.Accept, Text: d.Text, Spans: d.Spans}); err != nil {
			t.Fatal(err)
		}
	}
	at := slices.Index(reply.Scores.Labels, "BOILERPLATE")
	var got []annotations.ModelCounts
	for _, doc := range reply.Scores.Docs {
		got = append(got, doc[at])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("BOILERPLATE scores per document (-as the model suggested +as scored):\n%s", diff)
	}
	if got[0].TP+got[0].FP != 0 || got[0].FN == 0 || got[len(got)-1].TP == 0 {
		t.Errorf("first document %+v, last %+v: want nothing suggested before the classifier learnt, lines right after", got[0], got[len(got)-1])
	}
}
