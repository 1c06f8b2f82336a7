//go:build js && wasm

package main

import (
	_ "embed"
	"time"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/save"
)

// sample is the article shown when no work is open.
//
//go:embed sample.txt
var sample string

func main() {
	mark("main")
	p, err := findPage()
	if err != nil {
		println("spantag cannot start: " + err.Error())
		return
	}
	if err := start(p); err != nil {
		p.fail(err)
		if err := p.boot.Set("hidden", true); err != nil { // the loading screen would hide the message
			println("spantag cannot start: " + err.Error())
		}
	}
	select {} // keep serving events
}

// start opens the store, restores the work (or shows the sample on a first
// visit), binds the events and marks the page ready.
func start(p *page) error {
	a := &app{page: p, labels: annotations.DefaultLabels, resume: make(chan resumeChoice, 1), placeLine: -1, modelsLoaded: map[int]bool{}}
	if err := firstErr(a.renderLabels(), a.renderExportOptions(), exposeCounters()); err != nil {
		return err
	}
	mark("drawn")
	a.store = openSaver(a)
	mark("store")
	if err := a.restoreWork(); err != nil {
		return err
	}
	if err := a.restoreExportChoice(); err != nil {
		p.fail(err) // the options stay as the page drew them
	}
	if err := firstErr(a.bind(), a.bindSuggestions()); err != nil {
		return err
	}
	if err := p.boot.Set("hidden", true); err != nil {
		return err
	}
	body, err := p.document.Get("body")
	if err != nil {
		return err
	}
	dataset, err := body.Get("dataset")
	if err != nil {
		return err
	}
	if err := dataset.Set("ready", "1"); err != nil {
		return err
	}
	mark("ready")
	go a.keepOffline()
	afterPaint(a.page.fail, func() error { go a.startWorker(); return nil })
	return nil
}

// exposeCounters gives tests window.spantagTokenised(): how many times the
// core has cut some text into tokens (annotations.Tokenised).
func exposeCounters() error {
	count, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any { return int(annotations.Tokenised()) })
	if err != nil {
		return err
	}
	return safejs.Global().Set("spantagTokenised", count)
}

// openSaver opens the browser's store, or says why the work stays in memory.
func openSaver(a *app) *save.Saver {
	storage, err := openStorage(a.page.fail)
	return save.Open(storage, err, save.Options{
		Show:          a.page.showSaved,
		Report:        a.page.fail,
		AfterSnapshot: func() { go a.refreshUsage() },
		Soon:          func(f func()) { go a.guarded("saving", f) },
		After:         func(d time.Duration, f func()) { time.AfterFunc(d, func() { a.guarded("saving", f) }) },
	})
}

// guarded runs f, showing a panic in it as an error.
func (a *app) guarded(what string, f func()) {
	if err := guard(what, func() error { f(); return nil }); err != nil {
		a.page.fail(err)
	}
}

// refreshUsage shows the space the work takes now; it is only informative,
// so a failure is logged.
func (a *app) refreshUsage() {
	if err := a.showUsage(); err != nil {
		println("spantag: " + err.Error())
	}
}

// restoreWork shows the work the store holds, as the annotator left it, in
// this tab as the editing one or, when another tab edits, read-only.
func (a *app) restoreWork() error {
	s := a.store
	if !s.HasStorage() {
		return a.openSample()
	}
	editor, err := a.claimEditing(a.takeOver)
	if err != nil {
		return err
	}
	s.SetReadOnly(!editor)
	mark("locked")
	if err := a.openChannel(); err != nil {
		return err
	}
	found, err := a.restore()
	mark("restored")
	if err != nil {
		// Writing now could overwrite what could not be read.
		s.LeaveUntouched(err)
		return a.openSample()
	}
	if !found {
		return a.openSample()
	}
	s.ShowState()
	return a.show()
}

// restore reads the work back from the store and waits for it.
func (a *app) restore() (found bool, err error) {
	restored := make(chan struct{})
	a.store.Restore(func(f bool, e error) {
		found, err = f, e
		close(restored)
	})
	<-restored
	return found, err
}

// keepOffline sets up the offline copy and asks the browser to keep the
// work; neither is needed to annotate, so a failure is only logged.
func (a *app) keepOffline() {
	for _, step := range []func() error{a.workOffline, a.keepStorage} {
		if err := step(); err != nil {
			println("spantag: " + err.Error())
		}
	}
}
