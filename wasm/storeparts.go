//go:build js && wasm

package main

import (
	"errors"
	"time"

	"github.com/hack-pad/safejs"

	"spantag/render"
	"spantag/save"
)

// A document's text is stored in parts (save/parts.go): the head at the
// document's key, the other parts after it. The parts of a write are put a
// slice of time at a time, each slice from the success event of the last
// put of the one before: a transaction stays open while its requests'
// events run, so that a 60 MB text is written in one transaction, which
// commits all or nothing, and in many short tasks.

// textPart is one part of a text, after the head, to put.
type textPart struct {
	key  []any // [dataset, document, part]
	text string
}

// putSources puts the heads of b's sources in tx, and returns the other
// parts of their texts, to put with putParts.
func putSources(tx safejs.Value, b save.Batch) ([]textPart, error) {
	var parts []textPart
	for key, src := range b.Sources {
		head, rest := save.SourceParts(src)
		value := map[string]any{"text": head.Text, "info": head.Info}
		if head.Parts > 0 {
			value["parts"] = head.Parts
		}
		if err := put(tx, "sources", value, docKey(key.DS, key.Doc)); err != nil {
			return nil, err
		}
		for k, text := range rest {
			parts = append(parts, textPart{key: []any{key.DS, key.Doc, k + 1}, text: text})
		}
	}
	return parts, nil
}

// putParts puts parts in tx until a slice of time is spent, then goes on
// from the success of the last put; failed is called with the error of a
// put made in a later slice (the transaction is aborted then).
func putParts(tx safejs.Value, parts []textPart, failed func(error)) error {
	pace := render.NewPace(time.Now())
	for len(parts) > 0 {
		req, err := call(tx, "sources", "put", parts[0].text, parts[0].key)
		if err != nil {
			return err
		}
		parts = parts[1:]
		if len(parts) == 0 || !pace.Due(time.Now()) {
			continue
		}
		rest := parts
		// A failed put fires "error" and aborts the transaction, which
		// Write's caller hears: nothing to do here then.
		return onEvent(req, "success", []string{"error"}, func(err error) {
			if err == nil {
				if err = putParts(tx, rest, failed); err != nil {
					failed(err)
				}
			}
		})
	}
	return nil
}

// readSources gathers the sources of the records read of the sources
// store, in key order: heads at [dataset, document], parts at [dataset,
// document, part], calling pause before each record.
func readSources(keys, values safejs.Value, pause func() error) (map[int]save.Source, error) {
	var records save.SourceRecords
	err := eachRecord(keys, values, func(key, value safejs.Value) error {
		if err := pause(); err != nil {
			return err
		}
		doc, err := indexInt(key, 1)
		if err != nil {
			return err
		}
		if n, err := key.Length(); err != nil || n == 3 {
			return errors.Join(err, readPart(&records, doc, key, value))
		}
		head, err := readHead(value)
		records.Head(doc, head)
		return err
	})
	if err != nil {
		return nil, err
	}
	return records.Sources()
}

// readPart adds the part that key and value hold to records.
func readPart(records *save.SourceRecords, doc int, key, value safejs.Value) error {
	k, err := indexInt(key, 2)
	if err != nil {
		return err
	}
	text, err := value.String()
	if err != nil {
		return err
	}
	return records.Part(doc, k, text)
}

// readHead reads a head record; one written before parts has no count.
func readHead(value safejs.Value) (save.SourceHead, error) {
	text, err1 := getString(value, "text")
	info, err2 := getString(value, "info")
	head := save.SourceHead{Text: text, Info: info}
	parts, err3 := value.Get("parts")
	if err3 == nil && !parts.IsUndefined() {
		head.Parts, err3 = parts.Int()
	}
	return head, errors.Join(err1, err2, err3)
}
