package annotations

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Format is one kind of file the Exporter writes, as the page offers it.
type Format struct {
	ID   string // what NewExporter takes: "spans", "entities-iob2", ...
	Name string // what a person chooses by
	Ext  string // the file's extension, with its dot
	MIME string // the download's media type
	open func(w io.Writer) encoder
}

const (
	ndjson    = "application/x-ndjson"
	jsonMIME  = "application/json"
	plainText = "text/plain; charset=utf-8"
)

// Formats lists every export format, the primary spans JSONL first. Every
// offset they write is in code points, and every span's text is the text
// at its offsets. FORMATS.md describes each file.
var Formats = []Format{
	{"spans", "All spans: spans JSONL (Prodigy, spaCy)", ".jsonl", ndjson, spansOnly()},
	{"entities", "Entities: spans JSONL", ".jsonl", ndjson, spansOnly(entity)},
	{"entities-iob2", "Entities: CoNLL IOB2 token lines", ".conll", plainText, lines(addIOB2)},
	{"entities-hf", "Entities: Hugging Face token classification JSONL (+ labels.json)", ".jsonl", ndjson, lines(addHF, hfLabels)},
	{"claims", "Claims: CLAIM spans with their sentences", ".jsonl", ndjson, lines(addClaims)},
	{"claim-sentences", "Claims: every sentence labelled 1 (claim) or 0", ".jsonl", ndjson, lines(addClaimSentences)},
	{"boilerplate-lines", "Boilerplate: lines labelled boilerplate or content", ".jsonl", ndjson, lines(addBlocks(lineBlocks))},
	{"boilerplate-paragraphs", "Boilerplate: paragraphs labelled boilerplate or content", ".jsonl", ndjson, lines(addBlocks(paragraphBlocks))},
	{"clean-text", "Boilerplate: text with all BOILERPLATE removed", ".jsonl", ndjson, lines(addClean)},
	{"doccano", "doccano JSONL", ".jsonl", ndjson, lines(addDoccano)},
	{"labelstudio", "Label Studio tasks (JSON)", ".json", jsonMIME, jsonArray(addLabelStudio)},
	{"w3c", "W3C Web Annotation (JSON-LD, a page a line)", ".jsonl", ndjson, lines(addW3C)},
}

// FileName is the name of the format's file for a dataset called base
// (without extension): "news.jsonl" for the spans, "news.entities-iob2.conll".
func (f Format) FileName(base string) string {
	if f.ID == "spans" {
		return base + f.Ext
	}
	return base + "." + f.ID + f.Ext
}

// ExportOptions choose what an Exporter writes.
type ExportOptions struct {
	Labels  []string // only spans with one of these labels; empty for all
	Answers []Answer // only documents with one of these answers (Unanswered too); empty for all
}

// File is a file an export writes beside its main one.
type File struct {
	Name string // "labels.json"; the page may put the dataset's name before it
	MIME string
	Data []byte
}

// Exporter writes documents one at a time in one Format, so that a caller
// can show progress and yield between documents. Close it when done.
type Exporter struct {
	enc     encoder
	opts    ExportOptions
	seen    int
	written int
}

// encoder writes documents in one format.
type encoder interface {
	write(d *Document) error
	close() ([]File, error) // writes any trailer, returns any sidecar files
}

// FormatByID returns the format whose ID is id.
func FormatByID(id string) (Format, bool) {
	i := slices.IndexFunc(Formats, func(f Format) bool { return f.ID == id })
	if i < 0 {
		return Format{}, false
	}
	return Formats[i], true
}

// NewExporter makes an Exporter to w in the format whose ID is format.
func NewExporter(format string, w io.Writer, opts ExportOptions) (*Exporter, error) {
	f, ok := FormatByID(format)
	if !ok {
		return nil, fmt.Errorf("no export format %q", format)
	}
	return &Exporter{enc: f.open(w), opts: opts}, nil
}

// Write writes d, unless the options leave it out. Whatever the format,
// it refuses, writing nothing of d, a document the spans Writer would
// refuse (once the options have left out spans), naming the document by
// its position among those given to Write.
func (e *Exporter) Write(d *Document) error {
	if e.enc == nil {
		return errors.New("the export is closed")
	}
	e.seen++
	if len(e.opts.Answers) > 0 && !slices.Contains(e.opts.Answers, d.Answer) {
		return nil
	}
	d = only(d, e.opts.Labels...)
	_, err := spansOf(d)
	if err == nil {
		err = e.enc.write(d)
	}
	if err != nil {
		return fmt.Errorf("document %d: %w", e.seen, err)
	}
	e.written++
	return nil
}

