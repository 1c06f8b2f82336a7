//go:build !js

package main

import (
	"bytes"
	"fmt"
	"os"
	"spantag/internal/chrome"
	"time"

	"github.com/chromedp/chromedp"
)

// The scenarios that write and read files: the export of 10,000 documents
// beside JSON.stringify, and the queues of 1 MB and 199 MB.

// stringifyJS fetches the export file, parses its lines, and times
// JSON.stringify of those objects, joined in lines as a JSONL file is.
const stringifyJS = `async url => {
	const text = await (await fetch(url)).text();
	const objects = text.split("\n").filter(line => line).map(line => JSON.parse(line));
	const start = performance.now();
	const out = objects.map(o => JSON.stringify(o)).join("\n") + "\n";
	const ms = performance.now() - start;
	if (out.length < text.length / 2) throw new Error("JSON.stringify wrote " + out.length + " characters of " + text.length);
	return ms;
}`

// appExport opens the export file and waits until the page has read and
// saved all of it, then times Export from the click to the end of the
// download, with the longest task meanwhile, and then JSON.stringify of
// the same objects in the same page.
func (h *harness) appExport(b *browser) error {
	if err := h.openApp(b); err != nil {
		return err
	}
	if err := h.openFile(b, exportFile, idExportOpen, docIs(h.in.exportFirst)); err != nil {
		return err
	}
	read, err := waitLoaded(b, h.in.exportDocs, openLimit)
	if err != nil {
		return err
	}
	h.record(idExportOpen+"/loaded", read.Seconds())
	if _, err := b.settleDown(openLimit); err != nil {
		return err
	}
	if err := h.traced(b, idExport, func() error { return h.export(b) }); err != nil {
		return err
	}
	ms, err := eval[float64](b, chrome.CallJS(stringifyJS, "/inputs/"+exportFile), openLimit)
	if err != nil {
		return err
	}
	h.record(idStringify, ms)
	return nil
}

// export clicks Export and times it until the download completed, with
// the longest task meanwhile, and checks the file.
func (h *harness) export(b *browser) error {
	if _, err := eval[chromedp.Void](b, `__bench.longTasks.length = 0`, 5*time.Second); err != nil {
		return err
	}
	ms, path, err := h.download(b, openLimit)
	if path != "" {
		defer os.Remove(path)
	}
	if err != nil {
		return err
	}
	h.record(idExport, ms)
	if err := h.recordTasks(b, idExportTask, ""); err != nil {
		return err
	}
	return h.checkExport(path)
}

// download clicks Export and returns the time from the click event (page
// clock) to the browser's report that the download completed (Go clock),
// the two clocks tied together just before the click, and the file.
func (h *harness) download(b *browser, limit time.Duration) (ms float64, path string, err error) {
	clock, err := tieClocks(b)
	if err != nil {
		return 0, "", err
	}
	if _, err := eval[chromedp.Void](b, `__bench.forgetEvents()`, 5*time.Second); err != nil {
		return 0, "", err
	}
	ctx, cancel := b.within(limit)
	defer cancel()
	_, path, err = chrome.Download(ctx, b.downloads, func() error { return chrome.ClickButton(ctx, "Export") })
	end := time.Now()
	if err != nil {
		return 0, path, err
	}
	click, err := eval[float64](b, `__bench.firstEvent("click")`, 5*time.Second)
	if err != nil {
		return 0, path, fmt.Errorf("the Export button got no click event: %v", err)
	}
	return float64(end.Sub(clock.at(click)).Microseconds()) / 1000, path, nil
}

// checkExport notes an export that does not hold one line per document.
func (h *harness) checkExport(path string) error {
	out, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading the export: %v", err)
	}
	if n := bytes.Count(out, []byte("\n")); n != h.in.exportDocs {
		h.note(idExport, "the export held %d lines for %d documents", n, h.in.exportDocs)
	}
	return nil
}

// clocks ties the page's performance.now() to Go's clock.
type clocks struct {
	page float64   // a page time, ms
	goAt time.Time // the Go time at that moment
}

