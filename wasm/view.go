//go:build js && wasm

package main

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"time"

	"github.com/hack-pad/safejs"

	"spantag/render"
	"spantag/save"
)

// placeDelay is how long the page waits after the last scroll before it
// stores where it is: scrolling fires many events, the place needs one write.
const placeDelay = 400 * time.Millisecond

// onScroll stores the place a moment after the page stops scrolling.
func (a *app) onScroll(safejs.Value) error {
	if a.placeTimer != nil {
		a.placeTimer.Stop()
	}
	a.placeTimer = time.AfterFunc(placeDelay, func() { a.guarded("keeping the place", a.keepPlace) })
	return nil
}

// keepPlace stores the line at the top of the window, so that a reload
// (or coming back to the dataset) shows the document from there.
func (a *app) keepPlace() {
	if a.doc() == nil {
		return
	}
	line, err := a.topLine()
	if err != nil {
		a.page.fail(err)
		return
	}
	a.store.SetPlace(a.dataset(), save.Place{Doc: a.queue().Pos, Line: line})
}

// restorePlace scrolls the document on screen to its stored place: now,
// or, for a document drawn in steps, once the place's line is drawn
// (scrollToPlace). A document with no place (or another's) opens at its
// start, not where the last one was scrolled to.
func (a *app) restorePlace() error {
	p, ok := a.store.View().Places[a.dataset().ID]
	d := a.doc()
	if d == nil {
		return nil
	}
	if !ok || p.Doc != a.queue().Pos || p.Line <= 0 || p.Line >= len(d.Lines()) {
		_, err := a.page.window.Call("scrollTo", 0, 0)
		return err
	}
	a.placeLine = p.Line
	return a.scrollToPlace()
}

// scrollToPlace scrolls to the line restorePlace left, once its element is
// on the page.
func (a *app) scrollToPlace() error {
	if a.placeLine < 0 || a.doc().Lines()[a.placeLine].Start >= a.drawnTo {
		return nil
	}
	el, err := a.lineElement(a.placeLine)
	a.placeLine = -1
	if err != nil {
		return err
	}
	return a.scrollToElement(el, "start")
}

// settleFrames is how many frames the page keeps an element it scrolled to
// where it put it, while the chunks around it are laid out anew.
const settleFrames = 8

// scrollToElement scrolls el of #doc into view, at block ("start",
// "center"). A section or chunk off screen is laid out at an estimated
// height (content-visibility), and what is in it at its place in its real
// layout, so el's own scroll may land in the next chunk or section. When el
// is in such a part, the page scrolls to its section first, which lays it
// out for real as it comes into view, to its chunk on the next frame (and a
// long line's block on the next), and to el on the one after; then again on
// the frames that follow while el moves away, at most settleFrames times,
// unless another drawing begins.
func (a *app) scrollToElement(el safejs.Value, block string) error {
	laidOut := false // a browser without checkVisibility takes the long way
	if shown, err := el.Call("checkVisibility", map[string]any{"contentVisibilityAuto": true}); err == nil {
		laidOut, _ = shown.Bool()
	}
	var around []safejs.Value
	if !laidOut {
		for _, class := range []string{render.ClassSection, render.ClassChunk, render.ClassBlock} {
			parent, err := el.Call("closest", "."+class)
			if err != nil {
				return err
			}
			if !parent.IsNull() {
				around = append(around, parent)
			}
		}
	}
	drawing := a.drawing
	return a.scrollInTurn(around, func() error { return a.keepInView(el, block, settleFrames, drawing) }, drawing)
}

// scrollInTurn scrolls each element to the top of the window, one a frame,
// then calls then, unless another drawing begins.
func (a *app) scrollInTurn(els []safejs.Value, then func() error, drawing int) error {
	if a.drawing != drawing {
		return nil
	}
	if len(els) == 0 {
		return then()
	}
	if _, err := els[0].Call("scrollIntoView", map[string]any{"block": "start"}); err != nil {
		return err
	}
	afterPaint(a.page.fail, func() error { return a.scrollInTurn(els[1:], then, drawing) })
	return nil
}

