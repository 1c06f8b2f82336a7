//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
)

// store keeps the work in the browser's IndexedDB, so that a reload, a
// closed tab or a crash loses nothing:
//   - every change is one small journal record, written as it happens;
//   - a snapshot writes the State of each changed document and clears the
//     journal: every snapshotEvery changes, when the tab is hidden, and to
//     retry after a failed write;
//   - a new dataset's documents are written by a snapshot taken at once.
//
// Without a database it keeps nothing and says so. When writes fail (a full
// quota) it says so at once, keeps the work in memory, and retries.
type store struct {
	app      *app
	db       *idb // nil when the browser gives spantag no database
	readOnly bool // another tab edits the work; this one only shows it

	seq         int                         // the last Seq given to a change
	upTo        int                         // the last Seq the stored snapshot holds
	nextID      int                         // the id the next new dataset gets
	dirty       map[docRef]int              // documents changed since the snapshot: their last Seq
	failure     error                       // why the last write failed, until a snapshot succeeds
	writing     int                         // journal writes not yet committed
	busy        bool                        // a snapshot is being taken
	infoChanged bool                        // a dataset record changed that only a snapshot can write
	retry       *time.Timer                 // the next attempt after a failure
	onSaved     func(state, message string) // shows what is saved
	onWrite     func()                      // tells other tabs the store changed
}

// docRef names one document of one dataset.
type docRef struct{ ds, doc int }

const (
	dbName        = "spantag"
	dbVersion     = 1
	snapshotEvery = 100
	retryAfter    = 5 * time.Second
)

// The object stores, by key:
//
//	datasets  dataset id         → DatasetInfo as JSON
//	sources   [dataset id, doc]  → {text, info}: the text and its SourceInfo
//	states    [dataset id, doc]  → State as JSON
//	journal   Seq                → Change as JSON
//	meta      "current", "upTo"  → the dataset on screen; the snapshot's last Seq
var stores = []string{"datasets", "sources", "states", "journal", "meta"}

// openStore opens the database; when it cannot, the store keeps nothing and
// the reason is shown.
func openStore(a *app) *store {
	s := &store{app: a, nextID: 1, dirty: map[docRef]int{},
		onSaved: a.page.showSaved, onWrite: func() {}}
	db, err := openIDB(dbName, dbVersion, createStores)
	if err != nil {
		s.onSaved("memory", "Not saved: this browser does not let spantag store anything ("+err.Error()+"). "+
			"Your work stays in this tab until you close it; Export keeps a copy.")
		return s
	}
	s.db = db
	return s
}

func createStores(db safejs.Value) error {
	for _, name := range stores {
		if _, err := db.Call("createObjectStore", name); err != nil {
			return jsCallError(err)
		}
	}
	return nil
}

// errReadOnly refuses a change in a tab that only follows another.
var errReadOnly = errors.New("this tab is read-only: spantag is open in another tab, which saves the work; close that tab to edit here")

// writable refuses changes in a read-only tab.
func (s *store) writable() error {
	if s.readOnly {
		return errReadOnly
	}
	return nil
}

// newDatasetID is the id of a dataset about to be added.
func (s *store) newDatasetID() int {
	s.nextID++
	return s.nextID - 1
}

// added stores a new dataset's documents as soon as it is on screen.
func (s *store) added(*dataset) {
	afterPaint(s.app.page.fail, func() error {
		s.snapshotSoon()
		return nil
	})
}

// unstored reports whether the store lacks something of ds's documents.
func unstored(ds *dataset) bool { return ds.stored < ds.queue.Len() }

// record journals a change just made to the document on screen of ds: one
// small record, written now, in a transaction of its own.
func (s *store) record(ds *dataset, op annotations.Op, e annotations.Edit) {
	s.seq++
	s.dirty[docRef{ds.id, ds.queue.Pos}] = s.seq
	if s.db == nil {
		return
	}
	if s.failure != nil || ds.queue.Pos >= ds.stored {
		s.snapshotSoon() // the snapshot carries the change
		return
	}
	start := now()
	c := annotations.Change{Seq: s.seq, DS: ds.id, Doc: ds.queue.Pos, Op: op, Edit: e}
	bytes, err := s.writeChange(c)
	if err != nil {
		s.fail(err)
		return
	}
	measure("spantag:autosave", start, map[string]any{"bytes": bytes})
	if s.seq-s.upTo >= snapshotEvery {
		s.snapshotSoon()
	}
}

