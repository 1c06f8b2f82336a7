package save

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
)

// Snapshot stores every changed document's state and every document not
// stored yet, then trims the journal up to the last change they hold. It
// goes on until nothing needs another snapshot (changes made while one was
// written can make the journal long again). It returns at once.
func (s *Saver) Snapshot() {
	if s.storage == nil || s.readOnly || s.busy {
		return
	}
	s.busy = true
	s.o.Show(Saving, "Saving…")
	s.snapshotRound()
}

// Flush stores the documents in memory that the store lacks, and calls done
// when that snapshot has ended, stored or not: a file being opened goes no
// faster than the store takes it in.
func (s *Saver) Flush(done func()) {
	if s.storage == nil || s.readOnly {
		done()
		return
	}
	s.flushed = append(s.flushed, done)
	s.Snapshot() // when one is under way, it goes on while documents are unstored
}

func (s *Saver) snapshotRound() {
	s.loadPending(s.pendingDocs(), func(err error) {
		if err != nil {
			s.endSnapshot(err)
			return
		}
		b, commit, err := s.takeSnapshot()
		if err != nil {
			s.endSnapshot(err)
			return
		}
		s.storage.Write(b, func(err error) {
			if err != nil {
				s.endSnapshot(err)
				return
			}
			commit()
			s.failure, s.damaged = nil, false
			if s.needsSnapshot() {
				s.snapshotRound() // something came while this one was written
				return
			}
			s.endSnapshot(nil)
		})
	})
}

// needsSnapshot reports whether what is stored lacks something that only a
// snapshot writes, or the journal is long.
func (s *Saver) needsSnapshot() bool {
	return s.owesSnapshot() || s.seq-s.upTo >= SnapshotEvery
}

// owesSnapshot reports whether what is stored lacks something that only a
// snapshot writes: a dataset record, documents, or a change without a
// journal record.
func (s *Saver) owesSnapshot() bool {
	return s.infoChanged || slices.ContainsFunc(s.Datasets, unstored) || s.unjournaled > s.upTo
}

// unstored reports whether the store lacks some of ds's documents.
func unstored(ds *Dataset) bool { return ds.stored < ds.Queue.Len() }

func (s *Saver) endSnapshot(err error) {
	s.busy = false
	if err != nil {
		s.fail(err)
	} else {
		s.saved()
		s.o.AfterSnapshot()
	}
	waiting := s.flushed
	s.flushed = nil
	for _, f := range waiting {
		f()
	}
}

// pendingDocs are the documents with changes read back from the journal
// and not yet replayed: a snapshot must hold them.
func (s *Saver) pendingDocs() []DocKey {
	var docs []DocKey
	for _, ds := range s.Datasets {
		for doc := range ds.pending {
			docs = append(docs, DocKey{ds.ID, doc})
		}
	}
	slices.SortFunc(docs, func(a, b DocKey) int { return cmp.Or(a.DS-b.DS, a.Doc-b.Doc) })
	return docs
}

// loadPending loads the documents docs one after the other, then calls done.
func (s *Saver) loadPending(docs []DocKey, done func(error)) {
	if len(docs) == 0 {
		done(nil)
		return
	}
	ds := s.byID(docs[0].DS)
	if ds == nil {
		s.loadPending(docs[1:], done)
		return
	}
	s.Load(ds, docs[0].Doc, docs[0].Doc+1, func(err error) {
		if err != nil {
			done(err)
			return
		}
		s.loadPending(docs[1:], done)
	})
}

// takeSnapshot makes the snapshot's batch, and what to note once it is
// stored. Everything is taken now, so that the snapshot is consistent.
func (s *Saver) takeSnapshot() (Batch, func(), error) {
	upTo := s.seq
	b := Batch{
		Meta:     map[string]string{"upTo": fmt.Sprint(upTo), "version": fmt.Sprint(FormatVersion), "view": s.viewRecord()},
		Datasets: map[int]string{},
		Sources:  map[DocKey]Source{},
		States:   map[DocKey]string{},
		TrimTo:   upTo,
	}
	if len(s.Datasets) > 0 {
		b.Meta["current"] = fmt.Sprint(s.Dataset().ID)
	}
	s.infoChanged = false // every dataset's record is taken below
	stored, budget := map[*Dataset]int{}, maxSnapshotBytes
	for _, ds := range s.Datasets {
		n, err := takeDataset(&b, ds, &budget)
		if err != nil {
			return Batch{}, nil, err
		}
		stored[ds] = n
	}
	for ref := range s.dirty {
		ds := s.byID(ref.DS)
		if ds == nil || ref.Doc >= ds.stored || ds.Queue.Doc(ref.Doc) == nil {
			continue // a new document's state goes with its source
		}
		state, err := json.Marshal(ds.Queue.State(ref.Doc))
		if err != nil {
			return Batch{}, nil, err
		}
		b.States[ref] = string(state)
	}
	return b, func() {
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
	}, nil
}

// maxSnapshotBytes is about the most a snapshot stores of documents not stored
// yet, their texts and their other keys: a dataset added whole (a review made
// of two large files) is stored in several snapshots, each a short task of the
// page (a review's 128 KB, about 20 documents with their versions, took 25 ms
// in Chromium), as a file being opened is.
const maxSnapshotBytes = 128 << 10

// takeDataset adds to b ds's record and the documents not stored yet, while
// budget (bytes) lasts, and returns how many of ds's documents are then
// stored. The first document not stored is taken whatever its size.
func takeDataset(b *Batch, ds *Dataset, budget *int) (int, error) {
	b.Datasets[ds.ID] = ds.record()
	i := ds.stored
	for ; i < ds.Queue.Len() && (*budget > 0 || i == ds.stored && len(b.Sources) == 0); i++ {
		d := ds.Queue.Doc(i)
		key := DocKey{ds.ID, i}
		src := Source{Text: d.Text, Info: string(d.SourceInfo())}
		b.Sources[key] = src
		state, err := json.Marshal(ds.Queue.State(i))
		if err != nil {
			return 0, err
		}
		b.States[key] = string(state)
		*budget -= len(src.Text) + len(src.Info) + len(state)
	}
	return i, nil
}

// unloadClean takes out of memory the stored documents no one is looking
// at, so that memory does not grow with the datasets opened.
func (s *Saver) unloadClean() {
	for _, ds := range s.Datasets {
		for i := range ds.stored {
			s.Release(ds, i)
		}
	}
}

// Release takes document doc of ds out of memory if the store holds all of
// it and it is neither on screen nor next to it.
func (s *Saver) Release(ds *Dataset, doc int) {
	_, dirty := s.dirty[DocKey{ds.ID, doc}]
	near := ds == s.Dataset() && doc >= ds.Queue.Pos-1 && doc <= ds.Queue.Pos+1
	if s.storage != nil && !dirty && !near && doc < ds.stored {
		ds.Queue.Unload(doc)
	}
}

func (s *Saver) byID(id int) *Dataset {
	for _, ds := range s.Datasets {
		if ds.ID == id {
			return ds
		}
	}
	return nil
}
