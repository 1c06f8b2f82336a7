//go:build js && wasm

package main

import (
	"errors"
	"time"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
	"spantag/save"
)

// app is the annotator's state: the open datasets, which one is on screen,
// the selected span, and the store that keeps the work. Every action changes
// it through the core, records the change in the store, and then re-renders
// only what the change touched.
type app struct {
	page     *page
	labels   annotations.LabelSet
	selected annotations.Span // the zero Span when none is selected
	store    *save.Saver      // the open datasets, kept in the browser

	listPending  bool              // the span list is to be drawn after the next paint
	exporting    bool              // an export is running
	updateReady  safejs.Value      // the installed new version's worker, if any
	persisted    bool              // the browser promised not to evict the work
	resume       chan resumeChoice // the answer to askResume's question
	caretShown   bool              // the page's caret is drawn (caret.go)
	sp           *suggestPanel     // the suggestions' panel (suggest.go)
	lastMade     annotations.Span  // the span made last, for every occurrence
	fed          map[int]bool      // the datasets whose lines the worker counted (sources.go)
	drawing      int               // counts the drawings from scratch: one in steps stops when another starts
	drawnTo      int               // the bytes of the document's text drawn so far (all of it unless drawn in steps)
	placeLine    int               // the stored place's line, to scroll to once drawn (view.go); -1 when none
	busy         int               // atomic jobs running (pace.go)
	computing    int               // the sources' jobs running for the document on screen (assist.go)
	pressed      bool              // a pointer button is down: a selection may be under way
	held         []func() error    // input held until they end
	jobsShown    int               // jobs whose progress is on screen
	placeTimer   *time.Timer       // stores the place once scrolling stops (view.go)
	team         teamWork          // the team panel's files (team.go)
	version      int               // the version of a reviewed document the take key takes (review.go), -1 until it is drawn
	modelsLoaded map[int]bool      // the datasets whose stored model the worker holds (model.go)
	picking      bool              // the model chooses the next document (order.go)
	lastFocus    safejs.Value      // the element that last took the focus (focus.go)
	lastFocusIn  string            // the id of the nearest element around it that has one
	datasetKeyed bool              // a key last moved the Dataset list's choice, which Enter opens (datasets.go)
}

func (a *app) dataset() *save.Dataset { return a.store.Dataset() }

func (a *app) queue() *annotations.Queue { return a.dataset().Queue }

// doc is the document on screen, or nil while it is loading.
func (a *app) doc() *annotations.Document { return a.queue().Current() }

// label applies the label bound to key: to the selected text if there is
// any, else to the selected span (a relabel). whole tags the whole lines
// under the selection or caret instead.
func (a *app) label(key string, whole bool) error {
	l, ok := a.labels.ByKey(key)
	if !ok || a.doc() == nil {
		return nil
	}
	sel, err := a.selection()
	if err != nil {
		return err
	}
	switch {
	case whole && sel.inDoc:
		return a.labelLines(sel, l.Name)
	case sel.inDoc && sel.start != sel.end:
		return a.labelSelection(sel, l.Name)
	case a.selected != annotations.Span{}:
		return a.relabel(l.Name)
	}
	a.page.say("Select some text in the document first, then press %s for %s.", l.Key, l.Name)
	return nil
}

func (a *app) labelSelection(sel selection, label string) error {
	snap, err := getBool(a.page.snap, "checked")
	if err != nil {
		return err
	}
	d := a.doc()
	s, err := d.SpanFromSelection(sel.start, sel.end, annotations.UTF16, label, snap)
	if errors.Is(err, annotations.ErrEmptySpan) {
		a.page.tell(render.Attempt, "The selection holds only spaces; select some words.")
		return nil
	}
	if err != nil {
		return err
	}
	return a.add(s)
}

