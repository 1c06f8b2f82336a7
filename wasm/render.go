//go:build js && wasm

package main

import (
	"fmt"
	"strconv"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
)

// renderAll draws the current document, its spans and the queue from
// scratch: one innerHTML assignment for the whole text, then the few lines
// that HTML cannot carry as DOM nodes. A document larger than
// render.DrawAtOnce is drawn in steps instead, as an atomic job. A
// document still loading is drawn empty.
func (a *app) renderAll() error {
	a.drawing++ // a drawing in steps under way stops
	d := a.doc()
	inSteps := d != nil && len(d.Text) > render.DrawAtOnce
	a.placeLine = -1
	a.drawnTo = 0
	if d != nil && !inSteps {
		a.drawnTo = len(d.Text)
	}
	html := ""
	if d != nil && !inSteps {
		html = render.DocHTML(d, a.selected)
	}
	if err := firstErr(a.page.doc.Set("innerHTML", html), a.showDrawing(inSteps)); err != nil {
		return err
	}
	// The span list follows once the text is on screen: a long document's
	// list costs as much to build as its text, and is not what one reads
	// first.
	a.listPending = true
	// The suggestions' panel is drawn at once (a few hundred entries at
	// most), never left showing another document's, and says the sources
	// compute from now on, not "No suggestions open." before they are done.
	suggesting := d != nil && a.sp != nil && a.queue().Assist.Suggests()
	if suggesting {
		a.computing++
	}
	if err := firstErr(a.page.spans.Set("innerHTML", ""), a.renderCounts(), a.renderSuggestions(), a.renderSources()); err != nil {
		return err
	}
	if suggesting {
		// After the paint: the jobs it starts would run before it, in the
		// same task, as soon as this goroutine waits.
		drawing := a.drawing
		afterPaint(a.page.fail, func() error {
			if a.drawing == drawing {
				a.suggestShown() // offered once the drawing ends (whenIdle)
			}
			a.endComputing() // suggestShown counts its own
			return nil
		})
	}
	if inSteps {
		j := a.startJob(render.Job{Doing: "Drawing the document", Items: "MB"}, len(d.Text)>>20, true)
		drawing := a.drawing
		go func() {
			err := guard("drawing", func() error { return a.drawInSteps(j, d, drawing) })
			if err == nil && a.drawing == drawing {
				err = a.showDrawing(false)
			}
			j.end()
			if err != nil {
				a.page.fail(err)
			}
		}()
		return a.renderQueue()
	}
	if err := a.drawNodeLines(d); err != nil {
		return err
	}
	afterPaint(a.page.fail, func() error {
		if !a.listPending {
			return nil
		}
		return a.drawSide()
	})
	return a.renderQueue()
}

// drawNodeLines draws the lines of d that HTML cannot carry as DOM nodes.
func (a *app) drawNodeLines(d *annotations.Document) error {
	if d == nil {
		return nil
	}
	for _, i := range render.NodeLines(d) {
		if err := a.drawNodes(i); err != nil {
			return err
		}
	}
	return nil
}

// renderEdit redraws what e changed: the lines it touched, the groups of
// the span list for their chunks (when it adds or removes spans: the list
// has no suggestions), the counts, the suggestions' panel and the queue
// state. Nothing else is touched, so a change costs the same in any
// document. A large change is drawn in steps (redrawAll).
func (a *app) renderEdit(e annotations.Edit) error { return a.drawEdit(e, false) }

// drawEdit is renderEdit, in steps whatever the size of e when inSteps is
// true.
func (a *app) drawEdit(e annotations.Edit, inSteps bool) error {
	redraws := render.EditRedraws(a.doc(), e)
	inSteps = inSteps || render.RedrawInSteps(redraws)
	panels := func() error {
		var err error
		if len(redraws) > 0 {
			err = a.renderCounts()
		}
		if err == nil && touchesSuggestions(e) {
			err = a.renderSuggestions()
		}
		if err == nil && e.Answer != nil {
			err = a.renderQueue()
		}
		return err
	}
	list := len(e.Add)+len(e.Remove) > 0
	err := a.redrawAll(redraws, list, panels, inSteps)
	if err == nil && list {
		err = a.renderGroups(render.ChunksOf(redraws)...)
	}
	return err
}

