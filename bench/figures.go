//go:build !js

package main

import (
	"fmt"
	"math"
	"slices"
)

// figure is one row of the table: what it measures, what it is compared
// with, and its target.
type figure struct {
	id, name, unit string
	baseline       string // the id of its baseline, "" for none
	baselineName   string
	// target says the target in words, with the numbers of this run, and
	// whether r meets it; median gives the median of any other id.
	target func(r row, median func(id string) float64) (text string, holds bool)
	// detail, when set, adds a note made from other ids' medians.
	detail func(median func(id string) float64) string
}

// figures are the rows of the table, in the order of the targets.
func figures(in *inputs) []figure {
	articleMB := float64(fileSize(in.path(articleFile))) / 1e6
	exportMB := float64(fileSize(in.path(exportFile))) / 1e6
	queueMB := float64(fileSize(in.path(queueFile))) / 1e6
	smallMB := float64(fileSize(in.path(smallQueueFile))) / 1e6
	rows := []figure{
		{id: idOpen, unit: "ms",
			name:     fmt.Sprintf("open the 1 MB article with %s spans (%.1f MB JSONL, file input) until painted", thousands(len(in.articleSpans)), articleMB),
			baseline: idOpenFloor, baselineName: fmt.Sprintf("plain JS: the same file into %s p elements, painted", thousands(len(in.article.paras))),
			target: ratioAtMost(1.25, "the plain-JS floor")},
		{id: idOpenTask, unit: "ms", name: "longest main-thread task from that open until the page has listed and saved it", target: longestTask},
		{id: idAdd, unit: "ms",
			name:   fmt.Sprintf("add one span (mouse drag + key 1) until painted, %s present", thousands(len(in.articleSpans))),
			target: addTarget, detail: inHandlers(idAdd)},
		{id: idDelete, unit: "ms", name: "delete one span (click it, Delete) until painted", target: medianAtMost(16), detail: inHandlers(idDelete)},
		{id: idUndo, unit: "ms", name: "undo (Ctrl+Z) until painted", target: medianAtMost(16), detail: inHandlers(idUndo)},
		{id: idRedo, unit: "ms", name: "redo (Ctrl+Shift+Z) until painted", target: medianAtMost(16), detail: inHandlers(idRedo)},
		{id: idBytes, unit: "KiB", name: "first visit: the files before the first paint, brotli -q11",
			baseline: idBytesFloor, baselineName: "bare Go wasm page (syscall/js + strings), brotli -q11",
			target: ratioAtMost(2, "the bare Go wasm page")},
		{id: idStart, unit: "ms", name: "first visit: page start until the sample is interactive, painted",
			baseline: idStartFloor, baselineName: "bare Go wasm: page start until main runs",
			target: startTarget, detail: startDetail},
		{id: idMemory, unit: "MiB", name: "memory with the article and its spans (JS heap + wasm memory)",
			baseline: idMemoryFloor, baselineName: "plain-JS page with the article",
			target: medianAtMost(64), detail: memoryParts(idMemory)},
		{id: idAutosave, unit: "ms", name: "autosave of one change (spantag:autosave measure)", target: medianAtMost(5)},
		{id: idExportOpen, unit: "ms", name: fmt.Sprintf("open the %s-document file (%.0f MB): first document painted", thousands(in.exportDocs), exportMB),
			target: noTarget, detail: allLoaded(idExportOpen)},
		{id: idExport, unit: "ms", name: fmt.Sprintf("export %s documents (%.0f MB): click until downloaded", thousands(in.exportDocs), exportMB),
			baseline: idStringify, baselineName: "JSON.stringify of the same objects in the page",
			target: ratioAtMost(2, "JSON.stringify")},
		{id: idExportTask, unit: "ms", name: "longest main-thread task during the export", target: longestTask},
		{id: idQueue, unit: "ms", name: fmt.Sprintf("open a %.0f MB queue (%s documents): first document painted", queueMB, thousands(in.queueDocs)),
			baseline: idQueueSmall, baselineName: fmt.Sprintf("the same with a %.0f MB queue", smallMB),
			target: medianAtMost(1000)},
		{id: idQueueRead, unit: "s", name: fmt.Sprintf("read the whole %.0f MB queue: every document held", queueMB),
			target: noTarget},
		{id: idQueueMemory, unit: "MiB", name: fmt.Sprintf("memory with the %.0f MB queue open, settled", queueMB),
			baseline: idQueueSmallMemory, baselineName: fmt.Sprintf("with the %.0f MB queue", smallMB),
			target: ratioAtMost(1.5, "the small queue's (memory does not grow with the file)"),
			detail: memoryParts(idQueueMemory)},
	}
	rows = append(rows, bigFigures(in)...)
	rows = append(rows, learnFigures(in)...)
	return append(rows, assistFigures(in)...)
}

// ratioAtMost is the target: the median at most k times the baseline's.
func ratioAtMost(k float64, of string) func(row, func(string) float64) (string, bool) {
	return func(r row, _ func(string) float64) (string, bool) {
		return fmt.Sprintf("≤ %g × %s", k, of), r.Ratio > 0 && r.Ratio <= k
	}
}

// medianAtMost is the target: the median at most limit.
func medianAtMost(limit float64) func(row, func(string) float64) (string, bool) {
	return func(r row, _ func(string) float64) (string, bool) {
		return fmt.Sprintf("median ≤ %g %s", limit, r.Unit), r.Median <= limit
	}
}

