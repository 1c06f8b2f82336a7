package learn

import (
	"sort"

	"spantag/annotations"
)

// BILUO tags: 0 is O (outside); entity label k has the tags 1+4k+position,
// position being B (begin), I (inside), L (last) or U (unit, one token).
const (
	posB = iota
	posI
	posL
	posU
	positions
)

const tagO = 0

// maxEntityLabels bounds the entity labels so that a feature's tags fit a
// 64-bit mask in the model file.
const maxEntityLabels = 15

func numTags(labels int) int { return 1 + positions*labels }

func entityTag(label, pos int) int { return 1 + positions*label + pos }

// tagParts is the label index and position of a tag other than O.
func tagParts(t int) (label, pos int) { return (t - 1) / positions, (t - 1) % positions }

// allowed reports whether tag next may follow tag prev (-1 at the start of
// a sequence): B and I go on with I or L of their label, anything else with
// O, B or U.
func allowed(prev, next int) bool {
	if p := position(prev); p != posB && p != posI {
		return next == tagO || position(next) == posB || position(next) == posU
	}
	l, _ := tagParts(prev)
	nl, np := tagParts(next)
	return next != tagO && nl == l && (np == posI || np == posL)
}

// position is the BILUO position of tag t, -1 for O or the start.
func position(t int) int {
	if t <= tagO {
		return -1
	}
	return (t - 1) % positions
}

// canEnd reports whether a sequence may end with tag t.
func canEnd(t int) bool { p := position(t); return t == tagO || p == posL || p == posU }

// goldTags tags every token of a document from the spans whose label is an
// entity label; a span overlapping one already tagged is left out.
func goldTags(toks []annotations.Token, spans []annotations.Span, entity map[string]int) []int {
	tags := make([]int, len(toks))
	sorted := append([]annotations.Span(nil), spans...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	for _, s := range sorted {
		k, ok := entity[s.Label]
		if !ok {
			continue
		}
		from := sort.Search(len(toks), func(i int) bool { return toks[i].End > s.Start })
		to := from
		for to < len(toks) && toks[to].Start < s.End {
			to++
		}
		if to == from || !allO(tags[from:to]) {
			continue
		}
		setTags(tags[from:to], k)
	}
	return tags
}

func allO(tags []int) bool {
	for _, t := range tags {
		if t != tagO {
			return false
		}
	}
	return true
}

// setTags gives tags, the tokens of one entity, its BILUO tags.
func setTags(tags []int, label int) {
	if len(tags) == 1 {
		tags[0] = entityTag(label, posU)
		return
	}
	for i := range tags {
		tags[i] = entityTag(label, posI)
	}
	tags[0] = entityTag(label, posB)
	tags[len(tags)-1] = entityTag(label, posL)
}

// tagSpans turns a valid tag sequence of toks back into entity spans: for
// each, the index of its first and last token and its label index.
type tagSpan struct{ first, last, label int }

func tagSpans(tags []int) []tagSpan {
	var out []tagSpan
	start := -1
	for i, t := range tags {
		if t == tagO {
			continue
		}
		l, p := tagParts(t)
		switch p {
		case posU:
			out = append(out, tagSpan{i, i, l})
		case posB:
			start = i
		case posL:
			out = append(out, tagSpan{start, i, l})
		}
	}
	return out
}

// cutAtEdges makes the tags of one line's tokens a valid sequence where an
// entity crossed the line's edge: it is cut there.
func cutAtEdges(tags []int) {
	if len(tags) == 0 {
		return
	}
	retag := func(i int, from, to int) {
		if l, p := tagParts(tags[i]); tags[i] != tagO && p == from {
			tags[i] = entityTag(l, to)
		}
	}
	retag(0, posI, posB)
	retag(0, posL, posU)
	retag(len(tags)-1, posB, posU)
	retag(len(tags)-1, posI, posL)
}
