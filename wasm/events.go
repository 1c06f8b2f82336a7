//go:build js && wasm

package main

import (
	"strconv"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
)

// bind connects the page's events to the app's actions.
func (a *app) bind() error {
	p := a.page
	for _, l := range []struct {
		target safejs.Value
		event  string
		handle func(safejs.Value) error
	}{
		{p.document, "keydown", a.onKey},
		{p.doc, "click", a.onDocClick},
		{p.spans, "click", a.onListClick},
		{p.labels, "mousedown", preventDefault}, // keep the text selection
		{p.labels, "click", a.onLabelClick},
		{p.datasets, "change", a.onDatasetChange},
		{p.datasets, "keydown", a.onDatasetKey},
		{p.datasets, "keypress", onDatasetKeyPress},
		{p.datasets, "blur", a.onDatasetLeft},
		{p.file, "change", a.onFileInput},
		{p.document, "paste", a.onPaste},
		{p.document, "dragover", a.onDragOver},
		{p.document, "dragleave", a.onDragEnd},
		{p.document, "drop", a.onDrop},
		{p.window, "error", a.onScriptError},
		{p.window, "unhandledrejection", a.onScriptError},
		{p.document, "visibilitychange", a.onVisibility},
		{p.window, "beforeunload", a.onBeforeUnload},
		{p.renameInput, "keydown", a.onRenameKey},
		{p.document, "selectionchange", func(safejs.Value) error { return a.drawCaret() }},
		{p.window, "resize", func(safejs.Value) error { return a.drawCaret() }},
		{p.window, "scroll", func(safejs.Value) error { return a.drawCaret() }}, // lines laid out anew as they come into view
		{p.window, "scroll", a.onScroll},
		{p.document, "pointerdown", func(safejs.Value) error { a.pressed = true; return nil }},
		{p.window, "pointerup", func(safejs.Value) error { a.pressed = false; return nil }},
		{p.window, "pointercancel", func(safejs.Value) error { a.pressed = false; return nil }},
		{p.window, "blur", func(safejs.Value) error { a.pressed = false; return nil }},
		{p.exportPanel, "toggle", a.onExportToggle},
		{p.teamFiles, "change", a.onTeamFiles},
		{p.modelFile, "change", a.onModelFile},
		{p.teamKeep, "change", a.teamChanged},
		{p.splitForm, "keydown", a.onSplitKey},
		{p.teamAccept, "change", func(safejs.Value) error { a.team.review = nil; return nil }}, // the next review starts anew
		{p.teamNames, "change", a.onTeamName},
		{p.teamFigures, "click", a.onFiguresClick},
		{p.versionList, "click", a.onVersionsClick},
		{p.deleteForm, "keydown", a.onDeleteKey},
	} {
		if err := listen(l.target, l.event, p.fail, l.handle); err != nil {
			return err
		}
	}
	if err := a.trackFocus(); err != nil {
		return err
	}
	// Lines above the caret laid out anew (drawn in steps, or coming into
	// view) move the text under it.
	if err := observeSize(p.doc, p.fail, a.drawCaret); err != nil {
		return err
	}
	for id, action := range map[string]func() error{
		"undo": a.undo, "redo": a.redo, "export": a.export, "span-delete": a.deleteSelected,
		"next": a.next, "prev": a.previous,
		"rename": a.startRename, "rename-save": func() error { return a.finishRename(true) },
		"rename-cancel": func() error { return a.finishRename(false) },
		"delete":        a.askDelete, "delete-yes": func() error { return a.finishDelete(true) },
		"delete-no": func() error { return a.finishDelete(false) }, "update-now": a.update,
		"resume-continue": a.choose(resumeContinue), "resume-replace": a.choose(resumeReplace),
		"resume-new":   a.choose(resumeNew),
		"model-export": a.exportModel,
		"split":        a.startSplit, "split-go": a.split, "split-cancel": a.cancelSplit,
		"agreement": a.openTeam, "review": a.openTeam, "team-close": a.closeTeam, "team-review": a.startReview,
		"team-json":          func() error { return a.downloadText("agreement.json", "application/json", a.team.reply.JSON) },
		"team-csv":           func() error { return a.downloadText("agreement.csv", "text/csv", a.team.reply.FiguresCSV) },
		"team-documents-csv": func() error { return a.downloadText("agreement-documents.csv", "text/csv", a.team.reply.DocumentsCSV) },
	} {
		if err := a.onClick(id, action); err != nil {
			return err
		}
	}
	for ans, button := range p.answers {
		answer := annotations.Answer(ans)
		if err := listen(button, "click", p.fail, func(safejs.Value) error { return a.whenIdle(func() error { return a.answer(answer) }) }); err != nil {
			return err
		}
	}
	return nil
}

