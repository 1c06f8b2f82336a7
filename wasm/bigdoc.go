//go:build js && wasm

package main

import (
	"spantag/annotations"
	"spantag/render"
)

// What a large document, drawn in steps (render.go), needs besides.

// buildIndex builds the offset index of a large document once it is
// drawn, a slice of time at a time, so that the first selection in it is
// no long task; the input that comes meanwhile is not held.
func (a *app) buildIndex(d *annotations.Document) error {
	j := a.startJob(render.Job{}, 0, false)
	defer j.end()
	return d.BuildIndex(j.pause)
}

// showDrawing marks #doc aria-busy while it is drawn in steps: assistive
// technology, tests and the benchmark then know that its text is not whole
// yet.
func (a *app) showDrawing(busy bool) error {
	if busy {
		_, err := a.page.doc.Call("setAttribute", "aria-busy", "true")
		return err
	}
	_, err := a.page.doc.Call("removeAttribute", "aria-busy")
	return err
}
