package render

import (
	"fmt"
	"slices"
	"strings"

	"spantag/annotations"
)

// Picked says why Least sure first chose a document: how unsure the
// model is of it (0..1) and of the other candidates, and what in it, text
// (as much as the model read), it is least sure of.
func Picked(text string, reply annotations.ModelPickReply) string {
	var b strings.Builder
	u := reply.Unsure[reply.Pick]
	if len(reply.Unsure) == 1 {
		fmt.Fprintf(&b, "Least sure first: this is the only document left to choose from (the model's uncertainty %.2f).", u)
	} else {
		others := slices.Delete(slices.Clone(reply.Unsure), reply.Pick, reply.Pick+1)
		fmt.Fprintf(&b, "Least sure first chose this document: of %d not answered yet, the model is least sure of it (uncertainty %.2f; the others %.2f to %.2f).",
			len(reply.Unsure), u, slices.Min(others), slices.Max(others))
	}
	d := &annotations.Document{Text: text}
	var parts []string
	for _, x := range reply.Doubts {
		if x.Start < 0 || x.Start > x.End || x.End > len(text) {
			continue // not of this text: said nothing of
		}
		what := " (in an entity or not?)"
		if x.Sentence {
			what = " (a claim or not?)"
		}
		parts = append(parts, Quote(d, annotations.Span{Start: x.Start, End: x.End})+what)
	}
	if len(parts) > 0 {
		fmt.Fprintf(&b, " Least sure of: %s.", strings.Join(parts, ", "))
	}
	return b.String()
}
