//go:build js && wasm

package main

import (
	"spantag/annotations"
	"spantag/render"
)

// findOccurrences finds the other occurrences of span s's tokens in d,
// whole tokens, in any case when fold, leaving out those inside a span of
// s's label. It is patterns.Occurrences once that package lands.
var findOccurrences func(d *annotations.Document, s annotations.Span, fold bool) []annotations.Span

// suggestOccurrences suggests the label of the selected span (or of the
// span just made) on every other occurrence of its words: in the
// document, or in every document of the dataset.
func (a *app) suggestOccurrences(dataset bool) error {
	return a.whenLoaded(func() error {
		d := a.doc()
		like := a.selected
		if _, isSpan := d.Find(like); !isSpan {
			like = a.lastMade
		}
		if _, isSpan := d.Find(like); !isSpan || findOccurrences == nil {
			a.page.say("Select a span first (click it), or make one: O then suggests its label on every other occurrence of its words.")
			return nil
		}
		fold, err := getBool(a.sp.fold, "checked")
		if err != nil {
			return err
		}
		why := annotations.Reason{From: annotations.FromOccurrence, Text: "same words as " + render.SuggestionName(d, like)}
		var offer []annotations.Suggestion
		for _, s := range findOccurrences(d, like, fold) {
			offer = append(offer, annotations.Suggestion{Span: s, Reasons: []annotations.Reason{why}})
		}
		e := d.Suggest(offer)
		if e.Empty() {
			a.page.say("No other occurrence of %s to suggest.", render.Quote(d, like))
			return nil
		}
		if err := a.do(e); err != nil {
			return err
		}
		a.page.say("Suggested %s on %d other occurrence(s): N goes to the next, A accepts it, Shift+A accepts all.", like.Label, len(e.Suggest))
		return nil
	})
}
