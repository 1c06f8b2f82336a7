//go:build js && wasm

// Command wasm is spantag's page: it binds the annotations core to the DOM
// of web/index.html. All UI logic lives here and in the core; JavaScript
// only boots this program.
package main

import (
	_ "embed"

	"spantag/annotations"
)

// sample is the article shown when no work is open.
//
//go:embed sample.txt
var sample string

func main() {
	p, err := findPage()
	if err != nil {
		println("spantag cannot start: " + err.Error())
		return
	}
	if err := start(p); err != nil {
		p.fail(err)
		_ = p.boot.Set("hidden", true)
		return
	}
	select {} // keep serving events
}

// start shows the sample, binds the events and marks the page ready.
func start(p *page) error {
	a := &app{page: p, labels: annotations.DefaultLabels}
	doc, err := annotations.NewDocument(sample)
	if err != nil {
		return err
	}
	doc.Meta = []byte(`{"source":"sample.txt","id":"sample"}`)
	if err := a.renderLabels(); err != nil {
		return err
	}
	if err := a.addDataset("Sample article", []*annotations.Document{doc}); err != nil {
		return err
	}
	if err := a.bind(); err != nil {
		return err
	}
	if err := p.boot.Set("hidden", true); err != nil {
		return err
	}
	body, err := p.document.Get("body")
	if err != nil {
		return err
	}
	dataset, err := body.Get("dataset")
	if err != nil {
		return err
	}
	return dataset.Set("ready", "1")
}