// labelLines labels each line from the selection's first to its last, in one change.
func (a *app) labelLines(sel selection, label string) error {
	d := a.doc()
	x := d.Index()
	from, err := x.ToByte(sel.start, annotations.UTF16)
	if err != nil {
		return err
	}
	to, err := x.ToByte(max(sel.end-1, sel.start), annotations.UTF16)
	if err != nil {
		return err
	}
	spans := d.LineSpans(from, to, label)
	if len(spans) == 0 {
		a.page.say("That line is empty; put the caret in a line with text.")
		return nil
	}
	e, err := d.AddAll(spans)
	if err != nil {
		return err
	}
	what := "That line is"
	if len(spans) > 1 {
		what = "Those lines are"
	}
	return a.addEdit(e, what, label)
}

func (a *app) add(s annotations.Span) error {
	e, err := a.doc().Add(s)
	if err != nil {
		return err
	}
	return a.addEdit(e, render.Quote(a.doc(), s)+" is", s.Label)
}

// addEdit makes e, which adds spans labelled label, unless it changes
// nothing: then the page says that what is already labelled so. The span
// or suggestion selected before is no longer: a label key pressed next
// would relabel it, maybe off screen, and not what was just made. The text
// selection collapses to a caret where it ended, for the keys to go on from
// there (Shift+3, ↓, Shift+3 tags line after line).
func (a *app) addEdit(e annotations.Edit, what, label string) error {
	if err := a.deselect(); err != nil {
		return err
	}
	if e.Empty() {
		a.page.tell(render.Attempt, "%s already labelled %s.", what, label)
		return nil
	}
	a.lastMade = e.Add[0]
	if err := a.do(e); err != nil {
		return err
	}
	a.page.tell(render.Attempt, "%s", render.Made(a.doc(), e))
	return nil
}

func (a *app) relabel(label string) error {
	if _, ok := a.selectedSuggestion(); ok {
		a.page.say("That is a suggestion: accept it (A, or Accept suggestion), then relabel the span.")
		return nil
	}
	e, err := a.doc().Relabel(a.selected, label)
	if err != nil {
		return err
	}
	old := a.selected
	a.selected = annotations.Span{Start: old.Start, End: old.End, Label: label}
	if err := a.doAndRedraw(e, old); err != nil {
		return err
	}
	a.saySelected()
	return nil
}

func (a *app) deleteSelected() error {
	if a.selected == (annotations.Span{}) || a.doc() == nil {
		return nil
	}
	if _, ok := a.selectedSuggestion(); ok {
		return a.rejectSuggestion()
	}
	deleted := a.selected
	e, err := a.doc().Delete(deleted)
	if err != nil {
		return err
	}
	a.selected = annotations.Span{}
	a.page.after(render.Deselected)
	if err := a.do(e); err != nil {
		return err
	}
	a.page.tell(render.Attempt, "Deleted %s %s; Undo brings it back.", deleted.Label, render.Quote(a.doc(), deleted))
	return nil
}

// do applies e to the current document, records it for undo and in the
// store, and redraws.
func (a *app) do(e annotations.Edit) error {
	if err := a.store.Writable(); err != nil {
		return err
	}
	if err := a.queue().Do(e); err != nil {
		return err
	}
	a.record(annotations.OpDo, e)
	return a.afterEdit(e)
}

// afterEdit redraws what edit e changed, deselecting the selected span if
// the edit took it away (a merge, an undo), and withdraws what the status
// area said that no longer holds.
func (a *app) afterEdit(e annotations.Edit) error {
	a.page.after(render.WorkChanged)
	a.tellModel(e)
	_, open := a.selectedSuggestion()
	if _, found := a.doc().Find(a.selected); !found && !open && a.selected != (annotations.Span{}) {
		old := a.selected
		a.selected = annotations.Span{}
		a.page.after(render.Deselected)
		if err := a.renderSpanLines(old); err != nil {
			return err
		}
	}
	return firstErr(a.markSpanActions(), a.renderEdit(e))
}

// record stores a change just made to the document on screen, measuring it
// for the benchmark.
func (a *app) record(op annotations.Op, e annotations.Edit) {
	start := now()
	if bytes := a.store.Record(a.dataset(), op, e); bytes > 0 {
		measure("spantag:autosave", start, map[string]any{"bytes": bytes})
	}
}