func (a *app) onClick(id string, action func() error) error {
	el, err := byID(id)
	if err != nil {
		return err
	}
	return listen(el, "click", a.page.fail, func(safejs.Value) error { return a.whenIdle(action) })
}

func preventDefault(ev safejs.Value) error {
	_, err := ev.Call("preventDefault")
	return err
}

// readKey reads a keydown event, and whether it was typed into a form
// field, where the page leaves keys alone.
func readKey(ev safejs.Value) (k annotations.Key, inField bool, err error) {
	if k.Key, err = getString(ev, "key"); err != nil {
		return k, false, err
	}
	if k.Code, err = getString(ev, "code"); err != nil {
		return k, false, err
	}
	var meta bool
	for prop, v := range map[string]*bool{"ctrlKey": &k.Ctrl, "metaKey": &meta, "shiftKey": &k.Shift, "altKey": &k.Alt} {
		if *v, err = getBool(ev, prop); err != nil {
			return k, false, err
		}
	}
	k.Ctrl = k.Ctrl || meta // Cmd on macOS
	target, err := ev.Get("target")
	if err != nil {
		return k, false, err
	}
	tag, err := getString(target, "tagName")
	if err != nil {
		return k, false, err
	}
	typ, err := getString(target, "type")
	if err != nil {
		return k, false, err
	}
	// Enter on a focused control (a button, a link, a tick) is the control's, and
	// every key in a popover's form (the export options) is the form's.
	panel, err := target.Call("closest", "[popover]")
	if err != nil {
		return k, false, err
	}
	control := tag == "BUTTON" || tag == "A" || tag == "SUMMARY" || tag == "INPUT"
	return k, tag == "TEXTAREA" || tag == "SELECT" || (tag == "INPUT" && typ != "checkbox") || k.Key == "Enter" && !k.Ctrl && control || !panel.IsNull(), nil
}

// onKey does what the core decodes a key press into; see the Keys list in
// index.html.
func (a *app) onKey(ev safejs.Value) error {
	k, inField, err := readKey(ev)
	if err != nil || inField {
		return err
	}
	action := a.keyAction(a.labels.Command(k))
	if action == nil {
		action = a.reviewKeyAction(k)
	}
	if action == nil {
		return nil
	}
	// Esc keeps its default too: it closes the export options.
	if k.Key != "Escape" {
		if err := preventDefault(ev); err != nil {
			return err
		}
	}
	return a.whenIdle(action)
}

func (a *app) keyAction(c annotations.KeyCommand) func() error {
	switch c.Action {
	case annotations.KeyUndo:
		return a.undo
	case annotations.KeyRedo:
		return a.redo
	case annotations.KeyLabel, annotations.KeyLabelLines:
		return func() error { return a.label(c.Label, c.Action == annotations.KeyLabelLines) }
	case annotations.KeyDelete:
		return a.deleteSelected
	case annotations.KeyDeselect:
		return a.deselect
	case annotations.KeySelectAtCaret:
		return a.selectAtCaret
	case annotations.KeyMoveCaret:
		return func() error { return a.moveCaret(c.Caret) }
	case annotations.KeyNextDocument:
		if c.Back {
			return a.previous
		}
		return a.next
	case annotations.KeyAcceptDocument:
		return a.acceptAndNext
	}
	return a.suggestionKey(c)
}

