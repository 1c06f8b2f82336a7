//go:build js && wasm

package main

import (
	"strconv"
	"strings"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
)

// The caret: browsers draw none in text that cannot be edited, and move it
// only within what Selection.modify knows, so the page places, moves and
// draws it itself, for keyboard-only work anywhere in the document.

// deselect drops the selected span and the text selection, keeping the
// caret where the selection ended, so that a label key then labels nothing.
func (a *app) deselect() error {
	sel, err := a.page.window.Call("getSelection")
	if err != nil {
		return err
	}
	if n, err := getInt(sel, "rangeCount"); err != nil || n == 0 {
		return firstErr(err, a.selectSpan(annotations.Span{}))
	}
	focus, err := sel.Get("focusNode")
	if err != nil {
		return err
	}
	off, err := getInt(sel, "focusOffset")
	if err != nil {
		return err
	}
	if _, err := sel.Call("collapse", focus, off); err != nil {
		return err
	}
	return a.selectSpan(annotations.Span{})
}

// moveCaret moves the caret, or extends the selection from it, as the
// keyboard asks. With no caret in the document, the first key puts it at
// the start of the first line in view (and Shift+key extends from there).
func (a *app) moveCaret(m annotations.CaretMove) error {
	if a.doc() == nil {
		return nil
	}
	sel, err := a.page.window.Call("getSelection")
	if err != nil {
		return err
	}
	if s, err := a.selection(); err != nil {
		return err
	} else if !s.inDoc {
		if err := a.placeCaret(sel); err != nil || !m.Extend {
			return firstErr(err, a.scrollToCaret(sel))
		}
	}
	switch m.Unit {
	case "page":
		return a.pageCaret(sel, m)
	case "line":
		return a.lineCaret(sel, m)
	case "documentboundary": // Selection.modify's goes to the page's end, past #doc
		return firstErr(a.toDocEdge(sel, m), a.scrollToCaret(sel))
	}
	alter, dir := "move", "backward"
	if m.Extend {
		alter = "extend"
	}
	if m.Forward {
		dir = "forward"
	}
	if _, err := sel.Call("modify", alter, dir, m.Unit); err != nil {
		return err
	}
	if in, err := a.inDoc(sel); err != nil {
		return err
	} else if !in { // moved past the document's first or last character
		if err := a.toDocEdge(sel, m); err != nil {
			return err
		}
	}
	return a.scrollToCaret(sel)
}

// toDocEdge moves the caret, or the selection's moving end, to the start
// or the end of the document's text.
func (a *app) toDocEdge(sel safejs.Value, m annotations.CaretMove) error {
	child := "firstChild"
	if m.Forward {
		child = "lastChild"
	}
	node, off := a.page.doc, 0
	for { // down to the first or the last text
		next, err := node.Get(child)
		if err != nil {
			return err
		}
		if next.IsNull() {
			break
		}
		node = next
	}
	if m.Forward {
		text, err := getString(node, "data")
		if err != nil {
			return err
		}
		// Before a final newline: after it, the caret has no place on screen.
		off = utf16Len(strings.TrimSuffix(text, "\n"))
	}
	method := "collapse"
	if m.Extend {
		method = "extend"
	}
	_, err := sel.Call(method, node, off)
	return err
}

// pageCaret scrolls the window by a screen less a line, and puts the caret
// (or the selection's moving end) where it was on screen, as text editors
// do. Lines out of view may not be laid out (the chunks' content-visibility),
// so the caret is placed only after the scrolled-to lines are painted.
func (a *app) pageCaret(sel safejs.Value, m annotations.CaretMove) error {
	r, ok, err := focusRect(sel)
	if err != nil || !ok {
		return err
	}
	height, err := getFloat(a.page.window, "innerHeight")
	if err != nil {
		return err
	}
	before, err := getFloat(a.page.window, "scrollY")
	if err != nil {
		return err
	}
	by := height - 2*r.height
	if !m.Forward {
		by = -by
	}
	if _, err := a.page.window.Call("scrollBy", 0, by); err != nil {
		return err
	}
	go func() {
		waitPaint()
		err := guard("moving the caret", func() error {
			after, err := getFloat(a.page.window, "scrollY")
			if err != nil {
				return err
			}
			box, err := a.page.doc.Call("getBoundingClientRect")
			if err != nil {
				return err
			}
			var top, bottom float64
			if err := getFloats(box, map[string]*float64{"top": &top, "bottom": &bottom}); err != nil {
				return err
			}
			// Where the window could not scroll the whole way, the caret
			// goes the rest, to the first or last line of text in view.
			y := r.top + r.height/2 + by - (after - before)
			y = min(max(y, top+r.height/2, r.height/2), bottom-r.height/2, height-r.height/2)
			node, off, err := a.textAt(r.left, y)
			if err != nil {
				return err
			}
			if in, err := a.docHolds(node); err != nil || !in {
				return err // no text there, or something covers it: the caret stays
			}
			method := "collapse"
			if m.Extend {
				method = "extend"
			}
			_, err = sel.Call(method, node, off)
			return err
		})
		if err != nil {
			a.page.fail(err)
		}
	}()
	return nil
}

// textAt is the position in the page's text at the point x, y of the
// viewport (a null node where there is none): by the standard
// caretPositionFromPoint, or Safari's caretRangeFromPoint.
func (a *app) textAt(x, y float64) (node safejs.Value, off int, err error) {
	standard, err := a.page.document.Get("caretPositionFromPoint")
	if err != nil {
		return safejs.Null(), 0, err
	}
	method, nodeProp, offProp := "caretPositionFromPoint", "offsetNode", "offset"
	if standard.IsUndefined() {
		method, nodeProp, offProp = "caretRangeFromPoint", "startContainer", "startOffset"
	}
	at, err := a.page.document.Call(method, x, y)
	if err != nil || at.IsNull() {
		return safejs.Null(), 0, err
	}
	if node, err = at.Get(nodeProp); err != nil {
		return safejs.Null(), 0, err
	}
	off, err = getInt(at, offProp)
	return node, off, err
}

