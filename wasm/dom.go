//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/hack-pad/safejs"
)

// guard runs fn and turns a panic inside it into an error, so that one bad
// event never kills the program holding the user's work. The stack goes to
// the console log for a bug report.
func guard(what string, fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			println("spantag: panic in " + what + ": " + fmt.Sprint(r) + "\n" + string(debug.Stack()))
			err = fmt.Errorf("internal error while %s (%v)", what, r)
		}
	}()
	return fn()
}

// global returns the JavaScript global named name.
func global(name string) (safejs.Value, error) { return safejs.Global().Get(name) }

// byID returns the page element with the given id.
func byID(id string) (safejs.Value, error) {
	document, err := global("document")
	if err != nil {
		return safejs.Value{}, err
	}
	el, err := document.Call("getElementById", id)
	if err == nil && el.IsNull() {
		err = fmt.Errorf("the page has no #%s element", id)
	}
	return el, err
}

// getString reads a string property of v.
func getString(v safejs.Value, prop string) (string, error) {
	p, err := v.Get(prop)
	if err != nil {
		return "", err
	}
	if p.IsUndefined() || p.IsNull() {
		return "", nil
	}
	return p.String()
}

// getInt reads a number property of v.
func getInt(v safejs.Value, prop string) (int, error) {
	p, err := v.Get(prop)
	if err != nil {
		return 0, err
	}
	return p.Int()
}

// getFloat reads a number property of v.
func getFloat(v safejs.Value, prop string) (float64, error) {
	p, err := v.Get(prop)
	if err != nil {
		return 0, err
	}
	return p.Float()
}

// getFloats reads number properties of v into the variables the map names.
func getFloats(v safejs.Value, props map[string]*float64) error {
	for prop, f := range props {
		var err error
		if *f, err = getFloat(v, prop); err != nil {
			return err
		}
	}
	return nil
}

// getBool reads a boolean property of v.
func getBool(v safejs.Value, prop string) (bool, error) {
	p, err := v.Get(prop)
	if err != nil {
		return false, err
	}
	return p.Truthy()
}

// listen calls handle for every event of type on target, reporting an error
// or a panic through report. The listener lives as long as the page.
func listen(target safejs.Value, event string, report func(error), handle func(ev safejs.Value) error) error {
	fn, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if err := guard("handling "+event, func() error { return handle(args[0]) }); err != nil {
			report(err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	_, err = target.Call("addEventListener", event, fn)
	return err
}

// observeSize calls handle whenever target's box changes size, as a
// ResizeObserver tells, reporting an error or a panic through report.
func observeSize(target safejs.Value, report func(error), handle func() error) error {
	fn, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		if err := guard("following a change of layout", handle); err != nil {
			report(err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	ctor, err := safejs.Global().Get("ResizeObserver")
	if err != nil {
		return err
	}
	observer, err := ctor.New(fn)
	if err != nil {
		return err
	}
	_, err = observer.Call("observe", target, map[string]any{"box": "border-box"})
	return err
}

// afterPaint runs fn once the browser has painted the next frame: in a
// task posted from a requestAnimationFrame callback, which runs just
// before that frame's style, layout and paint. Errors and panics go to
// report.
func afterPaint(report func(error), fn func() error) {
	var frame, task safejs.Func
	var err error
	task, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		task.Release()
		if err := guard("drawing", fn); err != nil {
			report(err)
		}
		return nil
	})
	if err == nil {
		frame, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
			frame.Release()
			if _, err := safejs.Global().Call("setTimeout", task, 0); err != nil {
				report(err)
			}
			return nil
		})
	}
	if err == nil {
		_, err = safejs.Global().Call("requestAnimationFrame", frame)
	}
	if err != nil {
		report(err)
	}
}

// waitPaint blocks the calling goroutine (never an event callback) until
// the browser has painted the next frame.
func waitPaint() {
	painted := make(chan struct{})
	afterPaint(func(error) { close(painted) }, func() error {
		close(painted)
		return nil
	})
	<-painted
}

// await blocks the calling goroutine (never an event callback) until the
// promise settles, and returns its value or its rejection as an error.
func await(promise safejs.Value) (safejs.Value, error) {
	type result struct {
		v   safejs.Value
		err error
	}
	done := make(chan result, 1)
	onValue, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		done <- result{v: args[0]}
		return nil
	})
	if err != nil {
		return safejs.Value{}, err
	}
	defer onValue.Release()
	onError, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		done <- result{err: jsError(args[0])}
		return nil
	})
	if err != nil {
		return safejs.Value{}, err
	}
	defer onError.Release()
	if _, err := promise.Call("then", onValue, onError); err != nil {
		return safejs.Value{}, err
	}
	r := <-done
	return r.v, r.err
}

// jsError turns a thrown JavaScript value into a Go error with its message.
func jsError(v safejs.Value) error {
	if msg, err := getString(v, "message"); err == nil && msg != "" {
		return errors.New(msg)
	}
	s, err := v.String()
	if err != nil {
		return errors.New("unknown JavaScript error")
	}
	return errors.New(s)
}

// bytesOf copies a JavaScript ArrayBuffer into Go memory.
func bytesOf(buffer safejs.Value) ([]byte, error) { return bytesInto(nil, buffer) }

// bytesInto is bytesOf into dst's memory when it is large enough, so that
// a reader of many buffers reuses one.
func bytesInto(dst []byte, buffer safejs.Value) ([]byte, error) {
	u8, err := newJS("Uint8Array", buffer)
	if err != nil {
		return nil, err
	}
	n, err := getInt(u8, "length")
	if err != nil {
		return nil, err
	}
	if cap(dst) < n {
		dst = make([]byte, n)
	}
	b := dst[:n]
	_, err = safejs.CopyBytesToGo(b, u8)
	return b, err
}

// newJS constructs the JavaScript class named class with args.
func newJS(class string, args ...any) (safejs.Value, error) {
	c, err := global(class)
	if err != nil {
		return safejs.Value{}, err
	}
	return c.New(args...)
}

// firstErr is the first of errs that is not nil.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