// onDocClick selects the span under the pointer (the innermost one), or
// deselects when the click is on unlabelled text. A click that ends a drag
// selecting text is left alone.
func (a *app) onDocClick(ev safejs.Value) error {
	if s, err := a.selection(); err != nil || s.start != s.end {
		return err
	}
	span, err := spanOf(ev)
	if err != nil {
		return err
	}
	return a.whenIdle(func() error { return a.selectSpan(span) })
}

// onListClick selects the span of the clicked list entry and scrolls to it.
func (a *app) onListClick(ev safejs.Value) error {
	span, err := spanOf(ev)
	if err != nil || span == (annotations.Span{}) {
		return err
	}
	if err := a.selectSpan(span); err != nil {
		return err
	}
	return a.scrollToSelected()
}

// spanOf reads the span named by the data attributes of the event target's
// closest element carrying them; the zero Span if there is none.
func spanOf(ev safejs.Value) (annotations.Span, error) {
	target, err := ev.Get("target")
	if err != nil {
		return annotations.Span{}, err
	}
	el, err := target.Call("closest", "["+render.AttrStart+"]")
	if err != nil || el.IsNull() {
		return annotations.Span{}, err
	}
	var attrs [3]string
	for i, name := range []string{render.AttrStart, render.AttrEnd, render.AttrLabel} {
		v, err := el.Call("getAttribute", name)
		if err != nil {
			return annotations.Span{}, err
		}
		if attrs[i], err = v.String(); err != nil {
			return annotations.Span{}, err
		}
	}
	start, err1 := strconv.Atoi(attrs[0])
	end, err2 := strconv.Atoi(attrs[1])
	if err1 != nil || err2 != nil {
		return annotations.Span{}, nil
	}
	return annotations.Span{Start: start, End: end, Label: attrs[2]}, nil
}

func (a *app) onLabelClick(ev safejs.Value) error {
	target, err := ev.Get("target")
	if err != nil {
		return err
	}
	button, err := target.Call("closest", "button")
	if err != nil || button.IsNull() {
		return err
	}
	key, err := button.Call("getAttribute", render.AttrKey)
	if err != nil {
		return err
	}
	k, err := key.String()
	if err != nil {
		return err
	}
	return a.whenIdle(func() error { return a.label(k, false) })
}

// onScriptError reports an uncaught JavaScript error or rejected promise.
func (a *app) onScriptError(ev safejs.Value) error {
	reason, err := ev.Get("reason") // unhandledrejection
	if err != nil || reason.IsUndefined() {
		reason, err = ev.Get("error")
	}
	if err != nil {
		return err
	}
	a.page.fail(jsError(reason))
	return nil
}

// onVisibility takes a snapshot when the tab is hidden: it may not come back.
func (a *app) onVisibility(safejs.Value) error {
	state, err := getString(a.page.document, "visibilityState")
	if err == nil && state == "hidden" {
		a.store.Snapshot()
	}
	return err
}

// onBeforeUnload asks before the tab closes or reloads while some of the
// work is not stored yet (being written, or failed on a full quota).
func (a *app) onBeforeUnload(ev safejs.Value) error {
	if !a.store.Unsaved() {
		return nil
	}
	if err := preventDefault(ev); err != nil {
		return err
	}
	return ev.Set("returnValue", "Some changes are not saved yet.") // what older browsers look for
}

// onRenameKey saves the typed name on Enter and cancels on Escape.
func (a *app) onRenameKey(ev safejs.Value) error {
	key, err := getString(ev, "key")
	switch {
	case err != nil:
		return err
	case key == "Enter":
		return a.finishRename(true)
	case key == "Escape":
		return a.finishRename(false)
	}
	return nil
}
