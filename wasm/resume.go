//go:build js && wasm

package main

import (
	"fmt"

	"github.com/hack-pad/safejs"

	"spantag/save"
)

// resumeChoice is what to do with a file whose earlier read did not end.
type resumeChoice int

const (
	resumeContinue resumeChoice = iota // read the rest into the dataset
	resumeReplace                      // read it all into a new dataset, which replaces the old one
	resumeNew                          // read it all into a new dataset beside the old one
)

// askResume asks, when a dataset was read from the same file f (same name,
// same size, same bytes for what was read) and that read did not end,
// whether to continue it, replace it or open the file anew. It returns the
// dataset to continue, or the one to replace once the file is read, or
// neither. It waits: call it on a goroutine.
func (a *app) askResume(f safejs.Value, name string, size int) (into, replace *save.Dataset, err error) {
	ds := a.store.SameFileAs(name, int64(size))
	if ds == nil {
		return nil, nil, nil
	}
	same, err := ds.Unfinished().SameStart(&blobReader{blob: f, size: size})
	if err != nil || !same {
		return nil, nil, err
	}
	question := fmt.Sprintf("%s was opened before and not read to its end: the dataset “%s” holds its first %d document(s).",
		name, ds.Queue.Name, ds.Queue.Len())
	if err := a.page.resumeQuestion.Set("textContent", question); err != nil {
		return nil, nil, err
	}
	if err := a.showDatasetForm(a.page.resumeForm); err != nil {
		return nil, nil, err
	}
	choice := <-a.resume
	if err := a.showDatasetForm(a.page.datasetActions); err != nil {
		return nil, nil, err
	}
	switch choice {
	case resumeContinue:
		return ds, nil, a.switchTo(ds)
	case resumeReplace:
		return nil, ds, nil
	}
	return nil, nil, nil
}

// choose is the action of the button that answers askResume with c.
func (a *app) choose(c resumeChoice) func() error {
	return func() error {
		select {
		case a.resume <- c:
		default: // an answer is already on its way
		}
		return nil
	}
}

// switchTo shows dataset ds.
func (a *app) switchTo(ds *save.Dataset) error {
	for i, d := range a.store.Datasets {
		if d == ds {
			return a.switchDataset(i)
		}
	}
	return nil
}
