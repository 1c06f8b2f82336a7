//go:build !js

package main

import (
	"fmt"
	"time"

	"github.com/chromedp/chromedp"

	"spantag/internal/chrome"
)

// Figure and baseline ids: the keys of the samples.
const (
	idOpen             = "open"               // app: the article with its spans, painted
	idOpenFloor        = "open/floor"         // plain JS: the same file into <p>s, painted
	idOpenTask         = "open/task"          // the longest task from the open until listed and saved
	idAdd              = "add"                // one span, selection + key, painted
	idDelete           = "delete"             // one span, Delete, painted
	idUndo             = "undo"               // Ctrl+Z, painted
	idRedo             = "redo"               // Ctrl+Shift+Z, painted
	idAutosave         = "autosave"           // the page's spantag:autosave measures
	idMemory           = "memory"             // app with the article, MiB (with /js and /wasm parts)
	idMemoryFloor      = "memory/floor"       // plain JS with the article
	idStart            = "start"              // app: page start to ready, painted
	idStartFloor       = "start/floor"        // bare Go wasm: page start to main
	idRenderFloor      = "start/render"       // plain JS: the sample into <p>s, painted
	idBytes            = "bytes"              // the site's files, brotli, KiB
	idBytesFloor       = "bytes/floor"        // the bare Go wasm page's files
	idExportOpen       = "export/open"        // app: the export file's first document shown
	idExport           = "export"             // app: click Export to the download's end
	idExportTask       = "export/task"        // the longest task during it
	idStringify        = "export/stringify"   // JSON.stringify of the same objects
	idQueue            = "queue"              // app: the 200 MB queue's first document shown
	idQueueRead        = "queue/read"         // app: the whole 200 MB queue read (one run)
	idQueueMemory      = "queue/memory"       // and memory after it settles
	idQueueSmall       = "queue/small"        // the 1 MB queue's first document shown
	idQueueSmallMemory = "queue/small/memory" // and its memory
)

// A scenario is what one browser launch does: it drives the page through
// one or more figures and records their samples.
type scenario struct {
	name    string
	figures []string // the ids it records, told when it fails
	run     func(*harness, *browser) error
	once    bool // run in the first run only: it takes minutes
}

// scenarios are the launches of one run.
var scenarios = []scenario{
	{"app: open the 1 MB article with 5,000 spans, then edit it",
		[]string{idOpen, idOpenTask, idMemory, idAdd, idDelete, idUndo, idRedo, idAutosave}, (*harness).appArticle, false},
	{"floor: the same article in plain JS",
		[]string{idOpenFloor, idMemoryFloor}, (*harness).floorArticle, false},
	{"app: first visit, start until interactive",
		[]string{idStart}, (*harness).appStart, false},
	{"floor: bare Go wasm start, then the sample in plain JS",
		[]string{idStartFloor, idRenderFloor}, (*harness).floorStart, false},
	{"app: open and export the export file",
		[]string{idExportOpen, idExport, idExportTask, idStringify}, (*harness).appExport, false},
	{"app: open the big queue",
		[]string{idQueue}, (*harness).appQueue, false},
	{"app: read the whole big queue",
		[]string{idQueueRead, idQueueMemory}, (*harness).appQueueRead, true},
	{"app: open the small queue",
		[]string{idQueueSmall, idQueueSmallMemory}, (*harness).appSmallQueue, false},
	{"app: the one-line document: open, undo, export, reload",
		[]string{oneLine.open, oneLine.undo, oneLine.export, oneLine.task}, (*harness).appOneLine, true},
	{"app: the many-line document: open, undo, export, reload",
		[]string{manyLines.open, manyLines.undo, manyLines.export, manyLines.task}, (*harness).appManyLines, true},
}

// Limits for one timed action: past them the scenario fails.
const (
	editLimit = 10 * time.Second
	openLimit = 120 * time.Second
	readLimit = 10 * time.Minute // to read the whole big queue
)

// openApp opens the app and waits until it is interactive.
func (h *harness) openApp(b *browser) error {
	if err := b.open(h.url); err != nil {
		return err
	}
	_, err := b.waitReady()
	return err
}

