package save

import (
	"fmt"
	"hash"
	"hash/fnv"
	"io"
	"strconv"

	"spantag/annotations"
)

// A file is read into its dataset a part at a time, each part stored as it
// comes, so a tab closed (or crashed) meanwhile leaves a dataset with only
// the documents of the file's beginning. Its record says so until the read
// ends, in a FileRead, so that the page says so on reopening, warns on
// Export, and offers to continue when the same file is opened again.

// FileRead is what the store knows of a file whose read has not ended: its
// name and size, and how much of it the stored documents came from.
type FileRead struct {
	Name string `json:"name"`
	Size int64  `json:"size"`
	// Read bytes from the start, whose FNV-1a hash is Hash, gave the
	// dataset's first Docs documents.
	Read int64  `json:"read"`
	Hash string `json:"hash"`
	Docs int    `json:"docs"`
}

// Tracker counts and hashes the bytes a file's reader gives, so that a
// later read can tell it is the same file.
type Tracker struct {
	r    io.Reader
	read int64
	hash hash.Hash64
}

// Track wraps r, which reads a file from its start.
func Track(r io.Reader) *Tracker { return &Tracker{r: r, hash: fnv.New64a()} }

func (t *Tracker) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	t.read += int64(n)
	t.hash.Write(p[:n]) // never fails
	return n, err
}

// Len is how many bytes are left to read, when the reader tracked knows
// (0 if not): annotations reads a text into a buffer of its size.
func (t *Tracker) Len() int {
	if sized, ok := t.r.(interface{ Len() int }); ok {
		return sized.Len()
	}
	return 0
}

// sum is the hash of the bytes read so far.
func (t *Tracker) sum() string { return strconv.FormatUint(t.hash.Sum64(), 16) }

// StartReading says that the documents of the file named name, of size
// bytes, read through t, are coming into ds after the ones it has; until
// DoneReading, its record says the read has not ended.
func (s *Saver) StartReading(ds *Dataset, name string, size int64, t *Tracker) {
	ds.reading = true
	ds.file = &FileRead{Name: name, Size: size}
	ds.tracker = t
}

// DoneReading says that ds's file is read (to its end when complete),
// stores that, and runs what waited for the read.
func (s *Saver) DoneReading(ds *Dataset, complete bool) {
	if !ds.reading {
		return
	}
	if complete {
		ds.file = nil
	} else {
		ds.file = ds.readSoFar()
	}
	ds.tracker = nil
	s.InfoChanged(ds)
	ds.doneReading()
}

// readSoFar is ds's FileRead with what its documents came from now.
func (ds *Dataset) readSoFar() *FileRead {
	f := *ds.file
	if ds.tracker != nil {
		f.Read, f.Hash, f.Docs = ds.tracker.read, ds.tracker.sum(), ds.Queue.Len()
	}
	return &f
}

// record is a dataset's record in the store: its DatasetInfo and, while a
// read has not ended, its FileRead. A page that knows no FileRead reads the
// rest alone.
type record struct {
	annotations.DatasetInfo
	Read *FileRead `json:"read,omitempty"`
}

// record is ds's record, as JSON.
func (ds *Dataset) record() string {
	r := record{DatasetInfo: ds.Queue.Info()}
	if ds.file != nil {
		r.Read = ds.readSoFar()
	}
	return mustJSON(r)
}

// Unfinished is what ds's file was, when its read stopped before the end
// (nil when it was read to its end, or is being read).
func (ds *Dataset) Unfinished() *FileRead {
	if ds.reading {
		return nil
	}
	return ds.file
}

// Warning says that ds holds only the beginning of its file, or nothing.
func (ds *Dataset) Warning() string {
	f := ds.Unfinished()
	if f == nil {
		return ""
	}
	return fmt.Sprintf("%s was not read to its end (the tab closed while it was read): only its first %d document(s) are here. "+
		"Open the same file again to continue reading it.", f.Name, ds.Queue.Len())
}

// SameFileAs returns the dataset whose unfinished read was of a file of
// this name and size, if any: the page then checks its beginning with
// SameStart and offers to continue.
func (s *Saver) SameFileAs(name string, size int64) *Dataset {
	for _, ds := range s.Datasets {
		if f := ds.Unfinished(); f != nil && f.Name == name && f.Size == size {
			return ds
		}
	}
	return nil
}

// SameStart reports whether the first f.Read bytes of a file, read from r,
// are the ones f was read from.
func (f *FileRead) SameStart(r io.Reader) (bool, error) {
	t := Track(r)
	if _, err := io.CopyN(io.Discard, t, f.Read); err != nil {
		if err == io.EOF {
			return false, nil
		}
		return false, err
	}
	return t.sum() == f.Hash, nil
}
