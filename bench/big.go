//go:build !js

package main

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"time"
	"unicode/utf16"

	"github.com/chromedp/chromedp"

	"spantag/internal/chrome"
)

// The big documents: a 60 MB document in one line, and one of 1,000,000
// lines, each opened as a .txt file, then a span added and undone, then
// exported, then the page reloaded (the document read back from the
// store); the longest main-thread task is the target (issue #11).

const (
	oneLineFile = "one-line.txt"
	linesFile   = "lines.txt"
)

// bigLimit bounds each action on a big document: opening or exporting one
// took tens of seconds before issue #11.
const bigLimit = 5 * time.Minute

// bigDoc is one of the big documents and the ids of its figures.
type bigDoc struct {
	file                     string
	open, undo, export, task string // figure ids
}

var (
	oneLine   = bigDoc{oneLineFile, "oneline/open", "oneline/undo", "oneline/export", "oneline/task"}
	manyLines = bigDoc{linesFile, "lines/open", "lines/undo", "lines/export", "lines/task"}
)

// writeBig writes the two big documents: bytes of words in one line, and
// lines short lines; it records their lengths in UTF-16 units.
func (in *inputs) writeBig(bytes, lines int) error {
	r := rand.New(rand.NewPCG(4, 4))
	var err error
	in.oneLineLen, err = writeText(in.path(oneLineFile), func(w *bufio.Writer) {
		for n := 0; n < bytes; {
			word := vocabulary[r.IntN(len(vocabulary))] + " "
			if n+len(word) > bytes {
				word = "x"
			}
			w.WriteString(word)
			n += len(word)
		}
	})
	if err != nil {
		return err
	}
	in.linesLen, err = writeText(in.path(linesFile), func(w *bufio.Writer) {
		for i := range lines {
			w.WriteString("Line " + strconv.Itoa(i+1) + ": ")
			for range 3 + r.IntN(6) {
				w.WriteString(vocabulary[r.IntN(len(vocabulary))] + " ")
			}
			w.WriteString("end.\n")
		}
	})
	return err
}

// writeText writes the file at path with fill and returns its length in
// UTF-16 units.
func writeText(path string, fill func(*bufio.Writer)) (int, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	fill(w)
	if err := w.Flush(); err != nil {
		f.Close()
		return 0, err
	}
	if err := f.Close(); err != nil {
		return 0, err
	}
	b, err := os.ReadFile(path)
	return len(utf16.Encode([]rune(string(b)))), err
}

// appOneLine and appManyLines are the big documents' scenarios.
func (h *harness) appOneLine(b *browser) error { return h.appBig(b, oneLine, h.in.oneLineLen) }

func (h *harness) appManyLines(b *browser) error { return h.appBig(b, manyLines, h.in.linesLen) }

// appBig opens the document d (length UTF-16 units) until painted, labels
// its first word and times the undo, times its export, reloads the page,
// and records the longest main-thread task over all four.
func (h *harness) appBig(b *browser, d bigDoc, length int) error {
	if err := h.openApp(b); err != nil {
		return err
	}
	if _, err := eval[float64](b, `__bench.longestTask()`, 5*time.Second); err != nil {
		return err
	}
	opened, err := h.timed(b, d.open, "change", fmt.Sprintf(`__bench.docDrawn(%d)`, length), bigLimit, upload(h.in.path(d.file)))
	if err != nil {
		return fmt.Errorf("opening %s: %v", d.file, err)
	}
	h.record(d.open, opened.ms())
	phases := map[string]float64{}
	if phases["open"], err = longestTaskSince(b); err != nil {
		return err
	}
	if err := h.labelFirstWord(b); err != nil {
		return err
	}
	t, err := h.timed(b, d.undo, "keydown", `__bench.marks() === 0`, bigLimit, press("z", chromedp.ModifierCtrl))
	if err != nil {
		return fmt.Errorf("undoing the span: %v", err)
	}
	h.record(d.undo, t.ms())
	if phases["undo"], err = longestTaskSince(b); err != nil {
		return err
	}
	var ms float64
	err = h.traced(b, d.export, func() error {
		var path string
		ms, path, err = h.download(b, bigLimit)
		if path != "" {
			os.Remove(path)
		}
		return err
	})
	if err != nil {
		return err
	}
	h.record(d.export, ms)
	if phases["export"], err = longestTaskSince(b); err != nil {
		return err
	}
	if phases["reload"], err = h.reloadBig(b, length); err != nil {
		return err
	}
	h.record(d.task, max(phases["open"], phases["undo"], phases["export"], phases["reload"]))
	h.note(d.task, "longest task opening %.0f ms, labelling and undoing %.0f ms, exporting %.0f ms, reloading %.0f ms",
		phases["open"], phases["undo"], phases["export"], phases["reload"])
	return nil
}

