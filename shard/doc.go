// Package shard splits a dataset among named annotators, each document by a
// hash of its text, so that the same document always goes to the same
// annotator whatever the order of the file or the file it is in, with a
// share of documents given to everyone so that their agreement can be
// measured (package agree). Each document of a shard carries
// "_annotator_id" (the annotator) and "_session_id" ("<dataset>-<annotator>"),
// as Prodigy's exports do; the reader keeps both and every export writes
// them back, so an annotator's export says whose it is (Whose). FileName
// names each shard's file.
//
// It is pure Go over package annotations, and reads one document at a time
// (Splitter), so that a file of any size is split in bounded memory.
package shard
