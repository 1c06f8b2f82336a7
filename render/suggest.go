package render

import (
	"cmp"
	"fmt"
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

// Occurrences says what suggesting label on the other occurrences of text
// did: added new suggestions, while open others were open already (an O
// before a Shift+O); everywhere when the other documents of the dataset
// get them too, as they are shown.
func Occurrences(label, text string, added, open int, everywhere bool) string {
	rest := "."
	if everywhere {
		rest = "; the other documents of the dataset get it suggested when they are shown."
	}
	switch {
	case added > 0 && everywhere:
		return fmt.Sprintf("Suggested %s on %d other occurrence(s) in this document, and in the other documents of the dataset as they are shown: N goes to the next, A accepts it, Shift+A accepts all.", label, added)
	case added > 0:
		return fmt.Sprintf("Suggested %s on %d other occurrence(s): N goes to the next, A accepts it, Shift+A accepts all.", label, added)
	case open > 0:
		return fmt.Sprintf("%s “%s” is suggested on its %d other occurrence(s) in this document already%s", label, text, open, rest)
	case everywhere:
		return fmt.Sprintf("No other occurrence of “%s” in this document%s", text, rest)
	}
	return fmt.Sprintf("No other occurrence of “%s” to suggest.", text)
}
