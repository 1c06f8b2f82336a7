//go:build js && wasm

package main

import (
	"fmt"
	"runtime/debug"
)

// handlers are the jobs this worker does, by kind.
var handlers = map[string]func(req []byte) ([]byte, error){}

// handle registers fn as the handler of the jobs of kind. Call it from an
// init function; a kind registered twice is a programming error.
func handle(kind string, fn func(req []byte) ([]byte, error)) {
	if _, dup := handlers[kind]; dup {
		panic("worker: job kind " + kind + " registered twice")
	}
	handlers[kind] = fn
}

// run does one job, turning a panic in its handler into an error: one bad
// job must not stop the worker.
func run(kind string, req []byte) (reply []byte, err error) {
	fn, ok := handlers[kind]
	if !ok {
		return nil, fmt.Errorf("the worker has no job %q", kind)
	}
	defer func() {
		if r := recover(); r != nil {
			println("spantag worker: panic in job " + kind + ": " + fmt.Sprint(r) + "\n" + string(debug.Stack()))
			reply, err = nil, fmt.Errorf("internal error in the job %q: %v", kind, r)
		}
	}()
	return fn(req)
}

// echo replies with the request: the page sends one when the worker is
// ready, to check that a job goes there and back.
func init() {
	handle("echo", func(req []byte) ([]byte, error) { return req, nil })
}
