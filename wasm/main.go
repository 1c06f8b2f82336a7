//go:build js && wasm

// Command wasm is spantag's page: it binds the annotations core to the DOM
// of web/index.html. All UI logic lives here and in the core; JavaScript
// only boots this program.
package main

import (
	_ "embed"

	"spantag/annotations"
)

// sample is the article shown when no work is open.
//
//go:embed sample.txt
var sample string

func main() {
	p, err := findPage()
	if err != nil {
		println("spantag cannot start: " + err.Error())
		return
	}
	if err := start(p); err != nil {
		p.fail(err)
		_ = p.boot.Set("hidden", true)
	}
	select {} // keep serving events
}

// start opens the store, restores the work (or shows the sample on a first
// visit), binds the events and marks the page ready.
func start(p *page) error {
	a := &app{page: p, labels: annotations.DefaultLabels}
	if err := firstErr(a.renderLabels(), a.renderExportOptions()); err != nil {
		return err
	}
	a.store = openStore(a)
	if err := a.restoreWork(); err != nil {
		return err
	}
	if err := a.bind(); err != nil {
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
	go a.keepOffline()
	return nil
}

// restoreWork shows the work the store holds, as the annotator left it, in
// this tab as the editing one or, when another tab edits, read-only.
func (a *app) restoreWork() error {
	s := a.store
	if s.db == nil {
		return a.openSample()
	}
	editor, err := a.claimEditing(a.takeOver)
	if err != nil {
		return err
	}
	s.readOnly = !editor
	if err := a.openChannel(); err != nil {
		return err
	}
	found, err := s.restore()
	if err != nil {
		// Writing now could overwrite what could not be read: keep the
		// stored work untouched and this tab's work in memory.
		s.db = nil
		s.onSaved("memory", "Not saved: the work saved earlier could not be read back ("+err.Error()+"). "+
			"It is left untouched; new work stays in this tab only. Export keeps a copy.")
		return a.openSample()
	}
	if !found {
		return a.openSample()
	}
	if s.readOnly {
		s.onSaved("readonly", "Read-only: spantag is open in another tab, which saves the work. This tab follows it, and takes over when it closes.")
	} else {
		s.saved()
	}
	return a.show()
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
