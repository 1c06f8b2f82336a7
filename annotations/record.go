package annotations

import (
	"encoding/json"
	"slices"
	"strconv"
)

// The pieces every derived record is built of: a document's id, its spans
// as written, its offsets, and the keys it keeps.

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
