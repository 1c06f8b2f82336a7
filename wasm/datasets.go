//go:build js && wasm

package main

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
	"spantag/save"
)

// sampleName is the name of the dataset holding the built-in sample.
const sampleName = "Sample article"

// openSample shows the built-in sample as a new dataset: on the first visit,
// and after the last dataset is deleted. A read-only tab shows it unsaved.
func (a *app) openSample() error {
	doc, err := annotations.NewDocument(sample)
	if err != nil {
		return err
	}
	doc.Meta = []byte(`{"source":"sample.txt","id":"sample"}`)
	docs := []*annotations.Document{doc}
	if a.store.ReadOnly() {
		a.store.Datasets = append(a.store.Datasets, &save.Dataset{Queue: annotations.NewQueue(sampleName, docs)})
		return a.switchDataset(len(a.store.Datasets) - 1)
	}
	_, err = a.addDataset(sampleName, docs, annotations.Assist{})
	return err
}

// startRename puts a name field in place of the dataset's buttons.
func (a *app) startRename() error {
	if err := a.store.Writable(); err != nil {
		return err
	}
	if err := a.page.renameInput.Set("value", a.queue().Name); err != nil {
		return err
	}
	if err := a.showDatasetForm(a.page.renameForm); err != nil {
		return err
	}
	if _, err := a.page.renameInput.Call("focus"); err != nil {
		return err
	}
	_, err := a.page.renameInput.Call("select")
	return err
}

// finishRename gives the dataset the typed name (when save) and puts the
// dataset's buttons back, the focus on the list that shows the new name, or
// on Rename when cancelled. (Not on Rename after Enter saved the name: the
// same key press would press it, opening the form again, QA pass 14.)
func (a *app) finishRename(save bool) error {
	if !save {
		return a.backToActions("rename")
	}
	name, err := getString(a.page.renameInput, "value")
	if err != nil {
		return err
	}
	name = strings.TrimSpace(name)
	if name == "" {
		a.page.say("A dataset needs a name.")
		return nil
	}
	if err := firstErr(a.renameTo(a.dataset(), name), a.showDatasetForm(a.page.datasetActions)); err != nil {
		return err
	}
	a.page.tell(render.Attempt, "Renamed the dataset “%s”.", name)
	_, err = a.page.datasets.Call("focus")
	return err
}

// renameTo names ds name and shows it so.
func (a *app) renameTo(ds *save.Dataset, name string) error {
	ds.Queue.Name = name
	a.store.InfoChanged(ds)
	return a.renderDatasets()
}

// backToActions shows the dataset's button row again, the focus on the
// button (by id) whose form it leaves, where the keyboard was.
func (a *app) backToActions(button string) error {
	if err := a.showDatasetForm(a.page.datasetActions); err != nil {
		return err
	}
	el, err := byID(button)
	if err == nil {
		_, err = el.Call("focus")
	}
	return err
}

// askDelete asks whether to delete the dataset on screen.
func (a *app) askDelete() error {
	if err := a.store.Writable(); err != nil {
		return err
	}
	q := a.queue()
	question := "Delete “" + q.Name + "” and all the work in it? This cannot be undone."
	if err := a.page.deleteQuestion.Set("textContent", question); err != nil {
		return err
	}
	if err := a.showDatasetForm(a.page.deleteForm); err != nil {
		return err
	}
	keep, err := byID("delete-no") // the choice that loses nothing
	if err == nil {
		_, err = keep.Call("focus")
	}
	return err
}

// onDeleteKey keeps the dataset on Escape in the delete question.
func (a *app) onDeleteKey(ev safejs.Value) error {
	key, err := getString(ev, "key")
	if err != nil || key != "Escape" {
		return err
	}
	return a.finishDelete(false)
}

// finishDelete deletes the dataset on screen (when yes) and shows the one
// before it, or the sample when none is left.
func (a *app) finishDelete(yes bool) error {
	if !yes {
		return a.backToActions("delete")
	}
	if err := a.showDatasetForm(a.page.datasetActions); err != nil {
		return err
	}
	ds := a.dataset()
	a.store.Remove(ds)
	a.page.say("Deleted the dataset “%s”.", ds.Queue.Name)
	var err error
	if len(a.store.Datasets) == 0 {
		err = a.openSample()
	} else {
		err = a.switchDataset(max(a.store.Current-1, 0))
	}
	if err == nil {
		_, err = a.page.datasets.Call("focus") // the list it was deleted from
	}
	return err
}

// showDatasetForm shows one of the dataset's button row, rename field and
// delete question, and hides the other two.
func (a *app) showDatasetForm(shown safejs.Value) error {
	p := a.page
	for _, form := range []safejs.Value{p.datasetActions, p.renameForm, p.deleteForm, p.resumeForm, p.splitForm} {
		if err := form.Set("hidden", !form.Equal(shown)); err != nil {
			return err
		}
	}
	return nil
}