// writeChange writes c to the journal and returns the size of its record.
func (s *store) writeChange(c annotations.Change) (int, error) {
	record, err := json.Marshal(c)
	if err != nil {
		return 0, err
	}
	return len(record), s.write([]string{"journal"}, func(tx safejs.Value) error {
		_, err := call(tx, "journal", "put", string(record), c.Seq)
		return err
	})
}

// saveInfo stores ds's name and where the annotator is in it.
func (s *store) saveInfo(ds *dataset) {
	switch {
	case s.db == nil || s.readOnly:
	case ds.stored == 0:
		// Its record goes with its first documents, in a snapshot that
		// may have taken the record before this change: take another.
		s.infoChanged = true
		s.snapshotSoon()
	default:
		s.put("datasets", ds.id, ds.queue.Info())
	}
}

// saveCurrent stores which dataset is on screen.
func (s *store) saveCurrent(ds *dataset) {
	if s.db == nil || s.readOnly {
		return
	}
	s.put("meta", "current", ds.id)
}

// put writes value (as JSON) under key in one store, without waiting.
func (s *store) put(store string, key, value any) {
	if err := s.write([]string{store}, func(tx safejs.Value) error { return putJSON(tx, store, key, value) }); err != nil {
		s.fail(err)
	}
}

// write runs fill in a readwrite transaction over stores without waiting
// for it to commit: until it does, the page says it is saving; a failure
// then is reported and retried.
func (s *store) write(stores []string, fill func(tx safejs.Value) error) error {
	tx, err := s.db.tx("readwrite", stores...)
	if err == nil {
		err = fill(tx)
	}
	if err != nil {
		return err
	}
	s.writing++
	s.onSaved("saving", "Saving…")
	return whenFinished(tx, func(err error) {
		s.writing--
		if err != nil {
			s.fail(err)
			return
		}
		s.saved()
	})
}

// fail reports a write that did not happen and schedules a snapshot to
// store the work again.
func (s *store) fail(err error) {
	s.failure = err
	s.onSaved("failed", "Not saved: "+err.Error()+". Your work is kept in this tab and spantag keeps trying to save it; Export keeps a copy.")
	if s.retry == nil {
		s.retry = time.AfterFunc(retryAfter, func() {
			s.retry = nil
			go s.snapshot()
		})
	}
}

// saved shows that everything is stored, once nothing is pending.
func (s *store) saved() {
	if s.failure != nil || s.writing > 0 || s.busy {
		return
	}
	s.onSaved("saved", "All changes saved in this browser")
	s.onWrite()
}

// flush stores the documents in memory that the store lacks, and waits for
// it: a file being opened goes no faster than the store takes it in.
func (s *store) flush() {
	if s.db == nil || s.readOnly {
		return
	}
	for s.busy {
		time.Sleep(10 * time.Millisecond)
	}
	s.snapshot()
}

func (s *store) snapshotSoon() {
	if s.db != nil && !s.readOnly && !s.busy {
		go s.snapshot()
	}
}

// snapshot stores every changed document's state and every new dataset,
// then clears the journal up to the last change they hold.
func (s *store) snapshot() {
	if s.db == nil || s.readOnly || s.busy {
		return
	}
	s.busy = true
	s.onSaved("saving", "Saving…")
	for {
		err := guard("saving", func() error {
			if err := s.loadChanged(); err != nil {
				return err
			}
			return s.writeSnapshot()
		})
		if err != nil {
			s.busy = false
			s.fail(err)
			return
		}
		s.failure = nil
		if !s.infoChanged && !slices.ContainsFunc(s.app.datasets, unstored) && s.seq-s.upTo < snapshotEvery {
			break // nothing came, while this one was written, that needs another
		}
	}
	s.busy = false
	s.saved()
	go s.refreshUsage()
}

// refreshUsage shows the space the work takes now; it is only informative,
// so a failure is logged.
func (s *store) refreshUsage() {
	if err := s.app.showUsage(); err != nil {
		println("spantag: " + err.Error())
	}
}

// loadChanged brings into memory the documents with changes read back from
// the journal, so that the snapshot holds them.
func (s *store) loadChanged() error {
	for _, ds := range s.app.datasets {
		for _, doc := range sortedKeys(ds.pending) {
			if err := s.load(ds, doc); err != nil {
				return err
			}
		}
	}
	return nil
}

func sortedKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// writeSnapshot writes the snapshot in one transaction and waits for it.
// Everything it writes is taken before the first wait, so it is consistent.
func (s *store) writeSnapshot() error {
	tx, err := s.db.tx("readwrite", stores...)
	if err != nil {
		return err
	}
	if err := putJSON(tx, "meta", "current", s.app.dataset().id); err != nil {
		return err
	}
	s.infoChanged = false // every dataset's record is written below
	stored := map[*dataset]int{}
	for _, ds := range s.app.datasets {
		if err := s.putDataset(tx, ds); err != nil {
			return err
		}
		stored[ds] = ds.queue.Len()
	}
	for ref := range s.dirty {
		ds := s.byID(ref.ds)
		if ds == nil || ds.queue.Doc(ref.doc) == nil || ref.doc >= ds.stored {
			continue // a new document's state goes with its source
		}
		if err := putState(tx, ds, ref.doc); err != nil {
			return err
		}
	}
	upTo := s.seq
	if err := putJSON(tx, "meta", "upTo", upTo); err != nil {
		return err
	}
	if err := deleteJournal(tx, upTo); err != nil {
		return err
	}
	if err := finished(tx); err != nil {
		return err
	}
	s.upTo = upTo
	for ref, last := range s.dirty {
		if last <= upTo {
			delete(s.dirty, ref)
		}
	}
	for ds, n := range stored {
		ds.stored = n
	}
	s.unloadClean()
	return nil
}

// putDataset writes ds's record and the documents not stored yet.
func (s *store) putDataset(tx safejs.Value, ds *dataset) error {
	if err := putJSON(tx, "datasets", ds.id, ds.queue.Info()); err != nil {
		return err
	}
	for i := ds.stored; i < ds.queue.Len(); i++ {
		d := ds.queue.Doc(i)
		source := map[string]any{"text": d.Text, "info": string(d.SourceInfo())}
		if _, err := call(tx, "sources", "put", source, docKey(ds.id, i)); err != nil {
			return err
		}
		if err := putState(tx, ds, i); err != nil {
			return err
		}
	}
	return nil
}

func putState(tx safejs.Value, ds *dataset, doc int) error {
	return putJSON(tx, "states", docKey(ds.id, doc), ds.queue.State(doc))
}

func putJSON(tx safejs.Value, store string, key, value any) error {
	record, err := json.Marshal(value)
	if err != nil {
		return err
	}
	_, err = call(tx, store, "put", string(record), key)
	return err
}

// deleteJournal deletes the journal records up to Seq upTo.
func deleteJournal(tx safejs.Value, upTo int) error {
	r, err := keyRange("upperBound", upTo)
	if err != nil {
		return err
	}
	_, err = call(tx, "journal", "delete", r)
	return err
}

// unloadClean takes out of memory the stored documents no one is looking
// at, so that memory does not grow with the datasets opened.
func (s *store) unloadClean() {
	for _, ds := range s.app.datasets {
		for i := range ds.queue.Len() {
			s.release(ds, i)
		}
	}
}

// release takes document doc of ds out of memory if the store holds all of
// it and it is neither on screen nor next to it.
func (s *store) release(ds *dataset, doc int) {
	_, dirty := s.dirty[docRef{ds.id, doc}]
	near := ds == s.app.dataset() && doc >= ds.queue.Pos-1 && doc <= ds.queue.Pos+1
	if s.db != nil && !dirty && !near && doc < ds.stored {
		ds.queue.Unload(doc)
	}
}

func (s *store) byID(id int) *dataset {
	for _, ds := range s.app.datasets {
		if ds.id == id {
			return ds
		}
	}
	return nil
}

// load reads document doc of ds from the store into memory, replaying the
// changes kept for it. It waits: call it on a goroutine.
func (s *store) load(ds *dataset, doc int) error { return s.loadRange(ds, doc, doc+1) }

// loadRange reads the documents from..to-1 of ds that are not in memory
// from the store, in one transaction, replaying the changes kept for them.
// It waits: call it on a goroutine.
func (s *store) loadRange(ds *dataset, from, to int) error {
	for from < to && ds.queue.Doc(from) != nil {
		from++
	}
	if from == to {
		return nil
	}
	if s.db == nil {
		return fmt.Errorf("documents %d to %d of %s are not in memory and there is no store", from+1, to, ds.queue.Name)
	}
	got, err := s.readRange(ds.id, from, to)
	if err != nil {
		return fmt.Errorf("reading documents %d to %d of %s: %w", from+1, to, ds.queue.Name, err)
	}
	for i := from; i < to; i++ {
		if ds.queue.Doc(i) != nil {
			continue // in memory already, or loaded meanwhile
		}
		d, h, err := decodeDocument(got.sources[i], got.states[i])
		if err != nil {
			return fmt.Errorf("reading document %d of %s: %w", i+1, ds.queue.Name, err)
		}
		ds.queue.Load(i, d, h)
		for _, c := range ds.pending[i] {
			if err := ds.queue.Replay(c); err != nil {
				s.app.page.fail(fmt.Errorf("a saved change could not be restored: %w", err))
			}
		}
		delete(ds.pending, i)
	}
	return nil
}

