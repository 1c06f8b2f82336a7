//go:build js && wasm

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"spantag/annotations"
	"spantag/jobs"
)

// The jobs of the code the page's first download leaves out (see
// BENCHMARKS.md, "What is in which binary"): reading HTML pages, and every
// export format but spans JSONL.
func init() {
	handle(jobs.OpenPage, openPage)
	handle(jobs.Export, export)
}

// openPage reads an HTML page into one document, given back as
// jobs.PackPage packs it.
func openPage(req []byte) ([]byte, error) {
	pieces, err := jobs.UnpackN(req, 2)
	if err != nil {
		return nil, err
	}
	name, page := string(pieces[0]), pieces[1]
	var reply []byte
	_, err = annotations.OpenEach(name, bytes.NewReader(page), annotations.DefaultLabels, func(d *annotations.Document) error {
		reply = jobs.PackPage(d)
		return nil
	})
	return reply, err
}

// export writes the documents, given as spans JSONL, in the format asked.
func export(req []byte) ([]byte, error) {
	pieces, err := jobs.UnpackN(req, 2)
	if err != nil {
		return nil, err
	}
	var ask jobs.ExportRequest
	if err := json.Unmarshal(pieces[0], &ask); err != nil {
		return nil, err
	}
	reply := jobs.ExportReply{Parts: []string{""}}
	if ask.Options.Split.On() {
		reply.Parts = annotations.Parts
	}
	out := map[string]*bytes.Buffer{}
	writers := map[string]io.Writer{}
	for _, part := range reply.Parts {
		out[part] = &bytes.Buffer{}
		writers[part] = out[part]
	}
	var e *annotations.Exporter
	if ask.Options.Split.On() {
		e, err = annotations.NewSplitExporter(ask.Format, writers, ask.Options)
	} else {
		e, err = annotations.NewExporter(ask.Format, writers[""], ask.Options)
	}
	if err != nil {
		return nil, err
	}
	// The page wrote these documents itself: a line it cannot read back is a bug.
	report, err := annotations.OpenPlain("export.jsonl", bytes.NewReader(pieces[1]), annotations.DefaultLabels, e.Write)
	if err == nil && len(report.Errors) > 0 {
		err = report.Errors[0]
	}
	if err != nil {
		return nil, fmt.Errorf("export stopped: %w", err)
	}
	extra, err := e.Close()
	if err != nil {
		return nil, err
	}
	reply.Written, reply.Stats = e.Written(), e.Stats()
	var data [][]byte
	for _, part := range reply.Parts {
		data = append(data, out[part].Bytes())
	}
	for _, f := range extra {
		data = append(data, f.Data)
		f.Data = nil
		reply.Extra = append(reply.Extra, f)
	}
	head, err := json.Marshal(reply)
	if err != nil {
		return nil, err
	}
	return jobs.Pack(append([][]byte{head}, data...)...), nil
}
