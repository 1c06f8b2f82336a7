package annotations

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
)

// A ModelReply goes from the worker to the page packed (MarshalBinary):
// the length of its JSON without the model files, that JSON, the model
// file's length and bytes, then the base file's bytes. As JSON, the model
// file (300 KB after 200 news documents) took the page's thread most of
// the 385 ms it was blocked after an answer.

// MarshalBinary packs r.
func (r ModelReply) MarshalBinary() ([]byte, error) {
	head := r
	head.Model, head.Base = nil, nil
	js, err := json.Marshal(head)
	if err != nil {
		return nil, err
	}
	out := binary.AppendUvarint(make([]byte, 0, len(js)+len(r.Model)+len(r.Base)+16), uint64(len(js)))
	out = append(out, js...)
	out = binary.AppendUvarint(out, uint64(len(r.Model)))
	out = append(out, r.Model...)
	return append(out, r.Base...), nil
}

var errModelReply = errors.New("the model's reply is damaged")

// UnmarshalBinary reads what MarshalBinary packed; the files are b's own
// bytes, not copies.
func (r *ModelReply) UnmarshalBinary(b []byte) error {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return errModelReply
	}
	b = b[k:]
	var head ModelReply
	if err := json.Unmarshal(b[:n], &head); err != nil {
		return err
	}
	b = b[n:]
	n, k = binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return errModelReply
	}
	head.Model, head.Base = b[k:k+int(n)], b[k+int(n):]
	if len(head.Model) == 0 {
		head.Model = nil
	}
	if len(head.Base) == 0 {
		head.Base = nil
	}
	*r = head
	return nil
}

// modelJobHead is the JSON part of a packed ModelSuggestJob: the job
// without its text and spans, and the labels its spans name by number.
type modelJobHead struct {
	ModelSuggestJob
	SpanLabels []string `json:"span_labels,omitempty"`
}

// MarshalBinary packs j for the worker as a SuggestJob is packed, and for
// the same reason (writing the article's megabyte as JSON blocked the
// page): the length of the JSON head and the head, the text's length and
// the text, then the spans (packSpans).
func (j ModelSuggestJob) MarshalBinary() ([]byte, error) {
	head := modelJobHead{ModelSuggestJob: j}
	head.Text, head.ModelSuggestJob.Spans = "", nil
	body := packSpans(nil, j.Spans, &head.SpanLabels)
	js, err := json.Marshal(head)
	if err != nil {
		return nil, err
	}
	return Pack(body, string(js), j.Text), nil
}

// UnmarshalBinary reads what MarshalBinary packed.
func (j *ModelSuggestJob) UnmarshalBinary(b []byte) error {
	rd := varintReader{b: b}
	pieces := rd.pieces(2)
	if rd.err != nil {
		return rd.err
	}
	var head modelJobHead
	if err := json.Unmarshal([]byte(pieces[0]), &head); err != nil {
		return fmt.Errorf("model suggest job: %w", err)
	}
	*j = head.ModelSuggestJob
	j.Text, j.Spans = pieces[1], rd.spans(head.SpanLabels)
	return rd.err
}

// MarshalBinary packs j for the worker without writing its files as JSON
// (base64 of a model file of 300 KB, on the page's thread): the JSON head
// (j without its files), then the file, the stored model file and the
// stored base file, each as its length and its bytes.
func (j ModelLoadJob) MarshalBinary() ([]byte, error) {
	head := j
	head.File, head.Stored.Model, head.Stored.Base = nil, nil, nil
	js, err := json.Marshal(head)
	if err != nil {
		return nil, err
	}
	return Pack(nil, js, j.File, j.Stored.Model, j.Stored.Base), nil
}

// UnmarshalBinary reads what MarshalBinary packed; an empty file reads as
// none.
func (j *ModelLoadJob) UnmarshalBinary(b []byte) error {
	rd := varintReader{b: b}
	pieces := rd.pieces(4)
	if rd.err == nil && len(rd.b) > 0 {
		rd.err = errors.New("model job: more after its files")
	}
	if rd.err != nil {
		return rd.err
	}
	var head ModelLoadJob
	if err := json.Unmarshal([]byte(pieces[0]), &head); err != nil {
		return fmt.Errorf("model job: %w", err)
	}
	head.File, head.Stored.Model, head.Stored.Base = fileOf(pieces[1]), fileOf(pieces[2]), fileOf(pieces[3])
	*j = head
	return nil
}

// fileOf is a file's bytes, nil when it is empty.
func fileOf(s string) []byte {
	if s == "" {
		return nil
	}
	return []byte(s)
}
