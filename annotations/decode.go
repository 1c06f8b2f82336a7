package annotations

// Decoding one document: the fields of its JSON object, the keys spantag
// understands and the spans each format states (doccano's and Label
// Studio's in their own files), then the spans placed in its text
// (place.go).

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf16"
)

// parseDocuments reads the documents of the JSON object raw, each with the
// spans it re-anchored: one, or one per version of a Label Studio task. The
// warnings say what reading changed or chose. It calls pause between
// pieces of its work (see Reader.PauseWith), and stops at its error; a span
// it cannot use is an error, or kept aside when keepUnusable is true (see
// Reader.KeepUnusableSpans).
func parseDocuments(raw []byte, labels LabelSet, pause func() error, keepUnusable bool) ([]parsed, []string, error) {
	if err := checkUTF8Paused(raw, pause); err != nil {
		return nil, nil, err // encoding/json would turn the bad bytes into U+FFFD
	}
	fields, err := readObjectPaused(raw, pause)
	if err != nil {
		return nil, nil, err
	}
	fields, warnings := lastOfEachKey(fields)
	warnings = append(warnings, loneSurrogates(raw)...)
	t := task{dataAt: -1, pause: pause, keepUnusable: keepUnusable}
	for _, f := range fields {
		if err := pause(); err != nil {
			return nil, nil, err
		}
		if err := t.take(f); err != nil {
			return nil, nil, err
		}
	}
	if err := t.textFromData(); err != nil {
		return nil, nil, err
	}
	if err := pause(); err != nil {
		return nil, nil, err
	}
	docs, more, err := t.documents(labels)
	return docs, append(warnings, more...), err
}

// lastOfEachKey keeps, of fields that share a key, the last value where the
// first was, as JSON parsers do, and says which keys were given more than
// once.
func lastOfEachKey(fields []Field) ([]Field, []string) {
	kept := fields[:0]
	var at map[string]int // by key, the index in kept; only for many fields
	if len(fields) > 16 {
		at = make(map[string]int, len(fields))
	}
	var times map[string]int
	for _, f := range fields {
		i, seen := at[f.Key]
		if at == nil {
			i = slices.IndexFunc(kept, func(k Field) bool { return k.Key == f.Key })
			seen = i >= 0
		}
		if !seen {
			if at != nil {
				at[f.Key] = len(kept)
			}
			kept = append(kept, f)
			continue
		}
		kept[i].Value = f.Value
		if times == nil {
			times = map[string]int{}
		}
		times[f.Key]++
	}
	var warnings []string
	for _, f := range kept {
		if n := times[f.Key]; n > 0 {
			warnings = append(warnings, fmt.Sprintf("key %q is given %d times: the last value is read, the others are left out", f.Key, n+1))
		}
	}
	return kept, warnings
}

// loneSurrogates names each \u escape of raw that is half of a UTF-16
// surrogate pair without its other half, which JSON decodes as U+FFFD.
func loneSurrogates(raw []byte) []string {
	var warnings []string
	for i := 0; ; {
		j := bytes.IndexByte(raw[i:], '\\')
		if j < 0 {
			return warnings
		}
		i += j
		r, ok := escapedRune(raw[i:])
		switch {
		case !ok:
			i += 2 // an escape of one character, or no escape
			continue
		case utf16.IsSurrogate(r) && r < 0xdc00:
			if low, ok := escapedRune(raw[i+6:]); ok && low >= 0xdc00 && low <= 0xdfff {
				i += 12
				continue
			}
		case !utf16.IsSurrogate(r):
			i += 6
			continue
		}
		warnings = append(warnings, fmt.Sprintf("the escape %s at byte %d is half of a UTF-16 surrogate pair, alone: it is read as U+FFFD", raw[i:i+6], i))
		i += 6
	}
}

// escapedRune decodes the \uXXXX escape b starts with.
func escapedRune(b []byte) (rune, bool) {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return 0, false
	}
	n, err := strconv.ParseUint(string(b[2:6]), 16, 16)
	return rune(n), err == nil
}

// task is one document as a file states it, before its spans are placed.
type task struct {
	text     *string
	meta     json.RawMessage
	answer   Answer
	spans    []spanIn
	extra    []Field
	versions []version // a Label Studio task's annotations
	dataAt   int       // the index in extra of "data", which may hold the text, or -1
	w3c      bool      // a W3C Web Annotation page
	pause    func() error
	// keepUnusable keeps aside a span that cannot be used, rather than
	// refusing its line (Reader.KeepUnusableSpans).
	keepUnusable bool
}