// stored is what the store holds of some documents: their source and
// state records, by document.
type stored struct{ sources, states map[int]safejs.Value }

// readRange reads the records of documents from..to-1 of dataset ds.
func (s *store) readRange(ds, from, to int) (stored, error) {
	tx, err := s.db.tx("readonly", "sources", "states")
	if err != nil {
		return stored{}, err
	}
	keys, err := keyRange("bound", docKey(ds, from), docKey(ds, to-1))
	if err != nil {
		return stored{}, err
	}
	reqs := map[string]safejs.Value{}
	for _, store := range []string{"sources", "states"} {
		for _, method := range []string{"getAll", "getAllKeys"} {
			if reqs[store+" "+method], err = call(tx, store, method, keys); err != nil {
				return stored{}, err
			}
		}
	}
	got, err := results(tx, reqs)
	if err != nil {
		return stored{}, err
	}
	var st stored
	if st.sources, err = byDocument(got["sources getAllKeys"], got["sources getAll"]); err != nil {
		return stored{}, err
	}
	st.states, err = byDocument(got["states getAllKeys"], got["states getAll"])
	return st, err
}

// byDocument pairs the [dataset, document] keys of records with their values.
func byDocument(keys, values safejs.Value) (map[int]safejs.Value, error) {
	n, err := keys.Length()
	if err != nil {
		return nil, err
	}
	m := make(map[int]safejs.Value, n)
	for i := range n {
		key, err := keys.Index(i)
		if err != nil {
			return nil, err
		}
		doc, err := indexInt(key, 1)
		if err != nil {
			return nil, err
		}
		if m[doc], err = values.Index(i); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func decodeDocument(source, state safejs.Value) (*annotations.Document, annotations.History, error) {
	if source.IsUndefined() { // not in the map, or a get that found nothing
		return nil, annotations.History{}, errors.New("the store has no such document")
	}
	text, err := getString(source, "text")
	if err != nil {
		return nil, annotations.History{}, err
	}
	info, err := getString(source, "info")
	if err != nil {
		return nil, annotations.History{}, err
	}
	d, err := annotations.DocumentFromSource(text, []byte(info))
	if err != nil {
		return nil, annotations.History{}, err
	}
	var st annotations.State
	if !state.IsUndefined() {
		raw, err := state.String()
		if err != nil {
			return nil, annotations.History{}, err
		}
		if err := json.Unmarshal([]byte(raw), &st); err != nil {
			return nil, annotations.History{}, fmt.Errorf("its saved state: %w", err)
		}
	}
	h, err := st.Restore(d)
	return d, h, err
}

// remove deletes ds and everything stored of it.
func (s *store) remove(ds *dataset) {
	for ref := range s.dirty {
		if ref.ds == ds.id {
			delete(s.dirty, ref)
		}
	}
	if s.db == nil {
		return
	}
	err := s.write([]string{"datasets", "sources", "states"}, func(tx safejs.Value) error {
		if _, err := call(tx, "datasets", "delete", ds.id); err != nil {
			return err
		}
		docs, err := datasetRange(ds.id)
		if err != nil {
			return err
		}
		for _, store := range []string{"sources", "states"} {
			if _, err := call(tx, store, "delete", docs); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		s.fail(err)
	}
}

// now is the page's clock in milliseconds (performance.now()).
func now() float64 {
	perf, err := global("performance")
	if err != nil {
		return 0
	}
	t, err := perf.Call("now")
	if err != nil {
		return 0
	}
	f, _ := t.Float()
	return f
}

// measure records a performance measure named name from start until now,
// with detail, which benchmarks read with performance.getEntriesByName.
func measure(name string, start float64, detail map[string]any) {
	if perf, err := global("performance"); err == nil {
		_, _ = perf.Call("measure", name, map[string]any{"start": start, "detail": detail})
	}
}
