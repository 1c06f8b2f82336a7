package learn

import (
	"math"
	"slices"

	"spantag/annotations"
)

// unsureItems is how many of a document's least certain tokens and
// sentences its uncertainty averages: enough not to hang on one token, few
// enough that a long, mostly plain document is not taken for a sure one.
const unsureItems = 10

// Uncertainty is how unsure the model is of d, in 0..1: the mean of the
// uncertainties of its least certain tokens (e^-margin: only near ties
// count, unlike a suggestion's score, whose scale spreads the margins out
// for a threshold) and sentences (1 - |2p - 1| for the claim probability
// p). On the generated corpus, documents picked by it teach more than those
// in file order (TestActiveLearningHelps); with the suggestions' scale,
// they do not.
func (m *Model) Uncertainty(d *annotations.Document) float64 {
	s := segment(d)
	_, margins := m.Entities.predict(s)
	_, probs := m.Claims.predict(s)
	u := make([]float64, 0, len(margins)+len(probs))
	for _, margin := range margins {
		u = append(u, math.Exp(-max(margin, 0)))
	}
	for _, p := range probs {
		u = append(u, 1-math.Abs(2*p-1))
	}
	return meanOfHighest(u, unsureItems)
}

func meanOfHighest(u []float64, k int) float64 {
	if len(u) == 0 {
		return 0
	}
	slices.Sort(u)
	top := u[max(len(u)-k, 0):]
	sum := 0.0
	for _, x := range top {
		sum += x
	}
	return sum / float64(len(top))
}

// PickNext is the index, among the first window of the documents still to
// annotate in queue order, of the one the model is least sure of (given
// their uncertainties); the earliest wins a tie, and -1 means none.
func PickNext(uncertainties []float64, window int) int {
	best := -1
	for i, u := range uncertainties[:min(window, len(uncertainties))] {
		if best < 0 || u > uncertainties[best] {
			best = i
		}
	}
	return best
}
