//go:build js && wasm

package main

import (
	"errors"

	"github.com/hack-pad/safejs"
)

// mark records a step of the page's start as performance.mark("spantag:"
// + step), beside boot.js's "spantag:fetch" and "spantag:compiled" (main,
// drawn, store, locked, restored, ready; bench/startup.go names them): the
// benchmark reads them to tell where the start's time goes (download and
// compile, Go's start, opening the store, restoring, the first render). A
// failure only loses a figure, so it is logged.
func mark(step string) {
	perf, err := safejs.Global().Get("performance")
	if err == nil {
		_, err = perf.Call("mark", "spantag:"+step)
	}
	if err != nil {
		println("spantag: " + err.Error())
	}
}

// openedEarly is the database boot.js opened while the wasm downloaded
// (its promise spantagStore), with the same name, version and stores as
// openStorage; an error when it did not.
func openedEarly() (*idb, error) {
	early, err := global("spantagStore")
	if err != nil || early.IsUndefined() {
		return nil, errors.New("boot.js did not open the store")
	}
	db, err := await(early)
	if err != nil {
		return nil, err
	}
	return &idb{db: db}, nil
}
