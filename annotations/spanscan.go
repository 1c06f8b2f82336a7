package annotations

import (
	"bytes"
	"strconv"
)

// scanSpans reads a "spans" list of the usual shape in one pass of the
// scanner (jsonscan.go), not through encoding/json's reflection: objects
// whose keys are among start, end, label, text, pattern and source, in
// lower case, with integer offsets, string labels and texts, and no nulls.
// ok is false for any other list, which encoding/json reads (its keys match
// in any case, and it says what is wrong).
func scanSpans(raw []byte) (list []prodigySpan, ok bool) {
	s := scanner{b: raw}
	s.space()
	if !s.skip('[') {
		return nil, false
	}
	list = []prodigySpan{} // as encoding/json makes it
	s.space()
	for !s.skip(']') {
		if len(list) > 0 && !s.skip(',') {
			return nil, false
		}
		s.space()
		span, ok := s.span()
		if !ok {
			return nil, false
		}
		list = append(list, span)
		s.space()
	}
	s.space()
	if s.i < len(s.b) {
		return nil, false
	}
	return list, true
}

// span reads one span's object.
func (s *scanner) span() (prodigySpan, bool) {
	var span prodigySpan
	if !s.skip('{') {
		return span, false
	}
	s.space()
	for n := 0; !s.skip('}'); n++ {
		if n > 0 && !s.skip(',') {
			return span, false
		}
		s.space()
		from := s.i
		if s.str() != nil {
			return span, false
		}
		key := s.b[from+1 : s.i-1] // with an escape, none of the keys taken
		s.space()
		if !s.skip(':') {
			return span, false
		}
		s.space()
		from = s.i
		if s.value(1) != nil || !span.take(string(key), s.b[from:s.i]) {
			return span, false
		}
		s.space()
	}
	return span, true
}

// take sets the field key of span to the JSON value v, if it is one of
// the keys and shapes scanSpans reads.
func (span *prodigySpan) take(key string, v []byte) bool {
	var ok bool
	switch key {
	case "start":
		span.Start, ok = jsonInt(v)
	case "end":
		span.End, ok = jsonInt(v)
	case "label":
		span.Label, ok = unescape(v)
	case "source":
		span.Source, ok = unescape(v)
	case "text":
		var text string
		text, ok = unescape(v)
		span.Text = &text
	case "pattern":
		span.Pattern, ok = bytes.Clone(v), string(v) != "null"
	case "id":
		span.ID, ok = bytes.Clone(v), string(v) != "null"
	}
	return ok
}

// jsonInt reads the JSON number v as an int if it is written as one.
func jsonInt(v []byte) (*int, bool) {
	if bytes.ContainsAny(v, ".eE") {
		return nil, false
	}
	n, err := strconv.Atoi(string(v))
	return &n, err == nil
}
