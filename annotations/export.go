package annotations

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
)

const (
	ndjson    = "application/x-ndjson"
	jsonMIME  = "application/json"
	plainText = "text/plain; charset=utf-8"
	tsvMIME   = "text/tab-separated-values; charset=utf-8"
)

// DefaultWindowTokens is the most tokens an entity record holds unless
// ExportOptions say otherwise.
const DefaultWindowTokens = 128

// ExportOptions choose what an Exporter writes.
type ExportOptions struct {
	Labels  []string // only spans with one of these labels; empty for all
	Answers []Answer // only documents with one of these answers (Unanswered too); empty for all

	// The entity files (CoNLL, Hugging Face, word|TAG) write a record per
	// sentence of at most WindowTokens tokens (0: DefaultWindowTokens), or
	// with ByDocument one per document. They leave out the sentences that
	// BOILERPLATE covers wholly, unless KeepBoilerplate.
	ByDocument      bool
	WindowTokens    int
	KeepBoilerplate bool

	Split Split // train, dev and test files; the zero Split writes one file

	// Suggestions adds the open suggestions under "_suggestions" in the
	// spans JSONL files, apart from the spans.
	Suggestions bool
}

// ExportStats count what an export changed of the documents to fit its format.
type ExportStats struct {
	SplitSentences  int // sentences written as several windows of tokens
	LeftOutEntities int // entities in the boilerplate the entity files left out
	Replaced        int // characters the format cannot hold, written as U+FFFD (a space in TSV)
	OtherLabels     int // spans of labels the entity files do not tag (they tag ENTITY)
}

// exportState is what the formats that need more than the document share
// during an export.
type exportState struct {
	opts  ExportOptions
	whole *Document // the document being written, before the labels were filtered
	stats ExportStats
}

// File is a file an export writes beside its main one.
type File struct {
	Name string // "labels.json"; the page may put the dataset's name before it
	MIME string
	Data []byte

	shared bool // the same for every part of a split export
}

// Exporter writes documents one at a time in one Format, so that a caller
// can show progress and yield between documents. Close it when done.
type Exporter struct {
	parts   map[string]encoder // by Split part; "" when not split
	state   exportState
	seen    int
	written int
}

// encoder writes documents in one format.
type encoder interface {
	write(d *Document) error
	close() ([]File, error) // writes any trailer, returns any sidecar files
}

// NewExporter makes an Exporter to w in the format whose ID is format; the
// options must not split the export.
func NewExporter(format string, w io.Writer, opts ExportOptions) (*Exporter, error) {
	if opts.Split.On() {
		return nil, errors.New("a split export writes a file per part: use NewSplitExporter")
	}
	return newExporter(opener, format, map[string]io.Writer{"": w}, opts)
}

// NewSplitExporter makes an Exporter in the format whose ID is format that
// writes each document to the writer of its part of opts.Split: out must
// hold a writer for "train", "dev" and "test".
func NewSplitExporter(format string, out map[string]io.Writer, opts ExportOptions) (*Exporter, error) {
	if err := checkParts(out); err != nil {
		return nil, err
	}
	return newExporter(opener, format, out, opts)
}

// NewSpansExporter makes an Exporter in a spans JSONL format (see
// SpansFormat), split or not as NewSplitExporter and NewExporter do: out
// holds a writer for each part, or for "" alone. It links no other format.
func NewSpansExporter(format string, out map[string]io.Writer, opts ExportOptions) (*Exporter, error) {
	if !opts.Split.On() && (len(out) != 1 || out[""] == nil) {
		return nil, errors.New("an export that is not split writes one file")
	}
	if opts.Split.On() {
		if err := checkParts(out); err != nil {
			return nil, err
		}
	}
	return newExporter(spansOpener, format, out, opts)
}

func checkParts(out map[string]io.Writer) error {
	for _, part := range Parts {
		if out[part] == nil {
			return fmt.Errorf("no writer for the %s part", part)
		}
	}
	return nil
}

func newExporter(opener func(string) func(io.Writer, *exportState) encoder, format string, out map[string]io.Writer, opts ExportOptions) (*Exporter, error) {
	open := opener(format)
	if open == nil {
		return nil, fmt.Errorf("no export format %q", format)
	}
	if err := opts.Split.check(); err != nil {
		return nil, err
	}
	if opts.WindowTokens < 0 {
		return nil, fmt.Errorf("a window of %d tokens", opts.WindowTokens)
	}
	e := &Exporter{parts: map[string]encoder{}, state: exportState{opts: opts}}
	for part, w := range out {
		e.parts[part] = open(w, &e.state)
	}
	return e, nil
}

