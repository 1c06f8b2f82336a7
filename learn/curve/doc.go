// Package curve measures how a learn.Model learns, as `go run build.go
// eval-learning` prints it: it takes accepted documents in order, scores
// the model's suggestions for each against what was confirmed before the
// model trains on it (prequential evaluation), and sums the scores over
// buckets of documents (1–10, 11–25, 26–50, 51–100, 101–200, ...).
//
// The boilerplate line classifier learns from evidence its caller gives;
// here (lines.go) that is the score of package boiler's heuristic, which
// sees every document's lines as the page's dataset does, and a few facts of
// the line's own (how often it repeated in the documents before, its length,
// its first words). The heuristic's own suggestions are scored beside it.
// The package is not imported by package learn, so it stays out of the
// wasm.
package curve
