package learn

import (
	"sort"
)

// LineClassifier decides whether a line is boilerplate from the evidence
// the caller gives for it, as named features (for example "repeats": the
// share of the dataset's documents holding the line, "words": its length
// in words / 20): logistic regression whose weights learn from the lines
// the annotator accepted, rejected and tagged. Values of about unit scale
// (0..1) learn best; a name the model has not seen counts for nothing until
// it is learnt.
type LineClassifier struct {
	model logistic
}

func newLineClassifier() *LineClassifier { return &LineClassifier{model: newLogistic()} }

// tLine is the template of the line features' names.
const tLine byte = 96

// lineFeatures hashes the named features in the order of their names, so
// that the sum, and so the result, never depends on map order.
func lineFeatures(evidence map[string]float64) []fv {
	names := make([]string, 0, len(evidence))
	for n := range evidence {
		names = append(names, n)
	}
	sort.Strings(names)
	x := make([]fv, len(names))
	for i, n := range names {
		x[i] = fv{feature(tLine).str(n), evidence[n]}
	}
	return x
}

// Learn learns that the line with evidence is boilerplate or not.
func (c *LineClassifier) Learn(evidence map[string]float64, boilerplate bool) {
	c.model.learn(lineFeatures(evidence), boilerplate)
}

// Prob is the probability that the line with evidence is boilerplate.
func (c *LineClassifier) Prob(evidence map[string]float64) float64 {
	return c.model.prob(lineFeatures(evidence))
}

// Learnt is how many lines the classifier learnt from, not boilerplate and
// boilerplate.
func (c *LineClassifier) Learnt() (lines, boilerplate int) { return c.model.seen[0], c.model.seen[1] }

// trainedAfter is how many lines of each kind the classifier must have
// learnt from before its decisions replace the heuristic's.
const trainedAfter = 10

// Trained reports whether the classifier learnt from enough lines of each
// kind for its decisions to replace the heuristic's; until then a caller
// keeps the heuristic's (and should give its score as evidence, so that the
// classifier starts from it).
func (c *LineClassifier) Trained() bool {
	return c.model.seen[0] >= trainedAfter && c.model.seen[1] >= trainedAfter
}
