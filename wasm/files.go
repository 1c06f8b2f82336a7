//go:build js && wasm

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
	"spantag/save"
)

func (a *app) onFileInput(ev safejs.Value) error {
	files, err := a.page.file.Get("files")
	if err != nil {
		return err
	}
	a.openFiles(files, func() {
		// Let the same file be chosen again later.
		if err := a.page.file.Set("value", ""); err != nil {
			a.page.fail(err)
		}
	})
	return nil
}

func (a *app) onDragOver(ev safejs.Value) error { return a.setDragging(ev, true) }

func (a *app) onDragEnd(ev safejs.Value) error { return a.setDragging(ev, false) }

func (a *app) setDragging(ev safejs.Value, on bool) error {
	if err := preventDefault(ev); err != nil {
		return err
	}
	body, err := a.page.document.Get("body")
	if err != nil {
		return err
	}
	classes, err := body.Get("classList")
	if err != nil {
		return err
	}
	_, err = classes.Call("toggle", "dragging", on)
	return err
}

func (a *app) onDrop(ev safejs.Value) error {
	if err := a.setDragging(ev, false); err != nil {
		return err
	}
	transfer, err := ev.Get("dataTransfer")
	if err != nil || transfer.IsNull() {
		return err
	}
	files, err := transfer.Get("files")
	if err != nil {
		return err
	}
	a.openFiles(files, func() {})
	return nil
}

// openFiles reads each file of a FileList into a dataset of its own. Reading
// waits on promises, so it runs in a goroutine, never in the event callback.
func (a *app) openFiles(files safejs.Value, done func()) {
	n, err := getInt(files, "length")
	if err != nil {
		a.page.fail(err)
		return
	}
	list := make([]safejs.Value, 0, n)
	for i := range n {
		f, err := files.Index(i)
		if err != nil {
			a.page.fail(err)
			return
		}
		list = append(list, f)
	}
	together, err := a.openTogether(list)
	if err != nil {
		a.page.fail(err)
		return
	}
	go func() {
		defer done()
		if together {
			if err := guard("opening files", func() error { return a.openGroup(list) }); err != nil {
				a.page.fail(err)
			}
			return
		}
		for _, f := range list {
			if err := guard("opening a file", func() error { return a.openFile(f) }); err != nil {
				a.page.fail(err)
			}
		}
	}()
}

func (a *app) openFile(f safejs.Value) error {
	name, size, err := fileInfo(f)
	if err != nil {
		return err
	}
	if strings.EqualFold(path.Ext(name), modelFileExt) {
		return fmt.Errorf("%s is a model, not a file to annotate: Import model…, under Sources, makes it the model of the dataset shown", name)
	}
	if patterns, err := a.openPatterns(f, name, size); patterns || err != nil {
		return err
	}
	into, replace, err := a.askResume(f, name, size)
	if err != nil {
		return err
	}
	if err := a.openReader(name, size, &blobReader{blob: f, size: size}, into); err != nil || replace == nil {
		return err
	}
	shown := a.dataset()
	a.store.Remove(replace)
	return a.switchTo(shown)
}

// fileInfo is a File's name and size.
func fileInfo(f safejs.Value) (name string, size int, err error) {
	if name, err = getString(f, "name"); err != nil {
		return "", 0, err
	}
	size, err = getInt(f, "size")
	return name, size, err
}

// flushEvery is how much text is read into memory before it is stored and
// dropped from memory, while a file is opened: the Go heap's high-water mark,
// which the page's wasm memory keeps for good, grows with it.
const flushEvery = 256 << 10

// openReader reads the file called name, of size bytes, from r into a new
// dataset, or into the dataset into after the documents it has (skipping as
// many of the file's). It shows the first document as soon as it is read
// and stores the others as they come, 256 KB of text at a time
// (flushEvery), so that a file of any size opens at once and memory does
// not grow with it; until the read ends, the dataset's record says so. Bad
// lines are reported by number, and so are spans re-anchored or kept aside.
// Other datasets are never touched. It waits: call it on a goroutine.
func (a *app) openReader(name string, size int, r io.Reader, into *save.Dataset) error {
	if err := a.store.Writable(); err != nil {
		return err
	}
	ds, skip, n := into, 0, 0
	tracker := save.Track(r)
	if into != nil {
		skip = into.Queue.Len()
		a.store.StartReading(into, name, int64(size), tracker)
	}
	defer func() { // even after a panic, so that Export never waits forever
		if ds != nil {
			a.store.DoneReading(ds, false)
		}
	}()
	read := 0 // bytes of text read since the last flush
	// A job that yields between documents by time; it shows no progress
	// of its own: the status says how far it is once a part is stored.
	j := a.startJob(render.Job{}, 0, false)
	defer j.end()
	report, err := openEach(name, tracker, a.labels, j, func(d *annotations.Document) error {
		if n++; n <= skip {
			return nil // in the dataset already
		}
		if ds == nil {
			// Reading the first document and drawing it are two tasks, not
			// one long one: the browser handles input between them.
			err := yieldToBrowser()
			if err == nil {
				ds, err = a.addDataset(name, []*annotations.Document{d}, annotations.Assist{})
			}
			if err == nil && annotations.IsPage(name) {
				err = a.boilerplateOn(ds) // a scraped page
			}
			if err == nil {
				a.store.StartReading(ds, name, int64(size), tracker)
				err = a.renderQueue()
				waitPaint() // the first document on screen before the rest is read
			}
			return err
		}
		if !slices.Contains(a.store.Datasets, ds) {
			return errDeleted
		}
		ds.Queue.Append(d)
		if read += len(d.Text); read >= flushEvery {
			read = 0
			a.flush()
			a.page.say("Reading %s: %d documents so far…", name, ds.Queue.Len())
			if err := a.renderQueue(); err != nil {
				return err
			}
		}
		return j.step(ds.Queue.Len())
	})
	if ds != nil {
		a.flush()
		a.store.DoneReading(ds, err == nil) // the deferred one comes too late for this drawing
		if err := a.renderQueue(); err != nil {
			return err
		}
	}
	if err != nil && !errors.Is(err, errDeleted) {
		return fmt.Errorf("%s could not be opened: %w", name, err)
	}
	a.reportOpened(name, ds, report)
	return nil
}