// renderGroups redraws the span list's groups of the chunks given,
// unless the whole list is about to be drawn.
func (a *app) renderGroups(chunks ...int) error {
	if a.listPending {
		return nil
	}
	groups, err := a.page.spans.Get("children")
	if err != nil {
		return err
	}
	d := a.doc()
	for _, k := range chunks {
		group, err := groups.Index(k)
		if err != nil {
			return err
		}
		if err := group.Set("innerHTML", render.SpanGroupHTML(d, k, a.selected)); err != nil {
			return err
		}
	}
	return a.keepFocus()
}

// renderSelected redraws span s, selected or not, in the text and the list.
func (a *app) renderSelected(s annotations.Span) error {
	if s == (annotations.Span{}) {
		return nil
	}
	k := render.ChunkOf(a.doc(), s.Start)
	return firstErr(a.renderSpanLines(s), a.renderGroups(k))
}

// renderSpanLines redraws the lines span s covers (to show it selected or not).
func (a *app) renderSpanLines(s annotations.Span) error {
	if s == (annotations.Span{}) {
		return nil
	}
	redraws := render.Redraws(a.doc(), s.Start, s.End)
	return a.redrawAll(redraws, true, nil, render.RedrawInSteps(redraws))
}

// redrawAll replaces the elements of redraws, and no others, then draws
// the panels (when not nil): at once, or in steps, in an atomic job, which
// draws the span list anew after them when list is true.
func (a *app) redrawAll(redraws []render.Redraw, list bool, panels func() error, inSteps bool) error {
	if !inSteps {
		for _, r := range redraws {
			if err := a.redraw(r); err != nil {
				return err
			}
		}
		if panels == nil {
			return nil
		}
		return panels()
	}
	j := a.startJob(render.Job{Doing: "Drawing the change", Items: "MB"}, render.RedrawBytes(redraws)>>20, true)
	drawing := a.drawing
	listed := list && !a.listPending
	if list {
		a.listPending = true // the list too is drawn anew below, not group by group now
	}
	go func() {
		defer j.end()
		err := guard("drawing", func() error { return a.redrawInSteps(j, redraws, listed, panels, drawing) })
		if err != nil {
			a.page.fail(err)
		}
	}()
	return nil
}

// redrawInSteps is redrawAll's job: the redraws a slice at a time, from a
// task of their own (the edit's did enough), then the panels once the
// lines are painted, then the list, unless another drawing (generation
// a.drawing) starts meanwhile. A panel laid out in the same frame as a
// screen of lines made a frame of 40 ms and more on a busy machine.
func (a *app) redrawInSteps(j *job, redraws []render.Redraw, list bool, panels func() error, drawing int) error {
	if err := yieldToBrowser(); err != nil {
		return err
	}
	done := 0
	for _, r := range redraws {
		if err := j.step(done >> 20); err != nil || a.drawing != drawing {
			return err
		}
		if err := a.redraw(r); err != nil {
			return err
		}
		done += r.Bytes
	}
	if panels != nil {
		waitPaint()
		if err := panels(); err != nil {
			return err
		}
	}
	if !list {
		return nil // the list is still to be drawn whole, by whoever planned it
	}
	return a.drawListInSteps(j, a.doc(), drawing)
}

// redraw replaces one line's element, or one block of a long line,
// keeping the selection's ends that were in it.
func (a *app) redraw(r render.Redraw) error {
	d := a.doc()
	el, err := a.lineElement(r.Line)
	if err != nil {
		return err
	}
	switch {
	case r.Block < 0 && render.AsNodes(d, r.Line): // a block is never drawn as nodes (render.Redraws)
		return a.redrawKeepingSelection(el, func() error { return a.fillNodes(el, r.Line) }, nil)
	case r.Block < 0:
		return a.redrawKeepingSelection(el, func() error { return el.Set("outerHTML", render.LineHTML(d, r.Line, a.selected)) },
			func() (safejs.Value, error) { return a.lineElement(r.Line) })
	}
	blocks, err := el.Get("children")
	if err == nil {
		el, err = blocks.Index(r.Block)
	}
	if err != nil {
		return err
	}
	return a.redrawKeepingSelection(el, func() error { return el.Set("innerHTML", render.BlockInnerHTML(d, r.Line, r.Part, a.selected)) }, nil)
}

