// Package curve measures how a learn.Model learns, as `go run build.go
// eval-learning` prints it: it takes accepted documents in order, scores
// the model's suggestions for each against what was confirmed before the
// model trains on it (prequential evaluation), and sums the scores over
// buckets of documents (1–10, 11–25, 26–50, 51–100, 101–200, ...).
//
// The boilerplate line classifier learns from evidence its caller gives;
// here, as in the page's worker, that is package boiler's evidence for each
// line (Corpus.Evidence), from a corpus that holds every document, as the
// page's dataset does. The heuristic's own suggestions are scored beside it.
// The package is not imported by package learn, so it stays out of the
// wasm.
package curve
