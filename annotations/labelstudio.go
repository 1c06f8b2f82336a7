package annotations

// Label Studio's task JSON: the "labels" results of a task's annotations
// read into a task, and the tasks written for Label Studio.

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// labelStudioAnnotation is one annotator's work on a Label Studio task.
type labelStudioAnnotation struct {
	Result      []json.RawMessage `json:"result"`
	Cancelled   bool              `json:"was_cancelled"`
	CompletedBy json.RawMessage   `json:"completed_by"`
}

// labelStudioResult is one region of a Label Studio annotation, or a
// relation between two.
type labelStudioResult struct {
	ID    json.RawMessage `json:"id"`
	Type  string          `json:"type"`
	Value struct {
		Start  *int     `json:"start"`
		End    *int     `json:"end"`
		Text   *string  `json:"text"`
		Labels []string `json:"labels"`
	} `json:"value"`
	FromID json.RawMessage `json:"from_id"`
	ToID   json.RawMessage `json:"to_id"`
}

var textUnits = []Unit{CodePoints, UTF16}

// annotationKey is the document key that keeps a Label Studio annotation,
// and annotatorKey the one that names its annotator, as in Prodigy's files.
const (
	annotationKey = "_annotation"
	annotatorKey  = "_annotator_id"
)

// version is one annotation of a Label Studio task: a document of its own.
type version struct {
	name      string          // "annotation 2"
	kept      json.RawMessage // the annotation as the file gives it
	annotator json.RawMessage // a JSON string, or nil when no one is named
	cancelled bool
	spans     []spanIn
	regions   map[string]string // result id (compact JSON) -> the name of its spans
	relations []relation
}

// relation is a Label Studio relation between two regions, by their ids.
type relation struct {
	name     string
	from, to json.RawMessage
}

// readAnnotations reads a Label Studio task's annotations, each a version
// of the document: the same text with that annotation's spans, its
// annotator as "_annotator_id" (from "completed_by": a number or a string,
// or an object's "email" or "id") and the annotation itself, relations,
// ids and all, kept as "_annotation" for the task to be written back. A
// cancelled (skipped) annotation is a version answered ignore. Results of
// other types than "labels" stay in "_annotation" only.
func (t *task) readAnnotations(raw []byte) error {
	var annotations []json.RawMessage
	if err := decodeAs(raw, &annotations, "annotations"); err != nil {
		return err
	}
	for i, item := range annotations {
		v := version{name: fmt.Sprintf("annotation %d", i+1), kept: compact(item), regions: map[string]string{}}
		var a labelStudioAnnotation
		if err := decodeAs(item, &a, v.name); err != nil {
			return err
		}
		v.cancelled = a.Cancelled
		v.annotator = annotatorOf(a.CompletedBy)
		for j, item := range a.Result {
			if err := v.readResult(item, fmt.Sprintf("%s result %d", v.name, j+1)); err != nil {
				return err
			}
		}
		t.versions = append(t.versions, v)
	}
	return nil
}

// annotatorOf names the annotator of "completed_by", as a JSON string.
func annotatorOf(raw json.RawMessage) json.RawMessage {
	var who struct {
		Email string          `json:"email"`
		ID    json.RawMessage `json:"id"`
	}
	var s string
	switch {
	case len(raw) == 0:
		return nil
	case json.Unmarshal(raw, &s) == nil && s != "":
	case raw[0] >= '0' && raw[0] <= '9' || raw[0] == '-':
		s = string(raw)
	case json.Unmarshal(raw, &who) == nil && who.Email != "":
		s = who.Email
	case len(who.ID) > 0 && string(who.ID) != "null":
		s = strings.Trim(string(compact(who.ID)), `"`)
	default:
		return nil
	}
	return appendJSONString(nil, s)
}

func (v *version) readResult(raw []byte, name string) error {
	var r labelStudioResult
	if err := decodeAs(raw, &r, name); err != nil {
		return err
	}
	switch r.Type {
	case "relation":
		v.relations = append(v.relations, relation{name, r.FromID, r.ToID})
		return nil
	case "labels":
	default:
		return nil
	}
	val := r.Value
	if err := offsetsGiven(name, val.Start, val.End, "value.start", "value.end"); err != nil {
		return err
	}
	if len(val.Labels) == 0 {
		return fmt.Errorf("%s has no labels", name)
	}
	units := codePointsOnly
	if val.Text != nil {
		units = textUnits
	}
	for _, label := range val.Labels {
		v.spans = append(v.spans, spanIn{name: name, start: *val.Start, end: *val.End, label: label, text: val.Text, units: units, unsure: val.Text == nil})
	}
	if len(r.ID) > 0 {
		v.regions[string(compact(r.ID))] = name
	}
	return nil
}

