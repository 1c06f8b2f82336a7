//go:build js && wasm

package main

import "github.com/hack-pad/safejs"

// A line drawn anew is a new element, or new nodes in it: an end of the
// browser's selection in the old ones would fall back to where the line
// stands, and a drag made while suggestions are drawn would be lost under
// the mouse. redrawKeepingSelection sets such ends back at the same place
// in the text.

// selectionEnd is one end of the browser's selection: where it is in the
// DOM, and, when it lies in the element being drawn anew, its UTF-16
// offset from that element's start.
type selectionEnd struct {
	node   safejs.Value
	off    int
	inLine bool
	at     int
}

// redrawKeepingSelection runs draw, which draws element el anew, and sets
// back the ends of the selection that were in el at the same offsets in the
// element that then stands in its place: el, or, if replaced is not nil, the
// one it finds (looked up only when an end was in el).
func (a *app) redrawKeepingSelection(el safejs.Value, draw func() error, replaced func() (safejs.Value, error)) error {
	sel, ends, err := a.selectionEndsIn(el)
	if err != nil {
		return err
	}
	if err = draw(); err != nil || !ends[0].inLine && !ends[1].inLine {
		return err
	}
	if replaced != nil {
		if el, err = replaced(); err != nil {
			return err
		}
	}
	for i := range ends {
		if ends[i].inLine {
			if ends[i].node, ends[i].off, err = a.textPoint(el, ends[i].at); err != nil {
				return err
			}
		}
	}
	_, err = sel.Call("setBaseAndExtent", ends[0].node, ends[0].off, ends[1].node, ends[1].off)
	return err
}

// selectionEndsIn returns the selection and its anchor and focus, noting
// those in el. With no selection, neither is.
func (a *app) selectionEndsIn(el safejs.Value) (safejs.Value, [2]selectionEnd, error) {
	var ends [2]selectionEnd
	sel, err := a.page.window.Call("getSelection")
	if err != nil {
		return sel, ends, err
	}
	for i, prop := range [2]string{"anchor", "focus"} {
		e := &ends[i]
		if e.node, err = sel.Get(prop + "Node"); err != nil || e.node.IsNull() {
			return sel, [2]selectionEnd{}, err
		}
		if e.off, err = getInt(sel, prop+"Offset"); err != nil {
			return sel, ends, err
		}
		contains, err := el.Call("contains", e.node)
		if err != nil {
			return sel, ends, err
		}
		if e.inLine, err = contains.Bool(); err != nil || !e.inLine {
			continue
		}
		e.at, err = a.offsetIn(el, e.node, e.off)
		if err != nil {
			return sel, ends, err
		}
	}
	return sel, ends, err
}

// offsetIn is the UTF-16 offset of DOM point (node, off) from el's start.
func (a *app) offsetIn(el, node safejs.Value, off int) (int, error) {
	r, err := a.page.document.Call("createRange")
	if err != nil {
		return 0, err
	}
	if _, err := r.Call("setStart", el, 0); err != nil {
		return 0, err
	}
	if _, err := r.Call("setEnd", node, off); err != nil {
		return 0, err
	}
	text, err := r.Call("toString")
	if err != nil {
		return 0, err
	}
	// A JavaScript string is a primitive with no properties to Get: bring it
	// over and count its UTF-16 units here.
	s, err := text.String()
	return utf16Len(s), err
}

// textPoint is the DOM point at UTF-16 offset at of el's text, in the text
// node that holds it (the first, at the edge of two).
func (a *app) textPoint(el safejs.Value, at int) (safejs.Value, int, error) {
	const showText = 4 // NodeFilter.SHOW_TEXT
	walker, err := a.page.document.Call("createTreeWalker", el, showText)
	if err != nil {
		return el, 0, err
	}
	for {
		node, err := walker.Call("nextNode")
		if err != nil || node.IsNull() {
			return el, 0, err // an empty line: its text is the same as before
		}
		n, err := getInt(node, "length")
		if err != nil {
			return el, 0, err
		}
		if at <= n {
			return node, at, nil
		}
		at -= n
	}
}
