package save

import (
	"fmt"

	"spantag/annotations"
)

// Load reads the documents from..to-1 of ds that are not in memory from the
// store, replaying the changes kept for them, and calls done.
func (s *Saver) Load(ds *Dataset, from, to int, done func(error)) {
	to = min(to, ds.Queue.Len())
	for from < to && ds.Queue.Doc(from) != nil {
		from++
	}
	if from >= to {
		done(nil)
		return
	}
	if s.storage == nil {
		done(fmt.Errorf("documents %d to %d of %s are not in memory and there is no store", from+1, to, ds.Queue.Name))
		return
	}
	s.storage.ReadDocs(ds.ID, from, to, func(got map[int]Doc, err error) {
		if err != nil {
			done(fmt.Errorf("reading documents %d to %d of %s: %w", from+1, to, ds.Queue.Name, err))
			return
		}
		done(s.loadDocs(ds, from, to, got))
	})
}

// loadDocs puts the documents from..to-1 that got holds in memory, unless
// they came meanwhile, and replays the changes kept for them.
func (s *Saver) loadDocs(ds *Dataset, from, to int, got map[int]Doc) error {
	for i := from; i < to; i++ {
		if ds.Queue.Doc(i) != nil {
			continue // loaded meanwhile
		}
		rec, ok := got[i]
		if !ok {
			return fmt.Errorf("reading document %d of %s: the store has no such document", i+1, ds.Queue.Name)
		}
		d, h, err := decodeDoc(rec)
		if err != nil {
			return fmt.Errorf("reading document %d of %s: %w", i+1, ds.Queue.Name, err)
		}
		ds.Queue.Load(i, d, h)
		for _, c := range ds.pending[i] {
			if err := ds.Queue.Replay(c); err != nil {
				s.o.Report(fmt.Errorf("a saved change could not be restored: %w", err))
			}
		}
		delete(ds.pending, i)
	}
	return nil
}

// decodeDoc makes the document and the undo history of a stored document.
func decodeDoc(rec Doc) (*annotations.Document, annotations.History, error) {
	from := annotations.DocumentFromSource
	if rec.Source.UTF8 {
		from = annotations.DocumentFromUTF8Source
	}
	d, err := from(rec.Source.Text, []byte(rec.Source.Info))
	if err != nil {
		return nil, annotations.History{}, err
	}
	var st annotations.State
	if rec.State != "" {
		if err := annotations.ReadState([]byte(rec.State), &st); err != nil {
			return nil, annotations.History{}, fmt.Errorf("its saved state: %w", err)
		}
	}
	h, err := st.Restore(d)
	return d, h, err
}

// WhenLoaded runs act on the document on screen: at once (returning its
// error) when it is in memory, else once the store has given it, unless the
// annotator has moved on meanwhile; errors then go to failed. An answer,
// an undo or a redo given while the document loads waits so.
func (s *Saver) WhenLoaded(act func() error, failed func(error)) error {
	ds := s.Dataset()
	if ds.Queue.Current() != nil {
		return act()
	}
	pos := ds.Queue.Pos
	s.Load(ds, pos, pos+1, func(err error) {
		if err == nil && (s.Current >= len(s.Datasets) || s.Dataset() != ds || ds.Queue.Pos != pos) {
			return // the annotator has moved on
		}
		if err == nil {
			err = act()
		}
		if err != nil {
			failed(err)
		}
	})
	return nil
}
