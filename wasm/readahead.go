//go:build js && wasm

package main

import (
	"spantag/annotations"
	"spantag/save"
)

// exportBatch is how many documents a job that goes through a whole
// dataset reads from the store at a time.
const exportBatch = 100

// readAheadBatch is how many documents the export asks the store for at a
// time, and readsAhead how many such reads it keeps under way: the store
// hands a read's documents to Go, which decodes them, in one task of the
// page's, so that a read of 100 documents was a long task of its own; two
// reads of 25 keep the store as busy with a task a quarter as long.
const (
	readAheadBatch = 25
	readsAhead     = 2
)

// readAhead gives the documents of a dataset in order to a job that goes
// through them all (the export), reading those not in memory from the
// store ahead: the store reads the next batches while the job works on
// this one, so that the page does not sit idle waiting for it.
type readAhead struct {
	a      *app
	ds     *save.Dataset
	asked  int          // the documents before it are read or being read
	coming []chan error // the reads under way, oldest first
}

// doc is document i, read from the store if it is not in memory (again,
// if a snapshot released it meanwhile); it asks for the next batches.
func (r *readAhead) doc(i int) (*annotations.Document, error) {
	q := r.ds.Queue
	for q.Doc(i) == nil {
		if len(r.coming) > 0 {
			if err := r.next(); err != nil {
				return nil, err
			}
			continue
		}
		if err := r.a.load(r.ds, i, min(i+readAheadBatch, q.Len())); err != nil {
			return nil, err
		}
		r.asked = max(r.asked, i+readAheadBatch)
	}
	for len(r.coming) < readsAhead && r.asked < q.Len() && r.asked <= i+readsAhead*readAheadBatch {
		from := max(r.asked, i+1)
		to := min(from+readAheadBatch, q.Len())
		coming := make(chan error, 1)
		r.coming, r.asked = append(r.coming, coming), to
		r.a.store.Load(r.ds, from, to, func(err error) { coming <- err })
	}
	return q.Doc(i), nil
}

// next waits for the oldest read under way.
func (r *readAhead) next() error {
	err := <-r.coming[0]
	r.coming = r.coming[1:]
	return err
}

// wait waits for every read under way: a job that stops early waits too,
// so that no read of its runs on after it.
func (r *readAhead) wait() error {
	var first error
	for len(r.coming) > 0 {
		if err := r.next(); err != nil && first == nil {
			first = err
		}
	}
	return first
}