// lineElement is the element of line i.
func (a *app) lineElement(i int) (safejs.Value, error) {
	k := i / render.LinesPerChunk
	el := a.page.doc
	for _, child := range []int{k / render.ChunksPerSection, k % render.ChunksPerSection, i % render.LinesPerChunk} {
		children, err := el.Get("children")
		if err != nil {
			return safejs.Value{}, err
		}
		if el, err = children.Index(child); err != nil {
			return safejs.Value{}, err
		}
	}
	return el, nil
}

// drawNodes draws line i as DOM nodes, from its segments: text nodes keep
// every character, those the HTML parser drops included.
func (a *app) drawNodes(i int) error {
	el, err := a.lineElement(i)
	if err != nil {
		return err
	}
	return a.fillNodes(el, i)
}

// fillNodes draws line i as DOM nodes in its element el.
func (a *app) fillNodes(el safejs.Value, i int) error {
	if err := el.Set("textContent", ""); err != nil {
		return err
	}
	for _, seg := range render.Segments(a.doc(), i, a.selected) {
		parent := el
		for _, m := range seg.Marks {
			mark, err := a.markElement(m)
			if err != nil {
				return err
			}
			if _, err := parent.Call("append", mark); err != nil {
				return err
			}
			parent = mark
		}
		if _, err := parent.Call("append", seg.Text); err != nil {
			return err
		}
	}
	return nil
}

// markElement makes the <mark> element of one span's part.
func (a *app) markElement(m render.Mark) (safejs.Value, error) {
	mark, err := a.page.document.Call("createElement", "mark")
	if err != nil {
		return mark, err
	}
	attrs := [][2]string{{render.AttrLabel, m.Label}, {render.AttrStart, strconv.Itoa(m.Start)}, {render.AttrEnd, strconv.Itoa(m.End)}}
	if m.Suggested {
		attrs = append(attrs, [2]string{render.AttrSuggested, ""})
	}
	if m.Class != "" {
		attrs = append(attrs, [2]string{"class", m.Class})
	}
	for _, attr := range attrs {
		if _, err := mark.Call("setAttribute", attr[0], attr[1]); err != nil {
			return mark, err
		}
	}
	return mark, nil
}

// renderSide draws the span list and the counts per label.
func (a *app) renderSide() error {
	d := a.doc()
	if d == nil {
		d = &annotations.Document{} // still loading: no spans yet
	}
	if err := a.page.spans.Set("innerHTML", render.SpanListHTML(d, a.selected)); err != nil {
		return err
	}
	return firstErr(a.renderPanels(), a.keepFocus())
}

// renderPanels draws what the side shows beside the span list: the counts
// per label, the suggestions, the versions and whose shard it is.
func (a *app) renderPanels() error {
	return firstErr(a.renderCounts(), a.renderSuggestions(), a.renderVersions(), a.renderWhose())
}

// renderCounts draws how many spans of each label the document has.
func (a *app) renderCounts() error {
	return a.page.counts.Set("textContent", render.Counts(a.doc(), a.labels))
}

// renderQueue draws the position in the queue, the answer given, and the
// list of datasets.
func (a *app) renderQueue() error {
	q := a.queue()
	if err := a.page.progress.Set("textContent", render.Progress(q, a.dataset().Reading())); err != nil {
		return err
	}
	// aria-busy tells assistive technology, and tests, that the list of
	// documents is still growing.
	if _, err := a.page.progress.Call("setAttribute", "aria-busy", fmt.Sprint(a.dataset().Reading())); err != nil {
		return err
	}
	answer := annotations.Unanswered
	if q.Len() > 0 {
		answer = q.Answers()[q.Pos]
	}
	for ans, button := range a.page.answers {
		pressed := fmt.Sprint(string(answer) == ans)
		if _, err := button.Call("setAttribute", "aria-pressed", pressed); err != nil {
			return err
		}
	}
	return a.renderDatasets()
}

// renderDatasets lists the datasets as options, the current one selected.
func (a *app) renderDatasets() error {
	names := make([]string, len(a.store.Datasets))
	for i, ds := range a.store.Datasets {
		names[i] = ds.Queue.Name
	}
	if err := a.page.datasets.Set("innerHTML", render.OptionsHTML(names)); err != nil {
		return err
	}
	return a.page.datasets.Set("selectedIndex", a.store.Current)
}

// renderLabels draws one button per label, named after it, with its key.
func (a *app) renderLabels() error {
	return a.page.labels.Set("innerHTML", render.LabelButtonsHTML(a.labels))
}
