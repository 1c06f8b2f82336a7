//go:build !js

package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"spantag/internal/chrome"
)

//go:embed probe.js
var probeJS string

// browser is one fresh Chromium launch with an empty profile, whose pages
// all get the probe before their own scripts.
type browser struct {
	ctx       context.Context // the first tab
	stop      func()
	dir       string // the profile and the downloads, removed by close
	downloads string
}

// launch starts a browser for one run of one figure.
func launch(chromium string) (*browser, error) {
	dir, err := os.MkdirTemp("", "spantag-bench-browser-")
	if err != nil {
		return nil, err
	}
	ctx, stop, err := chrome.Launch(chromium, filepath.Join(dir, "profile"))
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	b := &browser{ctx: ctx, stop: stop, dir: dir, downloads: filepath.Join(dir, "downloads")}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: probeJS}); err != nil {
		b.close()
		return nil, fmt.Errorf("injecting the probe: %v", err)
	}
	if err := chrome.AllowDownloads(ctx, b.downloads); err != nil {
		b.close()
		return nil, err
	}
	return b, nil
}

// close ends the browser and removes its profile and downloads.
func (b *browser) close() {
	b.stop()
	os.RemoveAll(b.dir)
}

// within is the browser's tab limited to d, for one step.
func (b *browser) within(d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(b.ctx, d)
}

// eval evaluates a JavaScript expression in the page, awaiting it if it is
// a promise, into a T, within limit.
func eval[T any](b *browser, expr string, limit time.Duration) (T, error) {
	ctx, cancel := b.within(limit)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if errors.Is(err, context.DeadlineExceeded) {
		return v, fmt.Errorf("no answer within %v to %s", limit, short(expr))
	}
	if err != nil {
		return v, fmt.Errorf("evaluating %s: %v", short(expr), err)
	}
	return v, nil
}

// short is expr on one line, cut to a readable length for a message.
func short(expr string) string {
	r := []rune(expr)
	if len(r) > 70 {
		return string(r[:67]) + "..."
	}
	return string(r)
}

// open navigates the tab to url and waits for the page's load event.
func (b *browser) open(url string) error {
	ctx, cancel := b.within(60 * time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return fmt.Errorf("opening %s: %v", url, err)
	}
	return nil
}

// readyTimes are when the page set body[data-ready="1"] and when the frame
// after that was painted, in ms since the page's navigation started.
type readyTimes struct{ At, Painted float64 }

// waitReady waits until the page has set body[data-ready="1"].
func (b *browser) waitReady() (readyTimes, error) {
	t, err := eval[readyTimes](b, `__bench.ready`, 60*time.Second)
	if err != nil {
		return t, fmt.Errorf("waiting for body[data-ready=1]: %v", err)
	}
	return t, nil
}

// interval is what the probe timed, in ms of the page's clock: the user's
// event, the paint after the change it caused, and how long the page's
// listeners of the event ran (nil if the event did not bubble up to window).
type interval struct {
	Start, End float64
	Handled    *float64
}

// ms is the time from the event to the paint.
func (t interval) ms() float64 { return t.End - t.Start }

// timeAction times act as a user sees it: from the first startEvent (the
// "change" of a file input, a "keydown") to the paint of the first frame
// in which the JavaScript condition done holds (probe.js: bench.arm).
func (b *browser) timeAction(startEvent, done string, limit time.Duration, act func(ctx context.Context) error) (interval, error) {
	if _, err := eval[chromedp.Void](b, fmt.Sprintf(`__bench.arm(%q, () => %s)`, startEvent, done), 5*time.Second); err != nil {
		return interval{}, err
	}
	ctx, cancel := b.within(limit)
	defer cancel()
	if err := act(ctx); err != nil {
		return interval{}, err
	}
	t, err := eval[interval](b, `__bench.timed`, limit)
	if err != nil {
		status, _ := eval[string](b, pageStateJS, 5*time.Second)
		return t, fmt.Errorf("waiting until %s: %v (%s)", short(done), err, status)
	}
	return t, nil
}

// pageStateJS says what the page shows when an action's end never comes:
// its status, its span parts, the selected and suggested ones, whether
// #doc is busy, and the selection.
const pageStateJS = `(() => {
	const doc = document.getElementById("doc");
	const count = (css) => doc?.querySelectorAll(css).length ?? 0;
	return "the page's #status says " + JSON.stringify(document.getElementById("status")?.textContent ?? "") +
		"; #doc shows " + count("[data-label]") + " span parts, " + count("[data-suggested]") + " suggested, " +
		count(".sel") + " selected; aria-busy " + doc?.getAttribute("aria-busy") +
		"; the selection is " + JSON.stringify(String(getSelection()).slice(0, 40)) + " (" + getSelection().type + ")";
})()`

