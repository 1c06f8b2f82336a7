package save

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"spantag/annotations"
)

const (
	// SnapshotEvery is how many journal records a snapshot replaces.
	SnapshotEvery = 100
	// RetryAfter is how long after a failed write the work is written again.
	RetryAfter = 5 * time.Second
	// FormatVersion is the format of the records this package writes; a
	// store of a newer format is refused and left untouched. Format 2 adds
	// suggestions, rejections and provenance to the states and the
	// journal's edits (annotations/suggest.go), which format 1 pages would
	// drop. Format 3 keeps a long text in parts (parts.go) and a model's
	// files in records of their own (model.go), which a format 2 page
	// would read as the first part and as no model. Format 4 keeps a long
	// info (a saved page's markup) in parts too, which a format 3 page
	// would read as its first part. Older stores read as they are.
	FormatVersion = 4
)

// Options are how a Saver reaches the page. Soon and After are required;
// the others may be nil.
type Options struct {
	Show          func(State, string)         // shows the save state and why
	Report        func(error)                 // a problem found reading the work back
	AfterSnapshot func()                      // a snapshot was stored (the space taken changed)
	Soon          func(func())                // runs f after the current event, without waiting
	After         func(time.Duration, func()) // runs f after a while
}

// Saver keeps the open datasets and stores every change to them.
type Saver struct {
	Datasets []*Dataset
	Current  int // the index in Datasets of the dataset on screen

	o        Options
	storage  Storage // nil when nothing can be stored
	readOnly bool    // another tab edits the work; this one only shows it
	onSaved  func()  // tells other tabs that the store changed

	seq         int                            // the last Seq given to a change
	upTo        int                            // the last Seq the stored snapshot holds
	nextID      int                            // the id the next new dataset gets
	dirty       map[DocKey]int                 // documents changed since the snapshot: their last Seq
	failure     error                          // why the last write failed, until a snapshot succeeds
	damaged     bool                           // the journal read back has a gap, until a snapshot trims it
	writing     int                            // writes not yet committed
	stamped     bool                           // a write of this page has stored FormatVersion
	busy        bool                           // a snapshot is being taken
	learning    int                            // the model's learnings under way, to be stored (Learning)
	stale       map[int]bool                   // by dataset id, models whose learning a reload cut short (Learning)
	unjournaled int                            // the last change whose only record is the next snapshot
	infoChanged bool                           // a dataset record changed that only a snapshot can write
	retrying    bool                           // a retry is scheduled
	flushed     []func()                       // waiting for the snapshot under way to end
	view        View                           // how the page was left (view.go)
	models      map[int]annotations.ModelReply // each dataset's model, by id (model.go)
}

// Open makes the Saver of the work kept in storage; when the storage could
// not be opened (openErr), the work stays in memory and the page says so.
func Open(storage Storage, openErr error, o Options) *Saver {
	if o.AfterSnapshot == nil {
		o.AfterSnapshot = func() {}
	}
	if o.Show == nil {
		o.Show = func(State, string) {}
	}
	if o.Report == nil {
		o.Report = func(error) {}
	}
	s := &Saver{o: o, storage: storage, nextID: 1, dirty: map[DocKey]int{}, onSaved: func() {}}
	if openErr != nil {
		s.storage = nil
		s.o.Show(Memory, "Not saved: this browser does not let spantag store anything ("+openErr.Error()+"). "+
			"Your work stays in this tab until you close it; Export keeps a copy.")
	}
	return s
}

// LeaveUntouched stops storing anything, because the work stored could not
// be read back (err): writing could overwrite it.
func (s *Saver) LeaveUntouched(err error) {
	s.storage = nil
	s.o.Show(Memory, "Not saved: the work saved earlier could not be read back ("+err.Error()+"). "+
		"It is left untouched; new work stays in this tab only. Export keeps a copy.")
}

// HasStorage reports whether the work is stored at all.
func (s *Saver) HasStorage() bool { return s.storage != nil }

// OnSaved sets what to do each time everything is stored.
func (s *Saver) OnSaved(f func()) { s.onSaved = f }

// ReadOnly reports whether another tab edits the work.
func (s *Saver) ReadOnly() bool { return s.readOnly }

// SetReadOnly makes this tab follow another (or stop following it); the
// page shows it on the next ShowState.
func (s *Saver) SetReadOnly(ro bool) { s.readOnly = ro }

// ShowState shows whether the tab is read-only, or saved.
func (s *Saver) ShowState() {
	if s.readOnly {
		s.o.Show(ReadOnly, "Read-only: spantag is open in another tab, which saves the work. This tab follows it, and takes over when it closes.")
		return
	}
	s.saved()
}

// ErrReadOnly refuses a change in a tab that only follows another.
var ErrReadOnly = errors.New("this tab is read-only: spantag is open in another tab, which saves the work; close that tab to edit here")

// Writable refuses changes in a read-only tab.
func (s *Saver) Writable() error {
	if s.readOnly {
		return ErrReadOnly
	}
	return nil
}

// Dataset is the dataset on screen.
func (s *Saver) Dataset() *Dataset { return s.Datasets[s.Current] }

// Add opens docs as a new dataset, after the others. Its documents are
// stored by the next Snapshot, which the page takes once it is drawn.
func (s *Saver) Add(name string, docs []*annotations.Document) (*Dataset, error) {
	if err := s.Writable(); err != nil {
		return nil, err
	}
	ds := &Dataset{ID: s.nextID, Queue: annotations.NewQueue(name, docs)}
	s.nextID++
	s.Datasets = append(s.Datasets, ds)
	s.owe()
	return ds, nil
}

