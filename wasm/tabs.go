//go:build js && wasm

package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/hack-pad/safejs"

	"spantag/save"
)

// Two tabs must never overwrite each other's work. The tab that holds the
// Web Lock named editorLock edits and saves; a tab opened meanwhile shows
// the work read-only, follows what the editing tab saves (it announces each
// write on a BroadcastChannel), and takes over when that tab closes.
const (
	editorLock = "spantag-editor"
	channel    = "spantag"
	followWait = 150 * time.Millisecond // gathers a burst of writes into one refresh
)

// claimEditing reports whether this tab may edit: it holds the lock, or the
// browser has no locks. When another tab holds it, this tab waits for it in
// the background and calls takeOver once it has it. It waits: call it on a
// goroutine.
func (a *app) claimEditing(takeOver func()) (bool, error) {
	navigator, err := global("navigator")
	if err != nil {
		return false, err
	}
	locks, err := navigator.Get("locks")
	if err != nil || locks.IsUndefined() {
		return true, err
	}
	if err := waitForView(hiddenStart); err != nil {
		return false, err
	}
	// The lock is held while the promise its callback returns is pending.
	// That promise is made here, before any request: made in the callback,
	// a failure would release the lock at once while this tab believed it
	// edits.
	forever, release, err := untilReleased()
	if err != nil {
		return false, err
	}
	if err := a.letGoWhenCached(release); err != nil {
		return false, err
	}
	granted := make(chan bool, 1)
	now, err := holdLock(forever, func(held bool) { granted <- held })
	if err != nil {
		return false, err
	}
	defer now.Release()
	refused := make(chan error, 1)
	request, err := locks.Call("request", editorLock, map[string]any{"ifAvailable": true}, now)
	if err == nil {
		err = onReject(request, func(err error) { refused <- err })
	}
	if err != nil {
		return false, err
	}
	select {
	case held := <-granted:
		if held {
			return true, nil
		}
	case err := <-refused:
		return false, fmt.Errorf("the browser refused the lock that keeps two tabs from overwriting each other: %w", err)
	}
	return false, waitInView(locks, forever, takeOver)
}

// waitInView asks for the lock in the background while the page is in
// view, and calls takeOver once it has it. A tab out of view does not
// queue: reloaded, the tab the user works in gets the lock back, not a
// tab left behind another that happened to be waiting for it.
func waitInView(locks, forever safejs.Value, takeOver func()) error {
	document, err := global("document")
	if err != nil {
		return err
	}
	granted := false
	later, err := holdLock(forever, func(bool) {
		granted = true
		go takeOver()
	})
	if err != nil {
		return err
	}
	var pending safejs.Value // the AbortController of the request queued, while one is
	queued := false
	queue := func(safejs.Value) error {
		state, err := getString(document, "visibilityState")
		if err != nil || granted {
			return err
		}
		switch inView := state == "visible"; {
		case inView && !queued:
			if pending, err = newJS("AbortController"); err != nil {
				return err
			}
			signal, err := pending.Get("signal")
			if err != nil {
				return err
			}
			request, err := locks.Call("request", editorLock, map[string]any{"signal": signal}, later)
			if err != nil {
				return err
			}
			queued = true
			return onReject(request, func(error) {}) // aborted: out of view
		case !inView && queued:
			queued = false
			_, err := pending.Call("abort")
			return err
		}
		return nil
	}
	if err := listen(document, "visibilitychange", func(err error) { println("spantag: " + err.Error()) }, queue); err != nil {
		return err
	}
	return queue(safejs.Undefined())
}

// hiddenStart is how long a tab that starts out of view lets one in view
// claim the editing first: both reload at once into a new version, and the
// one the user clicked in should go on editing.
const hiddenStart = 2 * time.Second

// waitForView returns once the page is in view, or after at most wait.
func waitForView(wait time.Duration) error {
	document, err := global("document")
	for end := time.Now().Add(wait); err == nil && time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		var state string
		if state, err = getString(document, "visibilityState"); state == "visible" {
			break
		}
	}
	return err
}

// holdLock makes the callback of a lock request: it tells then whether the
// lock was granted and, if so, keeps it for as long as the tab lives by
// returning forever, a promise that never settles.
func holdLock(forever safejs.Value, then func(held bool)) (safejs.Func, error) {
	return safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		held := len(args) > 0 && !args[0].IsNull()
		then(held)
		if !held {
			return nil
		}
		return forever
	})
}

