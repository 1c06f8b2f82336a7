//go:build js && wasm

package main

import (
	"time"

	"github.com/hack-pad/safejs"

	"spantag/render"
)

// Every long job on the page's thread runs through a job (see render/pace.go
// for when it yields and when it shows progress):
//
//	j := a.startJob(render.Job{Doing: "Exporting", Items: "documents"}, total, false)
//	defer j.end()
//	for i := range total {
//		if err := j.step(i); err != nil { // yields once the slice is spent
//			return err
//		}
//		... one item, of any size ...
//	}
//
// A job runs on a goroutine, never in an event callback: step blocks it
// while the browser paints and handles input. An atomic job (an undo, the
// drawing of a whole document) holds the input that arrives meanwhile,
// through whenIdle, and replays it in order once it ends, so that the user
// never acts on a half-done state. Nothing else may yield in the middle of
// an atomic job's changes.

// job is one long job on the page's thread.
type job struct {
	a      *app
	what   render.Job
	total  int // 0 when not known in advance
	done   int // items done, as step last heard
	pace   render.Pace
	atomic bool
	shown  bool // its progress is on screen
}

// startJob starts a job of total items (0: not known); atomic holds input
// until it ends; a job with no name (render.Job{}) shows no progress, its
// caller saying how far it is. Call it on a goroutine.
func (a *app) startJob(what render.Job, total int, atomic bool) *job {
	if atomic {
		a.busy++
	}
	return &job{a: a, what: what, total: total, pace: render.NewPace(time.Now()), atomic: atomic}
}

// step is called before item done: once the slice is spent, it shows the
// progress (after a moment) and yields to the browser.
func (j *job) step(done int) error {
	j.done = done
	now := time.Now()
	if !j.pace.Due(now) {
		return nil
	}
	if j.pace.ShowProgress(now) && j.what.Doing != "" {
		j.pace.Showed(now)
		if err := j.showProgress(done); err != nil {
			return err
		}
	}
	if err := yieldToBrowser(); err != nil {
		return err
	}
	j.pace.Resumed(time.Now())
	return nil
}

// pause is step in the middle of an item: an item that is long itself
// (a document of 60 MB) yields at its own points too.
func (j *job) pause() error { return j.step(j.done) }

// showProgress shows how far the job is, in the status line and the
// progress bar.
func (j *job) showProgress(done int) error {
	p := j.a.page
	if !j.shown {
		j.shown = true
		j.a.jobsShown++
		if err := p.jobProgress.Set("hidden", false); err != nil {
			return err
		}
	}
	p.tell(render.Working, "%s", j.what.Progress(done, j.total))
	if j.total <= 0 {
		_, err := p.jobProgress.Call("removeAttribute", "value") // indeterminate
		return err
	}
	return firstErr(p.jobProgress.Set("max", j.total), p.jobProgress.Set("value", done))
}

// end ends the job: its progress goes, and input held meanwhile is handled.
func (j *job) end() {
	a := j.a
	if j.shown {
		j.shown = false
		a.page.after(render.JobEnded)
		if a.jobsShown--; a.jobsShown == 0 {
			if err := a.page.jobProgress.Set("hidden", true); err != nil {
				a.page.fail(err)
			}
		}
	}
	if j.atomic {
		a.busy--
		a.replayHeld()
	}
}

// whenIdle runs action now, or, while an atomic job runs, once it has ended.
func (a *app) whenIdle(action func() error) error {
	if a.busy > 0 {
		a.held = append(a.held, action)
		return nil
	}
	return action()
}

// replayHeld runs the actions held during atomic jobs, in order, until one
// starts another atomic job.
func (a *app) replayHeld() {
	for a.busy == 0 && len(a.held) > 0 {
		action := a.held[0]
		a.held = a.held[1:]
		if err := guard("handling input", action); err != nil {
			a.page.fail(err)
		}
	}
}

// yielder posts messages to itself through a MessageChannel: a message is
// a task of its own, so the browser paints and handles input before it,
// and, unlike setTimeout's, it is not held back 4 ms.
var yielder struct {
	started bool
	port    safejs.Value
	waiting []chan struct{}
}

// yieldToBrowser blocks the calling goroutine (never an event callback)
// until the browser has run the tasks waiting before a new one.
func yieldToBrowser() error {
	if err := startYielder(); err != nil {
		return err
	}
	resumed := make(chan struct{})
	yielder.waiting = append(yielder.waiting, resumed)
	if _, err := yielder.port.Call("postMessage", nil); err != nil {
		yielder.waiting = yielder.waiting[:len(yielder.waiting)-1]
		return err
	}
	<-resumed
	return nil
}

// startYielder makes the MessageChannel on first use; each message wakes
// the goroutine that has waited longest.
func startYielder() error {
	if yielder.started {
		return nil
	}
	channel, err := newJS("MessageChannel")
	if err != nil {
		return err
	}
	receiver, err := channel.Get("port1")
	if err != nil {
		return err
	}
	sender, err := channel.Get("port2")
	if err != nil {
		return err
	}
	wake, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		if len(yielder.waiting) > 0 {
			close(yielder.waiting[0])
			yielder.waiting = yielder.waiting[1:]
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := receiver.Set("onmessage", wake); err != nil {
		return err
	}
	yielder.port, yielder.started = sender, true
	return nil
}
