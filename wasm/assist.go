//go:build js && wasm

package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
	"spantag/save"
)

// The sources of suggestions run in the worker (package suggest): the page
// sends the document on screen with its dataset's Assist, and offers what
// comes back. Computed suggestions are not changes: they are offered
// again whenever the document is shown, and only the decisions on them
// are journalled. The suggestions of O, asked for by the annotator, are
// a change (undone by Undo).

// suggestShown computes the suggestions of the document on screen, if its
// dataset has sources, once it is in memory and drawn: the jobs start
// after its first paint, once the page is quiet, so that they never
// compete with the drawing (sending the text to the worker takes time on
// the page's thread too).
func (a *app) suggestShown() {
	ds, d := a.dataset(), a.doc()
	a.beginComputing()
	go func() {
		defer a.endComputing()
		a.waitQuiet()
		if a.dataset() != ds || a.doc() != d {
			return // another document is on screen: it asks for its own
		}
		a.runSources(ds)
	}()
}

// runSources runs the jobs of the sources that are on in dataset ds, side
// by side, and waits until they end. It waits: call it on a goroutine.
func (a *app) runSources(ds *save.Dataset) {
	var jobs sync.WaitGroup
	if ds.Queue.Assist.IsOn(annotations.FromModel) {
		jobs.Go(a.suggestModel)
	}
	switch {
	case !ds.Queue.Assist.Computes():
	case ds.Queue.Assist.IsOn(annotations.FromBoilerplate) && !a.fed[ds.ID]:
		a.fed[ds.ID] = true
		jobs.Go(func() { a.feed(ds) }) // then suggests
	default:
		jobs.Go(func() { a.suggest(nil, false, false) })
	}
	jobs.Wait()
}

// beginComputing and endComputing count the sources' jobs under way, which
// the panel tells of until they end ("Computing suggestions…"). The panel
// is drawn whole, its counts never ahead of its list.
func (a *app) beginComputing() {
	a.computing++
	if err := a.renderSuggestions(); err != nil {
		a.page.fail(err)
	}
}

func (a *app) endComputing() {
	a.computing--
	// During an atomic job the panel waits for its end: the offers just made
	// are drawn in steps, lines first (redrawInSteps). Drawn at once, the
	// panel's entries were laid out before the lines, and their first layout,
	// which loads fonts, was one task of 60–400 ms on a busy machine.
	if err := a.whenIdle(a.renderSuggestions); err != nil {
		a.page.fail(err)
	}
}

// waitQuiet blocks the calling goroutine (never an event callback) until
// the browser has painted and has nothing else to do, and no atomic job
// (a drawing in steps) runs.
func (a *app) waitQuiet() {
	for {
		waitPaint()
		waitIdle()
		if a.busy == 0 {
			return
		}
	}
}

// waitSelecting blocks the calling goroutine (never an event callback)
// while the annotator selects text in the document: the button down, or a
// selection not yet labelled. Suggestions drawn then would draw the lines
// under it anew and lose it.
func (a *app) waitSelecting() {
	for {
		sel, err := a.selection()
		if !a.pressed && (err != nil || sel.start == sel.end) {
			return
		}
		waitPaint()
	}
}

// idleLimit is how long waitIdle waits for the browser to be idle: a page
// kept busy by other work gets its suggestions all the same.
const idleLimit = 500 // ms

// waitIdle blocks the calling goroutine until the browser is idle
// (requestIdleCallback), or at once in a browser without it.
func waitIdle() {
	idle, err := safejs.Global().Get("requestIdleCallback")
	if err != nil || idle.Type() != safejs.TypeFunction {
		return
	}
	done := make(chan struct{})
	var fn safejs.Func
	fn, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		fn.Release()
		close(done)
		return nil
	})
	if err == nil {
		_, err = safejs.Global().Call("requestIdleCallback", fn, map[string]any{"timeout": idleLimit})
	}
	if err != nil {
		return // waiting is a courtesy: the jobs go on
	}
	<-done
}

