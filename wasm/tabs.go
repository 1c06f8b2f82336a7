//go:build js && wasm

package main

import (
	"time"

	"github.com/hack-pad/safejs"
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
	granted := make(chan bool, 1)
	now, err := holdLock(func(held bool) { granted <- held })
	if err != nil {
		return false, err
	}
	if _, err := locks.Call("request", editorLock, map[string]any{"ifAvailable": true}, now); err != nil {
		return false, err
	}
	if <-granted {
		return true, nil
	}
	later, err := holdLock(func(bool) { go takeOver() })
	if err != nil {
		return false, err
	}
	_, err = locks.Call("request", editorLock, later)
	return false, err
}

// holdLock makes the callback of a lock request: it tells then whether the
// lock was granted and, if so, keeps it for as long as the tab lives by
// returning a promise that never settles.
func holdLock(then func(held bool)) (safejs.Func, error) {
	return safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		held := len(args) > 0 && !args[0].IsNull()
		then(held)
		if !held {
			return nil
		}
		forever, err := newJS("Promise", neverSettle)
		if err != nil {
			return nil
		}
		return forever
	})
}

// neverSettle is a Promise executor that never calls resolve or reject.
var neverSettle, _ = safejs.FuncOf(func(safejs.Value, []safejs.Value) any { return nil })

// openChannel connects to the other tabs: the editing tab announces its
// writes, a read-only tab refreshes on them.
func (a *app) openChannel() error {
	bc, err := newJS("BroadcastChannel", channel)
	if err != nil {
		return nil // no BroadcastChannel: a read-only tab then refreshes on reload only
	}
	a.store.OnSaved(func() { _, _ = bc.Call("postMessage", "saved") })
	refreshing := false
	return listen(bc, "message", a.page.fail, func(safejs.Value) error {
		if !a.store.ReadOnly() || refreshing {
			return nil
		}
		refreshing = true
		time.AfterFunc(followWait, func() {
			refreshing = false
			if a.store.ReadOnly() { // not if this tab took over meanwhile
				go a.reload("following the other tab")
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

// takeOver makes this tab the editing one once the other has closed.
func (a *app) takeOver() {
	a.store.SetReadOnly(false)
	a.reload("taking over from the closed tab")
	a.store.ShowState()
	a.page.say("The other spantag tab was closed: this tab edits and saves the work now.")
}
