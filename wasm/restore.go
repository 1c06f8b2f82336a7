//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
)

// restore reads the datasets and the journal back from the store, replays
// the journal on the stored states, and loads the document the annotator
// was on. It reports whether the store held any dataset. It waits.
func (s *store) restore() (bool, error) {
	tx, err := s.db.tx("readonly", "datasets", "journal", "meta")
	if err != nil {
		return false, err
	}
	reqs := map[string]safejs.Value{}
	for name, args := range map[string][]any{
		"ids":     {"datasets", "getAllKeys"},
		"infos":   {"datasets", "getAll"},
		"journal": {"journal", "getAll"},
		"current": {"meta", "get", "current"},
		"upTo":    {"meta", "get", "upTo"},
	} {
		if reqs[name], err = call(tx, args[0].(string), args[1].(string), args[2:]...); err != nil {
			return false, err
		}
	}
	got, err := results(tx, reqs)
	if err != nil {
		return false, err
	}
	datasets, err := s.readDatasets(got["ids"], got["infos"])
	if err != nil {
		return false, err
	}
	var current, upTo int
	if err := firstErr(readJSON(got["current"], &current), readJSON(got["upTo"], &upTo)); err != nil {
		return false, err
	}
	changes, err := readChanges(got["journal"])
	if err != nil {
		return false, err
	}
	s.replayInto(datasets, changes, upTo)
	return s.show(datasets, current)
}

// readDatasets makes the datasets of the stored records, none of their
// documents in memory yet. A record that cannot be read is reported and
// left out.
func (s *store) readDatasets(ids, infos safejs.Value) ([]*dataset, error) {
	n, err := ids.Length()
	if err != nil {
		return nil, err
	}
	var datasets []*dataset
	s.nextID = 1
	for i := range n {
		id, err1 := indexInt(ids, i)
		var info annotations.DatasetInfo
		raw, err2 := infos.Index(i)
		if err := firstErr(err1, err2, readJSON(raw, &info)); err != nil {
			return nil, err
		}
		s.nextID = max(s.nextID, id+1)
		q, err := annotations.QueueFromInfo(info)
		if err != nil {
			s.app.page.fail(fmt.Errorf("the saved dataset %q could not be read back: %w", info.Name, err))
			continue
		}
		datasets = append(datasets, &dataset{id: id, queue: q, stored: q.Len(), pending: map[int][]annotations.Change{}})
	}
	return datasets, nil
}

func readChanges(journal safejs.Value) ([]annotations.Change, error) {
	n, err := journal.Length()
	if err != nil {
		return nil, err
	}
	changes := make([]annotations.Change, n)
	for i := range n {
		raw, err := journal.Index(i)
		if err == nil {
			err = readJSON(raw, &changes[i])
		}
		if err != nil {
			return nil, err
		}
	}
	return changes, nil
}

// replayInto hands each change after the snapshot to its dataset, to be
// replayed when its document is loaded; answers count at once.
func (s *store) replayInto(datasets []*dataset, changes []annotations.Change, upTo int) {
	s.upTo, s.seq = upTo, upTo
	s.dirty = map[docRef]int{}
	for _, c := range changes {
		s.seq = max(s.seq, c.Seq) // new changes must not overwrite any record
	}
	ordered, missing := annotations.InOrder(changes, upTo)
	if missing != 0 {
		s.app.page.fail(fmt.Errorf("changes saved after change %d could not be read back; the work before them is restored", missing-1))
	}
	for _, c := range ordered {
		for _, ds := range datasets {
			if ds.id != c.DS {
				continue
			}
			if err := ds.queue.Replay(c); !errors.Is(err, annotations.ErrNotLoaded) {
				s.app.page.fail(fmt.Errorf("a saved change could not be restored: %w", err))
				continue
			}
			ds.pending[c.Doc] = append(ds.pending[c.Doc], c)
			s.dirty[docRef{ds.id, c.Doc}] = c.Seq
		}
	}
}

// show makes datasets the app's, the one with id current on screen, and
// loads its document.
func (s *store) show(datasets []*dataset, current int) (bool, error) {
	a := s.app
	a.datasets, a.current = datasets, 0
	for i, ds := range datasets {
		if ds.id == current {
			a.current = i
		}
	}
	if len(datasets) == 0 {
		return false, nil
	}
	if a.queue().Len() == 0 {
		return true, nil
	}
	return true, s.load(a.dataset(), a.queue().Pos)
}

// readJSON reads a stored JSON string into v; a missing value leaves v alone.
func readJSON(raw safejs.Value, v any) error {
	if raw.IsUndefined() {
		return nil
	}
	s, err := raw.String()
	if err != nil {
		return err
	}
	return json.Unmarshal([]byte(s), v)
}

func indexInt(array safejs.Value, i int) (int, error) {
	v, err := array.Index(i)
	if err != nil {
		return 0, err
	}
	return v.Int()
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
