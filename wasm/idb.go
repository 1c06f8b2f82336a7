//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"math"
	"syscall/js"

	"github.com/hack-pad/safejs"
)

// The few IndexedDB calls the store makes, over safejs so that every failure
// is an error, never a panic. (hack-pad/go-indexeddb covers the whole API,
// but panics inside its event handlers and adds 23 KB of brotli to a
// download that is already at its budget.) Functions that wait must run on
// a goroutine, never in an event callback.

// idb is one open IndexedDB database.
type idb struct{ db safejs.Value }

// openIDB opens the database name at version; upgrade creates its stores
// when the browser has an older version or none.
func openIDB(name string, version int, upgrade func(db safejs.Value) error) (*idb, error) {
	factory, err := global("indexedDB")
	if err != nil || factory.IsUndefined() || factory.IsNull() {
		return nil, errors.New("this browser offers no IndexedDB")
	}
	req, err := factory.Call("open", name, version)
	if err != nil {
		return nil, jsCallError(err)
	}
	var upgradeErr error
	onUpgrade, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		db, err := req.Get("result")
		if err == nil {
			err = upgrade(db)
		}
		upgradeErr = err
		return nil
	})
	if err != nil {
		return nil, err
	}
	defer onUpgrade.Release()
	if _, err := req.Call("addEventListener", "upgradeneeded", onUpgrade); err != nil {
		return nil, err
	}
	db, err := result(req, "success", "error", "blocked")
	if err == nil {
		err = upgradeErr
	}
	if err != nil {
		return nil, err
	}
	return &idb{db: db}, nil
}

// tx starts a transaction over stores; mode is "readonly" or "readwrite".
func (d *idb) tx(mode string, stores ...string) (safejs.Value, error) {
	names := make([]any, len(stores))
	for i, s := range stores {
		names[i] = s
	}
	tx, err := d.db.Call("transaction", names, mode)
	return tx, jsCallError(err)
}

// call calls method on the object store named store of transaction tx.
func call(tx safejs.Value, store, method string, args ...any) (safejs.Value, error) {
	s, err := tx.Call("objectStore", store)
	if err != nil {
		return safejs.Value{}, jsCallError(err)
	}
	req, err := s.Call(method, args...)
	return req, jsCallError(err)
}

// docKey is the key of document doc of dataset ds in the per-document stores.
func docKey(ds, doc int) []any { return []any{ds, doc} }

// datasetRange is the key range of every document of dataset ds.
func datasetRange(ds int) (safejs.Value, error) {
	return keyRange("bound", docKey(ds, 0), docKey(ds, math.MaxInt32))
}

// keyRange makes an IDBKeyRange with the named constructor (bound,
// upperBound, ...).
func keyRange(kind string, args ...any) (safejs.Value, error) {
	ranges, err := global("IDBKeyRange")
	if err != nil {
		return safejs.Value{}, err
	}
	r, err := ranges.Call(kind, args...)
	return r, jsCallError(err)
}

// result waits until the request req fires ok, and returns its result, or
// the error of the first of fail it fires.
func result(req safejs.Value, ok string, fail ...string) (safejs.Value, error) {
	if err := waitEvent(req, ok, fail...); err != nil {
		return safejs.Value{}, err
	}
	return req.Get("result")
}

// onResults calls then with the results of the requests reqs of
// transaction tx, by the same names, once it commits, or with why it did
// not, without waiting. (Waiting on each request in turn would miss the
// events of those that finish while the first is awaited.)
func onResults(tx safejs.Value, reqs map[string]safejs.Value, then func(map[string]safejs.Value, error)) error {
	return whenFinished(tx, func(err error) {
		if err != nil {
			then(nil, err)
			return
		}
		got := make(map[string]safejs.Value, len(reqs))
		for name, req := range reqs {
			if got[name], err = req.Get("result"); err != nil {
				then(nil, err)
				return
			}
		}
		then(got, nil)
	})
}

// whenFinished calls then with nil when transaction tx commits, or with why
// it did not, without waiting.
func whenFinished(tx safejs.Value, then func(error)) error {
	return onEvent(tx, "complete", []string{"abort", "error"}, then)
}

// waitEvent waits for target's event ok, or fails with target's error on one
// of the events fail.
func waitEvent(target safejs.Value, ok string, fail ...string) error {
	done := make(chan error, 1)
	if err := onEvent(target, ok, fail, func(err error) { done <- err }); err != nil {
		return err
	}
	return <-done
}

// onEvent calls then once, on target's event ok (with nil) or on the first
// of fail (with target's error), and then stops listening.
func onEvent(target safejs.Value, ok string, fail []string, then func(error)) error {
	var funcs []safejs.Func
	fired := false
	settle := func(err error) {
		if fired {
			return
		}
		fired = true
		for _, f := range funcs {
			f.Release()
		}
		then(err)
	}
	for _, event := range append([]string{ok}, fail...) {
		failed := event != ok
		f, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
			if failed {
				settle(errorOf(target))
			} else {
				settle(nil)
			}
			return nil
		})
		if err != nil {
			return err
		}
		funcs = append(funcs, f)
		if _, err := target.Call("addEventListener", event, f); err != nil {
			return err
		}
	}
	return nil
}

// errorOf is the error an IndexedDB request or transaction ended with.
func errorOf(target safejs.Value) error {
	e, err := target.Get("error")
	if err != nil {
		return err
	}
	if e.IsNull() || e.IsUndefined() {
		return errors.New("the browser's storage refused the operation")
	}
	return domError(e)
}

// jsCallError turns the error of a call that threw into the thrown message.
func jsCallError(err error) error {
	if err == nil {
		return nil
	}
	var thrown js.Error
	if errors.As(err, &thrown) {
		return domError(safejs.Safe(thrown.Value))
	}
	return err
}

// storageFull is the error name browsers give a write over the quota.
const storageFull = "QuotaExceededError"

// domError turns a DOMException into an error in words: its message, or
// what a full quota means to the user.
func domError(e safejs.Value) error {
	name, err := getString(e, "name")
	if err != nil {
		return fmt.Errorf("the browser's storage failed, and its error could not be read: %w", err)
	}
	msg, err := getString(e, "message")
	if err != nil {
		return fmt.Errorf("the browser's storage failed (%s), and its message could not be read: %w", name, err)
	}
	switch {
	case name == storageFull:
		return errors.New("the browser's storage for this page is full")
	case name == "VersionError": // a newer page upgraded the database
		return errors.New("the work here was saved by a newer version of spantag; reload the page to get it")
	case msg == "":
		return errors.New(name)
	}
	return errors.New(msg)
}
