//go:build js && wasm

package main

import (
	"fmt"

	"github.com/hack-pad/safejs"

	"spantag/render"
	"spantag/save"
)

// page holds the elements of index.html that the shell reads or writes.
type page struct {
	window, document             safejs.Value
	doc, spans, counts, progress safejs.Value
	status, datasets, snap, file safejs.Value
	labels, boot, saved, usage   safejs.Value
	update, jobProgress, caret   safejs.Value
	datasetActions, renameForm   safejs.Value
	renameInput, deleteForm      safejs.Value
	resumeForm, resumeQuestion   safejs.Value
	deleteQuestion, exportFormat safejs.Value
	exportLabels, exportAnswers  safejs.Value
	exportSettings, exportPanel  safejs.Value
	team, teamHeading, teamFiles safejs.Value // the team panel (team.go)
	modelFile                    safejs.Value // the model file input (model.go)
	teamKeep, teamAccept         safejs.Value
	teamNames, teamMessages      safejs.Value
	teamFigures                  safejs.Value
	versions, versionList        safejs.Value // a reviewed document's versions (review.go)
	splitForm, splitAnnotators   safejs.Value // splitting for annotators (shard.go)
	splitOverlap, whose          safejs.Value
	spanDelete                   safejs.Value // enabled while a span is selected
	answers                      map[string]safejs.Value
	line                         render.Line // what the status area says, and what a job's progress covers
}

// findPage looks up every element the shell needs, failing on the first missing one.
func findPage() (*page, error) {
	p := &page{answers: map[string]safejs.Value{}}
	var err error
	if p.window, err = global("window"); err != nil {
		return nil, err
	}
	if p.document, err = global("document"); err != nil {
		return nil, err
	}
	for id, el := range map[string]*safejs.Value{
		"doc": &p.doc, "spans": &p.spans, "counts": &p.counts, "progress": &p.progress,
		"status": &p.status, "datasets": &p.datasets, "snap": &p.snap, "file": &p.file,
		"labels": &p.labels, "boot": &p.boot, "saved": &p.saved, "usage": &p.usage,
		"update": &p.update, "caret": &p.caret, "job-progress": &p.jobProgress, "dataset-actions": &p.datasetActions,
		"rename-form": &p.renameForm, "rename-input": &p.renameInput, "delete-form": &p.deleteForm,
		"resume-form": &p.resumeForm, "resume-question": &p.resumeQuestion,
		"delete-question": &p.deleteQuestion, "export-format": &p.exportFormat,
		"export-labels": &p.exportLabels, "export-answers": &p.exportAnswers,
		"export-settings": &p.exportSettings, "export-panel": &p.exportPanel,
		"team": &p.team, "team-title": &p.teamHeading, "team-files": &p.teamFiles, "model-file": &p.modelFile,
		"team-keep-rejected": &p.teamKeep, "team-accept-agreed": &p.teamAccept, "team-names": &p.teamNames,
		"team-messages": &p.teamMessages, "team-figures": &p.teamFigures,
		"versions": &p.versions, "version-list": &p.versionList,
		"split-form": &p.splitForm, "split-annotators": &p.splitAnnotators, "split-overlap": &p.splitOverlap, "whose": &p.whose,
		"span-delete": &p.spanDelete,
	} {
		if *el, err = byID(id); err != nil {
			return nil, err
		}
	}
	for _, a := range []string{"accept", "reject", "ignore"} {
		if p.answers[a], err = byID(a); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// say shows an informational message in the status area.
func (p *page) say(format string, args ...any) {
	p.tell(render.Lasting, format, args...)
}

// tell shows a message about topic in the status area, which goes once
// an event makes it stale (see after).
func (p *page) tell(topic render.Topic, format string, args ...any) {
	p.setStatus(render.Status{Text: fmt.Sprintf(format, args...), Topic: topic})
}

// fail shows an error in the status area, in words, and keeps it visible
// until the next message.
func (p *page) fail(err error) {
	p.setStatus(render.Status{Text: err.Error(), Error: true})
}

// after withdraws the status area's message if e made it stale.
func (p *page) after(e render.Event) {
	if l := p.line.After(e); l != p.line {
		p.show(l)
	}
}

func (p *page) setStatus(s render.Status) { p.show(p.line.Tell(s)) }

// touch reports whether the page is used by touch, with no keyboard to
// speak of (a coarse pointer): messages then name buttons, not keys.
func (p *page) touch() bool {
	m, err := p.window.Call("matchMedia", "(pointer: coarse)")
	if err != nil {
		return false
	}
	coarse, err := getBool(m, "matches")
	return err == nil && coarse
}

// show shows the status line l.
func (p *page) show(l render.Line) {
	p.line = l
	s := l.Shown
	class := ""
	if s.Error {
		class = "error"
	}
	// The status area is the last resort for reporting: if it fails, the
	// console is all that is left.
	if err := p.status.Set("className", class); err != nil {
		println("spantag: " + s.Text)
		return
	}
	if err := p.status.Set("textContent", s.Text); err != nil {
		println("spantag: " + s.Text)
	}
}

// showSaved shows in the header what is saved, the whole message in its
// title; the message of a failure, of no storage or of a read-only tab also
// goes to the status area.
func (p *page) showSaved(state save.State, message string) {
	err := firstErr(p.saved.Set("textContent", state.Label()), p.saved.Set("title", message))
	if err == nil {
		_, err = p.saved.Call("setAttribute", "data-state", state.String())
	}
	if err == nil { // the controls that change the work look off (app.css)
		var body safejs.Value
		if body, err = p.document.Get("body"); err == nil {
			_, err = body.Call("toggleAttribute", "data-readonly", state == save.ReadOnly)
		}
	}
	if err != nil {
		println("spantag: " + message)
	}
	switch {
	case state.Alarming():
		p.setStatus(render.Status{Text: message, Error: true, Topic: render.Saving})
	case state == save.ReadOnly:
		p.tell(render.Saving, "%s", message)
	case state == save.Saved:
		p.after(render.Stored)
	}
}

// showUpdate shows or hides the offer to reload into a new version.
func (p *page) showUpdate(on bool) error { return p.update.Set("hidden", !on) }
