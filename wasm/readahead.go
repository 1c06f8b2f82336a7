//go:build js && wasm

package main

import (
	"spantag/annotations"
	"spantag/save"
)

// exportBatch is how many documents the export reads from the store at a
// time.
const exportBatch = 100

// readAhead gives the documents of a dataset in order to a job that goes
// through them all (the export), reading those not in memory from the
// store a batch ahead: the store reads the next batch while the job works
// on this one, so that the page does not sit idle waiting for it.
type readAhead struct {
	a      *app
	ds     *save.Dataset
	asked  int        // the documents before it are read or being read
	coming chan error // the read under way, nil for none
}

// doc is document i, read from the store if it is not in memory (again,
// if a snapshot released it meanwhile); it asks for the next batch.
func (r *readAhead) doc(i int) (*annotations.Document, error) {
	q := r.ds.Queue
	for q.Doc(i) == nil {
		if r.coming != nil {
			if err := r.wait(); err != nil {
				return nil, err
			}
			continue
		}
		if err := r.a.load(r.ds, i, min(i+exportBatch, q.Len())); err != nil {
			return nil, err
		}
		r.asked = max(r.asked, i+exportBatch)
	}
	if r.coming == nil && r.asked < q.Len() && r.asked <= i+exportBatch {
		from := max(r.asked, i+1)
		to := min(from+exportBatch, q.Len())
		coming := make(chan error, 1)
		r.coming, r.asked = coming, to
		r.a.store.Load(r.ds, from, to, func(err error) { coming <- err })
	}
	return q.Doc(i), nil
}

// wait waits for the read under way, if any: a job that stops early waits
// too, so that no read of its runs on after it.
func (r *readAhead) wait() error {
	if r.coming == nil {
		return nil
	}
	err := <-r.coming
	r.coming = nil
	return err
}
