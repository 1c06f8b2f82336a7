//go:build js && wasm

package main

import (
	"strconv"
	"unicode/utf16"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
)

// selection is the browser's selection as UTF-16 offsets into the current
// document's text; inDoc is false when it does not touch #doc at all.
type selection struct {
	start, end int
	inDoc      bool
}

// selection reads the browser's selection. Each end is located from the
// start of its line element, so the cost does not grow with the document.
func (a *app) selection() (selection, error) {
	if a.doc() == nil {
		return selection{}, nil // still loading: nothing can be selected in it
	}
	sel, err := a.page.window.Call("getSelection")
	if err != nil {
		return selection{}, err
	}
	if n, err := getInt(sel, "rangeCount"); err != nil || n == 0 {
		return selection{}, err
	}
	r, err := sel.Call("getRangeAt", 0)
	if err != nil {
		return selection{}, err
	}
	touches, err := r.Call("intersectsNode", a.page.doc)
	if err != nil {
		return selection{}, err
	}
	if ok, err := touches.Bool(); err != nil || !ok {
		return selection{}, err
	}
	start, err := a.pointOffset(r, "startContainer", "startOffset")
	if err != nil {
		return selection{}, err
	}
	end, err := a.pointOffset(r, "endContainer", "endOffset")
	return selection{start: start, end: end, inDoc: true}, err
}

// pointOffset converts one end of range r to a UTF-16 offset in the text,
// clamping an end outside #doc to the start or end of the text.
func (a *app) pointOffset(r safejs.Value, containerProp, offsetProp string) (int, error) {
	node, err := r.Get(containerProp)
	if err != nil {
		return 0, err
	}
	off, err := getInt(r, offsetProp)
	if err != nil {
		return 0, err
	}
	whole, err := a.page.document.Call("createRange")
	if err != nil {
		return 0, err
	}
	if _, err := whole.Call("selectNodeContents", a.page.doc); err != nil {
		return 0, err
	}
	side, err := whole.Call("comparePoint", node, off)
	if err != nil {
		return 0, err
	}
	n, err := side.Int()
	if err != nil {
		return 0, err
	}
	switch n {
	case -1:
		return 0, nil
	case 1:
		return a.doc().Index().Len(annotations.UTF16), nil
	}
	line, from, err := a.lineOf(node)
	if err != nil {
		return 0, err
	}
	in, err := a.offsetIn(line, node, off)
	return from + in, err
}

// utf16Len is the length of s in UTF-16 code units, JavaScript's string length.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// lineOf returns the line element holding node (or the block, for a long
// line drawn in blocks) and the UTF-16 offset where it starts; for a point
// between lines it returns #doc and 0.
func (a *app) lineOf(node safejs.Value) (safejs.Value, int, error) {
	el := node
	if t, err := getInt(node, "nodeType"); err != nil {
		return el, 0, err
	} else if t != 1 { // not an element: a text node
		if el, err = node.Get("parentElement"); err != nil {
			return el, 0, err
		}
	}
	line, err := el.Call("closest", "."+render.ClassBlock+", ."+render.ClassLine)
	if err != nil || line.IsNull() {
		return a.page.doc, 0, err
	}
	attr := render.AttrLine
	if block, err := getString(line, "className"); err != nil {
		return line, 0, err
	} else if block == render.ClassBlock {
		attr = render.AttrAt
	}
	v, err := line.Call("getAttribute", attr)
	if err != nil {
		return line, 0, err
	}
	s, err := v.String()
	if err != nil {
		return line, 0, err
	}
	n, err := strconv.Atoi(s)
	d := a.doc()
	if err != nil || n < 0 {
		return line, 0, err
	}
	start := n // a block's byte offset
	if attr == render.AttrLine {
		if n >= len(d.Lines()) {
			return line, 0, nil
		}
		start = d.Lines()[n].Start
	}
	from, err := d.Index().FromByte(start, annotations.UTF16)
	return line, from, err
}

// The selected span, in the text and the list, as against the selected text above.

// selectSpan makes s the selected span (the zero Span deselects).
func (a *app) selectSpan(s annotations.Span) error {
	if s == a.selected || a.doc() == nil {
		return nil
	}
	old := a.selected
	a.selected = s
	if err := firstErr(a.renderSelected(old), a.renderSelected(s)); err != nil {
		return err
	}
	if len(a.doc().Suggestions) > 0 {
		if err := a.renderSuggestions(); err != nil {
			return err
		}
	}
	a.saySelected()
	return a.markSpanActions()
}

// markSpanActions enables Delete span while a span (not a suggestion) is selected.
func (a *app) markSpanActions() error {
	_, suggestion := a.selectedSuggestion()
	return firstErr(a.page.spanDelete.Set("disabled", a.selected == (annotations.Span{}) || suggestion), a.keepFocus())
}

// saySelected says which span is selected and what can be done with it.
func (a *app) saySelected() {
	if g, ok := a.selectedSuggestion(); ok {
		a.page.tell(render.Selection, "%s", render.SuggestionSelected(a.doc(), g, a.page.touch()))
	} else if s := a.selected; s == (annotations.Span{}) {
		a.page.after(render.Deselected)
	} else {
		a.page.tell(render.Selection, "%s", render.SpanSelected(a.doc(), s, a.page.touch()))
	}
}