// suggest asks the worker for the suggestions of the document on screen
// (with like, also every other occurrence of its words) and offers them:
// as a change when asked is true, else as computed; report says what the
// patterns file gave. It waits: call it on a goroutine.
func (a *app) suggest(like *annotations.Needle, asked, report bool) {
	err := guard("suggesting", func() error {
		ds, d := a.dataset(), a.doc()
		if d == nil {
			return nil
		}
		reply, err := a.askWorker(ds, d, like)
		if err != nil {
			return err
		}
		waitPaint() // reading the reply and offering it are two tasks, not one long one
		if a.dataset() != ds || a.doc() != d {
			return nil // another document is on screen: it has its own
		}
		if report {
			a.sayPatterns(ds, reply)
		}
		if asked { // one change, undone at once
			return a.whenIdle(func() error { return a.offer(reply.Suggestions, like, asked) })
		}
		return a.offerInSlices(ds, d, reply.Suggestions, annotations.FromPattern, annotations.FromBoilerplate)
	})
	if err != nil {
		a.page.fail(err)
	}
}

// offerInSlices offers computed suggestions in document d of dataset ds,
// on screen, those of the sources still on (stillOn), in slices of time
// (render/pace.go), as an atomic job: input waits until they are all
// offered, then they are drawn as one edit, in steps too when they spread
// over much of the text. First, what the sources of renew, which computed
// list, suggested before and no longer do is taken back (Renew), in the
// same edit. It waits: call it on a goroutine.
func (a *app) offerInSlices(ds *save.Dataset, d *annotations.Document, list []annotations.Suggestion, renew ...annotations.From) error {
	for a.busy > 0 { // another atomic job's changes are never interleaved with these
		waitPaint()
	}
	a.waitSelecting()
	if a.dataset() != ds || a.doc() != d {
		return nil
	}
	all := d.Renew(list, renew...) // drawn with the offers
	if err := d.Apply(all); err != nil {
		return err
	}
	j := a.startJob(render.Job{Doing: "Offering suggestions", Items: "suggestions"}, len(list), true)
	err := func() error {
		for at := 0; at < len(list); at += offerStep {
			if err := j.step(at); err != nil || a.dataset() != ds || a.doc() != d {
				return err
			}
			e := d.Suggest(stillOn(ds.Queue.Assist, list[at:min(at+offerStep, len(list))]))
			if err := d.Apply(e); err != nil {
				return err
			}
			all.Suggest, all.Unsuggest = append(all.Suggest, e.Suggest...), append(all.Unsuggest, e.Unsuggest...)
		}
		return j.step(len(list)) // the drawing starts a slice of its own, not the rest of this one
	}()
	j.end()
	if err != nil || all.Empty() || a.dataset() != ds || a.doc() != d {
		return err
	}
	// In steps whatever their number: the first drawing of suggestions
	// compiles much of the page's code (V8 compiles each function at its
	// first call), and with the last slice's offers and the panel it made
	// one task of 80 ms on a small page.
	return a.whenIdle(func() error { return a.drawEdit(all, true) })
}

// stillOn is the suggestions of list that a source still on gives: one
// turned off while the worker computed gives none.
func stillOn(assist annotations.Assist, list []annotations.Suggestion) []annotations.Suggestion {
	return slices.DeleteFunc(list, func(g annotations.Suggestion) bool {
		return !slices.ContainsFunc(g.Reasons, func(r annotations.Reason) bool { return assist.IsOn(r.From) })
	})
}

// offerStep is how many computed suggestions are offered between two looks
// at the clock: some 0.1 ms of work.
const offerStep = 100

// askWorker runs the "suggest" job for document d of dataset ds.
func (a *app) askWorker(ds *save.Dataset, d *annotations.Document, like *annotations.Needle) (annotations.SuggestReply, error) {
	job := annotations.SuggestJob{Dataset: strconv.Itoa(ds.ID), Assist: ds.Queue.Assist, Text: d.Text, Spans: d.Spans, Like: like}
	for _, l := range a.labels {
		job.Labels = append(job.Labels, l.Name)
	}
	if job.Assist.IsOn(annotations.FromBoilerplate) {
		var err error
		if job.Regions, err = d.HTMLRegions(); err != nil {
			return annotations.SuggestReply{}, err
		}
	}
	req, err := job.MarshalBinary() // not JSON: writing the text as JSON takes long
	if err != nil {
		return annotations.SuggestReply{}, err
	}
	raw, err := callWorker("suggest", req)
	if err != nil {
		return annotations.SuggestReply{}, fmt.Errorf("no suggestions: %w", err)
	}
	var reply annotations.SuggestReply
	return reply, reply.UnmarshalBinary(raw)
}