// reloadBig reloads the page once its work is saved and waits until the
// document (length UTF-16 units) is drawn again from the store; it returns
// the longest main-thread task from the page's ready (the start's own
// tasks are the start figure's) until then.
func (h *harness) reloadBig(b *browser, length int) (float64, error) {
	saved := `new Promise((resolve) => { const f = () => document.getElementById("saved").dataset.state === "saved" ? resolve(true) : setTimeout(f, 100); f(); })`
	if _, err := eval[bool](b, saved, bigLimit); err != nil {
		return 0, fmt.Errorf("waiting until the document is saved: %v", err)
	}
	if err := h.openApp(b); err != nil {
		return 0, err
	}
	if _, err := eval[float64](b, `__bench.longestTask()`, 5*time.Second); err != nil {
		return 0, err
	}
	drawn := fmt.Sprintf(`new Promise((resolve) => { const f = () => __bench.docDrawn(%d) ? resolve(true) : setTimeout(f, 100); f(); })`, length)
	if _, err := eval[bool](b, drawn, bigLimit); err != nil {
		return 0, fmt.Errorf("waiting until the document is drawn again after a reload: %v", err)
	}
	return longestTaskSince(b)
}

// longestTaskSince is the longest main-thread task since the last call
// (or the open), once the page has painted, less the probe's own reading
// of #doc's text in it; it starts the count anew.
func longestTaskSince(b *browser) (float64, error) {
	return eval[float64](b, `__bench.afterPaint().then(() => __bench.longestTask())`, editLimit)
}

// labelFirstWord drags over the document's first characters and presses 1,
// waiting until the span is painted (untimed).
func (h *harness) labelFirstWord(b *browser) error {
	ctx, cancel := b.within(editLimit)
	err := chrome.Drag(ctx, 0, 2, false)
	cancel()
	if err != nil {
		return err
	}
	if _, err := b.timeAction("keydown", `__bench.marks() > 0`, bigLimit, press("1")); err != nil {
		return fmt.Errorf("labelling the first word: %v", err)
	}
	return nil
}

// bigFigures are the rows of the big documents.
func bigFigures(in *inputs) []figure {
	var rows []figure
	for _, d := range []struct {
		doc  bigDoc
		name string
	}{
		{oneLine, fmt.Sprintf("the %.0f MB one-line document", float64(fileSize(in.path(oneLineFile)))/1e6)},
		{manyLines, fmt.Sprintf("the %s-line document (%.0f MB)", thousands(in.bigLines), float64(fileSize(in.path(linesFile)))/1e6)},
	} {
		rows = append(rows,
			figure{id: d.doc.open, unit: "ms", name: "open " + d.name + " (.txt, file input) until painted", target: noTarget},
			figure{id: d.doc.undo, unit: "ms", name: d.name + ": undo a span (Ctrl+Z) until painted", target: noTarget},
			figure{id: d.doc.export, unit: "ms", name: d.name + ": export, click until downloaded", target: noTarget},
			figure{id: d.doc.task, unit: "ms", name: d.name + ": longest main-thread task while opening, undoing, exporting, reloading", target: longestTask},
		)
	}
	return rows
}
