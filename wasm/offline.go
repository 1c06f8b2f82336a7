//go:build js && wasm

package main

import (
	"fmt"

	"github.com/hack-pad/safejs"
)

// workOffline registers the service worker that caches the built site, so
// that after one visit the app opens with no network, and offers to reload
// into a new version once one is installed. It waits.
func (a *app) workOffline() error {
	navigator, err := global("navigator")
	if err != nil {
		return err
	}
	workers, err := navigator.Get("serviceWorker")
	if err != nil || workers.IsUndefined() {
		return err // no service workers (an insecure origin): online only
	}
	promise, err := workers.Call("register", "sw.js")
	if err != nil {
		return err
	}
	reg, err := await(promise)
	if err != nil {
		return fmt.Errorf("the offline copy could not be set up: %w", err)
	}
	if err := listen(workers, "controllerchange", a.page.fail, func(safejs.Value) error { return a.afterUpdate() }); err != nil {
		return err
	}
	if err := listen(reg, "updatefound", a.page.fail, func(safejs.Value) error { return a.watchInstall(workers, reg) }); err != nil {
		return err
	}
	if err := a.offerWaiting(workers, reg); err != nil {
		return err
	}
	return a.checkForUpdates(reg)
}

// offerWaiting offers the new version that was installed before this page
// loaded (a reload does not take it: the old one keeps control while a tab
// of it is open).
func (a *app) offerWaiting(workers, reg safejs.Value) error {
	waiting, err := reg.Get("waiting")
	if err != nil || waiting.IsNull() || waiting.IsUndefined() {
		return err
	}
	return a.offerVersion(workers, waiting)
}

// offerVersion offers worker, a new version installed, unless no version controls
// the page yet (the first one installed: nothing to update).
func (a *app) offerVersion(workers, worker safejs.Value) error {
	controller, err := workers.Get("controller")
	if err != nil || controller.IsNull() {
		return err
	}
	a.updateReady = worker
	return a.page.showUpdate(true)
}

// checkForUpdates asks the server for a new version whenever the page comes
// back into view: a tab left open for days hears of one then, not only when
// the browser happens to look.
func (a *app) checkForUpdates(reg safejs.Value) error {
	document, err := global("document")
	if err != nil {
		return err
	}
	return listen(document, "visibilitychange", a.page.fail, func(safejs.Value) error {
		state, err := getString(document, "visibilityState")
		if err != nil || state != "visible" {
			return err
		}
		promise, err := reg.Call("update")
		if err != nil {
			return err
		}
		go await(promise) // its error ignored: offline, or the server down: no news, and nothing to say
		return nil
	})
}

// watchInstall offers the new version once the worker being installed is
// ready, unless it is the first one (nothing to update then).
func (a *app) watchInstall(workers, reg safejs.Value) error {
	worker, err := reg.Get("installing")
	if err != nil || worker.IsNull() {
		return err
	}
	return listen(worker, "statechange", a.page.fail, func(safejs.Value) error {
		state, err := getString(worker, "state")
		if err != nil || state != "installed" {
			return err
		}
		return a.offerVersion(workers, worker)
	})
}

// update switches to the installed new version: the waiting worker takes
// over, and the page reloads when it has (afterUpdate). The work is saved as
// it is made, so the reload loses nothing.
func (a *app) update() error {
	if a.updateReady.IsUndefined() {
		return nil
	}
	_, err := a.updateReady.Call("postMessage", "skip-waiting")
	return err
}

func (a *app) afterUpdate() error {
	if a.updateReady.IsUndefined() {
		return nil // the first worker took control: nothing changed
	}
	location, err := global("location")
	if err != nil {
		return err
	}
	_, err = location.Call("reload")
	return err
}

// keepStorage asks the browser not to evict the work and shows how much
// space it takes. It waits.
func (a *app) keepStorage() error {
	kept, err := callStorage("persist")
	if err != nil || kept.IsUndefined() {
		return err
	}
	if a.persisted, err = kept.Truthy(); err != nil {
		return err
	}
	return a.showUsage()
}

// showUsage shows how much of the browser's storage the work uses. It waits.
func (a *app) showUsage() error {
	estimate, err := callStorage("estimate")
	if err != nil || estimate.IsUndefined() {
		return err
	}
	usage, err := estimate.Get("usage")
	if err != nil {
		return err
	}
	bytes, err := usage.Float()
	if err != nil {
		return err
	}
	note := "the browser may clear it if space runs short; Export keeps a copy of the work"
	if a.persisted {
		note = "kept until you clear it"
	}
	return a.page.usage.Set("textContent", fmt.Sprintf("spantag takes %s of this browser's storage, its offline copy included (%s).", size(bytes), note))
}

// callStorage calls method of navigator.storage and waits for the promise
// it returns; undefined when the browser has no navigator.storage.
func callStorage(method string) (safejs.Value, error) {
	storage, err := global("navigator")
	if err == nil {
		storage, err = storage.Get("storage")
	}
	if err != nil || storage.IsUndefined() {
		return safejs.Undefined(), err
	}
	promise, err := storage.Call(method)
	if err != nil {
		return safejs.Undefined(), err
	}
	return await(promise)
}

// size writes a byte count for people: 312 B, 4.2 KB, 1.3 MB.
func size(b float64) string {
	switch {
	case b < 1000:
		return fmt.Sprintf("%.0f B", b)
	case b < 1e6:
		return fmt.Sprintf("%.1f KB", b/1e3)
	}
	return fmt.Sprintf("%.1f MB", b/1e6)
}
