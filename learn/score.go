package learn

import "spantag/annotations"

// Counts are the suggestions of one label that were confirmed exactly (TP),
// not confirmed (FP), and the confirmed spans nothing suggested (FN), with
// their precision, recall and F1: the same counts the page stores and charts.
type Counts = annotations.ModelCounts

// Compare scores a document's suggestions against the spans finally
// confirmed in it, per label of labels (in that order); a suggestion counts
// only if a confirmed span has its label and exactly its offsets. Other
// labels are left out.
func Compare(suggested []Suggestion, confirmed []annotations.Span, labels []string) []Counts {
	counts := make([]Counts, len(labels))
	index := map[string]int{}
	for i, l := range labels {
		index[l] = i
	}
	gold := map[annotations.Span]bool{}
	for _, s := range confirmed {
		if i, ok := index[s.Label]; ok && !gold[s] {
			gold[s] = true
			counts[i].FN++
		}
	}
	seen := map[annotations.Span]bool{}
	for _, s := range suggested {
		span := annotations.Span{Start: s.Start, End: s.End, Label: s.Label}
		i, ok := index[s.Label]
		if !ok || seen[span] {
			continue
		}
		seen[span] = true
		if gold[span] {
			counts[i].TP++
			counts[i].FN--
		} else {
			counts[i].FP++
		}
	}
	return counts
}

// Above keeps the suggestions scoring at least threshold.
func Above(suggested []Suggestion, threshold float64) []Suggestion {
	var out []Suggestion
	for _, s := range suggested {
		if s.Score >= threshold {
			out = append(out, s)
		}
	}
	return out
}

// Evaluation is a prequential record: for each document in the order it
// was answered, the counts of the suggestions made for it before the model
// trained on it, per label.
type Evaluation struct {
	Labels []string   `json:"labels"`
	Docs   [][]Counts `json:"docs"`
}

// Add scores one more document (see Compare).
func (e *Evaluation) Add(suggested []Suggestion, confirmed []annotations.Span) {
	e.Docs = append(e.Docs, Compare(suggested, confirmed, e.Labels))
}

// Total sums the counts of documents from..to-1 (0-based), per label.
func (e *Evaluation) Total(from, to int) []Counts {
	sum := make([]Counts, len(e.Labels))
	for _, doc := range e.Docs[max(from, 0):min(to, len(e.Docs))] {
		for i, c := range doc {
			sum[i].Add(c)
		}
	}
	return sum
}

// Running is the sum over the first k+1 documents, for each k: what a
// chart of running precision and recall shows.
func (e *Evaluation) Running() [][]Counts {
	out := make([][]Counts, len(e.Docs))
	sum := make([]Counts, len(e.Labels))
	for k, doc := range e.Docs {
		for i, c := range doc {
			sum[i].Add(c)
		}
		out[k] = append([]Counts(nil), sum...)
	}
	return out
}
