package render

import (
	"fmt"
	"time"
)

// A long job on the page's one thread (reading a file, an export, drawing
// a large document, undoing a huge edit) runs in slices of elapsed time,
// whatever the size of its items: it asks Due after each item and, when
// the slice is spent, gives the browser its thread back (to paint and to
// handle input) before it goes on. A job that has run longer than a
// moment shows its progress. Pace decides both from the clock alone, so
// that the page (wasm/pace.go) only measures time and yields.

// SliceTime is how long a job runs before it yields: well inside the 50 ms
// of a long task, and a frame's budget of 16 ms with the browser's own
// work (style, layout, paint) beside it.
const SliceTime = 10 * time.Millisecond

// Moment is how long a job runs before it shows its progress; a shorter
// one would only flicker.
const Moment = 200 * time.Millisecond

// ProgressEvery is how often a job's progress is shown again: each time
// costs the page a layout and a paint, which at every slice took a good
// part of an export's time.
const ProgressEvery = 100 * time.Millisecond

// Pace is the clock of one long job.
type Pace struct {
	began, slice, shown time.Time
}

// NewPace starts a job's clock at now.
func NewPace(now time.Time) Pace { return Pace{began: now, slice: now} }

// Due reports whether the job's slice is spent at now: it must yield.
func (p Pace) Due(now time.Time) bool { return now.Sub(p.slice) >= SliceTime }

// Resumed starts a new slice at now, when the job comes back after yielding.
func (p *Pace) Resumed(now time.Time) { p.slice = now }

// ShowProgress reports whether the job has run long enough at now to show
// its progress, and did not show it in the last ProgressEvery.
func (p Pace) ShowProgress(now time.Time) bool {
	return now.Sub(p.began) >= Moment && (p.shown.IsZero() || now.Sub(p.shown) >= ProgressEvery)
}

// Showed notes that the job showed its progress at now.
func (p *Pace) Showed(now time.Time) { p.shown = now }

// Job names a long job for its progress: what it does and to what, e.g.
// Job{"Exporting", "documents"}.
type Job struct {
	Doing, Items string
}

// Progress says how far the job is: "Exporting: 1200 of 10000 documents…",
// or, with no total known (0), "Reading x.jsonl: 1200 documents so far…".
func (j Job) Progress(done, total int) string {
	if total <= 0 {
		return fmt.Sprintf("%s: %d %s so far…", j.Doing, done, j.Items)
	}
	return fmt.Sprintf("%s: %d of %d %s…", j.Doing, done, total, j.Items)
}
