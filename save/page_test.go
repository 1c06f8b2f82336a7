package save

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"spantag/annotations"
)

// page does to a Saver what the browser's page does: it opens the work,
// makes changes through the queue and records them, and exports.
type page struct {
	t       *testing.T
	m       *memStore
	s       *Saver
	shown   []State
	message string
	reports []string
}

// openPage opens the work m holds as the page does on load, or the sample
// when it holds none, and lets every read and write finish.
func openPage(t *testing.T, m *memStore) *page {
	t.Helper()
	p := newPage(t, m)
	found, err := p.restore()
	if err != nil {
		t.Fatalf("restoring: %v", err)
	}
	if !found {
		p.add("Sample", "Mayor José Ramírez 🌊 spoke. The harbour wall holds.")
	}
	p.s.ShowState()
	m.settle(t)
	return p
}

func newPage(t *testing.T, m *memStore) *page {
	p := &page{t: t, m: m}
	p.s = Open(m, nil, Options{
		Show:   func(st State, msg string) { p.shown, p.message = append(p.shown, st), msg },
		Report: func(err error) { p.reports = append(p.reports, err.Error()) },
		Soon:   m.later,
		After:  m.after,
	})
	return p
}

// restore reads the work back and waits for it.
func (p *page) restore() (found bool, err error) {
	p.t.Helper()
	called := false
	p.s.Restore(func(f bool, e error) { found, err, called = f, e, true })
	p.m.settle(p.t)
	if !called {
		p.t.Fatal("Restore never called back")
	}
	return found, err
}

// reload closes the tab at once, losing what was under way, and opens the
// work again in a new one.
func (p *page) reload() *page {
	p.t.Helper()
	p.m.crash()
	return openPage(p.t, p.m)
}

// state is the save state the header shows.
func (p *page) state() State {
	if len(p.shown) == 0 {
		return Saved
	}
	return p.shown[len(p.shown)-1]
}

// add opens a dataset of one document per text and shows it; its documents
// are stored after the page is drawn.
func (p *page) add(name string, texts ...string) *Dataset {
	p.t.Helper()
	var docs []*annotations.Document
	for _, text := range texts {
		docs = append(docs, p.doc(text))
	}
	ds, err := p.s.Add(name, docs)
	if err != nil {
		p.t.Fatal(err)
	}
	if err := p.s.Switch(len(p.s.Datasets) - 1); err != nil {
		p.t.Fatal(err)
	}
	p.m.later(p.s.Snapshot)
	p.honest("opening " + name)
	return ds
}

// honest fails when the header says Saved while the work is unsaved: the
// annotator (or a test waiting for Saved) would close the tab and be asked,
// or lose what was under way.
func (p *page) honest(after string) {
	p.t.Helper()
	if p.state() == Saved && p.s.Unsaved() {
		p.t.Errorf("after %s the page says %v while the work is unsaved", after, p.state())
	}
}

func (p *page) doc(text string) *annotations.Document {
	d, err := annotations.NewDocument(text)
	if err != nil {
		p.t.Fatal(err)
	}
	return d
}

// label labels the first occurrence of word in the document on screen.
func (p *page) label(word, label string) {
	p.t.Helper()
	d := p.s.Dataset().Queue.Current()
	start := strings.Index(d.Text, word)
	if start < 0 {
		p.t.Fatalf("no %q in %q", word, d.Text)
	}
	e, err := d.Add(annotations.Span{Start: start, End: start + len(word), Label: label})
	if err != nil {
		p.t.Fatal(err)
	}
	p.do(e)
}

// do applies e to the document on screen and records it.
func (p *page) do(e annotations.Edit) {
	p.t.Helper()
	ds := p.s.Dataset()
	if err := ds.Queue.Do(e); err != nil {
		p.t.Fatal(err)
	}
	p.s.Record(ds, annotations.OpDo, e)
	p.honest("a change")
}

// answer answers the document on screen, once it is loaded.
func (p *page) answer(a annotations.Answer) {
	p.t.Helper()
	err := p.s.WhenLoaded(func() error {
		e, err := p.s.Dataset().Queue.Current().SetAnswer(a)
		if err == nil {
			p.do(e)
		}
		return err
	}, func(err error) { p.t.Errorf("answering: %v", err) })
	if err != nil {
		p.t.Fatal(err)
	}
}