func noTarget(row, func(string) float64) (string, bool) { return "", false }

// addTarget: one frame for the median, two for the 95th percentile.
func addTarget(r row, _ func(string) float64) (string, bool) {
	if len(r.Samples) == 0 {
		return "median ≤ 16 ms, p95 ≤ 33 ms", false
	}
	return fmt.Sprintf("median ≤ 16 ms, p95 ≤ 33 ms (p95 %s)", number(r.P95)), r.Median <= 16 && r.P95 <= 33
}

// startTarget: 1.5 × the bare Go wasm start, plus plain JS rendering the
// same sample article.
func startTarget(r row, median func(string) float64) (string, bool) {
	render := median(idRenderFloor)
	if render == 0 || r.Baseline.Median == 0 {
		return "≤ 1.5 × floor + plain-JS render of the sample", false
	}
	limit := 1.5*r.Baseline.Median + render
	return fmt.Sprintf("≤ 1.5 × floor + plain-JS render of the sample (%s ms) = %s ms", number(render), number(limit)),
		r.Median <= limit
}

// taskLimit is the longest a main-thread task may take, in ms.
const taskLimit = 50

// longestTask: no main-thread task over 50 ms. The Long Tasks API reports
// only tasks over 50 ms, so 0 means none that long.
func longestTask(r row, _ func(string) float64) (string, bool) {
	return "max ≤ 50 ms (0: no task over 50 ms)", r.Max <= taskLimit
}

// inHandlers tells how long the page's own key listeners ran, the rest of
// the figure being the wait for the next frame and its rendering.
func inHandlers(id string) func(median func(string) float64) string {
	return func(median func(string) float64) string {
		return fmt.Sprintf("the page's keydown listeners ran %s ms of it (median); the rest is the wait for the next frame (up to 17 ms at 60 Hz) and its rendering",
			number(median(id+"/handled")))
	}
}

// allLoaded tells when the page held every document of the file opened as
// the figure id.
func allLoaded(id string) func(median func(string) float64) string {
	return func(median func(string) float64) string {
		if median(id+"/loaded") == 0 {
			return ""
		}
		return fmt.Sprintf("the page held every document %s s after the first showed", number(median(id+"/loaded")))
	}
}

// memoryParts tells the medians of the memory figure id's two parts, and
// how long the page went on saving before it was read.
func memoryParts(id string) func(median func(string) float64) string {
	return func(median func(string) float64) string {
		return fmt.Sprintf("JS heap %s MiB + wasm memory %s MiB, read once the page had saved everything (%s s more) and stayed idle 2 s",
			number(median(id+"/js")), number(median(id+"/wasm")), number(median(id+"/saving")))
	}
}

// row is one figure's result.
type row struct {
	ID       string    `json:"id"`
	Figure   string    `json:"figure"`
	Unit     string    `json:"unit"`
	Runs     int       `json:"runs"` // browser launches the samples come from
	Samples  []float64 `json:"samples"`
	Median   float64   `json:"median"`
	Min      float64   `json:"min"`
	Max      float64   `json:"max"`
	P95      float64   `json:"p95"`
	Baseline *row      `json:"baseline,omitempty"`
	Ratio    float64   `json:"ratio,omitempty"` // median / the baseline's median
	Target   string    `json:"target"`
	Holds    string    `json:"holds"` // yes, no, n/a, or "" when there is no target
	Notes    []string  `json:"notes,omitempty"`
}

// rows computes the table from the samples.
func (h *harness) rows(figs []figure) []row {
	var rows []row
	for _, f := range figs {
		r := h.stats(f.id, f.name, f.unit)
		if f.baseline != "" {
			b := h.stats(f.baseline, f.baselineName, f.unit)
			r.Baseline = &b
			if b.Median > 0 && len(r.Samples) > 0 {
				r.Ratio = r.Median / b.Median
			}
			r.Notes = append(r.Notes, b.Notes...)
		}
		text, holds := f.target(r, h.median)
		r.Target = text
		switch {
		case text == "":
		case len(r.Samples) == 0 || (r.Baseline != nil && len(r.Baseline.Samples) == 0):
			r.Holds = "n/a"
		case holds:
			r.Holds = "yes"
		default:
			r.Holds = "no"
		}
		if f.detail != nil && len(r.Samples) > 0 {
			if d := f.detail(h.median); d != "" {
				r.Notes = append(r.Notes, d)
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// stats summarises the samples of id.
func (h *harness) stats(id, name, unit string) row {
	s := slices.Sorted(slices.Values(h.samples[id]))
	r := row{ID: id, Figure: name, Unit: unit, Runs: h.launches[id], Samples: h.samples[id], Notes: h.notes[id]}
	if len(s) == 0 {
		return r
	}
	r.Median = median(s)
	r.Min, r.Max = s[0], s[len(s)-1]
	r.P95 = s[int(math.Ceil(0.95*float64(len(s))))-1]
	return r
}

// median of the samples of id, 0 without any.
func (h *harness) median(id string) float64 {
	s := slices.Sorted(slices.Values(h.samples[id]))
	if len(s) == 0 {
		return 0
	}
	return median(s)
}

// median of sorted samples.
func median(sorted []float64) float64 {
	n := len(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

// thousands writes n with commas between its thousands: 10,000.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// number formats a measurement with the precision it deserves.
func number(v float64) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 10:
		return fmt.Sprintf("%.1f", v)
	default:
		return fmt.Sprintf("%.2f", v)
	}
}