// Written counts the documents written so far.
func (e *Exporter) Written() int { return e.written }

// Close writes what the format needs at the end (a JSON array's "]") and
// returns the files that go with the export, such as the Hugging Face
// format's labels.json.
func (e *Exporter) Close() ([]File, error) {
	if e.enc == nil {
		return nil, errors.New("the export is closed")
	}
	files, err := e.enc.close()
	e.enc = nil
	return files, err
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
	return &c
}

// spansEncoder writes spans JSONL with the Writer.
type spansEncoder struct {
	w      *Writer
	labels []string
}

// spansOnly opens a spans JSONL file of the spans labelled labels (all
// when there are none).
func spansOnly(labels ...string) func(io.Writer) encoder {
	return func(w io.Writer) encoder { return spansEncoder{NewWriter(w), labels} }
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
	n       int // documents written
	sidecar []File
}

// lines opens a JSONL (or CoNLL) file built by add, with sidecar files.
func lines(add func([]byte, *Document) ([]byte, error), sidecar ...File) func(io.Writer) encoder {
	return func(w io.Writer) encoder { return &records{out: w, add: add, sidecar: sidecar} }
}

// jsonArray opens a JSON array file whose elements add builds.
func jsonArray(add func([]byte, *Document) ([]byte, error)) func(io.Writer) encoder {
	return func(w io.Writer) encoder { return &records{out: w, add: add, array: true} }
}

func (r *records) write(d *Document) error {
	mark := len(r.buf)
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
	case r.array && r.n == 0:
		r.buf = append(r.buf, "[]\n"...)
	case r.array:
		r.buf = append(r.buf, "\n]\n"...)
	}
	return r.sidecar, r.flush()
}

// spansOf checks that d can be exported and returns its spans labelled
// one of labels (all when there are none), as they are written.
func spansOf(d *Document, labels ...string) ([]exportSpan, error) {
	if err := checkForExport(d); err != nil {
		return nil, err
	}
	return exportSpans(only(d, labels...))
}

// ID is how the derived files name the document: its meta "id", else its
// own "id" key (doccano's, Label Studio's), else its _input_hash; a string
// or a number, as a string.
func (d *Document) ID() string {
	if fields, err := readObject(d.Meta); err == nil {
		if id, ok := idOf(fields); ok {
			return id
		}
	}
	if id, ok := idOf(d.Extra); ok {
		return id
	}
	return strconv.Itoa(int(d.InputHash()))
}

// idOf returns the "id" of fields when it is a string or a number.
func idOf(fields []Field) (string, bool) {
	for _, f := range fields {
		if f.Key != "id" {
			continue
		}
		var id json.Number // a number, or a string holding one; null leaves it ""
		if json.Unmarshal(f.Value, &id) == nil && id != "" {
			return id.String(), true
		}
		var s string
		if json.Unmarshal(f.Value, &s) == nil && s != "" {
			return s, true
		}
	}
	return "", false
}

// field appends `,"name":`, which comes before every field of a record
// but the first.
func field(b []byte, name string) []byte {
	return append(appendJSONString(append(b, ','), name), ':')
}

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }

// openRecord starts a derived record with its document's id.
func openRecord(b []byte, id string) []byte {
	return appendJSONString(append(b, `{"id":`...), id)
}

// appendRange appends the fields start, end (in code points) and text of
// the byte range r of d's text, whose ends are on code points, each name
// after prefix: "sentence_" gives sentence_start, sentence_end, sentence_text.
func appendRange(b []byte, d *Document, r Range, prefix string) []byte {
	x := d.Index()
	start, _ := x.FromByte(r.Start, CodePoints)
	end, _ := x.FromByte(r.End, CodePoints)
	b = appendInt(field(b, prefix+"start"), start)
	b = appendInt(field(b, prefix+"end"), end)
	return appendJSONString(field(b, prefix+"text"), d.Text[r.Start:r.End])
}

// appendKept appends d's meta, answer and Extra keys but those in skip,
// which the format writes itself.
func appendKept(b []byte, d *Document, skip ...string) []byte {
	if len(d.Meta) > 0 {
		b = appendCompact(field(b, "meta"), d.Meta)
	}
	if d.Answer != Unanswered {
		b = appendJSONString(field(b, "answer"), string(d.Answer))
	}
	for _, f := range d.Extra {
		if !slices.Contains(skip, f.Key) {
			b = appendCompact(field(b, f.Key), f.Value)
		}
	}
	return b
}