// answer is the version's answer: ignore when it was cancelled.
func (v version) answer(task Answer) Answer {
	if v.cancelled {
		return Ignore
	}
	return task
}

// extra is the version's document keys: the task's, then its annotator and
// the annotation.
func (v version) extra(task []Field) []Field {
	extra := slices.Clone(task)
	if v.annotator != nil {
		extra = slices.DeleteFunc(extra, func(f Field) bool { return f.Key == annotatorKey })
		extra = append(extra, Field{Key: annotatorKey, Value: v.annotator})
	}
	return append(extra, Field{Key: annotationKey, Value: v.kept})
}

// checkRelations says each relation of the version that joins a region
// which is not one of its document's spans: one the file does not have,
// that is not a span, or that was kept aside or merged into another.
func (v version) checkRelations(p parsed) []string {
	var warnings []string
	for _, r := range v.relations {
		for _, id := range []json.RawMessage{r.from, r.to} {
			if !v.isSpan(id, p) {
				warnings = append(warnings, fmt.Sprintf("%s: the relation joins region %s, which is not one of the document's spans; it is kept in %s", r.name, compact(orNull(id)), annotationKey))
			}
		}
	}
	return warnings
}

// isSpan reports whether the region of id became one of p's spans.
func (v version) isSpan(id json.RawMessage, p parsed) bool {
	name, ok := v.regions[string(compact(orNull(id)))]
	if !ok {
		return false
	}
	for _, s := range p.placed {
		if s.name == name && slices.Contains(p.doc.Spans, s.Span) {
			return true
		}
	}
	return false
}

func orNull(raw json.RawMessage) json.RawMessage {
	if len(raw) == 0 {
		return json.RawMessage("null")
	}
	return raw
}

// versionsSaid says that a task with several annotations was read as as
// many documents.
func versionsSaid(versions []version) []string {
	if len(versions) < 2 {
		return nil
	}
	var who []string
	named := false
	for _, v := range versions {
		s := "unnamed"
		if v.annotator != nil {
			json.Unmarshal(v.annotator, &s)
			named = true
		}
		who = append(who, s)
	}
	by := ""
	if named {
		by = " (by " + strings.Join(who, ", ") + ")"
	}
	return []string{fmt.Sprintf("%d annotations%s read as %d versions of the document, one after the other", len(versions), by, len(versions))}
}

// addLabelStudio appends d as a Label Studio task: {"data": {"text", ...},
// "annotations": [{"result": [...]}]}, one "labels" result per span naming
// the control "label" and the object "text" (a labeling config of
// <Labels name="label" toName="text"> over <Text name="text">), then meta,
// answer and the document's other keys. A "data" object kept from an
// import gives the task's data its other keys; a "data" that is not an
// object has no place in a task and is left out. A document read from a
// Label Studio annotation ("_annotation") writes it back, its results but
// the spans as they were (relations among them) and a span that was one
// of them under its id. A document with no annotation kept, no spans and no
// answer has no annotation, so Label Studio shows it to do.
func addLabelStudio(b []byte, d *Document) ([]byte, error) {
	spans, err := spansOf(d)
	if err != nil {
		return b, err
	}
	b = appendJSONString(append(b, `{"data":{"text":`...), d.Text)
	b = appendDataKeys(b, d.Extra)
	b = append(b, `},"annotations":[`...)
	kept, hasKept := keptAnnotation(d)
	skip := []string{"data", annotationKey}
	if slices.ContainsFunc(kept, func(f Field) bool { return f.Key == "completed_by" }) {
		skip = append(skip, annotatorKey) // "completed_by" says it
	}
	switch {
	case hasKept:
		b = appendKeptAnnotation(b, d, kept, spans)
	case len(spans) > 0 || d.Answer != Unanswered:
		b = append(b, `{"result":`...)
		b = append(appendResults(b, d, spans, nil), '}')
	}
	b = append(b, ']')
	b = appendKept(b, d, skip...)
	return append(b, '}'), nil
}

