//go:build js && wasm

package main

import "spantag/suggest"

// The suggestions of a document: its dataset's patterns and every
// occurrence (package suggest), here so that the matcher is not in the
// page's first download.
func init() {
	handle("suggest", suggest.Job)
	handle("suggest.feed", suggest.Feed)
}