// undo undoes (or redoes) the last change of the document on screen.
func (p *page) undo(op annotations.Op) {
	p.t.Helper()
	ds := p.s.Dataset()
	move := ds.Queue.Undo
	if op == annotations.OpRedo {
		move = ds.Queue.Redo
	}
	e, ok, err := move()
	if err != nil || !ok {
		p.t.Fatalf("%s: %v, %v", op, ok, err)
	}
	p.s.Record(ds, op, e)
	p.honest(string(op))
}

// next moves to the next document, storing where the annotator is, and
// reads its neighbours ahead as the page does.
func (p *page) next() {
	p.t.Helper()
	ds := p.s.Dataset()
	ds.Queue.Move(1)
	p.s.InfoChanged(ds)
	p.honest("a move")
	pos := ds.Queue.Pos
	p.s.Load(ds, max(pos-1, 0), pos+2, func(err error) {
		if err != nil {
			p.t.Errorf("reading ahead: %v", err)
		}
	})
}

// rename renames the dataset on screen.
func (p *page) rename(name string) {
	ds := p.s.Dataset()
	ds.Queue.Name = name
	p.s.InfoChanged(ds)
	p.honest("a rename")
}

// export is the spans JSONL of every dataset, by name, every document read
// from the store as the page's Export does.
func (p *page) export() map[string]string {
	p.t.Helper()
	files := map[string]string{}
	for _, ds := range p.s.Datasets {
		files[ds.Queue.Name] = p.exportOf(ds)
	}
	return files
}

func (p *page) exportOf(ds *Dataset) string {
	p.t.Helper()
	var b bytes.Buffer
	e, err := annotations.NewExporter("spans", &b, annotations.ExportOptions{})
	if err != nil {
		p.t.Fatal(err)
	}
	for i := range ds.Queue.Len() {
		for ds.Queue.Doc(i) == nil { // a snapshot may release it before it is read
			var loadErr error
			p.s.Load(ds, i, i+1, func(err error) { loadErr = err })
			p.m.step()
			if loadErr != nil {
				p.t.Fatal(loadErr)
			}
		}
		if err := e.Write(ds.Queue.Doc(i)); err != nil {
			p.t.Fatal(err)
		}
		p.s.Release(ds, i)
	}
	if _, err := e.Close(); err != nil {
		p.t.Fatal(err)
	}
	return b.String()
}

// openWords opens the page with a dataset of n words, stored, and labels
// the first labelled of them as ENTITY.
func openWords(t *testing.T, n, labelled int) *page {
	p := openPage(t, newMemStore())
	p.add("words.txt", words(n))
	p.m.settle(t)
	for i := range labelled {
		p.label(fmt.Sprintf("w%d", i), "ENTITY")
	}
	p.m.settle(t)
	return p
}

// errClosed stops a read, as a closed tab does.
var errClosed = errors.New("the tab closed")

// read reads the JSONL file into a new dataset, as the page does, storing
// what it read every 100 documents (the page does every 256 KB of text); when
// into is given, after its documents, skipping as many of the file's. It
// stops after stop documents of the file, as a closed tab does, when stop
// is more than 0.
func (p *page) read(name, file string, into *Dataset, stop int) *Dataset {
	p.t.Helper()
	ds, n := into, 0
	tracker := Track(strings.NewReader(file))
	_, err := annotations.OpenEach(name, tracker, annotations.DefaultLabels, func(d *annotations.Document) error {
		switch n++; {
		case n == stop:
			return errClosed
		case ds == nil:
			ds = p.add(name, d.Text)
			p.s.StartReading(ds, name, int64(len(file)), tracker)
		case n == 1 && into != nil:
			p.s.StartReading(ds, name, int64(len(file)), tracker)
		}
		if n > ds.Queue.Len() {
			ds.Queue.Append(d)
		}
		if n%100 == 0 {
			p.s.Flush(func() {})
			p.m.settle(p.t)
		}
		return nil
	})
	if err == errClosed {
		return ds
	}
	if err != nil {
		p.t.Fatal(err)
	}
	p.s.Flush(func() {})
	p.s.DoneReading(ds, true)
	p.m.settle(p.t)
	return ds
}

// words are n words for a document's text, w0 … w(n-1).
func words(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "w%d ", i)
	}
	return b.String()
}
