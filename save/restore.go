package save

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"

	"spantag/annotations"
)

// Restore reads the work back from the store: the datasets, then the
// journal after the last snapshot, replayed on the stored states, and loads
// the document the annotator was on. It reports whether the store held any
// dataset. A store of a newer format is refused with an error, and so is
// one whose records cannot be read; the Saver is then left as it was.
func (s *Saver) Restore(done func(found bool, err error)) {
	if s.storage == nil {
		done(false, errNoStorage)
		return
	}
	s.storage.ReadAll(func(c Contents, err error) {
		if err == nil {
			err = s.readBack(c)
		}
		if err != nil || len(s.Datasets) == 0 {
			done(false, err)
			return
		}
		ds := s.Dataset()
		s.Load(ds, ds.Queue.Pos, ds.Queue.Pos+1, func(err error) { done(true, err) })
	})
}

// errNoStorage is Restore's error where nothing is stored.
var errNoStorage = errors.New("there is no store to read the work from")

// NewerFormatError refuses a store written by a newer spantag.
type NewerFormatError struct{ Version int }

func (e *NewerFormatError) Error() string {
	return fmt.Sprintf("it was saved by a newer version of spantag (store format %d; this page reads format %d and older): "+
		"reload the page to get the newer version", e.Version, FormatVersion)
}

// readBack makes the Saver's datasets and journal state those of c.
func (s *Saver) readBack(c Contents) error {
	var version, current, upTo int
	version = 1 // the first stores had no version
	for key, v := range map[string]*int{"version": &version, "current": &current, "upTo": &upTo} {
		if raw, ok := c.Meta[key]; ok {
			if err := json.Unmarshal([]byte(raw), v); err != nil {
				return fmt.Errorf("its record %q: %w", key, err)
			}
		}
	}
	if version > FormatVersion {
		return &NewerFormatError{Version: version}
	}
	datasets, nextID, err := s.readDatasets(c.Datasets)
	if err != nil {
		return err
	}
	s.Datasets, s.Current, s.nextID = datasets, 0, nextID
	for i, ds := range datasets {
		if ds.ID == current {
			s.Current = i
		}
	}
	s.replayJournal(c.Journal, upTo)
	s.view = readView(c.Meta)
	s.models, s.stale = readModels(c.Meta), readStale(c.Meta)
	return nil
}

// readDatasets makes the datasets of the stored records, in the order of
// their ids, none of their documents in memory yet. A record that cannot be
// read is reported and left out.
func (s *Saver) readDatasets(records map[int]string) ([]*Dataset, int, error) {
	var datasets []*Dataset
	nextID := 1
	for _, id := range slices.Sorted(maps.Keys(records)) {
		nextID = max(nextID, id+1)
		var r record
		if err := json.Unmarshal([]byte(records[id]), &r); err != nil {
			return nil, 0, fmt.Errorf("the record of dataset %d: %w", id, err)
		}
		q, err := annotations.QueueFromInfo(r.DatasetInfo)
		if err != nil {
			s.o.Report(fmt.Errorf("the saved dataset %q could not be read back: %w", r.Name, err))
			continue
		}
		ds := &Dataset{ID: id, Queue: q, stored: q.Len(), file: r.Read}
		if w := ds.Warning(); w != "" && !s.readOnly { // another tab may be reading it
			s.o.Report(errors.New(w))
		}
		datasets = append(datasets, ds)
	}
	return datasets, nextID, nil
}

// replayJournal hands each change after the snapshot to its dataset, to be
// replayed when its document is loaded; answers count at once. The journal
// is read up to its first gap: a record that is missing, or torn (written
// in part when the tab died), and every later one, are left out.
func (s *Saver) replayJournal(journal map[int]string, upTo int) {
	s.upTo, s.seq = upTo, upTo
	s.dirty = map[DocKey]int{}
	changes := make([]annotations.Change, 0, len(journal))
	for seq, raw := range journal {
		s.seq = max(s.seq, seq) // new changes must not overwrite any record
		var c annotations.Change
		if json.Unmarshal([]byte(raw), &c) == nil && c.Seq == seq {
			changes = append(changes, c)
		}
	}
	ordered, missing := annotations.InOrder(changes, upTo)
	if last := upTo + len(ordered); missing == 0 && s.seq > last {
		missing = last + 1 // a torn record, and any after it
	}
	s.damaged = missing != 0
	if s.damaged {
		// New records after the damage would never be read back: the
		// next change goes in a snapshot, which trims the journal.
		s.o.Soon(s.Snapshot)
		s.o.Report(fmt.Errorf("changes saved after change %d could not be read back; the work before them is restored", missing-1))
	}
	for _, c := range ordered {
		ds := s.byID(c.DS)
		if ds == nil {
			continue // its dataset was deleted
		}
		switch err := ds.Queue.Replay(c); {
		case errors.Is(err, annotations.ErrNotLoaded):
			ds.keep(c)
			s.dirty[DocKey{ds.ID, c.Doc}] = c.Seq
		case err != nil:
			s.o.Report(fmt.Errorf("a saved change could not be restored: %w", err))
		}
	}
}
