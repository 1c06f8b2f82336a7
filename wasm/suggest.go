//go:build js && wasm

package main

import (
	"fmt"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
)

// Suggestions on the page: the selected span may be a suggestion (drawn
// outlined, data-suggested), which A accepts and X rejects; N and P move
// through them; the panel lists them with their reasons. Every decision is
// an ordinary change (do), undone and journalled like any other.

// suggestPanel holds the suggestion panel's elements.
type suggestPanel struct {
	counts, list, labels, accept, reject, fold safejs.Value
	drawn                                      map[string]string // what each part holds, by its name (setOnce)
}

// setOnce sets the property prop of el, the panel's part called part, to
// value unless it holds it already: a button drawn again under the pointer
// between its press and its release takes no click (the panel is drawn
// each time the sources start or end).
func (sp *suggestPanel) setOnce(part string, el safejs.Value, prop, value string) error {
	if sp.drawn == nil {
		sp.drawn = map[string]string{}
	}
	if held, ok := sp.drawn[part]; ok && held == value {
		return nil
	}
	sp.drawn[part] = value
	return el.Set(prop, value)
}

func findSuggestPanel() (*suggestPanel, error) {
	sp := &suggestPanel{}
	for id, el := range map[string]*safejs.Value{
		"suggest-counts": &sp.counts, "suggestions": &sp.list, "suggest-labels": &sp.labels,
		"suggest-accept": &sp.accept, "suggest-reject": &sp.reject, "occur-fold": &sp.fold,
	} {
		var err error
		if *el, err = byID(id); err != nil {
			return nil, err
		}
	}
	return sp, nil
}

// bindSuggestions connects the panel's controls.
func (a *app) bindSuggestions() error {
	sp, err := findSuggestPanel()
	if err != nil {
		return err
	}
	a.sp, a.fed = sp, map[int]bool{}
	if err := firstErr(a.renderSuggestions(), a.renderSources(), a.bindSources()); err != nil {
		return err
	}
	if a.doc() != nil {
		a.suggestShown() // the document drawn before the panel was bound
	}
	for id, action := range map[string]func() error{
		"suggest-next": func() error { return a.nextSuggestion(false) }, "suggest-prev": func() error { return a.nextSuggestion(true) },
		"suggest-accept": a.acceptSuggestion, "suggest-reject": a.rejectSuggestion,
		"suggest-accept-all": func() error { return a.acceptAll("") },
		"occur-doc":          func() error { return a.suggestOccurrences(false) },
		"occur-all":          func() error { return a.suggestOccurrences(true) },
	} {
		if err := a.onClick(id, action); err != nil {
			return err
		}
	}
	if err := listen(sp.list, "click", a.page.fail, a.onListClick); err != nil {
		return err
	}
	return listen(sp.labels, "click", a.page.fail, func(ev safejs.Value) error {
		label, err := labelOf(ev)
		if err != nil || label == "" {
			return err
		}
		return a.whenIdle(func() error { return a.acceptAll(label) })
	})
}

// labelOf is the data-label of the button an event came from.
func labelOf(ev safejs.Value) (string, error) {
	target, err := ev.Get("target")
	if err != nil {
		return "", err
	}
	button, err := target.Call("closest", "button")
	if err != nil || button.IsNull() {
		return "", err
	}
	v, err := button.Call("getAttribute", render.AttrLabel)
	if err != nil || v.IsNull() {
		return "", err
	}
	return v.String()
}

// suggestionKey runs the suggestion action a key press asks for.
func (a *app) suggestionKey(c annotations.KeyCommand) func() error {
	switch c.Action {
	case annotations.KeyNextSuggestion:
		return func() error { return a.nextSuggestion(c.Back) }
	case annotations.KeyAcceptSuggestion:
		return a.acceptSuggestion
	case annotations.KeyRejectSuggestion:
		return a.rejectSuggestion
	case annotations.KeyAcceptSuggestions:
		return func() error { return a.acceptAllKey(c.OneLabel) }
	case annotations.KeySuggestOccurrences:
		return func() error { return a.suggestOccurrences(c.Dataset) }
	}
	return nil
}

// selectedSuggestion is the selected suggestion, if a suggestion is selected.
func (a *app) selectedSuggestion() (annotations.Suggestion, bool) {
	d := a.doc()
	if d == nil || a.selected == (annotations.Span{}) {
		return annotations.Suggestion{}, false
	}
	return d.Suggestion(a.selected)
}

// nextSuggestion selects the suggestion after the selected span or
// suggestion (before it when back), and scrolls to it.
func (a *app) nextSuggestion(back bool) error {
	return a.whenLoaded(func() error {
		g, ok := a.doc().NextSuggestion(a.selected, back)
		if !ok {
			a.page.tell(render.Attempt, "No suggestions open in this document.")
			return nil
		}
		return a.showSuggestion(g.Span)
	})
}

// showSuggestion selects suggestion s and scrolls it into view.
func (a *app) showSuggestion(s annotations.Span) error {
	if err := a.selectSpan(s); err != nil {
		return err
	}
	return a.scrollToSelected()
}

