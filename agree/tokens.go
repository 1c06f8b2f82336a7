package agree

import (
	"cmp"
	"slices"
	"sort"

	"spantag/annotations"
)

// coded is one version of a document seen token by token.
type coded struct {
	token []int      // per token: 0 for no span ("O"), else 1 + the label's index
	in    [][]bool   // per label, per token: inside a span of the label
	spans []spanToks // the spans with the tokens they overlap
}

// spanToks is a span with its label's index and the first and last tokens
// it overlaps.
type spanToks struct {
	annotations.Span
	label       int
	first, last int
}

// code reads v token by token. A token is in a span when they share a byte.
// Its label is that of the innermost span over it: the shortest, then the
// one that starts last, then the label that sorts first.
func code(tokens []annotations.Token, v Version, labelIndex map[string]int) coded {
	c := coded{token: make([]int, len(tokens)), in: make([][]bool, len(labelIndex))}
	for l := range c.in {
		c.in[l] = make([]bool, len(tokens))
	}
	for _, s := range distinct(v.Spans) {
		first := sort.Search(len(tokens), func(i int) bool { return tokens[i].End > s.Start })
		last := sort.Search(len(tokens), func(i int) bool { return tokens[i].Start >= s.End }) - 1
		c.spans = append(c.spans, spanToks{Span: s, label: labelIndex[s.Label], first: first, last: last})
	}
	painting := slices.Clone(c.spans)
	slices.SortFunc(painting, func(a, b spanToks) int {
		return cmp.Or(cmp.Compare(b.End-b.Start, a.End-a.Start), cmp.Compare(a.Start, b.Start), cmp.Compare(b.Label, a.Label))
	})
	for _, s := range painting { // outermost first, so inner spans paint over it
		for t := s.first; t <= s.last; t++ {
			c.token[t] = 1 + s.label
			c.in[s.label][t] = true
		}
	}
	return c
}

// distinct is spans sorted, each once: a version read from a file has no
// duplicates, but one made by hand may.
func distinct(spans []annotations.Span) []annotations.Span {
	spans = slices.Clone(spans)
	slices.SortFunc(spans, func(a, b annotations.Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Label, b.Label))
	})
	return slices.Compact(spans)
}

// SpanCounts are the spans two annotators made (of a label, or of all) and
// how many of each one's spans the other matched.
type SpanCounts struct {
	A        int `json:"spans_a"`
	B        int `json:"spans_b"`
	MatchedA int `json:"matched_a"`
	MatchedB int `json:"matched_b"`
}

func (c *SpanCounts) plus(o SpanCounts) {
	c.A, c.B, c.MatchedA, c.MatchedB = c.A+o.A, c.B+o.B, c.MatchedA+o.MatchedA, c.MatchedB+o.MatchedB
}

// f1 is the harmonic mean of precision MatchedA/A and recall MatchedB/B: 0
// when nothing matched, undefined when neither made a span. For exact
// matches MatchedA = MatchedB and it is 2·matched / (A + B).
func (c SpanCounts) f1(what string) Figure {
	if c.A+c.B == 0 {
		return undefined("neither annotator made " + what)
	}
	if c.MatchedA == 0 {
		return valued(0)
	}
	p := float64(c.MatchedA) / float64(c.A)
	r := float64(c.MatchedB) / float64(c.B)
	return valued(2 * p * r / (p + r))
}

// countSpans adds to exact and overlap, per label, the spans of a and b and
// those matched: exactly (same start, end and label) or by overlap (same
// label and a token in common).
func countSpans(a, b []spanToks, exact, overlap []SpanCounts) {
	countSide(a, b, exact, overlap, func(c *SpanCounts) (n, matched *int) { return &c.A, &c.MatchedA })
	countSide(b, a, exact, overlap, func(c *SpanCounts) (n, matched *int) { return &c.B, &c.MatchedB })
}

// countSide counts spans, and those of them that a span of others matches
// exactly and by overlap, in the fields of exact and overlap side picks.
func countSide(spans, others []spanToks, exact, overlap []SpanCounts, side func(*SpanCounts) (n, matched *int)) {
	in := spanSet(others)
	for _, s := range spans {
		n, matched := side(&exact[s.label])
		*n++
		if in[s.Span] {
			*matched++
		}
		n, matched = side(&overlap[s.label])
		*n++
		if hasOverlap(s, others) {
			*matched++
		}
	}
}

func spanSet(spans []spanToks) map[annotations.Span]bool {
	set := make(map[annotations.Span]bool, len(spans))
	for _, s := range spans {
		set[s.Span] = true
	}
	return set
}

// hasOverlap reports whether a span of others has s's label and shares a
// token with it.
func hasOverlap(s spanToks, others []spanToks) bool {
	return slices.ContainsFunc(others, func(o spanToks) bool {
		return o.label == s.label && o.first <= s.last && s.first <= o.last
	})
}