// keptAnnotation returns the fields of the Label Studio annotation d was
// read from, if it is an object.
func keptAnnotation(d *Document) ([]Field, bool) {
	for _, f := range d.Extra {
		if f.Key == annotationKey {
			fields, err := readObject(f.Value)
			return fields, err == nil
		}
	}
	return nil, false
}

// appendKeptAnnotation appends the annotation kept, its "result" the spans
// and the results it had that were not spans.
func appendKeptAnnotation(b []byte, d *Document, kept []Field, spans []exportSpan) []byte {
	var results []json.RawMessage
	wrote := false
	b = append(b, '{')
	for _, f := range kept {
		if f.Key == "result" {
			json.Unmarshal(f.Value, &results) // not a list: no results to keep
			continue
		}
		if wrote {
			b = append(b, ',')
		}
		b = appendCompact(append(appendJSONString(b, f.Key), ':'), f.Value)
		wrote = true
	}
	if wrote {
		b = append(b, ',')
	}
	b = appendResults(append(b, `"result":`...), d, spans, results)
	return append(b, '}')
}

// appendResults appends a "labels" result per span, under the id of the
// kept result that was that span, if one was, then the kept results that
// are not "labels" (relations, choices...).
func appendResults(b []byte, d *Document, spans []exportSpan, kept []json.RawMessage) []byte {
	b = append(b, '[')
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendLabelStudioResult(b, d, i, s, kept)
	}
	for _, raw := range kept {
		var r labelStudioResult
		if json.Unmarshal(raw, &r) == nil && r.Type == "labels" {
			continue
		}
		if len(b) > 0 && b[len(b)-1] != '[' {
			b = append(b, ',')
		}
		b = appendCompact(b, raw)
	}
	return append(b, ']')
}

// appendLabelStudioResult appends span s as a "labels" result: the kept
// result that was that span, its keys as they were ("id", "origin", a
// project's own "from_name"...) and its value's offsets in code points, or
// a result of its own.
func appendLabelStudioResult(b []byte, d *Document, i int, s exportSpan, kept []json.RawMessage) []byte {
	fields := keptResult(d, s, kept)
	if fields == nil {
		b = appendInt(append(b, `{"id":"s`...), i+1)
		b = append(b, `","from_name":"label","to_name":"text","type":"labels","value":`...)
		return append(appendSpanValue(b, s, nil), '}')
	}
	b = append(b, '{')
	for k, f := range fields {
		if k > 0 {
			b = append(b, ',')
		}
		b = append(appendJSONString(b, f.Key), ':')
		if f.Key == "value" {
			b = appendSpanValue(b, s, f.Value)
		} else {
			b = appendCompact(b, f.Value)
		}
	}
	return append(b, '}')
}

// appendSpanValue appends the value of a "labels" result for span s: its
// offsets, text and label, then the other keys of the value it had, if any.
func appendSpanValue(b []byte, s exportSpan, had json.RawMessage) []byte {
	b = appendInt(append(b, `{"start":`...), s.start)
	b = appendInt(field(b, "end"), s.end)
	b = appendJSONString(field(b, "text"), s.text)
	b = append(field(b, "labels"), '[')
	b = appendJSONString(b, s.Label)
	b = append(b, ']')
	others, _ := readObject(had) // none when it had none
	for _, f := range others {
		if !slices.Contains([]string{"start", "end", "text", "labels"}, f.Key) {
			b = appendCompact(field(b, f.Key), f.Value)
		}
	}
	return append(b, '}')
}

// keptResult is the kept "labels" result that is span s, with its offsets
// in code points or UTF-16 units, as fields (a "value" among them), or nil.
func keptResult(d *Document, s exportSpan, kept []json.RawMessage) []Field {
	x := d.Index()
	start16, _ := x.FromByte(s.Start, UTF16)
	end16, _ := x.FromByte(s.End, UTF16)
	for _, raw := range kept {
		var r labelStudioResult
		if json.Unmarshal(raw, &r) != nil || r.Type != "labels" || len(r.ID) == 0 || r.Value.Start == nil || r.Value.End == nil {
			continue
		}
		at := [2]int{*r.Value.Start, *r.Value.End}
		if (at == [2]int{s.start, s.end} || at == [2]int{start16, end16}) && slices.Contains(r.Value.Labels, s.Label) {
			if fields, err := readObject(raw); err == nil && slices.ContainsFunc(fields, func(f Field) bool { return f.Key == "value" }) {
				return fields
			}
		}
	}
	return nil
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