// Switch shows dataset i, and stores that it is the one on screen.
func (s *Saver) Switch(i int) error {
	if i < 0 || i >= len(s.Datasets) {
		return fmt.Errorf("no dataset %d", i)
	}
	s.Current = i
	if !unstored(s.Dataset()) { // else its snapshot, taken after the paint, stores that it is current
		s.put(Batch{Meta: map[string]string{"current": strconv.Itoa(s.Dataset().ID)}})
	}
	return nil
}

// Record journals a change just made to the document on screen of ds: one
// small record, written now, in a transaction of its own. It returns the
// size of the record, 0 when a snapshot is to carry the change.
func (s *Saver) Record(ds *Dataset, op annotations.Op, e annotations.Edit) int {
	s.seq++
	s.dirty[DocKey{ds.ID, ds.Queue.Pos}] = s.seq
	if s.storage == nil {
		return 0
	}
	if s.failure != nil || s.damaged || ds.Queue.Pos >= ds.stored {
		// The snapshot carries the change: the next one, if one under
		// way was taken before it (needsSnapshot).
		s.unjournaled = s.seq
		s.owe()
		s.o.Soon(s.Snapshot)
		return 0
	}
	c := annotations.Change{Seq: s.seq, DS: ds.ID, Doc: ds.Queue.Pos, Op: op, Edit: e}
	record, err := json.Marshal(c)
	if err != nil {
		s.fail(err)
		return 0
	}
	s.write(Batch{Journal: map[int]string{c.Seq: string(record)}})
	if s.seq-s.upTo >= SnapshotEvery {
		s.o.Soon(s.Snapshot)
	}
	return len(record)
}

// InfoChanged stores ds's name and where the annotator is in it.
func (s *Saver) InfoChanged(ds *Dataset) {
	switch {
	case s.storage == nil || s.readOnly:
	case unstored(ds):
		// Its record counts documents that only a snapshot stores, one
		// that may have taken the record before this change: take another.
		s.infoChanged = true
		s.owe()
		s.o.Soon(s.Snapshot)
	default:
		s.put(Batch{Datasets: map[int]string{ds.ID: ds.record()}})
	}
}

// Remove takes ds out of the work and deletes everything stored of it.
func (s *Saver) Remove(ds *Dataset) {
	for ref := range s.dirty {
		if ref.DS == ds.ID {
			delete(s.dirty, ref)
		}
	}
	s.Datasets = slices.DeleteFunc(s.Datasets, func(d *Dataset) bool { return d == ds })
	delete(s.view.Places, ds.ID)
	s.forgetModel(ds)
	if s.storage != nil && !s.readOnly {
		s.write(Batch{Remove: []int{ds.ID}})
	}
}

// owe shows the page as saving from the moment something is left for a
// snapshot to store, not only once that snapshot starts (after the paint,
// or the current event): meanwhile closing the tab asks first, and the
// page must not still say Saved. A failure stays shown until it is mended.
func (s *Saver) owe() {
	if s.storage != nil && !s.readOnly && s.failure == nil {
		s.o.Show(Saving, "Saving…")
	}
}

// put writes b, unless this tab is read-only or stores nothing.
func (s *Saver) put(b Batch) {
	if s.storage != nil && !s.readOnly {
		s.write(b)
	}
}

// write writes b without waiting for it to commit: until it does, the page
// says it is saving; a failure then is shown and retried.
func (s *Saver) write(b Batch) {
	s.stampVersion(&b)
	s.writing++
	s.o.Show(Saving, "Saving…")
	s.storage.Write(b, func(err error) {
		s.writing--
		if err != nil {
			s.fail(err)
			return
		}
		s.saved()
	})
}

// stampVersion adds the format to the first write of this page, so that
// an older page refuses the store from the first record it cannot read,
// not from the next snapshot. A failed write leaves it to the snapshot
// that writes the work again.
func (s *Saver) stampVersion(b *Batch) {
	if s.stamped {
		return
	}
	s.stamped = true
	meta := map[string]string{"version": fmt.Sprint(FormatVersion)}
	for k, v := range b.Meta {
		meta[k] = v
	}
	b.Meta = meta
}

// fail shows a write that did not happen and schedules a snapshot to store
// the work again.
func (s *Saver) fail(err error) {
	s.failure = err
	s.o.Show(Failed, "Not saved: "+err.Error()+". Your work is kept in this tab and spantag keeps trying to save it; Export keeps a copy.")
	if !s.retrying {
		s.retrying = true
		s.o.After(RetryAfter, func() {
			s.retrying = false
			s.Snapshot()
		})
	}
}

// saved shows that everything is stored, once nothing is pending: not a
// write, and not a dataset waiting for its snapshot (the page would then
// say Saved and still ask before closing).
func (s *Saver) saved() {
	if s.Unsaved() {
		return
	}
	s.o.Show(Saved, "All changes saved in this browser")
	s.onSaved()
}

// Unsaved reports whether some of the work is not stored yet: a write not
// committed or failed, documents, a dataset record or a change waiting
// for a snapshot, or what the model is learning. The page then asks before
// the tab closes. (A read-only tab, or one that stores nothing, has
// nothing waiting.)
func (s *Saver) Unsaved() bool {
	if s.storage == nil || s.readOnly {
		return false
	}
	return s.failure != nil || s.writing > 0 || s.busy || s.learning > 0 || s.owesSnapshot()
}

// mustJSON is v as JSON, for values that always marshal.
func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
