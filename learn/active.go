package learn

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"

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
	doubts := m.doubts(segment(d))
	u := make([]float64, len(doubts))
	for i, x := range doubts {
		u[i] = x.Unsure
	}
	return meanOfHighest(u, unsureItems)
}

// doubts is every token of d with its uncertainty, then every sentence.
func (m *Model) doubts(s segmented) []annotations.Doubt {
	_, margins := m.Entities.predict(s)
	_, probs := m.Claims.predict(s)
	out := make([]annotations.Doubt, 0, len(margins)+len(probs))
	for i, margin := range margins {
		out = append(out, annotations.Doubt{Start: s.toks[i].Start, End: s.toks[i].End, Unsure: math.Exp(-max(margin, 0))})
	}
	for i, p := range probs {
		out = append(out, annotations.Doubt{Start: s.sents[i].Start, End: s.sents[i].End, Sentence: true, Unsure: 1 - math.Abs(2*p-1)})
	}
	return out
}

// Doubts is what the model is least sure of in d, least sure first: of its
// unsureItems least certain tokens and sentences (those Uncertainty
// averages), those at least half as unsure as the least sure, tokens next
// to one another (but for spaces) as one ("Orton Vale"), punctuation left
// out, at most n of distinct texts, so that a person can be told why d was
// picked.
func (m *Model) Doubts(d *annotations.Document, n int) []annotations.Doubt {
	return namedDoubts(d.Text, m.doubts(segment(d)), n)
}

// namedDoubts is Doubts of all, the doubts of text.
func namedDoubts(text string, all []annotations.Doubt, n int) []annotations.Doubt {
	byUnsure := func(a, b annotations.Doubt) int { return cmp.Compare(b.Unsure, a.Unsure) }
	slices.SortStableFunc(all, byUnsure)
	top := all[:min(unsureItems, len(all))]
	top = slices.DeleteFunc(top, func(x annotations.Doubt) bool {
		return x.Unsure < all[0].Unsure/2 || !x.Sentence && !strings.ContainsFunc(text[x.Start:x.End], isWordRune)
	})
	slices.SortStableFunc(top, func(a, b annotations.Doubt) int { return cmp.Compare(a.Start, b.Start) })
	var runs []annotations.Doubt
	for _, x := range top {
		if k := len(runs) - 1; k >= 0 && nextTo(text, runs[k], x) {
			runs[k].End, runs[k].Unsure = x.End, max(runs[k].Unsure, x.Unsure)
		} else {
			runs = append(runs, x)
		}
	}
	slices.SortStableFunc(runs, byUnsure)
	var out []annotations.Doubt
	for _, x := range runs {
		said := slices.ContainsFunc(out, func(o annotations.Doubt) bool { return text[o.Start:o.End] == text[x.Start:x.End] })
		if !said && len(out) < n {
			out = append(out, x)
		}
	}
	return out
}

// isWordRune tells whether r is a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// nextTo tells whether token b follows token a in text, but for spaces.
func nextTo(text string, a, b annotations.Doubt) bool {
	if a.Sentence || b.Sentence {
		return false
	}
	return a.End <= b.Start && strings.TrimSpace(text[a.End:b.Start]) == "" && !strings.Contains(text[a.End:b.Start], "\n")
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