// docIs is a condition that holds when #doc's text is text.
func docIs(text string) string {
	return chrome.CallJS(`t => document.getElementById("doc")?.textContent === t`, text)
}

// appArticle opens the article and its spans from the file input, with
// the longest main-thread task until the page has listed and saved it,
// reads the memory, then adds spans and deletes, undoes and redoes others.
func (h *harness) appArticle(b *browser) error {
	if err := h.openApp(b); err != nil {
		return err
	}
	if _, err := eval[float64](b, `__bench.longestTask()`, 5*time.Second); err != nil { // the start's do not count
		return err
	}
	done := fmt.Sprintf(`__bench.docLength() === %d && __bench.marks() > 0`, h.in.articleLen)
	if err := h.openFile(b, articleFile, idOpen, done); err != nil {
		return err
	}
	if err := h.checkMarks(b); err != nil {
		return err
	}
	if err := h.openTask(b); err != nil {
		return err
	}
	if err := h.weigh(b, idMemory); err != nil {
		return err
	}
	if err := h.addSpans(b); err != nil {
		return err
	}
	if err := h.deleteUndoRedo(b); err != nil {
		return err
	}
	return h.readAutosaves(b)
}

// openTask records the longest main-thread task from the article's open
// until the page has saved it (the span list and the store's write come
// after the first paint, on the same path).
func (h *harness) openTask(b *browser) error {
	if _, err := b.settleDown(openLimit); err != nil {
		return err
	}
	longest, err := eval[float64](b, `__bench.longestTask()`, 5*time.Second)
	if err != nil {
		return err
	}
	h.record(idOpenTask, longest)
	return nil
}

// checkMarks notes a page that shows another number of span parts than
// the file has spans (the article's spans neither overlap nor cross lines,
// so each is one part when all are rendered).
func (h *harness) checkMarks(b *browser) error {
	marks, err := eval[int](b, `__bench.marks()`, 5*time.Second)
	if err != nil {
		return err
	}
	if want := len(h.in.articleSpans); marks != want {
		h.note(idOpen, "the page showed %d span parts after opening, for %d spans (timed until #doc held the whole text and some spans)", marks, want)
	}
	return nil
}

// marksBecome is the condition that #doc shows n span parts more than now
// (n may be negative).
func marksBecome(b *browser, n int) (string, error) {
	now, err := eval[int](b, `__bench.marks()`, 5*time.Second)
	return fmt.Sprintf(`__bench.marks() === %d`, now+n), err
}

// addSpans selects two free words at a time with a mouse drag and presses
// 1 (ENTITY), timing each key until the new span is painted.
func (h *harness) addSpans(b *browser) error {
	var times, handled []float64
	for _, r := range h.in.adds {
		ctx, cancel := b.within(editLimit)
		err := chrome.Drag(ctx, r[0], r[1], false)
		cancel()
		if err != nil {
			return err
		}
		done, err := marksBecome(b, +1)
		if err != nil {
			return err
		}
		t, err := h.timed(b, idAdd, "keydown", done, editLimit, press("1"))
		if err != nil {
			return fmt.Errorf("adding a span over UTF-16 [%d,%d): %v", r[0], r[1], err)
		}
		times, handled = append(times, t.ms()), appendHandled(handled, t)
	}
	h.record(idAdd, times...)
	h.record(idAdd+"/handled", handled...)
	return nil
}

// appendHandled appends how long the page's listeners ran, when known.
func appendHandled(handled []float64, t interval) []float64 {
	if t.Handled == nil {
		return handled
	}
	return append(handled, *t.Handled)
}