// upload gives the page's file input the file at path, as a user choosing
// it does; the page gets its change event.
func upload(path string) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type="file"]`), []string{path}))
		if err != nil {
			return fmt.Errorf("choosing %s in the file input: %v", filepath.Base(path), err)
		}
		return nil
	}
}

// press types keys with modifiers held.
func press(keys string, mods ...chromedp.Modifier) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(keys, chromedp.KeyModifiers(mods...))); err != nil {
			return fmt.Errorf("pressing %q: %v", keys, err)
		}
		return nil
	}
}

// memory is what a page holds, in bytes: its JS heap in use and the size
// of its WebAssembly memories.
type memory struct{ JSHeap, Wasm float64 }

// MiB is the total in MiB.
func (m memory) MiB() float64 { return (m.JSHeap + m.Wasm) / (1 << 20) }

// settle is how long the page is left alone before its memory is read, so
// that timers and Go's background work after the last change have run.
const settle = 2 * time.Second

// savedJS holds once the page is not saving: spantag shows #saved with
// data-state="saving" while it writes the work to IndexedDB.
const savedJS = `(document.getElementById("saved")?.dataset.state ?? "saved") !== "saving"`

// settleDown waits until the page has saved its work (at most limit), then
// leaves it alone for settle, and returns how long the saving went on.
func (b *browser) settleDown(limit time.Duration) (time.Duration, error) {
	began := time.Now()
	ctx, cancel := b.within(limit)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](savedJS, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(0)))
	if err != nil {
		return 0, fmt.Errorf("waiting for the page to finish saving: %v", err)
	}
	saving := time.Since(began)
	time.Sleep(settle)
	return saving, nil
}

// memory collects the JS garbage and reads the JS heap in use (CDP
// Performance.getMetrics) and the byte length of every WebAssembly.Memory
// (found with CDP Runtime.queryObjects). Go's wasm memory never shrinks:
// it is the high-water mark of the Go heap.
func (b *browser) memory() (memory, error) {
	ctx, cancel := b.within(30 * time.Second)
	defer cancel()
	m, err := chromedp.Run(ctx, func(ctx context.Context, t *chromedp.Target) (memory, error) {
		var m memory
		if _, err := cdp.Call(ctx, t, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
			return m, err
		}
		if _, err := cdp.Call(ctx, t, performance.Enable, performance.EnableParams{}); err != nil {
			return m, err
		}
		metrics, err := cdp.Call(ctx, t, performance.GetMetrics, cdp.Empty{})
		if err != nil {
			return m, err
		}
		for _, metric := range metrics.Metrics {
			if metric.Name == "JSHeapUsedSize" {
				m.JSHeap = metric.Value
			}
		}
		m.Wasm, err = wasmMemory(ctx, t)
		return m, err
	})
	if err != nil {
		return m, fmt.Errorf("reading the page's memory: %v", err)
	}
	return m, nil
}

// wasmMemory adds up the buffers of every WebAssembly.Memory in the page.
func wasmMemory(ctx context.Context, t *chromedp.Target) (float64, error) {
	const group = "bench-memory"
	defer cdp.Call(ctx, t, runtime.ReleaseObjectGroup, runtime.ReleaseObjectGroupParams{ObjectGroup: group})
	proto, err := cdp.Call(ctx, t, runtime.Evaluate, runtime.EvaluateParams{Expression: "WebAssembly.Memory.prototype", ObjectGroup: group})
	if err != nil {
		return 0, err
	}
	found, err := cdp.Call(ctx, t, runtime.QueryObjects, runtime.QueryObjectsParams{PrototypeObjectID: proto.Result.ObjectID, ObjectGroup: group})
	if err != nil {
		return 0, err
	}
	sum, err := cdp.Call(ctx, t, runtime.CallFunctionOn, runtime.CallFunctionOnParams{
		FunctionDeclaration: `function() { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }`,
		ObjectID:            found.Objects.ObjectID,
		ReturnByValue:       new(true),
	})
	if err != nil {
		return 0, err
	}
	if sum.ExceptionDetails != nil {
		return 0, fmt.Errorf("adding up the WebAssembly memories: %s", sum.ExceptionDetails.Text)
	}
	var n float64
	if err := json.Unmarshal(sum.Result.Value, &n); err != nil {
		return 0, fmt.Errorf("adding up the WebAssembly memories: %v", err)
	}
	return n, nil
}
