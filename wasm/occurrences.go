//go:build js && wasm

package main

import (
	"spantag/annotations"
	"spantag/render"
)

// suggestOccurrences suggests the label of the selected span (or of the
// span just made) on every other occurrence of its words: in the
// document, or, with dataset, in every document of the dataset as it is
// shown (the dataset keeps the words as one of its sources).
func (a *app) suggestOccurrences(dataset bool) error {
	return a.whenLoaded(func() error {
		d := a.doc()
		like := a.selected
		if _, isSpan := d.Find(like); !isSpan {
			like = a.lastMade
		}
		if _, isSpan := d.Find(like); !isSpan {
			a.page.tell(render.Attempt, "Select a span first (click it), or make one: O then suggests its label on every other occurrence of its words.")
			return nil
		}
		fold, err := getBool(a.sp.fold, "checked")
		if err != nil {
			return err
		}
		n := annotations.Needle{Label: like.Label, Text: d.Text[like.Start:like.End], Fold: fold}
		if ds := a.dataset(); dataset && ds.Queue.Assist.AddNeedle(n) {
			a.store.InfoChanged(ds)
		}
		go a.suggest(&n, true, false)
		return nil
	})
}
