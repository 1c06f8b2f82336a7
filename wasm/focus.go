//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"

	"spantag/render"
)

// The page keeps the keyboard's focus where the annotator was when a redraw
// replaces, hides or disables the element that had it (QA pass 14: choosing
// an entry of the span list sent the focus to the page's body, from where
// Shift+Tab reached Ignore and answered the document).

// trackFocus notes the element that takes the focus, and forgets it when a
// pointer goes down: a mouse user puts the focus where they click.
func (a *app) trackFocus() error {
	p := a.page
	if err := listen(p.document, "focusin", p.fail, func(ev safejs.Value) error {
		target, err := ev.Get("target")
		if err != nil {
			return err
		}
		a.lastFocus, a.lastFocusIn = target, ""
		holder, err := target.Call("closest", "[id]:not(:focus)")
		if err == nil && !holder.IsNull() {
			a.lastFocusIn, err = getString(holder, "id")
		}
		return err
	}); err != nil {
		return err
	}
	return listen(p.document, "pointerdown", p.fail, func(safejs.Value) error {
		a.lastFocus = safejs.Null()
		return nil
	})
}

// keepFocus, after a redraw, gives the focus back if it went to the page's
// body or stays on a control that can no longer have it: to the element that
// had it if it can still take it, else to the entry of the same span in the
// same list, else to the control of the same id, else to the document.
func (a *app) keepFocus() error {
	last := a.lastFocus
	if last.IsUndefined() || last.IsNull() {
		return nil
	}
	active, err := a.page.document.Get("activeElement")
	if err != nil {
		return err
	}
	if !active.IsNull() {
		tag, err := getString(active, "tagName")
		if err != nil {
			return err
		}
		// A control disabled or hidden under the focus keeps it until the
		// browser's next rendering step.
		if ok, err := canFocus(active); err != nil || tag != "BODY" && ok {
			return err
		}
	}
	for _, find := range []func(safejs.Value, string) (safejs.Value, error){same, sameEntry, sameID} {
		el, err := find(last, a.lastFocusIn)
		if err != nil {
			return err
		}
		if ok, err := canFocus(el); err != nil || ok {
			if err == nil {
				_, err = el.Call("focus")
			}
			return err
		}
	}
	_, err = a.page.doc.Call("focus")
	return err
}

func same(el safejs.Value, _ string) (safejs.Value, error) { return el, nil }

// sameEntry is the entry, in the element of id holder that held el (a
// list), for the span el stood for, or null.
func sameEntry(el safejs.Value, holderID string) (safejs.Value, error) {
	start, err := el.Call("getAttribute", render.AttrStart)
	if err != nil || start.IsNull() || holderID == "" {
		return safejs.Null(), err
	}
	holder, err := byID(holderID)
	if err != nil {
		return safejs.Null(), nil // the list itself is gone
	}
	entries, err := holder.Call("querySelectorAll", "["+render.AttrStart+"]")
	if err != nil {
		return safejs.Null(), err
	}
	n, err := getInt(entries, "length")
	if err != nil {
		return safejs.Null(), err
	}
	for i := range n {
		entry, err := entries.Call("item", i)
		if err != nil {
			return safejs.Null(), err
		}
		if match, err := sameAttrs(el, entry, render.AttrStart, render.AttrEnd, render.AttrLabel); err != nil || match {
			return entry, err
		}
	}
	return safejs.Null(), nil
}

// sameAttrs tells whether a and b have the same values of attributes names.
func sameAttrs(a, b safejs.Value, names ...string) (bool, error) {
	for _, name := range names {
		va, err := a.Call("getAttribute", name)
		if err != nil {
			return false, err
		}
		vb, err := b.Call("getAttribute", name)
		if err != nil {
			return false, err
		}
		if !va.Equal(vb) {
			return false, nil
		}
	}
	return true, nil
}

// sameID is the element of el's id now in the page, or null.
func sameID(el safejs.Value, _ string) (safejs.Value, error) {
	id, err := getString(el, "id")
	if err != nil || id == "" {
		return safejs.Null(), err
	}
	found, err := byID(id)
	if err != nil {
		return safejs.Null(), nil
	}
	return found, nil
}

// canFocus tells whether el is in the page, shown and enabled.
func canFocus(el safejs.Value) (bool, error) {
	if el.IsNull() || el.IsUndefined() {
		return false, nil
	}
	for _, prop := range []string{"isConnected", "offsetParent"} {
		v, err := el.Get(prop)
		if err != nil {
			return false, err
		}
		if ok, err := v.Truthy(); err != nil || !ok {
			return false, err
		}
	}
	disabled, err := getBool(el, "disabled")
	return !disabled, err
}