// Write writes d, unless the options leave it out. Whatever the format,
// it refuses, writing nothing of d, a document the spans Writer would
// refuse (once the options have left out spans), naming the document by
// its position among those given to Write.
func (e *Exporter) Write(d *Document) error {
	if e.parts == nil {
		return errors.New("the export is closed")
	}
	e.seen++
	if len(e.state.opts.Answers) > 0 && !slices.Contains(e.state.opts.Answers, d.Answer) {
		return nil
	}
	e.state.whole = d
	enc := e.parts[e.state.opts.Split.PartOf(d)]
	d = only(d, e.state.opts.Labels...)
	var err error
	if _, checks := enc.(spansEncoder); !checks { // the Writer refuses by itself, writing nothing
		_, err = spansOf(d)
	}
	if err == nil {
		err = enc.write(d)
	}
	if err != nil {
		return fmt.Errorf("document %d: %w", e.seen, err)
	}
	e.written++
	return nil
}

// Written counts the documents written so far.
func (e *Exporter) Written() int { return e.written }

// Stats count what the export changed so far to fit its format.
func (e *Exporter) Stats() ExportStats { return e.state.stats }

// Close writes what the format needs at the end (a JSON array's "]") and
// returns the files that go with the export, such as the Hugging Face
// format's labels.json (one for all parts of a split export; a file of one
// part's own has the part's name before its own, "test.cleaneval-1.html").
func (e *Exporter) Close() ([]File, error) {
	if e.parts == nil {
		return nil, errors.New("the export is closed")
	}
	var files []File
	var errs []error
	for _, part := range slices.Sorted(maps.Keys(e.parts)) {
		sidecars, err := e.parts[part].close()
		errs = append(errs, err)
		for _, f := range sidecars {
			if part != "" && !f.shared {
				f.Name = part + "." + f.Name
			}
			if !slices.ContainsFunc(files, func(g File) bool { return g.Name == f.Name }) {
				files = append(files, f)
			}
		}
	}
	e.parts = nil
	return files, errors.Join(errs...)
}

// only returns d as if it had only the spans labelled one of labels, or d
// itself when labels is empty.
func only(d *Document, labels ...string) *Document {
	if len(labels) == 0 {
		return d
	}
	c := *d // shares the text and its index
	c.Spans = nil
	for _, s := range d.Spans {
		if slices.Contains(labels, s.Label) {
			c.Spans = append(c.Spans, s)
		}
	}
	c.Suggestions = nil
	for _, g := range d.Suggestions {
		if slices.Contains(labels, g.Label) {
			c.Suggestions = append(c.Suggestions, g)
		}
	}
	return &c
}

// spansEncoder writes spans JSONL with the Writer.
type spansEncoder struct {
	w      *Writer
	labels []string
}

// spansOnly opens a spans JSONL file of the spans labelled labels (all
// when there are none).
func spansOnly(labels ...string) func(io.Writer, *exportState) encoder {
	return func(w io.Writer, x *exportState) encoder {
		out := NewWriter(w)
		out.Suggestions = x.opts.Suggestions
		return spansEncoder{out, labels}
	}
}

func (e spansEncoder) write(d *Document) error { return e.w.Write(only(d, e.labels...)) }

func (e spansEncoder) close() ([]File, error) { return nil, e.w.Flush() }

// records is an encoder that appends each document's records with add,
// as JSONL or, in an array, as the elements of one JSON array.
type records struct {
	out     io.Writer
	buf     []byte
	add     func(b []byte, d *Document) ([]byte, error)
	array   bool
	head    string // written first, even when no document is
	n       int    // documents written
	sidecar []File
}

// addFunc appends a document's records to b.
type addFunc = func(b []byte, d *Document) ([]byte, error)

// lines opens a JSONL (or CoNLL) file built by add, with sidecar files.
func lines(add addFunc, sidecar ...File) func(io.Writer, *exportState) encoder {
	return linesWith(func(*exportState) addFunc { return add }, sidecar...)
}

// linesWith is lines for an add function that needs the export's state.
func linesWith(add func(*exportState) addFunc, sidecar ...File) func(io.Writer, *exportState) encoder {
	return func(w io.Writer, x *exportState) encoder { return &records{out: w, add: add(x), sidecar: sidecar} }
}

// jsonArray opens a JSON array file whose elements add builds.
func jsonArray(add addFunc) func(io.Writer, *exportState) encoder {
	return func(w io.Writer, _ *exportState) encoder { return &records{out: w, add: add, array: true} }
}

func (r *records) write(d *Document) error {
	mark := len(r.buf)
	if r.n == 0 {
		r.buf = append(r.buf, r.head...)
	}
	if r.array && r.n == 0 {
		r.buf = append(r.buf, "[\n"...)
	} else if r.array {
		r.buf = append(r.buf, ",\n"...)
	}
	b, err := r.add(r.buf, d)
	if err != nil {
		r.buf = r.buf[:mark]
		return err
	}
	r.buf = b
	r.n++
	if len(r.buf) < flushAt {
		return nil
	}
	return r.flush()
}

func (r *records) flush() error {
	_, err := r.out.Write(r.buf)
	r.buf = r.buf[:0]
	return err
}

func (r *records) close() ([]File, error) {
	switch {
	case r.n == 0 && r.head != "":
		r.buf = append(r.buf, r.head...)
	case r.array && r.n == 0:
		r.buf = append(r.buf, "[]\n"...)
	case r.array:
		r.buf = append(r.buf, "\n]\n"...)
	}
	return r.sidecar, r.flush()
}
