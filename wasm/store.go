//go:build js && wasm

package main

import (
	"errors"
	"fmt"

	"github.com/hack-pad/safejs"

	"spantag/save"
)

// idbStorage is save.Storage over the browser's IndexedDB: the records of
// package save, one object store per kind. Its callbacks run in IndexedDB's
// event handlers, never inside the call that started the work unless it
// could not start; a panic in one is reported, not fatal.
type idbStorage struct {
	db     *idb
	report func(error)
}

const (
	dbName    = "spantag"
	dbVersion = 1
)

// stores are the object stores, as package save names its records.
var stores = []string{"datasets", "sources", "states", "journal", "meta"}

// openStorage opens the database, creating its stores on the first visit.
func openStorage(report func(error)) (save.Storage, error) {
	db, err := openedEarly()
	if err != nil {
		db, err = openIDB(dbName, dbVersion, createStores) // and says why, if it fails again
	}
	if err != nil {
		return nil, err
	}
	return &idbStorage{db: db, report: report}, nil
}

func createStores(db safejs.Value) error {
	for _, name := range stores {
		if _, err := db.Call("createObjectStore", name); err != nil {
			return jsCallError(err)
		}
	}
	return nil
}

// guarded runs f, reporting a panic in it instead of crashing the page.
func (s *idbStorage) guarded(f func()) {
	if err := guard("saving", func() error { f(); return nil }); err != nil {
		s.report(err)
	}
}

func (s *idbStorage) ReadAll(done func(save.Contents, error)) {
	fail := func(err error) { s.guarded(func() { done(save.Contents{}, err) }) }
	tx, err := s.db.tx("readonly", "datasets", "journal", "meta")
	if err != nil {
		fail(err)
		return
	}
	reqs, err := requestAll(tx, "datasets", "journal", "meta")
	if err == nil {
		err = onResults(tx, reqs, func(got map[string]safejs.Value, err error) {
			var c save.Contents
			if err == nil {
				c, err = contents(got)
			}
			s.guarded(func() { done(c, err) })
		})
	}
	if err != nil {
		fail(err)
	}
}

// requestAll asks for every key and every value of each store named.
func requestAll(tx safejs.Value, names ...string) (map[string]safejs.Value, error) {
	reqs := map[string]safejs.Value{}
	for _, name := range names {
		for _, method := range []string{"getAllKeys", "getAll"} {
			req, err := call(tx, name, method)
			if err != nil {
				return nil, err
			}
			reqs[name+" "+method] = req
		}
	}
	return reqs, nil
}

// contents pairs the keys and values read of each store.
func contents(got map[string]safejs.Value) (save.Contents, error) {
	c := save.Contents{Datasets: map[int]string{}, Journal: map[int]string{}, Meta: map[string]string{}}
	for name, m := range map[string]map[int]string{"datasets": c.Datasets, "journal": c.Journal} {
		err := eachRecord(got[name+" getAllKeys"], got[name+" getAll"], func(key, value safejs.Value) error {
			id, err1 := key.Int()
			v, err2 := value.String()
			m[id] = v
			return errors.Join(err1, err2)
		})
		if err != nil {
			return save.Contents{}, err
		}
	}
	err := eachRecord(got["meta getAllKeys"], got["meta getAll"], func(key, value safejs.Value) error {
		k, err1 := key.String()
		v, err2 := value.String()
		c.Meta[k] = v
		return errors.Join(err1, err2)
	})
	return c, err
}

// eachRecord calls f with each key and the value at the same index.
func eachRecord(keys, values safejs.Value, f func(key, value safejs.Value) error) error {
	n, err := keys.Length()
	if err != nil {
		return err
	}
	for i := range n {
		key, err1 := keys.Index(i)
		value, err2 := values.Index(i)
		if err := errors.Join(err1, err2); err != nil {
			return err
		}
		if err := f(key, value); err != nil {
			return err
		}
	}
	return nil
}

func (s *idbStorage) ReadDocs(ds, from, to int, done func(map[int]save.Doc, error)) {
	fail := func(err error) { s.guarded(func() { done(nil, err) }) }
	tx, err := s.db.tx("readonly", "sources", "states")
	if err != nil {
		fail(err)
		return
	}
	// Up to the next document's key, not included: a document's parts sort
	// after its own key.
	keys, err := keyRange("bound", docKey(ds, from), docKey(ds, to), false, true)
	var sources *sourceReader
	if err == nil {
		sources, err = readSourcesOf(tx, keys)
	}
	reqs := map[string]safejs.Value{}
	for _, method := range []string{"getAllKeys", "getAll"} {
		if err == nil {
			reqs["states "+method], err = call(tx, "states", method, keys)
		}
	}
	if err == nil {
		err = onResults(tx, reqs, func(got map[string]safejs.Value, err error) {
			var docs map[int]save.Doc
			if err == nil || sources.err != nil {
				docs, err = documents(sources, got)
			}
			s.guarded(func() { done(docs, err) })
		})
	}
	if err != nil {
		fail(err)
	}
}

