//go:build js && wasm

package main

import "spantag/suggest"

// The suggestions of a document: its dataset's patterns and every
// occurrence, and its model's (package suggest), here so that the matcher
// and the models are not in the page's first download.
func init() {
	handle("suggest", suggest.Job)
	handle("suggest.feed", suggest.Feed)
	handle("model.suggest", suggest.ModelSuggest)
	handle("model.learn", suggest.ModelLearn)
	handle("model.load", suggest.ModelLoad)
	handle("model.import", suggest.ModelImport)
	handle("model.pick", suggest.ModelPick)
}