// flush stores the documents read so far, and waits until the store has
// taken them in (or failed to): call it on a goroutine.
func (a *app) flush() {
	flushed := make(chan struct{})
	a.store.Flush(func() { close(flushed) })
	<-flushed
}

// errDeleted stops reading a file whose dataset was deleted meanwhile.
var errDeleted = errors.New("the dataset was deleted while its file was read")

// reportOpened says how many documents a file gave and what was wrong in it.
func (a *app) reportOpened(name string, ds *save.Dataset, report annotations.Report) {
	n := 0
	if ds != nil {
		n = ds.Queue.Len()
	}
	message, bad := render.Opened(name, n, report)
	if bad {
		a.page.fail(errors.New(message))
	} else {
		a.page.tell(render.Attempt, "%s", message) // until the work or the document shown changes
	}
}

// blobReader reads a Blob (a File) a chunk at a time, so that a file of any
// size is never all in memory. Read waits: call it on a goroutine.
type blobReader struct {
	blob      safejs.Value
	size, off int
	buf       []byte // read, not yet given
	chunk     []byte // the memory of buf, reused from chunk to chunk
}

// Len is how many bytes are left to read: annotations reads a text into a
// buffer of its size.
func (r *blobReader) Len() int { return r.size - r.off + len(r.buf) }

// readAll reads r to its end into one buffer of the size r says it has left
// (blobReader's and save.Tracker's Len), not grown a quarter at a time as
// io.ReadAll grows it: a page of 4 MB was copied some 25 times, and the
// collector ran in the middle of the task.
func readAll(r io.Reader) ([]byte, error) {
	size := 0
	if sized, ok := r.(interface{ Len() int }); ok {
		size = sized.Len()
	}
	b := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	_, err := b.ReadFrom(r)
	return b.Bytes(), err
}

// blobChunk is how much of a Blob one read brings into memory (a copy of
// it is garbage after each read, so it counts in the heap's high-water
// mark too).
const blobChunk = 256 << 10

func (r *blobReader) Read(p []byte) (int, error) {
	if len(r.buf) == 0 {
		if r.off >= r.size {
			return 0, io.EOF
		}
		end := min(r.off+blobChunk, r.size)
		part, err := r.blob.Call("slice", r.off, end)
		if err != nil {
			return 0, err
		}
		promise, err := part.Call("arrayBuffer")
		if err != nil {
			return 0, err
		}
		buffer, err := await(promise)
		if err != nil {
			return 0, fmt.Errorf("the file could not be read: %w", err)
		}
		if r.chunk, err = bytesInto(r.chunk, buffer); err != nil {
			return 0, err
		}
		r.buf = r.chunk
		r.off = end
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// onPaste opens text pasted anywhere but a form field as a new dataset.
func (a *app) onPaste(ev safejs.Value) error {
	target, err := ev.Get("target")
	if err != nil {
		return err
	}
	if tag, err := getString(target, "tagName"); err != nil || tag == "INPUT" || tag == "TEXTAREA" {
		return err
	}
	clipboard, err := ev.Get("clipboardData")
	if err != nil || clipboard.IsNull() {
		return err
	}
	text, err := clipboard.Call("getData", "text/plain")
	if err != nil {
		return err
	}
	s, err := text.String()
	if err != nil || strings.TrimSpace(s) == "" {
		return err
	}
	if err := preventDefault(ev); err != nil {
		return err
	}
	name := fmt.Sprintf("Pasted text %d.txt", len(a.store.Datasets))
	go func() {
		if err := guard("opening the pasted text", func() error { return a.openReader(name, len(s), strings.NewReader(s), nil) }); err != nil {
			a.page.fail(err)
		}
	}()
	return nil
}