// take reads field f into t.
func (t *task) take(f Field) error {
	var err error
	switch f.Key {
	case "text":
		var text string
		text, err = unquote(f.Value, "text")
		t.text = &text
	case "meta":
		t.meta, err = readMeta(f.Value)
	case "answer":
		t.answer, err = readAnswer(f.Value)
	case "spans":
		err = t.readSpans(f.Value)
	case "entities":
		err = t.readEntities(f.Value)
	case "annotations":
		err = t.readAnnotations(f.Value)
	case "tokens", "_input_hash", "_task_hash":
		// recomputed on writing
	case "items":
		err = t.readItems(f.Value)
	case asideKey:
		if f.Value[0] != '[' {
			return fmt.Errorf("%s is %s, not an array", asideKey, describeJSON(compact(f.Value)))
		}
		t.keep(f)
	case "label", "labels":
		if !isOffsetList(f.Value) {
			t.keep(f) // a classification label, not spans
			break
		}
		err = t.readOffsetList(f.Value, f.Key)
	case "data":
		t.dataAt = len(t.extra)
		t.keep(f)
	default:
		t.keep(f)
	}
	return err
}

func (t *task) keep(f Field) {
	t.extra = append(t.extra, Field{Key: f.Key, Value: compact(f.Value)})
}

func readMeta(raw []byte) (json.RawMessage, error) {
	meta := compact(raw)
	switch meta[0] {
	case 'n':
		return nil, nil
	case '{':
		return meta, nil
	}
	return nil, fmt.Errorf("meta is %s, not an object", describeJSON(meta))
}

func readAnswer(raw []byte) (Answer, error) {
	s, err := unquote(raw, "answer")
	if err != nil {
		return "", err
	}
	if a := Answer(s); a.Valid() {
		return a, nil
	}
	return "", fmt.Errorf("answer %q is not accept, reject or ignore", s)
}

// textFromData takes the text from "data" when there is no top-level
// "text": doccano's "data" is the text, Label Studio's is an object holding
// it, and the object's other keys are kept.
func (t *task) textFromData() error {
	if t.text != nil || t.dataAt < 0 {
		return nil
	}
	data := t.extra[t.dataAt].Value
	if data[0] == '"' {
		text, err := unquote(data, "data")
		t.text = &text
		t.dropData()
		return err
	}
	if data[0] != '{' {
		return nil
	}
	fields, err := readObject(data)
	if err != nil {
		return err
	}
	var rest []Field
	for _, f := range fields {
		if f.Key != "text" {
			rest = append(rest, f)
			continue
		}
		text, err := unquote(f.Value, "data.text")
		if err != nil {
			return err
		}
		t.text = &text
	}
	if t.text == nil {
		return nil
	}
	if len(rest) == 0 {
		t.dropData()
		return nil
	}
	t.extra[t.dataAt].Value = appendObject(nil, rest)
	return nil
}

// dropData removes "data" from the kept keys, leaving nil if none is left.
func (t *task) dropData() {
	t.extra = slices.Delete(t.extra, t.dataAt, t.dataAt+1)
	if len(t.extra) == 0 {
		t.extra = nil
	}
}

// prodigySpan is one of the "spans" of spantag's and Prodigy's files.
type prodigySpan struct {
	Start *int    `json:"start"`
	End   *int    `json:"end"`
	Label string  `json:"label"`
	Text  *string `json:"text"`
	// The provenance of a span that was a suggestion (suggest.go).
	Pattern json.RawMessage `json:"pattern"`
	Source  string          `json:"source"`
	// Its id in a doccano file, which relations join it by.
	ID json.RawMessage `json:"id"`
}

func (t *task) readSpans(raw []byte) error {
	list, ok := scanSpans(raw)
	if !ok && json.Unmarshal(raw, &list) != nil {
		return t.readSpansOneByOne(raw) // to say which span is wrong, and how
	}
	t.spans = slices.Grow(t.spans, len(list))
	for i, s := range list {
		if err := t.addSpan(i, s); err != nil {
			return err
		}
	}
	return nil
}

// readSpansOneByOne reads the spans one at a time, failing on the first
// that is not a span, with its number.
func (t *task) readSpansOneByOne(raw []byte) error {
	var list []json.RawMessage
	if err := decodeAs(raw, &list, "spans"); err != nil {
		return err
	}
	for i, item := range list {
		var s prodigySpan
		if err := decodeAs(item, &s, fmt.Sprintf("span %d", i+1)); err != nil {
			return err
		}
		if err := t.addSpan(i, s); err != nil {
			return err
		}
	}
	return nil
}

// addSpan takes span i of the "spans" list.
func (t *task) addSpan(i int, s prodigySpan) error {
	name := "span " + strconv.Itoa(i+1)
	if err := offsetsGiven(name, s.Start, s.End, "start", "end"); err != nil {
		return err
	}
	origin := Origin{Pattern: string(compact(s.Pattern)), Source: s.Source, ID: spanIDOf(s.ID)}
	t.spans = append(t.spans, spanIn{name: name, start: *s.Start, end: *s.End, label: s.Label, text: s.Text, units: codePointsOnly, origin: origin})
	return nil
}

func offsetsGiven(name string, start, end *int, startKey, endKey string) error {
	switch {
	case start == nil:
		return fmt.Errorf("%s has no %s", name, startKey)
	case end == nil:
		return fmt.Errorf("%s has no %s", name, endKey)
	}
	return nil
}
