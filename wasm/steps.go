//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
)

// Drawing in steps: a document over render.DrawAtOnce, and a long span
// list, a slice of time at a time as atomic jobs (renderAll starts them).

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

// drawSide draws the span list and the panels beside it: a long list in
// steps, as an atomic job (an edit waits for the groups it redraws), since
// the browser's parsing of 5,000 entries at once was a task of 200 ms.
func (a *app) drawSide() error {
	d := a.doc()
	if d == nil || len(d.Spans) < listAtOnce {
		a.listPending = false
		return a.renderSide()
	}
	j := a.startJob(render.Job{}, 0, true)
	drawing := a.drawing
	go func() {
		defer j.end()
		err := guard("listing the spans", func() error { return a.drawSideInSteps(j, d, drawing) })
		if err != nil {
			a.page.fail(err)
		}
	}()
	return nil
}

// listAtOnce is the number of spans whose list is drawn in one go: about a
// step's worth of HTML (render.StepBytes).
const listAtOnce = 500

// drawInSteps draws d, then its span list, a step at a time (render's
// DrawSteps and ListSteps), unless another drawing (generation a.drawing)
// starts meanwhile.
func (a *app) drawInSteps(j *job, d *annotations.Document, drawing int) error {
	// Its lines first, which the first step would find in one long task.
	if err := d.BuildLines(j.pause); err != nil || a.drawing != drawing {
		return err
	}
	for s := range render.DrawSteps(d, a.selected) {
		if err := j.step(s.Done >> 20); err != nil || a.drawing != drawing {
			return err
		}
		into, err := a.stepTarget(s)
		if err != nil {
			return err
		}
		if _, err := into.Call("insertAdjacentHTML", "beforeend", s.HTML); err != nil {
			return err
		}
		a.drawnTo = s.Done
		if err := a.scrollToPlace(); err != nil {
			return err
		}
	}
	// The offset index too, which the first selection would otherwise
	// build in one long task.
	if err := a.drawNodeLines(d); err != nil {
		return err
	}
	if err := d.BuildIndex(j.pause); err != nil || a.drawing != drawing {
		return err
	}
	return a.drawSideInSteps(j, d, drawing)
}

// drawSideInSteps draws d's span list in steps (drawListInSteps), then the
// panels beside it, unless another drawing starts meanwhile.
func (a *app) drawSideInSteps(j *job, d *annotations.Document, drawing int) error {
	if err := a.drawListInSteps(j, d, drawing); err != nil || a.drawing != drawing {
		return err
	}
	return a.renderPanels()
}

// drawListInSteps draws d's span list anew, a step at a time, unless
// another drawing starts meanwhile.
func (a *app) drawListInSteps(j *job, d *annotations.Document, drawing int) error {
	if err := a.page.spans.Set("innerHTML", ""); err != nil {
		return err
	}
	a.listPending = false
	for html := range render.ListSteps(d, a.selected) {
		if err := j.step(j.done); err != nil || a.drawing != drawing {
			return err
		}
		if _, err := a.page.spans.Call("insertAdjacentHTML", "beforeend", html); err != nil {
			return err
		}
	}
	return a.keepFocus()
}

// stepTarget is the element a drawing step appends to: a long line's, or a
// section, appended to #doc empty when it is the next one.
func (a *app) stepTarget(s render.DrawStep) (safejs.Value, error) {
	if s.Line >= 0 {
		return a.lineElement(s.Line)
	}
	sections, err := a.page.doc.Get("children")
	if err != nil {
		return safejs.Value{}, err
	}
	n, err := sections.Length()
	if err == nil && n == s.Section {
		_, err = a.page.doc.Call("insertAdjacentHTML", "beforeend", `<div class="`+render.ClassSection+`"></div>`)
	}
	if err != nil {
		return safejs.Value{}, err
	}
	return sections.Index(s.Section) // a live collection: it holds the new one
}