// documents makes the stored documents of the sources read and of the
// states records read, by document.
func documents(r *sourceReader, got map[string]safejs.Value) (map[int]save.Doc, error) {
	if r.err != nil {
		return nil, r.err
	}
	sources, err := r.records.Sources()
	if err != nil {
		return nil, err
	}
	docs := make(map[int]save.Doc, len(sources))
	for doc, src := range sources {
		src.UTF8 = true // JavaScript's strings come into Go as UTF-8
		docs[doc] = save.Doc{Source: src}
	}
	return docs, eachRecord(got["states getAllKeys"], got["states getAll"], func(key, value safejs.Value) error {
		doc, err1 := indexInt(key, 1)
		state, err2 := value.String()
		if d, ok := docs[doc]; ok {
			d.State = state
			docs[doc] = d
		}
		return errors.Join(err1, err2)
	})
}

func indexInt(array safejs.Value, i int) (int, error) {
	v, err := array.Index(i)
	if err != nil {
		return 0, err
	}
	return v.Int()
}

func (s *idbStorage) Write(b save.Batch, done func(error)) {
	tx, err := s.db.tx("readwrite", b.Stores()...)
	var parts []laterPut
	var last safejs.Value
	if err == nil {
		parts, last, err = fill(tx, b)
	}
	var partsErr error // of a part put in a later slice
	if err == nil {
		err = putParts(tx, last, parts, func(err error) { partsErr = err; abort(tx, err) })
	}
	if err == nil {
		err = whenFinished(tx, func(err error) {
			if err != nil && partsErr != nil {
				err = partsErr
			}
			s.guarded(func() { done(err) })
		})
	}
	if err != nil {
		s.guarded(func() { done(abort(tx, err)) })
	}
}

// abort abandons transaction tx for err, so that nothing of a batch half
// made is written, and returns err, with why the abort failed if it did.
func abort(tx safejs.Value, err error) error {
	if tx.IsUndefined() {
		return err
	}
	if _, abortErr := tx.Call("abort"); abortErr != nil {
		return fmt.Errorf("%w (and the write could not be abandoned: %v)", err, abortErr)
	}
	return err
}

// fill makes the requests of b in transaction tx, in b's order, but for
// the parts of its texts after the first and its large meta values, which
// it returns to put later; and it returns its last request.
func fill(tx safejs.Value, b save.Batch) (parts []laterPut, last safejs.Value, err error) {
	request := func(store, method string, args ...any) {
		if err == nil {
			last, err = call(tx, store, method, args...)
		}
	}
	for _, id := range b.Remove {
		request("datasets", "delete", id)
		docs, rangeErr := datasetRange(id)
		if rangeErr != nil {
			return nil, last, rangeErr
		}
		request("sources", "delete", docs)
		request("states", "delete", docs)
	}
	for key, v := range b.Meta {
		if len(v) >= aloneBytes {
			parts = append(parts, laterPut{store: "meta", key: key, text: v, alone: true})
			continue
		}
		request("meta", "put", v, key)
	}
	for id, v := range b.Datasets {
		request("datasets", "put", v, id)
	}
	for key, src := range b.Sources {
		head, rest := save.SourceParts(src)
		request("sources", "put", sourceHead(head), docKey(key.DS, key.Doc))
		for k, text := range rest {
			parts = append(parts, laterPut{store: "sources", key: []any{key.DS, key.Doc, k + 1}, text: text})
		}
	}
	for key, v := range b.States {
		request("states", "put", v, docKey(key.DS, key.Doc))
	}
	for seq, v := range b.Journal {
		request("journal", "put", v, seq)
	}
	if b.TrimTo > 0 {
		r, rangeErr := keyRange("upperBound", b.TrimTo)
		if rangeErr != nil {
			return nil, last, rangeErr
		}
		request("journal", "delete", r)
	}
	return parts, last, err
}

// now is the page's clock in milliseconds (performance.now()). The
// autosave measure is for benchmarks only, so a failure is logged, not
// shown to the annotator.
func now() float64 {
	var t safejs.Value
	var f float64
	perf, err := global("performance")
	if err == nil {
		t, err = perf.Call("now")
	}
	if err == nil {
		f, err = t.Float()
	}
	if err != nil {
		println("spantag: no clock: " + err.Error())
	}
	return f
}

// measure records a performance measure named name from start until now,
// with detail, which benchmarks read with performance.getEntriesByName.
func measure(name string, start float64, detail map[string]any) {
	perf, err := global("performance")
	if err == nil {
		_, err = perf.Call("measure", name, map[string]any{"start": start, "detail": detail})
	}
	if err != nil {
		println("spantag: measuring " + name + ": " + err.Error())
	}
}
