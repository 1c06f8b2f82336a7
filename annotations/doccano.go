package annotations

// doccano's sequence labelling JSONL: its spans as "label" (or "labels")
// [[start, end, "LABEL"], ...] or as "entities", read into a task, and the
// file written for doccano.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
)

// doccanoEntity is one of the "entities" of doccano's files.
type doccanoEntity struct {
	ID    json.RawMessage `json:"id"`
	Label string          `json:"label"`
	Start *int            `json:"start_offset"`
	End   *int            `json:"end_offset"`
}

// spanIDOf is a span's id as kept (compact JSON), or "" for none or null.
func spanIDOf(raw json.RawMessage) string {
	if id := string(compact(raw)); id != "null" {
		return id
	}
	return ""
}

func (t *task) readEntities(raw []byte) error {
	var list []json.RawMessage
	if err := decodeAs(raw, &list, "entities"); err != nil {
		return err
	}
	for i, item := range list {
		name := fmt.Sprintf("span %d", i+1)
		var e doccanoEntity
		if err := decodeAs(item, &e, name); err != nil {
			return err
		}
		if err := offsetsGiven(name, e.Start, e.End, "start_offset", "end_offset"); err != nil {
			return err
		}
		t.spans = append(t.spans, spanIn{name: name, start: *e.Start, end: *e.End, label: e.Label, units: codePointsOnly, origin: Origin{ID: spanIDOf(e.ID)}})
	}
	return nil
}

// isOffsetList reports whether raw is a JSON array that is empty or holds
// arrays: doccano's [[start, end, "LABEL"], ...], not a list of categories.
func isOffsetList(raw []byte) bool {
	rest, ok := bytes.CutPrefix(raw, []byte("["))
	rest = bytes.TrimLeft(rest, " \t\r\n")
	return ok && len(rest) > 0 && (rest[0] == '[' || rest[0] == ']')
}

func (t *task) readOffsetList(raw []byte, key string) error {
	var list []json.RawMessage
	if err := decodeAs(raw, &list, key); err != nil {
		return err
	}
	for i, item := range list {
		name := fmt.Sprintf("span %d", i+1)
		var triple []json.RawMessage
		if json.Unmarshal(item, &triple) != nil || len(triple) != 3 {
			return fmt.Errorf(`%s is not [start, end, "LABEL"]`, name)
		}
		s := spanIn{name: name, units: codePointsOnly}
		if err := decodeAs(triple[0], &s.start, name+": start"); err != nil {
			return err
		}
		if err := decodeAs(triple[1], &s.end, name+": end"); err != nil {
			return err
		}
		if err := decodeAs(triple[2], &s.label, name+": label"); err != nil {
			return err
		}
		t.spans = append(t.spans, s)
	}
	return nil
}

// addDoccano appends d as a line of doccano's sequence labelling JSONL:
// {"text", "label": [[start, end, "LABEL"], ...]}, then meta, answer and
// the document's other keys, but for a "label" of its own (a category),
// which the spans' "label" would clash with. A document that came with
// doccano's "relations" has its spans written as "entities" instead, each
// under the id it came with, so that the relations still join them.
func addDoccano(b []byte, d *Document) ([]byte, error) {
	spans, err := spansOf(d)
	if err != nil {
		return b, err
	}
	b = appendJSONString(append(b, `{"text":`...), d.Text)
	if slices.ContainsFunc(d.Extra, func(f Field) bool { return f.Key == "relations" }) {
		b = appendEntities(field(b, "entities"), spans)
	} else {
		b = appendOffsetList(field(b, "label"), spans)
	}
	b = appendKept(b, d, "label")
	return append(b, "}\n"...), nil
}

func appendOffsetList(b []byte, spans []exportSpan) []byte {
	b = append(b, '[')
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendInt(append(b, '['), s.start)
		b = appendInt(append(b, ','), s.end)
		b = appendJSONString(append(b, ','), s.Label)
		b = append(b, ']')
	}
	return append(b, ']')
}

// appendEntities appends spans as doccano's entities: a span read with an
// id keeps it; one made since gets a number above every numeric id.
func appendEntities(b []byte, spans []exportSpan) []byte {
	next := 0
	for _, s := range spans {
		if n, err := strconv.Atoi(s.origin.ID); err == nil {
			next = max(next, n)
		}
	}
	b = append(b, '[')
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		if s.origin.ID != "" {
			b = append(b, s.origin.ID...)
		} else {
			next++
			b = appendInt(b, next)
		}
		b = appendJSONString(append(b, `,"label":`...), s.Label)
		b = appendInt(append(b, `,"start_offset":`...), s.start)
		b = appendInt(append(b, `,"end_offset":`...), s.end)
		b = append(b, '}')
	}
	return append(b, ']')
}