// offer offers suggestions in the document on screen.
func (a *app) offer(suggestions []annotations.Suggestion, like *annotations.Needle, asked bool) error {
	d := a.doc()
	e := d.Suggest(suggestions)
	everywhere := like != nil && slices.Contains(a.queue().Assist.Occurrences, *like) // Shift+O
	switch {
	case e.Empty() && like != nil:
		a.page.tell(render.Attempt, "%s", render.Occurrences(like.Label, like.Text, 0, openOf(d, suggestions), everywhere))
		return nil
	case e.Empty():
		return nil
	case asked:
		if err := a.do(e); err != nil {
			return err
		}
	default:
		if err := d.Apply(e); err != nil {
			return err
		}
		if err := a.renderEdit(e); err != nil {
			return err
		}
	}
	if like != nil {
		a.page.tell(render.Attempt, "%s", render.Occurrences(like.Label, like.Text, len(e.Suggest), 0, everywhere))
	}
	return nil
}

// openOf is how many of list are open suggestions of d already.
func openOf(d *annotations.Document, list []annotations.Suggestion) int {
	n := 0
	for _, g := range list {
		if _, ok := d.Suggestion(g.Span); ok {
			n++
		}
	}
	return n
}

// sayPatterns says what the dataset's patterns file gave.
func (a *app) sayPatterns(ds *save.Dataset, reply annotations.SuggestReply) {
	msg := fmt.Sprintf("Patterns %s: %d usable pattern(s) for %s.", ds.Queue.Assist.PatternsName, reply.Patterns, ds.Queue.Name)
	if len(reply.Refused) == 0 {
		a.page.say("%s", msg)
		return
	}
	scroll := "" // the status keeps two lines: the others scroll
	if len(reply.Refused) > 1 {
		scroll = " (scroll this message for all)"
	}
	a.page.fail(fmt.Errorf("%s %d line(s) left out%s:\n%s", msg, len(reply.Refused), scroll, strings.Join(reply.Refused, "\n")))
}

// withComputed is d, for an export, with the suggestions its dataset's
// sources compute for it offered too, as if it were shown: a copy, since
// an export never changes the work.
func (a *app) withComputed(ds *save.Dataset, d *annotations.Document) (*annotations.Document, error) {
	var list []annotations.Suggestion
	var froms []annotations.From
	if ds.Queue.Assist.Computes() {
		reply, err := a.askWorker(ds, d, nil)
		if err != nil {
			return nil, err
		}
		list, froms = reply.Suggestions, []annotations.From{annotations.FromPattern, annotations.FromBoilerplate}
	}
	if ds.Queue.Assist.IsOn(annotations.FromModel) {
		modelJobs.Lock()
		learnt, err := a.askModel(ds, d)
		modelJobs.Unlock()
		if err != nil {
			return nil, err
		}
		list, froms = append(list, learnt...), append(froms, annotations.FromModel)
	}
	if len(froms) == 0 {
		return d, nil
	}
	c := *d
	c.Suggestions = slices.Clone(d.Suggestions)
	if err := c.Apply(c.Renew(list, froms...)); err != nil {
		return nil, err
	}
	return &c, c.Apply(c.Suggest(list))
}

// maxPatterns is the largest patterns file the page takes.
const maxPatterns = 16 << 20

// openPatterns reads a patterns file into the dataset on screen, whose
// documents it applies to from now on, and suggests its matches in the
// document shown. It reports whether f is a patterns file at all.
func (a *app) openPatterns(f safejs.Value, name string, size int) (bool, error) {
	head := make([]byte, min(size, 64<<10))
	if _, err := io.ReadFull(&blobReader{blob: f, size: size}, head); err != nil {
		return false, err
	}
	if !annotations.IsPatternsFile(head) {
		return false, nil
	}
	if size > maxPatterns {
		return true, fmt.Errorf("the patterns file %s is %d MB; spantag takes patterns files of at most %d MB", name, size>>20, maxPatterns>>20)
	}
	file, err := readAll(&blobReader{blob: f, size: size})
	if err != nil {
		return true, err
	}
	ds := a.dataset()
	ds.Queue.Assist.Patterns, ds.Queue.Assist.PatternsName = string(file), name
	a.store.InfoChanged(ds)
	if err := a.renderSources(); err != nil { // the panel names the file
		return true, err
	}
	a.page.tell(render.Lasting, "Reading the patterns of %s…", name)
	a.suggest(nil, false, true)
	return true, nil
}
