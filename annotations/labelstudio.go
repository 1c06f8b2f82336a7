package annotations

// Label Studio's task JSON: the "labels" results of a task's annotations
// read into a task, and the tasks written for Label Studio.

import (
	"encoding/json"
	"fmt"
)

// labelStudioAnnotation is one annotator's work on a Label Studio task.
type labelStudioAnnotation struct {
	Result    []json.RawMessage `json:"result"`
	Cancelled bool              `json:"was_cancelled"`
}

// labelStudioResult is one region of a Label Studio annotation.
type labelStudioResult struct {
	Type  string `json:"type"`
	Value struct {
		Start  *int     `json:"start"`
		End    *int     `json:"end"`
		Text   *string  `json:"text"`
		Labels []string `json:"labels"`
	} `json:"value"`
}

var textUnits = []Unit{CodePoints, UTF16}

func (t *task) readAnnotations(raw []byte) error {
	var annotations []json.RawMessage
	if err := decodeAs(raw, &annotations, "annotations"); err != nil {
		return err
	}
	for i, item := range annotations {
		var a labelStudioAnnotation
		if err := decodeAs(item, &a, fmt.Sprintf("annotation %d", i+1)); err != nil {
			return err
		}
		if a.Cancelled {
			continue
		}
		for j, item := range a.Result {
			if err := t.readResult(item, fmt.Sprintf("annotation %d result %d", i+1, j+1)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (t *task) readResult(raw []byte, name string) error {
	var r labelStudioResult
	if err := decodeAs(raw, &r, name); err != nil {
		return err
	}
	if r.Type != "labels" {
		return nil
	}
	v := r.Value
	if err := offsetsGiven(name, v.Start, v.End, "value.start", "value.end"); err != nil {
		return err
	}
	if len(v.Labels) == 0 {
		return fmt.Errorf("%s has no labels", name)
	}
	units := codePointsOnly
	if v.Text != nil {
		units = textUnits
	}
	for _, label := range v.Labels {
		t.spans = append(t.spans, spanIn{name: name, start: *v.Start, end: *v.End, label: label, text: v.Text, units: units})
	}
	return nil
}

// addLabelStudio appends d as a Label Studio task: {"data": {"text", ...},
// "annotations": [{"result": [...]}]}, one "labels" result per span naming
// the control "label" and the object "text" (a labeling config of
// <Labels name="label" toName="text"> over <Text name="text">), then meta,
// answer and the document's other keys. A "data" object kept from an
// import gives the task's data its other keys; a "data" that is not an
// object has no place in a task and is left out. A document with neither
// spans nor an answer has no annotation, so Label Studio shows it to do.
func addLabelStudio(b []byte, d *Document) ([]byte, error) {
	spans, err := spansOf(d)
	if err != nil {
		return b, err
	}
	b = appendJSONString(append(b, `{"data":{"text":`...), d.Text)
	b = appendDataKeys(b, d.Extra)
	b = append(b, `},"annotations":[`...)
	if len(spans) > 0 || d.Answer != Unanswered {
		b = append(b, `{"result":[`...)
		for i, s := range spans {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendLabelStudioResult(b, i, s)
		}
		b = append(b, "]}"...)
	}
	b = append(b, ']')
	b = appendKept(b, d, "data")
	return append(b, '}'), nil
}

func appendLabelStudioResult(b []byte, i int, s exportSpan) []byte {
	b = append(b, `{"id":"s`...)
	b = appendInt(b, i+1)
	b = append(b, `","from_name":"label","to_name":"text","type":"labels","value":{"start":`...)
	b = appendInt(b, s.start)
	b = appendInt(field(b, "end"), s.end)
	b = appendJSONString(field(b, "text"), s.text)
	b = append(field(b, "labels"), '[')
	b = appendJSONString(b, s.Label)
	return append(b, "]}}"...)
}

// appendDataKeys appends the keys of the "data" object in extra, but its
// "text", as more fields of an object.
func appendDataKeys(b []byte, extra []Field) []byte {
	for _, f := range extra {
		if f.Key != "data" {
			continue
		}
		fields, err := readObject(f.Value)
		if err != nil {
			return b // "data" is not an object: it has no keys to give
		}
		for _, g := range fields {
			if g.Key != "text" {
				b = appendCompact(field(b, g.Key), g.Value)
			}
		}
	}
	return b
}
