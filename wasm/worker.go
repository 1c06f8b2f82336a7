//go:build js && wasm

package main

import (
	"errors"
	"os"
	"sync"

	"github.com/hack-pad/safejs"
)

// The worker is spantag's second program (worker/), run in a Web Worker and
// started after the first paint: it does the jobs that the first paint and
// editing do not need, so that their code is not in the first download.
// boot.js passes its script's URL in the environment.
const workerEnv = "SPANTAG_WORKER"

// jobWorker is the page's end of the worker: the jobs sent and not answered.
type jobWorker struct {
	once    sync.Once
	ready   chan struct{} // closed once the worker is ready, or has failed
	mu      sync.Mutex    // guards what follows
	err     error         // why it does no jobs, once it has failed
	port    safejs.Value  // the Worker object
	next    int           // the next job's id
	waiting map[int]chan jobReply
}

type jobReply struct {
	reply []byte
	err   error
}

var worker = &jobWorker{ready: make(chan struct{}), waiting: map[int]chan jobReply{}}

// callWorker sends the job kind with req to the worker and blocks the
// calling goroutine (never an event callback) until the reply comes. It
// starts the worker if it is not started yet, and returns an error if the
// worker could not start or has stopped.
func callWorker(kind string, req []byte) ([]byte, error) {
	w := worker
	w.start()
	<-w.ready
	w.mu.Lock()
	if w.err != nil {
		w.mu.Unlock()
		return nil, w.err
	}
	id := w.next
	w.next++
	answered := make(chan jobReply, 1)
	w.waiting[id] = answered
	port := w.port
	w.mu.Unlock()

	if err := postJob(port, id, kind, req); err != nil {
		w.mu.Lock()
		delete(w.waiting, id)
		w.mu.Unlock()
		return nil, err
	}
	r := <-answered
	return r.reply, r.err
}

// postJob sends one job, transferring a copy of req rather than copying it twice.
func postJob(port safejs.Value, id int, kind string, req []byte) error {
	u8, err := newJS("Uint8Array", len(req))
	if err != nil {
		return err
	}
	if _, err := safejs.CopyBytesToJS(u8, req); err != nil {
		return err
	}
	buffer, err := u8.Get("buffer")
	if err != nil {
		return err
	}
	_, err = port.Call("postMessage", map[string]any{"id": id, "kind": kind, "req": u8}, []any{buffer})
	return err
}

// start opens the worker, once; it is ready when it says so.
func (w *jobWorker) start() {
	w.once.Do(func() {
		if err := w.open(); err != nil {
			w.stop(err)
		}
	})
}

func (w *jobWorker) open() error {
	url := os.Getenv(workerEnv)
	if url == "" {
		return errors.New("this build of spantag has no worker")
	}
	port, err := newJS("Worker", url, map[string]any{"type": "module", "name": "spantag jobs"})
	if err != nil {
		return err
	}
	w.mu.Lock()
	w.port = port
	w.mu.Unlock()
	report := func(err error) { w.stop(err) }
	if err := listen(port, "message", report, w.receive); err != nil {
		return err
	}
	return listen(port, "error", report, func(ev safejs.Value) error {
		// A script that cannot load gives an event with no message.
		msg, err := getString(ev, "message")
		if err != nil || msg == "" {
			msg = "its script could not be loaded"
		}
		return errors.New(msg)
	})
}

// receive handles one message of the worker (see worker/doc.go).
func (w *jobWorker) receive(ev safejs.Value) error {
	data, err := ev.Get("data")
	if err != nil {
		return err
	}
	if failed, err := getString(data, "failed"); err != nil || failed != "" {
		return firstErr(err, errors.New(failed))
	}
	if ready, err := getBool(data, "ready"); err != nil || ready {
		if err == nil {
			w.markReady()
		}
		return err
	}
	id, err := getInt(data, "id")
	if err != nil {
		return err
	}
	w.mu.Lock()
	answered, ok := w.waiting[id]
	delete(w.waiting, id)
	w.mu.Unlock()
	if !ok {
		return nil
	}
	var r jobReply
	if msg, err := getString(data, "error"); err != nil || msg != "" {
		r.err = firstErr(err, errors.New(msg))
	} else if reply, err := data.Get("reply"); err != nil {
		r.err = err
	} else if buffer, err := reply.Get("buffer"); err != nil {
		r.err = err
	} else {
		r.reply, r.err = bytesOf(buffer) // the worker's reply fills its buffer
	}
	answered <- r // buffered: never blocks the event
	return nil
}

// stop marks the worker failed for err: the jobs waiting and every later
// one get it. Its first cause is kept.
func (w *jobWorker) stop(err error) {
	err = errors.New("the background worker could not do the job: " + err.Error())
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return
	}
	w.err = err
	for id, answered := range w.waiting {
		answered <- jobReply{err: err}
		delete(w.waiting, id)
	}
	w.closeReady()
	if !w.port.IsUndefined() {
		if _, err := w.port.Call("terminate"); err != nil {
			println("spantag: " + err.Error())
		}
	}
}

// markReady lets the jobs go, unless the worker has failed already.
func (w *jobWorker) markReady() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.closeReady()
}

// closeReady closes ready once; w.mu is held.
func (w *jobWorker) closeReady() {
	select {
	case <-w.ready:
	default:
		close(w.ready)
	}
}

// startWorker opens the worker once the page is up, and checks that a job
// goes there and back: body[data-worker] says "ready" or "failed".
func (a *app) startWorker() {
	state := "ready"
	const probe = "spantag ✓ 🌊"
	reply, err := callWorker("echo", []byte(probe))
	if err == nil && string(reply) != probe {
		err = errors.New("the worker's echo came back changed")
	}
	if err != nil {
		state = "failed"
		println("spantag: " + err.Error()) // the page works on; a job that needs it will say so
	}
	body, err := a.page.document.Get("body")
	if err == nil {
		_, err = body.Call("setAttribute", "data-worker", state)
	}
	if err == nil {
		err = sourcesReady(state == "ready")
	}
	if err != nil {
		println("spantag: " + err.Error())
	}
	if state == "ready" {
		a.retrainStaleModels()
	}
}

// sourcesReady enables the controls of the suggestions' sources, which are
// disabled until the worker that runs them is ready: a tick used before
// would be lost or wait unseen. Without a worker they stay disabled, and
// say why.
func sourcesReady(ready bool) error {
	box, err := byID("suggest-sources")
	if err != nil {
		return err
	}
	if !ready {
		return box.Set("title", "Suggestions need the background worker, which could not start")
	}
	_, err = box.Call("removeAttribute", "title")
	return firstErr(err, box.Set("disabled", false))
}