// keepInView scrolls el into view at block, then again on each frame that
// follows while it has moved, at most tries times, unless another drawing
// begins.
func (a *app) keepInView(el safejs.Value, block string, tries int, drawing int) error {
	if _, err := el.Call("scrollIntoView", map[string]any{"block": block}); err != nil {
		return err
	}
	top, err := topOf(el)
	if err != nil || tries == 0 {
		return err
	}
	afterPaint(a.page.fail, func() error {
		if now, err := topOf(el); err != nil || a.drawing != drawing || math.Abs(now-top) < 1 {
			return err
		}
		return a.keepInView(el, block, tries-1, drawing)
	})
	return nil
}

// topOf is the top of element el in the window.
func topOf(el safejs.Value) (float64, error) {
	box, err := el.Call("getBoundingClientRect")
	if err != nil {
		return 0, err
	}
	return getFloat(box, "top")
}

// topLine is the index of the first line whose bottom is inside the window:
// a binary search over the sections, then over the chunks of the section
// and the lines of the chunk, so a document of any length costs a few dozen
// layout reads.
func (a *app) topLine() (int, error) {
	line := a.page.doc
	for range 3 { // section, chunk, line
		children, err := line.Get("children")
		if err != nil {
			return 0, err
		}
		if line, err = firstInView(children); err != nil || line.IsNull() {
			return 0, err
		}
	}
	attr, err := line.Call("getAttribute", render.AttrLine)
	if err != nil {
		return 0, err
	}
	s, err := attr.String()
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(s)
}

// firstInView is the first element of list whose bottom is below the top of
// the window (null when there is none), found by binary search: the
// elements are laid out top to bottom.
func firstInView(list safejs.Value) (safejs.Value, error) {
	n, err := list.Length()
	if err != nil {
		return safejs.Null(), err
	}
	i := sort.Search(n, func(i int) bool {
		if err != nil {
			return true
		}
		var el, box safejs.Value
		var bottom float64
		if el, err = list.Index(i); err == nil {
			if box, err = el.Call("getBoundingClientRect"); err == nil {
				bottom, err = getFloat(box, "bottom")
			}
		}
		return err != nil || bottom > 0
	})
	if err != nil || i == n {
		return safejs.Null(), err
	}
	return list.Index(i)
}

// onExportToggle stores the export's options when they close: one write
// for every change made meanwhile, and none while they are open, whose
// "Saving…" could move them under the pointer.
func (a *app) onExportToggle(ev safejs.Value) error {
	state, err := getString(ev, "newState")
	if err != nil || state != "closed" {
		return err
	}
	return a.keepExportChoice()
}

// keepExportChoice stores the export's options as the annotator set them.
func (a *app) keepExportChoice() error {
	id, err := getString(a.page.exportFormat, "value")
	if err != nil {
		return err
	}
	labels, err := checked(a.page.exportLabels)
	if err != nil {
		return err
	}
	answers, err := checked(a.page.exportAnswers)
	if err != nil {
		return err
	}
	settings, err := a.exportSettings()
	if err != nil {
		return err
	}
	a.store.SetExport(save.ExportChoice{Format: id, Labels: labels, Answers: answers, Settings: settings})
	return nil
}

// restoreExportChoice sets the export's options as they were stored.
func (a *app) restoreExportChoice() error {
	c := a.store.View().Export
	if c == nil {
		return nil
	}
	if err := a.page.exportFormat.Set("value", c.Format); err != nil {
		return err
	}
	if err := firstErr(tick(a.page.exportLabels, c.Labels), tick(a.page.exportAnswers, c.Answers)); err != nil {
		return err
	}
	settings := c.Settings
	boxes, inputs := settingFields(&settings)
	for name, on := range boxes {
		if err := a.setField(name, "checked", *on); err != nil {
			return err
		}
	}
	for name, value := range inputs {
		if err := a.setField(name, "value", *value); err != nil {
			return err
		}
	}
	return nil
}

// setField sets prop of the export setting field named name.
func (a *app) setField(name, prop string, value any) error {
	field, err := a.settingField(name)
	if err != nil {
		return err
	}
	return field.Set(prop, value)
}

// tick ticks the checkboxes inside group whose values are in values, and
// unticks the others.
func tick(group safejs.Value, values []string) error {
	boxes, err := group.Call("querySelectorAll", "input[type=checkbox]")
	if err != nil {
		return err
	}
	n, err := boxes.Length()
	if err != nil {
		return err
	}
	for i := range n {
		box, err := boxes.Index(i)
		if err != nil {
			return err
		}
		v, err := getString(box, "value")
		if err != nil {
			return err
		}
		if err := box.Set("checked", slices.Contains(values, v)); err != nil {
			return err
		}
	}
	return nil
}
