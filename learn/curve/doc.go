// Package curve measures how a learn.Model learns, as `go run build.go
// eval-learning` prints it: it takes accepted documents in order, scores
// the model's suggestions for each against what was confirmed before the
// model trains on it (prequential evaluation), and sums the scores over
// buckets of documents (1–10, 11–25, 26–50, 51–100, 101–200, ...).
//
// The boilerplate line classifier learns from evidence its caller gives;
// here that is lines.go's small stand-in (how often a line repeated in the
// documents before, its length, its words), not the page's boilerplate
// evidence. It is not imported by package learn, so it stays out of the
// wasm.
package curve
