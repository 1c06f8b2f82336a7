package save

import "spantag/annotations"

// Dataset is one opened file (or paste): its queue of documents, and what
// the store holds of it.
type Dataset struct {
	ID    int
	Queue *annotations.Queue

	stored int // how many of its documents, from the first, the store holds
	// pending holds changes read back from the store for documents not in
	// memory, replayed when they are loaded.
	pending  map[int][]annotations.Change
	reading  bool      // its file is still being read: more documents are coming
	whenRead []func()  // waiting for the file to be read to its end
	file     *FileRead // the file whose read has not ended, if any
	tracker  *Tracker  // what the file being read gave so far
}

// Reading reports whether the dataset's file is still being read.
func (ds *Dataset) Reading() bool { return ds.reading }

// doneReading runs what waited for the file to be read.
func (ds *Dataset) doneReading() {
	ds.reading = false
	waiting := ds.whenRead
	ds.whenRead = nil
	for _, f := range waiting {
		f()
	}
}

// WhenRead runs f once the dataset's file is read to its end, at once when
// it is not being read: an export waits so for every document.
func (ds *Dataset) WhenRead(f func()) {
	if !ds.reading {
		f()
		return
	}
	ds.whenRead = append(ds.whenRead, f)
}

// keep holds change c, to be replayed when its document is loaded.
func (ds *Dataset) keep(c annotations.Change) {
	if ds.pending == nil {
		ds.pending = map[int][]annotations.Change{}
	}
	ds.pending[c.Doc] = append(ds.pending[c.Doc], c)
}