// untilReleased makes a promise that settles only when release is called.
func untilReleased() (promise safejs.Value, release func() error, err error) {
	var resolve safejs.Value
	executor, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		resolve = args[0]
		return nil
	})
	if err != nil {
		return safejs.Value{}, nil, err
	}
	defer executor.Release() // the Promise constructor has called it by then
	promise, err = newJS("Promise", executor)
	release = func() error {
		_, err := resolve.Invoke()
		return err
	}
	return promise, release, err
}

// letGoWhenCached makes the page let the lock go when the browser keeps it,
// frozen, in its back-forward cache after the user leaves: it would hold
// the lock there, and a waiting tab would wait for ever. Brought back by
// Back, the page reloads, since another tab may edit now.
func (a *app) letGoWhenCached(release func() error) error {
	window, err := global("window")
	if err != nil {
		return err
	}
	report := func(err error) { println("spantag: " + err.Error()) }
	err = listen(window, "pagehide", report, func(ev safejs.Value) error {
		if cached, err := getBool(ev, "persisted"); err != nil || !cached {
			return err
		}
		a.store.SetReadOnly(true)
		return release()
	})
	if err != nil {
		return err
	}
	return listen(window, "pageshow", report, func(ev safejs.Value) error {
		if cached, err := getBool(ev, "persisted"); err != nil || !cached {
			return err
		}
		location, err := global("location")
		if err == nil {
			_, err = location.Call("reload")
		}
		return err
	})
}

// onReject calls fail with the reason if promise rejects.
func onReject(promise safejs.Value, fail func(error)) error {
	var catch safejs.Func
	catch, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		catch.Release()
		fail(jsError(args[0]))
		return nil
	})
	if err != nil {
		return err
	}
	_, err = promise.Call("catch", catch)
	return err
}

// openChannel connects to the other tabs: the editing tab announces its
// writes, a read-only tab refreshes on them.
func (a *app) openChannel() error {
	if class, err := global("BroadcastChannel"); err != nil || class.IsUndefined() {
		return err // no BroadcastChannel: a read-only tab then refreshes on reload only
	}
	bc, err := newJS("BroadcastChannel", channel)
	if err != nil {
		return err
	}
	a.store.OnSaved(func() {
		if _, err := bc.Call("postMessage", "saved"); err != nil {
			a.page.fail(fmt.Errorf("the other spantag tabs could not be told of a change (%w); they show it when reloaded", err))
		}
	})
	refreshing := false
	return listen(bc, "message", a.page.fail, func(safejs.Value) error {
		if !a.store.ReadOnly() || refreshing {
			return nil
		}
		refreshing = true
		time.AfterFunc(followWait, func() {
			refreshing = false
			if a.store.ReadOnly() { // not if this tab took over meanwhile
				go a.follow()
			}
		})
		return nil
	})
}

// reload reads all the work back from the store and shows it.
func (a *app) reload(why string) {
	err := guard(why, func() error {
		found, err := a.restore()
		if err != nil {
			return err
		}
		if !found { // the other tab deleted its last dataset and is about to store the sample
			return a.openSample()
		}
		return a.show()
	})
	if err != nil {
		a.page.fail(err)
	}
}

// follow reads again what the editing tab saved, and shows it where this
// tab's user is: the same dataset, document and line, not the editing
// tab's place (which the store holds).
func (a *app) follow() {
	ds := a.dataset()
	id, pos := ds.ID, ds.Queue.Pos
	place, placed := a.store.View().Places[id]
	err := guard("following the other tab", func() error {
		found, err := a.restore()
		if err != nil {
			return err
		}
		if !found { // the other tab deleted its last dataset and is about to store the sample
			return a.openSample()
		}
		if i := slices.IndexFunc(a.store.Datasets, func(d *save.Dataset) bool { return d.ID == id }); i >= 0 {
			a.store.Current = i
			q := a.queue()
			q.Pos = max(0, min(pos, q.Len()-1))
			if placed {
				a.store.SetPlace(a.dataset(), place) // kept in memory: this tab writes nothing
			}
		}
		return a.show()
	})
	if err != nil {
		a.page.fail(err)
	}
}

// takeOver makes this tab the editing one once the other has closed.
func (a *app) takeOver() {
	a.store.SetReadOnly(false)
	a.reload("taking over from the closed tab")
	a.store.ShowState()
	a.page.say("The other spantag tab was closed: this tab edits and saves the work now.")
}
