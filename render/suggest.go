package render

import (
	"cmp"
	"slices"

	"spantag/annotations"
)

// drawn is what the text shows: d's spans and its open suggestions that
// are not spans already, sorted as spans are.
func drawn(d *annotations.Document) []annotations.Span {
	if len(d.Suggestions) == 0 {
		return d.Spans
	}
	all := slices.Clone(d.Spans)
	for _, g := range d.Suggestions {
		if _, isSpan := d.Find(g.Span); !isSpan {
			all = append(all, g.Span)
		}
	}
	slices.SortFunc(all, func(x, y annotations.Span) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End), cmp.Compare(x.Label, y.Label))
	})
	return all
}

// suggested reports whether s, drawn in d, is a suggestion rather than a span.
func suggested(d *annotations.Document, s annotations.Span) bool {
	if len(d.Suggestions) == 0 {
		return false
	}
	_, isSpan := d.Find(s)
	return !isSpan
}