// addDataset opens docs as a new dataset with the sources assist says,
// shows it and saves it.
func (a *app) addDataset(name string, docs []*annotations.Document, assist annotations.Assist) (*save.Dataset, error) {
	ds, err := a.store.Add(annotations.DistinctName(name, a.takenNames(nil)), docs)
	if err != nil {
		return nil, err
	}
	ds.Queue.Assist = assist
	// Its documents are stored once it is on screen.
	afterPaint(a.page.fail, func() error {
		a.store.Snapshot()
		return nil
	})
	return ds, a.switchDataset(len(a.store.Datasets) - 1)
}

// takenNames are the names of the datasets but except.
func (a *app) takenNames(except *save.Dataset) []string {
	var taken []string
	for _, ds := range a.store.Datasets {
		if ds != except {
			taken = append(taken, ds.Queue.Name)
		}
	}
	return taken
}

// The Dataset list opens a dataset when the user means it: a choice with the mouse
// or the list's picker, or Enter. A closed list changes its choice at every arrow
// key, and at every letter typed, and would open each dataset on the way (WCAG
// 3.2.2: no change of context on input): a choice such a key made only says which
// dataset Enter opens, and leaving the list without Enter puts back the one open.

// onDatasetChange opens the dataset chosen, unless a key chose it.
func (a *app) onDatasetChange(safejs.Value) error {
	i, err := getInt(a.page.datasets, "selectedIndex")
	if err != nil || i < 0 || i >= len(a.store.Datasets) {
		return err
	}
	if a.datasetKeyed {
		a.datasetKeyed = false
		a.page.tell(render.ListChoice, "%s", render.DatasetChosen(a.store.Datasets[i].Queue.Name))
		return nil
	}
	return a.whenIdle(func() error { return a.switchDataset(i) })
}

// onDatasetKey notes a key that moves the list's choice, opens the dataset
// chosen on Enter and goes to its document, where the document's keys work
// (QA pass 18), and goes back to the document on Esc, the one open kept.
func (a *app) onDatasetKey(ev safejs.Value) error {
	key, err := getString(ev, "key")
	if err != nil {
		return err
	}
	switch key {
	case "Enter":
	case "Escape":
		return a.toDocument(ev)
	default:
		a.datasetKeyed, err = movesChoice(ev, key)
		return err
	}
	a.datasetKeyed = false
	i, err := getInt(a.page.datasets, "selectedIndex")
	if err != nil || i < 0 || i >= len(a.store.Datasets) {
		return err
	}
	if i == a.store.Current {
		return a.toDocument(ev)
	}
	if err := preventDefault(ev); err != nil {
		return err
	}
	return a.whenIdle(func() error {
		if err := a.switchDataset(i); err != nil {
			return err
		}
		_, err := a.page.doc.Call("focus")
		return err
	})
}

// toDocument moves the focus from the Dataset list to the document, which
// takes the key ev no further.
func (a *app) toDocument(ev safejs.Value) error {
	if err := preventDefault(ev); err != nil {
		return err
	}
	_, err := a.page.doc.Call("focus")
	return err
}

// onDatasetKeyPress keeps Enter from opening the list's picker, as it does on Linux,
// where a key press may come apart from its keydown (a driven browser's): Enter means
// open the dataset chosen.
func onDatasetKeyPress(ev safejs.Value) error {
	key, err := getString(ev, "key")
	if err != nil || key != "Enter" {
		return err
	}
	return preventDefault(ev)
}

// movesChoice tells whether key, pressed in a closed list, changes its choice: an
// arrow, Home, End, a page key, or a character typed (no Space or Alt, which open
// the list's picker, whose choice is a choice).
func movesChoice(ev safejs.Value, key string) (bool, error) {
	alt, err1 := getBool(ev, "altKey")
	ctrl, err2 := getBool(ev, "ctrlKey")
	meta, err3 := getBool(ev, "metaKey")
	if err := errors.Join(err1, err2, err3); err != nil || alt || ctrl || meta {
		return false, err
	}
	switch key {
	case "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown":
		return true, nil
	}
	return key != " " && utf8.RuneCountInString(key) == 1, nil
}

// onDatasetLeft puts back the open dataset as the list's choice when the keys
// chose another and Enter did not open it.
func (a *app) onDatasetLeft(safejs.Value) error {
	a.datasetKeyed = false
	i, err := getInt(a.page.datasets, "selectedIndex")
	if err != nil || i == a.store.Current {
		return err
	}
	a.page.after(render.ListLeft)
	return a.page.datasets.Set("selectedIndex", a.store.Current)
}
