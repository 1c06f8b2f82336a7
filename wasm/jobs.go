//go:build js && wasm

package main

import (
	"bytes"
	"encoding/json"
	"io"

	"spantag/annotations"
	"spantag/jobs"
)

// What the first download leaves to the worker (worker/codecs.go): reading
// an HTML page, and writing every format but spans JSONL. See BENCHMARKS.md,
// "What is in which binary".

// openEach is annotations.OpenEach, pausing (j.pause) inside a long JSON
// object and keeping aside the spans it cannot use (pageReading), with an
// HTML page read in the worker, which holds the HTML parser.
// It waits: call it on a goroutine.
func openEach(name string, r io.Reader, labels annotations.LabelSet, j *job, each func(*annotations.Document) error) (annotations.Report, error) {
	if !annotations.IsPage(name) {
		return annotations.OpenPlainWith(name, r, labels, pageReading(j), each)
	}
	page, err := readAll(r)
	if err != nil {
		return annotations.Report{}, err
	}
	reply, err := callWorker(jobs.OpenPage, jobs.Pack([]byte(name), page))
	if err != nil {
		return annotations.Report{}, err
	}
	d, err := jobs.UnpackPage(reply)
	if err != nil {
		return annotations.Report{}, err
	}
	return annotations.Report{}, each(d)
}

// pageReading is how the page reads a file: pausing (j.pause), and keeping
// aside the spans of labels it does not have, whose files would else open
// without their documents.
func pageReading(j *job) annotations.ReadOptions {
	return annotations.ReadOptions{Pause: j.pause, KeepUnusableSpans: true}
}

// exporter is what exportDataset writes with: an annotations.Exporter for
// spans JSONL, a workerExporter for the other formats.
type exporter interface {
	Write(d *annotations.Document) error
	Close() ([]annotations.File, error)
	Written() int
	Stats() annotations.ExportStats
}

// newExporter makes the exporter of format f into out, a writer for each
// part of the export ("" alone when it is not split).
func newExporter(f annotations.Format, out map[string]io.Writer, opts annotations.ExportOptions) (exporter, error) {
	if annotations.SpansFormat(f.ID) {
		return annotations.NewSpansExporter(f.ID, out, opts)
	}
	w := &workerExporter{ask: jobs.ExportRequest{Format: f.ID, Options: opts}, out: out}
	w.docs = annotations.NewWriter(&w.buf)
	return w, nil
}

// workerExporter collects the documents as spans JSONL, then has the worker
// write them in the format when closed.
type workerExporter struct {
	ask   jobs.ExportRequest
	out   map[string]io.Writer
	buf   bytes.Buffer
	docs  *annotations.Writer
	reply jobs.ExportReply
}

func (w *workerExporter) Write(d *annotations.Document) error { return w.docs.Write(d) }

func (w *workerExporter) Written() int { return w.reply.Written }

func (w *workerExporter) Stats() annotations.ExportStats { return w.reply.Stats }

// Close sends the documents to the worker and writes what it gives back to
// the parts' writers; it waits, so call it on a goroutine.
func (w *workerExporter) Close() ([]annotations.File, error) {
	if err := w.docs.Flush(); err != nil {
		return nil, err
	}
	ask, err := json.Marshal(w.ask)
	if err != nil {
		return nil, err
	}
	reply, err := callWorker(jobs.Export, jobs.Pack(ask, w.buf.Bytes()))
	w.buf = bytes.Buffer{}
	if err != nil {
		return nil, err
	}
	pieces, err := jobs.Unpack(reply)
	if err == nil && len(pieces) > 0 {
		err = json.Unmarshal(pieces[0], &w.reply)
	}
	if err == nil && len(pieces) != 1+len(w.reply.Parts)+len(w.reply.Extra) {
		err = jobs.ErrShort
	}
	if err != nil {
		return nil, err
	}
	for i, part := range w.reply.Parts {
		if _, err := w.out[part].Write(pieces[1+i]); err != nil {
			return nil, err
		}
	}
	extra := w.reply.Extra
	for i := range extra {
		extra[i].Data = pieces[1+len(w.reply.Parts)+i]
	}
	return extra, nil
}
