//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
)

// The caret's keys that Selection.modify does not serve: a line up or down,
// and Enter, which selects the span at the caret.

// maxLineSteps is how many half lines lineCaret looks past the caret's own
// for the next line: a gap between paragraphs is less than a line.
const maxLineSteps = 8

// lineCaret moves the caret, or the selection's moving end, a line up or
// down at the same place across the screen, to the text found there by
// caretPositionFromPoint, looking half a line further at a time.
// (Selection.modify in Chromium moved the caret up out of #doc, into the
// page's header, from whatever line it was on.) Past the first or the last
// line, the caret goes to the document's start or end.
func (a *app) lineCaret(sel safejs.Value, m annotations.CaretMove) error {
	r, ok, err := focusRect(sel)
	if err != nil || !ok {
		return err
	}
	if r, err = a.roomFor(sel, r, m.Forward); err != nil {
		return err
	}
	dir := -1.0
	if m.Forward {
		dir = 1
	}
	for step := 2; step <= maxLineSteps; step++ {
		node, off, err := a.textAt(r.left, r.top+r.height/2+dir*float64(step)*r.height/2)
		if err != nil {
			return err
		}
		if in, err := a.docHolds(node); err != nil {
			return err
		} else if !in {
			continue
		}
		to, ok, err := pointRect(node, off)
		if err != nil {
			return err
		}
		if ok && dir*(to.top-r.top) >= r.height/2 { // a line further, not the caret's own
			method := "collapse"
			if m.Extend {
				method = "extend"
			}
			if _, err := sel.Call(method, node, off); err != nil {
				return err
			}
			return a.scrollToCaret(sel)
		}
	}
	return firstErr(a.toDocEdge(sel, m), a.scrollToCaret(sel))
}

// roomFor scrolls the window by a third of its height when the line next
// to the caret at r, the way it moves, is out of view or under something
// (the header, the floating label bar), so that it can be found on screen;
// it returns where the caret then is.
func (a *app) roomFor(sel safejs.Value, r rect, forward bool) (rect, error) {
	height, err := getFloat(a.page.window, "innerHeight")
	if err != nil {
		return r, err
	}
	dir := -1.0
	if forward {
		dir = 1
	}
	y := r.top + r.height/2 + dir*r.height
	if y >= 0 && y <= height {
		hit, err := a.page.document.Call("elementFromPoint", r.left, y)
		if err != nil {
			return r, err
		}
		if in, err := a.docHolds(hit); err != nil || in {
			return r, err
		}
	}
	if _, err := a.page.window.Call("scrollBy", 0, dir*height/3); err != nil {
		return r, err
	}
	r, _, err = focusRect(sel)
	return r, err
}

// selectAtCaret selects the span, or the suggestion, the caret is in (or
// right after): the innermost, then, pressed again, the one around it.
func (a *app) selectAtCaret() error {
	s, err := a.selection()
	if err != nil {
		return err
	}
	d := a.doc()
	if !s.inDoc || d == nil {
		a.page.tell(render.Attempt, "Put the caret in a span (a click, or the arrow keys), then Enter selects it.")
		return nil
	}
	b, err := d.Index().ToByte(s.end, annotations.UTF16)
	if err != nil {
		return err
	}
	span, ok := d.SelectAt(b, a.selected)
	if !ok {
		a.page.tell(render.Attempt, "No span at the caret: Enter selects the span the caret is in.")
		return nil
	}
	return a.selectSpan(span)
}

// docHolds reports whether node, which may be null, is in #doc.
func (a *app) docHolds(node safejs.Value) (bool, error) {
	if node.IsNull() {
		return false, nil
	}
	in, err := a.page.doc.Call("contains", node)
	if err != nil {
		return false, err
	}
	return in.Bool()
}
