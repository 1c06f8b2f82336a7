package annotations

// Files for other annotation tools, which the Reader reads back.

// addDoccano appends d as a line of doccano's sequence labelling JSONL:
// {"text", "label": [[start, end, "LABEL"], ...]}, then meta, answer and
// the document's other keys, but for a "label" of its own (a category),
// which the spans' "label" would clash with.
func addDoccano(b []byte, d *Document) ([]byte, error) {
	spans, err := spansOf(d)
	if err != nil {
		return b, err
	}
	b = appendJSONString(append(b, `{"text":`...), d.Text)
	b = append(field(b, "label"), '[')
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendInt(append(b, '['), s.start)
		b = appendInt(append(b, ','), s.end)
		b = appendJSONString(append(b, ','), s.Label)
		b = append(b, ']')
	}
	b = append(b, ']')
	b = appendKept(b, d, "label")
	return append(b, "}\n"...), nil
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