// doThenDraw is do for a large change (accepting hundreds of suggestions),
// which then says said: it is made and stored now, and drawn in a task of
// its own after a paint, input waiting meanwhile, so that neither task is
// long (accepting 450 suggestions was one of 60 ms, a warm page's).
func (a *app) doThenDraw(e annotations.Edit, said string) error {
	if err := a.store.Writable(); err != nil {
		return err
	}
	if err := a.queue().Do(e); err != nil {
		return err
	}
	a.record(annotations.OpDo, e)
	a.busy++
	afterPaint(a.page.fail, func() error {
		a.busy--
		defer a.replayHeld()
		if err := a.afterEdit(e); err != nil {
			return err
		}
		a.page.tell(render.Attempt, "%s", said)
		return nil
	})
	return nil
}

// doAndRedraw is do for a change that also moves the selection off span old.
func (a *app) doAndRedraw(e annotations.Edit, old annotations.Span) error {
	if err := a.do(e); err != nil {
		return err
	}
	return a.renderSpanLines(old)
}

func (a *app) undo() error {
	return a.whenLoaded(func() error { return a.step(a.queue().Undo, annotations.OpUndo) })
}

func (a *app) redo() error {
	return a.whenLoaded(func() error { return a.step(a.queue().Redo, annotations.OpRedo) })
}

func (a *app) step(move func() (annotations.Edit, bool, error), op annotations.Op) error {
	if err := a.store.Writable(); err != nil {
		return err
	}
	e, ok, err := move()
	if err != nil {
		return err
	}
	if !ok {
		a.page.tell(render.Attempt, "Nothing to %s.", op)
		return nil
	}
	a.record(op, e)
	if err := a.afterEdit(e); err != nil {
		return err
	}
	if said := render.Stepped(string(op), a.doc(), e); said != "" { // said for a screen reader too
		a.page.tell(render.Attempt, "%s", said)
	}
	return nil
}

// move goes delta documents through the queue, keeping the position in the
// store, and shows the document there once it is in memory.
func (a *app) move(delta int) error {
	a.learnLeft()
	if !a.queue().Move(delta) {
		return nil
	}
	a.store.InfoChanged(a.dataset())
	return a.show()
}

// switchDataset shows dataset i where its annotator left it.
func (a *app) switchDataset(i int) error {
	if err := a.store.Switch(i); err != nil {
		return err
	}
	return a.show()
}

// show draws the current document, loading it from the store first when it
// is not in memory, and brings its neighbours into memory for Previous and
// Next.
func (a *app) show() error {
	a.selected = annotations.Span{}
	a.version = -1 // renderVersions finds the version the document holds
	a.page.after(render.OtherShown)
	if err := a.markSpanActions(); err != nil {
		return err
	}
	if err := a.renderAll(); err != nil { // the queue, and an empty page while loading
		return err
	}
	if a.doc() == nil {
		err := a.whenLoaded(func() error {
			if err := a.renderAll(); err != nil {
				return err
			}
			return a.restorePlace()
		})
		if err != nil {
			return err
		}
	} else if err := a.restorePlace(); err != nil {
		return err
	}
	a.prefetch()
	return nil
}

// whenLoaded runs action on the document on screen, once it is in memory.
func (a *app) whenLoaded(action func() error) error {
	return a.store.WhenLoaded(action, a.page.fail)
}

// prefetch brings the documents before and after the one on screen into
// memory, so that Previous and Next show them at once.
func (a *app) prefetch() {
	ds, q := a.dataset(), a.queue()
	a.store.Load(ds, max(q.Pos-1, 0), min(q.Pos+2, q.Len()), func(err error) {
		if err != nil {
			a.page.fail(err)
		}
	})
}

// load reads documents from..to-1 of ds into memory and waits for them:
// call it on a goroutine.
func (a *app) load(ds *save.Dataset, from, to int) error {
	loaded := make(chan error, 1)
	a.store.Load(ds, from, to, func(err error) { loaded <- err })
	return <-loaded
}