// placeCaret puts the caret at the start of the first line of the document
// in view.
func (a *app) placeCaret(sel safejs.Value) error {
	box, err := a.page.doc.Call("getBoundingClientRect")
	if err != nil {
		return err
	}
	var left, top, width float64
	if err := getFloats(box, map[string]*float64{"left": &left, "top": &top, "width": &width}); err != nil {
		return err
	}
	line := a.page.doc
	if hit, err := a.page.document.Call("elementFromPoint", left+width/2, max(top, 0)+2); err != nil {
		return err
	} else if !hit.IsNull() {
		if line, err = hit.Call("closest", "."+render.ClassBlock+", ."+render.ClassLine); err != nil {
			return err
		}
		if line.IsNull() {
			line = a.page.doc
		}
	}
	// The first text in it, so that the caret has a place on screen.
	walker, err := a.page.document.Call("createTreeWalker", line, 4) // NodeFilter.SHOW_TEXT
	if err != nil {
		return err
	}
	text, err := walker.Call("nextNode")
	if err != nil {
		return err
	}
	if text.IsNull() {
		text = line
	}
	_, err = sel.Call("collapse", text, 0)
	return err
}

// scrollToCaret brings the selection's moving end into view.
func (a *app) scrollToCaret(sel safejs.Value) error {
	node, err := sel.Get("focusNode")
	if err != nil || node.IsNull() {
		return err
	}
	if t, err := getInt(node, "nodeType"); err != nil {
		return err
	} else if t != 1 { // a text node
		if node, err = node.Get("parentElement"); err != nil {
			return err
		}
	}
	_, err = node.Call("scrollIntoView", map[string]any{"block": "nearest"})
	return err
}

// rect is a box on screen, in CSS pixels of the viewport.
type rect struct{ left, top, height float64 }

// focusRect is where the selection's moving end is on screen; ok is false
// when there is no selection or its end has no box.
func focusRect(sel safejs.Value) (r rect, ok bool, err error) {
	n, err := getInt(sel, "rangeCount")
	if err != nil || n == 0 {
		return r, false, err
	}
	node, err := sel.Get("focusNode")
	if err != nil {
		return r, false, err
	}
	off, err := getInt(sel, "focusOffset")
	if err != nil {
		return r, false, err
	}
	return pointRect(node, off)
}

// pointRect is where the point at offset off of node is on screen; ok is
// false when it has no box.
func pointRect(node safejs.Value, off int) (r rect, ok bool, err error) {
	rng, err := global("document")
	if err == nil {
		rng, err = rng.Call("createRange")
	}
	if err != nil {
		return r, false, err
	}
	if _, err := rng.Call("setStart", node, off); err != nil {
		return r, false, err
	}
	box, err := rng.Call("getBoundingClientRect")
	if err != nil {
		return r, false, err
	}
	if h, err := getFloat(box, "height"); err != nil {
		return r, false, err
	} else if t, err := getInt(node, "nodeType"); err != nil {
		return r, false, err
	} else if h == 0 && t == 1 { // an element with no text at that point: an empty line
		if box, err = node.Call("getBoundingClientRect"); err != nil {
			return r, false, err
		}
	}
	if err := getFloats(box, map[string]*float64{"left": &r.left, "top": &r.top, "height": &r.height}); err != nil {
		return r, false, err
	}
	return r, r.height > 0, nil
}

// drawCaret shows the caret where the collapsed selection is in the
// document: browsers draw none in text that cannot be edited. The caret is
// an element of its own beside #doc, whose text stays the document's.
func (a *app) drawCaret() error {
	sel, err := a.page.window.Call("getSelection")
	if err != nil {
		return err
	}
	// Most calls come during drags and scrolls with no caret: those cost a
	// property or two, and no layout.
	ok, err := getBool(sel, "isCollapsed")
	if err == nil && ok {
		ok, err = a.inDoc(sel)
	}
	var r rect
	if err == nil && ok {
		r, ok, err = focusRect(sel)
	}
	if err != nil || !ok {
		return firstErr(err, a.showCaret(false))
	}
	// The caret is placed within <main>, #doc's box, so that what changes
	// height above it (the status, a panel) does not leave it behind.
	main, err := a.page.caret.Get("parentElement")
	if err != nil {
		return err
	}
	box, err := main.Call("getBoundingClientRect")
	if err != nil {
		return err
	}
	var x, y float64
	if err := getFloats(box, map[string]*float64{"left": &x, "top": &y}); err != nil {
		return err
	}
	style, err := a.page.caret.Get("style")
	if err != nil {
		return err
	}
	for prop, px := range map[string]float64{"left": r.left - x, "top": r.top - y, "height": r.height} {
		if err := style.Set(prop, strconv.FormatFloat(px, 'f', 1, 64)+"px"); err != nil {
			return err
		}
	}
	return a.showCaret(true)
}

// showCaret shows or hides the caret, touching the DOM only for a change.
func (a *app) showCaret(on bool) error {
	if on == a.caretShown {
		return nil
	}
	a.caretShown = on
	return a.page.caret.Set("hidden", !on)
}

// inDoc reports whether the selection's moving end is inside #doc.
func (a *app) inDoc(sel safejs.Value) (bool, error) {
	node, err := sel.Get("focusNode")
	if err != nil {
		return false, err
	}
	return a.docHolds(node)
}