// tieClocks reads the page's clock, taking the Go time halfway through the
// round trip.
func tieClocks(b *browser) (clocks, error) {
	before := time.Now()
	now, err := eval[float64](b, `performance.now()`, 5*time.Second)
	after := time.Now()
	return clocks{now, before.Add(after.Sub(before) / 2)}, err
}

// at converts a page time to Go's clock.
func (c clocks) at(page float64) time.Time {
	return c.goAt.Add(time.Duration((page - c.page) * float64(time.Millisecond)))
}

// appQueue times the big queue until its first document is on screen.
func (h *harness) appQueue(b *browser) error {
	if err := h.openApp(b); err != nil {
		return err
	}
	return h.openFile(b, queueFile, idQueue, docIs(h.in.queueFirst))
}

// appQueueRead opens the big queue, times it until the page holds all its
// documents, and reads the memory once it has saved them and settled.
func (h *harness) appQueueRead(b *browser) error {
	if err := h.openApp(b); err != nil {
		return err
	}
	t, err := b.timeAction("change", docIs(h.in.queueFirst), openLimit, upload(h.in.path(queueFile)))
	if err != nil {
		return fmt.Errorf("opening %s: %v", queueFile, err)
	}
	read, err := waitLoaded(b, h.in.queueDocs, readLimit)
	if err != nil {
		return err
	}
	h.record(idQueueRead, t.ms()/1000+read.Seconds())
	return h.weigh(b, idQueueMemory)
}

// appSmallQueue opens the small queue, times it until its first document
// is on screen, and reads the memory once the page has read all of it,
// saved it and settled.
func (h *harness) appSmallQueue(b *browser) error {
	if err := h.openApp(b); err != nil {
		return err
	}
	if err := h.openFile(b, smallQueueFile, idQueueSmall, docIs(h.in.queueFirst)); err != nil {
		return err
	}
	if _, err := waitLoaded(b, smallQueueDocs, openLimit); err != nil {
		return err
	}
	return h.weigh(b, idQueueSmallMemory)
}

// waitLoaded waits until the page's queue holds all docs documents of the
// file it is reading (#progress says "Document i of docs"), at most limit,
// and returns how long that took.
func waitLoaded(b *browser, docs int, limit time.Duration) (time.Duration, error) {
	began := time.Now()
	ctx, cancel := b.within(limit)
	defer cancel()
	loaded := fmt.Sprintf(`/\bof\s+%d\b/.test(document.getElementById("progress")?.textContent ?? "")`, docs)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](loaded, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(0))); err != nil {
		progress, _ := eval[string](b, `document.getElementById("progress")?.textContent ?? ""`, 5*time.Second)
		return 0, fmt.Errorf("waiting until the queue holds all %d documents: %v (#progress says %q after %.0f s)",
			docs, err, progress, time.Since(began).Seconds())
	}
	return time.Since(began), nil
}

// openFile times opening the input file through the page's file input
// until the condition done holds and is painted, as the figure id.
func (h *harness) openFile(b *browser, file, id, done string) error {
	t, err := h.timed(b, id, "change", done, openLimit, upload(h.in.path(file)))
	if err != nil {
		return fmt.Errorf("opening %s: %v", file, err)
	}
	h.record(id, t.ms())
	return nil
}

// weigh records the page's memory once it has saved its work and settled
// as the figure id, in MiB, with its parts as id/js (the JS heap) and
// id/wasm, and how long the saving went on as id/saving, in seconds.
func (h *harness) weigh(b *browser, id string) error {
	saving, err := b.settleDown(openLimit)
	if err != nil {
		return err
	}
	m, err := b.memory()
	if err != nil {
		return err
	}
	h.record(id, m.MiB())
	h.record(id+"/js", m.JSHeap/(1<<20))
	h.record(id+"/wasm", m.Wasm/(1<<20))
	h.record(id+"/saving", saving.Seconds())
	return nil
}
