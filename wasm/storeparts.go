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
// commits all or nothing, and in many short tasks. A large meta value is
// put the same way, alone in its task.

// laterPut is a value put after the other requests of a write: one part of
// a text, after the head, or a large meta value (a model's file), which is
// put alone, in a task of its own: its string and its copy for the store
// take the page's thread a while.
type laterPut struct {
	store string
	key   any // [dataset, document, part] of "sources"; a meta key
	text  string
	alone bool
}

// aloneBytes is the size from which a meta value is put alone.
const aloneBytes = 64 << 10

// sourceHead is the record of a text's head.
func sourceHead(head save.SourceHead) map[string]any {
	value := map[string]any{"text": head.Text, "info": head.Info}
	if head.Parts > 0 {
		value["parts"] = head.Parts
	}
	if head.InfoParts > 0 {
		value["infoParts"] = head.InfoParts
	}
	return value
}

// putParts puts parts in tx until a slice of time is spent, or up to a
// part put alone, then goes on from the success of the last put; last is
// the request made before in this task, if any. failed is called with the
// error of a put made in a later slice (the transaction is aborted then).
func putParts(tx, last safejs.Value, parts []laterPut, failed func(error)) error {
	pace := render.NewPace(time.Now())
	for len(parts) > 0 {
		if parts[0].alone && !last.IsUndefined() {
			return putAfter(tx, last, parts, failed)
		}
		req, err := call(tx, parts[0].store, "put", parts[0].text, parts[0].key)
		if err != nil {
			return err
		}
		alone := parts[0].alone
		parts, last = parts[1:], req
		if len(parts) > 0 && (alone || pace.Due(time.Now())) {
			return putAfter(tx, req, parts, failed)
		}
	}
	return nil
}

// putAfter puts parts from the success of req, in a task of its own. A
// failed put fires "error" and aborts the transaction, which Write's caller
// hears: nothing to do here then.
func putAfter(tx, req safejs.Value, parts []laterPut, failed func(error)) error {
	return onEvent(req, "success", []string{"error"}, func(err error) {
		if err == nil {
			if err = putParts(tx, safejs.Undefined(), parts, failed); err != nil {
				failed(err)
			}
		}
	})
}

// A document's records are read back a few at a time, each batch asked
// for from the success of the last, in one transaction: the browser turns
// each batch's records into strings, and Go each string into its own, in a
// task of its own, never the 960 parts of a 60 MB text in one.

// A batch is at most partsPerRead parts of texts (of PartBytes each: 1 MB)
// and headsPerRead records in all: the heads of a queue's short documents
// come many at a time.
const (
	partsPerRead = 16
	headsPerRead = 64
)

// sourceReader reads the sources records of a key range in batches.
type sourceReader struct {
	tx      safejs.Value
	keys    safejs.Value // of every record of the range
	n, next int          // records in all, and the first not read yet
	records save.SourceRecords
	err     error // of reading a batch; the transaction is aborted then
}

// readSourcesOf starts reading the sources records of key range keys in
// tx: its records are whole once tx completes.
func readSourcesOf(tx, keys safejs.Value) (*sourceReader, error) {
	r := &sourceReader{tx: tx}
	req, err := call(tx, "sources", "getAllKeys", keys)
	if err != nil {
		return nil, err
	}
	return r, onEvent(req, "success", []string{"error"}, func(err error) {
		if err == nil {
			r.keys, err = req.Get("result")
		}
		if err == nil {
			r.n, err = r.keys.Length()
		}
		r.went(err, r.readNext())
	})
}

// went notes how a step of the read went: a failed request fails the
// transaction by itself; an error of ours aborts it.
func (r *sourceReader) went(failed, ours error) {
	if failed == nil && ours != nil && r.err == nil {
		r.err = abort(r.tx, ours)
	}
}

// readNext asks for the next batch of records, if any, and takes it in
// when it comes.
func (r *sourceReader) readNext() error {
	if r.next >= r.n {
		return nil
	}
	last, err := r.batchEnd()
	if err != nil {
		return err
	}
	lo, err1 := r.keys.Index(r.next)
	hi, err2 := r.keys.Index(last)
	if err := errors.Join(err1, err2); err != nil {
		return err
	}
	batch, err := keyRange("bound", lo, hi)
	if err != nil {
		return err
	}
	req, err := call(r.tx, "sources", "getAll", batch)
	if err != nil {
		return err
	}
	return onEvent(req, "success", []string{"error"}, func(err error) {
		if err != nil {
			r.went(err, nil)
			return
		}
		r.went(nil, errors.Join(r.take(req), r.readNext()))
	})
}

// batchEnd is the index of the last key of the next batch.
func (r *sourceReader) batchEnd() (int, error) {
	parts := 0
	for i := r.next; i < min(r.n, r.next+headsPerRead); i++ {
		key, err := r.keys.Index(i)
		if err != nil {
			return 0, err
		}
		if n, err := key.Length(); err != nil || n == 3 {
			if parts++; err != nil || parts == partsPerRead {
				return i, err
			}
		}
	}
	return min(r.n, r.next+headsPerRead) - 1, nil
}

// take adds the records of a batch read to r.records.
func (r *sourceReader) take(req safejs.Value) error {
	values, err := req.Get("result")
	if err != nil {
		return err
	}
	n, err := values.Length()
	if err != nil {
		return err
	}
	for i := range n {
		key, err1 := r.keys.Index(r.next)
		value, err2 := values.Index(i)
		if err := errors.Join(err1, err2); err != nil {
			return err
		}
		if err := r.add(key, value); err != nil {
			return err
		}
		r.next++
	}
	return nil
}

// add adds the record at key to r.records: a head at [dataset, document],
// a part at [dataset, document, part].
func (r *sourceReader) add(key, value safejs.Value) error {
	doc, err := indexInt(key, 1)
	if err != nil {
		return err
	}
	if n, err := key.Length(); err != nil || n == 3 {
		return errors.Join(err, readPart(&r.records, doc, key, value))
	}
	head, err := readHead(value)
	r.records.Head(doc, head)
	return err
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

// readHead reads a head record; one written before parts has no counts.
func readHead(value safejs.Value) (save.SourceHead, error) {
	text, err1 := getString(value, "text")
	info, err2 := getString(value, "info")
	head := save.SourceHead{Text: text, Info: info}
	err3 := getCount(value, "parts", &head.Parts)
	err4 := getCount(value, "infoParts", &head.InfoParts)
	return head, errors.Join(err1, err2, err3, err4)
}

// getCount reads the count at key of value into n, if there is one.
func getCount(value safejs.Value, key string, n *int) error {
	count, err := value.Get(key)
	if err != nil || count.IsUndefined() {
		return err
	}
	*n, err = count.Int()
	return err
}