// decide does the decision plan makes on the selected suggestion, then
// selects the next one, so that a document is reviewed key after key.
func (a *app) decide(verb string, plan func(annotations.Span) (annotations.Edit, error)) error {
	return a.whenLoaded(func() error {
		g, ok := a.selectedSuggestion()
		if !ok {
			a.page.tell(render.Attempt, "Select a suggestion first: N selects the next one.")
			return nil
		}
		e, err := plan(g.Span)
		if err != nil {
			return err
		}
		if err := a.do(e); err != nil {
			return err
		}
		if next, ok := a.doc().NextSuggestion(g.Span, false); ok {
			if err := a.showSuggestion(next.Span); err != nil {
				return err
			}
		}
		a.page.tell(render.Attempt, "%s the suggestion %s. %s", verb, render.SuggestionName(a.doc(), g.Span), render.SuggestionCounts(a.doc(), a.labels))
		return nil
	})
}

func (a *app) acceptSuggestion() error {
	return a.decide("Accepted", func(s annotations.Span) (annotations.Edit, error) { return a.doc().AcceptSuggestion(s) })
}

func (a *app) rejectSuggestion() error {
	return a.decide("Rejected", func(s annotations.Span) (annotations.Edit, error) { return a.doc().RejectSuggestion(s) })
}

// acceptAllKey accepts every suggestion, or with oneLabel those of the
// selected suggestion's label.
func (a *app) acceptAllKey(oneLabel bool) error {
	if !oneLabel {
		return a.acceptAll("")
	}
	g, ok := a.selectedSuggestion()
	if !ok {
		a.page.tell(render.Attempt, "Select a suggestion first (N): Shift+L accepts every suggestion of its label.")
		return nil
	}
	return a.acceptAll(g.Label)
}

// acceptAll accepts, as one change, every open suggestion of label (of
// every label when it is "").
func (a *app) acceptAll(label string) error {
	return a.whenLoaded(func() error {
		e, err := a.doc().AcceptAll(label)
		if err != nil {
			return err
		}
		if e.Empty() {
			a.page.tell(render.Attempt, "No suggestions to accept.")
			return nil
		}
		return a.doThenDraw(e, fmt.Sprintf("Accepted %d suggestion(s); Undo gives them back.", len(e.Unsuggest)))
	})
}

// scrollToSelected scrolls the selected span's first part into view.
func (a *app) scrollToSelected() error {
	mark, err := a.page.doc.Call("querySelector", "mark."+render.ClassSelected)
	if err != nil || mark.IsNull() {
		return err
	}
	return a.scrollToElement(mark, "center")
}

// renderSuggestions draws the panel: the counts, the list, the buttons
// that accept all of a label, and the accept and reject buttons, named
// after the selected suggestion.
func (a *app) renderSuggestions() error {
	d := a.doc()
	if d == nil {
		d = &annotations.Document{}
	}
	sp := a.sp
	if sp == nil {
		return nil // not bound yet: bindSuggestions draws it
	}
	err := firstErr(
		sp.setOnce("counts", sp.counts, "textContent", render.PanelCounts(d, a.labels, a.computing > 0, !a.queue().Assist.IsOn(annotations.FromBoilerplate))),
		sp.setOnce("list", sp.list, "innerHTML", render.SuggestionListHTML(d, a.selected)),
		sp.setOnce("labels", sp.labels, "innerHTML", render.AcceptLabelButtonsHTML(d, a.labels)),
	)
	if err != nil {
		return err
	}
	if err := revealSelected(sp.list); err != nil {
		return err
	}
	g, ok := a.selectedSuggestion()
	var chosen *annotations.Span
	if ok {
		chosen = &g.Span
	}
	for verb, button := range map[string]safejs.Value{"Accept": sp.accept, "Reject": sp.reject} {
		if err := firstErr(button.Set("disabled", !ok), button.Set("innerHTML", render.DecideButtonHTML(verb, d, chosen))); err != nil {
			return err
		}
	}
	return a.keepFocus()
}

// touchesSuggestions reports whether e offers, takes or rejects suggestions.
func touchesSuggestions(e annotations.Edit) bool {
	return len(e.Suggest)+len(e.Unsuggest)+len(e.Reject)+len(e.Unreject) > 0
}

// revealSelected scrolls the list, and only the list, so that its selected
// entry, with its reasons, is in sight: Element.scrollIntoView would scroll
// the window too, and move the document under the pointer.
func revealSelected(list safejs.Value) error {
	entry, err := list.Call("querySelector", "button."+render.ClassSelected)
	if err != nil || entry.IsNull() {
		return err
	}
	box, err := bounds(list)
	if err != nil {
		return err
	}
	at, err := bounds(entry)
	if err != nil {
		return err
	}
	delta := 0.0
	switch {
	case at.top < box.top:
		delta = at.top - box.top
	case at.bottom > box.bottom:
		delta = min(at.bottom-box.bottom, at.top-box.top)
	}
	if delta == 0 {
		return nil
	}
	top, err := getFloat(list, "scrollTop")
	if err != nil {
		return err
	}
	return list.Set("scrollTop", top+delta)
}

// box is an element's top and bottom in the window.
type box struct{ top, bottom float64 }

// bounds is el's box in the window.
func bounds(el safejs.Value) (box, error) {
	var b box
	r, err := el.Call("getBoundingClientRect")
	if err != nil {
		return b, err
	}
	err = getFloats(r, map[string]*float64{"top": &b.top, "bottom": &b.bottom})
	return b, err
}
