package curve

import (
	"fmt"
	"io"
	"slices"

	"spantag/annotations"
	"spantag/boiler"
	"spantag/learn"
)

// Run trains a model of labels on docs in order, scoring each document's
// suggestions (at threshold or above) before training on it; the
// boilerplate heuristic's suggestions stand for the line classifier's until
// it is trained (see learn.LineClassifier.Trained). heuristic
// scores the boilerplate heuristic's own suggestions (package boiler, which
// sees every document's lines, as the page's dataset does) for comparison.
func Run(docs []*annotations.Document, labels learn.Labels, threshold float64) (eval, heuristic *learn.Evaluation, err error) {
	m, err := learn.New(labels)
	if err != nil {
		return nil, nil, err
	}
	dataset := boiler.NewCorpus()
	for _, d := range docs {
		dataset.Add(d.Text)
	}
	eval, heuristic = &learn.Evaluation{Labels: labels.All()}, &learn.Evaluation{Labels: []string{labels.Boilerplate}}
	for _, d := range docs {
		decisions, evidence := dataset.Evidence(boiler.Page{Text: d.Text}, boiler.DefaultThreshold)
		sugg := m.Suggest(d)
		var byHeuristic []learn.Suggestion
		for i, dec := range decisions {
			// the line as the page suggests it; none for an empty line
			r, err := d.BlockSpan(dec.Start, labels.Boilerplate)
			if evidence[i] == nil || err != nil {
				continue
			}
			if dec.Score >= boiler.DefaultThreshold {
				byHeuristic = append(byHeuristic, learn.Suggestion{Start: r.Start, End: r.End, Label: labels.Boilerplate, Score: dec.Score})
			}
			if p := m.Lines.Prob(evidence[i]); m.Lines.Trained() && p > 0.5 {
				sugg = append(sugg, learn.Suggestion{Start: r.Start, End: r.End, Label: labels.Boilerplate, Score: p})
			}
		}
		if !m.Lines.Trained() { // the heuristic decides until then, as in the page
			sugg = append(sugg, byHeuristic...)
		}
		sugg = m.OutsideBoilerplate(sugg, boilerplateLines(sugg, labels.Boilerplate)) // as the page suggests them
		eval.Add(learn.Above(sugg, threshold), d.Spans)
		heuristic.Add(learn.Above(byHeuristic, threshold), d.Spans)
		m.Learn(d)
		for i, dec := range decisions {
			if r, err := d.BlockSpan(dec.Start, labels.Boilerplate); evidence[i] != nil && err == nil {
				m.Lines.Learn(evidence[i], learn.Covers(d.Spans, labels.Boilerplate, annotations.Range{Start: r.Start, End: r.End}))
			}
		}
	}
	return eval, heuristic, nil
}

// boilerplateLines are the lines sugg suggests as boilerplate, in order.
func boilerplateLines(sugg []learn.Suggestion, label string) []annotations.Range {
	var out []annotations.Range
	for _, s := range sugg {
		if s.Label == label {
			out = append(out, annotations.Range{Start: s.Start, End: s.End})
		}
	}
	slices.SortFunc(out, func(a, b annotations.Range) int { return a.Start - b.Start })
	return out
}

// Buckets are the ranges of documents (1-based, inclusive) the curve sums:
// 1–10, 11–25, 26–50, 51–100, 101–200, then by 200.
func Buckets(n int) [][2]int {
	var out [][2]int
	from := 1
	for _, to := range []int{10, 25, 50, 100, 200} {
		if from > n {
			return out
		}
		out = append(out, [2]int{from, min(to, n)})
		from = to + 1
	}
	for ; from <= n; from += 200 {
		out = append(out, [2]int{from, min(from+199, n)})
	}
	return out
}

// Print writes the learning curve: a row per label and bucket, then those
// of the heuristic, its labels named with suffix.
func Print(w io.Writer, eval, heuristic *learn.Evaluation, suffix string) error {
	if _, err := fmt.Fprintf(w, "%-28s %-9s %9s %6s %9s %6s %6s\n", "label", "documents", "suggested", "right", "precision", "recall", "F1"); err != nil {
		return err
	}
	if err := rows(w, eval, ""); err != nil {
		return err
	}
	return rows(w, heuristic, suffix)
}

func rows(w io.Writer, eval *learn.Evaluation, suffix string) error {
	for i, label := range eval.Labels {
		for _, b := range Buckets(len(eval.Docs)) {
			c := eval.Total(b[0]-1, b[1])[i]
			_, err := fmt.Fprintf(w, "%-28s %-9s %9d %6d %9.3f %6.3f %6.3f\n", label+suffix, fmt.Sprintf("%d–%d", b[0], b[1]),
				c.TP+c.FP, c.TP, c.Precision(), c.Recall(), c.F1())
			if err != nil {
				return err
			}
		}
	}
	return nil
}
