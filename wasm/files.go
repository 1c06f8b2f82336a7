//go:build js && wasm

package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
)

// maxReported is how many bad lines the status area lists by number.
const maxReported = 20

func (a *app) onFileInput(ev safejs.Value) error {
	files, err := a.page.file.Get("files")
	if err != nil {
		return err
	}
	a.openFiles(files, func() {
		// Let the same file be chosen again later.
		if err := a.page.file.Set("value", ""); err != nil {
			a.page.fail(err)
		}
	})
	return nil
}

func (a *app) onDragOver(ev safejs.Value) error { return a.setDragging(ev, true) }

func (a *app) onDragEnd(ev safejs.Value) error { return a.setDragging(ev, false) }

func (a *app) setDragging(ev safejs.Value, on bool) error {
	if err := preventDefault(ev); err != nil {
		return err
	}
	body, err := a.page.document.Get("body")
	if err != nil {
		return err
	}
	classes, err := body.Get("classList")
	if err != nil {
		return err
	}
	_, err = classes.Call("toggle", "dragging", on)
	return err
}

func (a *app) onDrop(ev safejs.Value) error {
	if err := a.setDragging(ev, false); err != nil {
		return err
	}
	transfer, err := ev.Get("dataTransfer")
	if err != nil || transfer.IsNull() {
		return err
	}
	files, err := transfer.Get("files")
	if err != nil {
		return err
	}
	a.openFiles(files, func() {})
	return nil
}

// openFiles reads each file of a FileList into a dataset of its own. Reading
// waits on promises, so it runs in a goroutine, never in the event callback.
func (a *app) openFiles(files safejs.Value, done func()) {
	n, err := getInt(files, "length")
	if err != nil {
		a.page.fail(err)
		return
	}
	list := make([]safejs.Value, 0, n)
	for i := range n {
		f, err := files.Index(i)
		if err != nil {
			a.page.fail(err)
			return
		}
		list = append(list, f)
	}
	go func() {
		defer done()
		for _, f := range list {
			if err := guard("opening a file", func() error { return a.openFile(f) }); err != nil {
				a.page.fail(err)
			}
		}
	}()
}

func (a *app) openFile(f safejs.Value) error {
	name, err := getString(f, "name")
	if err != nil {
		return err
	}
	promise, err := f.Call("arrayBuffer")
	if err != nil {
		return err
	}
	buffer, err := await(promise)
	if err != nil {
		return fmt.Errorf("%s could not be read: %w", name, err)
	}
	data, err := bytesOf(buffer)
	if err != nil {
		return err
	}
	return a.openData(name, data)
}

// openData turns a file's bytes into a new dataset, reporting bad lines by
// number and spans re-anchored or kept aside. Datasets already open are
// never touched.
func (a *app) openData(name string, data []byte) error {
	docs, report, err := annotations.Open(name, bytes.NewReader(data), a.labels)
	if err != nil {
		return fmt.Errorf("%s could not be opened: %w", name, err)
	}
	if len(docs) > 0 {
		if err := a.addDataset(name, docs); err != nil {
			return err
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Opened %s: %d document(s).", name, len(docs))
	aside := 0
	if len(report.Errors) > 0 {
		fmt.Fprintf(&b, " %d line(s) could not be read and were left out:", len(report.Errors))
		listAtMost(&b, len(report.Errors), func(i int) string { return report.Errors[i].Error() })
	}
	if len(report.Anchors) > 0 {
		for _, anchor := range report.Anchors {
			if anchor.Aside {
				aside++
			}
		}
		fmt.Fprintf(&b, "\n%d span(s) did not sit where their text is: %d moved to it, %d kept aside in the document's _kept_aside key (exported unchanged):",
			len(report.Anchors), len(report.Anchors)-aside, aside)
		listAtMost(&b, len(report.Anchors), func(i int) string { return report.Anchors[i].String() })
	}
	if len(report.Errors) > 0 || aside > 0 {
		a.page.fail(errors.New(b.String()))
	} else {
		a.page.say("%s", b.String())
	}
	return nil
}

// listAtMost writes the first maxReported of n items, one a line.
func listAtMost(b *strings.Builder, n int, item func(i int) string) {
	for i := range min(n, maxReported) {
		b.WriteString("\n" + item(i))
	}
	if n > maxReported {
		fmt.Fprintf(b, "\n… and %d more.", n-maxReported)
	}
}

// onPaste opens text pasted anywhere but a form field as a new dataset.
func (a *app) onPaste(ev safejs.Value) error {
	target, err := ev.Get("target")
	if err != nil {
		return err
	}
	if tag, _ := getString(target, "tagName"); tag == "INPUT" || tag == "TEXTAREA" {
		return nil
	}
	clipboard, err := ev.Get("clipboardData")
	if err != nil || clipboard.IsNull() {
		return err
	}
	text, err := clipboard.Call("getData", "text/plain")
	if err != nil {
		return err
	}
	s, err := text.String()
	if err != nil || strings.TrimSpace(s) == "" {
		return err
	}
	if err := preventDefault(ev); err != nil {
		return err
	}
	return a.openData(fmt.Sprintf("Pasted text %d.txt", len(a.datasets)), []byte(s))
}