// deleteUndoRedo clicks a span to select it, then times Delete, Ctrl+Z and
// Ctrl+Shift+Z, and undoes once more (untimed) so that the span is back.
func (h *harness) deleteUndoRedo(b *browser) error {
	steps := []struct {
		id     string
		key    string
		mods   []chromedp.Modifier
		change int // in the number of span parts
	}{
		{idDelete, "\u007f", nil, -1},
		{idUndo, "z", []chromedp.Modifier{chromedp.ModifierCtrl}, +1},
		{idRedo, "Z", []chromedp.Modifier{chromedp.ModifierCtrl}, -1}, // Z: with Shift
		{"", "z", []chromedp.Modifier{chromedp.ModifierCtrl}, +1},
	}
	times, handled := map[string][]float64{}, map[string][]float64{}
	for _, off := range h.in.deletes {
		if err := h.selectSpanAt(b, off); err != nil {
			return err
		}
		for _, s := range steps {
			done, err := marksBecome(b, s.change)
			if err != nil {
				return err
			}
			t, err := h.timed(b, s.id, "keydown", done, editLimit, press(s.key, s.mods...))
			if err != nil {
				return fmt.Errorf("pressing %q on the span at UTF-16 %d: %v", s.key, off, err)
			}
			times[s.id] = append(times[s.id], t.ms())
			handled[s.id] = appendHandled(handled[s.id], t)
		}
	}
	for _, id := range []string{idDelete, idUndo, idRedo} {
		h.record(id, times[id]...)
		h.record(id+"/handled", handled[id]...)
	}
	return nil
}

// selectSpanAt clicks the span whose first character is at UTF-16 offset
// off, and waits for the frame that shows it selected.
func (h *harness) selectSpanAt(b *browser, off int) error {
	ctx, cancel := b.within(editLimit)
	defer cancel()
	if err := chrome.ClickAt(ctx, off); err != nil {
		return err
	}
	_, err := eval[float64](b, `__bench.afterPaint()`, editLimit)
	return err
}

// readAutosaves records the durations of the page's
// performance.measure("spantag:autosave") entries, one per saved change.
func (h *harness) readAutosaves(b *browser) error {
	saves, err := eval[[]float64](b, `performance.getEntriesByName("spantag:autosave", "measure").map(e => e.duration)`, 5*time.Second)
	if err != nil {
		return err
	}
	if len(saves) == 0 {
		h.note(idAutosave, `the page records no performance.measure("spantag:autosave") around its journal writes yet`)
		return nil
	}
	h.record(idAutosave, saves...)
	return nil
}

// floorArticle opens the same file in the plain-JS page.
func (h *harness) floorArticle(b *browser) error {
	if err := b.open(h.url + "floor/plain/"); err != nil {
		return err
	}
	done := fmt.Sprintf(`document.getElementById("doc").childElementCount === %d && __bench.docLength() === %d`,
		len(h.in.article.paras), h.in.floorLen)
	if err := h.openFile(b, articleFile, idOpenFloor, done); err != nil {
		return err
	}
	return h.weigh(b, idMemoryFloor)
}

// appStart opens the app on a first visit (an empty profile) and times the
// page's start until it is interactive and painted.
func (h *harness) appStart(b *browser) error {
	t, err := h.start(b, idStart, h.url)
	if err != nil {
		return err
	}
	h.record(idStart, t.Painted)
	return h.recordStartSteps(b)
}

// start opens the page at url and waits until it is ready, traced as the
// figure id when that is the one being profiled.
func (h *harness) start(b *browser, id, url string) (readyTimes, error) {
	var t readyTimes
	err := h.traced(b, id, func() error {
		if err := b.open(url); err != nil {
			return err
		}
		var err error
		t, err = b.waitReady()
		return err
	})
	return t, err
}

// renderSampleJS renders a text with the plain-JS page's render and
// returns the time until it is painted.
const renderSampleJS = `async text => {
	const start = performance.now();
	render(text);
	return (await __bench.afterPaint()) - start;
}`

// floorStart times the bare Go wasm page from its start to its main
// running, then the plain-JS page rendering the app's sample article.
func (h *harness) floorStart(b *browser) error {
	t, err := h.start(b, idStartFloor, h.url+"floor/wasm/")
	if err != nil {
		return err
	}
	h.record(idStartFloor, t.At)
	if err := b.open(h.url + "floor/plain/"); err != nil {
		return err
	}
	ms, err := eval[float64](b, chrome.CallJS(renderSampleJS, h.in.sample), editLimit)
	if err != nil {
		return err
	}
	h.record(idRenderFloor, ms)
	return nil
}
